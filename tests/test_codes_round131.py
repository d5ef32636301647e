"""Round 131 (batches 116 and 117's kinds, in part): a ruling communist party's general secretary is the state's
leader, an agency is no party named before it, a party's executives, submarines and drug czars, and a king's bare
name is not a president's surname. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round131_a_ruling_communist_partys_general_secretary_governs(nlp):
    text = "Mikhail Gorbachev was named general secretary of the Soviet Communist Party on Monday in Moscow."
    analysis = analysed(nlp, text, "1985-03-11")
    assert codes_at(analysis, "Mikhail Gorbachev") == ("RUS", "GOV")


def test_round131_an_agency_is_no_party_named_before_it(nlp):
    text = (
        "Police raided the headquarters of the opposition Liberty Party on Wednesday after the government accused "
        "the party of an attack on the national intelligence agency."
    )
    analysis = analysed(nlp, text, "2024-02-28")
    assert codes_at(analysis, "national intelligence agency")[1] != "OPP"


def test_round131_a_partys_executives(nlp):
    text = "The court dissolved the party and banned its leader and 15 other party executives from politics."
    analysis = analysed(nlp, text, "2020-02-21")
    assert codes_at(analysis, "party executives")[1] == "PTY"


def test_round131_submarines_and_drug_czars(nlp):
    text = (
        "A Soviet submarine ran aground near the naval base on Wednesday, and US drug czar Barry McCaffrey "
        "visited Mexico City."
    )
    analysis = analysed(nlp, text, "1997-02-18")
    assert codes_at(analysis, "Soviet submarine") == ("RUS", "MIL")
    assert codes_at(analysis, "Barry McCaffrey") == ("USA", "GOV")


def test_round131_a_kings_name_is_not_a_presidents_surname(nlp):
    text = (
        "The general urged officers to overthrow President Saddam Hussein, days after King Hussein granted him "
        "asylum in Amman."
    )
    analysis = analysed(nlp, text, "1995-08-12")
    assert codes_at(analysis, "King Hussein")[0] == "JOR"
