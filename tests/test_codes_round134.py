"""Round 134 (batch 122's kinds, in part): a company a kind noun of its trade introduces with its demonym, and a
company's nationality in its apposition, which sets no scene for its sentence's groups. The sentences are written
for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round134_a_company_introduced_by_its_trade_and_demonym(nlp):
    text = "The junta cancelled the licence of the French nuclear fuel group Orano on Tuesday."
    analysis = analysed(nlp, text, "2024-06-18")
    assert codes_at(analysis, "Orano") == ("FRA", "BUS")


def test_round134_a_companys_nationality_in_its_apposition_sets_no_scene(nlp):
    text = (
        "Argentina sold its oil company at an auction in Buenos Aires on Friday, with Repsol, the Spanish energy "
        "group, among the buyers, as riot police fought protesters outside."
    )
    analysis = analysed(nlp, text, "1999-06-25")
    assert codes_at(analysis, "riot police") == ("ARG", "COP")
