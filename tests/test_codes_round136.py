"""Round 136 (batches 126 and 127's kinds, in part): a people named after a state's demonym or a place's name, and
contacts with a state. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round136_a_states_people_but_not_a_peoples_descent(nlp):
    text = "Israeli Arabs marched through Nazareth on Saturday, and Turkish Americans rallied in Washington."
    analysis = analysed(nlp, text, "2016-03-09")
    assert codes_at(analysis, "Israeli Arabs") == ("ISR", "CVL")
    assert codes_at(analysis, "Turkish Americans")[0] != "TUR"


def test_round136_contacts_with_a_state(nlp):
    text = "Prime Minister Helen Clark froze high-level contacts with Israel on Thursday over the passport affair."
    analysis = analysed(nlp, text, "2004-07-15")
    assert codes_at(analysis, "Israel") == ("ISR", "GOV")
