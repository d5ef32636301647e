"""The attribution lexicons: cue verbs and nouns with the complements that hold their content, source
words and certainty cues. Data files under ``dossier/data/lexicons/attribution/`` (see its README.txt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dossier.models import CERTAINTIES

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "attribution"
NOMINALS_FILE = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "nominals.tsv"

# cue file -> (cue class, default certainty); the order decides which certainty wins for a lemma in two files
CUE_FILES: dict[str, tuple[str, str]] = {
    "speech.txt": ("speech", "reported"),
    "position.txt": ("position", "reported"),
    "intention.txt": ("intention", "planned"),
    "belief.txt": ("belief", "reported"),
    "perception.txt": ("perception", "reported"),
}
NOUN_FILE = "nouns.txt"
FRAMES = ("that", "to", "obj", "as", "quote", "raise")  # plus "p:WORD"
CERTAINTY_FILES = {
    "hedged": "hedges.txt",
    "alleged": "allegation.txt",
    "denied": "denial.txt",
    "conditional": "conditional.txt",
    "planned": "planned.txt",
}


@dataclass(frozen=True)
class Cue:
    lemma: str  # "say", or "point_out" for a verb with its particle
    cls: str  # speech | belief | perception | intention | position | noun
    frames: frozenset[str]
    certainty: str

    def preps(self) -> frozenset[str]:
        return frozenset(f[2:] for f in self.frames if f.startswith("p:"))


@dataclass(frozen=True)
class AttributionLexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    vague: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # certainty -> words
    person_nouns: frozenset[str] = frozenset()  # nominal heads that name people ("president", "spokesman")
    bodies: frozenset[str] = frozenset()  # source heads that are bodies or documents ("police", "poll")
    noun_source_verbs: frozenset[str] = frozenset()  # their subject is the source of their noun cue
    not_generic: frozenset[str] = frozenset()  # verbs that are no cue even with a that-clause

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> AttributionLexicon:
        verbs: dict[str, Cue] = {}
        for name, (cue_class, default) in CUE_FILES.items():
            for cue in read_cues(directory / name, cue_class, default):
                old = verbs.get(cue.lemma)
                verbs[cue.lemma] = (
                    cue if old is None else Cue(old.lemma, old.cls, old.frames | cue.frames, old.certainty)
                )
        nouns = {c.lemma: c for c in read_cues(directory / NOUN_FILE, "noun", "reported")}
        cues = {cert: frozenset(read_words(directory / fname)) for cert, fname in CERTAINTY_FILES.items()}
        return cls(
            verbs=verbs,
            nouns=nouns,
            vague=frozenset(read_words(directory / "vague_sources.txt")),
            anonymous=frozenset(read_words(directory / "anonymous_sources.txt")),
            cues=cues,
            person_nouns=frozenset(_person_nominals(NOMINALS_FILE)),
            bodies=frozenset(read_words(directory / "body_sources.txt")),
            noun_source_verbs=frozenset(read_words(directory / "noun_source_verbs.txt")),
            not_generic=frozenset(read_words(directory / "not_generic.txt")),
        )

    # computed once per lexicon (the lexicon is not changed after loading), not once per cue word
    @cached_property
    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(self.verbs)

    @cached_property
    def speech_lemmas(self) -> frozenset[str]:
        return frozenset(k for k, c in self.verbs.items() if c.cls == "speech")

    @cached_property
    def speakers(self) -> frozenset[str]:
        """Words that make the name before a colon a speaker: person nouns, vague and anonymous sources."""
        return self.person_nouns | self.vague | self.anonymous

    def cue_words(self, certainty: str) -> frozenset[str]:
        return self.cues.get(certainty, frozenset())


def read_words(path: Path) -> list[str]:
    """Non-empty, non-comment lines, lower-cased (first column only)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split()[0].lower())
    return out


def read_cues(path: Path, cue_class: str, default: str) -> list[Cue]:
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cols = line.split()
        if len(cols) < 2 or len(cols) > 3:
            raise ValueError(f"{path.name}:{n}: expected 'lemma frames [certainty]', got {raw!r}")
        frames = frozenset(cols[1].split(","))
        bad = [f for f in frames if f not in FRAMES and not (f.startswith("p:") and len(f) > 2)]
        certainty = cols[2] if len(cols) == 3 else default
        if bad or certainty not in CERTAINTIES:
            raise ValueError(f"{path.name}:{n}: unknown frame {bad} or certainty {certainty!r}")
        out.append(Cue(cols[0].lower(), cue_class, frames, certainty))
    return out


def _person_nominals(path: Path) -> list[str]:
    """Heads the entities lexicon types PERSON (read-only; absent file -> none)."""
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not line.startswith("#") and cols[1].strip() == "PERSON":
            out.append(cols[0].strip().lower())
    return out
