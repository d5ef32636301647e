"""Round 91 (batch 77's kinds): a town an organisation's name opens with is its home; a company's nationality
given in an apposition names no scene; shipping lines and a company's national arm are companies; British spellings
of the agents dictionary; a prison's inmates; a person's nationality in an apposition. The sentences are written
for these tests; the people and companies in them are invented."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.codes.text import organisation_head
from dossier.testing.records import analysed, codes_at


def test_round91_a_town_an_organisations_name_opens_with():
    book = default_codebook()
    assert book.town_in_name("Chicago Tribune") == ("USA", "Chicago")
    assert book.town_in_name("Alaska Airlines") == ("USA", "Alaska")
    assert book.town_in_name("Guangzhou Automobile Group") == ("CHN", "Guangzhou")
    assert book.town_in_name("Harbour Drilling Co of New Orleans") == ("USA", "New Orleans")
    assert book.town_in_name("Trento", whole=True) == ("ITA", "Trento")
    assert book.town_in_name("Trento") is None  # the town alone is a place, unless the NER typed it a people
    # a given name, a word of a US state's name, a town of the name in another country too, an acronym
    assert book.town_in_name("George Washington University") is None
    assert book.town_in_name("Carolina Panthers") is None
    assert book.town_in_name("Burlington Free Press") is None
    assert book.town_in_name("CARE International") is None


def test_round91_prosecutors_and_a_company_named_by_their_town(nlp):
    text = "On Monday, Duisburg prosecutors opened an inquiry into the collapse of a warehouse roof."
    analysis = analysed(nlp, text, "2011-02-14")
    assert codes_at(analysis, "Duisburg prosecutors") == ("DEU", "JUD")
    text = "A door blew out of an Alaska Airlines jet over Portland on Friday, and regulators grounded 171 planes."
    analysis = analysed(nlp, text, "2024-01-06")
    assert codes_at(analysis, "Alaska Airlines") == ("USA", "BUS")


def test_round91_a_party_named_for_a_place_is_no_towns(nlp):
    text = "The ruling Colorado Party accused General Ruben Vaca of plotting a coup in Asuncion on Tuesday."
    analysis = analysed(nlp, text, "1999-03-24")
    assert codes_at(analysis, "Colorado Party")[0] != "USA"


def test_round91_a_companys_nationality_in_an_apposition_names_no_scene(nlp):
    text = (
        "Environment Minister Ana Ruiz said on Sunday that Kemora, the Finnish mining company, must pay to clean "
        "up the sludge from its Valdeoro mine."
    )
    analysis = analysed(nlp, text, "1998-04-26")
    assert codes_at(analysis, "Ana Ruiz")[0] != "FIN"
    # at home, a company's nationality is the scene's: "South Korean creditor banks agreed"
    text = "South Korean creditor banks agreed on Thursday to break up the conglomerate, the regulator said."
    analysis = analysed(nlp, text, "2000-11-09")
    assert codes_at(analysis, "regulator")[0] == "KOR"


def test_round91_shipping_lines_and_a_companys_national_arm():
    assert organisation_head("Nagora Shipping") == ("shipping", "BUS")
    assert organisation_head("Mitsuya OSK Lines") == ("lines", "BUS")
    assert organisation_head("Kawa Shipping Canada") == ("shipping", "BUS")
    assert organisation_head("Bank of Canada") is None  # a country after "of" is the name's own
    assert organisation_head("Soybean Oil") is None  # a commodity the NER took for a company


def test_round91_british_spellings_of_the_agents_dictionary(nlp):
    text = "Prime Minister Tom Kila sent the defence force to guard the abandoned town of Wewak on Monday."
    analysis = analysed(nlp, text, "1994-09-19")
    assert codes_at(analysis, "defence force") == ("PNG", "MIL")


def test_round91_a_prisons_inmates(nlp):
    text = "Fire tore through the overcrowded jail in Tegucigalpa overnight, killing more than 40 inmates."
    analysis = analysed(nlp, text, "2012-02-15")
    assert codes_at(analysis, "more than 40 inmates") == ("HND", "CRM")


def test_round91_a_persons_nationality_in_an_apposition(nlp):
    text = "Singapore caned Tom Hale, a 19-year-old American convicted of vandalising cars, on Thursday."
    analysis = analysed(nlp, text, "1994-05-05")
    assert codes_at(analysis, "Tom Hale")[0] == "USA"
    text = "Police in Tetovo arrested Agim Berisha, an ethnic Albanian who runs a school, on Monday."
    analysis = analysed(nlp, text, "2001-05-07")
    assert codes_at(analysis, "Agim Berisha")[0] != "ALB"
