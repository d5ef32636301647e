"""What resolution knows before it reads an article, all of it shipped data under ``data/knowledge/``:

- ``phoenix_actors.tsv.gz``: the Phoenix/PETRARCH actor dictionaries (MIT, ``PHOENIX-LICENSE``), compiled by
  ``scripts/build_knowledge.py``: about 35,000 names of people, organisations and countries, each with the
  dictionary record it belongs to and that record's dated CAMEO codes;
- ``equivalences.tsv``: well-known names of one actor that the dictionaries lack (GOP = Republican Party);
- ``teams.tsv``: sports teams, whose full names and distinctive nicknames are one actor each (``teams``);
- ``nicknames.tsv`` (read by ``names``) and the entity lexicon's given names;
- for the codes stage only (``dossier.codes``): ``phoenix_agents.tsv``, the Phoenix agents dictionary (generic
  nouns and their role codes: "police" -> ~COP), compiled by the same script, with dossier's additions and
  overrides in ``agents.tsv``; ``actors.tsv``, dossier's dated codes for actors the dictionaries lack or
  date wrongly (they end around 2015), which win over the Phoenix codes of the same name; and
  ``organisations.tsv``, dossier's table of well-known companies, media, NGOs, parties, legislatures, armed
  groups and universities with their codes, read the same way (``actors.tsv`` wins over it; the entity
  stage also recognises its names, ``organisations``); and ``leaders.tsv``, the heads of state and
  government of every country from 1975 to 2025 with the dates of each term (``leaders``), which the codes
  stage adds to what the dictionaries say of a person (Phoenix's records begin in the 1990s and stop around
  2015). None touches resolution: they live apart from ``entries``.

``Knowledge.load()`` reads them once; a corpus build holds one instance and passes it down.
"""

from __future__ import annotations

import datetime
import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.errors import DataError
from dossier.resolve.names import DATA, given_names, name_key
from dossier.resolve.teams import TeamTable

KNOWLEDGE = DATA / "knowledge"


@dataclass(frozen=True)
class DictionaryEntry:
    """One actor of a dictionary: its number, kind (person | org | country) and CAMEO codes with dates."""

    entry: str  # "phoenix:17846" or "dossier:3"
    kind: str
    codes: tuple[str, ...] = ()  # "USAGOV:1993-01-20:2001-01-20"


# British spellings and the American ones the Phoenix dictionaries use, as (British, American) word parts: one table
# read both ways (a name looked up in American, an agents phrase read in British too)
SPELLINGS = (("isation", "ization"), ("defence", "defense"), ("labour", "labor"))
BRITISH_FORMS = tuple(british for british, _ in SPELLINGS)


def _american_spelling(key: str) -> str:
    """A folded name in the American spelling the Phoenix dictionaries use ("organisation" -> "organization",
    "defence" -> "defense", "labour" -> "labor"); the key itself when it has no British form (most keys: a test of
    three substrings, not a regex, on the lookup path every name takes)."""
    if not any(form in key for form in BRITISH_FORMS):
        return key
    for british, american in SPELLINGS:
        key = key.replace(british, american)
    return key


def british_spelling(phrase: str) -> str:
    """A phrase in the British spelling of ``SPELLINGS`` ("defense force" -> "defence force", "labor activists" ->
    "labour activists")."""
    for british, american in SPELLINGS:
        phrase = re.sub(rf"{american}(?=\w{{0,3}}\b)", british, phrase)  # "laborers", not "laboratory"
    return phrase


def members_name(key: str) -> str | None:
    """A party's name by its members, from its folded name by its adjective ("civic democratic party" -> "civic
    democrats", "socialist party" -> "socialists", "liberal party" -> "liberals"), or None."""
    words = key.split()
    if len(words) < 2 or words[-1] != "party" or not words[-2].endswith(MEMBER_ADJECTIVES):
        return None
    adjective = words[-2]
    plural = adjective[:-2] + "s" if adjective.endswith("atic") else adjective + "s"
    return " ".join([*words[:-2], plural])


