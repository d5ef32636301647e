"""Person names, parsed (title, first, middle, surname, suffix), and the rule that keeps people apart.

Two names can be one person only when nothing in them says otherwise (``compatible``):

- the surnames are equal (accents, case and punctuation ignored; particles kept: "Le Pen", "de Blasio");
- the first names are equal, or one is the initial of the other ("J. Smith"), a short form of it
  (``data/knowledge/nicknames.tsv``: "Bill" / "William") or a prefix of at least three letters ("Alex");
- the middle initials, when both names have some, are the same ("George W. Bush" is not "George H. W. Bush");
- the suffixes agree ("Donald Trump Jr." is not "Donald Trump"; "Sr." may be left out).

A one-word name ("Clinton", "Hillary") is compatible with a full name whose surname or first name it is:
it says too little to tell people apart, which is why a bare name is never linked by this rule alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# the titles of reigning monarchs ("King Albert", "Emir Jaber")
MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor", "empress"})
# ... and with their heirs', the titles of a royal house whose holders news names by one given name ("King Khalid",
# "Crown Prince Fahd", "Prince Abdullah"): a given name, no surname
ROYALS_BY_GIVEN_NAME = MONARCHS | {"prince", "princess"}
# the words for a government named by the one who heads it ("the Obama administration", "the Assad regime"), and
# for a government's description, which a cabinet is too ("the cabinet said"; no head's name makes one actor of it)
GOVERNMENT_BY_HEAD = frozenset({"administration", "government", "regime"})
GOVERNMENT_HEADS = GOVERNMENT_BY_HEAD | {"cabinet"}
SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv", "v": "v"}
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class PersonName:
    first: str = ""  # lower case, no accents; "" when the name is one word
    middle: tuple[str, ...] = ()
    surname: str = ""  # the last word with its particles ("le pen"); for a one-word name, that word
    suffix: str = ""  # jr | sr | ii | iii | iv | v
    title: str = ""  # a leading title or honorific that was removed

    @property
    def full(self) -> bool:
        """A first name and a surname: enough to tell two people apart."""
        return bool(self.first and self.surname)

    @property
    def key(self) -> str:
        """First name and surname, without middle names or suffix: "donald trump"."""
        return f"{self.first} {self.surname}".strip()


@lru_cache(maxsize=1 << 16)  # names repeat across an article and a corpus: parse each once
def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form dictionary names are compared in: folded, dotted acronyms closed up, no leading "the"."""
    text = fold(name).replace("’", "'")
    words = []
    for word in text.replace("_", " ").split():
        if len(word) > 1 and word.count(".") >= 1 and all(len(p) <= 1 for p in word.split(".")):
            word = word.replace(".", "")  # "f.b.i." -> "fbi", "u.s." -> "us"
        word = word.strip(".,;:'\"()")
        if word.endswith("'s"):
            word = word[:-2]
        if word:
            words.append(word)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def parse_person(name: str) -> PersonName:
    """Split a person's name into its parts. Titles from the entity lexicon and honorifics are removed."""
    words = [w.strip(".'’-").removesuffix("'s") for w in _TOKEN.findall(fold(name))]
    words = [w for w in words if w]
    shaped = _first_word_is_a_name(name)
    title_words: list[str] = []
    titles = _titles()
    while words:
        for n in range(min(4, len(words) - 1), 0, -1):
            if tuple(words[:n]) in titles:
                title_words += words[:n]
                words = words[n:]
                break
        else:
            if len(words) > 1 and words[0] in entity_words("honorifics.txt"):
                title_words.append(words.pop(0))
                continue
            break
    # a capitalised word before a known given name is a description the title list lacks ("Footballer Peter Kovac"),
    # unless it is shaped like a given name the table lacks, with a capital inside ("LuAnn Marie Johnson"). An
    # initial stays a title: "W. Mark Felt" goes by "Mark Felt"
    while (
        len(words) > 2
        and words[0] not in given_names()
        and words[1] in given_names()
        and not (shaped and not title_words)
    ):
        title_words.append(words.pop(0))
    suffix = ""
    while len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words.pop()]
    if not words:
        return PersonName(title=" ".join(title_words))
    if len(words) == 1:
        return PersonName(surname=words[0], suffix=suffix, title=" ".join(title_words))
    cut = len(words) - 1
    particles = entity_words("name_particles.txt")
    while cut > 1 and words[cut - 1] in particles:
        cut -= 1
    middle: list[str] = []
    first = words[0]
    initials = [p for p in first.split(".") if p]
    if len(initials) > 1 and all(len(p) == 1 for p in initials):
        first, middle = initials[0], initials[1:]  # "F.W. de Klerk": two initials, as "F. W. de Klerk"
    for word in words[1:cut]:  # "H.W." and "HW" are two initials
        parts = [p for p in word.split(".") if p]
        if len(parts) == 1 and len(word) <= 3 and not set(word) & set("aeiouy"):
            parts = list(word)
        middle += parts
    return PersonName(
        first=first,
        middle=tuple(middle),
        surname=" ".join(words[cut:]),
        suffix=suffix,
        title=" ".join(title_words),
    )


