"""Static files: the app's own CSS and JavaScript (``/static/NAME``) and the third-party library it uses
(``/vendor/NAME``: vis-network, copied unmodified into the package with its licences; see
``data/web/vendor/NOTICE``). Both are fixed name -> file maps built at import; a request names an entry,
never a path."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from dossier.web.errors import ApiError

WEB_DATA = Path(__file__).resolve().parent.parent / "data" / "web"
STATIC_DIR = WEB_DATA / "static"
VENDOR_DIR = WEB_DATA / "vendor"
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}


def _files(directory: Path) -> dict[str, Path]:
    """The servable files of a directory by name (licence and notice files are not served)."""
    if not directory.is_dir():
        return {}
    return {p.name: p for p in sorted(directory.iterdir()) if p.suffix in MEDIA_TYPES}


STATIC: dict[str, Path] = _files(STATIC_DIR)
VENDOR: dict[str, Path] = _files(VENDOR_DIR)

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
