"""One entry of the event lexicons: a verb or noun that signals a PLOVER category, with the conditions of its
use. The PLOVER lexicon (``events_lexicon``) and the CAMEO verb dictionary (``events_cameo``) both make them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One lexicon line: a verb or noun (with its particle) that signals a category."""

    kind: str  # verb | noun
    lemma: str  # the head lemma ("call" for "call_for")
    particle: str | None  # "for" for "call_for"
    category: str
    mode: str | None
    obj: frozenset[str] = frozenset()
    noobj: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    subj: frozenset[str] = frozenset()
    cameo: str | None = None
    nocomp: bool = False
    trans: bool = False  # needs a direct object (or a passive subject)
    xcomp: bool = False  # needs an infinitive complement ("agreed to meet")
    order: int = 0  # position in the lexicon: earlier wins among equally specific entries

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.obj, self.mod, self.prep, self.subj, self.particle))