def _first_word_is_a_name(name: str) -> bool:
    """The name's first word is a given name with a capital inside ("LuAnn", "Ka'Loni", "LaTonya"), never a
    description ("Footballer", "GM")."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z'’][\w'’]*", first)) and not first.endswith(("'s", "’s"))


def compatible(a: PersonName, b: PersonName) -> bool:
    """False when the two names cannot belong to one person (see the module docstring)."""
    if not a.surname or not b.surname:
        return True  # nothing left to compare (a bare title)
    if not a.first or not b.first:
        lone, other = (a, b) if not a.first else (b, a)
        if not other.first:
            return lone.surname == other.surname
        return lone.surname in {other.surname, other.surname.split()[-1]} or same_given_name(lone.surname, other.first)
    if a.surname != b.surname:
        return False
    if _compound_surname(a, b) or _compound_surname(b, a):
        return _suffixes_agree(a.suffix, b.suffix)
    if not same_given_name(a.first, b.first):
        return False
    if a.middle and b.middle and _initials(a.middle) != _initials(b.middle):
        return False
    return _suffixes_agree(a.suffix, b.suffix)


def _compound_surname(short: PersonName, full: PersonName) -> bool:
    """``short`` is ``full``'s two-word surname alone: "Wasserman Schultz" of "Debbie Wasserman Schultz",
    "Lopez Obrador" of "Andres Manuel Lopez Obrador". Only when its first word is no given name: "Mary John
    Smith" is not "John Smith"."""
    return (
        not short.middle
        and bool(full.middle)
        and len(short.first) > 1
        and short.first == full.middle[-1]
        and short.first not in given_names()
    )


