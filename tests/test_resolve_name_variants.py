"""Names of one organisation written two ways across articles (dossier.resolve.keys): a website's name with
its domain ("TMZ.com" and "TMZ"), and a long name with a word in the plural or the singular. Hand-built
analyses (original text) stored through the store half of ingest into a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from dossier.testing.records import tagged_analysis
from test_resolve_short_forms import _stored


def test_a_websites_name_with_its_domain_is_the_outlet(tmp_path: Path):
    first = tagged_analysis(
        "w1", "KRZ reported that Jon Vale had left the band.", [("KRZ", "ORG"), ("Jon Vale", "PERSON")]
    )
    site = tagged_analysis(
        "w2", "KRZ.com said Jon Vale had signed a deal.", [("KRZ.com", "ORG"), ("Jon Vale", "PERSON")]
    )
    word = tagged_analysis("w3", "Quillbook.com listed the shows.", [("Quillbook.com", "ORG")])
    named = tagged_analysis("w4", "Quillbook said the tour was sold out.", [("Quillbook", "ORG")])
    gov = tagged_analysis("w5", "Harbor.gov posted the rules.", [("Harbor.gov", "ORG")])
    port = tagged_analysis("w6", "Harbor said the rules would change.", [("Harbor", "ORG")])
    entities = _stored(tmp_path, first, site, word, named, gov, port)
    assert entities[("w2", "KRZ.com")] == entities[("w1", "KRZ")]  # an acronym's site
    assert entities[("w4", "Quillbook")] == entities[("w3", "Quillbook.com")]  # the site first, then the name
    assert entities[("w6", "Harbor")] != entities[("w5", "Harbor.gov")]  # a government site is no outlet


def test_a_long_name_with_a_word_in_the_plural_is_the_same_organisation(tmp_path: Path):
    first = tagged_analysis(
        "p1", "The Guild of Harbor Pilots and Engineers met.", [("Guild of Harbor Pilots and Engineers", "ORG")]
    )
    second = tagged_analysis(
        "p2", "The Guild of Harbor Pilot and Engineers voted.", [("Guild of Harbor Pilot and Engineers", "ORG")]
    )
    short = tagged_analysis("p3", "Harbor Pilots won.", [("Harbor Pilots", "ORG")])
    other = tagged_analysis("p4", "Harbor Pilot lost.", [("Harbor Pilot", "ORG")])
    entities = _stored(tmp_path, first, second, short, other)
    assert (
        entities[("p2", "Guild of Harbor Pilot and Engineers")]
        == entities[("p1", "Guild of Harbor Pilots and Engineers")]
    )
    assert entities[("p4", "Harbor Pilot")] != entities[("p3", "Harbor Pilots")]  # two words: a plural may be another


def test_a_demonym_before_a_corpus_persons_full_name_is_that_person(tmp_path: Path):
    named = tagged_analysis(
        "d1", "Hasko Dremel won the title fight in Tallinn.", [("Hasko Dremel", "PERSON"), ("Tallinn", "GPE")]
    )
    # the NER took the demonym and the name for one organisation; the article never writes "Dremel" alone
    demonym = tagged_analysis(
        "d2", "The champion stopped Kenyan Hasko Dremel in the seventh round.", [("Kenyan Hasko Dremel", "ORG")]
    )
    # a namesake: the same surname, another given name, is another person
    namesake = tagged_analysis("d3", "The referee warned Kenyan Tomas Dremel twice.", [("Kenyan Tomas Dremel", "ORG")])
    firm = tagged_analysis("d4", "Kenyan Dremel Holdings opened an office.", [("Kenyan Dremel Holdings", "ORG")])
    entities = _stored(tmp_path, named, demonym, namesake, firm)
    assert entities[("d2", "Kenyan Hasko Dremel")] == entities[("d1", "Hasko Dremel")]
    assert entities[("d3", "Kenyan Tomas Dremel")] != entities[("d1", "Hasko Dremel")]
    assert entities[("d4", "Kenyan Dremel Holdings")] != entities[("d1", "Hasko Dremel")]
