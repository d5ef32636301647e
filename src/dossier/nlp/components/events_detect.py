"""Find event triggers: lexicon verbs, light verbs with event nouns, and nominal events.

A ``Trigger`` records the word that names the event, the lexicon entry that classified it, and
the *anchor*: the verb that carries tense, modality and the clause (the trigger itself for a verb,
the light verb for "launched an attack", the noun for a free-standing nominal).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.nlp.components.events_args import child
from dossier.nlp.components.events_entry import Entry
from dossier.nlp.components.events_lexicon import LightVerb, PloverLexicon

# nouns inside names ("the Security Council", "Camp David Accords") are not events
NAME_LABELS = {"ORG", "GPE", "PERSON", "LAW", "WORK_OF_ART", "FAC", "NORP", "PRODUCT", "LOC"}


@dataclass(frozen=True)
class Trigger:
    token: Token  # the word naming the event
    particle: Token | None  # "for" in "call for"
    entry: Entry
    anchor: Token  # the verb (or noun) the event's clause hangs on
    light: Token | None  # the light verb, when there is one
    cameo: bool = False  # found by the CAMEO dictionary, not the lexicon: needs a target actor, as in PETRARCH

    @property
    def kind(self) -> str:
        if self.token.dep_ == "aux":
            return "modal"
        return "light" if self.light is not None else self.entry.kind


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _words(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    return {tok.lemma_.lower(), tok.lower_}


def _verb_objects(verb: Token, particle: Token | None) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "acomp"}:
            out.append(c)
        elif c.dep_ == "xcomp" and c.pos_ == "VERB":
            out.append(c)
        elif c.dep_ == "prep" and (particle is None or c == particle):
            pobj = child(c, "pobj")
            if pobj is not None and (particle is not None or c.lower_ in {"on", "for", "to"}):
                out.append(pobj)
    if verb.dep_ in {"acl", "amod"} and verb.tag_ == "VBN":
        out.append(verb.head)
    return out


def _match_particle(verb: Token, particle: str) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == particle:
            return c
    return None


QUANTIFIERS = {
    "some",
    "most",
    "all",
    "part",
    "many",
    "half",
    "rest",
    "thousand",
    "hundred",
    "dozen",
    "score",
    "number",
    "state",
    "majority",
    "bulk",
    "remainder",
    "several",
    "million",
}


def _objects_words(objs: list[Token]) -> set[str]:
    words: set[str] = set()
    for o in objs:
        words |= _words(o)
        if _lemma(o) in QUANTIFIERS:  # "withdrew some of its troops", "declared a state of emergency"
            for p in o.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    words |= _words(child(p, "pobj"))
        for c in o.children:  # "cyber - attacks", "the ceasefire agreement"
            if c.dep_ == "compound":
                words |= _words(c)
    return words


def match_verb(
    verb: Token, lex: PloverLexicon, table: dict[str, list[Entry]] | None = None
) -> tuple[Entry, Token | None] | None:
    for entry in (lex.verbs if table is None else table).get(_lemma(verb), ()):
        particle = None
        if entry.particle:
            particle = _match_particle(verb, entry.particle)
            if particle is None:
                continue
        objs = _verb_objects(verb, particle)
        words = _objects_words(objs)
        if entry.obj and not (words & entry.obj):
            continue
        if entry.noobj and words & entry.noobj:
            continue
        if entry.prep and not any(c.dep_ in {"prep", "prt", "agent"} and c.lower_ in entry.prep for c in verb.children):
            continue
        if entry.subj and not (_words(child(verb, "nsubj")) & entry.subj):
            continue
        if entry.nocomp and child(verb, "ccomp") is not None:
            continue
        if entry.trans and child(verb, "dobj", "nsubjpass") is None:
            continue
        if entry.xcomp and child(verb, "xcomp") is None:
            continue
        return entry, particle
    return None


def _noun_modifiers(noun: Token) -> set[str]:
    words: set[str] = set()
    for c in noun.lefts:
        if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
            words |= _words(c)
            for cc in c.lefts:
                if cc.dep_ in {"compound", "amod"}:
                    words |= _words(cc)
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "cyber-attacks" split by the tokenizer
        words |= _words(doc[noun.i - 2])
    return words


# nouns that only frame an act named by their modifier: "a mediation effort", "a bombing campaign"
FRAME_NOUNS = {"effort", "bid", "campaign", "initiative", "process", "attempt", "drive", "mission", "operation", "plan"}


def match_noun(noun: Token, lex: PloverLexicon) -> Entry | None:
    entries = lex.nouns.get(_lemma(noun)) or lex.nouns.get(noun.lower_)
    if not entries and _lemma(noun) in FRAME_NOUNS:
        for c in noun.lefts:
            if c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN":
                entry = match_noun(c, lex)
                if entry is not None:
                    return entry
        return None
    if not entries:
        return None
    mods = _noun_modifiers(noun)
    of_objs = [child(p, "pobj") for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    objs = {w for o in of_objs if o is not None for w in _words(o)} | mods
    for entry in entries:
        if entry.mod and not (mods & entry.mod):
            continue
        if entry.obj and not (objs & entry.obj):
            continue
        if entry.noobj and objs & entry.noobj:
            continue
        if entry.prep and not any(c.dep_ == "prep" and c.lower_ in entry.prep for c in noun.children):
            continue
        return entry
    return None


def _light_nouns(verb: Token, lv: LightVerb) -> list[Token]:
    nouns = []
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and lv.prep is None:
            nouns.append(c)
            for p in c.children:  # "take part in talks"
                if c.lower_ == "part" and p.dep_ == "prep" and p.lower_ == "in":
                    pobj = child(p, "pobj")
                    if pobj is not None:
                        nouns.append(pobj)
        elif c.dep_ == "prep" and (lv.prep is None or c.lower_ == lv.prep) and c.lower_ in {"in", "for"}:
            pobj = child(c, "pobj")
            if pobj is not None:
                nouns.append(pobj)
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":  # "the attack carried out by"
        nouns.append(verb.head)
    more: list[Token] = []
    for n in nouns:
        more.extend(c for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN")
    return nouns + more


def _in_name(tok: Token) -> bool:
    return tok.ent_type_ in NAME_LABELS and tok.ent_iob_ in {"B", "I"} and tok.pos_ == "PROPN"


def _light_reading(verb: Token, lex: PloverLexicon) -> bool:
    for lv in lex.light_verbs.get(_lemma(verb), ()):
        if lv.particle and _match_particle(verb, lv.particle) is None:
            continue
        for noun in _light_nouns(verb, lv):
            entry = match_noun(noun, lex)
            if entry is not None and lex.categories[entry.category].quad in {2, 4}:
                return True
    return False


def _absorbed(tok: Token, found: dict[int, Trigger], lex: PloverLexicon, entry: Entry) -> bool:
    """A noun that only restates another event: "the meeting of the G20 summit", "at the meeting"."""
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        owner = gov.head
        if gov.lower_ == "of" and (owner.i in found or match_noun(owner, lex) is not None):
            return True
        if gov.lower_ in {"at", "during"} and any(
            t.entry.category == entry.category for t in found.values() if t.token.sent == tok.sent
        ):
            return True
    if (
        tok.dep_ in {"dobj", "nsubjpass"}
        and gov.i in found
        and _lemma(tok) in found[gov.i].entry.obj
        and lex.categories[found[gov.i].entry.category].quad in {1, 3}
    ):
        return True  # "lodged a protest": a verbal act defined by this object; the noun is its content
    if tok.dep_ in {"dobj", "nsubjpass", "xcomp"} and gov.i in found and found[gov.i].kind == "verb":
        # "signed an agreement", "rejected the request": the content of the verb's act
        return lex.categories[entry.category].quad in {1, 3}
    return False


def assent_to_proposition(verb: Token, lex: PloverLexicon) -> bool:
    """ "agreed with the Senate that ...", "agree with what Congress proposes", "accepted that it failed": a verb
    of assent (``cues.txt``) whose complement is a proposition, not an act, states an opinion (CAMEO 01); an
    agreement (AGREE) is to do something."""
    if _lemma(verb) not in lex.cue("assent") or any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return False  # "agreed to resign", "will not accept refugees": an act
    for c in verb.children:
        if c.dep_ == "ccomp" and _finite(c):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children):
            return True  # "agree with what they propose"
        if c.dep_ == "prep" and c.lower_ == "with":
            obj = child(c, "pobj")
            # "agree with the NCAA that Gassnola made payments": a "that" clause with its own subject is a
            # complement, whatever noun the parser hung it on
            for clause in obj.children if obj is not None else ():
                if clause.dep_ in {"relcl", "acl"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return True
    return False


def _finite(verb: Token) -> bool:
    """A clause with its own subject and tense: "(that) Gassnola made payments", "they should be entitled"."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    tensed = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.children
    )
    return has_subject and tensed


