"""Verbal or material: PLOVER readings of words that name both a use of force and an act of speech.

- **ASSAULT or ACCUSE.** "Attacked", "hit", "slammed", "a blistering attack" name a verbal attack (ACCUSE,
  disapprove; CAMEO 11) when the sentence describes no force (no weapon, casualty, armed actor or
  military target: ``verbal.txt`` class ``force``) and something says the act was verbal: the particle
  "out" ("hit out at", "lashed out at"), a modifier of the noun ("a scathing attack"), an object that can
  only be criticised ("attacked the decision", "the plan"), a context of speech ("in a speech", "on
  Twitter", "during the debate", "in an interview"), or a description ("attacked Putin as a war
  criminal", "..., calling him a liar").
- **SUPPORT or AID.** SUPPORT is political, diplomatic, non-material support; a verb of support whose
  object is material help ("supported economic assistance", "to support health services") is AID.
- **PROTEST or ACCUSE.** PROTEST is collective action (demonstrations, strikes, boycotts); a country or
  government that "protests" or "lodges a protest" complains officially (ACCUSE, allege; CAMEO 114).

The words are data: ``data/lexicons/plover/verbal.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.nlp.components.events_lexicon import PloverLexicon

ATTACK_NOUNS = {"attack", "assault", "broadside", "salvo", "swipe", "onslaught", "offensive"}
SPEECH_PREPS = {"in", "during", "at", "on", "via", "through", "over", "after"}
DESCRIBE_VERBS = {"say", "call", "describe", "label", "brand", "dub", "accuse", "tweet", "write", "add", "claim"}
COLLECTIVE = {
    "protester",
    "demonstrator",
    "worker",
    "student",
    "people",
    "thousand",
    "hundred",
    "crowd",
    "resident",
    "supporter",
    "farmer",
    "activist",
    "union",
    "teacher",
    "doctor",
    "driver",
    "villager",
    "citizen",
    "employee",
    "member",
    "youth",
    "woman",
    "man",
    "opposition",
}


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _force(tok: Token, force: set[str]) -> bool:
    return any(t.i != tok.i and (_lemma(t) in force or t.lower_ in force) for t in tok.sent)


def verbal_attack(tok: Token, lex: PloverLexicon) -> bool:
    """Whether an ASSAULT trigger names criticism rather than force (see the module docstring)."""
    words = lex.verbal
    lemma = _lemma(tok)
    noun = tok.pos_ in {"NOUN", "PROPN"}
    if not (lemma in ATTACK_NOUNS if noun else lemma in words.get("verb", set())):
        return False
    if _force(tok, words.get("force", set())):
        return False
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out" for c in tok.children):
        return True  # "hit out at", "lashed out at"
    if noun and any(c.dep_ in {"amod", "compound"} and _lemma(c) in words.get("mod", set()) for c in tok.children):
        return True  # "a scathing attack on"
    topic = words.get("topic", set())
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in topic:
            return True  # "attacked the decision"
        if c.dep_ == "prep" and c.lower_ in {"on", "against", "at"}:
            if any(o.dep_ == "pobj" and _lemma(o) in topic for o in c.children):
                return True  # "an attack on the plan", "hit out at the ruling"
        if c.dep_ == "prep" and c.lower_ == "as":
            return True  # "attacked Putin as a war criminal"
        if c.dep_ in {"advcl", "conj", "xcomp", "ccomp"} and _lemma(c) in DESCRIBE_VERBS:
            return True  # "..., calling him a liar", "..., saying"
    speech = words.get("speech", set())
    for t in tok.sent:
        if t.dep_ == "pobj" and _lemma(t) in speech and t.head.lower_ in SPEECH_PREPS:
            return True  # "in a speech", "on Twitter", "during the debate"
        if t.pos_ == "VERB" and _lemma(t) == "tweet":
            return True
    return False


def official_protest(tok: Token, source_type: str | None) -> bool:
    """A "protest" by a country or government (no collective of people): an official complaint."""
    if _lemma(tok) != "protest" or source_type != "GPE":
        return False
    return not any(_lemma(t) in COLLECTIVE for t in tok.sent)


def material_support(tok: Token, lex: PloverLexicon) -> bool:
    """A SUPPORT verb whose object is material help ("supported economic assistance", "to support mobile
    health services"): PLOVER SUPPORT is non-material only, so the act is AID."""
    if tok.pos_ != "VERB":
        return False
    material = lex.verbal.get("material", set())
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            words = {_lemma(c), *(_lemma(m) for m in c.children if m.dep_ in {"compound", "amod"})}
            if words & material:
                return True
        if c.dep_ == "nsubj" and _lemma(c) in {"aid", "assistance", "funding", "money", "fund", "grant", "loan"}:
            return True  # "Australian aid supported two million girls": the help itself is the actor
    return False
