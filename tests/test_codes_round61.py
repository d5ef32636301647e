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


def test_round61_a_head_of_state_the_ner_typed_a_place_is_a_person(nlp):
    text = "King Mswati III dissolved the cabinet on Tuesday and named a new prime minister, state radio said."
    an = analysed(nlp, text, "2008-10-21")
    assert codes_at(an, "Mswati III") == ("SWZ", "GOV")
    assert next(e for e in an.entities if "Mswati" in e.name).type == "PERSON"
