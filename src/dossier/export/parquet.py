"""Parquet export (pyarrow): ``events.parquet`` with GDELT-like columns (one row per real-world event,
its reports grouped), ``event_reports.parquet`` (every report of every event, like GDELT's mentions
table), ``mentions.parquet`` (entity mentions) and ``articles.parquet``. Written in row groups as it is read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dossier.export.base import TablesExporter

ROW_GROUP = 50_000

EVENTS = pa.schema(
    [
        ("event_id", pa.int64()),
        ("date", pa.date32()),
        ("date_source", pa.string()),
        ("actor1_id", pa.int64()),
        ("actor1_name", pa.string()),
        ("actor1_type", pa.string()),
        ("actor1_country", pa.string()),
        ("actor1_country_code", pa.string()),
        ("actor1_type1_code", pa.string()),
        ("actor2_id", pa.int64()),
        ("actor2_name", pa.string()),
        ("actor2_type", pa.string()),
        ("actor2_country", pa.string()),
        ("actor2_country_code", pa.string()),
        ("actor2_type1_code", pa.string()),
        ("event_type", pa.string()),
        ("event_mode", pa.string()),
        ("cameo_root", pa.string()),
        ("quad_class", pa.int8()),
        ("penta_class", pa.int8()),
        ("intensity", pa.float64()),
        ("certainty", pa.string()),
        ("negated", pa.bool_()),
        ("num_mentions", pa.int32()),
        ("num_reports", pa.int32()),
        ("num_sources", pa.int32()),
        ("place_id", pa.int64()),
        ("place_name", pa.string()),
        ("place_latitude", pa.float64()),
        ("place_longitude", pa.float64()),
        ("source_url", pa.string()),
        ("article_id", pa.string()),
        ("trigger", pa.string()),
        ("sentence", pa.string()),
    ]
)
EVENT_REPORTS = pa.schema(
    [
        ("event_id", pa.int64()),
        ("report_id", pa.int64()),
        ("article_id", pa.string()),
        ("date", pa.date32()),
        ("published", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("trigger", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("certainty", pa.string()),
        ("negated", pa.bool_()),
    ]
)
MENTIONS = pa.schema(
    [
        ("mention_id", pa.int64()),
        ("entity_id", pa.int64()),
        ("entity_name", pa.string()),
        ("entity_type", pa.string()),
        ("article_id", pa.string()),
        ("article_date", pa.string()),
        ("sentence", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("kind", pa.string()),
        ("linked_by", pa.string()),
    ]
)
ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("published_inferred", pa.string()),
        ("published_basis", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("story_id", pa.string()),
        ("story_reports", pa.int32()),
        ("origin", pa.string()),
        ("chars", pa.int32()),
        ("text", pa.string()),
    ]
)

TABLES: dict[str, tuple[str, pa.Schema]] = {  # record kind -> (table, schema)
    "event_group": ("events", EVENTS),
    "event_report": ("event_reports", EVENT_REPORTS),
    "mention": ("mentions", MENTIONS),
    "article": ("articles", ARTICLES),
}


def _report(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": item["group_id"],
        "report_id": item["event_id"],
        "article_id": item["article_id"],
        "date": _date(item.get("date")),
        "published": item.get("article_published"),
        "source": item.get("article_source"),
        "url": item.get("article_url"),
        "trigger": item.get("trigger"),
        "trigger_start": item.get("trigger_start"),
        "trigger_end": item.get("trigger_end"),
        "sentence_start": item.get("sentence_start"),
        "sentence_end": item.get("sentence_end"),
        "certainty": item.get("certainty"),
        "negated": item.get("negated"),
    }


def _date(value: Any) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class ParquetTable:
    """One Parquet file written in row groups; a file with no rows still has the schema."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.schema = schema
        self.writer: pq.ParquetWriter | None = pq.ParquetWriter(path, schema)
        self.buffer: list[dict[str, Any]] = []
        self.rows = 0

    def write(self, item: dict[str, Any]) -> None:
        self.buffer.append({name: item.get(name) for name in self.schema.names})
        self.rows += 1
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.buffer and self.writer is not None:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        if self.writer is not None:
            self.flush()
            self.writer.close()
            self.writer = None


class ParquetExporter(TablesExporter):
    format = "parquet"
    kinds = tuple(TABLES)
    suffix = ".parquet"
    tables_spec = TABLES

    def open_table(self, path: Path, spec: Any) -> ParquetTable:
        return ParquetTable(path, spec)

    def row(self, kind: str, item: dict[str, Any]) -> dict[str, Any]:
        return _report(item) if kind == "event_report" else item
