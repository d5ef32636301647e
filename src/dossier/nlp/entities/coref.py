"""In-document coreference: a deterministic multi-pass sieve, most precise pass first.

Passes (each records its name on the mentions it attaches, for ``--why`` style explanations):

1. ``exact-name``      identical names (and every mention of one country: "Russia", "Russian", "Moscow" as actor)
2. ``acronym``         "Federal Bureau of Investigation (FBI)", or an acronym matching a name's initials
3. ``partial-name``    "Trump" -> "Donald Trump"; a first name only where one person has it
4. ``appositive``      "the Russian president, former director of the FSB"; "his counterpart (Trump)";
                       predicate nominals ("Trump was the man of Moscow")
5. ``role``            a role description matched to an actor's stated role and country
                       ("the US president" -> the person called President Trump; "his Russian counterpart")
6. ``description``     a definite description of a person ("the billionaire") -> the most salient person nearby
7. ``pronoun``         pronouns by gender, number, animacy, binding constraints and salience
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dossier.nlp.entities.consistency import headline_lines
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import (
    AUDIENCE_VERBS,
    BODY_NAME_HEADS,
    FROM_ELSEWHERE,
    PART_OF,
    PEOPLE_BY_NUMBER,
    SENDING_VERBS,
    SHARES,
    Candidate,
    acted_on_as_one,
    counted,
    episodic,
    negated,
    said_in_general,
    stance_before,
)
from dossier.nlp.offices import IF, NOT_YET, office_taken, office_verb_before
from dossier.resolve.names import (
    DEPUTIES,
    GOVERNMENT_HEADS,
    PersonName,
    compatible,
    entity_words,
    parse_person,
    same_given_name,
    title_word,
    without_legal_form,
)

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
OBJ = {"dobj", "iobj", "dative", "attr", "oprd"}
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "&", "to", "de", "du", "des", "la", "le"}
# Heads whose generic description may refer to any person, whatever roles they are known by.
WINDOW = 3  # sentences a description or pronoun looks back


@dataclass
class ClusterInfo:
    members: list[int] = field(default_factory=list)
    has_name: bool = False
    types: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    gender: str = "u"
    plural: bool = False
    heads: set[str] = field(default_factory=set)  # nominal heads and lower-cased name words
    size: int = 0
    # the words an actor is known by: its names' words, their titles', the places and bodies said with a name
    # ("Sen. Ted Cruz of Texas") and the qualifiers of its descriptions ("the Texas senator")
    known_by: set[str] = field(default_factory=set)


class Sieve:
    def __init__(self, doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
        self.doc = doc
        self.c = cands
        self.lex = lex
        self.parent = list(range(len(cands)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(cands))}
        self._info: dict[int, ClusterInfo] = {}  # per cluster root, dropped when the cluster changes
        self.token_starts = [t.idx for t in doc]
        self.linked_by = [""] * len(cands)
        self.by_head = {m.head_i: i for i, m in enumerate(cands)}
        self.by_token: dict[int, list[int]] = {}
        for i, m in enumerate(cands):
            for t in range(m.tok_start, m.tok_end):
                self.by_token.setdefault(t, []).append(i)
        self.person_country = self._person_countries()
        self.dropped: set[int] = set()
        # descriptions no other mention may refer to that are still actors of their own sentence (``_alone``)
        self.alone: list[int] = []
        self.newlines = [k for k, ch in enumerate(doc.text) if ch == "\n"]
        self.headlines = headline_lines(doc)
        # the names and descriptions of people, in order (``_sex_told`` reads them for every description by sex)
        self.people = [i for i, m in enumerate(cands) if m.type == "PERSON" and m.kind != "pronoun"]

    # -- union-find --------------------------------------------------------------------------------
    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, keep: int, other: int, reason: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a == b or not self._may_join(a, b):
            return
        for i in self.members[b]:  # the attached cluster records why it was attached
            if not self.linked_by[i]:
                self.linked_by[i] = reason
        lo, hi = min(a, b), max(a, b)
        self._info.pop(lo, None)
        self._info.pop(hi, None)
        self.parent[hi] = lo
        self.members[lo].extend(self.members.pop(hi))
        self.members[lo].sort()

    def _may_join(self, a: int, b: int) -> bool:
        """Two clusters that name different people in full ("Donald Trump", "Ted Cruz") are never one:
        whatever pass proposes it, the names say otherwise (``resolve.names.compatible``)."""
        if self._one_word_names_differ(a, b):
            return False
        full_a, full_b = self._full_person_names(a), self._full_person_names(b)
        if not full_a and not full_b:
            return True
        if not full_a or not full_b:  # a person and a cluster of other names: those names must fit the person
            full_a = full_a or self._all_full_names(a)
            full_b = full_b or self._all_full_names(b)
        return all(compatible(x, y) for x in full_a for y in full_b)

    def _one_word_names_differ(self, a: int, b: int) -> bool:
        """Whether two clusters each hold a person's name and a one-word one of them shares no word with the
        other's names ("his father, King Birendra, his mother, Queen Aishwarya": an apposition chain through
        the list is two people). Full names on both sides are left to ``compatible``."""
        words_a, words_b = self._person_words(a), self._person_words(b)
        if not words_a or not words_b:
            return False
        one_word = any(len(w) == 1 for w in words_a + words_b)
        flat_a, flat_b = {w for ws in words_a for w in ws}, {w for ws in words_b for w in ws}
        # a one-word name may be a given name's other form ("Bill" with "William Clinton", as ``compatible`` has it)
        return one_word and not any(same_given_name(x, y) for x in flat_a for y in flat_b)

    def _person_words(self, root: int) -> list[tuple[str, ...]]:
        return [
            tuple(w.lower() for w in self.c[i].name_tokens)
            for i in self.members[root]
            if self.c[i].kind == "name" and self.c[i].type == "PERSON" and not self.c[i].is_country
        ]

    def _all_full_names(self, root: int) -> list[PersonName]:
        out = []
        for i in self.members[root]:
            m = self.c[i]
            if m.kind == "name" and len(m.name_tokens) >= 2 and not m.is_country:
                parsed = parse_person(" ".join(m.name_tokens))
                if parsed.full:
                    out.append(parsed)
        return out

    def _full_person_names(self, root: int) -> list[PersonName]:
        """The full names of a cluster that names a person; every multi-word name in it counts, so that a
        person never absorbs "Iraq war" either."""
        members = [self.c[i] for i in self.members[root] if self.c[i].kind == "name"]
        if not any(m.type == "PERSON" for m in members):
            return []
        out = []
        for m in members:
            if len(m.name_tokens) >= 2 and not m.is_country:
                parsed = parse_person(" ".join(m.name_tokens))
                if parsed.full:
                    out.append(parsed)
        return out

    def drop(self, i: int) -> None:
        self.dropped.add(i)
        self._info.pop(self.find(i), None)

    def clusters(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.c)):
            if i not in self.dropped:
                out.setdefault(self.find(i), []).append(i)
        return out

    def info(self, root: int) -> ClusterInfo:
        root = self.find(root)
        if root not in self._info:
            self._info[root] = self._compute_info(root)
        return self._info[root]

    def _compute_info(self, root: int) -> ClusterInfo:
        info = ClusterInfo()
        for i in self.members[root]:
            if i in self.dropped:
                continue
            m = self.c[i]
            info.members.append(i)
            info.size += 1
            if m.kind == "nominal":
                info.heads.add(self._office(m) if m.type == "PERSON" else m.head)
                info.known_by |= self._qualifiers(i)
            elif m.kind == "name":
                info.heads.update(w.lower() for w in m.name_tokens)
                info.known_by |= self._said_with_name(i)
            if m.kind == "name":
                info.has_name = True
                info.types.add(m.type)
                if m.role:
                    info.roles.add(title_word(self._whole_title(m)))
                info.countries |= self.person_country.get(i, set())
            elif m.kind == "nominal":
                info.types.add(m.type)
                if m.role_noun:
                    info.roles.add(self._office(m))
                if m.country and m.type == "PERSON":
                    info.countries.add(m.country)
                if m.number == "pl":
                    info.plural = True
            if m.gender in {"m", "f"} and (m.kind != "nominal" or info.gender == "u"):
                info.gender = m.gender
        return info

    # -- run ---------------------------------------------------------------------------------------
    def run(self) -> None:
        self.exact_names()
        self.teams()
        self.acronyms()
        self.partial_names()
        self.place_prefixed_names()
        self.appositives()
        self.discourse()

    def exact_names(self) -> None:
        first: dict[tuple[str, str], int] = {}
        countries: dict[str, int] = {}
        for i, m in enumerate(self.c):
            if m.kind != "name":
                continue
            if m.is_country and m.country:
                if m.country in countries:
                    self.union(countries[m.country], i, "exact-name")
                else:
                    countries[m.country] = i
                continue
            # a team's name and the same name as a place are two ("North Carolina's game", "in North Carolina")
            key = (m.extra.get("team") or _type_group(m.type), _norm(m.text))
            if key in first:
                self.union(first[key], i, "exact-name")
            else:
                first[key] = i

    def teams(self) -> None:
        """The names of one sports team are one actor: "Tar Heels", "North Carolina" (``entities.teams``)."""
        first: dict[str, int] = {}
        for i, m in enumerate(self.c):
            if team := m.extra.get("team"):
                if team in first:
                    self.union(first[team], i, "team")
                else:
                    first[team] = i

    def acronyms(self) -> None:
        names = [i for i, m in enumerate(self.c) if m.kind == "name" and not m.is_country]
        for i in names:
            m = self.c[i]
            if not m.is_acronym:
                continue
            acro = m.text.replace(".", "")
            for j in names:
                n = self.c[j]
                if j == i or n.is_acronym or len(n.name_tokens) < 2:
                    continue
                words = [w for w in n.name_tokens if w.lower() not in ACRONYM_SKIP and w[:1].isalpha()]
                initials = "".join(w[0] for w in words)
                # "GM" of "General Motors Corp": the initials without the company's legal form too
                bare = "".join(w[0] for w in without_legal_form(words))
                in_parens = n.tok_end < m.tok_start and m.tok_start - n.tok_end <= 2 and self.doc[n.tok_end].text == "("
                if acro.upper() in {initials.upper(), bare.upper()} or in_parens:
                    self.union(j, i, "acronym")
                    break

    def partial_names(self) -> None:
        full = [i for i, m in enumerate(self.c) if m.kind == "name" and not m.is_country and len(m.name_tokens) >= 2]
        for i, m in enumerate(self.c):
            if (
                m.kind != "name"
                or m.is_country
                or len(m.name_tokens) >= 2
                or self.find(i) != i
                and self._linked_to_longer(i)
            ):
                continue
            word = m.name_tokens[0] if m.name_tokens else m.text
            # a lone surname typed as a place or group by the NER ("Clinton" as GPE) is still the person
            # a surname is a person's: "House" is not short for "White House"
            last = [
                j
                for j in full
                if self.c[j].name_tokens[-1] == word
                and self.c[j].type == "PERSON"
                and m.type in {"PERSON", "ORG", "GPE", "NORP"}
                and not _ruler_titles_differ(m.role, self.c[j].role)
            ]
            # a name's first word ("Xi" of "Xi Jinping"), unless the two hold different titles: "King Abdullah" is
            # no "Health Minister Abdullah al-Rabeeah"
            firstn = [
                j
                for j in full
                if self.c[j].name_tokens[0] == word
                and self.c[j].type == "PERSON"
                and m.type in {"PERSON", "ORG"}
                and not _titles_differ(m.role, self.c[j].role)
            ]
            # "Northvale" for "Northvale Foods": organisations are shortened to their first word, but a place
            # is not short for the body named after it ("Texas", "Texas Department of Criminal Justice")
            org_prefix = [
                j
                for j in full
                if self.c[j].name_tokens[0] == word
                and self.c[j].type == "ORG"
                and m.type in {"ORG", "PERSON", "GPE"}
                and not (m.type == "GPE" and self.lex.is_place_name((word,)))
                # a person is no short form of the government he heads ("Obama" of "Obama Administration")
                and not (m.type == "PERSON" and self.c[j].name_tokens[-1].lower() in GOVERNMENT_HEADS)
            ]
            pool = last or org_prefix or firstn
            roots = sorted({self.find(j) for j in pool})
            if not roots:
                continue
            if len(roots) == 1:
                self.union(roots[0], i, "partial-name")
                continue
            if last:  # several people share the surname: the nearest one mentioned before
                before = [j for j in pool if self.c[j].start < m.start]
                if before:
                    nearest = max(before, key=lambda j: self.c[j].start)
                    self.union(self.find(nearest), i, "partial-name")

    def place_prefixed_names(self) -> None:
        """ "the Angels" after "Los Angeles Angels", "Red Sox" after "Boston Red Sox": an organisation's name
        without the place it opens with, when what is left is a name of its own. Left apart when what is
        left is a kind every place has ("Democratic Party" beside "Iowa Democratic Party", "Police
        Department") or an organisation the knowledge tables know by that name."""
        orgs = [i for i, m in enumerate(self.c) if m.kind == "name" and not m.is_country and m.type == "ORG"]
        for i in orgs:
            short = self.c[i].name_tokens
            if not short or self.lex.generic_org_name(short) or self.c[i].text in self.lex.organisations:
                continue
            folded = tuple(w.lower() for w in short)  # a headline's "RED SOX" too
            longer = {
                self.find(j)
                for j in orgs
                if len(self.c[j].name_tokens) > len(short)
                and tuple(w.lower() for w in self.c[j].name_tokens[-len(short) :]) == folded
                and self.lex.is_place_name(self.c[j].name_tokens[: -len(short)])
            }
            if len(longer) == 1:
                self.union(longer.pop(), i, "partial-name")

    def _linked_to_longer(self, i: int) -> bool:
        return any(len(self.c[j].name_tokens) >= 2 for j in self.members[self.find(i)] if j != i)

    def appositives(self) -> None:
        doc = self.doc
        for i, m in enumerate(self.c):
            if m.kind == "pronoun":
                continue
            head = doc[m.head_i]
            # X, the Y,   /   the Y, X,
            if head.dep_ == "appos":
                j = self._mention_with_head(head.head.i)
                j = self._conjunct_before(m, head, j)
                if j is not None:
                    self._organisation_by_apposition(i, j)
                    self._person_by_apposition(i, j)
                if j is not None and self._apposable(i, j):
                    self.union(j, i, "appositive")
                    continue
            # X, Y's Z,  the parser took for a list ("make Steve Jobs, Pixar's chief executive, Disney's largest
            # shareholder"): a singular description of a person right after a person's name and its comma, hung on
            # the name as a conjunct where no "and" or "or" joins them, is the name's apposition
            if (
                m.kind == "nominal"
                and m.type == "PERSON"
                and m.number == "sg"
                and (m.definite or m.possessor_i is not None)
                and head.dep_ == "conj"
                and m.tok_start > 0
                and doc[m.tok_start - 1].text == ","
                and not any(c.dep_ in ("cc", "preconj") for c in (*head.head.children, *head.children))
            ):
                j = self._mention_with_head(head.head.i)
                if j is not None and self.c[j].kind == "name" and self.c[j].type == "PERSON":
                    if self.c[j].tok_end == m.tok_start - 1 and self._apposable(i, j):
                        self.union(j, i, "appositive")
                        continue
            # the Y, X,  the parser missed ("forcing the emir, Sheikh Jaber al-Sabah, to flee"): a definite
            # singular description, a comma, a name (a title word may stand before it) closed by a comma; or an
            # indefinite one ("beat a Chinese supervisor, Li Wen, on Friday") where no "and" or "or" after the
            # name's comma makes the three a list ("a lawyer, John Smith, and a judge")
            indefinite = doc[m.tok_start].lower_ in ("a", "an")
            if m.kind == "nominal" and (m.definite or indefinite) and m.number == "sg" and m.type == "PERSON":
                k = m.tok_end
                if k + 1 < len(doc) and doc[k].text == ",":
                    k += 1
                    if (doc[k].lower_.rstrip("."),) in self.lex.titles and k + 1 < len(doc):
                        k += 1
                    names = [j for j in self.by_token.get(k, []) if self.c[j].kind == "name"]
                    if names and self.c[names[0]].type == "PERSON":
                        end = self.c[names[0]].tok_end
                        listed = not m.definite and (
                            end + 1 < len(doc)
                            and doc[end + 1].lower_ in ("and", "or")
                            # "After stabbing a nurse, John Smith, 19, fled": the clause that opens the sentence
                            # ends at the comma, and the name is the main clause's
                            or _in_opening_clause(doc[m.head_i])
                        )
                        if end < len(doc) and doc[end].text == "," and not listed and self._apposable(i, names[0]):
                            self.union(names[0], i, "appositive")
                            continue
            # the Y (X)
            nxt = m.tok_end
            if nxt + 2 < len(doc) and doc[nxt].text == "(":
                close = next((k for k in range(nxt + 1, min(len(doc), nxt + 8)) if doc[k].text == ")"), None)
                if close is not None:
                    inner = [
                        j
                        for j in self.by_token.get(nxt + 1, [])
                        if self.c[j].kind == "name" and self.c[j].tok_end == close
                    ]
                    if inner and self._apposable(i, inner[0]):
                        self.union(inner[0], i, "appositive")
                        continue
            # X is/was/became the Y; X was sworn in as / appointed / named the Y
            subj = self._predicated_of(head, honour=bool(m.extra.get("honour"))) if m.kind == "nominal" else None
            if subj is not None and (m.definite or head.dep_ in {"oprd", "pobj"} and not _has_det(head)):
                j = self._mention_with_head(subj.i)
                if j is not None and self.c[j].kind != "pronoun" and self._apposable(i, j):
                    self.union(j, i, "appositive")

    def _conjunct_before(self, m: Candidate, head: Token, j: int | None) -> int | None:
        """The mention an apposition describes: the parser hangs it on the first of two coordinated names
        ("President Joaquim Chissano and Afonso Dhlakama, the leader of the Renamo rebels"; "Bill Clinton and
        Hillary Clinton, the presidential candidate"), where a singular one describes the conjunct right before
        its comma."""
        comma = m.tok_start - 1
        if j is None or comma < 1 or self.doc[comma].text != "," or m.number != "sg":
            return j  # a plural describes both ("Marco Rubio and Ted Cruz, sons of Cuban immigrants")
        for k, n in enumerate(self.c):
            if n.kind == "name" and n.tok_end == comma and k != j:
                tok = self.doc[n.head_i]
                if tok.dep_ == "conj" and tok.head.i == head.head.i:
                    return k
        return j

    def _predicated_of(self, head: Token, honour: bool = False) -> Token | None:
        """The subject a nominal is said of: the attribute of "be" or "become", or the office of a verb that
        puts its subject in one ("was sworn in as Zambia's president", "was appointed defence minister"); an
        honour's, of any verb ("Hansbrough, who ... after being crowned the National Player of the Year")."""
        verb = head.head
        if honour and head.dep_ in {"attr", "oprd"}:
            # the one the verb names so ("named her the National Player of the Year"), else its subject
            named = next((c for c in verb.children if c.dep_ == "dobj"), None) if head.dep_ == "oprd" else None
            return named if named is not None else _clause_subject(verb)
        if head.dep_ == "attr" and verb.lemma_ == "be":
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if head.dep_ == "attr" and verb.lemma_ == "become":
            if any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in NOT_YET or c.dep_ == "mark" and c.lower_ in IF
                for c in verb.children
            ):
                return None  # "if he becomes the nominee": not the office on the day
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if head.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head
        elif (misparsed := office_verb_before(head)) is not None:
            verb = misparsed  # "was sworn in as the Gambia's president at ..., and X said": "as" opened "said"
        elif head.dep_ != "oprd":
            return None
        office = office_taken(verb)
        if office is None or not office.held or head not in office.offices:
            return None  # "will be sworn in as president": not the office on the day
        return office.holder

    def _organisation_by_apposition(self, i: int, j: int) -> None:
        """A name the NER typed as a place or a person that an organisation's description stands beside is that
        organisation ("Energoatom, Ukraine's state nuclear operator", "Nepszabadsag, Hungary's biggest opposition
        newspaper", "its Spanish owner, Repsol"): the words of the description say what it is, where the NER
        had only the name's letters. Not a place the tables know ("Kenya, the host country"), nor a name with a
        given name ("Bill Gates, the company's chairman" is its officer)."""
        for name, nominal in ((self.c[i], self.c[j]), (self.c[j], self.c[i])):
            if name.kind != "name" or nominal.kind != "nominal" or nominal.type != "ORG" or name.is_country:
                continue
            if name.type in ("GPE", "LOC") and not self.lex.is_place_name(name.name_tokens):
                name.type = "ORG"
            elif name.type == "PERSON" and len(name.name_tokens) == 1 and not name.role:
                if name.name_tokens[0].lower() not in self.lex.given_names:
                    name.type = "ORG"

    def _person_by_apposition(self, i: int, j: int) -> None:
        """A name the NER typed as a place or a building that a person's description stands beside in the
        singular is that person ("Laldenga, the leader of the Mizo National Front guerrillas", "Lino Oviedo, the
        fugitive former army chief"), as ``_organisation_by_apposition`` reads an organisation's. Not a place the
        tables know ("Kenya, the host country"; "Goma, the provincial capital" is no person either)."""
        for name, nominal in ((self.c[i], self.c[j]), (self.c[j], self.c[i])):
            if name.kind != "name" or nominal.kind != "nominal" or nominal.type != "PERSON" or name.is_country:
                continue
            if nominal.number != "sg" or name.type not in ("GPE", "LOC", "FAC"):
                continue
            if not self.lex.is_place_name(name.name_tokens):
                name.type = "PERSON"

    def _apposable(self, i: int, j: int) -> bool:
        a, b = self.c[i], self.c[j]
        if a.number != b.number and a.kind != "name" and b.kind != "name":
            return False
        if a.kind == "name" and b.kind == "name":
            return False  # two names side by side are a list, not an apposition
        for name, nominal in ((a, b), (b, a)):
            # "in Tamarac, the owner of the Woodmont Country Club, Mark Schmidt": the place is no owner
            place = name.type in ("GPE", "LOC") or self.lex.is_place_name(name.name_tokens)
            if nominal.head in APPOSED_ONLY and place:
                return False
            if (
                name.kind == "name"
                and nominal.kind == "nominal"
                and nominal.head in STATE_BODY_HEADS
                and len(name.name_tokens) > 1
                and name.name_tokens[0].lower() in self.lex.given_names
            ):
                return False  # "Ebrahim Raisi, Iran's interior ministry said": a state's body is no person's apposition
            if (
                name.kind == "name"
                and name.type == "ORG"
                and nominal.kind == "nominal"
                and nominal.type == "PERSON"
                and name.name_tokens
                and (
                    name.name_tokens[-1].lower() in BODY_NAME_HEADS
                    or name.name_tokens[-1].lower() in self.lex.party_words
                )
            ):
                return False  # "X of the leftist Broad Front, a cancer doctor": a body's name is no person's
        return _compatible(a.type, b.type) and not (a.is_country and b.type == "PERSON")

    def _mention_with_head(self, tok: int) -> int | None:
        return self.by_head.get(tok)

    # -- nominals and pronouns, in reading order ---------------------------------------------------
    def discourse(self) -> None:
        headline_people = []
        # reading order by head word, so that "his" is resolved before "his Russian counterpart"
        for i in sorted(range(len(self.c)), key=lambda k: (self.c[k].head_i, self.c[k].kind != "pronoun")):
            m = self.c[i]
            root = self.find(i)
            if m.kind == "nominal":
                if self._cluster_has_name(root):
                    continue
                if m.extra.get("facility"):
                    self._resolve_facility(i)
                    continue
                if self._in_headline_style(m):
                    headline_people.append(i)  # decided once the article's people have their pronouns
                    continue
                if m.head in APPOSED_ONLY:
                    self.drop(i)  # "the owner" alone may be anyone's: a restaurant's, a house's, a team's
                    continue
                if m.extra.get("bare_group"):
                    self._same_group(i, paragraph=True)
                    continue
                if m.number == "pl" and m.definite and m.possessor_i is None and m.head in self.lex.group_nouns:
                    self._same_group(i, paragraph=False)  # "Rebels seized ... The rebels said"
                    continue
                if m.extra.get("indefinite") and m.number == "sg" and (self._court_acting(m) or self._one_acting(m)):
                    continue  # "a judge threw out the case": a court of its own, the article names no other
                if self._unfollowed(m):
                    self.drop(i)
                    if self._stands_alone(m):
                        self.alone.append(i)
                    continue
                if m.type == "PERSON" and m.number == "sg":
                    self._resolve_person_nominal(i)
                elif m.definite and m.number == "sg":
                    self._resolve_thing_nominal(i)
            elif m.kind == "pronoun" and root == i:
                if not self._resolve_pronoun(i):
                    self.drop(i)
        for i in headline_people:
            self._resolve_headline_person(i)

    def _stands_alone(self, m: Candidate) -> bool:
        """Whether a description coreference follows no further is an actor of its sentence all the same: a group
        ("protesters", "opposition parties", "dozens of other church leaders"), one of a kind ("A Philippine
        congressional committee voted"), a set ("three cabinet ministers"). The actors a code or a reader needs in
        that sentence (GDELT codes "Kenyan protesters" KENOPP), though none of the corpus and no antecedent of any
        other mention, when the sentence tells of it (not ``said_in_general``). Not one that is no one:
        denied ("no soldiers were hurt", "without a jury"), a predicate or
        what someone acts as ("is a company", "barred from acting as a company director"), an amount ("a 30 percent
        commission"); not a voice that comments ("analysts", "economists"), nor the audience of what is said ("told
        reporters", "a call with analysts"), nor countries counted or in general ("28 countries", "poorer
        countries"), which are named actors elsewhere. Not one whose words hold a name, a country's word included
        ("NATO troops", "Two Ukrainian soldiers": the name's mention codes them), or whose "of" an actor the sieve
        follows fills ("leaders of the Sudanese army"), or that fills such a description's "of" ("A group of
        protesters")."""
        doc = self.doc
        head = doc[m.head_i]
        words = doc[m.tok_start : m.tok_end]
        inside = {j for t in range(m.tok_start, m.tok_end) for j in self.by_token.get(t, [])}
        if any(self.c[j].kind == "name" for j in inside):
            return False  # a country's word codes its group through its own mention ("Two Ukrainian soldiers")
        lemma = head.lemma_.lower()
        if words[0].lower_ in PART_OF - {"a", "an", "another"} or any(t.lower_ in OF_NO_COUNTRY for t in words):
            return False  # "Most soldiers stayed in barracks", "World leaders gathered": a part, or no one country's
        if lemma in PEOPLE_BY_NUMBER | {"individual"} and not counted(words):
            return False  # "Men reported 65 percent of the stories"; "Four men were arrested" is a set
        if lemma == "officer" and not any(t.dep_ in {"compound", "amod"} for t in head.lefts):
            return False  # "said officers had acted": the police's people, as the article's police
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and any(
                self.c[j] is not m and (j not in self.dropped or j in self.alone)
                for j in self.by_token.get(head.head.head.i, [])
            )
        ):
            return False  # "A group of protesters waited": the group is the mention
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(
            c.dep_ == "pobj" and self._followed(j) for c in of.children for j in self.by_token.get(c.i, [])
        ):
            return False
        if negated(head) or head.dep_ in {"attr", "oprd"}:
            return False
        if head.dep_ in {"advcl", "npadvmod"} and words[0].is_sent_start:
            return False  # "A lawyer by training, Maria Soto entered politics": a predicate put first
        if head.dep_ == "pobj" and head.head.lower_ in {"as", "without"}:
            return False
        if any(t.lower_ in SHARES or "%" in t.text for t in words):
            return False
        if m.number == "sg" and self._taken_up_later(m):
            return False  # "A bank was fined ... the bank said": the later description carries the actor
        if lemma in COMMENTING_VOICES or lemma in COUNTRIES_AS_SET or _an_audience_of_words(head):
            return False
        if lemma in FROM_ELSEWHERE and head.dep_ not in {"nsubj", "nsubjpass"}:
            return False  # "removed settlers from homes in Gaza": acted on where they are, not of that place
        if head.dep_ == "dobj" and head.head.lemma_.lower() in MOVING_VERBS:
            return False  # "withdrew troops from Syria", "massed troops": the forces someone moves, that actor's
        # told of, not people or bodies of that kind in general ("A soldier must obey", "a mob is a danger")
        return not said_in_general(head)

    @staticmethod
    def _unfollowed(m: Candidate) -> bool:
        """Whether the sieve follows a description no further: an indefinite singular ("a senior official"), a
        generic plural ("analysts") or a set of actors named elsewhere ("the two presidents")."""
        return bool(m.extra.get("indefinite") and m.number == "sg" or m.extra.get("group") or m.extra.get("generic"))

    def _followed(self, j: int) -> bool:
        """Whether a candidate is a name, or a description the sieve follows (``_unfollowed``)."""
        c = self.c[j]
        return c.kind == "name" or c.kind == "nominal" and not self._unfollowed(c)

    def _taken_up_later(self, m: Candidate) -> bool:
        """Whether a later definite description of the same head takes an indefinite one up ("A bank in Lagos was
        fined ..., and the bank said")."""
        return any(
            n.kind == "nominal" and n.head == m.head and n.definite and n.start > m.start and n.number == m.number
            for n in self.c
        )

    def _in_headline_style(self, m: Candidate) -> bool:
        """Whether a person is described as a headline does, without an article, by sex or kin ("Queens Woman
        Killed In Hit-And-Run", "Son suspected of killing mother"), not by a role ("chairman"): the subject of a
        line with no full stop at its end."""
        if m.type != "PERSON" or m.number != "sg" or m.gender not in {"m", "f"} or m.definite or m.extra or m.role_noun:
            return False
        if any(self.doc[t].dep_ in {"det", "poss", "nummod"} for t in range(m.tok_start, m.tok_end)):
            return False
        head = self.doc[m.head_i]
        if head.dep_ == "conj":
            head = head.head
        if head.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
            return False  # the one the headline tells of, not "contract for brother-in-law's firm"
        start, end = self._line_bounds(m.start)
        # a headline may end on a quotation ("Son ... 'had begged to stay locked up'"); a sentence ends on its stop
        line = self.doc.text[start:end].rstrip().rstrip("\"'”’")
        return bool(line) and line[-1] not in ".;" and len(line) <= 200

    def _resolve_headline_person(self, i: int) -> None:
        """A headline's "Woman" or "Son" is the first person of that sex its article names from that line on
        ("Yvonne Hiller" after "Muslim Woman Shoots Co-workers"), within the lead (eight sentences); else no one."""
        m = self.c[i]
        line_start, _ = self._line_bounds(m.start)
        named = sorted(
            (n.start, j)
            for j, n in enumerate(self.c)
            if n.kind == "name" and n.type == "PERSON" and j not in self.dropped and n.start >= line_start
        )
        seen: set[int] = set()
        for _, j in named:
            root = self.find(j)
            if root in seen:
                continue
            seen.add(root)
            if self.c[j].sent > m.sent + 8:
                break
            if self.info(root).gender == m.gender:
                self.union(root, i, "headline description")
                return
        self.drop(i)

    def _resolve_facility(self, i: int) -> None:
        """ "checked into rehab", "taken to hospital", "the clinic": the one institution of that kind the article
        names ("Promises Treatment Center"), by a word of its name (``facility_kinds.tsv``); none when it names
        none or two ("left rehab in Newport Beach ... checked into Betty Ford"), and no actor of its own."""
        m = self.c[i]
        words = self.lex.facility_kinds.get(m.head, frozenset())
        roots = {
            self.find(j)
            for j, n in enumerate(self.c)
            if n.kind == "name"
            and j not in self.dropped
            and n.type in {"ORG", "FAC", "LOC"}
            and {w.lower() for w in n.name_tokens} & words
        }
        if len(roots) == 1:
            self.union(roots.pop(), i, "kind of its name")
        else:
            self.drop(i)

    def _court_acting(self, m: Candidate) -> bool:
        """Whether an indefinite court or judge acts or is acted on in its clause ("A court in Yangon sentenced
        ...", "a judge threw out the case", "attacked a federal judge", "sentenced by a federal judge"): a
        court news names as one it does not name, an actor as "the police" are; not one in a phrase of
        another ("a court filing", "in a federal court"). So is a lone attacker ("A gunman killed 49
        worshippers", "shot dead by a gunman"): the actor of the attack, though unnamed."""
        lone = m.head in entity_words("lone_attackers.txt")
        if m.head not in INDEFINITE_COURTS and not lone:
            return False
        tok = self.doc[m.head_i]
        # an attacker only as the one who acts: "A gunman killed", "shot dead by a gunman"
        if tok.dep_ in SUBJ | ({"dobj"} if not lone else set()) or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            return True
        # "went on trial before a special court that accused them": a court a relative clause has act
        return not lone and any(c.dep_ == "relcl" and _relative_subject(c) for c in tok.children)

    def _one_acting(self, m: Candidate) -> bool:
        """Whether an indefinite person is one the sentence tells of, not any such person ("A sniper shot dead
        the prime minister", "a municipal inspector had confiscated his cart", "was beaten by a police
        officer"; ``mentions.episodic``), or one a clause in the past acts on ("Rioters hacked a policeman to
        death", "killing a police officer": ``mentions.acted_on_as_one``); not "a judge may rule", nor a kind a
        clause chooses or has ("picked a nominee"), nor one a negated clause denies ("did not lose a single
        soldier")."""
        if m.type != "PERSON" or m.head in APPOSED_ONLY:
            return False
        tok = self.doc[m.head_i]
        return (episodic(tok) or acted_on_as_one(tok)) and not negated(tok)

    def _cluster_has_name(self, root: int) -> bool:
        return any(self.c[j].kind == "name" for j in self.members[self.find(root)])

    def _person_roots_before(self, i: int) -> list[int]:
        m = self.c[i]
        roots = []
        for j in range(i):
            n = self.c[j]
            if n.kind == "name" and n.type == "PERSON" and n.end <= m.start:
                r = self.find(j)
                if r not in roots and r != self.find(i):
                    roots.append(r)
        return roots

    def _office(self, m: Candidate) -> str:
        """The office a description names, with a deputy's word before its head ("the vice president", "the
        lieutenant governor" are no president or governor), as titles are read (``title_word``)."""
        before = [t.text for t in self.doc[max(m.tok_start, m.head_i - 2) : m.head_i]]
        if any(w.lower().rstrip(".") in DEPUTIES for w in before):
            return title_word(" ".join([*before, m.head]))
        return m.head

    def _sex_told(self, i: int) -> bool:
        """Whether a person of the description's sex was told of before it, named or described."""
        m = self.c[i]
        return any(
            j not in self.dropped and self.c[j].end <= m.start and self.info(self.find(j)).gender == m.gender
            for j in self.people[: bisect_left(self.people, i)]
        )

    def _whole_title(self, m: Candidate) -> str:
        """A name's title with a deputy's word the title split left before it ("Lt." of "Lt. Gov. Dan Patrick")."""
        k = self._token_before_char(m.role_span[0]) if m.role_span else None  # role spans are character offsets
        if k is not None and k > 0 and self.doc[k].text == ".":
            k -= 1  # "Lt" "." as the tokenizer may cut it
        before = self.doc[k] if k is not None else None
        if m.role and before is not None and before.lower_.rstrip(".") in DEPUTIES:
            return f"{before.text} {m.role}"
        return m.role or ""

    def _qualifiers(self, i: int) -> frozenset[str]:
        """The proper words that single a description out among actors of its kind: a place below a country, a
        party, a leader or a body before its head ("the Texas senator", "the Democratic nominee", "the Bush
        administration"), and a word that sets a government apart in time ("the last administration", "the
        previous government"). A country's word is not one (``country`` holds that), nor a possessor's, nor a
        stance, nor the capitals of a description written with capitals throughout ("the reigning National Player
        of the Year"); in a headline, where every word has a capital, only the words of names are."""
        m = self.c[i]
        if m.type not in {"PERSON", "ORG", "NORP"}:
            return frozenset()  # a place is described by what holds it: "the Central Asian nation" is Turkmenistan
        head = self.doc[m.head_i]
        headline = self.headlines.holds(m.tok_start)
        capitals = head.text[:1].isupper() and not head.is_sent_start and not headline
        if capitals and m.type == "PERSON":
            return frozenset()  # an honour in capitals ("the reigning National Player of the Year")
        # a body's name the NER missed ("defeating the pro-Russian Patriotic Bloc") is all qualifiers, its head too
        end = m.head_i + 1 if capitals else m.head_i
        owned = {t.i for t in self.doc[m.possessor_i].subtree} if m.possessor_i is not None else set()
        words = set()
        for t in range(m.tok_start, end):
            tok = self.doc[t]
            held = [self.c[k] for k in self.by_token.get(t, []) if k != i]
            if t in owned or any(c.is_country for c in held):
                continue
            if m.head in GOVERNMENT_HEADS and tok.lower_ in GOVERNMENTS_APART:
                words.add(tok.lower_)
                continue
            if headline:
                if any(c.kind == "name" for c in held):  # "Obama Administration Restores ...": "Obama" alone
                    words.add(tok.lower_.rstrip("."))
                continue
            if tok.is_sent_start or not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "ADJ", "NOUN"}:
                continue
            if (t + 1 < len(self.doc) and self.doc[t + 1].text == "-") or stance_before(tok):
                continue  # "the UN-backed commission", "the pro-Russian bloc": a backer or a stance ("then-Texas" is)
            words.add(tok.lower_.rstrip("."))
        if capitals and words == {head.lower_}:
            return frozenset()  # "the Bank", "the Organisation": a body named before, by its kind in capitals
        if not capitals and not headline:
            words |= self._said_after(head, m.tok_end, places_only=True)  # "the former senator from Pennsylvania"
        return frozenset(_word_form(w) for w in words)

    def _said_with_name(self, i: int) -> set[str]:
        """The words a name is said with: its own, its title's, and the proper words of a place it is said to be
        of or from and of an apposition ("Sen. Ted Cruz of Texas", "Marco Rubio (R-Florida)", "Cruz, a Texas
        Republican"); not of a clause about it ("Jerry Brown, who lost to Bill Clinton ... the former Arkansas
        governor")."""
        m = self.c[i]
        words = {w.lower() for w in m.name_tokens}
        if m.role:
            words |= {w.lower().rstrip(".") for w in m.role.split()}
        head = self.doc[m.head_i]
        sent_start, sent_end = head.sent.start, head.sent.end
        # the capitalised run before a name and its title: "Chicago Mayor Brandon Johnson", "Texas Sen. Ted Cruz",
        # "Democratic Gov. Josh Shapiro"
        t = m.tok_start - 1
        while t >= max(sent_start, m.tok_start - 6) and self.doc[t].text[:1].isupper():
            words.add(self.doc[t].lower_.rstrip("."))
            t -= 1
        words |= self._said_after(head, m.tok_end)
        end = m.tok_end
        if end < sent_end and self.doc[end].text == "(":  # "(R-Texas)", the parenthesis the parser may not attach
            for tok in self.doc[end + 1 : min(end + 6, sent_end)]:
                if tok.text == ")":
                    break
                word = tok.lower_.rstrip(".")
                words.add(PARTY_LETTERS.get(word, word))
        return {_word_form(w) for w in words}

    def _said_after(self, head: Token, end: int, places_only: bool = False) -> set[str]:
        """The proper words of what a name or description is said to be of or from, or is in apposition with,
        after it: "the senator from Pennsylvania", "Ted Cruz, a Texas Republican". ``places_only``: the words of
        places below a country alone, as a description's "of" names the one it is related to as often ("the son
        of former British Prime Minister Margaret Thatcher", "the spokesman of the ministry")."""
        words = set()
        for child in head.rights:
            if child.i < end:
                continue
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                phrase = [t for obj in child.children if obj.dep_ == "pobj" for t in obj.subtree]
            elif child.dep_ == "appos":  # "Keir Starmer, the leader of the Labour Party": its own "of" too
                phrase = list(self.doc[child.left_edge.i : child.i + 1]) + [
                    t
                    for prep in child.rights
                    if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                    for t in obj.subtree
                ]
            else:
                continue
            for t in phrase:
                held = [self.c[k] for k in self.by_token.get(t.i, [])]
                if not t.text[:1].isupper() or any(c.is_country for c in held):
                    continue
                if places_only and not any(c.kind == "name" and c.type in {"GPE", "LOC"} for c in held):
                    continue
                words.add(t.lower_.rstrip("."))
        return words

    def _known_as(self, i: int, root: int) -> bool:
        """Whether a description's qualifiers are among the words an actor is known by: "the Texas senator" is
        not a senator the article never ties to Texas, "the Bush administration" not the Trump one; and the
        government in office ("the administration") is not one set apart in time ("the last administration")."""
        own, known = self._qualifiers(i), self.info(root).known_by
        if self.c[i].head in GOVERNMENT_HEADS and known & GOVERNMENTS_APART and not own & GOVERNMENTS_APART:
            return False
        return own <= known

    def _resolve_person_nominal(self, i: int) -> None:
        m = self.c[i]
        if not m.definite:
            return
        if m.extra.get("honour") and self.doc[m.head_i].dep_ in {"attr", "oprd"}:
            return  # an honour said of someone is theirs by the predicate alone, never the nearest person's
        exclude = set()
        if m.possessor_i is not None:
            for j in self.by_token.get(m.possessor_i, []):
                if j != i:
                    exclude.add(self.find(j))
        scored = []
        head = self.doc[m.head_i]
        # "the woman" is no one whose sex the article leaves unsaid ("Vishwanand Subryan") when the article has told
        # of someone of that sex before ("A 59-year-old mother of two died"); else she may be ("Firefighters pulled
        # Sunniva Kvalheim from the car ... the woman had burns"), and so may an epithet in capitals ("the Perennial
        # Party Girl"), said of someone as a name is
        office = self._office(m)
        capitals = head.text[:1].isupper() and not head.is_sent_start
        unsaid = {m.gender} if m.gender in {"m", "f"} and not capitals and self._sex_told(i) else {m.gender, "u"}
        for root in self._person_roots_before(i):
            if root in exclude or not self._known_as(i, root):
                continue
            info = self.info(root)
            if m.gender in {"m", "f"} and info.gender not in unsaid:
                continue
            score = 0
            if m.country:
                if info.countries and m.country not in info.countries:
                    continue
                if m.country in info.countries:
                    score += 4  # "the Russian president": a person tied to Russia beats any president
            if office in info.heads:
                score += 5  # "a billionaire" ... "the billionaire"
            elif m.role_noun and office in info.roles:
                score += 3
            elif m.role_noun and m.head == "counterpart" and exclude:
                score += 1
            elif m.role_noun and info.roles and not m.country:
                continue  # a stated, different position: "the judge" is not the prosecutor
            elif info.roles and m.head in entity_words("lone_attackers.txt"):
                continue  # "Mohamed Boudiaf, Algeria's head of state, was shot dead ... the gunman": not the victim
            scored.append((score, self._recency(root, i), root))
        if not scored:
            self._same_head_nominal(i)
            return
        scored.sort(reverse=True)
        best_score, best_recency, best = scored[0]
        if m.role_noun and best_score >= 2:
            self.union(best, i, "role")
        elif not m.role_noun and (best_recency > 0 or best_score >= 5):
            self.union(best, i, "description")
        else:
            self._same_head_nominal(i)

    def _same_head_nominal(self, i: int) -> None:
        """An unnamed actor described twice ("the president" ... "the president") is one actor."""
        m = self.c[i]
        for j in range(i - 1, -1, -1):
            n = self.c[j]
            if n.kind == "nominal" and n.head == m.head and n.number == m.number and j not in self.dropped:
                if n.country == m.country and not self._cluster_has_name(self.find(j)) and n.end <= m.start:
                    if not self._known_as(i, self.find(j)):
                        continue  # "the Vermont senator" is not "the Florida senator"
                    self.union(self.find(j), i, "description")
                    return

    def _same_group(self, i: int, paragraph: bool) -> None:
        """A group only described is an actor of its own: a bare one ("protesters", "police") the same as an
        earlier group of the same head and country in its paragraph ("Police fired tear gas ... police
        said"), a definite one ("the rebels") the same as the nearest earlier such group in the article; never
        a named actor's, nor one counted ("two soldiers") or possessed ("her troops")."""
        m = self.c[i]
        line = self._line(m.start)
        for j in range(i - 1, -1, -1):
            n = self.c[j]
            if n.kind != "nominal" or j in self.dropped or n.end > m.start or n.head != m.head:
                continue
            if m.extra.get("counted") or n.extra.get("counted"):
                continue  # "two soldiers were killed and three soldiers wounded": two sets
            if m.head in self.lex.labour_nouns and m.text.lower() != n.text.lower():
                continue  # "campaign workers" and "government workers": a trade names a group of its own
            if paragraph and self._line(n.start) != line:
                continue
            group = n.extra.get("bare_group") or n.number == "pl" and n.definite and n.possessor_i is None
            if group and n.country == m.country and not self._cluster_has_name(self.find(j)):
                if not self._known_as(i, self.find(j)):
                    continue  # "Kurdish rebels" are not the "Baluch rebels" named before them
                self.union(self.find(j), i, "description")
                return

    def _line(self, char: int) -> int:
        return bisect_right(self.newlines, char)

    def _line_bounds(self, char: int) -> tuple[int, int]:
        """Where the line holding a character starts and ends (its newline, or the text's end)."""
        n = self._line(char)
        start = self.newlines[n - 1] + 1 if n > 0 else 0
        return start, self.newlines[n] if n < len(self.newlines) else len(self.doc.text)

    def _recency(self, root: int, i: int) -> float:
        """Salience of a cluster at mention i: decays by half per sentence, 0 beyond the window."""
        m = self.c[i]
        best = 0.0
        for j in self.members[self.find(root)]:
            if j >= i or j in self.dropped:
                continue
            dist = m.sent - self.c[j].sent
            if 0 <= dist <= WINDOW:
                best = max(best, 0.5**dist)
        return best

    def _resolve_thing_nominal(self, i: int) -> None:
        """'the company', 'the commission', 'the city': an organisation or place named nearby.

        Candidates are scored: the description's head among the name's words ("the commission" ->
        "Anti-Corruption Commission") first, then salience (mentions so far) and recency. A kind noun after
        the name it describes is that organisation ("the CGT union", "the Islamic State group").
        """
        m = self.c[i]
        inner = self._named_kind(i)
        if inner is not None:
            self.union(self.find(inner), i, "kind of its name")
            return
        if m.possessor_i is not None:
            self._resolve_possessed(i)
            return
        scored: dict[int, float] = {}
        opposition = any(self.doc[t].lower_ == "opposition" for t in range(m.tok_start, m.tok_end))
        if any(
            self.c[k].kind == "name" and self.c[k].type in ("PERSON", "ORG") and self._against(self.c[k])
            for t in range(m.tok_start, m.tok_end)
            for k in self.by_token.get(t, [])
            if k != i
        ):
            # "the anti-Taliban alliance": a body told by its stance against another, whose words name none of the
            # bodies before it
            self._same_head_nominal(i)
            return
        for j in range(i - 1, -1, -1):
            n = self.c[j]
            dist = m.sent - n.sent
            if dist > WINDOW * 2:
                break
            if j in self.dropped or n.kind == "pronoun" or n.end > m.start:
                continue
            root = self.find(j)
            info = self.info(root)
            if "PERSON" in info.types or info.plural:
                continue
            if m.type == "ORG" and not info.types & {"ORG", "NORP"}:
                continue
            if m.head in LEGISLATURE_HEADS and not info.types & {"ORG"}:
                continue  # "the legislature passed" is no people named before it ("Republican", "Democrats")
            if (m.head == "opposition" or opposition) and self._ruling(info.members):
                continue  # "the ruling Georgian Dream party had won ..., and the opposition refused": not it
            if m.type in {"GPE", "LOC"}:
                is_country = any(self.c[k].is_country for k in info.members)
                if m.head in {"country", "nation", "kingdom", "republic", "state"} and not is_country:
                    continue
                if m.head in {"city", "capital", "province", "region"} and (
                    is_country or not info.types & {"GPE", "LOC"}
                ):
                    continue
            if m.country and any(self.c[k].is_country and self.c[k].country != m.country for k in info.members):
                continue
            if n.kind == "nominal" and n.head != m.head and not info.has_name:
                continue
            if not self._known_as(i, root):
                continue  # "the Bush administration" is not the Trump administration named before it
            if (
                m.type == "ORG"
                and m.head not in info.heads  # "UNRWA, the UN agency, ... the agency's head": described so already
                and not _org_kinds_agree(m.head, self._name_words(info), self.lex)
            ):
                continue
            score = 0.5**dist + min(info.size, 6) * 0.3
            if m.head in info.heads:
                score += 3
            scored[root] = max(scored.get(root, 0.0), score)
        if scored:
            best = max(sorted(scored), key=lambda r: scored[r])
            self.union(best, i, "description")
        else:
            self._same_head_nominal(i)  # "the army" ... "the army", no army named: one unnamed actor

    def _ruling(self, members: Iterable[int]) -> bool:
        """Whether the article calls a cluster's organisation the one in power ("the ruling Georgian Dream party",
        "the governing Socialists"): the word right before one of its names."""
        doc = self.doc
        return any(
            self.c[k].kind == "name" and self.c[k].tok_start > 0 and doc[self.c[k].tok_start - 1].lower_ in RULING
            for k in members
        )

    def _named_kind(self, i: int) -> int | None:
        """The one organisation's name inside a description whose head says what kind of body it is ("the CGT
        union", "the Hamas movement", "the Reuters news agency"), or None. Not a head that says what belongs
        to the name ("the Trump campaign", "the Obama administration", "the Clinton foundation"), nor a person's
        or a place's name ("the Russian company")."""
        m = self.c[i]
        if m.head not in KIND_OF_NAME:
            return None
        inner = [
            j
            for j, n in enumerate(self.c)
            if n.kind == "name" and m.start <= n.start and n.end <= m.end and j not in self.dropped and j != i
        ]
        if len(inner) != 1 or self.c[inner[0]].is_country:
            return None
        name = self.c[inner[0]]
        if self._hyphened(name):
            return None  # "the anti-Taliban alliance", "the Hamas-led government": another body, by its stance
        party = name.type == "NORP" and bool({w.lower() for w in name.name_tokens} & self.lex.party_words)
        if name.type != "ORG" and not party:
            return None  # "the West German airline": a people's word, no organisation ("the Republican party" is)
        if "PERSON" in self.info(self.find(inner[0])).types:
            return None  # "the Trump organization", "the Edelman group": a person's body, not the person
        if {w.lower() for w in name.name_tokens} <= self.lex.institution_words:
            return None  # "the Congress party" is India's party, not the legislature "Congress" names elsewhere
        if self.doc[name.head_i].head.i != m.head_i and self.doc[name.head_i].i + 1 != m.head_i:
            return None  # the name must modify the kind noun ("the CGT union"), not sit in its complement
        return inner[0]

    def _hyphened(self, name: Candidate) -> bool:
        """Whether a name is joined by a hyphen to a word before or after it ("anti-Taliban", "Hamas-led")."""
        doc = self.doc
        return (name.tok_start > 0 and doc[name.tok_start - 1].text == "-") or (
            name.tok_end < len(doc) and doc[name.tok_end].text == "-"
        )

    def _against(self, name: Candidate) -> bool:
        """Whether a name is the one a body stands against ("anti-Taliban", "anti-government")."""
        doc = self.doc
        k = name.tok_start
        split = k > 1 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "anti"  # "anti", "-", "Taliban"
        joined = k > 0 and doc[k - 1].lower_.startswith("anti-")
        return split or joined

    def _name_words(self, info: ClusterInfo) -> set[str]:
        return {w.lower() for k in info.members if self.c[k].kind == "name" for w in self.c[k].name_tokens}

    def _resolve_possessed(self, i: int) -> None:
        """'her party', "Brazil's defence ministry": only the same thing of the same owner is the same actor."""
        m = self.c[i]
        possessors = self.by_token.get(m.possessor_i, []) if m.possessor_i is not None else []
        owner = {self.find(j) for j in possessors if j != i}
        for j in range(i - 1, -1, -1):
            n = self.c[j]
            if n.kind != "nominal" or n.head != m.head or n.possessor_i is None or j in self.dropped:
                continue
            if {self.find(k) for k in self.by_token.get(n.possessor_i, []) if k != j} & owner:
                self.union(self.find(j), i, "description")
                return

    def _resolve_pronoun(self, i: int) -> bool:
        p = self.c[i]
        doc = self.doc
        ptok = doc[p.head_i]
        reflexive = p.extra.get("case") == "refl"
        coargs = _coargument_heads(ptok) if not reflexive else set()
        # binding: a non-reflexive pronoun never refers to a co-argument of its own verb, nor to its cluster
        barred = {self.find(self.by_head[h]) for h in coargs if h in self.by_head}
        candidates: dict[int, float] = {}
        for j in range(i - 1, -1, -1):
            n = self.c[j]
            dist = p.sent - n.sent
            if dist > 2:
                break
            if j in self.dropped or n.end > p.start or n.tok_start <= p.tok_start < n.tok_end:
                continue
            root = self.find(j)
            if self._bare_group_cluster(root):
                continue  # a group only described in bare words ("police") is no pronoun's antecedent
            if n.kind == "pronoun" and root == j:
                continue
            if root in barred:
                continue
            if not self._agrees(p, root):
                continue
            ntok = doc[n.head_i]
            if dist == 0 and _quoting(ntok, ptok, self.lex.quoting_verbs):
                continue
            if dist == 0 and _object_of_controlled(ptok, ntok):
                # "the gunman, a sub-lieutenant assigned to guard him": the one who guards is the gunman, so him,
                # the object of the same verb, is not (a co-argument, as in "he guarded him")
                continue
            if p.gender == "n" and (ntok.dep_ not in SUBJ | OBJ | {"poss"} or dist > 1):
                continue  # "it" refers back to an actor named as an argument, not to a modifier
            score = 100 * 0.5**dist
            if ntok.dep_ in SUBJ:
                score += 80
                if ptok.dep_ in SUBJ or reflexive:
                    score += 35
            elif ntok.dep_ in OBJ:
                score += 50
            if n.kind == "name":
                score += 10
            if dist == 0:
                score += 20 * (1 - (p.head_i - n.head_i) / max(1, len(doc)))
            if reflexive and dist == 0 and ntok.head.i == ptok.head.i:
                score += 200
            candidates[root] = max(candidates.get(root, 0.0), score)
        if not candidates:
            return False
        best = max(sorted(candidates), key=lambda r: candidates[r])
        self.union(best, i, "pronoun")
        return True

    def _bare_group_cluster(self, root: int) -> bool:
        return all(self.c[j].extra.get("bare_group") for j in self.info(root).members if self.c[j].kind != "pronoun")

    def _agrees(self, p: Candidate, root: int) -> bool:
        info = self.info(root)
        if not info.has_name and not any(self.c[j].kind == "nominal" for j in info.members):
            return False
        types = info.types
        if p.number == "pl":
            return info.plural or ("ORG" in types and "PERSON" not in types and info.has_name)
        if info.plural:
            return False
        if p.gender in {"m", "f"}:
            return "PERSON" in types and info.gender in {p.gender, "u"}
        # it / its
        return bool(types & {"ORG", "GPE", "LOC", "FAC"}) and "PERSON" not in types

    def _person_countries(self) -> dict[int, set[str]]:
        """Countries a person is tied to by the text: "Russian President X", "X's Russia", "X of Russia"."""
        doc = self.doc
        out: dict[int, set[str]] = {}
        by_name: dict[str, set[int]] = {}
        for i, m in enumerate(self.c):
            if m.kind == "name" and m.type == "PERSON":
                by_name.setdefault(m.name_tokens[-1] if m.name_tokens else m.text, set()).add(i)
        for i, m in enumerate(self.c):
            if m.kind == "name" and m.type == "PERSON" and m.role_span:
                k = self._token_before_char(m.role_span[0])
                if k is not None:
                    iso = self.lex.country_of_demonym(doc[k].text) or self.lex.country_of_name(doc[k].text)
                    if iso:
                        out.setdefault(i, set()).add(iso)
            if m.is_country and m.country:
                for child in doc[m.head_i].children:
                    if child.dep_ == "poss":
                        for j in self.by_token.get(child.i, []):
                            if self.c[j].type == "PERSON" and self.c[j].kind == "name":
                                key = self.c[j].name_tokens[-1] if self.c[j].name_tokens else self.c[j].text
                                for k in by_name.get(key, {j}):
                                    out.setdefault(k, set()).add(m.country)
        return out

    def _token_before_char(self, char: int) -> int | None:
        k = bisect_left(self.token_starts, char)
        return k - 1 if k > 0 else None


