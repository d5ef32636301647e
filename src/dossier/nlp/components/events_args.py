"""Who did it and to whom: source, target and other participants of an event from the dependency parse.

Covers active and passive voice ("was paid by three companies": the agent is the source), shared
subjects of coordinated verbs, subject and object control ("agreed to meet", "urged X to leave"),
relative clauses and participles ("the troops who attacked", "a resolution drafted by Japan"),
coordinated actors ("Trump and Putin meet": one event between them), prepositional targets
("negotiated contracts with Putin"), light verbs ("launched an attack on") and nominal events
("Russia's attack on", "the hacking of mailboxes", "the meeting of the G20").

Argument tokens become entity ids through ``EntityIndex``: the entity whose mention covers the
token, else one mentioned inside its noun phrase ("a Swiss court" -> Switzerland, "an air base of
the Syrian Army" -> Syrian Army). Pronouns resolve through the coreference clusters already built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from dossier.errors import DataError
from dossier.models import ALONE, Entity

ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
TARGET_TYPES = ACTOR_TYPES | {"FAC", "LOC"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# prepositions that introduce the other side of an interaction
TARGET_PREPS = ("with", "against", "on", "upon", "at", "to", "into", "toward", "towards", "over", "from", "for")
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
# verbs whose object is the subject of their infinitive complement ("urged Iran to lift")
OBJECT_CONTROL = {
    "urge",
    "ask",
    "order",
    "force",
    "allow",
    "persuade",
    "invite",
    "tell",
    "call",
    "press",
    "pressure",
    "encourage",
    "instruct",
    "compel",
    "request",
    "permit",
    "authorize",
    "push",
    "warn",
    "advise",
    "help",
}
RELATIVE = {"who", "which", "that", "whom", "whose"}
REFLEXIVE = {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "npadvmod", "nummod", "det", "conj"}


@dataclass(frozen=True)
class Hit:
    """An entity found for an argument token, with the mention span that shows it."""

    entity: str
    start: int
    end: int
    type: str


class EntityIndex:
    """Token index -> the shortest entity mention covering it."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_token: dict[int, Hit] = {}
        # a description no other mention follows, by its head: the doer of an act ("A parliamentary committee voted
        # to censure the minister"), never its target (as the object of "massed troops" or "sent an aircraft
        # carrier" it is the force moved) nor a phrase's actor found inside a larger one
        self.doers: dict[int, Hit] = {}
        spans: list[tuple[int, Hit]] = []
        for ent in entities:
            for m in ent.mentions:
                if m.linked_by == ALONE:
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None:
                        self.doers[span.root.i] = Hit(ent.id, m.start, m.end, ent.type)
                    continue
                spans.append((m.end - m.start, Hit(ent.id, m.start, m.end, ent.type)))
        spans.sort(key=lambda x: (-x[0], x[1].start, x[1].entity))  # longest first: shorter overwrite
        for _, hit in spans:
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token[tok.i] = hit

    def at(self, tok: Token) -> Hit | None:
        return self.by_token.get(tok.i)

    def of_phrase(self, tok: Token, types: set[str] = TARGET_TYPES, max_depth: int = 4) -> Hit | None:
        """The entity a noun phrase refers to: its head's, else the nearest one inside it."""
        hit = self.at(tok)
        if hit and hit.type in types:
            return hit
        frontier = [tok]
        for _ in range(max_depth):
            nxt = []
            for t in frontier:
                for child in t.children:
                    if child.dep_ not in NP_DEPS or child.dep_ == "conj":
                        continue
                    if child.dep_ == "prep" and child.lower_ not in {"of", "in", "from", "by"}:
                        continue
                    if child.dep_ == "prep" and child.lower_ in {"in", "from"} and _participant_head(t):
                        continue  # "rebel forces in Tripoli" are not Tripoli
                    if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and "LOC" not in types:
                        continue  # an actor is not where it is: "a car bomb in Kiev", "ICE in Miami"
                    if child.dep_ == "poss" and child.pos_ == "PRON":
                        continue  # "his counterpart": the possessor is someone else
                    nxt.append(child)
            for child in sorted(nxt, key=lambda c: (_np_rank(c), abs(c.i - tok.i))):
                hit = self.at(child)
                if hit and hit.type in types:
                    return hit
            frontier = nxt
        return None

    def of_phrases(self, tok: Token | None, types: set[str] = TARGET_TYPES, doer: bool = False) -> list[Hit]:
        """The entities of a phrase and of the phrases coordinated with it ("Trump and Putin"); for the doer of an
        act, also a description described alone whose head the phrase is (``doers``)."""
        if tok is None:
            return []
        out: list[Hit] = []
        for t in [tok, *_conjuncts(tok)]:
            hit = self.of_phrase(t, types) or (self.doers.get(t.i) if doer and t.i not in self.by_token else None)
            if hit and all(h.entity != hit.entity for h in out):
                out.append(hit)
        return out


