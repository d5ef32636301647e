"""The TimeML reader and the TempEval-3 scorer, on small files written here (and the real data when present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.eval.timeml import GoldTimex, find_timeml, read_timeml
from dossier.eval.timex import align, score_pairs
from dossier.models import TimeExpr

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-07-07" functionInDocument="CREATION_TIME">20170707</TIMEX3></DCT>
<TEXT>
The board <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-07-06">yesterday</TIMEX3> &amp; \
agreed to wait <TIMEX3 tid="t2" type="DURATION" value="P3W" mod="MORE_THAN">more than three weeks</TIMEX3>. \
It last met <TIMEX3 tid="t3" type="DATE" value="2017-W26">last week</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "demo1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_timex_eval_reads_timeml_offsets_into_stripped_text(gold_dir):
    doc = read_timeml(gold_dir / "A" / "demo1.tml")
    assert doc.id == "demo1" and doc.dct == "2017-07-07"
    assert "&amp;" not in doc.text and " & " in doc.text
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("yesterday", "DATE", "2017-07-06", None),
        ("more than three weeks", "DURATION", "P3W", "MORE_THAN"),
        ("last week", "DATE", "2017-W26", None),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_timex_eval_finds_folders(gold_dir):
    assert sorted(find_timeml(gold_dir)) == ["A", "B"]
    assert list(find_timeml(gold_dir / "A")) == [""]


def test_timex_eval_rejects_bad_data(tmp_path: Path):
    with pytest.raises(DataError, match="no such folder"):
        find_timeml(tmp_path / "missing")
    with pytest.raises(DataError, match="no .tml files"):
        find_timeml(tmp_path)
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(DataError, match="not readable TimeML"):
        read_timeml(bad)
    bad.write_text("<TimeML><DCT/></TimeML>", encoding="utf-8")
    with pytest.raises(DataError, match="no <TEXT>"):
        read_timeml(bad)


def g(start, end, value, typ="DATE"):
    return GoldTimex("t", start, end, "x" * (end - start), typ, value)


def s(start, end, value, typ="DATE"):
    return TimeExpr("t", start, end, "x" * (end - start), typ, value)


def test_timex_eval_scores_strict_relaxed_and_value():
    gold = [g(0, 10, "2017"), g(20, 30, "P3W", "DURATION"), g(40, 45, "2017-W26"), g(60, 65, "PRESENT_REF")]
    system = [s(0, 10, "2017"), s(18, 30, "P3W", "DATE"), s(40, 45, "2017-W25"), s(50, 55, "2017")]
    scores = score_pairs(align(gold, system))
    assert (scores.strict.tp, scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (2, 3, 1, 1)
    assert scores.type_correct == 2 and scores.value_correct == 2
    assert scores.value.precision == pytest.approx(0.5) and scores.value.recall == pytest.approx(0.5)
    assert scores.value_accuracy == pytest.approx(2 / 3)


def test_timex_eval_pairs_one_to_one():
    pairs = align([g(0, 5, "a"), g(6, 10, "b")], [s(0, 10, "a")])
    assert sum(1 for p in pairs if p.gold and p.system) == 1


@pytest.mark.slow
def test_timex_eval_cli_prints_json_per_folder(gold_dir):
    from typer.testing import CliRunner

    from dossier.cli import app

    result = CliRunner().invoke(app, ["eval", "timex", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == {"A", "B", "overall"}
    assert figures["A"]["gold"] == 3 and figures["A"]["relaxed"]["f1"] == 1.0
    assert figures["overall"]["value"]["f1"] == 1.0


def test_timex_eval_cli_reports_bad_data(tmp_path: Path):
    from typer.testing import CliRunner

    from dossier.cli import app

    result = CliRunner().invoke(app, ["eval", "timex", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_timex_eval_reads_tempeval3(shared_dir: Path):
    root = shared_dir / "data" / "tempeval3" / "TBAQ-cleaned"
    if not root.is_dir():
        pytest.skip("TempEval-3 TBAQ-cleaned is not in ../shared/data")
    folders = find_timeml(root)
    assert set(folders) == {"AQUAINT", "TimeBank"}
    docs = [read_timeml(p) for files in folders.values() for p in files]
    assert sum(len(d.timexes) for d in docs) == 1822
    assert all(d.text[t.start : t.end] == t.text for d in docs for t in d.timexes)
