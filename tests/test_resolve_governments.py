"""A government named by the one who heads it ("the Obama administration") is one named actor across articles,
when its words name exactly one head of its country in the shipped ``leaders.tsv``. Hand-built analyses
(original text) stored into a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.models import Analysis, Article, Entity, Mention, Offsets
from dossier.resolve.keys import DocEntity, identify
from dossier.resolve.knowledge import Knowledge
from dossier.testing.stores import stored_mention_entities


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge.load()


def _described(name: str, country: str | None) -> DocEntity:
    return DocEntity("e1", name, "ORG", None, (), country)


def test_a_government_named_by_one_head_of_its_country_is_a_named_actor(kb: Knowledge):
    obama = identify(_described("Obama administration", "USA"), kb)
    assert obama.kind == "named" and obama.type == "ORG"
    # the same government however the article writes it, and as a name the NER tagged
    same = identify(_described("Barack Obama's administration", "USA"), kb)
    named = identify(DocEntity("e2", "Obama Administration", "ORG", None, ("Obama Administration",), "USA"), kb)
    key = {k.key for k in obama.keys}
    assert key <= {k.key for k in same.keys} and key <= {k.key for k in named.keys}
    assert identify(_described("Maduro government", "VEN"), kb).kind == "named"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bush administration", "USA"),  # two Presidents Bush: the words do not say which
        ("Scott administration", "USA"),  # a governor's, no head of state
        ("Obama administration", None),  # no country read: no head to look up
        ("last administration", "USA"),
        ("Obama administration", "KEN"),  # no head of Kenya's is called Obama
    ],
)
def test_a_government_its_words_do_not_tie_to_one_head_stays_a_description(kb: Knowledge, name, country):
    assert identify(_described(name, country), kb).kind == "generic"


@pytest.mark.parametrize("name", ["Bush administration", "Scott administration", "Castro regime"])
def test_a_government_tagged_as_a_name_that_names_no_one_head_is_no_corpus_actor(kb: Knowledge, name):
    # the NER's tagging does not decide: as a name, as described, the words name no one head of the country
    assert identify(DocEntity("e1", name, "ORG", None, (name,), "USA" if "Castro" not in name else "CUB"), kb).kind == (
        "generic"
    )


def test_an_agency_of_that_shape_names_no_head_and_keeps_its_name(kb: Knowledge):
    name = "Social Security Administration"
    assert identify(DocEntity("e1", name, "ORG", None, (name,), "USA"), kb).kind == "named"


def _analysis(article_id: str, text: str, described: str, people: tuple[str, ...] = ()) -> Analysis:
    """An article with one government described (coded USA, as the codes stage does) and the people named."""
    at = text.index(described)
    mention = Mention(at, at + len(described), described, "nominal", 0, head="administration")
    entity = Entity(id="e0", name=described.removeprefix("the "), type="ORG", mentions=[mention])
    entity.country_code = "USA"
    entities = [entity]
    for n, person in enumerate(people, 1):
        at = text.index(person)
        named = Mention(at, at + len(person), person, "name", 0)
        entities.append(Entity(id=f"e{n}", name=person, type="PERSON", mentions=[named]))
    return Analysis(article=Article(id=article_id, text=text), sentences=[Offsets(0, len(text))], entities=entities)


def test_every_articles_obama_administration_is_one_corpus_actor(tmp_path: Path):
    first = _analysis(
        "g0", "the Obama administration widened sanctions, President Obama said", "the Obama administration", ("Obama",)
    )
    second = _analysis(
        "g1", "Barack Obama said rules the Obama administration restored were cut", "the Obama administration",
        ("Barack Obama",),
    )  # fmt: skip
    bush = _analysis("g2", "Rules the Bush administration cut were restored, Bush said", "the Bush administration")
    # an article that names no Obama: its "Obama government" may be another country's, misread as American
    unnamed = _analysis("g3", "the Obama government of Malabo named a cabinet", "the Obama government")
    entities = stored_mention_entities(tmp_path / "s.db", first, second, bush, unnamed)
    assert entities[("g0", "the Obama administration")] == entities[("g1", "the Obama administration")]
    assert ("g2", "the Bush administration") not in entities  # only described: no corpus actor
    assert ("g3", "the Obama government") not in entities


def test_a_government_named_by_a_surname_another_person_of_the_article_bears_stays_a_description(tmp_path: Path):
    # "the Clinton administration" beside Hillary Clinton may be the one she would lead, not Bill Clinton's
    text = "Hillary Clinton met donors, and the Clinton administration would have to grapple with the conflicts"
    analysis = _analysis("h0", text, "the Clinton administration", ("Hillary Clinton",))
    alone = _analysis(
        "h1", "Robert Reich served in the Clinton administration, Bill Clinton said", "the Clinton administration",
        ("Bill Clinton",),
    )  # fmt: skip
    entities = stored_mention_entities(tmp_path / "s.db", analysis, alone)
    assert ("h0", "the Clinton administration") not in entities
    assert ("h1", "the Clinton administration") in entities  # Bill Clinton's, the one head of that name
