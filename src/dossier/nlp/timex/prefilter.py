"""Skip the rules that cannot match a text: a rule is only run when the text holds one of the words every
match of the rule contains ("century", "quarter", "ago", a month name, ...).

The words are read off the compiled pattern (its parse tree), so the rules stay the only statement of
what matches; ``required_words`` returns None for a rule with no such word, and the rule always runs.
This changes no result: a rule skipped here would have found nothing. It only saves scanning the text
with regular expressions that fail at every position, which is most of the time timex spends.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812

# The characters outside ASCII that a case-insensitive pattern matches to an ASCII letter (checked by
# tests/test_timex_prefilter.py against the re module): folded to that letter before the word test.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased strings one of which is in the lower-cased text of every match, or None."""
    words = _required(P.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(words)) if words else None


def folded(text: str) -> str:
    """The text to test the words against: lower-cased, with the letters above folded to ASCII."""
    if not text.isascii() and _FOLDED.search(text):
        text = text.translate(FOLD)
    return text.lower()


def may_match(words: tuple[str, ...] | None, folded_text: str) -> bool:
    return words is None or any(w in folded_text for w in words)


def _required(seq) -> set[str] | None:
    """For a sequence of parsed items: the most selective of the requirements of its items."""
    found: list[set[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            found.append({"".join(run)})
            run.clear()

    for op, av in seq:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        end_run()
        if op is C.SUBPATTERN:
            words = _required(av[3])
        elif op is C.BRANCH:
            alternatives = [_required(alt) for alt in av[1]]
            words = None if any(a is None for a in alternatives) else set().union(*(a for a in alternatives if a))
        elif op in _REPEATS and av[0] >= 1:
            words = _required(av[2])
        else:  # character classes, assertions, optional parts, non-ASCII literals: no requirement
            words = None
        if words:
            found.append(words)
    end_run()
    if not found:
        return None
    # the requirement whose shortest word is longest (then the fewest words) rules out the most texts
    return max(found, key=lambda words: (min(map(len, words)), -len(words)))
