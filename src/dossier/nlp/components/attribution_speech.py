"""Cues found in the dependency parse, with the phrase holding their content and their source.

* verbs of the cue lexicons with the complement their entry allows (``said that …``, ``vowed to …``,
  ``backs the plan``, ``called for …``, ``sees this as …``), and the inverted order where the parser
  hangs the cue under its content (``…, he said.``);
* ``according to X`` (content: the rest of its clause);
* noun cues (``X's claim that …``, ``the allegation that …``, ``a promise to …``);
* participles that modify the content noun (``the file (denied by Putin)``).

Quotations are not handled here: ``attribution.py`` snaps contents to the quotes they touch and
chains the quotes that continue them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dossier.nlp.components.attribution_lexicon import AttributionLexicon, Cue

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
SOURCE_CUT = {"relcl", "appos", "punct", "advcl", "parataxis", "acl"}
TRIM = set(",.;:—–-()[]") | {"--", "...", "…"}


@dataclass
class Candidate:
    head: Token  # the cue word
    cue: list[Token]  # cue tokens in order ("has said", "according to", "called for")
    content: list[tuple[int, int]]  # character parts, in order
    source: list[Token] | None  # the source phrase (contiguous tokens), None when the text names none
    entry: Cue
    frame: str  # that | to | obj | as | p:WORD | quote | inverted | according | participle | colon
    direct: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


ACCORDING = Cue("according_to", "speech", frozenset({"according"}), "reported")


def token_span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trimmed(tokens: list[Token]) -> list[Token]:
    """Drop leading and trailing punctuation (quote marks stay: they belong to quoted content, and so
    does a closing parenthesis whose opening one is kept)."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].text in TRIM or toks[0].is_space or toks[0].dep_ == "cc" and len(toks) > 1):
        toks = toks[1:]
    while toks and (toks[-1].text in TRIM or toks[-1].is_space):
        if toks[-1].text == ")" and sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks[:-1]):
            break
        toks = toks[:-1]
    return toks


