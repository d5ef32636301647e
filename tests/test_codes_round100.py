"""Round 100 (batch 85's kinds): companies named in their own language, a head of state or government's time out
of office after the dictionary's record stops, criminals named as a group; and the check that every group noun has
the nominal head the entity stage needs to find it at all. The sentences are written for these tests; the
companies and people in them are invented, but for Pinochet."""

from __future__ import annotations

from dossier.codes.text import organisation_head
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.testing.records import analysed, codes_at


def test_round100_a_company_named_in_its_own_language():
    assert organisation_head("Banca Popolare Veneta") == ("banca", "BUS")
    assert organisation_head("Grupo Andino") == ("grupo", "BUS")
    assert organisation_head("Banque de France") is None  # a central bank is the state's
    assert organisation_head("Banco Central do Brasil") is None


def test_round100_a_former_ruler_after_the_dictionary_stops_is_of_the_elite(nlp):
    # Phoenix files Pinochet CHLELI to 2006-01-01 only; the table of heads has him out of office since 1990
    text = (
        "Augusto Pinochet died at a Santiago military hospital on Sunday, and the government denied him a state "
        "funeral."
    )
    analysis = analysed(nlp, text, "2006-12-10")
    assert codes_at(analysis, "Augusto Pinochet") == ("CHL", "ELI")


def test_round100_criminals_by_their_trade_are_a_group(nlp):
    text = "Police arrested 40 money launderers in Naples on Monday, and mobsters fired on a police station in Palermo."
    analysis = analysed(nlp, text, "1986-02-10")
    assert codes_at(analysis, "40 money launderers") == ("ITA", "CRM")
    assert codes_at(analysis, "mobsters") == ("ITA", "CRM")


def test_round100_every_group_noun_is_a_nominal_head():
    # a group noun with no row in nominals.tsv is never a mention: round 99's "launderer" was written so, and
    # found nothing until round 100
    lex = EntityLexicon.load()
    missing = sorted(w for w in lex.group_nouns if w not in lex.nominals)
    assert missing == []
