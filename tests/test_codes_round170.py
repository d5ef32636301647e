"""Round 170: a hyphenated place name the NER cuts in two ("Gorno-|Badakhshan") is the whole name's place, not
the part's namesake; a compound with a place in it ("Brooklyn-based") keeps the place. The sentences are written
for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round170_a_hyphenated_region_cut_by_the_ner(nlp):
    text = (
        "Police fired on protesters who had blocked a highway in Gorno-Badakhshan on Monday, and the Interior "
        "Ministry said two people had been killed."
    )
    analysis = analysed(nlp, text, "2022-05-16")
    assert codes_at(analysis, "Interior Ministry")[0] == "TJK"


def test_round170_a_compound_keeps_its_place(nlp):
    text = "A Brooklyn-based charity said on Monday that police in Brooklyn had closed its shelter."
    analysis = analysed(nlp, text, "2016-03-14")
    assert codes_at(analysis, "Brooklyn")[0] == "USA"
