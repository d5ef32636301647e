"""The founding article (../shared/corpus): the claims the project was started for, with source, kind and certainty."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analysis(founding_article, nlp):
    from dossier.api import analyze_text

    return analyze_text(founding_article, nlp=nlp)


def find(analysis, cue: str, content_has: str):
    hits = [a for a in analysis.attributions if a.cue.text == cue and content_has in a.content.text]
    assert hits, [(a.cue.text, a.content.text[:60]) for a in analysis.attributions]
    return hits[0]


def name(analysis, att) -> str | None:
    ent = analysis.entity(att.source.entity)
    return ent.name if ent else None


def test_founding_article_general_on_the_more_constructive_relationship(analysis):
    att = find(analysis, "said", '"more constructive" relationship')
    assert att.source.text == "General HR McMaster" and name(analysis, att) == "HR McMaster"
    assert att.source.kind == "person" and att.certainty == "reported" and not att.direct
    assert "respond to the destabilizing behavior" in att.content.text


def test_founding_article_president_direct_quote(analysis):
    att = find(analysis, "said", "wonderful relationship")
    assert att.direct and att.content.text.startswith('"We are going to have')
    assert name(analysis, att) == "Donald Trump" and att.source.kind == "person"
    assert att.certainty == "planned"  # "are going to have": a claim about the future


def test_founding_article_according_to_some_experts(analysis):
    att = find(analysis, "According to", "the man of Moscow")
    assert att.source.text == "some experts" and att.source.kind == "vague" and att.source.entity is None
    assert att.certainty == "reported"


def test_founding_article_intelligence_reports_and_belief(analysis):
    reported = find(analysis, "reported", "Moscow intervention")
    assert reported.source.text == "all US intelligence agencies" and reported.source.kind == "organization"
    stated = find(analysis, "stated", "Vladimir Putin had himself ordered it")
    assert stated.source.text == "they" and stated.source.entity == reported.source.entity  # the pronoun resolves
    believes = find(analysis, "believes", "Russia's goal")
    assert believes.source.text == "The intelligence community" and believes.source.kind == "organization"
    assert {reported.certainty, stated.certainty, believes.certainty} == {"reported"}


def test_founding_article_scholars_conditional_reading(analysis):
    att = find(analysis, "see", "if proven")
    assert att.source.text == "Scholars" and att.source.kind == "vague"
    assert att.certainty == "conditional"
    assert att.content.text.endswith("(Trump)")


def test_founding_article_denial_by_putin(analysis):
    att = find(analysis, "denied", "the existence of such a file")
    assert name(analysis, att) == "Vladimir Putin" and att.source.kind == "person"
    assert att.certainty == "denied"


def test_founding_article_events_inside_claims_take_their_attribution(analysis):
    ids = {a.id for a in analysis.attributions}
    inside = [e for e in analysis.events if e.attribution is not None]
    assert inside and all(e.attribution in ids for e in inside)
