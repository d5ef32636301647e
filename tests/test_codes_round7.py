"""Issue #14, round 7 of the codes stage: the kinds of batch 11's errors. Groups with no entity (bare miners,
schoolchildren, guerrillas, "Troops" as a subject, an opposition's members), a country speaking as its
government, a people named by its plural demonym as citizens, an organisation of states without the country of
a word in its name, an army named as no state's as rebels. The sentences are written for these tests; the
expected codes are coded by hand."""

from __future__ import annotations

from dossier.codes import code_analysis
from dossier.codes.text import country_speaks, insurgent_army
from dossier.models import Analysis, Article, Entity, Mention
from dossier.testing.records import analysed, codes_at


def _analysed(nlp, text: str, published: str = "2012-05-07") -> Analysis:
    return analysed(nlp, text, published)


def test_codes_round7_bare_groups_of_workers_children_and_guerrillas(nlp):
    a = _analysed(nlp, "Striking miners marched through Oruro on Tuesday, and schoolchildren were sent home in Potosi.")
    assert codes_at(a, "Striking miners") == ("BOL", "LAB")
    assert codes_at(a, "schoolchildren") == ("BOL", "EDU")
    a = _analysed(nlp, "The army said guerrillas blew up a pipeline near Arauca in Colombia.")
    assert codes_at(a, "guerrillas") == ("COL", "REB")
    a = _analysed(nlp, "Opposition politicians boycotted the session of parliament in Lusaka.")
    assert codes_at(a, "Opposition politicians") == ("ZMB", "OPP")


def test_codes_round7_troops_as_a_subject_act(nlp):
    a = _analysed(nlp, "Troops fired tear gas at the crowd outside the palace in Bamako.")
    assert codes_at(a, "Troops") == ("MLI", "MIL")
    # the forces one sends, and a possessive group, are no actors of their own
    a = _analysed(nlp, "The government promised to send troops to Bamako.")
    assert codes_at(a, "troops") is None
    a = _analysed(nlp, "The miners' union called a strike in Oruro.")
    assert not any(e.name == "miners" for e in a.entities)


def test_codes_round7_a_country_speaking_is_its_government():
    text = "Norway denied on Friday that it had sold the patrol boats, and Chile has accused it of lying."
    assert country_speaks(text, 0, len("Norway"))
    chile = text.index("Chile")
    assert country_speaks(text, chile, chile + len("Chile"))
    # a country as a place, an object or one of a list, and a country that acts, stay the country
    text = "Officials in Norway said the boats were sold. Norway, Chile and Peru signed. Norway fired two shells."
    at = text.index("Norway")
    assert not country_speaks(text, at, at + 6)
    at = text.index("Norway, Chile")
    assert not country_speaks(text, at, at + 6)
    at = text.index("Norway fired")
    assert not country_speaks(text, at, at + 6)


def test_codes_round7_country_mentions_as_the_events_read_them(nlp):
    a = _analysed(nlp, "Norway denied that it had sold the boats.")
    assert codes_at(a, "Norway") == ("NOR", "GOV")
    a = _analysed(nlp, "A crowd of Peruvians cheered the team outside the stadium in Lima.")
    assert codes_at(a, "Peruvians") == ("PER", "CVL")
    # with "the": a side (a state or a team) as often as citizens; counted, citizens (round 29: the gold's counted
    # peoples are citizens, refugees or protesters, never a state)
    a = _analysed(nlp, "Government troops killed 300 Peruvians, and the Peruvians said they would retaliate.")
    assert codes_at(a, "300 Peruvians")[1] == "CVL"
    assert codes_at(a, "the Peruvians")[1] is None


def _org(text: str, name: str) -> Entity:
    start = text.index(name)
    ent = Entity("e1", name, "ORG", [Mention(start, start + len(name), name, "name", 0)])
    code_analysis(Analysis(Article("a", text, published="2012-05-07"), [], [ent]))
    return ent


def test_codes_round7_an_organisation_of_states_has_no_country_from_its_name():
    ent = _org("The Organization of Caribbean States suspended Haiti's membership.", "Organization of Caribbean States")
    assert (ent.country_code, ent.sector) == (None, "IGO")


def test_codes_round7_an_army_named_as_no_states_is_rebels():
    assert insurgent_army("Patani Liberation Army")
    assert insurgent_army("Baloch Republican Army")
    assert not insurgent_army("People's Liberation Army")  # China's
    assert not insurgent_army("Chinese People's Liberation Army")
    assert not insurgent_army("Islamic Republic of Iran Army")
    assert not insurgent_army("Royal Thai Army")
    ent = _org("The Patani Liberation Army attacked a checkpoint near Yala.", "Patani Liberation Army")
    assert ent.sector == "REB"
