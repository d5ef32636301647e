"""Round 143 (batch 139's kinds, in part): a country's possessive shared by two state bodies joined by "and", and a
former ruler's demonym as no context. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round143_a_possessive_shared_by_two_state_bodies(nlp):
    text = (
        "Washington imposed sanctions on Iran's Defence Ministry and Oil Ministry on Tuesday over drone sales, "
        "and President Joe Biden said more would follow."
    )
    analysis = analysed(nlp, text, "2022-11-15")
    assert codes_at(analysis, "Oil Ministry") == ("IRN", "GOV")


def test_round143_a_former_rulers_demonym_is_no_context(nlp):
    text = (
        "Rebels declared the former French colony of Kandara independent on Saturday, rejecting the interim "
        "government that a rival militia had set up in Mogadishu."
    )
    analysis = analysed(nlp, text, "1991-05-18")
    assert codes_at(analysis, "interim government")[0] != "FRA"
