"""Check an input's publication date when it is read, so that a store never holds a date that is not one.

Kept: an ISO 8601 date or date-time (``2017-03-05``, ``2017-03-05T10:00:00Z``) as given, and a written
date dateparser reads as one real day whatever today is (``March 5, 2017``, ``5 Mar 2017``) as
``YYYY-MM-DD``. Anything else (``not a date``, ``2017-13-45``, ``2017``, ``yesterday``, a number) is
dropped with a warning naming the input and the value: the article is stored with ``published = null``
and its date is inferred from its text as for any undated article.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*")
# two "todays" far apart: a relative expression ("yesterday", "Friday") reads differently from each
_BASES = (datetime(2001, 1, 10, 12, 0), datetime(2011, 7, 20, 12, 0))


def clean_published(value: object) -> tuple[str | None, str | None]:
    """(the date to store or None, a warning or None) for a raw ``published`` value."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"published {value!r} is not a date (give a string such as 2017-03-05); read without it"
    text = value.strip()
    if _ISO_DAY.fullmatch(text):
        try:
            date.fromisoformat(text)
            return text, None
        except ValueError:
            pass
    elif _ISO_TIME.fullmatch(text):
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
            return text, None
        except ValueError:
            pass
    elif text and len(text) <= 100 and any(ch.isalpha() for ch in text):
        day = _written_date(text)
        if day is not None:
            return day, None
    return None, f"published {_short(value)!r} is not a date (give YYYY-MM-DD); read without it"


def _written_date(text: str) -> str | None:
    import dateparser  # slow to import: only for dates written out

    days = set()
    for base in _BASES:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"STRICT_PARSING": True, "RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed is None:
            return None
        days.add(parsed.date())
    return days.pop().isoformat() if len(days) == 1 else None


def _short(value: str) -> str:
    return value if len(value) <= 60 else value[:57] + "..."
