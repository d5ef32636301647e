"""The ``dossier_relations`` component: stable ties between actors (role, membership, employment, family, ownership).

Assigned attributes: ``doc._.relations`` (``list[Relation]``, in text order; ids ``r1``, ``r2``, ...).

Sources of ties:
- titles and role descriptions the entities component attached to a person ("US President Donald
  Trump", "the Russian president, former director of the FSB"): the organisation or country named in
  or right before the title is the object;
- appositives and copulas: "Carter Page, an adviser to the campaign", "X is a member of Y",
  "X was the head of Y", and "when he was at the head of Exxon Mobil";
- possessive and compound kinship or role nouns: "Trump's son-in-law Jared Kushner", "Exxon CEO";
- verbs: "X heads Y", "X works for Y", "X owns Y", "X joined Y" (``data/lexicons/relations/verbs.txt``).

``current`` is False when the text marks the tie as past ("former", "ex-", "was", "had been", a
resignation by the subject in the same sentence), True when it states it in the present or as a
title in use, None when it cannot tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import data_fields
from dossier.errors import DataError
from dossier.models import ALONE, Entity, Offsets, Relation
from dossier.models import Span as TextSpan
from dossier.nlp.components.events_args import EntityIndex, Hit, child
from dossier.nlp.extensions import doc_text, register_extensions
from dossier.nlp.offices import office_taken

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "relations"
PAST_WORDS = {"former", "ex", "ex-", "then", "previous", "outgoing", "late", "erstwhile", "one-time", "onetime"}
HOLDERS = {"PERSON", "ORG", "GPE", "NORP"}
OBJECTS = {"ORG", "GPE", "NORP", "PERSON", "FAC"}
FAMILY_OBJECTS = {"PERSON"}


@dataclass(frozen=True)
class TieVerb:
    lemma: str
    prep: str | None
    type: str
    label: str


@dataclass
class RelationLexicon:
    nouns: dict[str, str]
    verbs: dict[str, list[TieVerb]]

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> RelationLexicon:
        nouns: dict[str, str] = {}
        verbs: dict[str, list[TieVerb]] = {}
        for cols in data_fields(directory / "role_nouns.txt", "relations lexicon file"):
            nouns[cols[0]] = cols[1]
        for cols in data_fields(directory / "verbs.txt", "relations lexicon file"):
            if len(cols) < 4:
                raise DataError(f"{directory / 'verbs.txt'}: expected VERB PREP TYPE LABEL, got {cols}")
            verbs.setdefault(cols[0], []).append(
                TieVerb(cols[0], None if cols[1] == "-" else cols[1], cols[2], " ".join(cols[3:]))
            )
        return cls(nouns, verbs)


class _Collector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.items: list[Relation] = []
        self.keys: set[tuple[str, str, str | None, str]] = set()

    def add(
        self, rtype: str, subject: str, obj: str | None, label: str, current: bool | None, start: int, end: int
    ) -> None:
        if obj == subject:
            obj = None
        label = " ".join(label.split())
        key = (rtype, subject, obj, label.lower())
        if not label:
            return
        # a tie already known without its object (or its tense) gains it rather than repeating
        for r in self.items:
            if r.type == rtype and r.subject == subject and r.label.lower() == label.lower():
                if r.object is None and obj is not None:
                    r.object = obj
                if r.current is None and current is not None:
                    r.current = current
                self.keys.add(key)
                return
        self.keys.add(key)
        start, end = min(start, end), max(start, end)  # the object may stand before its verb
        span = self.doc.char_span(start, end, alignment_mode="expand")
        sent = span.sent if span is not None and len(span) else None
        sentence = (
            Offsets(sent.start_char, sent.start_char + len(sent.text.rstrip()))
            if sent is not None
            else Offsets(start, end)
        )
        self.items.append(
            Relation(
                id="",
                type=rtype,
                subject=subject,
                object=obj,
                label=label,
                current=current,
                sentence=sentence,
                evidence=TextSpan(start, end, self.text[start:end]),
            )
        )


def extract_relations(doc: Doc, lex: RelationLexicon) -> list[Relation]:
    entities = list(doc._.entities or [])
    index = EntityIndex(doc, entities)
    out = _Collector(doc)
    for ent in entities:
        if ent.type in HOLDERS and not any(m.linked_by == ALONE for m in ent.mentions):
            _from_roles(doc, ent, index, lex, out)  # not "three cabinet ministers" no other mention follows
    for sent in doc.sents:
        if len(sent) > 600:
            continue
        for tok in sent:
            hit = index.at(tok)
            if hit is None or hit.type not in HOLDERS or tok.i != _head_of(doc, hit).i:
                continue
            _from_copula(tok, hit, index, lex, out)
            _from_appointment(tok, hit, index, lex, out)
            _from_appositive(tok, hit, index, lex, out)
            _from_verb(tok, hit, index, lex, out)
        _from_possessive_titles(sent, index, lex, out)
    _resignations(doc, out)
    relations = sorted(
        out.items, key=lambda r: (r.evidence.start if r.evidence else r.sentence.start, r.type, r.subject)
    )
    for n, r in enumerate(relations, start=1):
        r.id = f"r{n}"
    return relations


def _head_of(doc: Doc, hit: Hit) -> Token:
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


def _rtype(word: str, lex: RelationLexicon) -> str | None:
    w = word.lower().strip(".")
    if w.endswith("-in-law"):
        return lex.nouns.get(w)
    return lex.nouns.get(w) or (lex.nouns.get(w.split("-")[-1]) if "-" in w and w not in lex.nouns else None)


def _past(tokens) -> bool:
    return any(t.lower_.strip(".") in PAST_WORDS or t.lower_.startswith("ex-") for t in tokens)


def _object_in(
    doc: Doc, tokens: list[Token], subject: str, index: EntityIndex, types: set[str] = OBJECTS
) -> Hit | None:
    for tok in tokens:
        hit = index.at(tok)
        if hit is not None and hit.entity != subject and hit.type in types:
            return hit
    return None


def _from_roles(doc: Doc, ent: Entity, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """Titles and role descriptions found by the entities component."""
    for role in ent.roles:
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        heads = [t for t in span if _rtype(t.lower_, lex)]
        if not heads:
            continue  # "his Russian counterpart", "the billionaire": a description, not a tie
        rtype = _rtype(heads[-1].lower_, lex)
        tokens = list(span)
        # "Russia's Foreign Minister", "FBI Director": the actor right before a title
        before = [doc[i] for i in range(max(span.sent.start, span.start - 3), span.start)]
        obj = _object_in(doc, tokens, ent.id, index) or _object_in(doc, list(reversed(before)), ent.id, index)
        if obj is not None and not _adjacent_or_inside(obj, span, out.text):
            obj = None
        current = role.current if role.current is not None else (False if _past(tokens + before[-2:]) else None)
        if current is None and _is_title(ent, role):
            current = True
        if rtype == "family" and obj is not None and obj.type not in FAMILY_OBJECTS:
            obj = None
        out.add(rtype or "role", ent.id, obj.entity if obj else None, role.label, current, role.start, role.end)


def _adjacent_or_inside(hit: Hit, span: Span, text: str) -> bool:
    if span.start_char <= hit.start and hit.end <= span.end_char:
        return True
    gap = text[hit.end : span.start_char]
    return hit.end <= span.start_char and len(gap) <= 3 and gap.strip() in {"", "'s", "’s", "'"}


def _is_title(ent: Entity, role) -> bool:
    """A title written against one of the entity's names ("General HR McMaster")."""
    return any(m.kind == "name" and m.role and m.start <= role.end + 1 and role.start <= m.end for m in ent.mentions)


