"""Resolution: an article's entities and the corpus's candidates in, decisions out.

Precision first: a wrong merge corrupts every answer built on it, a missed one costs a user one command.

1. ``country``: every mention of one country is one entity.
2. A person named in full joins the person whose names are all compatible with it (``names.compatible``:
   "Bill Clinton" never joins "Hillary Clinton", "George W. Bush" never "George H. W. Bush"); the same full
   name first, then a compatible one if it is the only one; when several fit, shared context decides only if
   it clearly does, else a new entity. A demonym before the full name of exactly one person of the corpus
   ("American Hasim Rahman", whatever the NER typed it) is that person (``_demonym_person``).
3. An organisation or place joins one with the same name, the same knowledge entry ("GOP" = "Republican
   Party"), or the same acronym; an acronym joins a name with those initials only when one entity has them.
   A longer name is another actor ("New York Post" is not "New York"), but for a company's legal form or a
   police force's "Department" (``keys.org_stems``); when names of several entities fit, the most specific
   decides, and a link adds no name another entity is found by. Persons never join organisations or places.
   Across articles, an organisation's name without the place it opens with ("Red Sox", "Boston Red Sox")
   joins the one entity found by the other form, when the article shares actors with it (``_short_forms``).
4. A person named by one word only ("Clinton") joins the person with that surname or first name who clearly
   dominates the article's context (the only one sharing actors with it, or sharing at least twice as many
   as the next); otherwise it stays unresolved, in the entity of mentions called just "Clinton", and gives
   no key (no snowball).
5. An entity only described ("the woman", "the city") is not an actor of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from dossier.resolve.keys import (
    DocEntity,
    Identity,
    Key,
    demonym_before_name,
    identify_article,
    is_acronym,
    normalise,
    person_key_of,
)
from dossier.resolve.knowledge import Knowledge
from dossier.resolve.names import compatible, entity_words, parse_person

COMPATIBLE = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG", "NORP", "FAC"},
    "NORP": {"NORP", "ORG"},
    "GPE": {"GPE", "LOC"},
    "LOC": {"LOC", "GPE"},
    "FAC": {"FAC", "ORG"},
    "EVENT": {"EVENT"},
}
# keys of organisations and places, which a link may only add when no other entity holds them
_THING_KEYS = {"name", "singular", "acronym", "initials"}
# a one-word name that this many articles use for one organisation or place is that organisation or place
# ("Twitter"), not the surname of a "Wilayat Twitter" the NER took for a person
NAMED_AS_THING = 3
DOMINANCE = 2  # a candidate dominates when it shares this many times more actors with the article than the next,
PRIOR = 10  # or at least as many, while it is named this many times more often in the corpus


@dataclass(frozen=True)
class Candidate:
    entity_id: int  # negative: an entity this article creates (see ``Decision.new``)
    key: str
    kind: str
    type: str
    size: int  # number of document entities linked to it so far


class Corpus(Protocol):
    """What resolution asks of the store (``Store.corpus_view``)."""

    def candidates(self, keys: list[str]) -> list[Candidate]: ...

    def person_names(self, entity_id: int) -> list[str]: ...

    def context(self, entity_id: int) -> set[int]: ...


@dataclass(frozen=True)
class NewEntity:
    ref: int  # negative id other decisions of the article use to link to it
    name: str
    type: str
    country: str | None


@dataclass(frozen=True)
class Decision:
    """What to do with one document entity. ``entity_id`` None with no ``new``: not a corpus actor."""

    local_id: str
    entity_id: int | None
    new: NewEntity | None
    keys: tuple[Key, ...]
    rule: str  # human-readable reason, shown by `dossier entity NAME --why`
    type: str  # the type the document entity is stored with


@dataclass
class _Pending:
    """Entities this article creates, findable by the article's later entities."""

    entities: list[tuple[NewEntity, tuple[Key, ...], list[str]]] = field(default_factory=list)

    def candidates(self, keys: list[str]) -> list[Candidate]:
        wanted = set(keys)
        return [
            Candidate(new.ref, k.key, k.kind, new.type, 1)
            for new, ks, _ in self.entities
            for k in ks
            if k.key in wanted
        ]

    def person_names(self, ref: int) -> list[str]:
        return next((names for new, _, names in self.entities if new.ref == ref), [])


