"""Round 180: a people that lives in neighbouring states, named where it lives, is of the state it lives in
(``kin_peoples.tsv``, ``dossier.codes.minorities``): "rebel Serbs" in Croatia, "ethnic Albanians" in Kosovo; not
where its sentence names a town of the kin state or the kin state as where they went, nor the kin state's own
adjective before a state body. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.codes.minorities import minority_home
from dossier.testing.records import analysed, codes_at


def test_round180_rebel_serbs_in_croatia(nlp):
    text = "Rebel Serbs shelled Osijek on Sunday, Croatian police said, and Serbia denied arming them."
    analysis = analysed(nlp, text, "1991-09-15")
    assert codes_at(analysis, "Rebel Serbs")[0] == "HRV"


def test_round180_ethnic_albanians_in_macedonia(nlp):
    text = "Ethnic Albanian students clashed with police in Tetovo on Tuesday, and Albania urged restraint."
    analysis = analysed(nlp, text, "1995-02-21")
    assert codes_at(analysis, "Ethnic Albanian students")[0] == "MKD"
    # the kin state's own entity stays the kin state's
    assert next(e for e in analysis.entities if e.name == "Albania").country_code == "ALB"


def _home(text: str, words: str) -> str | None:
    start = text.index(words)
    return minority_home(text, start, start + len(words), words, default_codebook())


def test_round180_the_kin_state_where_it_is_named():
    assert _home("A rally by 100,000 Serbs in Belgrade denounced Kosovo's independence.", "100,000 Serbs") is None
    assert _home("Thousands of Armenians fled Nagorno-Karabakh for Armenia on Monday.", "Armenians") is None
    assert _home("The Serb-led army took Vukovar, the Croatian town.", "Serb-led army") is None
    assert _home("Albanian police raided a camp near Tirana, Kosovo officials said.", "Albanian police") is None
    assert _home("Local Serbs blocked roads near the border with Serbia, Kosovo police said.", "Local Serbs") == "XKX"
