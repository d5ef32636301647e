"""Run the analyse stage on a Dask cluster: a ``distributed.LocalCluster`` started here, or an existing
scheduler given by its address.

Dask only changes the scheduling: a task analyses one batch of ``batch_size`` articles with the same stage
function as the local runner (``dossier.analysis.analyze_articles``). Each worker process loads the
pipeline once (a module-level cache in the worker, filled by a warm-up task per worker before the first
batch) and keeps it for every later task. At most ``2 * workers`` batches are in flight, so memory stays
bounded whatever the size of the corpus, and results come back in input order, so the store is the same
as after a local run. A batch whose worker dies is recomputed elsewhere by the scheduler
(``distributed.scheduler.allowed-failures``); a batch that raises is retried (``retries``); a batch that
still fails stops the run with an :class:`~dossier.errors.EngineError` saying a re-run resumes.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice

import dossier
from dossier.analysis import analyze_articles, model_label
from dossier.errors import EngineError, Problem
from dossier.models import Analysis, Article

RETRIES = 2  # recomputations of a batch that raised, on top of the scheduler's re-runs after a lost worker
CONNECT_TIMEOUT = 10  # seconds to reach an existing scheduler (a refused connection is retried until then)
WORKERS_TIMEOUT = 120  # seconds to wait for the first worker of an existing cluster
WARM_UP_TIMEOUT = 300  # seconds for every worker to load the pipeline

_PIPELINES: dict = {}  # model -> Language, per worker process (filled on the worker, never in the client)
_LOCK = threading.Lock()  # a worker with several threads runs one batch at a time (spaCy state is shared)


def _pipeline(model: str | None):
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from dossier.nlp.pipeline import load_pipeline

        nlp = _PIPELINES[model] = load_pipeline(model)
    return nlp


def warm_up(model: str | None) -> tuple[str, str, int]:
    """Task run once on each worker before the first batch: load the pipeline; say what was loaded."""
    with _LOCK:
        nlp = _pipeline(model)
    return dossier.__version__, model_label(nlp), os.getpid()


def analyse_batch(batch: list[Article], model: str | None, max_chars: int) -> list[Analysis | Problem]:
    """The task: one batch through the pipeline of this worker process."""
    with _LOCK:
        nlp = _pipeline(model)
        return list(analyze_articles(nlp, batch, max_chars=max_chars, batch_size=len(batch) or 1))


def run_analysis_dask(
    articles: Iterable[Article],
    *,
    model: str | None,
    batch_size: int,
    max_chars: int,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[Analysis | Problem]:
    """Analyse ``articles`` on a Dask cluster; yields results in input order.

    ``scheduler``: address of an existing scheduler (``tcp://host:8786``); without it a LocalCluster of
    ``workers`` single-threaded worker processes (default: one per CPU) is started and closed at the end.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional dependency
        raise EngineError(f"--engine dask needs dask[distributed] ({exc}); pip install 'dask[distributed]'") from None

    it = iter(articles)
    first = next(it, None)
    if first is None:  # nothing new to analyse (a re-run of a stored corpus): no cluster to start
        return
    it = chain([first], it)
    cluster = client = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise EngineError(
                    f"cannot reach the Dask scheduler at {scheduler} ({_first_line(exc)}); start one with "
                    "`dask scheduler`, or leave out --scheduler to start a local cluster"
                ) from None
        else:
            n = workers or os.cpu_count() or 1
            try:
                cluster = LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            except Exception as exc:  # noqa: BLE001 - no local TCP ports, no process spawning, ...
                raise EngineError(
                    f"cannot start a local Dask cluster of {n} workers ({type(exc).__name__}: {_first_line(exc)}); "
                    "use --engine local"
                ) from None
            client = Client(cluster, set_as_default=False)
        _start_workers(client, model, scheduler)
        yield from _run(client, it, model=model, batch_size=batch_size, max_chars=max_chars)
    finally:  # every path: end of input, an error, Ctrl-C, the consumer closing the generator
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _start_workers(client, model: str | None, scheduler: str | None) -> int:
    """Wait for workers, load the pipeline once on each, check they all run this dossier and one model."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError:
        raise EngineError(
            f"no Dask worker joined the scheduler at {scheduler} within {WORKERS_TIMEOUT} s; start some with "
            f"`dask worker {scheduler} --nthreads 1`"
        ) from None
    addresses = sorted(client.scheduler_info(n_workers=-1)["workers"])
    futures = [client.submit(warm_up, model, workers=[a], allow_other_workers=False, pure=False) for a in addresses]
    try:
        deadline = time.monotonic() + WARM_UP_TIMEOUT  # a worker lost while loading leaves its task waiting
        found = [f.result(timeout=max(deadline - time.monotonic(), 0.1)) for f in futures]
    except TimeoutError:
        raise EngineError(
            f"the Dask workers did not load dossier's pipeline within {WARM_UP_TIMEOUT} s (a worker lost, or "
            "too slow); run the same command again"
        ) from None
    except Exception as exc:  # noqa: BLE001 - the worker cannot import dossier or load the model
        raise EngineError(
            f"a Dask worker cannot load dossier's pipeline ({type(exc).__name__}: {_first_line(exc)}); every "
            f"worker needs dossier {dossier.__version__} and the model package installed"
        ) from None
    versions = {v for v, _, _ in found}
    models = {m for _, m, _ in found}
    if versions != {dossier.__version__} or len(models) > 1:
        raise EngineError(
            f"the Dask workers do not all run dossier {dossier.__version__} with one model (found dossier "
            f"{', '.join(sorted(versions))}; models {', '.join(sorted(models))}); install the same versions on "
            "every worker, or the results would differ from a local run"
        )
    return len(addresses)


def _run(client, it: Iterator[Article], *, model, batch_size: int, max_chars: int, in_flight: int | None = None):
    """Submit batches, at most ``in_flight`` at a time (default: twice the workers the cluster has now, asked
    again after each batch, so a cluster that grows gets more), and yield their results in input order."""
    pending: deque = deque()
    while True:
        limit = in_flight or 2 * max(1, len(client.nthreads()))
        while len(pending) < limit:
            batch = list(islice(it, batch_size))
            if not batch:
                break
            future = client.submit(analyse_batch, batch, model, max_chars, retries=RETRIES, pure=False)
            pending.append((future, batch[0].origin or batch[0].id, len(batch)))
        if not pending:
            return
        future, first, size = pending.popleft()
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - any worker failure ends the run with one line
            for other, _, _ in pending:
                other.cancel()
            raise EngineError(
                f"the Dask cluster could not analyse the batch of {size} article(s) starting at {first} "
                f"({type(exc).__name__}: {_first_line(exc)}); articles stored so far are kept: run the same "
                "command again to finish the job (stored articles are skipped)"
            ) from None
        finally:
            future.release()
        yield from results


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]
