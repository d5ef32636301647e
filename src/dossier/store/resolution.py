"""The store's side of resolution: what the corpus knows (``CorpusView``, read by ``resolve``), writing the
decisions, and re-resolving a whole store with the current rules (``recheck``).

Resolution itself is ``dossier.resolve``: it reads candidates through ``CorpusView`` and returns
decisions; nothing here decides anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dossier.resolve.keys import DocEntity, is_acronym, normalise
from dossier.resolve.knowledge import Knowledge
from dossier.resolve.places import Gazetteer
from dossier.resolve.resolver import (
    Candidate,
    Decision,
    NewEntity,
    dominant_person,
    named_as_thing,
    names_no_person,
    only_namesake,
    plural_group,
    resolve_article,
)
from dossier.store.connection import POSTGRESQL, dialect_of
from dossier.store.pairs import add_comentions, fill_pairs, fill_sentence_pairs, refresh_comentions, refresh_pairs

# meta key 'resolution': the rules a store's links were made with. Raise it when the rules of
# ``dossier.resolve`` change what they link, so that ingest into an older store says to recheck it.
RESOLUTION_VERSION = "5"


def resolution_notice(db, label: str) -> str | None:
    """None when the store's entities were linked by the current rules (an empty store is stamped with them);
    else what to run to re-link them. Call inside a write transaction."""
    row = db.execute("SELECT value FROM meta WHERE key = 'resolution'").fetchone()
    if row is not None and row[0] == RESOLUTION_VERSION:
        return None
    if db.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None:
        stamp_resolution(db)
        return None
    made = f"rules {row[0]}" if row is not None else "older rules"
    return (
        f"{label}: its entities were linked with {made} of resolution, this dossier has rules {RESOLUTION_VERSION}; "
        f"run `dossier entities recheck --db {label}` to re-link them (your merges, splits and renames are kept)"
    )


def stamp_resolution(db) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('resolution', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (RESOLUTION_VERSION,),
    )


class CorpusView:
    """Candidates, names and context of corpus entities, read inside the writer's transaction."""

    def __init__(self, db) -> None:
        self.db = db
        self._context: dict[int, set[int]] = {}

    def candidates(self, keys: list[str]) -> list[Candidate]:
        keys = sorted(set(keys))
        if not keys:
            return []
        rows = self.db.execute(
            "SELECT a.key, a.kind, a.entity_id, e.type,"
            " (SELECT COUNT(*) FROM doc_entities d WHERE d.entity_id = a.entity_id) AS size"
            f" FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key IN ({','.join('?' * len(keys))})"
            " ORDER BY a.entity_id, a.key",
            keys,
        ).fetchall()
        return [Candidate(r["entity_id"], r["key"], r["kind"], r["type"], r["size"]) for r in rows]

    def person_names(self, entity_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? AND kind IN ('person', 'user') ORDER BY key", (entity_id,)
        ).fetchall()
        return [r[0] for r in rows]

    def context(self, entity_id: int) -> set[int]:
        if entity_id not in self._context:
            rows = self.db.execute("SELECT b FROM comentions WHERE a = ?", (entity_id,)).fetchall()
            self._context[entity_id] = {r[0] for r in rows}
        return self._context[entity_id]


def apply(db, decisions: list[Decision], doc_ids: dict[str, int], new_entity: Callable) -> dict[int, int]:
    """Link each document entity (``doc_ids``: local id -> doc_entities.id) as decided: create the new
    entities (``new_entity(db, NewEntity) -> id``), record the rule and the type, add the keys."""
    created: dict[int, int] = {}
    touched: set[int] = set()
    retyped: set[int] = set()  # entities given a document of another type than theirs: their majority may change
    for d in decisions:
        if d.new is not None:
            created[d.new.ref] = new_entity(db, d.new)
        eid = created.get(d.entity_id, d.entity_id) if d.entity_id is not None and d.entity_id < 0 else d.entity_id
        db.execute(
            "UPDATE doc_entities SET entity_id = ?, rule = ?, type = ? WHERE id = ?",
            (eid, d.rule, d.type, doc_ids[d.local_id]),
        )
        if eid is None:
            continue
        touched.add(eid)
        if d.new is None and db.execute("SELECT type FROM entities WHERE id = ?", (eid,)).fetchone()[0] != d.type:
            retyped.add(eid)
        db.executemany(
            "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            [(k.key, eid, k.alias, k.kind) for k in d.keys],
        )
    for eid in sorted(touched):
        refresh_entity(db, eid, types=eid in retyped)
    return created


