"""Round 157: one person of a kind the sentence tells of ("a university student ... died", "shot dead a nurse"),
as a lone gunman is, unless the clause is negated ("did not lose a single soldier"); and a country's people by kind
("Nigeria's military rulers detained"). The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, held_codes, mention_holder


def test_round157_one_person_of_a_kind(nlp):
    text = "Riot police stormed the campus in Kwangju on Friday, and a university student died in the clashes."
    analysis = analysed(nlp, text, "1987-06-12")
    assert held_codes(analysis, "a university student") == ("KOR", "EDU")


def test_round157_no_one_in_a_negated_clause(nlp):
    text = "The general said the army did not lose a single soldier in the offensive near Kandahar."
    assert mention_holder(analysed(nlp, text, "2010-07-01"), "a single soldier") is None


def test_round157_a_countrys_people(nlp):
    text = "Ghana's military rulers detained a former finance minister in Accra on Monday."
    analysis = analysed(nlp, text, "1983-03-14")
    assert (held_codes(analysis, "Ghana's military rulers") or (None,))[0] == "GHA"
