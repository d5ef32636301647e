"""`dossier ingest --engine dask`: the store is the same as with the local engine, and a worker killed in the
middle of a batch either costs nothing (the scheduler recomputes the batch) or stops the run with a message
saying a re-run resumes; the re-run leaves every article stored exactly once."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

pytestmark = pytest.mark.slow

ARTICLES = sorted((Path(__file__).resolve().parent / "data" / "coref").glob("*.txt"))[:6]
RUN_SPECIFIC = {"ingested_at", "applied_at", "created_at"}  # timestamps of the run, not of the analysis
BATCH = 2  # several batches per run, so order and retries across workers are exercised


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("articles")
    for p in ARTICLES:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def local_db(inputs, tmp_path_factory) -> Path:
    from dossier.build import ingest

    db = tmp_path_factory.mktemp("local") / "local.db"
    report = ingest([inputs], db=db, engine="local", batch_size=BATCH)
    assert report.stored == len(ARTICLES) and not report.failed
    return db


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), without the columns that record when the run happened."""
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {}
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in RUN_SPECIFIC]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


def assert_same_store(db: Path, expected: Path) -> None:
    got, want = contents(db), contents(expected)
    assert set(got) == set(want)
    for table in want:
        assert len(got[table]) == len(want[table]), f"{table}: {len(got[table])} rows, local run has {len(want[table])}"
        assert got[table] == want[table], f"{table} differs from the local run"
    for table in (
        "sentences",
        "entities",
        "aliases",
        "doc_entities",
        "mentions",
        "events",
        "attributions",
        "relations",
        "times",
    ):
        assert want[table], f"{table} is empty: the comparison proves nothing"


def test_dask_engine_store_is_identical_to_local_engine(inputs, local_db, tmp_path):
    from dossier.build import ingest

    db = tmp_path / "dask.db"
    report = ingest([inputs], db=db, engine="dask", workers=2, batch_size=BATCH)
    assert report.stored == len(ARTICLES) and not report.failed
    assert_same_store(db, local_db)
    again = ingest([inputs], db=db, engine="dask", workers=1, batch_size=BATCH)
    assert (again.stored, again.skipped) == (0, len(ARTICLES))


def kill_a_busy_worker(address: str, stop: threading.Event, killed: list[int]) -> None:
    """SIGKILL the process of a worker while the scheduler says it is running a batch (frozen first with
    SIGSTOP, and checked again, so the batch is certainly lost with the worker)."""
    from distributed import Client

    with Client(address, set_as_default=False) as client:
        pids = client.run(os.getpid)

        def busy(worker: str) -> bool:
            return any(str(k).startswith("analyse_batch") for k in client.processing().get(worker, ()))

        while not stop.is_set() and not killed:
            for worker in list(pids):
                if busy(worker):
                    os.kill(pids[worker], signal.SIGSTOP)
                    time.sleep(0.3)
                    if busy(worker):
                        os.kill(pids[worker], signal.SIGKILL)
                        killed.append(pids[worker])
                        break
                    os.kill(pids[worker], signal.SIGCONT)
            time.sleep(0.01)


def ingest_while_killing(inputs: Path, db: Path, address: str):
    from dossier.build import ingest

    stop, killed = threading.Event(), []
    killer = threading.Thread(target=kill_a_busy_worker, args=(address, stop, killed), daemon=True)
    killer.start()
    try:
        return ingest([inputs], db=db, engine="dask", scheduler=address, batch_size=BATCH), killed
    finally:
        stop.set()
        killer.join(30)


def local_cluster(**config):
    import dask
    from distributed import LocalCluster

    with dask.config.set(config):  # read by the scheduler, which runs in this process
        return LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL
        )


def test_dask_engine_recomputes_the_batch_of_a_killed_worker(inputs, local_db, tmp_path):
    db = tmp_path / "dask.db"
    with local_cluster() as cluster:  # default allowed-failures: a lost batch runs again elsewhere
        report, killed = ingest_while_killing(inputs, db, cluster.scheduler_address)
    assert killed, "no worker was killed: the test proves nothing"
    assert report.stored == len(ARTICLES) and not report.failed
    assert_same_store(db, local_db)


def test_dask_engine_stops_with_a_message_and_a_rerun_finishes_the_job(inputs, local_db, tmp_path):
    from dossier.build import ingest
    from dossier.errors import EngineError

    db = tmp_path / "dask.db"
    with local_cluster(**{"distributed.scheduler.allowed-failures": 0}) as cluster:  # a lost batch is not re-run
        with pytest.raises(EngineError) as failure:
            ingest_while_killing(inputs, db, cluster.scheduler_address)
        message = str(failure.value)
        assert message.startswith("[E009] the Dask cluster could not analyse the batch") and "KilledWorker" in message
        assert "run the same command again" in message and "\n" not in message
        stored = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert stored < len(ARTICLES)
        rerun = ingest([inputs], db=db, engine="dask", scheduler=cluster.scheduler_address, batch_size=BATCH)
    assert (rerun.stored, rerun.skipped) == (len(ARTICLES) - stored, stored)
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM articles")]
    assert sorted(ids) == sorted(p.stem for p in ARTICLES)  # each exactly once
    assert_same_store(db, local_db)


def test_dask_engine_names_an_unreachable_scheduler(inputs, tmp_path, monkeypatch):
    from dossier.build import ingest
    from dossier.errors import EngineError
    from dossier.runner import dask as runner

    monkeypatch.setattr(runner, "CONNECT_TIMEOUT", 2)
    with pytest.raises(EngineError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:9 .*dask scheduler"):
        ingest([inputs], db=tmp_path / "d.db", engine="dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(EngineError, match="needs --engine dask"):
        ingest([inputs], db=tmp_path / "d.db", scheduler="tcp://127.0.0.1:9")
