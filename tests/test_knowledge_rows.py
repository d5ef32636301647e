"""The dictionaries dossier writes itself (organisations.tsv, actors.tsv) are read row by row and checked: a
malformed row stops the load with one line naming the file, the line and the fix."""

from __future__ import annotations

import gzip

import pytest

from dossier.errors import DataError
from dossier.resolve.knowledge import Knowledge, name_key


def _knowledge_dir(tmp_path, table: str, rows: str):
    with gzip.open(tmp_path / "phoenix_actors.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("name\tentry\tkind\tcodes\n")
    (tmp_path / "equivalences.tsv").write_text("", encoding="utf-8")
    (tmp_path / table).write_text(rows, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("table", ["organisations.tsv", "actors.tsv"])
def test_a_good_table_loads(tmp_path, table):
    rows = "# name\tother names\tcodes\nNorvalt Mining\tNorvalt\tCHLBUS::\nKGB\t\tRUSSPY::1991-11-06\n"
    kb = Knowledge.load(_knowledge_dir(tmp_path, table, rows))
    assert kb.actor_codes[name_key("Norvalt")].codes == ("CHLBUS::",)
    assert kb.actor_codes[name_key("KGB")].codes == ("RUSSPY::1991-11-06",)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("Norvalt Mining\tCHLBUS::", "2 tab-separated cells"),
        ("\tNorvalt\tCHLBUS::", "a row needs a name"),
        ("Norvalt Mining\t\tCHLBUS:1990-13-01:", "code 'CHLBUS:1990-13-01:' is not CODE:from:to"),
        ("Norvalt Mining\t\tCHL BUS", "is not CODE:from:to"),
        ("Norvalt Mining\t\t", "is not CODE:from:to"),
    ],
)
def test_a_malformed_row_stops_the_load_with_its_line(tmp_path, bad, reason):
    rows = f"# header\nKGB\t\tRUSSPY::\n{bad}\n"
    with pytest.raises(DataError) as raised:
        Knowledge.load(_knowledge_dir(tmp_path, "organisations.tsv", rows))
    assert "organisations.tsv:3: " in str(raised.value) and reason in str(raised.value)
