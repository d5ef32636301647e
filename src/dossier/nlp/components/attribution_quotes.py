"""Quotations in raw text: every kind of mark, quotes over several paragraphs, unbalanced marks.

``find_quotes(text)`` returns the top-level quotations (marks included) in order. Rules:

* double marks: “ ” „ « » and straight ``"`` (a straight mark closes the open one, else opens);
  single marks ‘ ’ and ``'`` count only when they cannot be apostrophes (``Trump’s``, ``don't``);
  marks inside an open quotation are nested quotes and do not end it unless they match its kind;
* a quotation still open at the end of a paragraph continues when the next paragraph opens with a
  quote mark (the newspaper convention for a quote over several paragraphs); the parts become one
  ``Quote`` with several ``parts``; otherwise it ends with its paragraph (``closed=False``);
* a closing mark with nothing open closes a quotation that started at the paragraph start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE
_PARA = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark (or the paragraph start when it has none)
    end: int  # just after the closing mark (or the paragraph end when unbalanced)
    parts: tuple[tuple[int, int], ...]  # one per paragraph the quotation runs over
    closed: bool

    def contains(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.parts)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Top-level (start, end, closed) quotes inside one paragraph, and where a still-open one began."""
    out: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []  # ("d" | "s", position)
    for i in range(start, end):
        ch = text[i]
        if ch not in ALL_MARKS:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        kind, action = _classify(ch, before, after, stack)
        if action == "open":
            stack.append((kind, i))
        elif action == "close":
            # close the innermost open quote of this kind (dropping unclosed single quotes above it)
            while stack and stack[-1][0] != kind:
                stack.pop()
            if stack:
                _, at = stack.pop()
                if not stack:
                    out.append((at, i + 1, True))
            elif kind == "d" and not out and _only_space(text, start, i):
                continue  # a closing mark right at the paragraph start: nothing to close
            elif kind == "d" and not out and not _is_letter(after) and before.strip():
                out.append((start, i + 1, True))  # "…” says X." where the opening mark is missing
    doubles = [at for k, at in stack if k == "d"]
    return out, (doubles[0] if doubles else None)


def _only_space(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _classify(ch: str, before: str, after: str, stack: list[tuple[str, int]]) -> tuple[str, str]:
    """("d" | "s", "open" | "close" | "none") for a mark between ``before`` and ``after``."""
    open_kinds = {k for k, _ in stack}
    if ch in DOUBLE_OPEN:
        # bad typesetting uses “ to close: a mark glued to the previous word, with no word after it
        if "d" in open_kinds and before.strip() and not _is_letter(after):
            return "d", "close"
        return "d", "open"
    if ch in DOUBLE_CLOSE:
        return "d", "close"
    if ch == STRAIGHT_DOUBLE:
        return "d", "close" if "d" in open_kinds else "open"
    # single marks: ‘ ’ '
    if _is_letter(before) and _is_letter(after):
        return "s", "none"  # an apostrophe: don't, Trump’s
    if ch not in SINGLE_CLOSE and not _is_letter(before) and (_is_letter(after) or after in '“"'):
        return "s", "open"
    if ch != SINGLE_OPEN[0] and "s" in open_kinds and not _is_letter(after):
        return "s", "close"
    return "s", "none"


def find_quotes(text: str) -> list[Quote]:
    """The top-level quotations of ``text`` in order, multi-paragraph ones merged."""
    # two apostrophes (''…'') and two backticks (``…'') stand for double marks in some archives
    original = text
    text = text.replace("''", '"\u2060').replace("``", '"\u2060')
    if text != original:
        return [_widen(q, original) for q in _find(text)]
    return _find(text)


def _widen(q: Quote, text: str) -> Quote:
    """A quotation closed by a two-character mark ends after both characters."""
    parts = tuple((s, e + 1) if text[e - 1 : e + 1] in {"''", "``"} else (s, e) for s, e in q.parts)
    return Quote(parts[0][0], parts[-1][1], parts, q.closed)


def _find(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    pending: list[tuple[int, int]] = []  # parts of a quotation running over paragraphs
    paragraphs = [(m.start(), m.end()) for m in _PARA.finditer(text)]
    for n, (p_start, p_end) in enumerate(paragraphs):
        stripped_end = p_start + len(text[p_start:p_end].rstrip())
        if stripped_end <= p_start:
            continue
        found, open_at = _paragraph_quotes(text, p_start, stripped_end)
        if pending:
            # the continuing quotation: this paragraph opens with a mark; it ends where the first quote ends
            if found and found[0][0] == _first_char(text, p_start, stripped_end):
                s, e, closed = found.pop(0)
                pending.append((s, e))
                quotes.append(Quote(pending[0][0], e, tuple(pending), closed))
                pending = []
            elif open_at is not None and open_at == _first_char(text, p_start, stripped_end) and not found:
                pending.append((open_at, stripped_end))
                open_at = None
                if not _next_opens(text, paragraphs, n):
                    quotes.append(Quote(pending[0][0], pending[-1][1], tuple(pending), False))
                    pending = []
                continue
            else:
                quotes.append(Quote(pending[0][0], pending[-1][1], tuple(pending), False))
                pending = []
        for s, e, closed in found:
            quotes.append(Quote(s, e, ((s, e),), closed))
        if open_at is not None:
            part = (open_at, stripped_end)
            if _next_opens(text, paragraphs, n):
                pending = [part]
            elif stripped_end - open_at > 1:
                quotes.append(Quote(open_at, stripped_end, (part,), False))
    if pending:
        quotes.append(Quote(pending[0][0], pending[-1][1], tuple(pending), False))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _first_char(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _next_opens(text: str, paragraphs: list[tuple[int, int]], n: int) -> bool:
    for s, e in paragraphs[n + 1 :]:
        chunk = text[s:e].lstrip()
        if not chunk:
            continue
        return chunk[0] in DOUBLE_OPEN or chunk[0] == STRAIGHT_DOUBLE
    return False


def quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.start > pos:
            break
        if q.contains(pos):
            return q
    return None
