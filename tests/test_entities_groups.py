"""Bare group nominals ("Protesters stormed ...", "police fired ...", "Hooded gunmen"): actors of their article,
each its own entity (one with a later mention of the same head in its paragraph, or with a later "the
<same noun>"), no antecedent of a pronoun, never a corpus actor; and the codes they get. Texts written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.analysis import analyze_articles
from dossier.codes.codebook import default_knowledge
from dossier.models import Article
from dossier.resolve.keys import DocEntity, identify
from dossier.testing.records import mention_holder as holder

pytestmark = pytest.mark.slow


def test_entities_groups_bare_group_nouns_are_entities(analyze_entities):
    a = analyze_entities("Protesters blocked the main bridge in Tarvik on Monday, and riot police fired tear gas.")
    protesters, police = holder(a, "Protesters"), holder(a, "riot police")
    assert protesters is not None and police is not None and protesters is not police
    assert [m.kind for m in protesters.mentions] == ["nominal"]
    assert protesters.name == "Protesters"


def test_entities_groups_same_head_in_a_paragraph_is_one_group(analyze_entities):
    a = analyze_entities(
        "Police sealed off the square before dawn. By noon police had detained a dozen people.\n\n"
        "In a second town, police made no arrests."
    )
    first = holder(a, "Police")
    assert first is not None and holder(a, "police") is first
    assert holder(a, "police", 2) is not first  # another paragraph: another group


def test_entities_groups_definite_mention_joins_the_bare_group(analyze_entities):
    a = analyze_entities(
        "Rebels seized the border post at Kessa on Sunday.\n\nThe rebels said they would hold it until talks began."
    )
    rebels = holder(a, "Rebels")
    assert rebels is not None and holder(a, "The rebels") is rebels


def test_entities_groups_demonyms_keep_groups_apart(analyze_entities):
    a = analyze_entities("Russian soldiers crossed the river, and Ukrainian soldiers fell back to the hills.")
    russian, ukrainian = holder(a, "Russian soldiers"), holder(a, "Ukrainian soldiers")
    assert russian is not None and ukrainian is not None and russian is not ukrainian


def test_entities_groups_a_part_none_or_embedded_groups_are_not_entities(analyze_entities):
    for text, words in [
        ("The government said it would send troops to the north.", "troops"),
        ("No demonstrators were hurt, the mayor said.", "No demonstrators"),
        ("Most soldiers stayed in their barracks.", "Most soldiers"),
        ("A group of protesters waited at the gate.", "protesters"),
        ("The city said it could take more refugees next year.", "more refugees"),
    ]:
        a = analyze_entities(text)
        assert holder(a, words) is None, (text, [(e.name, [m.text for m in e.mentions]) for e in a.entities])


def test_entities_groups_counted_groups_are_entities_each_its_own(analyze_entities):
    """A group counted by number acts or is acted on as that group (issue #14, round 9: the gold codes "thousands
    of students" EDU, "more than 100 workers" LAB); two counted sets are not joined."""
    a = analyze_entities("Two soldiers were wounded near the border on Friday, and three soldiers were killed.")
    two, three = holder(a, "Two soldiers"), holder(a, "three soldiers")
    assert two is not None and three is not None and two is not three
    a = analyze_entities("Thousands of protesters marched through the capital.")
    assert holder(a, "Thousands of protesters") is not None  # the mention is the whole count
    a = analyze_entities("The government sent 200 troops to the border.")
    assert holder(a, "200 troops") is None  # the forces sent, counted or not
    # a country's word codes its counted group through its own mention ("Iraqi troops"): no entity of its own
    a = analyze_entities("Two Ukrainian soldiers were wounded near the river.")
    assert holder(a, "Two Ukrainian soldiers") is None


def test_entities_groups_bare_groups_take_no_pronoun(analyze_entities):
    a = analyze_entities("Demonstrators gathered outside the court. They chanted for an hour.")
    group = holder(a, "Demonstrators")
    assert group is not None
    assert all(m.kind == "nominal" for m in group.mentions)


def test_entities_groups_other_bare_plurals_stay_vague(analyze_entities):
    a = analyze_entities("Analysts expect the central bank to raise rates, and investors agree.")
    assert holder(a, "Analysts") is None and holder(a, "investors") is None


def test_entities_groups_are_no_corpus_actors(analyze_entities):
    a = analyze_entities("Soldiers surrounded the radio station before dawn.")
    ent = holder(a, "Soldiers")
    assert ent is not None
    ident = identify(DocEntity.of(ent), default_knowledge())
    assert ident.kind == "generic" and ident.keys == ()  # resolution: "only described in this article"


def test_entities_groups_are_coded_with_the_scene(nlp):
    text = "Mutinous soldiers detained the defence minister at a barracks outside Bamako, Mali, on Tuesday."
    [analysis] = list(analyze_articles(nlp, [Article("grp", text, published="2020-08-18")], max_chars=10_000))
    soldiers = next(e for e in analysis.entities if e.name == "Mutinous soldiers")
    assert (soldiers.country_code, soldiers.sector) == ("MLI", "MIL")


def test_entities_groups_nouns_are_phoenix_agents_of_groups():
    from dossier.nlp.entities.lexicon import EntityLexicon, _rows

    knowledge = Path(__file__).resolve().parent.parent / "src" / "dossier" / "data" / "knowledge"
    codes = {}
    for name in ("phoenix_agents.tsv", "agents.tsv"):
        for row in _rows(knowledge / name):
            if len(row) >= 2:
                codes[row[0]] = row[1]
    spelling = {"protestor": "protester"}  # the dictionary has one spelling
    for noun in EntityLexicon.load().group_nouns:
        assert codes.get(spelling.get(noun, noun)) in {"~COP", "~MIL", "~REB", "~UAF", "~OPP", "~LEG", "~CRM"}, noun


def test_entities_groups_bare_people_are_entities_and_coded_by_their_scene(nlp):
    # issue #14, round 6: bare plurals of Phoenix's EDU, CVL and REF agent nouns
    text = (
        "Students marched to the parliament in Kathmandu on Friday, and villagers blocked the highway to Pokhara.\n\n"
        "Syrian refugees waited at the border crossing."
    )
    [analysis] = list(analyze_articles(nlp, [Article("ppl", text, published="2021-05-07")], max_chars=10_000))
    codes = {e.name: (e.country_code, e.sector) for e in analysis.entities}
    assert codes["Students"] == ("NPL", "EDU")
    assert codes["villagers"] == ("NPL", "CVL")
    assert codes["Syrian refugees"] == ("SYR", "REF")
    text = (
        "Prime Minister Hari Adhikari resigned as Nepal's leader and fled to India after weeks of protests led by "
        "university students."
    )
    [analysis] = list(analyze_articles(nlp, [Article("ppl2", text, published="2021-05-07")], max_chars=10_000))
    students = next(e for e in analysis.entities if e.name == "university students")
    assert (students.country_code, students.sector) == ("NPL", "EDU")  # not the India one fled to


def test_entities_groups_bare_people_keep_the_guards(analyze_entities):
    for text, words in [
        ("Most graduate students borrow more than that.", "Most graduate students"),
        ("Interest paid to non-residents will be exempt from tax.", "residents"),
    ]:
        a = analyze_entities(text)
        assert holder(a, words) is None, (text, [(e.name, [m.text for m in e.mentions]) for e in a.entities])
    a = analyze_entities("The students said the exam was fair.")
    assert holder(a, "The students") is None  # a description of people, not a mention to follow


def test_entities_groups_refugees_take_no_country_from_their_scene(nlp):
    text = "In Amman, refugees queued for food at the camp on Monday, Jordanian officials said."
    [analysis] = list(analyze_articles(nlp, [Article("ref", text, published="2021-05-07")], max_chars=10_000))
    refugees = next(e for e in analysis.entities if e.name == "refugees")
    assert (refugees.country_code, refugees.sector) == (None, "REF")


def test_entities_groups_bare_people_nouns_are_phoenix_agents_of_people():
    from dossier.nlp.entities.lexicon import EntityLexicon, _rows

    knowledge = Path(__file__).resolve().parent.parent / "src" / "dossier" / "data" / "knowledge"
    codes = {}
    for name in ("phoenix_agents.tsv", "agents.tsv"):  # dossier's rows ("miner") after Phoenix's
        for row in _rows(knowledge / name):
            if len(row) >= 2:
                codes[row[0]] = row[1]
    # round 7 added miners (LAB) and guerrillas (REB), round 15 rioters (OPP) and the clergy (REL)
    for noun in EntityLexicon.load().bare_group_nouns:
        # "youths" by its plural only: the singular names organisations ("Save Our Youth")
        code = codes.get(noun) or codes.get(noun + "s")
        assert code in {"~EDU", "~CVL", "~REF", "~LAB", "~REB", "~OPP", "~REL"}, noun
