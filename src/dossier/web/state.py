"""What the web app keeps while it runs (``WebState``): the store's address, a pool of read-only corpora,
the spaCy pipeline once loaded, and the identity of the store file it started with. The app (``app.py``) makes
it; the API and the pages read it from ``request.app.state.web``."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from dossier.errors import StoreError, StoreVanished
from dossier.query.corpus import Corpus, open_corpus


@dataclass
class WebState:
    db: str
    token: str | None
    max_chars: int | None
    max_bytes: int
    model: str | None = None  # the spaCy pipeline for analysis (None: the best installed)
    readonly: bool = False
    pool_size: int = 4
    _pool: queue.Queue = field(default_factory=queue.Queue)
    _opened: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _nlp: object = None
    nlp_lock: threading.Lock = field(default_factory=threading.Lock)

    identity: tuple[int, int] | None = None  # (device, inode) of the SQLite file when the server started

    def check_store(self) -> None:
        """Refuse to go on when the SQLite file was deleted or replaced since the server started: reads would
        come from the deleted file and writes would make a new, empty store at the path (``StoreVanished``)."""
        if self.identity is None:
            return
        try:
            st = os.stat(self.db)
            same = (st.st_dev, st.st_ino) == self.identity
        except OSError:
            same = False
        if not same:
            self.close()  # the pooled connections read the old file
            raise StoreVanished(
                f"{self.db}: the store file was deleted or replaced while the server ran; nothing is "
                "read or written any more: put it back or restart `dossier serve`"
            )

    @contextmanager
    def reading(self) -> Iterator[Corpus]:
        """A read-only corpus from the pool, returned to it afterwards."""
        self.check_store()
        try:
            corpus = self._pool.get_nowait()
        except queue.Empty:
            with self._lock:
                grow = self._opened < self.pool_size
                if grow:
                    self._opened += 1
            if grow:
                try:
                    corpus = open_corpus(self.db, readonly=True)
                except BaseException:
                    with self._lock:
                        self._opened -= 1
                    raise
            else:
                corpus = self._pool.get(timeout=60)
        try:
            yield corpus
        finally:
            self._pool.put(corpus)

    @contextmanager
    def writing(self) -> Iterator[Corpus]:
        if self.readonly:
            raise StoreError(f"{self.db}: served read-only; curation and storing need a writable store")
        self.check_store()
        corpus = open_corpus(self.db)
        try:
            yield corpus
        finally:
            corpus.close()

    def nlp(self):
        """The spaCy pipeline, loaded once (callers hold ``nlp_lock`` while they use it)."""
        if self._nlp is None:
            from dossier.nlp.pipeline import load_pipeline

            self._nlp = load_pipeline(self.model)
        return self._nlp

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return
