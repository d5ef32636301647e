"""Stores: where analysed articles and corpus entities live (SQLite by default)."""

from __future__ import annotations

from pathlib import Path

from dossier.errors import StoreError
from dossier.store.sqlite import SQLiteStore

DEFAULT_DB = "dossier.db"


def open_store(db: str | Path | None = None, *, readonly: bool = False) -> SQLiteStore:
    """Open (and create or migrate) the store at ``db``: a SQLite path (PostgreSQL URLs come with issue 8)."""
    target = str(db or DEFAULT_DB)
    if target.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{target}: PostgreSQL stores are not available in this version; use a SQLite path")
    return SQLiteStore(Path(target), readonly=readonly)


__all__ = ["DEFAULT_DB", "SQLiteStore", "open_store"]