def create_entity(db, ent: NewEntity, gazetteer: Callable[[], Gazetteer]) -> int:
    """A new corpus entity; places get their coordinates (a country at its capital)."""
    lat = lon = None
    if ent.type in {"GPE", "LOC", "FAC"}:
        place = gazetteer().locate(ent.name, ent.country)
        if place is not None:
            lat, lon = place.latitude, place.longitude
    return int(
        db.execute(
            "INSERT INTO entities (name, type, country, latitude, longitude) VALUES (?,?,?,?,?) RETURNING id",
            (ent.name, ent.type, ent.country, lat, lon),
        ).fetchone()[0]
    )


def refresh_entity(db, entity_id: int, *, types: bool = True) -> None:
    """Name and type follow the document entities: the most frequent name (a person's most frequent full
    name: "Barack Obama", not "Obama"; on ties a person's shortest, "Peter Kovac" rather than "Footballer Peter
    Kovac", and an organisation's most complete) and type, unless a user named it or it is
    a country."""
    db.execute(
        "UPDATE entities SET name = (SELECT d.name FROM doc_entities d WHERE d.entity_id = entities.id"
        " GROUP BY d.name ORDER BY MAX(CASE WHEN d.type = 'PERSON' AND d.name LIKE '% %' THEN 1 ELSE 0 END) DESC,"
        " COUNT(*) DESC, CASE WHEN MAX(d.type) = 'PERSON' THEN LENGTH(d.name) ELSE -LENGTH(d.name) END, d.name LIMIT 1)"
        " WHERE id = ? AND named_by_user = 0 AND country IS NULL"
        " AND EXISTS (SELECT 1 FROM doc_entities d WHERE d.entity_id = entities.id)",
        (entity_id,),
    )
    if not types:  # the vote over every document of a large entity is skipped when nothing could change it
        return
    db.execute(
        "UPDATE entities SET type = (SELECT d.type FROM doc_entities d WHERE d.entity_id = entities.id"
        " GROUP BY d.type ORDER BY COUNT(*) DESC, d.type LIMIT 1)"
        " WHERE id = ? AND country IS NULL AND EXISTS (SELECT 1 FROM doc_entities d WHERE d.entity_id = entities.id)",
        (entity_id,),
    )


def codes_stored(db) -> bool:
    """Whether the store has the codes stage's columns (migration 9): migration 7 re-resolves a store before them."""
    if dialect_of(db) == POSTGRESQL:
        found = db.execute(
            "SELECT 1 FROM information_schema.columns"
            " WHERE table_name = 'doc_entities' AND column_name = 'country_code'"
        ).fetchone()
        return found is not None
    return any(r[1] == "country_code" for r in db.execute("PRAGMA table_info(doc_entities)").fetchall())


