"""Issue #14: the organisations table, capitals' other spellings, the US Congress styles, and a description
linked from afar giving way to a person's dictionary record."""

from __future__ import annotations

from dossier.codes.actors import us_congress_style
from dossier.codes.codebook import default_codebook
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.resolve.knowledge import Knowledge


def test_organisations_table_is_read_with_actors_and_loses_to_them():
    kb = Knowledge.load()
    [gazprom] = kb.coded("Gazprom")
    assert gazprom.entry.startswith("dossier-orgs:") and gazprom.codes == ("RUSBUS::",)
    assert kb.coded("Doctors Without Borders")[0].codes == ("NGO::",)
    assert kb.coded("Taliban")[0].entry.startswith("dossier-actors:")  # actors.tsv wins


def test_capital_spellings_and_organisation_names_in_the_lexicon():
    lex = EntityLexicon.load()
    assert lex.capitals["kiev"] == lex.capitals["kyiv"] == "UA"
    assert "Kiev" in lex.capital_names and "Human Rights Watch" in lex.organisations
    assert "RT" not in lex.organisations  # two letters are left to the NER
    assert default_codebook().capitals["kiev"] == "UKR"


def test_us_congress_styles():
    book = default_codebook()
    text = "Critics like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont."
    start = text.index("Patrick")
    assert us_congress_style(text, start, start + len("Patrick J. Leahy"), "", book)
    text = "Sen. Lisa Murkowski, R-Alaska, said no."
    assert us_congress_style(text, 5, 19, "", book)
    text = "It included apples from Washington to sway Senator Patty Murray."
    start = text.index("Patty")
    assert us_congress_style(text, start, start + 11, "Senator", book)
    text = "The French senator Jean Dupont, a member of the Republican group, spoke."
    start = text.index("Jean")
    assert not us_congress_style(text, start, start + 10, "", book)  # another country's senator
    text = "The Democratic senator also forced Stumpf to admit it."
    start = text.index("Stumpf")
    assert not us_congress_style(text, start, start + 6, "", book)  # the title is someone else's
