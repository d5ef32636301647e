"""Questions about a corpus: entity and relationship profiles, timelines, claims, search."""

from dossier.query.corpus import Corpus, open_corpus

__all__ = ["Corpus", "open_corpus"]
