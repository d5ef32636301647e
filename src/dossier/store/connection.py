"""One connection interface over SQLite and PostgreSQL, so that every query is written once.

Queries are written with ``?`` placeholders and standard SQL. ``PgConnection`` translates the
placeholders for psycopg and returns rows that behave like ``sqlite3.Row`` (by name, by index,
``dict(row)``); both connections carry ``dialect`` for the few statements that differ (full-text
search, list aggregation, catalog lookups).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class Connection(Protocol):
    """What store code may call on a connection: ``SQLiteConnection`` and ``PgConnection`` both are one."""

    dialect: str

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> Any: ...

    @property
    def in_transaction(self) -> bool: ...

    def close(self) -> None: ...


class SQLiteConnection(sqlite3.Connection):
    dialect = SQLITE


class Row:
    """A result row readable by column name or position, like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values))!r})"


def _row_factory(cursor):
    index = {col.name: i for i, col in reversed(list(enumerate(cursor.description or ())))}
    return lambda values: Row(index, values)


@lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (and a literal ``%`` to ``%%``), leaving quoted text alone."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class PgConnection:
    """A psycopg 3 connection that speaks the same ``execute(sql, params)`` as sqlite3."""

    dialect = POSTGRESQL

    def __init__(self, raw) -> None:
        self.raw = raw
        self.raw.row_factory = _row_factory

    def execute(self, sql: str, params: Sequence[Any] | None = None):
        return self.raw.execute(to_pyformat(sql), tuple(params or ()))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]):
        rows = [tuple(r) for r in rows]
        cur = self.raw.cursor()
        if rows:
            cur.executemany(to_pyformat(sql), rows)
        return cur

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def dialect_of(conn) -> str:
    return getattr(conn, "dialect", SQLITE)


def id_list(conn, expr: str, order: str) -> str:
    """SQL aggregating ``expr`` of a subquery's rows into a ';'-separated list, ordered by ``order``."""
    if dialect_of(conn) == POSTGRESQL:
        return f"string_agg(CAST({expr} AS TEXT), ';' ORDER BY {order})"
    return f"group_concat({expr}, ';')"
