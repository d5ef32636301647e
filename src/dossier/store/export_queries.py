"""Read queries of ``dossier export``: every table an exporter writes, filtered by one ``Scope``.

Every record reaches its corpus entity through ``doc_entities`` (users' merges and splits move that
link). Each function takes the store's connection (SQLite or PostgreSQL) and yields plain dicts in a fixed
order, so that the same store always exports the same bytes. Rows carry ``article_date`` (the article's published date,
else the inferred one, else ``''``) so that exporters can merge streams ordered by article.

What a scope keeps (``--entity`` X, ``--from``/``--to``, ``--type``):

- articles: published (or inferred) date in range; with X, only articles that mention X;
- entities: every corpus entity of those articles (with X: X and the entities co-mentioned with it),
  plus the actors of the exported events, with their mention and article counts in those articles;
- mentions: the mentions in those articles (with X: X's mentions only);
- events: event date in range, PLOVER type, and with X, X as source, target, place or participant;
- claims: in those articles; with X, said by X or mentioning X in their content;
- relations: in those articles; with X, X as subject or object;
- co-mention edges: entity pairs sharing those articles (with X: pairs that include X).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dossier.store.connection import id_list

ARTICLE_DATE = "COALESCE(a.published, a.published_inferred)"


@dataclass(frozen=True)
class Scope:
    """The filters of one export. Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``date_to`` is inclusive."""

    entity_ids: tuple[int, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None


def entity_ids_named(conn, name: str) -> list[int]:
    """Ids of the corpus entities called ``name`` (case-insensitive, Unicode case folding included)."""
    rows = conn.execute("SELECT id FROM entities WHERE LOWER(name) = LOWER(?) ORDER BY id", (name,)).fetchall()
    if rows:
        return [r[0] for r in rows]
    wanted = name.casefold()
    return [r[0] for r in conn.execute("SELECT id, name FROM entities ORDER BY id") if r[1].casefold() == wanted]


# -- WHERE builders --------------------------------------------------------------------------------
def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _date_clauses(expr: str, scope: Scope) -> tuple[list[str], list]:
    where: list[str] = []
    params: list = []
    if scope.date_from:
        where.append(f"{expr} >= ?")
        params.append(scope.date_from)
    if scope.date_to:
        # a partial upper bound (2016-12) keeps every date that starts with it (2016-12-31, 2016-12-31T23:00)
        where.append(f"SUBSTR({expr}, 1, ?) <= ?")
        params += [len(scope.date_to), scope.date_to]
    return where, params


def _article_where(scope: Scope) -> tuple[list[str], list]:
    """Clauses on ``articles a``: the date range and, with an entity, articles that mention it."""
    where, params = _date_clauses(ARTICLE_DATE, scope)
    if scope.entity_ids:
        where.append(
            f"EXISTS (SELECT 1 FROM doc_entities dx WHERE dx.article_id = a.id AND dx.entity_id IN "
            f"({_marks(scope.entity_ids)}))"
        )
        params += list(scope.entity_ids)
    return where, params


def _event_where(scope: Scope) -> tuple[list[str], list]:
    """Clauses on ``events ev`` joined to ``ds``/``dt``/``dp`` (source, target, place doc entities)."""
    where, params = _date_clauses("ev.event_date", scope)
    if scope.event_type:
        where.append("ev.type = ?")
        params.append(scope.event_type.upper())
    if scope.entity_ids:
        m = _marks(scope.entity_ids)
        where.append(
            f"(ds.entity_id IN ({m}) OR dt.entity_id IN ({m}) OR dp.entity_id IN ({m}) OR EXISTS ("
            f"SELECT 1 FROM event_participants pj JOIN doc_entities dj ON dj.id = pj.doc_entity_id"
            f" WHERE pj.event_id = ev.id AND dj.entity_id IN ({m})))"
        )
        params += list(scope.entity_ids) * 4
    return where, params


def _sql_where(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


def _dicts(cursor, bools: Sequence[str] = (), id_lists: Sequence[str] = ()) -> Iterator[dict]:
    for row in cursor:
        item = dict(row)
        for key in bools:
            if item[key] is not None:
                item[key] = bool(item[key])
        for key in id_lists:
            item[key] = [int(x) for x in item[key].split(";")] if item[key] else []
        yield item


# -- tables ----------------------------------------------------------------------------------------
def articles(conn, scope: Scope) -> Iterator[dict]:
    where, params = _article_where(scope)
    sql = (
        "SELECT a.id AS article_id, a.title, a.published, a.published_inferred, a.published_basis, a.source, a.url,"
        " a.language, a.story_id, s.reports AS story_reports, a.origin, a.model, a.ingested_at,"
        f" LENGTH(a.text) AS chars, a.text, COALESCE({ARTICLE_DATE}, '') AS article_date"
        " FROM articles a JOIN stories s ON s.id = a.story_id"
        f"{_sql_where(where)} ORDER BY article_date, a.id"
    )
    return _dicts(conn.execute(sql, params))


_EVENT_ACTOR_JOINS = (
    " LEFT JOIN doc_entities ds ON ds.id = ev.source_doc_entity"
    " LEFT JOIN doc_entities dt ON dt.id = ev.target_doc_entity"
    " LEFT JOIN doc_entities dp ON dp.id = ev.place_doc_entity"
)


def _event_actor_ids_sql(scope: Scope) -> tuple[str, list]:
    """SELECT of the corpus ids of every actor (source, target, place, participant) of the scope's events."""
    where, params = _event_where(scope)
    sql = (
        "SELECT d.entity_id FROM events ev"
        f"{_EVENT_ACTOR_JOINS}"
        " JOIN doc_entities d ON d.id IN (ev.source_doc_entity, ev.target_doc_entity, ev.place_doc_entity)"
        f"{_sql_where(where)}"
        " UNION SELECT d.entity_id FROM events ev"
        f"{_EVENT_ACTOR_JOINS}"
        " JOIN event_participants pa ON pa.event_id = ev.id JOIN doc_entities d ON d.id = pa.doc_entity_id"
        f"{_sql_where(where)}"
    )
    return sql, params * 2


