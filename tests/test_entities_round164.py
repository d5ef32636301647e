"""Round 164: a party named by its family as a body ("Jean Tremblay's Liberals", "the Christian Democrats"), which the
small NER model leaves untagged or splits into peoples' words, is an organisation; bare at a sentence's start it is
people of a view. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, held_type


def test_round164_a_leaders_party_by_its_family(nlp):
    text = "Prime Minister Justin Trudeau's Liberals lost their majority in Canada's election on Monday."
    analysis = analysed(nlp, text, "2019-10-21")
    assert held_type(analysis, "Liberals") == "ORG"
    assert codes_at(analysis, "Liberals")[0] == "CAN"


def test_round164_a_family_split_by_the_ner_is_one_party(nlp):
    text = "Italy's new cabinet is dominated by the Christian Democrats, the party's leaders said in Rome on Friday."
    analysis = analysed(nlp, text, "1983-08-05")
    assert held_type(analysis, "Christian Democrats") == "ORG"
    assert codes_at(analysis, "Christian Democrats")[0] == "ITA"


def test_round164_bare_plural_is_people_of_a_view(nlp):
    text = "Conservatives still praise the old constitution, a poll in Ottawa found on Friday."
    analysis = analysed(nlp, text, "2019-10-21")
    assert held_type(analysis, "Conservatives") != "ORG"