def _participant_head(tok: Token) -> bool:
    """A common noun naming people or a group ("forces", "fighters", "officials"): a place after it says
    where they are, not who they are."""
    return tok.pos_ == "NOUN" and _lemma_in(tok, participant_nouns())


def _np_rank(tok: Token) -> int:
    # possessors and compounds name the actor more directly than an "of" phrase
    return {"appos": 0, "compound": 1, "poss": 2, "amod": 3, "nmod": 3, "prep": 4, "pobj": 4}.get(tok.dep_, 5)


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}:
            out.append(child)
            out.extend(_conjuncts(child))
    return out


@dataclass
class Arguments:
    sources: list[Hit] = field(default_factory=list)
    targets: list[Hit] = field(default_factory=list)
    others: list[Hit] = field(default_factory=list)
    reflexive_target: bool = False
    # the head words of the source and target phrases, kept when they name no entity ("a car bomb",
    # "18 people", "an army camp"): the event's evidence spans then show the phrase
    source_word: Token | None = None
    target_word: Token | None = None

    def finish(self, category: str) -> tuple[Hit | None, Hit | None, list[Hit]]:
        """One source, one target and the rest as participants; never the same entity twice."""
        sources = _dedup(self.sources)
        targets = [
            h for h in _dedup(self.targets) if self.reflexive_target or all(h.entity != s.entity for s in sources)
        ]
        source = sources[0] if sources else None
        target = targets[0] if targets else None
        rest = sources[1:] + targets[1:]
        if target is None and category in SYMMETRIC and len(sources) > 1:  # "Trump and Putin met": one act between them
            target, rest = sources[1], sources[2:] + targets[1:]
        taken = {h.entity for h in (source, target) if h}
        others = [h for h in _dedup(rest + self.others) if h.entity not in taken]
        return source, target, others


def _dedup(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        if h.entity not in seen:
            seen.add(h.entity)
            out.append(h)
    return out


def child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}
    )


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            return child(c, "pobj")
    return None


def actor_of(verb: Token, depth: int = 0) -> Token | None:
    """Who does what a verb says: its logical subject, following coordination, control ("urged Iran to
    release": Iran releases) and relative clauses; a passive's agent. Not ``attribution_speech.speaker_of``,
    which asks who says something: an agentless passive ("it was reported") has no speaker there, and the
    actor of an event keeps climbing where a speaker would not."""
    if depth > 6:
        return None
    subj = child(verb, "nsubj", "csubj")
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return subj
    if is_passive(verb):
        return agent_of(verb)
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return actor_of(head, depth + 1)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod"}:
        return actor_of(head.head, depth + 1)  # "Italy is ready to contribute"
    if verb.dep_ == "xcomp":
        obj = child(head, "dobj")
        if obj is not None and head.lemma_ in OBJECT_CONTROL:
            return obj
        if head.lemma_ == "call":  # "called on Iran to release"
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ in {"on", "upon"}:
                    return child(p, "pobj")
        return actor_of(head, depth + 1)
    if verb.dep_ in {"advcl", "pcomp", "ccomp", "acl"} and verb.tag_ in {"VBG", "VB"}:
        # "resigned for having discussions", "..., saying": the subject of the governing verb
        for anc in verb.ancestors:
            if anc.pos_ in {"VERB", "AUX"}:
                return actor_of(anc, depth + 1)
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return None