def resolve_article(docs: list[DocEntity], corpus: Corpus, kb: Knowledge) -> list[Decision]:
    """Decisions for an article's entities, in the order given (see ``resolution_order``)."""
    pending = _Pending()
    context: set[int] = set()
    out = []
    idents = identify_article(docs, kb)
    for doc in resolution_order(docs, idents):
        ident = idents[doc.local_id]
        decision = _decide(doc, ident, corpus, pending, context, kb)
        if decision.new is not None:
            names = [k.alias for k in decision.keys if k.kind == "person"]
            pending.entities.append((decision.new, decision.keys, names))
        if decision.entity_id is not None and decision.entity_id > 0 and ident.kind != "bare":
            context.add(decision.entity_id)
        out.append(decision)
    return _short_forms(out, {d.local_id: d for d in docs}, idents, corpus, context)


SHORT_FORM_CONTEXT = 2  # actors an article must share with the organisation its short form or long name joins


def _short_forms(
    decisions: list[Decision],
    docs: dict[str, DocEntity],
    idents: dict[str, Identity],
    corpus: Corpus,
    context: set[int],
) -> list[Decision]:
    """Across articles, an organisation named with the place it opens with and without it ("Boston Red Sox" in
    one article, "the Red Sox" in another) is one, when exactly one entity of the corpus is found by the
    other form, none is found by it as well as by its own place-prefixed name ("the Post" with a "Washington
    Post" and a "New York Post"), and the article shares ``SHORT_FORM_CONTEXT`` actors with that entity. Decided
    once the article's other entities are, so that its whole context counts. A short name joined so adds no
    key (no snowball: the next "the Red Sox" needs its own context); a long name adds its own."""
    referenced = [d.entity_id for d in decisions]
    out = []
    for d in decisions:
        ident = idents[d.local_id]
        if d.new is None or ident.type not in {"ORG", "FAC"} or referenced.count(d.entity_id) > 1:
            out.append(d)
            continue
        doc = docs[d.local_id]
        link = _short_form_link(d, doc, ident, corpus, context) if ident.type == "ORG" else None
        link = link or _stem_link(d, doc, ident, corpus, context, "institution", "named with other words for its kind")
        out.append(link or _stem_link(d, doc, ident, corpus, context, "words", "its words in another order") or d)
    return out


def _stem_link(
    d: Decision, doc: DocEntity, ident: Identity, corpus: Corpus, context: set[int], kind: str, how: str
) -> Decision | None:
    """An organisation found by a key of this ``kind`` that only context may confirm: a care institution named
    with other words for its kind in another article ("Betty Ford Treatment Center", "Betty Ford Center";
    ``institution``), or a body's name in another word order ("Central Election and Referendum Commission";
    ``words``). The one entity of the corpus with that key, when the article shares ``SHORT_FORM_CONTEXT`` actors
    with it: two towns' "Promises Clinic", the State University of New York and the University of the State of
    New York, share few."""
    key = next((k for k in ident.keys if k.kind == kind), None)
    if key is None:
        return None
    holders = {c.entity_id for c in corpus.candidates([key.key]) if c.type in {"ORG", "FAC"}}
    if len(holders) != 1:
        return None
    return _context_link(
        d, doc, holders.pop(), f"'{key.key.split(':', 1)[1]}' {how} in other articles", d.keys, corpus, context
    )


def _context_link(
    d: Decision, doc: DocEntity, target: int, how: str, keys: tuple[Key, ...], corpus: Corpus, context: set[int]
) -> Decision | None:
    """The link of an organisation to ``target`` when the article shares ``SHORT_FORM_CONTEXT`` actors with it."""
    shared = len(corpus.context(target) & (context - {target}))
    if shared < SHORT_FORM_CONTEXT:
        return None
    return Decision(
        d.local_id, target, None, keys, f"organisation '{doc.name}': {how} ({shared} shared actors)", d.type
    )


