"""The pair index: for every two corpus entities, the events, claims and ties between them, and the
sentences that name both.

Derived rows, like the co-mention counts: an event with a source and a target, a claim about two entities
or more, a tie between a subject and an object gives one row per ordered pair of distinct corpus entities
(both directions), so the records between two actors are one index range whatever their size; likewise
every sentence naming two entities gives a row of ``sentence_pairs``, in date order. Written
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
# every two entities named in one sentence: the evidence of a co-mention, in date order (``published`` is the
# article's, which never changes once stored); sentence ids follow the order of sentences in an article
_SENTENCES = (
    "SELECT DISTINCT d1.entity_id AS a, d2.entity_id AS b, s.id AS id, m1.article_id AS article_id FROM mentions m1"
    " JOIN doc_entities d1 ON d1.id = m1.doc_entity_id"
    " JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence"
    " JOIN doc_entities d2 ON d2.id = m2.doc_entity_id"
    " JOIN sentences s ON s.article_id = m1.article_id AND s.idx = m1.sentence"
    " WHERE d1.entity_id != d2.entity_id AND {articles}",
    "m1.article_id",
)
CHUNK = 500  # article ids per statement


def _insert(db, where: str, params: Sequence) -> None:
    for kind, select, column in _SOURCES:
        sql = select.format(articles=where.format(column=column))
        # one pass over the records: the other direction is read off the same rows (claims have both already)
        other = "" if kind == "claim" else f" UNION ALL SELECT b, a, '{kind}', id, article_id FROM s"
        db.execute(
            f"WITH s AS ({sql}) INSERT INTO pairs (a, b, kind, record_id, article_id)"
            f" SELECT a, b, '{kind}', id, article_id FROM s{other}",
            params,
        )


def _insert_sentences(db, where: str, params: Sequence) -> None:
    select, column = _SENTENCES
    sql = select.format(articles=where.format(column=column))
    db.execute(
        "INSERT INTO sentence_pairs (a, b, published, article_id, sentence_id)"
        f" SELECT p.a, p.b, ar.published, p.article_id, p.id FROM ({sql}) p JOIN articles ar ON ar.id = p.article_id",
        params,
    )


def fill_pairs(db) -> None:
    """Every row of ``pairs`` (migration 5's backfill)."""
    _insert(db, "1 = 1", ())


def fill_sentence_pairs(db) -> None:
    """Every row of ``sentence_pairs`` (migration 6's backfill)."""
    _insert_sentences(db, "1 = 1", ())


def add_pairs(db, article_id: str) -> None:
    """The pair rows of a newly stored article."""
    _insert(db, "{column} = ?", (article_id,))
    _insert_sentences(db, "{column} = ?", (article_id,))


def refresh_pairs(db, article_ids: Sequence[str]) -> None:
    """Rebuild the pair rows of articles whose document entities moved to another corpus entity."""
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM pairs WHERE article_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM sentence_pairs WHERE article_id IN ({marks})", chunk)
        _insert(db, f"{{column}} IN ({marks})", chunk)
        _insert_sentences(db, f"{{column}} IN ({marks})", chunk)


def add_comentions(db, article_id: str) -> None:
    """Count one more shared article for every pair of corpus entities of a newly stored article."""
    ids = sorted(
        {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT entity_id FROM doc_entities WHERE article_id = ? AND entity_id IS NOT NULL",
                (article_id,),
            )
        }
    )
    pairs = [(x, y) for x in ids for y in ids if x != y]
    db.executemany(
        "INSERT INTO comentions (a, b, articles) VALUES (?, ?, 1)"
        " ON CONFLICT (a, b) DO UPDATE SET articles = comentions.articles + 1",
        pairs,
    )


def refresh_comentions(db, entity_ids: Sequence[int]) -> None:
    """Recount the co-mentions of entities whose document entities moved (merge, split, consolidation)."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    db.execute(f"DELETE FROM comentions WHERE a IN ({marks}) OR b IN ({marks})", [*ids, *ids])
    counted = db.execute(
        "SELECT d1.entity_id, d2.entity_id, COUNT(DISTINCT d1.article_id) FROM doc_entities d1"
        " JOIN doc_entities d2 ON d2.article_id = d1.article_id AND d2.entity_id != d1.entity_id"
        f" WHERE d1.entity_id IN ({marks}) GROUP BY d1.entity_id, d2.entity_id",
        ids,
    ).fetchall()
    rows = {(r[0], r[1]): r[2] for r in counted}
    rows.update({(b, a): n for (a, b), n in list(rows.items())})  # both directions
    db.executemany(
        "INSERT INTO comentions (a, b, articles) VALUES (?, ?, ?)", sorted((a, b, n) for (a, b), n in rows.items())
    )
