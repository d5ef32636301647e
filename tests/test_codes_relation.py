"""Country-level relations (``dossier relation USA RUS``): the monthly numbers are a recomputation from the
stored events, on SQLite and PostgreSQL; the CLI, the REST API and ``entities --country`` answer alike."""

from __future__ import annotations

from collections import defaultdict

import pytest

from dossier.build import text_hash
from dossier.codes import code_analysis
from dossier.models import Analysis, Article, Entity, EventTime, Mention, Offsets, Role, Span
from dossier.query.corpus import open_corpus
from dossier.store import open_store
from dossier.testing.records import hand_event

ACTORS = [  # (name, type, mention text, role, country alpha-2 of a country entity)
    ("Vladimir Putin", "PERSON", "Vladimir Putin", None, None),
    ("Rex Tillerson", "PERSON", "Rex Tillerson", None, None),
    ("Sergei Lavrov", "PERSON", "Sergei Lavrov", "Russian Foreign Minister", None),
    ("Russia", "GPE", "Russia", None, "RU"),
    ("United States", "GPE", "United States", None, "US"),
    ("Russian hackers", "NORP", "Russian hackers", None, None),
    ("Syrian rebels", "NORP", "Syrian rebels", None, None),
    ("James Mattis", "PERSON", "James Mattis", None, None),
]
QUADS = {1: ("CONSULT", 1.0), 2: ("AID", 3.5), 3: ("ACCUSE", -2.0), 4: ("ASSAULT", -8.0)}


def _entity(i: int, local: str, start: int) -> tuple[Entity, str]:
    name, etype, text, role, iso2 = ACTORS[i]
    prefix = f"{role} " if role else ""
    kind = "nominal" if etype == "NORP" else "name"
    roles = [Role(role, start, start + len(role))] if role else []
    m = Mention(start + len(prefix), start + len(prefix) + len(text), text, kind, 0)
    return Entity(local, name, etype, [m], roles, country=iso2), prefix + text


def articles(n: int = 18) -> list[Analysis]:
    out = []
    for k in range(n):
        i, j = k % len(ACTORS), (k * 3 + 1) % len(ACTORS)
        if i == j:
            j = (j + 1) % len(ACTORS)
        quad = 1 + k % 4
        verb, intensity = QUADS[quad]
        a, a_text = _entity(i, "e1", 0)
        b, b_text = _entity(j, "e2", len(a_text) + 7)
        text = f"{a_text} spoke {b_text} on a day."
        sentence = Offsets(0, len(text))
        time = EventTime("2017-03-02", 0, 0) if k == 5 else None  # an event dated by the text, not the article
        ev = hand_event(
            verb,
            Span(len(a_text) + 1, len(a_text) + 6, "spoke"),
            "e1",
            "e2",
            sentence,
            quad_class=quad,
            intensity=intensity,
            time=time,
            source_span=Span(a.mentions[0].start, a.mentions[0].end, a.mentions[0].text),
            target_span=Span(b.mentions[0].start, b.mentions[0].end, b.mentions[0].text),
        )
        published = f"2017-{1 + k % 6:02d}-{10 + k % 9:02d}"
        out.append(
            code_analysis(Analysis(Article(f"r{k}", text, published=published), [sentence], [a, b], events=[ev]))
        )
    return out


@pytest.fixture
def relation_db(store_db):
    store = open_store(store_db)
    for a in articles():
        store.write_analysis(a, text_hash=text_hash(a.article.text), minhash=None, story_id=None)
    store.close()
    return store_db


def recompute(db, a: str, b: str, sector: str | None = None) -> dict[str, dict]:
    """The months straight from the events table."""
    store = open_store(db, readonly=True)
    rows = store.conn.execute(
        "SELECT event_date, quad_class, intensity, source_country, target_country, source_sector, target_sector FROM "
        "events"
    ).fetchall()
    store.close()
    months: dict[str, dict] = defaultdict(lambda: {"events": 0, "quad": {1: 0, 2: 0, 3: 0, 4: 0}, "intensity": []})
    for date, quad, intensity, sc, tc, ss, ts in rows:
        if {sc, tc} != {a, b} or (sector and (ss, ts) != (sector, sector)):
            continue
        m = months[date[:7] if date else "unknown"]
        m["events"] += 1
        m["quad"][quad] += 1
        m["intensity"].append(intensity)
    return months


