"""The attribution lexicons: well-formed data files, and the entries the component relies on."""

from __future__ import annotations

import pytest

from dossier.models import CERTAINTIES
from dossier.nlp.components.attribution_lexicon import (
    CERTAINTY_FILES,
    CUE_FILES,
    FRAMES,
    LEXICON_DIR,
    NOUN_FILE,
    AttributionLexicon,
    read_cues,
)


@pytest.fixture(scope="module")
def lex() -> AttributionLexicon:
    return AttributionLexicon.load()


@pytest.mark.parametrize("name", sorted([*CUE_FILES, NOUN_FILE]))
def test_attribution_lexicon_cue_files_are_well_formed(name):
    cues = read_cues(LEXICON_DIR / name, "x", "reported")
    assert cues, name
    lemmas = [c.lemma for c in cues]
    assert len(lemmas) == len(set(lemmas)), f"{name}: a lemma listed twice"
    for cue in cues:
        assert cue.lemma == cue.lemma.lower() and " " not in cue.lemma
        assert cue.certainty in CERTAINTIES
        assert all(f in FRAMES or (f.startswith("p:") and len(f) > 2) for f in cue.frames), cue


def test_attribution_lexicon_rejects_a_bad_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("say that,whatever\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:1"):
        read_cues(bad, "speech", "reported")
    bad.write_text("say that sure\n", encoding="utf-8")
    with pytest.raises(ValueError, match="certainty"):
        read_cues(bad, "speech", "reported")


def test_attribution_lexicon_every_file_is_documented():
    readme = (LEXICON_DIR / "README.txt").read_text(encoding="utf-8")
    files = {p.name for p in LEXICON_DIR.glob("*.txt")} - {"README.txt"}
    for name in files:
        assert name in readme, name
    assert set(CERTAINTY_FILES.values()) <= files


def test_attribution_lexicon_core_cues_and_their_certainty(lex):
    assert lex.verbs["say"].cls == "speech" and "that" in lex.verbs["say"].frames and "quote" in lex.verbs["say"].frames
    assert lex.verbs["believe"].cls == "belief"
    assert lex.verbs["want"].certainty == "planned"
    assert lex.verbs["deny"].certainty == "denied"
    assert lex.verbs["reject"].certainty == "denied"
    assert lex.verbs["allege"].certainty == "alleged"
    assert lex.verbs["accuse"].certainty == "alleged"
    assert lex.verbs["suspect"].certainty == "hedged"
    assert "obj" in lex.verbs["back"].frames  # endorsements: "backs the plan"
    assert "as" in lex.verbs["see"].frames  # "sees this as"
    assert lex.nouns["claim"].certainty == "alleged" and "that" in lex.nouns["claim"].frames
    assert lex.nouns["allegation"].certainty == "alleged"
    assert "point_out" in lex.verbs  # verb + particle


def test_attribution_lexicon_source_and_certainty_words(lex):
    assert {"expert", "critic", "scholar"} <= lex.vague
    assert {"source", "official", "anonymous"} <= lex.anonymous
    assert not lex.vague & lex.anonymous
    assert {"may", "reportedly", "potentially", "appear"} <= lex.cue_words("hedged")
    assert {"alleged", "suspected", "accused"} <= lex.cue_words("alleged")
    assert {"deny", "false"} <= lex.cue_words("denied")
    assert "if" in lex.cue_words("conditional")
    assert {"will", "plan", "going"} <= lex.cue_words("planned")
    assert "president" in lex.person_nouns  # read from the entities lexicon
