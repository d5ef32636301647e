"""Round 99 (batch 84's kinds): initials are a given name, double given names the NER cut, sport governing bodies,
a paper by what it prints, a group's leader named after an apposition, names cut at a plural's apostrophe. The
sentences are written for these tests; the people and bodies in them are invented."""

from __future__ import annotations

from dossier.codes.text import organisation_head, organisation_kind
from dossier.testing.records import analysed, codes_at


def test_round99_initials_keep_a_namesake_with_another_given_name_out(nlp):
    # the dictionaries' Anwar Ibrahim (MYS) is not "C.M. Ibrahim", whose title and sentence make him Indian
    text = (
        "Two airliners collided west of New Delhi on Tuesday, and Civil Aviation Minister C.M. Ibrahim ordered an "
        "inquiry."
    )
    analysis = analysed(nlp, text, "1996-11-12")
    assert codes_at(analysis, "C.M. Ibrahim")[0] != "MYS"


def test_round99_a_double_given_name_is_one_person(nlp):
    # the NER tags "Karl-Theodor" and "zu Guttenberg" as two people here, and the splitter of "Trump-Putin" would
    # cut the first in two
    text = (
        "Defence Minister Karl-Theodor zu Guttenberg stepped down on Tuesday over his thesis, a blow to Chancellor "
        "Angela Merkel."
    )
    analysis = analysed(nlp, text, "2011-03-01")
    assert codes_at(analysis, "Karl-Theodor zu Guttenberg") == ("DEU", "GOV")


def test_round99_sport_bodies_are_ngos_of_their_country():
    assert organisation_head("Ghana Football Association") == ("football association", "NGO")
    assert organisation_head("Rugby Football Union") == ("rugby union", "NGO")  # the first sport word, every run
    assert organisation_head("National Football League") is None  # a league of clubs is no governing body
    assert organisation_head("United Steelworkers union") == ("union", "LAB")


def test_round99_a_national_sport_body_takes_its_sentence_country(nlp):
    text = (
        "The Football Association withdrew English clubs from Europe under pressure from Prime Minister Margaret "
        "Thatcher."
    )
    analysis = analysed(nlp, text, "1985-05-31")
    assert codes_at(analysis, "Football Association") == ("GBR", "NGO")


def test_round99_a_paper_by_what_it_prints():
    text = "The scientist confirmed a report in The Sentinel on Sunday"
    at = text.index("Sentinel")
    assert organisation_kind(text, at, at + len("Sentinel"))[2] == "MED"
    text = "presented the bank's annual report in the House of Commons today"
    at = text.index("House")
    assert organisation_kind(text, at, at + len("House of Commons")) is None


def test_round99_the_head_of_an_international_commission(nlp):
    text = (
        "President Jimmy Morales said he would not renew the mandate of CICIG, the UN-backed anti-corruption "
        "commission headed by Ivan Velasco, on Friday."
    )
    analysis = analysed(nlp, text, "2018-08-31")
    assert codes_at(analysis, "Ivan Velasco") == (None, "IGO")


def test_round99_a_name_cut_at_a_plurals_apostrophe(nlp):
    text = "The government froze wages, and the Bolivian Workers' Central, led by Juan Quispe, threatened a strike."
    analysis = analysed(nlp, text, "1985-08-30")
    assert codes_at(analysis, "Bolivian Workers' Central") == ("BOL", "LAB")
    assert codes_at(analysis, "Juan Quispe") == ("BOL", "LAB")
