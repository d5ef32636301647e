"""Attribution scoring against PolNeAR (brat): content, source and cue, and content tokens.

Matching (the same for every system scored): a prediction matches a gold relation when their contents
share at least half of the gold content's characters; pairs are taken one-to-one, largest overlap first
(ties: text order). On the matched pairs, the source is right when both are absent (a gold
``Attribution-no-source`` and a prediction naming no source) or when the two source spans share a
character, and likewise the cue. Full F1 counts a match only when content, source and cue are all right.
Token-level content P/R/F1 compares, word by word, the words inside some gold content with the words
inside some predicted content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dossier.analysis import collect, make_doc
from dossier.errors import DataError
from dossier.eval.brat import Fragments, GoldAttribution, GoldDoc, read_split
from dossier.eval.scores import PRF
from dossier.models import Analysis, Article

_WORD = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Predicted:
    content: Fragments
    source: Fragments | None
    cue: Fragments | None


@dataclass
class SystemScores:
    """The figures for one system on one split."""

    name: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    content: PRF = field(default_factory=PRF)
    full: PRF = field(default_factory=PRF)
    tokens: PRF = field(default_factory=PRF)
    source_right: int = 0
    cue_right: int = 0

    @property
    def matched(self) -> int:
        return int(self.content.tp)

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.matched if self.matched else 0.0

    @property
    def cue_accuracy(self) -> float:
        return self.cue_right / self.matched if self.matched else 0.0

    def add(self, other: SystemScores) -> None:
        self.documents += other.documents
        self.gold += other.gold
        self.predicted += other.predicted
        self.content = self.content + other.content
        self.full = self.full + other.full
        self.tokens = self.tokens + other.tokens
        self.source_right += other.source_right
        self.cue_right += other.cue_right

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "content": self.content.as_dict(),
            "source_accuracy": round(self.source_accuracy, 4),
            "cue_accuracy": round(self.cue_accuracy, 4),
            "full": self.full.as_dict(),
            "tokens": self.tokens.as_dict(),
        }


@dataclass
class DocResult:
    """One document's gold, predictions and matching (for error listings)."""

    name: str
    text: str
    gold: list[GoldAttribution]
    predicted: list[Predicted]
    pairs: list[tuple[int, int]]


def _length(frags: Fragments) -> int:
    return sum(e - s for s, e in frags)


