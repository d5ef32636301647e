"""A government named by the one who heads it: a title-case headline's "Obama Administration", of which the NER
tags only "Obama", is one organisation, the body's "the Obama administration", and not the person named inside
it; its country is the head's, in office on the day or before it ("the Thatcher government" in 2013, "the Bush
administration" in 2021), not the scene's. Original sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed


def _entities(nlp, text: str, date: str):
    return analysed(nlp, text, date).entities


def _holding(entities, words: str):
    return [e for e in entities if any(m.text.removeprefix("the ").removeprefix("The ") == words for m in e.mentions)]


def test_a_headline_government_named_by_its_head_is_one_organisation(nlp):
    text = (
        "Obama Administration Restores Wetland Protections\n"
        "The Obama administration on Tuesday restored federal protections for seasonal wetlands, the "
        "Environmental Protection Agency said.\n"
    )
    entities = _entities(nlp, text, "2015-05-11")
    [headline] = _holding(entities, "Obama Administration")
    assert headline.type == "ORG" and (headline.country_code, headline.sector) == ("USA", "GOV")
    # the body's description is that government; the person named inside it is not
    assert any(m.start == text.index("The Obama administration") for m in headline.mentions)
    assert not [m for m in headline.mentions if m.text == "Obama"]


@pytest.mark.parametrize(
    "text",
    [
        "Obama administration officials met Iranian negotiators in Vienna on Monday.\n",  # a modifier
        "Mary Smith government affairs director at Boeing said the deal was good.\n",
    ],
)
def test_a_government_word_that_modifies_a_noun_leaves_the_person(nlp, text):
    entities = _entities(nlp, text, "2015-06-29")
    assert not [e for e in entities if e.type == "ORG" and e.name.endswith(("administration", "government"))]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Historians say the Thatcher government broke the miners' union in 1985.", "Thatcher government", "GBR"),
        ("Officials of the Bush administration defended the war in Iraq on Friday.", "Bush administration", "USA"),
    ],
)
def test_a_government_of_the_past_is_its_heads_country_not_the_scenes(nlp, text, words, country):
    # no one of the surname governs on the day: the country whose government people of the surname were
    [government] = _holding(_entities(nlp, text, "2021-05-07"), words)
    assert (government.country_code, government.sector) == (country, "GOV")


def test_a_possessive_keeps_the_person_named(nlp):
    entities = _entities(nlp, "President Nicolas Maduro's government expelled the Spanish ambassador.", "2018-01-25")
    assert [e for e in entities if e.type == "PERSON" and e.name == "Nicolas Maduro"]
