"""Round 119 (batches 102 and 103's kinds): a king named by his given name is no minister who shares it; a
portfolio's word before a title is no organisation; a big city's office; a secret police; juntas; a rank after
an office. The sentences are written for these tests."""

from __future__ import annotations

from dossier.nlp.entities.coref import _titles_differ
from dossier.testing.records import analysed, codes_at


def test_round119_a_king_is_no_minister_sharing_his_given_name(nlp):
    text = "King Faisal sacked Oil Minister Faisal al-Omari on Monday as prices fell, and named a successor in Riyadh."
    analysis = analysed(nlp, text, "1986-10-27")
    people = [e for e in analysis.entities if e.type == "PERSON"]
    assert not any({"Faisal", "Faisal al-Omari"} <= {m.text for m in e.mentions} for e in people)


def test_round119_titles_that_differ():
    assert _titles_differ("King", "Health Minister")
    assert not _titles_differ("Mr.", "President")
    assert not _titles_differ("President", "Chinese President")


def test_round119_a_portfolio_before_a_title_is_no_organisation(nlp):
    text = "Labour Minister Adel Harbi said on Sunday that the strike in Jeddah had ended."
    analysis = analysed(nlp, text, "2014-04-20")
    assert "Labour" not in {e.name for e in analysis.entities}
    assert codes_at(analysis, "Adel Harbi") == ("SAU", "GOV")


def test_round119_a_big_citys_office(nlp):
    text = "Karachi police chief Tariq Jamil said on Monday that the gunmen had been arrested."
    analysis = analysed(nlp, text, "2011-05-23")
    assert codes_at(analysis, "Tariq Jamil") == ("PAK", "COP")


def test_round119_a_clauses_last_place_is_no_office(nlp):
    text = "Troops advanced towards Bamako, President Paul Girard said in Paris on Friday."
    analysis = analysed(nlp, text, "2013-01-11")
    assert codes_at(analysis, "Paul Girard")[0] != "MLI"


def test_round119_a_secret_police_chief(nlp):
    text = "Opposition leader Ivan Petrov said secret police chief Boris Kolev had ordered the wiretaps."
    analysis = analysed(nlp, text, "2015-02-09")
    assert codes_at(analysis, "Boris Kolev")[1] == "SPY"


def test_round119_a_junta_is_no_regional_bloc(nlp):
    text = "The Economic Community of West African States gave the military junta in Niamey a week to step down."
    analysis = analysed(nlp, text, "2023-07-30")
    junta = next(e for e in analysis.entities if any("junta" in m.text for m in e.mentions))
    assert not any(m.kind == "name" for m in junta.mentions)
