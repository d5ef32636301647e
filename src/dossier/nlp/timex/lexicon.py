"""The time-expression lexicons: month and weekday names, number words, units, holidays, cue words.

Data lives in ``dossier/data/lexicons/timex/`` (format in its README.txt). A ``TimexLexicon`` is loaded
once per component instance and never changed afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.errors import DataError

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "timex"

TABLES = (
    "months",
    "weekdays",
    "numbers",
    "ordinals",
    "units",
    "parts_of_day",
    "seasons",
    "holidays",
    "refs",
    "sets",
    "modifiers",
)
INT_TABLES = ("months", "weekdays", "numbers", "ordinals")


def _lines(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read the time lexicon {path} ({exc}); reinstall dossier") from None
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line)
    return out


def read_table(path: Path, as_int: bool = False) -> dict[str, str | int]:
    """``PHRASE<TAB>VALUE`` lines -> {normalised phrase: value}; raises DataError on a malformed line."""
    table: dict[str, str | int] = {}
    for n, line in enumerate(_lines(path), start=1):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise DataError(f"{path.name}: line {n} {line!r} is not PHRASE<TAB>VALUE")
        key = " ".join(parts[0].lower().split())
        value = parts[1].strip()
        if as_int:
            try:
                table[key] = int(value)
            except ValueError:
                raise DataError(f"{path.name}: line {n}: {value!r} is not a whole number") from None
        else:
            table[key] = value
    return table


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace."""
    keys = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in key.split()) for key in keys)


@dataclass(frozen=True)
class TimexLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, str]
    refs: dict[str, str]
    sets: dict[str, str]
    modifiers: dict[str, str]
    non_date_nouns: frozenset[str]
    year_cues: frozenset[str]  # a bare number after one of them is read as a year from 1000 on
    month_cues: frozenset[str]  # "May", "March" after one of them is a month
    number_prefixes: frozenset[str]  # a number after one of them is no year ("No. 1998", "flight 2017")

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> TimexLexicon:
        tables: dict[str, Any] = {
            name: read_table(directory / f"{name}.tsv", as_int=name in INT_TABLES) for name in TABLES
        }
        words: dict[str, Any] = {
            name: frozenset(line.strip().lower() for line in _lines(directory / f"{name}.txt"))
            for name in ("non_date_nouns", "year_cues", "month_cues", "number_prefixes")
        }
        return cls(**tables, **words)

    def key(self, text: str) -> str:
        """The lexicon key of a matched phrase: lower case, single spaces."""
        return " ".join(text.lower().split())

    def number(self, text: str) -> float | None:
        """The value of a cardinal written in figures or words ("18", "twenty-four", "2 1/2", "a"),
        or None when it is not a number (vague quantities such as "several" are None too)."""
        t = self.key(text).replace(",", "")
        if t in ("a", "an", "one"):
            return 1
        if t in ("a couple of", "couple of", "a couple", "a pair of"):
            return 2
        m = re.fullmatch(r"(\d+)(?:\s+(\d)/(\d))?", t)
        if m:
            whole = int(m.group(1))
            return whole + int(m.group(2)) / int(m.group(3)) if m.group(2) else whole
        if re.fullmatch(r"\d+\.\d+", t):
            return float(t)
        m = re.fullmatch(r"(.+?)\s+and\s+a\s+half", t)
        if m:
            base = self.number(m.group(1))
            return base + 0.5 if base is not None else None
        total, current = 0, 0
        words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
        if len(words) > 1 and words[0] in ("a", "an"):
            words[0] = "one"  # "a hundred"
        if not words:
            return None
        for w in words:
            v = self.numbers.get(w)
            if v is None:
                return None
            if v == 100:
                current = max(current, 1) * 100
            elif v == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current += v
        return total + current
