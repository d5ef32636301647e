"""Round 138 (the groups no entity held, across the blind batches): the people nouns of the Phoenix agents
dictionary as sets a clause in the past tells of, a participle's time taken from its clause, authorities that
act, and a group of people. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round138_an_agent_noun_of_the_dictionary_told_of_in_the_past(nlp):
    text = (
        "Gangsters shot dead a prosecutor outside his home in Palermo on Tuesday, and police said they were "
        "hunting the killers."
    )
    analysis = analysed(nlp, text, "1992-05-26")
    assert codes_at(analysis, "Gangsters") == ("ITA", "CRM")


def test_round138_an_agent_noun_in_the_present_is_no_actor(nlp):
    text = "Gangsters prey on small shops in many cities, the report says."
    analysis = analysed(nlp, text, "2001-03-05")
    assert not any(e.name == "Gangsters" for e in analysis.entities)


def test_round138_delegates_tallied_by_a_number_are_no_actor(nlp):
    text = "Smith won 14 delegates in Wyoming on Saturday, and delegates cheered as the results came in."
    analysis = analysed(nlp, text, "2016-04-17")
    names = [m.text for e in analysis.entities for m in e.mentions]
    assert "14 delegates" not in names
    assert "delegates" in names


def test_round138_a_participle_takes_the_time_of_its_clause(nlp):
    text = (
        "Soldiers stormed a village near Kandahar on Friday, killing three shopkeepers, and the governor "
        "promised an inquiry."
    )
    analysis = analysed(nlp, text, "2010-06-04")
    assert codes_at(analysis, "three shopkeepers")[0] == "AFG"


def test_round138_the_doers_of_a_strike_named_by_a_reduced_relative(nlp):
    text = "A general strike called by unions paralysed La Paz on Monday, and President Carlos Mesa offered talks."
    analysis = analysed(nlp, text, "2005-06-06")
    assert codes_at(analysis, "unions") == ("BOL", "LAB")


def test_round138_a_reduced_relative_on_no_act_tells_of_no_set(nlp):
    text = "The senator spoke of the dangers posed by hackers to the grid."
    analysis = analysed(nlp, text, "2016-02-10")
    assert not any(e.name == "hackers" for e in analysis.entities)


def test_round138_authorities_that_act_are_the_scenes_government(nlp):
    text = (
        "Authorities imposed a curfew in Kano on Thursday after protesters from Niger and Chad clashed with "
        "traders in the city."
    )
    analysis = analysed(nlp, text, "2024-08-01")
    assert codes_at(analysis, "Authorities") == ("NGA", "GOV")


def test_round138_a_group_of_officers_that_acts(nlp):
    text = "A group of army officers appeared on state television in Niamey on Wednesday and said they had taken power."
    analysis = analysed(nlp, text, "2023-07-26")
    assert any(m.text == "A group" for e in analysis.entities for m in e.mentions)


def test_round138_officers_alone_stay_the_polices_people(nlp):
    # withdrawn in round 139: bare "officers" that act are the police's own people, whom the coreference gold
    # does not count as mentions of their own (0.797 -> 0.795 with them)
    text = "Protesters set fire to a police post in Cali after officers beat a taxi driver to death on Tuesday."
    analysis = analysed(nlp, text, "2021-05-04")
    assert not any(e.name == "officers" for e in analysis.entities)
