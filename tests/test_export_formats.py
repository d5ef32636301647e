"""`dossier export`: each format written from a real store, read back with its standard reader
(json, csv, pyarrow, networkx) and checked against the store's own SQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import BACKENDS, store_target
from dossier.errors import ExportError
from dossier.export import EXPORTERS, export, gdelt_row, group_events
from dossier.store import open_store

DATA = Path(__file__).resolve().parent / "data" / "coref"
ARTICLES = (  # fixture article, published, source, url
    ("coalition-budget-vote", "2024-03-04", "Balkan Wire", "https://balkanwire.example/budget"),
    ("example-article", "2024-03-06", "Andes Daily", "https://andes.example/amazon"),
    ("steel-summit", "2024-05-14", None, "https://www.euro-news.example/steel"),
    ("southern-front-assault", "2024-07-01", "Balkan Wire", "https://balkanwire.example/front"),
)
CLAIM = "France and Germany would send a common proposal to the European Commission next month"


# -- event grouping: pure functions ----------------------------------------------------------------
def _ev(event_id, date, article, source="Wire", *, type="ACCUSE", actors=(1, 2), negated=False, place=None):
    return {
        "event_id": event_id,
        "date": date,
        "article_id": article,
        "article_date": date or "",
        "article_source": source,
        "article_url": None,
        "type": type,
        "source_id": actors[0],
        "target_id": actors[1],
        "negated": negated,
        "trigger_start": 0,
        "place_id": place,
        "place_name": "Kyiv" if place else None,
        "place_latitude": 50.45 if place else None,
        "place_longitude": 30.52 if place else None,
        "source_name": "A",
        "target_name": "B",
        "quad_class": 3,
        "intensity": -3.5,
    }


def test_export_grouping_joins_reports_of_one_event_within_three_days():
    rows = [
        _ev(3, "2024-03-03", "art-b", "Daily", place=7),
        _ev(1, "2024-03-01", "art-a", "Wire"),
        _ev(5, "2024-03-08", "art-c", "Wire"),  # 7 days after the first report: another event
    ]
    groups = group_events(rows)
    assert [g.event_id for g in groups] == [1, 5]
    first = groups[0]
    assert (first.num_reports, first.num_sources, first.num_mentions) == (2, 2, 2)
    row = gdelt_row(first)
    assert str(row["date"]) == "2024-03-01" and row["article_id"] == "art-a"  # the earliest report
    assert row["num_reports"] == 2 and row["num_sources"] == 2
    assert row["place_id"] == 7 and row["place_latitude"] == 50.45  # the first report that names a place


def test_export_grouping_counts_distinct_sources_and_articles():
    rows = [
        _ev(1, "2024-03-01", "art-a", "Wire"),
        _ev(2, "2024-03-01", "art-a", "Wire"),  # the same article tells it twice
        _ev(3, "2024-03-02", "art-b", "Wire"),  # the same publisher again
    ]
    (group,) = group_events(rows)
    assert (group.num_mentions, group.num_reports, group.num_sources) == (3, 2, 1)


def test_export_grouping_keeps_apart_other_types_actors_polarity_and_unknowns():
    rows = [
        _ev(1, "2024-03-01", "a"),
        _ev(2, "2024-03-01", "b", type="THREATEN"),
        _ev(3, "2024-03-01", "c", actors=(2, 1)),  # the other direction
        _ev(4, "2024-03-01", "d", negated=True),
        _ev(5, None, "e"),  # no date
        _ev(6, "2024-03-01", "f", actors=(None, None)),  # no actor: nothing says it is the same event
        _ev(7, "2024-03-01", "g", actors=(None, None)),
    ]
    assert len(group_events(rows)) == 7


def test_export_unknown_format_is_refused(tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export("xlsx", tmp_path / "x", db=tmp_path / "none.db")
    assert set(EXPORTERS) >= {"json", "jsonl", "csv", "parquet", "graphml", "gexf", "neo4j"}


# -- a real store ----------------------------------------------------------------------------------
@pytest.fixture(scope="module", params=BACKENDS)
def db(request, tmp_path_factory) -> Path | str:
    """Four fixture articles ingested with dates, sources and URLs, plus one claim written through SQL
    (whatever the attribution extractor finds, this one is known)."""
    from dossier.build import ingest

    root = tmp_path_factory.mktemp("export")
    lines = []
    for stem, published, source, url in ARTICLES:
        text = (DATA / f"{stem}.txt").read_text(encoding="utf-8")
        lines.append(
            json.dumps(
                {
                    "id": stem,
                    "text": text,
                    "title": text.split("\n")[0],
                    "published": published,
                    "source": source,
                    "url": url,
                }
            )
        )
    (root / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = store_target(request, root, "x.db")
    report = ingest([root / "in.jsonl"], db=path)
    assert report.stored == len(ARTICLES), report
    store = open_store(path)
    with store.write() as conn:
        text = conn.execute("SELECT text FROM articles WHERE id = 'steel-summit'").fetchone()[0]
        start = text.index(CLAIM)
        speaker = _doc_entity(conn, "steel-summit", "Laurent Delorme")
        about = _doc_entity(conn, "steel-summit", "France")
        claim_id = conn.execute(
            "INSERT INTO attributions (article_id, local_id, source_doc_entity, source_text, source_kind, source_start,"
            " source_end, cue_text, cue_start, cue_end, content_text, content_start, content_end, direct, certainty)"
            " VALUES ('steel-summit', 'export-test', ?, 'Delorme', 'person', ?, ?, 'said', ?, ?, ?, ?, ?, 0, "
            "'reported')"
            " RETURNING id",
            (speaker, start - 13, start - 6, start - 5, start - 1, CLAIM, start, start + len(CLAIM)),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO attribution_entities (attribution_id, doc_entity_id) VALUES (?, ?)", (claim_id, about)
        )
    store.close()
    return path


def _doc_entity(conn, article: str, name: str) -> int:
    row = conn.execute(
        "SELECT d.id FROM doc_entities d JOIN entities e ON e.id = d.entity_id WHERE d.article_id = ? AND e.name = ?",
        (article, name),
    ).fetchone()
    assert row, f"{name} is not an entity of {article}"
    return row[0]


def _sql(db: Path | str, sql: str, params=()) -> list[tuple]:
    store = open_store(db, readonly=True)
    try:
        return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]
    finally:
        store.close()


def _test_claim(db: Path) -> int:
    return _count(db, "SELECT id FROM attributions WHERE local_id = 'export-test'")


def _count(db: Path, sql: str, params=()) -> int:
    return _sql(db, sql, params)[0][0]


def _entity_id(db: Path, name: str) -> int:
    return _count(db, "SELECT id FROM entities WHERE name = ?", (name,))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _store_counts(db: Path) -> dict[str, int]:
    return {
        "articles": _count(db, "SELECT COUNT(*) FROM articles"),
        "entities": _count(db, "SELECT COUNT(DISTINCT entity_id) FROM doc_entities"),
        # mentions of corpus actors: an entity only described in its article ("the woman") is none
        "mentions": _count(
            db,
            "SELECT COUNT(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id"
            " WHERE d.entity_id IS NOT NULL",
        ),
        "events": _count(db, "SELECT COUNT(*) FROM events"),
        "claims": _count(db, "SELECT COUNT(*) FROM attributions"),
        "relations": _count(
            db,
            "SELECT COUNT(*) FROM relations r JOIN doc_entities d ON d.id = r.subject_doc_entity"
            " WHERE d.entity_id IS NOT NULL",
        ),
    }


@pytest.mark.slow
def test_export_csv_tables_match_the_store(db, tmp_path):
    report = export("csv", tmp_path / "csv", db=db)
    counts = _store_counts(db)
    tables = {p.stem: _read_csv(p) for p in report.paths}
    assert set(tables) == {"articles", "entities", "mentions", "events", "claims", "relations"}
    for table, rows in tables.items():
        assert len(rows) == counts[table] == report.rows[table], table
    france = next(r for r in tables["entities"] if r["name"] == "France")
    assert (france["type"], france["country"]) == ("GPE", "FR")
    assert int(france["mentions"]) == _count(
        db,
        "SELECT COUNT(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id WHERE d.entity_id = ?",
        (int(france["entity_id"]),),
    )
    ids = {r["entity_id"] for r in tables["entities"]}
    assert {r["entity_id"] for r in tables["mentions"]} <= ids
    assert {r["source_id"] for r in tables["events"] if r["source_id"]} <= ids
    event_ids = {r["event_id"] for r in tables["events"]}
    assert {r["group_id"] for r in tables["events"]} <= event_ids
    claim = next(r for r in tables["claims"] if r["claim_id"] == str(_test_claim(db)))
    assert claim["content"] == CLAIM and claim["source_name"] == "Laurent Delorme"
    assert claim["about_ids"] == str(_entity_id(db, "France")) and claim["direct"] == "false"
    art = next(r for r in tables["articles"] if r["article_id"] == "steel-summit")
    stored = _sql(db, "SELECT text, published, url FROM articles WHERE id = 'steel-summit'")[0]
    assert (art["text"], art["published"], art["url"]) == stored  # multi-line text survives the round trip
    for m in tables["mentions"][:50]:
        text = next(a["text"] for a in tables["articles"] if a["article_id"] == m["article_id"])
        assert text[int(m["start"]) : int(m["end"])] == m["text"]


@pytest.mark.slow
def test_export_json_and_jsonl_hold_articles_with_entities_events_claims(db, tmp_path):
    report = export("json", tmp_path / "out.json", db=db)
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    counts = _store_counts(db)
    assert doc["schema_version"] == 1 and report.rows == {"articles": counts["articles"]}
    arts = doc["articles"]
    assert [a["id"] for a in arts] == [a[0] for a in sorted(ARTICLES, key=lambda x: x[1])]  # by date
    assert sum(len(e["mentions"]) for a in arts for e in a["entities"]) == counts["mentions"]
    assert sum(len(a["events"]) for a in arts) == counts["events"]
    assert sum(len(a["relations"]) for a in arts) == counts["relations"]
    steel = next(a for a in arts if a["id"] == "steel-summit")
    claim = next(c for c in steel["claims"] if c["id"] == _test_claim(db))
    assert claim["source"]["entity"]["name"] == "Laurent Delorme"
    assert [x["name"] for x in claim["about"]] == ["France"]
    assert steel["text"][claim["content"]["start"] : claim["content"]["end"]] == CLAIM
    france = next(e for e in steel["entities"] if e["name"] == "France")
    assert france["type"] == "GPE" and all(
        steel["text"][m["start"] : m["end"]] == m["text"] for m in france["mentions"]
    )
    for ev in steel["events"]:
        assert steel["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
        assert ev["date"] == "2024-05-14"

    export("json", tmp_path / "out.jsonl", db=db, jsonl=True)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == arts


@pytest.mark.slow
def test_export_parquet_events_are_gdelt_like_and_grouped(db, tmp_path):
    import pyarrow.parquet as pq

    from dossier.store import export_queries as q

    report = export("parquet", tmp_path / "pq", db=db)
    counts = _store_counts(db)
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    reports = pq.read_table(tmp_path / "pq" / "event_reports.parquet")
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet")
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert mentions.num_rows == counts["mentions"] and articles.num_rows == counts["articles"]
    assert reports.num_rows == counts["events"] == sum(events.column("num_mentions").to_pylist())
    for col in (
        "event_id",
        "date",
        "date_source",
        "actor1_id",
        "actor1_name",
        "actor1_type",
        "actor1_country",
        "actor2_id",
        "actor2_name",
        "actor2_type",
        "actor2_country",
        "event_type",
        "cameo_root",
        "quad_class",
        "penta_class",
        "intensity",
        "certainty",
        "negated",
        "num_reports",
        "num_sources",
        "place_id",
        "place_name",
        "place_latitude",
        "place_longitude",
        "source_url",
        "article_id",
        "trigger",
        "sentence",
    ):
        assert col in events.schema.names, col
    assert str(events.schema.field("date").type) == "date32[day]"

    store = open_store(db, readonly=True)
    expected = group_events(q.events(store.conn, q.Scope()))
    store.close()
    assert events.num_rows == len(expected) == report.rows["events"]
    rows = events.to_pylist()
    assert [r["event_id"] for r in rows] == [g.event_id for g in expected]
    with_actors = next(r for r in rows if r["actor1_id"] is not None and r["actor2_id"] is not None)
    sql = _sql(
        db,
        "SELECT es.name, et.name, ev.type, a.url FROM events ev JOIN articles a ON a.id = ev.article_id"
        " JOIN doc_entities ds ON ds.id = ev.source_doc_entity JOIN entities es ON es.id = ds.entity_id"
        " JOIN doc_entities dt ON dt.id = ev.target_doc_entity JOIN entities et ON et.id = dt.entity_id"
        " WHERE ev.id = ?",
        (with_actors["event_id"],),
    )[0]
    assert (
        with_actors["actor1_name"],
        with_actors["actor2_name"],
        with_actors["event_type"],
        with_actors["source_url"],
    ) == sql
    group_ids = set(events.column("event_id").to_pylist())
    assert set(reports.column("event_id").to_pylist()) == group_ids


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph_has_entities_and_co_mention_edges(db, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"g.{fmt}"
    report = export(fmt, out, db=db)
    graph = nx.read_graphml(out, node_type=int) if fmt == "graphml" else nx.read_gexf(out, node_type=int)
    counts = _store_counts(db)
    assert graph.number_of_nodes() == counts["entities"] == report.rows["nodes"]
    france = graph.nodes[_entity_id(db, "France")]
    assert (france["name"], france["type"], france["country"]) == ("France", "GPE", "FR")
    assert france["mentions"] == _count(
        db,
        "SELECT COUNT(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id WHERE d.entity_id = ?",
        (_entity_id(db, "France"),),
    )
    a, b = _entity_id(db, "Laurent Delorme"), _entity_id(db, "Katrin Albers")
    assert graph.has_edge(a, b)
    shared = _count(
        db,
        "SELECT COUNT(DISTINCT x.article_id) FROM doc_entities x JOIN doc_entities y"
        " ON y.article_id = x.article_id WHERE x.entity_id = ? AND y.entity_id = ?",
        (a, b),
    )
    assert graph.edges[a, b]["co_mentions"] == shared >= 1
    pairs = _count(
        db,
        "SELECT COUNT(*) FROM (SELECT DISTINCT x.entity_id, y.entity_id FROM doc_entities x"
        " JOIN doc_entities y ON y.article_id = x.article_id AND y.entity_id > x.entity_id) pairs",
    )
    assert graph.number_of_edges() == pairs
    # an event between two actors shows on their edge, counted in its QuadClass
    row = _sql(
        db,
        "SELECT ds.entity_id, dt.entity_id, ev.quad_class FROM events ev"
        " JOIN doc_entities ds ON ds.id = ev.source_doc_entity JOIN doc_entities dt ON dt.id = ev.target_doc_entity"
        " WHERE ds.entity_id != dt.entity_id AND ev.negated = 0 AND ev.quad_class BETWEEN 1 AND 4 LIMIT 1",
    )
    if row:
        s, t, quad = row[0]
        edge = graph.edges[s, t]
        assert edge["events"] >= 1 and edge[f"q{quad}"] >= 1 and "mean_intensity" in edge
        assert edge["q1"] + edge["q2"] + edge["q3"] + edge["q4"] <= edge["events"]


@pytest.mark.slow
def test_export_neo4j_relationships_point_at_existing_nodes(db, tmp_path):
    report = export("neo4j", tmp_path / "neo", db=db)
    files = {p.stem: _read_csv(p) for p in report.paths}
    entity_ids = [r["entityId:ID(Entity)"] for r in files["entities"]]
    article_ids = [r["articleId:ID(Article)"] for r in files["articles"]]
    assert len(entity_ids) == len(set(entity_ids)) == _store_counts(db)["entities"]
    assert len(article_ids) == len(set(article_ids)) == _store_counts(db)["articles"]
    assert all(r[":LABEL"].startswith("Entity") for r in files["entities"])
    france = next(r for r in files["entities"] if r["name"] == "France")
    assert france[":LABEL"] == "Entity;Place" and france["type"] == "GPE"
    ends = {"Entity": set(entity_ids), "Article": set(article_ids)}
    for name in ("events", "mentions", "relations", "claims"):
        header = list(files[name][0]) if files[name] else []
        for row in files[name]:
            start = next(k for k in header if k.startswith(":START_ID"))
            end = next(k for k in header if k.startswith(":END_ID"))
            assert row[start] in ends[start[len(":START_ID(") : -1]], (name, row)
            assert row[end] in ends[end[len(":END_ID(") : -1]], (name, row)
            assert row[":TYPE"]
    assert sum(int(r["mentions:int"]) for r in files["mentions"]) == _store_counts(db)["mentions"]
    assert {r[":TYPE"] for r in files["mentions"]} == {"MENTIONED_IN"}
    claim = next(r for r in files["claims"] if r["claimId:long"] == str(_test_claim(db)))
    assert claim[":TYPE"] == "CLAIMED" and claim[":END_ID(Article)"] == "steel-summit" and claim["content"] == CLAIM
    assert claim[":START_ID(Entity)"] == str(_entity_id(db, "Laurent Delorme"))
    assert len(files["claims"]) == _count(
        db,
        "SELECT COUNT(*) FROM attributions c JOIN doc_entities d"
        " ON d.id = c.source_doc_entity WHERE d.entity_id IS NOT NULL",
    )
    assert files["events"], "some events have both actors"
    for path in report.paths:  # no multi-line fields: neo4j-admin needs no --multiline-fields
        with path.open(encoding="utf-8", newline="") as f:
            assert sum(1 for _ in f) == len(_read_csv(path)) + 1


@pytest.mark.slow
def test_export_entity_filter_keeps_records_involving_the_entity(db, tmp_path):
    import networkx as nx

    fid = _entity_id(db, "France")
    report = export("csv", tmp_path / "csv", db=db, entity="france")  # any case
    tables = {p.stem: _read_csv(p) for p in report.paths}
    mentioning = {r[0] for r in _sql(db, "SELECT DISTINCT article_id FROM doc_entities WHERE entity_id = ?", (fid,))}
    assert {r["article_id"] for r in tables["articles"]} == mentioning
    assert {r["entity_id"] for r in tables["mentions"]} == {str(fid)}
    assert len(tables["mentions"]) == _count(
        db,
        "SELECT COUNT(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id WHERE d.entity_id = ?",
        (fid,),
    )
    for ev in tables["events"]:
        assert str(fid) in {ev["source_id"], ev["target_id"], ev["place_id"], *ev["participant_ids"].split(";")}
    for rel in tables["relations"]:
        assert str(fid) in {rel["subject_id"], rel["object_id"]}
    about_france = _count(
        db,
        "SELECT COUNT(*) FROM attributions at LEFT JOIN doc_entities ds ON ds.id = at.source_doc_entity"
        " WHERE ds.entity_id = ? OR EXISTS (SELECT 1 FROM attribution_entities ae JOIN doc_entities dx"
        " ON dx.id = ae.doc_entity_id WHERE ae.attribution_id = at.id AND dx.entity_id = ?)",
        (fid, fid),
    )
    assert len(tables["claims"]) == about_france >= 1  # the test claim is about France
    for claim in tables["claims"]:
        assert claim["source_id"] == str(fid) or str(fid) in claim["about_ids"].split(";")

    export("graphml", tmp_path / "g.graphml", db=db, entity="FRANCE")
    graph = nx.read_graphml(tmp_path / "g.graphml", node_type=int)
    assert fid in graph and graph.number_of_edges() > 0
    assert all(fid in edge for edge in graph.edges)  # France's ego network


@pytest.mark.slow
def test_export_date_and_type_filters(db, tmp_path):
    report = export("csv", tmp_path / "csv", db=db, date_from="2024-03", date_to="2024-05-14")
    tables = {p.stem: _read_csv(p) for p in report.paths}
    assert sorted(r["article_id"] for r in tables["articles"]) == [
        "coalition-budget-vote",
        "example-article",
        "steel-summit",
    ]
    assert len(tables["events"]) == _count(
        db, "SELECT COUNT(*) FROM events WHERE event_date BETWEEN '2024-03' AND '2024-05-14'"
    )
    assert {r["article_id"] for r in tables["mentions"]} <= {r["article_id"] for r in tables["articles"]}

    etype = _sql(db, "SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC, type LIMIT 1")[0][0]
    report = export("csv", tmp_path / "typed", db=db, event_type=etype.lower())
    events = _read_csv(tmp_path / "typed" / "events.csv")
    assert {e["type"] for e in events} == {etype}
    assert len(events) == _count(db, "SELECT COUNT(*) FROM events WHERE type = ?", (etype,))
    assert report.rows["articles"] == len(ARTICLES)  # --type filters events only


@pytest.mark.slow
def test_export_is_deterministic(db, tmp_path):
    formats = (("json", "a.json"), ("csv", "csv"), ("neo4j", "neo"), ("graphml", "g.graphml"), ("gexf", "g.gexf"))
    for fmt, name in formats:
        first = export(fmt, tmp_path / "1" / name, db=db)
        second = export(fmt, tmp_path / "2" / name, db=db)
        for p1, p2 in zip(first.paths, second.paths):
            assert p1.read_bytes() == p2.read_bytes(), p1
    # nothing in a file depends on the day it was written (networkx's GEXF writer stamps one by default)
    assert "lastmodifieddate" not in (tmp_path / "1" / "g.gexf").read_text(encoding="utf-8")


@pytest.mark.slow
def test_export_bad_filters_and_paths_are_refused(db, tmp_path):
    with pytest.raises(ExportError, match="no corpus entity"):
        export("csv", tmp_path / "a", db=db, entity="Nobody Atall")
    with pytest.raises(ExportError, match="YYYY"):
        export("csv", tmp_path / "a", db=db, date_from="2024-13")
    with pytest.raises(ExportError, match="after"):
        export("csv", tmp_path / "a", db=db, date_from="2024-05", date_to="2024-03")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        export("neo4j", tmp_path / "file", db=db)
    with pytest.raises(ExportError, match="is a directory"):
        export("gexf", tmp_path, db=db)
    assert not (tmp_path / "a").exists()  # nothing written before the checks


@pytest.mark.slow
def test_export_cli_writes_files_and_reports_errors(db, tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    runner = CliRunner()
    result = runner.invoke(
        app, ["export", "neo4j", "--out", str(tmp_path / "neo"), "--db", str(db), "--type", "ACCUSE"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "neo" / "entities.csv").exists() and "entities.csv" in result.stdout
    result = runner.invoke(app, ["export", "json", "--jsonl", "--out", str(tmp_path / "a.jsonl"), "--db", str(db)])
    assert result.exit_code == 0 and len((tmp_path / "a.jsonl").read_text().splitlines()) == len(ARTICLES)
    result = runner.invoke(app, ["export", "csv", "--out", str(tmp_path / "c"), "--db", str(db), "--entity", "Nobody"])
    assert result.exit_code == 2 and "E008" in result.output
    result = runner.invoke(app, ["export", "csv", "--out", str(tmp_path / "c"), "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
