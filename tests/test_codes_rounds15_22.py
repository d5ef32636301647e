"""Rounds 15 to 22: a name the NER typed as a place or a person is the organisation its apposition describes
("Energoatom, Ukraine's state nuclear operator"); rioters, youths, mourners and the clergy are groups that act
where they are; a capital or a large city the NER took for an organisation, a facility or a person is a place
where a place is named ("in central Lyon"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, mention_holder


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Dravonik, Slovakia's biggest opposition newspaper, was closed on Monday by its owner, Presscorp, "
            "which cited falling sales.",
            "Dravonik",
            ("ORG", "SVK", "MED"),  # a medium the opposition reads is a medium
        ),
        (
            "Dravonik, Slovakia's biggest opposition newspaper, was closed on Monday by its owner, Presscorp, "
            "which cited falling sales.",
            "Presscorp",
            ("ORG", "SVK", "BUS"),  # a company known by its kind is placed by its scene (round 32)
        ),
        (
            "The government bought 40 percent of the refiner from its Italian owner, Veltrano, and Rome protested.",
            "Veltrano",
            ("ORG", "ITA", "BUS"),
        ),
        (
            "Ukrenergo, Ukraine's state grid operator, said Russian missiles had hit two substations.",
            "Ukrenergo",
            ("ORG", "UKR", "BUS"),
        ),
    ],
)
def test_codes_round15_an_apposition_says_what_a_mistyped_name_is(nlp, text, name, expected):
    ent = mention_holder(analysed(nlp, text, "2020-03-02"), name)
    assert ent is not None
    assert (ent.type, ent.country_code, ent.sector) == expected


def test_codes_round15_an_owner_alone_is_no_actor_and_a_place_no_owner(nlp):
    text = (
        "In Tamarac, the owner of the Palm Court club, Dana Whitfield, wants to build houses. "
        "The owner said the plan would go ahead."
    )
    analysis = analysed(nlp, text, "2016-05-02")
    assert all(ent.sector != "BUS" for ent in analysis.entities if ent.name == "Tamarac")
    assert not any(ent.name.lower().endswith("owner") for ent in analysis.entities)


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        (
            "Riot police fired tear gas at youths who set cars ablaze in central Lyon on Sunday.",
            "youths",
            ("FRA", "CVL"),
        ),
        ("Rioters burned shops in the centre of Port Vila on Friday.", "Rioters", ("VUT", "OPP")),
        ("Mourners clashed with police after the funeral in Belfast.", "Mourners", ("GBR", "CVL")),
        ("Monks marched through Mandalay on Tuesday against the junta.", "Monks", ("MMR", "REL")),
        # round 16, after batch 21's scoring: "some" before a number counts, it takes no part of a body
        ("Some 15,000 protesters marched through Sofia on Friday.", "Some 15,000 protesters", ("BGR", "OPP")),
        ("Special forces stormed the palace in Bamako before dawn.", "Special forces", ("MLI", "MIL")),
    ],
)
def test_codes_round15_groups_that_act_where_they_are(nlp, text, group, expected):
    ent = mention_holder(analysed(nlp, text, "2020-03-02"), group)
    assert ent is not None
    assert (ent.country_code, ent.sector) == expected


def test_codes_round15_settlers_are_not_of_the_place_they_settle(nlp):
    text = "Soldiers removed settlers from homes in the Gaza Strip on Wednesday."
    ent = mention_holder(analysed(nlp, text, "2005-08-17"), "settlers")
    assert ent is None or ent.country_code != "PSE"


def test_codes_round16_people_counted_in_their_strike_are_a_group(nlp):
    text = "Thousands of teachers walked off the job across Chile on Monday over pay."
    ent = mention_holder(analysed(nlp, text, "2019-06-03"), "Thousands of teachers")
    assert ent is not None and ent.country_code == "CHL"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belarus executed two men convicted of the bombing on Friday.", "Belarus"),
        ("Iran summoned the British ambassador on Sunday.", "Iran"),
    ],
)
def test_codes_round16_a_country_that_executes_or_summons_acts_as_a_state(text, country):
    from dossier.codes.text import country_acts

    start = text.index(country)
    assert country_acts(text, start, start + len(country))


def test_codes_round17_a_group_takes_the_country_its_own_place_names(nlp):
    text = (
        "Ukrainian President Viktor Yanukovich met Russia's Vladimir Putin on Tuesday, and angry protesters "
        "marched on the parliament in Kiev."
    )
    ent = mention_holder(analysed(nlp, text, "2013-12-17"), "angry protesters")
    assert ent is not None and (ent.country_code, ent.sector) == ("UKR", "OPP")


def test_codes_round17_a_surname_that_is_a_title_word_is_no_title(nlp):
    text = "Rioting spread after a jury acquitted the officers who had beaten Rodney King, a motorist, in Los Angeles."
    ent = mention_holder(analysed(nlp, text, "1992-04-30"), "Rodney King")
    assert ent is not None and ent.type == "PERSON" and ent.sector != "GOV"


@pytest.mark.parametrize(
    ("text", "date", "actor", "expected"),
    [
        # round 18, after batch 22's scoring: an official the words give an office but no country is of the one
        # government its sentence names, where the sentence names two countries
        (
            "Tehran said on Sunday that its consulate in Basra had been attacked, and announced the dismissal of "
            "deputy intelligence chief Reza Karimi.",
            "2006-09-19",
            "Reza Karimi",
            ("IRN", "SPY"),
        ),
        (
            "Army chief General Somchai Wongsa seized power while Prime Minister Thaksin Shinawatra was in New "
            "York, and troops surrounded Government House in Bangkok.",
            "2006-09-19",
            "troops",
            ("THA", "MIL"),
        ),
        # a country's possessive before a place decides over the table's namesake (Borno, a German town)
        (
            "Gunmen abducted 80 pupils from a school in Nigeria's northeastern Borno state on Monday.",
            "2014-04-15",
            "Borno",
            ("NGA", None),
        ),
        # a state's organ by its branch: a court, even a military one, is the judiciary
        (
            "A military tribunal in Ankara sentenced the plotters on Monday.",
            "2019-03-02",
            "A military tribunal",
            ("TUR", "JUD"),
        ),
        # round 17: a named person described as another's kin is of that person's country, of the elite when
        # the relative governs
        (
            "Ahmed Saleh, the eldest son of President Ali Abdullah Saleh, returned to Sanaa on Monday.",
            "2011-03-02",
            "Ahmed Saleh",
            ("YEM", "ELI"),
        ),
        (
            "Fidel Castro said he would step down, clearing the way for his brother Raul to lead.",
            "2011-03-02",
            "Raul",
            ("CUB", None),  # Fidel was no longer in government on the date
        ),
        # round 19: a family's name with "Party" is placed by the sentence's leaders, as "Labour" is
        (
            "Jacinda Ardern's Labour Party won the most seats in Wellington on Saturday.",
            "2020-10-17",
            "Labour Party",
            ("NZL", "PTY"),
        ),
        # a party the text calls the opposition is OPP, as Phoenix codes "opposition party"; not a US party
        (
            "Hou Yu-ih of the opposition Kuomintang conceded defeat in Taipei on Saturday.",
            "2020-10-17",
            "Kuomintang",
            ("TWN", "OPP"),
        ),
        ("Hillary Clinton's Democratic Party lost the House.", "2020-10-17", "Democratic Party", ("USA", "PTY")),
        # the college of cardinals is the Holy See's
        (
            "Roman Catholic cardinals gathered in Buenos Aires on Sunday to pray.",
            "2013-03-10",
            "Roman Catholic cardinals",
            ("VAT", "REL"),
        ),
    ],
)
def test_codes_rounds17_to_19_an_actors_country_and_sector(nlp, text, date, actor, expected):
    ent = mention_holder(analysed(nlp, text, date), actor)
    assert ent is not None
    assert (ent.country_code, ent.sector) == expected


@pytest.mark.parametrize(
    ("text", "date", "actor", "expected"),
    [
        # round 20, after batch 23's scoring: an untitled full name is the one Phoenix person whose name is it
        # with a middle initial more
        ("Ferdinand Marcos fled the palace in Manila on Tuesday night.", "2006-12-05", "Ferdinand Marcos", "PHL"),
        # a naval rank is a military title
        (
            "Commodore Frank Bainimarama said he had taken executive authority in Fiji.",
            "2006-12-05",
            "Frank Bainimarama",
            "FJI",
        ),
    ],
)
def test_codes_round20_names_and_ranks(nlp, text, date, actor, expected):
    ent = mention_holder(analysed(nlp, text, date), actor)
    assert ent is not None and ent.country_code == expected


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        (
            "The Security Council voted on Saturday to impose sanctions on North Korea over its nuclear test.",
            "North Korea",
            True,
        ),
        ("The deal was brokered by Oman after months of talks.", "Oman", True),
        ("Exports of oil from North Korea fell.", "North Korea", False),
    ],
)
def test_codes_round20_a_state_aimed_at_or_brokering_acts_as_a_state(text, country, acts):
    from dossier.codes.text import country_acts, country_leads

    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts
    assert not country_leads(text, start, start + len(country))  # aimed at or an agent: no subject


def test_codes_round21_a_counted_crowd_of_supporters_is_a_group_in_opposition(nlp):
    text = "Tens of thousands of supporters of opposition leader Viktor Yushchenko rallied in Kiev on Monday."
    ent = mention_holder(analysed(nlp, text, "2004-11-22"), "Tens of thousands of supporters")
    assert ent is not None and (ent.country_code, ent.sector) == ("UKR", "OPP")
    # bare, "supporters" are a bill's or anyone's: no group, and no title of the name after them (round 40: unless
    # a clause in the past tells of them, as "stormed" does)
    analysis = analysed(nlp, "Supporters of the bill want a vote before the summer recess.", "2023-01-08")
    assert mention_holder(analysis, "Supporters") is None
    analysis = analysed(nlp, "Supporters of Jair Bolsonaro stormed the Congress in Brasilia.", "2023-01-08")
    supporters = mention_holder(analysis, "Supporters")
    assert supporters is not None and supporters.country_code == "BRA"
    bolsonaro = mention_holder(analysis, "Jair Bolsonaro")
    assert bolsonaro is not None and bolsonaro.sector != "OPP"


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        # round 22, after batch 24's scoring: a state's medium speaks for the state of its scene; armed men are
        # gunmen by another name
        (
            "Soldiers seized the presidential guard's base in Niamey, and state television said the constitution "
            "had been suspended.",
            "state television",
            ("NER", "MED"),
        ),
        ("Armed men stormed a police station in Kandahar overnight, freeing prisoners.", "Armed men", ("AFG", "UAF")),
    ],
)
def test_codes_round22_a_states_medium_and_armed_men(nlp, text, group, expected):
    ent = mention_holder(analysed(nlp, text, "2005-05-13"), group)
    assert ent is not None
    assert (ent.country_code, ent.sector) == expected
