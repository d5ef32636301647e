"""Issue #14, round 8 of the codes stage: the kinds of batch 12's errors. A scene set by a capital the NER typed
as a location or by a region only a dictionary places, countries by their former names, a body the words say is
the United Nations', and a state's own council that shares an international body's name. The sentences are
written for these tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.models import Analysis
from dossier.testing.records import analysed, codes_at


def _analysed(nlp, text: str, published: str = "1988-03-14") -> Analysis:
    return analysed(nlp, text, published)


def test_codes_round8_a_capital_typed_as_a_location_sets_the_scene(nlp):
    a = _analysed(nlp, "Protesters surrounded the television centre as the dictator fled Bucharest by car.")
    assert codes_at(a, "Protesters") == ("ROU", "OPP")


def test_codes_round8_a_region_a_dictionary_places_sets_the_scene(nlp):
    a = _analysed(nlp, "Miners in Scotland walked out over the closure of two pits.")
    assert codes_at(a, "Miners") == ("GBR", "LAB")


def test_codes_round8_countries_by_their_former_names():
    book = default_codebook()
    assert book.country_in("Zairean soldiers") == ("COD", "Zairean")
    assert book.country_in("the government of Upper Volta") == ("BFA", "Upper Volta")
    assert book.country_in("Kampuchean forces") == ("KHM", "Kampuchean")
    assert book.country_in("Dahomey") == ("BEN", "Dahomey")
    # the northern half of the old federation is Zambia's, not Zimbabwe's
    assert book.country_in("Northern Rhodesia") == ("ZMB", "Northern Rhodesia")
    assert book.country_in("Rhodesian police") == ("ZWE", "Rhodesian")


def test_codes_round8_a_body_said_to_be_the_uns_is_an_igo():
    book = default_codebook()
    assert book.sector_in("the UN agency for food aid") == ("IGO", "un agency")
    assert book.sector_in("the U.N. refugee agency") == ("IGO", "u.n refugee agency")
    assert book.sector_in("a United Nations body") == ("IGO", "united nations body")
    assert book.sector_in("the agency")[0] == "GOV"  # a state's agency, as before


def test_codes_round8_a_states_own_council_is_its_government(nlp):
    a = _analysed(nlp, "Tunisia's Security Council declared a state of emergency on Sunday.")
    assert codes_at(a, "Security Council") == ("TUN", "GOV")
    a = _analysed(nlp, "The Security Council voted on the resolution on Sunday.")
    assert codes_at(a, "Security Council")[1] == "IGO"


def test_codes_round8_a_countrys_name_as_a_modifier_sets_no_setting(nlp):
    a = _analysed(
        nlp,
        "President Alvaro Reyes conceded defeat in Managua to the opposition candidate Marta Quintero after "
        "talks with former US President Jimmy Carter.",
        published="1990-02-26",
    )
    assert codes_at(a, "Marta Quintero") == ("NIC", "OPP")


def test_codes_round8_a_country_named_as_no_scene_away_from_the_actor_does_not_unsettle_it(nlp):
    text = (
        "Peter Novak, who wrote for a news site, was shot dead at his home near Bratislava after looking into "
        "deals between local officials and Italian mobsters."
    )
    a = _analysed(nlp, text, published="2018-02-26")
    assert codes_at(a, "Peter Novak")[0] == "SVK"
    # next to the actor, such a name may be the actor's own: no scene is taken
    a = _analysed(nlp, "Gunmen killed a Canadian hostage, Paul Bregg, on an island in the Philippines.")
    assert codes_at(a, "Paul Bregg")[0] != "PHL"
