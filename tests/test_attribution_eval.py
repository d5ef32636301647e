"""PolNeAR brat reading and attribution scoring, on small hand-written files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.eval.attribution import Predicted, match, overlap, score_document
from dossier.eval.brat import GoldAttribution, attributions_of, parse_ann, read_split, split_files

TEXT = (
    "The mayor said that the bridge would reopen in May. "
    "\u201cWe are nearly done,\u201d she told reporters, \u201cbut the rain slowed us.\u201d "
    "According to engineers, the cost doubled."
)


def spans(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def ann_lines() -> str:
    """Three relations written by hand in brat's standoff format (one content in two fragments)."""
    src1, cue1, con1 = spans("The mayor"), spans("said"), spans("that the bridge would reopen in May")
    q1, q2 = spans("\u201cWe are nearly done,\u201d"), spans("\u201cbut the rain slowed us.\u201d")
    src2, cue2 = spans("she"), spans("told")
    cue3, src3, con3 = spans("According to"), spans("engineers"), spans("the cost doubled")
    rows = [
        f"T1\tSource {src1[0]} {src1[1]}\tThe mayor",
        f"T2\tCue {cue1[0]} {cue1[1]}\tsaid",
        f"T3\tContent {con1[0]} {con1[1]}\tthat the bridge would reopen in May",
        f"T4\tAttribution {cue1[0]} {cue1[1]}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tContent {q2[0]} {q2[1]};{q1[0]} {q1[1]}\tboth quotes",
        f"T6\tSource {src2[0]} {src2[1]}\tshe",
        f"T7\tCue {cue2[0]} {cue2[1]}\ttold",
        f"T8\tAttribution {cue2[0]} {cue2[1]}\ttold",
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
        f"T9\tCue {cue3[0]} {cue3[1]}\tAccording to",
        f"T10\tSource {src3[0]} {src3[1]}\tengineers",
        f"T11\tContent {con3[0]} {con3[1]}\tthe cost doubled",
        f"T12\tAttribution-no-source {cue3[0]} {cue3[1]}\tAccording to",
        "E3\tAttribution-no-source:T12 Content:T11 Cue:T9",
        "#1\tAnnotatorNotes T5\ta note",
        "T13\tDiscard 0 3\tThe",
        " broken line",
    ]
    return "\n".join(rows) + "\n"


@pytest.fixture
def split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "bridge_story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "bridge_story_aa01.ann").write_text(ann_lines(), encoding="utf-8")
    (tmp_path / "attributions" / "bridge_story_zz99.ann").write_text("", encoding="utf-8")  # a second annotator
    (tmp_path / "text" / "no_annotation.txt").write_text("Nothing here.", encoding="utf-8")
    return tmp_path


def test_attribution_brat_reads_relations_fragments_and_skips_bad_lines():
    doc = parse_ann(ann_lines(), len(TEXT))
    assert len(doc.events) == 3 and doc.skipped == [18]
    gold = attributions_of(doc)
    assert len(gold) == 3
    said, told, according = gold
    assert TEXT[slice(*said.source[0])] == "The mayor" and TEXT[slice(*said.cue[0])] == "said"
    assert len(told.content) == 2 and told.content[0][0] < told.content[1][0]  # fragments sorted
    assert according.source is None  # Attribution-no-source


def test_attribution_brat_span_outside_the_text_is_skipped():
    doc = parse_ann("T1\tContent 5 500\tfar\n", 20)
    assert doc.skipped == [1] and not doc.textbounds


def test_attribution_brat_first_annotator_in_sorted_order(split):
    pairs = split_files(split)
    assert [(t.name, a.name) for t, a in pairs] == [("bridge_story.txt", "bridge_story_aa01.ann")]
    docs = read_split(split)
    assert len(docs) == 1 and len(docs[0].attributions) == 3


def test_attribution_brat_missing_folders_raise_data_error(tmp_path):
    with pytest.raises(DataError, match="text/\\*.txt"):
        split_files(tmp_path)


def test_attribution_match_needs_half_of_the_gold_content_one_to_one():
    gold = [GoldAttribution(((0, 100),), None, None), GoldAttribution(((200, 210),), None, None)]
    assert match(gold, [Predicted(((0, 49),), None, None)]) == []
    assert match(gold, [Predicted(((0, 50),), None, None)]) == [(0, 0)]
    # one prediction covering both gold contents goes to the larger overlap only
    assert match(gold, [Predicted(((0, 300),), None, None)]) == [(0, 0)]
    # best overlap first: the longer prediction takes gold 0, the shorter one is left unmatched
    preds = [Predicted(((0, 60),), None, None), Predicted(((0, 90),), None, None)]
    assert match(gold, preds) == [(0, 1)]
    assert overlap(((0, 10), (20, 30)), ((5, 25),)) == 10


def test_attribution_score_document_by_hand():
    gold = attributions_of(parse_ann(ann_lines(), len(TEXT)))
    said, told, according = gold
    preds = [
        Predicted(said.content, ((spans("mayor")),), ((spans("said")),)),  # all right
        Predicted(
            (spans("\u201cbut the rain slowed us.\u201d"),), (spans("reporters"),), (spans("told"),)
        ),  # wrong source
        Predicted((spans("the cost doubled"),), None, (spans("According to"),)),  # no source, as the gold
        Predicted((spans("the bridge would reopen"),), None, None),  # spurious: its gold is taken
    ]
    sc, res = score_document("bridge", TEXT, gold, preds)
    assert (sc.content.tp, sc.content.fp, sc.content.fn) == (3, 1, 0)
    assert sc.source_right == 2 and sc.cue_right == 3
    assert (sc.full.tp, sc.full.fp, sc.full.fn) == (2, 2, 1)
    assert round(sc.content.f1, 4) == round(2 * 0.75 * 1.0 / 1.75, 4)
    assert sc.tokens.precision == 1 and sc.tokens.recall < 1  # the first quote's words are missed
    assert len(res.pairs) == 3


@pytest.mark.slow
def test_attribution_evaluate_and_cli_on_a_tiny_split(split, nlp):
    from typer.testing import CliRunner

    from dossier.cli import app
    from dossier.eval.attribution import error_listing, evaluate

    scores, results = evaluate(nlp, split)
    dossier = scores["dossier"]
    assert dossier.documents == 1 and dossier.gold == 3
    assert dossier.matched >= 2 and dossier.content.f1 >= 0.8
    assert all(line.split()[0] in {"MISS", "SPUR", "PART"} for line in error_listing(results["dossier"]))
    out = CliRunner().invoke(app, ["eval", "attribution", str(split), "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.output)
    assert figures["dossier"]["gold"] == 3 and set(figures["dossier"]) >= {
        "content",
        "full",
        "tokens",
        "source_accuracy",
    }
    bad = CliRunner().invoke(app, ["eval", "attribution", str(split / "text")])
    assert bad.exit_code == 2


@pytest.mark.slow
def test_attribution_textacy_baseline_side_by_side(split, nlp):
    pytest.importorskip("textacy")
    from dossier.eval.attribution import evaluate

    scores, _ = evaluate(nlp, split, baselines=("textacy",))
    assert set(scores) == {"dossier", "textacy"}
    assert scores["textacy"].gold == 3
    with pytest.raises(DataError, match="baseline"):
        evaluate(nlp, split, baselines=("nope",))
