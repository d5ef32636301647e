"""Private people by where they were, what befell them or what they hold ("killing 15 diners", "thousands of
policyholders", "treated dozens of patients", "two choirboys") are an actor when counted or told of, as
"passengers" are, and civilians (CVL); the same nouns in general are no actor ("patients deserve better care").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, held_codes


@pytest.mark.parametrize(
    ("text", "date", "words", "country"),
    [
        ("A suicide bomber blew himself up in a cafe in central Jerusalem on Thursday, killing 15 diners.",
         "2001-08-09", "15 diners", "ISR"),
        ("The Australian insurer collapsed on Thursday, leaving thousands of policyholders without cover.",
         "2001-03-15", "thousands of policyholders", "AUS"),
        ("Doctors at the hospital in Saint-Marc treated dozens of patients lying on floors in Haiti.",
         "2010-10-22", "dozens of patients", "HTI"),
        ("A court in Melbourne found the cardinal guilty of abusing two choirboys in Australia in the 1990s.",
         "2019-02-26", "two choirboys", "AUS"),
    ],
)  # fmt: skip
def test_private_people_counted_or_told_of_are_civilians(nlp, text, date, words, country):
    assert held_codes(analysed(nlp, text, date), words) == (country, "CVL")


def test_such_people_in_general_are_no_actor(nlp):
    analysis = analysed(nlp, "Patients deserve better care, the minister said in a speech.", "2020-01-01")
    assert held_codes(analysis, "Patients") is None
