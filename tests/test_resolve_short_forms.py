"""Across articles, an organisation named with the place it opens with and without it (dossier.resolve.resolver:
``_short_forms``): hand-built analyses (original text) stored through the store half of ingest into a real
SQLite store."""

from __future__ import annotations

from pathlib import Path

from dossier.models import Analysis
from dossier.resolve.keys import short_form
from dossier.testing.records import tagged_analysis
from dossier.testing.stores import stored_mention_entities


def _stored(tmp_path: Path, *analyses: Analysis) -> dict[tuple[str, str], int]:
    return stored_mention_entities(tmp_path / "s.db", *analyses)


PEOPLE = [("Lena Brask", "PERSON"), ("Jon Vale", "PERSON")]


def test_short_forms_of_place_prefixed_names():
    assert short_form("Denver Comets") == "comets"
    assert short_form("Fresno Night Owls") == "night owls"
    assert short_form("Fresno Post") is None  # one singular word: any paper's
    assert short_form("Fresno Times") is None  # a word organisations are named with
    assert short_form("Fresno Democratic Party") is None  # a kind every place has
    assert short_form("George Harlow College") is None  # "George" opens it as a given name, not as a place


def test_a_short_name_joins_the_one_place_prefixed_name_whose_article_shares_its_actors(tmp_path: Path):
    long = tagged_analysis(
        "a1",
        "The Fresno Night Owls signed Jon Vale. Lena Brask, the coach, was pleased.",
        [("Fresno Night Owls", "ORG"), *PEOPLE],
    )
    short = tagged_analysis("a2", "The Night Owls lost. Lena Brask blamed Jon Vale.", [("Night Owls", "ORG"), *PEOPLE])
    alone = tagged_analysis("a3", "The Night Owls won a quiz. Marta Ivers set the questions.", [("Night Owls", "ORG")])
    entities = _stored(tmp_path, long, short, alone)
    assert entities[("a2", "Night Owls")] == entities[("a1", "Fresno Night Owls")]
    assert entities[("a3", "Night Owls")] != entities[("a1", "Fresno Night Owls")]  # no shared actors


def test_a_place_prefixed_name_joins_the_one_entity_named_by_its_short_form(tmp_path: Path):
    short = tagged_analysis(
        "b1", "The Comets beat the Raiders. Lena Brask praised Jon Vale.", [("Comets", "ORG"), *PEOPLE]
    )
    long = tagged_analysis(
        "b2", "The Denver Comets kept Jon Vale. Lena Brask agreed.", [("Denver Comets", "ORG"), *PEOPLE]
    )
    entities = _stored(tmp_path, short, long)
    assert entities[("b2", "Denver Comets")] == entities[("b1", "Comets")]


def test_a_short_form_two_place_prefixed_names_give_joins_neither(tmp_path: Path):
    denver = tagged_analysis(
        "c1", "The Denver Comets signed Jon Vale. Lena Brask agreed.", [("Denver Comets", "ORG"), *PEOPLE]
    )
    tulsa = tagged_analysis(
        "c2", "The Tulsa Comets tried to sign Jon Vale. Lena Brask refused.", [("Tulsa Comets", "ORG"), *PEOPLE]
    )
    short = tagged_analysis("c3", "The Comets lost. Lena Brask blamed Jon Vale.", [("Comets", "ORG"), *PEOPLE])
    entities = _stored(tmp_path, denver, tulsa, short)
    assert entities[("c1", "Denver Comets")] != entities[("c2", "Tulsa Comets")]
    assert entities[("c3", "Comets")] not in {entities[("c1", "Denver Comets")], entities[("c2", "Tulsa Comets")]}


def test_a_singular_short_form_joins_nothing(tmp_path: Path):
    long = tagged_analysis(
        "d1", "The Fresno Post interviewed Jon Vale. Lena Brask declined.", [("Fresno Post", "ORG"), *PEOPLE]
    )
    short = tagged_analysis("d2", "The Post reported that Lena Brask met Jon Vale.", [("Post", "ORG"), *PEOPLE])
    entities = _stored(tmp_path, long, short)
    assert entities[("d2", "Post")] != entities[("d1", "Fresno Post")]
