"""Round 64 (batch 58's kinds): parties the table names whatever their words, a group's men after its name, a
company's kind and home in its apposition, a paper's "The", a described group placed by its own words. The
sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round64_a_party_the_table_names_is_no_legislature(nlp):
    text = (
        "Paulo Muwanga declared Milton Obote's Uganda People's Congress the winner of the election on Friday, "
        "but the Democratic Party accused him of rigging the count."
    )
    assert codes_at(analysed(nlp, text, "1980-12-12"), "Uganda People's Congress")[1] == "PTY"


def test_round64_a_groups_name_before_its_mens_noun(nlp):
    text = "Boko Haram Islamists seized control of three towns in Borno state on Tuesday, the army said."
    assert codes_at(analysed(nlp, text, "2013-05-14"), "Boko Haram Islamists") == ("NGA", "REB")


def test_round64_a_company_by_its_trade_and_registration(nlp):
    text = "The ship was chartered by Norvik Oil, the Dutch-registered oil trader, which denied wrongdoing."
    assert codes_at(analysed(nlp, text, "2006-09-13"), "Norvik Oil") == ("NLD", "BUS")


def test_round64_a_described_group_placed_by_its_own_words(nlp):
    text = (
        "A tsunami swept away villagers along Papua New Guinea's north coast on Friday, and Australia said it "
        "would fly in doctors."
    )
    assert codes_at(analysed(nlp, text, "1998-07-18"), "villagers") == ("PNG", "CVL")


def test_round64_a_papers_kind_before_its_own_the(nlp):
    text = "Military police detained the editor of the independent weekly The Standard in Harare on Tuesday."
    assert codes_at(analysed(nlp, text, "1999-01-12"), "Standard")[1] == "MED"


def test_round64_a_leaders_name_the_ner_cut_by_its_first_word(nlp):
    # the NER may cut "Leon Febres Cordero" by a word ("Leon Febres"); with it, the name is the table's
    text = "Air force paratroopers seized Leon Febres Cordero at an air base on Friday and held him for hours."
    an = analysed(nlp, text, "1987-01-16")
    assert codes_at(an, "Febres Cordero") == ("ECU", "GOV")
    ent = next(e for e in an.entities if "Febres" in e.name)
    assert any((c.evidence.entry or "").startswith("dossier-leaders:") for c in ent.codes)
