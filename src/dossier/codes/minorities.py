"""A people that lives in neighbouring states, named where it lives: of the state it lives in.

"Armed Serbs attacked a police station in Croatia", "Serb gunners shelled Sarajevo", "ethnic Albanians in Kosovo":
the people's word makes them the kin state's by the demonym reading (Serbia's, Albania's), where the gold, and an
analyst, code the state they live in. ``kin_peoples.tsv`` lists such peoples, their kin state and the states they
live in; ``minority_home`` reads one mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dossier.codes.codebook import LEXICON_DIR, Codebook
from dossier.codes.text import PUBLIC_SECTORS, group_after, sentence_around

CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


@dataclass(frozen=True)
class KinPeople:
    kin: str  # alpha-3 of the kin state
    homes: frozenset[str]  # alpha-3 of the states its members live in as a people
    state_word: bool  # the people's word is also the kin state's adjective ("Albanian")
    ethnic_only: bool  # read as the people only as "ethnic ..." or "the ... minority" (its nationals travel)


@cache
def kin_peoples() -> dict[str, KinPeople]:
    """``kin_peoples.tsv``: a people's word (lower-cased) -> its kin state and the states it lives in."""
    out: dict[str, KinPeople] = {}
    for line in (LEXICON_DIR / "kin_peoples.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words, kin, homes, state_word, ethnic_only = line.split("\t")
        for word in words.split("|"):
            out[word] = KinPeople(
                kin, frozenset(homes.split("|")), state_word.strip() == "yes", ethnic_only.strip() == "yes"
            )
    return out


def minority_home(text: str, start: int, end: int, mention: str, book: Codebook) -> str | None:
    """The state a people's members named in a mention live in ("rebel Serbs" in a sentence about Croatia: HRV):
    the one of its home states its sentence names (by name, demonym, capital, a city or a region), when the mention
    holds the people's word as the people's (not in a compound, "Serb-led", nor as its kin state's adjective before
    a state body, "the Armenian government"), and the sentence names no town of the kin state ("a rally by 150,000
    Serbs against Kosovo's independence" in Belgrade: Serbia's); None otherwise. The kin state named by its name
    is no bar ("local Serbs blocked roads" near "the border with Serbia" are Kosovo's)."""
    peoples = kin_peoples()
    for word in re.finditer(r"[A-Z][a-z]+", mention):
        people = peoples.get(word.group().lower())
        if people is None or text[start + word.end() : start + word.end() + 1] == "-":
            continue
        if people.ethnic_only and not _said_ethnic(text, start + word.start(), start + word.end()):
            continue
        sentence = sentence_around(text, start, end)
        if people.state_word and any(
            group_after(sentence, m.end(), book) in PUBLIC_SECTORS for m in _words_of(sentence, peoples, people)
        ):
            return None  # "Albanian police", "the Armenian government": the kin state acts in the sentence
        # the people's own words say nothing of where it lives: the sentence without them
        plain = _without_words(sentence, peoples, people)
        named = book.countries_named(plain)  # by name or demonym
        places = set()  # by a capital, a city or a region
        for run in CAPITALISED.finditer(plain):
            for name in (run.group(), run.group().split()[0]):
                iso = book.capitals.get(name.lower()) or book.place(name) or book.region(name)
                if iso and name.lower() not in book.names:
                    places.add(iso)
        if people.kin in places or people.kin in _gone_to(plain, book):
            # a place of the kin state ("a rally by 150,000 Serbs" in Belgrade, "rallied in Yerevan"), or the kin
            # state gone to ("have fled Nagorno-Karabakh for Armenia"): there, they are its people
            return None
        homes = (named | places) & people.homes
        return next(iter(homes)) if len(homes) == 1 else None
    return None


ETHNIC_BEFORE = re.compile(r"\bethnic(?:ally)?\s+$", re.IGNORECASE)
MINORITY_AFTER = re.compile(r"\s+(?:minority|minorities|community|communities)\b")


def _said_ethnic(text: str, start: int, end: int) -> bool:
    """Whether a people's word is said as a people's: "ethnic" right before it, or "minority" or "community" right
    after it ("ethnic Hungarians", "the Turkish minority")."""
    return bool(ETHNIC_BEFORE.search(text, max(0, start - 12), start) or MINORITY_AFTER.match(text, end))


def _words_of(sentence: str, peoples: dict[str, KinPeople], people: KinPeople) -> list[re.Match[str]]:
    """The people's words in a sentence."""
    return [m for m in re.finditer(r"[A-Za-z]+", sentence) if peoples.get(m.group().lower()) is people]


def _without_words(sentence: str, peoples: dict[str, KinPeople], people: KinPeople) -> str:
    """The sentence with the people's words blanked."""
    out, last = [], 0
    for m in _words_of(sentence, peoples, people):
        out += [sentence[last : m.start()], " " * len(m.group())]
        last = m.end()
    return "".join(out) + sentence[last:]


GONE_TO = re.compile(r"\b(?:to|for|into)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _gone_to(sentence: str, book: Codebook) -> set[str]:
    """The countries a sentence names after "to", "for" or "into" (alpha-3): where people go."""
    return {iso for m in GONE_TO.finditer(sentence) if (iso := book.names.get(m[1].lower()))}
