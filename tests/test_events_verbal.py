"""Verbal or material: words that name both force and speech ("attacked", "hit out at", "protested")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, nlp=nlp)


def name(a, eid):
    ent = a.entity(eid)
    return ent.name if ent else None


@pytest.mark.parametrize(
    "text",
    [
        "Trump attacked Clinton over her emails during the debate.",
        "In his speech, Biden attacked Putin as a war criminal.",
        "President Emmanuel Macron hit out at Russia in a speech to ambassadors.",
        "The senator attacked the decision of the court.",
        "Johnson launched a scathing attack on Corbyn.",
    ],
)
def test_events_verbal_attack_is_accuse(run, text):
    a = run(text)
    types = [e.type for e in a.events]
    assert "ACCUSE" in types and "ASSAULT" not in types, types
    ev = next(e for e in a.events if e.type == "ACCUSE")
    assert (ev.cameo_root, ev.penta_class, ev.quad_class) == ("11", 3, 3)
    assert ev.source is not None and ev.target is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army convoy near the border.",
        "Hamas attacked Israel with rockets during the night.",
        "Gunmen attacked the village, killing twelve people.",
    ],
)
def test_events_force_keeps_assault(run, text):
    assert "ASSAULT" in [e.type for e in run(text).events]


def test_events_official_protest_is_accuse_and_street_protest_is_protest(run):
    a = run("Beijing lodged a protest with Washington over the arms sale.")
    assert [e.type for e in a.events] == ["ACCUSE"]  # "lodged a protest": one official complaint
    b = run("Thousands of students protested in Santiago against the reform.")
    assert "PROTEST" in [e.type for e in b.events]


def test_events_material_support_is_aid(run):
    a = run("Germany supported economic assistance to Ethiopia.")
    assert "AID" in [e.type for e in a.events] and "SUPPORT" not in [e.type for e in a.events]
    b = run("Germany supported Ukraine's bid to join the European Union.")
    assert "SUPPORT" in [e.type for e in b.events]


def test_events_refusals_and_opened_borders(run):
    a = run("Russia refused to release the detained sailors.")
    assert "REJECT" in [e.type for e in a.events] and "RETREAT" not in [e.type for e in a.events]
    b = run("Turkey opened its borders to Syrian refugees.")
    assert [e.type for e in b.events if e.trigger.text == "opened"] in (["RETREAT"], [])
    c = run("The teachers' union called off the strike.")
    assert "CONCEDE" in [e.type for e in c.events]


def test_events_claim_of_responsibility_is_a_statement(nlp):
    from dossier.analysis import make_doc
    from dossier.models import Article, Offsets
    from dossier.nlp.components.events import main_event

    text = "The Houthis claimed that they had attacked the Saudi airport of Abha."
    doc = nlp(make_doc(nlp, Article(id="c", text=text)))
    assert "ASSAULT" in [e.type for e in doc._.events]  # the attack is still read, as claimed
    assert main_event(doc, doc._.events, Offsets(0, len(text))) is None  # the sentence is a claim (CAMEO 015)
    other = "The army said the Houthis had attacked the airport."
    doc = nlp(make_doc(nlp, Article(id="d", text=other)))
    assert main_event(doc, doc._.events, Offsets(0, len(other))).type == "ASSAULT"