def _role_phrase(
    noun: Token, subject: str, index: EntityIndex, lex: RelationLexicon
) -> tuple[str, Hit | None, str] | None:
    """For a role noun phrase ("the head of Exxon Mobil", "an adviser to the campaign"): type, object, label."""
    rtype = _rtype(noun.lower_, lex) or _rtype(noun.lemma_, lex)
    if rtype is None:
        return None
    obj = None
    end = noun.i
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "to", "for", "at", "in", "with"}:
            pobj = child(c, "pobj")
            if pobj is not None:
                found = index.of_phrase(pobj, OBJECTS)
                if found and found.entity != subject:
                    obj = obj or found
                    end = max(end, pobj.right_edge.i)
    for c in noun.lefts:
        if c.dep_ in {"compound", "amod", "poss", "nmod"}:
            found = index.at(c)
            if found and found.entity != subject and found.type in OBJECTS and obj is None:
                obj = found
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].lower_ in {"the", "a", "an", "his", "her", "its", "their"}:
        start += 1
    label = noun.doc[start : end + 1].text
    return rtype, obj, label


def _tense_current(verb: Token) -> bool | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBD" or aux & {"had", "was", "were"}:
        return False
    if verb.tag_ in {"VBZ", "VBP"} or aux & {"is", "are", "has", "have"}:
        return True
    return None


