"""Readers for the events evaluation data: PentaClass sentence labels and source/target BIO spans.

``pentaclass_*.tsv``: one sentence per line, ``TEXT<TAB>LABEL`` with LABEL in 0..4.
``source_target_*.bio``: one token per line, ``TOKEN TAG`` with TAG in O, B-S/I-S (source),
B-T/I-T (target), B-R/I-R (a reciprocal actor: both source and target); a blank line ends a sentence.

The two files are not parallel: the BIO file holds fewer sentences, many of them shortened or
re-spelt copies of TSV sentences. ``align_bio`` finds, for each BIO sentence, the TSV sentence it
was made from, so the held-out split (every fifth TSV sentence) covers both files consistently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import DataError
from dossier.eval.detokenize import detokenize

HELD_OUT_EVERY = 5  # sentence index % 5 == 4 is held out of development


def held_out(index: int) -> bool:
    return index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


@dataclass
class LabelledSentence:
    index: int
    text: str
    label: int


@dataclass
class BioSentence:
    index: int
    text: str
    tokens: list[str]
    tags: list[str]
    offsets: list[tuple[int, int]]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # role S/T/R -> char spans
    tsv_index: int | None = None  # the TSV sentence it was made from, when found

    @property
    def split_index(self) -> int:
        return self.tsv_index if self.tsv_index is not None else self.index


def read_pentaclass(path: Path) -> list[LabelledSentence]:
    if not path.is_file():
        raise DataError(f"{path} does not exist; pass the folder holding pentaclass_*.tsv")
    out: list[LabelledSentence] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise DataError(f"{path}:{n + 1}: expected TEXT<TAB>LABEL with LABEL in 0..4")
        out.append(LabelledSentence(len(out), text.strip(), int(label)))
    if not out:
        raise DataError(f"{path} holds no labelled sentence")
    return out


def read_bio(path: Path) -> list[BioSentence]:
    if not path.is_file():
        raise DataError(f"{path} does not exist; pass the folder holding source_target_*.bio")
    sentences: list[BioSentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            sentences.append(_bio_sentence(len(sentences), list(tokens), list(tags)))
        tokens.clear()
        tags.clear()

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            flush()
            continue
        tok, _, tag = line.rstrip().rpartition(" ")
        if not tok or not re.fullmatch(r"O|[BI]-[STR]", tag):
            raise DataError(f"{path}:{n + 1}: expected 'TOKEN TAG' with TAG in O, B-S, I-S, B-T, I-T, B-R, I-R")
        tokens.append(tok)
        tags.append(tag)
    flush()
    if not sentences:
        raise DataError(f"{path} holds no sentence")
    return sentences


def _bio_sentence(index: int, tokens: list[str], tags: list[str]) -> BioSentence:
    text, offsets = detokenize(tokens)
    spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
    current: tuple[str, int, int] | None = None
    for (start, end), tag in zip(offsets, tags):
        if tag.startswith("I-") and current and current[0] == tag[2:]:
            current = (current[0], current[1], end)
            continue
        if current:
            spans[current[0]].append((current[1], current[2]))
        current = (tag[2:], start, end) if tag != "O" else None
    if current:
        spans[current[0]].append((current[1], current[2]))
    return BioSentence(index, text, tokens, tags, offsets, spans)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.lower() if c.isalnum() and not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    text = unicodedata.normalize("NFKD", text)
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def align_bio(bio: list[BioSentence], labelled: list[LabelledSentence], threshold: float = 0.5) -> None:
    """Set ``tsv_index`` on each BIO sentence: the TSV sentence with the same letters, else the one
    sharing most words (overlap coefficient >= threshold); sentences with no such match keep None."""
    exact: dict[str, int] = {}
    postings: dict[str, set[int]] = {}
    words = []
    for s in labelled:
        exact.setdefault(_key(s.text), s.index)
        ws = _words(s.text)
        words.append(ws)
        for w in ws:
            postings.setdefault(w, set()).add(s.index)
    for b in bio:
        key = _key("".join(b.tokens))
        if key in exact:
            b.tsv_index = exact[key]
            continue
        ws = _words(b.text)
        counts: dict[int, int] = {}
        for w in ws:
            for i in postings.get(w, ()):
                counts[i] = counts.get(i, 0) + 1
        best = None
        for i, n in sorted(counts.items()):
            score = n / max(1, min(len(ws), len(words[i])))
            if score >= threshold and (best is None or score > best[0]):
                best = (score, i)
        b.tsv_index = best[1] if best else None
