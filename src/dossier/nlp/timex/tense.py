"""The tense of the clause a time expression sits in: does "Friday" mean the last one or the next?

Uses the dependency parse when there is one; without it every clause reads as past (news reports
what happened).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.nlp.timex.lexicon import TimexLexicon

PAST, PRESENT, FUTURE = -1, 0, 1
FUTURE_AUX = frozenset(
    {"will", "'ll", "shall", "wo", "’ll", "would"}
)  # "would" reports a plan: "he would leave Thursday"
MAX_CLIMB = 8


def _verb_of(tok: Token) -> Token | None:
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.tag_ == "MD":
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _own_tense(verb: Token) -> int | None:
    """The tense a verb shows by itself and its auxiliaries; None for a bare infinitive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return FUTURE
    if "going" in words and any(a.lower_ == "to" for a in auxes):
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxes):  # had, was, were, did
        return PAST
    if any(a.lemma_ == "have" for a in auxes):  # present perfect: "have been searching since Oct. 23"
        return PAST
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return PAST
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return PRESENT
    if "to" in words or verb.tag_ == "VB":
        return None
    if verb.tag_ == "VBN":
        return PAST  # a reduced passive: "shares sold Friday"
    return None


def clause_tense(doc: Doc, start_char: int, end_char: int, lex: TimexLexicon) -> int:
    """-1 past, 0 present, +1 future, for the clause that governs the characters start..end (the verbs
    that look ahead are the lexicon's ``future_governors`` and ``scheduling_verbs``)."""
    if not doc.has_annotation("DEP"):
        return PAST
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return PAST
    verb = _verb_of(span.root)
    for _ in range(MAX_CLIMB):
        if verb is None:
            return PAST
        tense = _own_tense(verb)
        if verb.lemma_.lower() in lex.scheduling_verbs and tense != PAST:
            return FUTURE  # "has scheduled a news conference Thursday", "is set for Monday"
        if tense is not None:
            return tense
        if any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux") and verb.head.lemma_ == "be":
            return PAST if verb.head.tag_ == "VBD" else FUTURE  # "is to resume trading Tuesday"
        governor = verb.head
        if governor is verb:
            return PAST
        if governor.lemma_.lower() in lex.future_governors:
            return PAST if _own_tense(governor) == PAST and _perfect_or_past(governor) else FUTURE
        verb = _verb_of(governor)
    return PAST


def _perfect_or_past(verb: Token) -> bool:
    """ "had been due to", "was scheduled to": the plan itself lies in the past ("planned to leave
    Thursday" and "did not plan to" still look forward)."""
    return any(a.tag_ == "VBD" and a.lemma_ != "do" for a in verb.children if a.dep_ in ("aux", "auxpass"))
