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
from conftest import BACKENDS, store_target
from typer.testing import CliRunner

from dossier.models import Analysis, Article, Entity, Event, Mention, Offsets, Span

LOCAL = "http://127.0.0.1"
STORY_2016 = "The mayor of Riverton opened the new harbour bridge on Monday, ten years after work began on it."
STORY_2017 = "A year after it opened, the harbour bridge of Riverton was closed for repairs to its eastern span."


# -- helpers: a real store from hand-made analyses -------------------------------------------------------
def analysis(art_id: str, text: str, people: dict[str, str] | list[tuple[str, str]], *, published: str | None = None,
             title: str | None = None, event: tuple[str, str, str] | None = None) -> Analysis:
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
        events.append(Event("v0", etype, None, "01", 1, 1, 1.0, Span(0, len(word), word), ids[source], ids[target], [],
                            None, None, False, "asserted", None, Offsets(0, len(text))))
    article = Article(art_id, text, title=title, published=published, origin=f"{art_id}.txt")
    return Analysis(article, [Offsets(0, len(text))], entities, events=events)


def stored(db, analyses: list[Analysis]):
    from dossier.ingest.run import text_hash
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

    stored(db, [
        analysis("p1", PEOPLE_TEXT, {"Marta Kovacs": "PERSON", "Peter Ruiz": "PERSON"}, published="2024-05-06"),
        analysis("p2", TWINS_TEXT, {"Alex Grant": "PERSON", "Lee Grant": "PERSON"}, published="2024-05-07"),
    ])
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
    return all(subprocess.run(["chattr", "+i" if on else "-i", str(p)], capture_output=True).returncode == 0 for p in paths)


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
def test_report_file_names_are_collision_free_reversible_and_inside_out(tmp_path: Path):
    from dossier.report.jsonout import article_filename

    ids = ["a/b", "a_b", "a:b", "a%3Ab", "A b", "2016/story", "2017/story", "../../etc/passwd", "/abs", "a//b",
           ".hidden", "x" * 400, "x" * 399 + "y", "über/naïve", "a\u202eb"]
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
