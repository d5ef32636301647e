"""Round 165: the European Commission's officers (a portfolio commissioner, the Commission's president by its
bare name, one of "his fellow European commissioners") are of no country, as an IGO's official is; a state's
commissioner keeps his country. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round165_a_portfolio_commissioner_is_the_commissions(nlp):
    text = (
        "The European Commission fined three German carmakers 875 million euros on Thursday, and Competition "
        "Commissioner Margrethe Vestager said they had colluded for years."
    )
    analysis = analysed(nlp, text, "2021-07-08")
    assert codes_at(analysis, "Margrethe Vestager") == (None, "IGO")


def test_round165_the_commission_president_by_its_bare_name(nlp):
    text = (
        "Dutch voters rejected the draft constitution on Wednesday, and Commission President Jose Manuel Barroso "
        "said the ratification process should go on."
    )
    analysis = analysed(nlp, text, "2005-06-01")
    assert codes_at(analysis, "Jose Manuel Barroso") == (None, "IGO")


def test_round165_one_of_his_fellow_commissioners(nlp):
    text = (
        "Romano Prodi and his 19 fellow European commissioners took office in Brussels on Thursday after the "
        "European Parliament approved them."
    )
    analysis = analysed(nlp, text, "1999-09-16")
    assert codes_at(analysis, "Romano Prodi") == (None, "IGO")


def test_round165_a_states_commissioner_keeps_its_country(nlp):
    text = (
        "Police Commissioner Andrew Coster said on Monday that officers in Wellington had arrested 120 protesters, "
        "and the European Union called for calm."
    )
    analysis = analysed(nlp, text, "2022-02-14")
    country, sector = codes_at(analysis, "Andrew Coster")
    assert (country, sector) == ("NZL", "COP")