def find_triggers(sent: Span, lex: PloverLexicon) -> list[Trigger]:
    """Every event trigger in a sentence, each word used at most once, in text order."""
    found: dict[int, Trigger] = {}
    light_of: dict[int, Token] = {}
    for tok in sent:
        if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.lemma_ == "have" and tok.dep_ == "ROOT"):
            continue
        if tok.pos_ == "VERB" and assent_to_proposition(tok, lex):
            continue  # an opinion, a statement (find_statements)
        matched = match_verb(tok, lex) if tok.pos_ == "VERB" else None
        light = _light_reading(tok, lex)
        if matched is not None and light:
            matched = None  # "approved a major attack", "ordered an air strike": the noun is the event
        cameo = lex.cameo.match(tok) if tok.pos_ == "VERB" and lex.cameo is not None and not light else None
        if matched is None and cameo is not None and cameo[0].specificity == 0 and _lemma(tok) in lex.verbs:
            cameo = None  # the lexicon knows this verb and its uses; the dictionary's bare default adds nothing
        if matched is not None:
            entry, particle = matched
            if cameo is not None and cameo[0].entry is None and cameo[0].specificity > 0 and entry.specificity == 0:
                continue  # a CAMEO pattern says this use is no event ("fight corruption", "strike a pose")
            found[tok.i] = Trigger(tok, particle, entry, tok, None)
            continue
        nouns = 0
        for lv in lex.light_verbs.get(_lemma(tok), ()):
            if lv.particle and _match_particle(tok, lv.particle) is None:
                continue
            for noun in _light_nouns(tok, lv):
                noun_entry = match_noun(noun, lex)
                if noun_entry is not None and noun.i not in found:
                    found[noun.i] = Trigger(noun, None, noun_entry, tok, tok)
                    light_of[noun.i] = tok
                    nouns += 1
        if not nouns and cameo is not None and cameo[0].entry is not None:
            found[tok.i] = Trigger(tok, cameo[1], cameo[0].entry, tok, None, cameo=True)
    for tok in sent:
        if tok.i in found or tok.pos_ not in {"NOUN", "PROPN"} or _in_name(tok) or tok.ent_type_ in {"DATE", "TIME"}:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"}:
            continue  # "peace talks process", "protest movement"
        noun_entry = match_noun(tok, lex)
        if noun_entry is None:
            continue
        if _absorbed(tok, found, lex, noun_entry):
            continue
        found[tok.i] = Trigger(tok, None, noun_entry, tok, None)
    return [found[i] for i in sorted(found)]


def find_statements(sent: Span, lex: PloverLexicon) -> list[Token]:
    """Verbs of attitude statements ("expressed concern", "claimed responsibility", "is skeptical")."""
    return [
        tok
        for tok in sent
        if tok.pos_ in {"VERB", "AUX"}
        and (match_verb(tok, lex, lex.statements) is not None or assent_to_proposition(tok, lex))
    ]


def find_modal_demands(sent: Span, lex: PloverLexicon) -> list[Trigger]:
    """ "Russia says Israel must end its attacks": a demand by the speaker on the subject (REQUEST)."""
    entry = lex.request_entry
    out = []
    for tok in sent:
        if tok.dep_ != "aux" or tok.lower_ not in {"must", "should"}:
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.cue("report"):
            continue
        out.append(Trigger(tok, None, entry, verb, None))
    return out