def entities(conn, scope: Scope, *, with_event_actors: bool = True) -> Iterator[dict]:
    """Corpus entities of the scope's articles (and, unless told otherwise, of its events), by id."""
    where, params = _article_where(scope)
    ids = "SELECT entity_id FROM counts"
    if with_event_actors:
        actors, actor_params = _event_actor_ids_sql(scope)
        ids += f" UNION {actors}"
        params = params + actor_params
    sql = (
        f"WITH sel AS MATERIALIZED (SELECT a.id FROM articles a{_sql_where(where)}),"
        " counts AS MATERIALIZED (SELECT d.entity_id, COUNT(m.id) AS mentions, COUNT(DISTINCT d.article_id) AS articles"
        " FROM sel JOIN doc_entities d ON d.article_id = sel.id LEFT JOIN mentions m ON m.doc_entity_id = d.id"
        " GROUP BY d.entity_id),"
        f" ids AS ({ids})"
        " SELECT e.id AS entity_id, e.name, e.type, e.country, e.latitude, e.longitude, e.named_by_user,"
        " COALESCE(c.mentions, 0) AS mentions, COALESCE(c.articles, 0) AS articles"
        " FROM ids JOIN entities e ON e.id = ids.entity_id LEFT JOIN counts c ON c.entity_id = e.id ORDER BY e.id"
    )
    return _dicts(conn.execute(sql, params), bools=("named_by_user",))


def mentions(conn, scope: Scope) -> Iterator[dict]:
    where, params = _date_clauses(ARTICLE_DATE, scope)  # X's mentions are in articles that mention X
    if scope.entity_ids:
        where.append(f"d.entity_id IN ({_marks(scope.entity_ids)})")
        params += list(scope.entity_ids)
    sql = (
        "SELECT m.id AS mention_id, d.entity_id, e.name AS entity_name, e.type AS entity_type, m.doc_entity_id,"
        ' m.article_id, m.sentence, m.start, m."end", m.text, m.kind, m.linked_by,'
        f" COALESCE({ARTICLE_DATE}, '') AS article_date"
        " FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id JOIN entities e ON e.id = d.entity_id"
        " JOIN articles a ON a.id = m.article_id"
        f'{_sql_where(where)} ORDER BY article_date, m.article_id, m.start, m."end", m.id'
    )
    return _dicts(conn.execute(sql, params))


