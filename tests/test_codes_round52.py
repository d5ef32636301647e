"""Round 52: the last resort for an actor nothing else placed is the one country its sentence names as a
country (by its name, a demonym before a group, or an actor placed there), unless a town of another country
sets it; gatherings, refugees, international officials, companies as a group and peoples named alone are left
out. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at

ANY = object()  # not what the round is about


@pytest.mark.parametrize(
    ("text", "date", "span", "expected"),
    [
        # a demonym before the officials who speak for the state
        ("Separatist rebels ambushed an army convoy in the hills on Friday, killing nine soldiers, Indonesian "
         "officials said.", "2011-03-04", "Separatist rebels", ("IDN", "REB")),
        # a named person no record knows, beside a group of the one country
        ("Grace Mwangi, a nurse at the district hospital, said Kenyan doctors would stay on strike until their "
         "pay was raised.", "2016-08-22", "Grace Mwangi", ("KEN", "HLH")),
        # through an actor its words place
        ("Top managers had hidden the losses for seven years, Japan's financial regulator said on Tuesday.",
         "2012-05-08", "Top managers", ("JPN", ANY)),
    ],
)  # fmt: skip
def test_round52_an_unplaced_actor_takes_the_one_country_its_sentence_names(nlp, text, date, span, expected):
    analysis = analysed(nlp, text, date)
    codes = codes_at(analysis, span)
    assert codes is not None and all(want is ANY or got == want for got, want in zip(codes, expected))
    # the code says where it came from: the words that name the country lie within its offsets (which span the
    # sector's words too when another source gave the sector)
    start = text.index(span)
    evidence = [
        c.evidence
        for e in analysis.entities
        if any(m.start < start + len(span) and start < m.end for m in e.mentions)
        for c in e.codes
        if c.evidence.entry == "sentence's country"
    ]
    assert evidence and all(ev.text.split("; ")[0] in text[ev.start : ev.end] for ev in evidence)


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        # refugees are of the country they fled, not the one they reach
        ("Hundreds of refugees crossed into Hungary on Sunday after walking for two days along the railway "
         "line.", "2015-09-06", "Hundreds of refugees"),
        # an international body's official is of no country
        ("UN envoy Pieter Mol met Sudanese ministers in Khartoum on Friday to discuss the ceasefire.",
         "2012-02-10", "Pieter Mol"),
        # two countries named: neither
        ("Lucia Ferreyra said on Tuesday that Brazil and Argentina would sign the trade pact within a month.",
         "2019-05-14", "Lucia Ferreyra"),
        # a faith named alone is of no one country
        ("Muslims across the city celebrated the end of Ramadan on Thursday, Egyptian officials said.",
         "2013-08-08", "Muslims"),
        # companies as a group trade across borders: the borrower is not their country
        ("The banks agreed on Monday to lend Argentina another two billion dollars over three years.",
         "1989-03-15", "The banks"),
        # a sentence set in a town of another country names no one country (the rebels are invented: a group
        # the tables know, such as Renamo, places its leader)
        ("President Jonas Ebo and Marcel Tavu, the leader of the Northern Front rebels, signed a peace "
         "accord in Rome on Sunday ending Ghana's civil war.", "1992-10-04", "Marcel Tavu"),
        # a summit's place is where guests went
        ("General Kofi Mensah announced on the radio that he had seized power while President Jonas Ebo was at "
         "a regional summit in Tanzania.", "2015-05-13", "Kofi Mensah"),
    ],
)  # fmt: skip
def test_round52_no_country_where_the_sentence_does_not_say_it(nlp, text, date, span):
    analysis = analysed(nlp, text, date)
    codes = codes_at(analysis, span)
    assert codes is not None and codes[0] is None
