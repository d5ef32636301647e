"""Round 104 (batch 87's kinds): a three-word name ending in a title's word is a person's name, not a
description another person takes; the US Trade Representative is an office of the government. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, mention_holder


def test_round104_a_name_ending_in_a_titles_word_is_no_description(nlp):
    text = (
        "Desmond Tutu was enthroned in Cape Town on Sunday, and Coretta Scott King, the American civil rights "
        "campaigner, was among the worshippers."
    )
    analysis = analysed(nlp, text, "1986-09-07")
    tutu, king = mention_holder(analysis, "Desmond Tutu"), mention_holder(analysis, "Coretta Scott King")
    assert tutu is not None and king is not None and tutu.id != king.id  # two people, not one


def test_round104_the_trade_representative_is_the_governments(nlp):
    text = "Talks in Tokyo between Trade Minister Rokusuke Tanaka and US Trade Representative William Brock ended."
    analysis = analysed(nlp, text, "1981-05-01")
    assert codes_at(analysis, "William Brock") == ("USA", "GOV")