def _short_form_link(
    d: Decision, doc: DocEntity, ident: Identity, corpus: Corpus, context: set[int]
) -> Decision | None:
    orgs = {"ORG"}  # not a people ("Latinos") or a place
    short = next((k.key[6:] for k in ident.keys if k.kind == "short"), None)
    if short is not None:  # a long name: the one entity found by its short form as a name
        holders = {c.entity_id for c in corpus.candidates([f"short:{short}"])}
        named = {c.entity_id for c in corpus.candidates([f"name:{short}"]) if c.type in orgs}
        if holders or len(named) != 1:
            return None
        target, how, keys = named.pop(), f"'{short}' named without the place in other articles", d.keys
    else:  # a short name: the one entity whose long name gives it
        norm = normalise(doc.name)
        if not norm or " " not in norm and not (norm.endswith("s") and not norm.endswith("ss")):
            return None
        holders = {c.entity_id for c in corpus.candidates([f"short:{norm}"]) if c.type in orgs}
        if len(holders) != 1 or corpus.candidates([f"name:{norm}"]):
            return None
        target, how, keys = holders.pop(), "the short form of a place-prefixed name", ()
    return _context_link(d, doc, target, how, keys, corpus, context)


def resolution_order(docs: list[DocEntity], idents: dict[str, Identity]) -> list[DocEntity]:
    """Countries, full names and named actors first, so that one-word names can use them as context."""
    rank = {"country": 0, "person": 1, "named": 1, "bare": 2, "generic": 3}
    return sorted(docs, key=lambda d: (rank[idents[d.local_id].kind], _local_number(d.local_id)))


def _local_number(local_id: str) -> int:
    digits = local_id.lstrip("e")
    return int(digits) if digits.isdigit() else 0


def _decide(
    doc: DocEntity, ident: Identity, corpus: Corpus, pending: _Pending, context: set[int], kb: Knowledge
) -> Decision:
    note = f" ({ident.retyped})" if ident.retyped else ""
    if ident.kind == "generic":
        return Decision(doc.local_id, None, None, (), "only described in this article: not a corpus actor", doc.type)
    probes = [k.key for k in ident.keys]
    # an acronym is looked for among initials, and initials among acronyms
    probes += [f"init:{k.key[5:]}" for k in ident.keys if k.kind == "acronym"]
    probes += [f"acro:{k.key[5:]}" for k in ident.keys if k.kind == "initials"]
    if ident.kind == "bare":
        probes += [f"surname:{ident.word}", f"given:{ident.word}"]
    found = corpus.candidates(probes) + pending.candidates(probes)
    if ident.kind == "country":
        hit = found[0] if found else None
        if hit:
            return _link(doc, ident, hit.entity_id, f"country '{doc.name}'")
        return _new(doc, ident, pending, "new country")
    if ident.kind in {"person", "named"} and (linked := _demonym_person(doc, corpus)) is not None:
        return linked
    if ident.kind == "person":
        return _person(doc, ident, found, corpus, pending, context, note)
    if ident.kind == "bare":
        return _bare(doc, ident, found, corpus, pending, context, note, kb)
    return _named(doc, ident, found, corpus, pending, context, note, kb)