def mention_links(conn, scope: Scope) -> Iterator[dict]:
    """One row per (entity, article) of the scope's mentions: how often the entity is mentioned there."""
    where, params = _date_clauses(ARTICLE_DATE, scope)  # X's mentions are in articles that mention X
    where.append("d.entity_id IS NOT NULL")  # an actor only described in its article is no corpus entity
    if scope.entity_ids:
        where.append(f"d.entity_id IN ({_marks(scope.entity_ids)})")
        params += list(scope.entity_ids)
    sql = (
        "SELECT d.entity_id, m.article_id, COUNT(*) AS mentions, MIN(m.start) AS first_start"
        " FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id JOIN articles a ON a.id = m.article_id"
        f"{_sql_where(where)} GROUP BY d.entity_id, m.article_id ORDER BY d.entity_id, m.article_id"
    )
    return _dicts(conn.execute(sql, params))


def events(conn, scope: Scope) -> Iterator[dict]:
    """Events (one row per report) with corpus actors, place coordinates and the article; by date."""
    where, params = _event_where(scope)
    sql = (
        "SELECT ev.id AS event_id, ev.article_id, ev.local_id, ev.type, ev.mode, ev.cameo_root, ev.quad_class,"
        " ev.penta_class, ev.intensity, ev.trigger_text AS trigger, ev.trigger_start, ev.trigger_end,"
        " ds.entity_id AS source_id, es.name AS source_name, es.type AS source_type, es.country AS source_country,"
        " dt.entity_id AS target_id, et.name AS target_name, et.type AS target_type, et.country AS target_country,"
        " ev.source_country AS source_country_code, ev.source_sector, ev.target_country AS target_country_code,"
        " ev.target_sector,"
        " dp.entity_id AS place_id, ep.name AS place_name, ep.latitude AS place_latitude,"
        " ep.longitude AS place_longitude,"
        f" (SELECT {id_list(conn, 'entity_id', 'position')} FROM (SELECT dj.entity_id, pj.position"
        "  FROM event_participants pj JOIN doc_entities dj ON dj.id = pj.doc_entity_id WHERE pj.event_id = ev.id"
        "  ORDER BY pj.position) pl) AS participant_ids,"
        " ev.time_value, ev.event_date AS date, ev.date_source, ev.negated, ev.certainty,"
        " ev.attribution_local AS attribution, ev.sentence_start, ev.sentence_end,"
        " SUBSTR(a.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) AS sentence,"
        " a.title AS article_title, a.published AS article_published, a.source AS article_source,"
        f" a.url AS article_url, COALESCE({ARTICLE_DATE}, '') AS article_date"
        " FROM events ev JOIN articles a ON a.id = ev.article_id"
        " LEFT JOIN doc_entities ds ON ds.id = ev.source_doc_entity LEFT JOIN entities es ON es.id = ds.entity_id"
        " LEFT JOIN doc_entities dt ON dt.id = ev.target_doc_entity LEFT JOIN entities et ON et.id = dt.entity_id"
        " LEFT JOIN doc_entities dp ON dp.id = ev.place_doc_entity LEFT JOIN entities ep ON ep.id = dp.entity_id"
        f"{_sql_where(where)}"
        " ORDER BY ev.event_date IS NULL, ev.event_date, article_date, ev.article_id, ev.trigger_start, ev.id"
    )
    return _dicts(conn.execute(sql, params), bools=("negated",), id_lists=("participant_ids",))


