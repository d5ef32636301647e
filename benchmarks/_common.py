"""Shared by the benchmarks: the real corpora in ../shared, the machine, and peak RSS of a process tree."""

from __future__ import annotations

import json
import os
import platform
import threading
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REUTERS = SHARED / "data" / "reuters21578"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(r for r in Path("/proc/meminfo").read_text().splitlines() if r.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores, {cpu}{mem}, Python {platform.python_version()}"


def load_avg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def reuters_articles(limit: int | None = None) -> list[dict]:
    """Reuters-21578 articles with a body, in file order, as dossier JSONL records (ISO dates)."""
    if not REUTERS.is_dir():
        raise SystemExit(f"{REUTERS}: not found; put ../shared beside the checkout")
    out: list[dict] = []
    for path in sorted(REUTERS.glob("*.json")):
        for doc in json.loads(path.read_text(encoding="utf-8")):
            body = (doc.get("body") or "").strip()
            if not body:
                continue
            published = None
            try:
                published = datetime.strptime(doc["date"].strip()[:20], "%d-%b-%Y %H:%M:%S").isoformat()
            except (KeyError, ValueError):
                pass
            out.append(
                {
                    "id": f"reuters-{doc['attrs']['newid']}",
                    "title": (doc.get("title") or "").title() or None,
                    "published": published,
                    "source": "Reuters",
                    "text": body,
                }
            )
            if limit and len(out) >= limit:
                return out
    return out


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class PeakRSS:
    """Samples the resident memory of this process and its children (worker processes) while running."""

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self._proc = psutil.Process()
        self.interval = interval
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        import psutil

        total = 0
        for p in [self._proc, *self._proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        import time

        start = time.perf_counter()
        while not self._stop.is_set():
            rss = self._total()
            self.peak = max(self.peak, rss)
            self.samples.append((time.perf_counter() - start, rss))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"
