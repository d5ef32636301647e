"""Round 51: a person no record or office codes who kills is a criminal, but not one who stops an attacker;
"Congo" alone in a description is the article's Congo. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round51_a_private_person_who_kills_is_a_criminal(nlp):
    text = (
        "Walter Brenner, a 57-year-old man with a grudge against local officials, shot dead 11 councillors in "
        "the cantonal parliament in Zug on Thursday before killing himself."
    )
    analysis = analysed(nlp, text, "2001-09-27")
    assert codes_at(analysis, "Walter Brenner")[1] == "CRM"


def test_round51_the_agent_of_a_killing_is_a_criminal_but_not_who_stops_an_attacker(nlp):
    text = "The singer was shot dead outside his apartment building late on Monday by Mark Dalton, police said."
    analysis = analysed(nlp, text, "1980-12-09")
    assert codes_at(analysis, "Mark Dalton")[1] == "CRM"
    text = (
        "A gunman shot dead a guard at the memorial on Wednesday, then stormed into the parliament, where he was "
        "killed by Kevin Marsh, the sergeant-at-arms."
    )
    analysis = analysed(nlp, text, "2014-10-22")
    assert codes_at(analysis, "Kevin Marsh")[1] != "CRM"


def test_round51_congo_alone_in_a_description_is_the_articles_congo(nlp):
    text = (
        "The WHO declared mpox a global emergency on Wednesday, a day after the Africa CDC did the same, as "
        "Congo's health ministry reported more than 15,000 cases this year."
    )
    analysis = analysed(nlp, text, "2024-08-14")
    assert codes_at(analysis, "Congo's health ministry") == ("COD", "GOV")


def test_round51_people_counted_are_a_side_only_when_no_country_is(nlp):
    # people of no kind, now a mention when counted, give way to the state sent to or helped in the clause
    for text, target in (
        ("Norway deported 40 people to Albania on a chartered flight.", "Albania"),
        ("The aid agency delivered food to 200,000 people in Yemen.", "Yemen"),
    ):
        analysis = analysed(nlp, text, "2020-01-01")
        names = {e.id: e.name for e in analysis.entities}
        assert analysis.events and names.get(analysis.events[0].target) == target
