"""Round 129 (batches 114 and 115's kinds, the rest): states counted in an aside act, a person named with "and N
other <group>" is one of them, mujahideen are insurgents, and a group is not of a government named in a clause
coordinated after its own. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round129_states_counted_in_an_aside_act(nlp):
    text = (
        "Chile and Argentina, two of the three guarantors of the 1942 treaty, promised on Friday to send military "
        "observers to the border."
    )
    analysis = analysed(nlp, text, "1995-02-17")
    assert codes_at(analysis, "Chile") == ("CHL", "GOV")
    assert codes_at(analysis, "Argentina") == ("ARG", "GOV")


def test_round129_one_of_the_others(nlp):
    text = (
        "Riot police detained Sergei Ivanenko, a former physics teacher, and about 50 other opposition activists "
        "in central Moscow."
    )
    analysis = analysed(nlp, text, "2007-04-14")
    assert codes_at(analysis, "Sergei Ivanenko")[1] == "OPP"


def test_round129_mujahideen_are_insurgents(nlp):
    text = "Afghan mujahideen fired rockets at the Soviet garrison in Jalalabad on Monday."
    analysis = analysed(nlp, text, "1988-05-16")
    assert codes_at(analysis, "Afghan mujahideen")[1] == "REB"


def test_round129_a_group_is_not_of_a_government_in_a_later_clause(nlp):
    text = (
        "Soldiers looted shops across Kinshasa on Thursday after traders refused their banknotes, and France said "
        "its ambassador had been killed."
    )
    analysis = analysed(nlp, text, "1993-01-28")
    assert codes_at(analysis, "Soldiers")[0] != "FRA"
