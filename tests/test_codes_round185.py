"""Round 185: the buildings and streets that stand for a government (``codebook.METONYMS``) are organisations the
entity stage finds where the NER leaves them untagged ("Downing Street named ..."). Sentences written for these
tests; the people in them are invented."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Downing Street named Harold Pemberton as the new ambassador to Norway on Friday.", "Downing Street",
         ("GBR", "GOV")),
        ("The Elysee said on Monday that the president would visit Dakar in June.", "Elysee", ("FRA", "GOV")),
        ("Zhongnanhai ordered the provinces to cut coal output on Tuesday.", "Zhongnanhai", ("CHN", "GOV")),
    ],
)  # fmt: skip
def test_round185_a_governments_building_is_its_government(nlp, text, name, codes):
    analysis = analysed(nlp, text, "2012-11-09")
    assert codes_at(analysis, name) == codes


def test_round185_an_untagged_street_is_an_organisation(nlp):
    analysis = analysed(nlp, "Downing Street named Harold Pemberton as the new ambassador on Friday.", "2012-11-09")
    assert any(e.name == "Downing Street" and e.type == "ORG" for e in analysis.entities)
