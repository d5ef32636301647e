"""Country-level relations: every event between actors of two countries, month by month.

An event counts for countries A and B when its source is coded A and its target B, or the other way round
(``events.source_country`` / ``target_country``: the actors' codes on the event's date, written by the codes stage).
Its month is its date's (``events.event_date``), else its undated article's inferred date. Each event report counts
once (the same event told by two articles counts twice, as event data does); ``--sector`` keeps the events whose both
sides have that sector.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dossier.codes.actors import iso_date
from dossier.codes.codebook import SECTORS, country_code
from dossier.errors import EntityNotFound, InvalidArgument
from dossier.query.records import EntityRef, Evidence
from dossier.store import codes as sc


class CountryNotFound(EntityNotFound):
    """A country the question names is unknown (404 on the REST API, like an unknown entity). An unknown
    sector is a bad option value (``InvalidArgument``): sectors are a fixed list, like event types."""

    code = "E012"


@dataclass
class CountryActor:
    """An actor on one side, and how many of the events it carries."""

    entity: EntityRef | None  # None: the document entity is linked to no corpus entity
    name: str
    sector: str | None
    events: int


@dataclass
class CountryEvent:
    """One event between the two countries, with the sentence it was read in."""

    id: int
    date: str | None
    direction: str  # "A->B" | "B->A"
    type: str
    quad_class: int | None
    intensity: float | None
    source: CountryActor
    target: CountryActor
    trigger: str
    evidence: Evidence


@dataclass
class CountryMonth:
    """One month: counts per QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict), the mean intensity, the actors on each side and the events behind the numbers."""

    month: str  # YYYY-MM, or "unknown" for events with no date
    events: int = 0
    a_to_b: int = 0
    b_to_a: int = 0
    quad_class: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    mean_intensity: float | None = None
    actors_a: list[CountryActor] = field(default_factory=list)
    actors_b: list[CountryActor] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)


@dataclass
class CountryRelation:
    a: str  # ISO alpha-3
    b: str
    sector: str | None
    events: int
    quad_class: dict[int, int]
    mean_intensity: float | None
    months: list[CountryMonth]
    actors_a: list[CountryActor]
    actors_b: list[CountryActor]
    evidence: list[CountryEvent]  # every event counted, in date order


def resolve_country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise CountryNotFound(
            f"no country called {text!r}; give an ISO 3166 alpha-3 code (USA, RUS) or an English name"
        )
    return code


def check_sector(sector: str | None) -> str | None:
    if sector is None:
        return None
    if sector.upper() not in SECTORS:
        raise InvalidArgument(f"unknown sector {sector!r}; use a CAMEO role code: {', '.join(SECTORS)}")
    return sector.upper()


def country_relation(conn, a: str, b: str, *, sector: str | None = None) -> CountryRelation:
    """Every event between actors of countries ``a`` and ``b`` (codes or names), per month."""
    ca, cb = resolve_country(a), resolve_country(b)
    if ca == cb:
        raise CountryNotFound(f"{a!r} and {b!r} are the same country ({ca})")
    sector = check_sector(sector)
    events = [_event(r, ca) for r in sc.country_events(conn, ca, cb, sector)]
    months: dict[str, CountryMonth] = {}
    sides: dict[str, dict[str, Counter]] = defaultdict(lambda: {"a": Counter(), "b": Counter()})
    actors: dict[tuple, CountryActor] = {}
    intensities: dict[str, list[float]] = defaultdict(list)
    for e in events:
        month = e.date[:7] if e.date else "unknown"
        rec = months.setdefault(month, CountryMonth(month))
        rec.events += 1
        rec.event_ids.append(e.id)
        if e.direction == "A->B":
            rec.a_to_b += 1
        else:
            rec.b_to_a += 1
        if e.quad_class in rec.quad_class:
            rec.quad_class[e.quad_class] += 1
        if e.intensity is not None:
            intensities[month].append(e.intensity)
        side_a, side_b = (e.source, e.target) if e.direction == "A->B" else (e.target, e.source)
        for side, actor in (("a", side_a), ("b", side_b)):
            key = (actor.entity.id if actor.entity else actor.name, actor.sector)
            actors.setdefault(key, actor)
            sides[month][side][key] += 1
    for month, rec in months.items():
        values = intensities[month]
        rec.mean_intensity = round(sum(values) / len(values), 3) if values else None
        rec.actors_a = _ranked(sides[month]["a"], actors)
        rec.actors_b = _ranked(sides[month]["b"], actors)
    total_a: Counter = Counter()
    total_b: Counter = Counter()
    for s in sides.values():
        total_a.update(s["a"])
        total_b.update(s["b"])
    values = [e.intensity for e in events if e.intensity is not None]
    quad = {q: sum(m.quad_class[q] for m in months.values()) for q in (1, 2, 3, 4)}
    ordered = sorted(months.values(), key=lambda m: (m.month == "unknown", m.month))
    return CountryRelation(
        a=ca,
        b=cb,
        sector=sector,
        events=len(events),
        quad_class=quad,
        mean_intensity=round(sum(values) / len(values), 3) if values else None,
        months=ordered,
        actors_a=_ranked(total_a, actors),
        actors_b=_ranked(total_b, actors),
        evidence=events,
    )


def _ranked(counts: Counter, actors: dict[tuple, CountryActor]) -> list[CountryActor]:
    out = []
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        base = actors[key]
        out.append(CountryActor(base.entity, base.name, base.sector, n))
    return out


def _event(r, a: str) -> CountryEvent:
    direction = "A->B" if r["source_country"] == a else "B->A"
    source = CountryActor(
        _ref(r["source_id"], r["source_name"], r["source_type"]),
        r["source_name"] or r["source_doc_name"],
        r["source_sector"],
        1,
    )
    target = CountryActor(
        _ref(r["target_id"], r["target_name"], r["target_type"]),
        r["target_name"] or r["target_doc_name"],
        r["target_sector"],
        1,
    )
    sentence = r["sentence"] or ""
    evidence = Evidence.of_row(r, sentence, r["sentence_start"], r["trigger_start"], r["trigger_end"])
    # the event's date; else its article's, inferred when the article gave none (an undated article's "2017-W27")
    date = r["event_date"] or iso_date(r["published_inferred"])
    return CountryEvent(
        r["id"],
        date,
        direction,
        r["type"],
        r["quad_class"],
        r["intensity"],
        source,
        target,
        r["trigger_text"],
        evidence,
    )


def _ref(entity_id, name, type_) -> EntityRef | None:
    return EntityRef(entity_id, name, type_) if entity_id is not None else None
