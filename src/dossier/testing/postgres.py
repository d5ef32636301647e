"""A throwaway PostgreSQL server for tests and benchmarks: its own data directory, a free port on
127.0.0.1, trust authentication, removed on exit. Uses the server binaries of Debian's ``postgresql``
package (``make test`` installs it); as root, the server runs as the ``postgres`` system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class NoPostgres(RuntimeError):
    """PostgreSQL's server binaries are not installed (or cannot run here)."""


def server_bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip())
        if (bindir / "postgres").exists():
            return bindir
    raise NoPostgres("PostgreSQL server binaries not found (apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    port: int
    user: str = "dossier"

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def throwaway_server(*, fast: bool = True) -> Iterator[Server]:
    """Start a private PostgreSQL server; stop it and delete its files on exit.

    ``fast`` turns off fsync (tests and the throughput benchmark measure dossier, not the disk); the
    benchmark says which it used.
    """
    bindir = server_bindir()
    root = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        runuser = shutil.which("runuser")
        if runuser is None:
            raise NoPostgres("running as root and runuser is missing")
        as_postgres = [runuser, "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data, sock, log = root / "data", root / "sock", root / "server.log"
    port = _free_port()
    run = lambda *cmd: subprocess.run([*as_postgres, *cmd], check=True, capture_output=True, text=True)  # noqa: E731
    try:
        run("mkdir", str(sock))
        run(str(bindir / "initdb"), "-D", str(data), "-U", "dossier", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c max_connections=100"
        if fast:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(log), "-w", "-t", "60", "start")
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or exc.stdout or "").strip().splitlines()
        shutil.rmtree(root, ignore_errors=True)
        raise NoPostgres(f"could not start a throwaway PostgreSQL: {detail[-1] if detail else exc}") from None
    try:
        yield Server(port)
    finally:
        subprocess.run(
            [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)
