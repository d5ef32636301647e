"""Round 139 (batches 129 to 131's kinds, in part): people listed under a plural title, someone's people that a
clause tells of, and troops coordinated with a subject. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round139_people_listed_under_a_plural_title(nlp):
    text = (
        "Trade Ministers Haruto Kawabe of Japan, Lukas Brandner of Austria and Ines Carvalho of Portugal signed "
        "the tariff accord in Geneva on Friday, ending two years of talks over farm subsidies and car parts."
    )
    analysis = analysed(nlp, text, "2019-03-08")
    assert codes_at(analysis, "Haruto Kawabe") == ("JPN", "GOV")
    assert codes_at(analysis, "Lukas Brandner") == ("AUT", "GOV")
    assert codes_at(analysis, "Ines Carvalho") == ("PRT", "GOV")


def test_round139_a_plural_title_is_no_word_of_the_name(nlp):
    text = "Prime Ministers Tomas Varga of Slovakia and Elena Moraru of Moldova met in Bratislava on Monday."
    analysis = analysed(nlp, text, "2021-05-10")
    names = {m.text for e in analysis.entities for m in e.mentions if m.kind == "name"}
    assert "Tomas Varga" in names
    assert not any(n.startswith("Prime Ministers") for n in names)


def test_round139_someones_people_told_of(nlp):
    text = (
        "Gunmen shot dead the army commander at his headquarters in Maseru on Tuesday and were themselves killed "
        "by his bodyguards."
    )
    analysis = analysed(nlp, text, "2017-09-05")
    assert any(m.text == "his bodyguards" for e in analysis.entities for m in e.mentions)


def test_round139_troops_coordinated_with_a_subject(nlp):
    text = "Gunmen attacked the president's motorcade in Tbilisi on Monday as police and troops sealed off the area."
    analysis = analysed(nlp, text, "1998-02-09")
    assert codes_at(analysis, "troops") == ("GEO", "MIL")
