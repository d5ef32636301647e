"""Round 175: a state's arms named by its demonym ("American cruise missiles", "French warplanes") set no scene
and are no context for a group after them; its warships are, since their crews are its own. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round175_warplanes_abroad_are_no_context(nlp):
    text = (
        "French warplanes struck Islamist rebels near the town of Diabaly on Monday, a day after Mali's president "
        "asked for help."
    )
    analysis = analysed(nlp, text, "2013-01-27")
    assert codes_at(analysis, "Islamist rebels")[0] == "MLI"


def test_round175_a_warships_crew_is_its_states(nlp):
    text = "A Chinese patrol boat rammed Vietnamese warships near the Paracel Islands on Friday, injuring six sailors."
    analysis = analysed(nlp, text, "2014-05-09")
    assert codes_at(analysis, "six sailors")[0] == "VNM"
