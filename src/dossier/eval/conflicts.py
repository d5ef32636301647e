"""Audit a store: which corpus entities hold names of different people, and which persons hold a name the
tables know as a place or organisation ("Iowa" in a "Cruz’s Iowa" the NER made a person).

The names of an entity are the names of the document entities typed PERSON linked to it (those named by a
proper name in their article). Two names are of different people when the name rule
(``dossier.resolve.names.compatible``) says they cannot be one person; two one-word names are not judged
against each other ("Hillary" and "Clinton" may be one person's first name and surname), so a conflict
always involves a full name; a name the shipped equivalences list is judged as its group's first
("John Ellis Bush" as "Jeb Bush"). An entity's names are grouped, most mentioned first, each into the first group
all of whose names it may be one person with; an entity holding two groups or more holds names of
different people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import StoreError
from dossier.resolve.knowledge import Knowledge
from dossier.resolve.names import PersonName, compatible, parse_person
from dossier.resolve.resolver import names_no_person
from dossier.store import is_postgres, open_store
from dossier.store.queries import entities_ranked
from dossier.store.resolution_queries import entity_sizes, one_word_names_of_persons, person_names


@dataclass(frozen=True)
class HeldName:
    name: str
    mentions: int


@dataclass
class Conflict:
    id: int
    name: str
    type: str
    mentions: int
    groups: list[list[HeldName]]  # names that can be one person, the largest group first

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": self.mentions,
            "groups": [[{"name": n.name, "mentions": n.mentions} for n in g] for g in self.groups],
        }


@dataclass
class ThingHolder:
    """A person holding one-word names the tables know as places or organisations (``names_no_person``)."""

    id: int
    name: str
    mentions: int
    things: list[HeldName]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "mentions": self.mentions,
            "things": [{"name": n.name, "mentions": n.mentions} for n in self.things],
        }


@dataclass
class ConflictSummary:
    top: int  # entities ranked by mentions
    persons: int = 0  # PERSON entities among them
    conflicting: int = 0  # of those, holding names of different people
    person_mentions: int = 0
    conflicting_mentions: int = 0
    thing_holders: int = 0  # persons among them holding a place's or organisation's name

    @property
    def share(self) -> float:
        return self.conflicting_mentions / self.person_mentions if self.person_mentions else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "top": self.top,
            "persons": self.persons,
            "conflicting_persons": self.conflicting,
            "person_mentions": self.person_mentions,
            "conflicting_mentions": self.conflicting_mentions,
            "share": round(self.share, 4),
            "persons_holding_places_or_organisations": self.thing_holders,
        }


@dataclass
class ConflictAudit:
    store: str
    entities: list[Conflict] = field(default_factory=list)  # most mentioned first
    thing_holders: list[ThingHolder] = field(default_factory=list)  # most mentioned first
    summary: ConflictSummary = field(default_factory=lambda: ConflictSummary(300))

    def as_dict(self) -> dict[str, object]:
        return {
            "store": self.store,
            "summary": self.summary.as_dict(),
            "entities": [e.as_dict() for e in self.entities],
            "persons_holding_places_or_organisations": [t.as_dict() for t in self.thing_holders],
        }


def group_names(names: list[HeldName], kb: Knowledge) -> list[list[HeldName]]:
    """Names grouped so that the names of one group can all be one person (most mentioned first)."""
    groups: list[list[tuple[HeldName, PersonName]]] = []
    for held in sorted(names, key=lambda n: (-n.mentions, n.name)):
        parsed = parse_person(kb.equivalent_name(held.name))  # "John Ellis Bush" is judged as "Jeb Bush"
        for group in groups:
            if all(_may_be_one(parsed, other) for _, other in group):
                group.append((held, parsed))
                break
        else:
            groups.append([(held, parsed)])
    out = [[held for held, _ in group] for group in groups]
    return sorted(out, key=lambda g: -sum(n.mentions for n in g))


def _may_be_one(a: PersonName, b: PersonName) -> bool:
    # two one-word names are not judged: either may be a first name or a surname ("Hillary" / "Clinton")
    return compatible(a, b) or (not a.full and not b.full)


def audit_conflicts(db: str | Path, *, top: int = 300) -> ConflictAudit:
    """Every entity of the store at ``db`` that holds names of different people, and a summary over the
    ``top`` entities by mentions. Raises ``StoreError`` for a missing, foreign or differently versioned store."""
    if not is_postgres(db) and not Path(db).is_file():
        raise StoreError(f"{db}: no such store; give the --db path of an ingest (or a postgresql:// URL)")
    store = open_store(db, readonly=True)
    try:
        held: dict[int, list[HeldName]] = {}
        for row in person_names(store.conn):
            held.setdefault(row[0], []).append(HeldName(row[1], row[2]))
        kb = store.knowledge()
        conflicting = {
            eid: groups for eid, names in held.items() if len(names) > 1 and len(groups := group_names(names, kb)) > 1
        }
        things: dict[int, list[HeldName]] = {}
        for row in one_word_names_of_persons(store.conn):
            if names_no_person(row[1], kb):
                things.setdefault(row[0], []).append(HeldName(row[1], row[2]))
        sizes = {r[0]: r for r in entity_sizes(store.conn, [*conflicting, *things])}
        ranked = entities_ranked(store.conn, limit=top)
    finally:
        store.close()
    audit = ConflictAudit(store=str(db), summary=ConflictSummary(top))
    for eid, groups in conflicting.items():
        row = sizes[eid]
        audit.entities.append(Conflict(eid, row["name"], row["type"], row["mentions"], groups))
    audit.entities.sort(key=lambda c: (-c.mentions, c.id))
    for eid, names in things.items():
        audit.thing_holders.append(ThingHolder(eid, sizes[eid]["name"], sizes[eid]["mentions"], names))
    audit.thing_holders.sort(key=lambda t: (-t.mentions, t.id))
    for row in ranked:
        if row["type"] != "PERSON":
            continue
        audit.summary.persons += 1
        audit.summary.person_mentions += row["mentions"]
        if row["id"] in conflicting:
            audit.summary.conflicting += 1
            audit.summary.conflicting_mentions += row["mentions"]
        if row["id"] in things:
            audit.summary.thing_holders += 1
    return audit
