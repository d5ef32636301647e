"""Infer when an article was written when the input does not say.

Clues, strongest first:
0. a dateline: a full date opening the article ("BRASÍLIA, March 5, 2025 — ...").
1. a weekday given together with a day and month ("this Friday, July 7") fixes the year among the
   years the article mentions: the one where that day falls on that weekday. "this Friday" (or a
   future tense) puts the article in the days before that date; a past tense in the days after.
2. explicit dated events ("on March 3, 2017, ...") bound it from below: the article is not older
   than the latest of them. That is reported, but too loose to anchor "yesterday" or "On April 6".
Without a clue nothing is inferred and relative expressions stay unanchored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.models import PublishedInferred
from dossier.nlp.timex.normalise import Anchor
from dossier.nlp.timex.readings import Reading
from dossier.timevalues import valid_date, week_value


@dataclass(frozen=True, slots=True)
class Clue:
    """A recognised expression as the inference sees it."""

    text: str
    reading: Reading
    tense: int  # of its clause: -1 past, 0 present, +1 future
    forward: bool  # says "this", "next" or "coming" ("this Friday, July 7")
    dateline: bool = False  # opens the article like "BRASÍLIA, March 5, 2025 —"


def _years_mentioned(clues: Sequence[Clue]) -> list[int]:
    return sorted({c.reading.year for c in clues if c.reading.year is not None})


def _day_of(r: Reading) -> date | None:
    if r.year is not None and r.month is not None and r.day is not None and valid_date(r.year, r.month, r.day):
        return date(r.year, r.month, r.day)
    return None


def infer_document_date(clues: Sequence[Clue]) -> tuple[PublishedInferred | None, Anchor | None]:
    """The inferred date (with its basis) and the anchor it gives relative expressions, if any."""
    for clue in clues:
        day = _day_of(clue.reading)
        if clue.dateline and day is not None:
            return PublishedInferred(value=day.isoformat(), basis=f"dateline {clue.text!r}"), Anchor(day, "D")
    years = _years_mentioned(clues)
    past_days = [d for c in clues if c.tense < 0 and (d := _day_of(c.reading)) is not None]
    floor = max(past_days) if past_days else None
    # forward clues first: "this Friday, July 7" dates the article better than "on Friday, June 2"
    for clue in sorted(clues, key=lambda c: not c.forward):
        r = clue.reading
        if r.weekday is None or r.month is None or r.day is None or r.year is not None or not years:
            continue
        # The article is written after the years it looks back on: the first fitting year from the
        # latest of them (a weekday and date repeat every 5 to 11 years, so the window is 12 years).
        looked_back = [c.reading.year for c in clues if c.reading.year is not None and c.tense <= 0] or years
        lo = max(max(looked_back) - 1, floor.year if floor else 0)
        fits = [
            y
            for y in range(lo, lo + 12)
            if valid_date(y, r.month, r.day) and date(y, r.month, r.day).isoweekday() == r.weekday
        ]
        if floor is not None:
            fits = [y for y in fits if date(y, r.month, r.day) >= floor]
        if not fits:
            continue
        year = fits[0]
        day = date(year, r.month, r.day)
        ahead = clue.forward or clue.tense > 0
        when = "in the days before it" if ahead else "in the days after it"
        basis = (
            f"{clue.text!r} falls on that weekday in {year}, the first such year from {lo} "
            f"(years mentioned: {', '.join(map(str, years))}); the article was written {when}"
        )
        # The week of that date: precise enough for "On April 6" or "last week", not for "yesterday".
        return PublishedInferred(value=week_value(day), basis=basis), Anchor(day, "W")
    if floor is not None:
        basis = f"not before {floor.isoformat()}: the latest dated event the article reports"
        return PublishedInferred(value=floor.isoformat(), basis=basis), None
    return None, None
