"""Round 44: a union of people by their work is labour ("the teachers' union"), not a students' or a farmers'
union; a body's officials are the body's ("church officials", "university officials", "army officials"), not a
government's, but a village's officials are its government; party officials and parties only described take the
country of their scene. The phrases and sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.actors import default_codebook
from dossier.testing.records import analysed, mention_holder


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the powerful Valdorian teachers' union", "LAB"),
        ("a nurses union", "LAB"),
        ("church officials", "REL"),
        ("university officials", "EDU"),
        ("Valdorian army officials", "MIL"),
        ("village officials", "GOV"),
        ("a Justice official", "GOV"),  # the Justice Department's: "justice" is a judge too
    ],
)
def test_round44_the_body_a_phrase_names_gives_its_sector(phrase, expected):
    hit = default_codebook().sector_in(phrase)
    assert hit is not None and hit[0] == expected


@pytest.mark.parametrize("phrase", ["the students union", "the Commercial Farmers union"])
def test_round44_a_union_of_no_trade_is_no_labour(phrase):
    hit = default_codebook().sector_in(phrase)
    assert hit is None or hit[0] != "LAB"


def test_round44_party_officials_take_their_scene(nlp):
    text = "Party officials met in Cleveland on Monday to write the Republican platform before the convention."
    ent = mention_holder(analysed(nlp, text, "2016-07-11"), "Party officials")
    assert ent is not None and (ent.country_code, ent.sector) == ("USA", "PTY")
