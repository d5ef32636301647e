"""Mention detection: named mentions (spaCy NER, cleaned), nominal mentions of actors, and pronouns.

Cleaning of named mentions:
- titles and ranks are split from names and kept as the person's role ("General HR McMaster");
- name tokens spaCy left out on the left are added back ("HR" in "HR McMaster");
- demonyms and adjectives become mentions of their country ("Russian companies" -> Russia);
- a capital used as an actor ("Moscow intervened") becomes a mention of its country;
- hyphenated pairs of names ("Trump-Putin relations") are split into one mention per name;
- "names" that are only a job title ("International Affairs Advisor") are not entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from dossier.nlp.entities.candidate import Candidate, token_candidate
from dossier.nlp.entities.consistency import (
    Headlines,
    HeadlineWords,
    body_common_words,
    headline_lines,
    split_coordinated_people,
    split_titled_people,
    trim_headline_names,
    unlabelled_repeats,
)
from dossier.nlp.entities.lexicon import EntityLexicon, NominalHead
from dossier.nlp.entities.sentences import sentence_index
from dossier.resolve.knowledge import name_key
from dossier.resolve.names import GOVERNMENT_BY_HEAD, ROYALS_BY_GIVEN_NAME, club_city, entity_words, title_word

NER_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "FAC": "FAC",
}
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
# the prefixes navies give their ships' names ("USS Cole", "HMS Sheffield"): a ship so named is an actor (its
# navy's), whatever the NER calls it (often a product); see dossier.codes.text.SHIP_PREFIXES
SHIP_PREFIXES = {"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "ROKS", "TCG", "BRP"}
DEFINITE_DETS = {"the", "this", "that", "these", "those"}
INDEFINITE_DETS = {"a", "an", "some", "several", "many", "few", "any", "no", "another", "one", "two", "three", "four"}
YEAR_OLD = re.compile(r"\d+-year-old$")


# a run of capitalised words with what may stand between them in a name ("Efrain Rios Montt", "Jean-Claude
# Duvalier", "Miguel de la Madrid"); `_name_runs` cuts it at words that are no surname's particle
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,3}(?=\s+[A-Z])))*")


def _name_runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of capitalised words (character offsets of each word) that may be one name: lower-case words only a
    surname's particles ("de", "bin"; not "and", "of"), a possessive ending a run ("Recep Tayyip Erdogan|'s Justice
    and Development Party")."""
    particles = _surname_particles()
    for run in CAPITALISED_RUN.finditer(text):
        words: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", run.group()):
            start, end = w.start() + run.start(), w.end() + run.start()
            word = text[start:end]
            if word[:1].islower() and word not in particles:
                yield words
                words = []
                continue
            if word.endswith(("'s", "’s")):
                yield [*words, (start, end - 2)]
                words = []
                continue
            words.append((start, end))
        yield words


def _title_word(word: str, lex: EntityLexicon) -> bool:
    """Whether a word may stand in a title before a name: a title's word ("Chief", "President"), an acronym of two
    to four capitals, dotted or not ("UN", "U.S."), or a demonym ("Russian")."""
    letters = word.replace(".", "")
    return (
        (word.lower().rstrip("."),) in lex.titles
        or (2 <= len(letters) <= 4 and letters.isupper() and letters.isalpha())
        or word.lower() in lex.demonyms
    )


def _known_people_found(doc: Doc, lex: EntityLexicon) -> list[tuple[int, int, str]]:
    """The people of the dictionaries (``lex.known_people``: two words or more) named in a run of capitalised
    words, where the small model often tags nothing ("Chief Mangosuthu Buthelezi agreed", "Recep Tayyip Erdogan's
    Justice and Development Party"): the name that ends the run, the words before it all titles, a body's acronym
    or a demonym ("Chief", "UN Secretary-General", "Russian President"; ``_title_word``), so not a longer name of
    something else ("the Mamadou Sylla Foundation"), and not opening with them: the dictionary files some people
    with a title ("prince norodom ranariddh", "russian president vladimir putin"), which the codes stage reads from
    the text. (token start, token end, "PERSON")."""
    found: list[tuple[int, int, str]] = []
    for words in _name_runs(doc.text):
        if len(words) < 2 or doc.text[words[-1][0] : words[-1][1]][:1].islower():
            continue
        for i in range(len(words) - 1):
            before = [doc.text[a:b] for a, b in words[: i + 1]]
            if not all(_title_word(w, lex) for w in before[:-1]):
                break  # a word before the name that is no title: a longer name of something else
            if _title_word(before[-1], lex):
                continue  # a name the dictionary files with a title, a body's acronym or a demonym ("U.S. President
                # Barack Obama", "Russian President Vladimir Putin"): the name after them
            if name_key(doc.text[words[i][0] : words[-1][1]]) in lex.known_people:
                span = doc.char_span(words[i][0], words[-1][1])
                if span is not None:
                    found.append((span.start, span.end, "PERSON"))
                break
    return found


def _party_families_found(doc: Doc, lex: EntityLexicon) -> list[tuple[int, int, str]]:
    """A party named by its family as a body ("Jean Chretien's Liberals won", "ousting the Liberals of Prime Minister
    John Turner", "dominated by the Christian Democrats"), which the small model leaves untagged or splits into
    peoples' words: a capitalised plural of ``lex.party_families`` after "the", "his", "her" or a possessive,
    as the codes stage reads such a name (``party_family_name``); bare, it is people of a view ("Conservatives
    still praise him"). (token start, token end, "ORG")."""
    found: list[tuple[int, int, str]] = []
    longest = max((len(f.split()) for f in lex.party_families), default=0)
    for tok in doc:
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is None or not (before.lower_ in ("the", "his", "her") or before.tag_ == "POS"):
            continue
        for n in range(min(longest, len(doc) - tok.i), 0, -1):
            span = doc[tok.i : tok.i + n]
            if all(t.is_title for t in span) and span.text.lower() in lex.party_families and span[-1].lower_[-1] == "s":
                found.append((span.start, span.end, "ORG"))
                break
    return found


def detect_mentions(doc: Doc, lex: EntityLexicon) -> list[Candidate]:
    _retag_capitalised_plurals(doc, lex)
    sent_of = sentence_index(doc)
    names = _named_mentions(doc, lex, sent_of)
    taken = {i for c in names for i in range(c.tok_start, c.tok_end)}
    nominals = _nominal_mentions(doc, lex, sent_of, taken)
    pronouns = _pronoun_mentions(doc, lex, sent_of)
    out = names + nominals + pronouns
    out.sort(key=lambda c: (c.start, -c.end, c.kind))
    return out


def _retag_capitalised_plurals(doc: Doc, lex: EntityLexicon) -> None:
    """A plural of people that opens a sentence, which the tagger took for a proper noun for its capital ("Mobs|
    armed with sticks attacked"): a plural noun, whose lemma is the singular the group lexicons know. Only a word
    no name holds and whose singular is such a noun ("Mobs", not "Reuters")."""
    groups = lex.set_nouns | lex.bare_group_nouns | lex.group_nouns | set(lex.labour_nouns)
    for tok in doc:
        if tok.is_sent_start and tok.tag_ == "NNP" and not tok.ent_type_ and tok.is_title and tok.lower_.endswith("s"):
            singular = tok.lower_[:-1]
            if singular in groups:
                tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", singular


# -- names ------------------------------------------------------------------------------------------


def _named_mentions(doc: Doc, lex: EntityLexicon, sent_of: list[int]) -> list[Candidate]:
    out: list[Candidate] = []
    ents = _with_known_names(doc, lex)
    ents = _possessive_cut_names(doc, _hyphenated_given_names(doc, _whole_hyphenated(doc, ents), lex))
    ents = _teams_before_possessive(ents, lex)
    ents = _joined_of_names(doc, ents, lex)
    ents = _surnames_across_particles(doc, ents)
    persons = {e.text for e in ents if e.label_ == "PERSON"}
    for ent in map(_without_score, ents):
        label = NER_TYPES.get(ent.label_)
        if ent[0].text in SHIP_PREFIXES and len(ent) > 1 and ent[1].is_title:
            label = "ORG"  # "USS Vincennes" (tagged PRODUCT): a navy's ship
        if label is None or _kind_of_group(ent, lex) or _language_compound(ent) or _portfolio(ent, lex):
            continue
        pieces = (piece for part in _split_at_verbs(ent) for piece in _split_listed_countries(part, lex))
        for start, end in (cut for piece in pieces for cut in _split_hyphenated(doc, piece, lex)):
            lead = start + (doc[start].lower_ == "the")
            if _demonym_before_person(doc, lead, end, label, lex, persons):
                start, label = lead + 1, "PERSON"  # "(the) American Hasim Rahman" tagged as one ORG
            cand = _clean_name(doc, start, end, label, lex, sent_of)
            if cand is not None:
                out.append(cand)
    headlines = headline_lines(doc)
    out = trim_headline_names(
        doc,
        out,
        headlines,
        lex.without_place,
        lambda name: lex.teams.named(name) is not None,
        _headline_words(doc, headlines, lex),
    )
    out = split_coordinated_people(
        doc,
        split_titled_people(doc, out, lex.given_names, lex.role_words),
        sent_of,
        lambda start, end: _known_thing(doc, start, end, lex, sent_of),
    )
    out.extend(_unlabelled_demonyms(doc, lex, sent_of, {i for c in out for i in range(c.tok_start, c.tok_end)}))
    title_words = {words[-1].rstrip(".") for words in lex.titles}
    out.extend(unlabelled_repeats(doc, out, sent_of, headlines, title_words, lex.given_names, lex.without_place))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_datelines(doc, lex, sent_of, taken))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_named_after_kind(doc, lex, sent_of, taken))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_untagged_people(doc, lex, sent_of, taken, headlines))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_titled_people(doc, lex, sent_of, taken, headlines))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_listed_under_a_title(doc, lex, sent_of, taken, headlines))
    taken = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out.extend(_named_before_apposition(doc, lex, sent_of, taken, headlines))
    out = _governments_named_by_head(doc, out, lex, sent_of)
    return [_award_title(doc, c) or _description_as_name(doc, c, lex, headlines) or c for c in out]


def _headline_words(doc: Doc, headlines: Headlines, lex: EntityLexicon) -> HeadlineWords:
    """The body's common words, and the tables' names, that tell a headline's words from its names."""
    common = body_common_words(doc, headlines, lex.name_kind_words.__contains__)
    return HeadlineWords(common, lex.given_names.__contains__, lex.knows_name)


def _description_as_name(doc: Doc, c: Candidate, lex: EntityLexicon, headlines: Headlines) -> Candidate | None:
    """ "confirms the Perennial Party Girl, has herself checked into ...": a person described in capitals after
    "the", which the NER takes for a name: words that name no one (no given name, no place) ending on a noun for
    a person that is no position ("girl", "man"). Not in a headline, where every word has a capital."""
    if c.kind != "name" or headlines.holds(c.tok_start) or not 1 <= c.tok_end - c.tok_start <= 3:
        return None
    start = c.tok_start
    while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start and c.tok_end - start < 4:
        start -= 1  # "the Perennial| Party Girl"
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    words = doc[start : c.tok_end]
    if words[-1].dep_ not in {"nsubj", "nsubjpass", "appos", "attr", "ccomp", "ROOT"}:
        return None  # said of someone, not "a wreath for the Unknown Soldier"
    last = words[-1].lower_
    entry = lex.nominals.get(last)
    gender = CHILDREN.get(last) or (entry.gender if entry and entry.type == "PERSON" and not entry.role else None)
    if gender is None or not all(t.is_alpha and t.is_title for t in words):
        return None
    if _names_someone(words, lex) or any(lex.country_of_demonym(t.text) for t in words):
        return None
    return _as_description(c, words, words[-1], gender=gender, definite=True)


# an honour's title, which the NER tags as an organisation's name: a description of the one who holds it
_AWARD = re.compile(
    r"^(?:[A-Z][\w'.-]*\s+)*(?P<noun>Player|Coach|Rookie|Person|Man|Woman|Manager|Pitcher|Athlete|Footballer|"
    r"Entertainer|Executive|Sportsman|Sportswoman|Sportsperson|Newcomer|Freshman|Defender|Goalkeeper)"
    r"\s+of\s+the\s+(?:Year|Decade|Century|Match|Game|Tournament)$|^(?:[A-Z][\w'.-]*\s+)*Most\s+Valuable\s+"
    r"(?P<mvp>Player)$"
)


def _award_title(doc: Doc, c: Candidate) -> Candidate | None:
    """ "The reigning National Player of the Year passed Phil Ford", "after being crowned the National Player of
    the Year": an honour is no organisation but the person it describes, a description as "the billionaire" is
    (definite with "the" before it, over its adjectives)."""
    if c.kind != "name":
        return None
    end = c.tok_end
    if doc[end - 1].lower_ == "of" and end + 2 <= len(doc) and doc[end].lower_ == "the":
        end += 2  # "National Player of| the Year": the NER cut it
    if (match := _AWARD.match(doc[c.tok_start : end].text)) is None:
        return None
    noun = match["noun"] or match["mvp"]
    head = next(t for t in doc[c.tok_start : c.tok_end] if t.text == noun)
    before = c.tok_start - 1
    while before >= 0 and doc[before].tag_ in {"JJ", "VBG", "RB"}:
        before -= 1  # "the reigning", "the newly crowned"
    # a description only where it is said of someone: the subject ("The reigning National Player of the Year
    # passed Phil Ford") or the predicate; as an object it is the honour itself ("called her the ...")
    said_of = head.dep_ in {"nsubj", "nsubjpass", "attr", "oprd", "appos"}
    definite = said_of and before >= 0 and doc[before].lower_ in DEFINITE_DETS
    return _as_description(c, doc[c.tok_start : end], head, gender=c.gender, definite=definite, honour=True)


def _as_description(
    c: Candidate, span: Span, head: Token, *, gender: str, definite: bool, honour: bool = False
) -> Candidate:
    """A name candidate made the description of a person it is ("the Perennial Party Girl")."""
    return replace(
        c,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        tok_start=span.start,
        tok_end=span.end,
        kind="nominal",
        type="PERSON",
        head_i=head.i,
        head=head.lower_,
        gender=gender,
        number="sg",
        definite=definite,
        role=None,
        role_span=None,
        name_tokens=(),
        is_acronym=False,
        extra={"honour": "1"} if honour else {},
    )


# the second word of a compound that makes a demonym a language ("French-speaking countries", "a Kannada-language
# weekly"): no country, no people
LANGUAGE_COMPOUNDS = {"speaking", "language", "speakers", "speaker", "medium"}


# the title heads a portfolio's word comes before ("Labour| Minister Adel Fakeih", "Transport| Secretary")
PORTFOLIO_HEADS = {"Minister", "Secretary", "Ministry", "Commissioner"}


