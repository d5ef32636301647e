"""Round 28: a country is a state acting when it is the subject of any verb in the past, of a verb after a modal,
or of a relative clause about it; not when the word after it is an adjective of it used as a modifier, a
passive's participle, or "be". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        ("Rebels shelled the port on Friday, and Norway denounced the attack as a war crime.", "Norway", True),
        ("Estonia became the alliance's newest member on Tuesday.", "Estonia", True),
        ("The storm flattened villages, and Chile flew in rescue teams within hours.", "Chile", True),
        ("A spokesman said Peru would take all necessary measures to protect its fishermen.", "Peru", True),
        ("Under the treaty, Fiji will offer residency to the islanders.", "Fiji", True),
        ("The general fled to Belarus, which granted him asylum on Sunday.", "Belarus", True),
        # an adjective of the name used as a modifier, a passive, "be", a relative clause with no act
        ("Canada refined output declined in March.", "Canada", False),
        ("Kuwait, invaded by Iraq in August, was freed in February.", "Kuwait", False),
        ("Economists said Japan would be hit hardest by the tariffs.", "Japan", False),
        ("Refugees crossed into Syria, which borders Turkey.", "Syria", False),
        ("Officials in Norway denounced the attack.", "Norway", False),
    ],
)
def test_codes_round28_a_country_that_does_anything_is_a_state_acting(text, country, acts):
    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts
