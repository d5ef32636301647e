"""Round 101 (batch 85's kinds, and older blind errors): a former office named the day the table of heads has the
person take another, and no country for an international organisation's official. The sentences are written for
these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round101_a_former_office_named_the_day_another_begins(nlp):
    text = (
        "Julius Nyerere stepped down as Tanzania's president on Tuesday, and the chief justice swore in Ali Hassan "
        "Mwinyi, the former president of Zanzibar, as his successor."
    )
    analysis = analysed(nlp, text, "1985-11-05")
    assert codes_at(analysis, "Ali Hassan Mwinyi") == ("TZA", "GOV")  # leaders.tsv: his term begins that day
    # the table of heads has Jordan's King Abdullah in office in 2016: a late king is another, and holds no office
    text = "Prince Faisal, the nephew of the late King Abdullah and an investor, met bankers on Thursday."
    analysis = analysed(nlp, text, "2016-01-28")
    assert codes_at(analysis, "Abdullah")[1] != "GOV"


def test_round101_an_international_official_has_no_country(nlp):
    text = (
        "Belgian police detained Eva Kaili, a Greek vice president of the European Parliament, on Friday in a "
        "bribery investigation."
    )
    analysis = analysed(nlp, text, "2022-12-09")
    assert codes_at(analysis, "Eva Kaili") == (None, "IGO")
    text = (
        "A truck bomb tore through the Canal Hotel in Baghdad, killing Sergio Vieira de Mello, the UN's special "
        "representative for Iraq."
    )
    analysis = analysed(nlp, text, "2003-08-19")
    assert codes_at(analysis, "Sergio Vieira de Mello") == (None, "IGO")
