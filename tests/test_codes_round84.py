"""Round 84 (batch 70's kinds): a kind noun the NER took into a name is the name's kind; steelworkers are workers.
The sentences are written for these tests; the union's president is invented."""

from __future__ import annotations

from dossier.codes.text import organisation_head
from dossier.testing.records import analysed, codes_at


def test_round84_a_kind_noun_inside_a_name():
    assert organisation_head("United Steelworkers union") == ("union", "LAB")
    assert organisation_head("white supremacist group") is None


def test_round84_a_unions_president(nlp):
    text = "Mary Dolan, president of the United Steelworkers union, said on Monday the deal ignored workers."
    analysis = analysed(nlp, text, "2023-12-18")
    assert codes_at(analysis, "United Steelworkers union")[1] == "LAB"
    assert codes_at(analysis, "Mary Dolan")[1] == "LAB"
