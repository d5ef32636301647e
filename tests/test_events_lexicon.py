"""The PLOVER lexicon data: every category has its file, table row and entries; options parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.nlp.components.events_lexicon import LEXICON_DIR, PloverLexicon

PLOVER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@pytest.fixture(scope="module")
def lex() -> PloverLexicon:
    return PloverLexicon.load()


def test_events_lexicon_has_every_plover_category(lex):
    assert set(lex.categories) == set(PLOVER)
    for name in PLOVER:
        assert (LEXICON_DIR / f"{name.lower()}.txt").is_file()
        entries = [e for table in (lex.verbs, lex.nouns) for es in table.values() for e in es if e.category == name]
        assert len(entries) >= 5, name


def test_events_lexicon_quad_and_penta_follow_the_manual(lex):
    quads = {name: cat.quad for name, cat in lex.categories.items()}
    assert {n for n, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {n for n, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {n for n, q in quads.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
    assert {n for n, q in quads.items() if q == 4} == {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
    assert all(cat.penta == cat.quad for cat in lex.categories.values())
    assert lex.categories["ASSAULT"].cameo_root == "18"


def test_events_lexicon_scores_come_from_modes_then_category(lex):
    assert lex.score("ASSAULT", "unconventional") == -10
    assert lex.score("CONSULT", "visit") == 4
    assert lex.score("CONSULT", None) == 2.5
    assert lex.score("PROTEST", "vandalize") == lex.categories["PROTEST"].intensity  # no score in the manual
    assert all(-10 <= c.intensity <= 10 for c in lex.categories.values())


def test_events_lexicon_appeals_and_denials_are_pentaclass_zero(lex):
    urge = lex.verbs["urge"][0]
    assert urge.category == "REQUEST" and lex.penta("REQUEST", lex.cameo_root(urge)) == 0
    demand = next(e for e in lex.verbs["demand"] if e.category == "REQUEST")
    assert lex.penta("REQUEST", lex.cameo_root(demand)) == 3
    investigate = lex.verbs["investigate"][0]
    assert lex.cameo_root(investigate) == "09"


def test_events_lexicon_constrained_entries_come_first(lex):
    lift = lex.verbs["lift"]
    assert lift[0].obj and "sanction" in lift[0].obj
    strike = [e.category for e in lex.verbs["strike"]]
    assert strike.index("AGREE") < strike.index("ASSAULT")  # "strike a deal" before "strike a target"
    assert lex.verbs["call"][0].particle in {"for", "off", "on"}


def test_events_lexicon_rejects_a_bad_line(tmp_path: Path):
    for f in LEXICON_DIR.iterdir():
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "assault.txt").write_text("verb attack not-a-mode\n", encoding="utf-8")
    with pytest.raises(DataError, match="mode"):
        PloverLexicon.load(tmp_path)
    (tmp_path / "assault.txt").write_text("verb attack - colour=red\n", encoding="utf-8")
    with pytest.raises(DataError, match="option"):
        PloverLexicon.load(tmp_path)


def test_events_lexicon_missing_file_is_a_data_error(tmp_path: Path):
    for f in LEXICON_DIR.iterdir():
        if f.name != "coerce.txt":
            (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataError, match="coerce.txt"):
        PloverLexicon.load(tmp_path)
