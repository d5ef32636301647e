"""Round 39: a person the NER left untagged after a title of people ("Economy Minister Tomas Arrieta", "King
Faisal III") is that person; a rank that is an English adjective too ("General", "Major") admits only a name
opening with a known given name ("Major Market Index" is no person). A company's legal form beats the people its
name's words are ("Farmers Group Inc" is a company, not farmers). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import detect_mentions


def _untagged(nlp, text):
    """The text parsed with every name the NER found taken out: the names it misses, made certain."""
    doc = nlp(text)
    doc.ents = []
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks went on late into the night, and aides said little.\n"
         "Economy Minister Tomas Arrieta limited cash withdrawals on Saturday to stop a run on the banks.",
         "Tomas Arrieta"),
        ("The talks went on late into the night, and aides said little.\n"
         "The envoy met King Faisal III of the island kingdom on Sunday.", "Faisal III"),
        ("The talks went on late into the night, and aides said little.\n"
         "Army chief General Pervez Kadri took power on Tuesday after the cabinet tried to dismiss him.",
         "Pervez Kadri"),
        ("The talks went on late into the night, and aides said little.\n"
         "Protesters demanded the resignation of Governor Ulrico Bastida on Friday.", "Ulrico Bastida"),
    ],
)  # fmt: skip
def test_round39_a_title_says_a_person_follows(nlp, text, expected):
    doc = _untagged(nlp, text)
    assert any(c.type == "PERSON" and c.text == expected for c in detect_mentions(doc, EntityLexicon.load()))


@pytest.mark.parametrize(
    "text",
    [
        # a rank as an adjective before words that are no given name
        "Trading in the Major Market Index futures rose by a third during the month, dealers said on Monday.",
        "The full name of the insurer is Continental General Insurance Co, the filing said on Monday.",
        # a word of places' or organisations' names ending the run ("Tower")
        "He flew to meet President Hollis Brant Tower staff on Monday, aides said.",
    ],
)
def test_round39_no_person_from_a_title_word_in_other_names(nlp, text):
    cands = detect_mentions(_untagged(nlp, text), EntityLexicon.load())
    assert not any(c.type == "PERSON" and c.text in {"Market Index", "Insurance Co", "Hollis Brant"} for c in cands)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Granger Farmers Group Inc said on Tuesday it would sell its crop insurance unit.",
         "Granger Farmers Group Inc", "BUS"),
        ("Shares of General Tractor Corp fell on Monday after the company cut its forecast.", "General Tractor Corp",
         "BUS"),
    ],
)  # fmt: skip
def test_round39_a_legal_form_makes_a_company(nlp, text, mention, expected):
    from dossier.testing.records import analysed, mention_holder

    ent = mention_holder(analysed(nlp, text, "1987-03-02"), mention)
    assert ent is not None, mention
    assert ent.sector == expected
