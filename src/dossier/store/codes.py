"""Actor codes in the store (migration 9): what the codes stage said about each document entity, written
with its article, and the events' actor codes.

- ``doc_entities.country_code`` / ``sector``: the entity's country (alpha-3) and sector on its article's date;
- ``actor_codes``: per document entity, the code they come from (position 0) and the dictionary code in force
  when it is another (position 1), each with its validity (``valid_from``/``valid_to``), the article's date
  (``seen``) and its evidence;
- ``events.source_country`` ... ``target_sector``: the actors' codes on the event's date.

A corpus entity's codes are those of its document entities, read through ``doc_entities.entity_id``: a
merge, a split or a re-resolution moves document entities, and their codes go with them, so no code is
ever stale (``entity_codes`` aggregates them with the dates they were seen).
"""

from __future__ import annotations

from collections.abc import Callable

from dossier.codes import article_date, code_analysis, in_force
from dossier.models import (
    ActorCode,
    Analysis,
    Article,
    CodeEvidence,
    Entity,
    Event,
    EventTime,
    Mention,
    Offsets,
    PublishedInferred,
    Role,
    Span,
)

PAGE = 200  # articles a backfill codes at a time


def write_codes(db, analysis: Analysis, local: dict[str, int]) -> None:
    """Store the codes of one coded analysis (``local``: entity id -> doc_entities.id)."""
    art = analysis.article
    seen = _seen(analysis)
    rows = []
    for ent in analysis.entities:
        doc = local.get(ent.id)
        if doc is None:
            continue
        if ent.country_code or ent.sector:
            db.execute(
                "UPDATE doc_entities SET country_code = ?, sector = ? WHERE id = ?", (ent.country_code, ent.sector, doc)
            )
        kept = ent.codes[:1]
        if kept and kept[0].evidence.source != "dictionary":
            dictionary = in_force([c for c in ent.codes[1:] if c.evidence.source == "dictionary"], seen)
            kept += [dictionary] if dictionary else []
        for pos, code in enumerate(kept):
            ev = code.evidence
            rows.append(
                (
                    doc,
                    art.id,
                    pos,
                    code.code,
                    ent.country_code if pos == 0 else None,
                    ent.sector if pos == 0 else None,
                    code.start,
                    code.end,
                    seen,
                    ev.source,
                    ev.text,
                    ev.start,
                    ev.end,
                    ev.entry,
                )
            )
    db.executemany(
        "INSERT INTO actor_codes (doc_entity_id, article_id, position, code, country, sector, valid_from, valid_to,"
        " seen, source, evidence_text, evidence_start, evidence_end, entry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    coded = [
        (e.source_country, e.source_sector, e.target_country, e.target_sector, art.id, e.id)
        for e in analysis.events
        if e.source_country or e.source_sector or e.target_country or e.target_sector
    ]
    db.executemany(
        "UPDATE events SET source_country = ?, source_sector = ?, target_country = ?, target_sector = ?"
        " WHERE article_id = ? AND local_id = ?",
        coded,
    )


def _seen(analysis: Analysis) -> str | None:
    return article_date(analysis)


