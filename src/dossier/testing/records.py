"""Hand-built extraction records for tests and benchmarks: an ``Event`` with the defaults of a plain asserted
event, so that a test names only what it is about; and the entity of an analysis that holds a mention."""

from __future__ import annotations

from typing import Any

from dossier.models import Analysis, Entity, Event, Offsets, Span


def mention_holder(analysis: Analysis, text: str, nth: int = 1) -> Entity | None:
    """The entity holding the nth mention (in text order) whose text is ``text``, or None."""
    found = sorted(((m.start, e) for e in analysis.entities for m in e.mentions if m.text == text), key=lambda x: x[0])
    return found[nth - 1][1] if len(found) >= nth else None


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
