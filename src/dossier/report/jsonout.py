"""JSON output: one file per article, checked against the schema shipped in the package."""

from __future__ import annotations

import hashlib
import json
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from dossier.errors import DropDocument, OutputError
from dossier.models import Analysis

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "analysis.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when the document breaks the output contract."""
    jsonschema.Draft202012Validator(load_schema()).validate(document)


def article_filename(article_id: str, suffix: str) -> str:
    """The file of an article under ``--out``, relative to it: reversible and collision-free.

    Each ``/``-separated part of the id is kept where it is safe in a file name (letters, digits, ``-``,
    ``_``, a ``.`` not leading) and percent-encoded elsewhere (``a:b`` -> ``a%3Ab``, ``%`` -> ``%25``), so
    ``urllib.parse.unquote`` gives the id back; ``/`` makes sub-folders (``2016/story`` -> ``2016/story.json``).
    An id with an empty part (``/x``, ``a//b``) has its ``/`` encoded too: one file, never outside ``--out``.
    A part longer than 150 characters once encoded is cut and ends with ``~`` and 12 hex digits of the id's
    hash (unique, no longer reversible).
    """
    parts = article_id.split("/")
    if any(p == "" for p in parts):
        parts = [article_id]
    encoded = [_encode_part(p) for p in parts]
    digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:12]
    encoded = [e if len(e) <= 150 else f"{e[:136]}~{digest}" for e in encoded]
    return "/".join(encoded) + suffix


def _encode_part(part: str) -> str:
    out = []
    for i, ch in enumerate(part):
        if (ch.isalnum() and ch.isprintable()) or ch in "-_" or (ch == "." and i > 0):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


class OutputFolder:
    """Where ``dossier analyze --format json|html`` writes one file per article.

    Refuses a path that is a file and a folder it cannot write (``OutputError``: the command cannot run),
    and a file this run already wrote for another article (``DropDocument``: that article fails, naming
    both), whatever the file system folds together (case, Unicode forms).
    """

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        if self.out.exists() and not self.out.is_dir():
            raise OutputError(f"{self.out}: is a file; --out takes a folder (one file per article)")
        try:  # fail before any analysis when the folder cannot be written
            self.out.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=self.out, prefix=".dossier-probe-")
            probe.close()
        except OSError as exc:
            raise OutputError(
                f"{self.out}: cannot write there ({exc.strerror or exc}); give a writable --out folder"
            ) from None
        self._written: dict[tuple[int, int], str] = {}  # (device, inode) -> article id

    def write(self, article_id: str, suffix: str, content: str, origin: str = "") -> Path:
        path = self.out / article_filename(article_id, suffix)
        try:
            if path.exists():
                st = path.stat()
                earlier = self._written.get((st.st_dev, st.st_ino))
                if earlier is not None:
                    raise DropDocument(
                        origin or article_id,
                        f"{path} was already written in this run for article "
                        f"{earlier!r}; not overwritten (article {article_id!r} not written)",
                    )
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            st = path.stat()
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); give a writable --out folder") from None
        self._written[(st.st_dev, st.st_ino)] = article_id
        return path


def write_json(analysis: Analysis, out_dir: Path) -> Path:
    """Write one article's JSON under ``out_dir`` (see ``article_filename``); returns the path."""
    return OutputFolder(out_dir).write(analysis.article.id, ".json", to_json(analysis))


def to_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)
