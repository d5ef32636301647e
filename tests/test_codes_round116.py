"""Round 116 (batches 98 and 99's kinds): a president's given name the NER left out of a surname it took for a
city; a city the NER took for a people; states that act past an aside or end relations, and the governments of
a list; a dictionary's namesake against its sentence; an organisation after "of" is no town; creed-named armed
groups. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round116_a_given_name_before_a_surname_taken_for_a_city(nlp):
    text = "President Alejandro Toledo declared a state of emergency in Arequipa on Sunday after days of riots."
    analysis = analysed(nlp, text, "2002-06-16")
    assert codes_at(analysis, "Alejandro Toledo") == ("PER", "GOV")


def test_round116_a_city_the_ner_took_for_a_people_sets_the_scene(nlp):
    text = "Police fired tear gas at hundreds of students in Asuncion on Tuesday as a strike spread."
    analysis = analysed(nlp, text, "2015-09-22")
    assert codes_at(analysis, "Police")[0] == "PRY"


def test_round116_a_state_acts_past_an_aside_and_ends_relations(nlp):
    text = (
        "Myanmar's junta released the student leader on Monday, and Norway, once the country's biggest donor, "
        "said it would resume aid, while Panama ended diplomatic relations with Taiwan."
    )
    analysis = analysed(nlp, text, "2012-01-16")
    assert codes_at(analysis, "Norway")[1] == "GOV"
    assert codes_at(analysis, "Panama")[1] == "GOV"


def test_round116_the_governments_of_a_list_are_states(nlp):
    text = "The rebel front signed a ceasefire with the governments of Uganda and Kenya in Nairobi on Friday."
    analysis = analysed(nlp, text, "1993-05-14")
    assert codes_at(analysis, "Uganda") == ("UGA", "GOV")
    assert codes_at(analysis, "Kenya") == ("KEN", "GOV")


def test_round116_a_dictionarys_namesake_yields_to_the_sentences_country(nlp):
    text = "A federal court in Cordoba jailed two former Argentine army officers for life on Thursday."
    analysis = analysed(nlp, text, "2012-03-01")
    assert codes_at(analysis, "Cordoba")[0] == "ARG"


def test_round116_an_organisation_after_of_is_no_town(nlp):
    text = "Sheikh Omar Nasser, the founder of Hamas, was wounded in an air strike in Gaza City on Monday."
    analysis = analysed(nlp, text, "2003-09-08")
    assert codes_at(analysis, "Omar Nasser")[0] != "DEU"


def test_round116_a_creed_named_group_is_armed(nlp):
    text = (
        "Police said the leaflets came from the banned Islamist group Harakat Nusra Khorasan, which wants a caliphate."
    )
    analysis = analysed(nlp, text, "2006-08-17")
    assert codes_at(analysis, "Harakat Nusra Khorasan")[1] == "REB"
