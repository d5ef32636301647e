"""A component that fails on one article: that article is reported and skipped, the batch goes on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dossier.analysis import analyze_articles
from dossier.errors import Problem
from dossier.models import Analysis, Article

pytestmark = pytest.mark.slow


@Language.component("test_fails_on_boom")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("cannot cope with BOOM")
    return doc


def test_a_failing_component_skips_one_article_and_the_rest_go_on():
    from dossier.nlp.pipeline import load_pipeline

    nlp = load_pipeline(components=("dossier_entities",))
    nlp.add_pipe("test_fails_on_boom")
    arts = [
        Article(id="a", text="Maria Santos met Paulo Mendes in Lisbon.", origin="a.txt"),
        Article(id="b", text="BOOM said the minister in Lisbon.", origin="b.txt"),
        Article(id="c", text="Paulo Mendes resigned on Friday.", origin="c.txt"),
    ]
    results = list(analyze_articles(nlp, arts, max_chars=10_000, batch_size=8))
    kinds = [(type(r).__name__, r.article.id if isinstance(r, Analysis) else r.origin) for r in results]
    assert ("Analysis", "a") in kinds and ("Analysis", "c") in kinds
    rejected = [r for r in results if isinstance(r, Problem)]
    assert len(rejected) == 1 and rejected[0].origin == "b.txt"
    assert "test_fails_on_boom" in rejected[0].reason and "cannot cope with BOOM" in rejected[0].reason
