"""Round 42: occupations an apposition or a title names that the Phoenix agents dictionary lacks (dossier's
``agents.tsv``): clergy by Protestant titles, the press's photographers and camera crews, paramedics, bankers,
vendors and maids. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, mention_holder


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Thousands stayed home on Wednesday in a strike backed by Tendai Moyo, a Bulawayo pastor whose campaign "
         "has tapped anger over unpaid wages.", "Tendai Moyo", "REL"),
        ("The body of Ramon Ibarra, a photographer for the weekly Semana Sur, was found near Rosario on Saturday.",
         "Ramon Ibarra", "MED"),
        ("Our group raised $1 million from Carl Dawes, an Arkansas investment banker, on Monday.", "Carl Dawes",
         "BUS"),
    ],
)  # fmt: skip
def test_round42_an_occupation_in_apposition_gives_the_sector(nlp, text, mention, expected):
    ent = mention_holder(analysed(nlp, text, "2016-07-06"), mention)
    assert ent is not None, mention
    assert ent.sector == expected
