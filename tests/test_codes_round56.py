"""Round 56 (batch 54's kinds): one person the Phoenix dictionary files twice, one record ending before the date,
is coded by the record in force. The sentence is written for this test."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round56_the_record_in_force_of_one_person_filed_twice(nlp):
    # Phoenix files Maithripala Sirisena twice: a deputy minister's month in 2004, and LKAGOV from 2010
    text = "President Maithripala Sirisena sacked his prime minister on Friday and suspended parliament."
    assert codes_at(analysed(nlp, text, "2018-10-26"), "Maithripala Sirisena") == ("LKA", "GOV")
