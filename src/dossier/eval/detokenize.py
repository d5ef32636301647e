"""Readable text from corpora that ship tokens joined by spaces ("U . S . Marshals", "Lohan 's",
"eight - year"), with where every token went.

Evaluation data often comes tokenised; dossier reads news, and its tagger reads "James R . Dabney" or
"U . S . Marshals Service" worse than the text the article printed. Rebuilding the printed spacing is
reading the article as published, and the offsets let the gold follow.
"""

from __future__ import annotations

import re

NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "’s", "'", "’", "n't", "'re", "'ve", "'ll", "'d", "'m"}
    | {"''", "”", "..."}
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "``", "“", "‘"})
_JOINERS = frozenset({"-", "/"})  # "eight - year", "5 / 2 / 2013": glued on both sides between words
_URL_START = re.compile(r"(?:https?|www)$", re.IGNORECASE)
_DOMAINS = frozenset({"com", "org", "net", "gov", "edu", "int", "mil", "co", "uk", "info"})  # "People . com"


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Rebuild readable text from one sentence's tokens, with the character span of every token."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    url = bool(tokens) and bool(_URL_START.match(tokens[0]))
    quote_open = False
    joined = {i for i, tok in enumerate(tokens) if tok in _JOINERS and _between_words(tokens, i)}
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        closes_quote = tok == '"' and quote_open
        glue = (
            i == 0
            or url
            or tok in NO_SPACE_BEFORE
            or prev in NO_SPACE_AFTER
            or i in joined
            or i - 1 in joined
            or closes_quote
            or (prev == '"' and quote_open)
            or _inside_initials(tokens, i)
            or (prev == "." and tok in _DOMAINS and i > 1 and tokens[i - 2][-1:].isalnum())
            or (prev == ":" and tok.isdigit() and i > 1 and tokens[i - 2].isdigit())
        )
        if tok == '"':
            quote_open = not quote_open
        if not glue:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offsets


def _between_words(tokens: list[str], i: int) -> bool:
    """A hyphen or slash with a word or number on either side ("eight - year"); one after a bracket or
    before one is a dash between phrases ("( Sports Network ) - Wladimir Klitschko"), and stays spaced."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1][-1:].isalnum() and tokens[i + 1][:1].isalnum()


def _inside_initials(tokens: list[str], i: int) -> bool:
    """The "S" of "U . S .", the "m" of "p . m .": a single letter after a lone letter's full stop, itself
    followed by one."""
    return (
        i >= 2
        and len(tokens[i]) == 1
        and tokens[i].isalpha()
        and tokens[i - 1] == "."
        and len(tokens[i - 2]) == 1
        and tokens[i - 2].isalpha()
        and i + 1 < len(tokens)
        and tokens[i + 1] == "."
    )


def respace(text: str) -> tuple[str, list[int]]:
    """Text whose tokens are joined by single spaces and sentences by line breaks, rebuilt with the
    spacing news prints; and ``where``, with ``where[k]`` the offset in the new text of offset ``k`` of
    the old one (``len(text) + 1`` entries). A token's start and end map to its start and end; a dropped
    space maps to the end of the token before it."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    base = 0
    old = 0
    for n, line in enumerate(text.split("\n")):
        if n:
            where[old] = base
            out.append("\n")
            base += 1
            old += 1
        tokens = line.split(" ")
        kept = [(k, t) for k, t in enumerate(tokens) if t]
        new_line, spans = detokenize([t for _, t in kept])
        starts = []
        at = old
        for t in tokens:
            starts.append(at)
            at += len(t) + 1
        last_end = base
        k_iter = iter(zip(kept, spans))
        spans_by_token = {k: span for (k, _), span in k_iter}
        for k, t in enumerate(tokens):
            start = starts[k]
            if k in spans_by_token:
                new_start, new_end = spans_by_token[k]
                for d in range(len(t)):
                    where[start + d] = base + new_start + d
                last_end = base + new_end
            where[start + len(t)] = last_end  # the space after it (or the line's end)
        out.append(new_line)
        base += len(new_line)
        old += len(line)
    where[len(text)] = base
    return "".join(out), where
