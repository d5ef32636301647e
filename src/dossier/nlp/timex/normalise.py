"""Turn a ``Reading`` into a TIMEX3 value, anchored to the document date or to the narrative's last date.

An anchor knows its resolution: a document date inferred only to the week cannot resolve "yesterday".
Whatever cannot be resolved stays unanchored ("XXXX-04-06") or, when even that would mislead, None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.nlp.timex.readings import REF, Reading
from dossier.timevalues import (
    at_grain,
    holiday_date,
    parse_date,
    quarter_of,
    valid_date,
    weekday_near,
)
from dossier.timevalues import (
    shift as shift_date,
)

GRAIN_RANK = {"D": 0, "WE": 1, "W": 1, "FN": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Anchor:
    """A date and how precisely it is known (D day, W week, M month, Y year)."""

    date: date
    grain: str = "D"

    @property
    def value(self) -> str:
        return at_grain(self.date, self.grain)

    @classmethod
    def from_value(cls, value: str | None) -> Anchor | None:
        """An anchor from a TIMEX3 date value ("2017-07-07", "2017-07", "2017", "2017-W27", "2017-Q3")."""
        if not value:
            return None
        day = parse_date(value)
        if day is not None:
            return cls(day, "D")
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if m:
            try:
                return cls(date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), "W")
            except ValueError:
                return None
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m and valid_date(int(m.group(1)), int(m.group(2)), 1):
            return cls(date(int(m.group(1)), int(m.group(2)), 1), "M")
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            return cls(date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1), "Q")
        m = re.fullmatch(r"(\d{4})", value)
        if m and valid_date(int(m.group(1)), 1, 1):
            return cls(date(int(m.group(1)), 1, 1), "Y")
        return None


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative expression can be resolved against."""

    dct: Anchor | None  # the document date
    ref: Anchor | None  # the date the narrative last mentioned; None before the first one
    ref_exact: bool = False  # that date was written out ("Aug. 12, 1989"), not just a weekday or "yesterday"
    quarter: str | None = None  # the reporting quarter in recent sentences ("1989-Q3"), for "a year ago"
    tense: int = -1  # of the clause: -1 past, 0 present, +1 future


@dataclass(frozen=True, slots=True)
class Normalised:
    value: str | None
    anchor: str | None  # the anchor's value, when the expression was relative


def _fine_enough(anchor: Anchor, grain: str) -> bool:
    return GRAIN_RANK.get(anchor.grain, 9) <= GRAIN_RANK.get(grain, 9)


def normalise(r: Reading, ctx: Context) -> Normalised:
    if r.value is not None:
        return Normalised(r.value, None)
    base = ctx.ref if r.relative_to == REF and ctx.ref is not None else ctx.dct
    try:
        value = _resolve(r, base, ctx) if base is not None else _unanchored(r)
    except (ValueError, OverflowError):  # "3,000 years ago": outside the calendar dossier handles
        value = None
    if value is not None and r.clock and "T" not in value and len(value) == 10:
        value += r.clock
    elif value is not None and r.clock and value.startswith("XXXX") and "T" not in value:
        value += r.clock
    return Normalised(value, base.value if base is not None and value is not None else None)


def _unanchored(r: Reading) -> str | None:
    """The value of a relative expression when there is no anchor: only what the text itself says."""
    year = f"{r.year:04d}" if r.year else "XXXX"
    if r.month and r.day:
        return f"{year}-{r.month:02d}-{r.day:02d}"
    if r.month and r.year_shift is None:
        return f"{year}-{r.month:02d}"
    if r.part and r.year_shift is None:
        return f"{year}-{r.part}"
    if r.weekday and r.unit is None:
        return f"XXXX-WXX-{r.weekday}"
    return None


def _year_for(month: int, day: int | None, base: Anchor, direction: int, explicit: bool) -> int:
    """The year of a month (and day) named without one, relative to the anchor.

    ``explicit`` directions ("last November", "next March") name the previous / next occurrence;
    tense directions only move the date across the year boundary when it would otherwise fall on the
    wrong side of the anchor.
    """
    year = base.date.year
    if base.grain == "Y":
        return year
    target = (month, day or 0)
    here = (base.date.month, base.date.day if day else 0)
    if explicit:
        # "last February" said in March is a year back: the month just gone would be "last month"
        if direction < 0 and (target >= here or (day is None and month == base.date.month - 1)):
            return year - 1
        if direction > 0 and target <= here:
            return year + 1
        return year

    # The occurrence nearest the anchor, where the tense makes the wrong side three times as far:
    # "in December" said in February in the past tense is the December before, "payable Jan. 2" said in
    # November the coming one.
    def cost(y: int) -> float:
        when = date(y, month, min(day or 15, 28 if month == 2 else 30))
        gap = (when - base.date).days
        wrong_side = (gap > 0 and direction < 0) or (gap < 0 and direction > 0)
        return abs(gap) * (3 if wrong_side else 1)

    return min((year - 1, year, year + 1), key=lambda y: (cost(y), abs(y - year)))


