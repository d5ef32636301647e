"""Rounds 28 to 31. Round 28: a country is a state acting when it is the subject of any verb in the past, of a verb
after a modal, or of a relative clause about it or its head; not when the verb is one of undergoing or of a contest,
the word after it an adjective of it used as a modifier, a passive's participle, or "be". Round 29: counted people
of a country are its citizens; an office said of an organisation ("its president", "chairman X" beside its one
organisation, "the EU's X", "X of Fordham University") is the organisation's; run-together initials; a given name
described as a person is a person; a company's word ends no person's name; old demonyms are their successors'.
Round 30: group nouns the dictionary lacked; countries as a reporting clause's speaker, the one ordered, an agent. Round
31: a town a demonym places. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        ("Rebels shelled the port on Friday, and Norway denounced the attack as a war crime.", "Norway", True),
        ("Estonia became the alliance's newest member on Tuesday.", "Estonia", True),
        ("The storm flattened villages, and Chile flew in rescue teams within hours.", "Chile", True),
        ("A spokesman said Peru would take all necessary measures to protect its fishermen.", "Peru", True),
        ("Under the treaty, Fiji will offer residency to the islanders.", "Fiji", True),
        ("The general fled to Belarus, which granted him asylum on Sunday.", "Belarus", True),
        ("The region voted to secede, defying Lithuania, whose president warned of sanctions.", "Lithuania", True),
        ("The bombers said they wanted to punish Kenya for sending troops.", "Kenya", True),
        # an adjective of the name used as a modifier, a passive, "be", a relative clause with no act
        ("Canada refined output declined in March.", "Canada", False),
        ("Kuwait, invaded by Iraq in August, was freed in February.", "Kuwait", False),
        ("Economists said Japan would be hit hardest by the tariffs.", "Japan", False),
        ("Refugees crossed into Syria, which borders Turkey.", "Syria", False),
        ("Officials in Norway denounced the attack.", "Norway", False),
        # the review of round 28: the land, the economy or the team a verb of undergoing or of a contest has for
        # subject; "be" after a modal and an adverb; a "whose" clause about no head of the state
        ("Chile suffered its worst drought in decades last year.", "Chile", False),
        ("Uruguay lost to Ghana on penalties in the quarter-final.", "Uruguay", False),
        ("Portugal will soon be hit by the storm.", "Portugal", False),
        ("Norway will face a harsh winter, forecasters said.", "Norway", False),
        # the clause about its rebels is no act of the state's; round 81 reads the verb past the clause, so the
        # sentence's own verb is one of undergoing here ("held an election" is the state's act: True since then)
        ("Mali, whose rebels captured the north in 2012, suffered a drought.", "Mali", False),
        ("Mali, whose rebels captured the north in 2012, held an election.", "Mali", True),
        ("Peru, whose President Ana Quispe warned of retaliation, closed the border.", "Peru", True),
        ("Chile won't accept the ruling, the minister said.", "Chile", True),
        # round 30: an inverted reporting clause; the one ordered; the agent of any act in the past
        ("Troops pushed into the border province of Tarija, Bolivia said, as the talks collapsed.", "Bolivia", True),
        ("The court ordered Serbia on Thursday to protect the witnesses.", "Serbia", True),
        ("The judges heard a case brought by Croatia against its neighbour.", "Croatia", True),
        ("The region was struck by Croatia's worst floods in a century.", "Croatia", False),
    ],
)
def test_codes_round28_a_country_that_does_anything_is_a_state_acting(text, country, acts):
    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        # round 29: counted people of a country are its citizens, or its refugees when they seek asylum
        ("Tens of thousands of Peruvians marched through Lima on Saturday against the pardon.", "2017-12-30",
         "Tens of thousands of Peruvians", ("PER", "CVL")),
        ("Thousands of Ecuadorians seeking asylum crossed into Colombia on Sunday.", "2019-06-02",
         "Thousands of Ecuadorians", ("ECU", "REF")),
        # ... but "the" before a people makes it a side, which may be a state or a team
        ("The Peruvians said on Monday they would appeal the ruling.", "2017-12-30", "Peruvians", ("PER", None)),
        # aid bodies are non-governmental (the dictionary reads "agency" as a state's)
        ("British aid agencies said on Tuesday they would send tents to the flooded towns.", "2021-03-01",
         "British aid agencies", ("GBR", "NGO")),
    ],
)  # fmt: skip
def test_codes_round29_counted_people_of_a_country_are_its_citizens_or_refugees(nlp, text, date, words, expected):
    from dossier.testing.records import analysed, codes_at

    assert codes_at(analysed(nlp, text, date), words) == expected


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        # an office said of a named company by "its" is the company's, over the office word's state reading
        ("Kestrel Bancorp, Norway's third-largest lender, said on Monday it would close, and its president, "
         "Arne Solberg, apologised to savers.", "2021-03-01", "Arne Solberg", ("NOR", "BUS")),
        # kinds of company the dictionary lacks
        ("Kestrel Bancorp, Norway's third-largest brokerage, said on Monday it would close.", "2021-03-01",
         "Kestrel Bancorp", ("NOR", "BUS")),
        # a company's office in lower case, no organisation named: the one company of the sentence (its country
        # over the scene's)
        ("BP agreed on Friday to pay the fine after chief executive Ian Garrow met President Barack Obama at the "
         "White House.", "2014-06-13", "Ian Garrow", ("GBR", "BUS")),
        # ... not when the sentence names another body with a sector, whose chairman he may be
        ("Norvale Petroleum shares fell on Friday after chairman Ian Garrow told the Senate it would pay.",
         "2014-06-13", "Ian Garrow", ("USA", None)),
        # a crime boss the dictionary lacked
        ("Gunmen shot dead the judge on Monday, weeks after he accused Tomas Arriaga, the Cali drug baron, of "
         "bribery.", "1989-08-21", "Tomas Arriaga", ("COL", "CRM")),
        # a description naming a medium makes its journalist, of the medium's country
        ("Militants in Karachi said on Sunday they were holding Owen Farrell, a Wall Street Journal reporter.",
         "2002-01-27", "Owen Farrell", ("USA", "MED")),
        # an organisation's office with no organisation named: the sentence's one organisation's
        ("FIFA chose Oslo to host the tournament on Friday, secretary-general Hans Dreier announced in Zurich.",
         "2014-07-04", "Hans Dreier", (None, "NGO")),
        # ... not a president in lower case, who may be a state's
        ("Greenpeace protested outside the summit as president Hassan Tourab arrived in Dakar.", "2015-06-01",
         "Hassan Tourab", ("SEN", "GOV")),
        # ... not when a word before the office names a body of its own
        ("The UN tribunal said radio co-founder Pierre Kanyarengwe would serve 35 years.", "2003-12-03",
         "Pierre Kanyarengwe", (None, None)),
        # a person named as an organisation's is of its sector
        ("The talks ended on Wednesday after the European Union's Peter Lindqvist and the US negotiator settled "
         "their disputes.", "1993-12-15", "Peter Lindqvist", (None, "IGO")),
        ("A study by Hannah Seltz of Fordham University found that the census undercounted renters.", "2015-11-24",
         "Hannah Seltz", (None, "EDU")),
        # a demonym of a state that is no more is its successor's
        ("Tanks of the Yugoslav People's Army moved on Thursday to seize the border crossings.", "1991-06-27",
         "Yugoslav People's Army", ("SRB", "MIL")),
    ],
)  # fmt: skip
def test_codes_round29_an_actor_is_coded_from_its_sentence(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected


def test_round29_run_together_initials_are_a_given_name_and_a_middle_one():
    from dossier.resolve.names import compatible, parse_person

    short = parse_person("J.K. Morrow")
    assert (short.first, short.middle, short.surname) == ("j", ("k",), "morrow")
    assert compatible(short, parse_person("John Kenneth Morrow"))
    assert not compatible(short, parse_person("Peter Kenneth Morrow"))


def test_round29_a_leader_named_by_initials_finds_the_dictionary_record(nlp):
    from dossier.testing.records import analysed, mention_holder

    text = "Acting President F.W. de Klerk allowed the march through Cape Town on Wednesday."
    ent = mention_holder(analysed(nlp, text, "1989-09-13"), "F.W. de Klerk")
    assert ent is not None and (ent.country_code, ent.sector) == ("ZAF", "GOV")


def test_round29_a_given_name_described_as_a_person_is_a_person(nlp):
    from dossier.testing.records import analysed, mention_holder

    # the NER types the name an organisation here
    text = (
        "The UN tribunal sentenced Ferdinand Nahigana, a founder of a radio station, and a newspaper editor to life "
        "in prison on Wednesday."
    )
    ent = mention_holder(analysed(nlp, text, "2003-12-03"), "Ferdinand Nahigana")
    assert ent is not None and ent.type == "PERSON" and ent.sector == "MED"


def test_codes_round29_a_company_word_ends_no_persons_name(nlp):
    from dossier.testing.records import analysed, mention_holder

    text = "Fitch declared Kelvara Group in default on Thursday after the developer missed payments on its bonds."
    ent = mention_holder(analysed(nlp, text, "2021-12-09"), "Kelvara Group")
    assert ent is not None and ent.type == "ORG"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("A mine killed six Dutch sailors off the coast on Monday.", "Dutch sailors", ("NLD", "MIL")),
        ("Two Irish nuns were kidnapped near the border on Sunday.", "Irish nuns", ("IRL", "REL")),
        ("Dozens of hospital workers fell ill in the city on Friday.", "Dozens of hospital workers", (None, "HLH")),
    ],
)
def test_codes_round30_group_nouns_the_dictionary_lacked(nlp, text, words, expected):
    from dossier.testing.records import analysed, codes_at

    assert codes_at(analysed(nlp, text, "2003-03-10"), words) == expected


def test_codes_round31_a_town_a_demonym_places_sets_the_scene(nlp):
    from dossier.testing.records import analysed, mention_holder

    # "Palmira" is a Colombian and a Venezuelan town: the demonym says which, and the rioters act there
    text = "Rioters burned banks in the western Venezuelan town of Palmira on Tuesday, and police fired tear gas."
    ent = mention_holder(analysed(nlp, text, "1989-02-28"), "Rioters")
    assert ent is not None and (ent.country_code, ent.sector) == ("VEN", "OPP")
