"""Round 106 (batch 88's kinds): "the opposition" is no electoral body nor the ruling party named before it, and a
legislature no party nor court; a possessed description after a name the parser took for a list is its apposition;
a crowd that acts and a court a relative clause has act are actors; a gendarmerie's commandos are police; a state a
demand is made of acts. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, mention_holder


def test_round106_the_opposition_is_no_electoral_body(nlp):
    text = (
        "Freedonia's Central Election Board halted the opposition's petition on Thursday, after courts in two "
        "provinces ruled that signatures had been forged."
    )
    analysis = analysed(nlp, text, "2016-10-20")
    board, opposition = mention_holder(analysis, "Central Election Board"), mention_holder(analysis, "the opposition")
    assert board is not None and opposition is not None and board.id != opposition.id


def test_round106_the_opposition_is_not_the_ruling_party(nlp):
    text = (
        "The election board said the ruling Unity Party had won 54 percent of the vote, but the opposition refused "
        "to recognise the count."
    )
    analysis = analysed(nlp, text, "2024-10-27")
    party, opposition = mention_holder(analysis, "Unity Party"), mention_holder(analysis, "the opposition")
    assert party is not None and opposition is not None and party.id != opposition.id


def test_round106_a_legislature_is_no_court_named_before_it(nlp):
    text = (
        "The Supreme Court refused to reinstate the voting law on Wednesday. The measure had been passed by the "
        "state legislature in 2013."
    )
    analysis = analysed(nlp, text, "2016-09-07")
    court, legislature = mention_holder(analysis, "Supreme Court"), mention_holder(analysis, "the state legislature")
    assert court is not None and (legislature is None or legislature.id != court.id)


def test_round106_a_possessed_description_after_a_name_is_its_apposition(nlp):
    text = (
        "The merger will make Steve Jobs, Pixar's chief executive, Disney's biggest single shareholder, analysts said."
    )
    analysis = analysed(nlp, text, "2006-01-24")
    jobs = mention_holder(analysis, "Steve Jobs")
    assert jobs is not None and any(m.text == "Pixar's chief executive" for m in jobs.mentions)
    assert codes_at(analysis, "Steve Jobs")[1] == "BUS"


def test_round106_a_crowd_that_acts_and_a_court_that_accuses(nlp):
    text = (
        "A drunken crowd attacked a hostel in Rostock on Saturday. Three men went on trial in Leipzig before a "
        "special court that accused them of arson."
    )
    analysis = analysed(nlp, text, "1992-08-24")
    assert codes_at(analysis, "A drunken crowd") == ("DEU", "CVL")
    assert codes_at(analysis, "a special court") == ("DEU", "JUD")


def test_round106_gendarmerie_commandos_are_police(nlp):
    text = "French gendarmerie commandos stormed a hijacked airliner at Marseille airport on Monday."
    analysis = analysed(nlp, text, "1994-12-26")
    assert codes_at(analysis, "French gendarmerie commandos") == ("FRA", "COP")


def test_round106_a_state_a_demand_is_made_of_acts(nlp):
    text = "Foreign Minister Ana Palacio demanded on Friday that Morocco withdraw its soldiers from the islet."
    analysis = analysed(nlp, text, "2002-07-12")
    assert codes_at(analysis, "Morocco") == ("MAR", "GOV")
