"""Round 171: a name several countries' organisations bear ("the Taliban", "the Muslim Brotherhood") is the branch
of the other listed country its sentence names; with no such country the record stands; "Islamic Jihad" alone is
Lebanon's group in the news of 1982 to 1992. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round171_the_taliban_in_a_pakistani_sentence(nlp):
    text = "Taliban fighters attacked a police post near Peshawar on Tuesday, killing six officers, officials said."
    analysis = analysed(nlp, text, "2012-06-12")
    assert codes_at(analysis, "Taliban")[0] == "PAK"


def test_round171_the_taliban_in_kabul_stay_afghan(nlp):
    text = "Taliban fighters attacked a police post near Kabul on Tuesday, killing six officers, officials said."
    analysis = analysed(nlp, text, "2012-06-12")
    assert codes_at(analysis, "Taliban")[0] == "AFG"


def test_round171_the_brotherhood_in_jordan(nlp):
    text = "Jordan's government closed the offices of the Muslim Brotherhood in Amman on Monday, a spokesman said."
    analysis = analysed(nlp, text, "2016-04-11")
    assert codes_at(analysis, "Muslim Brotherhood")[0] == "JOR"


def test_round171_islamic_jihad_in_the_1980s(nlp):
    text = "A car bomb exploded outside a hotel in Kuwait City on Thursday, and Islamic Jihad claimed responsibility."
    analysis = analysed(nlp, text, "1986-06-19")
    assert codes_at(analysis, "Islamic Jihad")[0] == "LBN"
