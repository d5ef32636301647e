"""Cross-document resolution scored on ECB+ chains: MUC, B³, CEAF-e and CoNLL F1, beside two baselines.

The system is the real thing: every article is analysed by the pipeline and stored, in input order, into a
fresh SQLite store by the store half of ``dossier ingest`` (``build.store_results``), so the figures
measure the corpus entities a user would get. Each gold mention then takes the corpus entity of the stored
mention that covers its head (the shortest such mention, then the first); a gold mention no stored mention
covers is a cluster of its own, which costs recall. The baselines cluster the same gold mentions by their
lower-cased head word and by their lower-cased string.

Each split (all topics, development, held-back) is ingested into a store of its own, so a split's figures
do not depend on the articles of another.

Scopes: ``named`` (the named gold mentions), ``named-detected`` (those of them a stored mention covers: the
resolution stage apart from mention detection, every system scored on the same mentions) and ``all``.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dossier.build import IngestReport, store_results
from dossier.errors import Problem
from dossier.eval.analysis_cache import analyse_cached
from dossier.eval.coref import Cluster, CorefScores, score_clusters
from dossier.eval.ecbplus import SPLITS, EcbMention, in_split, load_ecbplus, topic_of
from dossier.models import Analysis
from dossier.store import open_store
from dossier.store.resolution_queries import mention_entities

SYSTEMS = ("dossier", "head-word", "exact-string")
SCOPES = ("named", "named-detected", "all")
MentionId = tuple[str, int, int]  # article id, start, end


@dataclass
class ScopeResult:
    """One set of gold mentions (named, or all) scored for each system."""

    mentions: int = 0
    chains: int = 0
    covered: int = 0  # gold mentions whose head a stored mention covers
    systems: dict[str, CorefScores] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "gold_mentions": self.mentions,
            "gold_chains": self.chains,
            "covered": self.covered,
            "systems": {name: _scores_dict(s) for name, s in self.systems.items()},
        }


@dataclass
class SplitResult:
    split: str
    topics: list[int]
    gold_topics: list[int]  # those with gold mentions
    articles: int
    stored: int
    failed: list[str]
    scopes: dict[str, ScopeResult] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "topics": self.topics,
            "gold_topics": self.gold_topics,
            "articles": self.articles,
            "stored": self.stored,
            "failed": self.failed,
            "scopes": {name: s.as_dict() for name, s in self.scopes.items()},
        }


@dataclass
class ResolutionReport:
    data_dir: str
    splits: dict[str, SplitResult] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"data": self.data_dir, "splits": {name: s.as_dict() for name, s in self.splits.items()}}


def _scores_dict(s: CorefScores) -> dict[str, object]:
    return {"muc": s.muc.as_dict(), "b3": s.b3.as_dict(), "ceafe": s.ceafe.as_dict(), "conll_f1": round(s.conll, 4)}


# -- mapping gold mentions to the system's corpus entities ---------------------------------------------------
SystemMention = tuple[int, int, int]  # start, end, corpus entity id


def covering_entity(head: tuple[int, int], system: Sequence[SystemMention]) -> int | None:
    """The corpus entity of the shortest stored mention covering ``head`` (the first on ties), else None."""
    best: tuple[int, int, int] | None = None
    for start, end, entity in system:
        if start <= head[0] and head[1] <= end:
            cand = (end - start, start, entity)
            if best is None or cand < best:
                best = cand
    return None if best is None else best[2]


def system_clusters(gold: Sequence[EcbMention], system: dict[str, list[SystemMention]]) -> tuple[list[Cluster], int]:
    """Response clusters over the gold mention ids, and how many gold mentions a stored mention covered."""
    clusters: dict[object, set[MentionId]] = {}
    covered = 0
    for m in gold:
        entity = covering_entity(m.head, system.get(m.doc, ()))
        covered += entity is not None
        clusters.setdefault(entity if entity is not None else ("alone", *m.id), set()).add(m.id)
    return [frozenset(c) for c in clusters.values()], covered


def clusters_by(gold: Sequence[EcbMention], label: Callable[[EcbMention], object]) -> list[Cluster]:
    clusters: dict[object, set[MentionId]] = {}
    for m in gold:
        clusters.setdefault(label(m), set()).add(m.id)
    return [frozenset(c) for c in clusters.values()]


BASELINES: dict[str, Callable[[EcbMention], object]] = {
    "head-word": lambda m: m.head_text.lower(),
    "exact-string": lambda m: m.text.lower(),
}


def score_scope(gold: Sequence[EcbMention], system: dict[str, list[SystemMention]]) -> ScopeResult:
    key = clusters_by(gold, lambda m: m.chain)
    response, covered = system_clusters(gold, system)
    result = ScopeResult(mentions=len(gold), chains=len(key), covered=covered)
    result.systems["dossier"] = score_clusters(key, response)
    for name, label in BASELINES.items():
        result.systems[name] = score_clusters(key, clusters_by(gold, label))
    return result


# -- the system: ingest into a fresh store, read where every mention went ------------------------------------
def store_and_map(
    analyses: Sequence[Analysis | Problem], directory: Path
) -> tuple[dict[str, list[SystemMention]], int, list[str]]:
    """Store the analyses into a new SQLite store in ``directory`` as ``dossier ingest`` does; returns each
    article's stored mentions with their corpus entities, the number stored and the failures."""
    report = IngestReport()
    store = open_store(directory / "eval.db")
    try:
        store_results(store, analyses, report)
        ids = [a.article.id for a in analyses if isinstance(a, Analysis)]
        system: dict[str, list[SystemMention]] = {}
        for row in mention_entities(store.conn, ids):
            system.setdefault(row[0], []).append((row[1], row[2], row[3]))
    finally:
        store.close()
    return system, report.stored, report.failed


