"""Round 172: a state sending help from abroad sets no scene for a disaster's people; a person whose clause says he
went home to a country is of it, and so is one who went with him. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round172_donors_set_no_scene(nlp):
    text = (
        "Cyclone Gita flooded the Tongan capital, Nuku'alofa, on Tuesday, forcing thousands of residents into "
        "shelters, and Australia and New Zealand pledged emergency aid."
    )
    analysis = analysed(nlp, text, "2018-02-13")
    assert codes_at(analysis, "thousands of residents")[0] == "TON"


def test_round172_flew_home_with_his_mother(nlp):
    text = (
        "Tomas Arriaga flew home to Chile with his mother, Rosa Arriaga, on Friday after a court in Madrid "
        "dismissed the custody case."
    )
    analysis = analysed(nlp, text, "2011-05-13")
    assert codes_at(analysis, "Tomas Arriaga")[0] == "CHL"
    assert codes_at(analysis, "Rosa Arriaga")[0] == "CHL"
