"""Round 74 (batch 64's kinds): a head of state's office that Phoenix leaves open ends when the table of heads
says it did; a ruler named by his rank after his rule is a former ruler; a Social Democrat leader out of power is
the opposition; the Carabinieri, warplanes and Taiwan's Judicial Yuan. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.actors import ActorCode, with_leader_terms
from dossier.codes.codebook import default_codebook
from dossier.models import CodeEvidence
from dossier.testing.records import analysed, codes_at


def _code(code: str, start: str | None, end: str | None, entry: str) -> ActorCode:
    return ActorCode(code, start, end, CodeEvidence("dictionary", "x", entry=entry))


def test_round74_an_open_phoenix_office_ends_with_the_tables_term():
    phoenix = [_code("BOLGOV", "2006-01-22", None, "phoenix:1"), _code("BOLELI", None, None, "phoenix:1")]
    table = [
        _code("BOLGOV", "2006-01-22", "2019-11-10", "dossier-leaders:1"),
        _code("BOLELI", "2019-11-11", None, "dossier-leaders:1"),
    ]
    codes = with_leader_terms(phoenix, table, default_codebook(), "2021-03-13")
    assert [(c.code, c.start, c.end) for c in codes if c.code == "BOLGOV"][0] == ("BOLGOV", "2006-01-22", "2019-11-10")
    assert ("BOLELI", "2019-11-11", None) in [(c.code, c.start, c.end) for c in codes]


def test_round74_dossiers_own_career_stays_open():
    own = [_code("TWNGOV", "2017-09-08", None, "dossier-actors:1")]
    table = [
        _code("TWNGOV", "2017-09-08", "2019-01-14", "dossier-leaders:2"),
        _code("TWNELI", "2019-01-15", "2024-05-19", "dossier-leaders:2"),
    ]
    codes = with_leader_terms(own, table, default_codebook(), "2024-01-14")
    assert all(c.end is None for c in codes if c.evidence.entry == "dossier-actors:1")


def test_round74_a_president_out_of_office(nlp):
    text = "Evo Morales returned to Bolivia from exile in Argentina on Monday, a year after he resigned the presidency."
    assert codes_at(analysed(nlp, text, "2020-11-09"), "Evo Morales") == ("BOL", "ELI")


def test_round74_a_ruler_by_his_rank_after_his_rule(nlp):
    text = "Colonel Saye Zerbo, deposed on Sunday, was held under guard in Ouagadougou, the new rulers said on Tuesday."
    assert codes_at(analysed(nlp, text, "1982-11-09"), "Saye Zerbo") == ("BFA", "ELI")


def test_round74_a_social_democrat_leader_out_of_power(nlp):
    text = (
        "Police in Skopje said on Friday that Social Democrat leader Zoran Zaev had been treated in hospital for cuts."
    )
    assert codes_at(analysed(nlp, text, "2017-04-28"), "Zoran Zaev") == ("MKD", "OPP")


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("Carabinieri officers arrested the mayor of a town near Naples on Tuesday on corruption charges.",
         "Carabinieri", "COP"),
        ("Israeli jets struck targets in southern Lebanon on Sunday after rockets hit a northern town.",
         "Israeli", "MIL"),
        ("Judicial Yuan President Lai Ho-ming swore in the new cabinet in Taipei on Monday.", "Lai Ho-ming", "JUD"),
    ],
)  # fmt: skip
def test_round74_bodies_by_their_names(nlp, text, words, sector):
    assert codes_at(analysed(nlp, text, "1996-02-05"), words)[1] == sector
