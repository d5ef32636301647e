"""Typed answers of the questions API. Lists come as ``Table`` (a list with ``.to_pandas()``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Table(list, Generic[T]):
    """A list of records that turns into a pandas DataFrame (nested records are flattened to columns)."""

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame([flatten(r) for r in self])

    def to_dicts(self) -> list[dict[str, Any]]:
        return [asdict(r) if is_dataclass(r) and not isinstance(r, type) else r for r in self]


def flatten(record: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        key = f"{prefix}{f.name}"
        if is_dataclass(value):
            out.update(flatten(value, f"{key}_"))
        elif isinstance(value, list):
            out[key] = len(value) if value and is_dataclass(value[0]) else value
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class EntityRef:
    id: int
    name: str
    type: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence, and the span in it (offsets into the article text)."""

    article_id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    sentence: str
    sentence_start: int
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.sentence[self.start - self.sentence_start : self.end - self.sentence_start]

    def marked(self, left: str = "[", right: str = "]") -> str:
        a, b = self.start - self.sentence_start, self.end - self.sentence_start
        return f"{self.sentence[:a]}{left}{self.sentence[a:b]}{right}{self.sentence[b:]}"


@dataclass
class RoleRecord:
    label: str
    current: bool | None
    first_seen: str | None
    last_seen: str | None
    articles: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Connection:
    entity: EntityRef
    articles: int


@dataclass
class MonthCount:
    month: str | None
    mentions: int
    articles: int


@dataclass
class EventRecord:
    date: str | None
    date_source: str | None
    type: str
    mode: str | None
    quad_class: int | None
    penta_class: int | None
    intensity: float | None
    source: EntityRef | None
    target: EntityRef | None
    place: EntityRef | None
    certainty: str
    negated: bool
    trigger: str
    reports: int
    sources: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ClaimRecord:
    source: EntityRef | None
    source_text: str | None
    source_kind: str | None
    cue: str
    content: str
    certainty: str
    direct: bool
    published: str | None
    evidence: Evidence | None = None


@dataclass
class LinkReason:
    name: str
    rule: str
    article_id: str
    title: str | None
    published: str | None


@dataclass
class EntityProfile:
    entity: EntityRef
    country: str | None
    aliases: list[str]
    roles: list[RoleRecord]
    connections: list[Connection]
    events_as_source: dict[str, int]
    events_as_target: dict[str, int]
    claims_by: list[ClaimRecord]
    claims_about: list[ClaimRecord]
    mentions_per_month: list[MonthCount]
    why: list[LinkReason]
    mentions: int
    # actor codes (docs/codes.md): the country (alpha-3) and sector most of its articles give it, and its codes
    # with their dates, how many articles gave each and when they were first and last seen
    country_code: str | None = None
    sector: str | None = None
    codes: list[dict] = field(default_factory=list)


@dataclass
class BalanceMonth:
    month: str
    cooperation: float
    conflict: float
    events: int

    @property
    def net(self) -> float:
        return self.cooperation - self.conflict


@dataclass
class PathEdge:
    a: EntityRef
    b: EntityRef
    articles: int


@dataclass
class Path:
    entities: list[EntityRef]
    edges: list[PathEdge]


@dataclass
class RelationRecord:
    type: str
    subject: EntityRef
    object: EntityRef
    label: str
    current: bool | None
    evidence: Evidence | None


@dataclass
class ArticleRef:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None


@dataclass
class RelationProfile:
    a: EntityRef
    b: EntityRef
    comentions: list[MonthCount]
    articles: list[ArticleRef]
    events: list[EventRecord]
    events_by_type: dict[str, dict[str, int]]  # "A->B" / "B->A" -> type -> count
    balance: list[BalanceMonth]
    relations: list[RelationRecord]
    claims: list[ClaimRecord]
    paths: list[Path]
    evidence: list[Evidence]


@dataclass
class SearchHit:
    evidence: Evidence
    marked: str


@dataclass
class EntityRow:
    id: int
    name: str
    type: str
    country: str | None
    mentions: int
    articles: int
    aliases: list[str]
    country_code: str | None = None  # actor codes: alpha-3 country and CAMEO sector most of its articles give
    sector: str | None = None
