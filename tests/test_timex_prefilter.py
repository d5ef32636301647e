import re
import sys

from dossier.nlp.timex.grammar import Grammar
from dossier.nlp.timex.lexicon import TimexLexicon
from dossier.nlp.timex.prefilter import FOLD, folded, may_match, required_words

TEXTS = [
    "The company said on Tuesday that profits in the third quarter rose 5 percent from a year earlier.",
    "Two years ago, in the early 1990s, the 19th century building burned down at 3 p.m. EST.",
    "He has been in office for more than a decade and will step down next month, every other week.",
    "Christmas Eve; last summer; this morning; the day before yesterday; the fiscal year 2016.",
    "No dates here at all, just words about a ſtate and a \u212aing.",
    "ON MARCH 5, 2017 THE MINISTER SPOKE FOR TWENTY MINUTES ABOUT THE NEXT CENTURY.",
]


def test_timex_prefilter_fold_covers_every_case_insensitive_ascii_match():
    """The characters outside ASCII that re.IGNORECASE matches to an ASCII letter are exactly FOLD's."""
    chars = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found = {m.group() for m in re.finditer("[\x00-\x7f]", chars, re.IGNORECASE)}
    assert found == {chr(c) for c in FOLD}
    for c, letter in FOLD.items():
        assert re.fullmatch(letter, chr(c), re.IGNORECASE)


def test_timex_prefilter_reads_required_words_off_the_pattern():
    assert required_words(re.compile(r"(?<!\w)(?:the\s+)?\d+(?:st|th)[\s-]+century", re.I)) == ("century",)
    assert required_words(re.compile(r"\d+\s+(?:years?\s+)?(?:ago|earlier)", re.I)) == ("ago", "earlier")
    assert required_words(re.compile(r"(?:early\s+)?\d{4}", re.I)) is None
    assert may_match(("century",), folded("The 19th CENTURY")) and not may_match(("century",), "a year")
    assert may_match(("king",), folded("\u212aING"))


def test_timex_prefilter_changes_no_hits():
    grammar = Grammar(TimexLexicon.load())
    assert any(words is not None for words in grammar.required)
    unfiltered = Grammar(TimexLexicon.load())
    unfiltered.required = [None] * len(unfiltered.rules)
    for text in TEXTS:
        assert grammar.find(text) == unfiltered.find(text)
