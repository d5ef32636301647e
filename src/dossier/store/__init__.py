"""Stores: where analysed articles and corpus entities live. SQLite by default (a file path);
PostgreSQL for a shared store (a ``postgresql://`` URL)."""

from __future__ import annotations

from pathlib import Path

from dossier.store.base import Store
from dossier.store.sqlite import SQLiteStore

DEFAULT_DB = "dossier.db"
PG_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(db: str | Path | None) -> bool:
    return str(db or "").startswith(PG_SCHEMES)


def open_store(db: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open (and create or migrate) the store at ``db``: a SQLite path or a PostgreSQL URL."""
    target = str(db or DEFAULT_DB)
    if is_postgres(target):
        from dossier.store.postgres import PostgresStore

        return PostgresStore(target, readonly=readonly)
    return SQLiteStore(Path(target), readonly=readonly)


__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "is_postgres", "open_store"]
