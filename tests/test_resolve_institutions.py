"""Across articles, a care institution named with other words for its kind ("Harwick Treatment Center",
"Harwick Recovery Center"): hand-built analyses (original text) stored into a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a care institution named with other words for its kind
        (
            ("Harwick Treatment Center", "Mara Quill entered the Harwick Treatment Center on Monday, Dov Ansel said."),
            (
                "Harwick Recovery Center in Palm Springs",
                "Dov Ansel said Mara Quill left the Harwick Recovery Center in Palm Springs.",
            ),
        ),
        # a body's name in another word order
        (
            (
                "Supreme Council for Wages and Pensions",
                "The Supreme Council for Wages and Pensions met Mara Quill and Dov Ansel on Monday.",
            ),
            (
                "Supreme Wage and Pension Council",
                "The Supreme Wage and Pension Council said Dov Ansel would replace Mara Quill.",
            ),
        ),
    ],
)
def test_an_organisation_named_two_ways_is_one_where_the_articles_share_its_people(tmp_path: Path, first, second):
    analyses = [
        tagged_analysis(f"j{n}", text, [(name, "ORG"), *PEOPLE]) for n, (name, text) in enumerate((first, second))
    ]
    entities = _stored(tmp_path, *analyses)
    assert entities[("j1", second[0])] == entities[("j0", first[0])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another town's clinic: an article that shares no actor with it keeps it apart
        (
            ("Harwick Treatment Center", "Mara Quill entered the Harwick Treatment Center on Monday, Dov Ansel said."),
            ("Harwick Clinic", "The Harwick Clinic opened a wing. Teo Brandt cut the ribbon."),
        ),
        # three words in another order may be another body: the UN's "Commission on Human Rights" is not a
        # country's "Human Rights Commission"
        (
            ("Commission on Human Rights", "The Commission on Human Rights met in Geneva."),
            ("Human Rights Commission", "The Human Rights Commission of Lakeland met."),
        ),
        # the same words without shared actors: the State University of New York is not the state's board
        (
            ("State University of New York", "The State University of New York raised fees, Mara Quill said."),
            ("University of the State of New York", "The University of the State of New York licensed Teo Brandt."),
        ),
    ],
)
def test_an_organisation_named_alike_stays_apart_without_shared_people(tmp_path: Path, first, second):
    analyses = [
        tagged_analysis(f"k{n}", text, [(name, "ORG"), *((p, "PERSON") for p in _people(text))])
        for n, (name, text) in enumerate((first, second))
    ]
    entities = _stored(tmp_path, *analyses)
    assert entities[("k1", second[0])] != entities[("k0", first[0])]


def _people(text: str) -> list[str]:
    return [p for p in ("Mara Quill", "Dov Ansel", "Teo Brandt") if p in text]
