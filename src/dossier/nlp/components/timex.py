"""The ``dossier_times`` component: time expressions (TIMEX3) normalised to dates, and the document date.

Assigned attributes:

| attribute                    | value                                                           |
|------------------------------|-----------------------------------------------------------------|
| ``doc._.times``              | ``list[TimeExpr]`` in text order; ids ``t1``, ``t2``, ...        |
| ``doc._.published_inferred`` | ``PublishedInferred`` when the article has no ``published`` date |

The grammar (``dossier.nlp.timex.grammar``) finds the expressions; each is anchored to the article's
``published`` date, else to the date inferred from the text (``dossier.nlp.timex.docdate``), else left
unanchored ("XXXX-04-06"). Anaphoric expressions ("a year earlier", "the next day") are anchored to the
last date the narrative mentioned. See ``docs/times.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from dossier.models import TimeExpr
from dossier.nlp.extensions import doc_text, register_extensions
from dossier.nlp.timex.docdate import Clue, infer_document_date
from dossier.nlp.timex.grammar import Grammar, Hit, select
from dossier.nlp.timex.lexicon import TimexLexicon
from dossier.nlp.timex.normalise import Anchor, Context, normalise
from dossier.nlp.timex.readings import Reading
from dossier.nlp.timex.tense import FUTURE, clause_tense

# words just before an expression that point forward: "as soon as Tuesday", "until 9 a.m. Tuesday"
FORWARD_CUE = re.compile(
    r"(?i)\b(?:as\s+soon\s+as|as\s+early\s+as|until|till|by|starting|beginning|no\s+later\s+than)\s+(?:on\s+)?$"
)
# words before a date that make it a deadline or maturity, not an event the article looks back on
DEADLINE_CUE = re.compile(
    r"(?i)\b(?:due|matur\w*|expir\w*|until|through|by|effective|payable|before|deadline|"
    r"scheduled\s+for|set\s+for|starting|beginning|from)\s+(?:on\s+|in\s+)?$"
)
# "May" followed by a verb is the modal ("may be", "may not")
VERB_AFTER_MAY = re.compile(r"\s+(?:be|have|not|also|well|help|want|need)\b")
QUARTER_SPAN = 3  # sentences a reporting quarter stays in view for "a year ago" / "the quarter"


@Language.factory(
    "dossier_times",
    assigns=["doc._.times", "doc._.published_inferred"],
    requires=["doc._.news"],
    default_config={},
)
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(name)


def anchor_of(published: str | None) -> Anchor | None:
    """The document date as an anchor, from an ISO date or datetime ("2017-07-07T10:00:00Z")."""
    if not published:
        return None
    m = re.match(r"\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", published)
    return Anchor.from_value(m.group(1)) if m else None


class TimeTagger:
    def __init__(self, name: str = "dossier_times", lexicon: TimexLexicon | None = None) -> None:
        register_extensions()
        self.name = name
        self.lexicon = lexicon or TimexLexicon.load()
        self.grammar = Grammar(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        hits = select([h for h in self.grammar.find(text) if self._plausible(h, text)])
        starts = _sentence_starts(doc)
        tenses = [
            FUTURE
            if FORWARD_CUE.search(text[max(0, h.start - 14) : h.start])
            else clause_tense(doc, h.start, h.end, self.lexicon)
            for h in hits
        ]
        article = doc._.article
        published = article.published if article is not None else None
        dct = anchor_of(published)
        inferred = None
        if dct is None:
            news = doc._.news
            filed = news.dateline.date if news is not None and news.dateline is not None else None
            clues = [
                Clue(
                    text[h.start : h.end],
                    h.reading,
                    FUTURE if DEADLINE_CUE.search(text[max(0, h.start - 24) : h.start]) else t,
                    _forward(text[h.start : h.end]),
                    _dateline(text, h) or (filed is not None and filed.start <= h.start and h.end <= filed.end),
                )
                for h, t in zip(hits, tenses, strict=True)
            ]
            inferred, dct = infer_document_date(clues)
        doc._.times = self._normalise(text, hits, tenses, starts, dct)
        doc._.published_inferred = inferred
        return doc

    # -------------------------------------------------------------- filters
    def _plausible(self, hit: Hit, text: str) -> bool:
        """Context checks the rules cannot make: a bare number as a year, "May" as a month."""
        r = hit.reading
        before = text[max(0, hit.start - 30) : hit.start]
        after = text[hit.end : hit.end + 30]
        prev_word = _last_word(before)
        next_word = _first_word(after)
        if r.check == "year":
            if prev_word in self.lexicon.number_prefixes or before.rstrip().endswith(("$", "#", "-", "/", "£", "€")):
                return False
            if next_word in self.lexicon.non_date_nouns or re.match(r"\s*(?:%|-\d|:\d|/\d|\.\d)", after):
                return False
            year = r.year or 0
            if prev_word in self.lexicon.year_cues or before.rstrip().endswith((",", "(")):
                return 1000 <= year <= 2100
            return 1700 <= year <= 2100
        if r.type == "DURATION" and re.match(r"[\s-]*(?:old|of\s+age)\b", after, re.I):
            return False  # an age: "52 years old"
        if r.type == "DURATION" and re.match(r"(?i)an?\s", text[hit.start : hit.end]) and _counts_before(before):
            return False  # a rate: "700 seats a week", "$500 million a year"
        if r.clock == "T12:00" and prev_word == "high":
            return False  # "High Noon"
        span = text[hit.start : hit.end]
        if " " in span and span.istitle() and before.rstrip().endswith(('"', "“", "''", "``")):
            return False  # a title: ABC's "This Week", CBS's "60 Minutes"
        if r.check == "month":
            return prev_word in self.lexicon.month_cues and not VERB_AFTER_MAY.match(after)
        return True

    # ------------------------------------------------------------ normalise
    def _normalise(
        self, text: str, hits: list[Hit], tenses: list[int], starts: list[int], dct: Anchor | None
    ) -> list[TimeExpr]:
        times: list[TimeExpr] = []
        ref: Anchor | None = None
        ref_exact = False
        quarter: str | None = None
        quarter_sentence = -10
        for hit, tense in zip(hits, tenses, strict=True):
            r = hit.reading
            sentence = max(0, bisect_right(starts, hit.start) - 1)
            in_view = quarter if sentence - quarter_sentence <= QUARTER_SPAN else None
            ctx = Context(dct=dct, ref=ref, ref_exact=ref_exact, quarter=in_view, tense=tense)
            result = normalise(r, ctx)
            value = result.value
            times.append(
                TimeExpr(
                    id=f"t{len(times) + 1}",
                    start=hit.start,
                    end=hit.end,
                    text=text[hit.start : hit.end],
                    type=_type_of(r, value),
                    value=value,
                    mod=r.mod,
                    anchor=result.anchor,
                    sentence=sentence,
                )
            )
            if value and r.part and r.part.startswith("Q") and re.fullmatch(r"\d{4}-Q[1-4]", value):
                quarter, quarter_sentence = value, sentence
            if value and r.type in ("DATE", "TIME") and _narrative_date(r, value):
                ref = Anchor.from_value(value[:10]) or ref
                ref_exact = r.day is not None and r.month is not None
        return times


def _type_of(r: Reading, value: str | None) -> str:
    if r.type == "DATE" and value and re.match(r"P(?:T?\d|X|TX)", value):
        return "DURATION"
    return r.type


def _narrative_date(r: Reading, value: str) -> bool:
    """Does this expression move the narrative's reference date? Specific dates do; "now" does not."""
    if value.endswith("_REF") or value.startswith(("P", "X")):
        return False
    return r.month is not None or r.weekday is not None or r.holiday is not None or (r.unit == "D")


