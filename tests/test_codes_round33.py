"""Round 33: one who leaves an office, or offers or agrees to, holds it on the day ("agreed late on Monday to resign as
Haiti's prime minister"); a people's possessive in a body's name is whose it is, not what ("People's Consultative
Assembly": LEG, not civilians); an assembly is a legislature; the companies the wires name, from the organisations
table. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import leaving_as


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        # the office's own description, coded by its words, is the leaver's on the day
        ("Henri Dorval agreed late on Monday to resign as Haiti's prime minister, the regional bloc said.",
         "2024-03-11", "Henri Dorval", ("HTI", "GOV")),
        ("Lena Marsh resigned on Friday as chief executive of the bank after the losses came to light.",
         "2015-09-25", "Lena Marsh", (None, "BUS")),
        # a company the wires name, from the organisations table: its home, whatever the scene
        ("Creditors in London said on Tuesday that Landsbanki owed them 4 billion pounds.", "2008-10-14",
         "Landsbanki", ("ISL", "BUS")),
        ("Workers at the Bofors plant walked out on Monday.", "1987-04-20", "Bofors", ("SWE", "BUS")),
        # a people's body by its possessive: what it is, by its head
        ("Malvania's People's Consultative Assembly voted on Monday to dismiss the president.", "2001-07-23",
         "People's Consultative Assembly", (None, "LEG")),
    ],
)  # fmt: skip
def test_codes_round33_an_office_left_and_a_peoples_body(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Henri Dorval agreed late on Monday to resign as Haiti's prime minister.", "Haiti's prime minister."),
        ("Henri Dorval will step down as chairman in May.", "chairman in May."),
        ("Henri Dorval resigned as chief executive.", "chief executive."),
        # the clause ends before any leaving: another's, or none
        ("Henri Dorval, whose deputy resigned as treasurer, stayed.", None),
        ("Henri Dorval said on Monday that the board would meet.", None),
    ],
)
def test_codes_round33_where_the_office_left_begins(text, office):
    at = leaving_as(text, len("Henri Dorval"))
    assert (text[at:] if at is not None else None) == office
