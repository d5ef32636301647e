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

from spacy.tokens import Doc, Token

from dossier.models import Entity

ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
TARGET_TYPES = ACTOR_TYPES | {"FAC", "LOC"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# prepositions that introduce the other side of an interaction
TARGET_PREPS = ("with", "against", "on", "upon", "at", "to", "into", "toward", "towards", "over", "from", "for")
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
# verbs whose object is the subject of their infinitive complement ("urged Iran to lift")
OBJECT_CONTROL = {
    "urge", "ask", "order", "force", "allow", "persuade", "invite", "tell", "call", "press", "pressure",
    "encourage", "instruct", "compel", "request", "permit", "authorize", "push", "warn", "advise", "help",
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
        spans: list[tuple[int, Hit]] = []
        for ent in entities:
            for m in ent.mentions:
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
                    if child.dep_ == "poss" and child.pos_ == "PRON":
                        continue  # "his counterpart": the possessor is someone else
                    nxt.append(child)
            for child in sorted(nxt, key=lambda c: (_np_rank(c), abs(c.i - tok.i))):
                hit = self.at(child)
                if hit and hit.type in types:
                    return hit
            frontier = nxt
        return None

    def of_phrases(self, tok: Token | None, types: set[str] = TARGET_TYPES) -> list[Hit]:
        """The entities of a phrase and of the phrases coordinated with it ("Trump and Putin")."""
        if tok is None:
            return []
        out = []
        for t in [tok, *_conjuncts(tok)]:
            hit = self.of_phrase(t, types)
            if hit and all(h.entity != hit.entity for h in out):
                out.append(hit)
        return out


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

    def finish(self, category: str) -> tuple[Hit | None, Hit | None, list[Hit]]:
        """One source, one target and the rest as participants; never the same entity twice."""
        sources = _dedup(self.sources)
        targets = [h for h in _dedup(self.targets) if self.reflexive_target or all(h.entity != s.entity for s in sources)]
        source = sources[0] if sources else None
        target = targets[0] if targets else None
        rest = sources[1:] + targets[1:]
        if target is None and category in SYMMETRIC and len(sources) > 1:
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


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The logical subject of a verb, following coordination, control and relative clauses."""
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
        return subject_of(head, depth + 1)
    if verb.dep_ == "xcomp":
        obj = child(head, "dobj")
        if obj is not None and head.lemma_ in OBJECT_CONTROL:
            return obj
        if head.lemma_ == "call":  # "called on Iran to release"
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ in {"on", "upon"}:
                    return child(p, "pobj")
        return subject_of(head, depth + 1)
    if verb.dep_ in {"advcl", "pcomp", "ccomp", "acl"} and verb.tag_ in {"VBG", "VB"}:
        # "resigned for having discussions", "..., saying": the subject of the governing verb
        for anc in verb.ancestors:
            if anc.pos_ in {"VERB", "AUX"}:
                return subject_of(anc, depth + 1)
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return None


def verb_arguments(verb: Token, index: EntityIndex, category: str, particle: Token | None = None) -> Arguments:
    args = Arguments()
    passive = is_passive(verb)
    if passive:
        patient = child(verb, "nsubjpass")
        if patient is None and verb.dep_ in {"acl", "amod"}:
            patient = verb.head
        if patient is None and verb.dep_ == "conj":
            patient = _inherited(verb, "nsubjpass") or subject_of(verb.head)
        args.sources = index.of_phrases(agent_of(verb), ACTOR_TYPES)
        args.targets = index.of_phrases(patient)
        args.targets += _prep_targets(verb, index, exclude={"by"})
    else:
        args.sources = index.of_phrases(subject_of(verb), ACTOR_TYPES)
        obj = child(verb, "dobj", "dative")
        if obj is not None and obj.lower_ in REFLEXIVE:
            args.reflexive_target = True
        if particle is not None and particle.dep_ == "prep":
            args.targets += index.of_phrases(child(particle, "pobj"))
        # the object itself when it names an actor, then the other side named by a preposition
        # ("negotiated contracts with Putin"), then an actor inside the object ("Iran's request")
        direct = [h for h in index.of_phrases(obj) if obj is not None and index.at(obj) == h]
        args.targets += direct
        args.targets += index.of_phrases(child(verb, "dative"))
        args.targets += _prep_targets(verb, index, exclude={particle.lower_} if particle is not None else set())
        if obj is not None:
            args.targets += _prep_targets(obj, index, exclude={"of", "in", "for", "from"})
        args.targets += index.of_phrases(obj)
    return args


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
        elif c.dep_ == "prep" and c.lower_ == "of":
            of_hits = index.of_phrases(child(c, "pobj"))
            if category in SYMMETRIC:
                args.sources += of_hits
            else:
                args.targets += of_hits
        elif c.dep_ == "prep" and c.lower_ == "between":
            args.sources += index.of_phrases(child(c, "pobj"))
    args.targets = _prep_targets(noun, index, exclude={"of", "by", "between"}) + args.targets
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
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.lower_ not in exclude]
    preps.sort(key=lambda p: TARGET_PREPS.index(p.lower_))
    for p in preps:
        obj = child(p, "pobj")
        found = index.of_phrases(obj)
        if p.lower_ in {"at", "from"} and not (p.lower_ == "at" and child(tok, "prt") is not None):
            # "at" and "from" usually name places; after a particle they name the other side ("hit out at Russia")
            found = [h for h in found if h.type in ACTOR_TYPES - {"GPE"} or h.type == "PERSON"]
        hits += found
    return hits


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
