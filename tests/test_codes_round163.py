"""Round 163: the officer of an international non-governmental body (an Olympic or sports federation's president,
named by its possessive or its title) is of no country, as an IGO's official is; a national body's officer keeps
its country. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round163_an_international_bodys_president_is_of_no_country(nlp):
    text = (
        "The International Paralympic Committee barred the Belarusian team on Thursday, and IPC President Andrew "
        "Parsons said Minsk had broken the rules."
    )
    analysis = analysed(nlp, text, "2022-03-03")
    assert codes_at(analysis, "Andrew Parsons") == (None, "NGO")


def test_round163_a_national_bodys_officer_keeps_its_country(nlp):
    text = (
        "The Kenya Rugby Union sacked its chairman, Peter Otieno, on Monday after a row over funding, officials "
        "in Nairobi said."
    )
    analysis = analysed(nlp, text, "2019-05-13")
    assert codes_at(analysis, "Peter Otieno")[0] == "KEN"
