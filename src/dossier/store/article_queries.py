"""Read queries of the web app: one stored article with everything extracted from it, the latest articles,
and the neighbourhood graph of two actors (who stands between them, how much each pair is mentioned
together, and how their events lean).

Standard SQL with ``?`` placeholders only (see ``connection``): the same statements run on SQLite and,
through the placeholder translation, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

Rows = list  # of rows readable by column name


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


# -- one article -----------------------------------------------------------------------------------
def article(conn, article_id: str):
    return conn.execute(
        "SELECT id, title, published, published_inferred, published_basis, source, url, language, text, story_id,"
        " origin, model, authors, dateline, notes FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()


def sentences(conn, article_id: str) -> Rows:
    return conn.execute(
        'SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
    ).fetchall()


def doc_entities(conn, article_id: str) -> Rows:
    return conn.execute(
        "SELECT d.id, d.local_id, d.name, d.type, d.country, d.entity_id, e.name AS entity_name, e.type AS entity_type"
        " FROM doc_entities d JOIN entities e ON e.id = d.entity_id WHERE d.article_id = ? ORDER BY d.id",
        (article_id,),
    ).fetchall()


def mentions(conn, article_id: str) -> Rows:
    return conn.execute(
        'SELECT doc_entity_id, sentence, start, "end", text, kind, linked_by FROM mentions WHERE article_id = ?'
        " ORDER BY start, id",
        (article_id,),
    ).fetchall()


def roles(conn, article_id: str) -> Rows:
    return conn.execute(
        'SELECT doc_entity_id, label, start, "end", current FROM roles WHERE article_id = ? ORDER BY start, id',
        (article_id,),
    ).fetchall()


def times(conn, article_id: str) -> Rows:
    return conn.execute(
        'SELECT local_id, sentence, start, "end", text, type, value, mod FROM times WHERE article_id = ? ORDER BY '
        "start, id",
        (article_id,),
    ).fetchall()


def attributions(conn, article_id: str) -> Rows:
    return conn.execute(
        "SELECT local_id, source_doc_entity, source_text, source_kind, source_start, source_end, cue_text, cue_start,"
        " cue_end, content_text, content_start, content_end, direct, certainty, sentence_start, sentence_end"
        " FROM attributions WHERE article_id = ? ORDER BY content_start, id",
        (article_id,),
    ).fetchall()


def events(conn, article_id: str) -> Rows:
    return conn.execute(
        "SELECT id, local_id, type, mode, cameo_root, quad_class, penta_class, intensity, trigger_text, trigger_start,"
        " trigger_end, source_doc_entity, target_doc_entity, place_doc_entity, time_value, time_start, time_end,"
        " negated, certainty, attribution_local, sentence_start, sentence_end"
        " FROM events WHERE article_id = ? ORDER BY trigger_start, id",
        (article_id,),
    ).fetchall()


def event_participants(conn, article_id: str) -> Rows:
    return conn.execute(
        "SELECT p.event_id, p.position, p.doc_entity_id FROM event_participants p JOIN events ev ON ev.id = p.event_id"
        " WHERE ev.article_id = ? ORDER BY p.event_id, p.position",
        (article_id,),
    ).fetchall()


def relations(conn, article_id: str) -> Rows:
    return conn.execute(
        "SELECT local_id, type, subject_doc_entity, object_doc_entity, label, current, sentence_start, sentence_end,"
        " evidence_start, evidence_end FROM relations WHERE article_id = ? ORDER BY sentence_start, id",
        (article_id,),
    ).fetchall()


# -- lists -----------------------------------------------------------------------------------------
def latest_articles(conn, limit: int, offset: int = 0) -> Rows:
    """Articles, newest first (undated last)."""
    return conn.execute(
        "SELECT id, title, published, source, url FROM articles"
        " ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id LIMIT ? OFFSET ?",
        (int(limit), int(offset)),
    ).fetchall()


def count_articles(conn) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def count_entities(conn, etype: str | None = None) -> int:
    if etype:
        return int(conn.execute("SELECT COUNT(*) FROM entities WHERE type = ?", (etype,)).fetchone()[0])
    return int(conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0])


def entity_rows(conn, ids: Sequence[int]) -> Rows:
    """Name, type, country, mentions and articles of the given entities."""
    if not ids:
        return []
    return conn.execute(
        "SELECT e.id, e.name, e.type, e.country, COUNT(m.id) AS mentions, COUNT(DISTINCT d.article_id) AS articles"
        " FROM entities e JOIN doc_entities d ON d.entity_id = e.id LEFT JOIN mentions m ON m.doc_entity_id = d.id"
        f" WHERE e.id IN ({_marks(ids)}) GROUP BY e.id, e.name, e.type, e.country",
        list(ids),
    ).fetchall()


# -- the neighbourhood of two actors ----------------------------------------------------------------
def common_neighbours(conn, a: int, b: int, limit: int) -> Rows:
    """Actors mentioned with both ``a`` and ``b``, most shared articles first."""
    return conn.execute(
        "SELECT ca.b AS id, ca.articles AS with_a, cb.articles AS with_b FROM comentions ca"
        " JOIN comentions cb ON cb.b = ca.b AND cb.a = ?"
        " WHERE ca.a = ? AND ca.b != ?"
        " ORDER BY CASE WHEN ca.articles < cb.articles THEN ca.articles ELSE cb.articles END DESC,"
        " ca.articles + cb.articles DESC, ca.b LIMIT ?",
        (b, a, b, int(limit)),
    ).fetchall()


def comention_edges(conn, ids: Sequence[int]) -> Rows:
    """Every pair among ``ids`` mentioned together, with the number of shared articles (each pair once)."""
    if not ids:
        return []
    marks = _marks(ids)
    return conn.execute(
        f"SELECT a, b, articles FROM comentions WHERE a IN ({marks}) AND b IN ({marks}) AND a < b",
        [*ids, *ids],
    ).fetchall()


def mention_counts(conn, ids: Sequence[int]) -> Rows:
    if not ids:
        return []
    return conn.execute(
        "SELECT d.entity_id AS id, COUNT(*) AS mentions FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id"
        f" WHERE d.entity_id IN ({_marks(ids)}) GROUP BY d.entity_id",
        list(ids),
    ).fetchall()


def event_classes(conn, ids: Sequence[int]) -> Rows:
    """Events among ``ids`` (source and target both in it) counted per ordered pair and QuadClass."""
    if not ids:
        return []
    marks = _marks(ids)
    return conn.execute(
        "SELECT ds.entity_id AS source, dt.entity_id AS target, ev.quad_class, COUNT(*) AS events"
        " FROM events ev JOIN doc_entities ds ON ds.id = ev.source_doc_entity"
        " JOIN doc_entities dt ON dt.id = ev.target_doc_entity"
        f" WHERE ds.entity_id IN ({marks}) AND dt.entity_id IN ({marks}) AND ds.entity_id != dt.entity_id"
        " GROUP BY ds.entity_id, dt.entity_id, ev.quad_class",
        [*ids, *ids],
    ).fetchall()
