"""Shared fixtures. ``nlp`` loads the real model once per session (tests using it are marked slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def founding_article(shared_dir: Path) -> str:
    files = sorted((shared_dir / "corpus").glob("*.txt"))
    if not files:
        pytest.skip("no founding article in ../shared/corpus")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from dossier.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def entities_nlp():
    from dossier.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dossier_entities",))


@pytest.fixture
def analyze_entities(entities_nlp):
    """Analyse a text with the entities component only; returns the Analysis."""
    from dossier.api import analyze_text

    def run(text: str):
        return analyze_text(text, nlp=entities_nlp)

    return run


# -- stores: every store test runs on SQLite and on a throwaway PostgreSQL server ---------------------
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_server():
    """A private PostgreSQL server for the session (Debian's postgresql package; skipped when absent)."""
    from dossier.testing.postgres import NoPostgres, throwaway_server

    try:
        with throwaway_server() as server:
            yield server
    except NoPostgres as exc:
        pytest.skip(str(exc))


def store_target(request, directory: Path, name: str = "c.db") -> str | Path:
    """A new, empty store for the fixture's backend parameter: a SQLite path or a PostgreSQL URL."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return request.getfixturevalue("pg_server").new_database()
    return directory / name


@pytest.fixture(params=BACKENDS)
def store_db(request, tmp_path: Path):
    """An empty store on each backend, for one test."""
    return store_target(request, tmp_path)
