"""Round 120 (batches 104 and 105's kinds, in part): an apposition names the country of a titled person; attaches
and the Supreme Soviet. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round120_an_appositions_country_for_a_titled_person(nlp):
    text = (
        "Two gunmen on a motorcycle shot Colonel Peter Hale, the British military attache, as he drove through "
        "Athens on Thursday."
    )
    analysis = analysed(nlp, text, "2000-06-08")
    assert codes_at(analysis, "Peter Hale") == ("GBR", "MIL")


def test_round120_an_attache_is_a_diplomat(nlp):
    text = "Iran expelled Jan Kowal, the Polish cultural attache, on Monday, the foreign ministry said."
    analysis = analysed(nlp, text, "1989-03-06")
    assert codes_at(analysis, "Jan Kowal") == ("POL", "GOV")
