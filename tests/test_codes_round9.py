"""Issue #14, round 9 of the codes stage: the kinds of batch 13's errors. The sentences are written for these
tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.models import Analysis
from dossier.testing.records import analysed, codes_at


def _analysed(nlp, text: str, published: str = "1996-04-10") -> Analysis:
    return analysed(nlp, text, published)


def test_codes_round9_a_group_counted_by_number_is_coded(nlp):
    a = _analysed(nlp, "Riot police fired tear gas at thousands of students outside the parliament in Nairobi.")
    assert codes_at(a, "students") == ("KEN", "EDU")
    a = _analysed(nlp, "Troops opened fire on more than 200 protesters in Yangon on Sunday.")
    assert codes_at(a, "protesters") == ("MMR", "OPP")
    # a part of a larger body is still none
    a = _analysed(nlp, "Most students in Nairobi stayed at home on Sunday.")
    assert codes_at(a, "students") is None


def test_codes_round9_people_by_their_work_on_strike_counted_or_of_a_trade(nlp):
    a = _analysed(nlp, "Striking bus drivers blocked the main road in Accra on Tuesday.")
    assert codes_at(a, "bus drivers") == ("GHA", "LAB")
    # workers a disaster kills are its victims, civilians (round 86: the newer batches' convention, 6 to 2)
    a = _analysed(nlp, "A fire at a textile mill near Karachi killed more than 40 workers.")
    assert codes_at(a, "workers") == ("PAK", "CVL")
    a = _analysed(nlp, "In Valparaiso, dock workers walked out over pay.")
    assert codes_at(a, "dock workers") == ("CHL", "LAB")
    # the workers of a state's or a party's body are its staff
    a = _analysed(nlp, "Government workers in Lagos walked out over unpaid salaries.")
    assert codes_at(a, "Government workers")[1] == "GOV"
    # bare, they are those a policy is for: no group
    a = _analysed(nlp, "The minister in Accra said the new rules would help workers.")
    assert codes_at(a, "workers") is None


def test_codes_round9_a_country_of_exile_is_no_scene(nlp):
    a = _analysed(
        nlp,
        "Opposition leader Ramon Cruz was arrested at the airport in Lima on his return from two years of exile in "
        "the United States, and soldiers guarding the terminal fired into the crowd.",
    )
    assert codes_at(a, "soldiers") == ("PER", "MIL")


def test_codes_round9_the_country_migrants_have_left_is_not_another_group_s(nlp):
    a = _analysed(
        nlp,
        "Farmers near the Kenyan border town of Moyale turned back hundreds of Ethiopian refugees on Monday, and the "
        "regional government said it would send more police.",
        published="2018-03-12",
    )
    assert codes_at(a, "regional government") == ("KEN", "GOV")


def test_codes_round9_a_navys_ship_by_its_prefix(nlp):
    a = _analysed(nlp, "The frigate HMS Arundel fired warning shots at a fishing boat off the Falklands.", "1983-02-11")
    assert codes_at(a, "HMS Arundel") == ("GBR", "MIL")
    a = _analysed(nlp, "The destroyer USS Halverson collided with a tanker near Bahrain.", "1987-09-01")
    assert codes_at(a, "USS Halverson") == ("USA", "MIL")


def test_codes_round9_a_ship_prefix_needs_a_name():
    from dossier.codes.text import ship_of

    assert ship_of("USS Halverson") == "USA" and ship_of("HMCS Brandon") == "CAN"
    assert ship_of("USS UNIT") is None and ship_of("HMS") is None and ship_of("Halverson") is None


def test_codes_round9_a_countrys_ambassador_to_the_un_is_its_government(nlp):
    a = _analysed(nlp, "Chile's UN ambassador, Rosa Mardones, asked for a vote on the resolution.", "1996-04-10")
    assert codes_at(a, "Rosa Mardones")[1] == "GOV"
    a = _analysed(nlp, "The UN Secretary-General, Ivo Marten, called for a ceasefire.", "1996-04-10")
    assert codes_at(a, "Ivo Marten")[1] == "IGO"


def test_codes_round9_a_strike_leader_is_labour(nlp):
    a = _analysed(nlp, "Strike leader Tomas Brenko told dockers in Gdynia to stay out until Friday.", "1988-05-02")
    assert codes_at(a, "Tomas Brenko")[1] == "LAB"


def test_codes_round9_a_news_channel_is_a_medium(nlp):
    a = _analysed(nlp, "The cable news channel Onda Sur aired the tape on Tuesday night in Quito.", "2001-02-06")
    assert codes_at(a, "Onda Sur")[1] == "MED"


def test_codes_round9_a_town_the_words_say_is_one_sets_the_scene(nlp):
    a = _analysed(nlp, "Police stormed the eastern city of Kharkiv at dawn, and students were held for hours.")
    assert codes_at(a, "students") == ("UKR", "EDU")


def test_codes_round9_people_taken_hostage_are_a_group(nlp):
    a = _analysed(nlp, "Gunmen stormed the assembly in Honiara and took legislators hostage for hours.", "2000-06-05")
    assert codes_at(a, "legislators")[1] == "LEG"


def test_codes_round9_a_description_a_comma_and_a_name_the_parser_missed(nlp):
    a = _analysed(
        nlp,
        "Rebel troops shelled the palace at dawn, forcing the emir, Sheikh Rashid al-Mansur, to leave for Oman.",
        "1994-07-03",
    )
    assert codes_at(a, "Rashid al-Mansur")[1] == "GOV"


def test_codes_round9_a_role_said_of_a_country_by_its_pronoun(nlp):
    a = _analysed(
        nlp,
        "Peru protested the raid on its embassy in Quito, and its UN ambassador, Marta Ibarra, asked for a meeting.",
        "2001-06-11",
    )
    assert codes_at(a, "Marta Ibarra") == ("PER", "GOV")


def test_codes_round9_lawmakers_are_of_the_country_their_sentence_is_set_in(nlp):
    a = _analysed(nlp, "Riot police in Nairobi blocked lawmakers from entering the building on Tuesday.", "2005-11-22")
    assert codes_at(a, "lawmakers") == ("KEN", "LEG")


def test_codes_round9_lower_case_role_words_before_a_title_make_a_longer_role(nlp):
    a = _analysed(nlp, "The stoppage at the port ended, strike leader Piet Vermeulen told a meeting.", "1987-04-06")
    assert codes_at(a, "Piet Vermeulen")[1] == "LAB"
