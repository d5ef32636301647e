"""Round 81 (batch 68's kinds): a communist party's leader where communists do not rule is the opposition; the one
fighters are loyal to leads them; a country acts as a state in a coordination and past a relative clause. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import communist_ruled, country_acts
from dossier.testing.records import analysed, codes_at


def test_round81_communists_rule_where_and_until():
    assert communist_ruled("CHN", "2020-01-01") and communist_ruled("POL", "1985-01-01")
    assert not communist_ruled("RUS", "2000-03-27") and not communist_ruled("FRA", "1981-05-10")


def test_round81_a_communist_leader_out_of_power(nlp):
    text = "Communist leader Gennady Zyuganov said on Monday that the vote count in Dagestan had been rigged."
    assert codes_at(analysed(nlp, text, "2000-03-27"), "Gennady Zyuganov") == ("RUS", "OPP")


def test_round81_the_man_fighters_are_loyal_to(nlp):
    text = "Moro National Liberation Front fighters loyal to Nur Misuari seized a town hall in Jolo on Monday."
    assert codes_at(analysed(nlp, text, "2001-11-19"), "Nur Misuari") == ("PHL", "REB")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Britain and France handed power to the new government in Port Vila on Wednesday.", "Britain"),
        ("India, where the former leader has lived since she fled, said it had noted the verdict.", "India"),
    ],
)  # fmt: skip
def test_round81_a_country_acting_as_a_state(text, name):
    start = text.index(name)
    assert country_acts(text, start, start + len(name))