def same_given_name(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
        return True
    groups = _nicknames()
    return bool(groups.get(x, set()) & groups.get(y, set()))


def different_people(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of full names in ``names`` that cannot be one person (each pair once, in input order)."""
    parsed = [(n, parse_person(n)) for n in dict.fromkeys(names)]
    full = [(n, p) for n, p in parsed if p.full]
    out = []
    for i, (n1, p1) in enumerate(full):
        for n2, p2 in full[i + 1 :]:
            if not compatible(p1, p2):
                out.append((n1, n2))
    return out


def _initials(parts: tuple[str, ...]) -> str:
    return "".join(p[0] for p in parts)


def _suffixes_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    return {x, y} <= {"", "sr"}


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, set[int]]:
    """Given name -> the numbers of the nickname groups it belongs to."""
    groups: dict[str, set[int]] = {}
    for n, line in enumerate(_data_lines(DATA / "knowledge" / "nicknames.tsv")):
        for name in line.split("\t"):
            groups.setdefault(name.strip(), set()).add(n)
    return groups


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of the entity lexicon and every name of the nickname table ("Bob", "Mo")."""
    lines = _data_lines(DATA / "lexicons" / "entities" / "given_names.tsv")[1:]
    return frozenset(fold(line.split("\t")[0]) for line in lines) | frozenset(_nicknames())


@lru_cache(maxsize=1)
def _titles() -> frozenset[tuple[str, ...]]:
    out = set()
    for line in _data_lines(DATA / "lexicons" / "entities" / "titles.txt"):
        words = line.partition("|")[0]
        out.add(tuple(fold(words).replace(".", "").split()))
    return frozenset(out)


def without_legal_form(words: list[str]) -> list[str]:
    """A company's name without the legal forms it ends with (``legal_forms.txt``) and the "&" or "and" before
    them, one word kept at least: ["JPMorgan", "Chase", "&", "Co."] -> ["JPMorgan", "Chase"]. Case and full
    stops do not count."""
    forms = entity_words("legal_forms.txt")
    cut = len(words)
    while cut > 1 and (words[cut - 1].lower().strip(".") in forms or words[cut - 1].lower() in {"&", "and"}):
        cut -= 1
    return words[:cut]


@cache
def entity_words(name: str) -> frozenset[str]:
    """A word list of the entity lexicon (``data/lexicons/entities/NAME``, one word a line), read once:
    ``name_particles.txt``, ``honorifics.txt``, ``org_name_words.txt``."""
    return frozenset(_data_lines(DATA / "lexicons" / "entities" / name))


@cache
def _club_words() -> dict[str, frozenset[str]]:
    """``club_words.tsv``: the words a football club's name puts before its city ("lead": "Real Madrid") or
    after it ("tail": "Manchester United"), lower-cased."""
    found: dict[str, set[str]] = {"lead": set(), "tail": set()}
    for line in _data_lines(DATA / "lexicons" / "entities" / "club_words.tsv"):
        word, where = line.split("\t")
        found[where.strip()].add(word.strip().lower())
    return {where: frozenset(words) for where, words in found.items()}


def club_city(words: list[str]) -> str | None:
    """The words of the city a name of two or three words is a football club's of, by its shape: a club's word
    before the city ("Real Madrid", "Dynamo Kiev"; not an acronym after it, "Real IRA") or after it ("Manchester
    United"); None for any other name. Whether they name a city is each stage's atlas's to say (the entity
    lexicon's city names, the codes' gazetteer)."""
    if not 2 <= len(words) <= 3:
        return None
    if words[0].lower() in _club_words()["lead"] and words[1][:1].isupper() and not words[1].isupper():
        return " ".join(words[1:])
    if words[-1].lower() in _club_words()["tail"]:
        return " ".join(words[:-1])
    return None


@cache
def _title_abbreviations() -> dict[str, str]:
    rows = (line.split("\t") for line in _data_lines(DATA / "lexicons" / "entities" / "title_abbreviations.tsv"))
    return {short.strip(): word.strip() for short, word in rows}


# offices named by a word and "general" after it: "the attorney general" is no general ("Gen. Mark Ortega")
OFFICES_BEFORE_GENERAL = frozenset(
    {
        "attorney", "inspector", "secretary", "surgeon", "solicitor", "governor", "director", "consul",
        "postmaster", "procurator", "auditor", "comptroller", "accountant", "adjutant", "vicar", "prosecutor",
    }
)  # fmt: skip


# words before an office that make it another one: the deputy's ("Lt. Gov.", "Vice President", "Deputy Minister")
DEPUTIES = {
    "vice": "vice", "lt": "lieutenant", "lieutenant": "lieutenant", "deputy": "deputy", "assistant": "assistant",
    "under": "under", "associate": "associate",
}  # fmt: skip


def title_word(title: str) -> str:
    """A title's last word, lower-cased and written out ("Sen." -> "senator", "Foreign Minister" ->
    "minister"), as descriptions name the office ("the senator"); an office named with "general" after its
    word keeps both ("Attorney General" -> "attorney general")."""
    words = [w.rstrip(".") for w in title.lower().replace("-", " ").split()]
    word = _title_abbreviations().get(words[-1], words[-1])
    if word == "general" and len(words) >= 2 and words[-2] in OFFICES_BEFORE_GENERAL:
        return f"{words[-2]} general"
    before = next((DEPUTIES[w] for w in reversed(words[:-1]) if w in DEPUTIES), None)  # "Deputy Prime Minister"
    if before and not (word == "general" and before in {"lieutenant", "major"}):
        return f"{before} {word}"  # "Lt. Gov." is no governor, "Vice President" no president; a "Lt. Gen." is a general
    return word


def _data_lines(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]
