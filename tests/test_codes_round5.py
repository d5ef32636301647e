"""Issue #14, round 5 of the codes stage: the kinds of batch 9's errors. A role head with no sector of its own
serves its principal; the office of a country one is reported leaving. The sentences are written for these
tests; the expected codes are coded by hand."""

from __future__ import annotations

from dossier.codes import code_analysis
from dossier.codes.codebook import default_codebook
from dossier.codes.text import office_left, organisation_head, party_leader, principal_sector, role_apposed
from dossier.models import Analysis, Article, Entity, Mention


def coded(text: str, name: str, kind: str = "PERSON", published: str = "2019-05-02", role: str | None = None):
    start = text.index(name)
    ent = Entity("e1", name, kind, [Mention(start, start + len(name), name, "name", 0, role=role)])
    code_analysis(Analysis(Article("a", text, published=published), [], [ent]))
    return ent


def test_codes_round5_a_spokesman_or_director_serves_his_principal():
    book = default_codebook()
    assert principal_sector("presidential spokesman", book)[0] == "GOV"
    assert principal_sector("Kremlin spokeswoman", book)[::2] == ("GOV", "RUS")
    # an organisation the dictionaries file, over another noun of its name ("committee": LEG)
    assert principal_sector("Republican National Committee deputy director", book)[::2] == ("PTY", "USA")
    # the head of the principal's own name: a show named as a daily is a medium's
    assert principal_sector("Morning Gazette Daily host", book)[0] == "MED"
    # a head with a sector of its own, or a principal that is no name, is left to the other readers
    assert principal_sector("presidential candidate", book) is None
    assert principal_sector("the company spokesman", book) is None
    # an acronym is read only from dossier's own tables: Phoenix's "ICC" is the criminal court
    assert principal_sector("ICC Chairman", book) is None


def test_codes_round5_a_spokesman_named_before_a_person():
    text = "Presidential spokesman Tomas Ilagan said the palace would not interfere with the regulator."
    ent = coded(text, "Tomas Ilagan")
    assert ent.sector == "GOV"
    text = "The decision was welcomed by presidential spokeswoman Ana Ruiz, who called it fair."
    assert coded(text, "Ana Ruiz").sector == "GOV"
    text = "Republican National Committee Research Director Paul Hendry said the ads were unfair."
    ent = coded(text, "Paul Hendry", role="Director")
    assert (ent.country_code, ent.sector) == ("USA", "PTY")
    # the principal's sector is a title's second agreement with a Phoenix namesake: "Paul A. Volcker", USAGOV
    text = "Federal Reserve Chairman Paul Volcker warned against a further fall of the dollar."
    ent = coded(text, "Paul Volcker", published="1987-03-10", role="Chairman")
    assert (ent.country_code, ent.sector) == ("USA", "GOV")
    # a company's staff keep the country of where they work, not the company's home
    text = "In Detroit, Toyota spokesman Jim Carrow said sales had risen."
    assert coded(text, "Jim Carrow").sector == "BUS"
    assert not any(
        c.evidence.text == "Toyota spokesman" and c.code.startswith("JPN") for c in coded(text, "Jim Carrow").codes
    )


def test_codes_round5_the_office_of_a_country_one_leaves():
    book = default_codebook()
    text = "Marek Novak resigned after nine years as Slovakia's prime minister on Friday."
    assert office_left(text, text.index(" resigned"), book)[::2] == ("Slovakia's prime minister", "GOV")
    # a company's president, a leaving told as past, a former office: nothing
    text = "John Abbot has resigned as president of the company."
    assert office_left(text, text.index(" has"), book) is None
    text = "John Abbot resigned last year as Canada's finance minister."
    assert office_left(text, text.index(" resigned"), book) is None
    # the dictionary files Yeltsin as an elite from the day he left office; the day's news is his leaving it
    text = "Boris Yeltsin resigned as Russia's president in a televised address."
    ent = coded(text, "Boris Yeltsin", published="1999-12-31")
    assert (ent.country_code, ent.sector) == ("RUS", "GOV")
    text = "Pierre Dumas resigned as Haiti's president and left the country."
    ent = coded(text, "Pierre Dumas", kind="ORG", published="2004-02-29")  # the NER types some people ORG
    assert (ent.country_code, ent.sector) == ("HTI", "GOV")


def test_codes_round5_a_name_says_a_union_a_paper_or_a_state_body():
    # a body of workers by its members' noun
    assert organisation_head("Federation of Dockworkers and Port Staff")[1] == "LAB"
    assert organisation_head("National Union of Railway Employees")[1] == "LAB"
    ent = coded("The Guild of Steelworkers called a strike at the plant.", "Guild of Steelworkers", "ORG")
    assert ent.sector == "LAB"
    # a paper named for how often it comes out
    assert organisation_head("The Daily Lantern")[1] == "MED"
    assert organisation_head("Weekly Observer")[1] == "MED"
    # a state's body by its first word and its head; not a council, nor an association
    assert organisation_head("National Broadcasting Authority")[1] == "GOV"
    assert organisation_head("Federal Aviation Administration")[1] == "GOV"
    ent = coded("The National Fisheries Commission closed the bay to trawlers.", "National Fisheries Commission", "ORG")
    assert ent.sector == "GOV"
    assert organisation_head("National Council of Churches") is None
    assert organisation_head("National Rifle Association") is None
    assert organisation_head("Association of Retired Teachers") is None  # no workers' noun


