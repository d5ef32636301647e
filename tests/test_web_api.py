"""The REST API of ``dossier serve`` through an in-process client over the fixture store: the questions
answer as the Python API does, the OpenAPI spec is served and complete, errors have one shape, writes
need the token, requests are capped in size, and article text is escaped in every page."""

from __future__ import annotations

import json
import re
from dataclasses import asdict

import pytest
from fastapi.testclient import TestClient

from web_support import HOSTILE, HOSTILE_ID, build_db, copy_db

pytestmark = pytest.mark.slow  # the fixture store is built by ingesting (the real model)

TOKEN = "s3cret-token"
LOCAL = "http://127.0.0.1"  # the Host a loopback server answers to


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db):
    from dossier.web import create_app

    with TestClient(create_app(db), base_url=LOCAL) as c:
        yield c


@pytest.fixture
def writable(db, tmp_path, nlp):
    """A client over a copy of the store, with a token."""
    from dossier.web import create_app

    copy = copy_db(db, tmp_path / "store")
    with TestClient(create_app(copy, token=TOKEN, nlp=nlp), base_url=LOCAL) as c:
        yield c


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def jsonable(obj):
    return json.loads(json.dumps(asdict(obj)))


# -- the spec ---------------------------------------------------------------------------------------
def test_web_openapi_spec_lists_every_endpoint_with_schemas(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    expected = {
        ("get", "/api/entities"),
        ("get", "/api/entities/{ref}"),
        ("get", "/api/relation"),
        ("get", "/api/relation/graph"),
        ("get", "/api/timeline"),
        ("get", "/api/claims"),
        ("get", "/api/search"),
        ("get", "/api/articles"),
        ("get", "/api/articles/{article_id}"),
        ("post", "/api/analyze"),
        ("post", "/api/entities/merge"),
        ("post", "/api/entities/{ref}/split"),
        ("post", "/api/entities/{ref}/rename"),
        ("get", "/api/countries/relation"),
    }
    found = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert found == expected, found ^ expected
    schemas = spec["components"]["schemas"]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert ok, (method, path)
            for ref in re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(op)):
                assert ref in schemas, ref
            for status in ("404", "422", "500"):
                err = op["responses"][status]["content"]["application/json"]["schema"]
                assert err == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, status)
    assert set(schemas["ErrorDetail"]["required"]) == {"status", "code", "message"}
    try:  # a full check when the validator is installed
        from openapi_spec_validator import validate
    except ImportError:
        return
    validate(spec)


# -- the questions ----------------------------------------------------------------------------------
def test_web_api_answers_as_the_python_api(client, db):
    import dossier

    with dossier.open(db, readonly=True) as corpus:
        marsh = corpus.entity("Elena Marsh")
        rel = corpus.relation("Elena Marsh", "David Okafor")
        timeline = corpus.timeline("Elena Marsh")
        claims = corpus.claims(by="David Okafor")
        hits = corpus.search("bridge")
    assert client.get(f"/api/entities/{marsh.entity.id}").json() == jsonable(marsh)
    assert client.get("/api/entities/Elena Marsh").json() == jsonable(marsh)
    assert client.get("/api/relation", params={"a": "Elena Marsh", "b": "David Okafor"}).json() == jsonable(rel)
    assert client.get("/api/timeline", params={"entity": "Elena Marsh"}).json() == [jsonable(e) for e in timeline]
    assert client.get("/api/claims", params={"by": "David Okafor"}).json() == [jsonable(c) for c in claims]
    found = client.get("/api/search", params={"q": "bridge"}).json()
    assert found["hits"] == [jsonable(h) for h in hits]
    assert client.get("/api/search", params={"q": "Okafor"}).json()["actors"][0]["name"] == "David Okafor"


