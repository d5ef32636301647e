"""Reading the plain-text data files dossier ships (lexicons, word lists): one record per line, ``#`` to
the end of a line is a comment, blank lines are skipped."""

from __future__ import annotations

from pathlib import Path

from dossier.errors import DataError


def data_fields(path: Path, what: str) -> list[list[str]]:
    """The whitespace-separated fields of each line of a data file, comments and blank lines left out;
    ``DataError`` naming the file (``what`` it is) when it is missing."""
    if not path.is_file():
        raise DataError(f"{what} {path} is missing; reinstall dossier")
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line.split())
    return out