def runs(tokens: list[Token]) -> list[list[Token]]:
    """Split sorted tokens into runs of consecutive indices."""
    out: list[list[Token]] = []
    for t in tokens:
        if out and out[-1][-1].i + 1 == t.i:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def parts_of(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character parts of a token set: runs of consecutive tokens (joined across punctuation, not across
    paragraphs), punctuation trimmed at each edge."""
    merged: list[list[Token]] = []
    for run in runs(sorted(tokens, key=lambda t: t.i)):
        if merged:
            gap = run[0].doc[merged[-1][-1].i + 1 : run[0].i]
            if (
                all(t.is_punct and t.text not in "()" for t in gap)
                and "\n" not in gap.text
                and run[0].sent == merged[-1][-1].sent
            ):
                merged[-1] = merged[-1] + list(gap) + run
                continue
        merged.append(run)
    parts = []
    for run in merged:
        run = trimmed(run)
        if run:
            parts.append(token_span(run))
    return parts


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", "e"),
    ("ed", "e"),
    ("s", ""),
    ("ed", ""),
    ("d", ""),
    ("ing", "e"),
    ("ing", ""),
)


def lookup_verb(tok: Token, lex: AttributionLexicon) -> Cue | None:
    lemma = lemma_of(tok)
    for c in tok.children:
        if c.dep_ == "prt":
            entry = lex.verbs.get(f"{lemma}_{c.lower_}")
            if entry is not None:
                return entry
    entry = lex.verbs.get(lemma)
    if entry is None and tok.tag_ in {"VBD", "VBN", "VBZ", "VBG"}:
        # the small model's lemmatiser sometimes fails on rarer forms ("hopes" -> "hop")
        low = tok.lower_
        for suffix, repl in INFLECTIONS:
            if low.endswith(suffix) and (entry := lex.verbs.get(low[: -len(suffix)] + repl)) is not None:
                break
    return entry


def cue_tokens(tok: Token) -> list[Token]:
    """The cue word with its auxiliaries, negation and particle ("has not said", "pointed out")."""
    toks = [tok]
    for c in tok.children:
        if c.dep_ in {"aux", "auxpass", "neg"} and c.i < tok.i and tok.i - c.i <= 3:
            toks.append(c)
        elif c.dep_ == "prt":
            toks.append(c)
    toks.sort(key=lambda t: t.i)
    # keep a contiguous stretch around the cue word
    run = [t for t in runs(toks) if tok in t][0]
    return run


def subtree(tok: Token, without: tuple[Token, ...] = ()) -> list[Token]:
    drop = {t.i for w in without for t in w.subtree}
    return [t for t in tok.subtree if t.i not in drop]


RELATIVE = {"who", "which", "that", "whom"}


def speaker_of(verb: Token, depth: int = 0) -> list[Token] | None:
    """Who says what a cue verb reports: its active subject or passive agent, else the one it inherits, as
    the phrase a claim's source is. Not ``events_args.actor_of``, which asks who does something: "Trump was
    accused of ..." has no speaker, and a speaker is not searched further than four clauses up."""
    for c in verb.children:
        if c.dep_ == "nsubj" or c.dep_ == "csubj":
            if c.lower_ in {"there"}:
                continue
            return source_phrase(c)
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return source_phrase(objs[0])
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "Trump was accused of ...", "it was reported": the subject is not the source
    if depth >= 4 or verb.head == verb:
        return None
    head = verb.head
    if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"} and head.pos_ in {"VERB", "AUX"}:
        return speaker_of(head, depth + 1)
    if (
        verb.dep_ == "xcomp"
        and head.pos_ == "ADJ"
        and head.dep_ in {"acomp", "xcomp"}
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        return speaker_of(head.head, depth + 1)  # "voters were more likely to say …"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
        return source_phrase(head)  # "a new poll showing …", "50 percent saying …"
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return speaker_of(head.head, depth + 1) if head.head.pos_ in {"VERB", "AUX"} else None
    if verb.dep_ == "relcl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return source_phrase(head)
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return source_phrase(head)
    if verb.dep_ == "acl" and head.dep_ in {"dobj", "pobj"} and head.head.pos_ in {"VERB", "AUX"}:
        # "issued a statement saying ...": the issuer
        return speaker_of(head.head, depth + 1)
    return None


def source_before(verb: Token) -> list[Token] | None:
    """A noun phrase right before the cue the parser did not make its subject ("…,” Bozell III, founder
    of X, tells Breitbart News)."""
    i = min(t.i for t in cue_tokens(verb)) - 1
    sent_start = verb.sent.start
    while i >= sent_start and verb.doc[i].is_punct and verb.doc[i].text not in '”"’':
        i -= 1
    if i < sent_start:
        return None
    tok = verb.doc[i]
    if tok.pos_ not in {"PROPN", "NOUN", "PRON"} or tok.lower_ in RELATIVE:
        return None
    top = tok
    for _ in range(6):
        h = top.head
        if h == top or h.i >= verb.i or h.pos_ not in {"PROPN", "NOUN", "PRON", "ADP"}:
            break
        top = h
    if top.pos_ == "ADP":
        return None
    return source_phrase(top)


def source_phrase(head: Token) -> list[Token]:
    """The noun phrase of a source without relative clauses, appositions and parentheticals."""
    toks = [t for t in subtree(head, tuple(c for c in head.children if c.dep_ in SOURCE_CUT))]
    toks.sort(key=lambda t: t.i)
    run = next((r for r in runs(toks) if head in r), [head])
    while len(run) > 1 and run[-1].dep_ == "case":
        run = run[:-1]  # "The union's claim": the union
    return trimmed(run) or [head]


def _first(tok: Token, deps: set[str], cond=lambda c: True) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps and cond(c)), None)


