"""Round 179: a Soviet republic's Supreme Soviet is the republic's, the Soviet Union's in an article that names
Russia or the Union (shared_names.tsv "home"), also where the dictionary files the body as a person. The sentences
are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round179_a_republics_supreme_soviet(nlp):
    text = "Thousands rallied in Vilnius on Sunday to urge the republic's Supreme Soviet to declare independence."
    analysis = analysed(nlp, text, "1990-03-04")
    assert codes_at(analysis, "Supreme Soviet") == ("LTU", "LEG")


def test_round179_the_unions_supreme_soviet(nlp):
    text = "The Supreme Soviet in Moscow voted on Friday to give Mikhail Gorbachev emergency powers over the economy."
    analysis = analysed(nlp, text, "1990-09-24")
    assert codes_at(analysis, "Supreme Soviet")[0] == "RUS"
