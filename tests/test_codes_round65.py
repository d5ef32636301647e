"""Round 65: the very last resort for an actor no rule placed, the country of the government its sentence
names, when that country is among those the sentence names most. The sentences are written for these tests;
the rebel group in them is invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round65_a_leaders_country_against_a_country_he_speaks_of(nlp):
    text = (
        "Protesters burned tyres outside the parliament on Wednesday, and President Mahinda Rajapaksa said "
        "Norway had no role in the talks."
    )
    an = analysed(nlp, text, "2010-06-02")
    assert codes_at(an, "Protesters")[0] == "LKA"
    ent = next(e for e in an.entities if e.name == "Protesters")
    # the evidence names the leader who placed them
    assert any(
        c.evidence.entry == "sentence's government" and "Mahinda Rajapaksa" in c.evidence.text for c in ent.codes
    )


def test_round65_rebels_beside_the_president_they_fight(nlp):
    text = (
        "Rebels of the Northern Liberation Front ambushed a convoy near the border on Tuesday, and President "
        "Idriss Deby accused Sudan of arming them."
    )
    assert codes_at(analysed(nlp, text, "2004-03-09"), "Northern Liberation Front") == ("TCD", "REB")


def test_round65_no_government_but_a_towns_governor(nlp):
    # "the governor of Pando" is a town's (a namesake could place it anywhere), no national government's: the
    # soldiers stay unplaced rather than go to the town's country
    text = (
        "Soldiers detained the governor of Pando on Tuesday, and President Evo Morales, speaking in Caracas, "
        "accused him of ordering the killing of peasant farmers."
    )
    an = analysed(nlp, text, "2008-09-16")
    ent = next(e for e in an.entities if e.name == "Soldiers")
    assert not any(c.evidence.entry == "sentence's government" for c in ent.codes)


def test_round65_not_an_international_body(nlp):
    text = (
        "Amnesty International accused the police of torture on Monday, and President Yoweri Museveni said "
        "Kenya would not be allowed to interfere."
    )
    assert codes_at(analysed(nlp, text, "2011-05-09"), "Amnesty International")[0] is None
