"""``dossier eval resolution``: cross-document scores, baselines, head mapping, splits, cache, bad input, and the
``--conflicts`` audit of a store. The fixture ``tests/data/ecbplus`` holds three short original articles."""

from __future__ import annotations

import json
import sqlite3
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.eval.coref import b_cubed, ceaf_e, muc, score_clusters
from dossier.eval.ecbplus import in_split, load_ecbplus, parse_topics, topic_of
from dossier.eval.resolution import covering_entity, score_scope, system_clusters

FIXTURE = Path(__file__).resolve().parent / "data" / "ecbplus"
runner = CliRunner()


def _clusters(*groups):
    return [frozenset(g) for g in groups]


def _close(value: float, expected) -> bool:
    return abs(value - float(expected)) < 1e-9


# -- the metrics on cross-document mention ids ----------------------------------------------------------
def test_eval_resolution_metrics_on_the_scoring_paper_example():
    # Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", figure 1: key {a b c}
    # {d e f g}, response {a b} {c d} {f g h i}; mentions are (article, start, end) across two articles
    a, b, c, d, e, f, g, h, i = [("1_1ecb", k, k + 1) for k in range(5)] + [("1_2ecb", k, k + 1) for k in range(4)]
    key = _clusters({a, b, c}, {d, e, f, g})
    response = _clusters({a, b}, {c, d}, {f, g, h, i})
    m, b3, ce = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    assert _close(m.recall, Fraction(2, 5)) and _close(m.precision, Fraction(2, 5))
    assert _close(b3.recall, Fraction(35, 12) / 7) and _close(b3.precision, Fraction(1, 2))
    assert _close(ce.recall, Fraction(13, 20)) and _close(ce.precision, Fraction(13, 30))  # 1.3 / 2 and 1.3 / 3


def test_eval_resolution_metrics_hand_computed_and_conll_mean():
    a, b, c, d, e = [("9_1ecb", k, k + 2) for k in range(0, 10, 2)]
    scores = score_clusters(_clusters({a, b, c}, {d, e}), _clusters({a, b}, {c, d, e}))
    assert _close(scores.muc.precision, Fraction(2, 3)) and _close(scores.muc.recall, Fraction(2, 3))
    assert _close(scores.b3.precision, Fraction(11, 15)) and _close(scores.b3.recall, Fraction(11, 15))
    assert _close(scores.ceafe.precision, Fraction(4, 5)) and _close(scores.ceafe.recall, Fraction(4, 5))
    assert _close(scores.conll, (Fraction(2, 3) + Fraction(11, 15) + Fraction(4, 5)) / 3)
    same = score_clusters(_clusters({a, b, c}, {d, e}), _clusters({a, b, c}, {d, e}))
    assert same.conll == 1.0


# -- the fixture, the baselines and the head mapping ----------------------------------------------------
def test_eval_resolution_reads_the_fixture_and_its_topics():
    data = load_ecbplus(FIXTURE)
    assert [a.id for a in data.articles] == ["1_1ecb", "1_2ecb", "3_1ecb"]
    assert all(a.published is None for a in data.articles)
    assert len(data.mentions) == 15 and sum(m.named for m in data.mentions) == 10
    for m in data.mentions:
        text = next(a.text for a in data.articles if a.id == m.doc)
        assert text[m.head[0] : m.head[1]] == m.head_text
    assert topic_of("33_12ecbplus") == 33
    assert in_split(3, "held-back") and in_split(33, "held-back") and not in_split(35, "held-back")
    assert in_split(35, "dev") and not in_split(6, "dev") and in_split(6, "all")
    assert parse_topics("1-3,7, 9") == {1, 2, 3, 7, 9}
    assert [a.id for a in load_ecbplus(FIXTURE, topics={3}).articles] == ["3_1ecb"]


def test_eval_resolution_baselines_on_named_mentions():
    named = [m for m in load_ecbplus(FIXTURE).mentions if m.named]
    result = score_scope(named, {})  # no stored mention: dossier's every mention is alone
    assert (result.mentions, result.chains, result.covered) == (10, 6, 0)
    head = result.systems["head-word"]  # the head words are the chains here
    assert head.muc.f1 == head.b3.f1 == head.ceafe.f1 == 1.0
    exact = result.systems["exact-string"]  # "striker/Striker Maria Delgado" and the two Rovers join; the rest alone
    assert _close(exact.muc.precision, 1) and _close(exact.muc.recall, Fraction(2, 4))
    assert _close(exact.b3.precision, 1) and _close(exact.b3.recall, Fraction(15, 20))
    assert _close(exact.ceafe.recall, Fraction(17, 18)) and _close(exact.ceafe.precision, Fraction(17, 24))
    alone = result.systems["dossier"]
    assert alone.muc.recall == 0 and alone.b3.precision == 1.0 and _close(alone.b3.recall, Fraction(6, 10))


