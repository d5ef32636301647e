"""Round 156: people after a rank or a title the NER left untagged (a surname that is also a town's name, a rank
after a lowercase role noun, a given name the tagger took for a verb), a state's agents, and boys, girls,
teenagers, opponents and rivals the sentence tells of. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, held_codes, mention_holder


def test_round156_a_surname_that_is_a_town(nlp):
    # "Tigri" is a town's name to the places table; after a rank and a given name it is a surname
    text = "Lieutenant Colonel Pascal Tigri went on state television in Cotonou on Sunday."
    assert mention_holder(analysed(nlp, text, "2025-12-07"), "Pascal Tigri") is not None


def test_round156_a_rank_after_a_role_noun(nlp):
    text = "The president fled the capital, and army chief General Honore Traore said he had taken power."
    assert mention_holder(analysed(nlp, text, "2014-10-31"), "Honore Traore") is not None
    # an adjective of an organisation's name stays one
    text = "The General Accounting Office said on Monday that the agency had overspent."
    assert not any(e.type == "PERSON" and "Accounting" in e.name for e in analysed(nlp, text, "1990-01-08").entities)


def test_round156_a_given_name_the_tagger_took_for_a_verb(nlp):
    text = (
        "Shelling resumed along the border on Friday, as Presidents Sadyr Japarov and Emomali Rahmon attended a "
        "summit in Samarkand."
    )
    analysis = analysed(nlp, text, "2022-09-16")
    assert mention_holder(analysis, "Sadyr Japarov") is not None
    assert mention_holder(analysis, "Emomali Rahmon") is not None


def test_round156_agents_of_a_state(nlp):
    text = "Federal agents arrested a customs official in Guadalajara on Tuesday."
    analysis = analysed(nlp, text, "2011-02-15")
    assert held_codes(analysis, "Federal agents") == ("MEX", "COP")
    # a chemical's agents are no one's
    text = "Inspectors said nerve agents had been stored at the base."
    assert mention_holder(analysed(nlp, text, "2013-09-20"), "nerve agents") is None


def test_round156_a_boy_the_sentence_tells_of(nlp):
    text = "Police in Santiago shot a 14-year-old boy during a protest on Thursday."
    analysis = analysed(nlp, text, "2019-10-24")
    assert (held_codes(analysis, "a 14-year-old boy") or (None,))[0] == "CHL"


def test_round156_opponents_told_of(nlp):
    text = "Security forces in Yaounde detained dozens of political opponents on Monday."
    analysis = analysed(nlp, text, "2020-09-21")
    assert mention_holder(analysis, "dozens of political opponents") is not None


def test_round156_a_definite_boy_is_no_mention(nlp):
    # one child the sentence does not introduce is left out, not linked to another person of the article
    text = "Maria Lopez said the boy had been shot by a soldier near the market in Culiacan."
    assert mention_holder(analysed(nlp, text, "2019-10-18"), "the boy") is None
