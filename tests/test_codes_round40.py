"""Round 40: people a sentence tells of, not people of a kind. An indefinite person who is the subject or agent of
a clause in the past ("A soldier shot a protester") and a bare plural of people by kind who is ("Voters rejected
the charter") are actors: an indefinite or bare plural of an episodic clause introduces someone (its specific
reading); in the present or under a modal ("Voters want change", "a soldier must obey") it is anyone of the kind.
And a pronoun inside a quote is not the speaker who quotes it ("An aide said, 'She takes it seriously'"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, mention_holder

LEAD = "The vote in Valdoria went on late into the night.\n"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("A soldier shot a protester outside the parliament in Valdoria on Monday.", "A soldier", "MIL"),
        ("He was beaten by a policeman in the capital of Valdoria, his lawyer said on Monday.", "a policeman", "COP"),
        ("Voters in Valdoria rejected the new charter on Sunday.", "Voters", "CVL"),
        ("Farmers blocked the main roads into the Valdorian capital on Tuesday.", "Farmers", "AGR"),
    ],
)  # fmt: skip
def test_round40_people_a_past_clause_tells_of_are_actors(nlp, text, mention, expected):
    ent = mention_holder(analysed(nlp, LEAD + text, "2019-05-06"), mention)
    assert ent is not None, mention
    assert ent.sector == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A soldier must obey the orders of the government of Valdoria.", "A soldier"),
        ("Voters want change in Valdoria, a poll showed on Sunday.", "Voters"),
        ("Farmers fear the new tariffs, the minister said on Tuesday.", "Farmers"),
    ],
)
def test_round40_people_of_a_kind_are_no_actors(nlp, text, mention):
    assert mention_holder(analysed(nlp, LEAD + text, "2019-05-06"), mention) is None


def test_round40_a_pronoun_in_a_quote_is_not_its_speaker(nlp):
    text = (
        "Senator Mara Quill met party leaders in Valdoria on Monday.\n"
        'Lena Marsh, a spokeswoman, said on Tuesday: "She takes the threat very seriously."'
    )
    analysis = analysed(nlp, text, "2019-05-06")
    quill = mention_holder(analysis, "Mara Quill")
    assert quill is not None
    assert "She" in [m.text for m in quill.mentions]


def test_round40_a_partial_quote_of_the_subjects_own_clause_is_no_speakers(nlp):
    text = 'Senator Mara Quill said her government was "stronger tonight than it was this morning".'
    analysis = analysed(nlp, LEAD + text, "2019-05-06")
    holder = mention_holder(analysis, "her")
    assert holder is not None and holder.name == "Mara Quill"
