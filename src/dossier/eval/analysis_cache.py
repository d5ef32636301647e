"""Analysed articles kept on disk between evaluation runs, so that a change to resolution re-runs only the
store and resolve part.

One pickled ``Analysis`` per article: ``CACHE/<model>-<version>/<fingerprint>/<article id>-<text hash>.pkl``.
The fingerprint hashes dossier's version, the source of every dossier module the analysis imports (found
by following the imports of ``analysis.py`` and ``nlp/``: the in-article sieve uses ``resolve/names.py``,
for one) and the data files (``data/lexicons``, ``data/knowledge``), so an edited extractor, name rule,
lexicon or model never reads an old analysis, while an edit to the rest of ``resolve/`` or to ``store/``
keeps the cache. A file that cannot be read back is analysed again.
"""

from __future__ import annotations

import ast
import hashlib
import os
import pickle
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.util import get_package_version, is_package, load_meta

import dossier
from dossier.config import load_settings
from dossier.errors import Problem
from dossier.models import Analysis, Article
from dossier.nlp.pipeline import resolve_model
from dossier.runner import run_analysis

PACKAGE = Path(dossier.__file__).resolve().parent
# What an analysis is computed from, besides the spaCy model (relative to the package): these modules and
# every dossier module they import, and the data files.
ANALYSIS_ROOTS = ("analysis.py", "nlp")
ANALYSIS_DATA = ("data/lexicons", "data/knowledge")


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dossier/eval-analyses``, else ``~/.cache/dossier/eval-analyses``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossier" / "eval-analyses"


def model_label(model: str | None) -> str:
    """The name and version of the spaCy model ``model`` resolves to, without loading it."""
    name = resolve_model(model).name
    if is_package(name):
        return f"{name}-{get_package_version(name)}"
    meta = Path(name) / "meta.json"
    if meta.is_file():
        info = load_meta(meta)
        return f"{info.get('lang', 'xx')}_{info.get('name', 'model')}-{info.get('version', '0')}"
    return f"{_safe(name)}-unknown"


def code_fingerprint() -> str:
    digest = hashlib.sha256(dossier.__version__.encode())
    data = [p for rel in ANALYSIS_DATA for p in _files(PACKAGE / rel)]
    for path in sorted(set(analysis_modules()) | set(data)):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def analysis_modules() -> list[Path]:
    """The source files of ``ANALYSIS_ROOTS`` and of every dossier module they import, directly or not (the
    package's own ``__init__``, which only re-exports, is not followed)."""
    todo = [p for rel in ANALYSIS_ROOTS for p in _files(PACKAGE / rel) if p.suffix == ".py"]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [f"{node.module}.{a.name}" for a in node.names]
                todo += [f for f in (_module_file(node.module), *map(_module_file, names)) if f and f not in seen]
            elif isinstance(node, ast.Import):
                todo += [f for a in node.names if (f := _module_file(a.name)) and f not in seen]
    return sorted(seen)


def _module_file(module: str) -> Path | None:
    parts = module.split(".")
    if parts[0] != "dossier" or len(parts) == 1:
        return None
    base = PACKAGE.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


@dataclass
class CacheStats:
    hits: int = 0
    analysed: int = 0
    directory: Path | None = None


class AnalysisCache:
    def __init__(self, root: Path, model: str | None) -> None:
        self.directory = Path(root) / model_label(model) / code_fingerprint()

    def path(self, article: Article) -> Path:
        text = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
        return self.directory / f"{_safe(article.id)}-{text}.pkl"

    def get(self, article: Article) -> Analysis | None:
        path = self.path(article)
        try:
            with path.open("rb") as fh:
                found = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a truncated or foreign file: analyse again and overwrite it
            return None
        if not isinstance(found, Analysis) or found.article.id != article.id or found.article.text != article.text:
            return None
        return found

    def put(self, analysis: Analysis) -> None:
        path = self.path(analysis.article)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(analysis, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # readers never see half a file


def analyse_cached(
    articles: Sequence[Article],
    *,
    cache_dir: Path | None,
    model: str | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Analysis | Problem], CacheStats]:
    """Analyses of ``articles``, one per article in their order: from the cache when there, else by the real pipeline
    (the runner ``dossier ingest`` uses), stored for next time. ``cache_dir=None`` analyses everything afresh."""
    settings = load_settings(model=model)
    cache = AnalysisCache(cache_dir, settings.model) if cache_dir is not None else None
    stats = CacheStats(directory=cache.directory if cache else None)
    found: dict[str, Analysis | Problem] = {}
    if cache is not None:
        for art in articles:
            hit = cache.get(art)
            if hit is not None:
                found[art.id] = hit
        stats.hits = len(found)
    missing = [art for art in articles if art.id not in found]
    if missing:
        results = run_analysis(
            iter(missing), model=settings.model, jobs=jobs, batch_size=settings.batch_size, max_chars=settings.max_chars
        )
        origin_to_id = {art.origin or art.id: art.id for art in missing}
        for result in results:
            if isinstance(result, Problem):
                found[origin_to_id.get(result.origin, result.origin)] = result
            else:
                found[result.article.id] = result
                if cache is not None:
                    cache.put(result)
            stats.analysed += 1
            if progress is not None:
                progress(stats.hits + stats.analysed, len(articles))
    return [found.get(art.id) or Problem(art.origin or art.id, "no analysis came back") for art in articles], stats


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", name)[:120]