def test_eval_resolution_baseline_head_word_on_all_mentions():
    result = score_scope(load_ecbplus(FIXTURE).mentions, {})
    head = result.systems["head-word"]  # "she" and "the club" stay apart from Delgado and the Rovers
    assert _close(head.muc.precision, 1) and _close(head.muc.recall, Fraction(5, 8))


def test_eval_resolution_head_mapping_takes_the_shortest_covering_mention():
    assert covering_entity((57, 63), [(41, 63, 7), (57, 63, 8), (0, 5, 9)]) == 8
    assert covering_entity((57, 63), [(41, 63, 7), (60, 70, 9)]) == 7  # overlapping without covering: no
    assert covering_entity((57, 63), [(60, 70, 9)]) is None
    data = load_ecbplus(FIXTURE)
    delgado = [m for m in data.mentions if m.chain == "delgado" and m.named]
    # offsets into the text as printed ("Rovers ." reads "Rovers."): the loader respaces the corpus tokens
    system = {"1_1ecb": [(0, 13, 1), (84, 91, 1)], "1_2ecb": [(21, 42, 2)]}  # the third 1_1ecb mention not stored
    clusters, covered = system_clusters(delgado, system)
    assert covered == 3
    assert sorted(len(c) for c in clusters) == [1, 1, 2]  # entity 1, entity 2 and the uncovered mention alone


def test_eval_resolution_head_offsets_are_narrowed_to_the_head_word(tmp_path: Path):
    text = "Lindsay Lohan's lawyer spoke ."
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "4_1ecb", "title": text, "text": text}) + "\n")
    gold = [
        {
            "doc": "4_1ecb",
            "start": 0,
            "end": 15,
            "head": [8, 15],
            "chain": "c",
            "text": "Lindsay Lohan's",
            "head_text": "Lohan",
            "type": "HUMAN_PART_PER",
            "named": True,
        }
    ]
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    (mention,) = load_ecbplus(tmp_path).mentions
    assert mention.head == (8, 13)
    assert covering_entity(mention.head, [(0, 13, 5)]) == 5


def test_eval_resolution_cache_fingerprint_follows_what_the_analysis_imports():
    from dossier.eval.analysis_cache import PACKAGE, analysis_modules

    modules = {str(p.relative_to(PACKAGE)) for p in analysis_modules()}
    assert {"analysis.py", "models.py", "nlp/entities/coref.py", "resolve/names.py"} <= modules  # the sieve uses names
    assert not any(m.startswith("store/") for m in modules) and "resolve/resolver.py" not in modules
    assert "__init__.py" not in modules