def verb_arguments(
    verb: Token, index: EntityIndex, category: str, particle: Token | None = None, depth: int = 0
) -> Arguments:
    args = Arguments()
    passive = is_passive(verb)
    if passive:
        patient = child(verb, "nsubjpass")
        if patient is None and verb.dep_ in {"acl", "amod"}:
            patient = verb.head
        if patient is None and verb.dep_ == "conj":
            patient = _inherited(verb, "nsubjpass") or actor_of(verb.head)
        args.sources = index.of_phrases(agent_of(verb), ACTOR_TYPES, doer=True)
        args.targets = [h for h in index.of_phrases(patient) if patient is not None and index.at(patient) == h]
        args.targets += _prep_targets(verb, index, exclude={"by"})
        if patient is not None:  # "sanctions against Russia were extended"
            args.targets += _prep_targets(patient, index, exclude={"of", "in", "for", "from"})
        args.targets += index.of_phrases(patient)
        args.source_word = argument_word(agent_of(verb))
        args.target_word = (
            argument_word(patient)
            or (_first_prep_object(patient, {"of", "in", "from", "over"}) if patient is not None else None)
            or _first_prep_object(verb, {"by", "for", "from"})
        )
    else:
        args.sources = index.of_phrases(actor_of(verb), ACTOR_TYPES, doer=True)
        obj = child(verb, "dobj", "dative")
        if obj is not None and category in THEME_CATEGORIES and _lemma_in(obj, theme_nouns()) and index.at(obj) is None:
            # "sent troops to the border", "withdrew its forces from the town": the object is what moves
            args.targets += _prep_targets(verb, index, exclude={"by", "for"})
            args.target_word = _first_prep_object(verb, {"by", "for", "over"})
            return args
        if obj is not None and obj.lower_ in REFLEXIVE:
            args.reflexive_target = True
        if particle is not None and particle.dep_ == "prep":
            pobj = child(particle, "pobj")
            args.targets += index.of_phrases(pobj)
            if pobj is not None:  # "called for sanctions against Turkey"
                args.targets += _prep_targets(pobj, index, exclude={"of", "in", "for", "from"})
        # the object itself when it names an actor, then the other side named by a preposition
        # ("negotiated contracts with Putin"), then an actor inside the object ("Iran's request")
        direct = [h for h in index.of_phrases(obj) if obj is not None and index.at(obj) == h]
        recipient = _recipient(verb)
        if not direct and recipient is not None:
            # "sent a team of experts to the hospital", "returned four villages to Azerbaijan": what is given
            # or moved is the object, the other side is the recipient
            args.targets += index.of_phrases(recipient)
        args.targets += direct
        args.targets += index.of_phrases(child(verb, "dative"))
        args.targets += _prep_targets(verb, index, exclude={particle.lower_} if particle is not None else set())
        if obj is not None:
            args.targets += _prep_targets(obj, index, exclude={"of", "in", "for", "from"})
            if category == "REQUEST":  # "seeks a new loan from the IMF": the one asked
                args.targets += _prep_targets(obj, index, exclude=set(TARGET_PREPS) - {"from"})
        args.targets += index.of_phrases(obj)
        args.source_word = argument_word(actor_of(verb))
        pobj = child(particle, "pobj") if particle is not None and particle.dep_ == "prep" else None
        args.target_word = (
            argument_word(pobj)
            or (argument_word(recipient) if not direct else None)
            or (_first_prep_object(pobj, {"of", "in", "from", "over"}) if pobj is not None else None)
            or argument_word(obj)
            or argument_word(child(verb, "dative"))
            or (_first_prep_object(obj, {"of", "in", "from", "over"}) if obj is not None else None)
            or _first_prep_object(verb, {"for", "from", "over"})
        )
        if obj is not None and not args.targets:  # "lifted sanctions imposed on Eritrea"
            for acl in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                args.targets += _prep_targets(acl, index, exclude={"by", "for", "from"})
                args.target_word = args.target_word or _first_prep_object(acl, {"by", "for", "from", "over"})
    # people of no kind counted by number ("deported 50 people to Albania", "delivered food to 300,000 people in
    # Yemen"): a side only when no other is named, as event data take the state sent to or helped
    args.targets.sort(key=lambda h: _people_counted(index, h))
    if args.targets and _people_counted(index, args.targets[0]):
        args.targets[:0] = _people_place(index, args.targets[0], verb)  # "to 300,000 people in Yemen": Yemen
    xcomp = child(verb, "xcomp")
    if not args.targets and args.target_word is None and xcomp is not None and xcomp.pos_ == "VERB" and depth < 3:
        # "threatened to attack Kurdish fighters", "refused to lift sanctions on Abkhazia": the other side of
        # the act is the other side of the act it is about
        inner = verb_arguments(xcomp, index, category, depth=depth + 1)
        args.targets, args.target_word = inner.targets, inner.target_word
    return args


