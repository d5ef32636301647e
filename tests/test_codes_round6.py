"""Issue #14, round 6 of the codes stage: the kinds of batch 10's errors. Titles of the clergy give REL (the
pope is also the Holy See's). The sentences are written for these tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.codes import code_analysis
from dossier.codes.text import organisation_head
from dossier.models import Analysis, Article, Entity, Mention


def coded(text: str, name: str, kind: str = "PERSON", published: str = "2019-05-02", role: str | None = None):
    start = text.index(name)
    ent = Entity("e1", name, kind, [Mention(start, start + len(name), name, "name", 0, role=role)])
    code_analysis(Analysis(Article("a", text, published=published), [], [ent]))
    return ent


def _titled(text: str, title: str, name: str) -> Entity:
    """A person named with a title the entity stage split off the name: the mention starts at the title."""
    start = text.index(title)
    end = text.index(name) + len(name)
    ent = Entity("e1", name, "PERSON", [Mention(start, end, name, "name", 0, role=title)])
    code_analysis(Analysis(Article("a", text, published="2019-05-02"), [], [ent]))
    return ent


def test_codes_round6_titles_of_the_clergy_are_religious():
    for text, title, name in [
        ("Cardinal Pedro Alves urged the faithful to stay calm.", "Cardinal", "Pedro Alves"),
        ("Archbishop Tomas Lenz led the prayers at the cathedral.", "Archbishop", "Tomas Lenz"),
        ("Rabbi David Stern opened the meeting.", "Rabbi", "David Stern"),
        ("Imam Yusuf Hamid spoke after the prayers.", "Imam", "Yusuf Hamid"),
        ("Patriarch Daniel received the delegation.", "Patriarch", "Daniel"),
    ]:
        assert _titled(text, title, name).sector == "REL", text


def test_codes_round6_the_pope_is_the_holy_sees():
    ent = _titled("Pope Leo received the delegation from Lagos on Monday.", "Pope", "Leo")
    assert (ent.country_code, ent.sector) == ("VAT", "REL")


def test_codes_round6_a_clergy_word_that_is_no_title():
    # a surname read as a description is no pope
    text = "Amy Pope said the plan would go ahead."
    start = text.index("Amy Pope")
    ent = Entity("e1", "Amy Pope", "PERSON", [Mention(start, start + 8, "Amy Pope", "nominal", 0, head="pope")])
    code_analysis(Analysis(Article("a", text, published="2019-05-02"), [], [ent]))
    assert (ent.country_code, ent.sector) == (None, None)
    # a family's patriarch is no churchman, nor a school named for a bishop a church
    assert coded("The family patriarch Ion Barbu sold the farm.", "Ion Barbu").sector is None
    ent = coded("Students of Bishop Noll Institute sang at the game.", "Bishop Noll Institute", "ORG")
    assert ent.sector != "REL"


def test_codes_round6_a_bank_named_for_its_country_is_its_central_bank():
    ent = coded("The Bank of Norway raised its key rate on Thursday.", "Bank of Norway", "ORG")
    assert (ent.country_code, ent.sector) == ("NOR", "GOV")
    ent = coded("The Bank of England kept its rate at five percent.", "Bank of England", "ORG")
    assert (ent.country_code, ent.sector) == ("GBR", "GOV")
    # a city's or a region's bank is a company
    assert coded("Bank of Lisbon Ltd posted a loss.", "Bank of Lisbon Ltd", "ORG").sector == "BUS"
    assert coded("The Bank of New England posted a loss.", "Bank of New England", "ORG").sector == "BUS"


def test_codes_round6_a_station_and_an_election_body_by_their_names():
    assert organisation_head("Radio Soleil")[1] == "MED"
    assert organisation_head("TV Pacifico")[1] == "MED"
    assert organisation_head("National Electoral Council")[1] == "GOV"
    assert organisation_head("Central Election Commission")[1] == "GOV"
    assert organisation_head("Electoral Reform Society") is None
    ent = coded("Radio Soleil said the count would take a week.", "Radio Soleil", "ORG")
    assert ent.sector == "MED"


def test_codes_round6_a_mediums_edition_in_a_language_is_the_mediums():
    ent = coded("Police raided the offices of BBC Arabic in the capital.", "BBC Arabic", "ORG")
    assert (ent.country_code, ent.sector) == ("GBR", "MED")


def test_codes_round6_a_rebel_group_named_before_its_noun():
    text = "Kessa Brotherhood rebels shelled the airport on Sunday."
    assert coded(text, "Kessa Brotherhood", "ORG").sector == "REB"
    text = "The Red Dawn guerrilla movement said it would lay down its arms."
    assert coded(text, "Red Dawn", "ORG").sector == "REB"
    # a people's word before the noun names no group
    assert coded("The army fought Tarvish guerrillas in the north.", "Tarvish", "ORG").sector is None


def test_codes_a_persons_possessive_names_no_country_with_their_given_name():
    # "Jordan" opens the leader's name here; the country's possessive still gives its country
    ent = coded("Jordan Kessler's Civic Union won the vote in Ghent.", "Civic Union", kind="ORG")
    assert ent.country_code != "JOR"
    assert coded("Jordan's Civic Union won the vote in Amman.", "Civic Union", kind="ORG").country_code == "JOR"
