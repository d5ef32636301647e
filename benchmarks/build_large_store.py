"""Build a store of at least 100,000 articles from a store of real articles, for the query benchmark.

There are about 20,000 real articles in ../shared (Reuters-21578 19k, PolNeAR 0.9k). A store of
100,000 is made from a real store (``reuters_ingest.py --keep DIR``) by repeating every stored article,
with everything extracted from it, ``copies`` times: copy k gets ids suffixed ``~k`` and its dates moved
k years later, so the store spans several years; its near-duplicate signature and band keys are
repeated too, so every article of the large store can be found by near-duplicate search. Corpus entities are shared by
all copies (as if each story were reported again each year), so an entity's mentions, events and co-mentions grow with
the store, which is what makes queries slower. The SQL runs on the store's own engine (SQLite).

    python benchmarks/build_large_store.py --src /work/bench/reuters.db --out /work/bench/large.db [--articles 100000]
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import time
from pathlib import Path

DOC_REFS = {
    "doc_entity_id",
    "source_doc_entity",
    "target_doc_entity",
    "place_doc_entity",
    "subject_doc_entity",
    "object_doc_entity",
}
ARTICLE_REFS = {"article_id", "story_id"}
DATES = {"published", "published_inferred", "event_date"}
TABLES = [
    "stories",
    "articles",
    "sentences",
    "doc_entities",
    "mentions",
    "roles",
    "times",
    "attributions",
    "attribution_entities",
    "events",
    "event_participants",
    "relations",
    "story_keys",
    "pairs",
    "sentence_pairs",
]


def shifted(col: str, k: int) -> str:
    return (
        f"CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(CAST(SUBSTR({col}, 1, 4) AS INTEGER) + {k} AS TEXT)"
        f" || SUBSTR({col}, 5) ELSE {col} END"
    )


def column_expr(table: str, col: str, k: int, off: dict[str, int]) -> str:
    if col == "id" and table in ("articles", "stories"):
        return f"id || '~{k}'"
    if col == "id":
        return f"id + {off[table]}"
    if col in ARTICLE_REFS or col == "text_hash":
        return f"{col} || '~{k}'"
    if col in DOC_REFS:
        return f"{col} + {off['doc_entities']}"
    if col == "attribution_id":
        return f"attribution_id + {off['attributions']}"
    if col == "event_id":
        return f"event_id + {off['events']}"
    if col == "sentence_id":
        return f"sentence_id + {off['sentences']}"
    if col == "record_id":  # pairs: an event, a tie or a claim
        return (
            f"CASE kind WHEN 'event' THEN record_id + {off['events']} WHEN 'relation' THEN record_id +"
            f" {off['relations']} ELSE record_id + {off['attributions']} END"
        )
    if col in DATES:
        return shifted(col, k)
    if col == "participants":  # the legacy JSON copy of event participants is not repeated
        return "NULL"
    return f'"{col}"'


def build(src: Path, out: Path, articles: int) -> None:
    if out.exists():
        out.unlink()
    for extra in ("-wal", "-shm"):
        Path(str(out) + extra).unlink(missing_ok=True)
    with sqlite3.connect(src) as s, sqlite3.connect(out) as d:
        s.backup(d)
    conn = sqlite3.connect(out)
    n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    copies = max(1, math.ceil(articles / n))
    print(f"{src}: {n} articles; {copies} copies -> {n * copies} articles")
    width = {
        t: (conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {t}").fetchone()[0] + 1)
        for t in TABLES
        if t
        not in (
            "stories",
            "articles",
            "attribution_entities",
            "event_participants",
            "story_keys",
            "pairs",
            "sentence_pairs",
        )
    }
    started = time.perf_counter()
    for k in range(1, copies):
        off = {t: k * w for t, w in width.items()}
        conn.execute("BEGIN")
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            exprs = ", ".join(column_expr(table, c, k, off) for c in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            src_rows = f"SELECT {exprs} FROM {table}"
            if table in ("articles", "stories") or "article_id" in cols:  # the rows of the original articles
                key = "id" if table in ("articles", "stories") else "article_id"
                src_rows += f" WHERE {key} NOT LIKE '%~%'"
            elif table == "attribution_entities":
                src_rows += f" WHERE attribution_id < {width['attributions']}"
            elif table == "event_participants":
                src_rows += f" WHERE event_id < {width['events']}"
            conn.execute(f"INSERT INTO {table} ({names}) {src_rows}")
        conn.execute("COMMIT")
        print(f"  copy {k}: {time.perf_counter() - started:.0f} s")
    conn.execute(f"UPDATE comentions SET articles = articles * {copies}")
    conn.execute("ANALYZE")
    conn.commit()
    total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()
    print(f"{out}: {total} articles, {out.stat().st_size / 1024 / 1024:.0f} MB, {time.perf_counter() - started:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    build(args.src, args.out, args.articles)


if __name__ == "__main__":
    main()
