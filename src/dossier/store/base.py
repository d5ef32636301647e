"""The SQLite store: schema and migrations, one transaction per article, entity resolution on write.

One writer, many readers: the database runs in WAL mode, so queries are served while an ingest writes,
and an ingest killed at any moment leaves every article either fully stored or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from dossier.errors import StoreError
from dossier.models import Analysis, Entity
from dossier.resolve.keys import keys_of
from dossier.resolve.places import Gazetteer
from dossier.resolve.resolver import Candidate, Link, resolution_order, resolve
from dossier.store.migrations import LATEST, MIGRATIONS

APPLICATION = "dossier"


class SQLiteStore:
    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._places: Gazetteer | None = None
        self.conn = self._connect()
        self._check_and_migrate()

    # -- opening -----------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self.readonly:
            if not self.path.exists():
                raise StoreError(f"{self.path}: no such database; create it with `dossier ingest ... --db {self.path}`")
            uri = f"file:{self.path}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        else:
            if self.path.parent and not self.path.parent.exists():
                raise StoreError(f"{self.path}: the directory {self.path.parent} does not exist")
            try:
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        conn.isolation_level = None  # transactions are explicit: see write()
        conn.row_factory = sqlite3.Row
        try:
            if not self.readonly:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.OperationalError as exc:
            conn.close()
            if "unable to open" in str(exc) or "readonly" in str(exc):
                raise StoreError(
                    f"{self.path}: cannot open for writing (a read-only file or directory: SQLite needs to write "
                    "beside it too); give a writable --db path"
                ) from None
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.path}: not a dossier database (not SQLite at all: {exc})") from None
        return conn

    def _check_and_migrate(self) -> None:
        try:
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a dossier database ({exc})") from None
        if tables and "migrations" not in tables:
            raise StoreError(f"{self.path}: not a dossier database (it has other tables); give another --db path")
        applied = 0
        if "migrations" in tables:
            app = self.conn.execute("SELECT value FROM meta WHERE key='application'").fetchone() if "meta" in tables else None
            if app is None or app[0] != APPLICATION:
                raise StoreError(f"{self.path}: not a dossier database; give another --db path")
            applied = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()[0]
        if applied > LATEST:
            raise StoreError(
                f"{self.path}: written by a newer dossier (schema {applied}, this one knows up to {LATEST}); "
                "upgrade dossier to use it"
            )
        if applied == LATEST:
            return
        if self.readonly:
            raise StoreError(f"{self.path}: schema {applied} needs migrating to {LATEST}; open it once for writing")
        self._migrate(applied)

    def _migrate(self, applied: int) -> None:
        with self.write():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for mig in MIGRATIONS:
                if mig.version <= applied:
                    continue
                for statement in _statements(mig.sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)", (mig.version, mig.name, _now())
                )
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole on any error (a full disk included)."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _store_error(self.path, exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise _store_error(self.path, exc) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM migrations").fetchone()[0]

    # -- articles ----------------------------------------------------------------------------------
    def known(self, article_id: str, text_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ? OR text_hash = ? LIMIT 1", (article_id, text_hash)
        ).fetchone()
        return row is not None

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(article id, story id, MinHash signature) of every stored article, for near-duplicate search."""
        for row in self.conn.execute("SELECT id, story_id, minhash FROM articles WHERE minhash IS NOT NULL"):
            yield row[0], row[1], row[2]

    def write_analysis(self, analysis: Analysis, *, text_hash: str, minhash: bytes | None, story_id: str | None) -> bool:
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
                "INSERT INTO articles (id, title, published, published_inferred, published_basis, source, url, language,"
                " text, text_hash, minhash, story_id, origin, model, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id, art.title, art.published, inferred.value if inferred else None,
                    inferred.basis if inferred else None, art.source, art.url, art.language, art.text, text_hash,
                    minhash, story_id, art.origin, analysis.model, _now(),
                ),
            )
            db.executemany(
                'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
                [(art.id, i, s.start, s.end, art.text[s.start : s.end]) for i, s in enumerate(analysis.sentences)],
            )
            local = self._write_entities(db, analysis)
            self._write_records(db, analysis, local)
        return True

    def _write_entities(self, db: sqlite3.Connection, analysis: Analysis) -> dict[str, int]:
        """Resolve and store the article's entities; returns local entity id -> doc_entities.id."""
        art = analysis.article
        local: dict[str, int] = {}
        context: set[int] = set()
        for ent in resolution_order(analysis.entities):
            link = resolve(ent, self._lookup, self._context_of, context)
            entity_id = link.entity_id if link.entity_id is not None else self._new_entity(db, ent)
            context.add(entity_id)
            cur = db.execute(
                "INSERT INTO doc_entities (article_id, local_id, name, type, country, entity_id, rule) VALUES (?,?,?,?,?,?,?)",
                (art.id, ent.id, ent.name, ent.type, ent.country, entity_id, link.rule),
            )
            doc_entity = cur.lastrowid
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
            db.executemany(
                "INSERT OR IGNORE INTO aliases (key, entity_id, alias, kind) VALUES (?,?,?,?)",
                [(k.key, entity_id, k.alias, k.kind) for k in keys_of(ent)],
            )
            self._refresh_name(db, entity_id)
        return local

    def _lookup(self, keys: list[str]) -> list[Candidate]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT a.key, a.kind, a.entity_id, e.type,"
            f" (SELECT COUNT(*) FROM doc_entities d WHERE d.entity_id = a.entity_id) AS size"
            f" FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key IN ({marks})",
            keys,
        ).fetchall()
        return [Candidate(r["entity_id"], r["key"], r["kind"], r["type"], r["size"]) for r in rows]

    def _context_of(self, entity_id: int) -> set[int]:
        rows = self.conn.execute(
            "SELECT DISTINCT d2.entity_id FROM doc_entities d1 JOIN doc_entities d2 ON d2.article_id = d1.article_id"
            " WHERE d1.entity_id = ? AND d2.entity_id != ? LIMIT 2000",
            (entity_id, entity_id),
        ).fetchall()
        return {r[0] for r in rows}

    def _new_entity(self, db: sqlite3.Connection, ent: Entity) -> int:
        lat = lon = None
        if ent.type in {"GPE", "LOC", "FAC"}:
            place = self._gazetteer().locate(ent.name, ent.country)
            if place is not None:  # a country is placed at its capital
                lat, lon = place.latitude, place.longitude
        cur = db.execute(
            "INSERT INTO entities (name, type, country, latitude, longitude) VALUES (?,?,?,?,?)",
            (ent.name, ent.type, ent.country, lat, lon),
        )
        return int(cur.lastrowid)

    def _gazetteer(self) -> Gazetteer:
        if self._places is None:
            self._places = Gazetteer()  # loaded on the first place, once per store
        return self._places

    def _refresh_name(self, db: sqlite3.Connection, entity_id: int) -> None:
        """The corpus name is the most frequent document name (the most complete on ties), unless a user set it."""
        db.execute(
            "UPDATE entities SET name = (SELECT d.name FROM doc_entities d WHERE d.entity_id = entities.id"
            " GROUP BY d.name ORDER BY COUNT(*) DESC, LENGTH(d.name) DESC, d.name LIMIT 1)"
            " WHERE id = ? AND named_by_user = 0 AND country IS NULL",
            (entity_id,),
        )

    def _write_records(self, db: sqlite3.Connection, analysis: Analysis, local: dict[str, int]) -> None:
        art = analysis.article
        db.executemany(
            'INSERT INTO times (article_id, local_id, sentence, start, "end", text, type, value, mod) VALUES (?,?,?,?,?,?,?,?,?)',
            [(art.id, t.id, t.sentence, t.start, t.end, t.text, t.type, t.value, t.mod) for t in analysis.times],
        )
        for a in analysis.attributions:
            src = a.source
            cur = db.execute(
                "INSERT INTO attributions (article_id, local_id, source_doc_entity, source_text, source_kind, source_start,"
                " source_end, cue_text, cue_start, cue_end, content_text, content_start, content_end, direct, certainty,"
                " sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id, a.id, local.get(src.entity) if src and src.entity else None,
                    src.text if src else None, src.kind if src else None, src.start if src else None,
                    src.end if src else None, a.cue.text, a.cue.start, a.cue.end, a.content.text, a.content.start,
                    a.content.end, int(a.direct), a.certainty,
                    a.sentence.start if a.sentence else None, a.sentence.end if a.sentence else None,
                ),
            )
            inside = {
                local[e.id]
                for e in analysis.entities
                for m in e.mentions
                if e.id in local and a.content.start <= m.start and m.end <= a.content.end
            }
            db.executemany(
                "INSERT INTO attribution_entities (attribution_id, doc_entity_id) VALUES (?, ?)",
                [(cur.lastrowid, d) for d in sorted(inside)],
            )
        for ev in analysis.events:
            date, basis = _event_date(ev.time.value if ev.time else None, art.published)
            db.execute(
                "INSERT INTO events (article_id, local_id, type, mode, cameo_root, quad_class, penta_class, intensity,"
                " trigger_text, trigger_start, trigger_end, source_doc_entity, target_doc_entity, place_doc_entity,"
                " participants, time_value, time_start, time_end, event_date, date_source, negated, certainty,"
                " attribution_local, sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id, ev.id, ev.type, ev.mode, ev.cameo_root, ev.quad_class, ev.penta_class, ev.intensity,
                    ev.trigger.text, ev.trigger.start, ev.trigger.end, local.get(ev.source or ""),
                    local.get(ev.target or ""), local.get(ev.place or ""),
                    json.dumps([local[p] for p in ev.participants if p in local]),
                    ev.time.value if ev.time else None, ev.time.start if ev.time else None,
                    ev.time.end if ev.time else None, date, basis, int(ev.negated), ev.certainty, ev.attribution,
                    ev.sentence.start, ev.sentence.end,
                ),
            )
        for rel in analysis.relations:
            if rel.subject not in local:
                continue
            db.execute(
                "INSERT INTO relations (article_id, local_id, type, subject_doc_entity, object_doc_entity, label, current,"
                " sentence_start, sentence_end, evidence_start, evidence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id, rel.id, rel.type, local[rel.subject], local.get(rel.object or ""), rel.label,
                    _bool(rel.current), rel.sentence.start, rel.sentence.end,
                    rel.evidence.start if rel.evidence else None, rel.evidence.end if rel.evidence else None,
                ),
            )

    # -- curation ----------------------------------------------------------------------------------
    def record_decision(self, db: sqlite3.Connection, kind: str, payload: dict) -> None:
        db.execute(
            "INSERT INTO decisions (kind, payload, created_at) VALUES (?,?,?)", (kind, json.dumps(payload, sort_keys=True), _now())
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
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    out, buf = [], []
    for line in sql.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def _store_error(path: Path, exc: sqlite3.OperationalError) -> StoreError:
    msg = str(exc)
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path}: the database is read-only; give a writable --db path")
    if "full" in msg:
        return StoreError(f"{path}: the disk is full; nothing of the current article was stored — free space and re-run")
    if "locked" in msg or "busy" in msg:
        return StoreError(f"{path}: the database is locked by another writer; try again when it finishes")
    return StoreError(f"{path}: {msg}")
