"""A small real store written without the model: hand-built analyses of two short articles, stored through
the store's own write path (resolution, co-mentions, pairs). For tests and benchmarks that need a store but
must not load spaCy, such as the check that question and export commands stay light."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dossier.models import Analysis, Article, Entity, Mention, Offsets
from dossier.store import open_store

# (id, published, source, text, [(name, type, [(surface, sentence), ...]), ...])
ARTICLES = [
    (
        "s1",
        "2024-03-04",
        "Wire A",
        "Hannah Lee met Tomas Varga in Budapest. Lee said the talks were constructive.",
        [
            ("Hannah Lee", "PERSON", [("Hannah Lee", 0), ("Lee", 1)]),
            ("Tomas Varga", "PERSON", [("Tomas Varga", 0)]),
            ("Budapest", "GPE", [("Budapest", 0)]),
        ],
    ),
    (
        "s2",
        "2024-04-15",
        "Wire B",
        "Hannah Lee visited Budapest again. Tomas Varga and Hannah Lee discussed energy prices.",
        [
            ("Hannah Lee", "PERSON", [("Hannah Lee", 0), ("Hannah Lee", 1)]),
            ("Tomas Varga", "PERSON", [("Tomas Varga", 1)]),
            ("Budapest", "GPE", [("Budapest", 0)]),
        ],
    ),
]


def _analysis(article_id: str, published: str, source: str, text: str, entities: list) -> Analysis:
    first = text.index(". ") + 1
    sentences = [Offsets(0, first), Offsets(first + 1, len(text))]
    records = []
    for n, (name, kind, surfaces) in enumerate(entities):
        mentions = []
        for surface, sentence in surfaces:
            start = text.index(surface, sentences[sentence].start)
            mentions.append(Mention(start, start + len(surface), surface, "name", sentence))
        records.append(Entity(id=f"e{n}", name=name, type=kind, mentions=mentions))
    article = Article(id=article_id, text=text, published=published, source=source)
    return Analysis(article=article, sentences=sentences, entities=records, model="hand-built")


def write_small_store(db: str | Path) -> str | Path:
    """Write the two articles into the store at ``db`` (created if missing) and return ``db``."""
    store = open_store(db)
    try:
        for article_id, published, source, text, entities in ARTICLES:
            analysis = _analysis(article_id, published, source, text, entities)
            text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
            store.write_analysis(analysis, text_hash=text_hash, minhash=None, story_id=None)
    finally:
        store.close()
    return db


def stored_mention_entities(db: Path, *analyses: Analysis) -> dict[tuple[str, str], int]:
    """The analyses stored one by one through ingest's store half into a new store at ``db``; the corpus entity
    of every stored mention by (article id, mention text)."""
    # imported here: the store written above must stay light (no spaCy), and ingest's half may not be
    from dossier.build import IngestReport, store_results
    from dossier.store.resolution_queries import mention_entities

    store = open_store(db)
    try:
        for analysis in analyses:
            report = IngestReport()
            store_results(store, [analysis], report)
            assert report.stored == 1 and not report.failed, f"{analysis.article.id} was not stored"
        rows = mention_entities(store.conn, [a.article.id for a in analyses])
    finally:
        store.close()
    text = {a.article.id: a.article.text for a in analyses}
    return {(article, text[article][start:end]): entity for article, start, end, entity in rows}