def _person(doc, ident, found, corpus, pending, context, note) -> Decision:
    # knowledge first: a hand-written equivalence joins names no rule would ("Jeb Bush", "John Ellis Bush")
    known = {k.key: k.alias for k in ident.keys if k.kind == "kb"}
    listed = sorted({c.entity_id for c in found if c.type == "PERSON" and c.key in known})
    if len(listed) == 1:
        alias = next(known[c.key] for c in found if c.entity_id == listed[0] and c.key in known)
        return _link(doc, ident, listed[0], f"knowledge '{alias}'{note}")
    me = ident.person
    exact_keys = {k.key for k in ident.keys if k.kind == "person"}
    people = {c.entity_id for c in found if c.type == "PERSON" and c.kind in {"person", "surname"}}
    exact: list[int] = []
    fits: list[int] = []
    for eid in sorted(people):
        names = pending.person_names(eid) if eid < 0 else corpus.person_names(eid)
        if not names or not all(compatible(me, parse_person(n)) for n in names):
            continue
        hits = [c for c in found if c.entity_id == eid and c.key in exact_keys]
        (exact if hits else fits).append(eid)
    pool, how = (exact, "same name") if exact else (fits, "compatible name")
    if len(pool) == 1:
        return _link(doc, ident, pool[0], f"{how} '{doc.name}'{note}")
    if len(pool) > 1:
        best, why = _dominant(pool, corpus, context, {c.entity_id: c.size for c in found})
        if best is not None:
            return _link(
                doc, ident, best, f"{how} '{doc.name}', chosen among {len(pool)} by shared context ({why}){note}"
            )
        if exact:  # the same full name twice in the corpus: the larger one
            size = {c.entity_id: c.size for c in found}
            return _link(doc, ident, max(exact, key=lambda e: (size.get(e, 0), -e)), f"same name '{doc.name}'{note}")
        return _new(doc, ident, pending, f"new person: '{doc.name}' fits {len(pool)} people, none clearly{note}")
    # the same full name, typed ORG, GPE or NORP by the NER elsewhere ("Wladimir Klitschko" as NORP)
    same = sorted({c.entity_id for c in found if c.kind == "person" and c.type != "PERSON" and c.key in exact_keys})
    if len(same) == 1:
        return _link(doc, ident, same[0], f"same name '{doc.name}' (typed otherwise elsewhere){note}")
    return _new(doc, ident, pending, f"new person{note}")


def _demonym_person(doc: DocEntity, corpus: Corpus) -> Decision | None:
    """A name that opens with a demonym and goes on with the full name of one person of the corpus is that
    person ("American Hasim Rahman", tagged as one organisation in an article that never writes "Rahman" alone,
    after articles that name "Hasim Rahman"): the same full name, held by exactly one person."""
    rest = demonym_before_name(doc.name)
    if rest is None:
        return None
    key = f"person:{person_key_of(rest)}"
    people = sorted({c.entity_id for c in corpus.candidates([key]) if c.type == "PERSON" and c.kind == "person"})
    if len(people) != 1:
        return None
    rule = f"same name '{rest}' after the demonym '{doc.name.split()[0]}'"
    return Decision(doc.local_id, people[0], None, (Key(key, rest, "person"),), rule, "PERSON")


def dominant_person(
    word: str, corpus: Corpus, context: set[int], kinds: tuple[str, ...] = ("surname", "given")
) -> tuple[int | None, str, int]:
    """The person a one-word name means in this context, if one clearly dominates it; (id, why, how many bear it)."""
    found = corpus.candidates([f"{kind}:{word}" for kind in kinds])
    people = sorted({c.entity_id for c in found if c.type == "PERSON"})
    if not people:
        return None, "", 0
    best, why = _dominant(people, corpus, context, {c.entity_id: c.size for c in found})
    return best, why, len(people)


def only_namesake(word: str, corpus: Corpus) -> Candidate | None:
    """The one organisation or place called exactly ``word``, when no person bears it as a name: a one-word
    "person" the NER mistyped ("Creighton beat Drake", the university, tagged a person in one article)."""
    if corpus.candidates([f"surname:{word}", f"given:{word}"]):
        return None
    things = [c for c in corpus.candidates([f"name:{word}"]) if c.type in {"ORG", "GPE", "FAC", "LOC"}]
    return things[0] if len({c.entity_id for c in things}) == 1 else None


def named_as_thing(word: str, corpus: Corpus, kb: Knowledge, person: int | None = None) -> Candidate | None:
    """The organisation or place called exactly ``word``, when the tables know it as one (``names_no_person``)
    and more articles name it (at least ``NAMED_AS_THING``) than the person who bears the word: ``person``,
    else the most named of those who bear it. "Twitter" tagged a person is Twitter, not a "Wilayat Twitter"."""
    if not names_no_person(word, kb):
        return None
    things = [c for c in corpus.candidates([f"name:{word}"]) if c.type in {"ORG", "GPE", "FAC", "LOC"}]
    if not things:
        return None
    thing = max(things, key=lambda c: (c.size, -c.entity_id))
    bearers = [c for c in corpus.candidates([f"surname:{word}", f"given:{word}"]) if c.type == "PERSON"]
    sizes = [c.size for c in bearers if person is None or c.entity_id == person]
    return thing if thing.size >= NAMED_AS_THING and thing.size > max(sizes, default=0) else None


