"""The PLOVER lexicon: categories with their CAMEO/Quad/Penta/intensity, and the verb and noun entries.

Data lives in ``dossier/data/lexicons/plover/`` (one file per category; format in its README.txt).
A ``PloverLexicon`` is loaded once per component instance and never changed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.datafiles import data_fields
from dossier.errors import DataError
from dossier.nlp.components.events_cameo import CameoVerbs
from dossier.nlp.components.events_entry import Entry

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "plover"
OPTION_KEYS = ("obj", "noobj", "mod", "prep", "subj", "cameo")
FLAG_OPTIONS = ("nocomp", "trans", "xcomp")


# PentaClass of the CAMEO roots whose class is not their PLOVER category's QuadClass
CAMEO_PENTA = {"01": 0, "02": 0, "03": 1, "08": 2}


@dataclass(frozen=True)
class Category:
    name: str
    cameo_root: str
    quad: int
    penta: int
    intensity: float
    requires_recipient: bool


@dataclass(frozen=True)
class LightVerb:
    lemma: str
    particle: str | None
    prep: str | None  # the noun is the object of this preposition ("engage in")
    certainty: str | None


@dataclass
class PloverLexicon:
    categories: dict[str, Category]
    modes: dict[tuple[str, str], tuple[float | None, str | None]]  # (category, mode) -> (score, cameo)
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    statements: dict[str, list[Entry]] = field(default_factory=dict)  # CAMEO 01 attitude statements
    light_verbs: dict[str, list[LightVerb]] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=dict)  # class -> words
    verbal: dict[str, set[str]] = field(default_factory=dict)  # verbal.txt: class -> words
    cameo: CameoVerbs | None = None  # the CAMEO verb patterns, when loaded

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR, cameo: bool = True) -> PloverLexicon:
        categories = _load_categories(directory / "categories.tsv")
        lex = cls(categories=categories, modes=_load_modes(directory / "modes.tsv", categories))
        order = 0
        for name in categories:
            path = directory / f"{name.lower()}.txt"
            if not path.is_file():
                raise DataError(f"PLOVER lexicon file {path} is missing; reinstall dossier")
            for entry in _load_entries(path, name, lex.modes, order):
                table = lex.verbs if entry.kind == "verb" else lex.nouns
                table.setdefault(entry.lemma, []).append(entry)
                order += 1
        for table in (lex.verbs, lex.nouns, lex.statements):
            for entries in table.values():
                entries.sort(key=lambda e: (-e.specificity - bool(e.noobj), e.order))
        for entry in _load_entries(directory / "statements.txt", "STATEMENT", lex.modes, order):
            lex.statements.setdefault(entry.lemma, []).append(entry)
        lex.light_verbs = _load_light_verbs(directory / "light_verbs.txt")
        lex.cues = _load_cues(directory / "cues.txt")
        lex.verbal = _load_cues(directory / "verbal.txt")
        if cameo:
            lex.cameo = CameoVerbs.load()
        return lex

    @property
    def request_entry(self) -> Entry:
        """The entry for demands expressed by a modal ("X must ..."), which have no lexicon word."""
        return Entry(kind="verb", lemma="must", particle=None, category="REQUEST", mode=None)

    def score(self, category: str, mode: str | None) -> float:
        if mode:
            value = self.modes.get((category, mode), (None, None))[0]
            if value is not None:
                return value
        return self.categories[category].intensity

    def cameo_root(self, entry: Entry) -> str:
        if entry.cameo:
            return entry.cameo
        if entry.mode:
            cameo = self.modes.get((entry.category, entry.mode), (None, None))[1]
            if cameo:
                return cameo
        return self.categories[entry.category].cameo_root

    def penta(self, category: str, cameo_root: str) -> int:
        """PentaClass, an aggregation of CAMEO roots: 0 for 01/02 (statements and appeals), 1 for an
        intention (03), 2 for a yielding act (08: a concession done is material cooperation there, where
        PLOVER's CONCEDE is verbal); otherwise the category's class."""
        return CAMEO_PENTA.get(cameo_root, self.categories[category].penta)

    def cue(self, cls: str) -> set[str]:
        return self.cues.get(cls, set())


def plover_categories(directory: Path = LEXICON_DIR) -> tuple[str, ...]:
    """The PLOVER categories, in the order of ``categories.tsv``."""
    return tuple(_load_categories(directory / "categories.tsv"))


def _load_categories(path: Path) -> dict[str, Category]:
    cats = {}
    for cols in data_fields(path, "PLOVER lexicon file"):
        if len(cols) != 6:
            raise DataError(f"{path}: expected 6 columns, got {cols}")
        name, cameo, quad, penta, score, recipient = cols
        cats[name] = Category(name, cameo, int(quad), int(penta), float(score), recipient == "yes")
    return cats


def _load_modes(path: Path, cats: dict[str, Category]) -> dict[tuple[str, str], tuple[float | None, str | None]]:
    modes = {}
    for cols in data_fields(path, "PLOVER lexicon file"):
        cat, mode, score, cameo = cols
        if cat not in cats:
            raise DataError(f"{path}: unknown category {cat}")
        modes[(cat, mode)] = (None if score == "-" else float(score), None if cameo == "-" else cameo)
    return modes


def _load_entries(path: Path, category: str, modes: dict, start: int) -> list[Entry]:
    entries = []
    for n, cols in enumerate(data_fields(path, "PLOVER lexicon file")):
        if len(cols) < 3 or cols[0] not in {"verb", "noun"}:
            raise DataError(f"{path}: bad line {' '.join(cols)!r} (KIND LEMMA MODE [OPTION ...])")
        kind, lemma, mode = cols[0], cols[1], cols[2]
        if mode != "-" and (category, mode) not in modes:
            raise DataError(f"{path}: mode {mode!r} is not a {category} mode in modes.tsv")
        opts: dict[str, Any] = {}
        for opt in cols[3:]:
            if opt in FLAG_OPTIONS:
                opts[opt] = True
                continue
            key, _, value = opt.partition("=")
            if key not in OPTION_KEYS or not value:
                raise DataError(f"{path}: unknown option {opt!r} on {lemma!r}")
            opts[key] = value if key == "cameo" else frozenset(value.split(","))
        head, _, particle = lemma.partition("_")
        entries.append(
            Entry(
                kind=kind,
                lemma=head,
                particle=particle or None,
                category=category,
                mode=None if mode == "-" else mode,
                order=start + n,
                **opts,
            )
        )
    return entries


def _load_light_verbs(path: Path) -> dict[str, list[LightVerb]]:
    out: dict[str, list[LightVerb]] = {}
    for cols in data_fields(path, "PLOVER lexicon file"):
        lemma, _, particle = cols[0].partition("_")
        prep = cols[1] if len(cols) > 1 and cols[1] != "-" else None
        certainty = cols[2] if len(cols) > 2 else None
        out.setdefault(lemma, []).append(LightVerb(lemma, particle or None, prep, certainty))
    return out


def _load_cues(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cols in data_fields(path, "PLOVER lexicon file"):
        out.setdefault(cols[0], set()).add(" ".join(cols[1:]))
    return out
