"""Round 108 (batch 90's kinds): strikers named with their workplace; two peoples' words before one group; a
party the NER took for a person, whose apposition is its leader's. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, mention_holder


def test_round108_strikers_named_with_their_workplace_are_labour(nlp):
    text = "Thousands of nurses at state hospitals across Ghana walked off the job on Monday over unpaid allowances."
    analysis = analysed(nlp, text, "2016-03-07")
    assert codes_at(analysis, "Thousands of nurses") == ("GHA", "LAB")


def test_round108_two_peoples_words_before_one_group(nlp):
    text = (
        "The army took control of Plateau state on Tuesday after months of killings between Christian and Muslim "
        "militias, President Olusegun Obasanjo said."
    )
    analysis = analysed(nlp, text, "2004-05-18")
    assert codes_at(analysis, "Christian")[1] == "UAF"


def test_round108_a_party_the_ner_took_for_a_person_and_its_leaders_apposition(nlp):
    text = (
        "Tabare Vazquez of the leftist Broad Front, a cancer doctor and former mayor of Montevideo, won the "
        "presidential election on Sunday."
    )
    analysis = analysed(nlp, text, "2004-10-31")
    front = mention_holder(analysis, "Broad Front")
    assert front is not None and front.type == "ORG"
    assert codes_at(analysis, "Broad Front")[1] != "HLH"  # the cancer doctor is Vazquez
