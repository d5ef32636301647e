"""The founding article (../shared/corpus): every actor with its type; one entity per leader, no merges."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analysis(founding_article, entities_nlp):
    from dossier.api import analyze_text

    return analyze_text(founding_article, nlp=entities_nlp)


def find(analysis, name):
    hits = [e for e in analysis.entities if e.name == name]
    assert len(hits) == 1, f"{name}: {[(e.name, e.type) for e in analysis.entities]}"
    return hits[0]


EXPECTED = {
    "Donald Trump": "PERSON",
    "Vladimir Putin": "PERSON",
    "HR McMaster": "PERSON",
    "Hillary Clinton": "PERSON",
    "Rex Tillerson": "PERSON",
    "Michael Flynn": "PERSON",
    "Carter Page": "PERSON",
    "FBI": "ORG",
    "Exxon Mobil": "ORG",
    "FSB": "ORG",
    "Syrian Army": "ORG",
    "Russia": "GPE",
    "United States": "GPE",
    "Syria": "GPE",
    "Hamburg": "GPE",
    "Khan Shaykhun": "GPE",
}


@pytest.mark.parametrize("name,etype", sorted(EXPECTED.items()))
def test_founding_article_actor_found_with_type(analysis, name, etype):
    assert find(analysis, name).type == etype


def test_founding_article_trump_is_one_entity(analysis):
    trump = find(analysis, "Donald Trump")
    texts = {m.text for m in trump.mentions}
    assert {"Donald Trump", "Trump", "the US president", "his American counterpart"} <= texts
    assert {"he", "He", "himself"} & texts
    assert "President" in [r.label for r in trump.roles]


def test_founding_article_putin_is_one_entity(analysis):
    putin = find(analysis, "Vladimir Putin")
    texts = {m.text for m in putin.mentions}
    assert {"Vladimir Putin", "Putin", "the Russian president", "his Russian counterpart"} <= texts
    assert "former director of the FSB" in [r.label for r in putin.roles]
    assert {"he", "himself"} & texts


def test_founding_article_no_merge_of_different_people(analysis):
    people = [e for e in analysis.entities if e.type == "PERSON"]
    surnames = {"Trump", "Putin", "McMaster", "Clinton", "Tillerson", "Flynn", "Page"}
    for ent in people:
        named = {w for m in ent.mentions if m.kind == "name" for w in m.text.split()} & surnames
        assert len(named) <= 1, f"{ent.name} merges {named}"
    trump = find(analysis, "Donald Trump")
    assert not any(m.text in {"the Russian president", "his Russian counterpart"} for m in trump.mentions)


def test_founding_article_moscow_as_actor_is_russia(analysis):
    russia = find(analysis, "Russia")
    assert "Moscow" in {m.text for m in russia.mentions}
    assert "Russian" in {m.text for m in russia.mentions}
