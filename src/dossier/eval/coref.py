"""Coreference scoring: MUC, B³, CEAF-e (and their mean, the CoNLL score) and mention detection.

Predicted mentions are aligned to gold mentions first (overlap + same end character: same head),
then the metrics are computed as the CoNLL-2012 scorer does on the aligned mention ids; unmatched
predictions keep ids of their own, so spurious mentions cost precision and missing ones recall.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from dossier.eval.coref_gold import GoldDoc
from dossier.eval.scores import PRF

Cluster = frozenset
PredMention = tuple[int, int, str]  # start, end, cluster id


@dataclass
class CorefScores:
    muc: Ratio = field(default_factory=lambda: Ratio())
    b3: Ratio = field(default_factory=lambda: Ratio())
    ceafe: Ratio = field(default_factory=lambda: Ratio())
    mentions: PRF = field(default_factory=PRF)
    documents: int = 0

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceafe.f1) / 3

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "mentions": self.mentions.as_dict(),
            "muc": self.muc.as_dict(),
            "b3": self.b3.as_dict(),
            "ceafe": self.ceafe.as_dict(),
            "conll_f1": round(self.conll, 4),
        }


def align(gold: GoldDoc, predicted: Sequence[PredMention]) -> tuple[list[Cluster], list[Cluster], int]:
    """Key and response clusters over shared mention ids, and the number of matched mentions."""
    gold_ids = {(m.start, m.end): k for k, m in enumerate(gold.mentions)}
    used: set[int] = set()
    response: dict[str, set[object]] = {}
    matched = 0
    for start, end, cluster in sorted(predicted):
        mid: object = ("pred", start, end)
        if (start, end) in gold_ids and gold_ids[(start, end)] not in used:
            mid = gold_ids[(start, end)]
        else:
            for k, g in enumerate(gold.mentions):
                if k not in used and g.end == end and g.start < end and start < g.end:
                    mid = k
                    break
        if isinstance(mid, int):
            used.add(mid)
            matched += 1
        response.setdefault(cluster, set()).add(mid)
    key: dict[str, set[object]] = {}
    for k, g in enumerate(gold.mentions):
        key.setdefault(g.entity, set()).add(k)
    return [frozenset(c) for c in key.values()], [frozenset(c) for c in response.values()], matched


def muc(key: list[Cluster], response: list[Cluster]) -> Ratio:
    def part(a: list[Cluster], b: list[Cluster]) -> tuple[float, float]:
        owner = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0.0
        for c in a:
            parts = {owner.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return _prf(pn, pd, rn, rd)


def b_cubed(key: list[Cluster], response: list[Cluster]) -> Ratio:
    def part(a: list[Cluster], b: list[Cluster]) -> tuple[float, float]:
        owner = {m: c for c in b for m in c}
        num = 0.0
        for c in a:
            for m in c:
                other = owner.get(m)  # a mention the other side lacks earns nothing (CoNLL-2012 scorer)
                if other is not None:
                    num += len(c & other) / len(c)
        return num, float(sum(len(c) for c in a))

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return _prf(pn, pd, rn, rd)


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> Ratio:
    if not key or not response:
        return _prf(0, len(response), 0, len(key))
    sim = np.zeros((len(key), len(response)))
    owner = {m: j for j, r in enumerate(response) for m in r}
    for i, k in enumerate(key):  # only clusters that share a mention have a similarity (cross-document sets are large)
        shared: dict[int, int] = {}
        for m in k:
            if m in owner:
                shared[owner[m]] = shared.get(owner[m], 0) + 1
        for j, inter in shared.items():
            sim[i, j] = 2 * inter / (len(k) + len(response[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _prf(total, len(response), total, len(key))


@dataclass
class Ratio:
    """A coreference metric as summed numerators and denominators (documents add up: micro-average)."""

    p_num: float = 0.0
    p_den: float = 0.0
    r_num: float = 0.0
    r_den: float = 0.0

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(
            self.p_num + other.p_num, self.p_den + other.p_den, self.r_num + other.r_num, self.r_den + other.r_den
        )

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> Ratio:
    return Ratio(p_num, p_den, r_num, r_den)


def score_clusters(key: list[Cluster], response: list[Cluster]) -> CorefScores:
    """MUC, B³ and CEAF-e of one response against one key over any hashable mention ids, such as
    (article, start, end) for clusters that cross documents."""
    return CorefScores(muc=muc(key, response), b3=b_cubed(key, response), ceafe=ceaf_e(key, response))


def score_documents(golds: Sequence[GoldDoc], predict: Callable[[GoldDoc], Sequence[PredMention]]) -> CorefScores:
    """Micro-averaged scores over documents (numerators and denominators summed, as the CoNLL scorer does)."""
    scores = CorefScores()
    for gold in golds:
        predicted = predict(gold)
        key, response, matched = align(gold, predicted)
        scores.muc += muc(key, response)
        scores.b3 += b_cubed(key, response)
        scores.ceafe += ceaf_e(key, response)
        scores.mentions += PRF(matched, len(predicted) - matched, len(gold.mentions) - matched)
        scores.documents += 1
    return scores


SYSTEMS = ("dossier", "spacy-ner", "spacy-ner-exact")
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC"}


def make_predictor(system: str, model: str | None = None) -> Callable[[GoldDoc], list[PredMention]]:
    """A function from a gold document's text to predicted (start, end, cluster) mentions.

    ``dossier``: the entities component. ``spacy-ner``: plain spaCy NER, each entity its own cluster.
    ``spacy-ner-exact``: plain spaCy NER with identical strings clustered together.
    """
    from dossier.analysis import make_doc
    from dossier.models import Article
    from dossier.nlp.pipeline import load_pipeline

    if system not in SYSTEMS:
        raise ValueError(f"unknown system {system!r}; choose one of {', '.join(SYSTEMS)}")
    nlp = load_pipeline(model, components=("dossier_entities",) if system == "dossier" else ())

    def predict(gold: GoldDoc) -> list[PredMention]:
        doc = nlp(make_doc(nlp, Article(id=gold.id, text=gold.text, published=gold.published)))
        if system == "dossier":
            return [(m.start, m.end, e.id) for e in doc._.entities for m in e.mentions]
        ents = [e for e in doc.ents if e.label_ in NER_LABELS]
        if system == "spacy-ner":
            return [(e.start_char, e.end_char, f"n{k}") for k, e in enumerate(ents)]
        return [(e.start_char, e.end_char, e.text.lower()) for e in ents]

    return predict