def claims(conn, scope: Scope) -> Iterator[dict]:
    """Attributions (claims) with their speaker's corpus entity and the corpus entities they mention."""
    where, params = _date_clauses(ARTICLE_DATE, scope)
    if scope.entity_ids:
        m = _marks(scope.entity_ids)
        where.append(
            f"(ds.entity_id IN ({m}) OR EXISTS (SELECT 1 FROM attribution_entities ax JOIN doc_entities dx"
            f" ON dx.id = ax.doc_entity_id WHERE ax.attribution_id = at.id AND dx.entity_id IN ({m})))"
        )
        params += list(scope.entity_ids) * 2
    sql = (
        "SELECT at.id AS claim_id, at.article_id, at.local_id, ds.entity_id AS source_id, es.name AS source_name,"
        " at.source_text, at.source_kind, at.source_start, at.source_end, at.cue_text AS cue, at.cue_start,"
        " at.cue_end, at.content_text AS content, at.content_start, at.content_end, at.direct, at.certainty,"
        f" (SELECT {id_list(conn, 'entity_id', 'entity_id')} FROM (SELECT DISTINCT dx.entity_id FROM "
        f"attribution_entities ax"
        "  JOIN doc_entities dx ON dx.id = ax.doc_entity_id WHERE ax.attribution_id = at.id ORDER BY dx.entity_id) al)"
        " AS about_ids, at.sentence_start, at.sentence_end, COALESCE("
        f"{ARTICLE_DATE}, '') AS article_date"
        " FROM attributions at JOIN articles a ON a.id = at.article_id"
        " LEFT JOIN doc_entities ds ON ds.id = at.source_doc_entity LEFT JOIN entities es ON es.id = ds.entity_id"
        f"{_sql_where(where)} ORDER BY article_date, at.article_id, at.content_start, at.id"
    )
    return _dicts(conn.execute(sql, params), bools=("direct",), id_lists=("about_ids",))


def relations(conn, scope: Scope) -> Iterator[dict]:
    """Stable ties (role, membership, employment, family, ownership) between corpus entities."""
    where, params = _date_clauses(ARTICLE_DATE, scope)
    if scope.entity_ids:
        m = _marks(scope.entity_ids)
        where.append(f"(ds.entity_id IN ({m}) OR dob.entity_id IN ({m}))")
        params += list(scope.entity_ids) * 2
    sql = (
        "SELECT r.id AS relation_id, r.article_id, r.local_id, r.type, ds.entity_id AS subject_id,"
        " es.name AS subject_name, dob.entity_id AS object_id, eo.name AS object_name, r.label, r.current,"
        " r.sentence_start, r.sentence_end, r.evidence_start, r.evidence_end,"
        " SUBSTR(a.text, r.evidence_start + 1, r.evidence_end - r.evidence_start) AS evidence,"
        f" COALESCE({ARTICLE_DATE}, '') AS article_date"
        " FROM relations r JOIN articles a ON a.id = r.article_id"
        " JOIN doc_entities ds ON ds.id = r.subject_doc_entity JOIN entities es ON es.id = ds.entity_id"
        " LEFT JOIN doc_entities dob ON dob.id = r.object_doc_entity LEFT JOIN entities eo ON eo.id = dob.entity_id"
        f"{_sql_where(where)} ORDER BY article_date, r.article_id, r.sentence_start, r.evidence_start, r.id"
    )
    return _dicts(conn.execute(sql, params), bools=("current",))


def comention_edges(conn, scope: Scope) -> Iterator[dict]:
    """Pairs of corpus entities (source < target) with the number of the scope's articles they share."""
    where, params = _article_where(scope)
    sql = (
        f"WITH sel AS MATERIALIZED (SELECT a.id FROM articles a{_sql_where(where)}),"
        " present AS (SELECT DISTINCT d.article_id, d.entity_id FROM doc_entities d JOIN sel ON sel.id = d.article_id)"
        " SELECT c1.entity_id AS source, c2.entity_id AS target, COUNT(*) AS co_mentions"
        " FROM present c1 JOIN present c2 ON c2.article_id = c1.article_id AND c2.entity_id > c1.entity_id"
    )
    if scope.entity_ids:
        m = _marks(scope.entity_ids)
        sql += f" WHERE c1.entity_id IN ({m}) OR c2.entity_id IN ({m})"
        params += list(scope.entity_ids) * 2
    sql += " GROUP BY c1.entity_id, c2.entity_id ORDER BY c1.entity_id, c2.entity_id"
    return _dicts(conn.execute(sql, params))


def entity_ids_exist(conn, ids: Sequence[int]) -> bool:
    if not ids:
        return False
    found = conn.execute(f"SELECT COUNT(*) FROM entities WHERE id IN ({_marks(ids)})", list(ids)).fetchone()[0]
    return found == len(set(ids))
