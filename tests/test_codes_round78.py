"""Round 78 (batch 66's kinds): a plural kind noun before a list of names is every name's; an office of a place or
body apposed before a name is read by its noun before "of"; financiers and industrialists are business. The
sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round78_a_plural_kind_before_a_list_of_names(nlp):
    text = "The government deregistered the striking teachers' unions SADTU and NAPTOSA in Pretoria on Monday."
    analysis = analysed(nlp, text, "2010-08-23")
    assert codes_at(analysis, "SADTU")[1] == "LAB"
    assert codes_at(analysis, "NAPTOSA")[1] == "LAB"


def test_round78_an_office_of_a_place_apposed_before_a_name(nlp):
    text = "The synod backed the change in York on Monday, and the Archbishop of Canterbury, Justin Welby, welcomed it."
    assert codes_at(analysed(nlp, text, "2014-07-14"), "Justin Welby") == ("GBR", "REL")


def test_round78_a_financier(nlp):
    text = "A court in Zug froze the accounts of Swiss financier Anton Keller on Tuesday over unpaid oil debts."
    assert codes_at(analysed(nlp, text, "1996-05-14"), "Anton Keller") == ("CHE", "BUS")
