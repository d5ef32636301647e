"""One name, one reading per article: the NER's misses and slips mended from the article's own names.

A small NER model tags a name in one sentence and misses it, cuts it, or glues words to it in another.
An article is consistent about its names, so the names it was tagged with are evidence for the rest:

- **Headlines.** In a line written in title case or capitals ("Red Sox Make Huge Offer"), the model cannot
  tell names from words and tags "Red Sox Make Huge Offer" as one organisation. A tagged span there that the
  body never names is cut to the longest run of its words that the body does name ("Red Sox"), with the
  body's type. Where the body names none, the words the body writes in lower case are the headline's words:
  a span of nothing else is no name ("Clinch Playoff Berth"), and one with a name the tables know between them
  is that name ("Overturn Bush Rules" -> "Bush").
- **Repeats.** A name the article was tagged with elsewhere is a mention wherever it appears again untagged:
  "TMZ reported" after "according to TMZ", "Forward Tyler Hansbrough" after "Tyler Hansbrough". The match
  is exact and case-sensitive, on whole tokens, and a repeat that runs on into more capitalised words is
  left alone (it is part of a longer name). A person's surname alone counts as a repeat of that person.
- **Titled people inside other names.** "Staunton Police Chief Jim Williams" or "Court Clerk Dan Fallon",
  tagged as one organisation, is a person ("Jim Williams") with a role: the span ends in a given name and
  a surname right after a word for what people are (a title's last word, a role noun, a Phoenix agent noun).
- **Coordinated surnames.** "Lopez and Carrasquillo", tagged as one organisation, are two people when both
  words are surnames of people the article names in full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from dossier.headlines import headline_lines as text_headlines
from dossier.nlp.entities.candidate import Candidate, token_candidate

REPEATED_TYPES = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "EVENT"}


@dataclass(frozen=True)
class Headlines:
    """Which tokens sit on a line written in title case or in capitals (a headline, a section title)."""

    line: tuple[int, ...]  # the line of every token
    lines: frozenset[int]  # the headline lines

    def holds(self, i: int) -> bool:
        return self.line[i] in self.lines


def headline_lines(doc: Doc) -> Headlines:
    """The lines of the doc's tokens, and which of them are headlines (``dossier.headlines``)."""
    line_of: list[int] = []
    line = 0
    for tok in doc:
        line_of.append(line)
        line += tok.text.count("\n") + tok.whitespace_.count("\n")
    return Headlines(tuple(line_of), frozenset(text_headlines(doc.text)))


def trim_headline_names(
    doc: Doc,
    names: list[Candidate],
    headlines: Headlines,
    without_place: WithoutPlace | None = None,
    whole: Callable[[str], bool] | None = None,
    words: HeadlineWords | None = None,
) -> list[Candidate]:
    """Cut each headline name the body never gives to the longest run of its words the body does give, or
    gives without the place it opens with ("RED SOX" of "Boston Red Sox": ``without_place``). A name that is
    ``whole`` as written stays ("Creighton Bluejays 65, Drake Bulldogs 53" above "Creighton beat Drake")."""
    body: dict[tuple[str, ...], Candidate] = {}
    for c in names:
        if not headlines.holds(c.tok_start):
            body.setdefault(_folded(doc, c.tok_start, c.tok_end), c)
    body_names = [c for c in names if not headlines.holds(c.tok_start)]
    for short, c in short_forms(body_names, without_place).items():
        body.setdefault(tuple(w.lower() for w in short), c)
    out = []
    for c in names:
        if (
            not headlines.holds(c.tok_start)
            or _folded(doc, c.tok_start, c.tok_end) in body
            or whole is not None
            and whole(c.text)
        ):
            out.append(c)
            continue
        run = _longest_known_run(doc, c, body)
        if run is None and words is not None:
            run = _without_common_edges(doc, c, words)
            if run is None:
                continue  # a headline's words, no name: "Biologists Call on"
        out.append(run or c)
    return out


@dataclass(frozen=True)
class HeadlineWords:
    """What tells a headline's words from its names when the body does not name them: ``common``, the words the
    body writes in lower case only (``body_common_words``); ``given``, given names (the word after one is a
    surname: "Julie Pace"); ``known``, whether the tables know a run of words as a name ("Bush", "Joe Biden")."""

    common: frozenset[str]
    given: Callable[[str], bool]
    known: Callable[[tuple[str, ...]], bool]