PEOPLE_WORDS = {"people", "persons"}


def _people_counted(index: EntityIndex, hit: Hit) -> bool:
    """Whether a hit's mention is people of no kind ("50 people", "300,000 people")."""
    return index.doc.text[hit.start : hit.end].split()[-1:] in ([w] for w in PEOPLE_WORDS)


def _people_place(index: EntityIndex, hit: Hit, verb: Token) -> list[Hit]:
    """The country people of no kind are in or from, named right after them or in their clause ("delivered food
    to 300,000 people in Yemen")."""
    span = index.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return []
    for head in (span.root, verb):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
            pobj = child(prep, "pobj")
            place = index.at(pobj) if pobj is not None else None
            if place is not None and place.type == "GPE":
                return [place]
    return []


def _recipient(verb: Token) -> Token | None:
    """The recipient of a transfer: a dative ("gave Kyiv missiles") or the object of "to"/"into"."""
    dative = child(verb, "dative")
    if dative is not None and dative.dep_ == "dative" and dative.pos_ in {"NOUN", "PROPN"}:
        return dative
    obj = child(verb, "dobj")
    for head in (verb, obj) if obj is not None else (verb,):  # "returned the skulls to Peru", either attachment
        for c in head.children:
            if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}:
                pobj = child(c, "pobj")
                if pobj is not None:
                    return pobj
    return None


