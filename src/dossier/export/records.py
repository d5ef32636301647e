"""The records an exporter receives, by kind: plain dicts built from ``dossier.store.export_queries``.

Kinds: ``article``, ``entity`` (entities of the articles and of the events), ``node`` (entities of the
articles only: graph nodes), ``mention``, ``mention_link`` (entity, article, count), ``event`` (one per
report, with ``group_id``), ``event_group`` (GDELT-like, one per real-world event), ``event_report``
(group id and report), ``claim``, ``relation``, ``edge`` (co-mentions with the pair's event counts) and
``document`` (an article with its entities, events, claims and relations: the JSON export).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from itertools import groupby
from typing import Any

from dossier.errors import ExportError
from dossier.export.grouping import EventGroup, gdelt_row, group_events
from dossier.store import export_queries as q
from dossier.store.connection import Connection

Item = dict[str, Any]


class Records:
    def __init__(self, conn: Connection, scope: q.Scope) -> None:
        self.conn = conn
        self.scope = scope
        self._kinds: dict[str, Callable[[], Iterator[Item]]] = {
            "article": lambda: q.articles(conn, scope),
            "entity": lambda: q.entities(conn, scope),
            "node": lambda: q.entities(conn, scope, with_event_actors=False),
            "mention": lambda: q.mentions(conn, scope),
            "mention_link": lambda: q.mention_links(conn, scope),
            "event": self.events,
            "event_group": self.event_groups,
            "event_report": self.event_reports,
            "claim": lambda: q.claims(conn, scope),
            "relation": lambda: q.relations(conn, scope),
            "edge": self.edges,
            "document": self.documents,
        }

    def iter(self, kind: str) -> Iterator[Item]:
        make = self._kinds.get(kind)
        if make is None:
            raise ExportError(f"unknown record kind {kind!r}; one of {', '.join(self._kinds)}")
        return make()

    # -- events ------------------------------------------------------------------------------------
    @cached_property
    def groups(self) -> list[EventGroup]:
        return group_events(q.events(self.conn, self.scope))

    @cached_property
    def group_of(self) -> dict[int, int]:
        return {r["event_id"]: g.event_id for g in self.groups for r in g.reports}

    def events(self) -> Iterator[Item]:
        for row in sorted((r for g in self.groups for r in g.reports), key=_by_date):
            yield {**row, "group_id": self.group_of[row["event_id"]]}

    def event_groups(self) -> Iterator[Item]:
        return (gdelt_row(g) for g in self.groups)

    def event_reports(self) -> Iterator[Item]:
        for g in self.groups:
            for r in g.reports:
                yield {**r, "group_id": g.event_id}

    # -- graph -------------------------------------------------------------------------------------
    def edges(self) -> Iterator[Item]:
        """Co-mention edges, each with the (grouped, not negated) events between the pair, either direction."""
        stats: dict[tuple[int, int], dict[str, Any]] = {}
        for g in self.groups:
            a, b = g.first.get("source_id"), g.first.get("target_id")
            if a is None or b is None or a == b or g.first.get("negated"):
                continue  # a negated event ("did not attack") is no cooperation or conflict
            s = stats.setdefault(
                (min(a, b), max(a, b)), {"events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "_sum": 0.0, "_n": 0}
            )
            s["events"] += 1
            quad = g.first.get("quad_class")
            if quad in (1, 2, 3, 4):
                s[f"q{quad}"] += 1
            if g.first.get("intensity") is not None:
                s["_sum"] += g.first["intensity"]
                s["_n"] += 1
        for edge in q.comention_edges(self.conn, self.scope):
            found = stats.get((edge["source"], edge["target"]))
            extra = {"events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "mean_intensity": None}
            if found:
                extra = {k: v for k, v in found.items() if not k.startswith("_")}
                extra["mean_intensity"] = round(found["_sum"] / found["_n"], 4) if found["_n"] else None
            yield {**edge, **extra}

    # -- JSON documents ----------------------------------------------------------------------------
    def documents(self) -> Iterator[Item]:
        """Articles with their entities (from the exported mentions), events, claims and relations.

        Every stream is ordered by (article date, article id), so they are merged without loading them."""
        refs = {
            e["entity_id"]: {"id": e["entity_id"], "name": e["name"], "type": e["type"]}
            for e in q.entities(self.conn, self.scope)
        }

        def ref(entity_id: int | None) -> Item | None:
            return None if entity_id is None else refs.get(entity_id, {"id": entity_id, "name": None, "type": None})

        mentions = _Stream(q.mentions(self.conn, self.scope))
        events = _Stream(iter(sorted(self.events(), key=_by_article)))
        claims = _Stream(q.claims(self.conn, self.scope))
        relations = _Stream(q.relations(self.conn, self.scope))
        for art in q.articles(self.conn, self.scope):
            key = _article_key(art)
            yield {
                "id": art["article_id"],
                "title": art["title"],
                "published": art["published"],
                "published_inferred": art["published_inferred"],
                "source": art["source"],
                "url": art["url"],
                "language": art["language"],
                "story_id": art["story_id"],
                "story_reports": art["story_reports"],
                "text": art["text"],
                "entities": _entities(mentions.take(key)),
                "events": [_event(e, ref) for e in events.take(key)],
                "claims": [_claim(c, ref) for c in claims.take(key)],
                "relations": [_relation(r, ref) for r in relations.take(key)],
            }


def _article_key(row: Mapping[str, Any]) -> tuple[str, str]:
    return (row["article_date"] or "", row["article_id"])


def _by_article(row: Item) -> tuple:
    return (*_article_key(row), row["trigger_start"], row["event_id"])


def _by_date(row: Mapping[str, Any]) -> tuple:
    return (row["date"] is None, row["date"] or "", *_article_key(row), row["trigger_start"], row["event_id"])


class _Stream:
    """Rows ordered by article key; ``take(key)`` returns the rows of that article, skipping earlier ones."""

    def __init__(self, rows: Iterator[Item]) -> None:
        self.rows = rows
        self.head: Item | None = next(rows, None)

    def take(self, key: tuple[str, str]) -> list[Item]:
        out = []
        while self.head is not None and _article_key(self.head) <= key:
            if _article_key(self.head) == key:
                out.append(self.head)
            self.head = next(self.rows, None)
        return out


def _entities(mentions: list[Item]) -> list[Item]:
    out = []
    order = sorted(mentions, key=lambda m: (m["entity_id"], m["start"], m["end"], m["mention_id"]))
    for entity_id, group in groupby(order, key=lambda m: m["entity_id"]):
        ms = list(group)
        out.append(
            {
                "id": entity_id,
                "name": ms[0]["entity_name"],
                "type": ms[0]["entity_type"],
                "mentions": [
                    {
                        "start": m["start"],
                        "end": m["end"],
                        "text": m["text"],
                        "kind": m["kind"],
                        "sentence": m["sentence"],
                    }
                    for m in ms
                ],
            }
        )
    out.sort(key=lambda e: (e["mentions"][0]["start"], e["id"]))
    return out


def _event(e: Item, ref) -> Item:
    return {
        "id": e["event_id"],
        "group_id": e["group_id"],
        "type": e["type"],
        "mode": e["mode"],
        "cameo_root": e["cameo_root"],
        "quad_class": e["quad_class"],
        "penta_class": e["penta_class"],
        "intensity": e["intensity"],
        "trigger": {"start": e["trigger_start"], "end": e["trigger_end"], "text": e["trigger"]},
        "source": ref(e["source_id"]),
        "target": ref(e["target_id"]),
        "place": ref(e["place_id"]),
        "participants": [ref(p) for p in e["participant_ids"]],
        "date": e["date"],
        "date_source": e["date_source"],
        "time_value": e["time_value"],
        "negated": e["negated"],
        "certainty": e["certainty"],
        "attribution": e["attribution"],
        "sentence": {"start": e["sentence_start"], "end": e["sentence_end"]},
    }


def _claim(c: Item, ref) -> Item:
    source = None
    if c["source_text"] is not None or c["source_id"] is not None:
        source = {
            "entity": ref(c["source_id"]),
            "text": c["source_text"],
            "kind": c["source_kind"],
            "start": c["source_start"],
            "end": c["source_end"],
        }
    return {
        "id": c["claim_id"],
        "source": source,
        "cue": {"start": c["cue_start"], "end": c["cue_end"], "text": c["cue"]},
        "content": {"start": c["content_start"], "end": c["content_end"], "text": c["content"]},
        "direct": c["direct"],
        "certainty": c["certainty"],
        "about": [ref(i) for i in c["about_ids"]],
        "sentence": None if c["sentence_start"] is None else {"start": c["sentence_start"], "end": c["sentence_end"]},
    }


def _relation(r: Item, ref) -> Item:
    evidence = None
    if r["evidence_start"] is not None:
        evidence = {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence"]}
    return {
        "id": r["relation_id"],
        "type": r["type"],
        "subject": ref(r["subject_id"]),
        "object": ref(r["object_id"]),
        "label": r["label"],
        "current": r["current"],
        "evidence": evidence,
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"]},
    }
