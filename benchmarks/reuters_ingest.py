"""Ingest Reuters-21578 (../shared/data/reuters21578, 19,043 articles with a body) into SQLite and into
PostgreSQL: wall time, articles/s, words/s, peak RSS of the process tree, database size.

Baseline measured in the same run: SQLite is the baseline of PostgreSQL (ratio of articles/s), and bare
spaCy ``nlp.pipe`` over a sample of the same texts, same model and processes, is the parse-only ceiling
(ratio of words/s). PostgreSQL is a throwaway server started here, with its default durability (fsync on).

    python benchmarks/reuters_ingest.py [--limit N] [--jobs 2] [--engines sqlite,postgresql] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from _common import PeakRSS, load_avg, machine, mb, reuters_articles, write_jsonl


def bare_spacy(texts: list[str], jobs: int, batch_size: int) -> float:
    """Words/s of the model alone (same model dossier resolves), in ``jobs`` processes."""
    import spacy

    from dossier.config import load_settings
    from dossier.nlp.pipeline import resolve_model

    nlp = spacy.load(resolve_model(load_settings().model).name)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=jobs):
        pass
    return words / (time.perf_counter() - start)


def run_ingest(src: Path, db: str | Path, jobs: int) -> dict:
    from dossier.build import ingest

    with PeakRSS() as rss:
        start = time.perf_counter()
        report = ingest([src], db=db, jobs=jobs)
        wall = time.perf_counter() - start
    if report.failed:
        print(f"  {len(report.failed)} failed, first: {report.failed[0]}")
    return {"stored": report.stored, "wall": wall, "peak": rss.peak, "skipped": report.skipped}


def pg_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N articles (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--engines", default="sqlite,postgresql")
    ap.add_argument("--sample", type=int, default=1000, help="articles for the bare-spaCy baseline")
    ap.add_argument("--keep", type=Path, default=None, help="keep the SQLite store here (and dump nothing else)")
    args = ap.parse_args()

    records = reuters_articles(args.limit)
    words = sum(len(r["text"].split()) for r in records)
    print(f"machine: {machine()}; load before: {load_avg()}")
    print(f"corpus: {len(records)} Reuters-21578 articles, {words:,} words; --jobs {args.jobs}")
    tmp = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    src = write_jsonl(records, tmp / "reuters.jsonl")
    results: dict[str, dict] = {}
    try:
        base = bare_spacy([r["text"] for r in records[: args.sample]], args.jobs, 64)
        print(f"baseline: bare spaCy nlp.pipe on the first {min(args.sample, len(records))} texts: {base:,.0f} words/s")
        engines = args.engines.split(",")
        if "sqlite" in engines:
            db = (args.keep or tmp) / "reuters.db"
            db.parent.mkdir(parents=True, exist_ok=True)
            for stale in db.parent.glob(db.name + "*"):
                stale.unlink()
            r = run_ingest(src, db, args.jobs)
            r["size"] = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
            results["sqlite"] = r
        if "postgresql" in engines:
            from dossier.testing.postgres import throwaway_server

            with throwaway_server(fast=False) as server:
                url = server.new_database("reuters")
                r = run_ingest(src, url, args.jobs)
                r["size"] = pg_size(url)
                results["postgresql"] = r
        for name, r in results.items():
            aps = r["stored"] / r["wall"]
            wps = words / r["wall"]
            print(
                f"{name:10s} {r['stored']} stored ({r['skipped']} duplicates skipped) in {r['wall']:.0f} s:"
                f" {aps:.1f} articles/s, {wps:,.0f} words/s ({wps / base:.2f} x bare spaCy),"
                f" peak RSS {mb(r['peak'])}, database {mb(r['size'])}"
            )
        if "sqlite" in results and "postgresql" in results:
            ratio = (results["postgresql"]["stored"] / results["postgresql"]["wall"]) / (
                results["sqlite"]["stored"] / results["sqlite"]["wall"]
            )
            print(f"ratio PostgreSQL / SQLite articles/s: {ratio:.2f}")
        print(f"load after: {load_avg()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
