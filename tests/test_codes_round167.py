"""Round 167: the heads of international organisations and sports federations the Phoenix records lack (dossier's
own dated records in ``actors.tsv``) are of no country while in office, over an office's bare word and the scene;
after it they are of their country; a national society of an international movement keeps its country. The
sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round167_a_bare_presidents_title_is_the_international_bodys(nlp):
    text = (
        "The International Olympic Committee chose Barcelona to host the 1992 Summer Games in Lausanne on Friday, "
        "President Juan Antonio Samaranch announced."
    )
    analysis = analysed(nlp, text, "1986-10-17")
    assert codes_at(analysis, "Juan Antonio Samaranch") == (None, "NGO")


def test_round167_an_imf_head_the_phoenix_records_lack(nlp):
    text = (
        "Mexico agreed to a rescue package on Wednesday, and Michel Camdessus said Mexico City had promised "
        "deep budget cuts."
    )
    analysis = analysed(nlp, text, "1995-02-01")
    assert codes_at(analysis, "Michel Camdessus") == (None, "IGO")


def test_round167_after_his_term_a_head_is_of_his_country(nlp):
    text = "Sepp Blatter appeared before a court in Bellinzona on Wednesday to answer fraud charges."
    analysis = analysed(nlp, text, "2022-06-08")
    assert codes_at(analysis, "Sepp Blatter")[0] == "CHE"


def test_round167_a_national_red_cross_keeps_its_country(nlp):
    text = "The Kenya Red Cross said on Tuesday that floods had displaced 40,000 people near Garissa."
    analysis = analysed(nlp, text, "2023-11-14")
    assert codes_at(analysis, "Kenya Red Cross")[0] == "KEN"
