"""Round 47: groups the entity stage missed (the authorities, people counted by number, the ones an act named by a
noun is done to, mutineers, "a dozen" as a number, unidentified men who act); a party's standing before its name
(opposition, ruling) and its members; an Olympic committee; police commanders; an electoral council; a demonym
the NER took for a person. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        ("Days after the authorities freed the Valdorian writer Ana Brel, her party rallied in Marsk.", "2018-02-15",
         "authorities", (None, "GOV")),
        ("Gunmen killed at least 21 people in the Valdorian town of Marsk on Friday.", "1988-11-11",
         "21 people", (None, "CVL")),
        ("Soldiers killed more than a dozen voters queueing outside a school in Marsk on Sunday.", "1987-11-29",
         "voters", (None, "CVL")),
        ("The court convicted him of the killing of protesters during the uprising in Marsk.", "2012-06-02",
         "protesters", (None, "OPP")),
        ("Air force mutineers seized the state radio station in Marsk before dawn on Sunday.", "1982-08-01",
         "mutineers", (None, "MIL")),
        ("The court acquitted six senior police commanders charged in the same case.", "2012-06-02",
         "police commanders", (None, "COP")),
        ("The independent electoral council called off the vote on Sunday.", "1987-11-29",
         "electoral council", (None, "GOV")),
        ("The editor was bundled into a car by unidentified men outside her home on Wednesday.", "2009-07-15",
         "unidentified men", (None, "UAF")),
    ],
)  # fmt: skip
def test_round47_groups_the_entity_stage_now_finds(nlp, text, date, words, expected):
    got = codes_at(analysed(nlp, text, date), words)
    assert got is not None and got[1] == expected[1]


@pytest.mark.parametrize(
    "text",
    [
        "People said the meeting went well.",  # anyone: no set the sentence counts
        "Unidentified men are often blamed for such attacks.",  # no clause in the past tells of them
        "Men reported 65 percent of the stories.",
    ],
)
def test_round47_people_of_no_kind_are_no_group_unless_counted(nlp, text):
    analysis = analysed(nlp, text, "2016-05-01")
    assert not [m for e in analysis.entities for m in e.mentions if m.kind == "nominal" and "men" in m.text.lower()]
    assert not [m for e in analysis.entities for m in e.mentions if m.text.lower() == "people"]


def test_round47_a_partys_standing_before_its_name_and_its_members(nlp):
    text = (
        "Kofi Brantuo of the opposition New Unity Party was declared the winner on Saturday, defeating the "
        "candidate of the ruling National Renewal Congress, days after the ruling Transitional Military Council "
        "freed Ama Serwa, a senior leader of the opposition Coastal Federalist Congress."
    )
    analysis = analysed(nlp, text, "2000-12-30")
    assert codes_at(analysis, "New Unity Party")[1] == "OPP"
    assert codes_at(analysis, "Kofi Brantuo")[1] == "OPP"
    assert codes_at(analysis, "National Renewal Congress")[1] == "PTY"  # not the legislature's "congress"
    assert codes_at(analysis, "Coastal Federalist Congress")[1] == "OPP"
    assert codes_at(analysis, "Transitional Military Council")[1] != "PTY"  # a junta rules, no party


def test_round47_an_olympic_committee_and_a_demonym_read_as_a_person(nlp):
    text = (
        "Police arrested Carlos Vidal, the head of the Valdorian Olympic Committee, on Thursday, and the rebel "
        "leader gave himself up to Papua New Guinean troops on Monday."
    )
    analysis = analysed(nlp, text, "2017-10-05")
    assert codes_at(analysis, "Valdorian Olympic Committee")[1] == "NGO"
    assert codes_at(analysis, "Papua New Guinean") == ("PNG", "MIL")
