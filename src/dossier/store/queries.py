"""Read queries of the questions API. Every record reaches its corpus entity through ``doc_entities``
(users' merges and splits move that link), and every row carries its evidence: article, sentence, offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dossier.resolve.keys import lookup_keys, normalise
from dossier.store.connection import POSTGRESQL, dialect_of

Rows = list  # of rows readable by column name (sqlite3.Row or connection.Row)


def find_entities(conn, name: str) -> Rows:
    """Corpus entities a user's NAME may mean, best first: exact name, alias key, surname, substring."""
    size = "(SELECT COUNT(*) FROM mentions m JOIN doc_entities d ON m.doc_entity_id = d.id WHERE d.entity_id = e.id)"
    exact = conn.execute(
        f"SELECT e.*, {size} AS mentions FROM entities e WHERE LOWER(e.name) = LOWER(?) ORDER BY mentions DESC, e.id",
        (name,),
    ).fetchall()
    if exact:
        return exact
    keys = sorted(set(lookup_keys(name)))
    marks = ",".join("?" * len(keys))
    by_alias = conn.execute(
        f"SELECT DISTINCT e.*, {size} AS mentions FROM aliases a JOIN entities e ON e.id = a.entity_id"
        f" WHERE a.key IN ({marks}) ORDER BY mentions DESC, e.id",
        keys,
    ).fetchall()
    if by_alias:
        return by_alias
    words = normalise(name).split()
    if len(words) == 1:
        rows = conn.execute(
            f"SELECT DISTINCT e.*, {size} AS mentions FROM aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.key = ? ORDER BY mentions DESC, e.id",
            (f"surname:{words[0]}",),
        ).fetchall()
        if rows:
            return rows
    return conn.execute(
        f"SELECT e.*, {size} AS mentions FROM entities e WHERE LOWER(e.name) LIKE LOWER(?) ESCAPE '\\'"
        " ORDER BY mentions DESC, e.id LIMIT 20",
        (f"%{like_escape(name)}%",),
    ).fetchall()