def body_common_words(doc: Doc, headlines: Headlines, keep: Callable[[str], bool]) -> frozenset[str]:
    """The words the article's body writes in lower case and never with a capital inside a sentence, folded
    (with their lemmas): in its headline they are words, not names ("Overturn", "Rules"); ``keep`` words are
    never counted (words that name kinds of organisations and places: "Center", "County")."""
    lower: set[str] = set()
    capital: set[str] = set()
    for tok in doc:
        if headlines.holds(tok.i) or not tok.is_alpha:
            continue
        if tok.text.islower():
            lower.update((tok.lower_, tok.lemma_.lower()))
        elif tok.text[:1].isupper() and not tok.is_sent_start:
            capital.add(tok.lower_)
    return frozenset(w for w in lower - capital if not keep(w))


def _without_common_edges(doc: Doc, c: Candidate, words: HeadlineWords) -> Candidate | None:
    """A headline name the body never gives, read against the body's common words: None when it is nothing but
    them, no name ("Biologists Call on", "Clinch Playoff Berth"); cut to what lies between those at its edges
    when the tables know the rest as a name ("Overturn Bush Rules" -> "Bush"); else ``c`` as tagged (the rest
    may be a name the tables lack: "Hennepin County| Medical Center"). Not in a title-case line that ends in a
    full stop, which is a sentence whose capitals are names' ("Editing by Will Dunham.")."""
    line_end = doc.text.find("\n", c.end)
    line = doc.text[c.end : None if line_end < 0 else line_end]
    if line.rstrip(" )]\"'’”").endswith("."):
        return c
    start, end = c.tok_start, c.tok_end
    while start < end and _edge_word(doc, start, start + 1 if start + 1 < end else -1, words):
        start += 1
    while end > start and _edge_word(doc, end - 1, end - 2 if end - 2 >= start else -1, words):
        if end - 2 >= start and words.given(doc[end - 2].lower_):
            break
        end -= 1
    if start == end:
        return None
    if (start, end) == (c.tok_start, c.tok_end) or not words.known(tuple(t.text for t in doc[start:end] if t.is_alpha)):
        return c
    return _moved(doc, c, start, end, c.sent)


def _edge_word(doc: Doc, i: int, inner: int, words: HeadlineWords) -> bool:
    """Token ``i`` at a name's edge is punctuation, a possessive ending or a common word that the tables know as
    no name ("Harding" is a surname, though the body's "hard" is common), and not glued to the word inside it
    ("Latter-day")."""
    tok = doc[i]
    if 0 <= inner < len(doc) and (doc[min(i, inner)].whitespace_ == "" and not tok.is_punct):
        return False
    if tok.is_punct or tok.tag_ == "POS":
        return True
    return (_common(tok.lower_, words.common) or _common(tok.norm_, words.common)) and not words.known((tok.text,))


WithoutPlace = Callable[[tuple[str, ...]], "tuple[str, ...] | None"]


def short_forms(names: list[Candidate], without_place: WithoutPlace | None) -> dict[tuple[str, ...], Candidate]:
    """The article's organisations by their names without the place they open with ("Red Sox" for "Boston
    Red Sox"), as written; a short form two different names give ("Times": "New York Times", "Los Angeles
    Times") is none of them."""
    if without_place is None:
        return {}
    found: dict[tuple[str, ...], Candidate] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for c in names:
        if c.type != "ORG" or c.is_country or c.extra or len(c.name_tokens) < 2:
            continue
        short = without_place(c.name_tokens)
        if not short:
            continue
        if short in found and found[short].name_tokens != c.name_tokens:
            ambiguous.add(short)
        found.setdefault(short, c)
    return {k: c for k, c in found.items() if k not in ambiguous}


def _longest_known_run(doc: Doc, c: Candidate, body: dict[tuple[str, ...], Candidate]) -> Candidate | None:
    for width in range(c.tok_end - c.tok_start - 1, 0, -1):
        for start in range(c.tok_start, c.tok_end - width + 1):
            known = body.get(_folded(doc, start, start + width))
            if known is not None:
                return _moved(doc, known, start, start + width, c.sent)
    return None


