"""Static files: the app's own CSS and JavaScript (``/static/NAME``, package data) and the JavaScript
libraries it uses (``/vendor/NAME``), served from the registry packages that ship them — vis-network
from pyvis. Both are fixed name -> file maps built at import; a request names an entry, never a path."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from dossier.web.errors import ApiError

STATIC_DIR = Path(__file__).resolve().parent.parent / "data" / "web" / "static"
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent if spec and spec.origin else None


def _vendor_files() -> dict[str, Path]:
    pyvis = _package_dir("pyvis")
    files: dict[str, Path] = {}
    if pyvis is not None:
        lib = pyvis / "templates" / "lib" / "vis-9.1.2"
        files["vis-network.min.js"] = lib / "vis-network.min.js"
        files["vis-network.min.css"] = lib / "vis-network.css"
    return files


VENDOR: dict[str, Path] = _vendor_files()
STATIC: dict[str, Path] = (
    {p.name: p for p in sorted(STATIC_DIR.iterdir()) if p.suffix in MEDIA_TYPES} if STATIC_DIR.is_dir() else {}
)

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=32)
def _read(path: Path) -> bytes:
    return path.read_bytes()


def _serve(table: dict[str, Path], name: str, max_age: int) -> Response:
    path = table.get(name)
    if path is None or not path.is_file():
        raise ApiError(404, f"no file called {name!r} here")
    return Response(
        _read(path), media_type=MEDIA_TYPES[path.suffix], headers={"cache-control": f"public, max-age={max_age}"}
    )


@router.get("/vendor/{name}")
def vendor_file(name: str) -> Response:
    return _serve(VENDOR, name, 86400)


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    return _serve(STATIC, name, 300)
