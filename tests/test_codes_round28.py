"""Round 28: a country is a state acting when it is the subject of any verb in the past, of a verb after a modal,
or of a relative clause about it; not when the word after it is an adjective of it used as a modifier, a
passive's participle, or "be". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.codes.text import country_acts


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        ("Rebels shelled the port on Friday, and Norway denounced the attack as a war crime.", "Norway", True),
        ("Estonia became the alliance's newest member on Tuesday.", "Estonia", True),
        ("The storm flattened villages, and Chile flew in rescue teams within hours.", "Chile", True),
        ("A spokesman said Peru would take all necessary measures to protect its fishermen.", "Peru", True),
        ("Under the treaty, Fiji will offer residency to the islanders.", "Fiji", True),
        ("The general fled to Belarus, which granted him asylum on Sunday.", "Belarus", True),
        # an adjective of the name used as a modifier, a passive, "be", a relative clause with no act
        ("Canada refined output declined in March.", "Canada", False),
        ("Kuwait, invaded by Iraq in August, was freed in February.", "Kuwait", False),
        ("Economists said Japan would be hit hardest by the tariffs.", "Japan", False),
        ("Refugees crossed into Syria, which borders Turkey.", "Syria", False),
        ("Officials in Norway denounced the attack.", "Norway", False),
    ],
)
def test_codes_round28_a_country_that_does_anything_is_a_state_acting(text, country, acts):
    start = text.index(country)
    assert country_acts(text, start, start + len(country)) is acts


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        # round 29: counted people of a country are its citizens, or its refugees when they seek asylum
        ("Tens of thousands of Peruvians marched through Lima on Saturday against the pardon.", "2017-12-30",
         "Tens of thousands of Peruvians", ("PER", "CVL")),
        ("Thousands of Ecuadorians seeking asylum crossed into Colombia on Sunday.", "2019-06-02",
         "Thousands of Ecuadorians", ("ECU", "REF")),
        # ... but "the" before a people makes it a side, which may be a state or a team
        ("The Peruvians said on Monday they would appeal the ruling.", "2017-12-30", "Peruvians", ("PER", None)),
        # aid bodies are non-governmental (the dictionary reads "agency" as a state's)
        ("British aid agencies said on Tuesday they would send tents to the flooded towns.", "2021-03-01",
         "British aid agencies", ("GBR", "NGO")),
    ],
)  # fmt: skip
def test_codes_round29_counted_people_of_a_country_are_its_citizens_or_refugees(nlp, text, date, words, expected):
    from dossier.testing.records import analysed, codes_at

    assert codes_at(analysed(nlp, text, date), words) == expected


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        # an office said of a named company by "its" is the company's, over the office word's state reading
        ("Kestrel Bancorp, Norway's third-largest lender, said on Monday it would close, and its president, "
         "Arne Solberg, apologised to savers.", "2021-03-01", "Arne Solberg", ("NOR", "BUS")),
        # kinds of company the dictionary lacks
        ("Kestrel Bancorp, Norway's third-largest brokerage, said on Monday it would close.", "2021-03-01",
         "Kestrel Bancorp", ("NOR", "BUS")),
    ],
)  # fmt: skip
def test_codes_round29_an_actor_is_coded_from_its_sentence(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected
