"""Round 124 (batches 110 and 111's kinds, in part): states that abstain or vote in a listed absolute clause, a
party's Central Committee, and an army that is not the defence ministry speaking for it. The sentences are written
for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round124_states_listed_in_an_absolute_clause_act(nlp):
    text = (
        "The UN Security Council voted 13 to 0 on Friday to extend the arms embargo on Liberia, with China and "
        "Russia abstaining."
    )
    analysis = analysed(nlp, text, "2004-12-17")
    assert codes_at(analysis, "China") == ("CHN", "GOV")
    assert codes_at(analysis, "Russia") == ("RUS", "GOV")


def test_round124_a_partys_central_committee_is_the_partys(nlp):
    text = "The Central Committee named Ivan Petrov party secretary on Monday after a two-day plenum in Sofia."
    analysis = analysed(nlp, text, "1988-07-18")
    assert codes_at(analysis, "Central Committee")[1] == "PTY"


def test_round124_another_bodys_central_committee_is_not_a_partys(nlp):
    text = "The Central Committee of Sudanese Doctors said on Sunday that at least 40 civilians had been killed."
    analysis = analysed(nlp, text, "2023-04-16")
    assert codes_at(analysis, "Central Committee of Sudanese Doctors")[1] != "PTY"


def test_round124_the_army_is_not_the_defence_ministry(nlp):
    text = (
        "Sri Lanka's Defence Ministry said on Sunday that soldiers had left the base after rebels cut its water "
        "supply, in one of the army's worst defeats of the war."
    )
    analysis = analysed(nlp, text, "2000-04-23")
    assert codes_at(analysis, "Defence Ministry") == ("LKA", "GOV")
