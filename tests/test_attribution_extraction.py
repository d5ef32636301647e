"""dossier_attributions on short hand-written news sentences: sources, cues, contents, kinds, certainty."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, nlp=nlp)


def one(analysis, cue: str):
    hits = [a for a in analysis.attributions if a.cue.text == cue]
    assert len(hits) == 1, [(a.cue.text, a.content.text) for a in analysis.attributions]
    return hits[0]


def source_name(analysis, att) -> str | None:
    ent = analysis.entity(att.source.entity) if att.source else None
    return ent.name if ent else None


def test_attribution_direct_quote_in_inverted_order(analyse):
    a = analyse('"We will rebuild the harbour," said Maria Lopez, the mayor of Portside.')
    att = one(a, "said")
    assert att.direct and att.content.text == '"We will rebuild the harbour,"'
    assert att.source.text == "Maria Lopez" and att.source.kind == "person"
    assert source_name(a, att) == "Maria Lopez"
    assert att.certainty == "planned"  # "will rebuild": a promise about the future


def test_attribution_quote_split_by_its_cue_is_one_content_in_two_parts(analyse):
    a = analyse('"The storm was the worst in decades," Lopez said, "and the repairs took a year."')
    att = one(a, "said")
    assert [p.text for p in att.content_parts] == [
        '"The storm was the worst in decades,"',
        '"and the repairs took a year."',
    ]
    assert att.content.start == att.content_parts[0].start and att.content.end == att.content_parts[1].end
    assert att.direct and att.certainty == "reported"


def test_attribution_quote_over_several_paragraphs(analyse):
    text = (
        "The mayor spoke after the vote.\n\n"
        "“We lost the harbour in one night,” Lopez said.\n\n"
        "“It will take years to rebuild it, and we will need help from the capital.”\n\n"
        "The council met again on Monday."
    )
    att = one(analyse(text), "said")
    assert len(att.content_parts) == 2
    assert att.content_parts[1].text.startswith("“It will take years")
    assert "Lopez said" not in " ".join(p.text for p in att.content_parts)


def test_attribution_indirect_speech_told_reporters(analyse):
    att = one(analyse("The governor told reporters that the budget would be cut."), "told")
    assert att.content.text == "that the budget would be cut" and not att.direct
    assert att.source.text == "The governor" and att.source.kind == "person"
    assert att.certainty == "reported"


def test_attribution_according_to_a_vague_source_and_a_hedge(analyse):
    att = one(analyse("According to some experts, the dam may fail next spring."), "According to")
    assert att.source.text == "some experts" and att.source.kind == "vague"
    assert att.content.text == "the dam may fail next spring"
    assert att.certainty == "hedged"


def test_attribution_belief_verb_with_vague_source(analyse):
    att = one(analyse("Critics believe the plan is too expensive."), "believe")
    assert att.source.kind == "vague" and att.content.text == "the plan is too expensive"


def test_attribution_anonymous_sources(analyse):
    a = analyse("A senior official said the talks had collapsed.")
    assert one(a, "said").source.kind == "anonymous"
    b = analyse("People familiar with the matter said the deal was signed on Friday.")
    assert one(b, "said").source.kind == "anonymous"


def test_attribution_denials_and_allegations(analyse):
    att = one(analyse("The company denied that it had paid the fine."), "denied")
    assert att.certainty == "denied" and att.content.text == "that it had paid the fine"
    # a vague group ("Opposition leaders" are a group that acts since round 7 of the codes, like "Protesters")
    att = one(analyse("Critics allege that the vote was rigged."), "allege")
    assert att.certainty == "alleged" and att.source.kind == "vague"
    att = one(analyse("The minister rejected the report as false."), "rejected")
    assert att.certainty == "denied"


def test_attribution_denied_by_participle(analyse):
    a = analyse("The existence of the memo (denied by the ministry) surprised everyone.")
    att = one(a, "denied")
    assert att.content.text == "The existence of the memo"
    assert att.source.text == "the ministry" and att.certainty == "denied"


def test_attribution_noun_cue_with_possessive_source(analyse):
    att = one(analyse("The union's claim that wages fell was disputed."), "claim")
    assert att.source.text == "The union" and att.content.text == "that wages fell"
    assert att.certainty == "alleged"


def test_attribution_intention_is_planned(analyse):
    att = one(analyse("The council wants to close the library."), "wants")
    assert att.certainty == "planned" and att.content.text == "to close the library"


def test_attribution_condition_in_the_content(analyse):
    att = one(analyse("The senator suggested that the tax could be raised if the economy recovers."), "suggested")
    assert att.certainty == "conditional"


def test_attribution_pronoun_source_resolves_to_the_entity(analyse):
    a = analyse("Anna Berg, the party's leader, arrived late. She said the result was a disappointment.")
    att = one(a, "said")
    assert att.source.text == "She" and source_name(a, att) == "Anna Berg"
    assert att.source.kind == "person"


def test_attribution_without_a_source_belongs_to_the_article(analyse):
    a = analyse("Moreover, suggests that the plan will fail.")
    att = one(a, "suggests")
    assert att.source.kind == "author" and att.source.text == "" and att.source.start == att.source.end == att.cue.start


def test_attribution_cue_inside_a_quote_is_the_speaker_s_not_a_claim(analyse):
    a = analyse('"They told me the bridge was safe," Lopez said.')
    assert [x.cue.text for x in a.attributions] == ["said"]


def test_attribution_ids_order_and_sentence(analyse):
    text = "The governor said taxes would rise. Critics believe the plan is too expensive."
    a = analyse(text)
    assert [x.id for x in a.attributions] == ["a1", "a2"]
    for att in a.attributions:
        assert att.sentence.start <= att.cue.start < att.sentence.end


def test_attribution_covering_gives_the_innermost_claim(analyse):
    from dossier.nlp.components.attribution import attribution_covering

    text = "The mayor said the governor wants to close the harbour."
    a = analyse(text)
    start = text.index("close")
    inner = attribution_covering(a.attributions, start, start + len("close"))
    assert inner is not None and inner.cue.text == "wants"
    outer = attribution_covering(a.attributions, text.index("governor"), text.index("governor") + 8)
    assert outer is not None and outer.cue.text == "said"
    assert attribution_covering(a.attributions, 0, 3) is None


def test_attribution_certainty_of_a_clause(nlp):
    from dossier.nlp.components.certainty import certainty_of

    def cert(text: str, default: str = "asserted") -> str:
        return certainty_of(nlp(text), default=default)

    assert cert("The army attacked the village.") == "asserted"
    assert cert("The army may have attacked the village.") == "hedged"
    assert cert("The army reportedly attacked the village.") == "hedged"
    assert cert("The army allegedly attacked the village.") == "alleged"
    assert cert("The army will attack the village.") == "planned"
    assert cert("The army is going to attack the village.") == "planned"
    assert cert("If proven, the report would end his career.") == "conditional"
    assert cert("The report is false.") == "denied"
    assert cert("The army attacked the village.", default="reported") == "reported"
