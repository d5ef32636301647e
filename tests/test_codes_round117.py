"""Round 117 (names the NER missed, across the batches): an untagged name an apposition describes is a person's
or an organisation's, by the apposition's head. The sentences are written for these tests."""

from __future__ import annotations

from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import _apposition_kind
from dossier.testing.records import analysed, codes_at


def test_round117_a_name_an_apposition_calls_a_kind_of_organisation(nlp):
    text = "A Moscow court ordered the closure of Sovest, the country's oldest human rights group, on Tuesday."
    analysis = analysed(nlp, text, "2021-12-28")
    assert "Sovest" in {e.name for e in analysis.entities}
    assert codes_at(analysis, "Sovest") == ("RUS", "NGO")


def test_round117_a_name_an_apposition_gives_a_role(nlp):
    text = (
        "Congolese troops arrested Tshala Mbuyamba, a radical Muslim preacher, after he crossed the border from "
        "Rwanda on Friday."
    )
    analysis = analysed(nlp, text, "2009-01-23")
    assert "Tshala Mbuyamba" in {e.name for e in analysis.entities}
    assert codes_at(analysis, "Tshala Mbuyamba")[1] == "REL"


def test_round117_an_apposition_of_a_place_names_no_actor(nlp):
    doc = nlp("Rebels entered Kobara, the capital of the province, on Monday, residents said.")
    lex = EntityLexicon.load()
    assert _apposition_kind(doc, 4, lex) is None  # "the capital": a place's
    doc = nlp("Police arrested Kobara, a radical preacher, on Monday.")
    assert _apposition_kind(doc, 4, lex) == "PERSON"
