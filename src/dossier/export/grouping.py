"""The same real-world event told by several reports becomes one row: GDELT-like event rows.

Reports are grouped when they have the same PLOVER type, the same corpus actors (source and target,
in that order), the same polarity (negated or not), and dates at most ``SAME_EVENT_DAYS`` after the
group's earliest date. A report without a date, or without any resolved actor, is an event of its own:
nothing says it is the same event as another. Pure functions over the rows of
``dossier.store.export_queries.events``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

SAME_EVENT_DAYS = 3

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
    if row.get("article_source"):
        return str(row["article_source"])
    host = urlsplit(row.get("article_url") or "").netloc.lower()
    return host.removeprefix("www.") if host else f"article:{row['article_id']}"


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _order(row: Row) -> tuple:
    return (row.get("date") is None, row.get("date") or "", row.get("article_date") or "", row["article_id"],
            row.get("trigger_start") or 0, row["event_id"])


def group_events(rows: Iterable[Row], days: int = SAME_EVENT_DAYS) -> list[EventGroup]:
    """Group event rows into events; groups come in the order of their earliest report (by date)."""
    groups: list[EventGroup] = []
    open_groups: dict[tuple, tuple[date, EventGroup]] = {}
    for row in sorted(rows, key=_order):
        day = _day(row.get("date"))
        if day is None or (row.get("source_id") is None and row.get("target_id") is None):
            groups.append(EventGroup([row]))
            continue
        key = (row["type"], row.get("source_id"), row.get("target_id"), bool(row.get("negated")))
        current = open_groups.get(key)
        if current is not None and (day - current[0]).days <= days:
            current[1].reports.append(row)
            continue
        group = EventGroup([row])
        open_groups[key] = (day, group)
        groups.append(group)
    return groups


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
