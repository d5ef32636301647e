"""Building a corpus: read, analyse, resolve and store articles (``dossier ingest``, ``dossier.ingest``, the web
app's "store" and both engines all come through here); incremental, idempotent and safe to interrupt.

An article already stored (same id and text, or same normalised text) is skipped before it is analysed;
an article reusing a stored article's id with another text is an error naming both inputs; a
near-duplicate of a stored article is stored as another report of the same story. Each article is
written in one transaction, so a run killed at any moment leaves whole articles only, and a re-run
picks up where it stopped.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier.config import load_settings
from dossier.dedup import best_story, signature, to_bytes
from dossier.errors import Problem
from dossier.models import Analysis, Article
from dossier.readers.files import read_inputs
from dossier.readers.text import normalise_for_id
from dossier.resolve.recall import KnownNames
from dossier.runner import run_analysis
from dossier.store import open_store
from dossier.store.curation import consolidate_surnames
from dossier.store.resolution_queries import known_names

# Analysed articles held before storing, so that recall (``resolve.recall``) learns the names of the articles
# after each one first: at most this many analyses wait in memory, and a crash loses none that was stored.
RECALL_WINDOW = 100


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0  # already in the store
    same_story: int = 0  # stored as another report of a story already there
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()


Progress = Callable[[str, IngestReport], None]


def ingest(
    inputs: Iterable[str | Path],
    *,
    db: str | Path | None = None,
    jobs: int = 1,
    model: str | None = None,
    max_chars: int | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
    stdin: bytes | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Ingest every article of the inputs (files, directories, ``-`` for ``stdin``, URLs) into the store at
    ``db`` (default ``./dossier.db``): read, analyse, resolve, store.

    ``engine="dask"`` runs parsing and extraction on a Dask cluster: the one at ``scheduler``, else a
    LocalCluster of ``workers`` processes; the store is the same as with ``engine="local"``.
    """
    report = IngestReport()

    def readable() -> Iterator[Article]:
        for item in read_inputs(inputs, stdin=stdin):
            if isinstance(item, Problem) and item.error:
                report.failed.append(str(item))
                _tell(progress, f"error: {item}", report)
            elif isinstance(item, Problem):
                report.warnings.append(item.message)
                _tell(progress, f"warning: {item.message}", report)
            else:
                yield item

    return ingest_articles(
        readable(),
        db=db,
        jobs=jobs,
        model=model,
        max_chars=max_chars,
        batch_size=batch_size,
        progress=progress,
        engine=engine,
        scheduler=scheduler,
        workers=workers,
        report=report,
    )


def ingest_articles(
    articles: Iterable[Article],
    *,
    db: str | Path | None = None,
    jobs: int = 1,
    model: str | None = None,
    max_chars: int | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Ingest articles already read (the web app's pasted and uploaded ones) into the store at ``db``: the
    corpus build behind every entry point. Known articles are skipped, an id stored with another text is
    refused, each article is one transaction; ``report`` carries on one a reader started."""
    report = report if report is not None else IngestReport()
    settings = load_settings(model=model, max_chars=max_chars, batch_size=batch_size)
    started = time.perf_counter()
    store = open_store(db)
    try:
        if (notice := store.resolution_notice()) is not None:
            report.warnings.append(notice)
            _tell(progress, f"warning: {notice}", report)

        def fresh() -> Iterator[Article]:
            for item in articles:
                if (conflict := _id_conflict(store, item)) is not None:
                    report.failed.append(conflict)
                    _tell(progress, f"error: {conflict}", report)
                elif store.known(item.id, text_hash(item.text)):
                    report.skipped += 1
                    _tell(progress, "", report)
                else:
                    yield item

        results = run_analysis(
            fresh(),
            model=settings.model,
            jobs=jobs,
            batch_size=settings.batch_size,
            max_chars=settings.max_chars,
            engine=engine,
            scheduler=scheduler,
            workers=workers,
        )
        store_results(store, results, report, progress=progress, started=started)
    finally:
        store.close()
        report.seconds = time.perf_counter() - started
    return report


def store_results(
    store,
    results: Iterable[Analysis | Problem],
    report: IngestReport,
    *,
    progress: Progress | None = None,
    started: float | None = None,
) -> None:
    """Write analysed articles into ``store`` in order, resolving their entities against the corpus, then
    consolidate: the store half of ``ingest``, also run by ``dossier eval resolution`` on cached analyses."""
    started = time.perf_counter() if started is None else started
    known = KnownNames.of_rows(known_names(store.conn))
    # recall learns an article's names as soon as it arrives and stores it RECALL_WINDOW articles later, so
    # that it also finds the names the articles after it were tagged with, whatever order they came in; one
    # article is stored for each that arrives, so storing keeps pace with the analysis workers
    waiting: deque[Analysis] = deque()
    for result in results:
        if isinstance(result, Problem):
            report.failed.append(str(result))
            _tell(progress, f"error: {result}", report)
            continue
        known.learn(result)
        waiting.append(result)
        if len(waiting) > RECALL_WINDOW:
            _store_recalled(store, known, waiting.popleft(), report, progress, started)
    while waiting:
        _store_recalled(store, known, waiting.popleft(), report, progress, started)
    if report.stored:
        consolidate_surnames(store)


def _store_recalled(
    store, known: KnownNames, analysis: Analysis, report: IngestReport, progress: Progress | None, started: float
) -> None:
    _store_one(store, known.recall(analysis), report)
    report.seconds = time.perf_counter() - started
    _tell(progress, "", report)


def _id_conflict(store, article: Article) -> str | None:
    """One line when the store holds another text under this article's id (never skipped as "already there")."""
    stored = store.stored_text(article.id)
    if stored is None or stored[0] == text_hash(article.text):
        return None
    return (
        f"{article.origin}: article id {article.id!r} is already stored from {stored[1]} with a different text; "
        "not stored (give it another id, or ingest into another store)"
    )


def _store_one(store, analysis: Analysis, report: IngestReport) -> None:
    art = analysis.article
    minhash = to_bytes(signature(art.text))
    story = best_story(minhash, store.story_candidates(minhash))
    if store.write_analysis(analysis, text_hash=text_hash(art.text), minhash=minhash, story_id=story):
        report.stored += 1
        report.same_story += story is not None
    else:
        report.skipped += 1


def _tell(progress: Progress | None, message: str, report: IngestReport) -> None:
    if progress is not None:
        progress(message, report)
