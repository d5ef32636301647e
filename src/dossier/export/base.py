"""Exporters, after Scrapy's ``BaseItemExporter``: ``start_exporting()``, ``export_item()`` once per record,
``finish_exporting()``; and the format map ``EXPORTERS`` (Scrapy's ``FEED_EXPORTERS_BASE``).

An exporter declares the record ``kinds`` it consumes, in the order it wants them; ``dossier.export.export``
streams each kind's records (plain dicts, see ``dossier.export.records``) into ``export_item(kind, item)``.
Exporters import their heavy dependency (pyarrow, networkx) in their own module, loaded only when used.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar, Protocol

from dossier.errors import ExportError


class BaseExporter(ABC):
    format: ClassVar[str] = ""
    kinds: ClassVar[tuple[str, ...]] = ()
    directory: ClassVar[bool] = False  # True: ``out`` is a directory of files; False: ``out`` is one file

    def __init__(self, out: str | Path, *, filters: dict[str, Any] | None = None) -> None:
        self.out = Path(out)
        self.filters = dict(filters or {})
        self.paths: list[Path] = []
        self.rows: dict[str, int] = {}

    def start_exporting(self) -> None:
        """Open the output; called once before the first item."""

    @abstractmethod
    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        """Take one record of the given kind (article, entity, event, ...)."""

    def finish_exporting(self) -> None:
        """Write what is buffered and close the output; called once after the last item."""

    def close(self) -> None:
        """Release open files after an error (``finish_exporting`` was not reached). Idempotent."""

    # -- helpers -----------------------------------------------------------------------------------
    def count(self, table: str, n: int = 1) -> None:
        self.rows[table] = self.rows.get(table, 0) + n

    def prepare_output(self) -> None:
        """Check and create ``out`` (a directory, or the parent of a file) before anything is written."""
        if self.directory:
            if self.out.exists() and not self.out.is_dir():
                raise ExportError(
                    f"{self.out}: is a file; {self.format} writes a directory of files, give a directory path"
                )
            self.out.mkdir(parents=True, exist_ok=True)
        else:
            if self.out.is_dir():
                raise ExportError(f"{self.out}: is a directory; {self.format} writes one file, give a file path")
            self.out.parent.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        """A file of a directory export, recorded among the paths written."""
        path = self.out / name
        self.paths.append(path)
        return path


class TableFile(Protocol):
    def write(self, item: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class TablesExporter(BaseExporter):
    """A directory with one file per table (CSV, Parquet): ``tables`` maps a record kind to its table's
    name and the format's description of it (columns, a schema); ``open_table`` opens one file."""

    directory = True
    suffix: ClassVar[str] = ""
    tables_spec: ClassVar[dict[str, tuple[str, Any]]] = {}

    def __init__(self, out: str | Path, **kwargs: Any) -> None:
        super().__init__(out, **kwargs)
        self.tables: dict[str, TableFile] = {}

    @abstractmethod
    def open_table(self, path: Path, spec: Any) -> TableFile:
        """The file of one table, ready for rows."""

    def row(self, kind: str, item: dict[str, Any]) -> dict[str, Any]:
        """The row written for a record (the record itself unless a format reshapes it)."""
        return item

    def start_exporting(self) -> None:
        for kind, (table, spec) in self.tables_spec.items():
            self.tables[kind] = self.open_table(self.path(f"{table}{self.suffix}"), spec)
            self.rows[table] = 0

    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        self.tables[kind].write(self.row(kind, item))
        self.count(self.tables_spec[kind][0])

    def finish_exporting(self) -> None:
        self.close()

    def close(self) -> None:
        for table in self.tables.values():
            table.close()


EXPORTERS: dict[str, str] = {
    "json": "dossier.export.json.JsonExporter",
    "jsonl": "dossier.export.json.JsonLinesExporter",
    "csv": "dossier.export.csv.CsvExporter",
    "parquet": "dossier.export.parquet.ParquetExporter",
    "graphml": "dossier.export.graph.GraphMLExporter",
    "gexf": "dossier.export.graph.GexfExporter",
    "neo4j": "dossier.export.neo4j.Neo4jExporter",
}


def load_exporter(fmt: str) -> type[BaseExporter]:
    """The exporter class of a format name (a key of ``EXPORTERS``)."""
    target = EXPORTERS.get(fmt.lower())
    if target is None:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    module, _, name = target.rpartition(".")
    return getattr(importlib.import_module(module), name)
