"""Nothing lost, nothing changed by mistake (issue 17): what a hostile or careless user found, each fixed.

Most tests build a real store from hand-made analyses (no model: ``stored``), and drive the real CLI
(typer's CliRunner or a subprocess), the real web app (TestClient) and real files; the few that analyse
text load the model and are marked slow.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from conftest import BACKENDS, store_target
from dossier.models import Analysis, Article, Entity, Mention, Offsets, Span
from dossier.testing.records import hand_event

LOCAL = "http://127.0.0.1"
STORY_2016 = "The mayor of Riverton opened the new harbour bridge on Monday, ten years after work began on it."
STORY_2017 = "A year after it opened, the harbour bridge of Riverton was closed for repairs to its eastern span."


# -- helpers: a real store from hand-made analyses -------------------------------------------------------
def analysis(
    art_id: str,
    text: str,
    people: dict[str, str] | list[tuple[str, str]],
    *,
    published: str | None = None,
    title: str | None = None,
    event: tuple[str, str, str] | None = None,
) -> Analysis:
    """An analysis of ``text`` naming ``people`` ((name, type) pairs), each name found in the text (a name
    given twice: its next occurrence); ``event`` is (type, source name, target name), triggered by the first word."""
    entities = []
    after: dict[str, int] = {}
    for i, (name, etype) in enumerate(people.items() if isinstance(people, dict) else people):
        start = text.index(name, after.get(name, 0))
        after[name] = start + len(name)
        entities.append(Entity(f"e{i}", name, etype, [Mention(start, start + len(name), name, "name", 0)]))
    events = []
    if event is not None:
        etype, source, target = event
        ids = {e.name: e.id for e in entities}
        word = text.split()[0]
        events.append(
            hand_event(
                etype,
                Span(0, len(word), word),
                ids[source],
                ids[target],
                Offsets(0, len(text)),
                id="v0",
                cameo_root="01",
            )
        )
    article = Article(art_id, text, title=title, published=published, origin=f"{art_id}.txt")
    return Analysis(article, [Offsets(0, len(text))], entities, events=events)


def stored(db, analyses: list[Analysis]):
    from dossier.build import text_hash
    from dossier.store import open_store

    store = open_store(db)
    try:
        for a in analyses:
            assert store.write_analysis(a, text_hash=text_hash(a.article.text), minhash=None, story_id=None)
    finally:
        store.close()
    return db


PEOPLE_TEXT = "Marta Kovacs met Peter Ruiz in Riverton, and Marta Kovacs thanked Peter Ruiz for the bridge."
TWINS_TEXT = "Alex Grant, the singer, thanked Lee Grant, the mayor, for the concert in Riverton."


def people_store(db):
    """Marta Kovacs, Peter Ruiz, and two entities called Alex Grant (a user renamed Lee Grant so)."""
    from dossier.store import curation, open_store

    stored(
        db,
        [
            analysis("p1", PEOPLE_TEXT, {"Marta Kovacs": "PERSON", "Peter Ruiz": "PERSON"}, published="2024-05-06"),
            analysis("p2", TWINS_TEXT, {"Alex Grant": "PERSON", "Lee Grant": "PERSON"}, published="2024-05-07"),
        ],
    )
    store = open_store(db)
    lee = store.conn.execute("SELECT id FROM entities WHERE name = 'Lee Grant'").fetchone()[0]
    curation.rename(store, lee, "Alex Grant")
    store.close()
    return db


def cli(*args: str):
    from dossier.cli import app

    return CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:"), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def entity_names(db) -> dict[int, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT id, name FROM entities ORDER BY id").fetchall())
    finally:
        conn.close()


def chattr(paths: list[Path], on: bool) -> bool:
    """Root ignores permission bits, so read-only is the immutable attribute; users get chmod."""
    if os.geteuid() != 0:
        for p in paths:
            p.chmod((0o555 if p.is_dir() else 0o444) if on else (0o755 if p.is_dir() else 0o644))
        return True
    return all(
        subprocess.run(["chattr", "+i" if on else "-i", str(p)], capture_output=True).returncode == 0 for p in paths
    )


@pytest.fixture
def read_only():
    """Make paths read-only for the test (undone afterwards); skips where that cannot be done."""
    done: list[Path] = []

    def make(*paths: Path) -> None:
        if not chattr(list(paths), True):
            chattr(list(paths), False)
            pytest.skip("cannot make a folder read-only here (no chattr)")
        done.extend(paths)

    yield make
    chattr(done, False)


# -- 1. article ids from paths; collisions named ------------------------------------------------------------
def test_ingest_ids_from_paths_keep_same_named_files_apart(tmp_path: Path):
    from dossier.readers.files import read_inputs

    news = tmp_path / "news"
    for year, text in (("2016", STORY_2016), ("2017", STORY_2017)):
        (news / year).mkdir(parents=True)
        (news / year / "story.txt").write_text(text, encoding="utf-8")
    (news / "top.txt").write_text(STORY_2016 + " More.", encoding="utf-8")
    items = list(read_inputs([news]))
    assert [(a.id, a.text) for a in items] == [
        ("2016/story", STORY_2016),
        ("2017/story", STORY_2017),
        ("top", STORY_2016 + " More."),
    ]
    assert [a.id for a in read_inputs([news / "2016" / "story.txt"])] == ["story"]  # a single file keeps its stem


def test_ingest_same_id_twice_in_one_run_is_an_error_naming_both(tmp_path: Path):
    from dossier.errors import Problem
    from dossier.readers.files import read_inputs

    for year, text in (("2016", STORY_2016), ("2017", STORY_2017)):
        (tmp_path / year).mkdir()
        (tmp_path / year / "story.txt").write_text(text, encoding="utf-8")
    first, second = tmp_path / "2016" / "story.txt", tmp_path / "2017" / "story.txt"
    items = list(read_inputs([first, second]))
    assert items[0].id == "story" and isinstance(items[1], Problem) and items[1].error
    message = str(items[1])
    assert str(second) in message and str(first) in message and "'story'" in message
    again = list(read_inputs([first, first]))  # the same text twice: read once, with a warning naming both
    assert isinstance(again[1], Problem) and not again[1].error and str(first) in again[1].message and len(again) == 2


@pytest.mark.slow  # ingest loads the model before it reads
def test_ingest_file_named_like_a_stored_article_exit_1_naming_both(tmp_path: Path):
    """The CLI: an article whose id a stored article with another text has is an error, not "already there"."""
    db = stored(tmp_path / "c.db", [analysis("story", STORY_2016, {})])
    (tmp_path / "2017").mkdir()
    other = tmp_path / "2017" / "story.txt"
    other.write_text(STORY_2017, encoding="utf-8")
    result = cli("ingest", str(other), "--db", str(db))
    assert result.exit_code == 1, result.output
    line = next(x for x in result.stderr.splitlines() if x.startswith("error"))
    assert str(other) in line and "story.txt" in line and "already stored from" in line and "'story'" in line
    assert "0 stored" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text FROM articles").fetchall() == [(STORY_2016,)]  # the stored one untouched


def test_report_file_names_are_collision_free_reversible_and_inside_out(tmp_path: Path):
    from dossier.report.jsonout import article_filename

    ids = [
        "a/b",
        "a_b",
        "a:b",
        "a%3Ab",
        "A b",
        "2016/story",
        "2017/story",
        "../../etc/passwd",
        "/abs",
        "a//b",
        ".hidden",
        "x" * 400,
        "x" * 399 + "y",
        "über/naïve",
        "a\u202eb",
    ]
    names = [article_filename(i, ".json") for i in ids]
    assert len(set(names)) == len(ids)
    assert names[:4] == ["a/b.json", "a_b.json", "a%3Ab.json", "a%253Ab.json"]
    for art_id, name in zip(ids, names):
        path = (tmp_path / name).resolve()
        assert path.is_relative_to(tmp_path.resolve()), name
        assert all(len(part.encode()) <= 200 for part in Path(name).parts)
        if len(art_id) < 150:
            assert unquote(name.removesuffix(".json")) == art_id


def test_report_output_folder_refuses_to_overwrite_a_file_of_this_run(tmp_path: Path):
    from dossier.errors import DropDocument
    from dossier.report.jsonout import OutputFolder

    out = tmp_path / "out"
    folder = OutputFolder(out)
    assert folder.write("2016/story", ".json", "first") == out / "2016" / "story.json"
    (out / "alias.json").symlink_to(out / "2016" / "story.json")  # a name the file system folds onto the same file
    with pytest.raises(DropDocument, match="already written in this run for article '2016/story'"):
        folder.write("alias", ".json", "second")
    assert (out / "2016" / "story.json").read_text() == "first"
    assert OutputFolder(out).write("2016/story", ".json", "next run") == out / "2016" / "story.json"  # a new run may


# -- 2. the same JSONL id with another text -------------------------------------------------------------
def test_ingest_jsonl_id_of_another_text_is_an_error_naming_both(tmp_path: Path):
    from dossier.errors import Problem
    from dossier.readers.files import read_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(r) for r in ({"id": "x1", "text": STORY_2016}, {"id": "x1", "text": STORY_2017})) + "\n",
        encoding="utf-8",
    )
    items = list(read_inputs([feed]))
    assert isinstance(items[1], Problem) and items[1].error
    assert f"{feed}:2" in str(items[1]) and f"{feed}:1" in str(items[1]) and "'x1'" in str(items[1])


@pytest.mark.slow  # ingest loads the model before it reads
def test_ingest_jsonl_id_of_a_stored_article_with_another_text_exit_1(tmp_path: Path):
    db = stored(tmp_path / "c.db", [analysis("x2", STORY_2016, {})])
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "x2", "text": STORY_2017}) + "\n", encoding="utf-8")
    result = cli("ingest", str(later), "--db", str(db))
    assert result.exit_code == 1
    assert f"{later}:1: article id 'x2' is already stored from x2.txt with a different text" in result.stderr
    assert "already there" in result.stderr and "0 already there" in result.stderr  # not counted as skipped


# -- 3. entity lookup: writes exact, reads escaped and capped ----------------------------------------------
@pytest.fixture(params=BACKENDS)
def people_db(request, tmp_path: Path):
    return people_store(store_target(request, tmp_path))


def test_query_reads_escape_like_wildcards(people_db):
    from dossier.query.corpus import EntityNotFound, open_corpus

    with open_corpus(people_db, readonly=True) as corpus:
        for pattern in ("%", "_", "%%", "\\", "Marta%", "M_rta Kovacs"):
            with pytest.raises(EntityNotFound):
                corpus.entity(pattern)
        assert corpus.entity("arta Kova").entity.name == "Marta Kovacs"  # a read may still suggest by substring


def test_query_writes_act_only_on_an_exact_name_alias_or_id(people_db):
    from dossier.errors import InvalidArgument
    from dossier.query.corpus import EntityNotFound, open_corpus

    with open_corpus(people_db) as corpus:
        marta, peter = corpus.resolve_exact("Marta Kovacs"), corpus.resolve_exact("peter  RUIZ")
        for bad in ("%", "_", "arta Kova", "Marta"):
            with pytest.raises(EntityNotFound):
                corpus.merge("Marta Kovacs", bad)
            with pytest.raises(EntityNotFound):
                corpus.rename(bad, "X")
        with pytest.raises(
            InvalidArgument, match=r"names 2 entities: #\d+ Alex Grant \(PERSON\), #\d+ Alex Grant \(PERSON\)"
        ):
            corpus.rename("Alex Grant", "Alex Grant the singer")
        assert corpus.resolve_exact(str(peter.id)) == peter
        assert [(r.id, r.name) for r in (corpus.resolve_exact("Marta Kovacs"), corpus.resolve_exact("Peter Ruiz"))] == [
            (marta.id, "Marta Kovacs"),
            (peter.id, "Peter Ruiz"),
        ]  # nothing changed


def test_cli_entities_merge_rename_say_what_they_changed_and_refuse_wildcards(tmp_path: Path):
    db = str(people_store(tmp_path / "c.db"))
    before = entity_names(db)
    for args in (
        ("merge", "Marta Kovacs", "%"),
        ("rename", "%", "X"),
        ("rename", "illary Clin", "X"),
        ("split", "%", "--name", "Peter Ruiz"),
    ):
        result = cli("entities", *args, "--db", db)
        assert result.exit_code == 1, result.output
        assert "no entity is called exactly" in one_error_line(result)
    ambiguous = cli("entities", "rename", "Alex Grant", "X", "--db", db)
    assert ambiguous.exit_code == 2 and "names 2 entities" in one_error_line(ambiguous)
    assert entity_names(db) == before
    marta = next(i for i, n in before.items() if n == "Marta Kovacs")
    peter = next(i for i, n in before.items() if n == "Peter Ruiz")
    renamed = cli("entities", "rename", "peter ruiz", "Pete Ruiz", "--db", db)
    assert renamed.exit_code == 0 and renamed.stdout.strip() == f"renamed #{peter} from Peter Ruiz to Pete Ruiz"
    merged = cli("entities", "merge", "Marta Kovacs", str(peter), "--db", db)
    assert merged.stdout.strip() == f"merged Pete Ruiz (#{peter}) into Marta Kovacs (#{marta})"


def test_cli_lookup_of_60000_characters_is_one_line_exit_2(tmp_path: Path):
    db = str(people_store(tmp_path / "c.db"))
    for args in (
        ("entity", "x" * 60_000),
        ("entities", "merge", "Marta Kovacs", "y" * 60_000),
        ("relation", "Marta Kovacs", "%" * 60_000),
    ):
        result = cli(*args, "--db", db)
        assert result.exit_code == 2, result.output
        assert "above the limit of 500" in one_error_line(result)


@pytest.fixture
def web_client(tmp_path: Path):
    from fastapi.testclient import TestClient

    from dossier.web import create_app

    db = people_store(tmp_path / "web.db")
    with TestClient(create_app(db), base_url=LOCAL) as client:
        yield client, db


def test_web_lookups_escape_wildcards_and_cap_length(web_client):
    client, db = web_client
    for url in ("/api/entities/%25", "/api/entities/_", "/api/relation?a=%25&b=Marta%20Kovacs"):
        response = client.get(url)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", url
    for url in ("/api/entities/" + "x" * 60_000, "/api/relation?a=" + "%25" * 20_000 + "&b=Marta%20Kovacs"):
        response = client.get(url)
        assert response.status_code == 400, response.text[:200]
        assert "above the limit of 500" in response.json()["error"]["message"]
    before = entity_names(db)
    merge = client.post("/api/entities/merge", json={"keep": "Marta Kovacs", "other": "%"})
    assert merge.status_code == 404 and "exactly" in merge.json()["error"]["message"]
    assert client.post("/api/entities/%25/rename", json={"name": "X"}).status_code == 404
    assert entity_names(db) == before


# -- 4. a store deleted or replaced under the server -----------------------------------------------------
def test_web_store_deleted_under_the_server_answers_503(web_client):
    client, db = web_client
    assert client.get("/api/entities").status_code == 200
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for response in (
        client.get("/api/entities"),
        client.get("/api/entities/Marta%20Kovacs"),
        client.post("/api/entities/1/rename", json={"name": "New"}),
        client.post("/api/analyze", data={"text": PEOPLE_TEXT * 5, "store": "true"}),
    ):
        assert response.status_code == 503, response.text
        error = response.json()["error"]
        assert error["code"] == "unavailable" and "deleted or replaced" in error["message"]
    assert not Path(db).exists()  # no new, empty store made at the path


def test_web_store_replaced_under_the_server_answers_503(web_client, tmp_path: Path):
    client, db = web_client
    assert client.get("/api/entities").status_code == 200
    other = stored(tmp_path / "other.db", [analysis("o1", STORY_2016, {"Riverton": "PERSON"})])
    for suffix in ("-wal", "-shm"):  # a copy over the file, as a user would make it
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.replace(other, db)
    response = client.post("/api/entities/1/rename", json={"name": "New"})
    assert response.status_code == 503 and response.json()["error"]["code"] == "unavailable"
    assert client.get("/api/entities").status_code == 503
    assert "New" not in entity_names(db).values()


# -- 5. published dates checked when read -----------------------------------------------------------------
def test_ingest_published_invalid_is_dropped_with_a_warning():
    from dossier.errors import Problem
    from dossier.readers.files import read_inputs
    from dossier.readers.published import clean_published

    assert clean_published("2017-03-05") == ("2017-03-05", None)
    assert clean_published("2017-03-05T10:00:00Z") == ("2017-03-05T10:00:00Z", None)
    assert clean_published("March 5, 2017") == ("2017-03-05", None)
    for bad in ("not a date", "2017-13-45", 12345, "2017", "yesterday", "2017-02-30"):
        assert clean_published(bad)[0] is None and "is not a date" in clean_published(bad)[1]
    lines = [
        {"id": "d1", "text": STORY_2016, "published": "2017-13-45"},
        {"id": "d2", "text": STORY_2017, "published": 12345},
    ]
    items = list(read_inputs(["-"], stdin="\n".join(json.dumps(x) for x in lines).encode()))
    warnings = [i.message for i in items if isinstance(i, Problem) and not i.error]
    assert warnings == [
        "stdin:1: published '2017-13-45' is not a date (give YYYY-MM-DD); read without it",
        "stdin:2: published 12345 is not a date (give a string such as 2017-03-05); read without it",
    ]
    assert [a.published for a in items if isinstance(a, Article)] == [None, None]


def test_query_timeline_and_parquet_export_agree_on_a_bad_published(tmp_path: Path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from dossier.query.corpus import open_corpus
    from dossier.readers.files import read_inputs

    line = {"id": "b1", "text": PEOPLE_TEXT, "published": "2017-13-45"}
    article = next(i for i in read_inputs(["-"], stdin=json.dumps(line).encode()) if isinstance(i, Article))
    a = analysis(
        "b1",
        PEOPLE_TEXT,
        {"Marta Kovacs": "PERSON", "Peter Ruiz": "PERSON"},
        event=("CONSULT", "Marta Kovacs", "Peter Ruiz"),
    )
    a.article = article
    db = stored(tmp_path / "c.db", [a])
    with open_corpus(db, readonly=True) as corpus:
        assert [e.date for e in corpus.timeline()] == [None]
        assert list(corpus.timeline(date_from="2017-01-01")) == []
    result = cli("export", "parquet", "--out", str(tmp_path / "pq"), "--db", str(db))
    assert result.exit_code == 0, result.output
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert [e["date"] for e in events] == [None]


def test_web_analyze_form_published_not_a_date_is_a_warning():
    from dossier.web.api import read_submission

    found, problems = read_submission(PEOPLE_TEXT, None, "Title", "2017-13-45", None, None)
    assert [a.published for a in found] == [None]
    assert problems == ["warning: published '2017-13-45' is not a date (give YYYY-MM-DD); read without it"]
    found, problems = read_submission(PEOPLE_TEXT, None, None, "March 5, 2017", None, None)
    assert [a.published for a in found] == ["2017-03-05"] and problems == []


@pytest.mark.slow
def test_cli_ingest_warns_of_a_bad_published_and_stores_null(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "n1", "text": PEOPLE_TEXT, "published": "not a date"}) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "dossier", "ingest", str(feed), "--db", str(tmp_path / "c.db")],
        capture_output=True,
        timeout=300,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert f"warning: {feed}:1: published 'not a date' is not a date" in err
    row = sqlite3.connect(tmp_path / "c.db").execute("SELECT published FROM articles WHERE id = 'n1'").fetchone()
    assert row == (None,)


# -- 6. unwritable outputs and servers that cannot start: one line, exit 2 -----------------------------------
def test_cli_analyze_out_is_a_file_or_read_only_one_line_exit_2(tmp_path: Path, read_only):
    article = tmp_path / "a.txt"
    article.write_text(PEOPLE_TEXT, encoding="utf-8")
    taken = tmp_path / "taken.json"
    taken.write_text("{}", encoding="utf-8")
    result = cli("analyze", str(article), "--format", "json", "--out", str(taken))
    assert result.exit_code == 2 and "is a file" in one_error_line(result)
    locked = tmp_path / "locked"
    locked.mkdir()
    read_only(locked)
    result = cli("analyze", str(article), "--format", "html", "--out", str(locked))
    assert result.exit_code == 2 and "cannot write there" in one_error_line(result)


def test_cli_export_into_a_read_only_folder_one_line_exit_2(tmp_path: Path, read_only):
    db = people_store(tmp_path / "c.db")
    locked = tmp_path / "locked"
    locked.mkdir()
    read_only(locked)
    for fmt, out in (("csv", locked / "csv"), ("json", locked / "all.json")):
        result = cli("export", fmt, "--out", str(out), "--db", str(db))
        assert result.exit_code == 2, result.output
        assert "cannot write" in one_error_line(result)


def test_cli_serve_bad_port_port_in_use_and_missing_store_exit_2(tmp_path: Path):
    db = str(people_store(tmp_path / "c.db"))
    result = cli("serve", "--db", db, "--port", "99999")
    assert result.exit_code == 2 and "give a port from 1 to 65535" in one_error_line(result)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = cli("serve", "--db", db, "--port", str(port))
    assert result.exit_code == 2 and "the port is in use" in one_error_line(result)
    result = cli("serve", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 2 and "no such database" in one_error_line(result)
    assert not (tmp_path / "missing.db").exists()


def test_cli_store_path_that_is_a_directory_is_one_line_exit_2(tmp_path: Path):
    """A --db naming a folder (an easy slip) is refused before SQLite sees it, for reads and writes alike."""
    folder = tmp_path / "stores"
    folder.mkdir()
    for args in (("entities",), ("relation", "A", "B"), ("ingest", str(tmp_path / "none.txt"))):
        result = cli(*args, "--db", str(folder))
        assert result.exit_code == 2, result.output
        assert "is a directory; give the path of a database file" in one_error_line(result)
    assert list(folder.iterdir()) == []


# -- 7. query commands on a store they cannot use: exit 2 ----------------------------------------------------
def test_cli_query_commands_on_missing_or_foreign_store_exit_2(tmp_path: Path, read_only):
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    old = tmp_path / "old" / "c.db"  # a store of an older schema in a folder it cannot be migrated in
    old.parent.mkdir()
    people_store(old)
    conn = sqlite3.connect(old)
    conn.execute("DELETE FROM migrations WHERE version = (SELECT MAX(version) FROM migrations)")
    conn.commit()
    conn.close()
    read_only(old, old.parent)
    for db in (tmp_path / "missing.db", foreign, old):
        for args in (
            ("entity", "Marta Kovacs"),
            ("timeline",),
            ("claims",),
            ("search", "bridge"),
            ("entities",),
            ("relation", "A", "B"),
            ("entities", "rename", "1", "X"),
        ):
            result = cli(*args, "--db", str(db))
            assert result.exit_code == 2, (args, result.output)
            one_error_line(result)


# -- 8. every bad value: one line, exit 2 ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, says",
    [
        (("timeline", "--limit", "-1"), "--limit -1: give a number of 1 or more"),
        (("timeline", "--limit", "0"), "--limit 0: give a number of 1 or more"),
        (("claims", "--limit", "0"), "--limit 0"),
        (("entities", "--limit", "0"), "--limit 0"),
        (("search", "bridge", "--limit", "0"), "--limit 0"),
        (("timeline", "--from", "not-a-date"), "--from 'not-a-date': give a date"),
        (("timeline", "--to", "2017-13"), "--to '2017-13': give a date"),
        (("timeline", "--type", "BOGUS"), "'BOGUS' is not a PLOVER event type"),
        (("claims", "--certainty", "bogus"), "'bogus' is not a certainty"),
        (("entities", "--type", "BOGUS"), "'BOGUS' is not an entity type"),
        (("entities", "--sector", "BOGUS"), "unknown sector 'BOGUS'"),
        (("relation", "USA", "RUS", "--sector", "BOGUS"), "unknown sector 'BOGUS'"),
        (("export", "csv", "--out", "OUT", "--type", "BOGUS"), "'BOGUS' is not a PLOVER event type"),
        (("analyze", "IN", "--max-chars", "-5"), "--max-chars / DOSSIER_MAX_CHARS -5"),
        (("ingest", "IN", "--max-chars", "0"), "--max-chars / DOSSIER_MAX_CHARS 0"),
    ],
)
def test_cli_bad_values_one_line_exit_2(tmp_path: Path, args, says):
    db = people_store(tmp_path / "c.db")
    article = tmp_path / "a.txt"
    article.write_text(PEOPLE_TEXT, encoding="utf-8")
    args = [str(tmp_path / "out") if a == "OUT" else str(article) if a == "IN" else a for a in args]
    result = cli(*args, "--db", str(db)) if args[0] != "analyze" else cli(*args)
    assert result.exit_code == 2, result.output
    assert says in one_error_line(result)


def test_cli_what_is_asked_about_and_not_there_exits_1(tmp_path: Path):
    db = str(people_store(tmp_path / "c.db"))
    for args, says in (
        (("entity", "Nobody Known"), "no entity called 'Nobody Known'"),
        (("relation", "--countries", "USA", "Atlantis"), "no country called 'Atlantis'"),
        (("entities", "--country", "Atlantis"), "no country called 'Atlantis'"),
    ):
        result = cli(*args, "--db", db)
        assert result.exit_code == 1, (args, result.output)
        assert says in one_error_line(result)


def test_cli_timeline_to_a_month_includes_the_whole_month(tmp_path: Path):
    a = analysis(
        "t1",
        PEOPLE_TEXT,
        {"Marta Kovacs": "PERSON", "Peter Ruiz": "PERSON"},
        published="2024-05-31",
        event=("CONSULT", "Marta Kovacs", "Peter Ruiz"),
    )
    db = stored(tmp_path / "c.db", [a])
    result = cli("timeline", "--to", "2024-05", "--format", "json", "--db", str(db))
    assert result.exit_code == 0 and [e["date"] for e in json.loads(result.stdout)] == ["2024-05-31"]


# -- 9. JSON Lines values of the wrong kind -------------------------------------------------------------------
def test_ingest_jsonl_wrong_kinds_and_bad_json_say_so():
    from dossier.readers.files import read_inputs

    data = "\n".join(
        [
            json.dumps({"id": "n", "text": 12345}),
            json.dumps({"id": ["list"], "text": STORY_2016}),
            '{"id": "x", "text": "unterminated}',
            json.dumps({"id": {"a": 1}, "text": STORY_2016}),
            json.dumps({"id": 7, "text": STORY_2017}),
        ]
    ).encode()
    items = [str(i) if not isinstance(i, Article) else i.id for i in read_inputs(["-"], stdin=data)]
    assert items == [
        "stdin:1: 'text' must be a string, not a number",
        "stdin:2: 'id' must be a string or an integer, not a list",
        "stdin:3: line 3 is not valid JSON: unterminated string starting at column 21",
        "stdin:4: 'id' must be a string or an integer, not an object",
        "7",
    ]


# -- 10. a foreign SQLite file is left byte for byte -----------------------------------------------------------
def test_store_refuses_a_foreign_sqlite_file_without_touching_it(tmp_path: Path):
    from dossier.errors import StoreError
    from dossier.store import open_store

    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    conn.execute("INSERT INTO customers VALUES (1, 'Ada')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not a dossier database"):
            open_store(foreign, readonly=readonly)
    assert foreign.read_bytes() == before  # the header still says rollback journal, not WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.db"]


# -- 11. reading a store in a read-only folder ------------------------------------------------------------------
def test_cli_search_on_a_store_in_a_read_only_folder_works(tmp_path: Path, read_only):
    folder = tmp_path / "archive"
    folder.mkdir()
    db = people_store(folder / "c.db")
    assert sorted(p.name for p in folder.iterdir()) == ["c.db"]  # no -wal/-shm left: a reader must make them
    read_only(db, folder)
    result = cli("search", "bridge", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [h["evidence"]["article_id"] for h in json.loads(result.stdout)] == ["p1"]
    assert cli("entity", "Marta Kovacs", "--db", str(db)).exit_code == 0
    rename = cli("entities", "rename", "Marta Kovacs", "M. K.", "--db", str(db))
    assert rename.exit_code == 2 and "cannot open for writing" in one_error_line(rename)


# -- 12. the CLI caps a search like the API -------------------------------------------------------------------------
def test_cli_search_of_20000_words_is_one_line_exit_2(tmp_path: Path):
    db = people_store(tmp_path / "c.db")
    result = cli("search", " ".join(["bridge"] * 20_000), "--db", str(db))
    assert result.exit_code == 2 and "above the limit of 500" in one_error_line(result)


# -- 13. a text in other languages, sentence by sentence ----------------------------------------------------------
FRENCH_GERMAN = (
    "Le gouvernement a annoncé une réforme. Die Regierung hat ein Gesetz beschlossen. Le ministre de la zone euro a "
    "parlé. Der Minister sagte, dass die Steuern nicht steigen. Les syndicats seront consultés. Die Opposition "
    "kritisierte den Entwurf. La présidente de la zone a rencontré les ministres à Bruxelles. Mehrere Verbände "
    "begrüßten die Pläne der Regierung."
)


def test_analysis_refuses_a_french_and_german_mix_without_english():
    from dossier.analysis import check_article
    from dossier.errors import DropDocument
    from dossier.language import detect_language

    lang, prob = detect_language(FRENCH_GERMAN)
    assert lang != "en" and prob < 0.9  # the old cut-off let it through
    with pytest.raises(DropDocument, match="is not supported"):
        check_article(Article("mix", FRENCH_GERMAN, origin="mix.txt"), 200_000)
    english = PEOPLE_TEXT + " " + STORY_2016 + " " + STORY_2017 + " Der Minister sagte nichts."
    assert check_article(Article("en", english * 2, origin="en.txt"), 200_000).language == "en"


# -- 14. control characters in terminal tables ------------------------------------------------------------------------
def test_cli_tables_show_control_and_bidi_characters_escaped(tmp_path: Path):
    title = "Budget \u202egnp.exe\u202c row\x1b[31m red\x07"
    text = "Nora \u202eLind met Peter Ruiz in Riverton on Monday to talk about the bridge."
    db = stored(
        tmp_path / "c.db",
        [
            analysis(
                "c1",
                text,
                {"Nora \u202eLind": "PERSON", "Peter Ruiz": "PERSON"},
                published="2024-05-06",
                title=title,
                event=("CONSULT", "Nora \u202eLind", "Peter Ruiz"),
            )
        ],
    )
    for args in (
        ("entities",),
        ("timeline", "--evidence"),
        ("search", "bridge"),
        ("entity", "1"),
        ("relation", "1", "2"),
    ):
        result = cli(*args, "--db", str(db))
        assert result.exit_code == 0, result.output
        for bad in ("\u202e", "\u202c", "\x1b", "\x07"):
            assert bad not in result.stdout, (args, result.stdout)
        assert "\\u202e" in result.stdout, (args, result.stdout)