def _portfolio(ent: Span, lex: EntityLexicon) -> bool:
    """Whether a one-word name the NER tagged an organisation is the portfolio of a title after it ("Labour
    Minister Adel Fakeih", "Agriculture Minister Nick Brown"): part of the title, no party's or body's name;
    not a country's or a people's word ("French Minister")."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and len(ent) == 1
        and ent[0].is_title  # a word, not an acronym: "NATO Secretary General"
        and ent.end < len(doc)
        and doc[ent.end].text in PORTFOLIO_HEADS
        and not lex.country_of_name(ent.text)
        and not lex.country_of_demonym(ent.text)
    )


def _split_at_verbs(ent: Span) -> list[Span]:
    """A name the NER ran across a lower-case verb is two ("Gazprom accused Naftogaz"): the capitalised parts on
    either side of it; names hold no verbs."""
    doc = ent.doc
    # (a word of its own: not "led" of "Saudi-led"; nor a surname's particle the tagger took for a verb, "dos" of
    # "Jose Eduardo dos Santos")
    particles = _surname_particles()
    cuts = [
        t.i
        for t in ent[1:-1]
        if t.pos_ == "VERB" and t.is_lower and doc[t.i - 1].whitespace_ and t.lower_ not in particles
    ]
    if not cuts:
        return [ent]
    parts, start = [], ent.start
    for cut in [*cuts, ent.end]:
        if cut > start and doc[start].text[:1].isupper():
            parts.append(Span(doc, start, cut, label=ent.label_))
        start = cut + 1
    return parts


def _split_listed_countries(ent: Span, lex: EntityLexicon) -> list[Span]:
    """A name the NER ran across a comma between countries is a list of them ("Mali, Burkina Faso| and Niger"):
    each country on its own, when every part between the commas is a country's name."""
    cuts = [t.i for t in ent if t.text == ","]
    if not cuts:
        return [ent]
    doc = ent.doc
    bounds = [ent.start, *(c + 1 for c in cuts)]
    ends = [*cuts, ent.end]
    parts = [Span(doc, a, b, label=ent.label_) for a, b in zip(bounds, ends, strict=True) if b > a]
    if len(parts) != len(bounds) or not all(lex.country_of_name(p.text) for p in parts):
        return [ent]
    return parts


def _language_compound(ent: Span | Token) -> bool:
    """Whether a name is the first word of a language compound ("French" of "French-speaking")."""
    doc = ent.doc
    end = ent.end if isinstance(ent, Span) else ent.i + 1
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in LANGUAGE_COMPOUNDS
        and _glued(doc, end - 1, end + 2)
    )


_DASHES = {"-", "–", "—"}
# the Arabic article opening a hyphenated name ("Al-Shabab", "al-Nusra"), never a name of its own
ARTICLE_PREFIXES = {"Al", "al", "El", "el"}
# the short words that join the parts of an Arabic, Persian or Urdu name ("Lashkar-e-Taiba",
# "Hizb-ut-Tahrir", "Jamaat-ud-Dawa", "Harkat-ul-Mujahideen")
# ("as", "at", "an" are English too: "Islamic State-as-Nazism", "Editor-at-Large")
NAME_JOINERS = {"e", "i", "ut", "ul", "ud", "ur", "us", "al", "el", "ad", "az", "ash", "ush"}


def _whole_hyphenated(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name the NER cut inside a word its parts make with hyphens and joining words ("Jaish" of
    "Jaish-e-Mohammed", "Shabab" of "Al-Shabab"): the whole word, which ends at a capitalised part."""
    out: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        start, end = ent.start, ent.end
        k = end  # forwards: "-" joiner "-" Capital, all without spaces ("Trump-Putin" is no such word)
        while k + 4 <= len(doc) and _glued(doc, k - 1, k + 3) and doc[k].text == "-" and doc[k + 2].text == "-":
            if doc[k + 1].text not in NAME_JOINERS or not doc[k + 3].text[:1].isupper() or not doc[k + 3].is_alpha:
                break
            k += 4
        j = start  # backwards: the Arabic article before the name ("Al" + "-" + "Shabab")
        if j >= 2 and doc[j - 1].text == "-" and doc[j - 2].text in ARTICLE_PREFIXES and _glued(doc, j - 2, j + 1):
            j -= 2
        if (j, k) != (start, end) and not any(i in taken for i in [*range(j, start), *range(end, k)]):
            out.append(Span(doc, j, k, label=ent.label_))
        else:
            out.append(ent)
    return out


def _hyphenated_given_names(doc: Doc, ents: list[Span], lex: EntityLexicon) -> list[Span]:
    """A person's name the NER cut after a double given name ("Karl-Theodor" and "zu Guttenberg" of "Karl-Theodor
    zu Guttenberg"): one name, when the first span is names joined by hyphens, a given name first, and the second,
    a person's too, follows it at once (else the splitter of "Trump-Putin" would make "Karl" and "Theodor" two
    people)."""
    out: list[Span] = []
    skip: set[int] = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        parts = [t for t in ent if t.text != "-"]
        if (
            after is not None
            and ent.label_ == after.label_ == "PERSON"
            and after.start == ent.end
            and len(ent) >= 3
            and all(t.text == "-" for t in list(ent)[1::2])
            and _glued(doc, ent.start, ent.end)
            and all(t.text[:1].isupper() and t.is_alpha for t in parts)
            and parts[0].lower_ in lex.given_names
        ):
            out.append(Span(doc, ent.start, after.end, label="PERSON"))
            skip.add(k + 1)
        else:
            out.append(ent)
    return out


def _possessive_cut_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name the NER cut after a plural's apostrophe ("the Bolivian Workers'" of "the Bolivian
    Workers' Central"): no name ends on one, so the name goes on through the capitalised words after it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        end = ent.end
        if ent.label_ == "ORG" and ent[-1].text in ("'", "’") and len(ent) >= 2 and ent[-2].text.endswith("s"):
            while end < len(doc) and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
        out.append(Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent)
    return out


def _governments_named_by_head(
    doc: Doc, names: list[Candidate], lex: EntityLexicon, sent_of: list[int]
) -> list[Candidate]:
    """A government named by the one who heads it at a line's start, of which the NER tagged only the person (a
    title-case headline's "Obama| Administration Restores ..."): one organisation, as when the NER tags the
    whole. In running text the description finds it and keeps the person named inside it ("the Obama
    administration", ``_nominal_mentions``); only where the government word heads its phrase ("Obama
    administration officials" keeps the person)."""
    out: list[Candidate] = []
    for c in names:
        after = c.tok_end
        if (
            c.type == "PERSON"
            and c.kind == "name"
            and after < len(doc)
            and doc[after].lower_ in GOVERNMENT_BY_HEAD
            and _heads_its_phrase(doc, after)
            and (c.tok_start == 0 or "\n" in doc[c.tok_start - 1].text_with_ws)
        ):
            out.append(_clean_name(doc, c.tok_start, after + 1, "ORG", lex, sent_of) or c)
        else:
            out.append(c)
    return out


def _heads_its_phrase(doc: Doc, i: int) -> bool:
    """Whether no common noun follows the word at ``i`` in its phrase: "Obama Administration Restores ..." (a
    headline's capitalised words), not "Obama administration officials" nor "an Obama administration-era rule"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text == "-" or nxt.pos_ in {"NOUN", "PROPN"} and not nxt.text[:1].isupper())


def _teams_before_possessive(ents: list[Span], lex: EntityLexicon) -> list[Span]:
    """A team's name and what is the team's, which the NER tags as one name ("the Bluejays' Valley tournament
    opener"): the name ends at the plural's apostrophe when the words before it are a team's (``_team_before``);
    an organisation's own name ("Workers' Party") goes on."""
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.text in ("'", "’") and t.nbor(-1).text.endswith("s")), None)
        start = ent.start + (ent[0].lower_ == "the")
        if cut is not None and cut > start and _team_before(ent, start, cut, lex):
            out.append(Span(ent.doc, start, cut, label="ORG"))
        else:
            out.append(ent)
    return out


def _article_glued(span: Span) -> int:
    """1 when the Arabic article opens a span glued to the word after it with a hyphen ("Al-Awlaki"), else 0."""
    return int(
        len(span) >= 3
        and span[0].text in ARTICLE_PREFIXES
        and span[1].text == "-"
        and _glued(span.doc, span.start, span.start + 3)
    )


def _glued(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens [first, last) follow each other without a space (one written word)."""
    if first < 0 or last > len(doc):
        return False
    return all(not doc[i].whitespace_ for i in range(first, last - 1))


def _kind_of_group(ent: Span, lex: EntityLexicon) -> bool:
    """ "Riot police fired ...", "Security forces shot ...": at a sentence start the small NER takes the capital
    of a word that says what kind of group follows for a name (an organisation "Riot", a person "Riot"). A word
    the Phoenix agents dictionary files with its group noun ("riot police", "security forces") is that group's
    description, not a name; a people's or a faith's word ("Muslim rebels": NORP) stays a name."""
    if len(ent) != 1 or ent.label_ not in {"ORG", "PERSON"} or not ent[0].is_sent_start:
        return False
    tok = ent[0]
    if tok.i + 1 >= len(tok.doc):
        return False
    group = tok.doc[tok.i + 1]
    return (
        group.tag_ in {"NNS", "NNPS"}
        and tok.head.i == group.i
        and (tok.lower_, group.lower_) in lex.agent_pairs
        and (group.lemma_.lower() in lex.group_nouns | lex.bare_group_nouns or _armed_forces(group, lex))
    )


def _known_thing(doc: Doc, start: int, end: int, lex: EntityLexicon, sent_of: list[int]) -> Candidate | None:
    """A mention of the place or organisation the tables know at tokens [start, end): a state, country, capital
    or city of 100,000 people ("Philly"; ``EntityLexicon.home_place``), or a name of dossier's organisations
    table."""
    words = tuple(t.text for t in doc[start:end])
    if lex.home_place(words):
        return _clean_name(doc, start, end, "GPE", lex, sent_of)
    if " ".join(words) in lex.organisations:
        return _clean_name(doc, start, end, "ORG", lex, sent_of)
    return None


def _without_score(ent: Span) -> Span:
    """ "Evansville 91-73", "Evansville 51 - 50": a side of a game with its score, which the NER tags as one
    name (often a product). The capitalised words before the score name a team: an organisation, unless the
    NER said it was a person or a place."""
    cut = next((t.i for t in ent if t.like_num), None)
    if cut is None or cut == ent.start:
        return ent
    tail = ent.doc[cut : ent.end]
    numbers = [t for t in tail if t.like_num]
    if len(numbers) != 2 or not all(t.like_num or t.text in _DASHES for t in tail):
        if not (len(tail) == 1 and re.fullmatch(r"\d+[-–]\d+", tail.text)):
            return ent
    name = ent.doc[ent.start : cut]
    if not all(t.is_alpha and t.text[:1].isupper() or t.lower_ in {"the", "of", "&"} for t in name):
        return ent
    label = ent.label_ if ent.label_ in {"ORG", "PERSON", "GPE"} else "ORG"
    return Span(ent.doc, ent.start, cut, label=label)


def _with_known_names(doc: Doc, lex: EntityLexicon) -> list[Span]:
    """The NER's names, with the names of dossier's organisations table and the capitals it left out: "Gazprom
    said", "Kyiv accused" at a sentence start, where the small model often tags nothing; a known name that
    holds the NER's shorter names replaces them ("Brothers of Italy" for "Italy", "Doctors Without Borders"
    for "Borders", "Al-Shabab" for "Shabab"). A known name that the NER tagged exactly as a place is an
    organisation ("Alibaba"); as a person it stays one ("Ford"). A capital that is also a given name ("Sofia")
    or overlaps a name of the NER is left to the NER. So is a navy's ship by its prefix ("HMS Arundel"), and so
    are the dictionaries' people the NER left out (``_known_people_found``)."""
    ents = list(doc.ents)
    found: list[tuple[int, int, str]] = []
    text = doc.text
    for tok in doc:  # a navy's ship the NER left out ("the frigate HMS Arundel"): its prefix and the title words
        if tok.text in SHIP_PREFIXES and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            end = tok.i + 1
            while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                end += 1
            found.append((tok.i, end, "ORG"))
    for tok in doc:  # a known name starts where a token does (else it has no span)
        at = tok.idx
        for name, label in lex.known_names_by_prefix.get(text[at : at + 3], ()):
            end = at + len(name)
            if text.startswith(name, at) and (at == 0 or not text[at - 1].isalnum()):
                if end == len(text) or not text[end].isalnum():
                    span = doc.char_span(at, end)
                    if span is not None:
                        found.append((span.start, span.end, label))
    found += _known_people_found(doc, lex) + _party_families_found(doc, lex)
    if not found:
        return ents
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2] != "ORG"))
    out = list(ents)
    taken: set[int] = set()
    for start, end, label in found:
        if any(i in taken for i in range(start, end)):
            continue  # inside a longer known name
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.start + _mistagged_article(e) < start or e.end > end for e in inside):
            continue  # the NER's name is longer, or crosses it
        if label == "GPE" and inside and "-" not in doc[start:end].text and not _country_of_two(doc[start:end], lex):
            # a capital the NER tagged otherwise; not a hyphenated country's name it cut ("Guinea-Bissau"), nor one
            # of two names it cut at the "and" ("Trinidad| and |Tobago", "Antigua| and |Barbuda")
            continue
        if label == "GPE" and end - start == 1 and doc[start].lower_ in lex.given_names:
            continue  # "Sofia" the person; not "Solomon Islands"
        if label == "GPE" and end - start > 1 and _inside_a_longer_name(doc, start, end):
            continue  # "the Joint United States Military Assistance Group": a body's name the NER left out
        if (
            len(inside) == 1
            and (inside[0].start, inside[0].end) == (start, end)
            and inside[0].label_ in (label, "PERSON")
        ):
            taken.update(range(start, end))
            continue  # tagged already ("Ford" the person stays a person)
        out = [e for e in out if e not in inside]
        out.append(Span(doc, start, end, label=label))
        taken.update(range(start, end))
    return sorted(out, key=lambda e: e.start)


def _country_of_two(span: Span, lex: EntityLexicon) -> bool:
    """A country's whole name of two names joined by "and" ("Trinidad and Tobago", "Sao Tome and Principe")."""
    return any(t.lower_ == "and" for t in span) and lex.country_of_name(span.text) is not None


def _body_word(tok: Token, lex: EntityLexicon) -> bool:
    """Whether a word ends an organisation's own name ("Citizens' Action Party": Manchester City's nickname is
    no part of it): a word every place may name a body with (``generic_org_name``), or one of organisations'."""
    return lex.generic_org_name((tok.text,)) or tok.lower_ in entity_words("org_name_words.txt")


def _team_before(ent: Span, start: int, cut: int, lex: EntityLexicon) -> bool:
    """Whether the words before a plural's apostrophe in a name are a team's: its full or distinctive name, or
    a nickname with a word of sport just after the name ("the Bluejays' Valley tournament opener"); not where
    the name is a body's own ("Citizens' Action Party": "Citizens" is also Manchester City's nickname)."""
    doc = ent.doc
    name = doc[start:cut].text
    if _body_word(ent[-1], lex):
        return False
    if lex.teams.named(name) is not None:
        return True
    after = doc[ent.end : ent.end + 3]
    return lex.teams.nicknamed(name) is not None and any(t.lower_ in lex.sports_words for t in after)


def _mistagged_article(ent: Span) -> int:
    """1 when a name the NER tagged as no actor ("the Philly Sixers" a work of art) opens with "the", which a
    known name inside it leaves out; an organisation's "The Los Angeles Angels of Anaheim" is the NER's."""
    return int(ent[0].lower_ == "the" and ent.label_ not in NER_TYPES)


def _inside_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``doc[start:end]`` stand between capitalised words, a longer name's: a word before them
    that opens no sentence, or one after them."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return bool(
        (before is not None and before.is_title and not before.is_sent_start and before.lower_ != "the")
        or (after is not None and after.is_title)
    )


OF_HEADS = {"department", "ministry", "office", "bureau", "institute", "university", "college", "academy", "school"}


