"""Answers behind the web app: a stored article rebuilt as an ``Analysis`` (so the stored and the freshly
analysed article are shown by the same code), the latest articles, and the neighbourhood graph of two
actors. ``Corpus.article``, ``Corpus.articles`` and ``Corpus.neighbourhood`` call these."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.models import (
    Analysis,
    Article,
    Attribution,
    Entity,
    Event,
    EventTime,
    Mention,
    Offsets,
    PublishedInferred,
    Relation,
    Role,
    Source,
    Span,
    TimeExpr,
)
from dossier.query.records import ArticleRef, EntityRef
from dossier.store import article_queries as aq
from dossier.store.article_format import article_format_from_row
from dossier.store.codes import article_codes


@dataclass
class StoredArticle:
    """One stored article with everything extracted from it; ``links`` maps the article's entity ids
    (``analysis.entities[i].id``) to the corpus entities they were resolved to."""

    analysis: Analysis
    links: dict[str, EntityRef]
    story_id: str | None = None


@dataclass
class GraphNode:
    entity: EntityRef
    mentions: int
    role: str  # "a", "b" or "between"


@dataclass
class GraphEdge:
    a: int
    b: int
    articles: int  # mentioned together in this many articles
    cooperation: int = 0  # events of QuadClass 1-2 between them, either direction
    conflict: int = 0  # events of QuadClass 3-4
    tone: str = "none"  # cooperation | conflict | mixed | none (no events)
    weight: int = 0  # articles + events: the evidence behind the edge

    def settle(self) -> GraphEdge:
        if self.cooperation == self.conflict == 0:
            self.tone = "none"
        elif self.cooperation == self.conflict:
            self.tone = "mixed"
        else:
            self.tone = "cooperation" if self.cooperation > self.conflict else "conflict"
        self.weight = self.articles + self.cooperation + self.conflict
        return self


@dataclass
class NeighbourGraph:
    a: EntityRef
    b: EntityRef
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


def stored_article(conn, article_id: str) -> StoredArticle | None:
    row = aq.article(conn, article_id)
    if row is None:
        return None
    text = row["text"]
    authors, dateline, notes = article_format_from_row(row["authors"], row["dateline"], row["notes"])
    art = Article(
        id=row["id"],
        text=text,
        title=row["title"],
        published=row["published"],
        source=row["source"],
        url=row["url"],
        language=row["language"],
        origin=row["origin"] or row["id"],
        dateline=dateline,
        authors=authors,
        notes=notes,
    )
    docs = aq.doc_entities(conn, article_id)
    local = {d["id"]: d["local_id"] for d in docs}
    entities = {d["id"]: Entity(id=d["local_id"], name=d["name"], type=d["type"], country=d["country"]) for d in docs}
    links = {d["local_id"]: EntityRef(d["entity_id"], d["entity_name"], d["entity_type"]) for d in docs}
    for m in aq.mentions(conn, article_id):
        ent = entities.get(m["doc_entity_id"])
        if ent is not None:
            ent.mentions.append(
                Mention(m["start"], m["end"], m["text"], m["kind"], m["sentence"], linked_by=m["linked_by"] or "")
            )
    for r in aq.roles(conn, article_id):
        ent = entities.get(r["doc_entity_id"])
        if ent is not None:
            ent.roles.append(
                Role(r["label"], r["start"], r["end"], None if r["current"] is None else bool(r["current"]))
            )
    times = [
        TimeExpr(
            t["local_id"] or f"t{i}",
            t["start"],
            t["end"],
            t["text"],
            t["type"],
            t["value"],
            t["mod"],
            sentence=t["sentence"] or 0,
        )
        for i, t in enumerate(aq.times(conn, article_id))
    ]
    attributions = []
    for r in aq.attributions(conn, article_id):
        source = None
        if r["source_start"] is not None:
            source = Source(
                local.get(r["source_doc_entity"]),
                r["source_start"],
                r["source_end"],
                r["source_text"] or "",
                r["source_kind"] or "vague",
            )
        sentence = Offsets(r["sentence_start"], r["sentence_end"]) if r["sentence_start"] is not None else None
        attributions.append(
            Attribution(
                id=r["local_id"],
                source=source,
                cue=Span(r["cue_start"], r["cue_end"], r["cue_text"]),
                content=Span(r["content_start"], r["content_end"], r["content_text"]),
                direct=bool(r["direct"]),
                certainty=r["certainty"],
                sentence=sentence,
            )
        )
    participants: dict[int, list[str]] = {}
    for p in aq.event_participants(conn, article_id):
        if p["doc_entity_id"] in local:
            participants.setdefault(p["event_id"], []).append(local[p["doc_entity_id"]])
    events = []
    for r in aq.events(conn, article_id):
        time = EventTime(r["time_value"], r["time_start"], r["time_end"]) if r["time_start"] is not None else None
        events.append(
            Event(
                id=r["local_id"],
                type=r["type"],
                mode=r["mode"],
                cameo_root=r["cameo_root"] or "",
                quad_class=r["quad_class"],
                penta_class=r["penta_class"],
                intensity=r["intensity"],
                trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
                source=local.get(r["source_doc_entity"]),
                target=local.get(r["target_doc_entity"]),
                participants=participants.get(r["id"], []),
                time=time,
                place=local.get(r["place_doc_entity"]),
                negated=bool(r["negated"]),
                certainty=r["certainty"],
                attribution=r["attribution_local"],
                sentence=Offsets(r["sentence_start"], r["sentence_end"]),
            )
        )
    _fill_codes(conn, article_id, entities, events)
    relations = []
    for r in aq.relations(conn, article_id):
        if r["subject_doc_entity"] not in local:
            continue
        evidence = None
        if r["evidence_start"] is not None:
            evidence = Span(r["evidence_start"], r["evidence_end"], text[r["evidence_start"] : r["evidence_end"]])
        relations.append(
            Relation(
                id=r["local_id"],
                type=r["type"],
                subject=local[r["subject_doc_entity"]],
                object=local.get(r["object_doc_entity"]),
                label=r["label"],
                current=None if r["current"] is None else bool(r["current"]),
                sentence=Offsets(r["sentence_start"], r["sentence_end"]),
                evidence=evidence,
            )
        )
    inferred = None
    if row["published_inferred"]:
        inferred = PublishedInferred(row["published_inferred"], row["published_basis"] or "")
    analysis = Analysis(
        article=art,
        sentences=[Offsets(s["start"], s["end"]) for s in aq.sentences(conn, article_id)],
        entities=list(entities.values()),
        times=times,
        attributions=attributions,
        events=events,
        relations=relations,
        published_inferred=inferred,
        model=row["model"] or "",
    )
    return StoredArticle(analysis, links, row["story_id"])


def _fill_codes(conn, article_id: str, entities: dict, events: list) -> None:
    """The codes stage's output as stored (migration 8): entities' country, sector and codes, events' actor codes."""
    ent_codes, ev_codes = article_codes(conn, article_id)
    for doc_id, ent in entities.items():
        if doc_id in ent_codes:
            ent.country_code, ent.sector, ent.codes = ent_codes[doc_id]
    for ev in events:
        if ev.id in ev_codes:
            ev.source_country, ev.source_sector, ev.target_country, ev.target_sector = ev_codes[ev.id]


