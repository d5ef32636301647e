"""Round 161: people of the shipped dictionaries (Phoenix's actors, the heads' table) whose names the small NER model
leaves untagged are found by their names: a run of capitalised words that ends with a known name of two words or
more, only titles or a body's acronym before it. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, held_type, mention_holder


def test_round161_a_known_name_the_ner_misses_is_a_person(nlp):
    text = "Chief Mangosuthu Buthelezi urged his followers on Friday to stay away from the polls in KwaZulu-Natal."
    analysis = analysed(nlp, text, "1994-03-18")
    assert held_type(analysis, "Mangosuthu Buthelezi") == "PERSON"
    assert codes_at(analysis, "Mangosuthu Buthelezi")[0] == "ZAF"


def test_round161_a_known_name_before_a_possessive(nlp):
    text = "Recep Tayyip Erdogan's party swept the local elections on Sunday, officials said."
    analysis = analysed(nlp, text, "2004-03-29")
    assert held_type(analysis, "Recep Tayyip Erdogan") == "PERSON"


def test_round161_no_person_inside_a_longer_name(nlp):
    text = "The Mangosuthu Buthelezi Trust opened a clinic in Ulundi on Monday."
    analysis = analysed(nlp, text, "2010-05-03")
    assert all(e.type != "PERSON" for e in analysis.entities if "Buthelezi" in e.name)


def test_round161_a_body_before_the_title_stays_its_own(nlp):
    text = "A spokesman for UN Secretary-General Ban Ki-moon said on Thursday that talks would resume."
    analysis = analysed(nlp, text, "2012-06-14")
    ban = mention_holder(analysis, "Ban Ki-moon")
    assert ban is not None and ban.type == "PERSON" and "UN" not in ban.name
