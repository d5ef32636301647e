"""CSV export: a directory of CSV files (UTF-8, a header row, RFC 4180 quoting), one per table.

Empty cells are nulls; booleans are ``true``/``false``; lists of entity ids are joined with ``;``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any

from dossier.export.base import TablesExporter

ARTICLE_COLUMNS = (
    "article_id",
    "title",
    "published",
    "published_inferred",
    "published_basis",
    "source",
    "url",
    "language",
    "story_id",
    "story_reports",
    "origin",
    "chars",
    "text",
)
ENTITY_COLUMNS = ("entity_id", "name", "type", "country", "latitude", "longitude", "mentions", "articles")
MENTION_COLUMNS = (
    "mention_id",
    "entity_id",
    "entity_name",
    "entity_type",
    "article_id",
    "article_date",
    "sentence",
    "start",
    "end",
    "text",
    "kind",
    "linked_by",
)
EVENT_COLUMNS = (
    "event_id",
    "group_id",
    "article_id",
    "date",
    "date_source",
    "type",
    "mode",
    "cameo_root",
    "quad_class",
    "penta_class",
    "intensity",
    "certainty",
    "negated",
    "trigger",
    "trigger_start",
    "trigger_end",
    "source_id",
    "source_name",
    "source_country_code",
    "source_sector",
    "target_id",
    "target_name",
    "target_country_code",
    "target_sector",
    "place_id",
    "place_name",
    "participant_ids",
    "time_value",
    "attribution",
    "sentence_start",
    "sentence_end",
    "sentence",
)
CLAIM_COLUMNS = (
    "claim_id",
    "article_id",
    "source_id",
    "source_name",
    "source_text",
    "source_kind",
    "cue",
    "content",
    "content_start",
    "content_end",
    "direct",
    "certainty",
    "about_ids",
    "sentence_start",
    "sentence_end",
)
RELATION_COLUMNS = (
    "relation_id",
    "article_id",
    "type",
    "subject_id",
    "subject_name",
    "object_id",
    "object_name",
    "label",
    "current",
    "sentence_start",
    "sentence_end",
    "evidence_start",
    "evidence_end",
    "evidence",
)

TABLES: dict[str, tuple[str, tuple[str, ...]]] = {  # record kind -> (table, columns)
    "article": ("articles", ARTICLE_COLUMNS),
    "entity": ("entities", ENTITY_COLUMNS),
    "mention": ("mentions", MENTION_COLUMNS),
    "event": ("events", EVENT_COLUMNS),
    "claim": ("claims", CLAIM_COLUMNS),
    "relation": ("relations", RELATION_COLUMNS),
}


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


class CsvTable:
    """One CSV file with a fixed header; rows are dicts (keys beyond the columns are ignored)."""

    def __init__(self, path: Path, header: tuple[str, ...], columns: tuple[str, ...] | None = None) -> None:
        self.file: IO[str] | None = path.open("w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(header)
        self.columns = columns or header
        self.rows = 0

    def write(self, item: dict[str, Any]) -> None:
        self.writer.writerow([cell(item.get(c)) for c in self.columns])
        self.rows += 1

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


class CsvExporter(TablesExporter):
    format = "csv"
    kinds = tuple(TABLES)
    suffix = ".csv"
    tables_spec = TABLES

    def open_table(self, path: Path, spec: Any) -> CsvTable:
        return CsvTable(path, spec)
