"""Round 86 (batch 72's kinds): a lower-case role before "and" is another's; a perfect tense is a verb; a part of
the land is no state; workers a disaster kills are its victims; a town's airport or port sets a scene, a town come
from does not; a facility the dictionaries file as an organisation is one; state media, detectives and friars as
actors; the Nobel Committee. The sentences are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.text import country_acts, title_run, workers_as_victims
from dossier.testing.records import analysed, codes_at, tagged_analysis


def test_round86_a_lower_case_role_before_and_is_anothers():
    text = "Maria Kovac, the former finance minister and President Ivan Petrov's main rival"
    assert title_run(text, text.index("Ivan"), 8) == ("President", text.index("President"))
    text = "Former House speaker and Ohioan Tom Bradley"
    assert title_run(text, text.index("Tom"), 8) == ("Former House speaker and Ohioan", 0)
    text = "Prime Minister and Foreign Minister Ana Ruiz"
    assert title_run(text, text.index("Ana"), 8) == ("Prime Minister and Foreign Minister", 0)


def test_round86_a_perfect_and_a_part_of_the_land():
    text = "The weekly reported that Norway had built between 10 and 20 bunkers"
    assert country_acts(text, text.index("Norway"), text.index("Norway") + 6)
    text = "Farms in eastern Kenya have received little rain since April"
    assert not country_acts(text, text.index("Kenya"), text.index("Kenya") + 5)
    text = "Japan has limited natural resources"  # a participle before a plain noun may be an adjective
    assert not country_acts(text, 0, 5)


def test_round86_workers_as_victims():
    text = "A fire swept through a shoe factory, killing more than 60 workers, and 20 workers were missing."
    first = text.index("more than 60 workers")
    assert workers_as_victims(text, first, first + len("more than 60 workers"))
    second = text.index("20 workers")
    assert workers_as_victims(text, second, second + len("20 workers"))
    text = "Thousands of workers marched through the capital."
    assert not workers_as_victims(text, 0, len("Thousands of workers"))
    text = "Rioting workers killed a manager."  # workers who kill are no victims
    assert not workers_as_victims(text, 0, len("Rioting workers"))
    text = "Police killed two protesters and arrested 40 workers."  # not across a second clause
    assert not workers_as_victims(text, text.index("40 workers"), text.index("40 workers") + 10)


def test_round86_victims_are_civilians(nlp):
    text = "A fire swept through a garment factory near Dhaka on Monday, killing more than 60 workers, police said."
    analysis = analysed(nlp, text, "2012-11-26")
    assert codes_at(analysis, "more than 60 workers") == ("BGD", "CVL")


def test_round86_a_rival_of_the_head_of_government(nlp):
    text = (
        "A Kiev court jailed Oksana Melnyk, the former energy minister and President Petro Hrytsenko's main rival, "
        "for seven years on Tuesday."
    )
    analysis = analysed(nlp, text, "2011-10-11")
    assert codes_at(analysis, "Oksana Melnyk") == ("UKR", "OPP")


def test_round86_a_towns_airport_sets_the_scene_and_a_town_come_from_does_not(nlp):
    text = "A cargo jet arriving from Nairobi crashed on landing at Goma airport on Friday, killing five people."
    analysis = analysed(nlp, text, "2019-03-08")
    assert codes_at(analysis, "five people") == ("COD", "CVL")


def test_round86_an_organisation_tagged_a_building():
    text = "Survival International, the campaign group, hailed the ruling on Wednesday."
    from dossier.codes import code_analysis

    analysis = code_analysis(tagged_analysis("t", text, [("Survival International", "FAC")]))
    ent = next(e for e in analysis.entities if e.name == "Survival International")
    assert ent.type == "ORG" and ent.sector == "NGO"


def test_round86_a_holy_site_is_no_armed_group():
    text = "Israeli police fired stun grenades at youths at Al-Aqsa on Friday."
    from dossier.codes import code_analysis

    analysis = code_analysis(tagged_analysis("t", text, [("Al-Aqsa", "FAC")]))
    ent = next(e for e in analysis.entities if e.name == "Al-Aqsa")
    assert ent.type == "FAC" and ent.sector != "REB"


def test_round86_a_station_names_no_town():
    from dossier.codes.actors import _facility_town, default_codebook
    from dossier.models import Entity

    book = default_codebook()
    assert _facility_town(Entity(id="e", name="Victoria station", type="FAC"), book) is None
    assert _facility_town(Entity(id="e", name="Goma airport", type="FAC"), book) == "COD"


def test_round86_state_media_detectives_and_friars(nlp):
    text = (
        "A landslide buried a monastery in the hills on Monday, killing two friars, state media said, and "
        "detectives had questioned the builder."
    )
    analysis = analysed(nlp, text, "2010-05-03")
    assert codes_at(analysis, "state media")[1] == "MED"
    assert codes_at(analysis, "detectives")[1] == "COP"
    assert codes_at(analysis, "two friars")[1] == "REL"
    text = "They were noticed on social media, he said."
    analysis = analysed(nlp, text, "2016-02-10")
    assert not any("media" in m.text for e in analysis.entities for m in e.mentions)


def test_round86_the_nobel_committee(nlp):
    text = "The Norwegian Nobel Committee awarded the Peace Prize on Friday to a Congolese doctor."
    analysis = analysed(nlp, text, "2018-10-05")
    assert codes_at(analysis, "Norwegian Nobel Committee") == ("NOR", "NGO")
