"""Round 61: a company's officer named by his title alone, beside a state's body. The sentences are written for
these tests; the companies and people in them are invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round61_an_officer_of_the_sentences_company_beside_a_central_bank(nlp):
    text = (
        "Corvin Bank said on Thursday that rogue trading had cost it 2 billion euros, and chairman Paul Aubry "
        "offered to resign, while the Bank of France said the bank remained solid."
    )
    assert codes_at(analysed(nlp, text, "2008-01-24"), "Paul Aubry")[1] == "BUS"


def test_round61_a_controller_is_a_companys_officer(nlp):
    text = "Telvanta Corp said on Tuesday that it had accepted the resignation of controller Dana Whitcomb."
    assert codes_at(analysed(nlp, text, "2002-06-25"), "Dana Whitcomb")[1] == "BUS"
