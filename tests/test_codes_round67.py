"""Round 67 (batch 60's kinds): a ruler's title filed with another's name, a ruler named by title and one name.
The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round67_a_title_filed_with_another_persons_name(nlp):
    # Phoenix files "President George Bush" under both presidents; the name as written finds the father alone
    text = "President George Bush told Brazilian leaders in Brasilia on Monday that he would not sign the treaty."
    assert codes_at(analysed(nlp, text, "1992-06-10"), "George Bush") == ("USA", "GOV")


def test_round67_a_king_by_title_and_one_name(nlp):
    # the table of heads gives "King Hussein" in full; Phoenix's people surnamed Hussein do not place him
    text = "King Hussein flew to Baghdad on Thursday for talks with Iraqi leaders on the crisis."
    assert codes_at(analysed(nlp, text, "1990-08-09"), "Hussein") == ("JOR", "GOV")
