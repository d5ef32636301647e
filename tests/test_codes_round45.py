"""Round 45: lay believers are civilians (pilgrims, worshippers, believers), as a crowd at prayer or on a
pilgrimage is one of the people; clergy and religious bodies stay REL. The phrases are written for this test."""

from __future__ import annotations

import pytest

from dossier.codes.actors import default_codebook


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("thousands of Valdorian pilgrims", "CVL"),
        ("worshippers at the mosque", "CVL"),
        ("the believers", "CVL"),
        ("a Catholic priest", "REL"),
        ("the Anglican bishop", "REL"),
    ],
)
def test_round45_lay_believers_are_civilians_clergy_religious(phrase, expected):
    hit = default_codebook().sector_in(phrase)
    assert hit is not None and hit[0] == expected
