"""Score time expressions against TempEval-3 TimeML gold, with TempEval-3's definitions.

- strict match: same start and end; relaxed match: the spans overlap. Gold and system expressions are
  paired one to one (exact pairs first, then the largest overlaps), so one long system span cannot
  claim two gold expressions.
- type and value accuracy: the share of relaxed matches whose type (value) is right.
- value F1: precision = relaxed matches with the right value / system expressions, recall = the same /
  gold expressions (TempEval-3's "attribute F1"; it rewards finding *and* normalising).

``evaluate`` runs a spaCy pipeline that includes ``dossier_times`` over every ``.tml`` file, anchoring
relative expressions to the file's ``<DCT>`` (or, with ``use_dct=False``, to the date dossier infers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dossier.analysis import make_doc
from dossier.eval.scores import PRF
from dossier.eval.timeml import GoldTimex, TimeMLDoc, find_timeml, read_timeml
from dossier.models import Article, TimeExpr


@dataclass
class TimexScores:
    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    type_correct: int = 0
    value_correct: int = 0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def value(self) -> PRF:
        """Value F1: a system expression counts only when it overlaps a gold one and has its value."""
        return PRF(self.value_correct, self.system - self.value_correct, self.gold - self.value_correct)

    def __add__(self, other: TimexScores) -> TimexScores:
        return TimexScores(
            self.docs + other.docs,
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_correct + other.type_correct,
            self.value_correct + other.value_correct,
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.docs,
            "gold": self.gold,
            "system": self.system,
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "type_accuracy": round(self.type_accuracy, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "value": self.value.as_dict(),
        }


@dataclass(frozen=True)
class Pair:
    """One scored item: a matched pair, a missed gold expression or a spurious system one."""

    gold: GoldTimex | None
    system: TimeExpr | None


@dataclass
class TimexEvaluation:
    folders: dict[str, TimexScores]  # "" for a flat folder
    pairs: dict[str, list[Pair]]  # per document id, for error listings
    docs: dict[str, TimeMLDoc]  # the gold documents, by id

    @property
    def overall(self) -> TimexScores:
        total = TimexScores()
        for name in sorted(self.folders):
            total = total + self.folders[name]
        return total

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {name or "all": s.as_dict() for name, s in sorted(self.folders.items())}
        if len(self.folders) > 1:
            out["overall"] = self.overall.as_dict()
        return out


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def align(gold: Sequence[GoldTimex], system: Sequence[TimeExpr]) -> list[Pair]:
    """Pair gold and system expressions one to one: exact spans first, then by largest overlap."""
    pairs: list[Pair] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    exact = {(s.start, s.end): j for j, s in enumerate(system)}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used_s:
            pairs.append(Pair(g, system[j]))
            used_g.add(i)
            used_s.add(j)
    candidates = sorted(
        (-_overlap(g.start, g.end, s.start, s.end), i, j)
        for i, g in enumerate(gold)
        if i not in used_g
        for j, s in enumerate(system)
        if j not in used_s and _overlap(g.start, g.end, s.start, s.end) > 0
    )
    for _neg, i, j in candidates:
        if i in used_g or j in used_s:
            continue
        pairs.append(Pair(gold[i], system[j]))
        used_g.add(i)
        used_s.add(j)
    pairs += [Pair(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [Pair(None, s) for j, s in enumerate(system) if j not in used_s]
    pairs.sort(key=_pair_position)
    return pairs


def _pair_position(p: Pair) -> tuple[int, int, bool]:
    span = p.gold if p.gold is not None else p.system
    assert span is not None  # a pair holds a gold or a system expression, or both
    return (span.start, span.end, p.gold is None)


def score_pairs(pairs: Iterable[Pair]) -> TimexScores:
    s = TimexScores(docs=1)
    for p in pairs:
        if p.gold is not None:
            s.gold += 1
        if p.system is not None:
            s.system += 1
        if p.gold is None or p.system is None:
            continue
        s.relaxed.tp += 1
        if (p.gold.start, p.gold.end) == (p.system.start, p.system.end):
            s.strict.tp += 1
        s.type_correct += p.gold.type == p.system.type
        s.value_correct += p.gold.value is not None and p.gold.value == p.system.value
    s.relaxed.fp = s.system - s.relaxed.tp
    s.relaxed.fn = s.gold - s.relaxed.tp
    s.strict.fp = s.system - s.strict.tp
    s.strict.fn = s.gold - s.strict.tp
    return s


def evaluate(
    nlp: Language,
    gold_dir: Path,
    *,
    limit: int | None = None,
    use_dct: bool = True,
    batch_size: int = 8,
) -> TimexEvaluation:
    """Score ``nlp`` (which must include ``dossier_times``) on the TimeML files under ``gold_dir``.

    ``limit`` scores only the first N files of each folder. Raises ``DataError`` for unreadable data.
    """
    folders: dict[str, TimexScores] = {}
    all_pairs: dict[str, list[Pair]] = {}
    gold_docs: dict[str, TimeMLDoc] = {}
    for name, files in find_timeml(gold_dir).items():
        golds: list[TimeMLDoc] = [read_timeml(f) for f in (files if limit is None else files[:limit])]
        articles = (
            Article(id=g.id, text=g.text, published=g.dct if use_dct else None, origin=str(g.path)) for g in golds
        )
        total = TimexScores()
        docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)
        for gold, doc in zip(golds, docs, strict=True):
            pairs = align(gold.timexes, list(doc._.times or []))
            all_pairs[gold.id] = pairs
            gold_docs[gold.id] = gold
            total = total + score_pairs(pairs)
        folders[name] = total
    return TimexEvaluation(folders, all_pairs, gold_docs)


def error_lines(evaluation: TimexEvaluation, context: int = 40) -> list[str]:
    """Readable lines for every missed, spurious, mis-spanned or mis-valued expression."""
    lines: list[str] = []
    for doc_id in sorted(evaluation.pairs):
        text = evaluation.docs[doc_id].text
        dct = evaluation.docs[doc_id].dct
        for p in evaluation.pairs[doc_id]:
            g, s = p.gold, p.system
            if (
                g is not None
                and s is not None
                and (g.start, g.end) == (s.start, s.end)
                and g.value == s.value
                and g.type == s.type
            ):
                continue
            if g is None:
                kind = "FP"
            elif s is None:
                kind = "FN"
            elif (g.start, g.end) != (s.start, s.end):
                kind = "SPAN" if g.value == s.value else "SPAN+VALUE"
            elif g.value != s.value:
                kind = "VALUE"
            else:
                kind = "TYPE"
            start = min(x.start for x in (g, s) if x is not None)
            end = max(x.end for x in (g, s) if x is not None)
            left = text[max(0, start - context) : start].replace("\n", " ")
            right = text[end : end + context].replace("\n", " ")
            gold_part = f"gold [{g.text}] {g.type} {g.value}" if g else "gold -"
            sys_part = f"sys [{s.text}] {s.type} {s.value}" if s else "sys -"
            lines.append(f"{kind}\t{doc_id}\t{dct}\t{gold_part}\t{sys_part}\t{left}<<{text[start:end]}>>{right}")
    return lines
