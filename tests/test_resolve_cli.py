"""`dossier entities recheck` on bad stores: one line naming the store, exit code 2 (no model needed)."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner


def _run(*args: str):
    from dossier.cli import app

    return CliRunner().invoke(app, list(args))


def test_resolve_recheck_refuses_missing_foreign_and_non_dossier_stores(tmp_path):
    missing = tmp_path / "missing.db"
    result = _run("entities", "recheck", "--db", str(missing))
    assert result.exit_code == 2 and str(missing) in result.output and len(result.output.strip().splitlines()) == 1
    assert not missing.exists()  # curation never creates a store
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    result = _run("entities", "recheck", "--db", str(junk))
    assert result.exit_code == 2 and "not a dossier database" in result.output
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    before = other.read_bytes()
    result = _run("entities", "recheck", "--db", str(other))
    assert result.exit_code == 2 and "not a dossier database" in result.output
    assert other.read_bytes() == before