def _joined_of_names(doc: Doc, ents: list[Span], lex: EntityLexicon) -> list[Span]:
    """ "The Texas Department" + "of" + "Criminal Justice" (tagged as a person): a public body's name the NER
    cut at "of" is one organisation. Only a name that does not name a place after "of" is taken in, so
    "the Ministry of Defence of Ukraine" keeps Ukraine."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and ent[-1].lower_ in OF_HEADS | lex.agency_nouns
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ == "of"
            and nxt.label_ in {"PERSON", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"}
            and all(t.text[:1].isupper() or t.lower_ in {"and", "of", "the", "for"} for t in nxt)
            and "\n" not in doc[ent.start : nxt.end].text
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        if nxt is not None and _cut_at_and(doc, ent, nxt, lex):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        if nxt is not None and _chamber_party(ent, nxt, lex):
            out.append(Span(doc, ent.start, nxt.end, label="NORP"))  # "House Democrats": a party's legislators
            k += 2
            continue
        if nxt is not None and (_given_name_cut_off(doc, ent, nxt, lex) or _surname_after_particle(ent, nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def _names_someone(words: Span, lex: EntityLexicon) -> bool:
    """Whether a word of these is a given name or a place's name: words that name someone or somewhere."""
    return any(t.lower_ in lex.given_names or lex.is_place_name((t.text,)) for t in words)


def _cut_at_and(doc: Doc, ent: Span, nxt: Span, lex: EntityLexicon) -> bool:
    """ "the Central Commission for Elections" + "and" + "Referenda": a body's name of what it is for, cut by the
    NER at "and"; the words after it, which the NER tagged an organisation too, name no one (no place, no given
    name, nothing the tables know)."""
    return (
        ent.label_ == "ORG"
        and nxt.label_ == "ORG"  # not "the Federal Bureau of Investigation and Comey"
        and any(t.lower_ in {"for", "of"} for t in ent[1:-1])
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ == "and"
        and len(nxt) <= 2
        and all(t.is_alpha and t.is_title for t in nxt)
        and not _names_someone(nxt, lex)
        and not lex.is_place_name(tuple(t.text for t in nxt))  # "the Bank of England and New Zealand"
        and nxt.text not in lex.organisations
        and (nxt.end >= len(doc) or not doc[nxt.end].is_title)
        and "\n" not in doc[ent.start : nxt.end].text
    )


def _surnames_across_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Jose Eduardo" (a person) + "dos" + "Santos" (a place, or nothing): a surname after a particle the NER left
    outside the name ("Jose Eduardo dos Santos", "Diogo Freitas do Amaral"); one person, up to two capitalised
    proper nouns after the particle, whatever the NER made of them."""
    particles = _surname_particles()
    out: list[Span] = []
    dropped: set[int] = set()
    for ent in ents:
        if ent.start in dropped:
            continue
        end = ent.end
        if (
            ent.label_ == "PERSON"
            and len(ent) >= 2
            and end + 1 < len(doc)
            and doc[end].lower_ in particles
            and doc[end].is_lower
            and doc[end + 1].is_title
            and doc[end + 1].pos_ == "PROPN"
            and not doc[end + 1].is_sent_start
        ):
            end += 2
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start:
                end += 1
            if not any(e.start < end < e.end for e in ents if e is not ent):
                # (not a longer name after it: "Jose dos Santos International Airport")
                dropped.update(e.start for e in ents if e is not ent and ent.end <= e.start < end)
                ent = Span(doc, ent.start, end, label="PERSON")
        out.append(ent)
    return out


@cache
def _surname_particles() -> frozenset[str]:
    """The particles of surnames (``name_particles.txt``) and Portuguese "do" ("Freitas do Amaral"), which joins two
    capitalised names only as a particle."""
    return entity_words("name_particles.txt") | {"do"}


def _surname_after_particle(ent: Span, nxt: Span) -> bool:
    """ "Miguel de la" (a person) + "Madrid" (a place): a surname after its particle, which the NER took for the
    place it is also the name of; one person."""
    particles = entity_words("name_particles.txt")
    return (
        ent.label_ == "PERSON"
        and len(ent) >= 2
        and ent[-1].lower_ in particles
        and ent[-1].is_lower
        and nxt.start == ent.end
        and len(nxt) == 1
        and nxt[0].text[:1].isupper()
    )


def _chamber_party(ent: Span, nxt: Span, lex: EntityLexicon) -> bool:
    """ "House" + "Democrats", "Senate" + "Republicans", tagged apart: one group, a party's members of that
    chamber (its legislators), not the chamber and the party."""
    return (
        nxt.start == ent.end
        and ent.label_ == "ORG"
        and ent.text.istitle()
        and ent.text.lower() in entity_words("chambers.txt")
        and nxt.label_ in {"NORP", "ORG"}
        and len(nxt) == 1
        and nxt.text.endswith("s")
        and nxt[0].lower_ in lex.party_words
    )


def _given_name_cut_off(doc: Doc, ent: Span, nxt: Span, lex: EntityLexicon) -> bool:
    """ "Jamal" + "Khashoggi", each tagged a place: a given name the tables know, right before one or two more
    capitalised words tagged as another name, with nothing between them, is a person's name cut in two. Not a
    given name that is a country's name ("Jordan"), nor a pair that names a known place."""
    words = [*ent, *nxt]
    return (
        len(ent) == 1
        and 1 <= len(nxt) <= 2
        and nxt.start == ent.end
        and ent.label_ in {"GPE", "LOC", "ORG", "NORP", "PERSON"}
        and nxt.label_ in {"GPE", "LOC", "ORG", "PERSON"}
        and ent[0].lower_ in lex.given_names
        and not lex.country_of_name(ent.text)
        and not lex.country_of_demonym(ent.text)
        and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words)
        and "\n" not in ent[-1].whitespace_
        and not lex.is_place_name(tuple(t.text for t in words))
    )


def _demonym_before_person(doc: Doc, start: int, end: int, label: str, lex: EntityLexicon, persons: set[str]) -> bool:
    """A name of three or more words that opens with a demonym and goes on with a person's name: a given
    name, a name the NER tags as a person elsewhere in the article, or one whose last word the article also
    writes alone, as it writes a surname ("the American Hasim Rahman ... Rahman could not answer")."""
    if label not in {"ORG", "PERSON", "NORP"} or end - start < 3 or not lex.country_of_demonym(doc[start].text):
        return False
    rest = doc[start + 1 : end]
    if not all(t.text[:1].isupper() for t in rest):
        return False
    if rest[0].lower_ in lex.given_names or rest.text in persons or rest[-1].text in persons:
        return True
    last = rest[-1]
    return (
        end - start <= 4
        and all(t.is_alpha for t in rest)
        and not {t.lower_ for t in rest} & (entity_words("org_name_words.txt") | lex.company_name_words)
        and any(t.text == last.text and t.i != last.i and doc[t.i - 1].text != rest[-2].text for t in doc)
    )


def _datelines(doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int]) -> list[Candidate]:
    """'BRASÍLIA, March 5 —': the capitalised place a paragraph opens with."""
    out = []
    for tok in doc:
        at_start = tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space
        if not at_start or tok.i in taken or len(tok.text) < 3 or not tok.text.isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].text.isupper() and doc[end].is_alpha and end - tok.i < 4:
            end += 1
        if end >= len(doc) or doc[end].text not in {",", "—", "–", "-", "("}:
            continue
        span = doc[tok.i : end]
        key = span.text.lower()
        if key not in lex.places and key not in lex.capitals and not lex.country_of_name(span.text):
            continue
        iso = lex.country_of_name(span.text)
        out.append(
            Candidate(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind="name",
                type="GPE",
                sent=sent_of[tok.i],
                tok_start=tok.i,
                tok_end=end,
                head_i=end - 1,
                head=key,
                country=iso,
                is_country=bool(iso),
                name_tokens=tuple(t.text for t in span),
            )
        )
    return out


_NAME_CONNECTORS = {"of", "de", "del", "la", "el", "al", "for", "and", "to"}


def _named_after_kind(doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int]) -> list[Candidate]:
    """ "Zimbabwe's state broadcaster ZBC", "the rights group Memorial", "the news site Aktuality.sk": an
    untagged name right after a kind noun that follows a determiner or a possessive is that organisation (the
    NER misses names it has never seen, and a kind noun says what they are)."""
    out = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.is_sent_start or tok.ent_type_ in _NOT_NAMES:
            continue
        if not _kind_before(doc, tok.i, lex):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 6 and end not in taken and "\n" not in doc[end - 1].whitespace_:
            nxt = doc[end]
            if nxt.text[:1].isupper() and not nxt.is_punct:
                end += 1
            elif nxt.lower_ in _NAME_CONNECTORS and (skip := _connected(doc, end)):
                end += skip  # "Campaign for an Independent America", "Committee to Protect Journalists"
            else:
                break
        if any(i in taken for i in range(tok.i, end)) or lex.country_of_name(doc[tok.i : end].text):
            continue
        cand = _clean_name(doc, tok.i, end, "ORG", lex, sent_of)
        if cand is not None:
            out.append(cand)
    return out


def _kind_before(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """Whether a lower-case kind noun of organisations, opened by a determiner or a possessive, stands right before
    ``start`` ("the rights group| Memorial", "the ailing helicopter maker| Westland")."""
    longest = max((len(k.split()) for k in lex.kind_nouns), default=0)
    kind = next(
        (
            width
            for width in range(min(longest, start), 0, -1)
            if " ".join(t.lower_ for t in doc[start - width : start]) in lex.kind_nouns
            and all(t.is_lower for t in doc[start - width : start])
        ),
        0,
    )
    return bool(kind) and _determined(doc, start - kind, lex)


def _connected(doc: Doc, at: int) -> int:
    """How many tokens a connector at ``at`` takes into a name: itself, an article after it, and the
    capitalised word after those (0 when no capitalised word follows)."""
    k = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ in {"a", "an", "the"})
    return k + 1 - at if k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_punct else 0


def _untagged_people(
    doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int], headlines: Headlines
) -> list[Candidate]:
    """ "Theresa May said": a person the NER left untagged (here for the month in her name) where a sentence
    opens with a given name the tables know and one capitalised proper noun after it, and a verb or a
    possessive ("Theresa May's Conservatives") follows. Not in
    a headline (every word is capitalised there), not a name the tables know as a place ("Virginia Beach"), nor
    one ending in a word of organisations' or places' names ("Grace Church", "Jordan Valley")."""
    out = []
    stops = entity_words("org_name_words.txt") | lex.place_nouns
    for tok in doc:
        end = tok.i + 2
        if not tok.is_sent_start or end >= len(doc) or headlines.holds(tok.i):
            continue
        first, last, after = tok, doc[tok.i + 1], doc[end]
        if tok.i in taken or last.i in taken or first.lower_ not in lex.given_names or len(first.text) < 3:
            continue
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in (first, last)):
            continue
        possessor = after.tag_ == "POS" and last.dep_ == "poss"  # "Theresa May's Conservatives lost"
        if not (after.pos_ in {"VERB", "AUX"} or possessor) or last.lower_ in stops or lex.country_of_name(first.text):
            continue
        if lex.is_place_name((first.text, last.text)) or lex.is_place_name((last.text,)):
            continue
        cand = _clean_name(doc, tok.i, end, "PERSON", lex, sent_of)
        if cand is not None:
            out.append(cand)
    return out


# ranks that are English adjectives too ("General Accounting Office", "Major Market Index"): a name after one
# must open with a given name the tables know
ADJECTIVE_RANKS = {"general", "major", "marshal", "private", "chief"}
ROMAN_NUMERALS = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}


def _titled_people(
    doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int], headlines: Headlines
) -> list[Candidate]:
    """ "Economy Minister Domingo Cavallo limited", "Army chief General Pervez Musharraf seized", "King Abdullah
    II of Jordan": a person the NER left untagged after a capitalised title of people (``titles.txt``). A title
    says a person's name follows, so two to four capitalised proper nouns after it (a surname's particle
    between them: "F.W. de Klerk"), or one and a regnal number, are that person. Not in a headline; not words a
    table knows as a place or a country, nor ending in a word of organisations' or places' names ("General
    Motors Corp", "President Kennedy Airport"), nor a name cut short (a capitalised word right after it)."""
    out: list[Candidate] = []
    stops = entity_words("org_name_words.txt") | entity_words("legal_forms.txt") | lex.place_nouns
    particles = entity_words("name_particles.txt")
    for tok in doc:
        if tok.i == 0 or tok.i in taken or headlines.holds(tok.i) or not _title_ending_at(doc, tok.i - 1, lex):
            continue
        end, words = tok.i, 0
        while end < len(doc) and end not in taken and doc[end].ent_type_ not in _NOT_NAMES:
            word = doc[end]
            if word.text in ROMAN_NUMERALS and words:
                end, words = end + 1, words + 1
                break  # "Abdullah II": the number ends the name
            if word.lower_ in particles and words and end + 1 < len(doc) and _is_name_token(doc[end + 1]):
                end += 1
                continue
            mistagged = not words and _given_name_mistagged(doc, end)
            if not (_is_name_token(word) or mistagged) or word.is_upper or not word.text[-1:].isalpha():
                break
            end, words = end + 1, words + 1
            if "\n" in word.whitespace_:
                break
        numbered = end > tok.i and doc[end - 1].text in ROMAN_NUMERALS
        # "King Khalid of Saudi Arabia", "Crown Prince Fahd": a royal is named by one given name
        royal = words == 1 and doc[tok.i - 1].lower_ in ROYALS_BY_GIVEN_NAME and tok.lower_ in lex.given_names
        if not (2 <= words <= 4 or numbered or royal) or (end < len(doc) and _is_name_token(doc[end])):
            continue
        span = doc[tok.i : end]
        names = tuple(t.text for t in span if t.text not in ROMAN_NUMERALS)
        if doc[end - 1 - numbered].lower_ in stops or any(t.lower_ in lex.role_words for t in span):
            continue
        if (
            doc[tok.i - 1].lower_.rstrip(".") in ADJECTIVE_RANKS
            and tok.lower_ not in lex.given_names
            and not _a_rank_here(doc, tok.i - 1, lex)
        ):
            continue  # "Major Market Index", "Continental General Insurance Co": the rank's word as an adjective
        # a surname may be a town's name too ("Lieutenant Colonel Pascal Tigri"): only a name that opens with no
        # given name the tables know is taken for the place
        placed = lex.is_place_name(names) or (lex.is_place_name(names[-1:]) and names[0].lower() not in lex.given_names)
        if lex.country_of_name(span.text) or (placed and not numbered):
            continue  # a regnal number makes a person of any name ("Abdullah II")
        cand = _clean_name(doc, tok.i, end, "PERSON", lex, sent_of)
        if cand is not None:
            out.append(cand)
            taken.update(range(tok.i, end))
    return out


def _given_name_mistagged(doc: Doc, at: int) -> bool:
    """Whether a capitalised word right after a title, which the tagger took for no proper noun ("Presidents Sadyr|VBP
    Japarov and Emomali Rahmon"), opens the name: one word of letters, a proper noun after it."""
    word = doc[at]
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and not word.is_sent_start
        and "\n" not in word.whitespace_
        and at + 1 < len(doc)
        and _is_name_token(doc[at + 1])
    )


def _a_rank_here(doc: Doc, at: int, lex: EntityLexicon) -> bool:
    """Whether the rank's word at ``at`` ("General", "Chief") ends a longer title ("Lieutenant General", "Major
    General") or follows a lowercase role noun ("army chief General Honore Traore"): a rank, not an adjective of an
    organisation's name ("General Accounting Office")."""
    if _title_ending_at(doc, at, lex) > 1:
        return True
    before = doc[at - 1] if at > 0 else None
    return before is not None and before.is_lower and before.lower_ in lex.role_words