OPENING_QUOTES = {"“", "``"}
CLOSING_QUOTES = {"”", "''"}


def _object_of_controlled(ptok: Token, head: Token) -> bool:
    """Whether a pronoun is the direct object of an infinitive whose subject is the phrase ``head`` heads: the
    complement of a participle or relative clause modifying it, with no object to control it ("the gunman, a
    sub-lieutenant assigned to guard him": the sub-lieutenant guards); not one an object controls ("needs
    delegates to lift him"), nor a verb with a subject of its own ("X, who said Clinton raped her")."""
    verb = ptok.head
    if ptok.dep_ != "dobj" or verb.dep_ != "xcomp" or head.dep_ == "ROOT":
        return False
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # an infinitive only: "still stinging over mocking him" is anyone's mocking
    governor = verb.head
    if governor.dep_ not in ("acl", "relcl") or any(c.dep_ in ("dobj", "iobj") for c in governor.children):
        return False
    return any(t.i == head.i for t in governor.ancestors)


def _relative_subject(verb: Token) -> bool:
    """Whether a relative clause's pronoun is its subject ("a court that accused them", not "a court they
    set up"): the noun it hangs on acts in it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who") for c in verb.children)


def _quoted(tok: Token) -> bool:
    """Whether a token stands inside quotation marks in its sentence."""
    inside = False
    for t in tok.sent:
        if t.i >= tok.i:
            return inside
        if t.text == '"':
            inside = not inside
        elif t.text in OPENING_QUOTES:
            inside = True
        elif t.text in CLOSING_QUOTES:
            inside = False
    return inside


def _quoting(ntok: Token, ptok: Token, quoting_verbs: frozenset[str]) -> bool:
    """Whether a noun is the speaker of the quote a pronoun stands in: the subject of a verb that quotes ("An
    adviser said, 'She takes the threat seriously'"), the quote in its clause: a speaker names himself "I", so
    the pronoun is someone else. Not a partial quote of the noun's own clause ('his government was "stronger
    than it was"', 'said that Bush "has to bring his mother"')."""
    verb = ntok.head
    return (
        ntok.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in quoting_verbs
        and verb.left_edge.i <= ptok.i <= verb.right_edge.i  # a subtree is contiguous: the quote in its clause
        and _quoted(ptok)
        and not _quoted(ntok)
        and not _quoted(verb)
    )


def _coargument_heads(tok) -> set[int]:
    """Heads of the other arguments of the pronoun's own verb (binding: 'he' is not his own object)."""
    verb = tok.head if tok.dep_ in SUBJ | OBJ | {"pobj"} else None
    if verb is None:
        return set()
    if tok.dep_ == "pobj":
        verb = verb.head
    return {c.i for c in verb.children if c.dep_ in SUBJ | OBJ and c.i != tok.i}


def _org_kinds_agree(head: str, name_words: set[str], lex: EntityLexicon) -> bool:
    """'the agency' is not 'Northvale Foods', and 'the company' is not the 'Federal Trade Commission'."""
    if not name_words:
        return True
    agency, company = lex.agency_name_words, lex.company_name_words
    if head in lex.company_nouns and name_words & agency and not name_words & company:
        return False
    if head in lex.agency_nouns and name_words & company and not name_words & agency:
        return False
    if (
        head in lex.agency_nouns
        and head not in name_words
        and name_words & agency
        and head in {"court", "parliament", "assembly", "board", "council", "committee"}
    ):
        return False  # a court is a court: "the court" is not the "Serious Fraud Office"
    if (head in FORCE_HEADS or head.endswith(" force")) and not name_words & FORCE_NAME_WORDS:
        return False  # "the army" is no broadcaster or news agency named before it ("Reuters", "ZBC")
    if (head in FORCE_HEADS or head.endswith(" force")) and name_words & MINISTRY_NAME_WORDS:
        return False  # "the army" is not the "Defence Ministry" that speaks for it
    if head in MEDIA_HEADS and not name_words & MEDIA_NAME_WORDS:
        return False  # "the national radio" is no "Revolutionary Council" named before it
    if head in LEGISLATURE_HEADS and name_words & (PARTY_NAME_WORDS | COURT_NAME_WORDS):
        return False  # "the legislature passed" is no party nor court named before it ("Democrats", "Supreme Court")
    if head == "opposition" and not name_words & OPPOSITION_NAME_WORDS:
        # the opposition is parties and their allies: "halted the opposition's drive" is not the "National
        # Electoral Council" that halts it, nor a commission or a court named before it
        return False
    if head in lex.agency_nouns and head not in name_words and name_words & PARTY_NAME_WORDS:
        return False  # "the national intelligence agency" is no party named before it
    if head in MINISTRY_HEADS and not name_words & MINISTRY_NAME_WORDS:
        return False  # "the transport ministry" is no company named before it ("Nissan")
    if head in GOVERNMENT_HEADS and not name_words & GOVERNMENT_NAME_WORDS:
        # a government is a body named as one ("the Saudi government", "the Obama administration"): "the
        # Russian government" is not "Russia Today", a broadcaster it finances, the government a court rules
        # against is not the court, and a teachers' association is no government
        return False
    if head == "junta" and not name_words & JUNTA_NAME_WORDS:
        return False  # "the military junta" is no regional bloc named before it ("Economic Community of ...")
    return True


# a junta is a body named as a ruling council or a military one ("Supreme Military Council", "State Law and Order
# Restoration Council", "the National Council for the Defence of the Homeland")
JUNTA_NAME_WORDS = {"junta", "council", "military", "government", "committee"}
# a state's forces are a body named as such ("the army": the "Zimbabwe National Army", the "People's Liberation
# Army"; "the police": the "Chicago Police Department")
# kind nouns that say what an organisation named before them is ("the CGT union" is the CGT), unlike heads of
# what belongs to a name ("campaign", "administration", "government", "foundation", "family")
KIND_OF_NAME = {
    "union",
    "party",
    "group",
    "movement",
    "newspaper",
    "network",
    "broadcaster",
    "company",
    "firm",
    "bank",
    "airline",
    "carmaker",
    "automaker",
    "conglomerate",
    "lender",
    "militia",
    "coalition",
    "alliance",
    "organisation",
    "organization",
}
# heads that say what an organisation is only beside its name ("its Spanish owner, Repsol", "Energoatom, Ukraine's
# state nuclear operator"); alone, "the owner" or "the operator" is as often a person's or a place's as a company's
APPOSED_ONLY = {"owner", "operator"}
# voices that comment on what others do, not actors of it ("analysts said", "economists expect"): no actor of their
# sentence when coreference follows them no further
COMMENTING_VOICES = {
    "analyst", "expert", "observer", "commentator", "pundit", "economist", "researcher", "historian", "academic",
    "strategist", "scholar", "pollster", "forecaster",
}  # fmt: skip
# words of sets of no one country ("world leaders", "foreign diplomats"): the scene would give them its own
OF_NO_COUNTRY = {"world", "global", "foreign", "international"}
# verbs whose object is a force or means someone moves ("withdrew troops", "sent an aircraft carrier")
MOVING_VERBS = SENDING_VERBS - {"order"} | {"withdraw", "pull", "mass", "station", "redeploy", "bring", "commit"}
# countries counted or in general ("28 countries", "wealthy nations"): the named actors elsewhere, no actor of their own
COUNTRIES_AS_SET = {"country", "nation", "state", "government", "economy"}
# the verbs of ``AUDIENCE_VERBS`` that only tell ("told reporters", "speaking to journalists"): not those that act
# on whom they address ("urged voters to stay at home", "warned activists", "thanked supporters" are actors the
# gold codes), and the nouns of speaking whose "to" or "with" is an audience ("a call with analysts")
TELLING = AUDIENCE_VERBS & {"tell", "brief", "inform", "address", "speak", "talk", "say", "explain", "announce"}
SPEAKING_NOUNS = {"call", "conference", "interview", "remark", "briefing", "statement", "speech"}


def _an_audience_of_words(head: Token) -> bool:
    """Whether a noun is the audience of what is said: the object of "told", "briefed", or after "to"/"with" a
    word of speaking ("speaking to reporters", "said to journalists", "on a call with analysts")."""
    if head.dep_ in {"dobj", "dative"} and head.head.lemma_.lower() in TELLING:
        return True
    prep = head.head
    return (
        head.dep_ == "pobj" and prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in TELLING | SPEAKING_NOUNS
    )


INDEFINITE_COURTS = {"court", "judge", "tribunal", "jury"}  # courts, judges and juries news names by kind alone
FORCE_HEADS = {"army", "military", "navy", "police", "militia", "gendarmerie"}
FORCE_NAME_WORDS = FORCE_HEADS | {"forces", "force", "guard", "guards", "corps", "marines", "defense", "defence"}
MINISTRY_NAME_WORDS = {"ministry", "department", "minister", "office", "secretariat"}
MINISTRY_HEADS = {"ministry", "ministries"}
# a broadcaster named by its kind is one named as a broadcaster ("the national radio": "Radio Bissau", "the
# Nigerian Television Authority")
MEDIA_HEADS = {"radio", "television", "tv"}
MEDIA_NAME_WORDS = MEDIA_HEADS | {"broadcasting", "broadcaster", "broadcasters", "news", "channel", "network", "rtv"}
# words that set one government apart from the one in office: "the last administration" is not the Obama one
GOVERNMENTS_APART = {"last", "previous", "prior", "past", "next", "former", "outgoing", "incoming", "preceding"}
LEGISLATURE_HEADS = {"legislature", "parliament"}
RULING = {"ruling", "governing", "incumbent"}  # a party in power, which "the opposition" is not
COURT_NAME_WORDS = {"court", "courts", "tribunal", "justice", "judiciary"}
# the words of parties' names, and of their fronts' and coalitions', which "the opposition" may stand for
PARTY_NAME_WORDS = {
    "party", "parties", "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "labour",
    "labor",
}  # fmt: skip
OPPOSITION_NAME_WORDS = PARTY_NAME_WORDS | {
    "alliance", "front", "coalition", "movement", "opposition", "bloc", "league", "union", "forum", "congress",
    "platform", "unity", "convention", "rally", "roundtable",
}  # fmt: skip
GOVERNMENT_NAME_WORDS = {"government", "administration", "cabinet", "regime", "ministry", "executive", "presidency"}


# one party's words in their other forms: "a Democrat" is "the Democratic governor", the GOP the Republicans
WORD_FORMS = {"democrat": "democratic", "democrats": "democratic", "dem": "democratic", "gop": "republican",
              "republicans": "republican"}  # fmt: skip
PARTY_LETTERS = {"d": "democratic", "r": "republican"}  # "(R-Texas)", "(D-Pa.)"


def _word_form(word: str) -> str:
    return WORD_FORMS.get(word, word)


def _titles_differ(a: str | None, b: str | None) -> bool:
    """Whether two titles split off names are different offices: their head words differ ("King" and "Health
    Minister"; not "President" and "Chinese President")."""
    heads = [t.split()[-1].lower().rstrip(".") if t else "" for t in (a, b)]
    if not all(heads) or any(h in COURTESY_TITLES for h in heads):
        return False  # "Mr. Xi" is "President Xi Jinping": a courtesy title is no office
    return heads[0] != heads[1]


COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "madame", "mme", "m"}
RULER_TITLES = {"king", "queen", "prince", "princess", "emir", "sultan", "shah", "sheikh"}


