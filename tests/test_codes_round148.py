"""Round 148: an officer named by a company's office is of the one company of known country in the sentence, though
another of no known country is named too; a group "foreign" by its words takes no country from the one named before
it. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round148_a_chief_executive_is_of_the_company_of_known_country(nlp):
    text = (
        "Microsoft agreed on Tuesday to buy Quillbrook, a small maker of note-taking software, for 900 million "
        "dollars, and chief executive Kevin Marlowe said the deal would close this year."
    )
    analysis = analysed(nlp, text, "2016-03-08")
    assert codes_at(analysis, "Kevin Marlowe") == ("USA", "BUS")


def test_round148_a_foreign_group_takes_no_country_from_the_place_before_it(nlp):
    text = "Police in Nairobi questioned foreign diplomats on Monday about the attack on the mall."
    analysis = analysed(nlp, text, "2013-09-23")
    assert codes_at(analysis, "foreign diplomats")[0] is None
