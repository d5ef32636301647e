"""Round 149: a name's own country said right after it, by "of" and a country's name or by an apposition a demonym
opens. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round149_of_and_a_country_after_a_name(nlp):
    text = (
        "Activists Ana Reyes of Honduras and Pavel Orlov of Russia won the Right Livelihood Award on Thursday, the "
        "foundation said."
    )
    analysis = analysed(nlp, text, "2012-10-04")
    assert codes_at(analysis, "Ana Reyes")[0] == "HND"
    assert codes_at(analysis, "Pavel Orlov")[0] == "RUS"


def test_round149_an_apposition_a_demonym_opens(nlp):
    # over the scene: the court is Uganda's, the pilot is not
    text = (
        "The Ugandan court sentenced Daniel Okello-Marsh, the British pilot who flew the arms shipment, to ten years "
        "on Friday."
    )
    analysis = analysed(nlp, text, "1988-03-04")
    assert codes_at(analysis, "Daniel Okello-Marsh")[0] == "GBR"
