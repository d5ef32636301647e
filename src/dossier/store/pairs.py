"""The pair index: for every two corpus entities, the events, claims and ties between them.

Derived rows, like the co-mention counts: an event with a source and a target, a claim about two entities
or more, a tie between a subject and an object gives one row per ordered pair of distinct corpus entities
(both directions), so the records between two actors are one index range whatever their size. Written
with every article and rebuilt for the articles whose entities a user's merge, split or a consolidation
moved; a migration fills it from the stored records.
"""

from __future__ import annotations

from collections.abc import Sequence

# (kind, SELECT of entity a, entity b, record id, article id, for the articles of the WHERE clause that follows)
_SOURCES = (
    (
        "event",
        "SELECT ds.entity_id AS a, dt.entity_id AS b, ev.id AS id, ev.article_id AS article_id FROM events ev"
        " JOIN doc_entities ds ON ds.id = ev.source_doc_entity JOIN doc_entities dt ON dt.id = ev.target_doc_entity"
        " WHERE ds.entity_id != dt.entity_id AND {articles}",
        "ev.article_id",
    ),
    (
        "relation",
        "SELECT ds.entity_id AS a, dob.entity_id AS b, r.id AS id, r.article_id AS article_id FROM relations r"
        " JOIN doc_entities ds ON ds.id = r.subject_doc_entity JOIN doc_entities dob ON dob.id = r.object_doc_entity"
        " WHERE ds.entity_id != dob.entity_id AND {articles}",
        "r.article_id",
    ),
    (
        "claim",  # every two entities the content is about: already both directions
        "SELECT DISTINCT d1.entity_id AS a, d2.entity_id AS b, ae1.attribution_id AS id, d1.article_id AS article_id"
        " FROM attribution_entities ae1"
        " JOIN doc_entities d1 ON d1.id = ae1.doc_entity_id"
        " JOIN attribution_entities ae2 ON ae2.attribution_id = ae1.attribution_id"
        " JOIN doc_entities d2 ON d2.id = ae2.doc_entity_id"
        " WHERE d1.entity_id != d2.entity_id AND {articles}",
        "d1.article_id",
    ),
)
CHUNK = 500  # article ids per statement


def _insert(db, where: str, params: Sequence) -> None:
    for kind, select, column in _SOURCES:
        sql = select.format(articles=where.format(column=column))
        db.execute(f"INSERT INTO pairs (a, b, kind, record_id, article_id) SELECT a, b, '{kind}', id, article_id"
                   f" FROM ({sql}) s", params)
        if kind != "claim":  # the other direction
            db.execute(f"INSERT INTO pairs (a, b, kind, record_id, article_id) SELECT b, a, '{kind}', id, article_id"
                       f" FROM ({sql}) s", params)


def fill_pairs(db) -> None:
    """Every pair row of the store (a migration's backfill)."""
    _insert(db, "1 = 1", ())


def add_pairs(db, article_id: str) -> None:
    """The pair rows of a newly stored article."""
    _insert(db, "{column} = ?", (article_id,))


def refresh_pairs(db, article_ids: Sequence[str]) -> None:
    """Rebuild the pair rows of articles whose document entities moved to another corpus entity."""
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM pairs WHERE article_id IN ({marks})", chunk)
        _insert(db, f"{{column}} IN ({marks})", chunk)
