"""Round 130: a party named as a government's partner, or as leaving the government it was in or backed, is of the
parties in power (PTY), though the table of heads names only the head's party. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round130_a_coalition_partner_named_before_its_name(nlp):
    text = "Chancellor Gerhard Schroeder said on Monday that his coalition with the Greens would survive the vote."
    analysis = analysed(nlp, text, "2001-11-12")
    assert codes_at(analysis, "Greens") == ("DEU", "PTY")


def test_round130_a_party_that_leaves_the_government(nlp):
    text = "The Democratic Unionist Party withdrew its support from the government on Tuesday over the border plan."
    analysis = analysed(nlp, text, "2019-10-22")
    assert codes_at(analysis, "Democratic Unionist Party")[1] == "PTY"
