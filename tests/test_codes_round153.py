"""Round 153: Red Cross or Red Crescent people at work where something happens are the national society's, of the
scene's country; the bare name and the Geneva committee stay of none. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round153_red_crescent_workers_in_a_scene(nlp):
    text = (
        "A landslide buried part of a village near Trabzon on Tuesday, and soldiers and Red Crescent workers dug "
        "through the mud for survivors."
    )
    analysis = analysed(nlp, text, "2015-10-20")
    assert codes_at(analysis, "Red Crescent")[0] == "TUR"


def test_round153_the_bare_name_and_the_committee_stay_of_none(nlp):
    text = "The Red Cross said on Monday that it had visited prisoners held in Peru's highest-security jail."
    analysis = analysed(nlp, text, "1997-02-03")
    assert codes_at(analysis, "Red Cross")[0] is None
    text = (
        "Staff of the International Committee of the Red Cross handed out food in Kinshasa on Friday, "
        "and volunteers helped them."
    )
    analysis = analysed(nlp, text, "1998-09-04")
    assert codes_at(analysis, "International Committee of the Red Cross")[0] is None
