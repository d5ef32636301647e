"""Round 135 (batches 124 and 125's kinds, in part): "the KGB" by its date, an insurgency's office, a state that is no
more as a group's context, and the World Anti-Doping Agency. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round135_the_kgb_by_its_date(nlp):
    before = analysed(nlp, "Britain expelled two diplomats after a KGB officer defected in London.", "1985-09-12")
    after = analysed(nlp, "President Alexander Lukashenko ordered the KGB to find the bombers in Minsk.", "2011-04-12")
    assert codes_at(before, "KGB") == ("RUS", "SPY")
    assert codes_at(after, "KGB") == ("BLR", "SPY")


def test_round135_an_insurgencys_office(nlp):
    text = "Ruslan Gelayev, the rebel chief of staff, said on Monday that talks with Moscow would resume."
    analysis = analysed(nlp, text, "1996-09-02")
    assert codes_at(analysis, "Ruslan Gelayev") == (None, "REB")


def test_round135_a_state_that_is_no_more_as_a_groups_context(nlp):
    text = (
        "Armed men burned a Latvian customs post on the border with Byelorussia on Friday, and Latvian leader "
        "Anatolijs Gorbunovs accused Soviet OMON riot police of carrying out the raid."
    )
    analysis = analysed(nlp, text, "1991-05-24")
    assert codes_at(analysis, "riot police") == ("RUS", "COP")


def test_round135_the_world_anti_doping_agency(nlp):
    text = "The World Anti-Doping Agency appealed against the ruling on Tuesday."
    analysis = analysed(nlp, text, "2021-03-02")
    assert codes_at(analysis, "World Anti-Doping Agency") == (None, "IGO")
