"""Whether "Indian" in an article names India or the indigenous peoples of the Americas.

News of Latin America calls its indigenous peoples Indians ("45 Tzotzil Indians were massacred", "impoverished
Indian peasants in Chiapas"), and news of the United States its native peoples ("Navajo Indians"). Read as India's
demonym, such a mention joins the entity of India and codes the people Indian. The entity stage and the codes
stage both ask ``indians_of_the_americas`` of an article's text and, when it holds, read "Indian" and "Indians" as
no country's demonym in that article.
"""

from __future__ import annotations

import copy
import csv
import re
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from dossier.resolve.names import DATA

# Latin America and the Caribbean (alpha-2, as countries.tsv keys them): where "Indian" is an indigenous people's
# word in the news, unless the article names India
LATIN_AMERICA = frozenset({
    "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE", "UY", "VE",
    "HT", "BZ", "GY", "SR", "GF",
})  # fmt: skip
INDIAN_DEMONYMS = frozenset({"indian", "indians"})
# India named otherwise than by the demonym: its capital and its largest cities, which news of India names
INDIA_PLACES = ("Delhi", "Mumbai", "Bombay", "Calcutta", "Kolkata", "Madras", "Chennai", "Bangalore", "Bengaluru")
# a people named before "Indian(s)" ("Yanomami Indians", "a Pataxo Indian", "American Indians"): the capitalised
# word must be no article, number or title opening a noun phrase ("The Indian government", "Twenty Indian soldiers")
PEOPLE_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)\s+Indians?\b")
NOT_A_PEOPLE = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Dozens", "Some", "Many", "Several",
    "Most", "Other", "Top", "Senior", "Former", "Prime", "President", "Minister", "General", "East", "South",
})  # fmt: skip
# the nouns "Indian" is said of in news of indigenous peoples ("Indian peasants", "Indian communities"); before any
# other ("Indian troops", "Indian negotiators", "an Indian firm") it is India's
INDIGENOUS_AFTER = frozenset({
    "peasant", "peasants", "farmer", "farmers", "villager", "villagers", "community", "communities", "tribe",
    "tribes", "tribal", "people", "peoples", "land", "lands", "reservation", "reservations", "rights", "affairs",
    "movement", "movements", "organization", "organizations", "organisation", "organisations", "group", "groups",
    "leader", "leaders", "women", "children", "families", "population", "populations", "territory", "territories",
    "chief", "chiefs", "rebels", "uprising", "protesters", "activists", "village", "villages", "settlement",
    "settlements", "languages", "language", "descent", "majority", "minority",
    # and the words that end a noun phrase ("a Mayan Indian from Guatemala", "Indian and mestizo farmers")
    "from", "of", "in", "and", "or", "who", "whose", "on", "at", "to", "with", "was", "were", "is", "are", "had",
    "has", "said",
})  # fmt: skip
INDIAN_WORD = re.compile(r"\bIndians?\b")
INDIAN_BEFORE_NOUN = re.compile(r"\bIndian\s+([A-Za-z][a-z-]*)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Latin America's countries by name, alias, capital or demonym; India by name, alias or capital)."""
    latin: list[str] = []
    india: list[str] = list(INDIA_PLACES)
    with (DATA / "lexicons" / "entities" / "countries.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            iso2 = rec["iso2"].strip()
            words = [rec["name"], *(rec.get("aliases") or "").split("|"), *(rec.get("capital") or "").split("|")]
            if iso2 in LATIN_AMERICA:
                words += (rec.get("demonyms") or "").split("|")
                latin += [w.strip() for w in words if w.strip()]
            elif iso2 == "IN":
                india += [w.strip() for w in words if w.strip()]

    def alternation(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True)) + r")\b")

    return alternation(latin), alternation(india)


@lru_cache(maxsize=16)
def indians_of_the_americas(text: str) -> bool:
    """Whether the article's "Indian" and "Indians" name the indigenous peoples of the Americas: it names India by
    none of its names or cities, says "Indian" before no noun but those of indigenous peoples ("Indian peasants",
    not "Indian troops"), and either names a people before the word ("Yanomami Indians", "Pataxo Indian",
    "American Indians") or names a country of Latin America."""
    if "Indian" not in text or not INDIAN_WORD.search(text):
        return False  # not "Indiana", "Indianapolis"
    latin, india = _patterns()
    # a capitalised word after it opens India's titles and names ("Indian Prime Minister", "Indian Airlines"), but
    # for the ocean
    if india.search(text) or any(m[1] not in INDIGENOUS_AFTER | {"Ocean"} for m in INDIAN_BEFORE_NOUN.finditer(text)):
        return False
    if any(m[1] not in NOT_A_PEOPLE for m in PEOPLE_BEFORE.finditer(text)):
        return True
    return bool(latin.search(text))


class DemonymTable(Protocol):
    """A table with a country per demonym (the entity lexicon, the codebook) and room for its Americas reading."""

    demonyms: dict[str, str]
    americas: Any


Table = TypeVar("Table", bound=DemonymTable)


def as_read_in(table: Table, text: str) -> Table:
    """The table as an article reads it: where ``indians_of_the_americas`` holds, a copy without "Indian" and
    "Indians" as India's demonym, made once per table and kept on it; else the table itself."""
    if not indians_of_the_americas(text):
        return table
    if table.americas is None:
        variant = copy.copy(table)
        variant.demonyms = {k: v for k, v in table.demonyms.items() if k not in INDIAN_DEMONYMS}
        variant.americas = None
        table.americas = variant
    return table.americas
