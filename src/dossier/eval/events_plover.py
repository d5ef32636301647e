"""Score the PLOVER category of each sentence's main event against a gold file (``data/eval/plover_gold.tsv``).

Gold format (tab separated, ``#`` starts a comment line): ``ID CATEGORY SOURCE TARGET TEXT``, with
CATEGORY one of the 16 PLOVER categories or ``NONE`` (no event: a statement, an opinion, a description),
SOURCE and TARGET the text of the actors where clear, else ``-``.

Each sentence is analysed alone. Reported, for the development part and the held-back part (the ids
whose CRC-32 is divisible by 3) separately:

- main-event accuracy: the type of ``main_event`` (``NONE`` when there is none) equals the gold category;
- any-event accuracy: the gold category is the type of some event of the sentence (``NONE``: the sentence
  has no main event);
- a confusion table, gold category by predicted main-event category;
- source and target: a predicted argument span is right when it overlaps the gold text's occurrence
  in the sentence; precision over the predicted arguments, recall over the gold ones; a role the gold
  leaves ``-`` (no clear actor) is not scored.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dossier.analysis import make_doc
from dossier.errors import DataError
from dossier.eval.events import shown_span
from dossier.eval.scores import PRF
from dossier.models import Article, Offsets
from dossier.nlp.components.events import main_event
from dossier.nlp.components.events_lexicon import plover_categories

GOLD_PATH = Path(__file__).resolve().parents[1] / "data" / "eval" / "plover_gold.tsv"
CATEGORIES = (*plover_categories(), "NONE")  # the lexicon's categories, and no event
PARTS = ("dev", "heldout")


@dataclass(frozen=True)
class GoldSentence:
    id: str
    category: str
    source: str | None
    target: str | None
    text: str

    @property
    def part(self) -> str:
        return "heldout" if held_back(self.id) else "dev"


def held_back(sentence_id: str) -> bool:
    """A third of the gold is held back from development: the ids whose CRC-32 is divisible by 3."""
    return zlib.crc32(sentence_id.encode("utf-8")) % 3 == 0


def read_gold(path: Path = GOLD_PATH) -> list[GoldSentence]:
    if not path.is_file():
        raise DataError(f"{path} does not exist; pass a PLOVER gold file (ID CATEGORY SOURCE TARGET TEXT)")
    out = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5 or cols[1] not in CATEGORIES or cols[0] in seen:
            raise DataError(
                f"{path}:{n + 1}: expected ID<TAB>CATEGORY<TAB>SOURCE<TAB>TARGET<TAB>TEXT with a "
                f"PLOVER category or NONE and a new id"
            )
        seen.add(cols[0])
        src, tgt = (None if c.strip() in {"", "-"} else c.strip() for c in cols[2:4])
        out.append(GoldSentence(cols[0], cols[1], src, tgt, cols[4].strip()))
    if not out:
        raise DataError(f"{path} holds no gold sentence")
    return out


@dataclass
class PloverScores:
    n: int = 0
    main: int = 0  # main event of the gold category
    any: int = 0  # some event of the gold category
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    source: PRF = field(default_factory=PRF)
    target: PRF = field(default_factory=PRF)

    @property
    def main_accuracy(self) -> float:
        return self.main / self.n if self.n else 0.0

    @property
    def any_accuracy(self) -> float:
        return self.any / self.n if self.n else 0.0

    @property
    def arguments(self) -> PRF:
        return self.source + self.target

    def per_category(self) -> dict[str, PRF]:
        out = {}
        for c in CATEGORIES:
            tp = self.confusion[(c, c)]
            fp = sum(v for (g, p), v in self.confusion.items() if p == c and g != c)
            fn = sum(v for (g, p), v in self.confusion.items() if g == c and p != c)
            out[c] = PRF(tp, fp, fn)
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.n,
            "main_event_accuracy": round(self.main_accuracy, 4),
            "any_event_accuracy": round(self.any_accuracy, 4),
            "per_category": {c: p.as_dict() for c, p in self.per_category().items()},
            "confusion": {f"{g}->{p}": v for (g, p), v in sorted(self.confusion.items())},
            "source": self.source.as_dict(),
            "target": self.target.as_dict(),
            "source_target": self.arguments.as_dict(),
        }


@dataclass(frozen=True)
class PloverPrediction:
    category: str  # the main event's type, or NONE
    types: tuple[str, ...]  # the types of every event of the sentence
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    trigger: str | None


def _find(text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    return (at, at + len(needle)) if at >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def score_sentence(gold: GoldSentence, pred: PloverPrediction, scores: PloverScores) -> None:
    scores.n += 1
    scores.confusion[(gold.category, pred.category)] += 1
    scores.main += pred.category == gold.category
    scores.any += pred.category == "NONE" if gold.category == "NONE" else gold.category in pred.types
    for want, got, prf in ((gold.source, pred.source, scores.source), (gold.target, pred.target, scores.target)):
        span = _find(gold.text, want)
        if span is None:
            continue  # "-": no clear actor was annotated, so nothing is scored for this role
        if got is not None:
            if _overlap(got, span):
                prf.tp += 1
            else:
                prf.fp += 1
        if span is not None and not _overlap(got, span):
            prf.fn += 1


def predict(nlp: Language, texts: list[str]) -> list[PloverPrediction]:
    out = []
    docs = (make_doc(nlp, Article(id=f"g{i}", text=t)) for i, t in enumerate(texts))
    for doc in nlp.pipe(docs, batch_size=64):
        events = list(doc._.events or [])
        ev = main_event(doc, events, Offsets(0, len(doc.text)))
        mentions = {e.id: e.mentions for e in doc._.entities or []}
        src = shown_span(ev.source_span, mentions.get(ev.source, [])) if ev else None
        tgt = shown_span(ev.target_span, mentions.get(ev.target, [])) if ev else None
        out.append(
            PloverPrediction(
                ev.type if ev else "NONE",
                tuple(e.type for e in events),
                src,
                tgt,
                ev.trigger.text if ev else None,
            )
        )
    return out


def evaluate_plover(
    nlp: Language, path: Path = GOLD_PATH, parts: tuple[str, ...] = PARTS, limit: int | None = None
) -> tuple[dict[str, PloverScores], list[str]]:
    """Score the pipeline on a PLOVER gold file; returns the scores by part and readable lines for the
    development sentences scored wrong (held-back sentences are never listed)."""
    gold = [g for g in read_gold(path) if g.part in parts][:limit]
    scores = {p: PloverScores() for p in PARTS}
    errors = []
    for g, pred in zip(gold, predict(nlp, [g.text for g in gold])):
        score_sentence(g, pred, scores[g.part])
        if g.part == "dev" and (pred.category != g.category):
            errors.append(
                f"PLOVER {g.id} gold={g.category} pred={pred.category} '{pred.trigger or ''}' "
                f"all={','.join(pred.types)} | {g.text}"
            )
    return scores, errors
