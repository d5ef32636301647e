"""A demonym before the kind of place it is of sets its sentence's scene, also with a word or two between them
("the Kenyan fishing town of Malambo", as "the Kenyan town of Malambo"): a body every country has, named there
without its country ("the Interior Ministry said"), is that country's. Original sentences through the real
pipeline."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Striking dockers seized the Kenyan fishing town of Malambo on Friday, the Interior Ministry said.", "KEN"),
        ("Striking dockers seized the Kenyan town of Malambo on Friday, the Interior Ministry said.", "KEN"),
    ],
)
def test_a_demonym_before_a_kind_of_town_sets_the_scene(nlp, text, country):
    assert _ministry(nlp, text).country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers crossed the Kenyan border at night, the Interior Ministry said.",
        "Turkish warplanes bombed villages in the mountains overnight, the Interior Ministry said.",
    ],
)
def test_a_demonym_before_a_border_or_an_attack_sets_no_scene(nlp, text):
    assert _ministry(nlp, text).country_code is None


def _ministry(nlp, text: str):
    [ministry] = [e for e in analysed(nlp, text, "1984-04-22").entities if e.name == "Interior Ministry"]
    return ministry
