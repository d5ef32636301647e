"""JSON export: one document ``{"schema_version", "filters", "articles": [...]}``, or JSON Lines (one
article per line). Each article carries its entities (with their mentions), events, claims and relations.
Written as it is read, like Scrapy's ``JsonItemExporter``: an export never holds the corpus in memory."""

from __future__ import annotations

import json
from typing import IO, Any

from dossier.export.base import BaseExporter

SCHEMA_VERSION = 1


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False)


class JsonExporter(BaseExporter):
    format = "json"
    kinds = ("document",)

    def __init__(self, out, **kwargs) -> None:
        super().__init__(out, **kwargs)
        self.file: IO[str] | None = None
        self.first = True

    def start_exporting(self) -> None:
        self.file = self.out.open("w", encoding="utf-8", newline="\n")
        self.paths.append(self.out)
        self.rows["articles"] = 0
        head = _dumps({"schema_version": SCHEMA_VERSION, "filters": self.filters})
        self.file.write(head[:-1] + ', "articles": [')

    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        assert self.file is not None
        self.file.write(("\n" if self.first else ",\n") + _dumps(item))
        self.first = False
        self.count("articles")

    def finish_exporting(self) -> None:
        assert self.file is not None
        self.file.write("\n]}\n" if not self.first else "]}\n")
        self.close()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


class JsonLinesExporter(JsonExporter):
    format = "jsonl"

    def start_exporting(self) -> None:
        self.file = self.out.open("w", encoding="utf-8", newline="\n")
        self.paths.append(self.out)
        self.rows["articles"] = 0

    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        assert self.file is not None
        self.file.write(_dumps(item) + "\n")
        self.count("articles")

    def finish_exporting(self) -> None:
        self.close()