# the endings of the adjectives a party's members are named by ("democratic", "socialist", "conservative")
MEMBER_ADJECTIVES = ("atic", "ist", "ive", "al", "an")


# republics whose president heads the executive beside a premier he appoints (presidential and semi-presidential):
# where the table gives the premier no party, the president's is the party in power
PRESIDENTS_GOVERN = frozenset(
    {
        "TWN", "PER", "KOR", "RUS", "FRA", "LKA", "EGY", "DZA", "TUN", "SEN", "CIV", "CMR", "MOZ", "TZA", "RWA",
        "KAZ", "UZB", "BLR", "AZE", "UKR", "GAB", "MDG", "BFA", "MLI", "NER", "TCD", "GIN", "BEN", "TGO", "COD",
        "COG", "CAF", "HTI", "SYR", "YEM", "SDN", "NAM", "ZWE", "MWI", "ZMB", "KGZ", "TJK", "TKM", "GEO", "ARM",
    }
)  # fmt: skip


@dataclass
class Knowledge:
    entries: dict[str, list[DictionaryEntry]] = field(default_factory=dict)  # folded name -> entries
    given_names: set[str] = field(default_factory=set)
    teams: TeamTable = field(default_factory=TeamTable)  # teams.tsv
    agents: dict[str, str] = field(default_factory=dict)  # phrase ("foreign minister") -> code ("~GOV", "IGO~", "")
    actor_codes: dict[str, DictionaryEntry] = field(default_factory=dict)  # folded name -> dossier's dated codes
    organisations: dict[str, DictionaryEntry] = field(default_factory=dict)  # organisations.tsv, names as written
    first_names: dict[str, str] = field(default_factory=dict)  # equivalence group -> its first name, as written
    # folded name -> the heads of state or government of that name (leaders.tsv): their terms as GOV codes, the
    # time between and after them as ELI
    leaders: dict[str, list[DictionaryEntry]] = field(default_factory=dict)
    # alpha-3 -> the terms of its heads: (from, to, office, folded party names, folded names of the holder)
    terms: dict[str, list[tuple[str, str, str, frozenset[str], frozenset[str]]]] = field(default_factory=dict)
    # the heads' names and other names as the table writes them, folded (person_names)
    leader_names: frozenset[str] = frozenset()
    # surname -> entry -> coded person, per source ("dossier", "phoenix"); built on first use (people_by_surname)
    _by_surname: dict[str, dict[str, dict[str, DictionaryEntry]]] | None = field(
        default=None, repr=False, compare=False
    )
    # a party's folded name (and its members' name) -> the countries whose heads it gave (countries_of_party)
    _party_countries: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # the organisations table's names, folded (is_organisation)
    _organisation_keys: frozenset[str] | None = field(default=None, repr=False, compare=False)
    # surname -> [(name, coded person)], per source: the names of those people (people_named)
    _named: dict[str, dict[str, list[tuple[str, DictionaryEntry]]]] | None = field(
        default=None, repr=False, compare=False
    )
    # a coded person's name without its last word -> [(name, entry)]: "augusto pinochet" -> "augusto pinochet
    # ugarte" (people_with_one_more_surname)
    _by_name_but_last: dict[str, list[tuple[str, DictionaryEntry]]] | None = field(
        default=None, repr=False, compare=False
    )
    # company name without its corporate word -> entry -> codes, per set of corporate words (companies_by_stem)
    _by_stem: dict[frozenset[str], dict[str, dict[str, tuple[str, ...]]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # a head of state's or government's full name and surname (folded) -> their records (heads_of)
    _heads_by_name: dict[str, list[DictionaryEntry]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, directory: Path = KNOWLEDGE) -> Knowledge:
        kb = cls()
        with gzip.open(directory / "phoenix_actors.tsv.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(("#", "name\t")):
                    continue
                name, entry_id, kind, codes = line.rstrip("\n").split("\t")
                mended = _mended(name, tuple(c for c in codes.split(";") if c))
                kb._add(name, DictionaryEntry(f"phoenix:{entry_id}", kind, mended))
        for n, line in enumerate(_lines(directory / "equivalences.tsv")):
            etype, *names = line.split("\t")
            entry = DictionaryEntry(f"dossier:{n}", "person" if etype == "PERSON" else "org")
            kb.first_names[entry.entry] = names[0]
            for name in names:
                kb._add(name, entry)
        # a team's full name and the nicknames only it bears ("North Carolina Tar Heels", "Tar Heels"): one actor;
        # the entity stage reads the rest of the table from here (``EntityLexicon.teams``)
        kb.teams = TeamTable.load(directory / "teams.tsv")
        for n, (full, nicknames) in enumerate(kb.teams.knowledge_names()):
            entry = DictionaryEntry(f"dossier:team{n}", "org")
            kb.first_names[entry.entry] = full
            for name in (full, *nicknames):
                kb._add(name, entry)
        kb.given_names = set(given_names())
        if (directory / "phoenix_agents.tsv").exists():
            for line in _lines(directory / "phoenix_agents.tsv")[1:]:
                phrase, code = line.split("\t")
                kb.agents.setdefault(phrase, code)  # the dictionary's first code of a phrase
        if (directory / "agents.tsv").exists():
            for line in _lines(directory / "agents.tsv"):
                phrase, code = (line.split("\t") + [""])[:2]
                kb.agents[" ".join(phrase.lower().split())] = code.strip()  # dossier's rows win
        # organisations.tsv first: a name of actors.tsv wins over one of it
        for fname, prefix, kind in (
            ("organisations.tsv", "dossier-orgs", "org"),
            ("actors.tsv", "dossier-actors", "actor"),
        ):
            if not (directory / fname).exists():
                continue
            for n, (name, others, row_codes) in enumerate(coded_rows(directory / fname)):
                entry = DictionaryEntry(f"{prefix}:{n}", kind, row_codes)
                for alias in [name, *others]:
                    if name_key(alias):
                        kb.actor_codes[name_key(alias)] = entry
                        if kind == "org":
                            kb.organisations[alias.strip()] = entry
        if (directory / "leaders.tsv").exists():
            rows = leader_terms(directory / "leaders.tsv")
            kb.leaders = _leaders(rows)
            kb.terms = _terms(rows)
            kb.leader_names = frozenset(name_key(n) for row in rows for n in row.names)
        return kb

    def person_names(self) -> frozenset[str]:
        """The folded names of two words or more of the Phoenix dictionary's people and of the heads' table (a
        one-word name, "Lula", is too often something else to find in a text by itself)."""
        phoenix = (
            key
            for key, entries in self.entries.items()
            if any(e.kind == "person" and e.entry.startswith("phoenix:") for e in entries)
        )
        return frozenset(n for n in (*phoenix, *self.leader_names) if len(n.split()) >= 2)

    def ruling_parties(self, iso: str, date: str) -> frozenset[str] | None:
        """The folded names of the parties in power in a country on a date: those of its heads of government in
        office then (of its head of state when no head of government is, or when the head of government's has none),
        by ``leaders.tsv``. None when the table names no party of a head in office (a monarch's, a junta's, or a
        country it does not know)."""
        heads = [t for t in self.terms.get(iso, []) if t[0] <= date and (not t[1] or date <= t[1])]
        governing = [t for t in heads if "HOG" in t[2]] or heads
        parties = frozenset().union(*(t[3] for t in governing)) if governing else frozenset()
        if not parties and heads and iso in PRESIDENTS_GOVERN:
            # a premier of no party beside a president of one, where the president governs (Taiwan's, Peru's): the
            # president's party; not a caretaker premier in a parliamentary republic (Bulgaria's in 2013)
            parties = frozenset().union(*(t[3] for t in heads))
        return parties or None

    def party_elected(self, iso: str, names: set[str], date: str, within: int) -> frozenset[str] | None:
        """The party of the term a person (by folded names, hyphens as spaces) takes up in a country within
        ``within`` days after ``date`` (a leader elected, not yet in office), if the table names one."""
        try:
            until = (datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=within)).isoformat()
        except ValueError:
            return None
        keys = {name_key(n.replace("-", " ")) for n in names}
        for start, _end, _office, parties, holder in self.terms.get(iso, []):
            if date < start <= until and holder & keys and parties:
                return parties
        return None

    def parties_of(self, iso: str) -> frozenset[str]:
        """The folded names of every party that has held power in a country since 1975 (``leaders.tsv``)."""
        return frozenset().union(*(t[3] for t in self.terms.get(iso, [])))

    def countries_of_party(self, key: str) -> frozenset[str]:
        """The countries one of whose heads since 1975 led or belonged to a party of this folded name, or of these
        members ("civic democrats": the Civic Democratic Party's; ``leaders.tsv``; built on first use)."""
        if self._party_countries is None:
            index: dict[str, set[str]] = {}
            for iso, terms in self.terms.items():
                for party in frozenset().union(*(t[3] for t in terms)):
                    for name in filter(None, (party, members_name(party))):
                        index.setdefault(name, set()).add(iso)
            self._party_countries = {k: frozenset(v) for k, v in index.items()}
        return self._party_countries.get(key, frozenset())

    def leader(self, name: str) -> list[DictionaryEntry]:
        """The heads of state or government filed under this name (``leaders.tsv``): one record per person and
        country, with the terms as GOV codes."""
        return self.leaders.get(name_key(name), [])

    def heads_of(self, name: str, iso3: str) -> list[DictionaryEntry]:
        """The heads of state or government of one country (``leaders.tsv``) this name is, in full or by surname
        ("Obama" of the United States: Barack Obama; "Bush": the two Presidents Bush; a surname after a particle
        too, "Assad" of "Bashar al-Assad"). Built on first use."""
        return [e for e in self._heads_index().get(name_key(name), []) if e.codes and e.codes[0][:3] == iso3]

    def names_a_head(self, name: str) -> bool:
        """Whether a name is, in full or by surname, a head of state or government of any country (``heads_of``)."""
        return bool(self._heads_index().get(name_key(name)))

    def _heads_index(self) -> dict[str, list[DictionaryEntry]]:
        if self._heads_by_name is None:
            index: dict[str, list[DictionaryEntry]] = {}
            for alias, entries in self.leaders.items():
                words = alias.split()
                for key in {alias, words[-1], words[-1].split("-")[-1]} if len(words) > 1 else {alias}:
                    bucket = index.setdefault(key, [])
                    bucket.extend(e for e in entries if e not in bucket)
            self._heads_by_name = index
        return self._heads_by_name

    def people_by_surname(self) -> dict[str, dict[str, dict[str, DictionaryEntry]]]:
        """The coded people of dossier's own table and of Phoenix, by the last word of their names, per
        source: ``{"dossier": {surname: {entry: record}}, "phoenix": {...}}`` (built once per instance)."""
        if self._by_surname is None:
            index: dict[str, dict[str, dict[str, DictionaryEntry]]] = {"dossier": {}, "phoenix": {}}
            named: dict[str, dict[str, list[tuple[str, DictionaryEntry]]]] = {"dossier": {}, "phoenix": {}}
            for key, entry in self.actor_codes.items():
                if len(key.split()) >= 2 and entry.kind != "org":  # "Goldman Sachs" is nobody's surname
                    index["dossier"].setdefault(key.split()[-1], {})[entry.entry] = entry
                    named["dossier"].setdefault(key.split()[-1], []).append((key, entry))
            for key, entries in self.entries.items():
                for entry in entries:
                    if entry.kind == "person" and entry.codes and len(key.split()) >= 2:
                        index["phoenix"].setdefault(key.split()[-1], {})[entry.entry] = entry
                        named["phoenix"].setdefault(key.split()[-1], []).append((key, entry))
            self._by_surname, self._named = index, named
        return self._by_surname

    def people_with_one_more_surname(self, name: str) -> list[tuple[str, DictionaryEntry]]:
        """The coded people whose full name is this name and one surname more ("Augusto Pinochet" -> Phoenix's
        "Augusto Pinochet Ugarte", the mother's surname of Spanish and Portuguese names; "Fernando Collor" ->
        "Fernando Collor de Mello", one with its particle), each with its name."""
        if self._by_name_but_last is None:
            index: dict[str, list[tuple[str, DictionaryEntry]]] = {}
            for key, entries in self.entries.items():
                words = key.split()
                cut = 2 if len(words) >= 4 and words[-2] in SURNAME_PARTICLES else 1
                if len(words) >= 3:
                    for entry in entries:
                        if entry.kind == "person" and entry.codes:
                            index.setdefault(" ".join(words[:-cut]), []).append((key, entry))
            self._by_name_but_last = index
        return self._by_name_but_last.get(name_key(name), [])

    def people_named(self, source: str, surname: str) -> list[tuple[str, DictionaryEntry]]:
        """The coded people of a source ("dossier", "phoenix") with this surname (folded), each with the name
        it is filed under ("jose vicente rangel")."""
        self.people_by_surname()
        assert self._named is not None
        return self._named[source].get(surname, [])

    def companies_by_stem(self, corporate: frozenset[str]) -> dict[str, dict[str, tuple[str, ...]]]:
        """The Phoenix business (MNC) records whose name ends in one of the ``corporate`` words, by the name
        without it ("zte" for "ZTE Corp"): ``{stem: {entry: codes}}`` (built once per instance and word set)."""
        if corporate not in self._by_stem:
            index: dict[str, dict[str, tuple[str, ...]]] = {}
            for key, entries in self.entries.items():
                words = key.split()
                if len(words) < 2 or words[-1] not in corporate:
                    continue
                for e in entries:
                    if e.codes and e.codes[0].startswith("MNC"):
                        index.setdefault(" ".join(words[:-1]), {})[e.entry] = e.codes
            self._by_stem[corporate] = index
        return self._by_stem[corporate]

    def _add(self, name: str, entry: DictionaryEntry) -> None:
        key = name_key(name)
        if key:
            bucket = self.entries.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)

    def lookup(self, name: str) -> list[DictionaryEntry]:
        key = name_key(name)
        return self.entries.get(key) or self.entries.get(_american_spelling(key), [])

    def coded(self, name: str) -> list[DictionaryEntry]:
        """The dictionary records that give this name codes: dossier's own (``actors.tsv``) first and alone,
        else the Phoenix records with codes (under the American spelling the dictionaries use, when the name has
        the British one: "Palestine Liberation Organisation")."""
        key = name_key(name)
        if key in self.actor_codes:
            return [self.actor_codes[key]]
        return [e for e in self.entries.get(key) or self.entries.get(_american_spelling(key), []) if e.codes]

    def equivalence(self, name: str) -> str | None:
        """The hand-written equivalence group of a name ("GOP" -> "dossier:0"), which wins over the dictionaries."""
        hits = [e.entry for e in self.lookup(name) if e.entry.startswith("dossier:")]
        return hits[0] if len(hits) == 1 else None

    def equivalent_name(self, name: str) -> str:
        """The first name of the equivalence group a name is in ("John Ellis Bush" -> "Jeb Bush"), else the name."""
        group = self.equivalence(name)
        return self.first_names.get(group, name) if group else name

    def is_organisation(self, name: str) -> bool:
        """A name of dossier's organisations table (``organisations.tsv``), whatever its case."""
        if self._organisation_keys is None:
            self._organisation_keys = frozenset(name_key(n) for n in self.organisations)
        return name_key(name) in self._organisation_keys

    def org_entry(self, name: str) -> str | None:
        """The one dictionary record of an organisation with this exact name, if there is exactly one."""
        hits = {e.entry for e in self.lookup(name) if e.kind == "org"}
        return hits.pop() if len(hits) == 1 else None

    def kind(self, name: str) -> str | None:
        """person | org | country when every dictionary entry of the name agrees, else None."""
        kinds = {e.kind for e in self.lookup(name)}
        return kinds.pop() if len(kinds) == 1 else None


@dataclass(frozen=True)
class LeaderTerm:
    """One row of ``leaders.tsv``: a term of a head of state or government in one office."""

    names: tuple[str, ...]  # the name as news writes it first, then its other forms
    country: str  # alpha-3
    office: str  # HOS | HOG | HOS+HOG
    start: str  # ISO date
    end: str  # ISO date, or "" while in office at the table's end
    parties: tuple[str, ...]  # the holder's party as news names it, then its other names


OFFICES = {"HOS", "HOG", "HOS+HOG"}


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The shipped knowledge, read once per process and shared by the stages that read it (the entity stage's
    dictionary people, the codes stage, resolution)."""
    return Knowledge.load()


def leader_terms(path: Path) -> list[LeaderTerm]:
    """The rows of ``leaders.tsv`` (name, other names, alpha-3, office, from, to, party; "|" between names),
    checked: a malformed row stops the load with a message naming the file, the line and what to mend."""
    out = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (6, 7):
            raise DataError(f"{path}:{number}: {len(cells)} tab-separated cells; a term has 6 or 7 (see the header)")
        name, others, iso, office, start, end, party = [c.strip() for c in cells + [""] * (7 - len(cells))]
        if office not in OFFICES:
            raise DataError(f"{path}:{number}: office {office!r} is not one of HOS, HOG, HOS+HOG")
        try:
            begun = datetime.date.fromisoformat(start)
            ended = datetime.date.fromisoformat(end) if end else None
        except ValueError:
            raise DataError(f"{path}:{number}: dates must be YYYY-MM-DD (the end may be empty)") from None
        if ended is not None and ended < begun:
            raise DataError(f"{path}:{number}: the term ends ({end}) before it begins ({start})")
        names = tuple(n.strip() for n in [name, *others.split("|")] if name_key(n))
        if not names or len(iso) != 3:
            raise DataError(f"{path}:{number}: a term needs a name and an alpha-3 country code")
        out.append(LeaderTerm(names, iso, office, start, end, tuple(p for p in party.split("|") if name_key(p))))
    return out


# a dated actor code: CAMEO letters, then "from:to" dates, either open ("RUSGOV::", "SSDREB::2005-01-08")
ACTOR_CODE = re.compile(r"[A-Z]{3,9}:(\d{4}-\d{2}-\d{2})?:(\d{4}-\d{2}-\d{2})?")


def _dated_code(code: str) -> bool:
    """Whether a code is CAMEO letters and two dates or open ends that are real days."""
    found = ACTOR_CODE.fullmatch(code)
    try:
        return found is not None and all(datetime.date.fromisoformat(d) for d in found.groups() if d)
    except ValueError:
        return False


def coded_rows(path: Path) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The rows of ``organisations.tsv`` or ``actors.tsv`` (name, other names "|", codes ";"), checked: a malformed
    row stops the load with a message naming the file, the line and what to mend, as ``leader_terms`` does."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise DataError(
                f"{path}:{number}: {len(cells)} tab-separated cells; a row has 3 (name, other names, codes)"
            )
        name, others, codes = cells
        if not name.strip():
            raise DataError(f"{path}:{number}: a row needs a name in its first cell")
        parsed = tuple(c for c in codes.split(";") if c)
        wrong = next((c for c in parsed if not _dated_code(c)), None)
        if not parsed or wrong is not None:
            raise DataError(
                f"{path}:{number}: code {wrong or codes!r} is not CODE:from:to (e.g. RUSGOV:: or COLREB::1990-03-08)"
            )
        out.append((name, tuple(o for o in others.split("|")), parsed))
    return out


def _spoken_forms(names: tuple[str, ...]) -> list[str]:
    """A holder's names and their forms with hyphens as spaces ("Kim Il-sung" is also "Kim Il Sung")."""
    return [*names, *(n.replace("-", " ") for n in names if "-" in n)]


def _leaders(rows: list[LeaderTerm]) -> dict[str, list[DictionaryEntry]]:
    """The table's terms as one record per person and country: each term a GOV code, each gap after a term until
    the next an ELI code (a former head of state is CAMEO's elite), the last one open."""
    terms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    names: dict[tuple[str, str], set[str]] = {}
    person_of: dict[tuple[str, str], tuple[str, str]] = {}  # (folded alias, country) -> the person's first row
    for row in rows:
        aliases = _spoken_forms(row.names)
        # rows of one country that share a name are one person ("Tupua Tamasese Efi", "Tui Atua Tupua Tamasese Efi")
        person = next(
            (person_of[(name_key(a), row.country)] for a in aliases if (name_key(a), row.country) in person_of),
            (name_key(row.names[0]), row.country),
        )
        for alias in aliases:
            person_of.setdefault((name_key(alias), row.country), person)
        terms.setdefault(person, []).append((row.start, row.end))
        names.setdefault(person, set()).update(aliases)
    out: dict[str, list[DictionaryEntry]] = {}
    for n, person in enumerate(sorted(terms)):
        iso = person[1]
        codes: list[str] = []
        spans = sorted(set(terms[person]))
        for i, (start, end) in enumerate(spans):
            codes.append(f"{iso}GOV:{start}:{end}")
            later = [s for s, _ in spans[i + 1 :] if s > end] if end else []
            covered = any(s <= end and (not e or e > end) for s, e in spans)  # another office goes on
            if end and not covered and not (later and min(later) <= _day_after(end)):
                codes.append(f"{iso}ELI:{_day_after(end)}:{_day_before(min(later)) if later else ''}")
        entry = DictionaryEntry(f"dossier-leaders:{n}", "person", tuple(codes))
        for alias in sorted(names[person]):
            bucket = out.setdefault(name_key(alias), [])
            if entry not in bucket:
                bucket.append(entry)
    return out


def _terms(rows: list[LeaderTerm]) -> dict[str, list[tuple[str, str, str, frozenset[str], frozenset[str]]]]:
    """The table's terms by country: (from, to, office, folded names of the holder's party, folded names of the
    holder, hyphens as spaces)."""
    out: dict[str, list[tuple[str, str, str, frozenset[str], frozenset[str]]]] = {}
    for row in rows:
        parties = frozenset(name_key(p) for p in row.parties)
        holder = frozenset(name_key(n.replace("-", " ")) for n in row.names)
        out.setdefault(row.country, []).append((row.start, row.end, row.office, parties, holder))
    return out


def _day_after(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


def _day_before(day: str) -> str:
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


def _mended(name: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """A record's codes with the dictionaries' known errors mended: CountryInfo files Mauritania's leaders
    (Moktar Ould Daddah to Mohamed Ould Abdel Aziz) at the head of Mauritius's section, under its code MUS; a
    name with the Hassaniya patronymic "ould" coded MUS is Mauritania's (MRT)."""
    if " ould " in f" {name} " and any(c.startswith("MUS") for c in codes):
        return tuple("MRT" + c[3:] if c.startswith("MUS") else c for c in codes)
    return codes


SURNAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di"}  # "Collor de Mello", "Lula da Silva"


def _lines(path: Path) -> list[str]:
    lines = (line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line.strip() and not line.startswith("#")]
