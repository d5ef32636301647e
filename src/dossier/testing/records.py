"""Hand-built extraction records for tests and benchmarks: an ``Event`` with the defaults of a plain asserted
event, so that a test names only what it is about."""

from __future__ import annotations

from typing import Any

from dossier.models import Event, Offsets, Span


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
