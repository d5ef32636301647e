"""A government named by the one who heads it is one organisation, however the NER tagged it: "the Obama
administration" when only "Obama" was tagged, a title-case headline's "Obama Administration", "the Assad regime";
and its country is the head's, in office on the day or before it ("the Thatcher government" in 2013). Original
sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dossier.analysis import analyze_articles
from dossier.models import Article
from dossier.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _entities(nlp, text: str, date: str):
    [analysis] = analyze_articles(nlp, [Article("t", text, published=date)], max_chars=10_000)
    return analysis.entities


def _holding(entities, words: str):
    return [e for e in entities if any(m.text == words for m in e.mentions)]


def test_a_headline_government_named_by_its_head_is_one_organisation(nlp):
    text = (
        "Obama Administration Restores Wetland Protections\n"
        "The Obama administration on Tuesday restored federal protections for seasonal wetlands that the previous "
        "government had removed, the Environmental Protection Agency said.\n"
    )
    entities = _entities(nlp, text, "2014-05-20")
    [headline] = _holding(entities, "Obama Administration")
    assert headline.type == "ORG" and headline.country_code == "USA" and headline.sector == "GOV"
    # no person "Obama" is made of the government's words
    assert not [e for e in entities if e.type == "PERSON" and "Obama" in e.name]


def test_a_regime_named_by_its_head_is_the_government_not_the_man(nlp):
    entities = _entities(
        nlp, "The Assad regime shelled rebel districts of Aleppo on Monday, activists said.", "2016-02-01"
    )
    [regime] = _holding(entities, "Assad regime")
    assert regime.type == "ORG" and (regime.country_code, regime.sector) == ("SYR", "GOV")
    assert not [e for e in entities if e.type == "PERSON" and e.name == "Assad"]


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
