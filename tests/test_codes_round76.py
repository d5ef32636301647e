"""Round 76 (batch 65's kinds): looters are criminals the sentence tells of; people of a crowd by what they came
for or were doing are civilians. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


def test_round76_looters_are_criminals(nlp):
    text = (
        "A cyclone flattened much of Beira on Friday, and looters ransacked food shops as soldiers patrolled the port."
    )
    assert codes_at(analysed(nlp, text, "2019-03-16"), "looters") == ("MOZ", "CRM")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A stage collapsed at an open-air festival near Ghent on Saturday, injuring 40 festival-goers.",
         "festival-goers"),
        ("Fire swept through a nightclub in Bucharest during a rock concert, killing at least 27 concertgoers.",
         "concertgoers"),
        ("Thousands of holidaymakers fled coastal towns in Victoria on Saturday as bushfires closed the highway.",
         "holidaymakers"),
    ],
)  # fmt: skip
def test_round76_a_crowd_by_what_it_came_for(nlp, text, words):
    assert codes_at(analysed(nlp, text, "2015-10-31"), words)[1] == "CVL"
