"""The time grammar on hand-written sentences: what it finds, where the spans end, what it rejects."""

from __future__ import annotations

import pytest

from dossier.nlp.components.timex import TimeTagger
from dossier.nlp.timex.grammar import select


@pytest.fixture(scope="module")
def tagger() -> TimeTagger:
    return TimeTagger()


def spans(tagger: TimeTagger, text: str) -> list[str]:
    hits = select([h for h in tagger.grammar.find(text) if tagger._plausible(h, text)])
    return [text[h.start : h.end] for h in hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Tuesday, March 4, 2025, in Lisbon.", ["Tuesday, March 4, 2025"]),
        ("Shares fell in the past two years and rose in early 1991.", ["the past two years", "early 1991"]),
        ("The talks lasted more than three weeks.", ["more than three weeks"]),
        ("Exports have grown since 2015.", ["2015"]),
        ("Profit doubled over the last five years.", ["the last five years"]),
        ("The mill posted third-quarter losses.", ["third-quarter"]),
        ("She left the firm two years ago.", ["two years ago"]),
        ("Costs rose in the 1990s.", ["the 1990s"]),
        ("The ferry leaves at 10:35 a.m. Tuesday.", ["10:35 a.m. Tuesday"]),
        ("The mayor resigned last week and a deputy took over two days later.", ["last week", "two days"]),
        ("The union votes this Friday, July 7.", ["this Friday, July 7"]),
        ("Sales rose 4% a year earlier.", ["a year earlier"]),
        ("The market is weak now.", ["now"]),
        ("The plant runs daily.", ["daily"]),
    ],
)
def test_timex_grammar_finds_expressions_with_timeml_spans(tagger, text, expected):
    assert spans(tagger, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels massed 3,000 troops on the border.",
        "Ministers of the G20 met in a hall.",
        "A Boeing 747 landed at the airport.",
        "The council may decide to march on the capital.",
        "The deadline is February 30.",
        "The court cited section 1990 of the code.",
        "He sold 1995 shares of the company.",
        "The ship carried 2010 tonnes of grain.",
        "The witness was 52 years old.",
        "The airline added 700 seats a week.",
        'They watched ABC\'s "This Week" on Sunday.'.replace(" on Sunday", ""),
        "The price of oil rose 12% in a single session.",
    ],
)
def test_timex_grammar_rejects_numbers_and_words_that_are_not_dates(tagger, text):
    assert spans(tagger, text) == []


def test_timex_grammar_rejects_years_far_out_of_range(tagger):
    assert spans(tagger, "The address was 3017 Elm Street.") == []
    assert spans(tagger, "The reactor holds 1205 rods.") == []


def test_timex_grammar_needs_a_cue_for_may_and_march(tagger):
    assert spans(tagger, "In May, the council voted.") == ["May"]
    assert spans(tagger, "May the council vote?") == []


def test_timex_grammar_keeps_prepositions_outside(tagger):
    assert spans(tagger, "They met on Monday in Oslo.") == ["Monday"]
    assert spans(tagger, "It will be done within a week.") == ["a week"]
    assert spans(tagger, "Prices rose over the past 20 years.") == ["the past 20 years"]
