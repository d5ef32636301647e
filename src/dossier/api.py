"""The Python API behind the CLI: ``dossier.analyze(...)`` is ``dossier analyze ...``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from dossier.analysis import Rejected, analyze_articles, check_article
from dossier.config import load_settings
from dossier.ingest.files import ReadFailure, ReadWarning, read_inputs
from dossier.ingest.published import clean_published
from dossier.models import Analysis, Article
from dossier.nlp.pipeline import load_pipeline

EXAMPLE_ARTICLE = Path(__file__).parent / "data" / "example_article.txt"


@dataclass(frozen=True)
class Problem:
    """An input that failed (``error``) or was read with a caveat (``warning``)."""

    message: str
    error: bool


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
            elif isinstance(item, ReadWarning):
                problems.append(Problem(item.message, error=False))
            else:
                problems.append(Problem(str(item), error=True))

    for result in analyze_articles(nlp, articles(), max_chars=settings.max_chars, batch_size=settings.batch_size):
        while problems:
            yield problems.pop(0)
        yield result if isinstance(result, Analysis) else Problem(str(result), error=True)
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
    article = check_article(
        Article(id=id, text=text, title=title, published=published, source=source, url=url, origin=id),
        settings.max_chars,
    )
    results = list(analyze_articles(nlp, [article], max_chars=settings.max_chars))
    if problem and hasattr(results[0], "warnings"):
        results[0].warnings.append(problem)
    return results[0]  # type: ignore[return-value]


__all__ = ["EXAMPLE_ARTICLE", "Problem", "ReadFailure", "Rejected", "analyze", "analyze_text"]
