"""Types the small NER model gets wrong, mended from the words around a name and the name's own last word: a
capital it tags a mere location is a city, the country's GPE ("which Algiers has condemned"); a name after a
kind noun of companies is a company, also where a demonym opens that noun ("the Austrian parts maker Brenna");
a name ending in "Air" is an airline, whatever given name opens it ("Maria Air"). Original sentences through
the real pipeline, with the codes they then get."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, held_entity


def test_a_capital_tagged_a_location_is_its_country(nlp):
    text = "The rebels met in Geneva on Friday, a meeting which Algiers has condemned as interference."
    algiers = held_entity(analysed(nlp, text, "2009-05-29"), "Algiers")
    assert (algiers.type, algiers.country_code) == ("GPE", "DZA")


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("The carmaker agreed to sell its truck unit to the Austrian parts maker Brenna on Friday.", "Brenna", "AUT"),
        ("Regulators grounded Maria Air on Tuesday after one of its planes skidded off the runway.", "Maria Air", None),
    ],
)
def test_a_company_the_ner_took_for_a_person(nlp, text, words, country):
    company = held_entity(analysed(nlp, text, "2009-05-29"), words)
    assert (company.type, company.country_code, company.sector) == ("ORG", country, "BUS")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The club owner Roman Abramovich said on Monday he would sell the team.", "Roman Abramovich"),
        ("Colombian rebel Simon Trinidad was extradited to the United States on Friday.", "Simon Trinidad"),
    ],
)
def test_a_person_after_a_kind_noun_that_also_names_people_stays_a_person(nlp, text, words):
    assert held_entity(analysed(nlp, text, "2009-05-29"), words).type == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Li Wei, the founder of the delivery firm Kuaishu, resigned on Tuesday after a fraud case.", "Li Wei", None),
        ("Xi Fu told reporters in Shanghai on Monday that the factory would close.", "Xi Fu", "CHN"),
    ],
)
def test_a_chinese_name_geonames_also_files_for_a_city_stays_a_person(nlp, text, name, country):
    # GeoNames files "Li Wei" for Levis (CAN) and "Xi Fu" for Hereford (GBR), romanised from their Chinese labels
    person = held_entity(analysed(nlp, text, "2023-11-21"), name)
    assert (person.type, person.country_code) == ("PERSON", country)


def test_a_city_keeps_its_other_names_spelt_as_english_writes_them():
    from dossier.nlp.entities.lexicon import EntityLexicon
    from dossier.resolve.places import gazetteer

    lex = EntityLexicon.load()
    assert lex.places["bombay"] == "IN" and lex.places.get("li wei") is None
    assert "li peng" in lex.known_people  # no longer read as a city's other name (Ripon's)
    assert gazetteer().locate("Bombay").country == "IN" and gazetteer().locate("Li Wei") is None
