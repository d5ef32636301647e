"""Round 43: an official of the one state body a sentence places by its own words ("burst into Valdoria's
parliament ... shot dead Prime Minister X": Valdoria's); a bare plural of organisations of a kind a clause in the
past tells of ("Unions called a general strike"), not organisations in general nor the ones named around them
("both companies"); candidates and attackers as sets. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import detect_mentions
from dossier.testing.records import analysed, mention_holder


def test_round43_an_official_of_the_state_body_the_sentence_places(nlp):
    text = (
        "Gunmen burst into Armenia's parliament during a session on Wednesday and shot dead Prime Minister Aram "
        "Vardanyan in the country's worst political violence since independence."
    )
    ent = mention_holder(analysed(nlp, text, "1999-10-27"), "Aram Vardanyan")
    assert ent is not None and (ent.country_code, ent.sector) == ("ARM", "GOV")


def _bare_groups(nlp, text):
    return [c.text for c in detect_mentions(nlp(text), EntityLexicon.load()) if c.extra.get("bare_group")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Unions called a general strike in the capital on Monday.", "Unions"),
        ("Opposition candidates were detained in the capital on Sunday.", "Opposition candidates"),
        ("Two attackers fled on a motorcycle after the stabbing, police said.", "Two attackers"),
    ],
)
def test_round43_sets_a_past_clause_tells_of(nlp, text, group):
    assert group in _bare_groups(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Unions want higher pay for nurses, a survey found.",
        "Both companies reported higher profits on Tuesday.",
        "Both candidates spoke in Ohio on Monday.",
    ],
)
def test_round43_organisations_in_general_or_named_around_are_no_set(nlp, text):
    assert _bare_groups(nlp, text) == []
