"""Actor codes in the store, on SQLite and PostgreSQL: written with each article, read through the corpus
entity, current after merge, split and re-resolution; migration 8's backfill gives the same codes."""

from __future__ import annotations

from dossier.build import text_hash
from dossier.codes import code_analysis
from dossier.models import Analysis, Article, Entity, Mention, Offsets, Role, Span
from dossier.query.corpus import open_corpus
from dossier.store import open_store
from dossier.store.codes import entity_codes, entity_country_sector, fill_actor_codes
from dossier.testing.records import hand_event


def _m(text: str, start: int, kind: str = "name") -> Mention:
    return Mention(start, start + len(text), text, kind, 0)


def coded_articles() -> list[Analysis]:
    """Three articles: Putin and the US secretary of state meet (2017), Lavrov visits Washington (2017),
    Flynn talks to Russia (February 2017, while he served)."""
    out = []
    text = "Vladimir Putin met the US secretary of state Rex Tillerson in Moscow."
    putin = Entity("e1", "Vladimir Putin", "PERSON", [_m("Vladimir Putin", 0)])
    rex = Entity(
        "e2", "Rex Tillerson", "PERSON", [_m("Rex Tillerson", 45), _m("the US secretary of state", 19, "nominal")]
    )
    ev = hand_event(
        "CONSULT",
        Span(15, 18, "met"),
        "e1",
        "e2",
        Offsets(0, len(text)),
        source_span=Span(0, 14, "Vladimir Putin"),
        target_span=Span(45, 58, "Rex Tillerson"),
    )
    out.append(
        Analysis(Article("a1", text, published="2017-04-12"), [Offsets(0, len(text))], [putin, rex], events=[ev])
    )
    text = "Russian Foreign Minister Sergei Lavrov criticised Rex Tillerson."
    lavrov = Entity(
        "e1", "Sergei Lavrov", "PERSON", [_m("Sergei Lavrov", 25)], roles=[Role("Russian Foreign Minister", 0, 24)]
    )
    rex = Entity("e2", "Rex Tillerson", "PERSON", [_m("Rex Tillerson", 50)])
    ev = hand_event(
        "ACCUSE",
        Span(39, 49, "criticised"),
        "e1",
        "e2",
        Offsets(0, len(text)),
        cameo_root="11",
        quad_class=3,
        penta_class=3,
        intensity=-2.0,
        source_span=Span(25, 38, "Sergei Lavrov"),
        target_span=Span(50, 63, "Rex Tillerson"),
    )
    out.append(
        Analysis(Article("a2", text, published="2017-05-03"), [Offsets(0, len(text))], [lavrov, rex], events=[ev])
    )
    text = "Michael Flynn spoke to Russia."
    flynn = Entity("e1", "Michael Flynn", "PERSON", [_m("Michael Flynn", 0)])
    russia = Entity("e2", "Russia", "GPE", [_m("Russia", 23)], country="RU")
    ev = hand_event(
        "CONSULT",
        Span(14, 19, "spoke"),
        "e1",
        "e2",
        Offsets(0, len(text)),
        source_span=Span(0, 13, "Michael Flynn"),
        target_span=Span(23, 29, "Russia"),
    )
    out.append(
        Analysis(Article("a3", text, published="2017-02-01"), [Offsets(0, len(text))], [flynn, russia], events=[ev])
    )
    return [code_analysis(a) for a in out]


def build(db) -> None:
    write_coded(db, coded_articles())


def write_coded(db, analyses: list[Analysis]) -> None:
    """Store analyses the codes stage has coded, as ingest would."""
    store = open_store(db)
    for a in analyses:
        store.write_analysis(a, text_hash=text_hash(a.article.text), minhash=None, story_id=None)
    store.close()


def rows(store, sql: str, params=()) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]