def _listed_under_a_title(
    doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int], headlines: Headlines
) -> list[Candidate]:
    """ "Foreign Ministers Therese Kayikwamba Wagner of Congo and Olivier Nduhungirehe of Rwanda signed": the
    people a plural title lists, each a name and the country it is "of", which the NER leaves untagged past the
    first. One to five capitalised words (a particle between them) before "of" and a country's name, the items
    joined by commas and "and"."""
    out: list[Candidate] = []
    particles = entity_words("name_particles.txt")
    for tok in doc:
        if (
            headlines.holds(tok.i)
            or not tok.text.endswith("s")
            or _title_words(doc[tok.i : tok.i + 1])[-1] == tok.lower_
        ):
            continue
        if not _title_ending_at(doc, tok.i, lex):
            continue
        at = tok.i + 1
        while at < len(doc):
            end = at
            while (
                end < len(doc)
                and end - at < 6
                and (_is_name_token(doc[end]) or (doc[end].lower_ in particles and end > at))
            ):
                end += 1
            if end == at or end + 1 >= len(doc) or doc[end].lower_ != "of":
                break
            place = next((n for n in range(4, 0, -1) if _country_at(doc, end + 1, n, lex)), 0)
            if not place:
                break
            if not any(i in taken for i in range(at, end)) and end - at >= 2:
                cand = _clean_name(doc, at, end, "PERSON", lex, sent_of)
                if cand is not None:
                    out.append(cand)
                    taken.update(range(at, end))
            at = end + 1 + place
            while at < len(doc) and doc[at].lower_ in (",", "and"):
                at += 1
            if at == end + 1 + place:
                break  # the list ends: no comma or "and" after the item
    return out


def _country_at(doc: Doc, start: int, n: int, lex: EntityLexicon) -> bool:
    """Whether the ``n`` words at ``start`` name a country: by the table, or as a place the NER tagged whole
    ("Congo", which the table leaves to neither Congo)."""
    if start + n > len(doc):
        return False
    words = doc[start : start + n]
    whole = words[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in words[1:])
    ends = start + n == len(doc) or doc[start + n].ent_iob_ != "I"
    return bool(lex.country_of_name(words.text)) or (whole and ends and words[0].ent_type_ == "GPE")


# the words that end an apposition's noun phrase after its head ("the editor| of ...", "a preacher| who ...")
APPOSITION_ENDS = {"of", "in", "at", "for", "from", "on", "with", "who", "whose", "which", "that", "to", "and", "since"}


def _named_before_apposition(
    doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int], headlines: Headlines
) -> list[Candidate]:
    """ "Baruch Ivcher, the Israeli-born owner of ...", "Memorial, the country's oldest human rights group":
    a name the NER left untagged that an apposition describes. One to four capitalised proper nouns no name
    holds, then a comma and a noun phrase opened by a determiner or a possessive whose head (the word before its
    end: a preposition, a relative pronoun, a punctuation mark) is a person's role (a person) or a kind of
    organisation (an organisation). Not in a headline, nor a name a table knows as a place or a country."""
    out: list[Candidate] = []
    stops = entity_words("org_name_words.txt") | lex.place_nouns
    for tok in doc:
        if tok.i in taken or headlines.holds(tok.i) or (tok.i > 0 and _is_name_token(doc[tok.i - 1])):
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < 4 and end not in taken and _untagged_proper(doc[end], lex):
            end += 1
        if end == tok.i or end + 2 >= len(doc) or doc[end].text != ",":
            continue
        kind = _apposition_kind(doc, end + 1, lex)
        span = doc[tok.i : end]
        names = tuple(t.text for t in span)
        if kind is None or lex.country_of_name(span.text) or lex.is_place_name(names):
            continue
        if kind == "PERSON" and doc[end - 1].lower_ in stops:
            continue
        cand = _clean_name(doc, tok.i, end, kind, lex, sent_of)
        if cand is not None:
            out.append(cand)
            taken.update(range(tok.i, end))
    return out


# the NER's labels of things no actor is, which it gives names of people and companies it does not know
# ("Muhammadu Marwa" PRODUCT, "Can Dundar" WORK_OF_ART)
THING_LABELS = {"PRODUCT", "WORK_OF_ART"}


def _untagged_proper(tok: Token, lex: EntityLexicon) -> bool:
    """A capitalised proper noun (or a given name the tables know, "Baruch") the NER tagged nothing or a thing: a
    word of a name it missed."""
    proper = tok.pos_ == "PROPN" or tok.lower_ in lex.given_names
    untagged = not tok.ent_type_ or tok.ent_type_ in THING_LABELS
    return untagged and proper and tok.text[:1].isupper() and tok.text[-1:].isalpha()


def _apposition_kind(doc: Doc, at: int, lex: EntityLexicon) -> str | None:
    """The kind of actor the apposition opening at ``doc[at]`` describes: "PERSON" when its head is a person's
    role ("the editor", "a radical Muslim preacher"), "ORG" when a kind of organisation ("the country's oldest
    human rights group"), else None. It must open with a determiner or a possessive and end within eight words."""
    first = doc[at]
    possessed = at + 1 < len(doc) and doc[at + 1].tag_ == "POS"
    if first.lower_ not in {"the", "a", "an"} and not possessed:
        return None
    end = at + 1
    while end < len(doc) and end - at <= 8 and not doc[end].is_punct and doc[end].lower_ not in APPOSITION_ENDS:
        end += 1
    if end >= len(doc) or end - at > 8 or end - at < 2:
        return None
    head = doc[end - 1]
    if not head.is_lower:
        return None
    phrase = " ".join(t.lower_ for t in doc[max(at, end - 3) : end])
    if any(phrase.endswith(kind) and (phrase == kind or phrase.endswith(f" {kind}")) for kind in lex.kind_nouns):
        return "ORG"
    entry = lex.nominals.get(head.lemma_.lower()) or lex.nominals.get(head.lower_)
    if entry is not None:
        return "PERSON" if entry.type == "PERSON" else None  # "a Hutu former banker"; not "the capital"
    if head.lower_ in lex.role_words and head.lower_ not in lex.place_nouns:
        return "PERSON"  # an agent noun of the dictionary: "a radical Muslim preacher"
    return None


