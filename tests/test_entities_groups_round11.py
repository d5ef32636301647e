"""Round 11 of the entity stage's groups: plural groups that act though the small NER or the lexicons missed
them. A word that says what kind of group follows is no name at a sentence start ("Riot police"); a unit's
name the NER left untagged does not hide its group ("OMON riot police"); people of the police named by what
they are ("Police commandos"); people of a state's organ of law who act ("prosecutors had demanded"); people
by their work in a clause about their strike ("Doctors ... agreed to end a strike"); a region's group or one
a place noun follows is the place's ("Baja California prosecutors", "Guerrero state prosecutors"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.models import Analysis, Entity
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import _kind_of_group, detect_mentions
from dossier.testing.records import analysed, mention_holder

pytestmark = pytest.mark.slow


def described(analysis: Analysis, words: str) -> Entity:
    """The entity holding the mention ``words`` (there must be one)."""
    ent = mention_holder(analysis, words)
    assert ent is not None, f"no mention {words!r}"
    return ent


@pytest.fixture(scope="module")
def lex() -> EntityLexicon:
    return EntityLexicon.load()


def bare_groups(nlp, lex: EntityLexicon, text: str, names: list[tuple[int, int, str]] | None = None) -> list[str]:
    """The bare groups the mentions stage finds in ``text``; ``names`` (start, end, label) replace the NER's."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:  # the parse and the NER only
        if name != "ner" or names is None:
            doc = proc(doc)
        if name == "ner":
            break
    if names is not None:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in names]
    return [c.text for c in detect_mentions(doc, lex) if c.kind == "nominal" and c.extra.get("bare_group")]


# -- a kind of group at a sentence start ---------------------------------------------------------------------


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_groups_round11_a_kind_word_tagged_as_a_name_at_a_sentence_start_is_the_groups(nlp, lex, label):
    text = "Riot police fired tear gas at students in the capital on Sunday."
    assert "Riot police" in bare_groups(nlp, lex, text, [(0, 1, label)])


def test_groups_round11_a_peoples_word_before_a_group_stays_a_name(nlp, lex):
    doc = nlp("Muslim rebels attacked a convoy near the border.")
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    assert not _kind_of_group(doc.ents[0], lex)


def test_groups_round11_a_name_that_is_no_kind_of_group_stays_a_name(nlp, lex):
    doc = nlp("Hamas militants fired rockets at the town on Monday.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert not _kind_of_group(doc.ents[0], lex)


def test_groups_round11_riot_police_take_the_scene(nlp):
    text = "Riot police fired tear gas at thousands of students marching in central Seoul on Wednesday."
    a = analysed(nlp, text, "1987-06-10")
    police = described(a, "Riot police")
    assert (police.country_code, police.sector) == ("KOR", "COP")
    assert not any(e.name == "Riot" for e in a.entities)


# -- a unit's untagged name ----------------------------------------------------------------------------------


def test_groups_round11_an_untagged_units_name_does_not_hide_its_group(nlp, lex):
    text = "OMON riot police detained dozens of people at a rally on Saturday."
    assert "OMON riot police" in bare_groups(nlp, lex, text, [])


def test_groups_round11_a_named_bodys_group_stays_the_bodys(nlp, lex):
    text = "Tarvik Brigade rebels released two hostages on Tuesday."
    assert not any("rebels" in g for g in bare_groups(nlp, lex, text, [(0, 2, "ORG")]))
    assert any("rebels" in g for g in bare_groups(nlp, lex, text, []))


# -- people of the police --------------------------------------------------------------------------------------


def test_groups_round11_police_commandos_are_a_police_group(nlp):
    text = "Police commandos raided the house of the opposition leader in Kuala Lumpur on Friday."
    commandos = described(analysed(nlp, text, "1998-09-20"), "Police commandos")
    assert (commandos.country_code, commandos.sector) == ("MYS", "COP")


@pytest.mark.parametrize("text", ["Police cars blocked the road on Friday.", "Police reports described the attack."])
def test_groups_round11_the_polices_things_are_no_group(nlp, lex, text):
    assert bare_groups(nlp, lex, text) == []


# -- a state's organ of law ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, is_group",
    [
        # a state's organ of law that acts (the subject or the agent): the case's prosecution or inquiry
        ("The court jailed him for three years, as prosecutors had demanded.", "prosecutors", True),
        ("Investigators found the flight recorder on Tuesday.", "Investigators", True),
        ("He was charged by prosecutors in Lyon on Monday.", "prosecutors", True),
        # not former ones, nor ones acted on, nor a part of them
        ("Former prosecutors said the case was weak.", "prosecutors", False),
        ("The police sent the file to prosecutors on Monday.", "prosecutors", False),
        ("Some prosecutors doubt the law will work.", "prosecutors", False),
        # people by their work in their own strike act as labour
        ("Nurses at the city's hospitals agreed to end their strike on Friday.", "Nurses", True),
        ("Teachers walked off the job in three provinces on Monday.", "Teachers", True),
        ("Pilots struck for four hours every morning this week.", "Pilots", True),
        # those who only speak of a strike are a group as any set a clause in the past tells of (round 40: doctors,
        # not labour), the trade in general none
        ("Doctors said the strike had hurt their patients.", "Doctors", True),
        ("Teachers earn less than nurses in most provinces.", "Teachers", False),
    ],
)
def test_groups_round11_organs_of_law_and_people_in_their_strike_are_groups_when_they_act(
    nlp, lex, text, word, is_group
):
    found = any(word in g for g in bare_groups(nlp, lex, text))
    assert found is is_group


# -- a place's group -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names, group",
    [
        ("Tarvik state prosecutors charged two men on Monday.", [(0, 1, "ORG")], "Tarvik state prosecutors"),
        ("Upper Tarvik police detained two men on Monday.", [(0, 2, "LOC")], "Upper Tarvik police"),
    ],
)
def test_groups_round11_a_regions_or_a_states_group_is_the_places(nlp, lex, text, names, group):
    assert group in bare_groups(nlp, lex, text, names)


def test_groups_round11_commandos_are_a_group_noun(nlp, lex):
    assert "Commandos" in bare_groups(nlp, lex, "Commandos stormed the hijacked airliner at dawn.")
