"""``dossier eval actors``: country and sector accuracy of the codes stage on dossier's own gold
(``data/gold/actors/*.jsonl``), beside the trivial baseline, on its dev and held-out test thirds.

Each gold actor is a span of a text (an original sentence, the founding article or a PolNeAR dev article,
the last two cited by file and offsets under the shared data directory) with the country (ISO alpha-3 or
null) and CAMEO sector (or null) it has on the text's date. The system's answer for a span is the coded
entity one of whose mentions overlaps it most (a capital or a government building used as the actor is
its government, as the events say); no entity there is an answer of nulls. The baseline reads the span's
own words with the countries table only (a country name or demonym gives the country; no sector).

A text of a later batch (``"batch": 2``) was written and hand-coded before the system was ever run on it,
and is all held out: its actors are scored in the test split and again on their own (``added``), the
honest check of whether the rules generalise. Batch 3 is more dev sentences, to study errors on. Batch 4
(texts ``h..``) is another unseen held-out batch, written before the rules it measures: scored in the
test split and on its own (``batch4``); any later held-out batch n gets its own ``batchn`` row the same way:
batch 5 (texts ``k..``, written after all the rules of 2026-12-03) is ``batch5``.

Accuracy counts a null answer right when the gold is null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dossier.codes.actors import mention_codes
from dossier.codes.codebook import countries
from dossier.errors import DataError
from dossier.models import Analysis, Article, Mention

# one folder of .jsonl files, each some batches and under 1 MiB, read in name order (a new batch goes in the last
# file until it is full, then in a new one)
GOLD = Path(__file__).resolve().parent.parent / "data" / "gold" / "actors"


@dataclass(frozen=True)
class GoldActor:
    text_id: str
    span: str
    start: int
    end: int
    country: str | None
    sector: str | None
    kind: str
    split: str
    batch: int = 1


@dataclass
class GoldText:
    id: str
    date: str | None
    text: str
    actors: list[GoldActor]


@dataclass
class Answer:
    gold: GoldActor
    country: str | None
    sector: str | None
    entity: str | None  # the entity's name, for the error list

    @property
    def country_ok(self) -> bool:
        return self.country == self.gold.country

    @property
    def sector_ok(self) -> bool:
        return self.sector == self.gold.sector


@dataclass
class Score:
    n: int = 0
    country: int = 0
    sector: int = 0

    def add(self, country_ok: bool, sector_ok: bool) -> None:
        self.n += 1
        self.country += country_ok
        self.sector += sector_ok

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "country": round(self.country / self.n, 3) if self.n else None,
            "sector": round(self.sector / self.n, 3) if self.n else None,
        }


@dataclass
class ActorsReport:
    # split ("dev", "test", "added", "batch4", "batch5", "all") -> score
    system: dict[str, Score] = field(default_factory=dict)
    baseline: dict[str, Score] = field(default_factory=dict)
    by_kind: dict[str, Score] = field(default_factory=dict)  # the system on every split
    answers: list[Answer] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "system": {k: v.as_dict() for k, v in self.system.items()},
            "baseline": {k: v.as_dict() for k, v in self.baseline.items()},
            "by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
        }

    def errors(self) -> list[dict]:
        return [
            {
                "text": a.gold.text_id,
                "span": a.gold.span,
                "split": a.gold.split,
                "gold": [a.gold.country, a.gold.sector],
                "system": [a.country, a.sector],
                "entity": a.entity,
            }
            for a in self.answers
            if not (a.country_ok and a.sector_ok)
        ]


def load_gold(path: Path = GOLD, shared: Path | None = None) -> list[GoldText]:
    """The gold texts of a .jsonl file, or of every .jsonl file of a folder in name order; a text given by
    reference (``doc``) is read from ``shared`` (``polnear/...`` under ``shared/data``), and its cited span must
    match the file."""
    texts = []
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise DataError(f"the actors gold {path} holds no .jsonl file")
    lines: list[str] = []
    for file in files:
        try:
            lines += file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DataError(f"cannot read the actors gold {file}: {exc.strerror}") from None
    for line in lines:
        rec = json.loads(line)
        if "id" not in rec:
            continue  # the header
        if "text" in rec:
            text = rec["text"]
        else:
            if shared is None:
                raise DataError(f"{rec['id']} cites {rec['doc']}: give the shared data directory (--shared)")
            doc = rec["doc"]
            where = shared / "data" / doc if doc.startswith("polnear/") else shared / doc
            try:
                text = where.read_text(encoding="utf-8")
            except OSError:
                raise DataError(f"{rec['id']}: cannot read {where}") from None
        actors = []
        for a in rec["actors"]:
            if text[a["start"] : a["end"]] != a["span"]:
                raise DataError(f"{rec['id']}: {a['span']!r} is not at {a['start']}-{a['end']} of its text")
            actors.append(
                GoldActor(
                    rec["id"],
                    a["span"],
                    a["start"],
                    a["end"],
                    a["country"],
                    a["sector"],
                    a["kind"],
                    a["split"],
                    rec.get("batch", 1),
                )
            )
        texts.append(GoldText(rec["id"], rec.get("date"), text, actors))
    return texts


def answer(analysis: Analysis, gold: GoldActor) -> Answer:
    """The coded entity at the gold span: the one whose mention overlaps it most (names before nominals)."""
    best = None
    for ent in analysis.entities:
        for m in ent.mentions:
            overlap = min(m.end, gold.end) - max(named_from(analysis.article.text, m), gold.start)
            if overlap <= 0:
                continue
            key = (overlap, m.kind == "name")
            if best is None or key > best[:2]:
                best = (overlap, m.kind == "name", ent, m)
    if best is None:
        return Answer(gold, None, None, None)
    ent, m = best[2], best[3]
    # as the events read a mention: "Moscow said" is the government, "Syrian rebels" the rebels
    country, sector = mention_codes(analysis.article.text, ent, m.start, m.end, m.text)
    return Answer(gold, country, sector, ent.name)


def named_from(text: str, m: Mention) -> int:
    """Where a mention starts as the article names the actor: a name's title right before it is part of the naming
    ("Prime Minister| Dick Schoof"), as a description that opens with the same words ("Prime Minister Dick Schoof's
    coalition") names another actor."""
    if m.kind == "name" and m.role:
        before = text[: m.start].rstrip()
        if before.endswith(m.role):
            return len(before) - len(m.role)
    return m.start


def baseline(gold: GoldActor) -> tuple[str | None, str | None]:
    """Demonym or country-name lookup in the span's own words; no sector."""
    hit = countries().country_in(gold.span)
    return (hit[0] if hit else None), None


def evaluate(analyze, texts: list[GoldText]) -> ActorsReport:
    """Score ``analyze`` (Article -> coded Analysis) on the gold texts."""
    report = ActorsReport()
    later = sorted({a.batch for t in texts for a in t.actors if a.batch > 3 and a.split == "test"})
    for split in ("dev", "test", "added", *(f"batch{b}" for b in later), "all"):
        report.system[split] = Score()
        report.baseline[split] = Score()
    for t in texts:
        analysis = analyze(Article(id=t.id, text=t.text, published=t.date))
        for g in t.actors:
            a = answer(analysis, g)
            report.answers.append(a)
            b_country, b_sector = baseline(g)
            own = ("added",) if g.batch == 2 else (f"batch{g.batch}",) if g.batch > 3 else ()
            for split in (g.split, "all", *(own if g.split == "test" else ())):
                report.system[split].add(a.country_ok, a.sector_ok)
                report.baseline[split].add(b_country == g.country, b_sector == g.sector)
            report.by_kind.setdefault(g.kind, Score()).add(a.country_ok, a.sector_ok)
    return report


def pipeline_analyzer(nlp, max_chars: int = 200_000):
    """Article -> coded Analysis with the full pipeline (the codes stage runs in ``analyze_articles``)."""
    from dossier.analysis import analyze_articles
    from dossier.errors import Problem

    def run(article: Article) -> Analysis:
        out = list(analyze_articles(nlp, [article], max_chars=max_chars))
        if not out or isinstance(out[0], Problem):
            raise DataError(f"{article.id}: the pipeline rejected the text ({out[0] if out else 'nothing returned'})")
        skipped = [w for w in out[0].warnings if w.startswith("actor codes skipped")]
        if skipped:
            # a corpus build keeps an article whose codes failed, uncoded; a score must not count it as wrong codes
            raise DataError(f"{article.id}: {skipped[0]} (a bug in dossier.codes; the score would be meaningless)")
        return out[0]

    return run
