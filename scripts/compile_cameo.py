"""Compile the Phoenix CAMEO verb dictionary and the PLOVER conversion table into dossier's data file.

    python scripts/compile_cameo.py ../shared/reference/phoenix/CAMEO.2.0.txt \
        ../shared/reference/plover/CAMEO2PLOVER-2021.txt src/dossier/data/lexicons/cameo/cameo_verbs.tsv \
        ../shared/reference/phoenix/Phoenix.agents.txt

The output format is described in ``dossier.nlp.components.events_cameo``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from dossier.nlp.components.events_cameo import compile_cameo, read_plover_table
from dossier.nlp.components.events_lexicon import LEXICON_DIR, _load_categories, _load_modes

HEADER = """# CAMEO verb patterns -> PLOVER, compiled by scripts/compile_cameo.py from the Phoenix CAMEO.2.0.txt
# verb dictionary (Copyright (c) 2015 Open Event Data Alliance, MIT licence: see LICENSE in this folder)
# and CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8). Do not edit: re-run the script.
# LEMMA CODE CATEGORY MODE PARTICLE SUBJECT OBJECT PREPOSITIONS
"""


AGENTS_HEADER = """# Agent nouns (people, groups, organisations, forces), the head words of the
# Phoenix.agents.txt dictionary (Copyright (c) 2014 Open Event Data Alliance, MIT licence: see LICENSE in this
# folder), compiled by scripts/compile_cameo.py. An argument phrase headed by one of them names an actor
# ("18 protesters").
"""


def compile_agents(text: str) -> list[str]:
    subs: dict[str, list[str]] = {}
    words: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"!(\w+)!\s*=\s*(.+)", line)
        if m:
            subs[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",")]
            continue
        m = re.match(r"([A-Z][A-Z_!\-']*)\s*(?:\{[^}]*\}\s*)?\[", line)
        if not m:
            continue
        name = m.group(1)
        last = name.split("_")[-1]
        for key, values in subs.items():  # "BUSINESS!PERSON!" -> businessman, businesswoman, ...
            if f"!{key}!" in last:
                for v in values:
                    words.add(last.replace(f"!{key}!", v).lower())
                last = ""
        if last and re.fullmatch(r"[A-Z][A-Z\-']*", last):
            words.add(last.lower())
    return sorted(words)


def main(cameo: str, table: str, out: str, agents: str | None = None) -> None:
    cats = _load_categories(LEXICON_DIR / "categories.tsv")
    modes = set(_load_modes(LEXICON_DIR / "modes.tsv", cats))
    lines = compile_cameo(
        Path(cameo).read_text(encoding="utf-8", errors="replace"), read_plover_table(Path(table)), modes
    )
    unique = list(dict.fromkeys(lines))
    Path(out).write_text(HEADER + "\n".join(unique) + "\n", encoding="utf-8")
    kinds = [x.split("\t", 1)[0] for x in unique]
    print(f"{kinds.count('pattern')} patterns, {kinds.count('verb')} verb lines -> {out}")
    if agents:
        nouns = compile_agents(Path(agents).read_text(encoding="utf-8", errors="replace"))
        target = Path(out).parent / "agents.txt"
        target.write_text(AGENTS_HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
        print(f"{len(nouns)} agent nouns -> {target}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
