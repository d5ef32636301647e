"""Round 146: a dependent territory with its own ISO 3166-1 code is its actors' country (the Phoenix dictionaries file
it as a region of its sovereign: "FRANCL"), and its peoples' names place them. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook, parse_code
from dossier.testing.records import analysed, codes_at


def test_round146_a_territorys_phoenix_code_is_the_territorys():
    book = default_codebook()
    assert parse_code("FRANCL", book.countries) == ("NCL", None)
    assert parse_code("GBRGIBGOV", book.countries) == ("GIB", "GOV")
    # a sovereign state after another's code is not read so: only dependent territories are
    assert parse_code("ETHERI", book.countries)[0] == "ETH"


def test_round146_a_territorys_people_and_place(nlp):
    text = (
        "Kanak separatists burned a police post near Thio on Sunday, and the territorial congress in New Caledonia "
        "called for talks."
    )
    analysis = analysed(nlp, text, "1985-01-13")
    assert codes_at(analysis, "Kanak separatists")[0] == "NCL"
    assert codes_at(analysis, "New Caledonia")[0] == "NCL"
