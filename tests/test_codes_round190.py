"""Round 190: an organisation named as a party to a company's dealings (a bid for it, a stake in it, a merger, an
insolvency filed), to which nothing else gives a sector, is a company. Sentences written for these tests; the
companies in them are invented."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvorsen Marine launched a hostile bid worth 4 billion dollars for Ostrava Kovo on Friday.", "Ostrava Kovo"),
        ("Brightwater won a 25 percent stake in the telecoms holding Telvanta on Friday.", "Brightwater"),
        ("Zelmar filed for insolvency on Thursday, a week after its auditor refused to sign its accounts.", "Zelmar"),
        ("Korvath Pharma and Lindqvist Bio agreed on Monday to merge in an all-share deal.", "Lindqvist Bio"),
    ],
)  # fmt: skip
def test_round190_a_party_to_a_companys_dealings_is_a_company(nlp, text, name):
    analysis = analysed(nlp, text, "2016-06-10")
    assert codes_at(analysis, name)[1] == "BUS"


def test_round190_a_bid_for_an_office_is_no_company(nlp):
    analysis = analysed(
        nlp, "The Liberal Party launched a bid for the presidency of the senate on Monday.", "2016-06-10"
    )
    assert codes_at(analysis, "Liberal Party")[1] != "BUS"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the review of the round: words between the cue and the name that are no kind's, a loss that is no account's
        ("In a bid for peace with the Mai Mai Yakutumba, the army withdrew from the town.", "Mai Mai Yakutumba"),
        ("The Kivu Defence Network said it regretted the loss of civilian lives.", "Kivu Defence Network"),
    ],
)  # fmt: skip
def test_round190_no_company_without_a_companys_dealings(nlp, text, name):
    assert codes_at(analysed(nlp, text, "2017-05-01"), name)[1] != "BUS"
