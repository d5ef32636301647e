"""Blocking keys of a document entity: the normalised names under which a corpus entity can be found.

| kind      | example (document entity -> key)                         | used for                         |
|-----------|----------------------------------------------------------|----------------------------------|
| country   | Russia / "Russian" / Moscow as actor -> ``country:ru``    | every mention of one country     |
| name      | "Donald J. Trump" -> ``donald trump``                     | name variants (middle initials, punctuation, titles already split) |
| acronym   | "Federal Trade Commission" -> ``ftc``; "FTC" -> ``ftc``   | acronyms and their expansions    |
| surname   | "Donald Trump" -> ``surname:trump``                       | a person the article names only by surname |
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dossier.models import Entity

_PUNCT = re.compile(r"[^\w\s-]")
_SKIP = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des", "la", "le"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Key:
    key: str
    alias: str  # the surface form it came from
    kind: str  # country | name | acronym | surname


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub(" ", text.lower().replace("’", "'").replace("'s ", " "))
    words = [w for w in text.replace("-", " ").split() if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def person_key(name: str) -> str:
    """First and last name, without middle initials: "Donald J. Trump" and "Donald Trump" meet."""
    words = normalise(name).split()
    if len(words) >= 3:
        words = [words[0], *[w for w in words[1:-1] if len(w) > 1], words[-1]]
    return " ".join(words)


def acronym_of(name: str) -> str | None:
    words = [w for w in normalise(name).split() if w not in _SKIP]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words)


def keys_of(entity: Entity) -> list[Key]:
    """Every key of a document entity, strongest first, without duplicates."""
    out: list[Key] = []
    if entity.country:
        out.append(Key(f"country:{entity.country.lower()}", entity.name, "country"))
        return out
    names = [m.text for m in entity.mentions if m.kind == "name"]
    if not names:
        return []  # an actor only described ("the company", "the country") is this article's own
    for name in dict.fromkeys([entity.name, *entity.aliases, *names]):
        if entity.type == "PERSON":
            key = person_key(name)
        elif entity.type == "NORP":
            key = _singular(normalise(name))  # "Republicans" and "Republican"
        else:
            key = normalise(name)
            if entity.type == "ORG" and key.endswith(" party") and len(key.split()) == 2:
                out.append(Key(key.removesuffix(" party"), name, "name"))  # "Republican Party" ~ "Republican"
        if not key:
            continue
        if name.replace(".", "").isupper() and 2 <= len(name.replace(".", "")) <= 6 and entity.type != "PERSON":
            out.append(Key(key.replace(" ", ""), name, "acronym"))
        else:
            out.append(Key(key, name, "name"))
            acro = acronym_of(name) if entity.type in {"ORG", "FAC", "EVENT"} else None
            if acro and len(acro) >= 2:
                out.append(Key(acro, name, "acronym"))
    if entity.type == "PERSON":
        words = [w for w in person_key(entity.name).split() if w not in _SUFFIXES]
        if len(words) >= 2:
            out.append(Key(f"surname:{words[-1]}", entity.name, "surname"))
    seen: set[tuple[str, str]] = set()
    unique = []
    for k in out:
        if (k.key, k.kind) not in seen:
            seen.add((k.key, k.kind))
            unique.append(k)
    return unique


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 4 else key


def is_surname_only(entity: Entity) -> bool:
    return entity.type == "PERSON" and len(person_key(entity.name).split()) == 1