def like_escape(text: str) -> str:
    """``text`` matched literally by ``LIKE ? ESCAPE '\\'``: its ``%``, ``_`` and ``\\`` escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def exact_entities(conn, name: str) -> Rows:
    """Corpus entities whose name, or one of whose aliases, is ``name`` (case, accents and punctuation
    aside): the only lookup a write (merge, split, rename) may use. Every match, by id."""
    wanted = normalise(name)
    found = {
        r["id"]: r
        for r in conn.execute("SELECT id, name, type FROM entities WHERE LOWER(name) = LOWER(?)", (name,)).fetchall()
    }
    keys = lookup_keys(name)
    for r in conn.execute(
        "SELECT DISTINCT e.id, e.name, e.type, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
        f" WHERE a.key IN ({','.join('?' * len(keys))})",
        keys,
    ).fetchall():
        if wanted:  # the keys are exact: a normalised name, a full person name, an acronym as written
            found.setdefault(r["id"], r)
    return [found[i] for i in sorted(found)]


def entity(conn, entity_id: int):
    return conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()


def aliases(conn, entity_id: int) -> Rows:
    return conn.execute(
        # each name once: a document's name is usually also one of its name mentions
        "SELECT alias, MAX(n) AS n FROM (SELECT d.name AS alias, COUNT(*) AS n FROM doc_entities d"
        " WHERE d.entity_id = ? GROUP BY d.name UNION ALL SELECT m.text, COUNT(*) FROM mentions m"
        " JOIN doc_entities d ON m.doc_entity_id = d.id WHERE d.entity_id = ? AND m.kind = 'name' GROUP BY m.text) u"
        " GROUP BY alias ORDER BY 2 DESC, 1",
        (entity_id, entity_id),
    ).fetchall()


def link_reasons(conn, entity_id: int, limit: int | None = None) -> Rows:
    sql = (
        "SELECT d.name, d.rule, d.article_id, a.title, a.published FROM doc_entities d JOIN articles a ON a.id = "
        "d.article_id"
        " WHERE d.entity_id = ? ORDER BY a.published, d.article_id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return conn.execute(sql, (entity_id,)).fetchall()


def event_types(conn, entity_id: int, side: str) -> Rows:
    """PLOVER types of the events with the entity as ``side`` (source or target), counted."""
    column = {"source": "source_doc_entity", "target": "target_doc_entity"}[side]
    return conn.execute(
        f"SELECT ev.type, COUNT(*) AS n FROM doc_entities d JOIN events ev ON ev.{column} = d.id"
        " WHERE d.entity_id = ? GROUP BY ev.type ORDER BY ev.type",
        (entity_id,),
    ).fetchall()


def roles(conn, entity_id: int) -> Rows:
    return conn.execute(
        'SELECT r.label, r.current, r.start, r."end", r.article_id, a.title, a.published, a.source, a.url'
        " FROM roles r JOIN doc_entities d ON r.doc_entity_id = d.id JOIN articles a ON a.id = r.article_id"
        " WHERE d.entity_id = ? ORDER BY a.published, r.article_id, r.start",
        (entity_id,),
    ).fetchall()


def mentions_per_month(conn, entity_id: int) -> Rows:
    return conn.execute(
        "SELECT month, COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles FROM ("
        "SELECT SUBSTR(COALESCE(a.published, a.published_inferred), 1, 7) AS month, a.id AS article_id"
        " FROM mentions m JOIN doc_entities d ON m.doc_entity_id = d.id JOIN articles a ON a.id = d.article_id"
        " WHERE d.entity_id = ?) mm GROUP BY month ORDER BY month IS NULL, month",
        (entity_id,),
    ).fetchall()


def connections(conn, entity_id: int, limit: int = 20) -> Rows:
    """Entities sharing articles with this one, by number of shared articles (from the co-mention table)."""
    return conn.execute(
        "SELECT c.b AS id, e.name, e.type, c.articles FROM comentions c JOIN entities e ON e.id = c.b"
        " WHERE c.a = ? ORDER BY c.articles DESC, e.name, c.b LIMIT ?",
        (entity_id, limit),
    ).fetchall()


_EVENT_COLUMNS = (
    "ev.*, a.title, a.published, a.source AS article_source, a.url,"
    " SUBSTR(a.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) AS sentence_text,"
    " ds.entity_id AS source_entity, dt.entity_id AS target_entity, dp.entity_id AS place_entity,"
    " es.name AS source_name, et.name AS target_name, ep.name AS place_name,"
    " es.type AS source_type, et.type AS target_type, ep.type AS place_type"
)
_EVENT_JOINS = (
    " FROM events ev JOIN articles a ON a.id = ev.article_id"
    " LEFT JOIN doc_entities ds ON ds.id = ev.source_doc_entity LEFT JOIN entities es ON es.id = ds.entity_id"
    " LEFT JOIN doc_entities dt ON dt.id = ev.target_doc_entity LEFT JOIN entities et ON et.id = dt.entity_id"
    " LEFT JOIN doc_entities dp ON dp.id = ev.place_doc_entity LEFT JOIN entities ep ON ep.id = dp.entity_id"
)


def _selected(joins: str, table: str, alias: str) -> str:
    """``joins`` reading ``table`` only at the ids of a ``sel`` CTE. A materialised set of ids, found through
    the indexes, then rows read by primary key: PostgreSQL would otherwise hash-join ``IN (subquery)``
    against a scan of the whole table; SQLite does the same either way."""
    assert f" FROM {table} " in joins
    return joins.replace(f" FROM {table} ", f" FROM sel JOIN {table} ON {alias}.id = sel.id ", 1)


def events(
    conn,
    *,
    entity_ids: Sequence[int] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    types: Sequence[str] = (),
    limit: int | None = None,
) -> Rows:
    where: list[str] = []
    params: list[Any] = []
    head, joins = "", _EVENT_JOINS
    if entity_ids:
        marks = ",".join("?" * len(entity_ids))
        # the entity's events found first through the indexes, then read by id (see _SELECTED)
        head = (
            f"WITH sel AS MATERIALIZED (SELECT e1.id FROM doc_entities d1 JOIN events e1 ON e1.source_doc_entity = "
            f"d1.id"
            f" WHERE d1.entity_id IN ({marks}) UNION SELECT e2.id FROM doc_entities d2"
            f" JOIN events e2 ON e2.target_doc_entity = d2.id WHERE d2.entity_id IN ({marks})) "
        )
        joins = _selected(_EVENT_JOINS, "events ev", "ev")
        params += [*entity_ids, *entity_ids]
    if date_from:
        where.append("ev.event_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("ev.event_date <= ?")
        params.append(date_to)
    if types:
        where.append(f"ev.type IN ({','.join('?' * len(types))})")
        params += [t.upper() for t in types]
    sql = f"{head}SELECT {_EVENT_COLUMNS}{joins}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY ev.event_date IS NULL, ev.event_date, a.published, ev.article_id, ev.trigger_start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return conn.execute(sql, params).fetchall()


# a claim's evidence: its sentence, widened to the whole content when a quote runs over several sentences
_EVIDENCE_START = (
    "CASE WHEN at.sentence_start IS NOT NULL AND at.sentence_start < at.content_start"
    " THEN at.sentence_start ELSE at.content_start END"
)
_EVIDENCE_END = (
    "CASE WHEN at.sentence_end IS NOT NULL AND at.sentence_end > at.content_end THEN at.sentence_end ELSE "
    "at.content_end END"
)
_CLAIM_SELECT = (
    "SELECT at.*, ds.entity_id AS source_entity, es.name AS source_name, es.type AS source_type, a.title, a.published,"
    f" a.source AS article_source, a.url, {_EVIDENCE_START} AS evidence_start,"
    f" SUBSTR(a.text, {_EVIDENCE_START} + 1, {_EVIDENCE_END} - {_EVIDENCE_START}) AS evidence_text"
    " FROM attributions at JOIN articles a ON a.id = at.article_id"
    " LEFT JOIN doc_entities ds ON ds.id = at.source_doc_entity LEFT JOIN entities es ON es.id = ds.entity_id"
)


def claims(
    conn,
    *,
    by: Sequence[int] = (),
    about: Sequence[int] = (),
    certainty: Sequence[str] = (),
    limit: int | None = None,
) -> Rows:
    where: list[str] = []
    params: list[Any] = []
    found: list[str] = []
    if by:
        found.append(
            f"SELECT at1.id FROM doc_entities d1 JOIN attributions at1 ON at1.source_doc_entity = d1.id"
            f" WHERE d1.entity_id IN ({','.join('?' * len(by))})"
        )
        params += list(by)
    for entity_id in about:
        found.append(
            "SELECT ae.attribution_id AS id FROM doc_entities dx"
            " JOIN attribution_entities ae ON ae.doc_entity_id = dx.id WHERE dx.entity_id = ?"
        )
        params.append(entity_id)
    sql = _CLAIM_SELECT
    if found:  # the claims found first through the indexes, then read by id (see _selected)
        sql = (
            f"WITH sel AS MATERIALIZED ({' INTERSECT '.join(found)}) "
            f"{_selected(_CLAIM_SELECT, 'attributions at', 'at')}"
        )
    if certainty:
        where.append(f"at.certainty IN ({','.join('?' * len(certainty))})")
        params += list(certainty)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published, at.article_id, at.content_start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return conn.execute(sql, params).fetchall()


def smaller_first(conn, a: int, b: int) -> tuple[int, int]:
    """The pair with the entity of fewer document entities (an index count) first: shared articles are
    looked up from that side."""
    size_a, size_b = (
        conn.execute("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?", (e,)).fetchone()[0] for e in (a, b)
    )
    return (a, b) if size_a <= size_b else (b, a)


def shared_articles(conn, x: int, y: int) -> Rows:
    """Every article mentioning both (one query, from x's side), by date: the co-mentions per month and
    the article list are read off it."""
    return conn.execute(
        "SELECT ar.id AS article_id, SUBSTR(COALESCE(ar.published, ar.published_inferred), 1, 7) AS month,"
        " ar.title, ar.published, ar.source, ar.url FROM articles ar WHERE ar.id IN ("
        "SELECT x.article_id FROM doc_entities x WHERE x.entity_id = ?"
        " AND EXISTS (SELECT 1 FROM doc_entities y WHERE y.article_id = x.article_id AND y.entity_id = ?))"
        " ORDER BY ar.published, ar.id",
        (x, y),
    ).fetchall()


def shared_sentences(conn, a: int, b: int, limit: int = 50) -> Rows:
    """The first ``limit`` sentences naming both entities, by date of their article: the evidence of a
    co-mention edge, read off the sentence pair index (one index range, whatever the two actors' size)."""
    return conn.execute(
        'SELECT s.article_id, s.idx, s.start, s."end", s.text, ar.title, ar.published, ar.source, ar.url'
        " FROM (SELECT published, article_id, sentence_id FROM sentence_pairs WHERE a = ? AND b = ?"
        " ORDER BY published, article_id, sentence_id LIMIT ?) p"
        " JOIN sentences s ON s.id = p.sentence_id JOIN articles ar ON ar.id = p.article_id"
        " ORDER BY p.published, p.article_id, s.idx",
        (a, b, limit),
    ).fetchall()


def _nulls_first(value):
    return (value is not None, value or "")  # SQLite's order, whatever the engine


def _between(kind: str) -> str:
    """A ``sel`` CTE of the ids of the ``kind`` records between two entities, from the pair index."""
    return f"WITH sel AS MATERIALIZED (SELECT record_id AS id FROM pairs WHERE a = ? AND b = ? AND kind = '{kind}') "


def events_between(conn, x: int, y: int) -> Rows:
    """Events with one of the two as source and the other as target, by date."""
    rows = conn.execute(
        f"{_between('event')}SELECT {_EVENT_COLUMNS}{_selected(_EVENT_JOINS, 'events ev', 'ev')}", (x, y)
    ).fetchall()
    return sorted(
        rows,
        key=lambda r: (
            r["event_date"] is None,
            r["event_date"] or "",
            _nulls_first(r["published"]),
            r["article_id"],
            r["trigger_start"],
            r["id"],
        ),
    )


def claims_about_both(conn, x: int, y: int) -> Rows:
    """Claims whose content mentions both entities."""
    rows = conn.execute(f"{_between('claim')}{_selected(_CLAIM_SELECT, 'attributions at', 'at')}", (x, y)).fetchall()
    return sorted(rows, key=lambda r: (_nulls_first(r["published"]), r["article_id"], r["content_start"], r["id"]))


def relations_between(conn, x: int, y: int) -> Rows:
    """Stable ties with one of the two as subject and the other as object."""
    rows = conn.execute(
        f"{_between('relation')}SELECT r.*, ar.title, ar.published, ar.source, ar.url,"
        " SUBSTR(ar.text, r.sentence_start + 1, r.sentence_end - r.sentence_start) AS sentence_text,"
        " ds.entity_id AS subject_entity, dob.entity_id AS object_entity,"
        " es.name AS subject_name, eo.name AS object_name, es.type AS subject_type, eo.type AS object_type"
        " FROM sel JOIN relations r ON r.id = sel.id JOIN doc_entities ds ON ds.id = r.subject_doc_entity"
        " JOIN doc_entities dob ON dob.id = r.object_doc_entity JOIN articles ar ON ar.id = r.article_id"
        " JOIN entities es ON es.id = ds.entity_id JOIN entities eo ON eo.id = dob.entity_id",
        (x, y),
    ).fetchall()
    return sorted(rows, key=lambda r: (_nulls_first(r["published"]), r["article_id"], r["id"]))


def neighbourhood_edges(conn, ids: Sequence[int]) -> Rows:
    """Co-mention edges (shared articles) among the given entities, for path finding: one primary-key
    probe per pair of them (``a IN (..) AND b IN (..)`` reads every partner of each ``a``, thousands for a
    frequent actor, on both engines)."""
    ids = sorted(set(ids))
    values = ",".join(["(CAST(? AS BIGINT))"] * len(ids))
    return conn.execute(
        f"WITH x(v) AS (VALUES {values}) SELECT a, b, articles FROM (SELECT x1.v AS a, x2.v AS b,"
        " (SELECT c.articles FROM comentions c WHERE c.a = x1.v AND c.b = x2.v) AS articles"
        " FROM x x1 CROSS JOIN x x2 WHERE x2.v > x1.v) p WHERE articles IS NOT NULL ORDER BY a, b",
        ids,
    ).fetchall()


def search(conn, text: str, limit: int = 50) -> Rows:
    """Sentences matching ``text``, best first, with the matched words between \\x02 and \\x03.

    SQLite uses FTS5 (its query syntax; the caller retries a syntax error as a phrase); PostgreSQL its own
    full-text search with ``websearch_to_tsquery`` (quotes, ``or``, ``-word``; never a syntax error).
    """
    if dialect_of(conn) == POSTGRESQL:
        return conn.execute(
            'SELECT s.article_id, s.idx, s.start, s."end", s.text,'
            " ts_headline('english', s.text, q, 'StartSel=\x02, StopSel=\x03, HighlightAll=true') AS marked,"
            " a.title, a.published, a.source, a.url"
            " FROM sentences s CROSS JOIN websearch_to_tsquery('english', ?) q JOIN articles a ON a.id = s.article_id"
            " WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC, a.published, s.article_id, s.idx LIMIT ?",
            (text, limit),
        ).fetchall()
    return conn.execute(
        'SELECT s.article_id, s.idx, s.start, s."end", s.text,'
        " highlight(sentences_fts, 0, '\x02', '\x03') AS marked, a.title, a.published, a.source, a.url"
        " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id"
        " WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts), a.published, s.article_id, s.idx LIMIT ?",
        (text, limit),
    ).fetchall()


def entities_ranked(conn, etype: str | None = None, limit: int = 50, offset: int = 0) -> Rows:
    sql = (
        "SELECT e.id, e.name, e.type, e.country, COUNT(m.id) AS mentions, COUNT(DISTINCT d.article_id) AS articles"
        " FROM entities e JOIN doc_entities d ON d.entity_id = e.id JOIN mentions m ON m.doc_entity_id = d.id"
    )
    params: list = []
    if etype:
        sql += " WHERE e.type = ?"
        params.append(etype.upper())
    sql += " GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?"
    return conn.execute(sql, [*params, limit, offset]).fetchall()


def article(conn, article_id: str):
    return conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()


def sentence(conn, article_id: str, start: int):
    return conn.execute(
        'SELECT * FROM sentences WHERE article_id = ? AND start <= ? AND "end" > ? ORDER BY idx LIMIT 1',
        (article_id, start, start),
    ).fetchone()
