"""The fixture store and the live server of the web tests (imported by test_web_api and test_web_browser).

The store holds the three original articles of ``tests/data/web/articles.jsonl`` (a governor, a mayor and
a senator between them: a meeting, an agreement, an accusation, a denial, a threat, quotes, dates); a
copy of it adds one hostile article whose title, source, text and link try to run script.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "data" / "web" / "articles.jsonl"
HOSTILE_ID = "hostile"
HOSTILE = {
    "id": HOSTILE_ID,
    "published": "2024-06-10",
    "source": "<b>Evil</b> Wire",
    "url": "javascript:window.__xss='url'",
    "title": "<script>window.__xss='title'</script><img src=x onerror=\"window.__xss='img'\">Budget row",
    "text": (
        "Governor Elena Marsh said on Tuesday that the budget would pass. <script>window.__xss='text'</script> "
        "Senator Paul Brandt criticised the plan. <img src=x onerror=\"window.__xss='onerror'\"> "
        "Readers can <a href=\"javascript:window.__xss='link'\">click here</a> for the full budget. "
        '"We will not raise taxes," Marsh told reporters.'
    ),
}
_BUILT: dict[str, Path] = {}


def build_db(tmp_path_factory) -> Path:
    """The fixture store of the three articles, built once per test session."""
    if "db" not in _BUILT:
        from dossier.build import ingest

        d = tmp_path_factory.mktemp("web-store")
        report = ingest([ARTICLES], db=d / "web.db")
        assert report.stored == 3, report
        _BUILT["db"] = d / "web.db"
    return _BUILT["db"]


def hostile_db(tmp_path_factory) -> Path:
    """A copy of the fixture store with the hostile article ingested too."""
    if "hostile" not in _BUILT:
        from dossier.build import ingest

        db = copy_db(build_db(tmp_path_factory), tmp_path_factory.mktemp("web-hostile"))
        report = ingest(["-"], db=db, stdin=json.dumps(HOSTILE).encode("utf-8"))
        assert report.stored == 1, report
        _BUILT["hostile"] = db
    return _BUILT["hostile"]


def copy_db(db: Path, to: Path) -> Path:
    """A copy of the store that a test may change."""
    to.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db) + suffix)
        if src.exists():
            shutil.copy(src, to / (db.name + suffix))
    return to / db.name


class LiveServer:
    """The app served by uvicorn on 127.0.0.1 at a free port, in a thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
