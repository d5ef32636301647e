"""The Python API behind the CLI: ``dossier.analyze(...)`` is ``dossier analyze ...``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from dossier.analysis import analyze_articles
from dossier.config import load_settings
from dossier.errors import DropDocument, Problem
from dossier.models import Analysis, Article
from dossier.nlp.pipeline import load_pipeline
from dossier.readers.files import read_inputs
from dossier.readers.published import clean_published

EXAMPLE_ARTICLE = Path(__file__).parent / "data" / "example_article.txt"
# 18 short invented articles (JSON Lines) with recurring actors over seven months: data/sample/README.md
SAMPLE_CORPUS = Path(__file__).parent / "data" / "sample" / "articles.jsonl"


Result = Analysis | Problem


def analyze(
    inputs: Iterable[str | Path],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    max_chars: int | None = None,
    batch_size: int | None = None,
    stdin: bytes | None = None,
) -> Iterator[Result]:
    """Read every input (files, directories, ``-`` for stdin) and analyse each article in it.

    Yields an ``Analysis`` per article and a ``Problem`` per input that could not be read or analysed;
    a bad input never stops the others.
    """
    settings = load_settings(model=model, max_chars=max_chars, batch_size=batch_size)
    nlp = nlp or load_pipeline(settings.model)

    problems: list[Problem] = []

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, stdin=stdin):
            if isinstance(item, Article):
                yield item
            else:
                problems.append(item)

    for result in analyze_articles(nlp, articles(), max_chars=settings.max_chars, batch_size=settings.batch_size):
        while problems:
            yield problems.pop(0)
        yield result
    while problems:
        yield problems.pop(0)


def analyze_text(
    text: str,
    *,
    id: str = "text",
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    max_chars: int | None = None,
) -> Analysis:
    """Analyse one article given as a string; raises ``DropDocument`` if it cannot be analysed. A ``published``
    that is not a date is left out (the date is then inferred) and named in ``Analysis.warnings``."""
    published, problem = clean_published(published)
    settings = load_settings(model=model, max_chars=max_chars)
    nlp = nlp or load_pipeline(settings.model)
    article = Article(id=id, text=text, title=title, published=published, source=source, url=url, origin=id)
    # analyze_articles checks the article (length, language) once and reports a refusal as a Problem
    (result,) = analyze_articles(nlp, [article], max_chars=settings.max_chars)
    if isinstance(result, Problem):
        raise DropDocument(result.origin, result.reason)
    if problem:
        result.warnings.append(problem)
    return result


__all__ = ["EXAMPLE_ARTICLE", "SAMPLE_CORPUS", "Problem", "analyze", "analyze_text"]
