"""Names the corpus knows, found where an article's NER missed them (dossier.resolve.recall): on hand-built
analyses, and through the store half of ingest into a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from dossier.build import IngestReport, store_results
from dossier.models import Analysis
from dossier.resolve.recall import RULE, KnownNames, recallable
from dossier.store import open_store
from dossier.store.resolution_queries import mention_entities
from dossier.testing.records import tagged_analysis


def _stored(tmp_path: Path, *ingests: list[Analysis]) -> dict[tuple[str, int], int]:
    """Each ingest's analyses stored in turn into one real SQLite store, as ``dossier ingest`` does: the
    corpus entity of every stored mention, by (article id, start)."""
    store = open_store(tmp_path / "s.db")
    try:
        for analyses in ingests:
            report = IngestReport()
            store_results(store, analyses, report)
            assert report.stored == len(analyses) and not report.failed
        ids = [a.article.id for analyses in ingests for a in analyses]
        rows = mention_entities(store.conn, ids)
    finally:
        store.close()
    return {(article, start): entity for article, start, _end, entity in rows}


def test_only_names_that_cannot_be_common_words_are_recallable():
    assert recallable("Kestrel Mining") == ("Kestrel", "Mining")
    assert recallable("Bank of Lindale") == ("Bank", "of", "Lindale")
    assert recallable("TMZ") == ("TMZ",)
    assert recallable("Kestrel") is None  # one word: may be a common word at a sentence start
    assert recallable("the mine") is None
    assert recallable("of Lindale") is None


def test_a_known_name_written_untagged_becomes_an_entity_of_the_known_type():
    known = KnownNames()
    known.learn(
        tagged_analysis(
            "a1", "Maria Okafor spoke for Kestrel Mining.", [("Maria Okafor", "PERSON"), ("Kestrel Mining", "ORG")]
        )
    )
    later = tagged_analysis("a2", "Workers cheered. Maria Okafor thanked them, and Kestrel Mining paid.", [])
    recalled = known.recall(later)
    found = {(e.name, e.type): [(m.text, m.sentence, m.linked_by) for m in e.mentions] for e in recalled.entities}
    assert found == {
        ("Maria Okafor", "PERSON"): [("Maria Okafor", 1, RULE)],
        ("Kestrel Mining", "ORG"): [("Kestrel Mining", 1, RULE)],
    }
    text = later.article.text
    assert all(text[m.start : m.end] == m.text for e in recalled.entities for m in e.mentions)


def test_no_recall_inside_a_longer_name_over_a_mention_or_of_a_name_the_article_has():
    known = KnownNames()
    known.learn(tagged_analysis("a1", "Kestrel Mining paid.", [("Kestrel Mining", "ORG")]))
    longer = tagged_analysis("a2", "The Kestrel Mining Trust paid.", [])
    assert known.recall(longer).entities == []
    tagged = tagged_analysis("a3", "The Kestrel Mining Trust paid.", [("Kestrel Mining Trust", "ORG")])
    assert [e.name for e in known.recall(tagged).entities] == ["Kestrel Mining Trust"]
    own = tagged_analysis("a4", "Kestrel Mining paid. Later Kestrel Mining paid again.", [("Kestrel Mining", "ORG")])
    assert len(known.recall(own).entities) == 1  # its own repeats are the entity stage's


def test_a_recalled_name_joins_its_corpus_entity_in_a_real_store(tmp_path: Path):
    first = tagged_analysis(
        "a1", "Maria Okafor leads Kestrel Mining. Maria Okafor spoke.", [("Maria Okafor", "PERSON")]
    )
    second = tagged_analysis("a2", "Shares rose. Maria Okafor said profits grew.", [])
    entities = _stored(tmp_path, [first, second])
    assert entities[("a2", second.article.text.index("Maria Okafor"))] == entities[("a1", 0)]


def test_an_article_learns_the_names_of_the_articles_after_it_in_its_batch(tmp_path: Path):
    first = tagged_analysis("a1", "Shares rose. Maria Okafor said profits grew.", [])
    second = tagged_analysis(
        "a2", "Maria Okafor leads Kestrel Mining. Maria Okafor spoke.", [("Maria Okafor", "PERSON")]
    )
    entities = _stored(tmp_path, [first, second])
    assert entities[("a1", first.article.text.index("Maria Okafor"))] == entities[("a2", 0)]


def test_a_one_word_person_no_one_bears_is_the_one_organisation_of_that_name(tmp_path: Path):
    """The NER tags the university Marlowe an organisation in one article and a person in the next: with
    no person called Marlowe in the corpus, the "person" is the organisation; once a person bears the name,
    a bare "Marlowe" stays unresolved."""
    first = tagged_analysis("a1", "Marlowe beat Drake on Friday. Fans cheered.", [("Marlowe", "ORG"), ("Drake", "ORG")])
    second = tagged_analysis("a2", "Marlowe won again. Fans cheered.", [("Marlowe", "PERSON")])
    poet = tagged_analysis("a3", "Christopher Marlowe wrote plays. Critics agree.", [("Christopher Marlowe", "PERSON")])
    third = tagged_analysis("a4", "Marlowe won a third time. Fans cheered.", [("Marlowe", "PERSON")])
    entities = _stored(tmp_path, [first, second], [poet], [third])
    assert entities[("a2", 0)] == entities[("a1", 0)]
    assert entities[("a4", 0)] != entities[("a1", 0)]


def test_a_known_persons_name_after_a_role_is_recalled_but_not_inside_a_longer_name():
    known = KnownNames()
    known.learn(
        tagged_analysis(
            "t1",
            "Orla Brenn signed Dacey Whitlow for the Harbor Gulls.",
            [("Orla Brenn", "PERSON"), ("Dacey Whitlow", "PERSON"), ("Harbor Gulls", "ORG")],
        )
    )
    later = tagged_analysis(
        "t2",
        "Gulls sign a forward\n\nGulls GM Orla Brenn called it a bargain. Coach Dacey Whitlow agreed. "
        "Kestrel Mining Orla Brenn Fund paid.",
        [],
    )
    names = known.recall(later).entities
    found = sorted((m.text, later.article.text[: m.start].split()[-1]) for e in names for m in e.mentions)
    # after "GM" and "Coach": the people; "Mining Orla Brenn Fund" runs on into a capitalised word after it
    assert found == [("Dacey Whitlow", "Coach"), ("Orla Brenn", "GM")]
    given = tagged_analysis(
        "t3",
        "Gulls sign a forward\n\nLater Mary Orla Brenn wrote the column for the paper on Sunday.\n\nIt was long.",
        [],
    )
    assert known.recall(given).entities == []  # a given name before it: another person's longer name
