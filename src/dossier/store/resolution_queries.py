"""Read queries for measuring and auditing resolution (``dossier eval resolution``): where every mention of
an article went, and which names each corpus entity holds."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.resolve.recall import RULE as RECALLED

Rows = list  # of rows readable by column name


def mention_entities(conn, article_ids: Sequence[str]) -> Rows:
    """Every stored mention of the articles with the corpus entity it belongs to now (after consolidation);
    the mentions of entities that are no corpus actor (only described in their article) are left out."""
    out: Rows = []
    ids = list(article_ids)
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        out.extend(
            conn.execute(
                'SELECT m.article_id, m.start, m."end", d.entity_id FROM mentions m JOIN doc_entities d ON d.id = '
                "m.doc_entity_id"
                f" WHERE m.article_id IN ({','.join('?' * len(chunk))}) AND d.entity_id IS NOT NULL"
                ' ORDER BY m.article_id, m.start, m."end", d.entity_id',
                chunk,
            ).fetchall()
        )
    return out


def person_names(conn) -> Rows:
    """(entity_id, name, mentions) for every name under which a document entity typed PERSON, named at least
    once by a proper name in its article, is linked to a corpus entity; mentions of all kinds are counted."""
    return conn.execute(
        "SELECT d.entity_id, d.name, COUNT(m.id) AS mentions FROM doc_entities d JOIN mentions m ON m.doc_entity_id = "
        "d.id"
        " WHERE d.type = 'PERSON' AND d.entity_id IS NOT NULL AND EXISTS (SELECT 1 FROM mentions n WHERE "
        "n.doc_entity_id = d.id AND n.kind = 'name')"
        " GROUP BY d.entity_id, d.name ORDER BY d.entity_id, mentions DESC, d.name"
    ).fetchall()


def one_word_names_of_persons(conn) -> Rows:
    """(entity_id, name, mentions) for every one-word name under which a document entity of any type is
    linked to a corpus entity typed PERSON."""
    return conn.execute(
        "SELECT d.entity_id, d.name, COUNT(m.id) AS mentions FROM doc_entities d JOIN entities e ON e.id = "
        "d.entity_id JOIN mentions m ON m.doc_entity_id = d.id"
        " WHERE e.type = 'PERSON' AND d.name NOT LIKE '% %' AND EXISTS (SELECT 1 FROM mentions n WHERE "
        "n.doc_entity_id = d.id AND n.kind = 'name')"
        " GROUP BY d.entity_id, d.name ORDER BY d.entity_id, mentions DESC, d.name"
    ).fetchall()


def entity_sizes(conn, entity_ids: Sequence[int]) -> Rows:
    """(id, name, type, mentions, articles) of the given corpus entities."""
    out: Rows = []
    ids = sorted(set(entity_ids))
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        out.extend(
            conn.execute(
                "SELECT e.id, e.name, e.type, COUNT(m.id) AS mentions, COUNT(DISTINCT d.article_id) AS articles"
                " FROM entities e JOIN doc_entities d ON d.entity_id = e.id JOIN mentions m ON m.doc_entity_id = d.id"
                f" WHERE e.id IN ({','.join('?' * len(chunk))}) GROUP BY e.id, e.name, e.type",
                chunk,
            ).fetchall()
        )
    return out


def known_names(conn) -> Rows:
    """(text, type, count) of every name mention of a corpus actor: what ``resolve.recall`` may find again."""
    return conn.execute(
        "SELECT m.text, d.type, COUNT(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id"
        " WHERE m.kind = 'name' AND d.entity_id IS NOT NULL"
        f" AND (m.linked_by IS NULL OR m.linked_by <> '{RECALLED}')"
        " GROUP BY m.text, d.type ORDER BY m.text, d.type"
    ).fetchall()
