"""What every store does, whatever the engine: write an analysed article in one transaction, resolving
its entities against the corpus, and keep the co-mention table that relationship questions read.

Backends (``sqlite.SQLiteStore``, ``postgres.PostgresStore``) supply the connection, migrations and
transactions; every statement here is standard SQL with ``?`` placeholders (see ``connection``).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from dossier.codes.codebook import default_knowledge
from dossier.dedup import band_keys
from dossier.errors import StoreError
from dossier.models import Analysis
from dossier.resolve.keys import DocEntity
from dossier.resolve.knowledge import Knowledge
from dossier.resolve.places import Gazetteer
from dossier.resolve.resolver import NewEntity, resolve_article
from dossier.store.article_format import article_format_columns
from dossier.store.codes import write_codes
from dossier.store.connection import Connection
from dossier.store.migrations import MIGRATIONS
from dossier.store.pairs import add_comentions, add_pairs
from dossier.store.resolution import CorpusView, apply, create_entity, refresh_entity, resolution_notice

APPLICATION = "dossier"


class Store(ABC):
    """The engine-independent part of a store. ``conn`` speaks ``execute(sql, params)`` with ``?``."""

    conn: Connection
    readonly: bool
    _places: Gazetteer | None = None
    _knowledge: Knowledge | None = None

    @abstractmethod
    def write(self) -> AbstractContextManager:
        """One write transaction, rolled back whole on any error; yields the connection."""

    def close(self) -> None:
        self.conn.close()

    @property
    @abstractmethod
    def label(self) -> str:
        """How errors name this store (a path, or a URL without its password)."""

    def _applied_version(self, tables: set[str], latest: int, *, elsewhere: str) -> int | None:
        """The schema version of an existing dossier database; None when it is current. Refuses foreign
        databases and newer schemas, and read-only ones that need migrating (``elsewhere``: what to give instead)."""
        if tables and "migrations" not in tables:
            raise StoreError(f"{self.label}: not a dossier database (it has other tables); give another {elsewhere}")
        applied = 0
        if "migrations" in tables:
            app = (
                self.conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
                if "meta" in tables
                else None
            )
            if app is None or app[0] != APPLICATION:
                raise StoreError(f"{self.label}: not a dossier database; give another {elsewhere}")
            applied = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()[0]
        if applied > latest:
            raise StoreError(
                f"{self.label}: written by a newer dossier (schema {applied}, this one knows up to {latest}); "
                "upgrade dossier to use it"
            )
        if applied == latest:
            return None
        if self.readonly:
            raise StoreError(f"{self.label}: schema {applied} needs migrating to {latest}; open it once for writing")
        return applied

    def _migrate(self, run_script: Callable[[str], Any]) -> None:
        """Apply the migrations the store lacks, in one write transaction, each recorded in ``migrations``;
        ``run_script`` runs one migration's SQL on the engine (``Migration.script`` of its dialect)."""
        with self.write():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at "
                "TEXT NOT NULL)"
            )
            applied = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()[0]
            for mig in MIGRATIONS:
                if mig.version <= applied:
                    continue
                run_script(mig.script(self.conn.dialect))
                if mig.backfill is not None:
                    mig.backfill(self.conn)
                self.conn.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (mig.version, mig.name, _now()),
                )
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('application', ?) ON CONFLICT (key) DO UPDATE SET value = "
                "excluded.value",
                (APPLICATION,),
            )

    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM migrations").fetchone()[0]

    # -- articles ----------------------------------------------------------------------------------
    def known(self, article_id: str, text_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ? OR text_hash = ? LIMIT 1", (article_id, text_hash)
        ).fetchone()
        return row is not None

    def stored_text(self, article_id: str) -> tuple[str, str] | None:
        """(text hash, origin) of the stored article with this id, or None: an input reusing the id of another
        text is refused, not skipped as already there."""
        row = self.conn.execute("SELECT text_hash, origin FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else (row[0], row[1] or "an earlier ingest")

    def story_candidates(self, minhash: bytes) -> list[tuple[str, str, bytes]]:
        """(article id, story id, signature) of the stored articles sharing an LSH band with ``minhash``:
        the only ones that can be near-duplicates of it (see ``dedup``)."""
        keys = band_keys(minhash)
        rows = self.conn.execute(
            "SELECT DISTINCT a.id, a.story_id, a.minhash FROM story_keys k JOIN articles a ON a.id = k.article_id"
            f" WHERE k.key IN ({','.join('?' * len(keys))})",
            keys,
        ).fetchall()
        return [(r[0], r[1], bytes(r[2])) for r in rows]

    def write_analysis(
        self, analysis: Analysis, *, text_hash: str, minhash: bytes | None, story_id: str | None
    ) -> bool:
        """Store one analysed article with everything extracted from it; False if it was already there."""
        art = analysis.article
        with self.write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ? OR text_hash = ?", (art.id, text_hash)).fetchone():
                return False
            if story_id is None:
                story_id = art.id
                db.execute("INSERT INTO stories (id, reports) VALUES (?, 1)", (story_id,))
            else:
                db.execute("UPDATE stories SET reports = reports + 1 WHERE id = ?", (story_id,))
            inferred = analysis.published_inferred
            db.execute(
                "INSERT INTO articles (id, title, published, published_inferred, published_basis, source, url, "
                "language,"
                " text, text_hash, minhash, story_id, origin, model, ingested_at, authors, dateline, notes)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id,
                    art.title,
                    art.published,
                    inferred.value if inferred else None,
                    inferred.basis if inferred else None,
                    art.source,
                    art.url,
                    art.language,
                    art.text,
                    text_hash,
                    minhash,
                    story_id,
                    art.origin,
                    analysis.model,
                    _now(),
                    *article_format_columns(art),
                ),
            )
            if minhash is not None:
                db.executemany(
                    "INSERT INTO story_keys (key, article_id) VALUES (?, ?)", [(k, art.id) for k in band_keys(minhash)]
                )
            db.executemany(
                'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
                [(art.id, i, s.start, s.end, art.text[s.start : s.end]) for i, s in enumerate(analysis.sentences)],
            )
            local = self._write_entities(db, analysis)
            self._write_records(db, analysis, local)
            write_codes(db, analysis, local)
            add_comentions(db, art.id)
            add_pairs(db, art.id)
        return True

    def _write_entities(self, db: Connection, analysis: Analysis) -> dict[str, int]:
        """Store the article's entities and link them as resolution decides (``dossier.resolve``: the
        decisions are made here, inside the write transaction, so that two writers never create the same
        corpus entity); returns local entity id -> doc_entities.id."""
        art = analysis.article
        local: dict[str, int] = {}
        for ent in analysis.entities:
            doc_entity = db.execute(
                "INSERT INTO doc_entities (article_id, local_id, name, type, country, entity_id, rule)"
                " VALUES (?,?,?,?,?,NULL,'') RETURNING id",
                (art.id, ent.id, ent.name, ent.type, ent.country),
            ).fetchone()[0]
            local[ent.id] = doc_entity
            db.executemany(
                'INSERT INTO mentions (doc_entity_id, article_id, sentence, start, "end", text, kind, linked_by)'
                " VALUES (?,?,?,?,?,?,?,?)",
                [(doc_entity, art.id, m.sentence, m.start, m.end, m.text, m.kind, m.linked_by) for m in ent.mentions],
            )
            db.executemany(
                'INSERT INTO roles (doc_entity_id, article_id, label, start, "end", current) VALUES (?,?,?,?,?,?)',
                [(doc_entity, art.id, r.label, r.start, r.end, _bool(r.current)) for r in ent.roles],
            )
        decisions = resolve_article([DocEntity.of(e) for e in analysis.entities], CorpusView(db), self.knowledge())
        apply(db, decisions, local, self._new_entity)
        return local

    def resolution_notice(self) -> str | None:
        """What to run when the store's entities were linked by older rules of resolution (else None; a new
        store is stamped with the current rules)."""
        if self.readonly:
            return None
        with self.write() as db:
            return resolution_notice(db, self.label)

    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = default_knowledge()  # loaded once per process, shared with the codes stage
        return self._knowledge

    def _new_entity(self, db: Connection, ent: NewEntity) -> int:
        return create_entity(db, ent, self._gazetteer)

    def _gazetteer(self) -> Gazetteer:
        if self._places is None:
            self._places = Gazetteer()  # loaded on the first place, once per store
        return self._places

    def _refresh_name(self, db: Connection, entity_id: int) -> None:
        refresh_entity(db, entity_id)

    def _write_records(self, db: Connection, analysis: Analysis, local: dict[str, int]) -> None:
        art = analysis.article
        db.executemany(
            'INSERT INTO times (article_id, local_id, sentence, start, "end", text, type, value, mod) VALUES '
            "(?,?,?,?,?,?,?,?,?)",
            [(art.id, t.id, t.sentence, t.start, t.end, t.text, t.type, t.value, t.mod) for t in analysis.times],
        )
        for a in analysis.attributions:
            src = a.source
            attribution_id = db.execute(
                "INSERT INTO attributions (article_id, local_id, source_doc_entity, source_text, source_kind, "
                "source_start,"
                " source_end, cue_text, cue_start, cue_end, content_text, content_start, content_end, direct, "
                "certainty,"
                " sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                (
                    art.id,
                    a.id,
                    local.get(src.entity) if src and src.entity else None,
                    src.text if src else None,
                    src.kind if src else None,
                    src.start if src else None,
                    src.end if src else None,
                    a.cue.text,
                    a.cue.start,
                    a.cue.end,
                    a.content.text,
                    a.content.start,
                    a.content.end,
                    int(a.direct),
                    a.certainty,
                    a.sentence.start if a.sentence else None,
                    a.sentence.end if a.sentence else None,
                ),
            ).fetchone()[0]
            inside = {
                local[e.id]
                for e in analysis.entities
                for m in e.mentions
                if e.id in local and a.content.start <= m.start and m.end <= a.content.end
            }
            db.executemany(
                "INSERT INTO attribution_entities (attribution_id, doc_entity_id) VALUES (?, ?)",
                [(attribution_id, d) for d in sorted(inside)],
            )
        for ev in analysis.events:
            date, basis = _event_date(ev.time.value if ev.time else None, art.published)
            event_id = db.execute(
                "INSERT INTO events (article_id, local_id, type, mode, cameo_root, quad_class, penta_class, intensity,"
                " trigger_text, trigger_start, trigger_end, source_doc_entity, target_doc_entity, place_doc_entity,"
                " participants, time_value, time_start, time_end, event_date, date_source, negated, certainty,"
                " attribution_local, sentence_start, sentence_end) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " RETURNING id",
                (
                    art.id,
                    ev.id,
                    ev.type,
                    ev.mode,
                    ev.cameo_root,
                    ev.quad_class,
                    ev.penta_class,
                    ev.intensity,
                    ev.trigger.text,
                    ev.trigger.start,
                    ev.trigger.end,
                    local.get(ev.source or ""),
                    local.get(ev.target or ""),
                    local.get(ev.place or ""),
                    json.dumps([local[p] for p in ev.participants if p in local]),
                    ev.time.value if ev.time else None,
                    ev.time.start if ev.time else None,
                    ev.time.end if ev.time else None,
                    date,
                    basis,
                    int(ev.negated),
                    ev.certainty,
                    ev.attribution,
                    ev.sentence.start,
                    ev.sentence.end,
                ),
            ).fetchone()[0]
            db.executemany(
                "INSERT INTO event_participants (event_id, position, doc_entity_id) VALUES (?,?,?)",
                [(event_id, i, local[p]) for i, p in enumerate(p for p in ev.participants if p in local)],
            )
        for rel in analysis.relations:
            if rel.subject not in local:
                continue
            db.execute(
                "INSERT INTO relations (article_id, local_id, type, subject_doc_entity, object_doc_entity, label, "
                "current,"
                " sentence_start, sentence_end, evidence_start, evidence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id,
                    rel.id,
                    rel.type,
                    local[rel.subject],
                    local.get(rel.object or ""),
                    rel.label,
                    _bool(rel.current),
                    rel.sentence.start,
                    rel.sentence.end,
                    rel.evidence.start if rel.evidence else None,
                    rel.evidence.end if rel.evidence else None,
                ),
            )

    # -- curation ----------------------------------------------------------------------------------
    def record_decision(self, db, kind: str, payload: dict) -> None:
        db.execute(
            "INSERT INTO decisions (kind, payload, created_at) VALUES (?,?,?)",
            (kind, json.dumps(payload, sort_keys=True), _now()),
        )


def _event_date(value: str | None, published: str | None) -> tuple[str | None, str | None]:
    if value and len(value) >= 10 and value[:4].isdigit() and value[4] == "-" and value[7] == "-":
        return value[:10], "text"
    if published and len(published) >= 10 and published[:4].isdigit():
        return published[:10], "published"
    return None, None


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
