"""Round 85 (batch 71's kinds): a country's own ground sets a scene; a capital the NER took with a common noun; a
group that goes on strike is labour (police stay police); a verb between a country and a group; a ruler's guard,
Ireland's police and a cult's guru; crowds and juries as actors; a party office before a name; a candidacy or a
rivalry in an apposition. The sentences are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.actors import default_codebook
from dossier.codes.text import group_after, strikes_after
from dossier.testing.records import analysed, codes_at


def test_round85_strikes_after():
    text = "bus drivers went on a two-day strike"
    assert strikes_after(text, len("bus drivers"))
    assert strikes_after("dockers, who had staged a strike", len("dockers"))
    assert strikes_after("miners walked off the job", len("miners"))
    assert not strikes_after("the army launched a strike", len("the army"))
    assert not strikes_after("delegates walked out of the talks", len("delegates"))
    assert not strikes_after("detainees staged a hunger strike", len("detainees"))


def test_round85_a_verb_between_a_country_and_a_group():
    book = default_codebook()
    assert group_after("Norway sent investigators to the site", len("Norway"), book) is None
    assert group_after("Syrian government forces advanced", len("Syrian"), book) == "MIL"


def test_round85_a_countrys_cities_set_the_scene(nlp):
    text = "Protesters blocked roads and burned tyres in several Bolivian cities on Friday over fuel prices."
    analysis = analysed(nlp, text, "2022-03-04")
    assert codes_at(analysis, "Protesters") == ("BOL", "OPP")


def test_round85_a_capital_taken_with_its_noun(nlp):
    text = "Soldiers executed six former ministers on a Conakry beach on Tuesday."
    analysis = analysed(nlp, text, "1984-05-08")
    assert codes_at(analysis, "Soldiers") == ("GIN", "MIL")


def test_round85_strikers_are_labour_but_police_stay_police(nlp):
    text = "Taxi drivers went on strike in Lima on Monday over fuel prices, and police walked off the job a day later."
    analysis = analysed(nlp, text, "2019-02-11")
    assert codes_at(analysis, "Taxi drivers")[1] == "LAB"
    assert codes_at(analysis, "police")[1] == "COP"


def test_round85_a_country_that_sends_investigators_is_its_government(nlp):
    text = "A ferry sank off the coast of Crete on Sunday, and Norway sent investigators to help the Greek coast guard."
    analysis = analysed(nlp, text, "2016-06-05")
    assert codes_at(analysis, "Norway") == ("NOR", "GOV")


def test_round85_guards_and_gardai(nlp):
    text = (
        "Republican Guard troops fired on marchers in the capital on Friday, and Garda Commissioner Sean Tully "
        "blamed a small group of agitators."
    )
    analysis = analysed(nlp, text, "2015-04-10")
    assert codes_at(analysis, "Republican Guard")[1] == "MIL"
    assert codes_at(analysis, "Sean Tully")[1] == "COP"


def test_round85_crowds_and_a_jury(nlp):
    text = "A federal jury in Boston convicted Paul Rendell of fraud on Tuesday, and crowds cheered outside the court."
    analysis = analysed(nlp, text, "2018-10-02")
    assert codes_at(analysis, "A federal jury") == ("USA", "JUD")
    assert codes_at(analysis, "crowds")[1] == "CVL"


def test_round85_the_jury_is_still_out_is_no_court(nlp):
    text = "Whether the plan will work is unclear. The jury is still out, Senator Ann Pryce said on Monday."
    analysis = analysed(nlp, text, "2018-10-02")
    assert all("jury" not in m.text.lower() for e in analysis.entities for m in e.mentions)
    text = "The jury is still out after three days of deliberations in the fraud trial of the former mayor."
    analysis = analysed(nlp, text, "2018-10-02")
    assert any("jury" in m.text.lower() for e in analysis.entities for m in e.mentions)


def test_round85_party_leader_of_the_party_named_before(nlp):
    text = (
        "Gunmen attacked a rally of the opposition Freedom Front in Lusaka on Sunday, and party leader Joseph "
        "Mwanza accused the government of ordering the attack."
    )
    analysis = analysed(nlp, text, "2011-08-14")
    assert codes_at(analysis, "Joseph Mwanza")[1] == "OPP"


def test_round85_a_candidacy_in_an_apposition(nlp):
    text = (
        "Helmut Brandauer, the former central banker running for Austria's presidency as the candidate of the "
        "Freedom Party, denied on Tuesday that he had misled voters."
    )
    analysis = analysed(nlp, text, "2004-03-02")
    assert codes_at(analysis, "Helmut Brandauer") == ("AUT", "OPP")


def test_round85_rivals_in_an_election(nlp):
    text = (
        "Ivory Coast's electoral commission declared the president the winner on Monday in an election from which "
        "his main rivals, Konan Yao and Marc Gnagne, had been barred."
    )
    analysis = analysed(nlp, text, "2015-10-27")
    assert codes_at(analysis, "Konan Yao") == ("CIV", "OPP")
    assert codes_at(analysis, "Marc Gnagne") == ("CIV", "OPP")
