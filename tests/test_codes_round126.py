"""Round 126 (batches 112 and 113's kinds, in part): the IRA, a neighbour named by its border or as where refugees
come from, a ministry that is no company named before it, newspapers named "... Post", and the ruling party's
organs. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round126_the_ira(nlp):
    text = "Police blamed the IRA for a bomb that wrecked a hotel in Brighton on Friday."
    analysis = analysed(nlp, text, "1984-10-12")
    assert codes_at(analysis, "IRA") == ("GBR", "REB")


def test_round126_a_neighbour_named_by_its_border_is_not_the_governments(nlp):
    text = (
        "Austrian police closed the border with Slovenia on Monday, leaving hundreds of refugees from Syria and "
        "Iraq stranded, as the government called an emergency meeting."
    )
    analysis = analysed(nlp, text, "2015-10-19")
    assert codes_at(analysis, "the government") == ("AUT", "GOV")


def test_round126_a_ministry_is_no_company_named_before_it(nlp):
    text = (
        "Suzuki Motor admitted on Wednesday that it had used improper fuel tests on models it built for Mazda, "
        "and the transport ministry demanded a full report."
    )
    analysis = analysed(nlp, text, "2016-05-18")
    assert codes_at(analysis, "transport ministry")[1] == "GOV"


def test_round126_a_newspaper_named_post(nlp):
    text = "The Dhaka Post fired its editor on Monday after he refused to withdraw an article about the army."
    analysis = analysed(nlp, text, "2018-05-07")
    assert codes_at(analysis, "Dhaka Post")[1] == "MED"


def test_round126_the_ruling_partys_central_committee(nlp):
    text = (
        "The Central Committee of the Hungarian Communist Party replaced its first secretary on Sunday with "
        "the prime minister."
    )
    analysis = analysed(nlp, text, "1988-05-22")
    assert codes_at(analysis, "Central Committee of the Hungarian Communist Party")[1] == "PTY"
