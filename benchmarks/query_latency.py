"""Latency of the questions API on a store: entity, relation, timeline and search, p50 and p95.

Baseline measured in the same run: a trivial query on the same connection (`SELECT COUNT(*) FROM
articles`), so the ratio says what each question costs beyond a round trip.

    python benchmarks/query_latency.py --db /tmp/polnear.db [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import time


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    from dossier.query.corpus import open_corpus

    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    with open_corpus(args.db, readonly=True) as corpus:
        top = corpus.entities(limit=10)
        a, b = top[0].name, top[1].name
        base = timed(lambda: corpus.conn.execute("SELECT COUNT(*) FROM articles").fetchone(), args.repeat)
        cases = {
            f"entity({a!r})": lambda: corpus.entity(a),
            f"relation({a!r}, {b!r})": lambda: corpus.relation(a, b),
            f"timeline(entity={a!r})": lambda: corpus.timeline(a),
            "timeline(all)": lambda: corpus.timeline(limit=200),
            "search('election')": lambda: corpus.search("election"),
        }
        b50 = statistics.median(base)
        print(f"baseline SELECT COUNT(*): p50 {b50:.2f} ms")
        for name, fn in cases.items():
            t = timed(fn, args.repeat)
            print(f"{name:55s} p50 {pct(t, 50):8.1f} ms  p95 {pct(t, 95):8.1f} ms  ratio to baseline {pct(t, 50) / b50:8.0f}x")


if __name__ == "__main__":
    main()
