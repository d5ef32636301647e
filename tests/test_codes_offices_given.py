"""An office a person's clause gives it by appointment or takes from it by succession, or says it leaves past an
apposition of its name, is the person's on the day: "named Sarah Cole to replace Tom Briggs as chief executive"
codes both as the office is coded (BUS); "Li Wei, the founder of Kuaishu, stepped down as its chief executive"
codes Li Wei. Original sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, held_codes, held_entity


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Zenith Oil named Sarah Cole to replace Tom Briggs as chief executive on Tuesday.",
            ("Sarah Cole", "Tom Briggs"),
        ),
        ("Li Wei, the founder of Kuaishu, stepped down as its chief executive on Tuesday.", ("Li Wei",)),
        (
            "The bank named Anna Berg, its finance director, to succeed Jon Dahl as chief executive on Monday.",
            ("Anna Berg", "Jon Dahl"),
        ),
        ("Oskar Lind succeeded Maria Holm as chairman of the retailer on Friday.", ("Maria Holm",)),
    ],
)
def test_the_office_given_or_left_is_the_persons(nlp, text, names):
    analysis = analysed(nlp, text, "2014-06-03")
    assert [held_codes(analysis, name)[1] for name in names] == ["BUS"] * len(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The club replaced Tom Briggs with a younger coach on Tuesday.", "Tom Briggs"),
        ("Police named Tom Briggs, 34, as the driver of the car on Tuesday.", "Tom Briggs"),
        ("Tom Briggs, who quit the firm in May, stepped down as a school governor on Tuesday.", "Tom Briggs"),
    ],
)
def test_no_business_office_without_one_given(nlp, text, name):
    assert held_codes(analysed(nlp, text, "2014-06-03"), name)[1] != "BUS"


def test_a_negotiator_is_his_principals(nlp):
    text = "Pedro Ruiz, the Colombian government's chief negotiator, met rebel leaders in Havana on Monday."
    assert held_codes(analysed(nlp, text, "2016-03-01"), "Pedro Ruiz") == ("COL", "GOV")


def test_a_name_after_a_title_the_ner_took_for_an_organisation_is_a_person(nlp):
    text = "Nissan chief executive Makoto Uchida said on Monday his company would look for other partners."
    analysis = analysed(nlp, text, "2024-05-01")
    assert held_entity(analysis, "Makoto Uchida").type == "PERSON"
    assert held_codes(analysis, "Makoto Uchida") == ("JPN", "BUS")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "Police arrested Karim Rahman, acting editor of the daily Amar Desh, in Dhaka on Thursday.",
            "Karim Rahman",
            "MED",
        ),
        ("Soldiers detained Omar Said, spokesman for the Interior Ministry, at a checkpoint.", "Omar Said", "GOV"),
    ],
)
def test_a_role_apposed_without_an_article(nlp, text, name, sector):
    assert held_codes(analysed(nlp, text, "2013-04-11"), name)[1] == sector


def test_a_list_after_a_name_is_no_bare_role(nlp):
    text = "Police arrested Karim Rahman, Ali Hasan and Omar Said in Dhaka on Thursday."
    assert held_codes(analysed(nlp, text, "2013-04-11"), "Karim Rahman")[1] is None


def test_the_second_of_two_names_under_a_plural_title_holds_it(nlp):
    text = "Foreign Ministers Qian Qichen and Lee Sang-ock signed a communique in Beijing on Monday."
    assert held_codes(analysed(nlp, text, "1992-08-24"), "Lee Sang-ock")[1] == "GOV"


def test_the_second_of_two_former_holders_is_no_holder(nlp):
    text = "Turkish voters barred former Prime Ministers Suleyman Demirel and Bulent Ecevit from politics for a decade."
    assert held_codes(analysed(nlp, text, "1982-11-08"), "Bulent Ecevit")[1] != "GOV"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The board of the retailer Kestrel fired Anna Berg as chief executive on Friday.", "Anna Berg", "BUS"),
        ("Ernest Saul stepped aside as chairman and chief executive of the brewer on Friday.", "Ernest Saul", "BUS"),
        (
            "Ravi Mehra, the Bombay stockbroker whose buying drove the boom, was arrested on Saturday.",
            "Ravi Mehra",
            "BUS",
        ),
        ("The Texas oilman Tom Pickard launched a bid for the company on Monday.", "Tom Pickard", "BUS"),
        ("Glenmoor, the Scottish distiller, said on Friday it would sell its stake.", "Glenmoor", "BUS"),
    ],
)
def test_an_office_lost_and_people_of_trade(nlp, text, name, sector):
    assert held_codes(analysed(nlp, text, "1992-05-30"), name)[1] == sector
