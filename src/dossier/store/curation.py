"""Users' corrections of entity resolution: merge, split, rename. Each is recorded in ``decisions``.

They change links, never evidence: documents' entities move between corpus entities, and the aliases
move with them, so that articles ingested later resolve the way the user decided.
"""

from __future__ import annotations

from dossier.errors import StoreError
from dossier.resolve.keys import lookup_keys, normalise, person_key_of
from dossier.store.base import Store
from dossier.store.pairs import refresh_comentions, refresh_pairs
from dossier.store.resolution import consolidate


def merge(store: Store, keep: int, other: int) -> int:
    """Fold entity ``other`` into ``keep``; returns the number of document entities moved."""
    if keep == other:
        raise StoreError("cannot merge an entity with itself")
    with store.write() as db:
        for eid in (keep, other):
            if db.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is None:
                raise StoreError(f"no entity with id {eid}")
        articles = [
            r[0] for r in db.execute("SELECT DISTINCT article_id FROM doc_entities WHERE entity_id = ?", (other,))
        ]
        moved = db.execute("UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?", (keep, other)).rowcount
        db.execute(
            "INSERT INTO aliases (key, entity_id, alias, kind) SELECT key, ?, alias, kind FROM aliases WHERE "
            "entity_id = ?"
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
    wanted = {normalise(n) for n in names} | {person_key_of(n) for n in names}
    with store.write() as db:
        row = db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise StoreError(f"no entity with id {entity_id}")
        docs = [
            d
            for d in db.execute(
                "SELECT id, name, article_id FROM doc_entities WHERE entity_id = ?", (entity_id,)
            ).fetchall()
            if normalise(d["name"]) in wanted or person_key_of(d["name"]) in wanted
        ]
        if not docs:
            raise StoreError(f"entity {entity_id} ({row['name']}) has no document entity called {', '.join(names)}")
        total = db.execute("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?", (entity_id,)).fetchone()[0]
        if len(docs) == total:
            raise StoreError(f"all of {row['name']} is called {', '.join(names)}: nothing would remain; use rename")
        new_id = int(
            db.execute(
                "INSERT INTO entities (name, type, country, named_by_user) VALUES (?,?,?,?) RETURNING id",
                (new_name or docs[0]["name"], row["type"], row["country"], int(new_name is not None)),
            ).fetchone()[0]
        )
        db.executemany("UPDATE doc_entities SET entity_id = ? WHERE id = ?", [(new_id, d["id"]) for d in docs])
        keys = sorted({k for n in [*names, *(d["name"] for d in docs)] for k in lookup_keys(n)})
        moved = db.execute(
            f"SELECT key, alias, kind FROM aliases WHERE entity_id = ? AND key IN ({','.join('?' * len(keys))})",
            (entity_id, *keys),
        ).fetchall()
        db.executemany(
            "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            [(a["key"], new_id, a["alias"], a["kind"]) for a in moved],
        )
        db.execute(
            f"DELETE FROM aliases WHERE entity_id = ? AND key IN ({','.join('?' * len(keys))})", (entity_id, *keys)
        )
        refresh_comentions(db, [entity_id, new_id])
        refresh_pairs(db, [d["article_id"] for d in docs])
        store.record_decision(db, "split", {"entity": entity_id, "names": sorted(names), "new": new_id})
    return new_id


def rename(store: Store, entity_id: int, name: str) -> None:
    if not name.strip():
        raise StoreError("the new name is empty")
    with store.write() as db:
        if (
            db.execute(
                "UPDATE entities SET name = ?, named_by_user = 1 WHERE id = ?", (name.strip(), entity_id)
            ).rowcount
            == 0
        ):
            raise StoreError(f"no entity with id {entity_id}")
        db.executemany(
            "INSERT INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?, 'user') ON CONFLICT DO NOTHING",
            [(key, entity_id, name.strip()) for key in lookup_keys(name) if key.startswith(("name:", "person:"))],
        )
        store.record_decision(db, "rename", {"entity": entity_id, "name": name.strip()})


def consolidate_surnames(store: Store) -> int:
    """See ``store.resolution.consolidate``: one-word names moved to the person who now dominates their context."""
    with store.write() as db:
        return consolidate(db, store.knowledge())
