"""Read ``.txt``, ``.html``, ``.jsonl`` files, directories (recursively), stdin and URLs into Articles.

A reader never stops a batch: an input it cannot read becomes a ``ReadFailure`` carrying one line
that names the input and the reason, and reading goes on with the next input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import DossierError, DropDocument
from dossier.ingest.html import extract_page
from dossier.ingest.text import decode_bytes, text_id
from dossier.models import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class ReadFailure:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class ReadWarning:
    message: str


Item = Article | ReadFailure | ReadWarning


def read_inputs(inputs: Iterable[str | Path], stdin: bytes | None = None) -> Iterator[Item]:
    """Yield an Article per article found, a ReadFailure per unreadable input, ReadWarnings on the way."""
    for raw in inputs:
        name = str(raw)
        if name == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield from _read_bytes(data, "stdin", kind=_sniff(data))
            continue
        if name.lower().startswith(("http://", "https://")):
            from dossier.ingest.web import read_url  # imported here: web.py builds on this module's records

            yield from read_url(name)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield ReadFailure(name, "directory holds no .txt, .html or .jsonl files")
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        elif not path.exists():
            yield ReadFailure(name, "no such file or directory")
        else:
            yield ReadFailure(name, "not a regular file or directory")


def _read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in JSONL_SUFFIXES:
        kind = "jsonl"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        yield ReadFailure(str(path), f"unknown file type {suffix or '(none)'}; use .txt, .html or .jsonl")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), kind=kind, stem=path.stem)


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<body" in data[:4096].lower():
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_bytes(data: bytes, origin: str, kind: str, stem: str | None = None) -> Iterator[Item]:
    try:
        if not data.strip():
            raise DropDocument(origin, "empty input (no text)")
        decoded = decode_bytes(data, origin)
        if decoded.warning:
            yield ReadWarning(decoded.warning)
        if kind == "jsonl":
            yield from _read_jsonl(decoded.text, origin)
            return
        if kind == "html":
            page = extract_page(decoded.text, origin)
            yield Article(id=stem or text_id(page.text), text=page.text, title=page.title, published=page.published,
                          url=page.url, origin=origin, authors=page.authors)
            return
        text = decoded.text
        if not text.strip():
            raise DropDocument(origin, "empty input (only whitespace)")
        yield Article(id=stem or text_id(text), text=text, origin=origin)
    except DossierError as exc:
        yield ReadFailure(origin, exc.message.removeprefix(f"{origin}: "))


def _read_jsonl(text: str, origin: str) -> Iterator[Item]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, "a JSONL line must be an object with at least a 'text' field")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(where, "missing or empty 'text' field")
            continue
        art_id = record.get("id")
        yield Article(
            id=str(art_id) if art_id not in (None, "") else text_id(body),
            text=body.replace("\r\n", "\n"),
            title=_opt_str(record.get("title")),
            published=_opt_str(record.get("published")),
            source=_opt_str(record.get("source")),
            url=_opt_str(record.get("url")),
            origin=where,
        )


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)
