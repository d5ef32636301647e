"""The review of session 53's change ran sentences of its own through the trees before and after it; each wrong
result it found is a case here. A plural after an introductory phrase is no bare apposition ("Thanks to Rosa Lima,
teachers ..."); a body's name ending in "s" is no plural title ("Armed Forces Chief X and Y"); "beat" is a blow
unless the contest follows the name; "won over" is persuasion; "zu" opens a surname; a city's own name in ASCII
("Ji'an") stays a place; a possessor's name before "ousted" makes it an adjective. Original sentences."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at, held_entity


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After meeting Jonas Weber, officials from the finance ministry said no deal was near.", "Jonas Weber"),
        ("Thanks to Rosa Lima, teachers in the village got new books.", "Rosa Lima"),
        ("According to Lars Holm, diplomats in Brussels expect a deal by Friday.", "Lars Holm"),
    ],
)
def test_a_plural_after_an_introductory_phrase_is_no_apposition(nlp, text, name):
    assert codes_at(analysed(nlp, text, "2015-03-02"), name)[1] is None


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Armed Forces Chief Prayuth Chan-ocha and Thaksin Shinawatra traded accusations on Tuesday.",
         "Thaksin Shinawatra", "ELI"),
        ("Special Forces Commander Ahmed Hassan and Yusuf Ali, a farmer, were photographed together.",
         "Yusuf Ali", "AGR"),
    ],
)  # fmt: skip
def test_a_bodys_name_ending_in_s_is_no_plural_title(nlp, text, name, sector):
    assert codes_at(analysed(nlp, text, "2014-05-20"), name)[1] == sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ahead of Saturday's election, soldiers beat Samuel Okoro and his brother outside a polling station.",
         "Samuel Okoro"),
        ("During the campaign, Macron won over Francois Bayrou, who withdrew and endorsed him.", "Francois Bayrou"),
    ],
)  # fmt: skip
def test_a_blow_or_persuasion_makes_no_opposition(nlp, text, name):
    assert codes_at(analysed(nlp, text, "2015-04-10"), name)[1] != "OPP"


def test_zu_opens_a_surname(nlp):
    analysis = analysed(nlp, "Critics said zu Guttenberg had copied parts of his thesis.", "2011-02-20")
    assert held_entity(analysis, "zu Guttenberg").type == "PERSON"


def test_a_citys_own_name_in_ascii_stays_a_place(nlp):
    city = held_entity(
        analysed(nlp, "Police in Tai'an and Ji'an arrested twelve people on Monday.", "2010-02-02"), "Ji'an"
    )
    assert (city.type, city.country_code) == ("GPE", "CHN")


def test_a_possessor_before_ousted_makes_it_an_adjective(nlp):
    text = "Honduras's ousted President Manuel Zelaya vowed to return on Wednesday."
    assert codes_at(analysed(nlp, text, "2009-07-01"), "Manuel Zelaya")[1] == "ELI"
