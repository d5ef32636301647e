"""An event's date is a date or a time, never a duration; a duration counts from a dated anchor or gives none."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, published="2017-07-05", nlp=nlp)


def only(a, etype):
    return next(e for e in a.events if e.type == etype)


def test_events_duration_without_anchor_gives_no_date(run):
    a = run("Michael Flynn had to resign after three weeks in office.")
    assert only(a, "RETREAT").time is None


def test_events_duration_after_a_dated_anchor_counts_from_it(run):
    a = run("Russian troops attacked the town three weeks after March 1, 2017.")
    assert only(a, "ASSAULT").time.value == "2017-03-22"


def test_events_date_beside_a_duration_is_kept(run):
    a = run("In 2015, Iran and Iraq held talks for three weeks.")
    assert only(a, "CONSULT").time.value == "2015"


def test_events_shift_keeps_the_precision_of_the_anchor():
    from dossier.nlp.components.events import _shift

    assert _shift("2017-03-01", 2, "D", -1) == "2017-02-27"
    assert _shift("2017-03", 3, "W", 1) is None
    assert _shift("2017-11", 3, "M", 1) == "2018-02"
    assert _shift("2017", 2, "Y", -1) == "2015"
