"""The CAMEO verb dictionary: compiling PETRARCH patterns with the PLOVER table, and matching a clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.errors import DataError
from dossier.nlp.components.events_cameo import COMPILED, CameoVerbs, compile_cameo, plover_of, read_plover_table

SNIPPET = """####### SYNONYM SETS #######

&TREATY
+TREATY
+ACCORD

####### VERB PATTERNS #######

---  PHYSICAL_CONFLICT   [190]  ---
ATTACK
FIGHT {FIGHTS FOUGHT FIGHTING }
+WAGE_WAR
- * (WITH CORRUPTION)                                 [---]         # FIGHT
- * (AGAINST PLAN)                                    [111]         # ATTACK
- * OUT (AT CLAIM)                                    [111]         # HIT
- * DECISION                                          [111]         # ATTACK

---  SIGN   [---]  ---
SIGN
- * &TREATY                                           [057]         # SIGN
- * {PEACE TREATY}                                    [0571]        # SIGN

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
INTERROGATE [090]
- * ARREST                                            [163:173]     # REQUEST

######## TRANSFORMATIONS ##########
"""
TABLE = {
    "05": ("SUPPORT", None),
    "057": ("SUPPORT", None),
    "09": ("ACCUSE", None),
    "090": ("ACCUSE", "investigate"),
    "11": ("ACCUSE", None),
    "111": ("ACCUSE", "disapprove"),
    "19": ("ASSAULT", None),
    "190": ("ASSAULT", None),
    "163": ("COERCE", "restrict"),
}
MODES = {("ACCUSE", "disapprove"), ("ACCUSE", "investigate"), ("SANCTION", "discontinue")}


@pytest.fixture
def verbs(tmp_path: Path) -> CameoVerbs:
    path = tmp_path / "cameo.tsv"
    path.write_text("\n".join(compile_cameo(SNIPPET, TABLE, MODES)) + "\n", encoding="utf-8")
    return CameoVerbs.load(path)


def parse(words, heads, deps, lemmas, pos=None) -> Doc:
    pos = pos or ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_events_cameo_codes_map_to_plover_with_overrides():
    assert plover_of("0571", TABLE, MODES) == ("SUPPORT", None)  # nearest shorter code
    assert plover_of("111", TABLE, MODES) == ("ACCUSE", "disapprove")
    assert plover_of("163", TABLE, MODES) == ("SANCTION", "discontinue")  # dossier keeps sanctions in SANCTION
    assert plover_of("010", TABLE, MODES) is None  # statements are no events
    assert plover_of("020", TABLE, MODES) == ("REQUEST", None)


def test_events_cameo_compiles_blocks_synonyms_and_multiword_verbs():
    lines = compile_cameo(SNIPPET, TABLE, MODES)
    assert "pattern\tsign\t057\tSUPPORT\t-\t-\t-\taccord,treaty\t-\tsign" in lines
    assert "pattern\tsign\t0571\tSUPPORT\t-\t-\t-\tpeace+treaty\t-\tsign" in lines  # {PEACE TREATY}: a phrase
    assert "verb\tattack\tphysical_conflict\t190\tASSAULT\t-\t-\t-" in lines
    assert "verb\twage\t-\t190\tASSAULT\t-\t-\twar" in lines  # +WAGE_WAR: the verb and its object
    assert "verb\task\t-\t020\tREQUEST\t-\tfor\t-" in lines  # +ASK_FOR: the verb and its particle
    assert "verb\tsign\tsign\t-\t-\t-\t-\t-" in lines  # no code of its own: patterns only
    assert any(x.startswith("pattern\tphysical_conflict\t---\t-") for x in lines)  # "fight corruption": no event


def test_events_cameo_matches_object_preposition_and_no_event_patterns(verbs):
    # "Trump attacked the decision"
    doc = parse(
        ["Trump", "attacked", "the", "decision"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "det", "dobj"],
        ["Trump", "attack", "the", "decision"],
        ["PROPN", "VERB", "DET", "NOUN"],
    )
    pattern, _ = verbs.match(doc[1])
    assert (pattern.code, pattern.entry.category, pattern.entry.mode, pattern.entry.cameo) == (
        "111",
        "ACCUSE",
        "disapprove",
        "11",
    )
    # "rebels attacked the base": the verb's own code
    doc = parse(
        ["Rebels", "attacked", "the", "base"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "det", "dobj"],
        ["rebel", "attack", "the", "base"],
        ["NOUN", "VERB", "DET", "NOUN"],
    )
    assert verbs.match(doc[1])[0].entry.category == "ASSAULT"
    # "they fight with corruption": the dictionary says no event
    doc = parse(
        ["They", "fight", "with", "corruption"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "prep", "pobj"],
        ["they", "fight", "with", "corruption"],
        ["PRON", "VERB", "ADP", "NOUN"],
    )
    assert verbs.match(doc[1])[0].entry is None
    # "Iran signed the peace treaty": the phrase is more specific than the synonym set
    doc = parse(
        ["Iran", "signed", "the", "peace", "treaty"],
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "det", "compound", "dobj"],
        ["Iran", "sign", "the", "peace", "treaty"],
        ["PROPN", "VERB", "DET", "NOUN", "NOUN"],
    )
    assert verbs.match(doc[1])[0].code == "0571"
    doc = parse(
        ["Iran", "signed", "a", "letter"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "det", "dobj"],
        ["Iran", "sign", "a", "letter"],
        ["PROPN", "VERB", "DET", "NOUN"],
    )
    assert verbs.match(doc[1]) is None


def test_events_cameo_shipped_file_loads_with_its_licence():
    verbs = CameoVerbs.load()
    assert len(verbs.by_lemma) > 1000
    assert (COMPILED.parent / "LICENSE").read_text(encoding="utf-8").startswith("The MIT License")
    assert "Open Event Data Alliance" in COMPILED.read_text(encoding="utf-8")[:500]


def test_events_cameo_bad_file_is_a_data_error(tmp_path: Path):
    bad = tmp_path / "x.tsv"
    bad.write_text("pattern\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(DataError):
        CameoVerbs.load(bad)
    with pytest.raises(DataError):
        CameoVerbs.load(tmp_path / "missing.tsv")


def test_events_cameo_reads_the_plover_table(tmp_path: Path):
    path = tmp_path / "c2p.txt"
    path.write_text(
        "# header\n163: COERCE, restrict,   diplomatic # Impose embargo\n0841: RETREAT, release, legal # x\n"
        "03: AGREE\n",
        encoding="utf-8",
    )
    assert read_plover_table(path) == {
        "163": ("COERCE", "restrict"),
        "0841": ("RETREAT", "release"),
        "03": ("AGREE", None),
    }
