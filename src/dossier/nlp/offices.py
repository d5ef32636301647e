"""Offices taken: "X was sworn in as Zambia's president", "X was appointed defence minister", "X took over
as head of the army". One reading of such a clause, shared by coreference (the office is a description of
its holder) and relations (the holder has the role).

The office is held from the verb on, whatever its tense: "was sworn in as president" makes him president
from that day. A denied appointment ("was not named minister") gives no office at all; a future, hoped-for
or conditional one ("will be sworn in as", "if he is named") or one demanded ("ordered that X be appointed") is said but
not held on the article's date.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# verbs that put their passive subject in an office ("was sworn in as", "was named chief executive"), or their
# object with "as" ("named Justin Welby as bishop of Durham")
APPOINTED = frozenset({"swear", "appoint", "name", "install", "inaugurate", "reappoint", "confirm", "reelect"})
# ... and one that puts them in it from a later day: the elected take office after the vote ("Parliament elected
# Amin Gemayel, a Phalange Party deputy, as president": a deputy on the day)
ELECTED = frozenset({"elect"})
# ... and offices that are a candidacy or a term to come: whoever is put in them holds no office yet ("confirmed X as
# its candidate for mayor", "named X as the next president")
CANDIDACIES = frozenset({"candidate", "nominee", "choice", "pick", "contender", "frontrunner", "front-runner"})
TO_COME = frozenset({"next", "future", "incoming"})
# "took over as head of the army", "stepped in as chairman": taking an office, like being appointed to it
TAKES_OFFICE = {"take": frozenset({"over", "office"}), "step": frozenset({"in"})}
NOT_YET = frozenset({"will", "would", "could", "may", "might", "should", "to", "shall", "must"})
IF = frozenset({"if", "unless", "whether", "once", "until", "before"})


@dataclass(frozen=True)
class OfficeTaken:
    """A clause that puts ``holder`` in the offices named by ``offices`` (their head tokens)."""

    holder: Token
    offices: tuple[Token, ...]
    held: bool  # False: said of a future, hoped-for or conditional office, not one held on the day


def office_taken(verb: Token) -> OfficeTaken | None:
    """The office ``verb`` puts its subject in, or None when it puts it in none (or denies it)."""
    if verb.lemma_ in APPOINTED or verb.lemma_ in ELECTED:
        holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or _object_made(verb)
    elif takes_office(verb):
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if holder is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    offices: list[Token] = []
    for c in verb.children:
        if c.dep_ == "oprd" and holder.dep_ == "nsubjpass":
            offices.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            offices.extend(p for p in c.children if p.dep_ == "pobj")
    if not offices:
        offices.extend(_office_misparsed(verb))
    if not offices:
        return None
    # a bare "be" is a demand's subjunctive, not a tense ("ordered that X be appointed prime minister")
    to_come = any(
        o.lemma_ in CANDIDACIES or any(c.dep_ == "amod" and c.lower_ in TO_COME for c in o.children) for o in offices
    )
    held = (
        verb.lemma_ not in ELECTED
        and not to_come
        and not any(
            c.dep_ == "aux"
            and c.lower_ in NOT_YET
            or c.dep_ == "mark"
            and c.lower_ in IF
            or c.dep_ == "auxpass"
            and c.lower_ == "be"
            for c in verb.children
        )
    )
    return OfficeTaken(holder, tuple(offices), held)


def _object_made(verb: Token) -> Token | None:
    """The object an active verb puts in the office its "as" names ("the council confirmed Gene Robinson as
    bishop", "the king appointed him as prime minister"; the parser may take the object for the verb's predicate:
    "named Justin Welby| as"). Without "as" the object may be the office itself ("appointed a new ambassador")."""
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "oprd" and c.pos_ in {"PROPN", "PRON"}), None
    )


def takes_office(verb: Token) -> bool:
    """ "took over", "took office", "stepped in": the verb of someone taking an office."""
    words = TAKES_OFFICE.get(verb.lemma_, frozenset())
    return any(c.lower_ in words for c in verb.children if c.dep_ in {"prt", "dobj", "advmod"})


def _office_misparsed(verb: Token) -> list[Token]:
    """The office after "as" when the parser made "as" open another clause ("was sworn in as the Gambia's
    president at its embassy in Dakar, and ... said": "as" the mark of "said", "president" its subject): the
    head noun of the phrase right after the verb's "as"."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ == "prt" and doc[i].head.i == verb.i:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "as" or doc[i].dep_ != "mark":
        return []
    for tok in doc[i + 1 : i + 7]:
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "poss", "nmod", "amod"}:
            return [tok]
        if tok.pos_ not in {"DET", "PROPN", "NOUN", "ADJ", "PART", "PUNCT"} or tok.is_punct and tok.text != "-":
            return []
    return []


def office_verb_before(head: Token) -> Token | None:
    """The verb before the "as" that opens an office's phrase when the parser made that "as" the mark of a later
    clause ("was sworn in as the Gambia's president at its embassy, and ECOWAS said"): the verb, else None.
    The other end of ``_office_misparsed``: coreference starts from the office, relations from the verb."""
    doc = head.doc
    as_i = next((t.i for t in reversed(doc[max(0, head.i - 6) : head.i]) if t.lower_ == "as"), None)
    if as_i is None or doc[as_i].dep_ != "mark" or as_i == 0:
        return None
    verb = doc[as_i - 1]
    while verb.dep_ == "prt" and verb.i > 0:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None
