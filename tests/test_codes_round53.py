"""Round 53 (batch 51's kinds): a country's possessive before a name begins that name's title run; an office
comes before a bare military rank; gendarmes are police; an armed group's men named after its name give its
sector. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import title_run
from dossier.testing.records import analysed, codes_at


def test_round53_a_possessive_begins_the_title_run_of_the_name_after_it():
    text = "Kenya's Wanjiru Otieno and South Africa's Thabo Nkosi signed the accord on Friday."
    run = title_run(text, text.index("Thabo"), 6)
    assert run is not None and run[0] == "South Africa's"
    # "and" inside a title with no possessive after it still belongs to the title
    text = "Trade and Industry Minister Ana Costa resigned."
    run = title_run(text, text.index("Ana"), 6)
    assert run is not None and run[0] == "Trade and Industry Minister"


def test_round53_an_office_comes_before_a_bare_rank(nlp):
    analysis = analysed(nlp, "General Omar Tasso, the head of state, dissolved parliament on Monday.", "1983-11-07")
    assert codes_at(analysis, "Omar Tasso")[1] == "GOV"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Gendarmes fired on stone-throwing youths in two towns near Yaounde on Saturday.", "Gendarmes",
         ("CMR", "COP")),
        ("Protesters clashed with gendarmes in Yaounde on Saturday.", "gendarmes", ("CMR", "COP")),
    ],
)  # fmt: skip
def test_round53_gendarmes_are_police_where_they_are(nlp, text, span, expected):
    assert codes_at(analysed(nlp, text, "2003-05-06"), span) == expected


def test_round53_an_armed_groups_men_named_after_its_name_give_its_sector(nlp):
    text = "Pro-government Blue Lions militiamen burned houses in the capital on Sunday."
    assert codes_at(analysed(nlp, text, "2004-11-07"), "Blue Lions")[1] == "UAF"
    # one word before the noun may be a people's: no group
    text = "The army fought Tarvish guerrillas in the north."
    assert codes_at(analysed(nlp, text, "2004-11-07"), "Tarvish")[1] is None


def test_round53_a_description_naming_its_actors_country_places_its_sentence(nlp):
    # the party's country is in its own description (a nominal mention), which the last resort of round 52 reads
    text = (
        "The opposition Motherland Union won a landslide in Sunday's parliamentary election, ending 70 years of "
        "rule by the former communist Mongolian People's Revolutionary Party, the electoral commission said."
    )
    assert codes_at(analysed(nlp, text, "1996-07-01"), "Motherland Union") == ("MNG", "OPP")
