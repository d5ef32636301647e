"""Round 115 (batches 96 and 97's kinds): a pair's apposition in the plural, a demonym as an apposition's
adjective, multi-word country names the NER missed, "the ruling" junta, administrators, a near demonym of
another clause, and a city's most populous namesake in both stages. The sentences are written for these tests."""

from __future__ import annotations

from dossier.nlp.entities.lexicon import _city_names
from dossier.testing.records import analysed, codes_at


def test_round115_a_pairs_plural_apposition_places_both(nlp):
    text = (
        "A court in Jakarta jailed Peter Holm and Sean Whitby, two Canadians accused of smuggling heroin, for "
        "twenty years on Monday."
    )
    analysis = analysed(nlp, text, "2011-03-14")
    assert codes_at(analysis, "Peter Holm")[0] == "CAN"
    assert codes_at(analysis, "Sean Whitby")[0] == "CAN"


def test_round115_a_pairs_plural_role_is_the_first_names_too(nlp):
    text = (
        "Police in Lagos arrested Tunde Adeyemi and Bola Okafor, two opposition politicians, on Friday before a "
        "planned rally."
    )
    analysis = analysed(nlp, text, "1994-06-10")
    assert codes_at(analysis, "Tunde Adeyemi")[1] == "OPP"


def test_round115_a_demonym_as_the_adjective_of_an_apposition(nlp):
    text = "Marco Ferri, a Brazilian Jesuit theologian, told a synod on Monday that the church must listen."
    analysis = analysed(nlp, text, "1986-10-06")
    assert codes_at(analysis, "Marco Ferri") == ("BRA", "REL")


def test_round115_a_companys_name_after_a_demonym_gives_no_nationality(nlp):
    text = "Tom Reed, a British Airways pilot, landed the damaged jet safely in Lisbon on Sunday, officials said."
    analysis = analysed(nlp, text, "2005-05-08")
    assert codes_at(analysis, "Tom Reed")[0] != "GBR"


def test_round115_a_country_name_of_several_words_the_ner_misses(nlp):
    text = "The Solomon Islands cut ties with Taiwan on Monday after a cabinet vote in Honiara."
    analysis = analysed(nlp, text, "2019-09-16")
    assert "Solomon Islands" in {e.name for e in analysis.entities}


def test_round115_a_country_name_inside_a_longer_name_is_left(nlp):
    text = "A bomb went off at the Joint United States Military Assistance Group in Manila, a police spokesman said."
    analysis = analysed(nlp, text, "1987-10-28")
    assert "United States" not in {e.name for e in analysis.entities}


def test_round115_the_ruling_junta_is_the_government(nlp):
    text = "Troops fired on marchers in Rangoon, and the ruling State Peace Council said order would be kept."
    analysis = analysed(nlp, text, "1989-07-20")
    assert codes_at(analysis, "State Peace Council")[1] == "GOV"


def test_round115_an_administrators_country_is_his_titles(nlp):
    text = "US administrator Paul Bremer handed power to an interim government in Baghdad on Monday."
    analysis = analysed(nlp, text, "2004-06-28")
    assert codes_at(analysis, "Paul Bremer") == ("USA", "GOV")


def test_round115_a_demonym_of_another_clause_does_not_unsettle_a_scene(nlp):
    text = (
        "Ana Ruiz, the daughter of Italian migrants, beat the economist Luis Pardo in Peru's mayoral runoff on "
        "Sunday, officials in Lima said."
    )
    analysis = analysed(nlp, text, "2002-11-18")
    assert codes_at(analysis, "Luis Pardo")[0] == "PER"


def test_round115_a_citys_name_is_its_most_populous_namesakes():
    # GeoNames' order had made "Asuncion" a Guatemalan town's; Paraguay's capital is far bigger
    assert _city_names()["asuncion"] == "PY"
