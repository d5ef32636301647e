"""`dossier ingest` into a real SQLite file: idempotence, near-duplicates, interruption, bad databases."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.errors import StoreError
from dossier.store import open_store

pytestmark = pytest.mark.slow

STORY = (
    "Finance Minister Maria Santos met central bank governor Paulo Mendes in Brasília on Monday. "
    "Santos said she wanted lower interest rates before the election, but Mendes rejected the request. "
    "He warned that inflation could rise again if the bank cut rates too early. "
    "The International Monetary Fund backed the governor in a statement on Tuesday. "
    "Opposition leader Rui Costa accused the government of pressuring the bank."
)
OTHER = (
    "Senator Hannah Lee introduced a bill on Wednesday to cap drug prices. Lee said patients could not wait. "
    "Pharmaceutical companies criticised the proposal, and the industry group PhRMA called it harmful."
)


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True, timeout=600, **kw)


def write(d: Path, name: str, text: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def counts(db: Path | str) -> dict[str, int]:
    store = open_store(db, readonly=True)
    conn = store.conn
    out = {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("articles", "stories", "sentences", "mentions")
    }
    out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0] if isinstance(db, Path) else "ok"
    out["story_reports"] = conn.execute("SELECT COALESCE(MAX(reports), 0) FROM stories").fetchone()[0]
    out["sentence_articles"] = conn.execute("SELECT COUNT(DISTINCT article_id) FROM sentences").fetchone()[0]
    store.close()
    return out


def test_ingest_is_idempotent_and_skips_same_text_under_another_id(tmp_path: Path, store_db):
    from dossier.build import ingest

    d = tmp_path / "in"
    write(d, "santos.txt", STORY)
    write(d, "lee.txt", OTHER)
    db = store_db
    first = ingest([d], db=db)
    assert (first.stored, first.skipped) == (2, 0)
    again = ingest([d], db=db)
    assert (again.stored, again.skipped) == (0, 2)
    copy = write(tmp_path / "copy", "renamed.txt", STORY.replace(" ", "  "))  # same normalised text
    third = ingest([copy], db=db)
    assert (third.stored, third.skipped) == (0, 1)
    assert counts(db)["articles"] == 2


def test_ingest_records_a_syndicated_copy_as_another_report_of_the_story(tmp_path: Path, store_db):
    from dossier.build import ingest

    db = store_db
    ingest([write(tmp_path / "a", "orig.txt", STORY)], db=db)
    syndicated = (
        "Santos and Mendes clash over rates\n\n" + STORY + "\n\nCopyright 2025 Example Wire. All rights reserved."
    )
    report = ingest([write(tmp_path / "b", "wire.txt", syndicated)], db=db)
    assert report.stored == 1 and report.same_story == 1
    c = counts(db)
    assert c["articles"] == 2 and c["stories"] == 1 and c["story_reports"] == 2


def test_a_store_from_before_story_keys_is_backfilled_and_still_finds_the_copy(tmp_path: Path, store_db):
    """Migration 4 computes the band keys of articles stored without them, a page at a time."""
    from dossier.build import ingest
    from dossier.store import migrations

    db = store_db
    ingest([write(tmp_path / "a", "orig.txt", STORY), write(tmp_path / "a", "lee.txt", OTHER)], db=db)
    store = open_store(db)
    with store.write() as conn:  # back to schema 3, as a store written by an earlier version
        conn.execute("DROP TABLE story_keys")
        conn.execute("DROP TABLE pairs")
        conn.execute("DROP TABLE sentence_pairs")
        for column in ("authors", "dateline", "notes"):  # migration 7
            conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        if conn.dialect == "postgresql":  # migration 5 also replaced two indexes there
            conn.execute("DROP INDEX doc_entities_entity_article_id")
            conn.execute("DROP INDEX doc_entities_article_entity_id")
            conn.execute("DROP INDEX comentions_pair")
            conn.execute("CREATE INDEX doc_entities_entity_article ON doc_entities(entity_id, article_id)")
            conn.execute("CREATE INDEX doc_entities_article_entity ON doc_entities(article_id, entity_id)")
        conn.execute("DROP TABLE actor_codes")  # and migration 8's codes
        conn.execute("DROP INDEX doc_entities_codes")
        conn.execute("DROP INDEX events_countries")
        for table, column in [
            ("doc_entities", "country_code"),
            ("doc_entities", "sector"),
            ("events", "source_country"),
            ("events", "source_sector"),
            ("events", "target_country"),
            ("events", "target_sector"),
        ]:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DELETE FROM migrations WHERE version >= 4")
    store.close()
    page, migrations.PAGE = migrations.PAGE, 1  # two pages of one article
    try:
        store = open_store(db)
    finally:
        migrations.PAGE = page
    try:
        assert store.schema_version() == migrations.LATEST
        assert store.conn.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM story_keys").fetchone()[:] == (
            16,
            2,
        )
        assert store.conn.execute("SELECT COUNT(*) FROM pairs").fetchone()[0] > 0  # filled by migration 5
        assert store.conn.execute("SELECT COUNT(*) FROM sentence_pairs").fetchone()[0] > 0  # and 6
    finally:
        store.close()
    syndicated = "Rates row: Santos and Mendes\n\n" + STORY + "\n\nDistributed by Example Wire."
    report = ingest([write(tmp_path / "b", "wire.txt", syndicated)], db=db)
    assert report.stored == 1 and report.same_story == 1


def test_store_side_lsh_finds_what_datasketch_lsh_finds():
    """The band keys in the store give the same candidates as datasketch's in-memory MinHashLSH."""
    from datasketch import MinHashLSH

    from dossier.dedup import NUM_PERM, THRESHOLD, band_keys, best_story, signature, to_bytes

    base = STORY.split(". ")
    texts = {f"v{i}": ". ".join(base[:i] + base[i + 1 :]) for i in range(len(base))}  # one sentence dropped each
    texts["lee"] = OTHER
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    keys = {}
    for name, text in texts.items():
        lsh.insert(name, signature(text))
        keys[name] = set(band_keys(to_bytes(signature(text))))
    probe = signature(STORY)
    mine = set(band_keys(to_bytes(probe)))
    assert {n for n, k in keys.items() if k & mine} == set(lsh.query(probe))
    assert "lee" not in set(lsh.query(probe))
    sigs = [(n, f"story-{n}", to_bytes(signature(t))) for n, t in texts.items() if keys[n] & mine]
    assert best_story(to_bytes(probe), sigs) is not None
    assert best_story(to_bytes(probe), [("lee", "story-lee", to_bytes(signature(OTHER)))]) is None


