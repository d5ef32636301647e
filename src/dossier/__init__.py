"""dossier: read news and build an evidence-backed, time-aware map of who did what to whom."""

from dossier.api import EXAMPLE_ARTICLE, Problem, analyze, analyze_text
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

__version__ = "0.1.0"

__all__ = [
    "EXAMPLE_ARTICLE",
    "Analysis",
    "Article",
    "Attribution",
    "Entity",
    "Event",
    "Mention",
    "Problem",
    "Relation",
    "Role",
    "Source",
    "Span",
    "TimeExpr",
    "analyze",
    "analyze_text",
    "load_pipeline",
]
