"""Round 32: the trade nouns of companies around their names, and the country those words say ("Kestrel
Dynamics, the Norwegian drone maker"; not "a C.I.A. contractor", "Kuomintang lawmakers" or "a documentary maker");
what only a company does or has ("filed for bankruptcy", "shares in"); a central bank by its name over "the bank"
a description says; a country acting on a number or a quantity ("flew hundreds of troops"); a company known by its
kind placed by its scene. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import company_said, country_acts, organisation_kind


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        # a maker of anything, heading the apposition, with the apposition's demonym
        ("Kestrel Dynamics, the Norwegian drone maker, said on Monday it would cut 400 jobs.", "2019-05-06",
         "Kestrel Dynamics", ("NOR", "BUS")),
        # a city's compound in the apposition places the company
        ("Regulators fined Arborline, a Toronto-based payments firm, on Tuesday for failing to report transfers.",
         "2019-05-06", "Arborline", ("CAN", "BUS")),
        # a demonym before the kind noun before the name, with no determiner
        ("Volvo was sold on Sunday to Chinese carmaker Huanyu Motors for 1.8 billion dollars.", "2019-05-06",
         "Huanyu Motors", ("CHN", "BUS")),
        # a noun before the kind noun, with no determiner: a company's kind, no country said
        ("Prosecutors said engineering firm Delcom had paid the bribes.", "2019-05-06", "Delcom", (None, "BUS")),
        # a company's failing
        ("Halvorsen Freight filed for bankruptcy protection on Friday after its lenders pulled out.", "2019-05-06",
         "Halvorsen Freight", (None, "BUS")),
        # a company known by its kind is placed by its scene like any actor
        ("Prosecutors in Ohio said on Monday that the consulting firm Brantwell Advisers had overbilled the state "
         "pension fund.", "2016-05-02", "Brantwell Advisers", ("USA", "BUS")),
        # a central bank by its name, over "the bank" a description linked to it says
        ("Christian Vautrin, the Bank of France governor, said on Thursday the bank would act.", "2008-01-24",
         "Bank of France", ("FRA", "GOV")),
    ],
)  # fmt: skip
def test_codes_round32_a_company_is_coded_from_its_kind_and_acts(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Kestrel Dynamics, the Norwegian arms maker, said on Monday it would cut jobs.",
            "Kestrel Dynamics",
            "arms maker",
        ),
        ("the deal with chipmaker Voltra was signed", "Voltra", "chipmaker"),
        # right after a name, a trade noun is another's: a contractor of the C.I.A., makers in the Community
        ("said Ed Parks, a former C.I.A. contractor.", "C.I.A.", None),
        ("European Community steelmakers cut output.", "European Community", None),
        # makers that are people
        ("accusing Kuomintang lawmakers of forcing the deal", "Kuomintang", None),
        ("Jan Kees, a documentary maker, was shot on Tuesday.", "Jan Kees", None),
        # a name, not a kind noun, heads the apposition
        ("Will Hart, The International Consortium of Reporters said.", "Will Hart", None),
    ],
)
def test_codes_round32_trade_nouns_around_a_name(text, name, expected):
    start = text.index(name)
    kind = organisation_kind(text, start, start + len(name))
    assert (kind[0] if kind else None) == expected


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("Halvorsen Freight filed for insolvency on Friday.", "Halvorsen Freight", True),
        ("Halvorsen Freight went into administration.", "Halvorsen Freight", True),
        ("Investors sold shares in Halvorsen Freight on Friday.", "Halvorsen Freight", True),
        ("Halvorsen Freight's shares fell 20 percent.", "Halvorsen Freight", True),
        ("Halvorsen Freight filed a complaint on Friday.", "Halvorsen Freight", False),
    ],
)
def test_codes_round32_what_only_a_company_does(text, name, said):
    start = text.index(name)
    assert (company_said(text, start, start + len(name)) is not None) is said


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        ("Portugal and Spain flew hundreds of troops into the capital on Tuesday.", "Portugal", True),
        ("Portugal and Spain flew hundreds of troops into the capital on Tuesday.", "Spain", True),
        ("Norway expelled two diplomats on Friday.", "Norway", True),
    ],
)
def test_codes_round32_a_country_acting_on_a_number(text, country, acts):
    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts
