"""Round 169: a following named by its leader is a set, an actor: "his followers", "thousands of the cleric's
followers", "followers of the guru X" who act or are acted on; bare followers, and supporters of a thing rather than
of a person, are not. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, held_type


def test_round169_his_followers_killed_with_him(nlp):
    text = (
        "Police stormed the village of Kampung Baru on Tuesday to arrest the preacher Hamid Osman, and he was "
        "killed along with nine of his followers."
    )
    analysis = analysed(nlp, text, "1986-04-08")
    assert held_type(analysis, "his followers") == "PERSON"


def test_round169_the_clerics_followers_protested(nlp):
    text = (
        "Soldiers closed the offices of the newspaper in Najaf on Sunday, and thousands of the cleric's followers "
        "protested outside."
    )
    analysis = analysed(nlp, text, "2004-03-28")
    assert held_type(analysis, "thousands of the cleric's followers") == "PERSON"


def test_round169_followers_of_a_named_guru(nlp):
    text = (
        "Followers of the self-styled guru Ravi Chandran set fire to buses in Sirsa on Friday after a court "
        "convicted him of fraud."
    )
    analysis = analysed(nlp, text, "2017-08-25")
    assert held_type(analysis, "Followers") == "PERSON"


def test_round169_a_bills_supporters_are_no_set(nlp):
    text = "The bill's supporters say it will cut prices for families."
    analysis = analysed(nlp, text, "2017-08-25")
    assert held_type(analysis, "supporters") is None
