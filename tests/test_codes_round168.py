"""Round 168: a company's officer whom nothing else places takes the country of the companies his sentence names,
when they are all of one country; not when they are of two. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round168_an_executive_takes_his_companys_country(nlp):
    text = (
        "The European Commission fined Siemens 400 million euros on Tuesday for rigging bids, and chief executive "
        "Klaus Wendler said the company would appeal."
    )
    analysis = analysed(nlp, text, "2019-03-12")
    assert codes_at(analysis, "Klaus Wendler") == ("DEU", "BUS")


def test_round168_companies_of_two_countries_place_no_executive(nlp):
    text = (
        "Siemens and Toyota agreed on Monday to build batteries together, and chief executive Aiko Marunouchi "
        "said the venture would open next year."
    )
    analysis = analysed(nlp, text, "2019-03-11")
    assert codes_at(analysis, "Aiko Marunouchi")[0] is None
