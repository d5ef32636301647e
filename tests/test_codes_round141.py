"""Round 141 (the groups no entity held, once more): a set a relative clause singles out after "of", workers a
clause in the past tells of, and one person a clause in the past acts on. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round141_a_set_singled_out_after_of(nlp):
    text = (
        "Romania's parliament met a key demand of students who had camped outside the government building in "
        "Bucharest for a week."
    )
    analysis = analysed(nlp, text, "2012-02-06")
    assert codes_at(analysis, "students") == ("ROU", "EDU")


def test_round141_workers_told_of_in_the_past(nlp):
    text = (
        "Talks with President Bola Tinubu's government stalled on Monday, and workers shut down the national grid "
        "and the airports in Lagos and Abuja."
    )
    analysis = analysed(nlp, text, "2024-06-03")
    assert codes_at(analysis, "workers") == ("NGA", "LAB")


def test_round141_workers_in_general_are_no_actor(nlp):
    text = "Workers want higher pay and shorter hours, the union says."
    analysis = analysed(nlp, text, "2019-08-05")
    assert not any(e.name == "Workers" for e in analysis.entities)


def test_round141_one_person_a_clause_in_the_past_acts_on(nlp):
    text = "Rioters stabbed a policeman to death in the Marseille suburb of Vitrolles on Saturday night."
    analysis = analysed(nlp, text, "2005-11-05")
    assert codes_at(analysis, "policeman") == ("FRA", "COP")