def test_web_api_pages_entities_and_articles(client):
    first = client.get("/api/entities", params={"limit": 2}).json()
    assert [e["name"] for e in first["items"]][:1] == ["Elena Marsh"]
    assert first["limit"] == 2 and first["next_offset"] == 2 and first["total"] >= 5
    second = client.get("/api/entities", params={"limit": 2, "offset": 2}).json()
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    people = client.get("/api/entities", params={"type": "PERSON", "limit": 50}).json()
    assert {e["type"] for e in people["items"]} == {"PERSON"} and people["next_offset"] is None
    named = client.get("/api/entities", params={"q": "Brandt"}).json()
    assert [e["name"] for e in named["items"]] == ["Paul Brandt"] and named["items"][0]["mentions"] >= 3
    arts = client.get("/api/articles").json()
    assert [a["id"] for a in arts["items"]] == ["bridge-contract", "bridge-funds", "bridge-deal"]  # newest first
    assert arts["total"] == 3


def test_web_api_article_has_text_records_and_links(client):
    body = client.get("/api/articles/bridge-funds").json()
    analysis = body["analysis"]
    text = analysis["article"]["text"]
    assert text.startswith("Mayor David Okafor accused")
    for ent in analysis["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
        assert body["links"][ent["id"]]["name"]
    denial = [a for a in analysis["attributions"] if a["certainty"] == "denied"]
    assert denial and "delayed any payment" in denial[0]["content"]["text"]
    assert any(e["type"] == "ACCUSE" for e in analysis["events"])
    assert analysis["times"] and analysis["sentences"]


def test_web_api_relation_graph_has_the_actor_between(client):
    g = client.get("/api/relation/graph", params={"a": "Elena Marsh", "b": "David Okafor"}).json()
    roles = {n["entity"]["name"]: n["role"] for n in g["nodes"]}
    assert roles["Elena Marsh"] == "a" and roles["David Okafor"] == "b" and roles["Paul Brandt"] == "between"
    ids = {n["entity"]["name"]: n["entity"]["id"] for n in g["nodes"]}
    direct = next(e for e in g["edges"] if {e["a"], e["b"]} == {ids["Elena Marsh"], ids["David Okafor"]})
    assert direct["articles"] == 3 and direct["cooperation"] >= 1 and direct["conflict"] >= 1
    assert direct["tone"] in ("mixed", "cooperation", "conflict") and direct["weight"] >= 5
    sizes = {n["entity"]["name"]: n["mentions"] for n in g["nodes"]}
    assert sizes["Elena Marsh"] > sizes["Paul Brandt"]


# -- errors -----------------------------------------------------------------------------------------
def test_web_errors_have_one_shape(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/nothing-here"), 404, "not_found")
    err = assert_error(client.get("/api/entities/987654"), 404, "not_found")
    assert err["details"] == ["E007"]
    assert_error(client.get("/api/articles/no-such-article"), 404, "not_found")
    err = assert_error(client.get("/api/relation", params={"a": "Elena Marsh"}), 422, "invalid")
    assert err["details"][0]["loc"] == ["query", "b"]
    assert_error(client.get("/api/entities", params={"limit": 0}), 422, "invalid")
    assert_error(client.get("/api/relation", params={"a": "Elena Marsh", "b": "Marsh"}), 404, "not_found")  # same one
    assert_error(client.delete("/api/entities/1"), 405, "method_not_allowed")
    assert_error(client.post("/api/analyze", data={}), 422, "invalid")
    page = client.get("/entities/987654", headers={"accept": "text/html"})
    assert page.status_code == 404 and "no entity with id 987654" in page.text


def test_web_internal_errors_keep_the_shape(db):
    from dossier.web import create_app

    app = create_app(db)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret detail")

    with TestClient(app, base_url=LOCAL, raise_server_exceptions=False) as c:
        err = assert_error(c.get("/api/boom"), 500, "internal")
    assert "secret" not in err["message"]


# -- security ---------------------------------------------------------------------------------------
def test_web_refuses_a_public_address_without_a_token(db):
    from typer.testing import CliRunner

    from dossier.cli import app as cli
    from dossier.web import WebError, check_bind, create_app

    with pytest.raises(WebError, match="without a token"):
        create_app(db, host="0.0.0.0")
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("0.0.0.0", "t")
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"], env={"DOSSIER_TOKEN": ""})
    assert result.exit_code == 2
    assert "without a token" in result.output and len(result.output.strip().splitlines()) == 1


def test_web_writes_need_the_token(writable):
    # a write names its entities by id where a name is ambiguous
    town = writable.get("/api/entities", params={"q": "Riverton", "type": "GPE"}).json()["items"][0]["id"]
    merge = {"keep": str(town), "other": "Port Authority"}
    assert_error(writable.post("/api/entities/merge", json=merge), 401, "unauthorized")
    bad = {"authorization": "Bearer wrong"}
    assert_error(writable.post("/api/entities/merge", json=merge, headers=bad), 401, "unauthorized")
    auth = {"authorization": f"Bearer {TOKEN}"}
    foreign = {**auth, "origin": "http://evil.example"}
    assert_error(writable.post("/api/entities/merge", json=merge, headers=foreign), 403, "forbidden")
    # a cross-site form post is not JSON: refused before anything is read
    assert writable.post("/api/entities/merge", data=merge, headers=auth).status_code == 422

    # two entities called Riverton: the town, and a person a user renamed so
    okafor = writable.get("/api/entities/David Okafor").json()["entity"]["id"]
    assert writable.post(f"/api/entities/{okafor}/rename", json={"name": "Riverton"}, headers=auth).status_code == 200
    ambiguous = writable.post("/api/entities/merge", json={"keep": "Riverton", "other": "Port Authority"}, headers=auth)
    assert f"#{town} Riverton (GPE)" in assert_error(ambiguous, 400, "bad_request")["message"]
    kept = writable.post("/api/entities/merge", json=merge, headers=auth)
    assert kept.status_code == 200, kept.text
    riverton = kept.json()["id"]
    assert (
        writable.get("/api/entities/Port Authority").json()["entity"]["id"] == riverton
    )  # reads see the write at once
    back = writable.post(
        f"/api/entities/{riverton}/split",
        json={"names": ["Port Authority"], "new_name": "Harbour Port Authority"},
        headers=auth,
    )
    assert back.status_code == 200, back.text
    assert back.json()["name"] == "Harbour Port Authority" and back.json()["id"] != riverton
    renamed = writable.post(f"/api/entities/{riverton}/rename", json={"name": "Riverton City"}, headers=auth).json()
    assert renamed == {"id": riverton, "name": "Riverton City", "type": "GPE"}
    assert writable.get(f"/api/entities/{riverton}").json()["entity"]["name"] == "Riverton City"
    marsh = writable.get("/api/entities/Elena Marsh").json()["entity"]["id"]
    err = assert_error(
        writable.post(f"/api/entities/{marsh}/split", json={"names": ["Nobody"]}, headers=auth), 400, "bad_request"
    )
    assert "Nobody" in err["message"]
    assert_error(writable.post(f"/api/entities/{marsh}/rename", json={"name": ""}, headers=auth), 422, "invalid")
    assert_error(writable.post("/api/analyze", data={"text": "x", "store": "true"}), 401, "unauthorized")


def test_web_upload_size_is_capped(db):
    from dossier.web import create_app

    with TestClient(create_app(db, max_bytes=1000), base_url=LOCAL) as c:
        big = {"file": ("big.txt", b"word " * 1000, "text/plain")}
        assert_error(c.post("/api/analyze", files=big), 413, "too_large")
        assert_error(c.post("/api/analyze", data={"text": "word " * 400}), 413, "too_large")

        def chunks():  # no Content-Length: counted while read
            for _ in range(10):
                yield b"x" * 200

        assert_error(c.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"}), 413, "too_large")


def test_web_headers_and_host_check(client):
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp and "base-uri 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/entities").headers["content-security-policy"] == csp
    assert_error(client.get("/", headers={"host": "evil.example"}), 400, "bad_host")  # DNS rebinding
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200


def test_web_static_files_come_from_a_fixed_map(client):
    js = client.get("/vendor/vis-network.min.js")
    assert (
        js.status_code == 200 and js.headers["content-type"].startswith("text/javascript") and len(js.content) > 100_000
    )
    css = client.get("/vendor/vis-network.min.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/app.css").status_code == 200
    for path in (
        "/vendor/NOTICE",  # the licences ship beside the files but are not served
        "/vendor/LICENSE-MIT",
        "/vendor/..%2F..%2Fpyproject.toml",
        "/static/..%2Fapp.py",
        "/static/%2Fetc%2Fpasswd",
        "/vendor/vis.js",
    ):
        assert_error(client.get(path), 404, "not_found")


def test_web_vendored_library_ships_with_its_licences():
    from dossier.web.vendor import VENDOR, VENDOR_DIR

    assert set(VENDOR) == {"vis-network.min.js", "vis-network.min.css"}
    assert {"LICENSE-MIT", "LICENSE-APACHE-2.0", "NOTICE"} <= {p.name for p in VENDOR_DIR.iterdir()}
    header = VENDOR["vis-network.min.js"].read_bytes()[:1000].decode()
    assert "@version 9.1.2" in header and "dual licensed" in header and "9.1.2" in (VENDOR_DIR / "NOTICE").read_text()


def test_web_analyze_without_storing(writable):
    text = (
        'Senator Paul Brandt met Governor Elena Marsh in Riverton on Tuesday. "We agreed on the budget," Brandt said.'
    )
    before = writable.get("/api/articles").json()["total"]
    r = writable.post("/api/analyze", data={"text": text, "title": "Pasted", "published": "2024-07-02"})
    assert r.status_code == 200, r.text
    [art] = r.json()["articles"]
    assert art["stored"] is False and art["analysis"]["article"]["title"] == "Pasted"
    assert {"Paul Brandt", "Elena Marsh"} <= {e["name"] for e in art["analysis"]["entities"]}
    upload = writable.post(
        "/api/analyze", files={"file": ("a.html", f"<html><body><p>{text}</p></body></html>".encode(), "text/html")}
    )
    assert upload.status_code == 200 and upload.json()["articles"][0]["analysis"]["entities"]
    assert writable.get("/api/articles").json()["total"] == before
    assert_error(
        writable.post("/api/analyze", files={"file": ("b.bin", b"\x00\x01\x02" * 50, "application/octet-stream")}),
        422,
        "invalid",
    )


def test_web_stored_hostile_article_is_escaped_everywhere(writable):
    auth = {"authorization": f"Bearer {TOKEN}"}
    stored = writable.post(
        "/api/analyze",
        data={
            "text": HOSTILE["text"],
            "title": HOSTILE["title"],
            "url": HOSTILE["url"],
            "source": HOSTILE["source"],
            "published": HOSTILE["published"],
            "store": "true",
        },
        headers=auth,
    )
    assert stored.status_code == 200, stored.text
    [art] = stored.json()["articles"]
    assert art["stored"] is True
    article_id = art["id"]
    assert writable.get(f"/api/articles/{article_id}").json()["analysis"]["article"]["title"] == HOSTILE["title"]
    marsh = writable.get("/api/entities/Elena Marsh").json()["entity"]["id"]
    for path in (
        "/",
        f"/articles/{article_id}",
        "/search?q=budget",
        f"/entities/{marsh}",
        "/relation?a=Elena+Marsh&b=Paul+Brandt",
    ):
        html = writable.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>Evil" not in html, path
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I), path
        assert not re.search(r"<script(?![^>]*(src=\"/(static|vendor)/|type=\"application/json\"))", html), path
    html = writable.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;window.__xss=" in html
    assert HOSTILE_ID  # the browser test shows the same article in Chromium


def test_web_every_route_is_documented(tmp_path):
    """docs/web.md names every API endpoint and every page."""
    from pathlib import Path

    from dossier.web import create_app

    doc = re.sub(
        r"\{[^}]*\}", "{}", (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")
    )
    app = create_app(tmp_path / "empty.db")
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith(("/static/", "/vendor/")):
            continue
        assert re.sub(r"\{[^}]*\}", "{}", path) in doc, f"{path} is missing from docs/web.md"