def unlabelled_repeats(
    doc: Doc,
    names: list[Candidate],
    sent_of: list[int],
    headlines: Headlines,
    titles: set[str],
    given_names: dict[str, str] | None = None,
    without_place: WithoutPlace | None = None,
) -> list[Candidate]:
    """Untagged repeats of the article's names, and surnames of the people it names in full; a surname
    after an untagged given name takes the given name in ("Forward Tyler Hansbrough" after "Hansbrough").
    An organisation's name without the place it opens with is a repeat too ("the Red Sox" after "Boston Red
    Sox"; one word only after "the": "the Angels" after "Los Angeles Angels")."""
    known: dict[tuple[str, ...], Candidate] = {}
    for c in sorted(names, key=lambda c: -(c.tok_end - c.tok_start)):
        if c.type in REPEATED_TYPES and not c.is_country and not c.extra:
            known.setdefault(tuple(t.text for t in doc[c.tok_start : c.tok_end]), c)
    for c in names:
        if c.type == "PERSON" and len(c.name_tokens) >= 2 and len(doc[c.head_i].text) > 1:
            surname = (doc[c.head_i].text,)
            if surname not in known:
                known[surname] = replace(c, name_tokens=surname, role=None, role_span=None)
    # the article's own names and its people's surnames first: a short form is a repeat only where none is
    shorts = {k: c for k, c in short_forms(names, without_place).items() if k not in known}
    known.update(shorts)
    one_word_shorts = {id(c) for k, c in shorts.items() if len(k) == 1}
    if not known:
        return []
    # in a headline a name may be in capitals ("RED SOX MAKE HUGE OFFER"): there it is matched case-folded
    folded = {tuple(w.lower() for w in k): c for k, c in known.items()}
    texts = [t.text for t in doc]
    lowers = [t.lower() for t in texts]
    taken = bytearray(len(doc) + 1)
    for c in names:
        taken[c.tok_start : c.tok_end] = b"\x01" * (c.tok_end - c.tok_start)
    longest = max(len(k) for k in known)
    out = []
    i = 0
    firsts = {k[0] for k in known}
    folded_firsts = {k[0] for k in folded}
    while i < len(doc):
        if texts[i] not in firsts and not (lowers[i] in folded_firsts and headlines.holds(i)):
            i += 1
            continue
        found = None
        for width in range(min(longest, len(doc) - i), 0, -1):
            if any(taken[i : i + width]):
                continue
            model = known.get(tuple(texts[i : i + width]))
            if model is None and headlines.holds(i) and headlines.line[i + width - 1] == headlines.line[i]:
                model = folded.get(tuple(lowers[i : i + width]))
            if model is None:
                continue
            if width == 1 and id(model) in one_word_shorts and (i == 0 or lowers[i - 1] != "the"):
                continue  # "Post" alone may be a word: "the Post" is the paper
            if _stands_alone(doc, i, i + width, headlines, titles):
                found = _moved(doc, model, i, i + width, sent_of[i])
                break
            given = doc[i - 1] if i > 0 else None
            if (
                model.type == "PERSON"
                and width == 1
                and given is not None
                and not taken[given.i]
                and given.text[:1].isupper()
                and given.lower_ in (given_names or {})
                and "\n" not in given.whitespace_
                and _stands_alone(doc, i - 1, i + 1, headlines, titles)
            ):
                found = _moved(doc, model, i - 1, i + 1, sent_of[i])
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        taken[found.tok_start : found.tok_end] = b"\x01" * (found.tok_end - found.tok_start)
        i = found.tok_end
    return out


def _stands_alone(doc: Doc, start: int, end: int, headlines: Headlines, titles: set[str]) -> bool:
    """Is this run a whole name, not a piece of a longer one or a common word?"""
    first, last = doc[start], doc[end - 1]
    if end - start == 1 and first.pos_ not in {"PROPN", "NOUN", "ADJ"} and not first.text.isupper():
        return False
    if headlines.holds(start):
        return True  # every word is capitalised there: neighbours say nothing
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and "\n" not in last.whitespace_:
        return False
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.lower_.rstrip(".") not in titles
    ):
        return "\n" in before.whitespace_
    return True


def split_titled_people(
    doc: Doc, names: list[Candidate], given_names: dict[str, str], role_words: frozenset[str] | set[str]
) -> list[Candidate]:
    """A person at the end of a span typed otherwise, after a role word: that person, with the role."""
    out = []
    for c in names:
        person = None
        if c.type in {"ORG", "FAC", "GPE", "LOC"} and not c.is_country and c.tok_end - c.tok_start >= 3:
            person = _titled_person(doc, c, given_names, role_words)
        out.append(person or c)
    return out


