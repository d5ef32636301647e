"""Round 54 (batch 52's kinds): a capital acting as its government is no setting; a capital the NER typed a
person is the capital; organised civil society, health workers and parliament's deputies by their tables; a
country asked to act with "neighbouring" before it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round54_a_capital_acting_as_its_government_sets_no_scene(nlp):
    # a group acts where it is, not where the government that warns sits
    text = (
        "Soldiers loyal to General Ramon Ortiz holed up at a barracks outside Asuncion on Monday, as Washington "
        "warned against a coup."
    )
    assert codes_at(analysed(nlp, text, "1996-04-22"), "Soldiers") == ("PRY", "MIL")
    # an officer whose sentence names two governments (Washington's and the president's): not of the one whose
    # capital acts, but, since round 65, of the one whose leader the sentence names (each country is named once,
    # and the president's government breaks the tie)
    text = (
        "General Ramon Ortiz, the army commander, defied an order from President Juan Carlos Wasmosy to step down "
        "on Monday, as Washington warned against a coup."
    )
    an = analysed(nlp, text, "1996-04-22")
    assert codes_at(an, "Ramon Ortiz")[0] == "PRY"
    ortiz = next(e for e in an.entities if e.name == "Ramon Ortiz")
    assert any(c.evidence.entry == "sentence's government" for c in ortiz.codes)


def test_round54_a_capital_typed_a_person_is_its_government(nlp):
    text = "Rebels attacked the capital on Thursday, and President Ahmat Sougui accused Khartoum of arming them."
    analysis = analysed(nlp, text, "2008-02-07")
    assert codes_at(analysis, "Khartoum") == ("SDN", "GOV")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("civil society groups", "NGO"),
        ("thousands of health workers", "HLH"),
        ("Socialist deputies", "LEG"),
        ("hardline deputies", "LEG"),
        ("sheriff's deputies", "COP"),  # a US sheriff's stay the police's
    ],
)
def test_round54_the_tables_read_these_groups(phrase, sector):
    found = default_codebook().sector_in(phrase)
    assert found is not None and found[0] == sector


def test_round54_a_country_asked_to_act_is_its_government(nlp):
    text = "President Lamine Diallo asked neighbouring Senegal to send soldiers on Sunday."
    assert codes_at(analysed(nlp, text, "1998-06-07"), "Senegal") == ("SEN", "GOV")
