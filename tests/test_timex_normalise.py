"""Normalising readings against an anchor: relative dates, unanchored dates, calendar arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.nlp.timex.normalise import Anchor, Context, normalise
from dossier.nlp.timex.readings import REF, Reading
from dossier.timevalues import easter, holiday_date, nth_weekday, value_range, weekday_near

JULY_7 = Anchor(date(2017, 7, 7))  # a Friday


def value(reading: Reading, ctx: Context) -> str | None:
    return normalise(reading, ctx).value


def ctx(dct: Anchor | None = JULY_7, **kw) -> Context:
    return Context(dct=dct, ref=kw.pop("ref", None), **kw)


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (Reading("DATE", unit="W", shift=-1, grain="W"), "2017-W26"),  # last week
        (Reading("DATE", unit="D", shift=-1, grain="D"), "2017-07-06"),  # yesterday
        (Reading("DATE", unit="Y", shift=0, grain="Y"), "2017"),  # this year
        (Reading("DATE", unit="M", shift=1, grain="M"), "2017-08"),  # next month
        (Reading("DATE", month=4, day=6), "2017-04-06"),  # On April 6
        (Reading("DATE", month=12), "2016-12"),  # in December (past tense)
        (Reading("DATE", weekday=2), "2017-07-04"),  # on Tuesday (past tense)
        (Reading("DATE", part="Q1"), "2017-Q1"),
        (Reading("DATE", month=6, year_shift=-1), "2016-06"),  # June last year
        (Reading("DATE", holiday="4:4:11", direction=-1), "2016-11-24"),  # last Thanksgiving
    ],
)
def test_timex_resolves_relative_dates(reading, expected):
    assert value(reading, ctx()) == expected


def test_timex_future_tense_looks_forward():
    assert value(Reading("DATE", weekday=2), ctx(tense=1)) == "2017-07-11"
    assert value(Reading("DATE", month=1), ctx(tense=1)) == "2018-01"


def test_timex_last_weekday_is_strictly_before_the_document_date():
    assert value(Reading("DATE", weekday=5, direction=-1), ctx()) == "2017-06-30"


def test_timex_relative_dates_stay_unanchored_without_a_document_date():
    assert value(Reading("DATE", month=4, day=6), ctx(None)) == "XXXX-04-06"
    assert value(Reading("DATE", weekday=3), ctx(None)) == "XXXX-WXX-3"
    assert value(Reading("DATE", unit="D", shift=-1, grain="D"), ctx(None)) is None  # yesterday: never a guess


def test_timex_a_week_anchor_cannot_resolve_yesterday():
    week = Anchor(date(2017, 7, 7), "W")
    assert value(Reading("DATE", unit="D", shift=-1, grain="D"), ctx(week)) is None
    assert value(Reading("DATE", unit="W", shift=-1, grain="W"), ctx(week)) == "2017-W26"
    assert value(Reading("DATE", month=4, day=6), ctx(week)) == "2017-04-06"


def test_timex_anaphoric_dates_follow_the_narrative():
    two_days_later = Reading("DATE", unit="D", shift=2, grain="D", relative_to=REF)
    narrative = Anchor(date(2017, 3, 3))
    assert value(two_days_later, ctx(ref=narrative)) == "2017-03-05"
    a_year_earlier = Reading("DATE", unit="Y", shift=-1, grain=None, relative_to=REF)
    assert value(a_year_earlier, ctx(ref=narrative, ref_exact=True)) == "2016-03-03"
    assert value(a_year_earlier, ctx()) == "2016"  # from the document date: the year


def test_timex_a_year_ago_in_quarterly_reporting_is_the_quarter():
    ago = Reading("DATE", unit="Y", shift=-1, grain="Y", quarterly=True)
    assert value(ago, ctx(quarter="2017-Q2")) == "2016-Q2"
    assert value(ago, ctx()) == "2016"


def test_timex_complete_values_need_no_anchor():
    result = normalise(Reading("DURATION", value="P3W", mod="MORE_THAN"), ctx(None))
    assert (result.value, result.anchor) == ("P3W", None)


def test_timex_out_of_range_shift_gives_no_value():
    assert value(Reading("DATE", unit="Y", shift=-3000, grain="Y"), ctx()) is None


def test_timex_calendar_helpers():
    assert easter(2024) == date(2024, 3, 31)
    assert nth_weekday(2017, 11, 4, 4) == date(2017, 11, 23)
    assert nth_weekday(2017, 5, -1, 1) == date(2017, 5, 29)
    assert holiday_date("ELECTION", 2020) == date(2020, 11, 3)
    assert weekday_near(date(2017, 7, 7), 5, -1) == date(2017, 7, 7)
    assert value_range("2017-W27") == (date(2017, 7, 3), date(2017, 7, 9))
    assert value_range("2017-Q3") == (date(2017, 7, 1), date(2017, 9, 30))
    assert value_range("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert value_range("PRESENT_REF") is None and value_range("XXXX-04-06") is None


def test_timex_anchor_reads_timex_values():
    assert Anchor.from_value("2017-07") == Anchor(date(2017, 7, 1), "M")
    assert Anchor.from_value("2017-W27") == Anchor(date(2017, 7, 3), "W")
    assert Anchor.from_value("garbage") is None