def _is_to_clause(c: Token) -> bool:
    return c.pos_ in {"VERB", "AUX"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def content_of(
    tok: Token,
    entry: Cue,
    noun: bool = False,
    cue_lemmas: frozenset[str] = frozenset(),
    speech_lemmas: frozenset[str] = frozenset(),
) -> tuple[str, list[Token], list[Token]] | None:
    """(frame, content tokens, extra cue tokens) for the first frame of ``entry`` the parse offers."""
    frames = entry.frames
    kids = list(tok.children)
    if "that" in frames:
        deps = {"ccomp", "acl", "relcl", "appos"} if noun else {"ccomp"}
        for c in kids:
            if c.dep_ not in deps:
                continue
            if noun and not any(g.dep_ == "mark" and g.lower_ in {"that", "whether", "if"} for g in c.children):
                continue
            if noun:
                if c.i > tok.i:
                    return "that", subtree(c), []
                continue
            later = [d for d in kids if d.dep_ == "ccomp" and d.i > tok.i]
            if c.i < tok.i and later and not any(d.dep_ in SUBJECTS for d in kids):
                # "Reich, who served …, yet endorsed Sanders, said ''She needs …''": the parser took the subject
                # for a clause
                continue
            return "that", without_cue_conjuncts(clause_extent(tok, c, cue_lemmas), c, speech_lemmas), []
        if not noun:
            # "said during a news conference that ...": the parser hung the that-clause on the wrong word
            mark = next(
                (
                    m
                    for m in tok.subtree
                    if m.i > tok.i
                    and m.dep_ == "mark"
                    and m.lower_ == "that"
                    and m.head != tok
                    and m.head.dep_ in {"relcl", "acl", "advcl"}
                    and m.head.i - tok.i <= 25
                ),
                None,
            )
            if mark is not None and not any(t.i > tok.i and t.i < mark.i and t.pos_ == "VERB" for t in tok.subtree):
                return "that", subtree(mark.head), []
    if "to" in frames:
        for c in kids:
            if c.dep_ in {"xcomp", "ccomp", "acl"} and c.i > tok.i and _is_to_clause(c):
                obj = _first(tok, {"dobj"}, lambda d, c=c: d.i < c.i)
                toks = subtree(c) + (subtree(obj) if obj is not None and entry.cls == "speech" else [])
                return "to", toks, []
    if "as" in frames:
        prep = _first(tok, {"prep"}, lambda c: c.lower_ == "as" and c.i > tok.i)
        if prep is not None and any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in prep.children):
            obj = _first(tok, {"dobj"}, lambda c: c.i < prep.i)
            toks = (subtree(obj) if obj is not None else []) + subtree(prep)
            return "as", toks, []
        objs = [c for c in kids if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp"} and c.i > tok.i]
        if not noun and len(objs) >= 2 and objs[0].dep_ == "dobj":
            # "Scholars see this information, if proven, evidence that ...": object and predicate noun
            first, last = objs[0], objs[-1]
            return "as", list(tok.doc[first.left_edge.i : last.right_edge.i + 1]), []
    for p in sorted(entry.preps()):
        for c in kids:
            if c.dep_ == "prep" and c.lower_ == p and c.i > tok.i:
                obj = _first(c, {"pobj", "pcomp"})
                if obj is not None:
                    extra = [c] if c.i == tok.i + 1 else []
                    toks = subtree(obj) if noun else extend_right(tok, c, subtree(obj), cue_lemmas)
                    return f"p:{p}", toks, extra
    if "obj" in frames and not noun:
        obj = _first(
            tok, {"dobj"}, lambda c: c.i > tok.i and c.pos_ != "PRON" or c.i > tok.i and c.lower_ in {"this", "that"}
        )
        if obj is None:
            # "support temporarily banning non-citizens": a gerund clause as the object
            obj = _first(tok, {"xcomp", "ccomp"}, lambda c: c.i > tok.i and c.tag_ == "VBG")
        if obj is not None:
            return "obj", extend_right(tok, obj, subtree(obj), cue_lemmas), []
    if "raise" in frames and not noun:
        comp = _first(tok, {"xcomp", "acomp", "oprd", "attr", "ccomp"}, lambda c: c.i > tok.i)
        subj = _first(tok, {"nsubj", "nsubjpass"}, lambda c: c.i < tok.i and c.lower_ not in {"it", "there"})
        if comp is not None and subj is not None and comp.lemma_.lower() not in cue_lemmas:
            if comp.dep_ != "ccomp" or tok.lemma_.lower() != "look":
                return "raise", subtree(subj) + subtree(comp), []
    if (
        "that" in frames
        and entry.cls == "speech"
        and not noun
        and tok.dep_ in {"parataxis", "ccomp"}
        and tok.head.pos_ in {"VERB", "AUX"}
    ):
        # inverted: "Trump was the man of Moscow, he said." with the parser hanging "said" under "was"
        if any(c.dep_ in SUBJECTS for c in kids) and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in kids):
            head = tok.head
            return "inverted", subtree(head, (tok,)), []
    return None


OBJ_EXTEND = {"prep", "advcl", "xcomp", "oprd", "ccomp", "acomp"}


