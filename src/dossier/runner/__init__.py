"""Runners schedule the analyse stage; they all run the same stage functions (``dossier.analysis``).

``local``: in this process or a pool of worker processes on this machine (``runner/local.py``);
``dask``: tasks on a Dask cluster, local or remote (``runner/dask.py``). Same results, same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.errors import EngineError
from dossier.models import Article

ENGINES = ("local", "dask")


def run_analysis(
    articles: Iterable[Article],
    *,
    engine: str = "local",
    model: str | None,
    jobs: int,
    batch_size: int,
    max_chars: int,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator:
    """Analyse ``articles`` with the chosen engine; yields ``Analysis`` or ``Problem`` in input order."""
    if engine == "local":
        if scheduler:
            raise EngineError("a scheduler address needs --engine dask")
        from dossier.runner.local import run_analysis as local

        return local(articles, model=model, jobs=jobs, batch_size=batch_size, max_chars=max_chars)
    if engine == "dask":
        from dossier.runner.dask import run_analysis_dask

        return run_analysis_dask(
            articles,
            model=model,
            batch_size=batch_size,
            max_chars=max_chars,
            scheduler=scheduler,
            workers=workers or (jobs if jobs > 1 else None),
        )
    raise EngineError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