def fill_actor_codes(db) -> None:
    """Migration 8's backfill: code every stored article from its stored records (entities, mentions,
    roles, role relations, events), a page of articles at a time."""
    last = ""
    while True:
        ids = [
            r[0]
            for r in db.execute("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, PAGE)).fetchall()
        ]
        if not ids:
            return
        for article_id in ids:
            analysis, local = _stored(db, article_id)
            write_codes(db, code_analysis(analysis), local)
        last = ids[-1]


def _stored(db, article_id: str) -> tuple[Analysis, dict[str, int]]:
    """The records the codes stage reads, rebuilt from the store."""
    row = db.execute(
        "SELECT id, published, published_inferred, text FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    article = Article(id=row[0], text=row[3] or "", published=row[1])
    entities: dict[int, Entity] = {}
    for d in db.execute(
        "SELECT id, local_id, name, type, country FROM doc_entities WHERE article_id = ? ORDER BY id", (article_id,)
    ).fetchall():
        entities[d[0]] = Entity(d[1], d[2], d[3], country=d[4])
    for m in db.execute(
        'SELECT doc_entity_id, start, "end", text, kind, sentence, linked_by FROM mentions WHERE article_id = ?'
        " ORDER BY start",
        (article_id,),
    ).fetchall():
        if m[0] in entities:
            entities[m[0]].mentions.append(Mention(m[1], m[2], m[3], m[4], m[5] or 0, linked_by=m[6] or ""))
    orgs = {
        (r[0], r[1]): r[2]
        for r in db.execute(
            "SELECT subject_doc_entity, label, object_doc_entity FROM relations WHERE article_id = ? AND type = 'role'"
            " AND object_doc_entity IS NOT NULL",
            (article_id,),
        ).fetchall()
    }
    for r in db.execute(
        'SELECT doc_entity_id, label, start, "end", current FROM roles WHERE article_id = ? ORDER BY start',
        (article_id,),
    ).fetchall():
        ent = entities.get(r[0])
        if ent is not None:
            org = entities.get(orgs.get((r[0], r[1])))  # type: ignore[arg-type]
            ent.roles.append(Role(r[1], r[2], r[3], None if r[4] is None else bool(r[4]), org.id if org else None))
    local_of = {d: e.id for d, e in entities.items()}
    events = []
    for r in db.execute(
        "SELECT local_id, source_doc_entity, target_doc_entity, time_value, sentence_start, sentence_end"
        " FROM events WHERE article_id = ?",
        (article_id,),
    ).fetchall():
        ev = Event(
            r[0],
            "",
            None,
            "",
            0,
            0,
            0.0,
            Span(0, 0, ""),
            local_of.get(r[1]),
            local_of.get(r[2]),
            [],
            None,
            None,
            False,
            "asserted",
            None,
            Offsets(r[4], r[5]),
        )
        if r[3]:
            ev.time = EventTime(r[3], 0, 0)
        # the mention of each side in the event's sentence stands in for the span the extractor saw
        for side, doc in (("source", r[1]), ("target", r[2])):
            ent = entities.get(doc)
            if ent is not None:
                inside = [m for m in ent.mentions if r[4] <= m.start and m.end <= r[5]]
                if inside:
                    setattr(ev, f"{side}_span", Span(inside[0].start, inside[0].end, inside[0].text))
        events.append(ev)
    inferred = PublishedInferred(row[2], "") if row[2] else None
    analysis = Analysis(article, [], list(entities.values()), events=events, published_inferred=inferred)
    return analysis, {e.id: d for d, e in entities.items()}


def recode(db) -> None:
    """Code the whole store again with this version's rules and data (``dossier entities recheck`` does it
    after re-resolving)."""
    db.execute("DELETE FROM actor_codes")
    db.execute(
        "UPDATE doc_entities SET country_code = NULL, sector = NULL WHERE country_code IS NOT NULL OR sector IS NOT "
        "NULL"
    )
    db.execute(
        "UPDATE events SET source_country = NULL, source_sector = NULL, target_country = NULL, target_sector = NULL"
        " WHERE source_country IS NOT NULL OR source_sector IS NOT NULL OR target_country IS NOT NULL"
        " OR target_sector IS NOT NULL"
    )
    fill_actor_codes(db)


def entity_codes(db, entity_id: int) -> list[dict]:
    """A corpus entity's codes: each with its validity, how many articles gave it, and the first and last
    dates it was seen, most seen first."""
    rows = db.execute(
        "SELECT c.code, c.country, c.sector, c.valid_from, c.valid_to, c.source, MIN(c.seen) AS first_seen,"
        " MAX(c.seen) AS last_seen, COUNT(DISTINCT c.article_id) AS articles, MIN(c.evidence_text) AS evidence,"
        " MIN(c.entry) AS entry"
        " FROM doc_entities d JOIN actor_codes c ON c.doc_entity_id = d.id WHERE d.entity_id = ?"
        " GROUP BY c.code, c.country, c.sector, c.valid_from, c.valid_to, c.source"
        " ORDER BY articles DESC, c.code",
        (entity_id,),
    ).fetchall()
    keys = (
        "code",
        "country",
        "sector",
        "from",
        "to",
        "source",
        "first_seen",
        "last_seen",
        "articles",
        "evidence",
        "entry",
    )
    return [dict(zip(keys, tuple(r))) for r in rows]


def entity_country_sector(db, ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """Each entity's country and sector from its document entities: the country most of those that name one
    give (an article that gives only a role, "President Rafael Quintero", says nothing against the one that
    says "Venezuelan President"), then the sector (or none) most of those of that country, or without one, give;
    articles that only guessed the country from their scene and read no role do not outvote a sector two
    articles read.
    A country only guessed from an article's scene (source "scene", the least trusted) counts when no article
    gives one from anything else: a few articles set abroad do not outvote the words of others. Ties: the
    latest seen."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT d.entity_id, d.country_code, d.sector, COUNT(*) AS n, MAX(a.published) AS latest,"
        " CASE WHEN c.source = 'scene' THEN 1 ELSE 0 END AS guessed"
        " FROM doc_entities d JOIN articles a ON a.id = d.article_id"
        " LEFT JOIN actor_codes c ON c.doc_entity_id = d.id AND c.position = 0"
        f" WHERE d.entity_id IN ({marks}) AND (d.country_code IS NOT NULL OR d.sector IS NOT NULL)"
        " GROUP BY d.entity_id, d.country_code, d.sector, CASE WHEN c.source = 'scene' THEN 1 ELSE 0 END",
        ids,
    ).fetchall()
    by_entity: dict[int, list] = {}
    for r in rows:
        by_entity.setdefault(r[0], []).append((r[1], r[2], r[3], r[4] or "", bool(r[5])))
    out: dict[int, tuple[str | None, str | None]] = {}
    for entity_id, coded in by_entity.items():
        # no country is no vote on the country; no sector is a vote on the sector (China, not China's firms),
        # unless the country was only guessed from the article's scene, which says nothing of a role: then a
        # sector two articles read outvotes them (one article's reading is right about as often as not)
        placed = [c for c in coded if c[0] is not None]
        country = _most([c for c in placed if not c[4]] or placed, lambda c: c[0])
        voters = [c for c in coded if c[0] in (country, None)]
        read = [c for c in voters if not (c[4] and c[1] is None)]
        sector = _most(read, lambda c: c[1])
        if sector is None or sum(c[2] for c in read if c[1] == sector) < 2:
            sector = _most(voters, lambda c: c[1])
        out[entity_id] = (country, sector)
    return out


def _most(coded: list[tuple], value: Callable[[tuple], str | None]) -> str | None:
    """The value most document entities give (counts in ``coded[i][2]``, ties to the latest date)."""
    votes: dict[str | None, tuple[int, str]] = {}
    for c in coded:
        n, latest = votes.get(value(c), (0, ""))
        votes[value(c)] = (n + c[2], max(latest, c[3]))
    return max(votes, key=lambda v: votes[v]) if votes else None


def coded_entities(db, country: str | None, sector: str | None, limit: int) -> list[tuple[int, int]]:
    """(entity id, document entities so coded) of the corpus entities whose usual codes (the country and
    sector most of their articles give, ``entity_country_sector``) are this country and/or sector, most
    coded first."""
    found = _coded_any(db, country, sector, 4 * limit + 50)
    usual = entity_country_sector(db, [i for i, _ in found])
    out = [
        (i, n)
        for i, n in found
        if (country is None or usual.get(i, (None, None))[0] == country)
        and (sector is None or usual.get(i, (None, None))[1] == sector)
    ]
    return out[:limit]


def _coded_any(db, country: str | None, sector: str | None, limit: int) -> list[tuple[int, int]]:
    where, params = [], []
    if country:
        where.append("d.country_code = ?")
        params.append(country)
    if sector:
        where.append("d.sector = ?")
        params.append(sector)
    rows = db.execute(
        "SELECT d.entity_id, COUNT(*) AS n FROM doc_entities d"
        f" WHERE d.entity_id IS NOT NULL AND {' AND '.join(where) or '1 = 1'}"
        " GROUP BY d.entity_id ORDER BY n DESC, d.entity_id LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def country_events(db, a: str, b: str, sector: str | None) -> list:
    """Every event whose source is coded ``a`` and target ``b`` or the reverse (optionally both of one
    sector), with its actors and sentence, in date order."""
    where = "((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))"
    params: list = [a, b, b, a]
    if sector:
        where += " AND e.source_sector = ? AND e.target_sector = ?"
        params += [sector, sector]
    return db.execute(
        "SELECT e.id, e.article_id, e.type, e.quad_class, e.intensity, e.event_date, e.trigger_text, e.trigger_start,"
        " e.trigger_end, e.sentence_start, e.source_country, e.source_sector, e.target_country, e.target_sector,"
        " ds.name AS source_doc_name, dt.name AS target_doc_name,"
        " es.id AS source_id, es.name AS source_name, es.type AS source_type,"
        " et.id AS target_id, et.name AS target_name, et.type AS target_type,"
        " a.title, a.published, a.published_inferred, a.source, a.url,"
        " substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN doc_entities ds ON ds.id = e.source_doc_entity LEFT JOIN entities es ON es.id = ds.entity_id"
        " LEFT JOIN doc_entities dt ON dt.id = e.target_doc_entity LEFT JOIN entities et ON et.id = dt.entity_id"
        f" WHERE {where} ORDER BY e.event_date, e.article_id, e.trigger_start",
        params,
    ).fetchall()


def article_codes(db, article_id: str) -> tuple[dict[int, tuple], dict[str, tuple]]:
    """An article's stored codes: doc_entities.id -> (country, sector, [ActorCode]), and event local id ->
    (source country, source sector, target country, target sector)."""
    entities: dict[int, tuple] = {}
    for r in db.execute(
        "SELECT id, country_code, sector FROM doc_entities WHERE article_id = ?", (article_id,)
    ).fetchall():
        entities[r[0]] = (r[1], r[2], [])
    for r in db.execute(
        "SELECT doc_entity_id, code, valid_from, valid_to, source, evidence_text, evidence_start, evidence_end, entry"
        " FROM actor_codes WHERE article_id = ? ORDER BY doc_entity_id, position",
        (article_id,),
    ).fetchall():
        if r[0] in entities:
            entities[r[0]][2].append(ActorCode(r[1], r[2], r[3], CodeEvidence(r[4], r[5] or "", r[6], r[7], r[8])))
    events = {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in db.execute(
            "SELECT local_id, source_country, source_sector, target_country, target_sector FROM events WHERE "
            "article_id = ?",
            (article_id,),
        ).fetchall()
    }
    return entities, events