DATELINE_AFTER = re.compile(r"\s*(?:[—–]|--|-\s|\(|/|:)")
DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]*(?:,\s*[A-Za-z. ]+)?,\s*$")
DATELINE_REACH = 300  # characters from the start of the text


def _dateline(text: str, hit: Hit) -> bool:
    """A date opening the article: "BRASÍLIA, March 5, 2025 —", "March 5, 2025 (Reuters) -"."""
    if hit.start > DATELINE_REACH or hit.reading.day is None or hit.reading.year is None:
        return False
    before = text[: hit.start]
    line = before[before.rfind("\n") + 1 :]
    return bool(DATELINE_AFTER.match(text[hit.end : hit.end + 4])) and (
        not line.strip() or bool(DATELINE_BEFORE.search(before))
    )


def _forward(text: str) -> bool:
    return bool(re.match(r"(?i)\s*(this|next|coming|this coming)\b", text))


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START"):
        return [s.start_char for s in doc.sents]
    return [0]


def _counts_before(before: str) -> bool:
    """Does the text before end in a quantity ("700 seats", "$1.76", "24 hours")?"""
    return bool(
        re.search(r"(?:\d[\d,.]*|million|billion|thousand|hundred|dollars|cents|percent)(?:\s+[a-z]+)?\s*$", before)
    )


def _last_word(s: str) -> str:
    m = re.search(r"([\w.#'’]+)\W*$", s)
    return m.group(1).lower() if m else ""


def _first_word(s: str) -> str:
    m = re.match(r"\W*([\w'’]+)", s)
    return m.group(1).lower() if m else ""
