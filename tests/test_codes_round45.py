"""Round 45: lay believers are civilians (pilgrims, worshippers, believers), as a crowd at prayer or on a
pilgrimage is one of the people; clergy and religious bodies stay REL. A state's department named "Department of
X" or "Ministry of X" is the government whatever its field. The phrases are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.actors import default_codebook


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("thousands of Valdorian pilgrims", "CVL"),
        ("worshippers at the mosque", "CVL"),
        ("the believers", "CVL"),
        ("a Catholic priest", "REL"),
        ("the Anglican bishop", "REL"),
    ],
)
def test_round45_lay_believers_are_civilians_clergy_religious(phrase, expected):
    hit = default_codebook().sector_in(phrase)
    assert hit is not None and hit[0] == expected


@pytest.mark.parametrize(
    "phrase", ["Department of Trade and Industry", "the Ministry of Mines and Energy", "Ministry of Agriculture"]
)
def test_round45_a_states_department_is_the_government_whatever_its_field(phrase):
    hit = default_codebook().sector_in(phrase)
    assert hit is not None and hit[0] == "GOV"


def test_round45_a_title_run_stops_at_a_coordinated_name(nlp):
    from dossier.testing.records import analysed, mention_holder

    text = (
        "Gunmen burst into Armenia's parliament during a session on Wednesday and shot dead Prime Minister Aram "
        "Vardanyan and speaker Levon Harutyunyan in the country's worst political violence since independence."
    )
    analysis = analysed(nlp, text, "1999-10-27")
    speaker = mention_holder(analysis, "Levon Harutyunyan")
    assert speaker is not None and (speaker.country_code, speaker.sector) == ("ARM", "LEG")
