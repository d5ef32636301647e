"""Round 88 (batch 74's kinds): a party's name with the NER's lower-case "party"; the president's party governs
beside a premier of none where the president governs; a candidate of the party in power is its man; a region the
dictionaries file opens a regional office's title; sport's court and athletics' body. The sentences are written
for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.actors import _party_keys, _region_before, default_codebook, default_knowledge
from dossier.testing.records import analysed, codes_at


def test_round88_party_keys_without_the_ners_party():
    book = default_codebook()
    assert "law and justice" in _party_keys(["Law and Justice party"], "POL", book)
    assert _party_keys(["Labour Party"], "GBR", book) == {"labour party"}
    # the country's word still comes off a folded name, and off the name without "party"
    assert "socialist party" in _party_keys(["italian socialist party"], "ITA", book)
    assert "labor party" in _party_keys(["Australian Labor Party"], "AUS", book)


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


def test_round88_a_regions_office():
    book, kb = default_codebook(), default_knowledge()
    text = "Flood waters rose on Tuesday, and Queensland Premier Tom Garrick said 12 people were missing."
    assert _region_before(text, text.index("Premier"), "Premier", book, kb) == ("AUS", "Queensland")
    # not across punctuation, nor a part of a longer run, nor a town of another country the dictionary files
    text = "Rebels advanced towards Bamako, President Paul Lenoir said."
    assert _region_before(text, text.index("President"), "President", book, kb) is None
    text = "The Northern Ireland Secretary Tom Hall said on Monday that talks would resume."
    # the whole run: Northern Ireland (a region of Britain's in GeoNames since round 150), never Ireland
    found = _region_before(text, text.index("Secretary"), "Secretary", book, kb)
    assert found is not None and found[0] == "GBR"
    text = "Flood waters rose on Tuesday. Queensland Premier Tom Garrick said 12 people were missing."
    assert _region_before(text, text.index("Premier"), "Premier", book, kb) == ("AUS", "Queensland")


def test_round88_a_regions_office_end_to_end(nlp):
    text = "Queensland Premier Tom Garrick said on Thursday that 12 people were missing after the floods."
    analysis = analysed(nlp, text, "2011-01-13")
    assert codes_at(analysis, "Tom Garrick") == ("AUS", "GOV")


def test_round88_the_presidents_party_only_where_the_president_governs():
    kb = default_knowledge()
    # Bulgaria's caretaker premier of 2013 had no party: the president's party did not govern
    assert kb.ruling_parties("BGR", "2013-04-28") is None


def test_round88_sports_court_and_athletics_body(nlp):
    text = "The Court of Arbitration for Sport rejected the runner's appeal against IAAF rules on Wednesday."
    analysis = analysed(nlp, text, "2019-05-01")
    assert codes_at(analysis, "Court of Arbitration for Sport") == (None, "JUD")
    assert codes_at(analysis, "IAAF") == (None, "NGO")
