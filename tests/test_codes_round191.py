"""Round 191: a person out of office told contesting an election in its sentence ("X, the former president, won
the runoff", "X's coalition won", "X conceded defeat") is the opposition on the day, unless the table of heads
has him elected from the party in power (PTY). Sentences written for these tests: the elections are real, the
wording is ours."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Michelle Bachelet, the Socialist former president, won Chile's presidential runoff on Sunday.",
         "2013-12-16", "Michelle Bachelet"),
        ("Silvio Berlusconi's centre-right coalition won majorities in both houses in Sunday's general election.",
         "2001-05-14", "Silvio Berlusconi"),
    ],
)  # fmt: skip
def test_round191_a_contestant_out_of_office_is_the_opposition(nlp, text, date, name):
    person = next(e for e in analysed(nlp, text, date).entities if e.name == name)
    assert person.sector == "OPP"


def test_round191_a_head_elected_from_the_party_in_power_is_not(nlp):
    text = "Dilma Rousseff won Brazil's presidential election on Sunday, succeeding her mentor."
    assert codes_at(analysed(nlp, text, "2010-11-01"), "Dilma Rousseff")[1] == "PTY"


def test_round191_a_win_that_is_no_election_says_nothing(nlp):
    text = "Silvio Berlusconi's AC Milan won the European Cup on Wednesday."
    person = next(e for e in analysed(nlp, text, "1994-05-19").entities if e.name == "Silvio Berlusconi")
    assert person.sector != "OPP"


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        # the review of the round: a win of another kind in a sentence that speaks of a campaign, a poll or a vote
        ("Kenyan runner Eliud Kipchoge won the Berlin Marathon on Sunday, capping a remarkable campaign.",
         "2018-09-16", "Eliud Kipchoge"),
        ("Ivorian striker Didier Drogba came second in the poll for African footballer of the year.",
         "2006-12-01", "Didier Drogba"),
    ],
)  # fmt: skip
def test_round191_a_win_of_another_kind_is_no_contest(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] != "OPP"