def evaluate(
    data_dir: Path,
    *,
    topics: set[int] | None = None,
    splits: Sequence[str] = SPLITS,
    cache_dir: Path | None = None,
    model: str | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
) -> ResolutionReport:
    """Score dossier's cross-document resolution on the ECB+ folder ``data_dir``, per split.

    ``cache_dir``: keep analysed articles there (``analysis_cache``); None analyses every article afresh.
    """
    for split in splits:
        in_split(0, split)  # refuses an unknown split before the slow part
    data = load_ecbplus(Path(data_dir), topics)
    started = time.perf_counter()

    def analysed(done: int, total: int) -> None:
        if progress is not None and (done % 100 == 0 or done == total):
            progress(f"analysed {done}/{total} articles")

    analyses, stats = analyse_cached(data.articles, cache_dir=cache_dir, model=model, jobs=jobs, progress=analysed)
    if progress is not None:
        where = f" (cache {stats.directory})" if stats.directory else ""
        progress(
            f"{len(data.articles)} articles: {stats.hits} from the cache, {stats.analysed} analysed in "
            f"{time.perf_counter() - started:.1f} s{where}"
        )
    report = ResolutionReport(str(data_dir))
    for split in splits:
        started = time.perf_counter()
        chosen = [a for art, a in zip(data.articles, analyses) if in_split(topic_of(art.id), split)]
        gold = [m for m in data.mentions if in_split(topic_of(m.doc), split)]
        split_topics = sorted({topic_of(a.id) for a in data.articles if in_split(topic_of(a.id), split)})
        with tempfile.TemporaryDirectory(prefix="dossier-eval-") as tmp:
            system, stored, failed = store_and_map(chosen, Path(tmp))
        result = SplitResult(split, split_topics, sorted({topic_of(m.doc) for m in gold}), len(chosen), stored, failed)
        named = [m for m in gold if m.named]
        result.scopes["named"] = score_scope(named, system)
        # resolution apart from detection: the named gold mentions a stored mention covers, every system
        # scored on them alone (the baselines on the same mentions)
        detected = [m for m in named if covering_entity(m.head, system.get(m.doc, ())) is not None]
        result.scopes["named-detected"] = score_scope(detected, system)
        result.scopes["all"] = score_scope(gold, system)
        report.splits[split] = result
        if progress is not None:
            progress(f"{split}: {stored} articles stored and scored in {time.perf_counter() - started:.1f} s")
    return report