def test_codes_written_with_each_article(store_db):
    build(store_db)
    store = open_store(store_db)
    docs = rows(store, "SELECT article_id, name, country_code, sector FROM doc_entities ORDER BY article_id, local_id")
    assert ("a1", "Rex Tillerson", "USA", "GOV") in docs and ("a2", "Sergei Lavrov", "RUS", "GOV") in docs
    assert ("a3", "Michael Flynn", "USA", "GOV") in docs and ("a3", "Russia", "RUS", None) in docs
    events = rows(
        store,
        "SELECT article_id, source_country, source_sector, target_country, target_sector FROM events"
        " ORDER BY article_id",
    )
    assert events == [
        ("a1", "RUS", "GOV", "USA", "GOV"),
        ("a2", "RUS", "GOV", "USA", "GOV"),
        ("a3", "USA", "GOV", "RUS", None),
    ]
    rex = rows(store, "SELECT entity_id FROM doc_entities WHERE name = 'Rex Tillerson'")
    assert len({r[0] for r in rex}) == 1
    codes = entity_codes(store.conn, rex[0][0])
    gov = [c for c in codes if c["code"] == "USAGOV"]
    assert gov and gov[0]["first_seen"] == "2017-04-12" and gov[0]["last_seen"] == "2017-05-03"
    assert sum(c["articles"] for c in gov) == 2
    store.close()


def test_codes_follow_merge_split_and_recheck(store_db):
    build(store_db)
    with open_corpus(store_db) as corpus:
        flynn = corpus.resolve_name("Michael Flynn")
        russia = corpus.resolve_name("Russia")
        corpus.merge(flynn.id, russia.id)  # a wrong merge, for the test
        merged = {c["code"] for c in entity_codes(corpus.conn, flynn.id)}
        assert {"USAGOV", "RUS"} <= merged
        new = corpus.split(flynn.id, ["Russia"])
        assert {c["code"] for c in entity_codes(corpus.conn, new.id)} == {"RUS"}
        assert "RUS" not in {c["code"] for c in entity_codes(corpus.conn, flynn.id)}
        corpus.recheck()
        rex = corpus.resolve_name("Rex Tillerson")
        assert "USAGOV" in {c["code"] for c in entity_codes(corpus.conn, rex.id)}


def test_codes_migration_backfill_matches_the_write(tmp_path):
    db = tmp_path / "c.db"
    build(db)
    store = open_store(db)
    before = rows(
        store,
        "SELECT doc_entity_id, position, code, country, sector, valid_from, valid_to, seen FROM actor_codes"
        " ORDER BY doc_entity_id, position",
    )
    events = rows(
        store, "SELECT id, source_country, source_sector, target_country, target_sector FROM events ORDER BY id"
    )
    with store.write() as db_:
        db_.execute("DELETE FROM actor_codes")
        db_.execute("UPDATE doc_entities SET country_code = NULL, sector = NULL")
        db_.execute(
            "UPDATE events SET source_country = NULL, source_sector = NULL, target_country = NULL, target_sector = NULL"
        )
        fill_actor_codes(db_)
    assert (
        rows(
            store,
            "SELECT doc_entity_id, position, code, country, sector, valid_from, valid_to, seen FROM actor_codes"
            " ORDER BY doc_entity_id, position",
        )
        == before
    )
    assert (
        rows(store, "SELECT id, source_country, source_sector, target_country, target_sector FROM events ORDER BY id")
        == events
    )
    store.close()


def test_codes_stored_article_gives_back_its_codes(tmp_path):
    db = tmp_path / "c.db"
    build(db)
    with open_corpus(db, readonly=True) as corpus:
        stored = corpus.article("a2").analysis.to_dict()
    lavrov = next(e for e in stored["entities"] if e["name"] == "Sergei Lavrov")
    assert (lavrov["country"], lavrov["sector"]) == ("RUS", "GOV") and lavrov["codes"][0]["code"] == "RUSGOV"
    assert lavrov["codes"][0]["evidence"]["entry"].startswith("dossier-actors:")  # the text agrees with the dictionary
    [event] = stored["events"]
    assert (event["source_country"], event["target_country"]) == ("RUS", "USA")


