"""Score events against ``pentaclass_*.tsv`` (sentence PentaClass) and ``source_target_*.bio`` (spans).

PentaClass: each labelled sentence is analysed alone; its prediction is the PentaClass of its *main
event* (``dossier.nlp.components.events.main_event``: the event whose anchor verb is nearest the
root of the dependency tree, the earlier trigger on ties), or 0 when no event is found. Reported:
accuracy, macro-F1 over the five classes, per-class P/R/F1 and the confusion matrix.

Source/target: each BIO sentence is rebuilt from its tokens and analysed alone. The main event's
source and target entities are represented by their mention nearest the trigger; a predicted
source matches a gold source (S) or reciprocal (R) span it overlaps, a predicted target a gold
target (T) or R span; each gold span is matched once. Reported: P/R/F1 for sources, targets and
both together.

Every figure is given for the development part and the held-out part (every fifth TSV sentence,
``index % 5 == 4``; a BIO sentence goes with the TSV sentence it was made from).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dossier.analysis import make_doc
from dossier.errors import DataError
from dossier.eval.events_data import BioSentence, align_bio, held_out, read_bio, read_pentaclass
from dossier.eval.scores import PRF
from dossier.models import Article, Event, Offsets
from dossier.nlp.components.events import STATEMENT_ARGS_KEY, main_event

CLASSES = (0, 1, 2, 3, 4)
PARTS = ("dev", "heldout")


@dataclass
class PentaScores:
    confusion: list[list[int]] = field(default_factory=lambda: [[0] * 5 for _ in range(5)])  # [gold][pred]

    def add(self, gold: int, pred: int) -> None:
        self.confusion[gold][pred] += 1

    @property
    def n(self) -> int:
        return sum(map(sum, self.confusion))

    @property
    def accuracy(self) -> float:
        return sum(self.confusion[c][c] for c in CLASSES) / self.n if self.n else 0.0

    def per_class(self) -> dict[int, PRF]:
        out = {}
        for c in CLASSES:
            tp = self.confusion[c][c]
            fp = sum(self.confusion[g][c] for g in CLASSES) - tp
            fn = sum(self.confusion[c]) - tp
            out[c] = PRF(tp, fp, fn)
        return out

    @property
    def macro_f1(self) -> float:
        return sum(p.f1 for p in self.per_class().values()) / len(CLASSES)

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_class": {str(c): p.as_dict() for c, p in self.per_class().items()},
            "confusion": self.confusion,
        }


@dataclass
class SpanScores:
    sentences: int = 0
    source: PRF = field(default_factory=PRF)
    target: PRF = field(default_factory=PRF)

    @property
    def both(self) -> PRF:
        return self.source + self.target

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "source": self.source.as_dict(),
            "target": self.target.as_dict(),
            "source_target": self.both.as_dict(),
        }


@dataclass
class EventScores:
    penta: dict[str, PentaScores] = field(default_factory=lambda: {p: PentaScores() for p in PARTS})
    spans: dict[str, SpanScores] = field(default_factory=lambda: {p: SpanScores() for p in PARTS})
    aligned: int = 0  # BIO sentences matched to their TSV sentence

    def as_dict(self) -> dict[str, object]:
        return {
            part: {"pentaclass": self.penta[part].as_dict(), "spans": self.spans[part].as_dict()} for part in PARTS
        } | {"bio_aligned_to_tsv": self.aligned}


@dataclass
class Prediction:
    """What the system said about one sentence: the main event and its argument spans."""

    penta: int
    event: Event | None
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None


def find_data(data_dir: Path) -> tuple[Path, Path]:
    if not data_dir.is_dir():
        raise DataError(f"{data_dir} is not a directory; pass the folder with pentaclass_*.tsv and source_target_*.bio")
    tsv = sorted(data_dir.glob("pentaclass_*.tsv"))
    bio = sorted(data_dir.glob("source_target_*.bio"))
    if not tsv or not bio:
        raise DataError(f"{data_dir} must hold a pentaclass_*.tsv and a source_target_*.bio file")
    return tsv[0], bio[0]


def predict(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Prediction]:
    docs = (make_doc(nlp, Article(id=f"s{i}", text=t)) for i, t in enumerate(texts))
    for doc in nlp.pipe(docs, batch_size=batch_size):
        events = list(doc._.events or [])
        whole = Offsets(0, len(doc.text))
        event = main_event(doc, events, whole)
        if event is None:
            # a statement ("X expressed concern about Y") is the sentence's main act: its speaker and topic
            said = [v for k, v in sorted(doc.user_data.get(STATEMENT_ARGS_KEY, {}).items())]
            src, src_id, tgt, tgt_id = said[0] if said else (None, None, None, None)
            mentions = {e.id: e.mentions for e in doc._.entities or []}
            yield Prediction(
                0, None, shown_span(src, mentions.get(src_id, [])), shown_span(tgt, mentions.get(tgt_id, []))
            )
            continue
        mentions = {e.id: e.mentions for e in doc._.entities or []}
        yield Prediction(
            event.penta_class,
            event,
            shown_span(event.source_span, mentions.get(event.source, [])),
            shown_span(event.target_span, mentions.get(event.target, [])),
        )


def shown_span(span, mentions) -> tuple[int, int] | None:
    """The character span standing for an argument: its mention in the event, or, for a pronoun, the
    nearest earlier name or description of the same entity in the sentence (what annotators mark)."""
    if span is None:
        return None
    for m in mentions:
        if (m.start, m.end) == (span.start, span.end) and m.kind == "pronoun":
            earlier = [x for x in mentions if x.kind != "pronoun" and x.end <= span.start]
            if earlier:
                best = max(earlier, key=lambda x: x.start)
                return (best.start, best.end)
    return (span.start, span.end)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_spans(gold: BioSentence, pred: Prediction, scores: SpanScores) -> None:
    scores.sentences += 1
    used: set[tuple[str, int]] = set()
    for role, span, prf in (("S", pred.source_span, scores.source), ("T", pred.target_span, scores.target)):
        if span is None:
            continue
        match = None
        for r in (role, "R"):
            for k, g in enumerate(gold.spans.get(r, [])):
                if (r, k) not in used and _overlaps(span, g):
                    match = (r, k)
                    break
            if match:
                break
        if match:
            used.add(match)
            prf.tp += 1
        else:
            prf.fp += 1
    for role, prf in (("S", scores.source), ("T", scores.target)):
        for k, _ in enumerate(gold.spans.get(role, [])):
            if (role, k) not in used:
                prf.fn += 1
    # a reciprocal span nobody matched is missed once, as a source (it stands for both sides)
    for k, _ in enumerate(gold.spans.get("R", [])):
        if ("R", k) not in used:
            (scores.source if k % 2 == 0 else scores.target).fn += 1


def evaluate(
    nlp: Language, data_dir: Path, limit: int | None = None, parts: tuple[str, ...] = PARTS
) -> tuple[EventScores, dict]:
    """Score the pipeline on the events data; returns the scores and per-sentence details for the dev part
    (held-out sentences are scored but never listed, so their errors are not looked at)."""
    tsv_path, bio_path = find_data(data_dir)
    labelled = read_pentaclass(tsv_path)
    bio = read_bio(bio_path)
    align_bio(bio, labelled)
    scores = EventScores(aligned=sum(b.tsv_index is not None for b in bio))
    chosen_l = [s for s in labelled if ("heldout" if held_out(s.index) else "dev") in parts][:limit]
    chosen_b = [b for b in bio if ("heldout" if held_out(b.split_index) else "dev") in parts][:limit]
    details: dict[str, list] = {"pentaclass": [], "spans": []}
    for s, pred in zip(chosen_l, predict(nlp, (s.text for s in chosen_l))):
        part = "heldout" if held_out(s.index) else "dev"
        scores.penta[part].add(s.label, pred.penta)
        if part == "dev":
            details["pentaclass"].append((s, pred))
    for b, pred in zip(chosen_b, predict(nlp, (b.text for b in chosen_b))):
        part = "heldout" if held_out(b.split_index) else "dev"
        score_spans(b, pred, scores.spans[part])
        if part == "dev":
            details["spans"].append((b, pred))
    return scores, details


def dev_errors(details: dict) -> list[str]:
    """Readable lines for the development sentences the system got wrong (never the held-out ones)."""
    out = []
    for s, pred in details["pentaclass"]:
        if s.label != pred.penta:
            ev = pred.event
            what = f"{ev.type}/{ev.mode} '{ev.trigger.text}'" if ev else "no event"
            out.append(f"PENTA gold={s.label} pred={pred.penta} [{what}] {s.text}")
    for b, pred in details["spans"]:
        gold = {r: [b.text[x:y] for x, y in v] for r, v in b.spans.items() if v}
        src = b.text[slice(*pred.source_span)] if pred.source_span else None
        tgt = b.text[slice(*pred.target_span)] if pred.target_span else None
        ev = pred.event
        out.append(
            f"SPANS gold={gold} pred=S:{src!r} T:{tgt!r} [{ev.type if ev else '-'} '{ev.trigger.text if ev else ''}'] "
            f"{b.text}"
        )
    return out
