"""dossier: read news and build an evidence-backed, time-aware map of who did what to whom."""

from dossier.api import EXAMPLE_ARTICLE, SAMPLE_CORPUS, Problem, analyze, analyze_text
from dossier.ingest.run import IngestReport, ingest
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

__version__ = "0.1.0"

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
