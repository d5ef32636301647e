"""Round 137 (batch 128's kinds, in part): an office that fights something in a title run, a state a relation is
with as no context, and a security committee by its name. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round137_an_anti_compound_in_a_title_run(nlp):
    text = (
        "Kenya recalled its envoy from Paris on Monday, days after French anti-terrorism judge Marc Trevidic "
        "issued warrants for two Kenyan officers."
    )
    analysis = analysed(nlp, text, "2009-03-02")
    assert codes_at(analysis, "Marc Trevidic") == ("FRA", "JUD")


def test_round137_a_state_a_relation_is_with_is_no_context(nlp):
    text = (
        "Riot police in Seoul broke up a march by students demanding reunification with North Korea, and "
        "prosecutors said the organisers would be charged."
    )
    analysis = analysed(nlp, text, "1996-08-20")
    assert codes_at(analysis, "prosecutors")[0] != "PRK"


def test_round137_a_security_committee_by_its_name(nlp):
    text = "Gunmen in Khorog killed the regional head of the State Committee for National Security on Sunday."
    analysis = analysed(nlp, text, "2012-07-22")
    assert codes_at(analysis, "State Committee for National Security")[1] == "SPY"
