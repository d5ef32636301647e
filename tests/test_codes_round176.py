"""Round 176: in news of the Americas, "Indian" and "Indians" name indigenous peoples, not India
(``dossier.resolve.indigenous``): a people named before the word ("Yanomami Indians") or a country of Latin America
named in the article, and no India in it. The sentences are written for these tests."""

from __future__ import annotations

from dossier.resolve.indigenous import indians_of_the_americas
from dossier.testing.records import analysed, codes_at, mention_holder


def test_round176_a_people_before_indians_is_no_mention_of_india(nlp):
    text = "Gold miners shot dead eight Yanomami Indians in a village near the Venezuelan border, officials said."
    analysis = analysed(nlp, text, "1993-08-20")
    assert mention_holder(analysis, "Yanomami Indians").name == "Yanomami Indians"
    assert codes_at(analysis, "Yanomami Indians") == (None, "CVL")


def test_round176_indian_farmers_of_ecuador(nlp):
    text = (
        "Indian farmers blocked roads across Ecuador on Monday to demand land, and President Rodrigo Borja called for "
        "talks."
    )
    analysis = analysed(nlp, text, "1990-06-04")
    assert codes_at(analysis, "Indian farmers")[0] == "ECU"


def test_round176_india_stays_india():
    assert not indians_of_the_americas("Indian troops fired on Pakistani posts, and Brazil called for calm.")
    assert not indians_of_the_americas("Brazilian and Indian negotiators met in Geneva.")
    assert not indians_of_the_americas("Indian Prime Minister Narendra Modi arrived in Brasilia on Sunday.")
    assert not indians_of_the_americas("Mike Pence, the governor of Indiana, spoke in Mexico City.")
    assert indians_of_the_americas("Navajo Indians sued the Interior Department.")
    assert indians_of_the_americas(
        "Troops were sent to protect Indian communities in Chiapas, Mexico's interior minister said."
    )
