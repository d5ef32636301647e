"""The time lexicons load, parse numbers, and reject malformed lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.nlp.timex.lexicon import LEXICON_DIR, TimexLexicon, read_table


@pytest.fixture(scope="module")
def lex() -> TimexLexicon:
    return TimexLexicon.load()


def test_timex_lexicon_loads_every_table(lex):
    assert lex.months["sept."] == 9 and lex.months["may"] == 5
    assert lex.weekdays["thursday"] == 4
    assert lex.units["decades"] == "DE"
    assert lex.refs["now"] == "PRESENT_REF"
    assert lex.modifiers["more than"] == "MORE_THAN"
    assert lex.holidays["thanksgiving"] == "4:4:11"
    assert "troops" in lex.non_date_nouns


def test_timex_lexicon_keeps_out_words_annotators_do_not_mark(lex):
    for word in ("soon", "previously", "earlier", "future", "recent"):
        assert word not in lex.refs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18", 18),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("a", 1),
        ("an", 1),
        ("one hundred", 100),
        ("a hundred", 100),
        ("two thousand", 2000),
        ("2 1/2", 2.5),
        ("five and a half", 5.5),
        ("3,000", 3000),
        ("a couple of", 2),
        ("several", None),
        ("many", None),
    ],
)
def test_timex_lexicon_reads_numbers(lex, text, value):
    assert lex.number(text) == value


def test_timex_lexicon_rejects_a_malformed_line(tmp_path: Path):
    bad = tmp_path / "months.tsv"
    bad.write_text("# comment\njanuary 1\n", encoding="utf-8")
    with pytest.raises(DataError, match="PHRASE<TAB>VALUE"):
        read_table(bad)
    bad.write_text("january\tfirst\n", encoding="utf-8")
    with pytest.raises(DataError, match="whole number"):
        read_table(bad, as_int=True)


def test_timex_lexicon_missing_directory_is_a_data_error(tmp_path: Path):
    with pytest.raises(DataError, match="reinstall"):
        TimexLexicon.load(tmp_path)


def test_timex_lexicon_files_are_documented():
    readme = (LEXICON_DIR / "README.txt").read_text(encoding="utf-8")
    for path in sorted(LEXICON_DIR.iterdir()):
        if path.name != "README.txt":
            assert path.name in readme, path.name
