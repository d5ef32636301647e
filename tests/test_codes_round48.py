"""Round 48: a vote a demonym is of sets the scene; ", and" after one place opens a clause; an office taken on the
day over a description; the head of a company, a party or a medium is of it; the Vatican acting is the Holy See;
"one of his bodyguards"; coordinated subjects; a surname after its particle; an attacker is not the leader he
shot, nor the object of the infinitive he is the subject of. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts
from dossier.testing.records import analysed, codes_at


def _entity_of(analysis, words: str):
    start = analysis.article.text.index(words)
    return next(e for e in analysis.entities for m in e.mentions if m.start <= start < m.end)


@pytest.mark.parametrize(
    ("text", "name", "acts"),
    [
        ("A quake killed a dozen people in Port Vila, and Australia and New Zealand flew in rescue teams.",
         "New Zealand", True),
        ("Troops serving in Iran, Turkey, and Syria were recalled.", "Syria", False),
    ],
)  # fmt: skip
def test_round48_and_after_one_place_opens_a_clause(text, name, acts):
    start = text.index(name)
    assert country_acts(text, start, start + len(name)) is acts


def test_round48_a_vote_a_demonym_is_of_sets_the_scene(nlp):
    text = (
        "The Valdo movement won the Czech parliamentary election on Saturday, Prime Minister Jan Dvorak conceded "
        "defeat, and President Pavel Lisak said he would meet party leaders."
    )
    analysis = analysed(nlp, text, "2025-10-04")
    assert codes_at(analysis, "Jan Dvorak") == ("CZE", "GOV")
    assert codes_at(analysis, "Pavel Lisak") == ("CZE", "GOV")


def test_round48_an_office_taken_on_the_day_over_a_description(nlp):
    text = "Ahmed Karim, the speaker of parliament, was sworn in as interim president of Valdoria on Thursday."
    analysis = analysed(nlp, text, "2004-11-11")
    assert codes_at(analysis, "Ahmed Karim")[1] == "GOV"


def test_round48_the_head_of_a_company_is_of_it(nlp):
    text = "Kirosawa Corp, the Japanese electronics group headed by Hideo Tanaka, agreed on Wednesday to buy a studio."
    analysis = analysed(nlp, text, "1989-09-27")
    assert codes_at(analysis, "Hideo Tanaka") == ("JPN", "BUS")


def test_round48_the_vatican_acting_is_the_holy_see(nlp):
    text = "The archbishop consecrated four bishops on Thursday, and the Vatican said he had been excommunicated."
    analysis = analysed(nlp, text, "1988-06-30")
    assert codes_at(analysis, "Vatican") == ("VAT", "REL")


def test_round48_one_of_his_bodyguards_and_coordinated_subjects(nlp):
    text = (
        "President Jean Mabele was shot by one of his bodyguards at the palace in Kinshasa on Tuesday, as soldiers "
        "and volunteers searched the grounds."
    )
    analysis = analysed(nlp, text, "2001-01-16")
    assert codes_at(analysis, "one of his bodyguards") == ("COD", "MIL")
    assert codes_at(analysis, "volunteers")[1] == "CVL"


def test_round48_a_surname_after_its_particle(nlp):
    text = "President Miguel de la Madrid toured the ruins of central Mexico City on Thursday as soldiers dug."
    analysis = analysed(nlp, text, "1985-09-19")
    person = _entity_of(analysis, "Miguel")
    assert person.name == "Miguel de la Madrid" and person.type == "PERSON"
    assert codes_at(analysis, "soldiers")[0] == "MEX"


def test_round48_an_attacker_is_not_the_leader_he_shot_nor_his_own_object(nlp):
    text = (
        "President Omar Belkacem of Algeria was shot dead on Monday, and officials said the gunman, an "
        "officer assigned to guard him, had been arrested."
    )
    analysis = analysed(nlp, text, "1992-06-29")
    leader = _entity_of(analysis, "Omar Belkacem")
    assert not any(m.text == "the gunman" for m in leader.mentions)
    him = text.index("guard him") + len("guard ")
    assert any(m.start == him for m in leader.mentions)
