"""Round 107 (batch 89's kinds): an office demanded is not held; a person filed as state media is a minister; an
honorific after an office is no cleric's title; a body's envoy is the body's; armed civilians are an armed group;
a displaced people are refugees; a state's commission is the government. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.codes.actors import default_codebook
from dossier.codes.codebook import parse_code
from dossier.testing.records import analysed, codes_at


def test_round107_an_office_a_court_orders_is_not_yet_held(nlp):
    text = (
        "The Supreme Court ordered on Monday that opposition leader Ram Prasad Koirala be appointed prime minister "
        "within two days."
    )
    analysis = analysed(nlp, text, "2021-07-12")
    assert codes_at(analysis, "Ram Prasad Koirala")[1] == "OPP"


def test_round107_a_person_filed_as_state_media_is_of_the_government():
    countries = default_codebook().countries
    assert parse_code("ZWEGOVMED", countries, person=True) == ("ZWE", "GOV")
    assert parse_code("ZWEGOVMED", countries) == ("ZWE", "MED")  # a state broadcaster stays media


def test_round107_an_honorific_after_an_office_is_no_clerics_title(nlp):
    text = "Militants kidnapped the daughter of Home Minister Mufti Abdul Rashid in Srinagar on Friday."
    analysis = analysed(nlp, text, "1989-12-08")
    assert codes_at(analysis, "Abdul Rashid")[1] == "GOV"


def test_round107_a_churchs_envoy_and_armed_civilians(nlp):
    text = (
        "Martin Hale, the Anglican church envoy, was freed in Beirut on Monday. Armed civilians loyal to the army "
        "chief rioted on the docks."
    )
    analysis = analysed(nlp, text, "1991-11-18")
    assert codes_at(analysis, "Martin Hale")[1] == "REL"
    assert codes_at(analysis, "Armed civilians")[1] == "UAF"


def test_round107_a_displaced_people_are_refugees(nlp):
    text = "Rwandan soldiers fired mortars into a crowd of displaced Hutus trying to leave the camp on Saturday."
    analysis = analysed(nlp, text, "1995-04-22")
    assert codes_at(analysis, "Hutus")[1] == "REF"


def test_round107_a_states_commission_is_the_government(nlp):
    text = "The Ohio State Racing Commission fined the trainer on Wednesday, and the Public Utilities Commission met."
    analysis = analysed(nlp, text, "1997-07-09")
    assert codes_at(analysis, "Ohio State Racing Commission")[1] == "GOV"
    assert codes_at(analysis, "Public Utilities Commission")[1] == "GOV"
