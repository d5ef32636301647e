"""The same real-world event told by several reports becomes one row: GDELT-like event rows.

The rule is ``dossier.query.same_event`` (the one the timeline and relation answers use): same PLOVER
type, same corpus actors in the same roles, same polarity, dates at most ``SAME_EVENT_DAYS`` after the
group's earliest; a report without a date or without any resolved actor is an event of its own. Pure
functions over the rows of ``dossier.store.export_queries.events``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dossier.query.same_event import SAME_EVENT_DAYS, ReportFacts, group_reports
from dossier.query.same_event import source_key as _source_key

Row = Mapping[str, Any]


@dataclass
class EventGroup:
    """One event and its reports (event rows), the earliest first."""

    reports: list[Row] = field(default_factory=list)

    @property
    def first(self) -> Row:
        return self.reports[0]

    @property
    def event_id(self) -> int:
        return self.first["event_id"]

    @property
    def num_mentions(self) -> int:
        """Event records in the group (an article may tell the event twice)."""
        return len(self.reports)

    @property
    def num_reports(self) -> int:
        """Distinct articles that report the event."""
        return len({r["article_id"] for r in self.reports})

    @property
    def num_sources(self) -> int:
        """Distinct sources (publisher, else the URL's host, else the article) that report the event."""
        return len({source_key(r) for r in self.reports})


def source_key(row: Row) -> str:
    return _source_key(row.get("article_source"), row.get("article_url"), row["article_id"])


def row_facts(row: Row) -> ReportFacts:
    return ReportFacts(
        type=row["type"],
        source_id=row.get("source_id"),
        target_id=row.get("target_id"),
        negated=bool(row.get("negated")),
        date=row.get("date"),
        article_id=row["article_id"],
        article_date=row.get("article_date"),
        publisher=row.get("article_source"),
        url=row.get("article_url"),
        position=row.get("trigger_start") or 0,
        ident=row["event_id"],
    )


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def group_events(rows: Iterable[Row], days: int = SAME_EVENT_DAYS) -> list[EventGroup]:
    """Group event rows into events; groups come in the order of their earliest report (by date)."""
    return [EventGroup(g) for g in group_reports(rows, row_facts, days)]


def gdelt_row(group: EventGroup) -> dict[str, Any]:
    """The GDELT-like row of one event: the first report's facts, the group's counts, the first known place."""
    first = group.first
    place = next((r for r in group.reports if r.get("place_id") is not None), first)
    return {
        "event_id": group.event_id,
        "date": _day(first.get("date")),
        "date_source": first.get("date_source"),
        "actor1_id": first.get("source_id"),
        "actor1_name": first.get("source_name"),
        "actor1_type": first.get("source_type"),
        "actor1_country": first.get("source_country"),
        "actor1_country_code": first.get("source_country_code"),
        "actor1_type1_code": first.get("source_sector"),
        "actor2_id": first.get("target_id"),
        "actor2_name": first.get("target_name"),
        "actor2_type": first.get("target_type"),
        "actor2_country": first.get("target_country"),
        "actor2_country_code": first.get("target_country_code"),
        "actor2_type1_code": first.get("target_sector"),
        "event_type": first["type"],
        "event_mode": first.get("mode"),
        "cameo_root": first.get("cameo_root"),
        "quad_class": first.get("quad_class"),
        "penta_class": first.get("penta_class"),
        "intensity": first.get("intensity"),
        "certainty": first.get("certainty"),
        "negated": bool(first.get("negated")),
        "num_mentions": group.num_mentions,
        "num_reports": group.num_reports,
        "num_sources": group.num_sources,
        "place_id": place.get("place_id"),
        "place_name": place.get("place_name"),
        "place_latitude": place.get("place_latitude"),
        "place_longitude": place.get("place_longitude"),
        "source_url": first.get("article_url"),
        "article_id": first["article_id"],
        "trigger": first.get("trigger"),
        "sentence": first.get("sentence"),
    }
