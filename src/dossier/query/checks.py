"""Checks of the values a question is asked with, shared by the Python API, the CLI, the REST API and export:
each bad value raises ``InvalidArgument`` with one line naming the option and what to give instead."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from dossier.errors import InvalidArgument
from dossier.models import CERTAINTIES, ENTITY_TYPES

MAX_LOOKUP_CHARS = 500  # a name, an id or a search text: longer ones are refused (the REST API caps q alike)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATE_FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
_PLOVER = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "plover" / "categories.tsv"


def check_lookup(text: str, what: str = "name") -> str:
    """A name, id or search text no longer than ``MAX_LOOKUP_CHARS`` and not empty."""
    if not text or not text.strip():
        raise InvalidArgument(f"the {what} is empty; give a name or an id")
    if len(text) > MAX_LOOKUP_CHARS:
        raise InvalidArgument(
            f"the {what} has {len(text):,} characters, above the limit of {MAX_LOOKUP_CHARS}; shorten it"
        )
    return text


def check_limit(limit: int | None, option: str = "--limit") -> int | None:
    """None (no limit) or a number of rows of at least 1."""
    if limit is not None and limit < 1:
        raise InvalidArgument(f"{option} {limit}: give a number of 1 or more (leave it out for no limit)")
    return limit


def valid_date(value: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, and a real month and day."""
    if not _DATE.match(value):
        return False
    try:
        datetime.strptime(value, _DATE_FORMATS[len(value)])
    except ValueError:
        return False
    return True


def check_dates(date_from: str | None, date_to: str | None) -> None:
    for option, value in (("--from", date_from), ("--to", date_to)):
        if value is not None and not valid_date(value):
            raise InvalidArgument(f"{option} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    if date_from and date_to and date_from > date_to[: len(date_from)]:
        raise InvalidArgument(f"--from {date_from} is after --to {date_to}; swap them")


def end_of(date: str | None) -> str | None:
    """'2016' -> '2016-12-31', '2016-05' -> '2016-05-31': a --to date includes its whole period (dates
    compare as text, so day 31 closes every month)."""
    if not date:
        return date
    if len(date) == 4:
        return f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-31"
    return date


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """The PLOVER categories events are classified in (``data/lexicons/plover/categories.tsv``)."""
    lines = _PLOVER.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#"))


def check_event_types(types: Iterable[str], option: str = "--type") -> list[str]:
    out = [t.upper() for t in types]
    for t in out:
        if t not in event_types():
            raise InvalidArgument(f"{option} {t!r} is not a PLOVER event type; choose from {', '.join(event_types())}")
    return out


def check_certainties(values: Iterable[str]) -> list[str]:
    out = [v.lower() for v in values]
    for v in out:
        if v not in CERTAINTIES:
            raise InvalidArgument(f"--certainty {v!r} is not a certainty; choose from {', '.join(CERTAINTIES)}")
    return out


def check_entity_type(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in ENTITY_TYPES:
        raise InvalidArgument(f"--type {value!r} is not an entity type; choose from {', '.join(ENTITY_TYPES)}")
    return value.upper()