def doc_entities_of(
    db, article_id: str, only: Iterable[int] | None = None, codes: bool = True
) -> tuple[list[DocEntity], dict[str, int]]:
    """An article's stored document entities as resolution reads them, and their row ids (``codes``: whether the
    store has the codes stage's country, which a government named by its head is found by)."""
    country_code = "country_code" if codes else "NULL AS country_code"
    rows = db.execute(
        f"SELECT id, local_id, name, type, country, {country_code} FROM doc_entities WHERE article_id = ? ORDER BY id",
        (article_id,),
    ).fetchall()
    wanted = set(only) if only is not None else None
    names: dict[int, list[str]] = {}
    described: set[int] = set()
    for m in db.execute(
        "SELECT doc_entity_id, text, kind FROM mentions WHERE article_id = ? ORDER BY start", (article_id,)
    ):
        if m[2] == "name":
            names.setdefault(m[0], []).append(m[1])
        else:
            described.add(m[0])
    docs, ids = [], {}
    for r in rows:
        if wanted is not None and r["id"] not in wanted:
            continue
        # a row without any stored mention (an early store) is known by its name alone
        own = names.get(r["id"]) or ([] if r["id"] in described else [r["name"]])
        docs.append(DocEntity(r["local_id"], r["name"], r["type"], r["country"], tuple(own), r["country_code"]))
        ids[r["local_id"]] = r["id"]
    return docs, ids


@dataclass
class RecheckReport:
    articles: int = 0
    doc_entities: int = 0
    kept: int = 0  # document entities of entities a user merged, split or renamed: left as they are
    entities_before: int = 0
    entities_after: int = 0
    changed: list[str] = field(default_factory=list)


def pinned_entities(db) -> set[int]:
    """Entities a user touched (merge, split, rename): their members are the user's, not the rules'."""
    pinned = {r[0] for r in db.execute("SELECT id FROM entities WHERE named_by_user = 1")}
    for (payload,) in db.execute("SELECT payload FROM decisions"):
        data = json.loads(payload)
        pinned |= {int(data[k]) for k in ("keep", "entity", "new") if k in data and data[k] is not None}
    existing = {r[0] for r in db.execute("SELECT id FROM entities")}
    return pinned & existing


def recheck_store(db) -> None:
    """Migration 7's backfill: the whole store re-resolved with the rules of this version."""
    places: list[Gazetteer] = []

    def gazetteer() -> Gazetteer:
        if not places:
            places.append(Gazetteer())
        return places[0]

    recheck(db, Knowledge.load(), lambda conn, ent: create_entity(conn, ent, gazetteer))


def recheck(db, kb: Knowledge, new_entity: Callable, progress: Callable[[int], None] | None = None) -> RecheckReport:
    """Re-resolve every document entity of the store with the current rules, article by article in the order
    they were stored, keeping the members of every entity a user merged, split or renamed."""
    report = RecheckReport()
    report.entities_before = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    pinned = pinned_entities(db)
    params = sorted(pinned)
    free = f"NOT IN ({','.join('?' * len(params))})" if params else "IS NOT NULL"  # entities not pinned
    if params:
        report.kept = db.execute(
            f"SELECT COUNT(*) FROM doc_entities WHERE entity_id {free.removeprefix('NOT ')}", params
        ).fetchone()[0]
    db.execute(f"UPDATE doc_entities SET entity_id = NULL WHERE entity_id {free}", params)
    db.execute(f"DELETE FROM aliases WHERE entity_id {free}", params)
    db.execute("DELETE FROM comentions")
    db.execute("DELETE FROM pairs")
    db.execute("DELETE FROM sentence_pairs")
    db.execute(f"DELETE FROM entities WHERE id {free}", params)
    articles = [r[0] for r in db.execute("SELECT article_id FROM doc_entities GROUP BY article_id ORDER BY MIN(id)")]
    codes = codes_stored(db)
    for n, article_id in enumerate(articles, 1):
        unlinked = [
            r[0]
            for r in db.execute("SELECT id FROM doc_entities WHERE article_id = ? AND entity_id IS NULL", (article_id,))
        ]
        if unlinked:
            docs, ids = doc_entities_of(db, article_id, only=unlinked, codes=codes)
            apply(db, resolve_article(docs, CorpusView(db), kb), ids, new_entity)
            report.doc_entities += len(docs)
        add_comentions(db, article_id)  # the context of the articles after it
        report.articles += 1
        if progress is not None and n % 100 == 0:
            progress(n)
    fill_pairs(db)
    fill_sentence_pairs(db)
    consolidate(db, kb)
    stamp_resolution(db)
    report.entities_after = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    return report


