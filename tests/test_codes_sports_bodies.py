"""A country's body of a sport is a non-governmental organisation (NGO), as the gold codes FIFA's members, and so is
the person at its head; a state's treasury is its finance ministry (GOV). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        ("The IAAF kept Russia's athletics federation suspended on Friday over state-backed doping.", "2016-06-17",
         "Russia's athletics federation", ("RUS", "NGO")),
        ("Wrestlers ended their protest against Brij Bhushan Sharan Singh, the head of the wrestling federation, "
         "in New Delhi.", "2023-05-28", "Brij Bhushan Sharan Singh", ("IND", "NGO")),
        ("Prime Minister Bob Hawke floated the dollar over the objections of John Stone, the head of the Treasury.",
         "1983-12-09", "John Stone", ("AUS", "GOV")),
    ],
)  # fmt: skip
def test_sports_bodies_and_a_treasury(nlp, text, date, words, expected):
    assert codes_at(analysed(nlp, text, date), words) == expected
