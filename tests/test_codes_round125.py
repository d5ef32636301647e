"""Round 125 (batches 108 and 109's kinds, the rest): a group's plural name written in the singular before its men
("Tamil Tiger rebels") is the group the dictionaries file, even when the NER typed it a person's. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round125_a_groups_name_in_the_singular_before_its_men(nlp):
    text = "Tamil Tiger rebels attacked an army camp in the east on Tuesday, the military said."
    analysis = analysed(nlp, text, "1995-04-19")
    assert codes_at(analysis, "Tamil Tiger") == ("LKA", "REB")
    assert codes_at(analysis, "the military")[0] == "LKA"
