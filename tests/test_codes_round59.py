"""Round 59: the opposition on the date. A challenger of the head of government, and the parties the table of
heads of state and government (``leaders.tsv``) shows out of power. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round59_a_challenger_who_defeats_the_president_is_the_opposition_that_day(nlp):
    text = "Luiz Inacio Lula da Silva defeated President Jair Bolsonaro in Sunday's runoff, the electoral court said."
    assert codes_at(analysed(nlp, text, "2022-10-30"), "Luiz Inacio Lula da Silva") == ("BRA", "OPP")


def test_round59_the_party_of_the_one_the_president_concedes_to_is_the_opposition(nlp):
    text = (
        "President Hastings Kamuzu Banda conceded defeat on Thursday to Bakili Muluzi of the United Democratic "
        "Front after the first multiparty election."
    )
    an = analysed(nlp, text, "1994-05-19")
    assert codes_at(an, "Bakili Muluzi") == ("MWI", "OPP")
    assert codes_at(an, "United Democratic Front") == ("MWI", "OPP")


def test_round59_a_party_out_of_power_on_the_date_is_the_opposition(nlp):
    # the Labor Party led Australia's governments before 1975 and after 1983, not on this date
    text = "Bob Hawke led the Labor Party to a landslide victory in Saturday's general election."
    an = analysed(nlp, text, "1983-03-05")
    assert codes_at(an, "Labor Party") == ("AUS", "OPP")
    assert codes_at(an, "Bob Hawke") == ("AUS", "OPP")


def test_round59_the_party_in_power_is_a_party(nlp):
    text = "The Labor Party said on Monday that it would call an early election, a minister said in Canberra."
    assert codes_at(analysed(nlp, text, "1990-02-05"), "Labor Party") == ("AUS", "PTY")


def test_round59_no_opposition_code_for_us_parties(nlp):
    text = "Barack Obama defeated Senator John McCain, and the Republican Party conceded the White House."
    an = analysed(nlp, text, "2008-11-05")
    assert codes_at(an, "Republican Party")[1] == "PTY"
