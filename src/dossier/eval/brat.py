"""Reader for brat standoff annotation (``.ann`` files beside ``.txt`` files), as PolNeAR ships it.

The lines that matter, tab separated (brat's own format, read from the data itself):

    T3<TAB>Content 115 290;292 300<TAB>the annotated text     a text-bound span, possibly in fragments
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1        an event: trigger, then role:id arguments
    #1<TAB>AnnotatorNotes T66<TAB>free text                  a note (ignored)

``read_attributions`` turns the ``Attribution`` / ``Attribution-no-source`` events of a PolNeAR file into
``GoldAttribution`` records (content fragments, source, cue). PolNeAR gives several annotators' files for
some texts (``<name>_<annotator>.ann``); ``read_split`` keeps the first in sorted order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import DataError

Fragments = tuple[tuple[int, int], ...]
ATTRIBUTION_TRIGGERS = ("Attribution", "Attribution-no-source")


@dataclass(frozen=True)
class TextBound:
    id: str
    type: str
    fragments: Fragments

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True)
class BratEvent:
    id: str
    type: str
    trigger: str  # id of the trigger text-bound
    args: tuple[tuple[str, str], ...]  # (role, text-bound id); roles may repeat as Content2, Content3


@dataclass
class BratDocument:
    textbounds: dict[str, TextBound] = field(default_factory=dict)
    events: list[BratEvent] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # line numbers that could not be read


@dataclass(frozen=True)
class GoldAttribution:
    content: Fragments
    source: Fragments | None  # None for Attribution-no-source (the article itself)
    cue: Fragments | None  # a handful of PolNeAR relations lack a cue


@dataclass
class GoldDoc:
    name: str
    text: str
    attributions: list[GoldAttribution]
    ann_path: Path


def _fragments(spec: str, text_len: int | None) -> Fragments:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        start, end = int(a), int(b)
        if start < 0 or end < start or (text_len is not None and end > text_len):
            raise ValueError(f"span {start}-{end} outside the text")
        out.append((start, end))
    return tuple(sorted(out))


def parse_ann(content: str, text_len: int | None = None) -> BratDocument:
    """Parse brat standoff text; unreadable lines are listed in ``skipped`` (PolNeAR has a few)."""
    doc = BratDocument()
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        ident = cols[0]
        try:
            if ident.startswith("T") and len(cols) >= 2:
                kind, _, spec = cols[1].partition(" ")
                doc.textbounds[ident] = TextBound(ident, kind, _fragments(spec, text_len))
            elif ident.startswith("E") and len(cols) >= 2:
                parts = cols[1].split()
                etype, _, trigger = parts[0].partition(":")
                args = tuple(tuple(p.split(":", 1)) for p in parts[1:])
                if not trigger or any(len(a) != 2 for a in args):
                    raise ValueError("bad event")
                doc.events.append(BratEvent(ident, etype, trigger, args))  # type: ignore[arg-type]
            elif ident[:1] in {"R", "A", "M", "N"}:
                continue  # relations, attributes, normalisations: not used by PolNeAR attributions
            else:
                raise ValueError("unknown line")
        except ValueError:
            doc.skipped.append(n)
    return doc


def attributions_of(doc: BratDocument) -> list[GoldAttribution]:
    """The PolNeAR attribution relations: content (all Content* arguments), source and cue."""
    out = []
    for ev in doc.events:
        if ev.type not in ATTRIBUTION_TRIGGERS:
            continue
        content: list[tuple[int, int]] = []
        source = cue = None
        for role, tid in ev.args:
            tb = doc.textbounds.get(tid)
            if tb is None:
                continue
            if role.startswith("Content"):
                content.extend(tb.fragments)
            elif role.startswith("Source") and source is None:
                source = tb.fragments
            elif role.startswith("Cue") and cue is None:
                cue = tb.fragments
        if content:
            out.append(GoldAttribution(tuple(sorted(set(content))), source, cue))
    return out


def read_attributions(ann_path: Path, text: str) -> list[GoldAttribution]:
    try:
        content = ann_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {ann_path}: {exc}") from exc
    return attributions_of(parse_ann(content, len(text)))


def split_files(split_dir: Path) -> list[tuple[Path, Path]]:
    """(text file, annotation file) pairs of a PolNeAR split, sorted; the first annotator's file per text."""
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise DataError(f"{split_dir} must hold text/*.txt and attributions/*.ann (a PolNeAR split folder)")
    anns = sorted(ann_dir.glob("*.ann"))
    pairs = []
    for txt in sorted(text_dir.glob("*.txt")):
        # <name>_<annotator>.ann; the annotator code never contains "_"
        own = [a for a in anns if a.stem.rpartition("_")[0] == txt.stem]
        if own:
            pairs.append((txt, own[0]))
    if not pairs:
        raise DataError(f"no text in {text_dir} has an annotation file in {ann_dir}")
    return pairs


def read_split(split_dir: Path, limit: int | None = None) -> list[GoldDoc]:
    docs = []
    for txt, ann in split_files(split_dir)[:limit]:
        try:
            text = txt.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read {txt}: {exc}") from exc
        docs.append(GoldDoc(txt.stem, text, read_attributions(ann, text), ann))
    return docs
