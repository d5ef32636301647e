"""Round 158: officers named by what officers they are ("senior officers", "anti-corruption officers") are a set
the sentence tells of; the police's bare "officers" stay no mention. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, held_codes, mention_holder


def test_round158_officers_of_a_kind(nlp):
    text = "Senior officers seized the radio station in Maseru on Saturday and confined the prime minister."
    analysis = analysed(nlp, text, "1994-08-20")
    assert (held_codes(analysis, "Senior officers") or (None,))[0] == "LSO"


def test_round158_bare_officers_stay_out(nlp):
    text = "The police chief in Quito said officers had acted only after protesters threw stones at them."
    assert mention_holder(analysed(nlp, text, "2019-10-09"), "officers") is None
