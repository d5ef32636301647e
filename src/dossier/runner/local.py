"""Run the analyse stage on this machine: in-process, or in ``jobs`` worker processes.

Each worker loads the pipeline once. Work is handed out in batches sized for ``nlp.pipe`` and at most
``2 * jobs`` batches are in flight, so memory stays bounded whatever the size of the corpus; results
come back in input order, so a run is deterministic.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from dossier.analysis import analyze_articles
from dossier.errors import Problem
from dossier.models import Analysis, Article
from dossier.nlp.pipeline import load_pipeline

_WORKER_NLP = None  # one pipeline per worker process, set by _init_worker
_WORKER_MAX = 0


def _init_worker(model: str | None, max_chars: int) -> None:
    global _WORKER_NLP, _WORKER_MAX  # per-process state of a pool worker, never of the parent
    _WORKER_NLP = load_pipeline(model)
    _WORKER_MAX = max_chars


def _work(batch: list[Article]) -> list[Analysis | Problem]:
    assert _WORKER_NLP is not None, "the pool's initializer loads the pipeline"
    return list(analyze_articles(_WORKER_NLP, batch, max_chars=_WORKER_MAX, batch_size=len(batch) or 1))


def run_analysis(
    articles: Iterable[Article], *, model: str | None, jobs: int, batch_size: int, max_chars: int, nlp=None
) -> Iterator[Analysis | Problem]:
    if jobs <= 1:
        nlp = nlp or load_pipeline(model)
        yield from analyze_articles(nlp, articles, max_chars=max_chars, batch_size=batch_size)
        return
    ctx = mp.get_context("spawn")
    it = iter(articles)
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model, max_chars)) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * jobs:
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                pending.append(pool.apply_async(_work, (batch,)))
            if not pending:
                break
            yield from pending.popleft().get()