def latest_articles(conn, limit: int, offset: int) -> list[ArticleRef]:
    return [
        ArticleRef(r["id"], r["title"], r["published"], r["source"], r["url"])
        for r in aq.latest_articles(conn, limit, offset)
    ]


def neighbour_graph(conn, a: EntityRef, b: EntityRef, neighbours: int, ref) -> NeighbourGraph:
    """``a``, ``b`` and the actors mentioned with both (at most ``neighbours``), with every co-mention edge
    among them, each counting the events of either direction by cooperation (QuadClass 1-2) and conflict (3-4).
    ``ref(id)`` builds an ``EntityRef``."""
    between = [r["id"] for r in aq.common_neighbours(conn, a.id, b.id, neighbours)]
    ids = [a.id, b.id, *between]
    mentions = {r["id"]: r["mentions"] for r in aq.mention_counts(conn, ids)}
    roles = {a.id: "a", b.id: "b"}
    graph = NeighbourGraph(a, b)
    graph.nodes = [
        GraphNode(a if i == a.id else b if i == b.id else ref(i), mentions.get(i, 0), roles.get(i, "between"))
        for i in ids
    ]
    edges: dict[tuple[int, int], GraphEdge] = {}
    for r in aq.comention_edges(conn, ids):
        edges[(r["a"], r["b"])] = GraphEdge(r["a"], r["b"], r["articles"])
    for r in aq.event_classes(conn, ids):
        key = (min(r["source"], r["target"]), max(r["source"], r["target"]))
        edge = edges.setdefault(key, GraphEdge(key[0], key[1], 0))
        if r["quad_class"] in (1, 2):
            edge.cooperation += r["events"]
        elif r["quad_class"] in (3, 4):
            edge.conflict += r["events"]
    graph.edges = [e.settle() for e in sorted(edges.values(), key=lambda e: (e.a, e.b))]
    return graph
