"""The Holy See is a state and a church: with another state (envoys, embassies, accords, diplomatic relations) it
is the state's government (CAMEO's VATGOV); in the Church's own affairs it is the Church's (REL). Original
sentences through the real pipeline, coded on their dates."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


def _codes_of(nlp, text: str, date: str, words: str) -> tuple[str | None, str | None] | None:
    # as the events and the eval read a mention: "the Vatican said" is the Church's
    return codes_at(analysed(nlp, text, date), words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Vatican named a new ambassador to Mexico on Tuesday, the foreign ministry in Mexico City said.",
            "Vatican",
        ),
        ("Vietnam and the Holy See signed an accord on Monday opening the way to full diplomatic ties.", "Holy See"),
    ],
)
def test_the_holy_see_with_another_state_is_a_government(nlp, text, words):
    assert _codes_of(nlp, text, "2023-07-25", words) == ("VAT", "GOV")


def test_the_holy_see_in_church_affairs_is_the_church(nlp):
    text = "The Vatican said on Thursday it had removed the bishop of a Paraguayan diocese after an inquiry."
    assert _codes_of(nlp, text, "2014-09-25", "Vatican") == ("VAT", "REL")
