"""Issue #14, round 9 of the codes stage: the kinds of batch 13's errors. The sentences are written for these
tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.models import Analysis
from dossier.testing.records import analysed, codes_at


def _analysed(nlp, text: str, published: str = "1996-04-10") -> Analysis:
    return analysed(nlp, text, published)


def test_codes_round9_a_group_counted_by_number_is_coded(nlp):
    a = _analysed(nlp, "Riot police fired tear gas at thousands of students outside the parliament in Nairobi.")
    assert codes_at(a, "students") == ("KEN", "EDU")
    a = _analysed(nlp, "Troops opened fire on more than 200 protesters in Yangon on Sunday.")
    assert codes_at(a, "protesters") == ("MMR", "OPP")
    # a part of a larger body is still none
    a = _analysed(nlp, "Most students in Nairobi stayed at home on Sunday.")
    assert codes_at(a, "students") is None
