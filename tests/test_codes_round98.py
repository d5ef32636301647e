"""Round 98 (batch 83's kinds): a body the agents dictionary codes as the principal of a head, an election's
runner-up, someone's deputy, carriers and failed companies, relatives as a set. The sentences are written for these
tests; the people and companies in them are invented."""

from __future__ import annotations

from dossier.codes.text import company_said, possessed_deputy
from dossier.testing.records import analysed, codes_at


def test_round98_head_of_a_body_the_dictionary_codes(nlp):
    text = "Turnout was low in Sunday's referendum, electoral council head Marisol Quintero said in Caracas."
    analysis = analysed(nlp, text, "2007-12-03")
    assert codes_at(analysis, "Marisol Quintero") == ("VEN", "GOV")


def test_round98_runner_up_of_an_election_is_the_opposition(nlp):
    text = (
        "Police fired tear gas at thousands who marched in Maputo at the call of Ossufo Momade, the runner-up in "
        "last month's presidential election, which he says the ruling Frelimo party rigged."
    )
    analysis = analysed(nlp, text, "2024-11-08")
    assert codes_at(analysis, "Ossufo Momade") == ("MOZ", "OPP")


def test_round98_a_deputy_serves_his_principal_not_a_sheriff(nlp):
    text = "Mr. Manafort and his deputy, Rick Gates, ran the Trump campaign's convention operation, aides said."
    analysis = analysed(nlp, text, "2016-07-20")
    assert codes_at(analysis, "Rick Gates")[1] != "COP"
    assert possessed_deputy("the mayor and his deputy, Ann Lo", len("the mayor and his deputy, "))
    assert not possessed_deputy("a sheriff's office said deputy Ann Lo", len("a sheriff's office said deputy "))


def test_round98_what_only_a_company_runs_or_suffers():
    cases = {
        "A Transvia Airbus A320 skidded off the runway": "Transvia",
        "An Aerolux DC-9 plunged into the sea": "Aerolux",
        "collided with a Northline express outside the city": "Northline",
        "A court declared Flandria bankrupt on Wednesday": "Flandria",
        "A fireworks depot run by Pyrotec exploded": "Pyrotec",
        "Deepwave said its chief executive had died": "Deepwave",
    }
    for text, name in cases.items():
        at = text.index(name)
        assert company_said(text, at, at + len(name), organisation=True), text
    text = "The Hamas rocket hit a house"
    assert company_said(text, 4, 9, organisation=True) is None


def test_round98_relatives_wept_as_one_set(nlp):
    text = "The navy said the submarine had imploded, and relatives of its crew wept in Mar del Plata."
    analysis = analysed(nlp, text, "2017-11-23")
    assert codes_at(analysis, "relatives") == ("ARG", "CVL")
