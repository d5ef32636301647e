"""Round 160: a nationality before the nouns that say what an actor is ("Norwegian ski jumper Ola Brekke"), nouns
no dictionary needs to know, gives the actor the demonym's country; it is the actor's home, so it sets no scene for
the others in its sentence. A town's home compound ("the Lyon-based X") sets no scene either. The sentences are
written for these tests."""

from __future__ import annotations

from dossier.codes.actors import _demonym_before, default_codebook
from dossier.testing.records import analysed, codes_at


def _before(text: str, name: str) -> str | None:
    start = text.index(name)
    found = _demonym_before(text, start, start + len(name), default_codebook())
    return found.value if found else None


def test_round160_demonym_before_reads_nouns_not_clauses():
    assert _before("The panel cleared Norwegian ski jumper Ola Brekke on Friday.", "Ola") == "NOR"
    assert _before("It fined Dutch cable maker Draadnet.", "Draadnet") == "NLD"
    # a verb between the demonym's group and the name: the group's act, not the name's nationality
    assert _before("Peruvian troops captured Elena Ruiz.", "Elena") is None
    assert _before("The Turkish government claims Halit Oz runs a network.", "Halit") is None
    # a clause or an adverbial between them
    assert _before("a Chilean priest who founded Casa Luz", "Casa") is None
    assert _before("aboard Algerian airliners minutes after Tom Hale was sworn in", "Tom") is None
    # a people, not a nationality
    assert _before("an ethnic Albanian rebel commander Agim Dema", "Agim") is None
    # a plural before a pair is a noun: the pair's
    text = "Belgian mountaineers Jan Peeters and Els Maes were missing."
    assert _before(text, "Jan") == "BEL"


def test_round160_a_nationality_codes_the_person_and_sets_no_scene(nlp):
    text = (
        "The International Skating Union suspended Norwegian ski jumper Ola Brekke on Friday, and its president, "
        "Marit Lund, said the rules applied to every athlete."
    )
    analysis = analysed(nlp, text, "2023-03-10")
    assert codes_at(analysis, "Ola Brekke")[0] == "NOR"
    # the union's president is of no country the athlete's nationality gives
    assert codes_at(analysis, "Marit Lund")[0] is None


def test_round160_second_of_a_pair_shares_the_nationality(nlp):
    text = "Police said Belgian mountaineers Jan Peeters and Els Maes were missing after an avalanche on Sunday."
    analysis = analysed(nlp, text, "2019-01-13")
    assert codes_at(analysis, "Jan Peeters")[0] == "BEL"
    assert codes_at(analysis, "Els Maes")[0] == "BEL"


def test_round160_a_home_compound_sets_no_scene(nlp):
    text = (
        "Police fired tear gas at strikers outside the Toronto-based Halvern Mining's smelter in Lusaka on Monday, "
        "and the Mineworkers Union of Kafue said talks had failed."
    )
    analysis = analysed(nlp, text, "2018-05-14")
    # the company's home is no scene: the union is of the country the sentence is set in
    assert codes_at(analysis, "Mineworkers Union of Kafue")[0] == "ZMB"
