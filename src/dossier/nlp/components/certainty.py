"""How firmly a clause is put: conditional, denied, alleged, hedged, planned, or the default.

``certainty_of(tokens)`` looks at the main predicates of a clause (the tokens whose head lies outside
it) and the words around them: a conditional ``if``/``unless`` (or ``if proven``), a denial ("false",
"denies"), an allegation ("alleged", "accused of"), a hedge ("may", "reportedly", "appears"), the
future or an intention ("will", "going to", "plans to"). The cue words are the lexicon files
``hedges.txt``, ``allegation.txt``, ``denial.txt``, ``conditional.txt`` and ``planned.txt``.
The first of conditional > denied > alleged > hedged > planned found wins; else ``default``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span, Token

from dossier.nlp.components.attribution_lexicon import AttributionLexicon

ORDER = ("conditional", "denied", "alleged", "hedged", "planned")
HEDGE_MODALS = {"may", "might", "could"}
FUTURE = {"will", "shall", "'ll", "wo", "gon"}
PROOF = {"proven", "proved", "confirmed", "true", "correct", "accurate", "substantiated", "verified"}


@lru_cache(maxsize=1)
def default_lexicon() -> AttributionLexicon:
    """The packaged lexicon, loaded once (it is immutable)."""
    return AttributionLexicon.load()


def _words(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def clause_flags(tokens: Iterable[Token], lex: AttributionLexicon) -> set[str]:
    """The certainty cues found on the main predicates of ``tokens`` (a clause or sentence)."""
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return set()
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head == t]
    # predicates: each root, and verbs coordinated with it or in its clausal complement chain
    preds: list[Token] = []
    for r in roots:
        preds.append(r)
        preds.extend(c for c in r.children if c.dep_ in {"conj", "xcomp", "attr", "acomp"} and c.i in inside)
    flags: set[str] = set()
    cues = lex.cues
    for p in preds:
        kids = [c for c in p.children if c.i in inside]
        w = _words(p)
        if w & cues["denied"] and p.pos_ in {"VERB", "ADJ", "NOUN"}:
            flags.add("denied")
        if w & cues["alleged"] and p.pos_ in {"VERB", "ADJ"}:
            flags.add("alleged")
        if p.lemma_.lower() in {"appear", "seem"}:
            flags.add("hedged")
        for c in kids:
            cw = _words(c)
            if c.dep_ == "mark" and cw & cues["conditional"] and c.lower_ != "whether":
                flags.add("conditional")
            elif c.dep_ == "advcl" and any(g.dep_ == "mark" and _words(g) & cues["conditional"] for g in c.children):
                if c.i > p.i or c.lemma_.lower() in PROOF or any(g.lower_ in PROOF for g in c.children):
                    flags.add("conditional")
            elif c.dep_ in {"aux", "auxpass"} and c.lower_ in HEDGE_MODALS:
                flags.add("hedged")
            elif c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE:
                flags.add("planned")
            elif c.dep_ in {"advmod", "amod"} and cw & cues["alleged"]:
                flags.add("alleged")
            elif c.dep_ in {"advmod", "amod"} and cw & cues["hedged"] and c.lower_ not in {"can"}:
                flags.add("hedged")
            elif c.dep_ in {"acomp", "attr"} and cw & cues["denied"]:
                flags.add("denied")
        if p.lemma_.lower() == "go" and p.tag_ == "VBG" and any(c.dep_ == "xcomp" and _is_to(c) for c in kids):
            flags.add("planned")  # "are going to have"
    # "if proven", "if true" anywhere in the clause
    for t in toks:
        if t.lower_ in {"if", "unless"} and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in PROOF:
            flags.add("conditional")
        main_noun = t.head.i in inside and t.head.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "ROOT"}
        if t.dep_ == "amod" and _words(t) & cues["alleged"] and main_noun:
            flags.add("alleged")
    return flags


def _is_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def certainty_of(
    tokens: Span | Iterable[Token], lexicon: AttributionLexicon | None = None, default: str = "asserted"
) -> str:
    """Certainty of a clause or sentence from the cue words around its main predicate(s).

    ``tokens``: a spaCy ``Span`` or any tokens of one parsed ``Doc`` (e.g. an event's clause).
    Returns one of ``conditional, denied, alleged, hedged, planned`` when a cue is found, else ``default``
    (``asserted`` for the article's own statements, ``reported`` for an attributed content).
    """
    flags = clause_flags(list(tokens), lexicon or default_lexicon())
    return next((c for c in ORDER if c in flags), default)


def cue_certainty(cue_head: Token, base: str, lex: AttributionLexicon) -> str:
    """The certainty a cue gives its content: its lexicon entry's, hedged by "reportedly said", "may have said"."""
    if base in {"denied", "alleged", "conditional"}:
        return base
    for c in cue_head.children:
        w = _words(c)
        if c.dep_ in {"aux", "auxpass"} and c.lower_ in HEDGE_MODALS:
            return "hedged"
        if c.dep_ == "advmod" and w & lex.cues["alleged"]:
            return "alleged"
        if c.dep_ == "advmod" and w & lex.cues["hedged"]:
            return "hedged"
    return base


def combine(cue: str, content: str) -> str:
    """An attribution's certainty: the stronger of the cue's and the content's own, in the order
    conditional > denied > alleged > hedged > planned; else the cue's (``reported``)."""
    ranked = [c for c in ORDER if c in {cue, content}]
    return ranked[0] if ranked else cue