def _ruler_titles_differ(a: str | None, b: str | None) -> bool:
    """Whether a monarch's title and another office are two people's ("King Hussein" is not "President Saddam
    Hussein"): a surname joins a full name across two different titles only when neither is a ruler's."""
    heads = [t.split()[-1].lower().rstrip(".") if t else "" for t in (a, b)]
    return bool(RULER_TITLES & set(heads)) and _titles_differ(a, b)


# the head nouns of a state's bodies, which no person's name (a given name and more) can be in apposition with
STATE_BODY_HEADS = frozenset(
    {"ministry", "department", "agency", "office", "commission", "council", "court", "police", "army", "government"}
)


def _type_group(t: str) -> str:
    # one name, one referent in an article, whatever type the NER gave each mention: "Creighton" (the
    # university) tagged an organisation here and a place there; countries are joined by their own rule
    return "NAME" if t in {"PERSON", "ORG", "GPE", "LOC", "FAC"} else t


def _compatible(a: str, b: str) -> bool:
    if a == b or "" in (a, b):
        return True
    return {a, b} in ({"PERSON", "ORG"}, {"GPE", "LOC"}, {"ORG", "NORP"}, {"GPE", "NORP"}, {"ORG", "FAC"})


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(".", "").replace("’", "'").split())


def _has_det(tok: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} for c in tok.children)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, up through the clauses it hangs in ("after being crowned": the subject of the
    verb "after" belongs to) to the noun a relative clause describes ("Hansbrough, who came back")."""
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            if subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ in {"pcomp", "pobj", "prep", "advcl", "xcomp", "conj"} and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def _in_opening_clause(tok: Token) -> bool:
    """Whether a word lies in a prepositional or adverbial clause that opens its sentence ("After stabbing a nurse|,
    John Smith fled", "While visiting a farmer|, ...")."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "prep", "pcomp") and tok.left_edge.i == tok.sent.start:
            return True
        tok = tok.head
    return False
