"""Server time of the web app's relationship page on the PolNeAR store (the bar: under 500 ms).

For a few pairs of well-connected actors (Donald Trump and Hillary Clinton first, then pairs of the most
mentioned actors) it requests, through the app in process (FastAPI's TestClient: routing, queries,
templates, no network), N times each:

- the relationship page (``/relation?a=&b=``): relation profile, neighbourhood graph, timeline SVG, page;
- what the page's script asks when an edge is clicked (``/api/relation?paths=0``);
- the graph alone (``/api/relation/graph``);

and prints p50 / p95 per request with a breakdown of the page (the two questions, then the rendering).
Baselines measured in the same run: a static file (``/static/app.css``: the app's fixed cost per request)
and the actor page of the first actor of the pair.

    python benchmarks/relationship_page.py --db /tmp/polnear.db [--repeat 20]

``--db`` is a store built by ``benchmarks/polnear_ingest.py`` (built there first if the file is missing and
../shared is present).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm: the pool's connection, SQLite's page cache, compiled templates
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def get(client, url: str, **params):
    def run():
        r = client.get(url, params=params)
        assert r.status_code == 200, (url, params, r.status_code, r.text[:300])

    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/polnear.db")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--pairs", type=int, default=3, help="pairs besides Trump and Clinton")
    args = ap.parse_args()
    if not Path(args.db).exists():
        print(f"{args.db} is missing: building it with benchmarks/polnear_ingest.py", flush=True)
        subprocess.run(
            [sys.executable, str(Path(__file__).with_name("polnear_ingest.py")), "--db", args.db], check=True
        )

    from fastapi.testclient import TestClient

    import dossier
    from dossier.web import create_app

    with dossier.open(args.db) as corpus:  # opened for writing once: migrates an older store
        top = [e.name for e in corpus.entities(type="PERSON", limit=6)]
        articles = corpus.count("articles")
    pairs = [("Donald Trump", "Hillary Clinton")]
    pairs += [(a, b) for i, a in enumerate(top) for b in top[i + 1 :] if {a, b} != set(pairs[0])][: args.pairs]
    print(f"store {args.db}: {articles} articles; {args.repeat} requests each (after one warm-up), in process")

    with TestClient(create_app(args.db), base_url="http://127.0.0.1") as client:
        static = timed(get(client, "/static/app.css"), args.repeat)
        b50 = statistics.median(static)
        print(f"baseline /static/app.css: p50 {b50:.2f} ms  p95 {pct(static, 95):.2f} ms")
        rows = []
        for a, b in pairs:
            with dossier.open(args.db, readonly=True) as corpus:
                ida = corpus.resolve_name(a).id
                rel_t = timed(
                    lambda a=a, b=b: corpus.relation(a, b, paths=0, evidence=30, articles=50), max(3, args.repeat // 4)
                )
                graph_t = timed(lambda a=a, b=b: corpus.neighbourhood(a, b, neighbours=8), max(3, args.repeat // 4))
            cases = {
                "entity page (baseline)": get(client, f"/entities/{ida}"),
                "relationship page": get(client, "/relation", a=a, b=b),
                "edge click /api/relation?paths=0": get(
                    client, "/api/relation", a=a, b=b, paths=0, evidence=20, articles=20
                ),
                "/api/relation/graph": get(client, "/api/relation/graph", a=a, b=b),
            }
            print(
                f"\n{a} — {b}   (Corpus.relation(paths=0) p50 {pct(rel_t, 50):.0f} ms, "
                f"Corpus.neighbourhood p50 {pct(graph_t, 50):.0f} ms)"
            )
            for name, fn in cases.items():
                t = timed(fn, args.repeat)
                rows.append((a, b, name, pct(t, 50), pct(t, 95)))
                print(
                    f"  {name:38s} p50 {pct(t, 50):7.1f} ms  p95 {pct(t, 95):7.1f} ms  ratio to static "
                    f"{pct(t, 50) / b50:6.0f}x"
                )
        worst = max(r[4] for r in rows if r[2] == "relationship page")
        print(
            f"\nrelationship page, worst p95 over the pairs: {worst:.0f} ms ({'under' if worst < 500 else 'OVER'} the "
            f"500 ms bar)"
        )


if __name__ == "__main__":
    main()
