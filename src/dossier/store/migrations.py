"""Named, numbered schema migrations. A database records each one it has applied in ``migrations``.

Rules: never edit an applied migration; add the next one. A database whose newest migration is
unknown to this dossier was written by a newer version and is refused rather than touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dossier.dedup import band_keys
from dossier.store.codes import fill_actor_codes
from dossier.store.pairs import fill_pairs, fill_sentence_pairs
from dossier.store.resolution import recheck_store

PAGE = 1000  # rows a backfill reads at a time: memory stays bounded whatever the store's size


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    backfill: Callable[[object], None] | None = None  # fills new tables from stored rows, after ``sql``


def fill_story_keys(conn) -> None:
    """The LSH band keys of every stored signature, a page of articles at a time."""
    last = ""
    while True:
        rows = conn.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND id > ? ORDER BY id LIMIT ?", (last, PAGE)
        ).fetchall()
        if not rows:
            return
        conn.executemany(
            "INSERT INTO story_keys (key, article_id) VALUES (?, ?)",
            [(key, r[0]) for r in rows for key in band_keys(bytes(r[1]))],
        )
        last = rows[-1][0]


def _resolve_again(conn) -> None:
    """Migration 7: entity links may be empty, then every article is resolved by the new rules."""
    _nullable_entity_link(conn)
    recheck_store(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial schema",
        """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,              -- the id of the first article that told the story
    reports INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT, published TEXT, published_inferred TEXT, published_basis TEXT,
    source TEXT, url TEXT, language TEXT NOT NULL, text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,   -- hash of the normalised text: the same article is stored once
    minhash BLOB,                     -- MinHash signature, for near-duplicate (syndicated) copies
    story_id TEXT NOT NULL REFERENCES stories(id),
    origin TEXT, model TEXT, ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    UNIQUE (article_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE entities (               -- corpus entities
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
    latitude REAL, longitude REAL,
    named_by_user INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE aliases (                -- normalised names that resolve to a corpus entity
    key TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL, kind TEXT NOT NULL,      -- kind: name | surname | acronym | country | user
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX aliases_entity ON aliases(entity_id);

CREATE TABLE doc_entities (           -- an entity as one article has it, linked to a corpus entity
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    rule TEXT NOT NULL,               -- why it was linked to that corpus entity
    UNIQUE (article_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
    article_id TEXT NOT NULL, sentence INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, linked_by TEXT
);
CREATE INDEX mentions_doc_entity ON mentions(doc_entity_id);
CREATE INDEX mentions_article ON mentions(article_id, sentence);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
    article_id TEXT NOT NULL, label TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, current INTEGER
);
CREATE INDEX roles_doc_entity ON roles(doc_entity_id);

CREATE TABLE times (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, local_id TEXT, sentence INTEGER,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE attributions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, local_id TEXT NOT NULL,
    source_doc_entity INTEGER REFERENCES doc_entities(id),
    source_text TEXT, source_kind TEXT, source_start INTEGER, source_end INTEGER,
    cue_text TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
    content_text TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    direct INTEGER NOT NULL, certainty TEXT NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER,
    UNIQUE (article_id, local_id)
);
CREATE INDEX attributions_source ON attributions(source_doc_entity);

CREATE TABLE attribution_entities (   -- entities mentioned inside a claim's content
    attribution_id INTEGER NOT NULL REFERENCES attributions(id),
    doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
    PRIMARY KEY (attribution_id, doc_entity_id)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, local_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, cameo_root TEXT, quad_class INTEGER, penta_class INTEGER, intensity REAL,
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    source_doc_entity INTEGER REFERENCES doc_entities(id),
    target_doc_entity INTEGER REFERENCES doc_entities(id),
    place_doc_entity INTEGER REFERENCES doc_entities(id),
    participants TEXT,                -- JSON list of doc_entity ids
    time_value TEXT, time_start INTEGER, time_end INTEGER,
    event_date TEXT,                  -- YYYY-MM-DD for ordering: the event's own date, else the article's
    date_source TEXT,                 -- text | published
    negated INTEGER NOT NULL, certainty TEXT NOT NULL, attribution_local TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_source ON events(source_doc_entity);
CREATE INDEX events_target ON events(target_doc_entity);
CREATE INDEX events_date ON events(event_date);

CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL,
    subject_doc_entity INTEGER NOT NULL REFERENCES doc_entities(id),
    object_doc_entity INTEGER REFERENCES doc_entities(id),
    label TEXT NOT NULL, current INTEGER, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    evidence_start INTEGER, evidence_end INTEGER,
    UNIQUE (article_id, local_id)
);
CREATE INDEX relations_subject ON relations(subject_doc_entity);

CREATE TABLE decisions (              -- curation by users: replayed so they survive re-ingestion
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,               -- merge | split | rename
    payload TEXT NOT NULL,            -- JSON
    created_at TEXT NOT NULL
);
""",
    ),
    Migration(
        2,
        "event participants and co-mention counts",
        """
CREATE TABLE event_participants (     -- the participants of an event, in order (was only JSON in events)
    event_id INTEGER NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_doc_entity ON event_participants(doc_entity_id);
INSERT INTO event_participants (event_id, position, doc_entity_id)
    SELECT ev.id, CAST(p.key AS INTEGER), CAST(p.value AS INTEGER) FROM events ev, json_each(ev.participants) p
    WHERE ev.participants IS NOT NULL;

CREATE TABLE comentions (             -- shared articles of two corpus entities, both directions
    a INTEGER NOT NULL, b INTEGER NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX comentions_top ON comentions(a, articles DESC, b);
INSERT INTO comentions (a, b, articles)
    SELECT d1.entity_id, d2.entity_id, COUNT(DISTINCT d1.article_id) FROM doc_entities d1
    JOIN doc_entities d2 ON d2.article_id = d1.article_id AND d2.entity_id != d1.entity_id
    GROUP BY d1.entity_id, d2.entity_id;

CREATE INDEX doc_entities_article_entity ON doc_entities(article_id, entity_id);
CREATE INDEX attribution_entities_doc_entity ON attribution_entities(doc_entity_id);
CREATE INDEX attributions_article ON attributions(article_id);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX relations_object ON relations(object_doc_entity);
""",
    ),
    Migration(
        3,
        "a covering index from entity to article",
        """
-- the articles of an entity read off the index alone: pairs of frequent actors intersect these lists
CREATE INDEX doc_entities_entity_article ON doc_entities(entity_id, article_id);
DROP INDEX doc_entities_entity;
""",
    ),
    Migration(
        4,
        "near-duplicate search in the store",
        """
-- LSH band keys of each article's MinHash signature (dedup.band_keys): an ingest asks for the articles
-- sharing a key with the new one instead of loading every signature into memory
CREATE TABLE story_keys (key INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id));
CREATE INDEX story_keys_key ON story_keys(key);
""",
        fill_story_keys,
    ),
    Migration(
        5,
        "the pair index",
        """
-- events, claims and ties between two corpus entities, both directions (store/pairs.py): a relationship
-- question reads one index range instead of joining every document entity of the smaller actor
CREATE TABLE pairs (
    a INTEGER NOT NULL, b INTEGER NOT NULL, kind TEXT NOT NULL,   -- kind: event | claim | relation
    record_id INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE INDEX pairs_pair ON pairs(a, b, kind, record_id);
CREATE INDEX pairs_article ON pairs(article_id);
""",
        fill_pairs,
    ),
    Migration(
        6,
        "sentences naming two entities",
        """
-- the evidence of a co-mention (store/pairs.py), in date order: a relationship's first sentences are the
-- start of one index range instead of a search through the shared articles a chunk at a time
CREATE TABLE sentence_pairs (
    a INTEGER NOT NULL, b INTEGER NOT NULL, published TEXT,
    article_id TEXT NOT NULL REFERENCES articles(id), sentence_id INTEGER NOT NULL REFERENCES sentences(id)
);
CREATE INDEX sentence_pairs_pair ON sentence_pairs(a, b, published, article_id, sentence_id);
CREATE INDEX sentence_pairs_article ON sentence_pairs(article_id);
""",
        fill_sentence_pairs,
    ),
    Migration(
        7,
        "precision-first resolution",
        """
-- an entity only described in its article ("the woman") is linked to no corpus entity: entity_id may be NULL.
-- SQLite cannot drop a NOT NULL in place; the documented way for a constraint that changes nothing on disk
-- is to edit the table's definition (sqlite.org/lang_altertable.html, section 7), done by the backfill.
SELECT 1;
""",
        _resolve_again,
    ),
    Migration(
        8,
        "what an article says about itself",
        """
-- from dossier_newsformat (JSON): authors ["Jane Doe"], the dateline {name, start, end, text, place, date}
-- and the notes (corrections, editor's notes) of each article; NULL for articles stored before
ALTER TABLE articles ADD COLUMN authors TEXT;
ALTER TABLE articles ADD COLUMN dateline TEXT;
ALTER TABLE articles ADD COLUMN notes TEXT;
""",
    ),
    Migration(
        9,
        "actor codes",
        """
-- the codes stage (dossier.codes, store/codes.py): each document entity's country (alpha-3) and CAMEO sector
-- on its article's date, the codes they come from with their dates and evidence, and each event's actors'
-- codes on its date; a corpus entity's codes are read through doc_entities.entity_id, so they follow
-- merges, splits and re-resolution
ALTER TABLE doc_entities ADD COLUMN country_code TEXT;
ALTER TABLE doc_entities ADD COLUMN sector TEXT;
ALTER TABLE events ADD COLUMN source_country TEXT;
ALTER TABLE events ADD COLUMN source_sector TEXT;
ALTER TABLE events ADD COLUMN target_country TEXT;
ALTER TABLE events ADD COLUMN target_sector TEXT;
CREATE TABLE actor_codes (
    doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,        -- 0: the code country and sector come from; 1: the dictionary's in force
    code TEXT NOT NULL, country TEXT, sector TEXT,
    valid_from TEXT, valid_to TEXT,   -- the code's dates (NULL = open)
    seen TEXT,                        -- the article's date: when the code was seen
    source TEXT NOT NULL,             -- text | dictionary | agents | countries
    evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER, entry TEXT,
    PRIMARY KEY (doc_entity_id, position)
);
CREATE INDEX actor_codes_article ON actor_codes(article_id);
CREATE INDEX doc_entities_codes ON doc_entities(country_code, sector, entity_id);
CREATE INDEX events_countries ON events(source_country, target_country, event_date);
""",
        fill_actor_codes,
    ),
)

LATEST = MIGRATIONS[-1].version


def _nullable_entity_link(conn) -> None:
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'entity_id INTEGER NOT NULL REFERENCES entities(id)',"
        " 'entity_id INTEGER REFERENCES entities(id)') WHERE type = 'table' AND name = 'doc_entities'"
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
