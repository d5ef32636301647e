"""Round 55 (batch 53's kinds): unions named before their kind noun, alone or in a pair; a capital's radio is a
medium. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round55_unions_named_before_their_kind_noun_are_labour(nlp):
    text = (
        "Prime Minister Alain Juppe dropped his pension plan on Sunday, but the CGT and Force Ouvriere unions said "
        "the rail strike would go on."
    )
    analysis = analysed(nlp, text, "1995-12-10")
    # each union's own entity, not only the description of the pair
    named = {m.text: e for e in analysis.entities for m in e.mentions if m.kind == "name"}
    assert (named["CGT"].country_code, named["CGT"].sector) == ("FRA", "LAB")
    assert (named["Force Ouvriere"].country_code, named["Force Ouvriere"].sector) == ("FRA", "LAB")


def test_round55_a_capitals_radio_is_a_medium(nlp):
    text = "Tehran radio said on Tuesday that the army had repelled an attack near the border."
    assert codes_at(analysed(nlp, text, "1984-03-06"), "Tehran") == ("IRN", "MED")
