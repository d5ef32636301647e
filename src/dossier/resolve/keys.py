"""What a document entity is, for resolution: its type (decided by evidence and knowledge), its parsed
person name, and its keys: the normalised names under which a corpus entity can be found.

| kind     | key                       | from                                                        |
|----------|---------------------------|-------------------------------------------------------------|
| country  | ``country:ru``            | Russia / "Russian" / Moscow as actor                         |
| person   | ``person:donald j trump`` | every full name of a person: first name, middle initials, surname (+ "jr") |
| surname  | ``surname:trump``         | a person named in full: finds the people a bare "Trump" may be |
| given    | ``given:hillary``         | a person named in full: finds the people a bare "Hillary" may be |
| bare     | ``bare:clinton``          | a person named by one word only that no one person clearly is |
| name     | ``name:supreme court``    | an organisation's or place's name and longer names; a website's |
|          |                           | without its domain ("TMZ.com")                              |
| acronym  | ``acro:fbi``              | an acronym as written ("FBI", "F.B.I.")                      |
| initials | ``init:fbi``              | initials of a multi-word organisation name; meets only acronyms |
| kb       | ``kb:dossier:4``          | a name the shipped knowledge lists ("GOP" and "Republican Party"; "Jeb Bush") |
|          | ``kb:government-of:...``  | a government named by its head, one head of its country in leaders.tsv |
|          |                           | ("the Obama administration"), though the article only describes it |
| singular | ``singular:academy of ...`` | a name of three or more words, each word in the singular    |
| words    | ``words:central ...``     | a name of four content words or more, in the singular and in any |
|          |                           | order ("Central Commission for Elections and Referenda"); meets |
|          |                           | only another, when the article shares 2 actors with it      |
| short    | ``short:red sox``         | an organisation's name without the place it opens with      |
|          |                           | ("Boston Red Sox"); meets only a name                       |
| institution | ``inst:betty ford``    | a care institution's name without the words for its kind and its places |
|          |                           | ("Betty Ford Treatment Center in Palm Springs"); meets only another, |
|          |                           | when the article shares 2 actors with it                    |

Only strong evidence becomes a key of a corpus entity: the names a document entity is called by in full.
A bare surname linked by context adds none, so one weak link never attracts more (no snowball).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.models import Entity
from dossier.resolve.knowledge import Knowledge, name_key
from dossier.resolve.names import (
    GOVERNMENT_BY_HEAD,
    PersonName,
    compatible,
    entity_words,
    parse_person,
    without_legal_form,
)

_SKIP = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des", "la", "le", "a", "an", "at"}
# British and American spellings of the words institutions are named with: "Promises Treatment Centre" is
# "Promises Treatment Center". Not "labour": Labour (UK) and Labor (Australia) are different parties.
_SPELLINGS = {
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "defence": "defense",
    "organisation": "organization",
    "programme": "program",
}
# a business's holding words, left out with its legal form ("Vodafone Group Plc" is "Vodafone"), and what a
# police force's name may end with ("Staunton Police Department" is "Staunton Police")
_HOLDING_WORDS = {"group", "holding", "holdings"}
_POLICE_DESIGNATORS = {"department", "dept", "service", "force"}
# "Betty Ford Center in Rancho Mirage": an institution followed by where it is
_LOCATED = re.compile(r"^(?P<name>.+?)\s*(?:,\s*|\s+in\s+)(?P<place>[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*)*)$")
# a website's name: one word and a commercial domain ("TMZ.com", "People.com"); not ".gov" or ".org", whose
# names are no outlet's ("Change.org" is not "Change")
_SITE = re.compile(r"^(?P<stem>[A-Za-z][A-Za-z0-9&'-]*[A-Za-z0-9])\.(?:com|net|co\.uk|com\.au|tv)$", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$|^[A-Z][A-Z&]{1,5}$")


@dataclass(frozen=True)
class Key:
    key: str
    alias: str  # the surface form it came from
    kind: str  # country | person | surname | given | bare | name | singular | words | short | institution | acronym |
    # initials | kb | user


@dataclass(frozen=True)
class DocEntity:
    """What resolution reads of an article's entity (built from an ``Entity`` or from stored rows)."""

    local_id: str
    name: str
    type: str
    country: str | None
    names: tuple[str, ...]  # the texts of its name mentions, in order
    country_code: str | None = None  # the codes stage's country (alpha-3), which a leader's government is of

    @classmethod
    def of(cls, entity: Entity) -> DocEntity:
        names = tuple(m.text for m in entity.mentions if m.kind == "name")
        return cls(entity.id, entity.name, entity.type, entity.country, names, entity.country_code)


