"""A people named by a demonym whose plural is its singular ("Togolese", "Congolese", "East Timorese") is its
civilians where the demonym stands as a noun, as "Angolans" are: before a verb in the past, an auxiliary, a
relative, a preposition of place or the sentence's end. Not an adjective in a list ("Chinese, Japanese and South
Korean officials"), not a demonym with a plural of its own ("Russian armoured columns"), not a side after "the",
not a language. Original sentences through the real pipeline, read as the event and eval stages read a mention."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


def _codes(nlp, text: str, words: str):
    codes = codes_at(analysed(nlp, text, "2005-04-24"), words)
    assert codes is not None, f"no mention of {words!r}"
    return codes


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        ("Togolese voted on Sunday in an election the opposition boycotted.", "Togolese", ("TGO", "CVL")),
        ("Gunmen in Dakar attacked shops on Friday after the killing of Senegalese in Mauritania.", "Senegalese",
         ("SEN", "CVL")),
        ("Aid agencies fed thousands of displaced Lebanese in Sidon on Tuesday.", "Lebanese", ("LBN", "REF")),
    ],
)  # fmt: skip
def test_an_invariant_demonym_as_a_noun_is_its_people(nlp, text, words, codes):
    assert _codes(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Envoys met Chinese, Japanese and South Korean officials in Seoul on Monday.", "Chinese"),
        ("The Chinese said on Monday that the talks in Seoul had failed.", "Chinese"),
        ("Russian armoured columns moved into the town of Gori on Tuesday.", "Russian"),
        ("The tanker that sank off Oman on Friday was Japanese.", "Japanese"),
        ("The menu in the hotel was printed in English and Chinese.", "Chinese"),
    ],
)
def test_an_adjective_a_side_or_a_demonym_with_its_own_plural_is_no_people(nlp, text, words):
    assert _codes(nlp, text, words)[1] != "CVL"
