"""The loser of an election its sentence tells is the opposition on the day: the one a winner "beat" or won "over"
("beat Keiko Fujimori in the runoff", "won the presidential runoff over Ruben Zamora"), and the rival of a head of
government the sentence names in office, where the table of heads gives that head no party ("Alexander Lukashenko
won ..., and his main challenger, Alexander Milinkevich, ..."). Sentences written for these tests: the elections
are real, the wording is ours."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Pedro Castillo, a rural teacher who narrowly beat Keiko Fujimori in the runoff, took office on Wednesday.",
         "2021-07-28", "Keiko Fujimori"),
        ("Armando Calderon Sol won El Salvador's presidential runoff on Sunday over Ruben Zamora, a former rebel ally.",
         "1994-04-24", "Ruben Zamora"),
        ("Alexander Lukashenko won 83 percent of the vote, and his main challenger, Alexander Milinkevich, called the "
         "election rigged.", "2006-03-20", "Alexander Milinkevich"),
        ("Pedro Pablo Kuczynski clung to a lead of less than one point over Keiko Fujimori as officials counted the "
         "last ballots of the runoff.", "2016-06-06", "Keiko Fujimori"),
        ("Salvador Jorge Blanco led the presidential election in early returns, ahead of former President Joaquin "
         "Balaguer and Juan Bosch.", "1982-05-17", "Juan Bosch"),
    ],
)  # fmt: skip
def test_the_loser_of_an_election_is_the_opposition(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] == "OPP"


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("The champion Carlos Ruiz beat Juan Soto in the final of the Madrid Open on Sunday.",
         "2021-05-09", "Juan Soto"),
        ("Lukashenko met his old rival, the Russian banker Ivan Petrov, in Minsk on Monday.",
         "2006-05-22", "Ivan Petrov"),
    ],
)  # fmt: skip
def test_no_opposition_outside_an_election(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] != "OPP"
