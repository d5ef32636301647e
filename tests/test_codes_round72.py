"""Round 72: a country acts as a state in more of the ways English says so. An adverb in "-ly" between it and
its verb, a verb in the present before what it governs, the subject of an absolute clause after "with", the one
relations are with or a strike is aimed at, the possessor of its part in a thing; not a plural noun after a name
("Iran sanctions bill") nor a land that fell. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts


@pytest.mark.parametrize(
    ("text", "name", "acts"),
    [
        ("The new coalition took office in Vienna, and Israel immediately downgraded diplomatic relations.",
         "Israel", True),
        ("Ecuador quietly recalled its ambassador on Monday.", "Ecuador", True),
        ("Belize became independent, but Guatemala, which claims the territory, refused to recognise it.",
         "Guatemala", True),
        ("Officials say Norway refuses to extradite the two men.", "Norway", True),
        ("The cartel agreed to cut output, with Saudi Arabia accepting the largest reduction.", "Saudi Arabia", True),
        ("Exports slowed, with Spain facing a second year of recession.", "Spain", False),
        ("The prize honoured his work to end decades of hostility with Eritrea.", "Eritrea", True),
        ("The militia fired more than 40 rockets at Israel overnight.", "Israel", True),
        ("The prosecutor said the minister had covered up Iran's role in the bombing.", "Iran", True),
        ("A new Iran sanctions bill lacks support in the Senate.", "Iran", False),
        ("Congress is pressing to hold back U.S. funds for the bank.", "U.S.", False),
        ("Armenia and Azerbaijan fell victim to the purges.", "Armenia", False),
        ("Plans to help rebuild Libya largely fell by the wayside.", "Libya", False),
    ],
)  # fmt: skip
def test_round72_a_country_acting_as_a_state(text, name, acts):
    start = text.index(name)
    assert country_acts(text, start, start + len(name)) is acts