# -- bad input: one line, exit 2 ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "files, expected",
    [
        ({}, "not an ECB+ folder (no articles.jsonl)"),
        ({"articles.jsonl": '{"id": "1_1ecb", "text": "x"}\n'}, "not an ECB+ folder (no gold.json)"),
        ({"articles.jsonl": '{"id": "1_1ecb", "text": "x"}\n', "gold.json": "[{"}, "gold.json: not valid JSON"),
        ({"articles.jsonl": "not json\n", "gold.json": "[]"}, "articles.jsonl:1: not an article line"),
        (
            {
                "articles.jsonl": '{"id": "1_1ecb", "text": "x"}\n',
                "gold.json": '[{"doc": "2_1ecb", "start": 0, "end": 1,'
                ' "head": [0, 1], "chain": "c", "text": "x", "head_text": "x"}]',
            },
            "which articles.jsonl does not have",
        ),
    ],
)
def test_eval_resolution_bad_data_directory_is_one_line(tmp_path: Path, files, expected):
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    result = runner.invoke(app, ["eval", "resolution", str(tmp_path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and expected in lines[0], result.output


@pytest.mark.parametrize(
    "args, expected",
    [
        (["/nonexistent/ecbplus"], "no such directory"),
        ([str(FIXTURE), "--topics", "one"], "--topics 'one'"),
        ([str(FIXTURE), "--topics", "40-45"], "no article of the topics asked for"),
        ([str(FIXTURE), "--split", "test"], "--split 'test'"),
        ([str(FIXTURE), "--format", "xml"], "--format must be table or json"),
    ],
)
def test_eval_resolution_bad_arguments_are_one_line(args, expected):
    result = runner.invoke(app, ["eval", "resolution", *args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output


def test_eval_resolution_conflicts_bad_stores_are_one_line(tmp_path: Path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    newer = tmp_path / "newer.db"
    from dossier.store import open_store

    open_store(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', 'now')")
    cases = [
        (tmp_path / "missing.db", "no such store"),
        (text_file, "not a dossier database"),
        (foreign, "not a dossier database"),
        (newer, "newer dossier (schema 999"),
    ]
    for path, expected in cases:
        result = runner.invoke(app, ["eval", "resolution", "--conflicts", str(path)])
        assert result.exit_code == 2, (path, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (path, result.output)
    assert not (tmp_path / "missing.db").exists()  # the audit never creates a store


# -- the real pipeline and store --------------------------------------------------------------------------
@pytest.mark.slow
def test_eval_resolution_end_to_end_with_and_without_cache(tmp_path: Path):
    cache = tmp_path / "cache"
    first = runner.invoke(app, ["eval", "resolution", str(FIXTURE), "--cache", str(cache), "--format", "json"])
    assert first.exit_code == 0, first.output
    assert len(list(cache.rglob("*.pkl"))) == 3
    again = runner.invoke(app, ["eval", "resolution", str(FIXTURE), "--cache", str(cache), "--format", "json"])
    fresh = runner.invoke(app, ["eval", "resolution", str(FIXTURE), "--no-cache", "--format", "json"])
    assert "3 from the cache, 0 analysed" in again.stderr
    assert first.stdout == again.stdout == fresh.stdout
    report = json.loads(first.stdout)
    assert list(report["splits"]) == ["all", "dev", "held-back"]
    assert report["splits"]["dev"]["topics"] == [1] and report["splits"]["held-back"]["topics"] == [3]
    named = report["splits"]["all"]["scopes"]["named"]
    assert named["gold_mentions"] == 10 and named["covered"] >= 8
    dossier = named["systems"]["dossier"]
    assert dossier["b3"]["precision"] == 1.0  # Delgado, Becker, Porter, the Rovers and two places stay apart
    assert dossier["muc"]["recall"] > 0.5  # Maria Delgado of both articles is one corpus entity
    detected = report["splits"]["all"]["scopes"]["named-detected"]
    assert detected["gold_mentions"] == detected["covered"] == named["covered"]  # the covered ones, all found
    assert set(detected["systems"]) == {"dossier", "head-word", "exact-string"}
    table = runner.invoke(app, ["eval", "resolution", str(FIXTURE), "--cache", str(cache), "--split", "dev"])
    assert table.exit_code == 0 and "development topics" in table.stdout and "held-back" not in table.stdout


@pytest.mark.slow
def test_eval_resolution_conflicts_audit_of_an_ingested_store(tmp_path: Path, store_db):
    from dossier.build import ingest
    from dossier.store import open_store
    from dossier.store.curation import merge
    from dossier.store.queries import find_entities

    articles = [
        {
            "id": "a1",
            "text": "Senator Helen Marsh met Governor Paul Okafor in London on Monday. Helen Marsh said the "
            "talks went well, and Paul Okafor agreed.",
        },
        {"id": "a2", "text": "Helen Marsh and Paul Okafor will meet again next week, Helen Marsh told reporters."},
        {"id": "a3", "text": "Governor Paul Okafor signed the budget. Paul Okafor thanked the legislature."},
    ]
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles))
    db = str(store_db)  # a SQLite file, or a PostgreSQL URL
    assert ingest([source], db=db).stored == 3
    clean = runner.invoke(app, ["eval", "resolution", "--conflicts", str(db), "--format", "json"])
    assert clean.exit_code == 0, clean.output
    assert json.loads(clean.stdout)["entities"] == []
    assert json.loads(clean.stdout)["persons_holding_places_or_organisations"] == []

    store = open_store(db)
    marsh = find_entities(store.conn, "Helen Marsh")[0]["id"]
    okafor = find_entities(store.conn, "Paul Okafor")[0]["id"]
    merge(store, okafor, marsh)  # a wrong merge, as a bad rule (or a user) could make
    store.close()
    audit = json.loads(runner.invoke(app, ["eval", "resolution", "--conflicts", str(db), "--format", "json"]).stdout)
    (entity,) = audit["entities"]
    assert entity["id"] == okafor and entity["type"] == "PERSON"
    groups = [[n["name"] for n in g] for g in entity["groups"]]
    assert groups == [["Paul Okafor"], ["Helen Marsh"]]
    assert all(n["mentions"] >= 2 for g in entity["groups"] for n in g)
    summary = audit["summary"]
    assert summary["persons"] == 1 and summary["conflicting_persons"] == 1 and summary["share"] == 1.0
    table = runner.invoke(app, ["eval", "resolution", "--conflicts", str(db), "--top", "5"])
    assert table.exit_code == 0 and "Helen Marsh" in table.stdout and "1 of them hold names" in table.stdout

    # a place the tables know, merged into a person: listed apart, with its mentions
    store = open_store(db)
    london = find_entities(store.conn, "London")[0]["id"]
    merge(store, okafor, london)
    store.close()
    audit = json.loads(runner.invoke(app, ["eval", "resolution", "--conflicts", str(db), "--format", "json"]).stdout)
    (holder,) = audit["persons_holding_places_or_organisations"]
    assert holder["id"] == okafor and [n["name"] for n in holder["things"]] == ["London"]
    assert audit["summary"]["persons_holding_places_or_organisations"] == 1
