"""Compile the Phoenix CAMEO verb dictionary and the PLOVER conversion table into dossier's data file.

    python scripts/compile_cameo.py ../shared/reference/phoenix/CAMEO.2.0.txt \
        ../shared/reference/plover/CAMEO2PLOVER-2021.txt src/dossier/data/lexicons/cameo/cameo_verbs.tsv

The output format is described in ``dossier.nlp.components.events_cameo``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dossier.nlp.components.events_cameo import compile_cameo, read_plover_table
from dossier.nlp.components.events_lexicon import LEXICON_DIR, _load_categories, _load_modes

HEADER = """# CAMEO verb patterns -> PLOVER, compiled by scripts/compile_cameo.py from the Phoenix CAMEO.2.0.txt
# verb dictionary (Copyright (c) 2015 Open Event Data Alliance, MIT licence: see LICENSE in this folder)
# and CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8). Do not edit: re-run the script.
# LEMMA CODE CATEGORY MODE PARTICLE SUBJECT OBJECT PREPOSITIONS
"""


def main(cameo: str, table: str, out: str) -> None:
    cats = _load_categories(LEXICON_DIR / "categories.tsv")
    modes = set(_load_modes(LEXICON_DIR / "modes.tsv", cats))
    lines = compile_cameo(Path(cameo).read_text(encoding="utf-8", errors="replace"), read_plover_table(Path(table)), modes)
    unique = list(dict.fromkeys(lines))
    Path(out).write_text(HEADER + "\n".join(unique) + "\n", encoding="utf-8")
    kinds = [x.split("\t", 1)[0] for x in unique]
    print(f"{kinds.count('pattern')} patterns, {kinds.count('verb')} verb lines -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