def extend_right(cue: Token, after: Token, toks: list[Token], cue_lemmas: frozenset[str]) -> list[Token]:
    """Add what the parser hung on the cue after its object: "criticized Clinton for ...", "expressed her
    stance in support of ...", "called for all candidates to lay out ..."; a new cue stops it."""
    out = list(toks)
    for c in sorted(cue.children, key=lambda t: t.i):
        if c.i <= after.i or c.dep_ not in OBJ_EXTEND:
            continue
        if c.pos_ in {"VERB", "AUX"} and (
            c.lemma_.lower() in cue_lemmas or any(g.dep_ in SUBJECTS for g in c.children)
        ):
            break
        if (
            c.dep_ == "prep"
            and c.lower_ in {"in", "on", "at", "during", "after", "before", "since"}
            and any(
                g.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}
                or g.lower_ in {"interview", "statement", "speech", "tweet"}
                for g in c.subtree
            )
        ):
            continue  # "… on Tuesday", "… in an interview": circumstances of the cue, not content
        out += subtree(c)
    return out


def without_cue_conjuncts(toks: list[Token], comp: Token, cue_lemmas: frozenset[str]) -> list[Token]:
    """Drop "… and calls her …" from "He says he respects Clinton and calls her …": a cue verb
    coordinated with the content's verb but without its own subject is the speaker's next claim."""
    drop: set[int] = set()
    for c in comp.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in cue_lemmas
            and not any(g.dep_ in SUBJECTS for g in c.children)
        ):
            drop.update(t.i for t in c.subtree)
            drop.update(g.i for g in comp.children if g.dep_ == "cc" and g.i < c.i)
    return [t for t in toks if t.i not in drop]


RIGHT_EXTEND = {"advcl", "conj", "prep", "npadvmod", "dep", "parataxis", "cc", "punct", "ccomp"}
LEFT_EXTEND = {"xcomp", "advcl", "parataxis", "intj", "conj"}


def clause_extent(cue: Token, comp: Token, cue_lemmas: frozenset[str] = frozenset()) -> list[Token]:
    """The complement clause, widened to what the parser hung beside it on the cue: a clause put between
    cue and complement after a comma ("says, win or lose, he's staying") and what follows it in the
    sentence ("said that A, but B", "said it did not count them because ..."), up to a new cue
    ("…, telling reporters …") or a verb the cue's subject also governs ("said A and left")."""
    toks = subtree(comp)
    if comp.i < cue.i:
        return toks
    doc = cue.doc
    for c in cue.children:
        if cue.i < c.i < comp.i and c.dep_ in LEFT_EXTEND and any(t.text == "," for t in doc[cue.i : c.left_edge.i]):
            toks += subtree(c)
    for c in sorted(cue.children, key=lambda t: t.i):
        if c.i <= comp.i or c.dep_ not in RIGHT_EXTEND:
            continue
        if c.pos_ in {"VERB", "AUX"} and c.dep_ in {"conj", "advcl", "parataxis"}:
            subj = next((g for g in c.children if g.dep_ in SUBJECTS), None)
            if subj is None and (c.lemma_.lower() in cue_lemmas or c.dep_ == "conj"):
                break
            if subj is not None and c.dep_ == "conj" and subj.lower_ in {"he", "she", "they", "we", "i"}:
                break  # "said X, and he railed against …": the narrator goes on about the speaker
        if c.dep_ in {"cc", "punct"}:
            continue
        toks += subtree(c)
    return toks


def according_to(tok: Token) -> Candidate | None:
    """``according to X, …`` / ``…, according to X``: source X, content the rest of the clause."""
    if tok.lower_ != "according":
        return None
    to = _first(tok, {"prep"}, lambda c: c.lower_ == "to")
    if to is None:
        return None
    obj = _first(to, {"pobj"})
    if obj is None:
        return None
    sent = tok.sent
    clause = sent.root
    if clause == tok or tok not in list(clause.subtree):
        clause = tok.head if tok.head != tok and tok.head.pos_ in {"VERB", "AUX"} else sent.root
    if clause == tok:
        return None
    toks = [t for t in subtree(clause, (tok,))]
    toks = [t for t in toks if t.sent == sent]
    parts = parts_of(toks)
    if not parts:
        return None
    return Candidate(tok, [tok, to], parts, source_phrase(obj), ACCORDING, "according")


def noun_source(noun: Token, lex: AttributionLexicon) -> list[Token] | None:
    poss = _first(noun, {"poss"})
    if poss is not None:
        return source_phrase(poss)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            obj = _first(c, {"pobj"})
            if obj is not None:
                return source_phrase(obj)
    if noun.dep_ in {"dobj", "attr"} and lemma_of(noun.head) in lex.noun_source_verbs:
        return speaker_of(noun.head)
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return None
    return None


