"""Scaling of the Dask engine on this machine: the same Reuters-21578 articles analysed by a LocalCluster of
1 worker and of 2 workers (single-threaded processes), articles/s for each and the ratio 2 workers / 1.

What is timed: the analyse stage only (parse and extract through ``dossier.runner.dask``, results back in
the client in input order), from the first batch submitted to the last result received. Starting the
cluster and loading the model on each worker (the warm-up task) are timed apart and reported on their own
line, not in articles/s. ``--ingest`` adds a full ``dossier ingest --engine dask`` of the same articles into a
throwaway SQLite store for each cluster size (wall time including cluster start and model load).
The CPU time the workers used during the timed part is printed too: on a machine shared with other jobs
the wall-time ratio understates what 2 workers do, and articles per worker CPU-second show whether a
worker does less per CPU-second when there are two (overhead of distribution) or only gets less CPU.

    .venv/bin/python benchmarks/dask_scaling.py [--articles 600] [--batch-size 16] [--ingest]

Bar (issue 8): 2 workers at least 1.6x one worker on a 2-core machine. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578"


def reuters_records(limit: int | None, min_words: int = 20) -> list[dict]:
    """Reuters-21578 stories (``reut2-*.json``) in file order, as dossier JSONL records; bodies under
    ``min_words`` words (the many one-line price notes) are left out."""
    from datetime import datetime

    out: list[dict] = []
    for path in sorted(REUTERS.glob("reut2-*.json")):
        for item in json.loads(path.read_text(encoding="utf-8", errors="replace")):
            body = (item.get("body") or "").strip()
            if len(body.split()) < min_words:
                continue
            try:
                published = datetime.strptime(item["date"].split()[0], "%d-%b-%Y").date().isoformat()
            except (KeyError, ValueError):
                published = None
            out.append(
                {
                    "id": f"reuters-{item['attrs']['newid']}",
                    "text": body,
                    "title": (item.get("title") or "").strip() or None,
                    "published": published,
                    "source": "Reuters",
                }
            )
            if limit and len(out) >= limit:
                return out
    return out


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    return path


def need_reuters() -> None:
    if not REUTERS.is_dir():
        print(f"skipped: {REUTERS} is absent (the benchmark reads Reuters-21578 from ../shared)")
        sys.exit(0)


def analyse_with(n_workers: int, articles: list, batch_size: int) -> dict:
    from distributed import Client, LocalCluster

    from dossier.config import load_settings
    from dossier.runner.dask import _run, _start_workers

    settings = load_settings()
    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        t1 = time.perf_counter()
        workers = _start_workers(client, settings.model, None)  # loads the model once on each worker
        cpu0, main0 = client.run(cpu_seconds), time.process_time()
        t2 = time.perf_counter()
        results = list(
            _run(
                client,
                iter(articles),
                model=settings.model,
                batch_size=batch_size,
                max_chars=settings.max_chars,
                in_flight=2 * workers,
            )
        )
        t3 = time.perf_counter()
        cpu1, main1 = client.run(cpu_seconds), time.process_time()
    worker_cpu = sum(cpu1[w] - cpu0[w] for w in cpu1 if w in cpu0)
    return {
        "workers": workers,
        "start": t1 - t0,
        "warm_up": t2 - t1,
        "seconds": t3 - t2,
        "results": len(results),
        "rate": len(articles) / (t3 - t2),
        "worker_cpu": worker_cpu,
        "main_cpu": main1 - main0,
        "per_cpu": len(articles) / worker_cpu if worker_cpu else 0.0,
    }


def cpu_seconds() -> float:
    """CPU time (user + system) of the calling worker process."""
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def ingest_with(n_workers: int, jsonl: Path, batch_size: int) -> dict:
    from dossier.build import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        report = ingest([jsonl], db=Path(tmp) / "scaling.db", engine="dask", workers=n_workers, batch_size=batch_size)
        seconds = time.perf_counter() - t0
    return {"stored": report.stored, "seconds": seconds, "rate": report.stored / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="Reuters articles to analyse (default 600)")
    parser.add_argument("--batch-size", type=int, default=16, help="articles per task (default 16, dossier's)")
    parser.add_argument("--ingest", action="store_true", help="also time a full ingest with 1 and 2 workers")
    args = parser.parse_args()
    need_reuters()

    from dossier.models import Article

    records = reuters_records(args.articles)
    articles = [Article(origin=r["id"], **r) for r in records]
    words = sum(len(a.text.split()) for a in articles)
    load = os.getloadavg()
    print(
        f"{len(articles)} Reuters-21578 articles, {words} words; batch size {args.batch_size}; "
        f"{os.cpu_count()} CPUs; load average before: {load[0]:.2f}"
    )
    runs = {n: analyse_with(n, articles, args.batch_size) for n in (1, 2)}
    for n, r in runs.items():
        print(
            f"analyse, {n} worker(s): {r['seconds']:.1f} s, {r['rate']:.2f} articles/s, "
            f"{words / r['seconds']:.0f} words/s  (not timed: cluster start {r['start']:.1f} s, "
            f"model load on the workers {r['warm_up']:.1f} s)"
        )
    print(f"ratio 2 workers / 1 worker: {runs[2]['rate'] / runs[1]['rate']:.2f}  (bar: >= 1.6)")
    for n, r in runs.items():
        print(
            f"  {n} worker(s): workers used {r['worker_cpu']:.1f} CPU-s ({r['worker_cpu'] / r['seconds']:.2f} CPUs "
            f"busy on average, {r['per_cpu']:.2f} articles per worker CPU-s); the client and scheduler process "
            f"{r['main_cpu']:.1f} CPU-s"
        )
    if args.ingest:
        with tempfile.TemporaryDirectory() as tmp:
            jsonl = write_jsonl(records, Path(tmp) / "reuters.jsonl")
            full = {n: ingest_with(n, jsonl, args.batch_size) for n in (1, 2)}
        for n, r in full.items():
            print(
                f"ingest --engine dask --workers {n}: {r['stored']} stored in {r['seconds']:.1f} s "
                f"(cluster start and model load included), {r['rate']:.2f} articles/s"
            )
        print(f"ingest ratio 2 workers / 1 worker: {full[2]['rate'] / full[1]['rate']:.2f}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