def _resolve(r: Reading, base: Anchor, ctx: Context) -> str | None:
    d = base.date
    # calendar fields first: a month and day, a month, a part of the year, a holiday
    if r.month is not None and r.unit is None:
        if r.year is not None:
            year = r.year
        elif r.year_shift is not None:
            year = d.year + r.year_shift
        else:
            year = _year_for(r.month, r.day, base, r.direction or ctx.tense, explicit=bool(r.direction))
        if r.day is not None:
            return f"{year:04d}-{r.month:02d}-{r.day:02d}" if valid_date(year, r.month, r.day) else None
        return f"{year:04d}-{r.month:02d}"
    if r.part is not None and r.unit is None:
        year = r.year if r.year is not None else d.year + (r.year_shift or 0)
        if r.year is None and r.year_shift is None and r.part[0] == "Q" and base.grain != "Y":
            if ctx.tense < 0 and int(r.part[1]) > quarter_of(d):
                year -= 1  # "the fourth quarter" reported in January: the one just ended
        if r.year is None and r.year_shift is None and r.part in SEASON_START and base.grain != "Y":
            direction = r.direction or 0
            season_start = SEASON_START[r.part]
            if direction < 0 and d.month < season_start + 3:
                year -= 1  # "last summer" said in May
            elif direction > 0 and d.month >= season_start:
                year += 1
        return f"{year:04d}-{r.part}"
    if r.holiday is not None:
        year = r.year if r.year is not None else d.year
        day = holiday_date(r.holiday, year)
        if day is None:
            return None
        direction = r.direction or (ctx.tense if r.year is None else 0)
        if r.year is None and base.grain == "D":
            if direction < 0 and day > d + timedelta(days=1):
                day = holiday_date(r.holiday, year - 1)
            elif direction > 0 and day < d:
                day = holiday_date(r.holiday, year + 1)
        return day.isoformat() if day else None
    if r.weekday is not None and r.unit is None:
        if base.grain not in ("D", "W"):
            return f"XXXX-WXX-{r.weekday}"
        if base.grain == "W":
            return weekday_near(d, r.weekday, 0).isoformat()
        if r.relative_to == REF:
            direction = r.direction or ctx.tense or -1
            start = d + timedelta(days=1 if direction > 0 else -1)
            return weekday_near(start, r.weekday, direction).isoformat()
        if r.direction:
            if r.shift == 1 or r.direction < 0:
                start = d + timedelta(days=r.direction)  # "next Friday", "last Friday": not today
                return weekday_near(start, r.weekday, r.direction).isoformat()
            return weekday_near(d, r.weekday, r.direction).isoformat()
        return weekday_near(d, r.weekday, 1 if ctx.tense > 0 else -1).isoformat()
    if r.unit is None:
        return None
    # a shift from the anchor: "last week", "two years ago", "a year earlier", "the quarter"
    grain = r.grain
    if grain is None:  # as fine as the narrative date it counts from, but no finer than the unit from the DCT
        narrative = r.relative_to == REF and ctx.ref is not None and ctx.ref_exact
        grain = base.grain if narrative and GRAIN_RANK.get(base.grain, 9) < GRAIN_RANK.get(r.unit, 9) else r.unit
    if r.quarterly and ctx.quarter:
        qyear, qn = int(ctx.quarter[:4]), int(ctx.quarter[-1])
        if r.unit == "Y":
            return f"{qyear + r.shift:04d}-Q{qn}"
        if r.unit == "Q" and r.shift == 0:
            return ctx.quarter
    if r.quarterly and r.unit == "Q" and r.shift == 0 and r.relative_to == REF:
        # "the quarter" with no quarter in view: the last one completed before the document date
        if ctx.dct is None:
            return None
        prev = shift_date(ctx.dct.date, "Q", -1)
        return f"{prev.year:04d}-Q{quarter_of(prev)}"
    if not _fine_enough(base, grain if r.unit != "D" else "D"):
        return None
    if r.fuzzy:
        moved = shift_date(d, r.unit, r.shift)
        return at_grain(moved, grain) + ("X" if grain == "DE" else "")  # "a few years ago" = "199X"
    moved = shift_date(d, r.unit, r.shift)
    if r.unit == "WE":
        if r.relative_to != REF and r.shift == 0:
            direction = 1 if ctx.tense > 0 else -1
            saturday = weekday_near(d, 6, direction) if d.isoweekday() != 7 else d - timedelta(days=1)
            return at_grain(saturday, "WE")
        return at_grain(moved, "WE")
    return at_grain(moved, grain)