def _bare(doc, ident, found, corpus, pending, context, note, kb) -> Decision:
    people = sorted({c.entity_id for c in found if c.type == "PERSON" and c.kind in {"surname", "given"}})
    if people:
        best, why = _dominant(people, corpus, context, {c.entity_id: c.size for c in found})
        # not against a person this article names in full (a negative id: not in the corpus yet)
        if (best is None or best > 0) and (thing := named_as_thing(ident.word, corpus, kb, best)) is not None:
            rule = (
                f"one-word name '{doc.name}' (the NER said PERSON) of the {thing.type} so named in more articles "
                "than the person who bears it"
            )
            return Decision(doc.local_id, thing.entity_id, None, (), rule, thing.type)
        if best is not None:
            rule = f"one-word name '{doc.name}' of the person who dominates this article's context ({why}){note}"
            return Decision(doc.local_id, best, None, (), rule, "PERSON")
    elif (thing := only_namesake(ident.word, corpus)) is not None:
        rule = f"one-word name '{doc.name}' (the NER said PERSON) of the only {thing.type} so named; no person bears it"
        return Decision(doc.local_id, thing.entity_id, None, (), rule, thing.type)
    bare = [c.entity_id for c in found if c.kind == "bare"]
    tail = f" ({len(people)} people bear it, none clearly here)" if people else ""
    if bare:
        return _link(doc, ident, bare[0], f"unresolved: '{doc.name}' alone{tail}")
    return _new(doc, ident, pending, f"unresolved: '{doc.name}' alone{tail}")


def _named(doc, ident, found, corpus, pending, context, note, kb) -> Decision:
    mine = {k.key: k for k in ident.keys}
    # a person's full name the NER typed otherwise here: the person of exactly that name, when the corpus has one
    people = sorted({c.entity_id for c in found if c.type == "PERSON" and c.kind == "person" and c.key in mine})
    if len(people) == 1:
        return Decision(
            doc.local_id,
            people[0],
            None,
            ident.keys,
            f"same name '{doc.name}' as a person (the NER said {doc.type}){note}",
            "PERSON",
        )
    ok = [c for c in found if c.type in COMPATIBLE.get(ident.type, {ident.type}) and c.kind not in {"bare", "person"}]
    tiers = (
        ("knowledge", [c for c in ok if c.kind == "kb" and c.key in mine]),
        ("name", [c for c in ok if c.kind in {"name", "singular"} and c.key in mine]),
        ("acronym", [c for c in ok if c.kind == "acronym" and c.key in mine and mine[c.key].kind == "acronym"]),
    )
    for how, cands in tiers:
        if how == "name":
            # the most specific name decides: "E.F. Hutton Group Inc" is the "E.F. Hutton Group" of the corpus,
            # not the "E.F. Hutton" its legal form and holding word also file it under
            longest = max((len(c.key.split(":", 1)[1]) for c in cands), default=0)
            cands = [c for c in cands if len(c.key.split(":", 1)[1]) == longest]
        ids = sorted({c.entity_id for c in cands})
        if ids:
            best = _pick(ids, cands, corpus, context)
            alias = mine[cands[0].key].alias
            tail = f" (chosen among {len(ids)} by shared context)" if len(ids) > 1 else ""
            # a name another entity is found by stays its own: a second holder would split its mentions
            held = {c.key for c in found if c.entity_id != best and c.kind in _THING_KEYS}
            keys = tuple(k for k in ident.keys if k.key not in held or k.kind not in _THING_KEYS)
            return Decision(doc.local_id, best, None, keys, f"{how} '{alias}'{tail}{note}", ident.type)
    # a one-word "organisation" or "place" may be a person's surname the NER mistyped ("Varga rejected it"); not a
    # given name: "Mo" tagged a place is Missouri, not Mo Cheeks; nor a group ("Latinos")
    word = normalise(doc.name)
    if (
        ident.type in {"ORG", "GPE", "FAC", "NORP"}
        and not (ident.type == "NORP" and plural_group(doc.name))
        and " " not in word
        and not is_acronym(doc.name)
        and not any(k.kind == "kb" for k in ident.keys)
        and not names_no_person(doc.name, kb)
    ):
        dominant, why, _ = dominant_person(word, corpus, context, ("surname",))
        if dominant is not None:
            rule = (
                f"one-word name '{doc.name}' (the NER said {doc.type}) of the person who dominates this article's "
                f"context ({why})"
            )
            return Decision(doc.local_id, dominant, None, (), rule, "PERSON")
    # an acronym meets a name with its initials (and the reverse) only when one entity has them
    letters = {k.key[5:]: k for k in ident.keys if k.kind in {"acronym", "initials"}}
    cross = [c for c in ok if c.key[5:] in letters and {c.kind, letters[c.key[5:]].kind} == {"acronym", "initials"}]
    # an acronym that has its expansion already takes no other name with those initials: "SEC" is the Securities
    # and Exchange Commission, not "Shin-Etsu Chemical Co"
    expanded = {(c.entity_id, c.key[5:]) for c in ok if c.kind == "initials"}
    cross = [c for c in cross if c.kind != "acronym" or (c.entity_id, c.key[5:]) not in expanded]
    ids = sorted({c.entity_id for c in cross})
    if len(ids) == 1:
        return _link(
            doc,
            ident,
            ids[0],
            f"acronym '{letters[cross[0].key[5:]].alias}' = initials of the only entity with them{note}",
        )
    return _new(doc, ident, pending, f"new entity{note}")


