"""The ``dossier_attributions`` component: who says so — source, cue and content of every claim, with its certainty.

Assigned attributes: ``doc._.attributions`` (``list[Attribution]`` in text order, ids ``a1``, ``a2``, ...).

How (details in ``docs/attribution.md``):

1. ``attribution_speech`` finds cue words in the parse (speech, belief, perception, intention and
   position verbs, noun cues, ``according to``, denial participles) with the complement that holds
   their content and the phrase naming their source;
2. ``attribution_quotes`` finds quotations in the raw text (every kind of mark, several paragraphs,
   unbalanced ones); a content that touches a quotation takes all of it, a cue with no complement
   takes the quotation beside it (``"…," said X``, ``X said: "…"``), a quote split by its cue
   (``"…," X said, "…"``) is one content in two parts, and the all-quote sentences that follow a
   quotation continue it;
3. cues inside a quotation are left alone (the quote is the speaker's; PolNeAR does not annotate them);
4. the source links to the entity whose mention it overlaps (pronouns and nominals resolve through
   the entities' coreference); its kind comes from the entity, else from the source words (vague,
   anonymous); a claim with no source in the text has the kind ``author``;
5. certainty: the cue's (``denied``, ``alleged``, intentions ``planned``, "reportedly said" ``hedged``)
   combined with the content's own cues (``certainty.certainty_of``), ``reported`` otherwise.

Helpers for other components: ``attribution_covering(attributions, start, end)`` and
``certainty.certainty_of(tokens)``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.models import ALONE, Attribution, Entity, Offsets, Source, Span
from dossier.nlp.components.attribution_lexicon import AttributionLexicon
from dossier.nlp.components.attribution_quotes import Quote, find_quotes
from dossier.nlp.components.attribution_speech import (
    RELATIVE,
    Candidate,
    sentence_candidates,
    source_phrase,
    token_span,
)
from dossier.nlp.components.certainty import certainty_of, combine, cue_certainty
from dossier.nlp.extensions import doc_text, register_extensions
from dossier.nlp.newsformat import NewsFormat, actor_allowed

PERSON_PRONOUNS = {"i", "me", "he", "him", "she", "her", "you", "myself", "himself", "herself"}
GROUP_PRONOUNS = {"we", "us", "they", "them"}
MAX_BETWEEN_TOKENS = 8  # words allowed between a cue and the second half of a split quote ("she said Tuesday,")


def attribution_covering(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose content covers the characters ``start``..``end`` (the innermost one when
    contents nest), or None. For events and relations inside a claim: they take its id and certainty."""
    best: Attribution | None = None
    for att in attributions:
        parts = att.content_parts or [att.content]
        if any(p.start <= start and end <= p.end for p in parts):
            if best is None or (att.content.end - att.content.start) < (best.content.end - best.content.start):
                best = att
    return best


