"""Round 142 (batches 134 to 137's kinds, in part): an island named as a demonym's, a state's organ named like an
international body, a title run that stops at another's "of <country> and", and a name after a person's title
typed a place. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round142_an_island_a_demonym_places(nlp):
    text = (
        "Soldiers and police evacuated hundreds of divers from the coral reefs on Monday after a strong earthquake "
        "struck the nearby Philippine island of Bohol."
    )
    analysis = analysed(nlp, text, "2013-10-14")
    assert codes_at(analysis, "Soldiers")[0] == "PHL"


def test_round142_a_national_security_council_is_a_states_own(nlp):
    text = "Ali Larijani, the secretary of the Supreme National Security Council, met European envoys in Tehran."
    analysis = analysed(nlp, text, "2006-05-02")
    assert codes_at(analysis, "Supreme National Security Council") == ("IRN", "GOV")


def test_round142_a_national_red_cross_stays_an_ngo(nlp):
    text = "The Kenya National Red Cross Society sent food to villages cut off by floods near Garissa on Friday."
    analysis = analysed(nlp, text, "2006-11-17")
    assert codes_at(analysis, "Kenya National Red Cross Society")[1] == "NGO"


def test_round142_a_title_run_stops_at_anothers_country(nlp):
    text = (
        "President Abdou Diouf of Senegal and President Dawda Jawara of Gambia met in Dakar on Saturday to "
        "discuss a joint customs union."
    )
    analysis = analysed(nlp, text, "1985-06-08")
    assert codes_at(analysis, "Dawda Jawara") == ("GMB", "GOV")


def test_round142_a_name_after_a_persons_title_that_is_no_place_is_a_person(nlp):
    text = "Election officials in Dhaka said Sheikh Hasina's Awami League had won most of the seats counted so far."
    analysis = analysed(nlp, text, "1996-06-13")
    hasina = next(e for e in analysis.entities if e.name == "Hasina")
    assert hasina.type == "PERSON"
    assert codes_at(analysis, "Hasina")[0] == "BGD"