def test_codes_round5_where_an_organisation_is_listed_or_based():
    text = "Strikers blocked the gates of Toronto-listed Veldmark's gold mine near Kumasi on Monday."
    ent = coded(text, "Veldmark", "ORG")
    assert (ent.country_code, ent.sector) == ("CAN", "BUS")  # a listed one is a company
    text = "Frankfurt-based chemicals group Ostwerk said it would close two plants."
    assert coded(text, "Ostwerk", "ORG").country_code == "DEU"
    # below a dictionary record: an international organisation based in London has no country
    text = "London-based Amnesty International said the trial was unfair."
    assert coded(text, "Amnesty International", "ORG").country_code is None
    # a place the compound does not name: nothing
    text = "The cash-based lender Ostkredit cut its rates."
    assert coded(text, "Ostkredit", "ORG").country_code is None


def test_codes_round5_a_home_is_read_whole_and_only_of_the_name_after_it():
    text = "A group led by Hong\nKong-based Pacific Crest Ltd bought 5 pct of the shares."
    assert coded(text, "Pacific Crest Ltd", "ORG").country_code == "HKG"  # across a line break
    # the compound is another's: "a Dallas-based subsidiary of| X"
    text = "Trans Oil Production Co, a Dallas-based subsidiary of Nordhav Oil Co, leased the rig."
    assert coded(text, "Nordhav Oil Co", "ORG").country_code is None
    # a country word inside a region's name is not the country
    text = "Analyst Rick Moss at Vancouver, British Columbia-based firm Harbour Brown Ltd said prices rose."
    assert coded(text, "Harbour Brown Ltd", "ORG").country_code != "GBR"


def test_codes_round5_an_apposition_by_its_country_its_role_now_and_a_former_office():
    book = default_codebook()
    # a possessive country opens an apposition; the role held now wins over the one held before
    text = "Police arrested Emilio Varga, Chile's former army chief and now a senator, in Madrid."
    words, _, sector = role_apposed(text, text.index(","), book)
    assert sector == "LEG" and words.startswith("Chile's")
    ent = coded(text, "Emilio Varga", published="1999-02-01")
    assert (ent.country_code, ent.sector) == ("CHL", "LEG")
    text = "The plan was studied by Jane Holt, a former treasury aide now teaching at Ohio State University."
    assert role_apposed(text, text.index(","), book)[2] == "EDU"
    # a former office its principal names (a commissioner's sector is his commission's): CAMEO's elites
    text = "Critics included Sam Bell, a former Internal Revenue Service commissioner, and two senators."
    assert role_apposed(text, text.index(","), book)[2] == "ELI"
    # a possessive that is not a country's opens no apposition; "now" with no role says nothing
    text = "He met Ann Lee, Trump's favourite, on Monday."
    assert role_apposed(text, text.index(","), book) is None
    text = "He met Ann Lee, a former senator now living in Maine, on Monday."
    assert role_apposed(text, text.index(","), book)[2] == "ELI"
    # a clause after a fronted phrase is no apposition
    text = "For Ann Lee, Britain's uprising against the European Union is the sort of victory she fears."
    assert role_apposed(text, text.index(","), book) is None
    # a company's former staff say no sector ("former head of Exxon Mobil")
    text = "Critics included Sam Bell, a former Exxon Mobil chairman, and two senators."
    assert role_apposed(text, text.index(","), book) is None


def test_codes_round5_a_party_leader_named_as_such_is_the_opposition():
    assert party_leader("the leader of the Republican People's Party")
    assert party_leader("Labour leader") and party_leader("Liberal Party leader")
    assert not party_leader("his own party's leaders")  # a party only described
    assert not party_leader("Communist Party leader")  # as often a state's ruler
    assert not party_leader("leader of the ruling Justice Party")
    text = "Agrarian Union Party leader Dana Petrova called the vote a fraud."
    ent = coded(text, "Dana Petrova", published="2021-04-02")
    assert ent.sector == "OPP"
    # an office the dictionary gives on the date wins: Boris Johnson was prime minister in 2020
    text = "Conservative Party leader Boris Johnson said the deal was done."
    assert coded(text, "Boris Johnson", published="2020-12-24").sector == "GOV"
    # no opposition code for the US parties
    text = "Republican Party leader Tom Hale of Ohio said the bill would pass."
    assert coded(text, "Tom Hale", published="2016-05-02").sector != "OPP"
