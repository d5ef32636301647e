"""An office its holder was put out of, told before the title or in the apposition ("ousted President Manuel
Zelaya", "deposed President Omar al-Bashir", "the ousted president, Jean-Bertrand Aristide"), is a former one, as
"former" tells it: CAMEO's elite (ELI), not the government. Sentences written for these tests: the events are real,
the wording is ours."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Soldiers closed two broadcasters that had sided with ousted President Manuel Zelaya on Monday.",
         "2009-09-28", "Manuel Zelaya"),
        ("Officers loyal to deposed President Omar al-Bashir tried to seize power on Tuesday.",
         "2021-09-21", "Omar al-Bashir"),
        ("The military rulers agreed to restore the ousted president, Jean-Bertrand Aristide, by October.",
         "1993-07-03", "Jean-Bertrand Aristide"),
    ],
)  # fmt: skip
def test_an_ousted_head_is_no_longer_the_government(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] == "ELI"


def test_a_head_in_office_stays_the_government(nlp):
    text = "President Manuel Zelaya ousted the army chief on Sunday after he refused to hand out ballots."
    assert codes_at(analysed(nlp, text, "2009-06-25"), "Manuel Zelaya")[1] == "GOV"


def test_the_head_ousted_that_day_held_the_office_then(nlp):
    # the verb of the ouster, not an adjective of the title: CAMEO codes the target of a coup as the government
    text = (
        "Colonel Saye Zerbo, a former foreign minister, ousted President Sangoule Lamizana of Upper Volta in a "
        "bloodless coup on Tuesday."
    )
    assert codes_at(analysed(nlp, text, "1980-11-25"), "Sangoule Lamizana")[1] == "GOV"
