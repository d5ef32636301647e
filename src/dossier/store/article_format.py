"""The articles table's ``authors``, ``dateline`` and ``notes`` columns (migration 8): JSON text, written
from and read back into ``Article`` (what ``dossier_newsformat`` found in the article's text)."""

from __future__ import annotations

import json
from dataclasses import asdict

from dossier.models import Article, Dateline, Span


def article_format_columns(art: Article) -> tuple[str | None, str | None, str | None]:
    """(authors, dateline, notes) as stored: JSON, or NULL when the article has none."""
    return (
        json.dumps(art.authors, ensure_ascii=False) if art.authors else None,
        json.dumps(asdict(art.dateline), ensure_ascii=False) if art.dateline else None,
        json.dumps(art.notes, ensure_ascii=False) if art.notes else None,
    )


def article_format_from_row(
    authors: str | None, dateline: str | None, notes: str | None
) -> tuple[list[str], Dateline | None, list[str]]:
    """The stored columns back as (authors, dateline, notes); rows stored before migration 8 have none."""
    line = None
    if dateline:
        raw = json.loads(dateline)
        date = raw.get("date")
        line = Dateline(
            raw["name"], raw["start"], raw["end"], raw["text"], Span(**raw["place"]), Span(**date) if date else None
        )
    return (json.loads(authors) if authors else [], line, json.loads(notes) if notes else [])
