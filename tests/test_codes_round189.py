"""Round 189: more peoples with a kin state (``kin_peoples.tsv``): Hungarians, Russians, Turks, Indians, Uzbeks and
others, whose word news writes as often of the kin state's nationals abroad, are read as a people where it lives
only as "ethnic ..." or "the ... minority". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.codebook import default_codebook
from dossier.codes.minorities import minority_home


def _home(text: str, words: str) -> str | None:
    start = text.index(words)
    return minority_home(text, start, start + len(words), words, default_codebook())


@pytest.mark.parametrize(
    ("text", "words", "home"),
    [
        ("Most ethnic Russians in Latvia were barred from voting in Sunday's election.", "Russians", "LVA"),
        ("Bulgarian police broke up protests by ethnic Turks in Kardzhali on Friday.", "Turks", "BGR"),
        ("Thousands of ethnic Indians marched through Kuala Lumpur on Sunday.", "Indians", "MYS"),
        ("A party of the Hungarian minority in Slovakia joined the coalition on Tuesday.", "Hungarian", "SVK"),
    ],
)  # fmt: skip
def test_round189_an_ethnic_people_where_it_lives(text, words, home):
    assert _home(text, words) == home


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Russian tourists were stranded in Riga on Monday after the airline collapsed.", "Russian tourists"),
        ("The Philippine navy detained Chinese fishermen near Scarborough Shoal on Tuesday.", "Chinese fishermen"),
    ],
)  # fmt: skip
def test_round189_nationals_abroad_stay_the_kin_states(text, words):
    assert _home(text, words) is None
