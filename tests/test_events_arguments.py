"""Arguments of nominal and verbal events: sources and targets that are entities, and argument phrases
that name participants without being entities (their evidence span)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, nlp=nlp)


def first(a, etype):
    found = [e for e in a.events if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in a.events]
    return found[0]


def name(a, eid):
    ent = a.entity(eid)
    return ent.name if ent else None


def test_events_nominal_investigation_into_has_source_and_target(run):
    a = run("The FBI opened an investigation into Paul Manafort.")
    ev = first(a, "ACCUSE")
    assert (name(a, ev.source), name(a, ev.target)) == ("FBI", "Paul Manafort")


def test_events_subject_of_an_investigation_is_its_target(run):
    a = run("Their relationship is the subject of an investigation by the FBI.")
    ev = first(a, "ACCUSE")
    assert name(a, ev.source) == "FBI" and ev.target_span.text == "Their relationship"


def test_events_passive_with_prepositional_target_on_the_patient(run):
    a = run("Sanctions against Russia were extended.")
    assert name(a, first(a, "SANCTION").target) == "Russia"


def test_events_argument_phrases_without_entities_are_evidence(run):
    a = run("Gunmen killed twelve villagers in Zamfara state.")
    ev = first(a, "ASSAULT")
    assert name(a, ev.source) == "Gunmen" and ev.source_sector == "UAF"  # a bare group is an entity (issue 14)
    assert ev.target_sector == "CVL" and ev.target_span.text == "twelve villagers"  # a counted group too (round 9)
    a = run("Thousands of protesters marched through the capital.")
    ev = first(a, "PROTEST")
    assert ev.source_span.text == "Thousands of protesters" and ev.source_sector == "OPP"  # an entity (round 9)


def test_events_things_are_not_argument_phrases(run):
    a = run("The Treasury imposed new sanctions.")
    ev = first(a, "SANCTION")
    assert ev.target is None and ev.target_span is None  # "sanctions" is what was done, not to whom


def test_events_statement_keeps_its_speaker_and_topic(nlp):
    from dossier.analysis import make_doc
    from dossier.models import Article
    from dossier.nlp.components.events import STATEMENT_ARGS_KEY

    text = "The Brazilian government expressed condolences to Bangladesh on Friday over the fire."
    doc = nlp(make_doc(nlp, Article(id="s", text=text)))
    assert not [e for e in doc._.events if e.type != "ACCUSE"]  # a statement, not a PLOVER event
    source, _, target, _ = doc.user_data[STATEMENT_ARGS_KEY][0]
    assert "Brazil" in source.text and target.text == "Bangladesh"


def test_events_territorial_act_targets_its_country(run):
    a = run("The rebels declared a unilateral ceasefire in Somalia on Sunday.")
    ev = first(a, "RETREAT") if any(e.type == "RETREAT" for e in a.events) else first(a, "CONCEDE")
    assert name(a, ev.target) == "Somalia" and name(a, ev.place) == "Somalia"


def test_events_territorial_act_on_a_place_named_by_its_object(run):
    a = run("The Bolivian government declared a state of siege in Cochabamba.")
    ev = first(a, "COERCE")
    assert name(a, ev.target) == "Cochabamba"  # "a state of siege" is a condition, not a country


def test_events_an_actor_is_not_the_place_where_it_is(run):
    a = run("A car bomb in Kiev killed a Chechen volunteer on Friday.")
    ev = next(e for e in a.events if e.trigger.text == "killed")
    assert ev.source is None and name(a, ev.target) is not None


def test_events_main_event_of_an_agentless_passive_is_the_clause_naming_the_doer(nlp):
    from dossier.analysis import make_doc
    from dossier.models import Article, Offsets
    from dossier.nlp.components.events import main_event

    text = "At least 23 civilians were killed on Monday as Syrian government forces launched air strikes against Douma."
    doc = nlp(make_doc(nlp, Article(id="s", text=text)))
    ev = main_event(doc, list(doc._.events), Offsets(0, len(text)))
    # the forces are the doer (round 41 of issue #14: government forces are a group of their own, not the
    # demonym's country)
    assert ev.trigger.text == "strikes" and ev.source_span.text == "Syrian government forces"


def _statement(nlp, text):
    from dossier.analysis import make_doc
    from dossier.models import Article
    from dossier.nlp.components.events import STATEMENT_ARGS_KEY

    doc = nlp(make_doc(nlp, Article(id="s", text=text)))
    return doc.user_data[STATEMENT_ARGS_KEY][0]


def test_events_declining_to_comment_says_nothing_about_the_topic(nlp):
    source, _, target, _ = _statement(nlp, "The Government of Eritrea declined to comment on the dispute.")
    assert "Eritrea" in source.text and target is None


def test_events_a_claimed_act_is_no_target_its_victim_is(nlp):
    _, _, target, _ = _statement(nlp, "The Taliban claimed responsibility for the attack.")
    assert target is None
    _, _, target, _ = _statement(nlp, "The Taliban claimed responsibility for the attack on the Iraqi embassy.")
    assert target is not None and "Iraqi" in target.text


def test_events_commitment_announced_for_an_unnamed_government_is_the_speakers(run):
    a = run("Prime Minister Andrew Holness announced that the government will extend the nightly curfew in Jamaica.")
    ev = first(a, "COERCE")
    assert name(a, ev.source) == "Andrew Holness" and name(a, ev.target) == "Jamaica"
    a = run("Brazil said the government of Peru will extend the curfew in Lima.")
    assert name(a, first(a, "COERCE").source) != "Brazil"  # a named government acts for itself
