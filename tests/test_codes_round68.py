"""Round 68: a bare plural of people that a clause in the past acts on is a set the sentence tells of ("pulled
survivors from the rubble", "fired tear gas at fans"), as the subject of such a clause was; not such people in
general, nor the audience someone speaks to. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def _nominals(analysis) -> set[str]:
    return {m.text for e in analysis.entities for m in e.mentions if m.kind == "nominal"}


def test_round68_people_a_past_clause_acts_on(nlp):
    text = "Rescue workers pulled survivors from the rubble of a collapsed hotel in Izmir on Friday."
    an = analysed(nlp, text, "2020-10-30")
    assert "survivors" in _nominals(an)
    assert codes_at(an, "survivors") == ("TUR", "CVL")
    text = "Police fired tear gas at fans outside the stadium in Lusaka on Saturday."
    assert codes_at(analysed(nlp, text, "2012-03-03"), "fans") == ("ZMB", "CVL")


def test_round68_not_such_people_in_general(nlp):
    an = analysed(nlp, "The new law protects tourists who visit the islands.", "2019-04-02")
    assert "tourists" not in _nominals(an)
    # nor a clause under a modal
    an = analysed(nlp, "The strike could strand passengers at the airport for days.", "2019-04-02")
    assert "passengers" not in _nominals(an)


def test_round68_not_the_audience_of_what_is_said(nlp):
    an = analysed(nlp, "The minister told reporters on Monday that the talks would resume.", "2019-04-02")
    assert "reporters" not in _nominals(an)