@dataclass(frozen=True)
class Identity:
    """A document entity as resolution sees it."""

    type: str  # corrected: a full person name typed ORG by the NER is a PERSON
    kind: str  # country | person | bare | named | generic
    person: PersonName | None  # the full name of a person
    word: str  # a bare person's one word ("clinton")
    keys: tuple[Key, ...]  # what the corpus entity gains (strong evidence only)
    retyped: str = ""  # why the type differs from the NER's, for --why


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Lower case, accents, punctuation and a leading "the" removed; dotted acronyms closed up."""
    text = name_key(name)
    text = re.sub(r"[^\w\s&-]", " ", text).replace("-", " ")
    return " ".join(_SPELLINGS.get(w, w) for w in text.split())


def identify(doc: DocEntity, kb: Knowledge) -> Identity:
    if doc.country:
        return Identity(doc.type, "country", None, "", (Key(f"country:{doc.country.lower()}", doc.name, "country"),))
    government = government_key(doc, kb)
    leader = _LEADER_GOVERNMENT.match(doc.name) if government is None and doc.type == "ORG" else None
    if leader is not None and kb.names_a_head(leader["leader"]):
        # "Bush administration" tagged as a name: its words name a head, but not one head of its country (two
        # Presidents Bush), so, as when it is described, it is no actor of the corpus ("Social Security
        # Administration" names no head: a name)
        return Identity(doc.type, "generic", None, "", ())
    if not doc.names:
        if government is not None:  # "the Obama administration": described, but named by its head
            return Identity("ORG", "named", None, "", (government,))
        return Identity(doc.type, "generic", None, "", ())  # only described: "the woman", "the city"
    etype, retyped = _decide_type(doc, kb)
    if government is not None and etype != "ORG":
        etype, retyped = "ORG", f"'{doc.name}' is a government named by its head"
    if etype == "PERSON":
        return _person(doc, etype, retyped, kb)
    keys = _named_keys(doc, etype, kb) + ([government] if government is not None else [])
    return Identity(etype, "named", None, "", tuple(keys), retyped)


# a government named by the one who heads it: "the Obama administration", "Maduro's government", "the Assad regime"
_LEADER_GOVERNMENT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<leader>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]*?)(?:['’]s)?\s+"
    rf"(?i:{'|'.join(sorted(GOVERNMENT_BY_HEAD))})$"
)


def identify_article(docs: list[DocEntity], kb: Knowledge) -> dict[str, Identity]:
    """The identities of an article's entities. A government named by its head is that head's only where the
    article names a person of that surname ("the Obama government" of an article on Equatorial Guinea whose
    countries the codes stage misread is not Barack Obama's unless it names an Obama), and none other of it in full
    ("a Clinton administration" beside Hillary Clinton may be hers, not Bill Clinton's): else it stays a
    description, or keeps only its own names."""
    idents = {d.local_id: identify(d, kb) for d in docs}
    people = [
        (ident.person, doc.names)
        for doc in docs
        if (ident := idents[doc.local_id]).kind == "person" and ident.person is not None
    ]
    bare = {ident.word for ident in idents.values() if ident.kind == "bare"}
    for doc in docs:
        ident = idents[doc.local_id]
        government = next((k for k in ident.keys if k.key.startswith("kb:government-of:")), None)
        match = _LEADER_GOVERNMENT.match(doc.name)
        if government is None or match is None or doc.country_code is None:
            continue
        surname = parse_person(match["leader"]).surname
        head = government.key.removeprefix("kb:government-of:")
        bearers = [(p, names) for p, names in people if p.surname == surname]
        named = surname in bare or bool(bearers)
        other = any(p.full and not _is_head(p, names, head, doc.country_code, kb) for p, names in bearers)
        if named and not other:
            continue
        keys = tuple(k for k in ident.keys if k is not government)
        idents[doc.local_id] = replace(ident, keys=keys) if doc.names else identify(replace(doc, country_code=None), kb)
    return idents


def _is_head(person: PersonName, names: tuple[str, ...], head: str, iso3: str, kb: Knowledge) -> bool:
    """Whether a person the article names is that head of its country, by a name as written or by first name and
    surname ("Recep Tayyip Erdogan")."""
    forms = [*names, f"{person.first} {person.surname}"]
    return any(head in {e.entry for e in kb.heads_of(form, iso3)} for form in forms)


def government_key(doc: DocEntity, kb: Knowledge) -> Key | None:
    """The key of a government named by its head ("Obama administration", "the Maduro government"): the one head
    of state or government of the entity's country (``leaders.tsv``) its words name, in full or by surname, so that
    every article's "Obama administration" is one actor. None when they name none ("the Scott administration", a
    state governor's) or two ("the Bush administration": which President Bush the words do not say)."""
    match = _LEADER_GOVERNMENT.match(doc.name)
    if match is None or not doc.country_code or doc.type not in {"ORG", "PERSON"}:
        return None
    heads = kb.heads_of(match["leader"], doc.country_code)
    return Key(f"kb:government-of:{heads[0].entry}", doc.name, "kb") if len(heads) == 1 else None


def _decide_type(doc: DocEntity, kb: Knowledge) -> tuple[str, str]:
    """The NER's type unless the name itself says otherwise (knowledge first, then the shape of the name)."""
    known = kb.kind(doc.name)
    words = normalise(doc.name).split()
    if doc.type == "PERSON":
        if known == "org" or (set(words) & entity_words("org_name_words.txt") and len(words) > 1):
            return "ORG", f"'{doc.name}' is an organisation's name"
        return "PERSON", ""
    if doc.type in {"ORG", "GPE", "NORP", "FAC"}:
        if known == "person":
            return "PERSON", f"'{doc.name}' is a person in the dictionaries"
        if known is None and _looks_like_person(doc.name, kb):
            return "PERSON", f"'{doc.name}' is a person's name (known given name)"
    return doc.type, ""


def _looks_like_person(name: str, kb: Knowledge) -> bool:
    parsed = parse_person(name)
    return person_shaped(name) and parsed.first in kb.given_names and len(parsed.first) > 1


def person_shaped(name: str) -> bool:
    """Two to four capitalised words, none of an organisation's or a place's, no acronym: a name a person
    may have ("Wladimir Klitschko"), whatever type the NER gave it."""
    if _ACRONYM.match(name.replace(" ", "")) or any(ch.isdigit() for ch in name):
        return False
    words = normalise(name).split()
    if not 2 <= len(words) <= 4 or set(words) & entity_words("org_name_words.txt") or set(words) & _SKIP:
        return False
    if not all(w[:1].isupper() for w in name.split() if w.lower() not in {"de", "van", "von", "bin", "al", "le", "la"}):
        return False
    return parse_person(name).full


def demonym_before_name(name: str) -> str | None:
    """The person's name after a demonym a span opens with ("American Hasim Rahman" -> "Hasim Rahman"), when
    what follows is two or three capitalised words a person may be named ("American Airlines", "German
    Marshall Fund" are not), else None."""
    words = name.split()
    lex = _entity_lexicon()
    if len(words) not in {3, 4} or not lex.country_of_demonym(words[0]) or words[0].lower() in lex.given_names:
        return None  # "Christian" may be a given name
    rest = " ".join(words[1:])
    return rest if person_shaped(rest) else None


def _person(doc: DocEntity, etype: str, retyped: str, kb: Knowledge) -> Identity:
    parsed = [(n, parse_person(n)) for n in dict.fromkeys([doc.name, *doc.names])]
    full = [(n, p) for n, p in parsed if p.full]
    if not full:
        word = next((p.surname for _, p in parsed if p.surname), normalise(doc.name))
        return Identity(etype, "bare", None, word, (Key(f"bare:{word}", doc.name, "bare"),), retyped)
    # the entity's own name when full, else its most complete full name; names that cannot be that person
    # (an in-article slip) give no key
    main = next((p for n, p in full if n == doc.name), None) or max(full, key=lambda f: len(f[1].key))[1]
    keys = []
    for n, p in full:
        if compatible(main, p):
            keys.append(Key(f"person:{_person_key(p)}", n, "person"))
        # a well-known other name no name rule joins ("Jeb Bush" = "John Ellis Bush", equivalences.tsv)
        if (group := kb.equivalence(n)) is not None and kb.kind(n) == "person":
            keys.append(Key(f"kb:{group}", n, "kb"))
    if person_shaped(doc.name):
        keys.append(Key(f"name:{normalise(doc.name)}", doc.name, "name"))
    keys.append(Key(f"surname:{main.surname}", doc.name, "surname"))
    keys.append(Key(f"given:{main.first}", doc.name, "given"))
    return Identity(etype, "person", main, "", tuple(_unique(keys)), retyped)


def _person_key(p: PersonName) -> str:
    """First name, middle initials, surname and a suffix that tells generations apart: "george w bush"."""
    parts = [p.first, *(m[0] for m in p.middle), p.surname]
    if p.suffix in {"jr", "ii", "iii", "iv", "v"}:
        parts.append(p.suffix)
    return " ".join(parts)


def person_key_of(name: str) -> str:
    return _person_key(parse_person(name))


def _named_keys(doc: DocEntity, etype: str, kb: Knowledge) -> list[Key]:
    keys: list[Key] = []
    main = normalise(doc.name)
    main_group = kb.equivalence(doc.name)
    for n in dict.fromkeys([doc.name, *doc.names]):
        norm = normalise(n)
        if not norm:
            continue
        group = kb.equivalence(n)
        acronym = is_acronym(n)
        # another name the article's cluster puts beside the main one is a key only when it is the same actor by
        # its words ("Justice Department" / "Department of Justice"), its letters ("FBI" beside "Federal Bureau of
        # Investigation") or knowledge ("ISIS" beside "Islamic State"); "Iowa" inside "Iowa Democratic Party",
        # "House" inside "White House" or an agency's "AP" beside a dateline's city are other actors
        if n != doc.name and not (
            _content_words(norm) == _content_words(main)
            or acronym
            and norm.replace(" ", "") == (initials(doc.name) or "")
            or group is not None
            and group == main_group
        ):
            continue
        if n == doc.name and person_shaped(n):  # the NER may type one person ORG here and PERSON there
            keys.append(Key(f"person:{_person_key(parse_person(n))}", n, "person"))
        if group:
            keys.append(Key(f"kb:{group}", n, "kb"))
        if acronym:
            keys.append(Key(f"acro:{norm.replace(' ', '')}", n, "acronym"))
            continue
        keys.append(Key(f"name:{norm}", n, "name"))
        if etype == "ORG":
            # one word left may be what the NER kept of a longer name ("International Corp"): only a known one
            stems = [stem for stem in org_stems(norm) if " " in stem or kb.is_organisation(stem)]
            keys += [Key(f"name:{stem}", n, "name") for stem in stems]
            # "IBM" is the initials of "International Business Machines Corp" without its legal form
            keys += [Key(f"init:{i}", n, "initials") for stem in stems if len(i := initials(stem) or "") >= 3]
        if etype in {"ORG", "FAC", "EVENT", "NORP"}:
            entry = kb.org_entry(n)
            if entry and not group:
                keys.append(Key(f"kb:{entry}", n, "kb"))
            init = initials(n)
            if init and len(init) >= 3:
                keys.append(Key(f"init:{init}", n, "initials"))
    if etype == "ORG" and (site := _SITE.match(doc.name.strip())):
        # "TMZ.com" is the outlet TMZ, "People.com" the magazine People: the name without its domain
        stem = site["stem"]
        if is_acronym(stem):
            keys.append(Key(f"acro:{normalise(stem).replace(' ', '')}", doc.name, "acronym"))
        elif normalise(stem):
            keys.append(Key(f"name:{normalise(stem)}", doc.name, "name"))
    if etype == "ORG" and (short := short_form(doc.name)):
        keys.append(Key(f"short:{short}", doc.name, "short"))
    if etype in {"ORG", "FAC"} and (stem := institution_stem(doc.name)):
        keys.append(Key(f"inst:{stem}", doc.name, "institution"))
    located = _LOCATED.match(doc.name)
    if etype in {"ORG", "FAC"} and len(_content_words(main)) >= 3:
        # a long name written with a word in the singular or the plural is one name ("Academy of Motion Picture
        # Arts and Sciences" / "... Pictures ..."): each word in the singular; it meets only the same key
        keys.append(Key(f"singular:{' '.join(_singular_word(w) for w in main.split())}", doc.name, "singular"))
    if etype in {"ORG", "FAC"} and len(_content_words(main)) >= 4:
        # and in any order: a body's name translated two ways ("Central Election and Referendum Commission",
        # "Central Commission for Elections and Referenda"); four words or more, as "Commission on Human Rights"
        # (the UN's) is not every "Human Rights Commission"
        words = " ".join(sorted({_singular_word(w) for w in _content_words(main)}))
        keys.append(Key(f"words:{words}", doc.name, "words"))
    if etype in {"ORG", "FAC"} and located and len(_content_words(normalise(located["name"]))) >= 2:
        keys.append(Key(f"name:{normalise(located['name'])}", doc.name, "name"))
    if etype == "NORP":
        keys += [Key(f"name:{_singular(k.key[5:])}", k.alias, "name") for k in keys if k.kind == "name"]
    return _unique(keys)


@lru_cache(maxsize=1)
def _entity_lexicon():
    from dossier.nlp.entities.lexicon import EntityLexicon

    return EntityLexicon.load()


def person_noun(head: str) -> bool:
    """Whether a nominal's head word names a person ("founder", "photographer", "editor"), by the entity
    lexicon's nominal heads (``nominals.tsv``)."""
    found = _entity_lexicon().nominals.get(head.lower())
    return found is not None and found.type == "PERSON"


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Words for a kind of organisation or place ("court", "center", "department", "district", "chamber")."""
    lex = _entity_lexicon()
    return (
        entity_words("org_name_words.txt")
        | entity_words("company_name_words.txt")
        | lex.agency_name_words
        | lex.institution_words
        | lex.place_nouns
    )


@lru_cache(maxsize=1)
def _known_organisations() -> frozenset[str]:
    return frozenset(normalise(n) for n in _entity_lexicon().organisations)


@lru_cache(maxsize=1 << 14)
def short_form(name: str) -> str | None:
    """The normalised name of an organisation without the place it opens with ("Boston Red Sox" -> "red sox",
    "Los Angeles Angels" -> "angels"), when what is left is a name of its own (``EntityLexicon.without_place``)
    and, if one word, a plural, as teams are named: "Post" of "Washington Post" or "Globe" of "Boston Globe" may be
    any paper's (a singular common noun, or a word organisations are named with: "Times"), "Angels" of "Los
    Angeles Angels" names a team. Across articles a short form is a name of its own only without a word for a
    kind of organisation or place: every city may have a "District Court" or an "Islamic Center"."""
    words = [w.strip(",;:") for w in name.split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(words) or not words[0][:1].isupper():  # "federal Securities and ..."
        return None
    lex = _entity_lexicon()
    tail = lex.without_place(tuple(words))  # as written: "U.S." is a country, "AMA" no place
    short = normalise(" ".join(tail)) if tail else ""
    if not short or not set(short.split()) - _SKIP or short in _known_organisations():
        return None
    prefix = words[: len(words) - len(tail)]
    if len(prefix) == 1 and prefix[0].lower() in lex.place_nouns:
        return None  # "Port St. Lucie": a place named with a place
    if not lex.home_place(tuple(prefix)):
        return None  # "Young Latinos": a town of 16,000 people is more often a word
    if set(short.split()) - _SKIP & _kind_words():
        return None  # "U.S. District Court", "Louisville's Islamic Center": a kind every place may have
    if " " not in short and (
        not (short.endswith("s") and not short.endswith("ss") and len(short) > 3)
        or short in entity_words("org_name_words.txt")  # "Times" of "New York Times": any paper's word
    ):
        return None
    return short


# the words a care institution's name ends with, which news varies from article to article ("Betty Ford Center",
# "Betty Ford Treatment Center"; "Morningside Recovery", "Morningside Recovery Center"); all but the first two say
# it gives care, which "Langley Research Center" or "Miami Detention Center" does not
_PLACE_WORDS = frozenset({"center", "centre", "facility"})
_CARE_WORDS = _PLACE_WORDS | frozenset(
    "clinic hospital medical treatment recovery rehab rehabilitation sanatorium hospice".split()
)


# what many institutions are called beside their kind: "Regional Medical Center", "Islamic Center", "Children's
# Hospital" name no one institution
_INSTITUTION_QUALIFIERS = frozenset(
    "regional general community memorial national state county city university children childrens women womens "
    "veterans islamic jewish catholic baptist methodist christian presbyterian lutheran adventist mercy".split()
)


def institution_stem(name: str) -> str | None:
    """The normalised name of a care institution without the words for its kind, the place it is in and the place
    it opens with ("Promises Treatment Center in Malibu, California" -> "promises"); None for a centre that says
    no care ("Langley Research Center") unless a person's name opens it ("Betty Ford Center"), and when nothing is
    left but words any institution, region or city may have ("Regional Medical Center", "Boston Medical Center")."""
    located = _LOCATED.match(name)
    words = [w for w in normalise(located["name"] if located else name).split() if len(w) > 1]
    n = len(words)
    kinds = set()
    while words and words[-1] in _CARE_WORDS:
        kinds.add(words.pop())
    if len(words) == n or not words:
        return None
    lex = _entity_lexicon()
    if not kinds - _PLACE_WORDS and words[0] not in lex.given_names:
        return None  # a centre of research, detention or space; "Betty Ford Center" is named for a person
    if len(words) > 1 and lex.is_place_name((words[0],)):
        words = words[1:]  # "Malibu Promises Treatment Center"
    if not set(words) - _SKIP - _kind_words() - _INSTITUTION_QUALIFIERS or lex.home_place(tuple(words)):
        return None  # "Regional Medical Center", "Boston Medical Center": any region's or city's
    return " ".join(words)


def org_stems(norm: str) -> list[str]:
    """The shorter names an organisation's normalised name is also written as, by its designators: a legal
    form a company's name may leave out ("jpmorgan chase & co" -> "jpmorgan chase"), with the holding word
    before it ("vodafone group plc" -> "vodafone group", "vodafone"), and a police force's "department"
    ("staunton police department" -> "staunton police"). Other added words make another organisation."""
    words = norm.split()
    stems = []
    cut = len(without_legal_form(words))
    if cut < len(words):
        stems.append(words[:cut])
        if cut > 1 and words[cut - 1] in _HOLDING_WORDS:
            stems.append(words[: cut - 1])
    if len(words) >= 3 and words[-2] == "police" and words[-1] in _POLICE_DESIGNATORS:
        stems.append(words[:-1])
    # "Financial Corp" cut from a longer name by the NER may leave "Financial"; "Bank Plc" may not leave "Bank"
    generic = (
        _SKIP
        | entity_words("legal_forms.txt")
        | entity_words("company_name_words.txt")
        | entity_words("org_name_words.txt")
    )
    return [" ".join(stem) for stem in stems if set(stem) - generic]


def _content_words(norm: str) -> frozenset[str]:
    return frozenset(w for w in norm.split() if w not in _SKIP)


def is_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name.strip()))


def initials(name: str) -> str | None:
    words = [w for w in normalise(name).split() if w not in _SKIP]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words)


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 4 else key


# Latin plurals the names of bodies use ("Central Commission for Elections and Referenda")
_LATIN_PLURALS = {"referenda": "referendum", "memoranda": "memorandum", "curricula": "curriculum"}


def _singular_word(word: str) -> str:
    if word in _LATIN_PLURALS:
        return _LATIN_PLURALS[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _unique(keys: list[Key]) -> list[Key]:
    seen: set[str] = set()
    out = []
    for k in keys:
        if k.key not in seen:
            seen.add(k.key)
            out.append(k)
    return out


def lookup_keys(name: str) -> list[str]:
    """Every key a user's name for an entity may be stored under (``dossier entity NAME``)."""
    norm = normalise(name)
    p = parse_person(name)
    out = [f"name:{norm}", f"acro:{norm.replace(' ', '')}", f"bare:{norm}"]
    if p.full:
        out.append(f"person:{_person_key(p)}")
    return out
