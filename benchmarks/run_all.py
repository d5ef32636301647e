"""`make bench`: every benchmark in turn, each printing its figures and its ratio to a baseline measured in
the same run. Needs ../shared beside the checkout (the real corpora). Figures are never asserted.

    python benchmarks/run_all.py            # default sizes (about half an hour on 2 cores)
    python benchmarks/run_all.py --full     # all of Reuters-21578 and the 100k-article store (hours)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> int:
    print(f"\n=== {script} {' '.join(args)}", flush=True)
    return subprocess.run([sys.executable, str(HERE / script), *args], cwd=HERE).returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    failed = []
    steps = [
        ("throughput.py",),
        ("dask_scaling.py",),
        ("ingest_memory.py",) + (("--articles", "6000") if args.full else ()),
        ("reuters_ingest.py", "--keep", str(work)) + (() if args.full else ("--limit", "2000", "--sample", "500")),
        ("build_large_store.py", "--src", str(work / "reuters.db"), "--out", str(work / "large.db"))
        + (() if args.full else ("--articles", "20000")),
        ("query_latency.py", "--db", str(work / "reuters.db"), "--db", str(work / "large.db"), "--pg-copy"),
        # the same memory measure, ingesting into a copy of the large store: does memory grow with the store?
        (
            "ingest_memory.py",
            "--corpus",
            "polnear",
            "--articles",
            "924" if args.full else "300",
            "--engine",
            "local",
            "--into",
            str(work / "large.db"),
        ),
        ("polnear_ingest.py", "--db", str(work / "polnear.db")),
        ("relationship_page.py", "--db", str(work / "polnear.db")),
        ("startup.py", "--db", str(work / "polnear.db")),
        ("article_size.py",),
    ]
    for step in steps:
        if run(*step) != 0:
            failed.append(step[0])
    print(f"\nstores kept in {work}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