class _Index:
    """Positions in one Doc: sentences by character, quotes by character, mentions by character."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.quotes = quotes
        self.quote_starts = [q.start for q in quotes]
        self.quote_ends = [q.end for q in quotes]
        # a description coreference follows no further ("officials", "a police officer") is no source's entity:
        # the source is the vague or anonymous voice its words make it
        self.mentions = sorted(
            ((m.start, m.end, e, m.kind) for e in entities for m in e.mentions if m.linked_by != ALONE),
            key=lambda x: (x[0], x[1], x[2].id),
        )

    def sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def quote_index_at(self, char: int) -> int | None:
        """The quotation holding ``char`` (top-level quotations never overlap)."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        return i if i >= 0 and self.quotes[i].contains(char) else None

    def quotes_overlapping(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_right(self.quote_ends, start)
        hi = bisect.bisect_left(self.quote_starts, end)
        return [i for i in range(lo, hi) if any(s < end and start < e for s, e in self.quotes[i].parts)]

    def sent_bounds(self, i: int) -> tuple[int, int]:
        s = self.sents[i]
        return s.start_char, s.start_char + len(s.text.rstrip())


def _merge(parts: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sorted parts, merged where they overlap or only spaces/punctuation on one line separate them."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(p for p in parts if p[1] > p[0]):
        if out:
            gap = text[out[-1][1] : s]
            if s <= out[-1][1] or ("\n" not in gap and not any(ch.isalnum() for ch in gap)):
                out[-1] = (out[-1][0], max(out[-1][1], e))
                continue
        out.append((s, e))
    return out


def _quote_chars(parts: list[tuple[int, int]], idx: _Index) -> int:
    total = 0
    for qi in idx.quotes_overlapping(parts[0][0], parts[-1][1]):
        for qs, qe in idx.quotes[qi].parts:
            for s, e in parts:
                total += max(0, min(e, qe) - max(s, qs))
    return total


def _snap_to_quotes(cand: Candidate, idx: _Index, claimed: set[int]) -> None:
    """A content touching a quotation takes the whole of it (all its paragraphs)."""
    touched = idx.quotes_overlapping(cand.start, cand.end)
    touched = [
        qi for qi in touched if any(s < qe and qs < e for s, e in cand.content for qs, qe in idx.quotes[qi].parts)
    ]
    if not touched:
        return
    parts = list(cand.content)
    cue_start, cue_end = token_span(cand.cue)
    text = idx.text
    claim_start = min(cue_start, token_span(cand.source)[0]) if cand.source else cue_start
    for qi in touched:
        q = idx.quotes[qi]
        if q.start <= cue_start < q.end:
            continue  # never swallow the cue
        if cand.entry.cls == "speech" and (
            q.end <= claim_start
            and not any(ch.isalnum() for ch in text[q.end : claim_start])
            and _set_off(text, q.start)
        ):
            # "… - ''I love Oreos,'' he said, …": the quotation beside the cue is the content, not the
            # clause the parser hung around it
            claimed.add(qi)
            cand.content = list(q.parts)
            return
        parts.extend(q.parts)
        claimed.add(qi)
    cand.content = _merge(parts, text)


EXTEND_FRAMES = {"that", "to", "obj", "as"}


def _to_sentence_end(cand: Candidate, idx: _Index, cue_heads: set[int]) -> None:
    """A content after its cue runs to the end of the sentence, up to the next cue's clause."""
    if cand.frame not in EXTEND_FRAMES and not cand.frame.startswith("p:") or cand.head.pos_ not in {"VERB", "AUX"}:
        return
    cue_end = token_span(cand.cue)[1]
    if cand.start < cue_end:
        return
    sent = cand.head.sent
    end_tok = None
    for tok in sent:
        if tok.idx < cand.end:
            continue
        if tok.text in {".", "!", "?"} and tok.i + 1 < sent.end and idx.quote_index_at(tok.idx) is None:
            end_tok = tok.i  # a sentence end the parser did not split at
            break
        if tok.i in cue_heads or tok.lower_ == "according":
            # stop before the clause of the next cue: back over its subject, auxiliaries and linking words
            j = tok.left_edge.i if tok.dep_ not in {"ROOT"} else tok.i
            j = min(j, tok.i)
            end_tok = j
            break
    last = (end_tok if end_tok is not None else sent.end) - 1
    doc = idx.doc
    while last >= sent.start and (_trailing_punct(doc[last]) or doc[last].is_space or doc[last].dep_ == "cc"):
        last -= 1
    if last < sent.start:
        return
    new_end = doc[last].idx + len(doc[last].text)
    if new_end > cand.end:
        cand.content = cand.content[:-1] + [(cand.content[-1][0], new_end)]


def _trailing_punct(tok: Token) -> bool:
    return tok.is_punct and tok.text not in "”’\"'"


def _set_off(text: str, start: int) -> bool:
    """A quotation set off from the words before it by a dash, colon or parenthesis."""
    before = text[max(0, start - 40) : start].rstrip()
    return bool(before) and before[-1] in "-—–:;("


def _between_is_small(idx: _Index, start: int, end: int, cue_heads: set[int]) -> bool:
    """Only a few words, no other verb, between ``start`` and ``end`` (a cue and the quote beside it)."""
    if end < start:
        return False
    span = idx.doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None:
        return True
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) > MAX_BETWEEN_TOKENS:
        return False
    return not any(t.pos_ in {"VERB"} and t.i not in cue_heads for t in words)


def _claim_end(cand: Candidate) -> int:
    """Where the cue's own words end: cue, source (inverted order) and the content part before them."""
    ends = [token_span(cand.cue)[1]]
    if cand.source:
        ends.append(token_span(cand.source)[1])
    return max(ends)


def _attach_free_quote(cand: Candidate, idx: _Index, claimed: set[int], cue_heads: set[int]) -> None:
    """A speech cue without a complement takes the quotation beside it, in its sentence or the next."""
    si = idx.sent_index(cand.head.idx)
    s_start, s_end = idx.sent_bounds(si)
    cue_start, cue_end = token_span(cand.cue)
    best: tuple[int, int] | None = None
    for qi in idx.quotes_overlapping(s_start, s_end):
        if qi in claimed:
            continue
        q = idx.quotes[qi]
        if q.start <= cue_start < q.end:
            continue
        if q.end <= cue_start:
            gap = (q.end, min(cue_start, token_span(cand.source)[0]) if cand.source else cue_start)
        else:
            gap = (_claim_end(cand), q.start)
        if not _between_is_small(idx, *gap, cue_heads):
            continue
        dist = abs(q.start - cue_start) if q.start > cue_start else abs(cue_start - q.end)
        if best is None or dist < best[0]:
            best = (dist, qi)
    if best is not None:
        q = idx.quotes[best[1]]
        claimed.add(best[1])
        cand.content = list(q.parts)
        cand.frame = "quote"
        return
    # "X said in a statement:" then the quotation (or the statement) in the next sentence
    if si + 1 >= len(idx.sents):
        return
    tail = idx.text[cue_end:s_end]
    n_start, n_end = idx.sent_bounds(si + 1)
    next_qi = idx.quote_index_at(n_start + len(idx.text[n_start:n_end]) - len(idx.text[n_start:n_end].lstrip()))
    free = next_qi is not None and next_qi not in claimed and idx.quotes[next_qi].start >= s_end
    if next_qi is not None and free and _between_is_small(idx, cue_end, s_end, cue_heads):
        claimed.add(next_qi)
        cand.content = list(idx.quotes[next_qi].parts)
        cand.frame = "quote"
    elif tail.rstrip().endswith(":") and n_end > n_start:
        cand.content = [(n_start, n_end)]
        cand.frame = "colon"


def _word_at(text: str, start: int, end: int, last: bool = False) -> int | None:
    """The first (or last) letter or digit in ``text[start:end]``."""
    rng = range(end - 1, start - 1, -1) if last else range(start, end)
    return next((i for i in rng if text[i].isalnum()), None)


def _continue_quotes(cand: Candidate, idx: _Index, claimed: set[int], cue_sents: set[int], cue_heads: set[int]) -> None:
    """``"…," X said, "…"`` and the all-quote sentences after a quotation belong to the same content."""
    if cand.entry.cls != "speech":
        return
    text = idx.text
    cue_sent = idx.sent_index(cand.head.idx)
    end_word = _word_at(text, cand.start, cand.end, last=True)
    last_sent = max(cue_sent, idx.sent_index(end_word if end_word is not None else cand.end - 1))
    after = max(cand.end, _claim_end(cand))
    while True:
        nxt = bisect.bisect_left(idx.quote_starts, after)
        if nxt >= len(idx.quotes):
            return
        q = idx.quotes[nxt]
        first, last = _word_at(text, q.start, q.end), _word_at(text, q.start, q.end, last=True)
        if first is None or last is None:
            return
        q_sent = idx.sent_index(first)
        if nxt in claimed:
            if q_sent <= last_sent:
                after = q.end  # a quote inside another cue's content in the cue sentence: look past it
                continue
            return
        if q_sent <= last_sent:
            # the second half of a split quote, right after the cue's words
            if not _between_is_small(idx, after, q.start, cue_heads):
                return
        else:
            between = text[after : q.start]
            if not cand.direct and any(ch.isalnum() for ch in text[cand.end : q.start]):
                if idx.sent_index(cand.end) != q_sent - 1:
                    return  # an indirect content goes on only into the quotation right after it
            if "\n" in between and any(ch.isalnum() for ch in between):
                return  # words of another paragraph between
            if any(s in cue_sents for s in range(last_sent + 1, q_sent)):
                return  # a sentence with a cue of its own between
            if any(s in cue_sents for s in range(q_sent, idx.sent_index(last) + 1)):
                return  # the quotation's sentences have a cue of their own
            s_start, s_end = idx.sent_bounds(q_sent)
            if any(ch.isalnum() for ch in text[s_start : q.start]):
                # "Unless rivals quit the race, ''it's very difficult to see …''": a sentence that is
                # mostly the quotation continues it from its start
                root = idx.sents[q_sent].root
                if (q.end - q.start) * 2 < s_end - s_start or s_start < after or root.idx < q.start:
                    return  # the words before the quotation are a clause of their own
                claimed.add(nxt)
                cand.content = _merge(cand.content + [(s_start, q.parts[0][1]), *q.parts[1:]], text)
                last_sent = idx.sent_index(last)
                after = q.end
                continue
        claimed.add(nxt)
        cand.content = _merge(cand.content + list(q.parts), text)
        last_sent = idx.sent_index(last)
        after = q.end


def _source(cand: Candidate, idx: _Index, lex: AttributionLexicon) -> Source:
    text = idx.text
    if not cand.source:
        cs = token_span(cand.cue)[0]
        return Source(None, cs, cs, "", "author")
    toks = cand.source
    start, end = token_span(toks)
    ref = toks
    if len(toks) == 1 and toks[0].lower_ in RELATIVE and toks[0].head.dep_ == "relcl":
        # "Barkley, who said …": the source is "who", the speaker the noun the clause hangs on
        ref = source_phrase(toks[0].head.head)
    r_start, r_end = token_span(ref)
    inside = {t.i for t in ref}
    head = next((t for t in ref if t.head.i not in inside or t.head == t), ref[-1])
    entity, mention_kind = _entity_at(idx, head, r_start, r_end)
    kind = _kind(ref, head, entity, mention_kind, lex)
    return Source(entity.id if entity is not None else None, start, end, text[start:end], kind)


def _entity_at(idx: _Index, head: Token, start: int, end: int) -> tuple[Entity | None, str]:
    lo = bisect.bisect_left(idx.mentions, (start - 200,))
    best: tuple[int, Entity, str] | None = None
    for m_start, m_end, ent, kind in idx.mentions[lo:]:
        if m_start >= end:
            break
        overlap = min(end, m_end) - max(start, m_start)
        if overlap <= 0:
            continue
        if not m_start <= head.idx < m_end:
            continue  # "A senior Brazilian official" is not Brazil: the mention must hold the head word
        if best is None or overlap > best[0]:
            best = (overlap, ent, kind)
    return (best[1], best[2]) if best else (None, "")


def _kind(toks: list[Token], head: Token, entity: Entity | None, mention_kind: str, lex: AttributionLexicon) -> str:
    words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
    lemma = head.lemma_.lower()
    named = entity is not None and mention_kind == "name"
    if words & {"anonymous", "unnamed", "unidentified"}:
        return "anonymous"
    if lemma in {"person", "people"} and any(t.lower_ == "familiar" for t in head.subtree):
        return "anonymous"
    if (
        head.pos_ != "PROPN"
        and lemma in lex.anonymous
        and not (named and entity is not None and entity.type == "PERSON")
    ):
        return "anonymous"
    if head.pos_ == "PROPN" and any(t.i < head.i and t.lemma_.lower() in lex.person_nouns for t in toks):
        return "person"  # "Foreign Minister Ana Lúcia Prado", whatever type the name was given
    if named and entity is not None:
        return "person" if entity.type == "PERSON" else "organization"
    if head.pos_ != "PROPN" and (lemma in lex.vague or head.lower_ in lex.vague):
        if not (head.lower_ in GROUP_PRONOUNS and entity is not None):
            return "vague"
    if entity is not None:
        return "person" if entity.type == "PERSON" else "organization"
    low = head.lower_
    if low in PERSON_PRONOUNS:
        return "person"
    if low in GROUP_PRONOUNS:
        return "vague"
    if head.pos_ == "PROPN" or head.ent_type_:
        return "person" if head.ent_type_ == "PERSON" else "organization"
    if head.tag_ in {"NNS", "NNPS"} and head.pos_ != "PROPN" and lemma not in lex.bodies:
        return "vague"  # "opposition leaders", "many voters": a group nobody names
    if lemma in lex.person_nouns:
        return "person"
    if lemma in lex.bodies:
        return "organization"
    return "vague"  # "this position of distrust", "the numbers": nobody in particular


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def extract_attributions(doc: Doc, lex: AttributionLexicon, trace: dict[str, str] | None = None) -> list[Attribution]:
    """The attributions of a parsed Doc; ``trace`` (optional) receives id -> "lemma frame class" for each."""
    text = doc_text(doc)
    if not text.strip() or not doc.has_annotation("DEP"):
        return []
    idx = _Index(doc, find_quotes(text), list(doc._.entities or []))
    news = doc._.news
    cands: list[Candidate] = []
    for sent in idx.sents:
        for cand in sentence_candidates(sent, lex):
            if idx.quote_index_at(cand.head.idx) is not None:
                continue  # a cue inside a quotation belongs to the quoted speaker's words
            if news is not None and not _outside_news_format(cand, news):
                continue  # a caption, a credit, a note or a dateline is nobody's claim (dossier_newsformat)
            cands.append(cand)
    cue_heads = {t.i for c in cands for t in c.cue}
    cue_sents = {idx.sent_index(c.head.idx) for c in cands}
    claimed: set[int] = set()
    for cand in cands:
        if cand.content:
            _to_sentence_end(cand, idx, cue_heads)
    for cand in cands:
        if cand.content:
            _snap_to_quotes(cand, idx, claimed)
    for cand in cands:
        if not cand.content:
            _attach_free_quote(cand, idx, claimed, cue_heads)
    for cand in cands:
        if cand.content:
            cand.direct = _quote_chars(cand.content, idx) * 2 >= sum(e - s for s, e in cand.content)
    for cand in cands:
        if cand.content:
            _continue_quotes(cand, idx, claimed, cue_sents, cue_heads)
    return _records(doc, idx, [c for c in cands if c.content], lex, trace)


def _outside_news_format(cand: Candidate, news: NewsFormat) -> bool:
    """Neither the cue nor the source of a candidate lies in a dateline, credit, byline, caption or note."""
    cue_start, cue_end = token_span(cand.cue)
    if not actor_allowed(news, cue_start, cue_end):
        return False
    return not cand.source or actor_allowed(news, *token_span(cand.source))


def _records(
    doc: Doc, idx: _Index, cands: list[Candidate], lex: AttributionLexicon, trace: dict[str, str] | None
) -> list[Attribution]:
    text = idx.text
    news = doc._.news
    out: list[tuple[Attribution, str]] = []
    seen: set[tuple] = set()
    for cand in sorted(cands, key=lambda c: (c.head.idx, c.start)):
        parts = [(max(0, s), min(len(text), e)) for s, e in cand.content]
        if news is not None and news.spans:
            parts = [p for s, e in parts for p in _without_news_format(s, e, news, text)]
        parts = [(s, e) for s, e in parts if e > s and text[s:e].strip()]
        if not parts:
            continue
        key = (token_span(cand.cue), parts[0][0], parts[-1][1])
        if key in seen:
            continue
        seen.add(key)
        c_start, c_end = token_span(cand.cue)
        content_toks = [t for s, e in parts for t in _tokens(doc, s, e)]
        certainty = combine(
            cue_certainty(cand.head, cand.entry.certainty, lex), certainty_of(content_toks, lex, "reported")
        )
        s_start, s_end = idx.sent_bounds(idx.sent_index(cand.head.idx))
        out.append(
            (
                Attribution(
                    id="",
                    source=_source(cand, idx, lex),
                    cue=_span(text, c_start, c_end),
                    content=_span(text, parts[0][0], parts[-1][1]),
                    direct=cand.direct,
                    certainty=certainty,
                    sentence=Offsets(s_start, s_end),
                    content_parts=[_span(text, s, e) for s, e in parts] if len(parts) > 1 else [],
                ),
                f"{cand.entry.lemma} {cand.frame} {cand.entry.cls}",
            )
        )
    out.sort(key=lambda x: (x[0].content.start, x[0].cue.start, x[0].content.end))
    for n, (att, how) in enumerate(out, start=1):
        att.id = f"a{n}"
        if trace is not None:
            trace[att.id] = how
    return [att for att, _ in out]


def _without_news_format(start: int, end: int, news: NewsFormat, text: str) -> list[tuple[int, int]]:
    """``start..end`` less the format spans inside it (a content never holds a dateline or a caption), each
    piece without the white space at its edges."""
    pieces = []
    for span in news.spans:
        if span.end <= start or span.start >= end:
            continue
        if span.start > start:
            pieces.append((start, span.start))
        start = max(start, span.end)
    if start < end:
        pieces.append((start, end))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


class AttributionExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.lexicon = AttributionLexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = extract_attributions(doc, self.lexicon)
        return doc


@Language.factory(
    "dossier_attributions",
    assigns=["doc._.attributions"],
    requires=["doc._.news", "doc._.entities", "token.dep", "token.pos"],
)
def make_attribution_extractor(nlp: Language, name: str) -> AttributionExtractor:
    return AttributionExtractor(nlp, name)