GENERIC = Cue("generic", "generic", frozenset({"that"}), "reported")


def generic_that(tok: Token, lex: AttributionLexicon) -> Cue | None:
    """A verb outside the lexicons with a that-clause and a subject ("X conceded that …") is a cue, unless
    the lexicon's ``not_generic`` lists it ("ensure that")."""
    if tok.lemma_.lower() in lex.not_generic or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ in {"nsubj"} for c in tok.children):
        return None
    for c in tok.children:
        if (
            c.dep_ == "ccomp"
            and c.i > tok.i
            and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)
        ):
            return GENERIC
    return None


def _before_sentence_stop(toks: list[Token], cue: Token) -> list[Token]:
    """Cut a content after its cue at a full stop the parser did not take for a sentence end
    ('… the forest". The 67-year-old called …')."""
    doc = cue.doc
    for t in sorted(toks, key=lambda x: x.i):
        if t.i > cue.i and t.text in {".", "!", "?"} and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.is_title or nxt.is_space or nxt.text in {"“", '"', "‘", "'"}:
                return [x for x in toks if x.i < t.i]
    return toks


def verb_candidate(tok: Token, lex: AttributionLexicon) -> Candidate | None:
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    entry = lookup_verb(tok, lex)
    if entry is None:
        entry = generic_that(tok, lex)
        if entry is None:
            return None
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        return participle(tok, entry)
    found = content_of(tok, entry, cue_lemmas=lex.verb_lemmas, speech_lemmas=lex.speech_lemmas)
    cue = cue_tokens(tok)
    if found is None:
        if "quote" not in entry.frames:
            return None
        source = speaker_of(tok)
        if source is None and not any(c.dep_ == "nsubjpass" for c in tok.children):
            source = source_before(tok)
        return Candidate(tok, cue, [], source, entry, "quote")
    frame, toks, extra = found
    cue = sorted(set(cue) | set(extra), key=lambda t: t.i)
    if frame in {"to", "obj", "as"} or frame.startswith("p:"):
        toks = [t for t in toks if t.i > tok.i]  # "…, where Teixeira and Restrepo hope to win …": not "where"
    toks = _before_sentence_stop(toks, tok)
    passive_subject = _first(tok, {"nsubjpass"}, lambda c: c.i < tok.i and c.lower_ not in {"it", "there"} | RELATIVE)
    if passive_subject is not None and (frame in {"as", "to"} or frame.startswith("p:")):
        toks = subtree(passive_subject) + toks  # "Twitter is increasingly seen as a source of news"
    parts = parts_of([t for t in toks if t not in cue])
    if not parts:
        return None
    source = speaker_of(tok) if frame != "raise" else None
    if source is None and frame == "that" and entry.cls == "speech":
        early = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
        subj = _first(early, {"nsubj"}) if early is not None else None
        if subj is not None and early is not None and subj.i < early.i:
            source = source_phrase(subj)
    if (
        source is None
        and frame != "raise"
        and entry.cls == "speech"
        and not any(c.dep_ == "nsubjpass" for c in tok.children)
    ):
        source = source_before(tok)
        if source is not None and any(s <= source[0].idx < e for s, e in parts):
            # "“Yes, I support Ted Cruz,” Brent Bozell III, founder of …, tells …": the parser put the
            # speaker inside the quoted clause; the content ends before the speaker
            before = parts_of([t for t in toks if t.i < source[0].i and t not in cue])
            if before and source[0].i < tok.i:
                parts = before
            else:
                source = None
    return Candidate(tok, cue, parts, source, entry, frame)


def participle(tok: Token, entry: Cue) -> Candidate | None:
    """``the existence of such a file (denied by Putin)``: content is the noun phrase the participle modifies."""
    if entry.certainty not in {"denied", "alleged"} and entry.cls not in {"position", "speech"}:
        return None
    agent = _first(tok, {"agent"})
    if agent is None:
        return None
    obj = _first(agent, {"pobj"})
    noun = tok.head
    if obj is None or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PROPN"}:
        top = top.head.head  # "the existence of such a file" rather than "such a file"
    toks = subtree(top, (tok,))
    toks = [t for t in toks if not (t.dep_ == "punct" and t.head == tok)]
    parts = parts_of([t for t in toks if t.text not in "()"])
    if not parts:
        return None
    # the content ends before the parenthesis that holds the cue
    parts = [p for p in parts if p[1] <= tok.idx] or parts
    return Candidate(
        tok, cue_tokens(tok), parts[:1] if len(parts) > 1 else parts, source_phrase(obj), entry, "participle"
    )


