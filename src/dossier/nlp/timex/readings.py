"""What a recognised time expression means, before it is anchored: the grammar's output.

A ``Reading`` either carries a complete TIMEX3 ``value`` ("1998-08-07", "P3W", "PRESENT_REF") or the
calendar fields and relative offsets the normaliser completes from an anchor date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

DCT = "dct"  # deictic: relative to the document date ("yesterday", "last week")
REF = "ref"  # anaphoric: relative to the date the narrative last mentioned ("a year earlier", "the next day")


@dataclass(frozen=True, slots=True)
class Reading:
    type: str  # DATE TIME DURATION SET
    value: str | None = None  # complete value: nothing to anchor
    # calendar fields of a date, completed from the anchor when missing
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO weekday, for "Friday" (and the inference of the document date)
    part: str | None = None  # a part of the year: Q1..Q4, H1, H2, SP, SU, FA, WI
    holiday: str | None = None  # a holiday rule from holidays.tsv
    clock: str | None = None  # time of day appended to the date: "T10:35", "TMO", "T24:00"
    decade: int | None = None  # 199 for "the 1990s"
    century: int | None = None  # 19 for "the 20th century"
    # relative to an anchor
    unit: str | None = None  # unit of the shift (Y Q M W D WE H DE CE)
    shift: int = 0  # how many units from the anchor: -1 "last", 0 "this", +1 "next"
    grain: str | None = None  # resolution of a relative value (defaults to the unit)
    year_shift: int | None = None  # "June last year": the year relative to the anchor
    relative_to: str = DCT
    direction: int = 0  # for a weekday, month or holiday without a year: -1 past, +1 future, 0 by tense
    quarterly: bool = False  # "a year ago" / "year-earlier" in quarterly reporting: the quarter a year back
    mod: str | None = None
    fuzzy: bool = False  # "a few years ago": the value keeps only what is certain ("199X")
    check: str | None = None  # the component confirms it from the context: "year" (a bare number), "month" ("May")

    def with_(self, **changes: Any) -> Reading:
        return replace(self, **changes)

    @property
    def relative(self) -> bool:
        """Needs an anchor to become a value."""
        return self.value is None
