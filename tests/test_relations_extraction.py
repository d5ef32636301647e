"""dossier_relations on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ties(nlp):
    from dossier.api import analyze_text

    def run(text: str):
        a = analyze_text(text, nlp=nlp)
        out = {}
        for r in a.relations:
            obj = a.entity(r.object).name if r.object else None
            out[(a.entity(r.subject).name, r.label)] = (r.type, obj, r.current)
        return out

    return run


def test_relations_copula_past_is_not_current(ties):
    got = ties("Paul Keller was the chairman of Siemens until 2010.")
    assert got[("Paul Keller", "chairman of Siemens")] == ("role", "Siemens", False)


def test_relations_at_the_head_of_clause(ties):
    got = ties("Anna Berg negotiated with Oslo when she was at the head of Statoil.")
    assert got[("Anna Berg", "head of Statoil")] == ("role", "Statoil", False)


def test_relations_former_title_is_not_current(ties):
    got = ties("Former NATO Secretary General Jens Stoltenberg spoke.")
    rtype, obj, current = next(v for k, v in got.items() if k[0] == "Jens Stoltenberg")
    assert rtype == "role" and obj == "NATO" and current is False


def test_relations_present_membership(ties):
    got = ties("Carla Diaz is a member of the Socialist Party.")
    rtype, obj, current = next(v for k, v in got.items() if k[0] == "Carla Diaz")
    assert rtype == "membership" and "Socialist Party" in obj and current is True


def test_relations_possessive_kinship(ties):
    got = ties("Trump's son-in-law Jared Kushner met the envoy.")
    assert got[("Jared Kushner", "son-in-law")][0] == "family"


def test_relations_employment_verb(ties):
    got = ties("Lena Ortiz works for Reuters.")
    assert got[("Lena Ortiz", "works for")] == ("employment", "Reuters", True)


def test_relations_head_verb(ties):
    got = ties("Igor Sechin heads Rosneft.")
    assert got[("Igor Sechin", "head")] == ("role", "Rosneft", True)


def test_relations_resignation_ends_the_role(ties):
    got = ties("Defence Minister Ali Reza resigned on Friday.")
    rtype, _, current = next(v for k, v in got.items() if k[0] == "Ali Reza")
    assert rtype == "role" and current is False


def test_relations_descriptions_that_are_not_ties_are_left_out(ties):
    got = ties("Vladimir Putin met his American counterpart.")
    assert not any("counterpart" in label for _, label in got)


def test_relations_an_office_taken_is_held_and_a_conditional_one_is_not(ties):
    got = ties("Rita Holm was appointed chairman of Vestas on Monday.")
    assert got[("Rita Holm", "chairman of Vestas")] == ("role", "Vestas", True)
    got = ties("If Rita Holm is appointed chairman of Vestas, the board will resign.")
    assert got[("Rita Holm", "chairman of Vestas")] == ("role", "Vestas", None)
