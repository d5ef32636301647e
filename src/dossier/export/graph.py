"""Graph exports for Gephi (networkx): GraphML and GEXF.

Nodes are corpus entities (id = entity id; ``label``/``name``, ``type``, ``country``, ``mentions``,
``articles``, and ``latitude``/``longitude`` when known). Edges join entities mentioned in the same
article: ``co_mentions`` (= ``weight``) shared articles, ``events`` between the two (grouped reports, either
direction, negated ones left out) with their QuadClass counts ``q1``..``q4`` and ``mean_intensity``
(absent when they have no event).
"""

from __future__ import annotations

import re
from abc import abstractmethod
from typing import Any

import networkx as nx

from dossier.export.base import BaseExporter

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str | None) -> str:
    """A string XML 1.0 can hold: control characters (from broken input) are dropped; None becomes ''."""
    return _NOT_XML.sub("", value) if value else ""


class GraphExporter(BaseExporter):
    kinds = ("node", "edge")

    def __init__(self, out, **kwargs) -> None:
        super().__init__(out, **kwargs)
        self.graph = nx.Graph()

    def start_exporting(self) -> None:
        self.graph.graph.update(
            {"name": "dossier co-mention graph", **{k: xml_text(str(v)) for k, v in self.filters.items() if v}}
        )

    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        if kind == "node":
            attrs = {
                "label": xml_text(item["name"]),
                "name": xml_text(item["name"]),
                "type": xml_text(item["type"]),
                "country": xml_text(item["country"]),
                "mentions": int(item["mentions"]),
                "articles": int(item["articles"]),
            }
            if item["latitude"] is not None and item["longitude"] is not None:
                attrs.update(latitude=float(item["latitude"]), longitude=float(item["longitude"]))
            self.graph.add_node(item["entity_id"], **attrs)
        else:
            attrs = {
                "co_mentions": int(item["co_mentions"]),
                "weight": float(item["co_mentions"]),
                "events": int(item["events"]),
                "q1": int(item["q1"]),
                "q2": int(item["q2"]),
                "q3": int(item["q3"]),
                "q4": int(item["q4"]),
            }
            if item["mean_intensity"] is not None:
                attrs["mean_intensity"] = float(item["mean_intensity"])
            self.graph.add_edge(item["source"], item["target"], **attrs)

    def finish_exporting(self) -> None:
        self.write(self.graph)
        self.paths.append(self.out)
        self.rows = {"nodes": self.graph.number_of_nodes(), "edges": self.graph.number_of_edges()}

    @abstractmethod
    def write(self, graph: nx.Graph) -> None:
        """Write the graph in the subclass's format to ``self.out``."""


class GraphMLExporter(GraphExporter):
    format = "graphml"

    def write(self, graph: nx.Graph) -> None:
        nx.write_graphml(graph, self.out, encoding="utf-8", prettyprint=True)


_LAST_MODIFIED = re.compile(r' lastmodifieddate="[^"]*"')


class GexfExporter(GraphExporter):
    format = "gexf"

    def write(self, graph: nx.Graph) -> None:
        # networkx stamps <meta lastmodifieddate> with today's date; the attribute is optional in GEXF, and
        # without it the same store exports the same bytes on any day
        with open(self.out, "w", encoding="utf-8") as fh:
            for line in nx.generate_gexf(graph, encoding="utf-8", prettyprint=True, version="1.2draft"):
                fh.write(_LAST_MODIFIED.sub("", line) + "\n")
