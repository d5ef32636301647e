"""Round 155: offices many hold at once ("state governors", "military chiefs", "presidential advisers"), the
parties and witnesses of a case, rivals in a race, politicians and family members are an actor as one set under
the set nouns' guards (counted, singled out, or told of by a clause in the past). The sentences are written for
these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, held_codes, mention_holder


def test_round155_counted_governors_are_a_set(nlp):
    text = "Seven state governors walked out of a meeting with President Lula in Brasilia on Tuesday."
    analysis = analysed(nlp, text, "2004-03-09")
    assert held_codes(analysis, "Seven state governors") == ("BRA", "GOV")


def test_round155_witnesses_told_of_in_the_past(nlp):
    text = "Soldiers fired on the crowd in Mandalay on Sunday, witnesses said."
    analysis = analysed(nlp, text, "2021-03-14")
    assert (held_codes(analysis, "witnesses") or (None,))[0] == "MMR"


def test_round155_such_people_in_general_are_no_actor(nlp):
    text = "Governors want more money from the federal budget, and defendants rarely win such appeals."
    analysis = analysed(nlp, text, "2019-05-02")
    assert mention_holder(analysis, "Governors") is None and mention_holder(analysis, "defendants") is None
