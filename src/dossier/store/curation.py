"""Users' corrections of entity resolution: merge, split, rename. Each is recorded in ``decisions``.

They change links, never evidence: documents' entities move between corpus entities, and the aliases
move with them, so that articles ingested later resolve the way the user decided.
"""

from __future__ import annotations

from dossier.errors import StoreError
from dossier.resolve.keys import normalise, person_key
from dossier.store.base import Store, refresh_comentions
from dossier.store.pairs import refresh_pairs


def merge(store: Store, keep: int, other: int) -> int:
    """Fold entity ``other`` into ``keep``; returns the number of document entities moved."""
    if keep == other:
        raise StoreError("cannot merge an entity with itself")
    with store.write() as db:
        for eid in (keep, other):
            if db.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is None:
                raise StoreError(f"no entity with id {eid}")
        articles = [r[0] for r in db.execute("SELECT DISTINCT article_id FROM doc_entities WHERE entity_id = ?", (other,))]
        moved = db.execute("UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?", (keep, other)).rowcount
        db.execute(
            "INSERT INTO aliases (key, entity_id, alias, kind) SELECT key, ?, alias, kind FROM aliases WHERE entity_id = ?"
            " ON CONFLICT DO NOTHING",
            (keep, other),
        )
        db.execute("DELETE FROM aliases WHERE entity_id = ?", (other,))
        db.execute("DELETE FROM entities WHERE id = ?", (other,))
        refresh_comentions(db, [keep, other])
        refresh_pairs(db, articles)
        store.record_decision(db, "merge", {"keep": keep, "other": other})
    return moved


def split(store: Store, entity_id: int, names: list[str], new_name: str | None = None) -> int:
    """Move the document entities of ``entity_id`` called by one of ``names`` into a new entity; returns its id."""
    wanted = {normalise(n) for n in names} | {person_key(n) for n in names}
    with store.write() as db:
        row = db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise StoreError(f"no entity with id {entity_id}")
        docs = [
            d for d in db.execute("SELECT id, name, article_id FROM doc_entities WHERE entity_id = ?", (entity_id,)).fetchall()
            if normalise(d["name"]) in wanted or person_key(d["name"]) in wanted
        ]
        if not docs:
            raise StoreError(f"entity {entity_id} ({row['name']}) has no document entity called {', '.join(names)}")
        total = db.execute("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?", (entity_id,)).fetchone()[0]
        if len(docs) == total:
            raise StoreError(f"all of {row['name']} is called {', '.join(names)}: nothing would remain; use rename")
        new_id = int(db.execute(
            "INSERT INTO entities (name, type, country, named_by_user) VALUES (?,?,?,?) RETURNING id",
            (new_name or docs[0]["name"], row["type"], row["country"], int(new_name is not None)),
        ).fetchone()[0])
        db.executemany("UPDATE doc_entities SET entity_id = ? WHERE id = ?", [(new_id, d["id"]) for d in docs])
        moved = db.execute(
            f"SELECT key, alias, kind FROM aliases WHERE entity_id = ? AND key IN ({','.join('?' * len(wanted))})",
            (entity_id, *sorted(wanted)),
        ).fetchall()
        db.executemany(
            "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            [(a["key"], new_id, a["alias"], a["kind"]) for a in moved],
        )
        db.execute(
            f"DELETE FROM aliases WHERE entity_id = ? AND key IN ({','.join('?' * len(wanted))})", (entity_id, *sorted(wanted))
        )
        refresh_comentions(db, [entity_id, new_id])
        refresh_pairs(db, [d["article_id"] for d in docs])
        store.record_decision(db, "split", {"entity": entity_id, "names": sorted(names), "new": new_id})
    return new_id


def rename(store: Store, entity_id: int, name: str) -> None:
    if not name.strip():
        raise StoreError("the new name is empty")
    with store.write() as db:
        if db.execute("UPDATE entities SET name = ?, named_by_user = 1 WHERE id = ?", (name.strip(), entity_id)).rowcount == 0:
            raise StoreError(f"no entity with id {entity_id}")
        db.execute(
            "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?, 'user') ON CONFLICT DO NOTHING",
            (normalise(name), entity_id, name.strip()),
        )
        store.record_decision(db, "rename", {"entity": entity_id, "name": name.strip()})


def consolidate_surnames(store: Store) -> int:
    """After an ingest: articles that name an 'organisation' or 'place' by one word that is a person's
    surname ("Trump" typed ORG in articles read before any "Donald Trump") are moved to that person, when
    one person bears the surname or one bears it far more often than the others (3x).

    Resolution is incremental, so such an entity may have been created before the person was known;
    this pass removes that dependence on reading order. Returns the number of document entities moved.
    """
    moved = 0
    with store.write() as db:
        owner: dict[str, int | None] = {}
        emptied: set[int] = set()
        gained: set[int] = set()
        articles: set[str] = set()
        for row in _one_word_organisations(db):
            word = normalise(row["name"])
            if not word or " " in word or row["name"].isupper():
                continue
            if word not in owner:
                owner[word] = _dominant_person(db, word)
            person = owner[word]
            if person is None:
                continue
            db.execute(
                "UPDATE doc_entities SET entity_id = ?, rule = rule || ' → surname of the person who bears it"
                " (consolidated after ingest)' WHERE id = ?",
                (person, row["id"]),
            )
            db.execute("DELETE FROM aliases WHERE entity_id = ? AND key = ?", (row["entity_id"], word))
            emptied.add(row["entity_id"])
            gained.add(person)
            articles.add(row["article_id"])
            moved += 1
        for eid in sorted(emptied):
            if db.execute("SELECT 1 FROM doc_entities WHERE entity_id = ? LIMIT 1", (eid,)).fetchone() is None:
                db.execute("DELETE FROM aliases WHERE entity_id = ?", (eid,))
                db.execute("DELETE FROM entities WHERE id = ?", (eid,))
            else:
                store._refresh_name(db, eid)
        refresh_comentions(db, emptied | gained)
        refresh_pairs(db, articles)
    return moved


PAGE = 1000


def _one_word_organisations(db):
    """Document entities of unnamed ORG/GPE entities called by one word, a page at a time in id order,
    so that memory does not grow with the store (rows moved meanwhile are behind the cursor)."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT d.id, d.name, d.entity_id, d.article_id FROM doc_entities d JOIN entities e ON e.id = d.entity_id"
            " WHERE d.id > ? AND e.type IN ('ORG', 'GPE') AND e.country IS NULL AND e.named_by_user = 0"
            " AND TRIM(d.name) NOT LIKE '% %' ORDER BY d.id LIMIT ?",
            (last, PAGE),
        ).fetchall()
        yield from rows
        if len(rows) < PAGE:
            return
        last = rows[-1]["id"]


MIN_FULL = 3


def _dominant_person(db, word: str) -> int | None:
    # a person named in full (two words or more) in at least MIN_FULL articles: not a one-off NER slip
    counts = db.execute(
        "SELECT a.entity_id, (SELECT COUNT(*) FROM doc_entities d WHERE d.entity_id = a.entity_id"
        " AND TRIM(d.name) LIKE '% %') AS n"
        " FROM aliases a JOIN entities p ON p.id = a.entity_id WHERE a.key = ? AND a.kind = 'surname'"
        " AND p.type = 'PERSON' ORDER BY n DESC, a.entity_id",
        (f"surname:{word}",),
    ).fetchall()
    if not counts or counts[0]["n"] < MIN_FULL:
        return None
    if len(counts) == 1 or counts[0]["n"] >= 3 * counts[1]["n"]:
        return counts[0]["entity_id"]
    return None
