"""Round 186: the clergy's offices are a person's descriptions like a state's ("resigned as the Roman Catholic
bishop of Galway", "Justin Welby, the bishop of Durham"), and an active appointment with "as" puts its object in
the office ("the synod confirmed X as bishop"); an election puts the elected in office only later. Sentences
written for these tests; the people in them are invented."""

from __future__ import annotations

import pytest

from dossier.nlp.offices import office_taken
from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Padraig Hennessy resigned as the Roman Catholic bishop of Galway on Monday.", "Padraig Hennessy",
         ("IRL", "REL")),
        ("The synod confirmed Walter Brindle as bishop of Leicester on Tuesday.", "Walter Brindle", ("GBR", "REL")),
        ("Joseph Okafor, the archbishop of Lagos, called for calm on Sunday.", "Joseph Okafor", ("NGA", "REL")),
        ("The council confirmed Martha Quist as mayor of Rotterdam on Tuesday.", "Martha Quist", ("NLD", "GOV")),
    ],
)  # fmt: skip
def test_round186_an_office_with_as_codes_its_holder(nlp, text, name, codes):
    analysis = analysed(nlp, text, "2012-11-09")
    assert codes_at(analysis, name) == codes


@pytest.mark.parametrize(
    ("text", "holder", "held"),
    [
        ("The king appointed Tomas Rendell as prime minister on Friday.", "Rendell", True),
        ("The church named Anna Lindqvist as bishop of Lund on Friday.", "Lindqvist", True),
        ("Parliament elected Viktor Halas as president on Tuesday.", "Halas", False),
        ("Viktor Halas was elected president on Tuesday.", "Halas", False),
    ],
)  # fmt: skip
def test_round186_who_takes_an_office_and_from_when(nlp, text, holder, held):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in {"appoint", "name", "elect"})
    office = office_taken(verb)
    assert office is not None and office.holder.text == holder and office.held is held


def test_round186_an_object_without_as_is_the_office_itself(nlp):
    # "appointed a new ambassador": the object is the office, no one is put in it
    doc = nlp("The president appointed a new ambassador to Chile on Monday.")
    verb = next(t for t in doc if t.lemma_ == "appoint")
    assert office_taken(verb) is None


@pytest.mark.parametrize(
    "text",
    [
        # the review of the round: a candidacy or a term to come is no office held
        "The party confirmed Sipho Dlamini as its candidate for mayor of Durban on Monday.",
        "The ruling party named Kofi Mensah as the next president of Ghana on Monday.",
    ],
)
def test_round186_a_candidacy_is_no_office_held(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in {"confirm", "name"})
    office = office_taken(verb)
    assert office is None or office.held is False


def test_round186_the_commission_of_brussels_is_not_a_states(nlp):
    # "commission" alone is no state's body: the EU's Commission, a fee paid
    analysis = analysed(
        nlp, "The Commission proposed new rules for banks on Tuesday, EU officials said in Brussels.", "2012-09-12"
    )
    assert codes_at(analysis, "Commission")[1] != "GOV"
