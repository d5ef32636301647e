"""Round 166: the UN's own officers (its administrator, its commander, the head of one of its missions) are of no
country, over a bare military rank and over a dictionary's record of the territory the UN ran; a state's envoy to
the UN keeps his country. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round166_the_un_commander_before_a_rank(nlp):
    text = (
        "NATO jets bombed Serb tanks near Gorazde on Sunday after the UN commander in Bosnia, Lieutenant General "
        "Bertrand de Lapresle, called for air support."
    )
    analysis = analysed(nlp, text, "1994-11-22")
    assert codes_at(analysis, "Bertrand de Lapresle") == (None, "IGO")


def test_round166_the_un_administrator(nlp):
    text = (
        "Kosovo Albanians voted in local elections on Saturday, and the UN administrator, Bernard Kouchner, said "
        "the poll had been calm."
    )
    analysis = analysed(nlp, text, "2000-10-28")
    assert codes_at(analysis, "Bernard Kouchner") == (None, "IGO")


def test_round166_the_head_of_a_un_mission_over_his_rank(nlp):
    text = (
        "Major General Kristin Lund, the head of the UN peacekeeping force in Cyprus, said on Friday that both "
        "sides had pulled back their troops."
    )
    analysis = analysed(nlp, text, "2015-06-05")
    assert codes_at(analysis, "Kristin Lund") == (None, "IGO")


def test_round166_a_states_un_ambassador_keeps_his_country(nlp):
    text = "Russia's UN ambassador, Vassily Nebenzia, said on Monday that Moscow would veto the draft resolution."
    analysis = analysed(nlp, text, "2022-02-28")
    assert codes_at(analysis, "Vassily Nebenzia") == ("RUS", "GOV")
