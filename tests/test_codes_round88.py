"""Round 88 (batch 74's kinds): a party's name with the NER's lower-case "party"; the president's party governs
beside a premier of none; a candidate of the party in power is its man; a region the dictionaries file beats a
town of its name, and opens a regional office's title; sport's court and athletics' body. The sentences are written
for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.actors import _party_keys, default_codebook, default_knowledge
from dossier.testing.records import analysed, codes_at


def test_round88_party_keys_without_the_ners_party():
    book = default_codebook()
    assert "law and justice" in _party_keys(["Law and Justice party"], "POL", book)
    assert _party_keys(["Labour Party"], "GBR", book) == {"labour party"}


def test_round88_the_presidents_party_beside_a_premier_of_none():
    kb = default_knowledge()
    ruling = kb.ruling_parties("TWN", "2016-01-16")
    assert ruling is not None and "kuomintang" in " ".join(ruling).lower()


def test_round88_a_party_out_of_power_that_wins_is_the_opposition(nlp):
    text = (
        "Anna Wrobel, a historian backed by the Law and Justice party, narrowly won Poland's presidential runoff "
        "on Sunday, official results showed."
    )
    analysis = analysed(nlp, text, "2025-06-02")
    assert codes_at(analysis, "Law and Justice party") == ("POL", "OPP")


def test_round88_a_dictionarys_region_beats_a_town_of_its_name(nlp):
    text = "Hundreds of residents of the Ontario town fell ill after E. coli entered its water, health officials said."
    analysis = analysed(nlp, text, "2000-05-25")
    assert codes_at(analysis, "Ontario")[0] == "CAN"


def test_round88_a_regions_office(nlp):
    text = "Queensland Premier Tom Garrick said on Thursday that 12 people were missing after the floods."
    analysis = analysed(nlp, text, "2011-01-13")
    assert codes_at(analysis, "Tom Garrick") == ("AUS", "GOV")
    # not across a comma ("... towards Bamako, President X said"), nor a part of a longer run
    text = "Rebels advanced towards Bamako, President Paul Lenoir said in Paris on Friday."
    analysis = analysed(nlp, text, "2013-01-11")
    assert codes_at(analysis, "Paul Lenoir")[0] != "MLI"


def test_round88_sports_court_and_athletics_body(nlp):
    text = "The Court of Arbitration for Sport rejected the runner's appeal against IAAF rules on Wednesday."
    analysis = analysed(nlp, text, "2019-05-01")
    assert codes_at(analysis, "Court of Arbitration for Sport") == (None, "JUD")
    assert codes_at(analysis, "IAAF") == (None, "NGO")
