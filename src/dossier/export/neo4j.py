"""Neo4j export: CSV files for ``neo4j-admin database import full`` (header rows with ``:ID``, ``:LABEL``,
``:START_ID``, ``:END_ID``, ``:TYPE`` and typed properties; arrays joined with ``;``).

Nodes: ``entities.csv`` (labels ``Entity`` and its kind: Person, Organization, Place, Facility, Group, ...)
and ``articles.csv`` (``Article``). Relationships: ``events.csv`` (actor1 -[:<PLOVER type>]-> actor2, one per
real-world event, with its reports and sources), ``mentions.csv`` (Entity -[:MENTIONED_IN]-> Article, with the
count), ``relations.csv`` (subject -[:ROLE|MEMBERSHIP|...]-> object) and ``claims.csv``
(speaker -[:CLAIMED]-> Article). Line breaks inside text become spaces, so no multiline fields are needed.
"""

from __future__ import annotations

import re
from typing import Any

from dossier.export.base import BaseExporter
from dossier.export.csv import CsvTable

LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Facility", "NORP": "Group"}

# file -> header; the rows are built by _row(), column for column
FILES: dict[str, tuple[str, ...]] = {
    "entities": (
        "entityId:ID(Entity)",
        "name",
        "type",
        "country",
        "latitude:float",
        "longitude:float",
        "mentions:int",
        "articles:int",
        ":LABEL",
    ),
    "articles": ("articleId:ID(Article)", "title", "published", "source", "url", "language", "storyId", ":LABEL"),
    "events": (
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        ":TYPE",
        "eventId:long",
        "date",
        "dateSource",
        "cameoRoot",
        "quadClass:int",
        "pentaClass:int",
        "intensity:float",
        "certainty",
        "negated:boolean",
        "mentions:int",
        "reports:int",
        "sources:int",
        "placeId:long",
        "placeName",
        "articleId",
        "url",
        "trigger",
        "sentence",
    ),
    "mentions": (":START_ID(Entity)", ":END_ID(Article)", ":TYPE", "mentions:int", "firstStart:int"),
    "relations": (
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        ":TYPE",
        "relationId:long",
        "label",
        "current:boolean",
        "articleId",
        "evidence",
    ),
    "claims": (
        ":START_ID(Entity)",
        ":END_ID(Article)",
        ":TYPE",
        "claimId:long",
        "cue",
        "content",
        "certainty",
        "direct:boolean",
        "about:long[]",
    ),
}
KIND_FILE = {
    "entity": "entities",
    "article": "articles",
    "event_group": "events",
    "mention_link": "mentions",
    "relation": "relations",
    "claim": "claims",
}


def label_of(entity_type: str) -> str:
    name = LABELS.get(entity_type) or "".join(w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", entity_type) if w)
    return f"Entity;{name}" if name else "Entity"


def rel_type(value: str) -> str:
    return re.sub(r"[^A-Z0-9_]+", "_", value.upper()).strip("_") or "RELATED_TO"


def _flat(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) and ("\n" in value or "\r" in value) else value


def _row(kind: str, item: dict[str, Any]) -> list[Any] | None:
    if kind == "entity":
        return [
            item["entity_id"],
            item["name"],
            item["type"],
            item["country"],
            item["latitude"],
            item["longitude"],
            item["mentions"],
            item["articles"],
            label_of(item["type"]),
        ]
    if kind == "article":
        return [
            item["article_id"],
            item["title"],
            item["published"] or item["published_inferred"],
            item["source"],
            item["url"],
            item["language"],
            item["story_id"],
            "Article",
        ]
    if kind == "event_group":
        if item["actor1_id"] is None or item["actor2_id"] is None:
            return None  # a relationship needs both ends
        return [
            item["actor1_id"],
            item["actor2_id"],
            rel_type(item["event_type"]),
            item["event_id"],
            item["date"].isoformat() if item["date"] else None,
            item["date_source"],
            item["cameo_root"],
            item["quad_class"],
            item["penta_class"],
            item["intensity"],
            item["certainty"],
            item["negated"],
            item["num_mentions"],
            item["num_reports"],
            item["num_sources"],
            item["place_id"],
            item["place_name"],
            item["article_id"],
            item["source_url"],
            item["trigger"],
            item["sentence"],
        ]
    if kind == "mention_link":
        return [item["entity_id"], item["article_id"], "MENTIONED_IN", item["mentions"], item["first_start"]]
    if kind == "relation":
        if item["object_id"] is None:
            return None
        return [
            item["subject_id"],
            item["object_id"],
            rel_type(item["type"]),
            item["relation_id"],
            item["label"],
            item["current"],
            item["article_id"],
            item["evidence"],
        ]
    if kind == "claim":
        if item["source_id"] is None:
            return None
        return [
            item["source_id"],
            item["article_id"],
            "CLAIMED",
            item["claim_id"],
            item["cue"],
            item["content"],
            item["certainty"],
            item["direct"],
            item["about_ids"],
        ]
    raise ValueError(kind)


class Neo4jExporter(BaseExporter):
    format = "neo4j"
    kinds = ("entity", "article", "event_group", "mention_link", "relation", "claim")
    directory = True

    def __init__(self, out, **kwargs) -> None:
        super().__init__(out, **kwargs)
        self.tables: dict[str, CsvTable] = {}

    def start_exporting(self) -> None:
        for name, header in FILES.items():
            self.tables[name] = CsvTable(self.path(f"{name}.csv"), header)
            self.rows[name] = 0

    def export_item(self, kind: str, item: dict[str, Any]) -> None:
        row = _row(kind, item)
        if row is None:
            return
        table = self.tables[KIND_FILE[kind]]
        table.write(dict(zip(table.columns, (_flat(v) for v in row))))
        self.count(KIND_FILE[kind])

    def finish_exporting(self) -> None:
        self.close()

    def close(self) -> None:
        for table in self.tables.values():
            table.close()
