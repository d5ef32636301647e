"""Across articles, a care institution named with other words for its kind ("Harwick Treatment Center",
"Harwick Recovery Center"): hand-built analyses (original text) stored into a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from dossier.models import Analysis
from dossier.resolve.keys import institution_stem
from dossier.testing.records import tagged_analysis
from dossier.testing.stores import stored_mention_entities

PEOPLE = [("Mara Quill", "PERSON"), ("Dov Ansel", "PERSON")]


def _stored(tmp_path: Path, *analyses: Analysis) -> dict[tuple[str, str], int]:
    return stored_mention_entities(tmp_path / "s.db", *analyses)


def test_institution_stems():
    assert institution_stem("Harwick Treatment Center") == "harwick"
    assert institution_stem("Harwick Recovery Center in Palm Springs") == "harwick"
    assert institution_stem("the Harwick Clinic, California") == "harwick"
    assert institution_stem("Betty Ford Center") == "betty ford"
    assert institution_stem("Regional Medical Center") is None  # any region's
    assert institution_stem("Boston Medical Center") is None  # a city's
    assert institution_stem("Children's Hospital") is None
    assert institution_stem("Harwick Foundation") is None  # no care institution's word
    assert institution_stem("Langley Research Center") is None  # a centre that gives no care
    assert institution_stem("Miami Detention Center") is None


def test_a_clinic_named_two_ways_is_one_where_the_articles_share_its_people(tmp_path: Path):
    first = tagged_analysis(
        "r1",
        "Mara Quill entered the Harwick Treatment Center on Monday, Dov Ansel said.",
        [("Harwick Treatment Center", "ORG"), *PEOPLE],
    )
    second = tagged_analysis(
        "r2",
        "Dov Ansel said Mara Quill left the Harwick Recovery Center in Palm Springs.",
        [("Harwick Recovery Center in Palm Springs", "ORG"), *PEOPLE],
    )
    elsewhere = tagged_analysis(
        "r3",
        "The Harwick Clinic opened a wing. Teo Brandt cut the ribbon.",
        [("Harwick Clinic", "ORG"), ("Teo Brandt", "PERSON")],
    )
    entities = _stored(tmp_path, first, second, elsewhere)
    assert entities[("r2", "Harwick Recovery Center in Palm Springs")] == entities[("r1", "Harwick Treatment Center")]
    # an article that shares no actor with it keeps its clinic apart: another town may have its own
    assert entities[("r3", "Harwick Clinic")] != entities[("r1", "Harwick Treatment Center")]


def test_a_bodys_name_in_another_word_order_is_the_same_body(tmp_path: Path):
    first = tagged_analysis(
        "w1",
        "The Supreme Council for Wages and Pensions met Mara Quill and Dov Ansel on Monday.",
        [("Supreme Council for Wages and Pensions", "ORG"), *PEOPLE],
    )
    second = tagged_analysis(
        "w2",
        "The Supreme Wage and Pension Council said Dov Ansel would replace Mara Quill.",
        [("Supreme Wage and Pension Council", "ORG"), *PEOPLE],
    )
    # three words in another order may be another body: the UN's "Commission on Human Rights" is not a
    # country's "Human Rights Commission"
    un = tagged_analysis("w3", "The Commission on Human Rights met in Geneva.", [("Commission on Human Rights", "ORG")])
    national = tagged_analysis(
        "w4", "The Human Rights Commission of Lakeland met.", [("Human Rights Commission", "ORG")]
    )
    entities = _stored(tmp_path, first, second, un, national)
    assert (
        entities[("w2", "Supreme Wage and Pension Council")]
        == entities[("w1", "Supreme Council for Wages and Pensions")]
    )
    assert entities[("w4", "Human Rights Commission")] != entities[("w3", "Commission on Human Rights")]


def test_names_in_another_word_order_join_only_where_the_articles_share_actors(tmp_path: Path):
    suny = tagged_analysis(
        "u1",
        "The State University of New York raised fees, Mara Quill said.",
        [("State University of New York", "ORG"), ("Mara Quill", "PERSON")],
    )
    regents = tagged_analysis(
        "u2",
        "The University of the State of New York licensed Teo Brandt.",
        [("University of the State of New York", "ORG"), ("Teo Brandt", "PERSON")],
    )
    entities = _stored(tmp_path, suny, regents)
    assert entities[("u2", "University of the State of New York")] != entities[("u1", "State University of New York")]
