"""Read ``.txt``, ``.html``, ``.jsonl`` files, directories (recursively), stdin and URLs into Articles.

A reader never stops a batch: an input it cannot read becomes a ``Problem`` carrying one line
that names the input and the reason, and reading goes on with the next input.

Article ids (see docs/corpus.md, "Article ids"): a file given by itself keeps its stem (``story.txt`` ->
``story``); a file found in a directory given on the command line is its path relative to that directory,
without extension, with ``/`` between folders (``news/2016/story.txt`` -> ``2016/story``); a JSON Lines
record gives its ``id`` (else the hash of its text). Within one run, two inputs with the same id and
different texts are an error naming both (the second is not read); the same text twice is read once,
with a warning naming both.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.errors import DossierError, DropDocument, Problem
from dossier.models import Article, Item
from dossier.readers.html import extract_page
from dossier.readers.published import clean_published
from dossier.readers.text import decode_bytes, normalise_for_id, text_id
from dossier.readers.web import read_url

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_inputs(inputs: Iterable[str | Path], stdin: bytes | None = None) -> Iterator[Item]:
    """Yield an Article per article found, a Problem per unreadable input, warnings (``Problem`` with
    ``error=False``) on the way.

    Ids are unique within the run: an article whose id an earlier input of the run already gave, with
    another text, becomes a Problem naming both inputs; with the same text, a warning (read once).
    """
    seen: dict[str, tuple[str, str]] = {}  # article id -> (origin, hash of its normalised text)
    for item in _read_all(inputs, stdin):
        if not isinstance(item, Article):
            yield item
            continue
        digest = hashlib.sha256(normalise_for_id(item.text).encode("utf-8")).hexdigest()
        first = seen.get(item.id)
        if first is None:
            seen[item.id] = (item.origin, digest)
            yield item
        elif first[1] != digest:
            yield Problem(
                item.origin,
                f"article id {item.id!r} is already the id of {first[0]} in this run, "
                "with a different text; not read (give one of them another id or name)",
            )
        else:
            same = f"same article (id {item.id!r}, same text) as {first[0]}; read once"
            yield Problem(item.origin, same, error=False)


def _read_all(inputs: Iterable[str | Path], stdin: bytes | None) -> Iterator[Item]:
    for raw in inputs:
        name = str(raw)
        if name == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield from _read_bytes(data, "stdin", kind=_sniff(data))
            continue
        if name.lower().startswith(("http://", "https://")):
            yield from read_url(name)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield Problem(name, "directory holds no .txt, .html or .jsonl files")
            for file in files:
                yield from _read_file(file, path_id(file, path))
        elif path.is_file():
            yield from _read_file(path, path.stem)
        elif not path.exists():
            yield Problem(name, "no such file or directory")
        else:
            yield Problem(name, "not a regular file or directory")


def path_id(file: Path, root: Path) -> str:
    """The id of a file found under the directory ``root``: its relative path without extension, '/' between
    folders (``2016/story``), so that files of the same name in different folders keep apart."""
    relative = file.relative_to(root)
    return (relative.parent / relative.stem).as_posix()


def _read_file(path: Path, stem: str) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in JSONL_SUFFIXES:
        kind = "jsonl"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        yield Problem(str(path), f"unknown file type {suffix or '(none)'}; use .txt, .html or .jsonl")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), kind=kind, stem=stem)


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
            yield Problem("", decoded.warning, error=False)
        if kind == "jsonl":
            yield from _read_jsonl(decoded.text, origin)
            return
        if kind == "html":
            page = extract_page(decoded.text, origin)
            date, problem = clean_published(page.published)
            if problem:
                yield Problem(origin, problem, error=False)
            yield Article(
                id=stem or text_id(page.text),
                text=page.text,
                title=page.title,
                published=date,
                url=page.url,
                origin=origin,
                authors=page.authors,
            )
            return
        text = decoded.text
        if not text.strip():
            raise DropDocument(origin, "empty input (only whitespace)")
        yield Article(id=stem or text_id(text), text=text, origin=origin)
    except DossierError as exc:
        yield Problem(origin, exc.message.removeprefix(f"{origin}: "))


def _read_jsonl(text: str, origin: str) -> Iterator[Item]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"line {lineno} is not valid JSON: {_json_reason(exc)}")
            continue
        if not isinstance(record, dict):
            yield Problem(where, "a JSONL line must be an object with at least a 'text' field")
            continue
        body = record.get("text")
        if body is None or body == "":
            yield Problem(where, "missing or empty 'text' field")
            continue
        if not isinstance(body, str):
            yield Problem(where, f"'text' must be a string, not {_kind(body)}")
            continue
        if not body.strip():
            yield Problem(where, "'text' holds only whitespace")
            continue
        art_id = record.get("id")
        if isinstance(art_id, bool) or not isinstance(art_id, str | int | type(None)):
            yield Problem(where, f"'id' must be a string or an integer, not {_kind(art_id)}")
            continue
        published, problem = clean_published(record.get("published"))
        if problem:
            yield Problem(where, problem, error=False)
        yield Article(
            id=str(art_id) if art_id not in (None, "") else text_id(body),
            text=body.replace("\r\n", "\n"),
            title=_opt_str(record.get("title")),
            published=published,
            source=_opt_str(record.get("source")),
            url=_opt_str(record.get("url")),
            origin=where,
        )


def _json_reason(exc: json.JSONDecodeError) -> str:
    """json's message made readable: "Unterminated string starting at" + position -> one clause."""
    msg = exc.msg[:1].lower() + exc.msg[1:]
    return f"{msg} column {exc.colno}" if msg.endswith(" at") else f"{msg} at column {exc.colno}"


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)
