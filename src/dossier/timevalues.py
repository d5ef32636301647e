"""Calendar arithmetic for TIMEX3 values: shifting dates by units, weeks, quarters, holidays.

Pure functions of their arguments (never the wall clock).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MIN_YEAR = 1000
MAX_YEAR = 2199

DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def valid_date(year: int, month: int, day: int) -> bool:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def parse_date(value: str | None) -> date | None:
    """The day a value names ("1998-08-07", or the first characters of a longer value), else None."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return date(y, mo, d) if valid_date(y, mo, d) else None


def add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    year, month = divmod(idx, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (Y, Q, M, W, D, DE, CE); clamps to the end of shorter months."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "H":  # half year
        return add_months(d, 6 * n)
    if unit == "Y":
        return add_months(d, 12 * n)
    if unit == "DE":
        return add_months(d, 120 * n)
    if unit == "CE":
        return add_months(d, 1200 * n)
    raise ValueError(f"unknown unit {unit!r}")


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def at_grain(d: date, grain: str) -> str:
    """The TIMEX3 value of the ``grain``-sized period that contains ``d``."""
    if grain == "D":
        return d.isoformat()
    if grain == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "Y":
        return f"{d.year:04d}"
    if grain in ("W", "FN"):
        return week_value(d)
    if grain == "WE":
        return week_value(d) + "-WE"
    if grain == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if grain == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if grain == "DE":
        return f"{d.year // 10:03d}"
    if grain == "CE":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown grain {grain!r}")


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The date of ISO ``weekday`` near ``anchor``: direction -1 the latest on or before it, +1 the
    earliest on or after it, 0 the one in the same (Monday-first) week."""
    diff = weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction > 0:
        return anchor + timedelta(days=diff if diff >= 0 else diff + 7)
    return anchor + timedelta(days=diff)


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    """The ``nth`` (1-based; -1 = last) ISO ``weekday`` of a month."""
    if nth > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(rule: str, year: int) -> date | None:
    """The date of a holiday rule from holidays.tsv in ``year``; None for a malformed rule."""
    m = re.fullmatch(r"(\d{2})-(\d{2})", rule)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        return date(year, month, day) if valid_date(year, month, day) else None
    m = re.fullmatch(r"(-?\d):(\d):(\d{1,2})", rule)
    if m:
        return nth_weekday(year, int(m.group(3)), int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"EASTER([+-]\d+)", rule)
    if m:
        return easter(year) + timedelta(days=int(m.group(1)))
    if rule == "ELECTION":  # US: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return None


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


def value_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers ("2017-07" -> July 1..31), for timelines;
    None for values that name no stretch of the calendar (durations, "PRESENT_REF", "XXXX-04-06")."""
    if not value:
        return None
    v = value.split("T", 1)[0]
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return (
                (monday + timedelta(days=5), monday + timedelta(days=6))
                if m.group(3)
                else (monday, monday + timedelta(days=6))
            )
        m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return date(y, 3 * q - 2, 1), add_months(date(y, 3 * q - 2, 1), 3) - timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-H([12])", v)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
        if m:
            y = int(m.group(1))
            first, last = SEASON_MONTHS[m.group(2)]
            end = add_months(date(y, 1, 1), last)  # the first day after the season
            return date(y, first, 1), end - timedelta(days=1)
        m = re.fullmatch(r"(\d{4})", v)
        if m:
            y = int(m.group(1))
            return date(y, 1, 1), date(y, 12, 31)
        m = re.fullmatch(r"(\d{3})", v)
        if m:
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
        m = re.fullmatch(r"(\d{2})", v)
        if m:
            return date(max(int(v) * 100, 1), 1, 1), date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None