def _given_then_surname(span: Span, lex: EntityLexicon) -> bool:
    """Whether a PERSON name whose last word is a title word is a given name and that surname ("Rodney King",
    "Angus King", "Tom Judge", "Coretta Scott King"): two or three capitalised words, none but the last a title's
    or a nominal's, the first or the middle one a given name the tables know."""
    words = [t for t in span if not t.is_punct]
    if len(words) not in (2, 3) or not all(t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    lead = [t.lower_ for t in words[:-1]]
    if any((w,) in lex.titles or lex.nominals.get(w) is not None for w in lead):
        return False  # "Crown Prince", "Deputy Prime Minister": a title's words, no names
    # a given name the tables know, first or in the middle ("Coretta Scott King": Scott)
    return lead[0] in lex.given_names or (len(lead) == 2 and lead[1] in lex.given_names)


# entity types of tokens that are no organisation's name ("the company Monday", "the firm 3M" stays the NER's)
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _determined(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """A kind noun phrase opened, within two adjectives, by a determiner, a possessive or a demonym ("the
    satirical weekly", "Zimbabwe's state broadcaster", "its news agency", "Canadian car parts maker")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        tok = doc[k]
        if tok.lower_ in {"the", "a", "an", "its", "their", "his", "her", "our"} or tok.text in {"'s", "’s"}:
            return True
        if tok.is_title and lex.country_of_demonym(tok.text):
            return True
        if not (tok.is_lower and tok.is_alpha):
            return False
    return False


def _split_hyphenated(doc: Doc, ent: Span, lex: EntityLexicon) -> list[tuple[int, int]]:
    """'Trump-Putin' (one token or three) -> one span per capitalised part, when every part is a name; not a
    known name ("Al-Shabab", "Guinea-Bissau") nor one the Arabic article opens ("Al-Nusra", "El-Baradei")."""
    if ent.text in lex.organisations or ent[0].text in ARTICLE_PREFIXES or lex.country_of_name(ent.text):
        return [(ent.start, ent.end)]  # not a country's own name: "Guinea-Bissau", "Timor-Leste"
    toks = [t for t in ent if t.text != "-"]
    if len(ent) >= 3 and any(t.text == "-" for t in ent) and all(t.text[:1].isupper() for t in toks):
        if all(t.text == "-" for t in list(ent)[1::2]) and len(toks) == (len(ent) + 1) // 2:
            return [(t.i, t.i + 1) for t in toks]
    return [(ent.start, ent.end)]


INITIALS = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.){1,3}|[A-Z]\.?")


def _is_name_token(tok: Token) -> bool:
    """A proper-noun word or initials ("HR", "J.") that belongs to the name after it."""
    if tok.is_punct or "\n" in tok.whitespace_ or not tok.text[:1].isupper():
        return False
    if tok.text in {"A", "I"}:  # the article and the pronoun, not initials: "A Clinton campaign official"
        return False
    return tok.pos_ == "PROPN" or bool(INITIALS.fullmatch(tok.text))


# prepositions and conjunctions that open a sentence but never a name ("Under Armour" does: not here)
_LEADING_FUNCTION_WORDS = frozenset(
    "among amid amidst amongst because without despite during unlike although though whereas unless until since "
    "if when while whilst about following via".split()
)


def _clean_name(doc: Doc, start: int, end: int, label: str, lex: EntityLexicon, sent_of: list[int]) -> Candidate | None:
    # strip determiners, possessive endings and stray punctuation at the edges, and a sentence's first word
    # the NER took in with the name after it ("Among Latinos", "Because Loki")
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end - start > 1 and doc[start].lower_ in _LEADING_FUNCTION_WORDS:
        start += 1
    while (
        label == "PERSON"
        and end - start > 1
        and doc[start].is_lower
        and doc[start].pos_ in ("VERB", "AUX")
        and doc[start].lower_ not in _surname_particles()
        and doc[start + 1].is_title
    ):
        start += 1  # "Police arrested Karim Rahman": the verb the NER took in with the name after it
    for k in range(start, end):
        if doc[k].text == "(" and not any(doc[j].text == ")" for j in range(k, end)):
            end = k  # "World Health Organization (WHO": the acronym in parentheses is a mention of its own
            break
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    while label == "PERSON" and end - start > 1 and doc[end - 1].text in lex.post_nominals:
        end -= 1  # "Martin Cole KC": the letters after a name are not part of it
    if (
        label in ("ORG", "PERSON", "NORP")
        and end - start > 1
        and doc[end - 1].text in entity_words("vehicle_makers.txt")
    ):
        # "An Air India Boeing 787", "a Germanwings Airbus": the operator's name, which the NER took in with
        # the maker of the aircraft it flies
        end -= 1
        label = "ORG"
    if start >= end:
        return None
    if label in ("NORP", "ORG") and (n := _title_at(doc, start, end - 1, lex)) and 2 <= end - start - n <= 3:
        rest = doc[start + n : end]
        if all(_is_name_token(t) for t in rest) and rest[0].lower_ in lex.given_names:
            label = "PERSON"  # "Mayor Jan Mans" the NER took for a people: a title and a person's name
    if label == "ORG" and _person_after_title(doc, start, end, lex):
        label = "PERSON"  # "Nissan chief executive Makoto Uchida" the NER took for an organisation
    elif label == "ORG" and _person_by_what_follows(doc, start, end, lex):
        label = "PERSON"  # "Pehr Gyllenhammar, who had led the carmaker", "removed Cyrus Mistry as chairman"
    # titles inside the entity ("President Trump" tagged as one PERSON)
    role = None
    role_span = None
    title_gender = ""
    if label == "PERSON":
        n = _title_at(doc, start, end - 1, lex)
        if n:
            role_span = (start, start + n)
            start += n
    if (
        label in ("GPE", "LOC")
        and end - start == 1
        and start > 0
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_ in lex.given_names
        and doc[start - 1].lower_ not in lex.places
        and not lex.country_of_name(doc[start - 1].text)
    ):
        # "President Alejandro| Toledo": a person's surname the NER took for a place, his given name left out
        start -= 1
        label = "PERSON"
    if (
        label in ("GPE", "LOC")
        and end - start == 1
        and _title_ending_at(doc, start - 1, lex)
        and not lex.is_place_name((doc[start].text,))
        and not lex.country_of_name(doc[start].text)
        and not lex.country_of_demonym(doc[start].text)
    ):
        # "Sheikh| Hasina's Awami League": a name after a person's title that no table knows as a place is a person
        label = "PERSON"
    # name tokens left out on the left ("HR" in "General HR McMaster"), then titles before the name
    if label == "PERSON":
        while (
            start > 0
            and _is_name_token(doc[start - 1])
            and doc[start - 1].lower_ not in _LEADING_FUNCTION_WORDS
            and _title_ending_at(doc, start - 1, lex) == 0
        ):
            if doc[start - 1].ent_type_ and doc[start - 1].ent_type_ != "PERSON":
                break
            start -= 1
        n = _title_ending_at(doc, start - 1, lex) if start > 0 else 0
        if n:
            role_span = (start - n, start) if role_span is None else (start - n, role_span[1])
    if role_span is not None:
        words = _title_words(doc[role_span[0] : role_span[1]])
        title_gender = lex.titles.get(words, "")
        role = doc[role_span[0] : role_span[1]].text
    span = doc[start:end]
    text = span.text
    if "\n" in text:  # a heading glued to a name by the NER: keep the part on the name's line
        cut = max(i for i, t in enumerate(span) if "\n" in t.text or "\n" in t.whitespace_) + 1
        if cut >= len(span):
            return None
        start += cut
        span = doc[start:end]
        text = span.text
    if any(ch.islower() for ch in text) and not any(ch.isupper() for ch in text):
        return None  # no capital at all: a common word the NER tagged ("secretary of state"), not a name
    head = span[-1]
    cand = Candidate(
        start=span.start_char,
        end=span.end_char,
        text=text,
        kind="name",
        type=label,
        sent=sent_of[start],
        tok_start=start,
        tok_end=end,
        head_i=head.i,
        head=head.lower_,
        role=role,
        role_span=(doc[role_span[0]].idx, doc[role_span[1] - 1].idx + len(doc[role_span[1] - 1]))
        if role_span
        else None,
        title_gender=title_gender,
        # the Arabic article of "Al-Awlaki" is no given name: the surname of "Anwar al-Awlaki" alone
        name_tokens=tuple(t.text for t in span if not t.is_punct)[_article_glued(span) :],
        is_acronym=len(span) == 1 and text.isupper() and 2 <= len(text.replace(".", "")) <= 6,
    )
    # job titles mistaken for names ("International Affairs Advisor"); the head of a name with a preposition
    # is the word before it ("Citizens| for Tax Justice" is no justice, "Commissioner| for Human Rights" is a title)
    before = next((t.i for t in span[1:-1] if t.lower_ in ("for", "against", "on")), None)
    head_word = doc[before - 1] if before is not None else head
    head_entry = lex.nominals.get(head_word.lemma_.lower()) or lex.nominals.get(head_word.lower_)
    body_of = any(t.lower_ == "of" and doc[t.i - 1].lower_ in OF_HEADS | lex.agency_nouns for t in span[1:])
    if (
        label in {"ORG", "PERSON"}
        and head_entry
        and head_entry.role
        and head_entry.type == "PERSON"
        and len(span) > 1
        and not body_of  # "Department of Criminal Justice" is no job title
        and not (label == "PERSON" and _given_then_surname(span, lex))  # "Rodney King", "Angus King"
    ):
        return None
    if label in {"ORG", "PERSON"} and tuple(t.lower_ for t in span) in lex.titles:
        return None
    iso = lex.country_of_name(text) or (lex.country_of_misspelt(text) if label in {"GPE", "LOC"} else None)
    if label == "LOC" and text.lower() in lex.capitals:
        cand.type = label = "GPE"  # "which Algiers has denounced": a capital is a city, a GPE, never a mere location
    if label in {"PERSON", "FAC", "ORG"} and role is None and _looks_like_place(span, lex, label):
        cand.type = label = "GPE"  # "the attack on Khan Shaykhun": a town the NER took for a person
    elif label in {"GPE", "LOC"} and not iso and _looks_like_person(span, lex):
        cand.type = label = "PERSON"  # "his Colombian counterpart, Lucía Restrepo": a person the NER took for a place
    elif label in {"GPE", "LOC"} and not iso and _kind_before(doc, span.start, lex):
        cand.type = label = "ORG"  # "the ailing helicopter maker Westland": a company named for a town
    elif label == "PERSON" and role is None and _looks_like_organisation(span, lex):
        cand.type = label = "ORG"  # "Tabare Vazquez of the leftist Broad Front": a party the NER took for a person
    elif label == "PERSON" and role is None and _known_organisation(span, lex):
        cand.type = label = "ORG"  # "ousting Prime Minister Ewa Kopacz's Civic Platform": a party the tables file
    elif label == "PERSON" and role is None and not iso and _kind_before(doc, span.start, lex) and _no_one(span, lex):
        cand.type = label = "ORG"  # "the Canadian car parts maker Magna": a company the NER took for a person
    if (
        label == "NORP"
        and not lex.country_of_demonym(text)
        and not iso
        and text.lower() in lex.places
        and start > 0
        and doc[start - 1].lower_ in ("in", "at", "near", "from")
    ):
        cand.type = label = (
            "GPE"  # "protesters in| Asuncion": a city the NER took for a people (not "an Essex abattoir")
        )
    if label == "NORP":
        iso = lex.country_of_demonym(text) or iso
        if iso:
            cand.type = "GPE"
    elif label in {"GPE", "PERSON", "ORG", "LOC"} and iso:
        cand.type = "GPE"
    elif label == "GPE" and text.lower() in lex.capitals and _acts(span, lex):
        iso = lex.capitals[text.lower()]
        cand.extra["capital_as_actor"] = text
    if iso:
        cand.country = iso
        cand.is_country = True
        cand.number = "sg"
    if label == "PERSON" and len(span) >= 2:
        cand.gender = lex.given_names.get(span[0].lower_, "u")
    if title_gender in {"m", "f"}:
        cand.gender = title_gender
    if label in {"NORP"} and text.endswith("s") and not iso:
        cand.number = "pl"
    return cand


# the heads of bodies' names no person's surname is ("Broad Front", "Popular Movement"; unlike "Church", "Court",
# "House" or "Street", which are people's too: Frank Church, Margaret Court)
BODY_NAME_HEADS = {
    "party", "front", "movement", "alliance", "league", "federation", "union", "association", "organization",
    "organisation", "council", "committee", "commission", "ministry", "department", "agency", "bureau", "institute",
    "university", "company", "corporation", "foundation", "forces",
}  # fmt: skip
# heads no person's name ends in, whatever name opens it: an airline's ("Dana Air", "Jet Airways")
AIRLINE_HEADS = {"air", "airways", "airlines"}


def _looks_like_organisation(span: Span, lex: EntityLexicon) -> bool:
    """A 'person' of two to four capitalised words ending in a body's head (``BODY_NAME_HEADS``) that does not
    open with a given name the tables know: an organisation's name."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return False
    if words[-1].lower_ in BODY_NAME_HEADS and words[0].lower_ not in lex.given_names:
        return True
    if words[-1].lower_ in AIRLINE_HEADS:
        return True
    # a football club's ("Olympique Marseille", "Manchester United"): its city one the atlas knows, no country
    # or US state
    city = club_city([t.text for t in words])
    return (
        city is not None
        and city.lower() in lex.places
        and not lex.country_of_name(city)
        and city.lower() not in lex.regions
    )


def _known_organisation(span: Span, lex: EntityLexicon) -> bool:
    """A 'person' of two or more words that the organisations table files as written and the people table does not,
    opening with no given name ("Civic Platform", "Fine Gael"), or with one but followed by ", which" ("Morgan
    Stanley, which advised"; else a company named for a person, "Ralph Lauren", may be the person)."""
    words = [t for t in span if not t.is_punct]
    after = span.doc[span.end : span.end + 2]
    which = len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"  # "Morgan Stanley, which"
    return (
        len(words) >= 2
        and span.text in lex.organisations
        and span.text not in lex.known_people
        and (words[0].lower_ not in lex.given_names or which)
    )


def _no_one(span: Span, lex: EntityLexicon) -> bool:
    """A name no person bears as written: one word that is no given name ("Magna"), or words of which none is a
    given name or a known surname (not "Roman Abramovich" after "the club owner", nor "Simon Trinidad" after
    "Colombian rebel": kind nouns that also name people)."""
    words = [t for t in span if t.is_alpha]
    if len(words) == 1:
        return words[0].lower_ not in lex.given_names
    return not any(t.lower_ in lex.given_names or t.lower_ in lex.known_surnames for t in words)


def _looks_like_person(span: Span, lex: EntityLexicon) -> bool:
    """A 'place' of two or three capitalised words that opens with a given name and names no known place."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and not t.text.isupper() for t in words):
        return False
    text = span.text.lower()
    if text in lex.places or text in lex.capitals or words[-1].lower_ in lex.place_nouns:
        return False
    return words[0].lower_ in lex.given_names and words[-1].lower_ not in lex.given_names


# words that put a place after them ("in central Lyon", "in the capital, Port Vila": a city, whatever the NER says)
PLACE_BEFORE = {"in", "on", "at", "of", "from", "to", "near", "into", "over", "around"}
PLACE_BEFORE |= {"central", "northern", "southern", "eastern", "western", "downtown", "outside", "across", "through"}
# of them, those an organisation's name does not follow ("a statement from Gazprom", "a professor at Stanford")
IN_PLACE = PLACE_BEFORE - {"on", "at", "of", "from", "to", "into", "over"}


def _looks_like_place(span: Span, lex: EntityLexicon, label: str = "PERSON") -> bool:
    """A 'person' whose name is a known city and whose first word is no given name, at the start of a sentence
    or after a word a place follows; an 'organisation' or a 'facility' named as a capital or a large city, only
    where one is ("in central Antananarivo", "in Port Vila"; a casino "in Bally's" or a town of 20,000 is not)."""
    if span.text.lower() not in lex.places or span[0].lower_ in lex.given_names:
        return False
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if label in ("ORG", "FAC"):
        before = IN_PLACE if label == "ORG" else PLACE_BEFORE  # "the centre of Port Vila"; "officials of Gazprom"
        return prev is not None and prev.lower_ in before and lex.home_place(tuple(t.text for t in span))
    return prev is None or prev.lower_ in PLACE_BEFORE


def _title_words(toks: Span) -> tuple[str, ...]:
    """The words of a title as the table of titles has them: a plural's last word in the singular ("Foreign
    Ministers Dante Caputo of Argentina and Jaime del Valle of Chile": the title of each of the people listed)."""
    words = tuple(t.lower_ for t in toks)
    last = toks[-1]
    if (
        last.tag_ in ("NNS", "NNPS", "NNP")
        and last.text[:1].isupper()
        and last.lower_.endswith("s")
        and not last.ent_type_
    ):
        # the tagger takes a capitalised plural for a name and leaves its lemma as written ("Ministers")
        one = last.lower_[:-3] + "y" if last.lower_.endswith("ies") else last.lower_[:-1]
        return (*words[:-1], one)
    return words


def _title_at(doc: Doc, start: int, limit: int, lex: EntityLexicon) -> int:
    """Length of the longest title starting at ``start`` (not reaching ``limit``)."""
    for n in range(min(lex.max_title_len, limit - start), 0, -1):
        if _title_words(doc[start : start + n]) in lex.titles:
            return n
    return 0


def _person_after_title(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """A name of two or three words right after a title, opening with a given name the tables know, with no word of
    an organisation's name: "Nissan chief executive| Makoto Uchida", "Sharp president| Kozo Takahashi"."""
    return _shaped_as_a_persons_name(doc[start:end], lex) and any(
        _title_words(doc[start - n : start]) in lex.titles for n in range(1, min(lex.max_title_len, start) + 1)
    )


def _shaped_as_a_persons_name(words: Span, lex: EntityLexicon) -> bool:
    """Two or three name tokens opening with a given name the tables know, with no word of an organisation's name."""
    return (
        2 <= len(words) <= 3
        and all(_is_name_token(t) for t in words)
        and words[0].lower_ in lex.given_names
        and not any(t.lower_ in lex.company_name_words or t.lower_ in lex.agency_name_words for t in words)
    )


def _person_by_what_follows(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """A name of two or three words opening with a given name the tables know, with no word of an organisation's name
    and not the organisations table's, that the words after it say is a person's: a relative clause of "who", an age
    (", 58,"), an office it holds "as" ("removed Cyrus Mistry as chairman"), or an apposition whose noun is a role
    ("Niki Lauda, the former motor racing champion"). A company named for a person takes "which", not these."""
    words = doc[start:end]
    if not _shaped_as_a_persons_name(words, lex) or words.text in lex.organisations:
        return False
    after = list(doc[end : end + 9])
    if len(after) >= 2 and after[0].text == "," and after[1].lower_ == "who":
        return True
    if len(after) >= 3 and after[0].text == "," and after[1].like_num and after[2].text == ",":
        return True
    # "as" right after the name or past its verb ("stepped aside as chairman", "resigned as chief executive")
    verb = next((i for i, t in enumerate(after[:3]) if t.pos_ not in ("VERB", "AUX", "ADV", "PART")), 0)
    if len(after) >= verb + 2 and after[verb].lower_ == "as" and (verb == 0 or after[0].pos_ in ("VERB", "AUX")):
        role = next((t for t in after[verb + 1 : verb + 4] if t.lower_ not in ("its", "the", "his", "her")), None)
        return role is not None and role.lower_ in lex.role_words
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ in ("the", "a", "an"):
        for t in after[2:]:
            if t.is_punct:
                return False
            if t.lower_ in lex.role_words and t.pos_ == "NOUN":
                return True
    return False


def _title_ending_at(doc: Doc, last: int, lex: EntityLexicon) -> int:
    """Length of the longest capitalised title ending at token ``last`` ("Foreign Minister")."""
    if last < 0:
        return 0
    for n in range(min(lex.max_title_len, last + 1), 0, -1):
        toks = doc[last - n + 1 : last + 1]
        if any("\n" in t.whitespace_ for t in toks[:-1]) or "\n" in toks[-1].whitespace_:
            continue
        if _title_words(toks) in lex.titles and toks[0].text[:1].isupper():
            return n
    return 0


def _acts(span: Span, lex: EntityLexicon) -> bool:
    """Is this place name used as an actor (subject, possessor, agent, or modifier of an action noun)?"""
    root = span.root
    if root.dep_ in ACTOR_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.tag_ == "VBN":
        return True
    if root.dep_ == "compound" and root.head.lemma_.lower() in lex.action_nouns:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex.action_nouns:
        return True
    return False


# prefixes the tokenizer splits off a verb at its hyphen ("re-elected", "co-founded"), which the tagger then takes
# for a noun after the subject: "Papua New Guinea's parliament re-elected Peter O'Neill"
VERB_PREFIXES = {"re", "co", "pre", "de", "un", "over", "out", "mis", "counter"}


def _verb_prefix(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a verb's prefix cut off at its hyphen ("re" of "re-elected")."""
    return (
        doc[i].lower_ in VERB_PREFIXES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].tag_ in {"VBD", "VBN", "VBZ", "VBP", "VB", "VBG"}
    )


def _office_head(doc: Doc, start: int, head: Token, lemma: str) -> str:
    """A description's head word, with the office word before a "general" ("the inspector general"), which is
    no general."""
    return title_word(f"{doc[head.i - 1].text} {lemma}") if lemma == "general" and head.i > start else lemma


def stance_before(tok: Token) -> bool:
    """Whether a word follows "pro-" or "anti-" ("pro-Russian", "anti-American"): the side taken, not a
    nationality."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in {"pro", "anti"}


def _unlabelled_demonyms(doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int]) -> list[Candidate]:
    """Demonyms and country names the NER missed ("Russian-related" companies, "US-Russia")."""
    out = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            continue
        if _language_compound(tok):
            continue  # "French-speaking countries": a language
        iso = lex.country_of_demonym(tok.text) or (lex.country_of_name(tok.text) if tok.pos_ == "PROPN" else None)
        if not iso:
            continue
        out.append(
            token_candidate(
                tok,
                sent_of[tok.i],
                kind="name",
                type="GPE",
                country=iso,
                is_country=True,
                name_tokens=(tok.text,),
            )
        )
    return out


# -- nominals ---------------------------------------------------------------------------------------


# role nouns that are as often abstract nouns with no article ("justice" is a judge only as "the justice", "a
# Supreme Court justice", "Chief Justice X")
MASS_READINGS = {"justice"}
# the words before such a noun that make it the office ("chief justice", "a high court justice")
OFFICE_BEFORE_MASS = {"chief", "court", "associate", "supreme", "high", "appeals", "appellate"}


def _counted_or_determined(span: Span, head: Token) -> bool:
    """Whether a noun of ``MASS_READINGS`` is a person's office here: with an article, a possessive or a number,
    plural, or after an office's word ("the justice", "two justices", "Supreme Court justice")."""
    before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
    return (
        _plural(head)
        or before in OFFICE_BEFORE_MASS
        or any(t.lower_ in DEFINITE_DETS | INDEFINITE_DETS or t.dep_ == "poss" or t.like_num for t in span[:-1])
    )


def _nominal_mentions(doc: Doc, lex: EntityLexicon, sent_of: list[int], taken: set[int]) -> list[Candidate]:
    out = []
    seen_heads: set[int] = set()
    for head in doc:
        if head.i in taken or head.i in seen_heads:
            continue
        if head.pos_ not in {"NOUN", "PROPN"} and not _noun_mistagged(head):
            continue
        lemma = head.lemma_.lower()
        entry = lex.nominals.get(lemma) or lex.nominals.get(head.lower_)
        year_old = False
        if entry is None and head.lower_ == "old" and YEAR_OLD.search(doc[max(0, head.i - 4) : head.i + 1].text):
            entry = lex.nominals.get("-year-old")
            year_old = True
        if entry is None and _armed_forces(head, lex):
            before = doc[head.i - 1].lower_
            # "rebel forces" and "government forces" are two sides: each kind of force its own head
            kind = "forces" if head.lower_ == "forces" and before in FORCES_OF else f"{before} force"
            entry = NominalHead(kind, "ORG", "n", False)
        if entry is None and _state_medium(head):
            entry = NominalHead(head.lower_, "ORG", "n", False)  # "announced on state television"
        # "checked into rehab", "the clinic": the institution of that kind the article names (the sieve decides)
        facility = entry is None and lemma in lex.facility_kinds and not _plural(head) and not _indefinite(head)
        if facility:
            entry = NominalHead(lemma, "FAC", "n", False)
        only_bare = False
        bare_noun = lemma in lex.bare_group_nouns or lemma in lex.labour_nouns or lemma in lex.set_nouns
        opposition = lemma in OPPOSITION_MEMBERS and any(t.lower_ == "opposition" for t in head.lefts)
        police = _police_members(head, lex) or _agents_of_a_state(head)
        organ = lemma in lex.organ_nouns
        following = lemma in FOLLOWINGS and _someones_supporters(head, lex)
        if entry is None and (bare_noun or opposition or police or organ or following) and _plural(head):
            # "students", "residents", "refugees": an actor only as a bare group, no description to follow;
            # "striking doctors", "shipyard workers": people by their work, a group only in those words;
            # "Police commandos", "prosecutors had demanded": the police's people, a state organ's who act
            entry = NominalHead(lemma, "PERSON", "u", False)
            only_bare = True
        if entry is None and _plural(head) and _loyal_to(head) and lemma in LOYAL_GROUPS:
            # "officers loyal to Bio", "southern forces loyal to the vice president": a faction that acts
            entry = NominalHead(lemma, "PERSON", "u", False)
        if entry is None and lemma in COLLECTIVE_SETS and not _plural(head) and _indefinite(head) and episodic(head):
            # "a local armed gang killed 12 policemen", "A mob attacked the station": one group the sentence
            # introduces as the subject or agent of a clause in the past (in general, "a mob is dangerous", none):
            # people, as the plural set nouns are
            entry = NominalHead(lemma, "PERSON", "u", False)
        one_of_a_kind = lemma in CHILDREN or lemma in lex.set_nouns or lemma in lex.group_nouns or bare_noun
        # a crowd, a mob, a gang: a set, only as the subject of a clause in the past (``COLLECTIVE_SETS``, below)
        if entry is None and one_of_a_kind and lemma not in COLLECTIVE_SETS and not _plural(head) and _indefinite(head):
            national = any(lex.country_of_demonym(t.text) or lex.country_of_name(t.text) for t in head.lefts)
            if (episodic(head) or acted_on_as_one(head)) and not negated(head) and not national:
                # "A 13-year-old boy opened fire", "shot dead a 15-year-old boy", "a university student who had been
                # reading died": one person of a kind the sentence tells of, as "a gunman" is; no definite one ("the
                # boy"), which coreference would link to any person of its article; nor one a country's word names
                # ("expelled a Polish consul"), whose mention stands for it, as for "two Polish diplomats"
                entry = NominalHead(lemma, "PERSON", CHILDREN.get(lemma, "u"), False)
        if entry is None:
            continue
        if (
            head.dep_ == "compound"
            or (
                head.i + 1 < len(doc)
                and doc[head.i + 1].pos_ in {"NOUN", "PROPN"}
                and doc[head.i + 1].dep_ != "appos"
                and not year_old
                and not _verb_prefix(doc, head.i + 1)
            )
        ) and not _taken_as(doc, head.i + 1):
            continue  # a modifier ("party" in "party mailboxes"), not the head of the phrase
        start = _nominal_start(doc, head)
        span = doc[start : head.i + 1]
        if lemma in MASS_READINGS and not _counted_or_determined(span, head):
            continue  # "waiting for justice", "economic and social justice": the abstract noun, no judge
        if lemma == "opposition" and _opposing(head):
            continue  # "his fierce opposition to the bill": the act of opposing, no opposition group
        one = _one_of(head) if only_bare and entry.type == "PERSON" and _plural(head) else None
        if one is not None:
            # "was shot by one of his bodyguards": one person of a set that is no mention of its own (a set
            # noun, owned), who acts in the clause
            start, span = one.i, doc[one.i : head.i + 1]
        elif only_bare and _someones_supporters(head, lex):
            pass  # "his supporters clashed with police", "supporters of Mir Hossein Mousavi marched"
        elif only_bare and _someones_people(span, lex):
            pass  # "were killed by his bodyguards", "Machar's bodyguards exchanged fire", "Nigeria's rulers detained"
        elif only_bare and (span[0].lower_ in DEFINITE_DETS | {"all"} or any(t.dep_ == "poss" for t in span)):
            continue
        elif only_bare and not _bare_group(span, lex, taken) and not _generic_set(span):
            continue  # a modifier ("workers' compensation"), a quantity ("14 delegates", "more refugees")
        if _counted_of(head):
            # "thousands of protesters", "tens of thousands of students": the mention is the whole count
            top = head.head.head
            while _counted_of(top):
                top = top.head.head
            start = min(start, top.left_edge.i)
            span = doc[start : head.i + 1]
        seen_heads.add(head.i)
        first = span[0].lower_
        possessor = next((t.i for t in span[:-1] if t.dep_ == "poss"), None)  # not the head: "the agency's head"
        country = None
        for tok in span[:-1]:
            if stance_before(tok):
                continue  # "the pro-Russian Patriotic Bloc" of Moldova: a stance, no nationality
            if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and tok.i + 1 < head.i and doc[tok.i + 1].ent_iob_ == "I":
                continue  # "a British Airways pilot": a word of a company's name, no nationality
            country = country or lex.country_of_demonym(tok.text) or lex.country_of_name(tok.text)
        out.append(
            Candidate(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind="nominal",
                type=entry.type,
                sent=sent_of[head.i],
                tok_start=start,
                tok_end=head.i + 1,
                head_i=head.i,
                head=_office_head(doc, start, head, entry.lemma) if not year_old else "-year-old",
                country=country,
                number="pl" if _plural(head) and one is None else "sg",
                gender=entry.gender,
                definite=first in DEFINITE_DETS or possessor is not None,
                possessor_i=possessor,
                former=any(t.lower_ in {"former", "ex", "ex-", "then"} for t in span),
                role_noun=entry.role,
                extra={"facility": "1"} if facility else _nominal_flags(span, lex, taken) if one is None else {},
            )
        )
    return out


# children, one at a time, with their gender ("a 15-year-old boy"); the plural "teenagers" is a set noun
CHILDREN = {"boy": "m", "girl": "f", "teenager": "u"}
# people of arms who are a faction when "loyal to" someone ("officers loyal to Bio", "forces loyal to Gaddafi")
LOYAL_GROUPS = {"officer", "soldier", "troop", "militiaman", "fighter", "guard", "commander", "force"}


def _loyal_to(head: Token) -> bool:
    """Whether a noun is followed by "loyal to" ("militiamen loyal to General Dostum")."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "loyal" and doc[head.i + 2].lower_ == "to"


# nouns of a set of people acting as one, in the singular ("a gang", "a mob")
COLLECTIVE_SETS = {"gang", "mob", "crowd"}


def _indefinite(head: Token) -> bool:
    """Whether a noun has the indefinite article ("a local armed gang")."""
    return any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.lefts)


def _one_of(head: Token) -> Token | None:
    """The "one" of "one of his bodyguards" when it is the subject or agent of a clause in the past ("was shot by
    one of his bodyguards", "one of the hostages escaped"): a person the sentence tells of, taken out of a set."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "one" or of.head.i + 1 != of.i:
        return None
    return of.head if episodic(of.head) else None


def _noun_mistagged(tok: Token) -> bool:
    """Whether the tagger took a plural noun for a verb in the third person: the subject of a verb, spelt as a
    plural of the noun its lemma is ("that soldiers| loyal to him had tried": VBZ, nsubj). A verb is no
    subject."""
    return (
        tok.tag_ == "VBZ"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.lower_.endswith("s")
        and tok.lower_ != tok.lemma_.lower()
    )


def _plural(tok: Token) -> bool:
    """A plural noun, as tagged or mistagged as a verb (``_noun_mistagged``)."""
    return tok.tag_ in {"NNS", "NNPS"} or _noun_mistagged(tok)


GROUP_WORDS = {"two", "both", "three", "four", "several", "all"}
# people a sentence counts by "two", "both", ... who are as a rule the ones named around it ("the two presidents",
# "both candidates"): a set of actors named elsewhere, not a group of its own
NAMED_SETS = {"president", "leader", "minister", "man", "woman", "candidate"}


def _counted_as_named(span: Span) -> bool:
    """Whether a plural is counted by a word that takes the ones named around it ("the two presidents", "both
    companies": ``GROUP_WORDS``)."""
    return any(t.lower_ in GROUP_WORDS for t in span[:-1])


def _nominal_flags(span: Span, lex: EntityLexicon, names: set[int] | frozenset[int] = frozenset()) -> dict[str, str]:
    flags = {}
    if span[0].lower_ in INDEFINITE_DETS:
        flags["indefinite"] = "1"
    definite = span[0].lower_ in DEFINITE_DETS | {"all"} or any(t.dep_ == "poss" for t in span)
    if _plural(span[-1]) and not definite:
        flags["generic"] = "1"  # "analysts", "some investors": a vague group, not an actor to follow
        if _bare_group(span, lex, names):
            flags["bare_group"] = "1"  # "Protesters stormed ...", "Hooded gunmen": a group that acts
            if counted(span):
                flags["counted"] = "1"  # "2,000 students", "thousands of protesters": a set of its own
    if _group_of_people(span, lex):
        flags["bare_group"] = "1"  # "A group of officers arrested the general": the set the sentence tells of
    if _plural(span[-1]) and _counted_as_named(span) and span[-1].lemma_ in NAMED_SETS:
        flags["group"] = "1"  # "the two presidents": a set of actors named elsewhere, not an actor of its own
    if (
        span[-1].lower_ == "jury"
        and span.doc[span.end : span.end + 3].text.lower() in ("is still out", "is out on")
        and not any(t.lower_.startswith(("deliberat", "trial", "verdict")) for t in span.sent)
    ):
        flags["generic"] = "1"  # "the jury is still out": an idiom, no court (unless a trial is in the sentence)
    return flags


# nouns of a set of people named by "of" and what they are ("a group of officers", "a band of gunmen")
GROUP_OF = {"group", "band"}


def _group_of_people(span: Span, lex: EntityLexicon) -> bool:
    """Whether a singular "a group" is one of people by kind ("A group of army officers led by General
    Rakotonandrasana said", "a group of officers appeared on state television") that acts, or is acted on, in a
    clause in the past: one set the sentence tells of, as "a mob" is; not "a group of countries", nor a group in
    general ("a group of officers may ...")."""
    head = span[-1]
    doc = head.doc
    if head.lemma_.lower() not in GROUP_OF or _plural(head) or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return False
    people = next((t for t in doc[head.i + 1].children if t.dep_ == "pobj"), None)
    if people is None or not _plural(people):
        return False
    lemma = people.lemma_.lower()
    kinds = lex.set_nouns | lex.group_nouns | lex.bare_group_nouns | lex.labour_nouns.keys()
    return (lemma in kinds or lemma == "officer") and (episodic(head) or acted_on_in_past(head))


PERSONAL_POSSESSIVES = {"his", "her", "whose"}


# the people of someone's following: a set of one person's or one body's ("his supporters", "the cleric's
# followers"), where the bare plural is such people in general ("followers" are no set noun: round 156)
FOLLOWINGS = {"supporter", "follower"}


def _someones_supporters(head: Token, lex: EntityLexicon) -> bool:
    """Whether a plural of ``FOLLOWINGS`` is one person's or one body's, said by a personal possessive, a name or a
    description of a person ("his supporters rioted", "Mondlane's supporters", "thousands of the cleric's followers
    protested", "supporters of Mir Hossein Mousavi marched", "Followers of the guru Gurmeet Ram Rahim Singh set
    fire", "hundreds of followers of the Movement for the Restoration of the Ten Commandments"), and acts or is
    acted on in its clause: a leader's or a movement's following, an actor (bare, "supporters" are a bill's or the
    electorate)."""
    lemma = head.lemma_.lower()
    if lemma not in FOLLOWINGS or not _plural(head) or head.dep_ in ("poss", "compound"):
        return False
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return False
    if _an_audience(head):
        return False
    for child in head.children:
        if child.dep_ == "poss" and (
            child.lower_ in PERSONAL_POSSESSIVES or child.ent_type_ == "PERSON" or _described_person(child, lex)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            # "supporters of opposition leader Levon Ter-Petrosyan", "of the runner-up, Venancio Mondlane"
            # (a participle modifying a noun is no verb of a clause: "the self-styled| guru Gurmeet Ram Rahim Singh")
            words = head.doc[child.i + 1 : child.i + 9]
            end = next(
                (
                    t.i
                    for t in words
                    if t.text in (".", ";") or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"))
                ),
                words.end,
            )
            if any(t.ent_type_ in ("PERSON", "ORG") for t in head.doc[child.i + 1 : end]):
                return True
    return False


# the platforms whose followers are an account's audience, no following that acts ("his Twitter followers")
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "weibo", "telegram", "online", "social"}


def _an_audience(head: Token) -> bool:
    """Whether a following is an account's audience: its platform named ("his 20,000 Twitter followers", "followers
    on Instagram") or counted right before it as such audiences are ("his more than 403,000 followers"); not a
    part of a set counted ("13 of his followers")."""
    if any(t.dep_ == "nummod" or t.lower_ in PLATFORMS for t in head.lefts):
        return True
    after = head.doc[head.i + 1 : head.i + 3]
    return len(after) == 2 and after[0].lower_ == "on" and after[1].lower_ in PLATFORMS


def _described_person(tok: Token, lex: EntityLexicon) -> bool:
    """Whether a possessive is a definite description of a person by what he is ("the cleric's", "the
    president's": a word for what people are, ``role_words``; not "the bill's")."""
    if tok.pos_ != "NOUN" or not any(t.dep_ == "det" and t.lower_ in DEFINITE_DETS for t in tok.lefts):
        return False
    entry = lex.nominals.get(tok.lemma_.lower())
    return tok.lemma_.lower() in lex.role_words or (entry is not None and entry.type == "PERSON")


def _someones_people(span: Span, lex: EntityLexicon) -> bool:
    """Whether a plural of people by kind (``set_nouns.txt``) is one person's or one place's, said by a personal
    possessive or a name ("his bodyguards", "Machar's bodyguards", "Nigeria's military rulers"), and a set the
    sentence tells of (``_told_of``: "were themselves killed by his bodyguards", "her aides said", "Nigeria's
    military rulers detained"): the people of someone the sentence names, who act or are acted on; not "his
    supporters" in general, "America's farmers fear tariffs", nor "the bodyguards" (a description)."""
    head = span[-1]
    if head.lemma_.lower() not in lex.set_nouns or not _plural(head) or head.dep_ in ("poss", "compound"):
        return False
    owner = next((t for t in head.children if t.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ in PERSONAL_POSSESSIVES or owner.ent_type_ in ("PERSON", "GPE")):
        return False
    return _told_of(span)


def negated(tok: Token) -> bool:
    """Whether a noun is the object of a negated clause ("did not lose a single person", "never met a voter"): no one
    it tells of. A subject stays one ("A spokeswoman did not return a message": she is there)."""
    verb = _verb_acting_on(tok)
    return verb is not None and any(t.dep_ == "neg" for t in verb.children)


# members of an opposition named by it ("opposition politicians", "opposition supporters", "opposition
# parties"): a group that acts where it is, like "opposition lawmakers" (the heads alone, "politicians",
# "supporters", "parties", are no group)
OPPOSITION_MEMBERS = {"politician", "figure", "leader", "supporter", "activist", "member", "party", "group"}
# words that take a part out of a larger body or say there is none ("no soldiers", "most graduate students",
# "other protesters", "some investors"): such a set is no actor of its own, unlike a group counted by number
# ("more than 100 workers", "2,000 students", "several thousand demonstrators", "thousands of protesters")
PART_OF = {"a", "an", "some", "many", "few", "any", "no", "another", "most", "other", "additional", "all", "each"}
# nouns of a large number ("thousands of protesters", "crowds of residents"): the group counted, not a body it is
# part of ("the heads of demonstrators", "a group of protesters" stay out)
COMPARATIVES = {"more", "fewer", "less"}  # counted only with "than" ("more than 100 workers")
COUNT_NOUNS = {"dozens", "hundreds", "thousands", "tens", "millions", "scores", "crowds", "crowd"}


# the words that make officers a force's or a mutiny's ("police officers", "rebel officers rose up"), not anyone's
OFFICERS_OF = {"police", "army", "military", "rebel", "mutinous", "renegade", "dissident"}


def _officers_of_a_kind(head: Token) -> bool:
    """Whether "officers" have a word right before them that says what officers they are ("senior officers",
    "anti-corruption officers", "right-wing officers"): a force's or a body's set, not the police's bare "officers"
    of a story, which the coreference gold does not count as mentions (round 139)."""
    return any(t.dep_ in ("amod", "compound") and t.i == head.i - 1 for t in head.lefts)


def _bare_group(span: Span, lex: EntityLexicon, names: set[int] | frozenset[int] = frozenset()) -> bool:
    """A plural without a determiner headed by a group noun that acts where it is ("police", "Mutinous
    soldiers", "riot police officers"), also when counted by number ("more than 100 workers", "two soldiers
    were killed", "thousands of protesters": the set counted acts, or is acted on, as that group); not a part
    taken out of a larger body or none ("no soldiers", "most students", "other protesters"); nor one whose
    words name an organisation or a place other than a country (the named actor stands for it), nor one
    inside a larger phrase ("a group of protesters", "the heads of demonstrators"), nor bare "troops", the
    forces one sends, but for those a clause in the past sent or ordered ("ordered troops onto the streets")."""
    head = span[-1]
    lemma = head.lemma_.lower()
    if _someones_supporters(head, lex):
        return True  # "supporters of Mir Hossein Mousavi marched"
    kind = head.doc[head.i - 1] if head.i > span.start else None
    led = lemma == "leader" and kind is not None and kind.lower_ in lex.leader_kinds and _plural(head)
    if (
        lemma not in lex.group_nouns
        and not led
        and lemma not in lex.bare_group_nouns
        and not (lemma == "officer" and any(t.lower_ in OFFICERS_OF for t in span))
        and not (lemma == "officer" and _officers_of_a_kind(head) and _told_of(span))
        and not (lemma in LOYAL_GROUPS and _loyal_to(head))
        and not _police_members(head, lex)
        and not _agents_of_a_state(head)
        and not _armed_forces(head, lex)
        and not (lemma in OPPOSITION_MEMBERS and any(t.lower_ == "opposition" for t in span[:-1]))
        and not _labour_group(span, lex)
        and not _organ_acting(span, lex)
        and not _armed_men(head)
        and not (
            lemma in lex.set_nouns
            and (counted(span) or ((_singled_out(head) or _told_of(span)) and lemma not in PEOPLE_BY_NUMBER))
            and not (lemma in NAMED_SETS and _counted_as_named(span))
            and not (lemma in PEOPLE_BY_NUMBER and any(t.text == "%" or t.lower_ in SHARES for t in span))
            and not (lemma in TALLIED and any(t.like_num for t in span))
        )
        and not (lemma in ORGANISATION_SETS and _told_of(span, acted_on=False) and not _counted_as_named(span))
    ):
        return False
    doc = span.doc
    if lemma in lex.bare_group_nouns and head.dep_ == "poss":
        return False  # "workers' compensation", "students' union": a modifier, not the group
    if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "non":
        return False  # "non-residents": those who are not
    prev = next((t for t in reversed(doc[: span.start]) if not t.is_space), None)
    modified = any(head.lefts) or (prev is not None and bool(lex.country_of_demonym(prev.text)))
    sent = (
        head.dep_ == "dobj"
        and head.head.lemma_.lower() in SENDING_VERBS
        and not modified
        and not counted(span)
        and acted_on_in_past(head)
    )
    if lemma == "troop" and len(span) == 1 and (not _a_subject(head) or modified) and not sent:
        # "send troops", "withdrawal of troops": the forces sent, not an actor; but the subject of a clause with
        # no word before it acts ("Troops fired on the crowd"; not the "troops" of "Iraqi troops" the NER cut,
        # whose demonym's mention codes the group); but the troops a clause in the past sent or ordered ("ordered
        # troops onto the streets", "sent troops into Concepcion") are the ones the sentence tells of
        return False
    if lemma == "troop" and counted(span) and not _a_subject(head):
        return False  # "sent 200 troops", "offered up to 30,000 troops": the forces sent, counted
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        counter = head.head.head
        acted_on = counter.lemma_.lower() in ACTS_ON_PEOPLE and counter.pos_ == "NOUN"
        # a set a relative clause in the past singles out is one of its own, whatever it is said of ("a key demand
        # of students who had staged a hunger strike")
        if (
            not acted_on
            and not _singled_out(head)
            and (
                counter.lower_ not in COUNT_NOUNS
                or any(t.lower_ in PART_OF for t in counter.subtree if t.i < counter.i)
            )
        ):
            # "a group of protesters", "the heads of demonstrators"; not "thousands of protesters", nor the ones
            # an act named by a noun is done to ("the killing of protesters", "the release of prisoners")
            return False
    # only a word of a name the mentions hold stands for the group: a unit's name the NER left untagged ("OMON
    # riot police", "M-19 guerrillas") names no actor that would, and the group is the one there is
    named = (t for t in span if t.i in names and t.pos_ == "PROPN" and not lex.country_of_demonym(t.text))
    if any(not (_in_place_name(t, lex) or _party_of_members(t, lemma, lex)) for t in named):
        return False  # "ELN rebels", "Al-Shabab militants": the named body's own
    if any(t.lower_ in PART_OF and not _about(t) and not _a_number(t) and not _counted_others(t) for t in span[:-1]):
        return False  # a part of a larger body or none
    if any(t.lower_ in COMPARATIVES and t.nbor().lower_ != "than" for t in span[:-1]):
        return False  # "accept more refugees", "elect more extreme lawmakers": no set counted, a quantity
    # counted by number, the group is still one that acts or is acted on (the gold codes "thousands of students"
    # EDU, "more than 100 workers" LAB), unless a country's word codes it already through that word's mention
    # ("two Ukrainian soldiers": UKR MIL by "Ukrainian", as "Iraqi troops")
    return not (counted(span) and any(lex.country_of_demonym(t.text) or lex.country_of_name(t.text) for t in span))


def _generic_set(span: Span) -> bool:
    """Whether a bare plural of people by kind that is no group (``_bare_group``) is still a set of people the
    sieve may keep as described alone ("refused to free political prisoners", "a strike by young workers"): not a
    possessor ("workers' compensation"), not "non-" ones, nor those a reduced relative tells of ("the dangers posed
    by hackers"), not a quantity ("14 delegates", "50 percent of voters",
    "accept more refugees")."""
    head = span[-1]
    doc = span.doc
    if not _plural(head) or head.dep_ == "poss":
        return False
    if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "non":
        return False
    if head.lemma_.lower() in TALLIED and any(t.like_num for t in span):
        return False
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "acl" and verb.head.lemma_.lower() not in COLLECTIVE_ACTS:
        return False  # "the dangers posed by hackers": what such things are, as ``_past_clause`` reads it
    around = doc[max(0, span.start - 3) : span.end]
    if any(t.text == "%" or t.lower_ in SHARES for t in around):
        return False
    return not any(t.lower_ in COMPARATIVES and t.nbor().lower_ != "than" for t in span[:-1])


def _a_subject(tok: Token) -> bool:
    """Whether a noun is a clause's subject, alone or as a conjunct of one ("police and troops sealed off the
    area")."""
    return _first_conjunct(tok).dep_ in ("nsubj", "nsubjpass")


def _first_conjunct(tok: Token) -> Token:
    """The first noun of the coordination a noun is in ("troops" of "police and troops": "police"), or itself."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# the words that make "opposition" an attitude, not the group out of power ("fierce opposition", "his opposition")
OPPOSING_WORDS = {
    "fierce", "strong", "stern", "widespread", "long", "past", "nominal", "vocal", "growing", "initial", "staunch",
    "vehement", "firm", "steadfast", "public", "bipartisan", "unanimous", "little", "much", "any", "no", "some",
    "stiff", "tough", "determined", "principled", "longstanding", "long-standing", "consistent", "early",
}  # fmt: skip
OWNERS_OF_A_STANCE = {"his", "her", "my", "your", "our"}


def _opposing(head: Token) -> bool:
    """Whether "opposition" is the act of opposing: owned by a person ("his opposition", "your opposition"),
    graded ("fierce opposition", "widespread opposition") or aimed ("opposition to the bill"); not "the
    opposition" or "Syria's opposition", a group that acts."""
    lefts = [t.lower_ for t in head.lefts]
    if OWNERS_OF_A_STANCE & set(lefts) or OPPOSING_WORDS & set(lefts):
        return True
    return any(t.lower_ == "to" and t.dep_ == "prep" for t in head.rights)


def _clause_of(tok: Token) -> Token | None:
    """The verb whose subject or agent a noun is ("Investigators found", "charged by prosecutors"), or the first
    of a coordination is ("soldiers and volunteers dug"), else None."""
    tok = _first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None


def episodic(tok: Token) -> bool:
    """Whether a noun is the subject of a clause in the past, or its agent ("A sniper shot dead the prime
    minister", "Supporters celebrated outside the palace", "was beaten by a police officer"): an indefinite or a
    bare plural there tells of people the sentence introduces (its specific reading), not of such people in
    general, as in the present or under a modal ("voters want change", "a judge may rule")."""
    verb = _clause_of(tok)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _past_clause(verb)


def said_in_general(tok: Token) -> bool:
    """Whether the clause a noun is in tells of such people or bodies in general: its verb (the first up the tree, a
    participle or infinitive taking the time of the clause it hangs on) is in the simple present or under a modal
    ("A soldier must obey", "a mob is a danger", "investors agree", "Unidentified men are often blamed"); not the past,
    the perfect or the progressive, nor a noun of a sentence with no verb (a news lead tells of one time: "refused
    his demand to sack officials", "a hunger strike by democracy activists", "Police have arrested 12 protesters")."""
    if any(c.dep_ == "relcl" and c.tag_ in ("VBP", "VBZ") for c in tok.children):
        return True  # "voters who feel left behind": a kind the present singles out
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):
            return True  # "must obey", "may rule"
        if t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return False  # "approved", "did approve", "had approved"
        if any(a.lemma_.lower() == "do" for a in auxes):
            return True  # "does not want"
        if any(a.lemma_.lower() == "have" or a.tag_ == "VBG" for a in auxes) or (
            t.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in auxes)
        ):
            return False  # "have arrested", "are marching": the perfect and the progressive tell of one time
        if t.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxes):
            return True  # "is a danger", "agree", "are often blamed"
    return False


# verbs that send or order troops somewhere ("ordered troops onto the streets", "sent troops into Concepcion")
SENDING_VERBS = {"send", "order", "deploy", "dispatch", "rush", "fly", "move", "mobilise", "mobilize"}
FORMER = {"former", "ex", "ex-", "retired"}  # people no longer of their kind ("former prosecutors": commentators)
# organisations of a kind whose bare plural a clause in the past tells of is a set of its own ("Unions called a
# general strike", "Opposition parties boycotted the vote", "Aid agencies were expelled"); in the present they are
# organisations of that kind in general ("unions want higher pay"); "both companies" are the ones named around it
ORGANISATION_SETS = {
    "union", "party", "agency", "bank", "company", "firm", "group", "militia", "organisation", "organization",
    "newspaper", "broadcaster", "lender", "insurer", "airline", "carrier",
    "medium",  # "state media said" (lemma "medium"); not "posted on social media"
    "jury",  # "Federal grand juries in Miami and Tampa indicted"
    "authority",  # "Authorities declared a state of emergency": the state's, as "the authorities" are
}  # fmt: skip


def _told_of(span: Span, acted_on: bool = True) -> bool:
    """Whether a bare plural of people by kind is a set the sentence tells of: the subject or agent of a clause
    in the past ("Voters rejected the charter", ``episodic``), or what such a clause did to them ("pulled
    survivors from the ruins", "fired tear gas at fans", ``acted_on_in_past``); not former ones ("Former
    prosecutors said"). Organisations by kind only as the subject (``acted_on`` False): lenders and banks a clause
    acts on ("drawing protests from international lenders") are of no one country, and no set of its own."""
    head = span[-1]
    # people from elsewhere ("removed settlers from homes in the Gaza Strip") only as the subject: acted on where
    # they are, the scene would give them its country
    acted_on = acted_on and head.lemma_.lower() not in FROM_ELSEWHERE
    told = episodic(head) or (acted_on and acted_on_in_past(head))
    return told and not any(t.lower_ in FORMER for t in span)


def acted_on_in_past(tok: Token) -> bool:
    """Whether a noun is the object of a verb in the past, directly or through a preposition ("pulled survivors
    from the ruins", "Police fired tear gas at fans", "opened fire on tourists"), or coordinated with one: an event
    that happened to people there, which a bare plural then tells of (its existential reading, as a subject in the
    past has), not such people in general ("the law protects tourists", "it may hurt voters")."""
    verb = _verb_acting_on(tok)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in AUDIENCE_VERBS:
        return False
    return _past_clause(verb)


def _verb_acting_on(tok: Token) -> Token | None:
    """The verb a noun (or the first noun it is coordinated with) is the object of, directly or through one of
    ``ACTED_ON_PREPOSITIONS``."""
    tok = _first_conjunct(tok)
    if tok.dep_ == "dobj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ACTED_ON_PREPOSITIONS:
        return tok.head.head
    return None


# verbs whose indefinite object is a kind chosen, had or named, not one person the sentence tells of ("picked a
# nominee", "had a presumptive nominee", "appointed a Federal Reserve chairman bent on ...", "labeled a leader",
# "signed a new attacker from Ajax": a club's hire)
CHOOSING_VERBS = {
    "pick", "choose", "select", "nominate", "appoint", "elect", "hire", "name", "want", "need", "seek", "find",
    "have", "become", "describe", "label", "call", "identify", "consider", "go", "sign", "recruit", "draft",
}  # fmt: skip


def acted_on_as_one(tok: Token) -> bool:
    """Whether an indefinite person is one a clause in the past acts on ("Rioters hacked a policeman to death",
    "killing a police officer": ``acted_on_in_past``), not a kind the clause chooses, has or names
    (``CHOOSING_VERBS``)."""
    verb = _verb_acting_on(tok)
    return acted_on_in_past(tok) and verb is not None and verb.lemma_.lower() not in CHOOSING_VERBS


FROM_ELSEWHERE = {"settler", "pilgrim", "migrant", "immigrant"}
# prepositions through which a clause acts on people ("fired at fans", "opened fire on tourists", "pulled
# survivors from", "dug with volunteers"); not "to" (the audience: "boasted to reporters"), "among" (a share: "led
# among voters"), "for" or "before"
ACTED_ON_PREPOSITIONS = {"at", "on", "upon", "against", "from", "with", "into", "onto", "toward", "towards"}
# verbs whose object is the audience of what someone says ("told reporters", "spoke to voters", "emailed
# supporters"): people there to listen, not a set the clause acts on
AUDIENCE_VERBS = {
    "tell", "say", "speak", "talk", "address", "brief", "email", "explain", "write", "announce", "assure", "urge",
    "remind", "warn", "promise", "thank", "greet", "inform", "declare", "reply", "answer",
}  # fmt: skip


# the links through which a participle with no auxiliary of its own takes the time of another clause: "stormed the
# station, killing a police officer" (advcl), "began withdrawing its contingent" (xcomp), "fired and wounded" (conj)
PARTICIPLE_LINKS = {"advcl", "xcomp", "conj"}


def _past_clause(verb: Token, depth: int = 0) -> bool:
    """Whether a verb tells of the past: a past tense, not under a modal ("fired", "had fired"; not "would
    fire"); or a bare participle that tells of the same time as a clause in the past it hangs on ("opened fire,
    killing 11 people", "began withdrawing its contingent": a participle has no tense of its own). A reduced
    relative only on a collective act with its doers ("a strike called by unions"): others are as often what
    such things are in general ("dangers posed by immigrants", "a ban on couples adopting children") as one
    event."""
    auxes = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass")]
    if any(t.tag_ == "MD" for t in auxes):
        return False
    if verb.tag_ == "VBD" or any(t.tag_ == "VBD" for t in auxes):
        return True
    if auxes or verb.tag_ not in ("VBG", "VBN") or depth > 2:
        return False
    if verb.dep_ in PARTICIPLE_LINKS and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        return _past_clause(verb.head, depth + 1)
    if (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in COLLECTIVE_ACTS
        and any(c.dep_ == "agent" for c in verb.children)
    ):
        # "a general strike called by unions paralysed the country", "a rally organised by trade unions": the
        # ones who did one act the sentence tells of, at the time of the clause the act is named in
        clause = verb.head
        for _ in range(4):
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        return clause.pos_ in ("VERB", "AUX") and _past_clause(clause, depth + 1)
    return False


# acts done by many together, which a reduced relative with "by" names the doers of ("a strike called by unions",
# "protests led by professional unions", "a peace rally organised by trade unions")
COLLECTIVE_ACTS = {
    "strike", "protest", "demonstration", "rally", "march", "boycott", "walkout", "sit-in", "blockade", "stoppage",
    "uprising", "revolt", "mutiny", "coup", "attack", "raid", "offensive", "campaign", "vigil",
}  # fmt: skip


RELATIVES = {"who", "whom", "whose", "that"}
LEADING = {"lead", "head", "command"}  # "farmers led by", "a delegation headed by"


def _singled_out(head: Token) -> bool:
    """Whether a plural is one set the sentence singles out: one led by someone ("Farmers led by Jose Bove"), or
    one a restrictive relative clause right after it tells what they did, in the past ("journalists who had
    occupied the newsroom walked out", "siding with prosecutors who accused it"); not a clause in the present,
    which says what such people are or do in general ("younger voters who feel trapped", "people who are
    undocumented"), nor one set off by a comma ("voters, who turned out": all of them)."""
    for child in head.rights:
        if child.dep_ == "acl" and child.lemma_ in LEADING and child.i == head.i + 1:
            return True  # "Farmers led by Jose Bove wrecked a restaurant": the set one person leads
        if child.dep_ != "relcl" or child.left_edge.lower_ not in RELATIVES or child.left_edge.i != head.i + 1:
            continue
        past = child.tag_ == "VBD" or any(
            t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "'d", "was", "were") for t in child.lefts
        )  # "journalists who had occupied", "journalists who were detained"
        if past:
            return True
    return False


def _about(tok: Token) -> bool:
    """Whether "some" says a number is about so much ("some 20,000 protesters"), not a part of a body."""
    return tok.lower_ == "some" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num


STATE_MEDIA = {"television", "tv", "radio", "media"}


def _state_medium(head: Token) -> bool:
    """Whether a noun is a state's medium ("state television said", "announced on state radio", "the national
    radio announced"): a medium news names as an actor that speaks, though unnamed; not "state television
    licences" (a modifier)."""
    if head.lower_ not in STATE_MEDIA or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    # "the national radio announced": a state's, as news names one country's only broadcaster
    national = before.lower_ == "national" and head.i >= 2 and head.doc[head.i - 2].lower_ == "the"
    return (before.lower_ in ("state", "state-run", "state-owned") or national) and (
        head.i + 1 >= len(head.doc) or head.doc[head.i + 1].pos_ not in ("NOUN", "PROPN")
    )


UNNAMED_FORCE = {"masked", "hooded", "unidentified", "unknown"}


def _armed_men(head: Token) -> bool:
    """Whether a plural is "armed men" ("armed men stormed the bank"), or men the news cannot name who act in a
    clause in the past ("was bundled into a car by unidentified men"): gunmen by another name (Phoenix: UAF;
    ``agents.tsv`` for the others)."""
    if head.lower_ != "men" or head.i == 0:
        return False
    before = head.doc[head.i - 1].lower_
    return before == "armed" or (before in UNNAMED_FORCE and episodic(head))


# the kinds of "forces" the Phoenix agents dictionary codes (armed forces MIL, security forces COP): a state's
# body of arms; "forces" alone is as often "market forces", "Trump forces" or "the forces of globalisation"
FORCES_OF = {"armed", "security", "special"}


def _owned(head: Token) -> bool:
    """Whether a noun has a determiner or an owner ("the coast guard", "Haiti's presidential guard")."""
    return any(t.dep_ in ("det", "poss") for t in head.lefts)


# the words before "units" that make them a force of arms
UNITS_OF_ARMS = {"army", "military", "navy", "police", "rebel", "paramilitary", "militia", "commando", "elite"}


def _armed_forces(head: Token, lex: EntityLexicon) -> bool:
    """Whether a noun is a force of arms: "forces" of a state's arms ("the armed forces", "Security forces
    fired"), or a force or units the Phoenix agents dictionary files with the word before it ("the air force",
    "rebel forces", "government forces", "the police force", "army units"; one force only with a determiner or an
    owner); not "market forces" or "Trump forces"."""
    if head.i == 0 or head.lower_ not in ("force", "forces", "guard", "guards", "units"):
        return False
    before = head.doc[head.i - 1].lower_
    if head.lower_ == "units":
        # "army units moved into burned-out towns"; not "administrative units", which the agents file too
        return before in UNITS_OF_ARMS and (before, "units") in lex.agent_pairs
    if head.lower_ in ("guard", "guards"):
        # a state's guard by its kind ("the presidential guard", "the coast guard", "border guards"), not a
        # guard person ("a security guard")
        return (before, head.lower_) in lex.agent_pairs and (head.lower_ == "guards" or _owned(head))
    if head.lower_ == "forces" and before in FORCES_OF:
        return True
    if head.lower_ == "force" and not _owned(head):
        return False  # "the use of excessive police force", "authorised military force": force used, no body
    return (before, "force") in lex.agent_pairs or (before, "forces") in lex.agent_pairs


# a legislature's members, as a party names them ("Labour MPs", "Liberal Party senators")
MEMBERS_OF_PARTIES = {"lawmaker", "legislator", "senator", "congressman", "mp"}


def _party_of_members(tok: Token, head_lemma: str, lex: EntityLexicon) -> bool:
    """Whether a word names the party of a legislature's members ("Labour MPs", "Liberal Party MPs"): the
    party's members in the chamber, a group that acts, not the party."""
    return head_lemma in MEMBERS_OF_PARTIES and (tok.lower_ in lex.party_words or tok.lower_ == "party")


def _organ_acting(span: Span, lex: EntityLexicon) -> bool:
    """Whether people of a state's organ of law act as it (``organ_nouns.txt``): the subject or agent of a verb
    ("prosecutors had demanded", "investigators found", "charged by prosecutors"); a prosecution or an inquiry,
    not the vague source "analysts" are. Not former ones ("former prosecutors said": commentators)."""
    head = span[-1]
    if head.lemma_.lower() not in lex.organ_nouns or not _plural(head):
        return False
    return not any(t.lower_ in FORMER for t in span) and _clause_of(head) is not None


def _police_members(head: Token, lex: EntityLexicon) -> bool:
    """Whether a plural names people of the police by what they are ("police officers", "Police commandos",
    "police bodyguards": a Phoenix agent noun after "police"): the police's own, a group as "police" is; not
    the police's things ("police cars", "police reports")."""
    if not _plural(head) or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.lower_ == "police" and before.head.i == head.i and head.lower_ in lex.role_words


# the words that make "agents" a state's police or intelligence, as the agents dictionary codes them ("federal
# agents" COP, "security agents" SPY, "narcotics agents" COP); "agents" alone are as often a player's, a realtor's
# or a chemical's ("nerve agents")
STATE_AGENTS = {
    "federal",
    "intelligence",
    "security",
    "secret",
    "border",
    "customs",
    "narcotics",
    "drug",
    "immigration",
}


def _agents_of_a_state(head: Token) -> bool:
    """Whether a plural "agents" is a state's people by the word before it ("Federal agents arrested", "army
    intelligence agents")."""
    if head.lower_ != "agents" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.lower_ in STATE_AGENTS and before.head.i == head.i


def _in_place_name(tok: Token, lex: EntityLexicon) -> bool:
    """Whether a word is part of a place's name ("Madhya Pradesh police", "Baja California prosecutors": the
    place's group, as "Iraqi police" is the country's): one the NER tagged as a place (a region, LOC, too), or a
    name a place noun follows ("Guerrero state prosecutors", the NER's organisation "Guerrero": a state's)."""
    if tok.ent_type_ in {"GPE", "LOC"}:
        return True
    after = tok.i + 1
    while after < len(tok.doc) and tok.doc[after].pos_ == "PROPN":
        after += 1
    return after < len(tok.doc) and tok.doc[after].lower_ in lex.place_nouns and tok.doc[after].dep_ == "compound"


def _labour_group(span: Span, lex: EntityLexicon) -> bool:
    """People by their work who act as labour (``labour_nouns.txt``): strikers, and any of them on strike ("striking
    air traffic controllers", "striking doctors"); workers also when counted ("more than 100 workers") or named by
    their trade or workplace ("shipyard workers", "garment workers"). Not bare "workers", nor "the workers"."""
    head = span[-1]
    kind = lex.labour_nouns.get(head.lemma_.lower())
    if kind is None or not _plural(head):
        return False
    if kind == "striker" or any(t.lower_ == "striking" for t in head.lefts) or _in_strike(head):
        return True  # "some 70,000 strikers": on strike by their noun
    if kind != "worker":
        return False
    trade = any(t.dep_ in ("compound", "nmod") and t.pos_ == "NOUN" and t.i == head.i - 1 for t in head.lefts)
    return trade or counted(span)


STRIKE_NOUNS = {"strike", "walkout", "stoppage"}


def _in_strike(head: Token) -> bool:
    """Whether people by their work are the subject of a clause about their strike ("Doctors ... agreed to end a
    100-day strike", "teachers walked off the job", "pilots struck"): those who strike act as labour, as the
    "striking" ones do; not a strike they only speak of ("doctors said the strike ...": a clause of its own)."""
    if _counted_of(head):
        head = head.head.head  # "Thousands of nurses walked off the job": the count is the subject
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_.lower() == "strike" or (
        verb.lemma_.lower() == "walk" and any(t.lower_ in {"out", "off"} for t in verb.children)
    ):
        return True
    for tok in verb.subtree:
        if tok.i > head.i and tok.lemma_.lower() in STRIKE_NOUNS and tok.pos_ == "NOUN":
            path = tok
            while path.i != verb.i and path.dep_ not in {"ccomp", "parataxis", "relcl", "advcl"}:
                path = path.head
            if path.i == verb.i:
                return True
    return False


TAKEN_AS = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}


def _taken_as(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` says what the people before it were taken as ("took lawmakers| hostage", "held
    villagers| captive"; the parser makes them its compound), not a phrase of its own ("hostage crisis")."""
    if i >= len(doc) or doc[i].lower_ not in TAKEN_AS:
        return False
    return i + 1 >= len(doc) or doc[i + 1].pos_ not in {"NOUN", "PROPN"}


def _counted_of(head: Token) -> bool:
    """Whether a noun is counted by a noun of number before "of" ("thousands of protesters")."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in COUNT_NOUNS


# nouns of an act done to people, before "of" and the people it is done to ("the killing of protesters", "the
# arrest of students", "the release of political prisoners"): the group acted on, as the object of the verb is
ACTS_ON_PEOPLE = {
    "killing", "murder", "massacre", "arrest", "detention", "release", "torture", "shooting", "execution",
    "abduction", "kidnapping", "deportation", "expulsion", "evacuation", "rescue", "slaughter", "beating",
}  # fmt: skip
NUMBER_NOUNS = {"dozen", "hundred", "thousand", "million", "score", "couple"}
# people of no kind ("people", "men", "women"): one set only when counted ("14 people were killed", "dozens of
# women"), never by a clause alone ("people said", "men reported 65% of the stories": anyone), nor as a share
PEOPLE_BY_NUMBER = {"people", "person", "man", "woman"}
SHARES = {"percent", "pct", "per"}
# people a number tallies as a quantity won or at stake ("Cruz has 11 delegates", "It takes 1,237 delegates",
# "with 107 delegates at stake"): the count of a race, not a set that acts; uncounted ("delegates said", "anti-Trump
# delegates attempted a vote") or by a count noun ("Thousands of delegates rose") they are one
TALLIED = {"delegate"}


def _counted_others(tok: Token) -> bool:
    """Whether "other" follows a number ("himself and 13 other lawmakers"): the rest of a set counted, no part of a
    larger body ("other protesters")."""
    return tok.lower_ == "other" and tok.i > 0 and tok.doc[tok.i - 1].like_num


def _a_number(tok: Token) -> bool:
    """Whether "a" opens a number ("more than a dozen voters", "a hundred workers"), not a part of a body."""
    return tok.lower_ in ("a", "an") and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in NUMBER_NOUNS


def counted(span: Span) -> bool:
    """Whether a group is counted ("more than 100 workers", "thousands of protesters"): each such set is its own,
    not the same as another group of its noun."""
    if _counted_of(span[-1]) or span[0].lower_ in COUNT_NOUNS:
        return True
    return any(t.like_num or t.lower_ in COUNT_NOUNS | NUMBER_NOUNS | {"several"} for t in span[:-1])


def _nominal_start(doc: Doc, head: Token) -> int:
    """First token of the noun phrase up to its head: determiners, possessives and pre-modifiers."""
    start = head.i
    for child in sorted(head.lefts, key=lambda t: t.i):
        if child.dep_ in {
            "det",
            "poss",
            "amod",
            "compound",
            "nummod",
            "predet",
            "nmod",
            "quantmod",
            "advmod",
            "case",
            "punct",
        }:
            start = min(start, child.left_edge.i)
            break
    # never start inside a quotation mark or a line break
    while start < head.i and (doc[start].is_punct or "\n" in doc[start].text):
        start += 1
    return start


# -- pronouns ---------------------------------------------------------------------------------------


def _pronoun_mentions(doc: Doc, lex: EntityLexicon, sent_of: list[int]) -> list[Candidate]:
    out = []
    for tok in doc:
        info = lex.pronouns.get(tok.lower_)
        if info is None or tok.pos_ not in {"PRON", "DET"} or tok.dep_ == "expl":
            continue
        if tok.lower_ == "it" and _pleonastic_it(tok):
            continue
        out.append(
            token_candidate(
                tok,
                sent_of[tok.i],
                kind="pronoun",
                type="",
                number=info.number,
                gender=info.gender,
                extra={"animacy": info.animacy, "case": info.case},
            )
        )
    return out


def _pleonastic_it(tok: Token) -> bool:
    """'It is likely that ...', 'it seems', 'it was reported': no referent."""
    head = tok.head
    if head.lemma_ in {"seem", "appear", "rain", "matter", "happen", "take"}:
        return True
    if head.lemma_ == "be" and any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in head.children):
        return True
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in head.children):
        return True
    return False
