"""The one rule for "the same event": reports of one real-world event across articles.

Used by the timeline and relation answers (``query.corpus``), the web pages built on them, and every
export (``export.grouping``). Reports are one event when they have:

- the same PLOVER type,
- the same corpus actors, in the same roles (source and target),
- the same polarity (negated or not),
- dates at most ``SAME_EVENT_DAYS`` after the group's earliest date.

A report without a date, or without any resolved actor, is an event of its own: nothing says it is the
same event as another. An article may tell the event twice: both records join the group (mentions), and
the group counts distinct articles (reports) and distinct sources (publisher, else the URL's host, else
the article). Groups come in the order of their earliest report: by date (undated last), then the
article's date, article id and position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from datetime import date as Date  # noqa: N812 - the field ``date`` hides the type inside the class
from typing import TypeVar
from urllib.parse import urlsplit

SAME_EVENT_DAYS = 3  # reports of one event may date it a few days apart

T = TypeVar("T")


@dataclass(frozen=True)
class ReportFacts:
    """What the rule reads of one report (an event record of one article)."""

    type: str
    source_id: int | None
    target_id: int | None
    negated: bool
    date: str | None
    article_id: str
    article_date: str | None = None
    publisher: str | None = None
    url: str | None = None
    position: int = 0  # the trigger's offset in the article
    ident: int = 0  # the record's id, the last tie-break

    @property
    def day(self) -> Date | None:
        try:
            return date.fromisoformat(str(self.date)[:10]) if self.date else None
        except ValueError:
            return None

    @property
    def order(self) -> tuple:
        return (self.date is None, self.date or "", self.article_date or "", self.article_id, self.position, self.ident)

    @property
    def source_key(self) -> str:
        return source_key(self.publisher, self.url, self.article_id)


def source_key(publisher: str | None, url: str | None, article_id: str) -> str:
    """Who published a report: the publisher, else the URL's host, else the article itself."""
    if publisher:
        return str(publisher)
    host = urlsplit(url or "").netloc.lower()
    return host.removeprefix("www.") if host else f"article:{article_id}"


def group_reports(items: Iterable[T], facts: Callable[[T], ReportFacts], days: int = SAME_EVENT_DAYS) -> list[list[T]]:
    """Group reports into events (each group earliest first; groups in the order of their first report)."""
    groups: list[list[T]] = []
    open_groups: dict[tuple, tuple[date, list[T]]] = {}
    keyed = sorted(((facts(item), item) for item in items), key=lambda x: x[0].order)
    for f, item in keyed:
        day = f.day
        if day is None or (f.source_id is None and f.target_id is None):
            groups.append([item])
            continue
        key = (f.type, f.source_id, f.target_id, f.negated)
        current = open_groups.get(key)
        if current is not None and (day - current[0]).days <= days:
            current[1].append(item)
            continue
        group = [item]
        open_groups[key] = (day, group)
        groups.append(group)
    return groups
