"""Inferring the document date from the clues the text gives."""

from __future__ import annotations

from datetime import date

from dossier.nlp.timex.docdate import Clue, infer_document_date
from dossier.nlp.timex.readings import Reading


def clue(text: str, tense: int = -1, forward: bool = False, dateline: bool = False, **fields) -> Clue:
    return Clue(text, Reading("DATE", **fields), tense, forward, dateline)


def test_timex_docdate_dateline_wins():
    inferred, anchor = infer_document_date(
        [
            clue("this Friday, July 7", forward=True, month=7, day=7, weekday=5),
            clue("1999", year=1999),
            clue("March 5, 2025", dateline=True, year=2025, month=3, day=5),
        ]
    )
    assert inferred.value == "2025-03-05" and anchor.date == date(2025, 3, 5) and anchor.grain == "D"


def test_timex_docdate_weekday_and_date_fix_the_year_after_the_years_looked_back_on():
    inferred, anchor = infer_document_date(
        [
            clue("2015", year=2015),
            clue("this Friday, July 7", tense=1, forward=True, month=7, day=7, weekday=5),
        ]
    )
    assert inferred.value == "2017-W27" and anchor.grain == "W"
    assert "before" in inferred.basis


def test_timex_docdate_needs_a_year_to_fix_a_weekday():
    assert infer_document_date([clue("Friday, July 7", month=7, day=7, weekday=5)]) == (None, None)


def test_timex_docdate_past_dated_events_bound_it_from_below():
    inferred, anchor = infer_document_date(
        [
            clue("May 2, 2019", year=2019, month=5, day=2),
            clue("March 3, 2024", year=2024, month=3, day=3),
            clue("June 1, 2030", tense=1, year=2030, month=6, day=1),  # a future deadline is no bound
        ]
    )
    assert inferred.value == "2024-03-03" and anchor is None


def test_timex_docdate_nothing_to_go_on():
    assert infer_document_date([clue("last week", unit="W", shift=-1)]) == (None, None)
