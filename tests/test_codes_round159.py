"""Round 159: "N other <people>" after a named actor are the rest of a set of the same scene ("Darboe and two other
challengers"), not actors of elsewhere as "other countries" are. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import _elsewhere
from dossier.models import Mention
from dossier.testing.records import analysed, codes_at


def _mention(text: str) -> Mention:
    return Mention(start=0, end=len(text), text=text, kind="nominal", sentence=0)


def test_round159_counted_others_are_not_elsewhere():
    assert not _elsewhere(_mention("two other challengers"))
    assert not _elsewhere(_mention("13 other lawmakers"))
    assert _elsewhere(_mention("other governments"))
    assert _elsewhere(_mention("the other candidates' foreign backers"))


def test_round159_the_others_of_a_named_candidate(nlp):
    text = (
        "Adama Barrow won a second term as Gambia's president on Sunday, but his rival Ousainou Darboe and "
        "two other challengers rejected the results."
    )
    analysis = analysed(nlp, text, "2021-12-05")
    assert codes_at(analysis, "two other challengers")[0] == "GMB"
