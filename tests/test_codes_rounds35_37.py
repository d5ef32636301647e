"""Rounds 35 to 37. Round 35: militants and fighters are rebels (CAMEO's militarised opposition, over Phoenix's
unidentified armed forces); a city among its namesakes is the one the sentence's countries place ("Tripoli" beside
"Lebanese"); a description naming the UN before a body's noun is the UN's ("the UN relief agency"); a plural subject
the tagger took for a verb is still a noun. Round 36: a hyphenated country's name is one name; the European
Community. Round 37: Bosnia's peoples. The sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected"),
    [
        ("Pakistani officials said Islamist militants attacked a police post in Peshawar on Sunday.", "2013-06-02",
         "Islamist militants", ("PAK", "REB")),
        # a city among its namesakes: the one of the country the sentence names
        ("Lebanese troops shelled a camp near Tripoli on Sunday after gunmen attacked an army post.", "2007-05-20",
         "Tripoli", ("LBN", None)),
        # ... not when the sentence names the most populous namesake's country too, nor a town a twentieth as big
        ("Libyan forces entered Tripoli on Sunday as Lebanese envoys watched.", "2011-08-21", "Tripoli",
         ("LBY", None)),
        ("The Canadian minister flew to London on Monday for talks.", "2016-05-02", "London", ("GBR", None)),
        # a plural noun the tagger took for a verb ("soldiers": VBZ) is still the subject group
        ("The Malian president said on Tuesday that soldiers loyal to a dismissed colonel had tried to storm the "
         "palace in Bamako.", "2021-05-25", "soldiers", ("MLI", "MIL")),
        # round 36: a hyphenated country's name is one name ("Guinea-Bissau" is not Guinea and Bissau)
        ("Soldiers seized the state broadcaster in Guinea-Bissau on Wednesday and deposed President Mamadu Sane.",
         "2025-11-26", "Mamadu Sane", ("GNB", "GOV")),
        # round 37: Bosnia's peoples are Bosnia's
        ("Bosnian Croat leaders met in Mostar on Tuesday to discuss the federation.", "1994-03-01",
         "Bosnian Croat", ("BIH", None)),
        # ... and the European Community is the EU's forerunner
        ("The European Community imposed duties on Japanese printers on Monday.", "1988-03-14",
         "European Community", (None, "IGO")),
        # the UN's body by its description
        ("UNRWA, the UN relief agency, said on Sunday that thousands of refugees were trapped in the camp.",
         "2007-05-20", "UNRWA", (None, "IGO")),
        # ... not a state's envoy to it
        ("Beijing protested, and its UN ambassador, Li Wen, demanded a meeting.", "1999-05-08", "Li Wen",
         ("CHN", "GOV")),
    ],
)  # fmt: skip
def test_codes_round35(nlp, text, date, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, date), mention)
    assert ent is not None, mention
    assert (ent.country_code, ent.sector) == expected
