"""Typed records passed between pipeline stages.

Every record that states a fact carries its evidence: character offsets into ``Article.text`` and
the sentence they fall in. ``Analysis.to_dict()`` produces the output contract of ``dossier analyze``
(see ``docs/output.md`` and ``schema/analysis.schema.json``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dossier.errors import Problem

SCHEMA_VERSION = (
    "2.0"  # 1.1: article.dateline, authors, notes, news_format; 2.0: entities' country is ISO-3, sector, codes
)

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC")
MENTION_KINDS = ("name", "nominal", "pronoun")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
CERTAINTIES = ("asserted", "reported", "hedged", "alleged", "denied", "conditional", "planned")
SOURCE_KINDS = ("person", "organization", "vague", "anonymous", "author")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Offsets:
    """Start and end of a sentence (or another region) in the article text."""

    start: int
    end: int


FORMAT_KINDS = (
    "dateline",  # "WASHINGTON (AP) —": the place (and date) the story was filed from
    "agency",  # "(Reuters)" outside a dateline, "(AP) —" opening a paragraph
    "byline",  # "By Jane Doe, Associated Press"
    "credit",  # "Reporting by ...; Editing by ...", "X contributed to this report", "(AP Photo/Evan Vucci)"
    "copyright",  # "© 2017 Reuters", "Copyright 2017 The Associated Press. All rights reserved."
    "caption",  # "Photo: ...", "FILE - In this ... photo ... (AP Photo/...)", "Image source, Getty Images"
    "link",  # "Read more: ...", "Related: ...", "Advertisement"
    "promo",  # "Sign up for ...", "Subscribe to ...", "Follow us on ..."
    "timestamp",  # "Updated 3:15 p.m. ET, July 7, 2017"
    "correction",  # "Correction: ...", "An earlier version of this story ...": kept as a note
    "note",  # "Editor's note: ...": kept as a note
)


@dataclass(frozen=True, slots=True)
class FormatSpan:
    """A stretch of the article about the article (dateline, credit, byline, caption, ...), not about the
    world: ``text == article.text[start:end]``; see ``dossier.nlp.newsformat``."""

    kind: str  # one of FORMAT_KINDS
    start: int
    end: int
    text: str
    value: str | None = None  # a dateline's place, an agency's name, a byline's names ("; "-separated)


@dataclass(slots=True)
class Dateline:
    """Where (and when) a story was filed from, as its first paragraph says: "KYIV, Ukraine, July 8 (AP) —"."""

    name: str  # the place as a name: "Kyiv, Ukraine"
    start: int  # the whole dateline, agency credit and dash included
    end: int
    text: str
    place: Span  # "KYIV, Ukraine"
    date: Span | None = None  # "July 8", when the dateline carries a date


@dataclass(slots=True)
class Article:
    """One input document, as the readers produce it; ``dossier_newsformat`` adds what its text says about
    itself (dateline, authors, notes, and the agency as ``source`` when the input named none)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    origin: str = ""  # where it came from (file path, "stdin", "file.jsonl:3"): for error messages
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)  # from the byline and "Reporting by" credits
    notes: list[str] = field(default_factory=list)  # corrections and editor's notes, as written


# What a reader yields for each input: an article, or a Problem naming the input and the reason.
Item = Article | Problem


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | nominal | pronoun
    sentence: int  # index into Analysis.sentences
    head: str = ""  # lower-cased head word ("president", "he", "trump")
    role: str | None = None  # a title split off a name ("General", "President")
    linked_by: str = ""  # the sieve pass that attached it to its entity (explainability)


# ``Mention.linked_by`` of a description coreference follows no further ("political prisoners", "three cabinet
# ministers"): the one
# mention of an entity that is an actor of its sentence only, no antecedent of any other mention, no source's
# entity and no actor of the corpus
ALONE = "described alone"


@dataclass(slots=True)
class Role:
    """A title or position the article gives an entity ("General", "former director of the FSB")."""

    label: str
    start: int
    end: int
    current: bool | None = None
    org: str | None = None  # entity id of the organisation, when the role names one


@dataclass(slots=True)
class CodeEvidence:
    """Why an actor has a code: the article's words (``source`` "text", with offsets) or a dictionary record
    (``source`` "dictionary", "agents" or "countries", with the name or noun that matched and the record), or
    the least trusted, the country the actor's scene is set in (``source`` "scene", with the words that set it
    and ``entry`` the level that spoke: "sentence", "paragraph" or "article")."""

    source: str  # text | dictionary | agents | countries | scene
    text: str
    start: int | None = None
    end: int | None = None
    entry: str | None = None  # the dictionary record ("phoenix:14008", "dossier-actors:2")