def noun_arguments(noun: Token, index: EntityIndex, category: str, light: Token | None = None) -> Arguments:
    args = Arguments()
    if light is not None:
        light_args = verb_arguments(light, index, category)
        args.sources = light_args.sources
        if child(light, "dobj") != noun:
            args.targets += light_args.targets
        else:  # "launched an attack on X": the preposition may hang on the verb
            args.targets += _prep_targets(light, index, exclude={"by"})
    for c in noun.children:
        if c.dep_ == "poss":
            args.sources += index.of_phrases(c, ACTOR_TYPES)
        elif c.dep_ in {"compound", "amod", "nmod"}:
            hit = index.at(c)
            if hit and hit.type in ACTOR_TYPES and not _same_span(hit, noun, index):
                args.sources.append(hit)
        elif c.dep_ == "prep" and c.lower_ == "by":
            args.sources = index.of_phrases(child(c, "pobj"), ACTOR_TYPES) + args.sources
        elif c.dep_ == "prep" and c.lower_ == "from":  # "a loan from the IMF", "criticism from Moscow": its origin
            args.sources += index.of_phrases(child(c, "pobj"), ACTOR_TYPES)
        elif c.dep_ == "prep" and c.lower_ == "of":
            of_hits = index.of_phrases(child(c, "pobj"))
            if category in SYMMETRIC:
                args.sources += of_hits
            else:
                args.targets += of_hits
        elif c.dep_ == "prep" and c.lower_ == "between":
            args.sources += index.of_phrases(child(c, "pobj"))
    args.targets = _prep_targets(noun, index, exclude={"of", "by", "between", "from"}) + args.targets
    if light is not None:
        args.source_word = light_args.source_word
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            args.source_word = argument_word(c if c.dep_ == "poss" else child(c, "pobj")) or args.source_word
    of = next((child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    args.target_word = _first_prep_object(noun, {"of", "by", "between", "for", "from", "over"}) or (
        argument_word(of) if category not in SYMMETRIC else None
    )
    if args.target_word is None and light is not None and child(light, "dobj") == noun:
        args.target_word = _first_prep_object(light, {"by", "for", "from", "over"})
    topic = _copula_topic(noun)
    if topic is not None and not args.targets:
        # "their relationship is the subject of an investigation by the FBI": the target is the copula's subject
        args.targets = index.of_phrases(topic)
        poss = child(topic, "poss")
        possessor = index.at(poss) if poss is not None else None
        if not args.targets and possessor is not None:
            args.targets = [possessor]  # "their relationship": the people the pronoun stands for
        args.target_word = topic
    if not args.sources and light is None:
        # "a Moscow intervention in the hacking": the actor of the noun that governs the event
        gov = noun.head
        if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.pos_ in {"NOUN", "PROPN"}:
            owner = gov.head
            for c in owner.children:
                if c.dep_ in {"poss", "compound", "amod"}:
                    hit = index.at(c)
                    if hit and hit.type in ACTOR_TYPES:
                        args.sources.append(hit)
    return args


PHRASE_POS = {"NOUN", "PROPN", "NUM"}
DATA = Path(__file__).resolve().parents[2] / "data" / "lexicons"


@lru_cache(maxsize=1)
def participant_nouns() -> frozenset[str]:
    """Nouns that name participants: the Phoenix agent nouns and ``plover/argument_nouns.txt``."""
    words: set[str] = set()
    for path in (DATA / "cameo" / "agents.txt", DATA / "plover" / "argument_nouns.txt"):
        if not path.is_file():
            raise DataError(f"{path} is missing; reinstall dossier")
        words |= {
            w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
        }
    return frozenset(words)


THEME_CATEGORIES = {"MOBILIZE", "AID", "RETREAT", "CONCEDE", "AGREE", "COOPERATE"}


@lru_cache(maxsize=1)
def theme_nouns() -> frozenset[str]:
    path = DATA / "plover" / "theme_nouns.txt"
    if not path.is_file():
        raise DataError(f"{path} is missing; reinstall dossier")
    return frozenset(
        w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
    )


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def argument_word(tok: Token | None) -> Token | None:
    """The head of an argument phrase when it names a participant though no entity: a proper name, a
    number standing for people ("killed 12"), a noun of ``participant_nouns`` ("18 protesters", "an army
    camp"), or a noun with a nationality or a name before it ("Iranian organizations"). Things and acts
    ("imposed sanctions", "rejected accusations") are not arguments."""
    if tok is None or tok.pos_ not in PHRASE_POS or tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}:
        return None
    words = participant_nouns()
    if _condition_state(tok):
        return None
    if (
        tok.pos_ in {"PROPN", "NUM"}
        or tok.lemma_.lower() in words
        or tok.lower_ in words
        or tok.lemma_.lower().rpartition("-")[2] in words
    ):  # "ex-ministers"
        return tok
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}:
            return tok  # "Iranian organizations"
        if c.dep_ == "prep" and c.lower_ == "of" and _names_participant(child(c, "pobj")):
            return tok  # "dozens of demonstrators", "a group of soldiers"
    return None


def _condition_state(tok: Token) -> bool:
    """ "a state of emergency", "the state of siege": a condition, not a country (a bare common noun after "of")."""
    if tok.lemma_.lower() != "state":
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = child(c, "pobj")
            return obj is not None and obj.pos_ == "NOUN" and not any(d.dep_ in {"det", "poss"} for d in obj.children)
    return False


