"""The review of rounds 72 to 83: what the rules must not read. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.actors import OFFICE_OF_BODY
from dossier.codes.codebook import default_codebook
from dossier.codes.text import communist_ruled, country_acts, organisation_kind, role_apposed_before
from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials in India, where she has lived since August, said the verdict was noted.", "India"),
        ("Turkey's border with Syria stretching 900 km was closed on Monday.", "Syria"),
        ("The Brazil friendly ended 1-1 on Sunday.", "Brazil"),
        ("U.S. funds to the agency were cut last year.", "U.S."),
    ],
)  # fmt: skip
def test_review_no_state_acting(text, name):
    start = text.index(name)
    assert not country_acts(text, start, start + len(name))


def test_review_a_weekday_before_a_name_is_no_list():
    text = "The army attacked the rebels Tuesday, Amnesty International said."
    start = text.index("Amnesty")
    assert organisation_kind(text, start, start + len("Amnesty International")) is None


def test_review_a_clause_is_no_office_apposition():
    assert not OFFICE_OF_BODY.fullmatch(", who sued the owner of ")
    assert not OFFICE_OF_BODY.fullmatch(", the son of the founder of ")
    assert OFFICE_OF_BODY.fullmatch(", who is executive director of the ")


def test_review_an_office_of_a_body_apposed_before_a_name_is_the_bodys():
    text = "The group's statement was read by the leader of Hamas, Ismail Haniyeh, in Gaza."
    found = role_apposed_before(text, text.index("Ismail"), default_codebook())
    assert found is None or found[2] != "GOV"


def test_review_communists_unknown_country():
    assert communist_ruled(None, "2000-01-01")


def test_review_troops_withdrawn_and_administrative_units_are_no_group(nlp):
    analysis = analysed(nlp, "The United States withdrew troops from Syria on Friday.", "2019-10-18")
    assert codes_at(analysis, "troops") is None
    analysis = analysed(
        nlp, "The country's administrative units were merged on Monday, the cabinet said.", "2019-10-18"
    )
    assert codes_at(analysis, "administrative units") is None


def test_review_a_clerics_office_of_a_seat_apposed_before_a_name():
    text = "The decree was welcomed in Cairo on Friday, and the Grand Imam of Al-Azhar, Ahmed al-Tayeb, praised it."
    found = role_apposed_before(text, text.index("Ahmed"), default_codebook())
    assert found is not None and found[2] == "REL"
