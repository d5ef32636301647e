"""The ``dossier_events`` component: who did what to whom, in the PLOVER ontology.

Assigned attributes: ``doc._.events`` (``list[Event]``, in text order; ids ``ev1``, ``ev2``, ...).

For every verb or noun of the PLOVER lexicon (``data/lexicons/plover/``), and every event noun
governed by a light verb ("held talks", "launched an attack"), one ``Event`` with: the category and
mode; the CAMEO root, QuadClass, PentaClass and intensity; source, target and other participants as
entity ids (``events_args``); the time expression governing the clause; the place; negation and
certainty (``events_certainty``, or the covering attribution's when there is one); the trigger and the
sentence. See ``docs/events.md``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.models import Event, EventTime, Offsets, TimeExpr
from dossier.models import Span as TextSpan
from dossier.nlp.components.events_args import (
    ACTOR_TYPES,
    EntityIndex,
    Hit,
    actor_of,
    argument_word,
    noun_arguments,
    phrase_span,
    place_of,
    statement_arguments,
    verb_arguments,
)
from dossier.nlp.components.events_certainty import assess
from dossier.nlp.components.events_detect import (
    Trigger,
    find_modal_demands,
    find_statements,
    find_triggers,
    match_noun,
)
from dossier.nlp.components.events_lexicon import PloverLexicon
from dossier.nlp.components.events_verbal import material_support, official_protest, verbal_attack
from dossier.nlp.extensions import doc_text, register_extensions
from dossier.nlp.newsformat import actor_allowed

DEPTH_KEY = "dossier_event_depth"  # doc.user_data: event id -> depth of its anchor below the sentence root
STATEMENT_KEY = "dossier_statement_depth"  # doc.user_data: sentence start char -> depth of its shallowest statement
# doc.user_data: sentence start char -> (source span, source id, target span, target id) of that statement
# ("X expressed concern about Y")
STATEMENT_ARGS_KEY = "dossier_statement_arguments"
# PLOVER: future material cooperation is an intention to cooperate (AGREE); a future retreat a concession
FUTURE_READING = {"COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
REFUSAL_MODE = {
    "CONSULT": "meet",
    "AGREE": "meet",
    "COOPERATE": "assist",
    "AID": "assist",
    "SUPPORT": "change",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
# acts done to a territory: with no other target, the country or region they take place in is the target
TERRITORIAL = {"MOBILIZE", "COERCE", "RETREAT", "CONCEDE", "AID", "SANCTION", "REQUEST"}
REFUSALS = {"refuse", "decline", "fail"}  # verbs whose infinitive complement is not done
MAX_SENT_TOKENS = 600  # longer "sentences" (flattened tables) are skipped: the parse is meaningless


def _sentence_offsets(sent: Span) -> Offsets:
    return Offsets(sent.start_char, sent.start_char + len(sent.text.rstrip()))


def _depth(tok: Token) -> int:
    n = 0
    while tok.head != tok and n < 50:
        tok = tok.head
        n += 1
    return n


def _trigger_span(trig: Trigger, text: str) -> TextSpan:
    tok = trig.token
    start, end = tok.idx, tok.idx + len(tok.text)
    if trig.particle is not None and trig.particle.i == tok.i + 1:
        end = trig.particle.idx + len(trig.particle.text)
    return TextSpan(start, end, text[start:end])


DATE_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d|SP|SU|FA|WI|H\d))?(-\d{2})?(T[\d:]+)?$")
DURATION_VALUE = re.compile(r"^P(\d+)([DWMY])$")


class _Times:
    """Time expressions of the document by token, to find the date governing a clause.

    An event's date is a date (a day, month, year, week, quarter or season) or a time; never a duration
    or a set ("for three weeks", "every year"). A duration anchored on a dated expression ("three weeks
    after March 1, 2017", "two days before the vote on May 7") gives the date it points to; any other
    duration gives none: the event then keeps no date rather than a wrong one.
    """

    def __init__(self, doc: Doc, times: list[TimeExpr]) -> None:
        self.items: list[tuple[TimeExpr, Token, str]] = []  # expression, its root token, the date it gives
        spans = {}
        for t in times:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            spans[t.id] = span
        dated = [(t, spans[t.id]) for t in times if t.id in spans and _is_date(t)]
        for t in times:
            if t.id not in spans:
                continue
            value = t.value if _is_date(t) else _anchored(t, spans[t.id], dated)
            if value is not None:
                self.items.append((t, spans[t.id].root, value))

    def governing(self, sent: Span, anchor: Token, trigger: Token) -> EventTime | None:
        best: tuple[int, int, TimeExpr, str] | None = None
        ancestors = {anchor.i, trigger.i, *(a.i for a in anchor.ancestors)}
        for t, root, value in self.items:
            if not (sent.start <= root.i < sent.end):
                continue
            gov = root
            while gov.head != gov and gov.pos_ not in {"VERB", "AUX"} and gov.i != trigger.i:
                gov = gov.head
            if gov.i not in ancestors:
                continue  # the clause of another verb ("... and was paid in 2015")
            rank = 0 if gov.i in {anchor.i, trigger.i} else 1
            cand = (rank, abs(root.i - trigger.i), t, value)
            if best is None or cand[:2] < best[:2]:
                best = cand
        if best is None:
            return None
        return EventTime(best[3], best[2].start, best[2].end)


def _is_date(t: TimeExpr) -> bool:
    return t.type in {"DATE", "TIME"} and t.value is not None and DATE_VALUE.match(t.value) is not None


def _anchored(t: TimeExpr, span: Span, dated: list[tuple[TimeExpr, Span]]) -> str | None:
    """The date a duration points to from a dated anchor right after it: "three weeks after March 1"."""
    m = DURATION_VALUE.match(t.value or "") if t.type == "DURATION" else None
    if m is None:
        return None
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.lower_ not in {"after", "before", "later", "earlier"}:
        return None
    sign = 1 if nxt.lower_ in {"after", "later"} else -1
    scope = list(nxt.subtree) if nxt.lower_ in {"after", "before"} else []
    lo, hi = (min(x.i for x in scope), max(x.i for x in scope) + 1) if scope else (nxt.i, nxt.i + 1)
    for d, dspan in dated:
        if d.value and lo <= dspan.start and dspan.end <= hi:
            return _shift(d.value, int(m.group(1)), m.group(2), sign)
    return None


def _shift(value: str, n: int, unit: str, sign: int) -> str | None:
    """A date moved by a duration, at the precision both allow ("2017-03-01" + 3 weeks = "2017-03-22")."""
    parts = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if parts is None:
        return None
    year, month, day = int(parts.group(1)), parts.group(2), parts.group(3)
    if unit in {"D", "W"}:
        if day is None:
            return None  # "three weeks after March": no day to count from
        shifted = date(year, int(month), int(day)) + sign * timedelta(days=n * (7 if unit == "W" else 1))
        return shifted.isoformat()
    if unit == "M":
        if month is None:
            return None
        k = year * 12 + int(month) - 1 + sign * n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    return f"{year + sign * n:04d}"


def _attribution_hook():
    """The attribution helpers, once ``dossier_attributions`` provides them."""
    try:
        from dossier.nlp.components import attribution as att
    except ImportError:
        return None
    return getattr(att, "attribution_covering", None)


def extract_events(doc: Doc, lex: PloverLexicon) -> list[Event]:
    news = doc._.news
    index = EntityIndex(doc, list(doc._.entities or []))
    if news is not None and news.spans:
        # a dateline's place, an agency or a byline is never a source or target (dossier_newsformat)
        index.by_token = {i: h for i, h in index.by_token.items() if actor_allowed(news, h.start, h.end)}
    times = _Times(doc, list(doc._.times or []))
    attributions = list(doc._.attributions or [])
    covering = _attribution_hook() if attributions else None
    events: list[Event] = []
    depths: dict[str, int] = {}
    statements: dict[int, int] = {}
    statement_args: dict[int, tuple] = {}
    text = doc_text(doc)
    for sent in doc.sents:
        if len(sent) > MAX_SENT_TOKENS:
            continue
        said = sorted(find_statements(sent, lex), key=_depth)
        if said:
            statements[sent.start_char] = _depth(said[0])
            statement_args[sent.start_char] = _statement_spans(said[0], index, sent, text, lex)
        triggers = sorted(find_triggers(sent, lex) + find_modal_demands(sent, lex), key=lambda t: t.token.i)
        for trig in triggers:
            if news is not None and not actor_allowed(news, trig.token.idx, trig.token.idx + len(trig.token)):
                continue  # a caption, a credit or a note reports no event
            event = _event(trig, sent, index, times, lex, f"ev{len(events) + 1}", text)
            if event is None:
                continue
            if covering is not None:
                _apply_attribution(event, covering, attributions)
            events.append(event)
            depths[event.id] = _depth(trig.anchor)
            claim = _claimed(event, trig, index)
            if claim is not None and _depth(claim) < statements.get(sent.start_char, 99):
                # "the Taliban claimed that they had attacked the school": a claim of responsibility (CAMEO 015)
                statements[sent.start_char] = _depth(claim)
                statement_args[sent.start_char] = _statement_spans(claim, index, sent, text, lex)
    doc.user_data[DEPTH_KEY] = depths
    doc.user_data[STATEMENT_KEY] = statements
    doc.user_data[STATEMENT_ARGS_KEY] = statement_args
    return events


def _apply_attribution(event: Event, covering, attributions) -> None:
    att = covering(attributions, event.trigger.start, event.trigger.end)
    if att is None:
        return
    event.attribution = att.id
    if event.certainty in {"asserted", "reported"} and att.certainty:
        event.certainty = att.certainty


def _event(
    trig: Trigger, sent: Span, index: EntityIndex, times: _Times, lex: PloverLexicon, eid: str, text: str
) -> Event | None:
    entry = trig.entry
    category, mode = entry.category, entry.mode
    if trig.kind == "verb":
        args = verb_arguments(trig.token, index, category, trig.particle)
    elif trig.kind == "modal":
        args = verb_arguments(trig.anchor, index, category)
        args.targets = args.sources
        args.sources = index.of_phrases(actor_of(trig.anchor.head), ACTOR_TYPES)
        args.target_word, args.source_word = args.source_word, argument_word(actor_of(trig.anchor.head))
    else:
        args = noun_arguments(trig.token, index, category, trig.light)
    if (
        category == "MOBILIZE"
        and len(args.sources) > 1
        and trig.token.lemma_.lower() in {"exercise", "drill", "game", "maneuver", "manoeuvre"}
    ):
        category, mode = "COOPERATE", None  # exercises by several forces are joint exercises
    if category == "MOBILIZE" and any(t.lemma_.lower().startswith("peacekeep") for t in _around(trig.anchor)):
        category, mode = "AID", None  # forces sent to keep the peace are aid (PLOVER AID, CAMEO 074)
    source, target, others = args.finish(category)
    if trig.cameo and (target is None or (source is not None and source.entity == target.entity)):
        # a dictionary verb codes an event only between two actors (PETRARCH's rule)
        return None
    cameo = lex.cameo_root(entry)
    if category == "ASSAULT" and verbal_attack(trig.token, lex):
        category, mode, cameo = "ACCUSE", "disapprove", "11"  # "attacked Clinton in a debate": words, not force
    elif category == "SUPPORT" and material_support(trig.token, lex):
        category, mode, cameo = "AID", None, "07"  # material help is AID, not (political) SUPPORT
    elif category == "PROTEST" and official_protest(trig.token, source.type if source else None):
        category, mode, cameo = "ACCUSE", "allege", "11"  # a government's protest is an official complaint
    judged = assess(trig.token, trig.anchor, lex)
    certainty, negated = judged.certainty, judged.negated
    if trig.light is not None:
        for lv in lex.light_verbs.get(trig.light.lemma_.lower(), ()):
            if lv.certainty and certainty == "asserted":
                certainty = lv.certainty
    if category in REFUSAL_MODE and trig.anchor.dep_ == "xcomp" and trig.anchor.head.lemma_.lower() in REFUSALS:
        # "refused to release", "failed to reach agreement": a refusal or a failed negotiation (REJECT)
        category, mode, cameo, negated = "REJECT", REFUSAL_MODE[category], "12", False
    elif negated and certainty == "planned" and category in REFUSAL_MODE:
        # "will not lift the sanctions": a refusal (REJECT), not a negated concession
        category, mode, cameo, negated = "REJECT", REFUSAL_MODE[entry.category], "12", False
        certainty = "asserted"
    if category == "CONCEDE" and not negated and certainty in {"asserted", "reported"} and _ends_or_opens(trig.token):
        # "opened its borders", "lifted the blockade": done, with immediate material consequences (RETREAT)
        category, mode, cameo = "RETREAT", None, "08"
    if certainty == "planned" and not negated and category in FUTURE_READING:
        category, mode = FUTURE_READING[category], None
        cameo = lex.categories[category].cameo_root
    if certainty == "planned" and category == "CONCEDE":
        cameo = "03"  # an intention to yield (CAMEO 035), not the concession itself (08)
    if judged.certainty == "planned" and judged.reporter is not None and source is not None and _unnamed(source, trig):
        # "Putin said his country will not lift the ban", "the minister announced that the government will
        # extend the curfew": a commitment announced for an unnamed government is the speaker's
        speaker = index.of_phrases(judged.reporter, ACTOR_TYPES)
        if speaker and speaker[0].type == "PERSON" and (target is None or speaker[0].entity != target.entity):
            source = speaker[0]
    place = place_of([t for t in (trig.token, trig.anchor) if t is not None], index)
    if place is not None and place.entity in {h.entity for h in (source, target) if h}:
        place = None
    if target is None and category in TERRITORIAL:
        # "declared a ceasefire in Somalia", "imposed a curfew in Bangkok", "strengthened its forces in
        # Europe", "declared a state of siege in Pando": an act on a territory is directed at it (the CAMEO
        # coders' target); the place stays too
        where = place if args.target_word is not None else place or _object_place(trig.anchor, index)
        if where is not None and where.type == "GPE" and (source is None or where.entity != source.entity):
            target = where
    cat = lex.categories[category]
    return Event(
        id=eid,
        type=category,
        mode=mode,
        cameo_root=cameo,
        quad_class=cat.quad,
        penta_class=lex.penta(category, cameo),
        intensity=lex.score(category, mode),
        trigger=_trigger_span(trig, text),
        source=_id(source),
        target=_id(target),
        participants=[h.entity for h in others],
        time=times.governing(sent, trig.anchor, trig.token),
        place=place.entity if place else None,
        negated=negated,
        certainty=certainty,
        attribution=None,
        sentence=_sentence_offsets(sent),
        source_span=_span(source, sent, text) or _phrase(args.source_word, trig, sent, text),
        target_span=_span(target, sent, text) or _phrase(args.target_word, trig, sent, text, args.source_word),
    )


def _phrase(word: Token | None, trig: Trigger, sent: Span, text: str, other: Token | None = None) -> TextSpan | None:
    """The span of an argument that names no entity: its noun phrase, never the trigger itself."""
    if word is None or word.i in {trig.token.i, trig.anchor.i} or (other is not None and word.i == other.i):
        return None
    if not (sent.start <= word.i < sent.end):
        return None
    start, end = phrase_span(word)
    if start <= trig.token.idx < end:
        return None
    return TextSpan(start, end, text[start:end])


# barriers whose opening lets people or goods through: the manual's RETREAT ("allowing the entry of observers,
# peacekeepers, or humanitarian workers", easing a blockade); suspended protests and lifted curfews stay CONCEDE
MATERIAL_CONCESSIONS = {"border", "blockade", "siege", "checkpoint", "crossing", "embargo", "port", "airspace"}


def _object_place(verb: Token, index: EntityIndex) -> Hit | None:
    """A place named by a locative phrase on the verb's object: "a state of siege in Pando"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for p in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout"}):
            pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
            hit = index.at(pobj) if pobj is not None else None
            if hit is not None and hit.type == "GPE":
                return hit
    return None


def _ends_or_opens(tok: Token) -> bool:
    """A concession that opens a barrier: its object is a border, a blockade, a crossing."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in MATERIAL_CONCESSIONS for c in tok.children)


CLAIM_VERBS = {"claim"}


def _claimed(event: Event, trig: Trigger, index: EntityIndex) -> Token | None:
    """The verb of a claim of responsibility: the source of an attack claims it ("X claimed that they had
    attacked Y"; the CAMEO dictionary's transformation "a (a b ATTACK) CLAIM = a b 015")."""
    anchor = trig.anchor
    if event.type != "ASSAULT" or anchor.dep_ != "ccomp" or anchor.head.lemma_.lower() not in CLAIM_VERBS:
        return None
    verb = anchor.head
    doer = actor_of(anchor)
    if doer is not None and doer.pos_ == "PRON" and doer.lower_ in {"they", "we", "it", "he", "she"}:
        return verb  # the pronoun stands for the claimer, as a complement's subject pronoun does
    speaker = index.of_phrases(actor_of(verb), ACTOR_TYPES)
    return verb if event.source is not None and speaker and speaker[0].entity == event.source else None


def _around(anchor: Token) -> list[Token]:
    """The anchor's clause and its subject's phrase."""
    subject = actor_of(anchor) if anchor.pos_ in {"VERB", "AUX"} else None
    return [*anchor.subtree, *(subject.subtree if subject is not None else ())]


def _statement_spans(verb: Token, index: EntityIndex, sent: Span, text: str, lex: PloverLexicon) -> tuple:
    """Who states an attitude and about whom ("X expressed concern about Y", "condolences to Y")."""
    args = statement_arguments(verb, index)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS:
        args.targets, args.target_word = [], None  # "declined to comment on the bill": nothing said about it
    act = _claimed_act(verb)
    if act is not None:
        # "claimed responsibility for the attack on the convoy": the act is the claimer's own; its other side
        # is the attack's target, not the attack
        entry = match_noun(act, lex)
        inner = noun_arguments(act, index, entry.category) if entry is not None else None
        args.targets = inner.targets if inner is not None else [h for h in args.targets if index.at(act) != h]
        args.target_word = inner.target_word if inner is not None else None
        where = place_of([act], index) if not args.targets and args.target_word is None else None
        if where is not None and where.type in {"GPE", "LOC"}:
            args.targets = [where]  # "the attack in Kandahar": the place attacked, as CAMEO coders code it
    source, target, _ = args.finish("STATEMENT")
    trig = Trigger(verb, None, None, verb, None)  # type: ignore[arg-type]
    return (
        _span(source, sent, text) or _phrase(args.source_word, trig, sent, text),
        _id(source),
        _span(target, sent, text) or _phrase(args.target_word, trig, sent, text, args.source_word),
        _id(target),
    )


def _unnamed(hit: Hit, trig: Trigger) -> bool:
    """A mention that names nobody: "the government", "his country" (no proper name, no nationality)."""
    span = trig.token.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not any(t.pos_ == "NOUN" for t in span):
        return False  # a pronoun stands for whoever it refers to
    return all(t.pos_ in {"DET", "PRON", "NOUN"} and not t.ent_type_ for t in span)


def _claimed_act(verb: Token) -> Token | None:
    """The act of a claim of responsibility: "claimed responsibility for the attack" -> attack."""
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"responsibility", "credit"}):
        for head in (obj, verb):
            for p in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "on", "of"}):
                act = next((c for c in p.children if c.dep_ == "pobj"), None)
                if act is not None:
                    return act
    return None


