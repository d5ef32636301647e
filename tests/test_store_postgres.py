"""What only a shared server store must do: refuse foreign databases, serve several writers at once,
and answer like SQLite. Runs against a throwaway PostgreSQL server (skipped when PostgreSQL is absent)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.errors import StoreError
from dossier.store import open_store

PEOPLE = ["Hannah Lee", "Tomas Varga", "Maria Santos", "Paulo Mendes", "Rui Costa", "Ana Ferreira"]


def _articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 1) % len(PEOPLE)]
        out.append(
            {
                "id": f"w{i}",
                "published": f"2024-0{1 + i % 9}-1{i % 10}",
                "text": f"{a} met {b} in Lisbon on Monday to discuss item {i} of the budget. "
                f"{a.split()[-1]} said the talks on item {i} were difficult, and {b.split()[-1]} criticised the plan.",
            }
        )
    return out


@pytest.mark.postgres
def test_postgres_refuses_a_database_that_is_not_dossiers(pg_server):
    import psycopg

    url = pg_server.new_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="not a dossier database"):
        open_store(url)
    with psycopg.connect(url, autocommit=True) as conn:  # untouched
        assert conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0


@pytest.mark.postgres
def test_postgres_refuses_a_newer_schema_and_a_wrong_address(pg_server):
    url = pg_server.new_database()
    store = open_store(url)
    store.conn.execute("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', 'x')")
    store.close()
    with pytest.raises(StoreError, match="newer dossier"):
        open_store(url)
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL") as err:
        open_store(pg_server.url("no_such_database"))
    assert "\n" not in str(err.value)


@pytest.mark.postgres
def test_postgres_hides_the_password_in_messages():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/nowhere")
    assert "s3cret" not in str(err.value) and "***" in str(err.value)


@pytest.mark.slow
@pytest.mark.postgres
def test_two_ingest_processes_write_one_postgres_store_at_once(pg_server, tmp_path: Path):
    """Overlapping inputs from two processes: every article once, every person one corpus entity."""
    url = pg_server.new_database()
    arts = _articles(24)
    first = tmp_path / "first.jsonl"
    second = tmp_path / "second.jsonl"
    first.write_text("\n".join(json.dumps(a) for a in arts[:16]) + "\n", encoding="utf-8")
    second.write_text("\n".join(json.dumps(a) for a in arts[8:]) + "\n", encoding="utf-8")
    open_store(url).close()  # migrate once, so that both start on a ready schema
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dossier", "ingest", str(p), "--db", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for p in (first, second)
    ]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    store = open_store(url, readonly=True)
    try:
        conn = store.conn
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 24
        assert conn.execute("SELECT COUNT(DISTINCT article_id) FROM sentences").fetchone()[0] == 24
        for person in PEOPLE:
            ids = conn.execute("SELECT DISTINCT d.entity_id FROM doc_entities d WHERE d.name = ?", (person,)).fetchall()
            assert len(ids) == 1, (person, ids)
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_postgres_answers_like_sqlite(pg_server, tmp_path: Path):
    """The same articles into both engines: the same entities, events, claims and answers."""
    from dossier.build import ingest
    from dossier.query.corpus import open_corpus

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in _articles(12)) + "\n", encoding="utf-8")
    lite, pg = tmp_path / "c.db", pg_server.new_database()
    assert ingest([src], db=lite).stored == ingest([src], db=pg).stored == 12
    tables = {
        "entities": "SELECT id, name, type, country, latitude, longitude FROM entities ORDER BY id",
        "doc_entities": (
            "SELECT article_id, local_id, name, entity_id, rule FROM doc_entities ORDER BY article_id, local_id"
        ),
        "mentions": 'SELECT article_id, start, "end", text, kind FROM mentions ORDER BY article_id, start, "end"',
        "events": (
            "SELECT article_id, local_id, type, trigger_start, certainty FROM events ORDER BY article_id, local_id"
        ),
        "attributions": "SELECT article_id, local_id, content_start, content_end, certainty FROM attributions"
        " ORDER BY article_id, local_id",
        "comentions": "SELECT a, b, articles FROM comentions ORDER BY a, b",
    }
    for name, sql in tables.items():
        a, b = open_store(lite, readonly=True), open_store(pg, readonly=True)
        try:
            assert [tuple(r) for r in a.conn.execute(sql)] == [tuple(r) for r in b.conn.execute(sql)], name
        finally:
            a.close()
            b.close()
    with open_corpus(lite, readonly=True) as x, open_corpus(pg, readonly=True) as y:
        assert x.relation("Hannah Lee", "Tomas Varga") == y.relation("Hannah Lee", "Tomas Varga")
        assert x.entity("Maria Santos") == y.entity("Maria Santos")
        assert x.timeline("Rui Costa") == y.timeline("Rui Costa")
        assert [h.evidence.article_id for h in y.search("budget")]  # PostgreSQL's own full-text search


# What each engine has that the other has not, on purpose (see store/migrations.py): full-text search is
# SQLite's FTS5 tables or PostgreSQL's tsvector column, and PostgreSQL's covering indexes INCLUDE the id
# that SQLite's indexes carry as the rowid.
SQLITE_ONLY = {"index:doc_entities_entity_article", "index:doc_entities_article_entity"}
POSTGRES_ONLY = {
    "column:sentences.tsv",
    "index:sentences_tsv",
    "index:entities_lower_name",
    "index:doc_entities_entity_article_id",
    "index:doc_entities_article_entity_id",
    "index:comentions_pair",
}
_TYPES = {"integer": "int", "bigint": "int", "text": "text", "real": "float", "double precision": "float"}
_TYPES |= {"blob": "bytes", "bytea": "bytes"}


def _sqlite_schema(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    out = set()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for t in tables:
        if t.startswith("sentences_fts"):
            continue  # FTS5's own tables
        for _, col, typ, notnull, _, pk in conn.execute(f"PRAGMA table_info({t})"):
            out.add(f"column:{t}.{col} {_TYPES[typ.lower()]} {'not null' if notnull or pk else 'null'}")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"):
        out.add(f"index:{name}")
    conn.close()
    return out


def _postgres_schema(url: str) -> set[str]:
    import psycopg

    out = set()
    with psycopg.connect(url) as conn:
        for t, col, typ, nullable in conn.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ):
            kind = "tsvector" if typ == "tsvector" else _TYPES[typ]
            out.add(f"column:{t}.{col} {kind} {'null' if nullable == 'YES' else 'not null'}")
        for (name,) in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            " AND indexname NOT IN (SELECT conname FROM pg_constraint)"  # primary keys and UNIQUE: SQLite's autoindexes
        ):
            out.add(f"index:{name}")
    return out


@pytest.mark.postgres
def test_sqlite_and_postgres_schemas_agree(pg_server, tmp_path: Path):
    """One schema history (store/migrations.py) gives both engines the same tables, columns, types,
    nullability and indexes, but for the differences listed above."""
    open_store(tmp_path / "s.db").close()
    url = pg_server.new_database()
    open_store(url).close()
    lite, pg = _sqlite_schema(tmp_path / "s.db"), _postgres_schema(url)
    strip = lambda items: {i.split(" ")[0] for i in items}  # noqa: E731
    assert strip(lite - pg) == SQLITE_ONLY
    assert strip(pg - lite) == POSTGRES_ONLY
    assert any(i.startswith("column:doc_entities.entity_id int null") for i in lite & pg)  # migration 7, both


def test_sqlite_store_of_schema_1_is_migrated_with_its_co_mentions(tmp_path: Path):
    """A store written before migration 2 gains event participants and co-mention counts from its rows."""
    from dossier.store.migrations import LATEST, MIGRATIONS
    from dossier.store.sqlite import _statements

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for statement in _statements(MIGRATIONS[0].script("sqlite")):
        conn.execute(statement)
    conn.execute("INSERT INTO migrations VALUES (1, 'initial schema', 'x')")
    conn.execute("INSERT INTO meta VALUES ('application', 'dossier')")
    conn.execute("INSERT INTO stories VALUES ('a1', 1)")
    conn.execute(
        "INSERT INTO articles (id, language, text, text_hash, story_id, ingested_at) VALUES "
        "('a1','en','x','h','a1','x')"
    )
    for i, name in enumerate(["A", "B", "C"], 1):
        conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, 'PERSON')", (i, name))
        conn.execute(
            "INSERT INTO doc_entities (id, article_id, local_id, name, type, entity_id, rule)"
            " VALUES (?, 'a1', ?, ?, 'PERSON', ?, 'new')",
            (i, f"e{i}", name, i),
        )
    conn.execute(
        "INSERT INTO events (id, article_id, local_id, type, trigger_text, trigger_start, trigger_end,"
        " participants, negated, certainty, sentence_start, sentence_end)"
        " VALUES (1, 'a1', 'v1', 'CONSULT', 'met', 0, 1, '[3, 1]', 0, 'asserted', 0, 1)"
    )
    conn.commit()
    conn.close()
    store = open_store(db)
    try:
        assert store.schema_version() == LATEST
        assert [tuple(r) for r in store.conn.execute("SELECT a, b, articles FROM comentions ORDER BY a, b")] == [
            (1, 2, 1),
            (1, 3, 1),
            (2, 1, 1),
            (2, 3, 1),
            (3, 1, 1),
            (3, 2, 1),
        ]
        assert [tuple(r) for r in store.conn.execute("SELECT position, doc_entity_id FROM event_participants")] == [
            (0, 3),
            (1, 1),
        ]
    finally:
        store.close()


def _bare_articles(db, ids: list[str]) -> None:
    """Articles with no text, each its own story: rows for document entities to hang on."""
    for article_id in ids:
        db.execute("INSERT INTO stories (id) VALUES (?)", (article_id,))
        db.execute(
            "INSERT INTO articles (id, language, text, text_hash, story_id, ingested_at)"
            " VALUES (?, 'en', 'x', ?, ?, 'x')",
            (article_id, f"h-{article_id}", article_id),
        )


def test_surname_consolidation_pages_through_the_store(store_db):
    """One-word 'organisations' that are a known person's surname move to the person who dominates their
    article's context, whatever the page size of the pass (one row per page: every page boundary is crossed)."""
    from dossier.store import curation, resolution

    store = open_store(store_db)
    try:
        with store.write() as db:
            _bare_articles(db, [f"s{i}" for i in range(5)])
            person = db.execute(
                "INSERT INTO entities (name, type) VALUES ('Adaeze Okafor', 'PERSON') RETURNING id"
            ).fetchone()[0]
            org = db.execute("INSERT INTO entities (name, type) VALUES ('Okafor', 'ORG') RETURNING id").fetchone()[0]
            other = db.execute("INSERT INTO entities (name, type) VALUES ('Meridian', 'ORG') RETURNING id").fetchone()[
                0
            ]
            db.execute(
                "INSERT INTO aliases (key, entity_id, alias, kind) VALUES ('surname:okafor', ?, 'Okafor', 'surname')",
                (person,),
            )
            db.execute(
                "INSERT INTO aliases (key, entity_id, alias, kind) VALUES ('okafor', ?, 'Okafor', 'name')", (org,)
            )
            rows = [(f"s{i}", "e1", "Adaeze Okafor", "PERSON", person) for i in range(3)]
            rows += [("s0", "e2", "Meridian", "ORG", other)]  # the person's context
            rows += [
                ("s3", "e1", "Okafor", "ORG", org),
                ("s3", "e2", "Meridian", "ORG", other),
                ("s4", "e1", "Okafor", "ORG", org),
                ("s4", "e2", "Meridian", "ORG", other),
            ]
            db.executemany(
                "INSERT INTO doc_entities (article_id, local_id, name, type, entity_id, rule) VALUES (?,?,?,?,?,'new')",
                rows,
            )
            db.executemany(
                "INSERT INTO comentions (a, b, articles) VALUES (?, ?, 1)", [(person, other), (other, person)]
            )
        page, resolution.PAGE = resolution.PAGE, 1
        try:
            assert curation.consolidate_surnames(store) == 2
        finally:
            resolution.PAGE = page
        by_entity = dict(
            store.conn.execute("SELECT entity_id, COUNT(*) FROM doc_entities GROUP BY entity_id").fetchall()
        )
        assert by_entity == {person: 5, other: 3}
        assert store.conn.execute("SELECT COUNT(*) FROM entities WHERE id = ?", (org,)).fetchone()[0] == 0
    finally:
        store.close()


