"""dossier_events and dossier_relations on odd input: no crash, every record inside the text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LONG = " ".join(
    ["The ministry, which said that the army, the police and the border guards of several provinces had been"]
    + ["attacked and had attacked, again and again, villages, roads, bridges, depots and camps"] * 25
    + ["before the talks."]
)

ODD = {
    "no verbs": "Sanctions. Talks. Attack on Syria. Russia, Iran, Turkey.",
    "headline": "Trump Challenged Russia Over Syria Strike",
    "list": "Events:\n- talks with Iran\n- strike on Aleppo\n- sanctions against Russia\n",
    "table": "Country | Event | Date\nRussia | sanctions | 2017\nSyria | strike | April 6\nIran | talks | May",
    "300 words": LONG,
    "nested quotes": 'He said: "They told us \'Moscow ordered the attack on "the base"\' and left." Then silence.',
    "unbalanced quotes": '"Iran attacked the convoy, said the officer. "No comment.',
    "reflexive": "Donald Trump tried to distance himself from Moscow.",
    "empty-ish": "...",
    "symbols": "$$$ %%% @@@ ### — – …",
}


@pytest.fixture(scope="module")
def analyse(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, nlp=nlp)


@pytest.mark.parametrize("label", sorted(ODD))
def test_events_odd_input_never_crashes_and_stays_in_the_text(analyse, label):
    a = analyse(ODD[label])
    text = a.article.text
    ids = {e.id for e in a.entities}
    for ev in a.events:
        assert ev.trigger.text and text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert 0 <= ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end <= len(text)
        assert ev.source is None or ev.source in ids
        assert ev.target is None or ev.target in ids
        assert ev.source is None or ev.source != ev.target
        assert set(ev.participants) <= ids and ev.source not in ev.participants
        assert ev.certainty in {"asserted", "reported", "hedged", "alleged", "denied", "conditional", "planned"}
    for rel in a.relations:
        assert rel.subject in ids and (rel.object is None or rel.object in ids)
        assert rel.subject != rel.object
        assert 0 <= rel.sentence.start <= rel.sentence.end <= len(text)
        if rel.evidence:
            assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.text


def test_events_reflexive_target_is_kept_only_when_written(analyse):
    a = analyse("Donald Trump attacked himself in a speech.")
    ev = next(e for e in a.events if e.type == "ACCUSE")  # in a speech: a verbal attack
    assert ev.source is not None  # the text says so: "himself"
    a = analyse("Donald Trump attacked Trump Tower.")
    for ev in a.events:
        assert ev.source is None or ev.source != ev.target


def test_events_same_input_same_output(analyse):
    text = "Russia and China held talks in Beijing. Moscow will sanction Kiev, officials said."
    assert analyse(text).to_dict() == analyse(text).to_dict()
