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
    "a1": ("2024-03-04", "Wire A", "Senator Hannah Lee met Prime Minister Tomas Varga in Budapest on Monday. "
           "Lee said the talks with Varga were constructive. Hungary wants more investment, the prime minister said."),
    "a2": ("2024-03-20", "Wire B", "Hannah Lee criticised the Hungarian government on Wednesday. "
           "Lee accused Budapest of blocking the aid package, and Varga rejected the claim."),
    "a3": ("2024-04-02", "Wire C", "Former governor Robert Lee, no relation to the senator, opened a vineyard in Oregon. "
           "Robert Lee said his family had farmed there for decades. The vineyard employs forty people in Salem."),
    "a4": ("2024-04-15", "Wire A", "Lee visited Budapest again on Tuesday. Varga and Lee discussed energy prices, "
           "and the senator praised Hungary for its stance on the pipeline."),
}


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_db(request, tmp_path_factory) -> Path | str:
    from dossier.ingest.run import ingest

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
        assert any("surname" in w.rule for w in lee.why if w.article_id == "a4")
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


def test_curation_merge_split_rename_survive_reingestion(store_db, tmp_path):
    from dossier.ingest.run import ingest
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
    more.write_text(json.dumps({"id": "a5", "published": "2024-05-01", "text":
                                "Robert Lee sold his vineyard in Oregon on Friday. Robert Lee said he would retire."}) + "\n")
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
        return subprocess.run([sys.executable, "-m", "dossier", *args, "--db", str(corpus_db)], capture_output=True, timeout=300)

    out = run("entity", "Varga", "--why")
    assert out.returncode == 0, out.stderr.decode()
    assert "Tomas Varga" in out.stdout.decode() and "Prime Minister" in out.stdout.decode()
    rel = run("relation", "Hannah Lee", "Tomas Varga", "--format", "json")
    assert json.loads(rel.stdout)["a"]["name"] == "Hannah Lee"
    ents = run("entities", "--type", "PERSON", "--format", "csv")
    assert ents.stdout.decode().splitlines()[0] == "id,name,type,mentions,articles,aliases"
    missing = run("entity", "Nobody Atall")
    assert missing.returncode == 1 and "no entity called" in missing.stderr.decode()


def test_places_get_coordinates(corpus_db):
    from dossier.query.corpus import open_corpus

    with open_corpus(corpus_db) as corpus:
        row = corpus.conn.execute("SELECT latitude, longitude FROM entities WHERE name = 'Budapest'").fetchone()
        assert row is not None and abs(row[0] - 47.5) < 0.5 and abs(row[1] - 19.04) < 0.5
        hungary = corpus.conn.execute("SELECT latitude FROM entities WHERE country = 'HU'").fetchone()
        assert hungary is not None and abs(hungary[0] - 47.5) < 0.5  # a country sits at its capital


def test_pair_questions_give_the_same_rows_from_either_side(corpus_db):
    """Events, claims and ties between two actors are found from the shared articles or from the smaller
    actor's document entities, whichever is less work: both ways must give the same rows."""
    from dossier.query.corpus import open_corpus
    from dossier.store import queries as q

    with open_corpus(corpus_db, readonly=True) as corpus:
        a, b = corpus.resolve_name("Hannah Lee").id, corpus.resolve_name("Tomas Varga").id
        x, y, _ = q.smaller_first(corpus.conn, a, b)
        shared = [r["article_id"] for r in q.shared_articles(corpus.conn, x, y)]
        assert shared
        for name in ("events_between", "claims_about_both", "relations_between"):
            by_article = getattr(q, name)(corpus.conn, x, y, 10**9, shared)   # few shared articles: by article
            by_entity = getattr(q, name)(corpus.conn, x, y, 0, shared)        # otherwise: by entity
            assert [tuple(r) for r in by_article] == [tuple(r) for r in by_entity], name
        assert q.events_between(corpus.conn, x, y, 0, shared)  # the fixture has events between the two
