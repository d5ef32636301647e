"""People of a company by what the sentence says they do with it: founded, led or ran it ("the investment bank
founded by Philip Tose and Francis Leung", "a media group to be run by X"); and a name the small NER model types an
organisation that the words after it say is a person's ("removed Cyrus Mistry as chairman", "X stepped aside as
chairman and chief executive of Guinness", "X, who had led the carmaker"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at, held_entity


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Peregrine, the Hong Kong investment bank founded by Philip Tose and Francis Leung, said on Monday it would "
         "be wound up.", "1998-01-12", "Francis Leung"),
        ("Peregrine, the Hong Kong investment bank founded by Philip Tose and Francis Leung, said on Monday it would "
         "be wound up.", "1998-01-12", "Philip Tose"),
    ],
)  # fmt: skip
def test_the_founders_of_a_company_are_its_people(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name) == ("HKG", "BUS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tata Sons removed Cyrus Mistry as chairman on Monday, four years after he took over.", "Cyrus Mistry"),
        ("Ernest Saunders stepped aside as chairman and chief executive of Guinness on Friday.", "Ernest Saunders"),
    ],
)  # fmt: skip
def test_a_name_the_words_after_it_make_a_person(nlp, text, name):
    assert held_entity(analysed(nlp, text, "2016-10-24"), name).type == "PERSON"


def test_a_company_named_for_a_person_stays_a_company(nlp):
    text = "Morgan Stanley, which advised the buyer, said on Monday it expected the deal to close in March."
    assert held_entity(analysed(nlp, text, "2016-10-24"), "Morgan Stanley").type == "ORG"
