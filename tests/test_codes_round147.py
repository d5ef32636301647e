"""Round 147: a faith or a people named as a group ("Muslims", "Sikhs") is placed where its sentence says things
happen, as a described group is. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round147_a_faith_named_as_a_group_is_placed_where_it_acts(nlp):
    text = (
        "Police fired on Hindus gathered for a festival in Chittagong on Sunday after a rumour spread that a temple "
        "had been attacked."
    )
    analysis = analysed(nlp, text, "2013-10-13")
    assert codes_at(analysis, "Hindus") == ("BGD", "CVL")


def test_round147_a_faith_spoken_of_anywhere_is_placed_nowhere(nlp):
    # the guard: no place where something happens, no country
    text = "His call to bar Muslims from entering the United States angered allies, Senator Ted Cruz said on Monday."
    analysis = analysed(nlp, text, "2015-12-14")
    assert codes_at(analysis, "Muslims")[0] is None
