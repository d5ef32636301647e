"""dossier: read news and build an evidence-backed, time-aware map of who did what to whom.

The public names below are imported on first use (PEP 562), so ``import dossier`` and the ``dossier`` command
stay light: spaCy, trafilatura and the store load only when a name that needs them is used.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

# Public name -> (module, attribute in that module).
_LAZY: dict[str, tuple[str, str]] = {
    "EXAMPLE_ARTICLE": ("dossier.api", "EXAMPLE_ARTICLE"),
    "SAMPLE_CORPUS": ("dossier.api", "SAMPLE_CORPUS"),
    "Problem": ("dossier.api", "Problem"),
    "analyze": ("dossier.api", "analyze"),
    "analyze_text": ("dossier.api", "analyze_text"),
    "IngestReport": ("dossier.build", "IngestReport"),
    "ingest": ("dossier.build", "ingest"),
    "Analysis": ("dossier.models", "Analysis"),
    "Article": ("dossier.models", "Article"),
    "Attribution": ("dossier.models", "Attribution"),
    "Entity": ("dossier.models", "Entity"),
    "Event": ("dossier.models", "Event"),
    "Mention": ("dossier.models", "Mention"),
    "Relation": ("dossier.models", "Relation"),
    "Role": ("dossier.models", "Role"),
    "Source": ("dossier.models", "Source"),
    "Span": ("dossier.models", "Span"),
    "TimeExpr": ("dossier.models", "TimeExpr"),
    "load_pipeline": ("dossier.nlp.pipeline", "load_pipeline"),
    "Corpus": ("dossier.query.corpus", "Corpus"),
    "open": ("dossier.query.corpus", "open_corpus"),
}

__all__ = [
    "EXAMPLE_ARTICLE",
    "SAMPLE_CORPUS",
    "Analysis",
    "Article",
    "Attribution",
    "Corpus",
    "Entity",
    "Event",
    "IngestReport",
    "Mention",
    "Problem",
    "Relation",
    "Role",
    "Source",
    "Span",
    "TimeExpr",
    "analyze",
    "analyze_text",
    "ingest",
    "load_pipeline",
    "open",
]


def __getattr__(name: str) -> object:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'dossier' has no attribute {name!r}") from None
    value = getattr(_importlib.import_module(module), attr)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if _typing.TYPE_CHECKING:  # the same names, eagerly, for type checkers and editors
    from dossier.api import EXAMPLE_ARTICLE, SAMPLE_CORPUS, Problem, analyze, analyze_text
    from dossier.build import IngestReport, ingest
    from dossier.models import (
        Analysis,
        Article,
        Attribution,
        Entity,
        Event,
        Mention,
        Relation,
        Role,
        Source,
        Span,
        TimeExpr,
    )
    from dossier.nlp.pipeline import load_pipeline
    from dossier.query.corpus import Corpus
    from dossier.query.corpus import open_corpus as open
