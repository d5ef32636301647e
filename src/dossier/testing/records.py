"""Hand-built extraction records for tests and benchmarks: an ``Event`` with the defaults of a plain asserted
event, so that a test names only what it is about; an analysis whose NER tagged exactly the names a test
gives; and the entity of an analysis that holds a mention."""

from __future__ import annotations

from typing import Any

from dossier.models import Analysis, Article, Entity, Event, Mention, Offsets, Span


def mention_holder(analysis: Analysis, text: str, nth: int = 1) -> Entity | None:
    """The entity holding the nth mention (in text order) whose text is ``text``, or None."""
    found = sorted(((m.start, e) for e in analysis.entities for m in e.mentions if m.text == text), key=lambda x: x[0])
    return found[nth - 1][1] if len(found) >= nth else None


def held_entity(analysis: Analysis, text: str) -> Entity:
    """The entity holding the first mention whose text is ``text`` (``mention_holder``); an AssertionError naming
    the text when none does."""
    held = mention_holder(analysis, text)
    if held is None:
        raise AssertionError(f"no entity holds a mention {text!r}")
    return held


def held_type(analysis: Analysis, text: str) -> str | None:
    """The type of the entity holding the first mention whose text is ``text`` (``mention_holder``), or None when no
    entity holds such a mention."""
    held = mention_holder(analysis, text)
    return held.type if held is not None else None


def held_codes(analysis: Analysis, text: str) -> tuple[str | None, str | None] | None:
    """The (country, sector) of the mention whose text is ``text`` (``codes_at``), or None when no entity holds such
    a mention: a test of both that an actor was found and how it is coded."""
    return codes_at(analysis, text) if mention_holder(analysis, text) is not None else None


def hand_event(
    type: str, trigger: Span, source: str | None, target: str | None, sentence: Offsets, **fields: Any
) -> Event:
    """An asserted, not negated event of CAMEO root 04 (quad and penta class 1, intensity 1.0), id ``v1``,
    with no participants, time, place or attribution, unless ``fields`` say otherwise."""
    values: dict[str, Any] = {
        "id": "v1",
        "mode": None,
        "cameo_root": "04",
        "quad_class": 1,
        "penta_class": 1,
        "intensity": 1.0,
        "participants": [],
        "time": None,
        "place": None,
        "negated": False,
        "certainty": "asserted",
        "attribution": None,
    }
    values.update(fields)
    return Event(type=type, trigger=trigger, source=source, target=target, sentence=sentence, **values)


def codes_at(analysis: Analysis, words: str) -> tuple[str | None, str | None] | None:
    """The (country, sector) of the mention at the first ``words`` of the text, as the events and the actor
    eval read it (``mention_codes``): the mention that overlaps them most ("one of his bodyguards", not its
    "his"); None when no mention overlaps them."""
    from dossier.codes.actors import mention_codes
    from dossier.eval.actors import named_from

    text = analysis.article.text
    start = text.index(words)
    end = start + len(words)
    overlaps = [
        (min(m.end, end) - max(named_from(text, m), start), ent, m)
        for ent in analysis.entities
        for m in ent.mentions
        if min(m.end, end) > max(named_from(text, m), start)
    ]
    if not overlaps:
        return None
    # the most overlap, and of equals the mention exactly at the words ("Chinese" of "Chinese, Japanese and South
    # Korean officials", not the description that opens with it)
    _, ent, m = max(overlaps, key=lambda o: (o[0], (o[2].start, o[2].end) == (start, end)))
    return mention_codes(text, ent, m.start, m.end, m.text)


def analysed(nlp, text: str, published: str | None = None) -> Analysis:
    """One text through the whole pipeline (codes included), as ``dossier analyze`` runs it."""
    from dossier.analysis import analyze_articles
    from dossier.models import Article

    [analysis] = list(analyze_articles(nlp, [Article("t", text, published=published)], max_chars=10_000))
    if not isinstance(analysis, Analysis):
        raise AssertionError(f"the pipeline rejected the text: {analysis}")
    return analysis


def tagged_analysis(article_id: str, text: str, names: list[tuple[str, str]]) -> Analysis:
    """An analysis of ``text`` whose NER tagged exactly ``names`` ((surface, type), first occurrence each), one
    entity a name; sentences end at ". "."""
    sentences = []
    start = 0
    for part in text.split(". "):
        sentences.append(Offsets(start, start + len(part)))
        start += len(part) + 2
    entities = []
    for n, (surface, etype) in enumerate(names):
        at = text.index(surface)
        sentence = max(k for k, s in enumerate(sentences) if s.start <= at)
        mention = Mention(at, at + len(surface), surface, "name", sentence)
        entities.append(Entity(id=f"e{n}", name=surface, type=etype, mentions=[mention]))
    return Analysis(article=Article(id=article_id, text=text), sentences=sentences, entities=entities)
