"""Round 50: a capital before a public office's title places its holder; a place a plane or ship was bound for
sets no scene; Turkish and Greek Cypriots are Cyprus's; "the national radio" is a state's medium, which no
council named before it is. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round50_a_capital_before_a_public_office_places_its_holder(nlp):
    text = (
        "An earthquake near Mandalay killed at least 144, Myanmar's state television said, and Bangkok Governor "
        "Somchai Rattanaporn declared the city a disaster zone."
    )
    analysis = analysed(nlp, text, "2025-03-28")
    assert codes_at(analysis, "Somchai Rattanaporn") == ("THA", "GOV")


def test_round50_a_place_a_plane_was_bound_for_sets_no_scene(nlp):
    text = (
        "A jumbo jet bound for New York crashed onto the Scottish town of Lockerbie on Wednesday night, killing at "
        "least 11 residents, and police began combing the hills."
    )
    analysis = analysed(nlp, text, "1988-12-21")
    assert codes_at(analysis, "police") == ("GBR", "COP")


def test_round50_cypriots_are_cyprus():
    book = default_codebook()
    assert book.country_in("the Turkish Cypriot leader")[0] == "CYP"
    assert book.country_in("Greek Cypriot police")[0] == "CYP"
    assert book.country_in("Turkish officials")[0] == "TUR"


def test_round50_the_national_radio_is_a_states_medium(nlp):
    text = (
        "Army officers overthrew the president on Friday and said a Revolutionary Council would run Guinea-Bissau, "
        "the national radio announced."
    )
    analysis = analysed(nlp, text, "1980-11-14")
    radio = next(e for e in analysis.entities if any(m.text == "the national radio" for m in e.mentions))
    assert all(m.kind == "nominal" for m in radio.mentions)  # not joined to the council
    assert codes_at(analysis, "the national radio") == ("GNB", "MED")
