"""Round 46: more ways a country is the state acted on or acting (relations "with" it, acts "against" it, its
request, a grant "for" it, a body banning, lending to or referring it, the passive of addressing it, "at war",
its own acts as a possessor, a list under an organisation's name); the deals and officers only companies have;
a daily before its name; a people named in the plural are civilians. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import company_said, country_acts, organisation_kind


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Valdoria cut diplomatic ties with Norland on Monday, accusing it of spying.", "Norland"),
        ("The council refused to authorise the use of force against Norland.", "Norland"),
        ("The diplomat was detained at the request of the United States, officials said.", "United States"),
        ("The fund approved a 2 billion dollar bailout for Sri Lanka on Monday.", "Sri Lanka"),
        ("The agency voted to report Norland to the Security Council.", "Norland"),
        ("The committee banned Valdoria from the games over doping.", "Valdoria"),
        ("The bank agreed on Friday to lend Brazil 10 billion dollars.", "Brazil"),
        ("The deal collapsed while Iran was allowed to keep its quota.", "Iran"),
        ("The minister declared that Norland was at war.", "Norland"),
        ("Valdoria tested a missile, answering India's nuclear tests of the week before.", "India"),
        ("The Organization of the Petroleum Exporting Countries and Russia agreed to cut output.", "Russia"),
        ("The loan was repaid once China, its largest creditor, had given its assurances.", "China"),
    ],
)
def test_round46_a_country_acted_on_or_acting_is_the_state(text, name):
    assert country_acts(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floods swept through villages in Norland on Sunday.", "Norland"),
        ("Exports from Brazil fell in March.", "Brazil"),
        ("The river forms the border with Mexico for 100 miles.", "Mexico"),
        ("The council suspended Sudan's membership on Friday.", "Sudan"),
        ("Japan's economic growth slowed in the second quarter.", "Japan"),
        ("She flew to Iran on Tuesday.", "Iran"),
    ],
)
def test_round46_a_country_as_a_place_or_a_possessor_of_no_act_is_not(text, name):
    assert not country_acts(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The investor completed his takeover of Brindlecorp late on Thursday.", "Brindlecorp"),
        ("The board agreed to a takeover by Rotterdam-based Koval Steel.", "Koval Steel"),
        ("He stepped aside as chairman and chief executive of Harrowgate on Friday.", "Harrowgate"),
        ("A fire swept through a garment factory run by Sonar Textiles outside the city.", "Sonar Textiles"),
        ("Talks on a merger with Pellew collapsed.", "Pellew"),
        ("Brindlecorp's takeover of Pellew was approved.", "Brindlecorp"),
    ],
)
def test_round46_deals_and_officers_only_companies_have(text, name):
    assert company_said(text, *_at(text, name)) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pressure mounted on Brindle Group to name a chairman.", "Brindle Group"),
        ("The agency said Pellew Foundation would bid for the contract.", "Pellew Foundation"),
    ],
)
def test_round46_no_company_without_its_deal_or_officer(text, name):
    assert company_said(text, *_at(text, name)) is None


def test_round46_a_daily_before_its_name_is_a_medium():
    text = "The minister told the business daily Kurier Valdorski that a bailout was unavoidable."
    kind = organisation_kind(text, *_at(text, "Kurier Valdorski"))
    assert kind is not None and kind[2] == "MED"


def test_round46_a_people_named_in_the_plural_are_civilians(nlp):
    from dossier.testing.records import analysed, codes_at

    text = (
        "Iraqi Kurds voted on Monday in a referendum on independence, and thousands of Coptic Christians "
        "gathered in Cairo. The Peruvians said they would appeal. Democrats in Congress objected."
    )
    analysis = analysed(nlp, text, "2017-09-25")

    assert codes_at(analysis, "Kurds")[1] == "CVL"
    assert codes_at(analysis, "Coptic Christians")[1] == "CVL"
    assert codes_at(analysis, "Peruvians")[1] != "CVL"  # "the" makes a people a side
    assert codes_at(analysis, "Democrats")[1] != "CVL"  # a party