@dataclass(slots=True)
class ActorCode:
    """A CAMEO actor code ("RUSGOV") and the dates it holds (ISO dates; None = open)."""

    code: str
    start: str | None  # "from" in the JSON
    end: str | None  # "to" in the JSON
    evidence: CodeEvidence

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "from": self.start, "to": self.end, "evidence": asdict(self.evidence)}


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # one of ENTITY_TYPES
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other names, acronyms and expansions
    # ISO 3166 alpha-2 when the entity IS a country (GPE / NORP linked to one): the extractor's and the
    # resolver's link; written as ``country_iso2`` in the JSON
    country: str | None = None
    # the codes stage (dossier.codes): the actor's country (ISO alpha-3; ``country`` in the JSON), its CAMEO
    # sector at the article's date, and its codes with dates and evidence
    country_code: str | None = None
    sector: str | None = None
    codes: list[ActorCode] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["country_iso2"] = out.pop("country")
        out["country"] = out.pop("country_code")
        out["codes"] = [c.to_dict() for c in self.codes]
        return out


@dataclass(slots=True)
class TimeExpr:
    id: str
    start: int
    end: int
    text: str
    type: str  # one of TIME_TYPES
    value: str | None  # TIMEX3 value; None when the expression cannot be normalised
    mod: str | None = None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, MORE_THAN, ...
    anchor: str | None = None  # the date it was resolved against, when relative
    sentence: int = 0


@dataclass(slots=True)
class PublishedInferred:
    value: str
    basis: str


@dataclass(slots=True)
class Source:
    """Who makes a claim; ``entity`` links to an Entity id when the source is one."""

    entity: str | None
    start: int
    end: int
    text: str
    kind: str  # one of SOURCE_KINDS


@dataclass(slots=True)
class Attribution:
    id: str
    source: Source | None
    cue: Span
    content: Span
    direct: bool
    certainty: str  # one of CERTAINTIES
    sentence: Offsets | None = None
    # the pieces of a content its cue interrupts or that runs over paragraphs ("…," X said, "…");
    # empty when the content is one piece
    content_parts: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class EventTime:
    value: str | None
    start: int
    end: int


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER category
    mode: str | None
    cameo_root: str
    quad_class: int
    penta_class: int
    intensity: float
    trigger: Span
    source: str | None  # entity id
    target: str | None  # entity id
    participants: list[str]
    time: EventTime | None
    place: str | None
    negated: bool
    certainty: str
    attribution: str | None
    sentence: Offsets
    source_span: Span | None = None  # the mention of the source in this sentence (evidence)
    target_span: Span | None = None  # the mention of the target in this sentence (evidence)
    # the codes stage: source's and target's country (alpha-3) and sector at the event's date
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None


@dataclass(slots=True)
class Relation:
    id: str
    type: str  # role | membership | employment | family | ownership
    subject: str  # entity id
    object: str | None  # entity id
    label: str
    current: bool | None
    sentence: Offsets
    evidence: Span | None = None


@dataclass(slots=True)
class Analysis:
    """Everything dossier extracted from one article."""

    article: Article
    sentences: list[Offsets]
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    published_inferred: PublishedInferred | None = None
    model: str = ""
    warnings: list[str] = field(default_factory=list)
    news_format: list[FormatSpan] = field(default_factory=list)  # dateline, credits, bylines, captions, notes

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        """The output contract of ``dossier analyze --format json``."""
        art = self.article
        return {
            "schema_version": SCHEMA_VERSION,
            "model": self.model,
            "article": {
                "id": art.id,
                "title": art.title,
                "published": art.published,
                "published_inferred": asdict(self.published_inferred) if self.published_inferred else None,
                "source": art.source,
                "url": art.url,
                "language": art.language,
                "dateline": asdict(art.dateline) if art.dateline else None,
                "authors": list(art.authors),
                "notes": list(art.notes),
                "text": art.text,
            },
            "news_format": [asdict(s) for s in self.news_format],
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "attributions": [asdict(a) for a in self.attributions],
            "events": [asdict(e) for e in self.events],
            "relations": [asdict(r) for r in self.relations],
            "warnings": list(self.warnings),
        }
