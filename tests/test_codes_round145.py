"""Round 145: a sentence that names two countries still sets its scene where it says something happens, when it says
so of one, for an actor no other rule placed. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round145_the_place_things_happen_in_places_the_victims(nlp):
    text = (
        "A car bomb tore through a market in Quetta on Tuesday, killing 20 shoppers, hours after a British envoy "
        "arrived from Kabul for talks on the Afghan war."
    )
    analysis = analysed(nlp, text, "2011-05-10")
    assert codes_at(analysis, "shoppers") == ("PAK", "CVL")


def test_round145_an_international_bodys_official_is_not_placed_where_it_met(nlp):
    # the guard: the committee met in Buenos Aires; its former president is no Argentine
    text = (
        "The International Olympic Committee elected Thomas Bach, a German lawyer, as its president in Buenos Aires "
        "on Tuesday, succeeding Jacques Rogge, who led it for 12 years."
    )
    analysis = analysed(nlp, text, "2013-09-10")
    assert codes_at(analysis, "Jacques Rogge")[0] != "ARG"


def test_round145_a_place_in_a_story_told_elsewhere_places_no_one(nlp):
    # the guard: a person the dictionaries file in the United States says where the sentence's people are
    text = (
        "The parents of two Americans killed in the attack on a consulate in Benghazi, Libya, sued Hillary Clinton "
        "on Monday, their neighbour Dorrit Vansleeve said."
    )
    analysis = analysed(nlp, text, "2016-08-10")
    assert codes_at(analysis, "Dorrit Vansleeve")[0] != "LBY"


def test_round145_a_named_person_is_not_placed_where_the_sentence_is_set(nlp):
    # a person named in a sentence of two countries is as often the visitor, the victim abroad or the exile
    text = (
        "Police searched a villa in Istanbul on Monday, two weeks after the writer Halvard Nesbitt vanished, and "
        "Norway summoned the Turkish ambassador."
    )
    analysis = analysed(nlp, text, "2018-10-15")
    assert codes_at(analysis, "Halvard Nesbitt")[0] != "TUR"
