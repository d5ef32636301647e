"""Round 60 (batch 56's kinds): a head elected and not yet in office, the table's party names, a party's
candidate, a ruler's end told past his apposition, a namesake record of another country. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round60_an_election_winner_of_a_party_out_of_power_is_the_opposition(nlp):
    # the table has George Weah taking office in January 2018; on the runoff's day Unity Party governed
    text = "George Weah, a former footballer, won Liberia's presidential runoff by a wide margin, officials said."
    assert codes_at(analysed(nlp, text, "2017-12-28"), "George Weah") == ("LBR", "OPP")


def test_round60_an_election_winner_of_the_party_in_power_is_of_that_party(nlp):
    # Felipe Calderon of the PAN, which held the presidency, took office on 2006-12-01
    text = "The electoral tribunal declared Felipe Calderon president-elect on Tuesday after weeks of protests."
    assert codes_at(analysed(nlp, text, "2006-09-05"), "Felipe Calderon")[1] == "PTY"


def test_round60_a_party_the_table_names_is_a_party_whatever_its_words(nlp):
    # "Movement for ..." reads as an advocacy group's name; the table names it as the president's party
    text = (
        "Opposition leader Michael Sata won the election, ending two decades of rule by the Movement for "
        "Multiparty Democracy."
    )
    assert codes_at(analysed(nlp, text, "2011-09-23"), "Movement for Multiparty Democracy")[1] == "PTY"


def test_round60_the_candidate_of_an_opposition_party_is_the_opposition(nlp):
    text = (
        "Tundu Lissu, the candidate of the opposition Chadema party, rejected on Friday the results giving "
        "President John Magufuli 84 percent."
    )
    assert codes_at(analysed(nlp, text, "2020-10-30"), "Tundu Lissu")[1] == "OPP"


def test_round60_a_rulers_death_told_past_his_apposition(nlp):
    text = "State radio said on Saturday that Kim Il Sung, who had ruled the country since 1948, had died on Friday."
    assert codes_at(analysed(nlp, text, "1994-07-09"), "Kim Il Sung") == ("PRK", "GOV")


def test_round60_the_opposition_alone_joined_to_a_ruling_party_makes_it_no_opposition(nlp):
    # coreference may join "the opposition" to the ruling party; only "opposition" before a party's name or noun
    # says its standing
    text = (
        "The ruling Liberal Democratic Party resumed the budget debate on Monday, after the opposition accused it "
        "of trying to rush the bill."
    )
    assert codes_at(analysed(nlp, text, "1987-03-09"), "Liberal Democratic Party")[1] == "PTY"


def test_round60_a_presidents_party_rules_where_the_president_heads_the_government(nlp):
    # South Korea's president is its head of government (leaders.tsv: HOS+HOG); Kim Dae-jung's party was out of
    # power on his election's day
    text = "Kim Dae-jung won South Korea's presidential election on Thursday, defeating Lee Hoi-chang."
    assert codes_at(analysed(nlp, text, "1997-12-19"), "Kim Dae-jung") == ("KOR", "OPP")