def _stored(db: Path | str) -> int:
    try:
        store = open_store(db, readonly=True)
    except StoreError:  # not created (or not migrated) yet
        return 0
    try:
        return store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except Exception:  # noqa: BLE001 - tables not created yet on either engine
        return 0
    finally:
        store.close()


def test_ingest_killed_midway_then_rerun_stores_every_article_once(tmp_path: Path, store_db):
    lines = [
        json.dumps({"id": f"a{i}", "text": STORY.replace("Monday", f"day {i}") + f" Reference {i}."}) for i in range(40)
    ]
    src = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    db = store_db
    proc = subprocess.Popen(
        [sys.executable, "-m", "dossier", "ingest", str(src), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 300
    while time.time() < deadline:  # kill it once some, but not all, articles are in
        if _stored(db) >= 3:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(db)
    assert partial["integrity"] == "ok" and 0 < partial["articles"] < 40
    done = run("ingest", str(src), "--db", str(db))
    assert done.returncode == 0, done.stderr.decode()
    final = counts(db)
    assert final["articles"] == 40 and final["integrity"] == "ok" and final["sentence_articles"] == 40


def test_store_refuses_a_file_that_is_not_a_dossier_database(tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a dossier database"):
        open_store(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a dossier database"):
        open_store(other)
    assert sqlite3.connect(other).execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0  # untouched


def test_store_refuses_a_newer_schema(tmp_path: Path):
    db = tmp_path / "c.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer dossier"):
        open_store(db)


def _make_read_only(paths: list[Path], on: bool) -> bool:
    """chmod for users; root ignores permissions, so it gets the immutable attribute (chattr) instead."""
    if os.geteuid() != 0:
        for p in paths:
            p.chmod((0o555 if p.is_dir() else 0o444) if on else (0o755 if p.is_dir() else 0o644))
        return True
    flag = "+i" if on else "-i"
    return all(subprocess.run(["chattr", flag, str(p)], capture_output=True).returncode == 0 for p in paths)


def test_ingest_into_a_read_only_database_says_so_and_keeps_data(tmp_path: Path):
    from dossier.build import ingest

    d = tmp_path / "ro"
    d.mkdir()
    db = d / "c.db"
    ingest([write(tmp_path / "in", "santos.txt", STORY)], db=db)
    paths = [*sorted(d.iterdir()), d]
    if not _make_read_only(paths, True):
        _make_read_only(paths, False)
        pytest.skip("cannot make a file read-only here (no chattr)")
    try:
        proc = run("ingest", str(write(tmp_path / "in2", "lee.txt", OTHER)), "--db", str(db))
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert "read-only" in err or "cannot open" in err
        assert len([line for line in err.splitlines() if line.startswith("error")]) == 1
    finally:
        _make_read_only(paths, False)
    assert counts(db)["articles"] == 1


def test_ingest_on_a_full_disk_stores_nothing_partial(tmp_path: Path):
    """SQLite's max_page_count stands in for a full disk: the write fails, the store stays whole."""
    from dossier.build import ingest

    db = tmp_path / "c.db"
    ingest([write(tmp_path / "in", "santos.txt", STORY)], db=db)
    store = open_store(db)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    from dossier.api import analyze_text
    from dossier.build import text_hash

    analysis = analyze_text(OTHER * 30, id="big")
    with pytest.raises(StoreError, match="full"):
        store.write_analysis(analysis, text_hash=text_hash(analysis.article.text), minhash=None, story_id=None)
    store.close()
    c = counts(db)
    assert c["articles"] == 1 and c["integrity"] == "ok"


def test_readers_are_served_while_an_ingest_writes(tmp_path: Path):
    from dossier.build import ingest
    from dossier.query.corpus import open_corpus

    db = tmp_path / "c.db"
    ingest([write(tmp_path / "in", "santos.txt", STORY)], db=db)
    writer = open_store(db)
    with writer.write() as conn:  # a write transaction held open, as during an ingest
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
        with open_corpus(db, readonly=True) as corpus:
            assert corpus.entity("Maria Santos").entity.name == "Maria Santos"
    writer.close()
