"""The events scorer: data readers, the held-out split, span matching, PentaClass figures, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.eval.detokenize import detokenize
from dossier.eval.events import PentaScores, Prediction, SpanScores, find_data, score_spans
from dossier.eval.events_data import align_bio, held_out, read_bio, read_pentaclass

TSV = "Chile expelled two Peruvian diplomats.\t3\nBolivia and Peru held talks.\t1\nNothing happened.\t0\n"
BIO = (
    "Chile B-S\nexpelled O\ntwo B-T\nPeruvian I-T\ndiplomats I-T\n. O\n\n"
    "Bolivia B-R\nand O\nPeru B-R\nheld O\ntalks O\n( O\nin O\nLima O\n) O\n. O\n"
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "pentaclass_test.tsv").write_text(TSV, encoding="utf-8")
    (tmp_path / "source_target_test.bio").write_text(BIO, encoding="utf-8")
    return tmp_path


def test_events_eval_reads_both_files(data_dir):
    tsv, bio = find_data(data_dir)
    labelled = read_pentaclass(tsv)
    assert [s.label for s in labelled] == [3, 1, 0]
    sents = read_bio(bio)
    assert sents[0].text == "Chile expelled two Peruvian diplomats."
    assert [sents[0].text[a:b] for a, b in sents[0].spans["T"]] == ["two Peruvian diplomats"]
    assert [sents[1].text[a:b] for a, b in sents[1].spans["R"]] == ["Bolivia", "Peru"]
    assert sents[1].text.endswith("talks (in Lima).")


def test_events_eval_aligns_bio_to_tsv_sentences(data_dir):
    labelled = read_pentaclass(data_dir / "pentaclass_test.tsv")
    sents = read_bio(data_dir / "source_target_test.bio")
    align_bio(sents, labelled)
    assert [s.tsv_index for s in sents] == [0, 1]


def test_events_eval_held_out_is_every_fifth():
    assert [i for i in range(12) if held_out(i)] == [4, 9]


def test_events_eval_detokenize_glues_punctuation():
    text, offsets = detokenize(["Iran", "'s", "ex", "-", "minister", "(", "R", ")", "left", "."])
    assert text == "Iran's ex-minister (R) left."
    assert [text[a:b] for a, b in offsets] == ["Iran", "'s", "ex", "-", "minister", "(", "R", ")", "left", "."]


def test_events_eval_bad_files_are_data_errors(tmp_path: Path):
    with pytest.raises(DataError):
        find_data(tmp_path)
    bad = tmp_path / "pentaclass_x.tsv"
    bad.write_text("no label here\n", encoding="utf-8")
    with pytest.raises(DataError, match="LABEL"):
        read_pentaclass(bad)
    bio = tmp_path / "source_target_x.bio"
    bio.write_text("word B-X\n", encoding="utf-8")
    with pytest.raises(DataError, match="TAG"):
        read_bio(bio)


def test_events_eval_span_matching(data_dir):
    sents = read_bio(data_dir / "source_target_test.bio")
    scores = SpanScores()
    # source right, target overlapping "two Peruvian diplomats"
    score_spans(sents[0], Prediction(3, None, (0, 5), (19, 27)), scores)
    assert (scores.source.tp, scores.target.tp, scores.source.fn, scores.target.fn) == (1, 1, 0, 0)
    # reciprocal: one side found, the other missed; a wrong target costs precision
    score_spans(sents[1], Prediction(1, None, (0, 7), (29, 33)), scores)
    assert scores.source.tp == 2 and scores.target.fp == 1 and scores.target.fn == 1
    assert round(scores.both.precision, 3) == 0.75


def test_events_eval_penta_figures():
    s = PentaScores()
    for gold, pred in [(0, 0), (1, 1), (1, 2), (3, 3), (4, 4), (2, 2)]:
        s.add(gold, pred)
    assert s.n == 6 and round(s.accuracy, 3) == 0.833
    per = s.per_class()
    assert per[1].recall == 0.5 and per[2].precision == 0.5
    assert round(s.macro_f1, 3) == round((1 + 2 / 3 + 2 / 3 + 1 + 1) / 5, 3)


@pytest.mark.slow
def test_events_eval_cli_on_a_tiny_set(data_dir):
    import json

    from typer.testing import CliRunner

    from dossier.cli import app

    result = CliRunner().invoke(app, ["eval", "events", str(data_dir), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["dev"]["pentaclass"]["sentences"] == 3
    assert figures["dev"]["spans"]["sentences"] == 2
    assert figures["dev"]["pentaclass"]["accuracy"] >= 2 / 3


def test_events_eval_cli_reports_missing_data(tmp_path: Path):
    from typer.testing import CliRunner

    from dossier.cli import app

    result = CliRunner().invoke(app, ["eval", "events", str(tmp_path / "nowhere")])
    assert result.exit_code == 2


def test_events_eval_plover_gold_covers_every_category_and_holds_back_a_third():
    from dossier.eval.events_plover import CATEGORIES, read_gold

    gold = read_gold()
    assert len(gold) >= 300
    assert {g.category for g in gold} == set(CATEGORIES)
    held = [g for g in gold if g.part == "heldout"]
    assert 0.25 < len(held) / len(gold) < 0.40
    for g in gold:  # the actors named are in the sentence
        for actor in (g.source, g.target):
            assert actor is None or actor.lower() in g.text.lower(), (g.id, actor)


def test_events_eval_plover_scores_main_any_and_arguments():
    from dossier.eval.events_plover import GoldSentence, PloverPrediction, PloverScores, score_sentence

    scores = PloverScores()
    g = GoldSentence("x1", "ASSAULT", "Hamas", "Israel", "Hamas fired rockets at Israel.")
    score_sentence(g, PloverPrediction("ASSAULT", ("ASSAULT",), (0, 5), None, "fired"), scores)
    g2 = GoldSentence("x2", "ACCUSE", "Trump", "Clinton", "Trump attacked Clinton in a debate.")
    score_sentence(g2, PloverPrediction("ASSAULT", ("ASSAULT", "ACCUSE"), (0, 5), (15, 22), "attacked"), scores)
    assert (scores.main, scores.any, scores.n) == (1, 2, 2)
    assert scores.confusion[("ACCUSE", "ASSAULT")] == 1
    assert (scores.source.tp, scores.target.tp, scores.target.fn) == (2, 1, 1)
    g3 = GoldSentence("x3", "PROTEST", "Students", None, "Students marched.")
    score_sentence(g3, PloverPrediction("PROTEST", ("PROTEST",), (0, 8), (9, 16), "marched"), scores)
    assert (scores.target.tp, scores.target.fp) == (1, 0)  # "-": the target is not scored
    assert scores.per_category()["ASSAULT"].precision == 0.5


def test_events_eval_plover_bad_gold_is_a_data_error(tmp_path: Path):
    from dossier.eval.events_plover import read_gold

    bad = tmp_path / "gold.tsv"
    bad.write_text("a1\tATTACK\t-\t-\tSomething.\n", encoding="utf-8")
    with pytest.raises(DataError, match="PLOVER category"):
        read_gold(bad)
