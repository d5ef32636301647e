"""Round 110 (batch 92's kinds): a company a kind noun names, though its name is a town's; a group's nationality
said in an aside; a member of an armed body by its lower-case noun. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, mention_holder


def test_round110_a_company_a_kind_noun_names_is_no_town(nlp):
    text = (
        "Defence Secretary Michael Heseltine resigned on Thursday, accusing Prime Minister Margaret Thatcher of "
        "blocking a rescue for the ailing helicopter maker Westland."
    )
    analysis = analysed(nlp, text, "1986-01-09")
    westland = mention_holder(analysis, "Westland")
    assert westland is not None and westland.type == "ORG"
    assert codes_at(analysis, "Michael Heseltine") == ("GBR", "GOV")


def test_round110_a_groups_nationality_said_in_an_aside(nlp):
    text = (
        "Police in Harare impounded a cargo plane and arrested 70 suspected mercenaries on board, most of them "
        "Angolans, on Sunday."
    )
    analysis = analysed(nlp, text, "2004-03-08")
    assert codes_at(analysis, "70 suspected mercenaries")[0] == "AGO"


def test_round110_a_member_of_an_armed_body_by_its_noun(nlp):
    text = "Police also detained special forces officer Peter Lamb, the organiser, at the airport."
    analysis = analysed(nlp, text, "2004-03-08")
    assert codes_at(analysis, "Peter Lamb")[1] == "MIL"