def _names_participant(tok: Token | None) -> bool:
    return (
        tok is not None
        and tok.pos_ in PHRASE_POS
        and (tok.pos_ == "PROPN" or tok.lemma_.lower() in participant_nouns() or tok.lower_ in participant_nouns())
    )


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character offsets of a noun phrase: the head and everything on its left ("at least 75 displaced
    people", "the Croatian government's request"), and the participant of a quantity ("thousands of
    protesters")."""
    start, end = tok.left_edge, tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    participant = child(of, "pobj") if of is not None and tok.i < of.i else None
    if participant is not None and _names_participant(participant):
        end = participant  # "thousands of protesters"
    return start.idx, end.idx + len(end.text)


def _first_prep_object(tok: Token, exclude: set[str]) -> Token | None:
    preps = [c for c in tok.children if _is_prep(c) and c.lower_ in TARGET_PREPS and c.lower_ not in exclude]
    preps.sort(key=lambda p: TARGET_PREPS.index(p.lower_))
    for p in preps:
        word = argument_word(child(p, "pobj"))
        if word is not None:
            return word
    return None


ABOUT_PREPS = ("about", "over", "regarding", "at", "to", "for", "on", "with", "against", "toward", "towards")


def statement_arguments(verb: Token, index: EntityIndex) -> Arguments:
    """The speaker and the topic of an attitude statement: "X expressed concern about Y", "X is skeptical
    of Y", "X offered condolences to Y"."""
    args = verb_arguments(verb, index, "STATEMENT")
    if args.targets or args.target_word is not None:
        return args
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "acomp", "attr"})]
    for head in heads:
        for p in sorted(
            (c for c in head.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS + ("of",)), key=lambda c: c.i
        ):
            obj = child(p, "pobj")
            if obj is None:
                continue
            if obj.ent_type_ in {"DATE", "TIME"}:
                continue  # "on Friday"
            args.targets += index.of_phrases(obj)
            if obj.pos_ in {"NOUN", "PROPN"}:
                args.target_word = args.target_word or obj
        if args.targets or args.target_word is not None:
            break
    return args


TOPIC_NOUNS = {"subject", "target", "focus", "object", "centre", "center", "victim"}


def _copula_topic(noun: Token) -> Token | None:
    """ "X is the subject (target, focus) of an investigation": X, the subject of the copula."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    owner = prep.head
    if owner.lemma_.lower() not in TOPIC_NOUNS or owner.dep_ not in {"attr", "acomp"}:
        return None
    return child(owner.head, "nsubj")


def _same_span(hit: Hit, tok: Token, index: EntityIndex) -> bool:
    other = index.at(tok)
    return other is not None and other == hit


def _inherited(verb: Token, dep: str) -> Token | None:
    head = verb
    for _ in range(6):
        if head.dep_ != "conj" or head.head == head:
            return None
        head = head.head
        found = child(head, dep)
        if found is not None:
            return found
    return None


def _prep_targets(tok: Token, index: EntityIndex, exclude: set[str]) -> list[Hit]:
    hits: list[Hit] = []
    preps = [c for c in tok.children if _is_prep(c) and c.lower_ in TARGET_PREPS and c.lower_ not in exclude]
    preps.sort(key=lambda p: TARGET_PREPS.index(p.lower_))
    for p in preps:
        obj = child(p, "pobj")
        found = index.of_phrases(obj)
        if p.lower_ in {"at", "from"} and not (p.lower_ == "at" and child(tok, "prt") is not None):
            # "at" and "from" usually name places; after a particle they name the other side ("hit out at Russia")
            found = [h for h in found if h.type in ACTOR_TYPES - {"GPE"} or h.type == "PERSON"]
        hits += found
    return hits


def _is_prep(tok: Token) -> bool:
    """A preposition heading a phrase: "prep", or "dative" for "to" ("gives equipment to Nicaragua")."""
    return tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def place_of(tokens: list[Token], index: EntityIndex) -> Hit | None:
    """A place named in a locative phrase ("in Hamburg", "at the White House") on the given tokens."""
    for tok in tokens:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                obj = child(c, "pobj")
                if obj is None:
                    continue
                hit = index.of_phrase(obj, PLACE_TYPES, max_depth=1)
                if hit is not None:
                    return hit
    return None
