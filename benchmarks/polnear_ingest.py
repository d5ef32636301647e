"""Ingest the PolNeAR corpus (../shared/data/polnear: 924 political news articles of 2016) into a store.

Reads each article's text with its date, publisher and title from metadata.tsv, writes them as JSON Lines,
then runs `dossier ingest` on them and reports: wall time, articles/s, database size, the number of
corpus entities, duplicates among the 50 most-mentioned entities (same normalised name, or one's name
a word-subset of another's of the same type), and `dossier relation "Donald Trump" "Hillary Clinton"`.
The baseline of the same run is the bare spaCy parse of the same texts (`nlp.pipe`, same model and
processes), so the ratio says what extraction and storage cost on top of parsing.

    python benchmarks/polnear_ingest.py [--jobs 2] [--db /tmp/polnear.db] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def write_jsonl(out: Path, limit: int | None) -> int:
    rows = list(csv.DictReader((SHARED / "metadata.tsv").open(encoding="utf-8"), delimiter="\t"))
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in rows[:limit] if limit else rows:
            path = SHARED / row["compartment"] / "text" / f"{row['filename']}.txt"
            if not path.exists():
                continue
            fh.write(
                json.dumps(
                    {
                        "id": row["filename"],
                        "text": path.read_text(encoding="utf-8"),
                        "title": row["title"],
                        "published": row["publication_date"],
                        "source": row["publisher"],
                    }
                )
                + "\n"
            )
            n += 1
    return n


def bare_spacy_seconds(jsonl: Path, jobs: int) -> float:
    import spacy

    from dossier.nlp.pipeline import resolve_model

    nlp = spacy.load(resolve_model(None).name)
    texts = [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=jobs):
        pass
    return time.perf_counter() - start


def duplicates_in_top(db: Path, top: int = 50) -> list[tuple[str, str]]:
    """Pairs among the top entities that name the same thing: the same normalised name whatever the type
    ("Donald Trump" PERSON and ORG), singular/plural ("Republican", "Republicans"), or a name and its
    last word ("Clinton", "Hillary Clinton")."""
    from dossier.query.corpus import open_corpus
    from dossier.resolve.keys import normalise

    def sing(w: str) -> str:
        return w[:-1] if w.endswith("s") and len(w) > 4 else w

    with open_corpus(db, readonly=True) as corpus:
        rows = corpus.entities(limit=top)
    dups = []
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            na, nb = normalise(a.name), normalise(b.name)
            wa, wb = na.split(), nb.split()
            same = na == nb or sing(na) == sing(nb)
            surname = (len(wa) == 1 and len(wb) > 1 and wb[-1] == wa[0]) or (
                len(wb) == 1 and len(wa) > 1 and wa[-1] == wb[0]
            )
            if same or (surname and "PERSON" in (a.type, b.type)):
                dups.append((f"{a.name} ({a.type})", f"{b.name} ({b.type})"))
    return dups


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--db", default="/tmp/polnear.db")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED}: not found (../shared beside the checkout)")
    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    jsonl = Path("/tmp/polnear.jsonl")
    n = write_jsonl(jsonl, args.limit)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "dossier", "ingest", str(jsonl), "--db", str(db), "--jobs", str(args.jobs)],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "(no output)")
    size = sum(os.path.getsize(str(db) + s) for s in ("", "-wal") if os.path.exists(str(db) + s))
    import sqlite3

    conn = sqlite3.connect(db)
    entities = conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()
    print(f"articles: {articles}/{n}  wall: {wall:.1f} s  articles/s: {articles / wall:.2f}  jobs: {args.jobs}")
    print(f"database: {size / 1e6:.1f} MB  corpus entities: {entities}")
    dups = duplicates_in_top(db)
    print(f"duplicates among the 50 most-mentioned entities: {len(dups)} {dups}")
    if not args.no_baseline:
        base = bare_spacy_seconds(jsonl, args.jobs)
        print(
            f"baseline (bare spaCy nlp.pipe, same texts, n_process={args.jobs}): {base:.1f} s, "
            f"{n / base:.2f} articles/s; dossier ingest / bare spaCy time ratio: {wall / base:.2f}"
        )


if __name__ == "__main__":
    main()
