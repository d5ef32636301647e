"""Round 41: forces the Phoenix agents dictionary names by the word before them ("the air force", "rebel
forces", "government forces"), each kind its own group, one force only with a determiner or an owner (not "the
use of excessive police force"); police named with a demonym set their sentence's scene ("South African police
fired": police act at home); a resort or a township the words say is one places its sentence as a town does
("the Argentine beach resort of Pinamar"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, mention_holder


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Valdoria's air force bombed rebel positions near the border on Thursday.", "Valdoria's air force",
         ("MIL",)),
        ("Rebel forces loyal to the former defence minister seized the capital of Chad on Sunday.", "Rebel forces",
         ("REB",)),
        ("Government forces withdrew from the northern town of Faya in Chad on Monday.", "Government forces",
         ("MIL",)),
    ],
)  # fmt: skip
def test_round41_forces_by_their_kind(nlp, text, mention, expected):
    ent = mention_holder(analysed(nlp, text, "1983-07-01"), mention)
    assert ent is not None, mention
    assert (ent.sector,) == expected


def test_round41_two_kinds_of_force_are_two_sides(nlp):
    text = "Rebel forces attacked the garrison in Chad on Sunday. Government forces withdrew on Monday."
    analysis = analysed(nlp, text, "1983-07-01")
    rebels, army = mention_holder(analysis, "Rebel forces"), mention_holder(analysis, "Government forces")
    assert rebels is not None and army is not None and rebels.id != army.id


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry criticised the use of excessive police force at the march in Lyon.",
        "Congress refused to authorise military force against the militia on Friday.",
        "Market forces pushed the currency lower on Tuesday.",
    ],
)
def test_round41_force_used_is_no_body(nlp, text):
    analysis = analysed(nlp, text, "2019-05-06")
    assert not any(e.name.lower().endswith(("force", "forces")) for e in analysis.entities)


def test_round41_police_with_a_demonym_set_the_scene(nlp):
    text = (
        "Rioting residents killed the deputy mayor of the township outside his home on Monday as South African "
        "police fired tear gas at crowds."
    )
    analysis = analysed(nlp, text, "1984-09-03")
    residents = mention_holder(analysis, "Rioting residents")
    assert residents is not None and residents.country_code == "ZAF"


def test_round41_a_resort_the_words_say_is_one_places_its_sentence(nlp):
    text = (
        "The body of Tomas Ferrante, a reporter for the weekly Semana Sur, was found near the Argentine beach "
        "resort of Villa Serena on Saturday, and Judge Ignacio Lasarte opened an inquiry."
    )
    analysis = analysed(nlp, text, "1997-01-25")
    judge = mention_holder(analysis, "Ignacio Lasarte")
    assert judge is not None and (judge.country_code, judge.sector) == ("ARG", "JUD")
