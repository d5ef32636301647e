"""Read the coreference gold format (docs/coref-gold.md): NAME.txt + NAME.json pairs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import DataError
from dossier.models import ENTITY_TYPES, MENTION_KINDS


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    kind: str
    entity: str


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: str | None
    mentions: tuple[GoldMention, ...]
    types: dict[str, str]  # entity id -> type


def find_occurrence(text: str, needle: str, n: int) -> tuple[int, int] | None:
    """Offsets of the n-th (1-based) occurrence of ``needle`` starting and ending on word boundaries."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    for k, match in enumerate(pattern.finditer(text), start=1):
        if k == n:
            return match.start(), match.end()
    return None


def load_gold_doc(json_path: Path) -> GoldDoc:
    txt_path = json_path.with_suffix(".txt")
    if not txt_path.exists():
        raise DataError(f"{json_path}: no article text beside it (expected {txt_path.name})")
    text = txt_path.read_text(encoding="utf-8")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{json_path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    mentions = []
    types = {}
    for ent in data.get("entities", []):
        eid = ent["id"]
        if ent.get("type") not in ENTITY_TYPES:
            raise DataError(
                f"{json_path}: entity {eid!r} has type {ent.get('type')!r}; use one of {', '.join(ENTITY_TYPES)}"
            )
        types[eid] = ent["type"]
        for m in ent.get("mentions", []):
            if m.get("kind") not in MENTION_KINDS:
                raise DataError(f"{json_path}: mention {m} of {eid!r} needs kind name|nominal|pronoun")
            where = find_occurrence(text, m["text"], int(m.get("n", 1)))
            if where is None:
                raise DataError(f"{json_path}: {eid!r}: occurrence {m.get('n', 1)} of {m['text']!r} is not in the text")
            mentions.append(GoldMention(where[0], where[1], m["text"], m["kind"], eid))
    seen: dict[tuple[int, int], str] = {}
    for m in mentions:
        if (m.start, m.end) in seen:
            raise DataError(
                f"{json_path}: {m.text!r} at {m.start} is annotated twice ({seen[(m.start, m.end)]}, {m.entity})"
            )
        seen[(m.start, m.end)] = m.entity
    return GoldDoc(data.get("id") or json_path.stem, text, data.get("published"), tuple(mentions), types)


def load_gold(path: Path) -> list[GoldDoc]:
    if path.is_file():
        return [load_gold_doc(path)]
    if not path.is_dir():
        raise DataError(f"{path}: no such gold file or directory")
    files = sorted(path.rglob("*.json"))
    if not files:
        raise DataError(f"{path}: no gold .json files found")
    return [load_gold_doc(f) for f in files]
