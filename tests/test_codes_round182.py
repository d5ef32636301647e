"""Round 182: the Bosnian Serb leaders of the 1990s are Bosnia's, by the dates of their roles (``actors.tsv``), and
the Serbian Democratic Party is the Bosnian Serbs' party unless its sentence names Croatia. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round182_karadzic_in_the_war(nlp):
    text = "Radovan Karadzic rejected the peace map in Pale on Wednesday, and Serb gunners shelled Sarajevo."
    analysis = analysed(nlp, text, "1994-07-20")
    assert codes_at(analysis, "Radovan Karadzic") == ("BIH", "REB")


def test_round182_mladic_after_the_war(nlp):
    text = "Ratko Mladic was arrested in a village in northern Serbia on Thursday after 16 years on the run."
    analysis = analysed(nlp, text, "2011-05-26")
    assert codes_at(analysis, "Ratko Mladic")[0] == "BIH"


def test_round182_the_party_of_croatias_serbs(nlp):
    text = "The Serbian Democratic Party walked out of Croatia's parliament in Zagreb on Friday."
    analysis = analysed(nlp, text, "1990-08-17")
    assert codes_at(analysis, "Serbian Democratic Party")[0] == "HRV"
