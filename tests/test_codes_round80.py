"""Round 80: the state bodies and international organisations of organisations.tsv's round-80 rows are found where
the NER leaves them out and coded by the table. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name", "codes"),
    [
        ("Roskomnadzor blocked access to two opposition websites on Tuesday, the agency said.", "2021-03-16",
         "Roskomnadzor", ("RUS", "GOV")),
        ("Protesters stormed a MONUSCO base in Goma on Wednesday, demanding that the peacekeepers leave.",
         "2022-07-27", "MONUSCO", (None, "IGO")),
        ("The Royal Ulster Constabulary said two officers were wounded in Portadown overnight.", "1996-07-08",
         "Royal Ulster Constabulary", ("GBR", "COP")),
        ("The Bundesbank raised its discount rate by half a point on Thursday, surprising the markets.",
         "1992-07-16", "Bundesbank", ("DEU", "GOV")),
    ],
)  # fmt: skip
def test_round80_a_named_state_body_or_international_organisation(nlp, text, date, name, codes):
    assert codes_at(analysed(nlp, text, date), name) == codes
