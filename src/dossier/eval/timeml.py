"""Read TimeML ``.tml`` files (TempEval-3): the document date and the gold TIMEX3 tags of ``<TEXT>``.

Gold offsets are character offsets into the text of ``<TEXT>`` with every tag stripped and XML
entities decoded, which is the text dossier analyses.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from defusedxml.ElementTree import fromstring

from dossier.errors import DataError


@dataclass(frozen=True)
class GoldTimex:
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    path: Path
    dct: str | None  # the document creation time as a TIMEX3 date value ("1998-01-08")
    text: str
    timexes: tuple[GoldTimex, ...]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _flatten(elem: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: int) -> int:
    """Append the text under ``elem`` to ``parts``; record TIMEX3 elements with their offsets."""
    start = offset
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        offset = _flatten(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if _local(elem.tag) == "TIMEX3" and offset > start:
        timexes.append(
            GoldTimex(
                tid=elem.get("tid", ""),
                start=start,
                end=offset,
                text="",  # filled in once the whole text is known
                type=elem.get("type", ""),
                value=elem.get("value"),
                mod=elem.get("mod"),
            )
        )
    return offset


def read_timeml(path: Path) -> TimeMLDoc:
    """One ``.tml`` file; raises ``DataError`` when it is not TimeML with a ``<TEXT>`` element."""
    try:
        root = fromstring(path.read_bytes())
    except (ET.ParseError, OSError) as exc:
        raise DataError(f"{path}: not readable TimeML ({exc}); expected a TempEval-3 .tml file") from None
    text_elem = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    if text_elem is None:
        raise DataError(f"{path}: no <TEXT> element; expected a TempEval-3 .tml file")
    dct = None
    for elem in root.iter():
        if _local(elem.tag) == "DCT":
            timex = next((e for e in elem.iter() if _local(e.tag) == "TIMEX3"), None)
            if timex is not None and timex.get("value"):
                dct = timex.get("value")[:10]
            break
    parts: list[str] = []
    raw: list[GoldTimex] = []
    _flatten(text_elem, parts, raw, 0)
    text = "".join(parts)
    timexes = tuple(
        GoldTimex(t.tid, t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod)
        for t in sorted(raw, key=lambda t: (t.start, t.end))
    )
    doc_id = path.stem
    for elem in root.iter():
        if _local(elem.tag) == "DOCID" and (elem.text or "").strip():
            doc_id = elem.text.strip()
            break
    return TimeMLDoc(id=doc_id, path=path, dct=dct, text=text, timexes=timexes)


def find_timeml(gold_dir: Path) -> dict[str, list[Path]]:
    """The ``.tml`` files to score, by folder: ``{"": files}`` for a flat folder, else one entry per
    sub-folder that holds ``.tml`` files (``{"AQUAINT": [...], "TimeBank": [...]}``)."""
    if gold_dir.is_file():
        return {"": [gold_dir]}
    if not gold_dir.is_dir():
        raise DataError(f"{gold_dir}: no such folder; pass a folder of TimeML .tml files")
    flat = sorted(gold_dir.glob("*.tml"))
    if flat:
        return {"": flat}
    folders = {sub.name: sorted(sub.glob("*.tml")) for sub in sorted(gold_dir.iterdir()) if sub.is_dir()}
    folders = {name: files for name, files in folders.items() if files}
    if not folders:
        raise DataError(f"{gold_dir}: no .tml files in it or in its sub-folders; pass a TempEval-3 folder")
    return folders