def _from_appointment(tok: Token, hit: Hit, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """ "X was sworn in as Zambia's president", "X was appointed defence minister", "X took over as head of Y":
    the office is held from then on, whatever the tense; a future or hoped-for one is not held yet."""
    office = office_taken(tok.head)
    if office is None or office.holder != tok:
        return
    for noun in office.offices:
        _add_role(noun, hit, True if office.held else None, index, lex, out)


def _from_copula(tok: Token, hit: Hit, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """ "X is/was the director of Y", "when he was at the head of Exxon Mobil", "X became Y's CEO"."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in {"be", "become", "remain", "serve", "work"}:
        return
    verb = tok.head
    current = _tense_current(verb)
    if verb.lemma_ == "become" and verb.tag_ == "VBD":
        current = True  # "became Britain's prime minister": holds it from then on
    for c in verb.children:
        nouns = []
        if c.dep_ in {"attr", "acomp", "oprd"}:
            nouns.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"at", "as"}:
            pobj = child(c, "pobj")
            if pobj is not None:
                nouns.append(pobj)
        for noun in nouns:
            _add_role(noun, hit, current, index, lex, out)


def _from_appositive(tok: Token, hit: Hit, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """ "Carter Page, an adviser to the campaign", "the son of X, Y"."""
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        at = index.at(c)
        if at is not None and at.entity == hit.entity and _rtype(c.lower_, lex) is None:
            continue
        _add_role(c, hit, None, index, lex, out)


def _add_role(
    noun: Token, hit: Hit, current: bool | None, index: EntityIndex, lex: RelationLexicon, out: _Collector
) -> None:
    """The tie a role phrase gives its holder ("an adviser to the campaign"), over the phrase; a role
    said in the past tense ("former adviser") is not current."""
    found = _role_phrase(noun, hit.entity, index, lex)
    if found is None:
        return
    rtype, obj, label = found
    if rtype == "family" and (obj is None or obj.type not in FAMILY_OBJECTS):
        return
    now = False if _past(noun.subtree) else current
    end = noun.right_edge.idx + len(noun.right_edge.text)
    out.add(rtype, hit.entity, obj.entity if obj else None, label, now, noun.left_edge.idx, end)


def _noun_word(tok: Token) -> tuple[str, int]:
    """The word a noun token starts, joining hyphenated compounds the tokenizer split ("son-in-law");
    returns the word and the index of its last token."""
    doc = tok.doc
    if tok.i + 4 < len(doc) and doc[tok.i + 1 : tok.i + 5].text.replace(" ", "") == "-in-law":
        return tok.lower_ + "-in-law", tok.i + 4
    return tok.lower_, tok.i


def _from_possessive_titles(sent: Span, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """ "Trump's son-in-law Jared Kushner", "Jared Kushner, Trump's son-in-law", "Putin's spokesman Dmitry
    Peskov": A 's NOUN B, or B , A 's NOUN: B holds the tie to A."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in {"'s", "’s", "'"} or tok.i + 1 >= sent.end:
            continue
        owner = index.at(doc[tok.i - 1]) if tok.i > sent.start else None
        if owner is None or owner.type not in HOLDERS:
            continue
        word, last = _noun_word(doc[tok.i + 1])
        # allow one modifier: "Trump's eldest son", "Putin's chief spokesman"
        if _rtype(word, lex) is None and last + 1 < sent.end:
            word, last = _noun_word(doc[last + 1])
        rtype = _rtype(word, lex)
        if rtype is None:
            continue
        holder = None
        if last + 1 < sent.end:
            holder = index.at(doc[last + 1])
        if (holder is None or holder.type != "PERSON") and owner.start > sent.start_char:
            before = doc.char_span(sent.start_char, owner.start, alignment_mode="contract")
            toks = [t for t in before if not t.is_space] if before is not None else []
            if toks and toks[-1].text == ",":
                holder = index.at(toks[-2]) if len(toks) > 1 else None
        if holder is None or holder.type != "PERSON" or holder.entity == owner.entity:
            continue
        if rtype == "family" and owner.type not in {"PERSON", "ORG"}:  # single surnames are often typed ORG
            continue
        label = doc[tok.i + 1 : last + 1].text
        out.add(rtype, holder.entity, owner.entity, label, None, owner.start, doc[last].idx + len(doc[last].text))


def _from_verb(tok: Token, hit: Hit, index: EntityIndex, lex: RelationLexicon, out: _Collector) -> None:
    """ "X heads Y", "X works for Y", "X owns Y", "X joined Y"."""
    if tok.dep_ != "nsubj":
        return
    verb = tok.head
    for tv in lex.verbs.get(verb.lemma_.lower(), ()):
        if tv.prep is None:
            obj_tok = child(verb, "dobj")
        else:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == tv.prep), None)
            obj_tok = child(prep, "pobj") if prep is not None else None
        if obj_tok is None:
            continue
        obj = index.of_phrase(obj_tok, {"ORG", "GPE", "NORP", "FAC"})
        if obj is None or obj.entity == hit.entity:
            continue
        current = _tense_current(verb)
        if tv.type == "ownership" and verb.lemma_ in {"buy", "acquire"}:
            current = None
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        end = obj_tok.right_edge
        out.add(tv.type, hit.entity, obj.entity, tv.label, current, verb.idx, end.idx + len(end.text))
        return


def _resignations(doc: Doc, out: _Collector) -> None:
    """A resignation stated in the same sentence as a role ends the role."""
    events = list(doc._.events or [])
    for ev in events:
        if ev.type != "RETREAT" or ev.mode != "resign" or ev.negated or ev.source is None:
            continue
        for r in out.items:
            if r.subject == ev.source and r.type == "role" and r.sentence == ev.sentence and r.current is not False:
                r.current = False


class RelationExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.lexicon = RelationLexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = extract_relations(doc, self.lexicon)
        return doc


@Language.factory(
    "dossier_relations", assigns=["doc._.relations"], requires=["doc._.entities", "doc._.events", "token.dep"]
)
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
