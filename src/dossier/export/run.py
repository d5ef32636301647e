"""``dossier export``: write the store, or the part of it a filter selects, in another format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.errors import ExportError
from dossier.export.base import load_exporter
from dossier.export.records import Records
from dossier.query.checks import event_types, valid_date
from dossier.store import export_queries as q
from dossier.store import open_store


@dataclass
class ExportReport:
    format: str
    out: Path
    paths: list[Path] = field(default_factory=list)  # files written
    rows: dict[str, int] = field(default_factory=dict)  # rows (nodes, edges) per table
    filters: dict[str, Any] = field(default_factory=dict)


def export(
    fmt: str,
    out: str | Path,
    *,
    db: str | Path | None = None,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    event_type: str | None = None,
    jsonl: bool = False,
) -> ExportReport:
    """Export the store at ``db`` as ``fmt`` (json, jsonl, csv, parquet, graphml, gexf, neo4j) to ``out``.

    ``entity`` keeps the records involving the corpus entities of that name (case-insensitive);
    ``date_from``/``date_to`` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) select by article date, and by event
    date for events; ``event_type`` keeps events of one PLOVER type. ``jsonl`` turns json into JSON Lines.
    """
    fmt = "jsonl" if jsonl and fmt.lower() == "json" else fmt.lower()
    cls = load_exporter(fmt)
    for name, value in (("--from", date_from), ("--to", date_to)):
        if value is not None and not valid_date(value):
            raise ExportError(f"{name} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    if date_from and date_to and date_from > date_to[: len(date_from)]:
        raise ExportError(f"--from {date_from} is after --to {date_to}; swap them")
    if event_type is not None and event_type.upper() not in event_types():
        raise ExportError(f"--type {event_type!r} is not a PLOVER event type; choose from {', '.join(event_types())}")
    filters = {"entity": entity, "from": date_from, "to": date_to, "type": event_type.upper() if event_type else None}
    store = open_store(db, readonly=True)
    try:
        ids: tuple[int, ...] = ()
        if entity is not None:
            ids = tuple(q.entity_ids_named(store.conn, entity))
            if not ids and entity.isdigit() and q.entity_ids_exist(store.conn, [int(entity)]):
                ids = (int(entity),)
            if not ids:
                raise ExportError(
                    f"no corpus entity is called {entity!r}; find its exact name with `dossier entities` or `dossier "
                    f"entity`"
                )
        scope = q.Scope(entity_ids=ids, date_from=date_from, date_to=date_to, event_type=event_type)
        records = Records(store.conn, scope)
        exporter = cls(out, filters=filters)
        try:
            exporter.prepare_output()
            try:
                exporter.start_exporting()
                for kind in exporter.kinds:
                    for item in records.iter(kind):
                        exporter.export_item(kind, item)
                exporter.finish_exporting()
            finally:
                exporter.close()
        except OSError as exc:  # a read-only folder, a full disk: one line, not a traceback
            where = exc.filename or out
            raise ExportError(f"{where}: cannot write ({exc.strerror or exc}); give a writable --out path") from None
    finally:
        store.close()
    return ExportReport(fmt, Path(out), exporter.paths, dict(exporter.rows), filters)
