"""Exports: JSON, CSV, Parquet, GraphML and GEXF (Gephi), Neo4j import files.

In Python: ``dossier.export.export("csv", "out/", db="news.db", entity="Donald Trump")``.
In the CLI: ``dossier export csv --out out/ --db news.db --entity "Donald Trump"``.
"""

from dossier.export.base import EXPORTERS, BaseExporter, load_exporter
from dossier.export.grouping import SAME_EVENT_DAYS, EventGroup, gdelt_row, group_events
from dossier.export.run import ExportReport, export

__all__ = [
    "EXPORTERS",
    "SAME_EVENT_DAYS",
    "BaseExporter",
    "EventGroup",
    "ExportReport",
    "export",
    "gdelt_row",
    "group_events",
    "load_exporter",
]