def _id(hit: Hit | None) -> str | None:
    return hit.entity if hit else None


def _span(hit: Hit | None, sent: Span, text: str) -> TextSpan | None:
    if hit is None or not (sent.start_char <= hit.start and hit.end <= sent.end_char):
        return None
    return TextSpan(hit.start, hit.end, text[hit.start : hit.end])


def main_event(doc: Doc, events: list[Event], sentence: Offsets) -> Event | None:
    """The sentence's main event: the one whose anchor (the verb carrying the event) is highest in the
    dependency tree (nearest the sentence root); ties go to the earlier trigger. None when there is no
    event, or when an attitude statement ("expressed concern", "claimed responsibility") is at least
    as high as every event: the sentence is then a statement (PentaClass 0)."""
    depths = doc.user_data.get(DEPTH_KEY, {})
    inside = [e for e in events if sentence.start <= e.trigger.start < sentence.end]
    if not inside:
        return None
    best = min(inside, key=lambda e: (depths.get(e.id, 99), e.trigger.start))
    statement = min(
        (d for start, d in doc.user_data.get(STATEMENT_KEY, {}).items() if sentence.start <= start < sentence.end),
        default=None,
    )
    if statement is not None and statement <= depths.get(best.id, 99):
        return None  # "expressed concern about the attack": the sentence states an attitude
    if best.source is None and best.source_span is None:
        # "23 civilians were killed as government forces launched air strikes": an act reported without its
        # doer, and a clause under it that names the doer of the same kind of act: that act is the event
        return _doer_clause(doc, best, inside, depths) or best
    return best


def _doer_clause(doc: Doc, best: Event, inside: list[Event], depths: dict[str, int]) -> Event | None:
    span = doc.char_span(best.trigger.start, best.trigger.end, alignment_mode="expand")
    verb = span.root if span is not None else None
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # only an agentless passive ("were killed") leaves its doer to another clause
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]  # "were killed and 41 wounded"
    clauses = {t.i for v in verbs for c in v.children if c.dep_ == "advcl" for t in c.subtree}  # "as ...", "when ..."
    for e in sorted(inside, key=lambda e: (depths.get(e.id, 99), e.trigger.start)):
        if e is best or e.quad_class != best.quad_class or (e.source is None and e.source_span is None):
            continue
        other = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if other is not None and other.root.i in clauses:
            return e
    return None


class EventExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.lexicon = PloverLexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon)
        return doc


@Language.factory(
    "dossier_events",
    assigns=["doc._.events"],
    requires=["doc._.news", "doc._.entities", "doc._.times", "doc._.attributions", "token.dep", "token.lemma"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)
