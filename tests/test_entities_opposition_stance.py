"""The opposition as a group, not as a stance (round 103): "his fierce opposition to the deal" is no actor, "the
opposition" and "Syria's opposition" are. The sentence is written for this test."""

from __future__ import annotations

from dossier.testing.records import analysed


def test_opposition_as_a_stance_is_no_mention(nlp):
    text = (
        "The senator voiced his fierce opposition to the trade deal on Monday, as widespread opposition grew and "
        "Syria's opposition met in Geneva."
    )
    analysis = analysed(nlp, text, "2016-03-01")
    nominals = {m.text for e in analysis.entities for m in e.mentions if m.kind == "nominal"}
    assert "Syria's opposition" in nominals
    assert not {"his fierce opposition", "fierce opposition", "widespread opposition"} & nominals
