"""Rounds 33, 34 and 38. Round 33: one who leaves an office, or offers or agrees to, holds it on the day ("agreed
late on Monday to resign as Haiti's prime minister"); a people's possessive in a body's name is whose it is, not what
("People's Consultative Assembly": LEG, not civilians); an assembly is a legislature; the companies the wires name,
from the organisations table. Round 34: more ways a country acts (a simple past before any word, an apposition
before its verb, its act as a noun before "from"); hostages are civilians; a company's officer out of office. Round
38: an international body's act on a member state, a lender's grant to a state. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts, leaving_as


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


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        # round 34: a simple past no participle shares a form with, before any word
        ("Estonia and Latvia flew paratroopers into the capital on Thursday.", "Latvia", True),
        ("Months after Chile undercut its partners, the cartel met again.", "Chile", True),
        # ... an apposition between the country and its verb
        ("Laos, its closest ally, said the test had defied the world.", "Laos", True),
        # ... the state's act as a noun before "from"
        ("The ruling drew rebukes from UNESCO and Malta.", "Malta", True),
        ("The island declared an emergency, with help from Fiji.", "Fiji", True),
        # round 38: an international body's act on a member state, and a lender's grant to a state
        ("The bloc admitted Laos and Myanmar as full members on Wednesday.", "Myanmar", True),
        ("The assembly voted to suspend Honduras over the coup.", "Honduras", True),
        ("The bank cancelled a credit to Bangladesh for the bridge.", "Bangladesh", True),
        ("The union suspended Sudan's membership.", "Sudan", False),
        ("Exports to China rose in May.", "China", False),
        # ... not what comes from a place
        ("Imports from Peru rose in March.", "Peru", False),
        ("Refugees from Mali, the war-torn country, said they were hungry.", "Mali", False),
    ],
)
def test_codes_round34_more_ways_a_country_acts(text, country, acts):
    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        # round 34: hostages are civilians
        ("Gunmen held more than 200 hostages in the theatre on Friday.", "2002-10-25", "more than 200 hostages",
         (None, "CVL")),
        # a company's office beside its one company, for one whom the dictionary gives no office on the date
        ("Madrid said on Wednesday it would take control of Bankia, two days after chairman Rodrigo Rato resigned.",
         "2012-05-09", "Rodrigo Rato", ("ESP", "BUS")),
    ],
)  # fmt: skip
def test_codes_round34_hostages_and_an_officer_out_of_office(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected
