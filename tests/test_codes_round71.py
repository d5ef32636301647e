"""Round 71 (batch 62's kinds): the leader named with a party the tables file is a party's man; a movement that
won power and became the ruling party is a party, not the government. The sentences are written for these tests;
the Italian politician is invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round71_a_filed_partys_leader(nlp):
    text = "Marco Ferri's Communist Refoundation withdrew its support from the government on Friday over the budget."
    assert codes_at(analysed(nlp, text, "1998-10-09"), "Marco Ferri") == ("ITA", "PTY")


def test_round71_a_movement_that_won_is_a_party(nlp):
    text = "Sam Nujoma's SWAPO took 57 percent of the vote in the election for a constituent assembly on Tuesday."
    an = analysed(nlp, text, "1989-11-14")
    assert codes_at(an, "SWAPO") == ("NAM", "PTY")
    assert codes_at(an, "Sam Nujoma") == ("NAM", "PTY")
