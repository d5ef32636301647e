"""Turning raw bytes into article text, and stable article ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from dossier.errors import DropDocument

_WS = re.compile(r"\s+")
# Control characters other than tab/newline/CR are a sign of a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    warning: str | None


def decode_bytes(data: bytes, origin: str) -> Decoded:
    """UTF-8 (with or without BOM); invalid bytes are replaced and reported, binary data refused."""
    if b"\x00" in data[:8192]:
        raise DropDocument(origin, "looks like a binary file (NUL bytes); give a text, HTML or JSONL file")
    warning = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warning = f"{origin}: invalid UTF-8 at byte {exc.start}; undecodable bytes were replaced with U+FFFD"
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise DropDocument(origin, "looks like a binary file (control characters); give a text, HTML or JSONL file")
    if sample and sample.count("\ufffd") > len(sample) // 10:
        raise DropDocument(origin, "looks like a binary file or a non-UTF-8 encoding; convert it to UTF-8")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), warning)


def normalise_for_id(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def text_id(text: str) -> str:
    """A stable id: the hash of the normalised text, so re-reading an article gives the same id."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]
