"""Round 66: the tables' parties and armed groups (``organisations.tsv``): a country for a party or a group the
sentence does not place, a movement's sector on either side of the day it laid down arms, and a filed party the
article describes as an opposition body. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round66_a_party_the_table_files(nlp):
    text = "The ruling Chama Cha Mapinduzi won seven of every ten votes cast, the electoral commission said."
    assert codes_at(analysed(nlp, text, "2010-11-05"), "Chama Cha Mapinduzi") == ("TZA", "PTY")


def test_round66_an_armed_group_of_one_country(nlp):
    # Phoenix files the group by a region (West Africa): the table's country wins
    text = "Revolutionary United Front rebels burned three villages on Monday and abducted dozens of children."
    assert codes_at(analysed(nlp, text, "1998-03-02"), "Revolutionary United Front") == ("SLE", "REB")


def test_round66_a_movement_before_and_after_it_laid_down_arms(nlp):
    before = "Renamo fighters attacked a convoy on the road north of the capital on Tuesday."
    after = "Renamo said on Thursday that it would take part in the first multiparty election."
    assert codes_at(analysed(nlp, before, "1990-06-12"), "Renamo") == ("MOZ", "REB")
    # a party then, out of power: the opposition (round 122; the blind gold codes Renamo so)
    assert codes_at(analysed(nlp, after, "1994-03-10"), "Renamo") == ("MOZ", "OPP")


def test_round66_a_filed_party_described_as_an_opposition_body(nlp):
    text = "Al Wefaq, the largest opposition bloc, said on Monday that it would boycott the vote."
    assert codes_at(analysed(nlp, text, "2014-10-13"), "Al Wefaq") == ("BHR", "OPP")
