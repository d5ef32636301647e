"""Round 151: a demonym and a common noun or two right before a name (a "false title": "Russian novelist Boris
Akunin") say the name's country where the agents dictionary knows no title in those nouns. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round151_a_demonym_and_a_noun_before_a_name(nlp):
    text = "Police in Paris questioned the Estonian novelist Kadri Tamm on Monday about the stolen manuscripts."
    analysis = analysed(nlp, text, "2014-02-10")
    assert codes_at(analysis, "Kadri Tamm")[0] == "EST"


def test_round151_a_demonym_of_two_words(nlp):
    text = "Organisers said South African sprinter Thabo Nkosi would not run in Zurich on Friday."
    analysis = analysed(nlp, text, "2019-08-30")
    assert codes_at(analysis, "Thabo Nkosi")[0] == "ZAF"


def test_round151_a_clause_before_a_name_is_no_title(nlp):
    # "Somali pirates holding| the captain": the demonym is the pirates', not the hostage's
    text = "Navy commandos freed a Danish freighter on Sunday after Somali pirates holding Erik Lund surrendered."
    analysis = analysed(nlp, text, "2011-04-10")
    assert codes_at(analysis, "Erik Lund")[0] != "SOM"
