"""Round 132 (batches 118 and 119's kinds): states that are no more by their own names, a demonym shared by a
coordinated group, a government in exile, a demonym's title the NER ran into a name, the Soviet KGB, a company the
NER took for a person, a group's own place past a compass word, a pair's second place after "from", and one
country's peacekeeping contingent. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round132_states_that_are_no_more_by_their_names(nlp):
    text = (
        "The Security Council imposed an oil embargo on Yugoslavia on Saturday, and South Yemen and "
        "Czechoslovakia abstained."
    )
    analysis = analysed(nlp, text, "1985-05-30")
    assert codes_at(analysis, "Yugoslavia") == ("SRB", "GOV")
    assert codes_at(analysis, "South Yemen")[0] == "YEM"
    assert codes_at(analysis, "Czechoslovakia")[0] == "CZE"


def test_round132_serbia_and_montenegro_is_serbias(nlp):
    text = "Montenegro's leaders said on Friday that a vote on a split from Serbia would be held in the spring."
    analysis = analysed(nlp, text, "2005-11-04")
    assert codes_at(analysis, "Serbia")[0] == "SRB"


def test_round132_a_demonym_shared_by_a_coordinated_group(nlp):
    text = (
        "The Soviet army and navy blockaded the Lithuanian port of Klaipeda on Friday, and Lithuanian officials "
        "said food was running short."
    )
    analysis = analysed(nlp, text, "1991-11-15")
    assert codes_at(analysis, "navy") == ("RUS", "MIL")


def test_round132_a_government_in_exile_is_an_opposition(nlp):
    text = "The Burmese government-in-exile called the referendum a fraud on Sunday."
    analysis = analysed(nlp, text, "2008-05-11")
    assert codes_at(analysis, "Burmese government")[1] == "OPP"


def test_round132_a_demonyms_title_inside_a_name(nlp):
    text = "Talks in Riyadh were hosted by Saudi King Abdullah, who urged the two factions to end their feud."
    analysis = analysed(nlp, text, "2007-02-08")
    name = next(e.name for e in analysis.entities if "Abdullah" in e.name)
    assert codes_at(analysis, name) == ("SAU", "GOV")


def test_round132_the_soviet_kgb(nlp):
    text = "Britain expelled two diplomats on Monday after a KGB major who defected named them as spies."
    analysis = analysed(nlp, text, "1983-04-11")
    assert codes_at(analysis, "KGB") == ("RUS", "SPY")


def test_round132_a_company_the_ner_took_for_a_person(nlp):
    text = (
        "A judge in Lima ordered the arrest of a former minister accused of taking bribes from Brazilian builder "
        "Odebrecht, and prosecutors said he had fled."
    )
    analysis = analysed(nlp, text, "2018-03-15")
    assert codes_at(analysis, "Odebrecht") == ("BRA", "BUS")


def test_round132_a_groups_own_place_past_a_compass_word(nlp):
    text = "Guerrillas who crossed from Zambia clashed with police in northern Zimbabwe on Tuesday."
    analysis = analysed(nlp, text, "1987-06-02")
    assert codes_at(analysis, "police") == ("ZWE", "COP")


def test_round132_a_state_body_says_whose_army(nlp):
    text = (
        "The Turkish parliament voted on Thursday to let the army cross into northern Iraq, defying appeals "
        "from Washington and Baghdad."
    )
    analysis = analysed(nlp, text, "2008-02-21")
    assert codes_at(analysis, "army") == ("TUR", "MIL")


def test_round132_one_countrys_peacekeeping_troops_are_its_army(nlp):
    text = "Nigerian peacekeeping troops shelled rebel positions outside Monrovia on Friday."
    analysis = analysed(nlp, text, "1992-11-06")
    assert codes_at(analysis, "Nigerian peacekeeping troops") == ("NGA", "MIL")