def test_surname_consolidation_leaves_a_name_the_tables_know_as_an_organisation(store_db):
    """'Twitter' (an organisation of dossier's table) does not become the surname of a 'Wilayat Twitter' the NER
    made a person, however much the person shares its articles' context; 'Lumen', which the NER typed a place
    in three articles but no table knows, is the surname it looks like (the NER mistypes surnames)."""
    from dossier.resolve.knowledge import Knowledge
    from dossier.resolve.resolver import named_as_thing
    from dossier.store import curation, resolution

    store = open_store(store_db)
    try:
        with store.write() as db:
            _bare_articles(db, [f"t{i}" for i in range(3)])

            def new(name: str, etype: str) -> int:
                return db.execute(
                    "INSERT INTO entities (name, type) VALUES (?, ?) RETURNING id", (name, etype)
                ).fetchone()[0]

            wilayat, twitter = new("Wilayat Twitter", "PERSON"), new("Twitter", "ORG")
            said = new("Twitter", "PERSON")  # "Twitter said": the NER's person, unresolved
            ana, lumen, harbor = new("Ana Lumen", "PERSON"), new("Lumen", "GPE"), new("Harbor", "ORG")
            db.executemany(
                "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?, ?, ?, ?)",
                [
                    ("surname:twitter", wilayat, "Twitter", "surname"),
                    ("surname:lumen", ana, "Lumen", "surname"),
                    ("name:twitter", twitter, "Twitter", "name"),
                    ("name:lumen", lumen, "Lumen", "name"),
                    ("bare:twitter", said, "Twitter", "bare"),
                ],
            )
            rows = [(f"t{i}", "e1", "Twitter", "ORG", twitter) for i in range(3)]
            rows += [(f"t{i}", "e2", "Lumen", "GPE", lumen) for i in range(3)]
            rows += [(f"t{i}", "e3", "Harbor", "ORG", harbor) for i in range(3)]
            rows += [("t0", "e4", "Twitter", "PERSON", said)]
            db.executemany(
                "INSERT INTO doc_entities (article_id, local_id, name, type, entity_id, rule) VALUES (?,?,?,?,?,'new')",
                rows,
            )
            db.executemany(
                "INSERT INTO comentions (a, b, articles) VALUES (?, ?, 1)",
                [(wilayat, harbor), (harbor, wilayat), (ana, harbor), (harbor, ana)],
            )
            kb = Knowledge.load()
            view = resolution.CorpusView(db)
            thing = named_as_thing("twitter", view, kb, wilayat)
            assert thing is not None and thing.entity_id == twitter  # "Twitter" tagged a person is Twitter
            assert named_as_thing("lumen", view, kb, ana) is None
        # the three "Lumen" places to Ana Lumen, the "Twitter" the NER took for a person to Twitter
        assert curation.consolidate_surnames(store) == 4
        by_entity = dict(
            store.conn.execute("SELECT entity_id, COUNT(*) FROM doc_entities GROUP BY entity_id").fetchall()
        )
        assert by_entity == {twitter: 4, ana: 3, harbor: 3}
    finally:
        store.close()
