"""Negation and certainty of an event from its clause: planned, conditional, hedged, alleged, denied, reported.

These local rules stand until an attribution covering the event says otherwise (an event inside a
quote or a reported claim takes the attribution's certainty when the attribution is less certain).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dossier.nlp.components.events_lexicon import PloverLexicon

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}  # "said he would meet": future in the past
HEDGE_AUX = {"may", "might", "could", "should", "can", "must"}
STOP_AT = {"ROOT"}


@dataclass(frozen=True)
class Certainty:
    certainty: str
    negated: bool
    reporter: Token | None  # the subject of the reporting verb, when the event is reported


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _chain(anchor: Token) -> list[Token]:
    """The anchor and the verbs it hangs on, nearest first, within the sentence."""
    out = [anchor]
    tok = anchor
    for _ in range(12):
        if tok.head == tok:
            break
        tok = tok.head
        out.append(tok)
    return out


def assess(trigger: Token, anchor: Token, lex: PloverLexicon) -> Certainty:
    negated = False
    planned = hedged = alleged = conditional = denied = False
    reporter: Token | None = None
    reported = False

    words = lambda c: {c.lemma_.lower(), c.lower_}  # noqa: E731
    neg = lex.cue("negative")
    # the trigger's own modifiers: "no talks", "the alleged attack", "potentially illegal discussions"
    for c in trigger.subtree if trigger.pos_ != "VERB" else ():
        if c.i >= trigger.i and c != trigger:
            continue
        w = words(c)
        if c.head == trigger and c.dep_ in {"neg", "det"} and w & {"no", "not", "never"}:
            negated = True
        if w & lex.cue("alleged"):
            alleged = True
        if w & lex.cue("hedged") and c.pos_ in {"ADV", "ADJ", "VERB"}:
            hedged = True
        if c.head == trigger and w & {"planned", "upcoming", "proposed", "scheduled", "forthcoming", "future", "next"}:
            planned = True

    if anchor.pos_ in {"VERB", "AUX"}:
        flags = _own_modifiers(anchor, lex)
        negated |= flags["negated"]
        planned |= flags["planned"]
        hedged |= flags["hedged"]
        alleged |= flags["alleged"]
        reported |= flags["reported"]
        conditional |= flags["conditional"]
    chain = _chain(anchor)
    for lower, v in zip(chain, chain[1:]):
        dep = lower.dep_
        if v.pos_ == "ADJ" and dep == "xcomp" and v.lemma_.lower() in lex.cue("planned"):
            planned = True  # "is willing to provide", "ready to meet"
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = v.lemma_.lower()
        kids = list(v.children)
        aux = _aux_words(v)
        if dep == "xcomp" and lemma in lex.cue("planned"):
            planned = True
        if dep == "xcomp" and lemma in neg:
            negated = True
        if dep == "xcomp" and any(c.dep_ == "neg" for c in kids) and lemma in lex.cue("planned"):
            negated = True  # "does not plan to meet"
        if any(c.dep_ == "mark" and words(c) & lex.cue("conditional") for c in kids):
            conditional = True
        if aux & FUTURE_AUX and dep in {"xcomp", "relcl", "acl", "attr", "conj", "dobj", "nsubj", "nsubjpass"}:
            planned = True
        if dep in {"ccomp", "dobj", "xcomp"} and lemma in lex.cue("denied") and reporter is None and not reported:
            denied = True
        if dep in {"ccomp", "parataxis", "dobj", "xcomp"} and lemma in lex.cue("report") and reporter is None:
            reported = True
            reporter = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    sent = trigger.sent
    if reporter is None and "according to" in sent.text.lower():
        reported = True

    if conditional:
        certainty = "conditional"
    elif denied:
        certainty = "denied"
    elif planned:
        certainty = "planned"
    elif alleged:
        certainty = "alleged"
    elif hedged:
        certainty = "hedged"
    elif reported:
        certainty = "reported"
    else:
        certainty = "asserted"
    return Certainty(certainty, negated, reporter)


def _own_modifiers(verb: Token, lex: PloverLexicon) -> dict[str, bool]:
    aux = _aux_words(verb)
    flags = {k: False for k in ("negated", "planned", "hedged", "alleged", "reported", "conditional")}
    flags["negated"] = any(c.dep_ == "neg" for c in verb.children)
    flags["planned"] = bool(aux & FUTURE_AUX) or ("going" in aux and verb.tag_ == "VB")
    flags["hedged"] = bool(aux & HEDGE_AUX)
    for c in verb.children:
        w = {c.lemma_.lower(), c.lower_}
        if c.dep_ == "advmod" and w & lex.cue("hedged"):
            flags["hedged"] = True
        if c.dep_ == "advmod" and w & lex.cue("alleged"):
            flags["alleged"] = True
        if c.dep_ == "advmod" and w & lex.cue("reported"):
            flags["reported"] = True
        if c.dep_ == "mark" and w & lex.cue("conditional"):
            flags["conditional"] = True
    return flags
