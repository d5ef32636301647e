"""The scene fallback of the codes stage: a named person or organisation that nothing else places takes the
country of its sentence, paragraph or article, as the least trusted source (evidence "scene"). The
articles are written for these tests."""

from __future__ import annotations

import pytest

from dossier.analysis import analyze_articles
from dossier.codes.actors import _international, _listed_company
from dossier.models import Article, Entity, Mention

BUSES = (
    "Cleveland approves a new bus plan\n\n"
    "The city council of Cleveland, Ohio, approved a new bus plan on Monday after two years of debate.\n\n"
    "Riders in Ohio have waited a long time for the change, and officials in Columbus said the state would help "
    "pay for the new buses.\n\n"
    '"We finally have a plan that works," said Dana Whitcombe, who runs a bakery near the main depot.\n\n'
    '"Buses like these have run in France for years," said Pierre Vaudrey, a visiting engineer from Lyon.\n'
)
FLOOD = "Flood water closed roads across Bavaria on Sunday, and Lena Morrow said her shop in Passau would stay shut."


def entity(nlp, text: str, name: str) -> Entity:
    [analysis] = list(analyze_articles(nlp, [Article("scene", text, published="2019-05-06")], max_chars=10_000))
    return next(e for e in analysis.entities if e.name == name)


@pytest.fixture(scope="module")
def buses(nlp):
    return lambda name: entity(nlp, BUSES, name)


def test_codes_scene_gives_the_article_country_with_its_evidence(buses):
    dana = buses("Dana Whitcombe")
    assert dana.country_code == "USA" and dana.sector is None
    ev = dana.codes[0].evidence
    assert (ev.source, ev.entry, ev.text) == ("scene", "article", "Cleveland")  # where the article first says so
    assert BUSES[ev.start : ev.end] == "Cleveland"


def test_codes_scene_says_nothing_when_the_sentence_names_another_country(buses):
    pierre = buses("Pierre Vaudrey")  # "in France", "from Lyon" in an article set in Ohio
    assert pierre.country_code is None
    assert not any(c.evidence.source == "scene" for c in pierre.codes)


def test_codes_scene_of_the_sentence(nlp):
    lena = entity(nlp, FLOOD, "Lena Morrow")
    assert lena.country_code == "DEU"
    ev = lena.codes[0].evidence
    assert ev.source == "scene" and ev.entry == "sentence" and ev.text in ("Bavaria", "Passau")


def test_codes_scene_leaves_companies_and_international_names_alone():
    text = "Shares of Brightwater Ltd rose, and Kestrel Foods <KSTF.N> fell."

    def named(name: str) -> Mention:
        return Mention(text.index(name), text.index(name) + len(name), name, "name", 0)

    ltd, ticker, plain = named("Brightwater Ltd"), named("Kestrel Foods"), named("Shares")
    assert _listed_company(text, [ltd]) and _listed_company(text, [ticker]) and not _listed_company(text, [plain])
    coffee = Entity("e1", "Inter-African Coffee Organization", "ORG")
    assert _international(coffee, []) and not _international(Entity("e2", "Cleveland Transit Board", "ORG"), [])