def noun_candidate(tok: Token, lex: AttributionLexicon) -> Candidate | None:
    if tok.pos_ != "NOUN":
        return None
    entry = lex.nouns.get(lemma_of(tok))
    if entry is None:
        return None
    found = content_of(tok, entry, noun=True)
    if found is None:
        return None
    frame, toks, extra = found
    clause = next((t for t in toks if t.head == tok), None)
    if frame == "that" and clause is not None and clause.pos_ == "VERB":
        entry_v = lex.verbs.get(lemma_of(clause))
        objects = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep"}
        if entry_v is not None and "obj" in entry_v.frames and not any(c.dep_ in objects for c in clause.children):
            return None  # "a claim that the ministry denied": a relative clause, not the claim's content
    parts = parts_of(toks)
    if not parts:
        return None
    cue = sorted({tok, *extra}, key=lambda t: t.i)
    return Candidate(tok, cue, parts, noun_source(tok, lex), entry, frame)


COLON = Cue("colon", "speech", frozenset({"quote"}), "reported")
MAX_COLON_SOURCE = 7


def colon_candidate(sent: Span, speakers: frozenset[str] = frozenset()) -> Candidate | None:
    """``Trump: Cruz Has 'To Come a Long Way' On Ethanol`` — a short name, a colon, then the claim
    (headlines, interview transcripts)."""
    colon = next((t for t in sent[: MAX_COLON_SOURCE + 2] if t.text == ":"), None)
    if colon is None:
        return None
    before = [t for t in sent[: colon.i - sent.start] if not t.is_punct and not t.is_space]
    after = [t for t in sent[colon.i - sent.start + 1 :] if not t.is_punct and not t.is_space]
    if not before or len(before) > MAX_COLON_SOURCE or any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} for t in before):
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in before) or any(ch.isdigit() for t in before for ch in t.text):
        return None
    if sum(1 for t in after if t.is_alpha) < 2 and after:
        return None
    if len(after) < 2 and not _next_in_paragraph(sent):
        return None
    inside = {t.i for t in before}
    head = next((t for t in before if t.head.i not in inside or t.head == t), before[-1])
    if not (head.pos_ == "PROPN" or head.ent_type_ or head.lemma_.lower() in speakers):
        return None  # "Answer: …", "A reminder: …", "text-align: left": labels, not speakers
    content = [t for t in sent[colon.i - sent.start + 1 :]]
    if len(after) < 2:
        nxt = sent.doc[sent.end :]
        content = [t for t in next(iter(nxt.sents))] if len(nxt) else []  # type: ignore[attr-defined]
    parts = parts_of(content)
    if not parts:
        return None
    return Candidate(colon, [colon], [(parts[0][0], parts[-1][1])], trimmed(before) or [head], COLON, "colon")


def _next_in_paragraph(sent: Span) -> bool:
    doc = sent.doc
    return sent.end < len(doc) and "\n" not in doc[sent.end - 1].whitespace_ and not doc[sent.end].is_space


def _markup(tok: Token) -> bool:
    """Words inside leftover HTML/embed markup (``<tweet author="…">``) are not cues."""
    doc = tok.doc
    prev = doc[tok.i - 1].text if tok.i > 0 else ""
    nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return prev in {"<", "</"} or nxt == "=" or prev.endswith("<")


CUE_POS = {"VERB", "AUX", "NOUN"}  # the parts of speech verb_candidate and noun_candidate accept


def sentence_candidates(sent: Span, lex: AttributionLexicon) -> list[Candidate]:
    out = []
    for tok in sent:
        if tok.pos_ not in CUE_POS and tok.lower_ != "according":
            continue  # no cue can start here (tested first: cheaper than the markup test)
        if _markup(tok):
            continue
        cand = according_to(tok) or verb_candidate(tok, lex) or noun_candidate(tok, lex)
        if cand is not None:
            out.append(cand)
    colon = colon_candidate(sent, lex.speakers)
    if colon is not None and not any(c.head.dep_ == "ROOT" and c.head.i > colon.head.i for c in out):
        out.insert(0, colon)
    return out
