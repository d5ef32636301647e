"""Readers: turn inputs (files, directories, stdin) into ``Article`` records.

``read_inputs`` loads on first use (PEP 562): the readers import trafilatura, and the
light modules of this package (``published``, ``text``) are used without it, by the web app among others.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

__all__ = ["read_inputs"]


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module 'dossier.readers' has no attribute {name!r}")
    return getattr(_importlib.import_module("dossier.readers.files"), name)


if _typing.TYPE_CHECKING:
    from dossier.readers.files import read_inputs
