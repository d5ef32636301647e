"""Round 162: an organisation's name holding a country's word in its own language is of that country ("Credit
Suisse", "Banco do Brasil"); a government named by a surname that several people in government on the date share,
all of one country ("the Bush administration"), is that country's; a group described as foreign is not placed in
the country its sentence is set in. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import _leaders_government, default_codebook, default_knowledge
from dossier.testing.records import analysed, codes_at


def test_round162_a_countrys_own_word_in_a_company_name(nlp):
    text = (
        "Credit Suisse Group and Nippon Paper Industries agreed on Monday to finance a pulp mill, the companies said."
    )
    analysis = analysed(nlp, text, "2011-03-14")
    assert codes_at(analysis, "Credit Suisse Group")[0] == "CHE"
    assert codes_at(analysis, "Nippon Paper Industries")[0] == "JPN"


def test_round162_a_government_by_a_surname_of_one_country():
    kb, book = default_knowledge(), default_codebook()
    # one Bush was president, another a governor: both of one government's country
    assert _leaders_government("the Bush administration", kb, book, "2003-04-29") == "USA"
    # Kims govern both Koreas: no one country
    assert _leaders_government("the Kim regime", kb, book, "2015-01-01") is None


def test_round162_foreign_troops_are_of_no_scene(nlp):
    text = (
        "The prime minister of Haiti asked on Friday for foreign troops to help Haitian police clear a fuel "
        "terminal in Port-au-Prince."
    )
    analysis = analysed(nlp, text, "2022-10-07")
    assert codes_at(analysis, "foreign troops")[0] is None
    assert codes_at(analysis, "Haitian police")[0] == "HTI"
