"""Light imports: ``import dossier``, ``dossier --help``, the question and export commands and the web app's
start-up run without importing spaCy or trafilatura (each in a fresh interpreter that reports its modules)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.testing.stores import write_small_store

HEAVY = ("spacy", "trafilatura")

# Runs the CLI as `dossier ARGS...` would, then reports its exit code and which heavy modules were imported.
WRAPPER = """
import json, sys
from dossier.cli import main
sys.argv = ["dossier", *sys.argv[1:]]
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = [m for m in HEAVY if m in sys.modules]
print("\\nMODULES " + json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
""".replace("HEAVY", repr(HEAVY))


def run_cli(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, timeout=120)
    line = next(ln for ln in reversed(proc.stderr.splitlines()) if ln.startswith("MODULES "))
    return {**json.loads(line.removeprefix("MODULES ")), "stdout": proc.stdout, "stderr": proc.stderr}


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    return write_small_store(tmp_path_factory.mktemp("light") / "small.db")


def test_import_dossier_loads_no_spacy():
    code = f"import sys, dossier; print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_help_loads_no_spacy():
    result = run_cli("--help")
    assert result["code"] == 0 and "entities" in result["stdout"]
    assert result["heavy"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("entities",),
        ("entity", "Hannah Lee"),
        ("relation", "Hannah Lee", "Tomas Varga", "--evidence"),
        ("timeline", "--entity", "Hannah Lee"),
        ("claims",),
        ("search", "energy"),
    ],
    ids=lambda a: a[0],
)
def test_question_commands_load_no_spacy(small_db, args):
    result = run_cli(*args, "--db", str(small_db))
    assert result["code"] == 0, result["stderr"]
    assert result["heavy"] == []


@pytest.mark.parametrize("fmt", ["json", "csv", "gexf"])
def test_export_commands_load_no_spacy(small_db, tmp_path, fmt):
    result = run_cli("export", fmt, "--out", str(tmp_path / f"out.{fmt}"), "--db", str(small_db))
    assert result["code"] == 0, result["stderr"]
    assert result["heavy"] == []


def test_small_store_answers_questions(small_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(small_db, readonly=True) as corpus:
        rel = corpus.relation("Hannah Lee", "Tomas Varga")
        assert [a.id for a in rel.articles] == ["s1", "s2"]


def test_public_names_load_on_first_use():
    import dossier
    from dossier.query.corpus import open_corpus

    assert dossier.open is open_corpus
    assert set(dossier.__all__) == set(dossier._LAZY) and set(dossier.__all__) <= set(dir(dossier))
    with pytest.raises(AttributeError):
        dossier.no_such_name  # noqa: B018


def test_dossier_ingest_is_the_function_even_after_the_readers_are_imported():
    code = (
        "import dossier.readers.files, dossier.build, dossier;"
        " print(dossier.ingest is dossier.ingest.__globals__['ingest'], dossier.ingest.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["True", "dossier.build"]


def test_web_app_starts_without_spacy_or_trafilatura(small_db):
    """The web app loads the pipeline (and the readers) on the first analysis, not when it starts."""
    code = (
        "import sys; from dossier.web import create_app; create_app(sys.argv[1]);"
        f" print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(small_db)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
