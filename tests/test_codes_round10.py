"""Round 10 of the codes stage: a group only described takes its scene's country as a named actor does (the
actors the article places count, and its paragraph and article speak when its sentence does not); a title
decides that a surname the NER typed as an organisation is a person; senators and congressmen are a
legislature's members as a group; an office one is reported leaving holds on the day; a party named by its
family alone; more newspaper heads. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.models import Analysis, Entity
from dossier.testing.records import analysed, codes_at, mention_holder


def described(analysis: Analysis, words: str) -> Entity:
    """The entity holding the mention ``words`` (there must be one)."""
    ent = mention_holder(analysis, words)
    assert ent is not None, f"no mention {words!r}"
    return ent


def test_codes_round10_a_group_takes_the_country_of_an_actor_its_sentence_places(nlp):
    text = "Jacob Zuma walked into a prison gate in the night and handed himself over to police."
    police = described(analysed(nlp, text, "2021-07-08"), "police")
    assert (police.country_code, police.sector) == ("ZAF", "COP")
    ev = police.codes[0].evidence
    assert ev.source == "scene" and "Jacob Zuma" in ev.text


def test_codes_round10_a_group_of_an_article_with_two_countries_in_its_sentence_stays_unplaced(nlp):
    text = "Vladimir Putin and Emmanuel Macron met for three hours, and police kept reporters far from the palace."
    police = described(analysed(nlp, text, "2019-05-06"), "police")
    assert police.sector == "COP" and police.country_code is None


def test_codes_round10_a_foreign_government_is_not_of_the_scene(nlp):
    text = (
        "Senator Chuck Grassley questioned Attorney General William Barr in Washington about the foreign "
        "government that paid the lobbyists."
    )
    foreign = described(analysed(nlp, text, "2019-05-06"), "the foreign government")
    assert foreign.country_code is None


def test_codes_round10_a_title_makes_a_surname_typed_as_an_organisation_a_person(nlp):
    text = (
        "Kim Jong Un and President Trump signed a short statement at their meeting in Singapore, and Trump then "
        "said the exercises would stop."
    )
    trump = next(e for e in analysed(nlp, text, "2018-06-12").entities if e.name == "Trump")
    assert trump.type == "PERSON"
    assert (trump.country_code, trump.sector) == ("USA", "GOV")


def test_codes_round10_party_senators_are_a_legislature_group_of_the_scene(nlp):
    text = (
        "The White House said on Friday that the director of the FBI had been dismissed, and Democratic senators "
        "called the decision an attack on the inquiry."
    )
    senators = described(analysed(nlp, text, "2017-05-12"), "Democratic senators")
    assert (senators.country_code, senators.sector) == ("USA", "LEG")


def test_codes_round10_a_group_named_by_its_place_is_of_the_place(nlp):
    text = "Flint residents lined up for bottled water on Saturday, and Michigan officials said the pipes would go."
    residents = described(analysed(nlp, text, "2016-02-01"), "Flint residents")
    assert (residents.country_code, residents.sector) == ("USA", "CVL")


def test_codes_round10_a_group_named_by_an_organisation_stays_the_organisations(nlp):
    text = "Delta Force rebels attacked a convoy near the border on Tuesday, the army said."
    assert not any(
        m.text == "Delta Force rebels" for e in analysed(nlp, text, "2019-05-06").entities for m in e.mentions
    )


def test_codes_round10_armed_and_security_forces_are_a_states_body_of_arms(nlp):
    text = (
        "Security forces fired tear gas at students in Dhaka on Thursday, and the prime minister praised the "
        "armed forces."
    )
    analysis = analysed(nlp, text, "2019-05-06")
    assert described(analysis, "Security forces").sector == "COP"
    armed = described(analysis, "the armed forces")
    assert (armed.country_code, armed.sector) == ("BGD", "MIL")


def test_codes_round10_market_forces_are_no_actor(nlp):
    text = "Market forces pushed the price of rice up in Dhaka on Thursday, and officials said nothing."
    assert not any("forces" in m.text for e in analysed(nlp, text, "2019-05-06").entities for m in e.mentions)


def test_codes_round10_a_court_in_a_phrase_of_another_is_no_actor(nlp):
    text = "The lawyers filed a court motion in Nairobi on Friday."
    assert not any(m.text.startswith("a court") for e in analysed(nlp, text, "2019-05-06").entities for m in e.mentions)


def test_codes_round10_a_states_chief_executive_is_its_government(nlp):
    analysis = analysed(
        nlp, "Fernando Chui, Macau's chief executive, said the casinos would reopen on Monday.", "2015-05-06"
    )
    ho = next(e for e in analysis.entities if e.name == "Fernando Chui")
    assert (ho.country_code, ho.sector) == ("MAC", "GOV")


def test_codes_round10_a_companys_chief_executive_stays_business(nlp):
    analysis = analysed(nlp, "Rajeev Suri, Nokia's chief executive, said sales would fall this year.", "2015-05-06")
    suri = next(e for e in analysis.entities if e.name == "Rajeev Suri")
    assert suri.sector == "BUS"


def test_codes_round10_a_seat_of_government_is_the_government():
    from dossier.codes.actors import mention_codes
    from dossier.models import Mention

    text = "The Hague announced curbs on sales of chip-making machines."
    hague = Entity("e1", "Netherlands", "GPE", [Mention(4, 9, "Hague", "name", 0)], country="NL")
    hague.country_code = "NLD"
    assert mention_codes(text, hague, 4, 9, "Hague") == ("NLD", "GOV")


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        # an indefinite court that acts is an actor
        (
            "A court in Nairobi ordered the release of two lawmakers on Friday, their lawyers said.",
            "A court",
            ("KEN", "JUD"),
        ),
        # members and parties of an opposition named by it are a group
        (
            "Opposition supporters marched through Harare on Saturday after the count was delayed.",
            "Opposition supporters",
            ("ZWE", "OPP"),
        ),
        (
            "Opposition parties walked out of parliament in Tokyo on Monday over the new sales tax.",
            "Opposition parties",
            ("JPN", "OPP"),
        ),
    ],
)
def test_codes_round10_groups_only_described_are_actors_of_their_scene(nlp, text, words, codes):
    group = described(analysed(nlp, text, "2019-05-06"), words)
    assert (group.country_code, group.sector) == codes


def test_codes_round10_one_leaving_an_office_holds_it_on_the_day_reported(nlp):
    text = "Jeff Sessions resigned as attorney general late on Wednesday, two aides said."
    assert codes_at(analysed(nlp, text, "2018-11-09"), "Jeff Sessions") == ("USA", "GOV")
    text = "James Comey was fired as director of the FBI on Tuesday, officials confirmed."
    assert codes_at(analysed(nlp, text, "2017-05-11"), "James Comey") == ("USA", "COP")


def test_codes_round10_an_old_leaving_is_no_office_now(nlp):
    # the record's office ended long before the article: the leaving is told as history
    text = "Jeff Sessions resigned as attorney general and went home to Alabama."
    assert codes_at(analysed(nlp, text, "2019-06-01"), "Jeff Sessions") == ("USA", "ELI")


def test_codes_round10_a_party_named_by_its_family_alone(nlp):
    text = "Labour took most of the seats in Wales, and the Greens won their first seat in Bristol."
    a = analysed(nlp, text, "2019-12-13")
    # a party either way; Labour, out of power in December 2019 (leaders.tsv, round 59), is the opposition, and so
    # are the Greens, a party never in government (round 122)
    assert codes_at(a, "Labour")[1] == "OPP"
    assert codes_at(a, "Greens")[1] == "OPP"
    # a bare plural at a sentence's start is people of a view, not the party
    a = analysed(nlp, "Conservatives in Ohio still praise the senator's vote on taxes.", "2016-03-02")
    found = codes_at(a, "Conservatives")
    assert found is None or found[1] != "PTY"


def test_codes_round10_papers_named_register_or_examiner(nlp):
    a = analysed(nlp, "The Springfield Register endorsed the mayor on Sunday.", "2016-01-10")
    assert codes_at(a, "Springfield Register")[1] == "MED"
    # a state's record is no paper
    a = analysed(nlp, "The rule was printed in the Federal Register on Monday, the agency said.", "2016-01-10")
    found = codes_at(a, "Federal Register")
    assert found is None or found[1] != "MED"


def test_codes_round10_a_partys_mps_are_legislators(nlp):
    text = "Dozens of Liberal Party MPs voted in Canberra on Tuesday to keep the leader they had."
    mps = described(analysed(nlp, text, "2018-08-21"), "Dozens of Liberal Party MPs")
    assert (mps.country_code, mps.sector) == ("AUS", "LEG")