def overlap(a: Fragments, b: Fragments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: list[GoldAttribution], predicted: list[Predicted]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose contents share >= half the gold content."""
    candidates = []
    for gi, g in enumerate(gold):
        need = _length(g.content) / 2
        for pi, p in enumerate(predicted):
            ov = overlap(g.content, p.content)
            if ov > 0 and ov >= need:
                candidates.append((-ov, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _same(gold: Fragments | None, pred: Fragments | None) -> bool:
    if not gold or not pred:
        return not gold and not pred
    return overlap(gold, pred) > 0


def _word_offsets(text: str, frags: Iterable[Fragments]) -> set[int]:
    """Start offsets of the words lying inside any of the fragments."""
    spans = sorted((s, e) for f in frags for s, e in f)
    out: set[int] = set()
    for s, e in spans:
        for m in _WORD.finditer(text, s, e):
            out.add(m.start())
    return out


def score_document(
    name: str, text: str, gold: list[GoldAttribution], predicted: list[Predicted], system: str = ""
) -> tuple[SystemScores, DocResult]:
    pairs = match(gold, predicted)
    sc = SystemScores(system, documents=1, gold=len(gold), predicted=len(predicted))
    tp = len(pairs)
    sc.content = PRF(tp, len(predicted) - tp, len(gold) - tp)
    full = 0
    for gi, pi in pairs:
        src = _same(gold[gi].source, predicted[pi].source)
        cue = _same(gold[gi].cue, predicted[pi].cue)
        sc.source_right += src
        sc.cue_right += cue
        full += src and cue
    sc.full = PRF(full, len(predicted) - full, len(gold) - full)
    g_words = _word_offsets(text, (g.content for g in gold))
    p_words = _word_offsets(text, (p.content for p in predicted))
    both = len(g_words & p_words)
    sc.tokens = PRF(both, len(p_words) - both, len(g_words) - both)
    return sc, DocResult(name, text, gold, predicted, pairs)


def from_analysis(analysis: Analysis) -> list[Predicted]:
    """dossier's attributions as scorer records (a source with no words counts as absent)."""
    out = []
    for att in analysis.attributions:
        parts = att.content_parts or [att.content]
        src = att.source
        source = ((src.start, src.end),) if src is not None and src.end > src.start else None
        out.append(Predicted(tuple((p.start, p.end) for p in parts), source, ((att.cue.start, att.cue.end),)))
    return out


def _token_frags(tokens) -> Fragments | None:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    return ((toks[0].idx, toks[-1].idx + len(toks[-1].text)),)


def textacy_predictions(doc: Doc) -> list[Predicted]:
    """textacy's ``direct_quotations`` on the same parsed Doc (the baseline)."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise DataError(
            "the textacy baseline needs textacy: pip install 'dossier[baselines]' (or pip install "
            "'textacy>=0.13,<0.14')"
        ) from exc
    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, AttributeError):  # textacy trips over some odd quote layouts
        triples = []
    for q in triples:
        content = q.content
        out.append(Predicted(((content.start_char, content.end_char),), _token_frags(q.speaker), _token_frags(q.cue)))
    return out


Systems = dict[str, Callable[[Doc, Analysis], list[Predicted]]]


def evaluate(
    nlp: Language,
    split_dir: Path,
    *,
    limit: int | None = None,
    baselines: tuple[str, ...] = (),
    batch_size: int = 8,
) -> tuple[dict[str, SystemScores], dict[str, list[DocResult]]]:
    """Run dossier (and the named baselines) over a PolNeAR split; scores and per-document results."""
    unknown = [b for b in baselines if b != "textacy"]
    if unknown:
        raise DataError(f"unknown baseline {unknown[0]!r}; the only baseline is 'textacy'")
    golds: list[GoldDoc] = read_split(split_dir, limit)
    systems: Systems = {"dossier": lambda doc, analysis: from_analysis(analysis)}
    if "textacy" in baselines:
        textacy_predictions(nlp.make_doc("x"))  # fail early when textacy is missing
        systems["textacy"] = lambda doc, analysis: textacy_predictions(doc)
    totals = {name: SystemScores(name) for name in systems}
    results: dict[str, list[DocResult]] = {name: [] for name in systems}
    docs = (make_doc(nlp, Article(g.name, g.text)) for g in golds)
    for gold, doc in zip(golds, nlp.pipe(docs, batch_size=batch_size)):
        analysis = collect(doc)
        for name, predict in systems.items():
            sc, res = score_document(gold.name, gold.text, gold.attributions, predict(doc, analysis), name)
            totals[name].add(sc)
            results[name].append(res)
    return totals, results


def error_listing(results: list[DocResult], limit: int | None = None) -> list[str]:
    """Readable lines for missed gold relations and spurious predictions (for development)."""
    lines = []

    def show(text: str, frags: Fragments | None) -> str:
        return " … ".join(text[s:e] for s, e in frags).replace("\n", " ") if frags else "∅"

    def relation(text: str, source: Fragments | None, cue: Fragments | None, content: Fragments) -> str:
        return f"[{show(text, source)}] —{show(text, cue)}→ {show(text, content)[:200]}"

    for res in results:
        got_g = {g for g, _ in res.pairs}
        got_p = {p for _, p in res.pairs}
        for gi, g in enumerate(res.gold):
            if gi not in got_g:
                lines.append(f"MISS  {res.name}  {relation(res.text, g.source, g.cue, g.content)}")
        for pi, p in enumerate(res.predicted):
            if pi not in got_p:
                lines.append(f"SPUR  {res.name}  {relation(res.text, p.source, p.cue, p.content)}")
        for gi, pi in res.pairs:
            g, p = res.gold[gi], res.predicted[pi]
            if not (_same(g.source, p.source) and _same(g.cue, p.cue)):
                lines.append(
                    f"PART  {res.name}  gold [{show(res.text, g.source)}] —{show(res.text, g.cue)}→ | "
                    f"pred [{show(res.text, p.source)}] —{show(res.text, p.cue)}→ {show(res.text, p.content)[:120]}"
                )
    return lines[:limit] if limit else lines
