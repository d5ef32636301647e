"""Issue #14, round 10 of the codes stage: the kinds of batch 14's and 15's errors. The sentences are written for
these tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_codes_round10_one_leaving_an_office_holds_it_on_the_day_reported(nlp):
    text = "Jeff Sessions resigned as attorney general late on Wednesday, two aides said."
    assert codes_at(analysed(nlp, text, "2018-11-09"), "Jeff Sessions") == ("USA", "GOV")
    text = "James Comey was fired as director of the FBI on Tuesday, officials confirmed."
    assert codes_at(analysed(nlp, text, "2017-05-11"), "James Comey") == ("USA", "COP")


def test_codes_round10_an_old_leaving_is_no_office_now(nlp):
    # the record's office ended long before the article: the leaving is told as history
    text = "Jeff Sessions resigned as attorney general and went home to Alabama."
    assert codes_at(analysed(nlp, text, "2019-06-01"), "Jeff Sessions") == ("USA", "ELI")


def test_codes_round10_a_party_named_by_its_family_alone(nlp):
    text = "Labour took most of the seats in Wales, and the Greens won their first seat in Bristol."
    a = analysed(nlp, text, "2019-12-13")
    assert codes_at(a, "Labour")[1] == "PTY"
    assert codes_at(a, "Greens")[1] == "PTY"
    # a bare plural at a sentence's start is people of a view, not the party
    a = analysed(nlp, "Conservatives in Ohio still praise the senator's vote on taxes.", "2016-03-02")
    found = codes_at(a, "Conservatives")
    assert found is None or found[1] != "PTY"


def test_codes_round10_papers_named_register_or_examiner(nlp):
    a = analysed(nlp, "The Springfield Register endorsed the mayor on Sunday.", "2016-01-10")
    assert codes_at(a, "Springfield Register")[1] == "MED"
    # a state's record is no paper
    a = analysed(nlp, "The rule was printed in the Federal Register on Monday, the agency said.", "2016-01-10")
    found = codes_at(a, "Federal Register")
    assert found is None or found[1] != "MED"
