"""Round 123 (batches 110 and 111's kinds, in part): the opposition's party is not the ruling one named before it,
a defector's new party is his, and a body against another ("the anti-Taliban alliance") is not that other. The
sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round123_the_opposition_party_is_not_the_ruling_one(nlp):
    text = (
        "Voters went to the polls on Sunday, with Amani Kombo of the ruling Chama Cha Mapinduzi facing Juma "
        "Said, who had joined the opposition Chadema party in July."
    )
    analysis = analysed(nlp, text, "2015-10-25")
    assert codes_at(analysis, "Chama Cha Mapinduzi") == ("TZA", "PTY")


def test_round123_a_defectors_new_party_is_his(nlp):
    text = (
        "Tanzanians voted on Sunday, with Amani Kombo of the ruling Chama Cha Mapinduzi facing Edward Lowassa, a "
        "former prime minister who defected in July to the opposition Chadema party."
    )
    analysis = analysed(nlp, text, "2015-10-25")
    assert codes_at(analysis, "Edward Lowassa") == ("TZA", "OPP")


def test_round123_a_body_against_another_is_not_it(nlp):
    text = (
        "Gunmen killed a commander of the anti-Taliban alliance in northern Afghanistan on Sunday, and the "
        "Taliban denied any part in the attack."
    )
    analysis = analysed(nlp, text, "2001-09-09")
    names = {e.name for e in analysis.entities for m in e.mentions if m.text == "the anti-Taliban alliance"}
    assert names and "Taliban" not in names
