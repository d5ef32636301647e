"""A union as a description's head is labour (LAB): "Italy's biggest union, the CGIL", "Colombia's largest union
federation, the CUT" (a description set off before the name), "their union, led by X"; not a name's word ("Patriotic
Union", "European Union envoy"), nor the unions of states, money or trade ("a customs union"), and a students' or
farmers' union is of its members' kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Italy's biggest union, the CGIL, led a general strike on Friday over pension cuts.", "CGIL", "ITA"),
        ("Colombia's largest union federation, the CUT, led a national strike against the tax reform.", "CUT", "COL"),
    ],
)  # fmt: skip
def test_a_union_described_before_its_name_is_labour(nlp, text, name, country):
    assert codes_at(analysed(nlp, text, "2021-04-28"), name) == (country, "LAB")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("the postal union", "LAB"),
        ("the national students' union", "EDU"),
        ("a farmers' union", "AGR"),
        ("a customs union", None),
        ("the European Union", None),
        ("Patriotic Union", None),
    ],
)  # fmt: skip
def test_which_unions_are_labour(phrase, sector):
    found = default_codebook().sector_in(phrase)
    assert (found[0] if found else None) == sector


def test_an_envoy_of_the_european_union_is_no_unions(nlp):
    text = "Montenegrin voters backed independence in Sunday's vote, European Union envoy Miroslav Lajcak said."
    assert codes_at(analysed(nlp, text, "2006-05-22"), "Miroslav Lajcak")[1] != "LAB"