def test_codes_country_relation_equals_a_recomputation_from_the_events(relation_db):
    with open_corpus(relation_db, readonly=True) as corpus:
        r = corpus.country_relation("USA", "Russia")
        gov = corpus.country_relation("usa", "RUS", sector="GOV")
    expected = recompute(relation_db, "USA", "RUS")
    assert r.events == sum(m["events"] for m in expected.values()) > 0
    assert {m.month for m in r.months} == set(expected)
    for m in r.months:
        e = expected[m.month]
        assert m.events == e["events"] == len(m.event_ids) == m.a_to_b + m.b_to_a
        assert m.quad_class == e["quad"]
        assert m.mean_intensity == pytest.approx(sum(e["intensity"]) / len(e["intensity"]), abs=1e-3)
        assert sum(x.events for x in m.actors_a) == m.events == sum(x.events for x in m.actors_b)
    assert sorted(e.id for e in r.evidence) == sorted(i for m in r.months for i in m.event_ids)
    for e in r.evidence:  # every number has its sentence
        assert e.evidence.sentence and e.evidence.text == "spoke"
    expected_gov = recompute(relation_db, "USA", "RUS", "GOV")
    assert gov.events == sum(m["events"] for m in expected_gov.values()) < r.events
    assert all(x.sector == "GOV" for x in gov.actors_a + gov.actors_b)


def test_codes_country_relation_uses_the_codes_of_the_event_date(relation_db):
    with open_corpus(relation_db, readonly=True) as corpus:
        r = corpus.country_relation("USA", "RUS")
    tillerson = [
        (e.date, side.sector) for e in r.evidence for side in (e.source, e.target) if side.name == "Rex Tillerson"
    ]
    assert tillerson
    for date, sector in tillerson:  # secretary of state from 2017-02-01
        assert sector == ("GOV" if date >= "2017-02-01" else "ELI"), date
    assert all(x.name != "Syrian rebels" for x in r.actors_a + r.actors_b)


def test_codes_entities_by_country_and_sector(relation_db):
    with open_corpus(relation_db, readonly=True) as corpus:
        rows = corpus.entities(country="RUS", sector="GOV")
        names = {r.name for r in rows}
        assert {"Vladimir Putin", "Sergei Lavrov"} <= names and "Rex Tillerson" not in names
        assert all((r.country_code, r.sector) == ("RUS", "GOV") for r in rows)
        with pytest.raises(Exception, match="E012"):
            corpus.country_relation("USA", "Atlantis")
        profile = corpus.entity("Vladimir Putin")
        assert (profile.country_code, profile.sector) == ("RUS", "GOV")
        assert any(c["code"] == "RUSGOV" and c["first_seen"] for c in profile.codes)


def test_codes_relation_cli_and_rest_api(tmp_path):
    import json

    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from dossier.cli import app
    from dossier.web import create_app

    db = tmp_path / "c.db"
    store = open_store(db)
    for a in articles():
        store.write_analysis(a, text_hash=text_hash(a.article.text), minhash=None, story_id=None)
    store.close()
    result = CliRunner().invoke(app, ["relation", "USA", "RUS", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.output)
    result = CliRunner().invoke(app, ["relation", "USA", "RUS", "--db", str(db), "--evidence"])
    assert result.exit_code == 0 and "USA ↔ RUS" in result.output and "«spoke»" in result.output
    result = CliRunner().invoke(app, ["entities", "--country", "RUS", "--sector", "GOV", "--db", str(db), "-f", "csv"])
    assert result.exit_code == 0 and "Vladimir Putin,PERSON,RUS,GOV" in result.output
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        body = client.get("/api/countries/relation", params={"a": "USA", "b": "RUS"}).json()
        assert body["events"] == cli["events"] and len(body["months"]) == len(cli["months"])
        page = client.get("/countries", params={"a": "USA", "b": "RUS"})
        assert page.status_code == 200 and "<svg class='chart bars'" in page.text
        first = cli["months"][0]["month"]
        assert f"href='#m-{first}'" in page.text and f'id="m-{first}"' in page.text and "/articles/" in page.text
        err = client.get("/api/countries/relation", params={"a": "USA", "b": "Atlantis"})
        assert err.status_code == 404 and "Atlantis" in err.json()["error"]["message"]
        bad = client.get("/api/countries/relation", params={"a": "USA", "b": "RUS", "sector": "XYZ"})
        assert bad.status_code == 400 and "unknown sector 'XYZ'" in bad.json()["error"]["message"]
        page = client.get("/countries", params={"a": "USA", "b": "RUS", "sector": "XYZ"})
        assert page.status_code == 200 and "unknown sector" in page.text


def test_codes_exports_carry_gdelt_like_actor_codes(tmp_path):
    import csv

    import pyarrow.parquet as pq

    from dossier.export.run import export

    db = tmp_path / "c.db"
    store = open_store(db)
    for a in articles():
        store.write_analysis(a, text_hash=text_hash(a.article.text), minhash=None, story_id=None)
    store.close()
    export("parquet", tmp_path / "pq", db=db)
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    putin = [e for e in events if e["actor1_name"] == "Vladimir Putin"]
    assert putin and all((e["actor1_country_code"], e["actor1_type1_code"]) == ("RUS", "GOV") for e in putin)
    # "Syrian rebels" is a group only described, linked to no corpus entity: the event still has its codes
    assert any((e["actor2_country_code"], e["actor2_type1_code"]) == ("SYR", "REB") for e in events)
    export("csv", tmp_path / "csv", db=db)
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(
        r["source_name"] == "Vladimir Putin" and r["source_country_code"] == "RUS" and r["source_sector"] == "GOV"
        for r in rows
    )
