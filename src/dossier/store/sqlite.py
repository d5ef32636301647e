"""The SQLite store (the default): a single file, no set-up; schema and migrations, one transaction per article.

One writer, many readers: the database runs in WAL mode, so queries are served while an ingest writes,
and an ingest killed at any moment leaves every article either fully stored or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dossier.errors import StoreError
from dossier.store.base import Store
from dossier.store.connection import SQLiteConnection
from dossier.store.migrations import LATEST


class SQLiteStore(Store):
    conn: SQLiteConnection

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._places = None
        self.conn = self._connect()
        self._check_and_migrate()

    # -- opening -----------------------------------------------------------------------------------
    def _connect(self) -> SQLiteConnection:
        if self.path.is_dir():
            raise StoreError(
                f"{self.path}: is a directory; give the path of a database file (e.g. {self.path / 'dossier.db'})"
            )
        if self.readonly:
            if not self.path.exists():
                raise StoreError(f"{self.path}: no such database; create it with `dossier ingest ... --db {self.path}`")
            conn = self._open_readonly()
        else:
            if self.path.parent and not self.path.parent.exists():
                raise StoreError(f"{self.path}: the directory {self.path.parent} does not exist")
            try:
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False, factory=SQLiteConnection)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        conn.isolation_level = None  # transactions are explicit: see write()
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MB of pages: relationship questions touch many
            if self.readonly:
                conn.execute("PRAGMA mmap_size=1073741824")  # readers map the file rather than copy pages
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.OperationalError as exc:
            conn.close()
            raise self._open_error(exc) from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.path}: not a dossier database (not SQLite at all: {exc})") from None
        return conn

    def _open_error(self, exc: sqlite3.OperationalError) -> StoreError:
        if not self.readonly and _result_code(exc) in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            return StoreError(
                f"{self.path}: cannot open for writing (a read-only file or directory: SQLite needs to write "
                "beside it too); give a writable --db path"
            )
        return StoreError(f"{self.path}: cannot open the database ({exc})")

    def _open_readonly(self) -> SQLiteConnection:
        """A read-only connection. In a folder it cannot write, SQLite cannot make the ``-shm`` file a reader
        of a WAL database needs: the file is then opened ``immutable`` (nobody can be writing it there)."""
        uri = self.path.resolve().as_uri()
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=30, check_same_thread=False, factory=SQLiteConnection
        )
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if _folder_writable(self.path.parent):
                raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        except sqlite3.DatabaseError:
            return conn  # not SQLite at all: said by _check_and_migrate
        return sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, timeout=30, check_same_thread=False, factory=SQLiteConnection
        )

    def _enable_wal(self) -> None:
        """WAL mode and its sync level: only once the file is known to be dossier's (or new), so that a
        refused file is left byte for byte as it was."""
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.OperationalError as exc:
            self.conn.close()
            raise self._open_error(exc) from None

    def _check_and_migrate(self) -> None:
        try:
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.OperationalError as exc:
            self.conn.close()
            raise self._open_error(exc) from None
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a dossier database ({exc})") from None
        try:
            applied = self._applied_version(tables, LATEST, elsewhere="--db path")
        except StoreError:
            self.conn.close()
            raise
        if not self.readonly:
            self._enable_wal()
        if applied is None:
            return
        self._migrate(self._run_script)

    def _run_script(self, sql: str) -> None:
        for statement in _statements(sql):  # sqlite3 runs one statement per call inside a transaction
            self.conn.execute(statement)

    @contextmanager
    def write(self) -> Iterator[SQLiteConnection]:
        """One write transaction; rolled back whole on any error (a full disk included)."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _store_error(self.path, exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise _store_error(self.path, exc) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            self.conn.execute("ROLLBACK")

    @property
    def label(self) -> str:
        return str(self.path)


def _folder_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried: root ignores permission bits, not immutability)."""
    import tempfile

    try:
        tempfile.NamedTemporaryFile(dir=folder or ".", prefix=".dossier-probe-").close()
        return True
    except OSError:
        return False


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    out, buf = [], []
    for line in sql.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")
        ):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def _result_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error (SQLITE_READONLY for SQLITE_READONLY_DBMOVED, ...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _store_error(path: Path, exc: sqlite3.OperationalError) -> StoreError:
    code = _result_code(exc)
    if code == sqlite3.SQLITE_READONLY:
        return StoreError(f"{path}: the database is read-only; give a writable --db path")
    if code == sqlite3.SQLITE_FULL:
        return StoreError(
            f"{path}: the disk is full; nothing of the current article was stored — free space and re-run"
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(f"{path}: the database is locked by another writer; try again when it finishes")
    return StoreError(f"{path}: {exc}")