def plural_group(name: str) -> bool:
    """A people, a faith or a party named in the plural ("Latinos", "Democrats"): when the NER tags it NORP,
    a group, never a person's mistyped surname as "English" (Bill English) may be."""
    word = name.strip()
    return " " not in word and word.endswith("s") and not word.endswith("ss")


def names_no_person(word: str, kb: Knowledge) -> bool:
    """A one-word name that is a place or organisation the dictionaries and tables know ("London", "Idaho",
    "Twitter") or a word organisations are named with ("Administration"): never a mistyped surname,
    whatever "Breitbart London" the corpus holds. The corpus's own types are no such evidence: the NER may
    type one person's surname a place in article after article ("Prado")."""
    return (
        kb.kind(word) in {"country", "org"}
        or kb.is_organisation(word)
        or normalise(word) in entity_words("org_name_words.txt")
    )


def _dominant(ids: list[int], corpus: Corpus, context: set[int], size: dict[int, int]) -> tuple[int | None, str]:
    """The candidate sharing clearly more of the article's actors than any other (or as many, while named
    far more often in the corpus), if there is one."""
    if not context:
        return None, "no context"
    scored = sorted(
        ((len(corpus.context(e) & context) if e > 0 else 0, size.get(e, 0), e) for e in ids),
        key=lambda s: (-s[0], -s[1], s[2]),
    )
    best, best_size, winner = scored[0]
    if best < 1:
        return None, "no shared actors"
    if len(scored) == 1:
        return winner, f"{best} shared actors"
    second, second_size, _ = scored[1]
    if second == 0:
        return winner, f"the only one sharing actors with the article ({best})"
    if best >= 2 and best >= DOMINANCE * second:
        return winner, f"{best} shared actors against {second}"
    if best >= second and best_size >= PRIOR * max(1, second_size):
        return winner, f"{best} shared actors against {second}, named {best_size} times against {second_size}"
    return None, f"{best} shared actors against {second}"


def _pick(ids: list[int], cands: list[Candidate], corpus: Corpus, context: set[int]) -> int:
    if len(ids) == 1:
        return ids[0]
    size = {c.entity_id: c.size for c in cands}
    return max(ids, key=lambda e: (len(corpus.context(e) & context) if e > 0 else 0, size.get(e, 0), -e))


def _link(doc: DocEntity, ident: Identity, entity_id: int, rule: str) -> Decision:
    return Decision(doc.local_id, entity_id, None, ident.keys, rule, ident.type)


def _new(doc: DocEntity, ident: Identity, pending: _Pending, rule: str) -> Decision:
    ref = -(len(pending.entities) + 1)
    new = NewEntity(ref, doc.name, ident.type, doc.country)
    return Decision(doc.local_id, ref, new, ident.keys, rule, ident.type)
