"""Descriptions and the actors they join: one qualified by a name ("the Texas senator", "the Bush
administration") only an actor the article ties to that name, one by sex ("the woman") only a person of that sex;
an abbreviated title is its office; a body's description before a verb cut at its hyphen is found. The articles
are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SENATORS = (
    "Senators spar in Iowa\n\n"
    "DES MOINES, Iowa - Bernie Sanders drew a large crowd on Monday. The Texas senator, who has led in recent "
    "polls, spoke later in the day. The Florida senator said he would win. Sen. Ted Cruz of Texas told reporters "
    "the race was close, and the Texas senator predicted victory.\n"
)

ADMINISTRATIONS = (
    "Rules restored in Washington\n\n"
    "WASHINGTON - The Trump administration on Tuesday restored rules that the Bush administration had cut. "
    "Officials said the Obama administration had kept them, and the administration's lawyers agreed.\n"
)


def _holding(analysis, start: int):
    return next(e for e in analysis.entities if any(m.start == start for m in e.mentions))


def test_a_senator_described_by_a_state_is_only_one_tied_to_that_state(analyze_entities):
    a = analyze_entities(SENATORS)
    sanders = _holding(a, SENATORS.index("Bernie Sanders"))
    cruz = _holding(a, SENATORS.index("Ted Cruz"))
    first_texan = _holding(a, SENATORS.index("The Texas senator"))
    florida = _holding(a, SENATORS.index("The Florida senator"))
    # nothing ties Sanders to Texas or Florida: neither description is his, nor are they one senator
    assert first_texan is not sanders and florida is not sanders and first_texan is not florida
    # "Sen. Ted Cruz of Texas" is the Texas senator named after him
    assert _holding(a, SENATORS.index("the Texas senator predicted")) is cruz


def test_governments_named_by_different_leaders_are_different_bodies(analyze_entities):
    a = analyze_entities(ADMINISTRATIONS)
    trump = _holding(a, ADMINISTRATIONS.index("The Trump administration"))
    bush = _holding(a, ADMINISTRATIONS.index("the Bush administration"))
    obama = _holding(a, ADMINISTRATIONS.index("the Obama administration"))
    assert len({id(trump), id(bush), id(obama)}) == 3
    assert {trump.type, bush.type, obama.type} == {"ORG"}
    # an unqualified "the administration" may still be the one named before it
    assert _holding(a, ADMINISTRATIONS.index("the administration's")) is obama


@pytest.mark.parametrize(
    ("text", "description", "person", "same"),
    [
        # an abbreviated title is the office a description names
        (
            "Sen. Amara Whitfield toured the port on Monday. The senator said the docks needed money.\n",
            "The senator",
            "Amara Whitfield",
            True,
        ),
        # a description in capitals after "the", which the NER took for a name, is the person it describes
        (
            "Speaking to a magazine, Rhea Tamsin's agent confirmed the Perennial Party Girl has checked into a "
            "clinic.\nTamsin, 35, thanked her fans.\n",
            "Perennial Party Girl",
            "Rhea Tamsin",
            True,
        ),
        # an honour in capitals throughout has no qualifiers
        (
            "Dana Okoro scored 30 points on Saturday. The reigning National Player of the Year then passed the "
            "school record.\n",
            "National Player",
            "Dana Okoro",
            True,
        ),
        # the words before a name and its title, an apposition's "of", a party's other form are what it is known by
        (
            "Chicago Mayor Brandon Johnson defended the budget on Monday. The Chicago mayor said cuts would hurt.\n",
            "The Chicago mayor",
            "Brandon Johnson",
            True,
        ),
        (
            "Keir Starmer, the leader of the Labour Party, spoke in Leeds. The Labour leader promised new homes.\n",
            "The Labour leader",
            "Keir Starmer",
            True,
        ),
        (
            "California Gov. Gavin Newsom, a Democrat, signed the bill. The Democratic governor praised lawmakers.\n",
            "The Democratic governor",
            "Gavin Newsom",
            True,
        ),
        # a lieutenant governor is no governor
        (
            "Gov. Greg Abbott signed the bill on Monday. Lt. Gov. Dan Patrick called it historic, and the governor "
            "thanked him.\n",
            "the governor",
            "Greg Abbott",
            True,
        ),
        # a vice president is no president
        (
            "Vice President Joe Biden met President Barack Obama. Later the vice president listened.\n",
            "the vice president",
            "Joe Biden",
            True,
        ),
        # a woman of a name the tables give no sex, when the article told of no other woman before
        (
            "Firefighters pulled Sunniva Kvalheim from the burning car on Sunday. Doctors said the woman had burns.\n",
            "the woman",
            "Sunniva Kvalheim",
            True,
        ),
        # an office named with "general" after its word is no general
        (
            "Gen. Mark Ortega toured the base on Monday. The State Department's inspector general said the audit "
            "was done.\n",
            "The State Department's",
            "Mark Ortega",
            False,
        ),
        (
            "Gen. Mark Ortega toured the base on Monday. The attorney general agreed.\n",
            "The attorney",
            "Mark Ortega",
            False,
        ),
        # a place in a clause about someone is not what they are known by
        (
            "Oregon Gov. Hal Brenner, who lost to Tom Ashby in the 1994 primaries and clashed with the former Idaho "
            "governor, spoke on Tuesday. Ashby said nothing.\n",
            "the former Idaho governor",
            "Hal Brenner",
            False,
        ),
        # the article never says Subryan's sex and has told of a woman: the woman is not Subryan by nearness alone
        (
            "A 59-year-old mother of two died on Friday night when a driver struck her. Police arrested Vishwanand "
            "Subryan, 23, several blocks away. Neighbours ran outside to help the woman.\n",
            "the woman",
            "Vishwanand Subryan",
            False,
        ),
    ],
)
def test_a_description_joins_only_the_person_it_describes(analyze_entities, text, description, person, same):
    a = analyze_entities(text)
    assert (_holding(a, text.index(description)) is _holding(a, text.index(person))) is same


def test_a_government_set_apart_in_time_is_not_the_one_named(analyze_entities):
    text = (
        "Wetland rules restored\n\n"
        "The Harlow administration said on Monday it would restore the protections. The rules were pushed "
        "through at the end of the last administration with little debate, and the administration's lawyers "
        "want them gone.\n"
    )
    a = analyze_entities(text)
    harlow = _holding(a, text.index("The Harlow administration"))
    assert _holding(a, text.index("the last administration")) is not harlow
    assert _holding(a, text.index("the administration's")) is harlow


def test_a_headlines_government_is_the_bodys_by_the_name_in_it(analyze_entities):
    text = "Obama Administration Approves Arctic Drilling\n\nThe Obama administration on Wednesday approved the plan.\n"
    a = analyze_entities(text)
    assert _holding(a, 0) is _holding(a, text.index("The Obama administration"))


def test_a_body_before_a_verb_cut_at_its_hyphen_is_a_mention(analyze_entities):
    # the tokenizer cuts "re-elected" at the hyphen and the tagger takes "re" for a noun after "parliament"
    text = "Papua New Guinea's parliament re-elected Peter O'Neill as prime minister on Wednesday.\n"
    a = analyze_entities(text)
    parliament = _holding(a, text.index("Papua New Guinea's parliament"))
    assert parliament.type == "ORG" and parliament.name == "Papua New Guinea's parliament"
