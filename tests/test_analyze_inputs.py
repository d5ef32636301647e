"""`dossier analyze` end to end: every input kind, every output format, and every bad-input case."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLE = (
    "Finance Minister Maria Santos met the governor of the central bank, Paulo Mendes, in Brasília on Monday. "
    "Santos said she wanted lower interest rates before the election. Mendes rejected the request, "
    "and he warned that inflation could rise again. The International Monetary Fund (IMF) backed him.\n"
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen. Der Finanzminister sagte, dass die "
    "Steuern im kommenden Jahr nicht steigen würden. Die Opposition kritisierte den Entwurf scharf und "
    "kündigte Widerstand im Bundestag an. Mehrere Verbände begrüßten dagegen die Pläne der Regierung."
)


def run(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier", *args], input=stdin, capture_output=True, timeout=300, env=env
    )


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "santos.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "page.html").write_text(
        "<html><head><title>Santos meets Mendes</title><meta name='date' content='2025-03-03'></head><body>"
        "<nav>Home | World | Business</nav><article><h1>Santos meets Mendes</h1>"
        + "".join(f"<p>{s.strip()}.</p>" for s in ARTICLE.split(". ") if s.strip())
        + "</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (d / "batch.jsonl").write_text(
        json.dumps({"id": "a1", "text": ARTICLE, "title": "T1", "published": "2025-03-03", "source": "Wire"})
        + "\n"
        + json.dumps({"id": "a2", "text": "Paulo Mendes resigned on Friday. He had led the bank since 2019."})
        + "\n",
        encoding="utf-8",
    )
    return d


def test_analyze_reads_txt_html_jsonl_and_directories(inputs: Path, tmp_path: Path):
    out = tmp_path / "out"
    proc = run("analyze", str(inputs), "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert names == ["a1.json", "a2.json", "santos.json", "sub/page.json"]  # a file's id is its path in the folder
    a1 = json.loads((out / "a1.json").read_text())
    assert a1["article"]["title"] == "T1" and a1["article"]["published"] == "2025-03-03"
    assert a1["article"]["source"] == "Wire"
    page = json.loads((out / "sub" / "page.json").read_text())
    assert page["article"]["id"] == "sub/page"
    assert page["article"]["title"] == "Santos meets Mendes"
    assert page["article"]["published"] == "2025-03-03"
    assert "Home | World" not in page["article"]["text"]  # boilerplate left out by trafilatura


def test_analyze_reads_stdin(tmp_path: Path):
    proc = run("analyze", "-", "--format", "json", "--out", str(tmp_path), stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(next(tmp_path.glob("*.json")).read_text())
    assert doc["article"]["text"] == ARTICLE


def test_analyze_text_report_groups_actors_by_type(inputs: Path):
    proc = run("analyze", str(inputs / "santos.txt"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "People" in out and "Maria Santos" in out and "Paulo Mendes" in out
    assert "Organisations" in out and "International Monetary Fund" in out


def test_analyze_json_follows_the_shipped_schema_and_offsets_are_exact(inputs: Path, tmp_path: Path):
    from dossier.report.jsonout import validate

    out = tmp_path / "out"
    assert run("analyze", str(inputs / "santos.txt"), "-f", "json", "-o", str(out)).returncode == 0
    doc = json.loads((out / "santos.json").read_text())
    validate(doc)
    text = doc["article"]["text"]
    assert doc["schema_version"] == "2.0"
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    santos = next(e for e in doc["entities"] if e["name"] == "Maria Santos")
    assert {m["kind"] for m in santos["mentions"]} >= {"name", "pronoun"}
    assert "Finance Minister" in [r["label"] for r in santos["roles"]]


def test_schema_rejects_a_broken_document():
    import jsonschema

    from dossier.report.jsonout import validate

    with pytest.raises(jsonschema.ValidationError):
        validate({"schema_version": "2.0", "article": {"id": "x"}})


def test_analyze_html_is_self_contained_and_highlights_mentions(inputs: Path, tmp_path: Path):
    out = tmp_path / "html"
    assert run("analyze", str(inputs / "santos.txt"), "-f", "html", "-o", str(out)).returncode == 0
    page = (out / "santos.html").read_text()
    assert "<script src" not in page and "<link" not in page and "http://" not in page and "https://" not in page
    assert 'class="ent e' in page
    assert 'title="Maria Santos (PERSON)' in page  # hovering a mention names its entity
    assert "Content-Security-Policy" in page


def test_analyze_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path: Path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "latin1.txt").write_bytes(ARTICLE.replace("Brasília", "Bras\xedlia").encode("utf-8")[:-5] + b" caf\xe9.\n")
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (d / "german.txt").write_text(GERMAN, encoding="utf-8")
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "broken.jsonl").write_text('{"id": "ok", "text": "Paulo Mendes resigned."}\nnot json\n{"id": "x"}\n')
    out = tmp_path / "out"
    proc = run("analyze", str(d), "-f", "json", "-o", str(out))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    lines = [line for line in err.splitlines() if line.startswith(("error:", "warning:"))]
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("binary.txt" in line and "binary" in line for line in lines)
    assert any("latin1.txt" in line and "invalid UTF-8" in line and line.startswith("warning") for line in lines)
    assert any("nav.html" in line and "no article text" in line for line in lines)
    assert any("german.txt" in line and "'de'" in line and "not supported" in line for line in lines)
    assert any("broken.jsonl:2" in line and "not valid JSON" in line for line in lines)
    assert any("broken.jsonl:3" in line and "'text'" in line for line in lines)
    assert sorted(p.name for p in out.glob("*.json")) == ["good.json", "latin1.json", "ok.json"]


def test_analyze_refuses_an_article_above_the_size_limit(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 50_000, encoding="utf-8")  # about 20 MB
    proc = run("analyze", str(big), "--max-chars", "100000")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "big.txt" in err and "above the limit" in err and "--max-chars" in err


def test_analyze_missing_input_is_named(tmp_path: Path):
    proc = run("analyze", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert "nope.txt: no such file or directory" in proc.stderr.decode()


def test_analyze_missing_model_says_how_to_install_one():
    proc = run("analyze", "--example", "--model", "en_core_web_nonexistent")
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1
    assert "en_core_web_nonexistent" in err[0] and "pip install" in err[0]


def test_info_prints_model_versions_and_data_dir():
    proc = run("info")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "en_core_web" in out and "spacy" in out and "data directory" in out


def test_model_choice_follows_the_environment(tmp_path: Path):
    import os

    env = {**os.environ, "DOSSIER_MODEL": "en_core_web_missing_for_test"}
    proc = run("analyze", "--example", env=env)
    assert proc.returncode == 2
    assert "en_core_web_missing_for_test" in proc.stderr.decode()


@pytest.mark.slow
def test_analyze_text_refuses_a_text_it_cannot_analyse_with_drop_document(nlp):
    """The article is checked once (in analyze_articles); a refusal becomes DropDocument naming the id."""
    from dossier.api import analyze_text
    from dossier.errors import DropDocument

    with pytest.raises(DropDocument, match=r"memo: empty article"):
        analyze_text("  \n ", id="memo", nlp=nlp)
    with pytest.raises(DropDocument, match=r"long: .*above the limit of 20"):
        analyze_text("Anna Berg met Tomas Lind in Oslo on Monday.", id="long", nlp=nlp, max_chars=20)
    result = analyze_text("Anna Berg met Tomas Lind in Oslo on Monday.", id="ok", nlp=nlp, published="soon")
    assert result.article.id == "ok" and any("soon" in w for w in result.warnings)
