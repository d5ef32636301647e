"""Round 58: the heads of state and government table (``leaders.tsv``), a described group in a sentence set in
the towns of one country, and a people's armed men. The sentences are written for these tests."""

from __future__ import annotations

from dossier.resolve.knowledge import Knowledge
from dossier.testing.records import analysed, codes_at


def test_round58_the_table_gives_a_ruler_the_phoenix_dictionaries_lack(nlp):
    text = "Slobodan Milosevic met envoys in Belgrade on Tuesday to discuss the siege of Sarajevo."
    assert codes_at(analysed(nlp, text, "1995-06-13"), "Slobodan Milosevic") == ("SRB", "GOV")


def test_round58_a_former_ruler_is_an_elite(nlp):
    text = "Slobodan Milosevic appeared before judges in The Hague on Tuesday and refused to enter a plea."
    assert codes_at(analysed(nlp, text, "2001-07-03"), "Slobodan Milosevic") == ("SRB", "ELI")


def test_round58_a_term_adds_to_a_dictionary_record_of_the_same_country(nlp):
    # Phoenix's "Omar al Bashir" is SDNGOV from 2003 to 2009 only; the table's term runs to 2019-04-11
    text = "President Omar al-Bashir told a rally in Khartoum on Monday that the protests would fail."
    assert codes_at(analysed(nlp, text, "2019-01-07"), "Omar al-Bashir") == ("SDN", "GOV")


def test_round58_before_his_first_term_a_leader_is_what_the_sentence_says(nlp):
    text = (
        "John Kufuor of the opposition New Patriotic Party was declared the winner of Ghana's presidential runoff "
        "on Saturday."
    )
    assert codes_at(analysed(nlp, text, "2000-12-30"), "John Kufuor") == ("GHA", "OPP")


def test_round58_terms_and_the_time_after_them(tmp_path):
    (tmp_path / "phoenix_actors.tsv.gz").write_bytes(b"")
    import gzip

    with gzip.open(tmp_path / "phoenix_actors.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("name\tentry\tkind\tcodes\n")
    (tmp_path / "equivalences.tsv").write_text("", encoding="utf-8")
    rows = [
        "Ana Ruiz\tAna Maria Ruiz\tESP\tHOG\t2001-01-10\t2004-03-01",
        "Ana Maria Ruiz\t\tESP\tHOG\t2008-05-02\t",
        "Ana Ruiz\t\tMEX\tHOS\t1990-01-01\t1991-01-01",
    ]
    (tmp_path / "leaders.tsv").write_text("# a comment\n" + "\n".join(rows) + "\n", encoding="utf-8")
    kb = Knowledge.load(tmp_path)
    spain, mexico = sorted(kb.leader("Ana Ruiz"), key=lambda e: e.codes[0])
    # one person per country: the rows that share a name are joined; the gap between terms is ELI
    assert spain.codes == (
        "ESPGOV:2001-01-10:2004-03-01",
        "ESPELI:2004-03-02:2008-05-01",
        "ESPGOV:2008-05-02:",
    )
    assert mexico.codes == ("MEXGOV:1990-01-01:1991-01-01", "MEXELI:1991-01-02:")
    assert kb.leader("Ana Maria Ruiz") == [spain]


def test_round58_a_described_group_takes_the_country_of_the_towns_its_sentence_is_set_in(nlp):
    text = "A wing of a department store in Busan collapsed onto hundreds of shoppers on Thursday evening."
    assert codes_at(analysed(nlp, text, "1995-06-29"), "hundreds of shoppers")[0] == "KOR"


def test_round58_a_peoples_armed_men_are_rebels(nlp):
    text = "Tigrayan forces entered Mekelle on Monday as federal troops pulled out of the regional capital."
    assert codes_at(analysed(nlp, text, "2021-06-28"), "Tigrayan forces") == ("ETH", "REB")


def test_round58_a_city_named_beside_a_person_the_dictionaries_place_is_of_his_country(nlp):
    # GeoNames' biggest Valencia is Venezuela's; a Spanish prime minister in the sentence makes it Spain's
    text = (
        "Soldiers searched flooded towns around Valencia on Wednesday, and Prime Minister Pedro Sanchez declared "
        "three days of mourning."
    )
    assert codes_at(analysed(nlp, text, "2024-10-30"), "Valencia")[0] == "ESP"


def test_round58_a_movement_ruling_a_state_has_soldiers_of_that_state(nlp):
    text = "Taliban soldiers blew up two ancient statues in the Bamiyan valley on Friday, a minister said."
    assert codes_at(analysed(nlp, text, "2001-03-09"), "Taliban soldiers") == ("AFG", "MIL")


def test_round58_the_day_a_movement_takes_the_capital_its_fighters_are_still_rebels(nlp):
    text = "Taliban fighters captured Kabul on Friday as the government fled north."
    assert codes_at(analysed(nlp, text, "1996-09-27"), "Taliban fighters") == ("AFG", "REB")


def test_round58_survivors_are_civilians(nlp):
    text = "Rescuers pulled four survivors from the rubble of the hotel in Izmit on Thursday, police said."
    assert codes_at(analysed(nlp, text, "1999-08-19"), "four survivors") == ("TUR", "CVL")


def test_round58_a_malformed_row_of_the_leaders_table_stops_the_load_with_its_line(tmp_path):
    import gzip

    import pytest

    from dossier.errors import DataError

    with gzip.open(tmp_path / "phoenix_actors.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("name\tentry\tkind\tcodes\n")
    (tmp_path / "equivalences.tsv").write_text("", encoding="utf-8")
    good = "Ana Ruiz\t\tESP\tHOG\t2001-01-10\t2004-03-01\tPartido Azul"
    for bad, reason in (
        ("Ana Ruiz\t\tESP\tHOG\t2001-13-10\t", "dates must be YYYY-MM-DD"),
        ("Ana Ruiz\t\tESP\tKING\t2001-01-10\t", "office 'KING'"),
        ("Ana Ruiz\t\tESP\tHOG\t2004-01-10\t2001-01-01", "the term ends (2001-01-01) before it begins"),
        ("Ana Ruiz\tESP\tHOG", "3 tab-separated cells"),
    ):
        (tmp_path / "leaders.tsv").write_text(f"# header\n{good}\n{bad}\n", encoding="utf-8")
        with pytest.raises(DataError) as raised:
            Knowledge.load(tmp_path)
        assert f"leaders.tsv:3: {reason}" in str(raised.value)
