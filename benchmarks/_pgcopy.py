"""Copy a SQLite store into an empty PostgreSQL store with COPY (for benchmarks on the same data)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

ORDER = [
    "stories",
    "articles",
    "sentences",
    "entities",
    "aliases",
    "doc_entities",
    "mentions",
    "roles",
    "times",
    "attributions",
    "attribution_entities",
    "events",
    "event_participants",
    "relations",
    "decisions",
    "comentions",
    "story_keys",
    "pairs",
    "sentence_pairs",
]
IDENTITY = [
    "sentences",
    "entities",
    "doc_entities",
    "mentions",
    "roles",
    "times",
    "attributions",
    "events",
    "relations",
    "decisions",
]


def copy_store(src: Path, url: str) -> None:
    import psycopg

    from dossier.store import open_store

    open_store(url).close()  # the schema, by dossier's own migrations
    lite = sqlite3.connect(src)
    started = time.perf_counter()
    with psycopg.connect(url) as pg:
        for table in ORDER:
            cols = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in cols)
            rows = 0
            with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                for row in lite.execute(f"SELECT {names} FROM {table}"):
                    cp.write_row(row)
                    rows += 1
            print(f"  {table}: {rows} rows ({time.perf_counter() - started:.0f} s)")
        for table in IDENTITY:
            pg.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + "
                f"1, false)"
            )
        pg.commit()
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("VACUUM ANALYZE")
    lite.close()
