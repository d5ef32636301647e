"""Round 177: "National Security Council" is the body of the country its sentence names, in an article that names
no US actor (shared_names.tsv "home"); the European Union's own officers ("EU foreign policy chief") are of no
country; the Kosovo Liberation Army is Kosovo's. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import eu_office
from dossier.testing.records import analysed, codes_at


def test_round177_a_national_security_council_abroad(nlp):
    text = (
        "The National Security Council, chaired by Prime Minister Nawaz Sharif, met in Islamabad on Monday after the "
        "attack on the army school."
    )
    analysis = analysed(nlp, text, "2014-12-22")
    assert codes_at(analysis, "National Security Council") == ("PAK", "GOV")


def test_round177_the_eus_foreign_policy_chief(nlp):
    text = "The EU's foreign policy chief, Josep Borrell, said in Kyiv on Friday that Ukraine needed more shells."
    analysis = analysed(nlp, text, "2024-02-02")
    assert codes_at(analysis, "Josep Borrell") == (None, "IGO")


def test_round177_eu_offices():
    assert eu_office("EU foreign policy chief")
    assert eu_office("the European Union's envoy")
    assert not eu_office("EU foreign ministers")
    assert not eu_office("its EU ambassador")
    assert not eu_office("the UN envoy")


def test_round177_the_kla_is_kosovos(nlp):
    text = "The Kosovo Liberation Army ambushed a police patrol near Podujevo on Sunday, killing two officers."
    analysis = analysed(nlp, text, "1998-12-13")
    assert codes_at(analysis, "Kosovo Liberation Army")[0] == "XKX"
