"""Which lines of a text are written as headlines: in title case or in capitals ("Red Sox Make Huge Offer",
"FIRED IN PHILLY"). There every word is capitalised, so capitals say nothing about names; the entity stage
(``nlp.entities.consistency``) and recall (``resolve.recall``) both read names differently there."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{4,}")


def headline_lines(text: str) -> set[int]:
    """The numbers (from 0) of the lines with at least three words of four letters or more, at least 80% of
    them capitalised."""
    out = set()
    for n, line in enumerate(text.split("\n")):
        words = _WORD.findall(line)
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.add(n)
    return out
