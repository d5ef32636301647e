"""Round 83 (batch 69's kinds): a body's spokesman speaks for it; a country's press reports are its media. The
sentences are written for these tests; the spokesman is invented."""

from __future__ import annotations

import pytest

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("words", "sector"),
    [("army spokesman", "MIL"), ("police spokeswoman", "COP"), ("rebel spokesman", "REB"),
     ("military spokesman", "MIL"), ("spokesman", None), ("his spokeswoman", None)],
)  # fmt: skip
def test_round83_a_bodys_spokesman(words, sector):
    assert default_codebook().sector_ending(words) == sector


def test_round83_an_army_spokesman_named(nlp):
    text = "Congolese army spokesman Jean Mbala said on Sunday that the attackers had been driven out of Beni."
    assert codes_at(analysed(nlp, text, "2021-05-02"), "Jean Mbala") == ("COD", "MIL")


def test_round83_a_countrys_press_reports(nlp):
    text = "Rioters angered by Cambodian press reports set fire to the Thai embassy in Phnom Penh on Wednesday."
    assert codes_at(analysed(nlp, text, "2003-01-29"), "Cambodian press") == ("KHM", "MED")
