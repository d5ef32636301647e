"""Link a document entity to a corpus entity, and say which rule did it.

Order of evidence, strongest first:
1. ``country``: every mention of one country is one entity (``country:ru``).
2. ``name``: the same normalised name (middle initials, punctuation, accents and leading "the" ignored)
   on an entity of a compatible type; ``acronym``: an acronym equal to another entity's initials or alias.
3. ``surname``: a person the article names only by surname joins the person with that surname whose
   co-occurring actors overlap most with this article's (so that two Clintons stay apart), else the most
   mentioned one.
4. otherwise a new corpus entity.
When several entities share a key, context decides (overlap of co-occurring entities), then size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dossier.models import Entity
from dossier.resolve.keys import Key, is_surname_only, keys_of

COMPATIBLE = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG", "NORP", "FAC"},
    "NORP": {"NORP", "ORG"},
    "GPE": {"GPE", "LOC"},
    "LOC": {"LOC", "GPE"},
    "FAC": {"FAC", "ORG"},
    "EVENT": {"EVENT"},
}


@dataclass(frozen=True)
class Candidate:
    entity_id: int
    key: str
    kind: str
    type: str
    size: int  # number of document entities linked to it so far


@dataclass(frozen=True)
class Link:
    entity_id: int | None  # None: create a new corpus entity
    rule: str  # human-readable reason, shown by `dossier entity NAME --why`


Lookup = Callable[[list[str]], list[Candidate]]
ContextOf = Callable[[int], set[int]]


def resolve(entity: Entity, lookup: Lookup, context_of: ContextOf, article_context: set[int]) -> Link:
    keys = keys_of(entity)
    if not keys:
        return Link(None, "new entity (no usable name)")
    found = lookup([k.key for k in keys])
    by_key: dict[str, list[Candidate]] = {}
    for cand in found:
        if entity.type in COMPATIBLE.get(cand.type, {cand.type}) or cand.kind == "country" or _mislabelled_person(entity, cand):
            by_key.setdefault(cand.key, []).append(cand)
    if is_surname_only(entity):
        return _resolve_surname(entity, keys[0].key, lookup, context_of, article_context, mislabelled=False)
    for key in keys:
        if key.kind == "surname":
            continue
        cands = by_key.get(key.key, [])
        if cands:
            best = _pick(cands, context_of, article_context)
            return Link(best.entity_id, _explain(key, best, len(cands)))
    # a lone surname the NER took for an organisation ("Varga rejected the claim") may still be a person
    if entity.type in {"ORG", "GPE"} and len(keys[0].key.split()) == 1 and not entity.country:
        link = _resolve_surname(entity, keys[0].key, lookup, context_of, article_context, mislabelled=True)
        if link.entity_id is not None:
            return link
    return Link(None, "new entity")


def _mislabelled_person(entity: Entity, cand: Candidate) -> bool:
    """A full name the NER typed as an organisation or place in this article ("Donald Trump" as ORG) is
    the person of that name when the corpus knows one: the small models confuse these types often."""
    return cand.type == "PERSON" and cand.kind == "name" and entity.type in {"ORG", "GPE"} and " " in cand.key


def _resolve_surname(
    entity: Entity, word: str, lookup: Lookup, context_of: ContextOf, article_context: set[int], *, mislabelled: bool
) -> Link:
    """A person named only by surname: among people with that surname (or that short name), the one whose
    co-occurring actors overlap most with this article's, else the most mentioned."""
    cands = [c for c in lookup([word, f"surname:{word}"]) if c.type == "PERSON"]
    by_entity = {c.entity_id: c for c in sorted(cands, key=lambda c: c.kind != "surname")}
    cands = sorted(by_entity.values(), key=lambda c: c.entity_id)
    if not cands:
        return Link(None, "new entity")
    best = _pick(cands, context_of, article_context)
    note = " (the NER said ORG)" if mislabelled else ""
    among = f" (chosen among {len(cands)} by shared context)" if len(cands) > 1 else ""
    return Link(best.entity_id, f"surname '{word}' of a person named in full elsewhere{note}{among}")


def _pick(cands: list[Candidate], context_of: ContextOf, article_context: set[int]) -> Candidate:
    if len(cands) == 1:
        return cands[0]
    scored = []
    for cand in cands:
        overlap = len(context_of(cand.entity_id) & article_context)
        scored.append((overlap, cand.size, -cand.entity_id, cand))
    scored.sort(key=lambda s: s[:3], reverse=True)
    return scored[0][3]


def _explain(key: Key, cand: Candidate, n: int) -> str:
    what = {"country": "country", "name": "name", "acronym": "acronym", "surname": "surname"}.get(key.kind, key.kind)
    tail = f" (chosen among {n} by shared context)" if n > 1 else ""
    return f"{what} '{key.alias}' matches '{cand.key}'{tail}"


def resolution_order(entities: list[Entity]) -> list[Entity]:
    """Full names and countries first, so that surname-only people can use them as context."""
    return sorted(entities, key=lambda e: (is_surname_only(e), int(e.id.lstrip("e") or 0) if e.id[1:].isdigit() else 0))
