"""Round 133 (batches 120 and 121's kinds): states that act by staying away, being stopped or acting in progress, an
opposition party's leader, a national team's captain, election bodies, paramilitary police, a country's long name
before a court, a list of countries the NER ran together, the ruling party by its family's name, and a company's
home that sets no scene. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round133_states_that_stay_away_are_stopped_or_are_acting(nlp):
    text = (
        "The summit opened in Lome on Monday, but Ghana stayed away, and a court blocked Kenya from expelling "
        "the envoy, while the fence Morocco is building along the border drew protests."
    )
    analysis = analysed(nlp, text, "2001-03-05")
    assert codes_at(analysis, "Ghana") == ("GHA", "GOV")
    assert codes_at(analysis, "Kenya") == ("KEN", "GOV")
    assert codes_at(analysis, "Morocco") == ("MAR", "GOV")


def test_round133_a_country_undergoing_is_no_government(nlp):
    text = "Peru is recovering from floods that killed 90 people, and Chile is playing Peru in Lima on Sunday."
    analysis = analysed(nlp, text, "2017-03-20")
    assert codes_at(analysis, "Chile")[1] is None


def test_round133_the_leader_of_an_opposition_party(nlp):
    text = "Police in Cairo detained Hamdi Salem, the leader of the liberal opposition party al-Wafd, on Tuesday."
    analysis = analysed(nlp, text, "2006-04-11")
    assert codes_at(analysis, "Hamdi Salem") == ("EGY", "OPP")


def test_round133_a_national_teams_captain(nlp):
    text = "Ireland captain Gareth Lloyd was sent off in the second half, and Chilean captain Jorge Pena was decorated."
    analysis = analysed(nlp, text, "2019-06-01")
    assert codes_at(analysis, "Gareth Lloyd")[1] == "ELI"
    assert codes_at(analysis, "Jorge Pena")[1] == "MIL"


def test_round133_election_bodies_and_paramilitary_police(nlp):
    text = (
        "The Central Electoral Board said the count was complete, and paramilitary police fired tear gas at "
        "supporters of the losing candidate."
    )
    analysis = analysed(nlp, text, "2012-05-21")
    assert codes_at(analysis, "Central Electoral Board")[1] == "GOV"
    assert codes_at(analysis, "paramilitary police")[1] == "COP"


def test_round133_a_countrys_long_name_before_a_court(nlp):
    text = (
        "Australian officials said on Wednesday that they would respect the ruling, a day after Papua New "
        "Guinea's Supreme Court ordered the camp closed, and Australian Prime Minister Ian Ross spoke to reporters."
    )
    analysis = analysed(nlp, text, "2016-04-27")
    assert codes_at(analysis, "Supreme Court")[0] == "PNG"


def test_round133_a_list_of_countries_the_ner_ran_together(nlp):
    text = "Mali, Burkina Faso and Niger said on Sunday that they would leave the regional bloc."
    analysis = analysed(nlp, text, "2024-01-28")
    names = {e.name for e in analysis.entities}
    assert {"Mali", "Burkina Faso", "Niger"} <= names
    assert codes_at(analysis, "Burkina Faso") == ("BFA", "GOV")


def test_round133_the_ruling_party_by_its_familys_name(nlp):
    text = "The prime minister of the ruling Social Democrats conceded defeat in Romania's runoff on Sunday."
    analysis = analysed(nlp, text, "2004-12-12")
    assert codes_at(analysis, "Social Democrats") == ("ROU", "PTY")


def test_round133_a_companys_home_sets_no_scene(nlp):
    text = (
        "Police opened fire on villagers resisting a steel plant planned by South Korea's Posco Holdings at "
        "Jagatsinghpur in West Bengal on Friday, killing three."
    )
    analysis = analysed(nlp, text, "2011-02-11")
    assert codes_at(analysis, "Police") == ("IND", "COP")