def _titled_person(
    doc: Doc, c: Candidate, given_names: dict[str, str], role_words: frozenset[str] | set[str]
) -> Candidate | None:
    for width in (3, 2):
        start = c.tok_end - width
        if start - 1 < c.tok_start:
            continue
        tail = doc[start : c.tok_end]
        role_word = doc[start - 1]
        if not all(t.text[:1].isupper() and (t.is_alpha or t.text.rstrip(".").isalpha()) for t in tail):
            continue
        if tail[0].lower_ not in given_names or len(tail[0].text) < 2 or tail[-1].lower_ in role_words:
            continue
        if role_word.lower_.rstrip(".") not in role_words:
            continue
        person = _moved(doc, c, start, c.tok_end, c.sent)
        role = doc[c.tok_start : start]
        person.type = "PERSON"
        person.role = role.text
        person.role_span = (role.start_char, role.end_char)
        person.gender = given_names.get(tail[0].lower_, "u")
        return person
    return None


def split_coordinated_people(
    doc: Doc,
    names: list[Candidate],
    sent_of: list[int],
    known_thing: Callable[[int, int], Candidate | None] | None = None,
) -> list[Candidate]:
    """'Lopez and Carrasquillo' tagged as one name: two people, when both are surnames of people named in full.
    With ``known_thing`` (a mention of the place or organisation the tables know at tokens [start, end), else
    None), one conjunct may be such a place or organisation beside a surname or a name the article tagged a
    person elsewhere: "Philly and Cheeks" after "Mo Cheeks" (or "Cheeks" tagged a person) is the city and the
    man."""
    surnames = {c.name_tokens[-1]: c for c in names if c.type == "PERSON" and len(c.name_tokens) >= 2}
    tagged = {
        tuple(t.text for t in doc[c.tok_start : c.tok_end]): c for c in names if c.type == "PERSON" and not c.extra
    }
    # a word that ends a longer name of the article is no place there ("Salazar" of "the Interior Ken Salazar")
    lasts = {c.name_tokens[-1] for c in names if len(c.name_tokens) >= 2}
    out: list[Candidate] = []
    for c in names:
        toks = list(doc[c.tok_start : c.tok_end])
        conj = [k for k, t in enumerate(toks) if t.lower_ in {"and", "&"}]
        whole_known = known_thing is not None and known_thing(c.tok_start, c.tok_end) is not None
        if len(conj) == 1 and 0 < conj[0] < len(toks) - 1 and not whole_known:  # not "Procter & Gamble"
            left, right = toks[: conj[0]], toks[conj[0] + 1 :]
            parts = [_conjunct(doc, part, surnames, tagged, lasts, known_thing, sent_of) for part in (left, right)]
            people = sum(1 for p in parts if p is not None and p.type == "PERSON")
            if all(p is not None for p in parts) and people >= (2 if known_thing is None else 1):
                out.extend(p for p in parts if p is not None)
                continue
        out.append(c)
    return out


def _conjunct(
    doc: Doc,
    part: list,
    surnames: dict[str, Candidate],
    tagged: dict[tuple[str, ...], Candidate],
    lasts: set[str],
    known_thing: Callable[[int, int], Candidate | None] | None,
    sent_of: list[int],
) -> Candidate | None:
    """One side of "X and Y": a surname of a person the article names in full, or (with ``known_thing``) a
    name the article tagged a person elsewhere, or a place or organisation the tables know."""
    start, end = part[0].i, part[-1].i + 1
    if len(part) == 1 and part[0].text in surnames:
        tok = part[0]
        model = surnames[tok.text]
        return token_candidate(
            tok, sent_of[tok.i], kind="name", type="PERSON", name_tokens=(tok.text,), gender=model.gender
        )
    if known_thing is None or not all(t.text[:1].isupper() for t in part):
        return None
    seen = tagged.get(tuple(t.text for t in part))
    if seen is not None:
        return _moved(doc, seen, start, end, sent_of[start])
    if len(part) == 1 and part[0].text in lasts:
        return None
    return known_thing(start, end)


_ENDINGS = ("s", "es", "ed", "ing")


def _common(word: str, common: frozenset[str]) -> bool:
    """The word, or its stem of four letters or more without a regular ending ("Calls" -> "call"), is one of the
    body's common words."""
    return word in common or any(
        word.endswith(e) and len(word) - len(e) >= 4 and word[: -len(e)] in common for e in _ENDINGS
    )


def _folded(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[start:end] if not t.is_punct)


def _moved(doc: Doc, model: Candidate, start: int, end: int, sent: int) -> Candidate:
    """A mention of ``model``'s name at tokens [start, end)."""
    span = doc[start:end]
    return replace(
        model,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        sent=sent,
        tok_start=start,
        tok_end=end,
        head_i=end - 1,
        head=span[-1].lower_,
        role=None,
        role_span=None,
        name_tokens=tuple(t.text for t in span if not t.is_punct),
        extra={},
    )
