"""The words around a name that say an actor's sector (issue #14, round 3): lower-case role nouns before a
person's name, appositions, titles the NER took into the name, and the kind words of an organisation's own
name or of the words around it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes import code_analysis
from dossier.codes.codebook import default_codebook
from dossier.codes.text import (
    organisation_head,
    organisation_kind,
    role_apposed,
    role_apposed_before,
    role_before,
    role_named_within,
)
from dossier.models import Analysis, Article, Entity, Mention, Offsets


@pytest.fixture(scope="module")
def book():
    return default_codebook()


def coded(text: str, name: str, kind: str = "PERSON", published: str = "2019-04-02", mention: str | None = None):
    said = mention or name
    start = text.index(said)
    ent = Entity("e1", name, kind, [Mention(start, start + len(said), said, "name", 0)])
    code_analysis(Analysis(Article("a", text, published=published), [Offsets(0, len(text))], [ent]))
    return ent.country_code, ent.sector


def at(text: str, words: str) -> int:
    return text.index(words)


def test_codes_words_lower_case_role_nouns_before_a_name(book):
    text = "The rally ended early, and Ortiz campaign manager Lena Varga blamed the late buses."
    assert role_before(text, at(text, "Lena"), book)[::2] == ("Ortiz campaign manager", "PTY")
    text = "Chilean prosecutor Tomas Ibarra opened an inquiry into the fire."
    assert coded(text, "Tomas Ibarra") == ("CHL", "JUD")
    text = "Veteran radio host Carl Denning mocked the plan on air."
    assert coded(text, "Carl Denning")[1] == "MED"
    # the role noun must be the head right before the name: "the mayor's nephew Jon Ruiz" has none
    text = "He met the mayor's nephew Jon Ruiz at the station."
    assert role_before(text, at(text, "Jon"), book) is None
    text = "Reporters asked Jon Ruiz about it."
    assert role_before(text, at(text, "Jon"), book) is None  # a verb stops the run


def test_codes_words_appositions_after_and_before_a_name(book):
    text = "Tomas Reyes, a veteran Peruvian journalist who covered the port strike, was detained."
    assert coded(text, "Tomas Reyes") == ("PER", "MED")
    text = "Ana Sol, the mayor's daughter, spoke first."
    # the head is "daughter" (a civilian, round 188), not the mayor's office
    assert role_apposed(text, at(text, ","), book) == ("the mayor's daughter", 9, "CVL")
    text = "Ana Sol, former defence minister of the province, spoke first."
    assert role_apposed(text, at(text, ","), book)[2] == "ELI"
    text = "Police raided the tabloid and detained its editor-in-chief, Mara Quist, on Friday."
    assert role_apposed_before(text, at(text, "Mara"), book)[::2] == ("its editor-in-chief", "MED")
    text = "According to the president, Mara Quist will stay."
    assert role_apposed_before(text, at(text, "Mara"), book) is None  # no apposition after a preposition


def test_codes_words_title_inside_a_name(book):
    assert role_named_within("Journalist Ana Belmonte Ruiz", book) == ("Journalist", "MED")
    assert role_named_within("Grand Ayatollah Musa al-Hadi", book) == ("Grand Ayatollah", "REL")
    assert role_named_within("Major Garrett", book) is None  # a name, not a title before two more words


def test_codes_words_a_candidate_keeps_the_office_of_the_date():
    # a sitting senator running for vice president stays LEG (the dictionary's code on the date)
    text = "Democratic vice presidential nominee Tim Kaine toured a factory in Ohio."
    assert coded(text, "Tim Kaine", published="2016-09-20")[1] == "LEG"


def test_codes_words_the_head_of_an_organisations_name():
    assert organisation_head("Harbor Valley Daily") == ("daily", "MED")
    assert organisation_head("Northwind Capital") == ("capital", "BUS")
    assert organisation_head("Lakeside Holdings Group") == ("group", "BUS")
    assert organisation_head("Center for Prison Rights")[1] == "NGO"
    assert organisation_head("Office for Civil Rights") is None  # a government's office
    assert organisation_head("SFPD") == ("SFPD", "COP")
    assert organisation_head("Capital") is None  # one word says nothing
    assert coded("Harbor Valley Daily printed its last edition.", "Harbor Valley Daily", "ORG")[1] == "MED"


def test_codes_words_the_kind_word_around_an_organisations_name():
    text = "Masked men attacked the offices of the weekly Corvo Verde on Sunday."
    assert organisation_kind(text, at(text, "Corvo"), at(text, "Corvo") + 10)[::2] == ("weekly", "MED")
    text = "Soldiers fought Delgado cartel gunmen near the border."
    assert organisation_kind(text, at(text, "Delgado"), at(text, "Delgado") + 7)[::2] == ("cartel", "CRM")
    text = "Kestrel Mining, one of the region's largest coal companies, closed a pit."
    assert organisation_kind(text, 0, len("Kestrel Mining"))[::2] == ("companies", "BUS")
    text = "Workers read a Kestrel post about the strike."
    assert organisation_kind(text, at(text, "Kestrel"), at(text, "Kestrel") + 7) is None  # "post" only heads a name
    assert coded("Masked men attacked the offices of the weekly Corvo Verde.", "Corvo Verde", "ORG")[1] == "MED"


def coded_all(text: str, names: list[tuple[str, str]], published: str = "2019-04-02") -> dict[str, tuple]:
    ents = []
    for i, (name, kind) in enumerate(names):
        start = text.index(name)
        ents.append(Entity(f"e{i}", name, kind, [Mention(start, start + len(name), name, "name", 0)]))
    code_analysis(Analysis(Article("a", text, published=published), [Offsets(0, len(text))], ents))
    return {e.name: (e.country_code, e.sector) for e in ents}


def test_codes_words_a_person_named_as_a_news_mediums_is_its_journalist():
    text = "Al Jazeera's Rana Haddad asked the minister about the dam."
    assert coded_all(text, [("Al Jazeera", "ORG"), ("Rana Haddad", "PERSON")])["Rana Haddad"] == ("QAT", "MED")
    text = "The question came from Rana Haddad of Al Jazeera during the briefing."
    assert coded_all(text, [("Al Jazeera", "ORG"), ("Rana Haddad", "PERSON")])["Rana Haddad"][1] == "MED"


def test_codes_words_a_person_given_an_age_and_no_role_is_a_civilian():
    assert coded("Lucia Ferro, 34, was hurt when the roof fell in.", "Lucia Ferro")[1] == "CVL"
    assert coded("Lucia Ferro, an unarmed 19-year-old, was shot.", "Lucia Ferro")[1] == "CVL"
    # a role says more than an age
    assert coded("Lucia Ferro, 54, the mayor of the town, resigned.", "Lucia Ferro")[1] == "GOV"
    assert coded("Lucia Ferro, who runs a bakery, was hurt.", "Lucia Ferro")[1] is None


def test_codes_words_retired_officers_and_titled_names_typed_as_organisations():
    text = "Retired Air Force Gen. Dale Hollis criticised the plan."
    start = text.index("Dale")
    ent = Entity("e1", "Dale Hollis", "ORG", [Mention(start, start + 10, "Dale Hollis", "name", 0, role="Gen.")])
    code_analysis(Analysis(Article("a", text, published="2016-09-01"), [Offsets(0, len(text))], [ent]))
    assert ent.sector == "ELI"  # CAMEO's elites: former officers
    assert coded("The plan was backed by retired army general Dale Hollis.", "Dale Hollis")[1] == "ELI"


def test_codes_words_a_capital_before_a_group_noun_is_that_group():
    from dossier.codes.actors import mention_codes

    text = "Seoul prosecutors raided the offices of the shipping firm."
    ent = Entity("e1", "South Korea", "GPE", [Mention(0, 5, "Seoul", "name", 0)], country="KR")
    ent.country_code = "KOR"
    assert mention_codes(text, ent, 0, 5, "Seoul") == ("KOR", "JUD")
    assert mention_codes("Seoul said it would reply.", ent, 0, 5, "Seoul") == ("KOR", "GOV")


def test_codes_words_the_place_a_person_is_of():
    from dossier.codes.codebook import default_codebook
    from dossier.codes.text import place_after_name

    book = default_codebook()

    def of(text: str) -> str | None:
        found = place_after_name(text, text.index(" of"), book)
        return found[2] if found else None

    assert of("Patriarch Ilia of Tbilisi blessed the crowd.") == "GEO"
    assert of("King Faisal of Jordan arrived.") == "JOR"  # the country, not a town of that name elsewhere
    assert of("Senator Jane Roe of Ohio objected.") == "USA"
    assert of("Mark Dean of Goldman Sachs spoke.") is None  # an organisation is no place
    assert of("Ann Lee of Georgia spoke.") is None  # the country or the US state: neither
    assert of("Omar Ali of Moscow State University spoke.") is None
    assert of("The voter Ann Hill of Derry said.") is None  # a town that is no capital: which Derry?


def test_codes_words_a_group_that_flees():
    from dossier.codes.text import fleeing_after

    for text, group in [
        ("Thousands of Haitians seeking asylum reached the border.", "Haitians"),
        ("The Karen fleeing the army crossed the river.", "Karen"),
        ("Afghans who had fled the Taliban waited at the airport.", "Afghans"),
        ("Sudanese displaced by the fighting camped in Chad.", "Sudanese"),
    ]:
        assert fleeing_after(text, text.index(group) + len(group)), text
    for text, group in [
        ("Haitians protested the fuel prices.", "Haitians"),
        ("Investors, fleeing the market, sold the peso.", "peso"),
        ("Americans fled the compound at night.", "Americans"),  # an act of theirs, not what they are
    ]:
        assert not fleeing_after(text, text.index(group) + len(group)), text
