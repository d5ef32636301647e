"""JSON output: one file per article, checked against the schema shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from dossier.models import Analysis

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "analysis.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when the document breaks the output contract."""
    jsonschema.Draft202012Validator(load_schema()).validate(document)


def safe_filename(article_id: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in article_id).strip(".")
    return cleaned[:150] or "article"


def write_json(analysis: Analysis, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{safe_filename(analysis.article.id)}.json"
    path.write_text(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
