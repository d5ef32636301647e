"""Memory of a long ingest: peak RSS of the whole process tree (the `dossier ingest` process plus its worker
processes) while Reuters-21578 (or PolNeAR) articles are ingested into a fresh SQLite store, or into a copy
of an existing large one (``--into``), by quarter of the run.

Bounded batches mean memory must not grow with the number of articles: the peak of the last quarter (the
store and the corpus-wide indexes at their largest) should be that of the first. The baseline measured in
the same run is the tree's peak RSS until the first article is stored (models loaded, the first batches
being analysed). RSS is sampled every 0.2 s with
psutil and summed over the processes, so pages they share are counted once per process: an upper bound.

    .venv/bin/python benchmarks/ingest_memory.py [--articles 1200] [--engine dask|local] [--workers 2]
        [--corpus reuters|polnear] [--into /work/bench/large.db]

With ``--into``, the same articles can be ingested into a fresh store and into the copy of a store of
100,000 articles: the two peaks say whether memory depends on the size of the store.

Bar (issue 8): peak RSS under 1.5 GB whatever the corpus size. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dask_scaling import need_reuters, reuters_records, write_jsonl

MB = 1024 * 1024
PROGRESS = re.compile(r"ingest: (\d+) stored")


def tree_rss(proc: psutil.Process) -> tuple[int, int, int, int]:
    """RSS of the process and of all its descendants (bytes), how many processes that is, the RSS of the
    process itself (the ingest: reading, resolution, storage, Dask client and scheduler) and the largest
    RSS among its descendants (a worker)."""
    procs = [proc]
    try:
        procs += proc.children(recursive=True)
    except psutil.NoSuchProcess:
        pass
    sizes = []
    for p in procs:
        try:
            sizes.append(p.memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            sizes.append(0)
    return sum(sizes), len(procs), sizes[0], max(sizes[1:], default=0)


def polnear_records(limit: int | None) -> list[dict]:
    from polnear_ingest import SHARED
    from polnear_ingest import write_jsonl as polnear_jsonl

    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent")
        sys.exit(0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "polnear.jsonl"
        polnear_jsonl(path, limit)
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def copy_store(src: Path, dst: Path) -> int:
    """A copy of an existing SQLite store, migrated to this dossier's schema before the measured run;
    returns its number of articles."""
    from dossier.store import open_store

    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        s.backup(d)
    started = time.perf_counter()
    open_store(dst).close()
    n = stored_in(dst)
    print(f"copied {src} ({n} articles) to {dst}; migrated in {time.perf_counter() - started:.0f} s")
    return n


def stored_in(db: Path) -> int:
    """Articles in the store now (read-only; 0 while the store is being created)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def run(jsonl: Path, db: Path, engine: str, workers: int, batch_size: int | None, before: int = 0) -> dict:
    cmd = [sys.executable, "-m", "dossier", "ingest", str(jsonl), "--db", str(db), "--engine", engine]
    cmd += ["--workers", str(workers)] if engine == "dask" else ["--jobs", str(workers)]
    env = dict(os.environ, **({"DOSSIER_BATCH_SIZE": str(batch_size)} if batch_size else {}))
    started = time.perf_counter()
    child = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    stored = [0]
    log: list[str] = []

    def read_progress() -> None:  # the non-terminal progress line comes every 100 articles
        for line in child.stderr:
            log.append(line.rstrip())
            m = PROGRESS.search(line)
            if m:
                stored[0] = int(m.group(1))

    reader = threading.Thread(target=read_progress, daemon=True)
    reader.start()
    proc = psutil.Process(child.pid)
    samples: list[tuple] = []  # (seconds, articles stored, tree RSS, processes, ingest process RSS, largest worker RSS)
    while child.poll() is None:
        rss, n, main_rss, worker_rss = tree_rss(proc)
        samples.append((time.perf_counter() - started, max(stored_in(db) - before, 0), rss, n, main_rss, worker_rss))
        time.sleep(0.2)
    reader.join(5)
    final = next((int(m.group(1)) for line in reversed(log) if (m := PROGRESS.search(line))), stored[0])
    return {
        "samples": samples,
        "stored": final,
        "seconds": time.perf_counter() - started,
        "rc": child.returncode,
        "log": log,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1200, help="articles to ingest (default 1200)")
    parser.add_argument("--corpus", choices=("reuters", "polnear"), default="reuters")
    parser.add_argument("--into", type=Path, default=None, help="ingest into a copy of this SQLite store")
    parser.add_argument("--engine", choices=("dask", "local"), default="dask")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers, or --jobs of the local engine")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per batch (default: dossier's)")
    parser.add_argument("--keep", type=Path, default=None, help="write the store here instead of a temp dir")
    args = parser.parse_args()
    if args.corpus == "reuters":
        need_reuters()
        records = reuters_records(args.articles)
    else:
        records = polnear_records(args.articles)
    print(
        f"{len(records)} {args.corpus} articles, --engine {args.engine}, {args.workers} worker processes; "
        f"{os.cpu_count()} CPUs, {psutil.virtual_memory().total / 1024**3:.0f} GB RAM; "
        f"load average before: {os.getloadavg()[0]:.2f}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = write_jsonl(records, Path(tmp) / "reuters.jsonl")
        db = args.keep or Path(tmp) / "memory.db"
        before = copy_store(args.into, db) if args.into else 0
        r = run(jsonl, db, args.engine, args.workers, args.batch_size, before)
        r["stored"] = (stored_in(db) - before) or r["stored"]
        db_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / MB
    if r["rc"] != 0:
        print(f"ingest exited with {r['rc']}:", *r["log"][-5:], sep="\n  ")
    samples = r["samples"]
    total = max(r["stored"], 1)
    started = next((i for i, s in enumerate(samples) if s[1] > 0), len(samples))
    baseline = max((s[2] for s in samples[: max(started, 1)]), default=0)
    print(
        f"stored {r['stored']} in {r['seconds']:.0f} s ({r['stored'] / r['seconds']:.2f} articles/s), "
        f"store {db_mb:.0f} MB, {max(s[3] for s in samples)} processes at most, {len(samples)} samples"
    )
    print(f"baseline, peak until the first article is stored (models loaded): {baseline / MB:.0f} MB")
    quarters = []
    for q in range(4):
        lo, hi = total * q / 4, total * (q + 1) / 4
        window = [s for s in samples[started:] if lo <= s[1] < hi or (q == 3 and s[1] >= hi)]
        peak = max((s[2] for s in window), default=0)
        quarters.append(peak)
        print(
            f"articles {int(lo):>6}-{int(hi):<6} peak RSS {peak / MB:6.0f} MB "
            f"(ratio to baseline {peak / baseline if baseline else 0:.2f}; ingest process "
            f"{max((s[4] for s in window), default=0) / MB:.0f} MB, largest worker "
            f"{max((s[5] for s in window), default=0) / MB:.0f} MB)"
        )
    overall = max(s[2] for s in samples)
    print(
        f"peak RSS of the run: {overall / MB:.0f} MB (bar: < 1536 MB); "
        f"last quarter - first quarter: {(quarters[3] - quarters[0]) / MB:+.0f} MB"
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
