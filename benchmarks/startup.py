"""Start-up of the ``dossier`` command: wall time of ``dossier --help`` and of two questions on a store,
against baselines measured in the same run: ``python -c pass`` (the interpreter) and the ``--help`` of a
two-command Typer app (the fixed cost of the CLI framework dossier builds on, rich help included); ratios
are to the latter. Also which heavy modules (spaCy, trafilatura, ...) each of those and an export imported.

Every command runs in a fresh interpreter, the commands taking turns, ``--repeat`` times each; the figure
is the median. The bar (issue #16): ``dossier --help`` under 0.5 s, and no question or export command
imports spaCy.

    python benchmarks/startup.py                           # a small store written without the model
    python benchmarks/startup.py --db /work/bench/reuters.db
    python benchmarks/startup.py --compare /work/old-checkout   # also that tree's src/, same run, interleaved
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, load_avg, machine

HEAVY = ("spacy", "trafilatura", "datasketch", "numpy", "pandas")

# Runs the CLI as the `dossier` script does, then prints which heavy modules it imported.
WRAPPER = """
import json, sys
from dossier.cli import main
sys.argv = ["dossier", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("\\nMODULES " + json.dumps([m for m in HEAVY if m in sys.modules]), file=sys.stderr)
""".replace("HEAVY", repr(HEAVY))


# The baseline: a Typer app of two commands, asked for --help.
TYPER_APP = """
import typer
app = typer.Typer(add_completion=False)
@app.command()
def one(db: str = typer.Option(None, "--db", help="A store.")) -> None:
    \"\"\"One.\"\"\"
@app.command()
def two() -> None:
    \"\"\"Two.\"\"\"
app()
"""


def env_for(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def imported(args: list[str], env: dict[str, str]) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *args], env=env, capture_output=True, text=True)
    line = next(ln for ln in reversed(proc.stderr.splitlines()) if ln.startswith("MODULES "))
    return json.loads(line.removeprefix("MODULES "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="a store to ask (default: a small one written without the model)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--compare", type=Path, help="another checkout: its src/ is measured too, in the same run")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dossier-startup-"))
    db = args.db
    sys.path.insert(0, str(REPO / "src"))
    if db is None:
        from dossier.testing.stores import write_small_store

        db = str(write_small_store(work / "small.db"))
    py = sys.executable
    trees = {"this tree": REPO / "src"} | ({"compared": args.compare / "src"} if args.compare else {})
    timed = {"dossier --help": ["--help"], "dossier entities --db": ["entities", "--db", db]}
    names = _top_two(db)
    if len(names) == 2:
        timed["dossier relation A B --db"] = ["relation", *names, "--db", db]
    # checked for imports only: an export's time is the export's work, not start-up
    checked = timed | {"dossier export json --db": ["export", "json", "--out", str(work / "out.json"), "--db", db]}

    runs: dict[tuple[str, str], list[float]] = {}
    baselines = {"python -c pass": [py, "-c", "pass"], "typer app --help": [py, "-c", TYPER_APP, "--help"]}
    for _ in range(args.repeat):  # everything takes turns, so load from other jobs hits all alike
        for label, argv in baselines.items():
            runs.setdefault(("baseline", label), []).append(wall(argv, env_for(None)))
        for tree, src in trees.items():
            for label, cli in timed.items():
                runs.setdefault((tree, label), []).append(wall([py, "-m", "dossier", *cli], env_for(src)))

    print(f"{machine()}; load average {load_avg()}; store {db}; median of {args.repeat} runs, fresh interpreter each")
    base = {label: statistics.median(runs[("baseline", label)]) for label in baselines}
    for label, value in base.items():
        print(f"  baseline {label:<28} {value:6.3f} s")
    typer_s = base["typer app --help"]
    for tree, src in trees.items():
        print(f"{tree} ({src}):")
        for label, cli in checked.items():
            heavy = ", ".join(imported(cli, env_for(src))) or "none of " + "/".join(HEAVY)
            if label in timed:
                value = statistics.median(runs[(tree, label)])
                print(f"  {label:<28} {value:6.3f} s  ratio to typer app {value / typer_s:4.1f}  imports: {heavy}")
            else:
                print(f"  {label:<28} {'':>45}  imports: {heavy}")


def _top_two(db: str) -> list[str]:
    """The two most mentioned actors of the store (opened for writing once: migrates an older store)."""
    from dossier.query.corpus import open_corpus

    with open_corpus(db) as corpus:
        return [e.name for e in corpus.entities(limit=2)]


if __name__ == "__main__":
    main()
