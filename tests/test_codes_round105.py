"""Round 105 (batch 87's kinds): an office of a place before a name ("Archbishop of Canterbury X"); prosecutors and
a bare "parliament" are of the country their sentence is set in, but an article's other country does not place a
court its sentence leaves unplaced; a place one was born in and a building named for a saint set no scene. The
sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round105_an_office_of_a_place_before_a_name(nlp):
    text = "Bishop of Durham Michael Lane welcomed the vote, and Mayor of Lyon Claire Moreau said the city agreed."
    analysis = analysed(nlp, text, "2014-07-14")
    assert codes_at(analysis, "Michael Lane")[1] == "REL"
    assert codes_at(analysis, "Claire Moreau") == ("FRA", "GOV")


def test_round105_prosecutors_are_of_their_sentences_scene(nlp):
    text = (
        "Masked robbers stole jewels from a depot in Antwerp on Monday night and fled toward the motorway, "
        "prosecutors said."
    )
    analysis = analysed(nlp, text, "2013-02-19")
    assert codes_at(analysis, "prosecutors") == ("BEL", "JUD")


def test_round105_a_court_its_sentence_leaves_unplaced_takes_no_foreign_scene(nlp):
    text = (
        "The State Department compiled dossiers on Libya and Benghazi, a watchdog group said. In February, a federal "
        "judge determined that the department's handling of the emails had undermined public access."
    )
    analysis = analysed(nlp, text, "2016-04-26")
    assert codes_at(analysis, "a federal judge") == (None, "JUD")


def test_round105_a_bare_parliament_is_of_its_sentences_country(nlp):
    text = "President Thein Sein told parliament on Friday that work on the dam would stop."
    analysis = analysed(nlp, text, "2011-09-30")
    assert codes_at(analysis, "parliament") == ("MMR", "LEG")


def test_round105_a_birthplace_and_a_saints_building_set_no_scene(nlp):
    text = (
        "Hundreds of worshippers packed St George's Cathedral on Sunday. Police questioned a man whose parents "
        "were born in Mexico."
    )
    analysis = analysed(nlp, text, "1986-09-07")
    assert codes_at(analysis, "Hundreds of worshippers")[0] != "GRD"
    assert codes_at(analysis, "Police")[0] != "MEX"