def test_a_country_guessed_from_scenes_does_not_outvote_the_words_of_another_article(store_db):
    """Two articles set in Kenya guess the unknown Dana Whitlow Kenyan (source "scene"); a third says she
    is an American businesswoman: her usual country is the one the words give."""
    analyses = []
    for k, day in enumerate(("2019-03-01", "2019-04-01")):
        text = f"Dana Whitlow opened a clinic in Kenya. Kenya welcomed it {k + 1}x."
        kenya = Entity("e2", "Kenya", "GPE", [_m("Kenya", 32), Mention(39, 44, "Kenya", "name", 1)], country="KE")
        whitlow = Entity("e1", "Dana Whitlow", "PERSON", [_m("Dana Whitlow", 0)])
        article = Article(f"k{k}", text, published=day)
        analyses.append(Analysis(article, [Offsets(0, 38), Offsets(39, len(text))], [whitlow, kenya]))
    text = "American businesswoman Dana Whitlow spoke."
    whitlow = Entity(
        "e1", "Dana Whitlow", "PERSON", [_m("Dana Whitlow", 23)], roles=[Role("American businesswoman", 0, 22)]
    )
    analyses.append(Analysis(Article("k9", text, published="2019-05-01"), [Offsets(0, len(text))], [whitlow]))
    write_coded(store_db, [code_analysis(a) for a in analyses])
    with open_corpus(store_db) as corpus:
        whitlow_id = corpus.resolve_name("Dana Whitlow").id
        sources = {(c["code"], c["source"]) for c in entity_codes(corpus.conn, whitlow_id)}
        assert ("KEN", "scene") in sources and ("USABUS", "text") in sources
        assert entity_country_sector(corpus.conn, [whitlow_id])[whitlow_id] == ("USA", "BUS")


def test_a_sector_two_articles_read_outvotes_articles_that_only_guessed_the_country(store_db):
    """Three articles set in Kenya name Dana Whitlow and Omar Tete with no role (country from the scene, no
    sector); two call Whitlow a senator, one calls Tete one. Whitlow's usual sector is LEG; one article's
    reading is not enough to outvote the rest, so Tete has none."""
    analyses = []
    for k, day in enumerate(("2019-03-01", "2019-04-01", "2019-05-01")):
        text = f"Dana Whitlow and Omar Tete opened a clinic in Kenya. Kenya welcomed it {k + 1}x."
        kenya = Entity("e3", "Kenya", "GPE", [_m("Kenya", 46), Mention(53, 58, "Kenya", "name", 1)], country="KE")
        whitlow = Entity("e1", "Dana Whitlow", "PERSON", [_m("Dana Whitlow", 0)])
        tete = Entity("e2", "Omar Tete", "PERSON", [_m("Omar Tete", 17)])
        article = Article(f"w{k}", text, published=day)
        analyses.append(Analysis(article, [Offsets(0, 52), Offsets(53, len(text))], [whitlow, tete, kenya]))
    for k, (name, day) in enumerate(
        (("Dana Whitlow", "2019-06-01"), ("Dana Whitlow", "2019-07-01"), ("Omar Tete", "2019-08-01"))
    ):
        text = f"Kenyan Senator {name} spoke {k + 1}x."
        person = Entity("e1", name, "PERSON", [_m(name, 15)], roles=[Role("Kenyan Senator", 0, 14)])
        analyses.append(Analysis(Article(f"s{k}", text, published=day), [Offsets(0, len(text))], [person]))
    write_coded(store_db, [code_analysis(a) for a in analyses])
    with open_corpus(store_db) as corpus:
        whitlow_id = corpus.resolve_name("Dana Whitlow").id
        tete_id = corpus.resolve_name("Omar Tete").id
        usual = entity_country_sector(corpus.conn, [whitlow_id, tete_id])
        assert usual[whitlow_id] == ("KEN", "LEG")
        assert usual[tete_id] == ("KEN", None)
