"""Latency of the questions API: entity, relation, timeline and search, p50 and p95, on one or more stores.

The first store is the baseline (for example the 19k-article Reuters store): every other store prints the
ratio of its p95 to the baseline's, so the figures say how latency grows with the corpus. Relation pairs
are the heaviest pairs of the corpus (most shared articles among the most mentioned actors) plus pairs
drawn at random (fixed seed) among the 200 most connected actors. ``--pg-copy`` also copies the last
SQLite store into a throwaway PostgreSQL server and measures it there.

    python benchmarks/query_latency.py --db /work/bench/reuters.db --db /work/bench/large.db --pg-copy
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from _common import load_avg, machine


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def workload(db, seed: int, pairs: int) -> dict[str, list]:
    """The questions to ask, chosen on the store itself (by corpus entity id, so every store gets the same)."""
    from dossier.store import open_store

    store = open_store(db, readonly=True)
    try:
        conn = store.conn
        top = [
            r[0]
            for r in conn.execute(
                "SELECT a, SUM(articles) AS n FROM comentions GROUP BY a ORDER BY n DESC, a LIMIT 200"
            )
        ]
        heavy = [
            (r[0], r[1])
            for r in conn.execute(
                f"SELECT a, b FROM comentions WHERE a < b AND a IN ({','.join(map(str, top[:20]))})"
                f" AND b IN ({','.join(map(str, top[:20]))}) ORDER BY articles DESC, a, b LIMIT ?",
                (pairs // 2,),
            )
        ]
    finally:
        store.close()
    rng = random.Random(seed)
    drawn = []
    while len(drawn) < pairs - len(heavy):
        a, b = rng.sample(top, 2)
        drawn.append((a, b))
    words = ["oil", "bank rate", "trade deficit", "merger", "shares", "Japan", "strike", "election", "coffee", "dollar"]
    return {"entity": top[:10], "relation": heavy + drawn, "timeline": top[:10], "search": words}


def measure(db, work: dict[str, list], repeat: int) -> dict[str, list[float]]:
    from dossier.query.corpus import open_corpus

    out: dict[str, list[float]] = {k: [] for k in work}
    with open_corpus(db, readonly=True) as corpus:
        calls = {
            "entity": lambda x: corpus.entity(x),
            "relation": lambda x: corpus.relation(*x),
            "timeline": lambda x: corpus.timeline(x, limit=200),
            "search": lambda x: corpus.search(x),
        }
        for name, args in work.items():
            calls[name](args[0])  # warm the cache once
            for _ in range(repeat):
                for x in args:
                    start = time.perf_counter()
                    calls[name](x)
                    out[name].append((time.perf_counter() - start) * 1000)
    return out


def articles_in(db) -> int:
    from dossier.store import open_store

    store = open_store(db, readonly=True)
    try:
        return store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", action="append", required=True, help="a store (SQLite path or PostgreSQL URL); repeat")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pairs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pg-copy", action="store_true", help="also measure a PostgreSQL copy of the last SQLite store")
    args = ap.parse_args()
    print(f"machine: {machine()}; load before: {load_avg()}")
    work = workload(args.db[0], args.seed, args.pairs)
    stores = list(args.db)
    server = None
    if args.pg_copy:
        from _pgcopy import copy_store
        from dossier.testing.postgres import throwaway_server

        server = throwaway_server(fast=False)
        srv = server.__enter__()
        url = srv.new_database("large")
        print(f"copying {stores[-1]} into PostgreSQL ...")
        copy_store(Path(stores[-1]), url)
        stores.append(url)
    try:
        base: dict[str, float] = {}
        for db in stores:
            n = articles_in(db)
            res = measure(db, work, args.repeat)
            label = "PostgreSQL" if str(db).startswith("postgres") else f"SQLite {Path(db).name}"
            print(f"\n{label}: {n} articles")
            for name, t in res.items():
                p95 = pct(t, 95)
                ratio = f"  p95 ratio to baseline {p95 / base[name]:.2f}" if name in base else "  (baseline)"
                print(
                    f"  {name:9s} n={len(t):4d}  p50 {pct(t, 50):8.1f} ms  p95 {p95:8.1f} ms  max {max(t):8.1f} "
                    f"ms{ratio}"
                )
                base.setdefault(name, p95)
        print(f"\nload after: {load_avg()}")
    finally:
        if server is not None:
            server.__exit__(None, None, None)


if __name__ == "__main__":
    main()
