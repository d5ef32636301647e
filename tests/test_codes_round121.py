"""Round 121 (batches 106 and 107's kinds, in part): a country's agents are its secret agents; a name the NER ran
across a verb is two. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round121_a_countrys_agents_are_its_secret_agents(nlp):
    text = "Officials in Seoul said they suspected North Korean agents of planting the bomb at the airport."
    analysis = analysed(nlp, text, "1986-09-15")
    assert codes_at(analysis, "North Korean agents") == ("PRK", "SPY")


def test_round121_a_countrys_single_agent_is_no_spy(nlp):
    text = "Ariadne's Philippine agent Domingo Cruz said the shipment would arrive in Manila on Monday."
    analysis = analysed(nlp, text, "1987-04-06")
    assert codes_at(analysis, "Philippine")[1] != "SPY"


def test_round121_state_security_agents_and_federal_agents(nlp):
    text = "Cuban state security agents detained the dissident on Monday, and federal agents arrested two men in Miami."
    analysis = analysed(nlp, text, "2003-03-18")
    assert codes_at(analysis, "Cuban state security agents")[1] == "SPY"


def test_round121_a_name_run_across_a_verb_is_two(nlp):
    text = "Gas stopped flowing on Wednesday as Rosgaz accused Ukrgaz of stealing from its pipelines."
    analysis = analysed(nlp, text, "2009-01-07")
    names = {e.name for e in analysis.entities}
    assert "Rosgaz" in names and "Ukrgaz" in names
