"""Round 94 (batch 80's kinds): a region named with its noun ("Guangdong province"); a common noun names no
dictionary record; people counted by their demonym; deputies of a parliament; a family-named party of the country a
title names; "first" or "new" before a title. The sentences are written for these tests; the people in them are
invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round94_a_region_named_with_its_noun_sets_the_scene(nlp):
    text = "Villagers in Wukan, in southern Guangdong province, barricaded roads against hundreds of riot police."
    analysis = analysed(nlp, text, "2011-12-14")
    assert codes_at(analysis, "Villagers") == ("CHN", "CVL")
    assert codes_at(analysis, "hundreds of riot police") == ("CHN", "COP")


def test_round94_a_common_noun_names_no_dictionary_record(nlp):
    text = (
        "Villagers in Wukan barricaded roads after Xue Jin, one of their representatives, died in custody in "
        "southern Guangdong province."
    )
    analysis = analysed(nlp, text, "2011-12-14")
    # the US House's record was found under the word "representatives", and the sentence read American
    assert codes_at(analysis, "their representatives")[0] != "USA"
    assert codes_at(analysis, "Villagers")[0] == "CHN"


def test_round94_people_counted_by_their_demonym(nlp):
    text = "Kim told the visiting prime minister in Pyongyang that agents had abducted 13 Japanese in the 1970s."
    analysis = analysed(nlp, text, "2002-09-17")
    assert codes_at(analysis, "13 Japanese") == ("JPN", "CVL")


def test_round94_deputies_of_a_parliament(nlp):
    text = "Turkey's parliament lifted the immunity of seven Kurdish deputies on Wednesday, and police detained two."
    analysis = analysed(nlp, text, "1994-03-02")
    assert codes_at(analysis, "seven Kurdish deputies") == ("TUR", "LEG")


def test_round94_a_family_named_party_of_the_country_a_title_names(nlp):
    text = (
        "The Brothers won the election, putting their leader on course to become Italy's first woman prime "
        "minister, and Enrico Letta, the leader of the centre-left Democratic Party, conceded defeat."
    )
    analysis = analysed(nlp, text, "2022-09-26")
    assert codes_at(analysis, "Democratic Party") == ("ITA", "PTY")
