"""A country's name that opens its sentence before a verb in the past is the state acting ("Turkey reimposed visa
requirements", "The Marshall Islands filed lawsuits"), not a modifier of a noun after a participle; but a country's
goods ("U.S. refined product stocks") and its land ("Japan has limited natural resources") are not. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts


@pytest.mark.parametrize(
    ("text", "name", "acts"),
    [
        ("Turkey reimposed visa requirements on travellers from the region on Monday.", "Turkey", True),
        ("The Marshall Islands filed lawsuits at the world court on Thursday.", "Marshall Islands", True),
        ("U.S. refined product stocks rose last week, the agency said.", "U.S.", False),
        ("Japan has limited natural resources and imports most of its oil.", "Japan", False),
    ],
)  # fmt: skip
def test_a_country_opening_its_sentence(text, name, acts):
    start = text.index(name)
    assert country_acts(text, start, start + len(name)) is acts
