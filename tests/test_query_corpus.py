"""The questions API over a real store: resolution across articles, profiles, search, curation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BACKENDS, store_target

pytestmark = pytest.mark.slow

ARTICLES = {
    "a1": (
        "2024-03-04",
        "Wire A",
        "Senator Hannah Lee met Prime Minister Tomas Varga in Budapest on Monday. "
        "Lee said the talks with Varga were constructive. Hungary wants more investment, the prime minister said.",
    ),
    "a2": (
        "2024-03-20",
        "Wire B",
        "Hannah Lee criticised the Hungarian government on Wednesday. "
        "Lee accused Budapest of blocking the aid package, and Varga rejected the claim.",
    ),
    "a3": (
        "2024-04-02",
        "Wire C",
        "Former governor Robert Lee, no relation to the senator, opened a vineyard in Oregon. "
        "Robert Lee said his family had farmed there for decades. The vineyard employs forty people in Salem.",
    ),
    "a4": (
        "2024-04-15",
        "Wire A",
        "Lee visited Budapest again on Tuesday. Varga and Lee discussed energy prices, "
        "and the senator praised Hungary for its stance on the pipeline.",
    ),
}


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_db(request, tmp_path_factory) -> Path | str:
    from dossier.build import ingest

    d = tmp_path_factory.mktemp("corpus")
    lines = [json.dumps({"id": k, "text": t, "published": p, "source": s}) for k, (p, s, t) in ARTICLES.items()]
    (d / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = store_target(request, d)
    report = ingest([d / "news.jsonl"], db=db)
    assert report.stored == 4
    return db


def test_resolution_links_name_variants_across_articles(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        lee = corpus.entity("Hannah Lee")
        articles = {w.article_id for w in lee.why}
        assert articles == {"a1", "a2", "a4"}  # "Lee" alone in a4 is Hannah Lee by context, not Robert Lee
        assert any("one-word name" in w.rule for w in lee.why if w.article_id == "a4")
        robert = corpus.entity("Robert Lee")
        assert {w.article_id for w in robert.why} == {"a3"}
        hungary = corpus.entity("Hungary")
        assert {w.article_id for w in hungary.why} >= {"a1", "a2", "a4"}  # "Hungarian", "Hungary"


def test_entity_profile_has_roles_connections_and_months(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        varga = corpus.entity("Tomas Varga")
        assert "Prime Minister" in [r.label for r in varga.roles]
        role = next(r for r in varga.roles if r.label == "Prime Minister")
        assert role.evidence and "Prime Minister" in role.evidence[0].text
        assert "Hannah Lee" in [c.entity.name for c in varga.connections]
        assert [m.month for m in varga.mentions_per_month] == ["2024-03", "2024-04"]


def test_relation_lists_comentions_and_evidence_sentences(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        rel = corpus.relation("Hannah Lee", "Tomas Varga")
        assert [a.id for a in rel.articles] == ["a1", "a2", "a4"]
        assert [(m.month, m.articles) for m in rel.comentions] == [("2024-03", 2), ("2024-04", 1)]
        assert rel.evidence and all(ev.sentence in ARTICLES[ev.article_id][2] for ev in rel.evidence)
        df = corpus.entities(limit=5).to_pandas()
        assert list(df.columns)[:3] == ["id", "name", "type"]


def test_search_marks_the_match(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        hits = corpus.search("vineyard")
        assert hits and all("[vineyard]" in h.marked.lower() for h in hits)
        assert hits[0].evidence.text.lower() == "vineyard"
        assert corpus.search('AT&T "unbalanced') == []  # bad FTS syntax is searched as words, no crash


def test_aliases_are_listed_once_and_never_repeat_the_name(corpus_db):
    """An entity's aliases are the names its documents and name mentions give it, each once ("Trump" is a
    document's name and a mention's text in many articles)."""
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        rows = corpus.entities(limit=100)
        assert any(r.aliases for r in rows)
        for r in rows:
            assert len(r.aliases) == len(set(r.aliases)) and r.name not in r.aliases, r
            profile = corpus.entity(r.id)
            assert len(profile.aliases) == len(set(profile.aliases)) and r.name not in profile.aliases


def test_curation_merge_split_rename_survive_reingestion(store_db, tmp_path):
    from dossier.build import ingest
    from dossier.query.corpus import open_corpus

    db = store_db
    lines = [json.dumps({"id": k, "text": t, "published": p, "source": s}) for k, (p, s, t) in ARTICLES.items()]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ingest([tmp_path / "news.jsonl"], db=db).stored == 4
    with open_corpus(db) as corpus:
        robert = corpus.entity("Robert Lee").entity
        hannah = corpus.entity("Hannah Lee").entity
        corpus.rename(hannah.id, "Hannah J. Lee")
        corpus.merge(hannah.id, robert.id)  # a wrong merge, on purpose
        assert corpus.entity("Hannah J. Lee").entity.id == hannah.id
        new = corpus.split(hannah.id, ["Robert Lee"], "Robert Lee")
        assert new.id != hannah.id
    more = tmp_path / "more.jsonl"
    more.write_text(
        json.dumps(
            {
                "id": "a5",
                "published": "2024-05-01",
                "text": "Robert Lee sold his vineyard in Oregon on Friday. Robert Lee said he would retire.",
            }
        )
        + "\n"
    )
    ingest([more], db=db)
    with open_corpus(db) as corpus:
        assert corpus.entity("Hannah J. Lee").entity.name == "Hannah J. Lee"  # the rename held
        robert_now = corpus.entity("Robert Lee")
        assert {w.article_id for w in robert_now.why} == {"a3", "a5"}
        kinds = [r[0] for r in corpus.conn.execute("SELECT kind FROM decisions ORDER BY id")]
        assert kinds == ["rename", "merge", "split"]
        # the co-mention table follows the moves: it equals a recount from the document entities
        recount = corpus.conn.execute(
            "SELECT d1.entity_id, d2.entity_id, COUNT(DISTINCT d1.article_id) FROM doc_entities d1"
            " JOIN doc_entities d2 ON d2.article_id = d1.article_id AND d2.entity_id != d1.entity_id"
            " GROUP BY d1.entity_id, d2.entity_id ORDER BY 1, 2"
        ).fetchall()
        table = corpus.conn.execute("SELECT a, b, articles FROM comentions ORDER BY a, b").fetchall()
        assert [tuple(r) for r in table] == [tuple(r) for r in recount]


def test_cli_questions_print_text_json_and_csv(corpus_db):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "dossier", *args, "--db", str(corpus_db)], capture_output=True, timeout=300
        )

    out = run("entity", "Varga", "--why")
    assert out.returncode == 0, out.stderr.decode()
    assert "Tomas Varga" in out.stdout.decode() and "Prime Minister" in out.stdout.decode()
    rel = run("relation", "Hannah Lee", "Tomas Varga", "--format", "json")
    assert json.loads(rel.stdout)["a"]["name"] == "Hannah Lee"
    ents = run("entities", "--type", "PERSON", "--format", "csv")
    assert ents.stdout.decode().splitlines()[0] == "id,name,type,country,sector,mentions,articles,aliases"
    missing = run("entity", "Nobody Atall")
    assert missing.returncode == 1 and "no entity called" in missing.stderr.decode()


def test_places_get_coordinates(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        row = corpus.conn.execute("SELECT latitude, longitude FROM entities WHERE name = 'Budapest'").fetchone()
        assert row is not None and abs(row[0] - 47.5) < 0.5 and abs(row[1] - 19.04) < 0.5
        hungary = corpus.conn.execute("SELECT latitude FROM entities WHERE country = 'HU'").fetchone()
        assert hungary is not None and abs(hungary[0] - 47.5) < 0.5  # a country sits at its capital


def reference_pairs(conn) -> set[tuple]:
    """The pair index recomputed from the records and the current links of their document entities (an entity
    only described in its article is no corpus actor: it has no pairs)."""
    of = {r[0]: r[1] for r in conn.execute("SELECT id, entity_id FROM doc_entities")}
    out: set[tuple] = set()
    for kind, sql in (
        ("event", "SELECT id, source_doc_entity, target_doc_entity FROM events"),
        ("relation", "SELECT id, subject_doc_entity, object_doc_entity FROM relations"),
    ):
        for rid, s, t in conn.execute(sql).fetchall():
            if s is not None and t is not None and None not in (of[s], of[t]) and of[s] != of[t]:
                out |= {(of[s], of[t], kind, rid), (of[t], of[s], kind, rid)}
    about: dict[int, set[int]] = {}
    for rid, d in conn.execute("SELECT attribution_id, doc_entity_id FROM attribution_entities").fetchall():
        if of[d] is not None:
            about.setdefault(rid, set()).add(of[d])
    out |= {(x, y, "claim", rid) for rid, ents in about.items() for x in ents for y in ents if x != y}
    return out


def stored_pairs(conn) -> set[tuple]:
    return {tuple(r) for r in conn.execute("SELECT a, b, kind, record_id FROM pairs").fetchall()}


def reference_sentence_pairs(conn) -> set[tuple]:
    """Every two entities named in one sentence, from the mentions and the current links."""
    named: dict[tuple, set[int]] = {}
    for article_id, sentence, entity in conn.execute(
        "SELECT m.article_id, m.sentence, d.entity_id FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id"
    ).fetchall():
        if entity is not None:
            named.setdefault((article_id, sentence), set()).add(entity)
    ids = {(r[0], r[1]): r[2] for r in conn.execute("SELECT article_id, idx, id FROM sentences").fetchall()}
    return {(x, y, key[0], ids[key]) for key, ents in named.items() for x in ents for y in ents if x != y}


def stored_sentence_pairs(conn) -> set[tuple]:
    return {tuple(r) for r in conn.execute("SELECT a, b, article_id, sentence_id FROM sentence_pairs").fetchall()}


def test_pair_index_holds_every_record_between_two_entities(corpus_db):
    from dossier.query.corpus import open_corpus
    from dossier.store import queries as q

    with open_corpus(corpus_db, readonly=True) as corpus:
        pairs = stored_pairs(corpus.conn)
        assert pairs == reference_pairs(corpus.conn)
        assert stored_sentence_pairs(corpus.conn) == reference_sentence_pairs(corpus.conn)
        assert "event" in {k for _, _, k, _ in pairs}
        a, b = corpus.resolve_name("Hannah Lee").id, corpus.resolve_name("Tomas Varga").id
        events = q.events_between(corpus.conn, a, b)
        assert events and {r["id"] for r in events} == {rid for x, y, k, rid in pairs if (x, y, k) == (a, b, "event")}
        assert [tuple(r) for r in events] == [tuple(r) for r in q.events_between(corpus.conn, b, a)]  # symmetric


def test_pair_index_follows_a_merge_and_a_split(store_db, tmp_path):
    from dossier.build import ingest
    from dossier.query.corpus import open_corpus

    lines = [json.dumps({"id": k, "text": t, "published": p, "source": s}) for k, (p, s, t) in ARTICLES.items()]
    lines.append(
        json.dumps(
            {
                "id": "a6",
                "published": "2024-04-20",
                "text": "Tomas Varga said that Hannah Lee would "
                "meet the Hungarian finance minister in Budapest next week.",
            }
        )
    )
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ingest([tmp_path / "news.jsonl"], db=store_db).stored == 5
    with open_corpus(store_db) as corpus:
        assert "claim" in {k for _, _, k, _ in stored_pairs(corpus.conn)}  # a6: a claim about Lee and Budapest
        hannah, varga = corpus.resolve_name("Hannah Lee"), corpus.resolve_name("Tomas Varga")
        hungary = corpus.resolve_name("Hungary")
        before = len(corpus.relation(hannah.id, varga.id).events)
        assert before > 0
        corpus.merge(hannah.id, varga.id)  # wrong on purpose: their events become one actor's
        assert stored_pairs(corpus.conn) == reference_pairs(corpus.conn)
        assert stored_sentence_pairs(corpus.conn) == reference_sentence_pairs(corpus.conn)
        assert not any(a == b for a, b, _, _ in stored_pairs(corpus.conn))
        assert any(a == hannah.id and b == hungary.id for a, b, _, _ in stored_pairs(corpus.conn))
        new = corpus.split(hannah.id, ["Tomas Varga", "Varga"], "Tomas Varga")
        assert stored_pairs(corpus.conn) == reference_pairs(corpus.conn)
        assert stored_sentence_pairs(corpus.conn) == reference_sentence_pairs(corpus.conn)
        assert len(corpus.relation(hannah.id, new.id).events) == before
