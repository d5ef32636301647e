"""Round 122 (batches 108 and 109's kinds): parties the table of heads never saw in power are the opposition, the
loser of an election is a candidate, people convicted of a common crime are criminals, a player by his country's
side, and a state's body is no person's apposition. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round122_a_party_never_in_power_is_the_opposition(nlp):
    text = (
        "Prime Minister Fredrik Reinfeldt defended the budget on Monday, and the Sweden Democrats said they "
        "would vote against it."
    )
    analysis = analysed(nlp, text, "2012-03-04")
    assert codes_at(analysis, "Sweden Democrats") == ("SWE", "OPP")


def test_round122_a_party_named_with_a_description_keeps_the_table_reading(nlp):
    # "the ruling Frelimo party": a description run into the name may hide the party in power
    text = "Afonso Dhlakama accused the ruling Frelimo party of preparing fraud on Wednesday."
    analysis = analysed(nlp, text, "1994-10-27")
    assert codes_at(analysis, "Frelimo")[1] != "OPP"


def test_round122_the_loser_of_an_election_is_the_opposition(nlp):
    text = (
        "Jacques Chirac won France's presidential runoff on Sunday, defeating the centrist Marc Duval by "
        "about four points."
    )
    analysis = analysed(nlp, text, "1995-05-07")
    assert codes_at(analysis, "Marc Duval") == ("FRA", "OPP")


def test_round122_people_convicted_of_a_common_crime_are_criminals(nlp):
    text = (
        "Mark Dowling and Peter Hale, two Britons convicted of heroin trafficking, were hanged in Penang on "
        "Friday, and a court in Ipoh sentenced Tan Boon Huat to death for the murder of a shopkeeper."
    )
    analysis = analysed(nlp, text, "1987-05-08")
    assert codes_at(analysis, "Mark Dowling")[1] == "CRM"
    assert codes_at(analysis, "Peter Hale")[1] == "CRM"
    assert codes_at(analysis, "Tan Boon Huat")[1] == "CRM"


def test_round122_the_victim_of_a_crime_is_no_criminal(nlp):
    text = "A Texas court sentenced John Marlow to death for the murder of James Trent, and police arrested two men."
    analysis = analysed(nlp, text, "1999-03-02")
    assert codes_at(analysis, "John Marlow")[1] == "CRM"
    assert codes_at(analysis, "James Trent")[1] != "CRM"


def test_round122_a_player_by_his_countrys_side(nlp):
    text = "The referee sent off Brazil striker Carlos Mendes for a foul on Spain defender Pablo Ortiz on Sunday."
    analysis = analysed(nlp, text, "2010-06-20")
    assert codes_at(analysis, "Carlos Mendes") == ("BRA", "ELI")
    assert codes_at(analysis, "Pablo Ortiz") == ("ESP", "ELI")


def test_round122_a_states_body_is_no_persons_apposition(nlp):
    text = (
        "President Ahmad Karimi won a second term, defeating the cleric Hossein Rahimi, Iran's interior "
        "ministry said on Saturday."
    )
    analysis = analysed(nlp, text, "2017-05-20")
    assert codes_at(analysis, "interior ministry") == ("IRN", "GOV")