PAGE = 1000  # rows the consolidation reads at a time: memory stays bounded whatever the store's size


def consolidate(db, kb: Knowledge) -> int:
    """After an ingest: a one-word name left unresolved ("Trump" read before any "Donald Trump"), or typed an
    organisation or place by the NER, moves to the person who now clearly dominates its article's context.
    Resolution is incremental, so this removes its dependence on reading order; returns the number of
    document entities moved."""

    view = CorpusView(db)
    moved = 0
    emptied: set[int] = set()
    gained: set[int] = set()
    articles: set[str] = set()
    for row in _one_word_candidates(db):
        word = normalise(row["name"])
        if not word or " " in word or is_acronym(row["name"]):
            continue
        context = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT entity_id FROM doc_entities WHERE article_id = ? AND entity_id IS NOT NULL AND "
                "entity_id != ?",
                (row["article_id"], row["entity_id"]),
            )
        }
        # a one-word organisation or place may be a mistyped surname, never a given name ("Mo", Missouri), nor
        # a place the dictionaries code or an organisation's word
        if row["type"] != "PERSON" and names_no_person(row["name"], kb):
            continue
        if row["doc_type"] == "NORP" and plural_group(row["name"]):
            continue  # "Latinos", "Democrats": a group, never a person's mistyped surname
        kinds = ("surname", "given") if row["type"] == "PERSON" else ("surname",)
        person, why, _ = dominant_person(word, view, context, kinds)
        target, etype = person, "PERSON"
        rule = f"one-word name of the person who dominates this article's context ({why}; after ingest)"
        if row["type"] == "PERSON" and (thing := named_as_thing(word, view, kb, person)):
            target, etype = thing.entity_id, thing.type
            rule = f"one-word name (the NER said PERSON) of the {thing.type} so named in more articles than the person"
        if person is None and row["type"] == "PERSON" and (thing := only_namesake(word, view)) is not None:
            target, etype = thing.entity_id, thing.type
            rule = f"one-word name (the NER said PERSON) of the only {thing.type} so named; no person bears it"
        if target is None or target == row["entity_id"]:
            continue
        db.execute(
            "UPDATE doc_entities SET entity_id = ?, type = ?, rule = ? WHERE id = ?",
            (target, etype, rule, row["id"]),
        )
        emptied.add(row["entity_id"])
        gained.add(target)
        articles.add(row["article_id"])
        moved += 1
    for eid in sorted(emptied):
        if db.execute("SELECT 1 FROM doc_entities WHERE entity_id = ? LIMIT 1", (eid,)).fetchone() is None:
            db.execute("DELETE FROM aliases WHERE entity_id = ?", (eid,))
            db.execute("DELETE FROM entities WHERE id = ?", (eid,))
        else:
            refresh_entity(db, eid)
    refresh_comentions(db, sorted(emptied | gained))
    refresh_pairs(db, sorted(articles))
    return moved


def _one_word_candidates(db):
    """Document entities of unresolved one-word persons and of one-word organisations or places a user has
    not named, a page at a time in id order (rows moved meanwhile are behind the cursor)."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT d.id, d.name, d.entity_id, d.article_id, e.type, d.type AS doc_type FROM doc_entities d JOIN"
            " entities e ON e.id = "
            "d.entity_id"
            " WHERE d.id > ? AND e.named_by_user = 0 AND e.country IS NULL AND TRIM(d.name) NOT LIKE '% %'"
            " AND (e.type IN ('ORG', 'GPE', 'FAC') OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND "
            "a.kind = 'bare'))"
            " ORDER BY d.id LIMIT ?",
            (last, PAGE),
        ).fetchall()
        yield from rows
        if len(rows) < PAGE:
            return
        last = rows[-1]["id"]
