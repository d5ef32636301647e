"""Round 152: a surname after a particle the NER left outside the name ("Jose Eduardo| dos |Santos"), or a particle
the tagger took for a verb, is still one person's name. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def _names(analysis) -> set[str]:
    return {e.name for e in analysis.entities if e.type == "PERSON"}


def test_round152_a_surname_after_dos(nlp):
    text = (
        "Angolan prosecutors charged Marcos Antonio dos Reis, the son of former President Jose Eduardo dos Santos, "
        "with embezzlement on Tuesday."
    )
    analysis = analysed(nlp, text, "2019-03-12")
    names = _names(analysis)
    assert "Jose Eduardo dos Santos" in names
    assert "Jose Eduardo" not in names
    assert codes_at(analysis, "Jose Eduardo dos Santos")[0] == "AGO"


def test_round152_a_surname_after_do(nlp):
    text = "Lisbon's mayor, Carla Freitas do Valle, resigned on Friday after a row over the budget."
    analysis = analysed(nlp, text, "2004-05-07")
    assert "Carla Freitas do Valle" in _names(analysis)
