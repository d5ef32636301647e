"""Compile the Phoenix/PETRARCH actor dictionaries (MIT, ../shared/reference/phoenix) into the data file
dossier ships: ``src/dossier/data/knowledge/phoenix_actors.tsv.gz``.

One row per actor name: ``name`` (lower case, words joined by spaces), ``entry`` (the number of its
dictionary record: names of one record that are one actor share it), ``kind`` (person | org | country),
``codes`` (``CODE:from:to`` with ISO dates or empty ends, ``;``-separated, as the record gives them).

A record's ``+`` synonyms are not always the same actor: the dictionaries group different people who held
the same codes under one record. So a person synonym joins its record only when the name rule says it can
be the same person (``dossier.resolve.names.compatible``); otherwise it gets a record of its own with the
same codes. Titles in synonyms ("PRESIDENT_VLADIMIR_PUTIN") are left to the name parser.

Usage: python scripts/build_knowledge.py [PHOENIX_DIR]
"""

from __future__ import annotations

import gzip
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dossier.resolve.names import compatible, parse_person  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
OUT = ROOT / "src" / "dossier" / "data" / "knowledge"
CODE = re.compile(r"\[([A-Z~]+)\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]")
ORG_WORDS = {"party", "agency", "bureau", "ministry", "department", "council", "committee", "commission", "bank",
             "army", "force", "forces", "police", "union", "association", "organization", "organisation", "group",
             "front", "movement", "court", "office", "institute", "university", "company", "corporation", "news",
             "fund", "service", "services", "authority", "administration", "government", "parliament", "assembly",
             "league", "brigade", "brigades", "network", "federation", "alliance", "center", "centre", "foundation",
             "program", "programme", "conference", "unit", "guard", "corps", "board", "agency", "the"}


def _date(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.lstrip("<>")
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = f"{2000 + yy if yy < 30 else 1900 + yy}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _codes(text: str) -> list[str]:
    out = []
    for code, start, end in CODE.findall(text):
        if code.startswith("~") or code.endswith("~") or code == "---":
            continue
        if start and start.startswith("<"):
            out.append(f"{code}::{_date(start)}")
        elif start and start.startswith(">"):
            out.append(f"{code}:{_date(start)}:")
        else:
            out.append(f"{code}:{_date(start)}:{_date(end)}")
    return out


def _name(phrase: str) -> str:
    phrase = phrase.split("#")[0].split(";")[0].split("[")[0].strip().lstrip("+").strip()
    return " ".join(w for w in phrase.replace("_", " ").lower().split())


def records(path: Path):
    """(names, codes) per dictionary record, in file order."""
    names: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if raw.startswith(("\t", " ")) and stripped.startswith("["):
            codes += _codes(stripped)
            continue
        if stripped.startswith("+"):
            names.append(_name(stripped))
            codes += _codes(stripped)
            continue
        if names and codes:
            yield names, codes
            names, codes = [], []
        elif names and not codes and not stripped.startswith("["):
            # a name line with no codes yet: TABARI groups consecutive names under the codes that follow
            pass
        names.append(_name(stripped))
        codes += _codes(stripped)
    if names:
        yield names, codes


def kind_of(names: list[str], codes: list[str], given: set[str]) -> str:
    first = names[0].split()
    if codes and all(len(c.split(":")[0]) == 3 for c in codes) and len(first) <= 4:
        return "country"
    if len(first) >= 2 and first[0] in given and not (set(first) & ORG_WORDS):
        return "person"
    return "org"


def main(src: Path) -> None:
    given = {line.split("\t")[0].strip().lower()
             for line in (ROOT / "src/dossier/data/lexicons/entities/given_names.tsv").read_text().splitlines()[2:]}
    rows: list[tuple[str, int, str, str]] = []
    entry = 0
    for fname in FILES:
        for names, codes in records(src / fname):
            names = [n for n in dict.fromkeys(names) if n and not n.startswith("the ")]
            if not names:
                continue
            kind = kind_of(names, codes, given)
            entry += 1
            if kind != "person":
                rows += [(n, entry, kind, ";".join(codes)) for n in names]
                continue
            primary = parse_person(names[0])
            for n in names:
                parsed = parse_person(n)
                if not parsed.full:
                    continue  # "PUTIN_", "PRESIDENT_PUTIN": a bare surname says too little
                if not compatible(primary, parsed):
                    entry += 1  # another person filed under the same codes
                rows.append((n, entry, kind, ";".join(codes)))
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / "phoenix_actors.tsv.gz", "wt", encoding="utf-8", compresslevel=9, newline="\n") as fh:
        fh.write("# Compiled from the Phoenix/PETRARCH actor dictionaries (MIT, see PHOENIX-LICENSE) by scripts/build_knowledge.py\n")
        fh.write("name\tentry\tkind\tcodes\n")
        for name, e, kind, codes in sorted(set(rows), key=lambda r: (r[1], r[0])):
            fh.write(f"{name}\t{e}\t{kind}\t{codes}\n")
    shutil.copy(src / "LICENSE", OUT / "PHOENIX-LICENSE")
    print(f"{len(rows)} names in {entry} records -> {OUT / 'phoenix_actors.tsv.gz'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "phoenix")
