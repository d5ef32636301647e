"""The codes stage: every document entity gets a country (ISO alpha-3), a CAMEO sector and dated codes,
each with its evidence; every event gets its source's and target's country and sector at the event's date.

Sources, in order of trust (the first that speaks wins, separately for country and for sector):

1. the article's own words about the actor: its current roles and titles ("Russian Foreign Minister",
   "General"), the organisation a role names ("director of the FBI" takes the FBI's codes), a capital or
   a building used as a government ("Moscow said", "the Kremlin"), a country in an organisation's name;
2. the actor dictionaries (dossier's ``actors.tsv``, else Phoenix): the code in force on the date;
3. the nominal mentions coreference linked to the actor ("the US secretary of state", "his Russian
   counterpart", "Syrian rebels"): the article's words too, but a link the sieve may have got wrong, so
   below a dictionary record of the actor's name;
4. the nouns of the actor's own name, read with the agents dictionary ("Iraqi police" -> COP);
5. the countries table: a country is itself (RUS), a city is in its country;
6. the scene, for a named person or organisation nothing above places, and for a group only described that
   is of the country where it acts: the one country its sentence, paragraph or article is set in
   (``evidence.source`` "scene"), never against another country named there.

Pure functions over the analysis records: ``code_analysis`` fills ``Entity.country_code``, ``sector``,
``codes`` and the events' ``source_country`` ... ``target_sector``.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from dossier.codes.codebook import (
    HONORIFIC_TITLES,
    INTERNATIONAL,
    LEXICON_DIR,
    REGION_AFTER,
    Codebook,
    _key,
    code_words,
    default_codebook,
    default_knowledge,
    dictionary_countries,
    native_country_words,
    parse_code,
    shared_names,
    shared_names_at_home,
)
from dossier.codes.minorities import minority_home
from dossier.codes.text import (
    AFTER_VERB,
    COMPASS_WORDS,
    CONTINGENTS,
    FORMER,
    PAIR_BEFORE_OF,
    POSSESSED_DEPUTY,
    PUBLIC_SECTORS,
    RELATIONS_WITH,
    STANDING_WORDS,
    academic_setting,
    advocacy_name,
    communist_ruled,
    company_said,
    country_acts,
    country_leads,
    demonym_plural,
    fleeing_after,
    government_mention,
    group_after,
    home_place,
    insurgent_army,
    invariant_people,
    kind_sector,
    leaving_as,
    left_home_after,
    office_by_succession,
    office_left,
    on_strike,
    organisation_head,
    organisation_home,
    organisation_kind,
    pair_end,
    party_leader,
    place_after_name,
    place_come_from,
    place_fled,
    plural_title_of_pair,
    police_members,
    premodifying_nouns,
    principal_sector,
    role_apposed,
    role_apposed_before,
    role_before,
    role_left,
    role_named_within,
    rule_ended,
    sentence_around,
    ship_of,
    staff_of,
    strikes_after,
    title_over_list,
    title_run,
    weapons_after,
    workers_as_victims,
)
from dossier.models import ActorCode, Analysis, CodeEvidence, Entity, Event, Mention
from dossier.resolve.indigenous import INDIAN_DEMONYMS
from dossier.resolve.keys import person_noun, person_shaped
from dossier.resolve.knowledge import DictionaryEntry, Knowledge, members_name, name_key
from dossier.resolve.names import (
    GOVERNMENT_HEADS,
    MONARCHS,
    ROYALS_BY_GIVEN_NAME,
    PersonName,
    compatible,
    entity_words,
    fold,
    parse_person,
)

ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
TITLE_WORDS = code_words("title_words.txt")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")
# the sectors of a state's public offices, whose holder is of the capital the office is named for
PUBLIC_OFFICE_SECTORS = {"GOV", "JUD", "LEG", "COP"}
RULING_SECRETARY = re.compile(r"\b(?:general|first)\s+secretary\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}communist\b", re.I)


@dataclass
class Found:
    """One piece of evidence for a country or a sector."""

    value: str
    evidence: CodeEvidence


@dataclass
class Coding:
    """What the stage knows about one actor before a date picks among its dictionary codes."""

    text_country: Found | None = None  # roles, titles, capitals, the actor's own name
    text_sector: Found | None = None
    dictionary: list[ActorCode] = field(default_factory=list)
    scene_country: Found | None = None  # where a name every country has ("Congress") is set: above the dictionary
    home_country: Found | None = None  # "London-listed", "Houston-based": below the dictionary, sets no scene
    nominal_country: Found | None = None  # nominal mentions coreference linked: below the dictionary
    nominal_sector: Found | None = None
    name_sector: Found | None = None
    table_country: Found | None = None
    scene_fallback: Found | None = None  # where the actor's sentence, paragraph or article is set: the last resort
    setting: Found | None = None  # where a sentence of two countries says things happen: below the last resort
    person: bool = False  # a person's record: "ZWEGOVMED" is a minister of information (GOV), not state media
    home_in_name: bool = False  # home_country is a town its own name opens with ("Delhi High Court"): no elsewhere
    country_in_name: bool = False  # text_country is a country word of the organisation's own name ("Syrian Army")
    state_body: bool = False  # a body every state has, named as one country's ("Algeria's High Security Council")
    kind_named: bool = False  # a kind noun names it an organisation ("the news site Rappler"), whatever the NER said
    # an officer of an international non-governmental body ("its president" of the IOC, "the president of FIFA"):
    # of no country, as an IGO's officer is
    international_member: bool = False
    namesake: Found | None = None  # a city's namesake the words beside it place it in ("Tripoli" beside "Lebanese")
    government_mentions: set[tuple[int, int]] = field(default_factory=set)  # "Moscow", "the Kremlin" as actor
    nominals: dict[tuple[int, int], str] = field(default_factory=dict)  # the actor's descriptions, by offsets

    def country_from(self, words: str, ev: CodeEvidence, book: Codebook, sector: str | None = None) -> None:
        """The country a role phrase names ("Indonesia's president"), or the capital a public office is of
        ("Bangkok Governor", "Moscow prosecutor"; not "Beijing correspondent", who is anyone's), unless the text
        gave one already."""
        place = book.country_in(words)
        if place is None and sector in PUBLIC_OFFICE_SECTORS and len(words.split()) > 1:
            first, title = words.split(maxsplit=1)
            place = _capital_before(first + " ", len(first) + 1, title, book)  # "Bangkok| Governor"
        if place and not self.text_country:
            self.text_country = Found(place[0], ev)

    def filed(self, date: str | None, book: Codebook) -> tuple[ActorCode | None, str | None, str | None]:
        """(the dictionary code in force, its country, its sector) on a date, whatever the article's words say; with
        no code in force (Reagan in 2016), the country all the record's codes share."""
        code = in_force(self.dictionary, date)
        if code is not None:
            return (code, *parse_code(code.code, book.countries, person=self.person))
        known = {parse_code(c.code, book.countries)[0] for c in self.dictionary}
        return None, known.pop() if len(known) == 1 else None, None

    def at(
        self, date: str | None, book: Codebook
    ) -> tuple[str | None, str | None, ActorCode | None, list[CodeEvidence]]:
        """(country, sector, the dictionary code in force, the evidence of what did not come from it) on a date."""
        code, dict_country, dict_sector = self.filed(date, book)
        evidence: list[CodeEvidence] = []
        country = sector = None
        # an international record (IGOUNO, NGOHRI, IMGMUSISI) has no country on purpose: a linked nominal
        # ("the Russian government" attached to WikiLeaks by the sieve) does not give it one
        international = bool(code and code.code[:3] in ("IGO", "NGO", "IMG"))
        nominal = None if international else self.nominal_country
        home = None if international else self.home_country  # "London-based Amnesty International": none
        for found, value in (
            (self.text_country, None),
            (self.scene_country, None),
            (None, dict_country),
            (home, None),
            (nominal, None),
            (self.table_country, None),
            (self.scene_fallback, None),
        ):
            value = found.value if found else value
            if value:
                country = value
                if found:
                    evidence.append(found.evidence)
                break
        chosen = None
        for found, value in (
            (self.text_sector, None),
            (None, dict_sector),
            (self.nominal_sector, None),
            (self.name_sector, None),
        ):
            value = found.value if found else value
            if value:
                sector, chosen = value, found
                if found and found.evidence not in evidence:
                    evidence.append(found.evidence)
                break
        seized = dict_sector == "GOV" and _office_just_seized(code, date)
        ranked = next(
            (
                f
                for f in (self.text_sector, self.nominal_sector)
                if f and f.value == "MIL" and _rank_only(f.evidence.text)
            ),
            None,
        )
        if seized and ranked is not None:
            # the day an officer seizes power ("Major Pierre Buyoya overthrew President Bagaza", the dictionary's
            # office beginning that day): the army acting, as the gold codes every coup's officer, not yet a ruler
            sector, chosen = "MIL", ranked
            if ranked.evidence not in evidence:
                evidence.append(ranked.evidence)
        elif chosen is not None and sector == "MIL" and dict_sector == "GOV" and _rank_only(chosen.evidence.text):
            # a military ruler the dictionary gives the government on the date, named by his rank alone ("General
            # Augusto Pinochet" in 1986, "General Ibrahim Babangida" in 1993): the office over the rank
            sector = "GOV"
        elif (
            chosen is not None
            and sector == "MIL"
            and dict_sector == "ELI"
            and _rank_only(chosen.evidence.text)
            and _ruled_before(self.dictionary, date)
        ):
            # a military ruler named by his rank after his rule ended ("overthrew Colonel Saye Zerbo" the day after
            # the coup): a former ruler, CAMEO's elite, as the dictionary has him after his GOV term
            sector = "ELI"
        communists_out = not communist_ruled(country, date)
        if (
            chosen
            and sector == "PTY"
            and country is not None
            and not communists_out
            and RULING_SECRETARY.search(chosen.evidence.text)
        ):
            # the general secretary of a ruling communist party is its state's leader ("Konstantin Chernenko was named
            # general secretary of the Soviet Communist Party" in 1984): the government's, as the table of heads has it
            sector = "GOV"
        if (
            chosen
            and sector in ("PTY", "GOV")
            and country != "USA"
            and party_leader(chosen.evidence.text, communists_out)
        ):
            # a party's leader named as such, not by an office, is out of government: CAMEO's opposition ("the
            # leader of the Republican People's Party", "Communist leader Gennady Zyuganov"), unless the
            # dictionary gives an office on the date (US parties have no opposition code: PTY stays)
            sector = dict_sector if dict_sector in OFFICES else "OPP"
        said = self.text_sector
        if (
            said
            and said.value == "ELI"
            and dict_sector in OFFICES
            and CANDIDATE & set(said.evidence.text.lower().split())
        ):
            # a candidacy is no office: the office the dictionary gives on the date ("Republican vice presidential
            # candidate Mike Pence" in 2016: GOV, the governor; a candidate without one stays ELI)
            sector = dict_sector
        if (
            said
            and said.value == "ELI"
            and sector == "ELI"
            and dict_sector == "GOV"
            and _left_office(said.evidence.text)
            and _heads_term_on(self.dictionary, date)
        ):
            # a former office of his named the day the table of heads has him take another ("swore in Ali Hassan
            # Mwinyi, the former president of Zanzibar, as his successor"): the office he holds, as the table's
            # dated terms say (not Phoenix's, which leave offices open)
            sector = "GOV"
        if sector == "PTY" and dict_sector == "OPP" and country in (None, dict_country):
            # a party figure whom the dictionary files as the opposition on the date: OPP is the narrower code
            # ("Labour leader Keir Starmer" in 2022)
            sector = "OPP"
        described = self.nominal_sector
        if (
            sector == "PTY"
            and chosen is None
            and country != "USA"
            and described is not None
            and described.value == "OPP"
            and OPPOSITION_BODY.search(described.evidence.text)
        ):
            # a party the tables file, which the article describes as an opposition body ("Al Wefaq, the main
            # Shi'ite opposition bloc"; not "the opposition" a coreference may have joined to it): OPP is the
            # narrower code (US parties have no opposition code)
            sector = "OPP"
            evidence.append(described.evidence)
        if sector == "IGO" and chosen is None and self.state_body:
            # a dictionary's international body by a name every state gives one of its own, named as one
            # country's ("Algeria's High Security Council": not the UN's Security Council): that state's
            sector = "GOV"
        in_name = self.text_country if self.country_in_name else None
        if code and code.code[:3] == "IMG" and in_name is not None and country == in_name.value:
            # a militant group the dictionaries file as spanning countries ("Islamic State of Iraq and the
            # Levant": IMGMUSISI) is of none, though a country is in its name
            country = None
            evidence = [e for e in evidence if e is not in_name.evidence]
        # ... nor has the officer of a body the dictionary itself files as of no country (an NGO code in force: "Sepp
        # Blatter" in 2010, FIFA's)
        filed_abroad = self.person and chosen is None and international and dict_country is None
        if sector == "IGO" or (sector == "NGO" and (self.international_member or filed_abroad)):
            # an international organisation's official ("NATO Secretary General") has no country, nor has an
            # organisation of states a word of its own name gives ("Organization of American States": not USA);
            # nor the nationality or the post the words give him ("a Greek vice president of the European
            # Parliament", "the UN's special representative for Iraq"): he acts for the organisation, as the gold
            # codes all of its 366 IGO actors
            countries = {
                id(f.evidence)
                for f in (self.text_country, self.scene_country, self.home_country, self.nominal_country,
                          self.table_country, self.scene_fallback)
                if f is not None
            }  # fmt: skip
            country = None
            evidence = [e for e in evidence if id(e) not in countries]
        return country, sector, code, evidence


def code_analysis(analysis: Analysis, kb: Knowledge | None = None, book: Codebook | None = None) -> Analysis:
    """Code every entity and event of an analysis (in place; returns it)."""
    kb = kb or default_knowledge()
    book = (book or default_codebook()).for_article(analysis.article.text)
    date = article_date(analysis)
    codings: dict[str, Coding] = {}
    _people_by_knowledge(analysis, kb)
    _capitals_typed_people(analysis, kb, book)
    people = tuple(
        (m.start, m.end) for e in analysis.entities if e.type == "PERSON" for m in e.mentions if m.kind == "name"
    )
    for ent in analysis.entities:
        codings[ent.id] = read_entity(ent, kb, book, analysis.article.text, date, people)
    if INDIAN_DEMONYMS.isdisjoint(book.demonyms):  # the article's Indians are the Americas' (``for_article``)
        _no_india_in_the_americas(analysis, codings)
    # the countries the dictionaries file each sentence's named people in: their records are all read above and
    # change no more, so the readings below share one computation
    filed = _filed_countries(analysis, codings, book)
    _namesake_cities(analysis, codings, book, filed)
    _branch_of_the_sentence(analysis, codings, book, date, filed)
    _inherit_from_orgs(analysis, codings, book, date)
    _european_commissioners(analysis, codings, book, date)
    _member_of_named_body(analysis, codings, book, date)
    _group_of_named(analysis, codings, book, date)
    _of_a_country_by_pronoun(analysis, codings, book)
    _officer_of_an_organisation(analysis, codings, book, date)
    _officer_of_the_organisation(analysis, codings, book, date)
    _office_left_as(analysis, codings, book, date)
    _counterpart_of(analysis, codings, book, date)
    _kin_of(analysis, codings, book, date)
    _deputy_of(analysis, codings, book, date)
    _parties_in_opposition(analysis, codings, book, date)
    _military_that_rules(analysis, codings, book, date)
    _leader_of_group(analysis, codings, book, date)
    _party_of_its_leader(analysis, codings, book, date)
    _which_congo(analysis, codings, book, date)
    _private_killer(analysis, codings, book, date)
    _one_of_the_others(analysis, codings, book, date)
    _forces_sent_by_a_government(analysis, codings, book, date)
    _country_fled(analysis, codings, book)
    _demonym_shared(analysis, codings, book)
    _possessive_shared(analysis, codings, book)
    _country_apposed(analysis, codings, book, date)
    _envoys_of_an_embassy(analysis, codings, book, date)
    _gone_home(analysis, codings, book, date)
    _executives_of_the_sentences_companies(analysis, codings, book, date)
    # the places both the context and the scene read, once per article: the regions the words name (and ``filed``)
    regions = _regions_named(analysis, book)
    _country_from_context(analysis, codings, book, filed, regions)
    _country_of_setting(analysis, codings, book, date)
    article_country = _country_of_scene(analysis, codings, book, date, filed, regions)
    _officials_of_the_government(analysis, codings, book, date)
    _group_placed_by_its_words(analysis, codings, book, date)
    _country_its_sentence_names(analysis, codings, book, date, article_country)
    _country_of_the_sentences_government(analysis, codings, book, date, article_country)
    _leaders_elect(analysis, codings, book, date, kb)
    _parties_out_of_power(analysis, codings, book, date, kb)
    _challengers_of_the_government(analysis, codings, book, date)
    _opposition_described(analysis, codings, book, date)
    _candidates_out_of_power(analysis, codings, book, date, kb)
    _supporters_of_leader(analysis, codings, book, date)
    _civilians_protesting(analysis, codings, book, date)
    _royals_out_of_office(analysis, codings, book, date)
    _military_police_who_police(analysis, codings, book, date)
    _setting_as_last_resort(analysis, codings, book, date)
    _minorities_at_home(analysis, codings, book)
    for ent in analysis.entities:
        fill_entity(ent, codings[ent.id], date, book)
    by_id = {e.id: e for e in analysis.entities}
    for ev in analysis.events:
        fill_event(ev, codings, event_date(ev, date), book, analysis.article.text, by_id)
    return analysis


def _minorities_at_home(analysis: Analysis, codings: dict[str, Coding], book: Codebook) -> None:
    """An actor every mention of which names a people where it lives as a people of its own ("Armed Serbs",
    "rebel Serbs" in a story of Croatia: ``minority_home``) is of the state it lives in, as its words say."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type in ("GPE", "LOC") or _fold(ent.name) in book.names:
            continue  # the kin state itself ("Albania", holding the "Albanian" of "Ethnic Albanian students")
        said = [m for m in ent.mentions if m.kind != "pronoun"]
        homes = {minority_home(text, m.start, m.end, m.text, book) for m in said}
        if said and len(homes) == 1 and (home := homes.pop()) is not None:
            first = min(said, key=lambda m: m.start)
            codings[ent.id].text_country = Found(home, CodeEvidence("text", first.text, first.start, first.end))


def _no_india_in_the_americas(analysis: Analysis, codings: dict[str, Coding]) -> None:
    """In an article whose Indians are the Americas' peoples ("16 Yanomami Indians", "Indian farmers blocked
    highways across Ecuador"), a name that is only "Indian" or "Indians" has none of the records the dictionaries
    file under India's demonym."""
    for ent in analysis.entities:
        names = [m for m in ent.mentions if m.kind == "name"]
        if names and all(_fold(m.text) in INDIAN_DEMONYMS for m in names):
            codings[ent.id].dictionary = []


# the words of ``org_name_words.txt`` that end places' names as often as bodies' ("Orange County", "the Republic",
# "Senate House"): a place the NER typed so keeps its type
PLACE_HEADS = frozenset({
    "county", "city", "state", "states", "republic", "kingdom", "island", "islands", "river", "mountain", "street",
    "avenue", "square", "tower", "hotel", "airport", "house", "senate", "congress", "government", "administration",
    "office", "court", "department", "circuit",
})  # fmt: skip


def _people_by_knowledge(analysis: Analysis, kb: Knowledge) -> None:
    """A full name the NER typed an organisation is a person when the dictionaries file it as one and it has
    a person's shape ("Atal Bihari Vajpayee", "Edward Snowden"; not "Bush administration", which Phoenix files
    under the man): the type resolution gives it in the store, so that the codes read its dictionary record
    and the output says what it is. So is a known given name before a surname some dictionary person bears
    ("Diane Hendricks"), unless a name the dictionaries file as a body opens it ("Al Jazeera English"); a
    given name before other words is not ("Stuart Pharmaceuticals", "Marine Corps"). A name of the table of heads
    of state and government (``leaders.tsv``) is a person's, whatever type the NER gave it."""
    for ent in analysis.entities:
        if ent.type == "PERSON" and not ent.country and _organisation_not_person(ent, kb):
            ent.type = "ORG"  # "Lashkar-e-Taiba", "Pfizer" tagged a person
            continue
        if (
            ent.type == "FAC"
            and len(ent.name.split()) > 1
            and kb.kind(ent.name) == "org"
            and not any(default_codebook().metonym(m.text) for m in ent.mentions)
        ):
            # "Survival International" tagged a building: an organisation the dictionaries file (a one-word name may be
            # a site's: "Al-Aqsa" is a mosque as often as the Al-Aqsa brigades the dictionary files under it)
            ent.type = "ORG"
            continue
        named = [m.text for m in ent.mentions if m.kind == "name" and len(m.text.split()) >= 2]
        titles = [role_named_within(n, default_codebook()) for n in named]
        clergy = any(t and t[1] == "REL" and t[0].lower().split()[-1] in CLERGY_PERSONS for t in titles)
        # "Bishop Noll Institute": a school named for one
        institution = ent.name.lower().split()[-1] in entity_words("org_name_words.txt") or bool(
            organisation_head(ent.name)
        )
        if ent.type in ("ORG", "GPE", "LOC", "NORP", "FAC") and not ent.country and clergy and not institution:
            ent.type = "PERSON"  # "Bishop Tawadros", "Grand Imam Ahmed al-Tayeb": a cleric by his title
            continue
        # ... or by the one name the table files a head by ("Suharto said", which Phoenix files as an organisation)
        alone = [m.text for m in ent.mentions if m.kind == "name" and len(m.text.split()) == 1 and _one_name(m.text)]
        if (
            ent.type in ("ORG", "GPE", "LOC", "NORP", "FAC")
            and not ent.country
            and any(kb.leader(n) for n in named + alone)
        ):
            ent.type = (
                "PERSON"  # a head of state the table knows ("Nicolae Ceausescu", "King Mswati III" typed a place)
            )
            continue
        words = ent.name.lower().split()
        if (
            ent.type == "GPE"
            and not ent.country
            and len(words) > 1
            and words[-1] in entity_words("org_name_words.txt") - PLACE_HEADS
            and not default_codebook().place(ent.name)
            and _fold(ent.name).removeprefix("the ") not in default_codebook().names  # "Soviet Union", "European Union"
        ):
            ent.type = "ORG"  # a body's head ends the name: "United States Olympic Committee" typed a place
            continue
        if ent.type == "PERSON" and len(words) > 1 and words[-1] in entity_words("company_name_words.txt"):
            if kb.kind(ent.name) != "person" and not any(m.role for m in ent.mentions):
                ent.type = "ORG"  # a company's word ends the name: "Kaisa Group", "Ayala Holdings"
                continue
        if ent.type not in ("ORG", "FAC", "NORP") or ent.country or not person_shaped(ent.name):
            continue
        known = kb.kind(ent.name)
        if kb.is_organisation(ent.name):
            continue  # dossier's organisations table wins over a Phoenix person of the name ("Morgan Stanley")
        if known == "person" or (known is None and ent.type != "NORP" and _given_and_surname(ent.name, kb)):
            ent.type = "PERSON"
        elif known is None and ent.type == "ORG" and _given_name_described_as_person(ent, kb):
            ent.type = "PERSON"


def _capitals_typed_people(analysis: Analysis, kb: Knowledge, book: Codebook) -> None:
    """A capital the NER typed a person ("President Idriss Deby accused Khartoum of backing the attack") is the
    capital, standing for its country as the entity stage links a capital it typed a place: one word, a capital
    the tables know, no role, and no person the dictionaries know by it."""
    alpha2 = {iso3: iso2 for iso2, iso3 in book.iso3.items()}
    for ent in analysis.entities:
        names = [m for m in ent.mentions if m.kind == "name"]
        if ent.type != "PERSON" or ent.country or ent.roles or not names or any(m.role for m in names):
            continue
        if any(len(m.text.split()) != 1 for m in names) or kb.kind(ent.name) == "person":
            continue
        iso = book.capitals.get(_fold(ent.name))
        if iso and iso in alpha2:
            ent.type, ent.country = "GPE", alpha2[iso]


def _organisation_not_person(ent: Entity, kb: Knowledge) -> bool:
    """A name the dictionaries file as an organisation only, not shaped as a person's and never under a title
    (Phoenix files a few people among organisations: "Deng Xiaoping", "Chairman Subroto"), nor a head the table of
    heads files by that one name ("Suharto")."""
    if kb.leader(ent.name):
        return False
    known = kb.kind(ent.name)
    if known is None and kb.is_organisation(ent.name) and not any(e.kind == "person" for e in kb.coded(ent.name)):
        known = "org"  # dossier's table of organisations ("Brazilian builder| Odebrecht" tagged a person)
    if known != "org" or person_shaped(ent.name):
        return False
    return not any(m.role for m in ent.mentions if m.kind == "name")


def _given_name_described_as_person(ent: Entity, kb: Knowledge) -> bool:
    """A known given name before a surname no dictionary has, which the article describes as a person ("Ferdinand
    Nahimana, a founder of a hate radio station"; "an Italian photographer, Fabio Polenghi"): a description with a
    person's head word the coreference linked to the name."""
    parsed = parse_person(ent.name)
    return _known_given_name(parsed, kb) and any(m.kind == "nominal" and person_noun(m.head) for m in ent.mentions)


def _known_given_name(parsed: PersonName, kb: Knowledge) -> bool:
    """Whether a parsed name opens with a given name the tables know (not an initial) before a surname."""
    return parsed.first in kb.given_names and len(parsed.first) >= 2 and bool(parsed.surname)


def _given_and_surname(name: str, kb: Knowledge) -> bool:
    parsed = parse_person(name)
    if not _known_given_name(parsed, kb):
        return False
    if not any(kb.people_named(source, _fold(parsed.surname)) for source in ("dossier", "phoenix")):
        return False
    words = name.split()
    return not any(kb.kind(" ".join(words[:k])) in ("org", "country") for k in range(2, len(words)))


def article_date(analysis: Analysis) -> str | None:
    art = analysis.article
    value = art.published or (analysis.published_inferred.value if analysis.published_inferred else None)
    return iso_date(value)


def event_date(ev: Event, article: str | None) -> str | None:
    """The event's own date when the text gives a full one, else the article's (the store's rule)."""
    value = ev.time.value if ev.time else None
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return article


PART_OF_YEAR = {
    "Q1": "02-15",
    "Q2": "05-15",
    "Q3": "08-15",
    "Q4": "11-15",
    "H1": "04-01",
    "H2": "10-01",
    "WI": "01-15",
    "SP": "04-15",
    "SU": "07-15",
    "FA": "10-15",
}


def iso_date(value: str | None) -> str | None:
    """A day to look codes up on, from an ISO date or a TIMEX3 value: "2017-07-05"; "2017-W27" -> its Monday;
    "2017-07" -> the 15th; "2017-SU" / "2017-Q3" -> the middle of the season or quarter; "2017" -> July 1st."""
    value = (value or "").strip()
    week = re.match(r"^(\d{4})-W(\d{2})", value)
    if week:
        try:
            return datetime.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
        except ValueError:
            return None
    part = re.match(r"^(\d{4})-(Q[1-4]|H[12]|WI|SP|SU|FA)\b", value)
    if part:
        return f"{part[1]}-{PART_OF_YEAR[part[2]]}"
    m = DATE.match(value)
    if not m:
        return None
    if m[3]:
        return f"{m[1]}-{m[2]}-{m[3]}"
    return f"{m[1]}-{m[2]}-15" if m[2] else f"{m[1]}-07-01"


def party_family_name(name: str, before: str = "") -> bool:
    """A capitalised name that is a party family's alone ("Labour", "the Conservatives", "May's Tories"): a
    party, in the usage of parliaments that name their parties so (``party_family_names.txt``). A plural
    ("Conservatives", "Socialists") is the party only as a body, with "the" or a possessive before it ("his Social
    Democrats"); bare, as at a sentence's start, it is people of a view ("Conservatives still praise him")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words, before = words[1:], "the"
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if " ".join(words).lower() not in code_words("party_family_names.txt"):
        return False
    last = before.split()[-1].lower() if before.split() else ""
    return not words[-1].endswith("s") or last in ("the", "his", "her") or last.endswith(("'s", "’s"))


LEAVING_DAYS = 7  # a report of a leaving comes out within the week: "resigned on Monday"


def office_just_left(ent: Entity, codes: list[ActorCode], text: str, date: str | None, book: Codebook) -> Found | None:
    """The sector of the office a person's own clause says it leaves ("Michael Flynn resigned as national
    security adviser", "James Comey had been dismissed as director of the FBI") or a ruler's clause says his
    rule ended ("Kim Jong-il had died", "Omar al-Bashir had been overthrown") when the dictionary's record of
    that office ends within the week before the article's date and it holds no other office then: the news of
    a leaving is dated the next day or later, and the act is the office holder's (CAMEO codes the one resigning
    as still in office that day)."""
    if not date or not codes:
        return None
    now = in_force(codes, date)
    if now and parse_code(now.code, book.countries)[1] not in (None, "ELI"):
        return None  # an office still held is the actor's ("stepped down as party chair", still a lawmaker)
    ended = _office_ended_before(codes, date, book)
    if ended is None:
        return None
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        left = role_left(text, m.end) or rule_ended(text, m.end)
        if left:
            words, at = left
            return Found(ended, CodeEvidence("text", words, at, at + len(words)))
    return None


def _office_ended_before(codes: list[ActorCode], date: str, book: Codebook) -> str | None:
    """The sector of a dated code (not ELI) whose end falls within LEAVING_DAYS before ``date`` or on it."""
    try:
        day = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return None
    since = (day - datetime.timedelta(days=LEAVING_DAYS)).isoformat()
    ended = [c for c in codes if c.end and since <= c.end <= day.isoformat()]
    for code in sorted(ended, key=lambda c: c.end or "", reverse=True):
        sector = parse_code(code.code, book.countries)[1]
        if sector and sector != "ELI":
            return sector
    return None


def _left_office(words: str) -> bool:
    """Whether words say an office was left ("former", "ex-", "retired"), not that its holder died: "the late King
    Abdullah" holds no office at all."""
    said = set(words.lower().split())
    return bool(FORMER & said) and "late" not in said


def _heads_term_on(codes: list[ActorCode], date: str | None) -> bool:
    """Whether the table of heads (``leaders.tsv``) has the person in office on the date."""
    terms = [c for c in codes if (c.evidence.entry or "").startswith("dossier-leaders:")]
    found = in_force(terms, date) if terms and date else None
    return found is not None and found.code.endswith("GOV")


def _office_just_seized(code: ActorCode | None, date: str | None) -> bool:
    """Whether a dictionary code began on the date or the two days before it (a coup's day, as news reports it)."""
    if code is None or not code.start or not date:
        return False
    try:
        days = (datetime.date.fromisoformat(date[:10]) - datetime.date.fromisoformat(code.start[:10])).days
    except ValueError:
        return False
    return 0 <= days <= 2


def in_force(codes: list[ActorCode], date: str | None) -> ActorCode | None:
    """The code that holds on a date: of the dated codes covering it, the one that began last; else the
    actor's standing code (both ends open). With no date, the open-ended code that began last."""
    dated = [c for c in codes if c.start or c.end]
    if date:
        hits = [c for c in dated if (c.start or "") <= date and (not c.end or date <= c.end)]
    else:
        hits = [c for c in dated if not c.end]
    if hits:
        return max(hits, key=lambda c: c.start or "")
    standing = [c for c in codes if not c.start and not c.end]
    return standing[0] if standing else None


# "..., most of them South Africans", "all of them Britons": within three words after a group
OF_THEM = re.compile(
    r"(?:\s+[\w-]+){0,3}?,\s+(?:most|all|many|some|both|nearly\s+all|almost\s+all)\s+of\s+them\s+"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b"
)
COUNTRY_POSSESSIVE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s $")


def _body_of_a_person(text: str, start: int, people: tuple[tuple[int, int], ...]) -> bool:
    """Whether the organisation named at ``start`` is a person's, named right after his name ("Tabare Vazquez of the
    leftist| Broad Front, a cancer doctor"): the apposition after it is the person's, not the organisation's."""
    return any(end <= start and PERSONS_BODY.fullmatch(text[end:start]) for _, end in people)


PERSONS_BODY = re.compile(r",?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?")


def _after_a_persons_possessive(text: str, m: Mention, people: tuple[tuple[int, int], ...]) -> int | None:
    """Where a description goes on after a person's name and "'s" inside it ("Prime Minister Manmohan Singh's|
    Congress party"): the words before are the owner's, his title too, not the description's; None when no person's
    possessive is in it."""
    ends = [end + 2 for start, end in people if m.start <= start and end + 3 < m.end]
    ends = [e for e in ends if text[e - 2 : e] in ("'s", "’s") and text[e : e + 1] == " "]
    return max(ends) + 1 if ends else None


# the words that put someone in the office named right after them ("was sworn in as", "named X, a veteran
# politician, as"), as dossier.nlp.offices reads the clause
OFFICE_TAKEN_AS = re.compile(
    r"\b(?:sworn\s+in|appointed|named|installed|inaugurated|took\s+over|took\s+office|stepped\s+in|chosen)\b"
    r"(?:[^.;]{0,30},)?\s+as\s+(?:the\s+|an?\s+)?$"
)


def _title_inside_name(text: str, m: Mention, book: Codebook) -> str | None:
    """A demonym's title the NER ran into a person's name ("Saudi King| Abdullah", "Iraqi Vice President| Taha
    Yassin Ramadan"): the title run that starts the name, at least one word of the name after it."""
    words = m.text.split()
    if len(words) < 3 or not book.country_in(words[0]):
        return None
    for k in range(len(words) - 1, 1, -1):
        cut = m.start + len(" ".join(words[:k])) + 1
        role = role_before(text, cut, book)
        if role and role[1] == m.start:
            return role[0]
    return None


# the words of a kind noun's phrase before it, after its article: a demonym and lower-case words ("the| French
# nuclear |fuel group Orano")
KIND_LEAD = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,3})$")
IN_EXILE = re.compile(r"(?:-|\s+)in[- ]exile\b")


def read_entity(
    ent: Entity,
    kb: Knowledge,
    book: Codebook,
    text: str = "",
    date: str | None = None,
    people: tuple[tuple[int, int], ...] = (),
) -> Coding:
    """What an entity's own words, the dictionaries and the tables say of it (``people``: the spans of the
    article's names of people, which end a title run before another name)."""
    coding = Coding(person=ent.type == "PERSON")
    if ent.type not in ACTOR_TYPES and not ent.country and not any(book.metonym(m.text) for m in ent.mentions):
        return coding  # a building that stands for a government ("the White House", a FAC) is coded
    titled = any(m.role for m in ent.mentions) or any(r.current is not False for r in ent.roles)
    # 1. the article's words: roles and titles, nominal mentions, and names that are a country or its government
    phrases: list[tuple[str, int, int, bool]] = []  # (text, start, end, said of the actor itself)
    # an office taken on the day comes before a description of what the holder was ("Rawhi Fattouh, the speaker
    # of parliament, was sworn in as interim president": GOV, not LEG)
    # ... and an office comes before a bare military rank ("General Kenan Evren, the head of state": GOV)
    for role in sorted(
        ent.roles,
        key=lambda r: (
            not (text and OFFICE_TAKEN_AS.search(text[max(0, r.start - 40) : r.start])),
            _rank_only(r.label),
        ),
    ):
        if role.current is not False:
            phrases.append((role.label, role.start, role.end, True))
    for m in ent.mentions:
        if m.kind == "name" and m.role:
            office = role_before(text, m.start, book) if text and m.role.lower() in HONORIFIC_TITLES else None
            if office and len(office[0]) > len(m.role):
                # "Home Minister| Mufti Mohammad Sayeed", where the NER took "Home" for a name: the office the
                # honorific follows, not a cleric's title
                phrases.append((office[0], office[1], office[1] + len(office[0]), True))
                continue
            phrases.append((m.role, m.start, m.start + len(m.role), True))
        elif m.kind == "name" and ent.type == "PERSON" and text and (inner := _title_inside_name(text, m, book)):
            phrases.append((inner, m.start, m.start + len(inner), True))
        elif (
            m.kind == "name"
            and ent.type == "PERSON"
            and text
            and (listed := title_over_list(text, m.start, m.end, book))
        ):
            phrases.append((listed[0], listed[1], listed[1] + len(listed[0]), True))
    for m in ent.mentions:
        if m.kind == "nominal":
            exile = IN_EXILE.match(text, m.end) if text else None
            if exile:
                # "the Tibetan government-in-exile", which the entity stage cut at the hyphen: the agents
                # dictionary's "government in exile", an opposition (Phoenix's ~OPP), not the government
                phrases.append((m.text + " in exile", m.start, exile.end(), False))
            owned = _after_a_persons_possessive(text, m, people)
            phrases.append((text[owned : m.end], owned, m.end, False) if owned else (m.text, m.start, m.end, False))
            coding.nominals[(m.start, m.end)] = m.text
    for m in ent.mentions:
        if m.kind != "name":
            continue
        iso = book.capitals.get(_fold(m.text))
        meto = book.metonym(m.text)
        if meto or (iso and ent.country and book.alpha3(ent.country) == iso):
            country, sector = meto or (iso, "GOV")
            if country is None:  # a capital with no country: nothing to code
                continue
            ev = CodeEvidence("text", m.text, m.start, m.end)
            coding.government_mentions.add((m.start, m.end))
            coding.text_country = coding.text_country or Found(country, ev)
            if meto and not ent.country:  # "the Kremlin" is the government; "Russia" with a "Moscow" stays Russia
                coding.text_sector = coding.text_sector or Found(sector, ev)
    names_at = [(m.start, m.end) for m in ent.mentions if m.kind == "name"]
    titles_at = {m.start for m in ent.mentions if m.kind == "name" and m.role}  # "Pope" of "Pope Francis"
    for phrase, start, end, strong in phrases:
        country_slot, sector_slot = ("text_country", "text_sector") if strong else ("nominal_country", "nominal_sector")
        within = [(ns, ne) for ns, ne in coding.nominals if ns <= start and end <= ne]
        if strong and text and within and not _apposed(text, *within[0], names_at):
            # a role read off a description coreference linked from afar ("the Burmese leader" several
            # sentences after "McConnell"): its country is a nominal reading, below a dictionary record
            country_slot = "nominal_country"
        # a country named, else the US state or city an office is of ("the attorney general of Oklahoma")
        title = start in titles_at
        clergy_name = not title and _clergy_misread(phrase)
        hit = book.country_in(phrase) or book.office_place(phrase) or (None if clergy_name else _title_state(phrase))
        if hit and hit[0] == "VAT" and text and _coptic_title(text, start, phrase, names_at):
            hit = ("EGY", hit[1])  # "Pope Shenouda III, the Coptic patriarch": Alexandria's pope, not Rome's
        if hit and strong and ent.type == "PERSON" and _fold(hit[1]) in book.former:
            # an office of a state that is no more ("the last head of Yugoslavia's collective presidency" of
            # Stjepan Mesic): its successor's code, below a dictionary's record of the person's own republic
            country_slot = "nominal_country"
        if not hit and strong and text:
            hit = _capital_before(text, start, phrase, book)  # "Bangkok| Governor Chadchart Sittipunt"
        if not hit and strong and text:
            hit = _region_before(text, start, phrase, book, kb)  # "New South Wales| Premier Bob Carr"
        if not hit and not strong and text:
            # "Duisburg prosecutors", "a Bombay smuggler": the group's or the person's town
            article = ARTICLE.match(phrase)
            at = start + (article.end() if article else 0)
            if not SENTENCE_START.search(text[max(0, at - 3) : at] or "."):
                hit = book.town_in_name(phrase[at - start :])
        if hit and not getattr(coding, country_slot):
            setattr(coding, country_slot, Found(hit[0], CodeEvidence("text", phrase, start, end)))
        sec = book.sector_in(phrase)
        if sec and sec[0] == "REL" and clergy_name:
            sec = None
        phrase_words = phrase.replace("’", "'").split()
        if sec and sec[0] in ("NGO", "GOV") and UN_WORDS & set(phrase_words) and phrase_words[-1].lower() in UN_BODIES:
            sec = ("IGO", phrase)  # "the UN relief agency", "the U.N. refugee agency": the UN's, no state's or NGO's
        elif sec and (un_office(phrase) or eu_office(phrase)):
            sec = ("IGO", phrase)  # "the UN commander in Bosnia", "EU foreign policy chief": the UN's, the EU's officer
        if not strong and not sec and phrase.lower().split()[-1:] == ["supporters"]:
            # a counted crowd of supporters, the only supporters the entity stage keeps ("tens of thousands of
            # supporters rallied"): a political rally's, CAMEO's opposition more often than not (6 of 7 in the
            # gold); not an agents entry, which would make "Supporters of| Jair Bolsonaro" his title
            sec = ("OPP", "supporters")
        if sec and sec[1] in CONTINGENTS and hit and hit[0] in book.countries and hit[1] != phrase:
            # "Indian peacekeeping troops": one country's contingent is its armed forces (a region's, "West African
            # peacekeepers", and the UN's stay a mission's)
            sec = (CONTINGENTS[sec[1]], sec[1])
        noun = phrase.lower().split()[-1:]
        if not strong and sec and sec[0] == "UAF" and ISLAMIST_WORDS & set(phrase.lower().split()):
            sec = ("REB", phrase)  # "Islamist gunmen stormed the hotel": an insurgency's fighters, as its militants
        elif not strong and sec and sec[0] == "UAF" and CRIME_WORDS & set(phrase.lower().split()[:-1]):
            sec = ("CRM", phrase)  # "Mafia gunmen", "cartel gunmen": organised crime's, as the cartel is (a mob: UAF)
        if not sec and text and phrase.lower().split()[-1:] == ["officers"] and LOYAL_AFTER.match(text, end):
            sec = ("MIL", phrase)  # "officers loyal to Bio flew Strasser to Guinea": an army's faction
        if sec and sec[0] == "REB" and phrase.lower().split()[-1] in ("officer", "officers"):
            sec = ("MIL", phrase)  # "rebel officers rose up": a mutiny of the army's officers, as the gold codes all
        if not strong and noun and noun[0] in entity_words("lone_attackers.txt") and (sec is None or sec[1] == noun[0]):
            # one gunman ("shot dead by a gunman", "the gunman fled"): one man's crime, CAMEO's criminal, as the
            # agents dictionary codes an assailant or a killer; gunmen together are an armed group (UAF)
            sec = ("CRM", phrase.split()[-1])
        if (
            not strong
            and (on_strike(phrase) or (text and strikes_after(text, end)))
            and not (sec and sec[0] in ("COP", "MIL"))
            and phrase.lower().split()[-1] not in STRIKING_LEARNERS
        ):
            # "striking doctors", "taxi drivers went on strike": labour, over the trade's own sector; police who
            # strike stay the state's force ("Striking police traded gunfire with soldiers"), students students
            sec = ("LAB", "striking")
        elif not strong:
            # "government workers": the state's staff, not labour; "Police commandos": the police's
            sec = staff_of(phrase, book) or police_members(phrase, book) or sec
            if sec and sec[0] == "LAB" and text and workers_as_victims(text, start, end):
                sec = ("CVL", phrase.split()[-1])  # "killing more than 180 workers": a disaster's victims
        if title and not sec and _fold(phrase) in CLERGY_TITLES:
            sec = ("REL", phrase)  # "Patriarch Kirill": a title of the clergy, read only as a title
        if sec and not getattr(coding, sector_slot):
            setattr(coding, sector_slot, Found(sec[0], CodeEvidence("text", phrase, start, end)))
    # a group's nationality said in an aside right after it ("arrested 64 suspected mercenaries on board, most of
    # them South Africans"): the people it names, over the scene's (Harare's)
    for m in ent.mentions if text and not coding.text_country else ():
        aside = OF_THEM.match(text, m.end) if m.kind == "nominal" else None
        hit = book.country_in(aside[1]) if aside else None
        if aside and hit and _fold(hit[1]) == _fold(aside[1]):
            coding.text_country = Found(hit[0], CodeEvidence("text", aside[1], aside.start(1), aside.end(1)))
            break
    if ent.type in ("ORG", "NORP") and not ent.country:
        for m in ent.mentions:
            if m.kind == "name" and not coding.text_country:
                hit = book.country_in(m.text, capitals=True)
                if hit and ent.type == "NORP" and _fold(hit[1]) != _fold(m.text):
                    # a people's name must be the demonym itself ("Central American" is not American), unless
                    # the rest is a group the agents dictionary codes: "U.S. Marines" are the US's marines; or a
                    # people's name after the demonym ("Rwandan Hutu", "Iraqi Kurds": the state's people)
                    rest = _fold(m.text).replace(_fold(hit[1]), " ").split()
                    after_demonym = m.text[len(hit[1]) :].split()
                    # (a place's name before a demonym is where that people lives: "Kosovo Albanians"; a demonym
                    # before one is their descent: "Turkish Americans" are Americans)
                    place_first = _fold(hit[1]) in book.names
                    ethnonym = m.text.startswith(hit[1]) and all(
                        w[:1].isupper() and (place_first or _fold(w) not in book.demonyms) for w in after_demonym
                    )
                    if (not rest or rest[-1] not in book.agents) and not (rest and ethnonym):
                        hit = None
                if not hit and ent.type == "ORG":
                    # a country's word in its own language: "Credit Suisse Group", "Banco do Brasil"
                    native = native_country_words()
                    folded = [fold(w).strip(".,;:'\"()") for w in m.text.split()]
                    hit = next(((native[w], w) for w in folded if w in native), None)
                known = kb.actor_codes.get(name_key(m.text))
                if hit and known and known.codes and not any(c.startswith(hit[0]) for c in known.codes):
                    hit = None  # dossier's record of the whole name ("RT America": RUSMED) over a country in it
                if (
                    not hit
                    and ent.type == "NORP"
                    and len(parts := m.text.split()) == 2
                    and parts[0].istitle()
                    and parts[0].lower() in entity_words("chambers.txt")
                ):
                    # "House Democrats": the party's legislators are the party's country's
                    party = kb.actor_codes.get(name_key(parts[1]))
                    iso = parse_code(party.codes[0], book.countries)[0] if party and party.codes else None
                    hit = (iso, parts[1]) if iso else None
                if hit:
                    coding.text_country = Found(hit[0], CodeEvidence("text", m.text, m.start, m.end))
                    coding.country_in_name = True
    # a navy's ship by its name's prefix ("USS Vincennes", "HMS Sheffield"): its navy's country, military
    if ent.type == "ORG":
        for m in ent.mentions:
            navy = ship_of(m.text) if m.kind == "name" else None
            if navy:
                ev = CodeEvidence("text", m.text.split()[0], m.start, m.start + len(m.text.split()[0]))
                coding.text_country = coding.text_country or Found(navy, ev)
                coding.text_sector = coding.text_sector or Found("MIL", ev)
                break
    # "the Trump administration", "the Assad regime": the government of the leader it is named by
    if ent.type == "ORG" and not coding.text_country:
        for m in ent.mentions:
            led = _leaders_government(m.text, kb, book, date) if m.kind in ("name", "nominal") else None
            if led:
                coding.text_country = Found(led, CodeEvidence("text", m.text, m.start, m.end))
                break
    # the words right before a name: "Chinese President Xi Jinping", "former president Lula", "Brazil's Supreme Court"
    if text and ent.type in ("PERSON", "ORG"):
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            # a person, or a titled name the NER took for an organisation ("Retired Gen. Norman Ham")
            person = ent.type == "PERSON" or bool(m.role)
            run = _run_after_names(title_run(text, m.start, 6 if person else 2), people, text)
            if not person and (whole := _country_named_before(text, m.start, book)):
                run = whole  # "Papua New Guinea's| Supreme Court": a country's whole name, longer than two words
            if run is None:
                continue
            words, start = run
            ev = CodeEvidence("text", words, start, start + len(words))
            hit = None if _persons_possessive(words, kb) else book.country_in(words)
            if not hit and ent.type == "PERSON" and {"Rep.", "Sen."} & set(words.split()):
                hit = ("USA", "")  # "Rep. Adam Schiff", "Sen. Ted Cruz": the styles of the US Congress
            if not hit and ent.type == "PERSON":
                hit = _capital_before(text, start, words, book)  # "Dubai| police chief Dahi Khalfan Tamim"
            if hit and not coding.text_country:
                coding.text_country = Found(hit[0], ev)
                others = [n.text for n in ent.mentions if n.kind == "name" and n is not m]
                coding.state_body = not person and _state_body(words, m.text, others, book)
            if not person:
                continue
            sec = book.sector_in(words)
            longer = role_before(text, m.start, book) if sec else None
            if (
                longer
                and sec
                and longer[2] != sec[0]
                and len(longer[0]) > len(words)
                and longer[0].endswith(words)
                and not CANDIDATE & set(longer[0].lower().split())  # a candidacy is read below, as before
            ):
                # lower-case role words before the title run make a longer role: "strike leader Paul X" (LAB),
                # whose run of title words is only "leader" (GOV)
                words, start = longer[0], longer[1]
                ev = CodeEvidence("text", words, start, start + len(words))
                sec = (longer[2], words)
            principal = principal_sector(words, book)
            if principal:
                # a head with no sector of its own serves its principal, over another noun of the principal's
                # name: "Republican National Committee Research Director" (PTY, not the committee's LEG)
                sec = (principal[0], principal[1])
                generic = institution_name(principal[1])
                if principal[2] and principal[0] != "BUS" and not coding.text_country and not generic:
                    # its country too, but a company's: its staff are where they work ("Toyota spokesman"); nor
                    # a body every country names so, which the dictionaries file as one country's ("Senate
                    # leader Gabriel Valdes" swearing in Chile's president)
                    coding.text_country = Found(principal[2], ev)
            former = any(w.lower().strip(".") in FORMER for w in words.split())
            if sec and CANDIDATE & set(sec[1].split()) and not former:
                # a candidacy is no office: the title nearer the name says the office held ("Republican vice
                # presidential candidate Gov. Mike Pence": GOV), else it is below the dictionary's office
                last = sec[1].split()[-1]
                tail = words[words.lower().rfind(last) + len(last) :]
                sec = book.sector_in(tail) or sec
            if sec or any(w.lower().strip(".") in FORMER for w in words.split()):
                titled = True
                if any(w.lower().strip(".") in FORMER for w in words.split()):
                    coding.text_sector = Found("ELI", ev)  # a former official: CAMEO's elites
                elif not coding.text_sector or _longer_title(coding.text_sector, sec, words, start, book):
                    # a longer title phrase of the run over the NER's role word: "High Representative" (IGO)
                    # over "Representative" (LEG)
                    coding.text_sector = Found(sec[0], ev)  # type: ignore[index]
    # a plural title two coordinated names share: "the opposition leaders Sheikh Hasina and Khaleda Zia"
    if text and ent.type == "PERSON" and not coding.text_sector:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            # the name with its title ("Sheikh Hasina": the NER's name is "Hasina")
            title_at = m.start - len(m.role or "") - 1
            start = title_at if m.role and title_at >= 0 and text[title_at : m.start].strip() == m.role else m.start
            shared = plural_title_of_pair(text, start, m.end, book)
            if shared:
                words, at, sector = shared
                ev = CodeEvidence("text", words, at, at + len(words))
                lowered = [w.lower().rstrip(".") for w in words.split()]
                if any(w in FORMER for w in lowered):
                    coding.text_sector = Found("ELI", ev)
                elif all(w in TITLE_WORDS or w[:-1] in TITLE_WORDS for w in lowered):
                    coding.text_sector = Found(sector, ev)  # a title, as the singular's run: "opposition leaders"
                else:
                    # role nouns ("top aides", "presidential candidates"): a nominal reading, below a dictionary's
                    # office on the date, as "top aide John Podesta" is read
                    coding.nominal_sector = coding.nominal_sector or Found(sector, ev)
                coding.country_from(words, ev, book, sector)
                _office_of_place_after(coding, text, words, at, book)
                titled = True
                break
    if text and ent.type == "PERSON" and not coding.text_country:
        # "Cardinal| Jaime Ortega, the archbishop of Havana": a title gave the role, the apposition the place its
        # office is of
        first = next((m for m in ent.mentions if m.kind == "name"), None)
        office = role_apposed(text, first.end, book) if first else None
        if office:
            # ... or the country its words name ("Brigadier Stephen Saunders, the British military attache")
            words, at, sector = office
            coding.country_from(words, CodeEvidence("text", words, at, at + len(words)), book, sector)
            _office_of_place_after(coding, text, words, at, book)
    # the styles of the US Congress: "Patrick J. Leahy, Democrat of Vermont", "Lisa Murkowski, R-Alaska",
    # "Senator Patty Murray" with a US state or party beside the name, when nothing else gave a country
    if text and ent.type == "PERSON" and not coding.text_country:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            style = us_congress_style(text, m.start, m.end, m.role or "", book)
            if style:
                ev = CodeEvidence("text", style, m.start, m.end)
                coding.text_country = Found("USA", ev)
                coding.text_sector = coding.text_sector or Found("LEG", ev)
                titled = True
                break
    # the office one leaves, read as the actor's on the day it is reported: "Suharto resigned after 32 years as
    # Indonesia's president", "X stepped down as Haiti's president" (CAMEO codes the act by the office holder)
    if text and ent.type in ("PERSON", "ORG"):
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            left = office_left(text, m.end, book)
            if left:
                words, at, sector = left
                ev = CodeEvidence("text", words, at, at + len(words))
                coding.text_sector = Found(sector, ev)
                coding.country_from(words, ev, book, sector)
                titled = True
                break
    # the role words around a name that no role or title above read: a title the NER took into the name
    # ("Journalist Lourdes Maldonado"), lower-case role nouns before it ("Clinton campaign manager Robby
    # Mook"), an apposition after or before it ("Jamal Khashoggi, a Saudi journalist", "its editor-in-chief,
    # Ryan Law")
    # ... also after a bare rank, for the UN's offices only ("the UN commander in Bosnia, Lieutenant General Michael
    # Rose"): an office comes before a rank
    ranked = coding.text_sector is not None and _rank_only(coding.text_sector.evidence.text)
    if (
        text
        and ent.type in ("PERSON", "ORG")
        and (not coding.text_sector or ranked)  # the NER types "Lester Holt" ORG
        and not (ent.type == "ORG" and _place_name(ent, book))  # "in Tamarac, the owner of the club, Mark Schmidt"
    ):
        own = {w.lower() for w in ent.name.split()}
        person = ent.type == "PERSON"
        # a name shaped as a person's that the NER typed an organisation and no table knows ("NBC News anchor
        # Lester Holt"): the role before it is read too, as the least trusted reading (below its own nouns)
        person_shaped_org = not person and kb.kind(ent.name) is None and person_shaped(ent.name)
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            if not m.text.split() or m.text.split()[-1].lower() not in own:
                continue  # a name the coreference joined to another ("Mark Cuban" in "Donald Trump") says nothing of it
            lead = role_named_within(m.text, book) if person else None
            said = (
                (lead[0], m.start, lead[1])
                if lead
                else (role_before(text, m.start, book) if person or person_shaped_org else None)
                or (
                    role_apposed(text, pair_end(text, m.end) if person else m.end, book)
                    if person or not _body_of_a_person(text, m.start, people)
                    else None
                )
                or role_apposed_before(text, m.start, book)
            )
            if said and _rank_only(said[0]):
                # "the UN commander in Bosnia, Lieutenant General Michael Rose": the office before the rank, over
                # the rank, as an office comes before a bare rank in the roles above
                said = role_apposed_before(text, said[1], book) or said
            if said and (un_office(said[0]) or eu_office(said[0])):
                # "the UN administrator, Sergio Vieira de Mello": the UN's official, over the dictionary's record of
                # the territory it ran (Phoenix's TMPGOV)
                words, at, _ = said
                coding.text_sector = Found("IGO", CodeEvidence("text", words, at, at + len(words)))
                titled = True
                break
            if said and not ranked:
                words, at, sector = said
                ev = CodeEvidence("text", words, at, at + len(words))
                if not person:
                    coding.name_sector = Found(sector, ev)  # below the nouns of its own name, read later
                elif sector == "ELI" and not CANDIDATE & {w.lower() for w in words.split()}:
                    coding.text_sector = Found(sector, ev)  # "former": the article's word over any record
                else:
                    # a descriptive noun ("billionaire Donald Trump", "the delegates Clinton had") and a
                    # candidacy ("nominee Tim Kaine", a senator) say less than the dictionary's office on the
                    # date: a nominal reading, below a dictionary record, over a description linked from afar
                    coding.nominal_sector = Found(sector, ev)
                coding.country_from(words, ev, book, sector)
                titled = True
                break
    # a person a country's possessive names, with no role of his own and no record ("Sudan's| Lumumba Di-Aping led
    # objections", "Samoa's| Anne Rasmussen, speaking for ..."): the country's envoy or official, as news names a
    # state's negotiators; the least trusted reading of the sector (a nominal one)
    if text and ent.type == "PERSON" and not (coding.text_sector or coding.nominal_sector or coding.dictionary):
        first = next((m for m in ent.mentions if m.kind == "name"), None)
        owner = COUNTRY_POSSESSIVE.search(text, max(0, first.start - 40), first.start) if first else None
        if owner and book.names.get(_fold(owner[1])):
            coding.nominal_sector = Found("GOV", CodeEvidence("text", owner[0].strip(), owner.start(), owner.end()))
    # the place a person is "of" right after the name: "Patriarch Kirill of Moscow", "King Abdullah of Jordan"
    if text and ent.type == "PERSON" and not coding.text_country:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            place = place_after_name(text, m.end, book)
            if place:
                words, at, iso = place
                coding.text_country = Found(iso, CodeEvidence("text", words, at, at + len(words)))
                break
    # a person's nationality in an apposition ("Michael Fay, an 18-year-old American convicted of ...", "X, a
    # Briton,"): the people it names, as a demonym before a name is read; not an ethnic group ("an ethnic Albanian")
    if text and ent.type == "PERSON" and not coding.text_country:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            apposed = APPOSED_DEMONYM.match(text, m.end)
            iso = book.demonyms.get(_fold(apposed[1])) if apposed else None
            if apposed and iso and _fold(apposed[1]) not in book.names and "ethnic" not in apposed[0].lower():
                coding.text_country = Found(iso, CodeEvidence("text", apposed[1], apposed.start(1), apposed.end(1)))
                break
            adjectives = APPOSED_ADJECTIVES.match(text, m.end) or APPOSED_PEOPLE.match(text, pair_end(text, m.end))
            demonym = _demonym_of_noun(adjectives[1].split(), book) if adjectives else None
            if adjectives and demonym:
                at = adjectives.start(1)
                coding.text_country = Found(demonym[1], CodeEvidence("text", demonym[0], at, at + len(demonym[0])))
                break
    # a nationality before the nouns that say what the actor is, which no dictionary need know ("Russian figure
    # skater| Kamila Valieva", "Austrian privacy activist| Max Schrems", "French oil company| Elf"): the demonym's
    # country, the article's words over a dictionary's ("American network| ABC"); the nouns give no sector. A
    # nationality is the actor's home: it says whose the actor is, not where its sentence is set ("athletes such
    # as South African runner Caster Semenya" in a World Athletics story), so it sets no scene, as a demonym before
    # an aid agency sets none
    if text and ent.type in ("PERSON", "ORG") and not coding.text_country:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            # the second of a pair the nouns are of: "French volcanologists Maurice and| Katia Krafft"
            first_of_pair = FIRST_OF_PAIR.search(text, max(0, m.start - 60), m.start)
            found = _demonym_before(text, m.start, m.end, book) or (
                _demonym_before(text, first_of_pair.start(), m.end, book) if first_of_pair else None
            )
            if found:
                coding.text_country = coding.home_country = found
                break
    # a person given an age and no role ("Mahsa Amini, 22, died", "Michael Brown, an unarmed 18-year-old"):
    # news style for a private person, CAMEO's civilian; the least trusted reading of a sector
    if text and ent.type == "PERSON":
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            if AGED.match(text[m.end : m.end + 60]):
                coding.name_sector = Found(
                    "CVL", CodeEvidence("text", text[m.end : m.end + 60].split(",")[1].strip(), m.end, m.end + 60)
                )
                break
    # the kind noun around an organisation's name: "the satirical weekly Charlie Hebdo", "Cosmopolitan
    # magazine", "Patriot Coal, one of the nation's largest coal companies"
    # a name no table knows as a place, whatever the NER typed it ("the news site Vigila", a GPE)
    named_as = ent.type in ("ORG", "PERSON") or (ent.type == "GPE" and not ent.country)
    kind_read = False
    if text and named_as and not coding.text_sector:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:  # the NER types "Patriot Coal" PERSON
            kind = organisation_kind(text, m.start, m.end)
            introduced = (
                kind is not None and kind[1] < m.start and kind[2] == "BUS" and ent.type == "ORG" and len(m.text) > 2
            )
            if _place_name(ent, book) and not _town_apposed_as_organisation(ent, m, text, book) and not introduced:
                # a town's name, unless a company's kind noun introduces it ("the French nuclear fuel group| Orano",
                # a namesake of towns; not "the weekly| GOP Power Rankings")
                continue
            if kind and kind[2] == "REB" and len(m.text.split()) < 2 and not m.text.isupper():
                kind = None  # "Tamil guerrillas", "Tigrayan rebel leader": a people's word, not a group's name
            if kind:
                words, at, sector = kind
                coding.text_sector = Found(sector, CodeEvidence("text", words, at, at + len(words)))
                coding.kind_named = at < m.start  # "the news site| Rappler": the name the kind noun introduces
                kind_read = True
                kind_lead = KIND_LEAD.search(text, max(0, at - 50), at) if at < m.start else None
                kind_home = book.country_in(kind_lead[1]) if kind_lead else None
                if kind_lead and kind_home and not coding.text_country:
                    # the demonym of the kind's own phrase ("the French nuclear fuel group| Orano", "the West German
                    # turbine maker| AEG-Kanis"): the company's home
                    coding.text_country = Found(
                        kind_home[0], CodeEvidence("text", kind_lead[1] + words, kind_lead.start(1), at + len(words))
                    )
                break
    # what only a company does or has: "Enron filed for bankruptcy", "shares in Lonmin" (below its own nouns),
    # whatever the NER typed it, but for a person's name ("John Tate filed for bankruptcy")
    parsed = parse_person(ent.name) if ent.type == "PERSON" else None
    company_like = ent.type in ("ORG", "GPE") or (parsed is not None and not _known_given_name(parsed, kb))
    if text and company_like and not ent.country and not coding.text_sector and not _place_name(ent, book):
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            said_of = company_said(text, m.start, m.end, organisation=ent.type == "ORG")
            if said_of:
                words, at = said_of
                ev = CodeEvidence("text", words, at, at + len(words))
                coding.name_sector = coding.name_sector or Found("BUS", ev)
                break
    # the country the words giving an organisation its kind say: "Bofors, the Swedish arms maker", "Chinese
    # carmaker Geely", "a London-based political consultancy" (its home, below a dictionary record, as "London-based
    # Amnesty International" is read above)
    # an organisation's, whatever the NER typed it, not a person's ("Francis Gary Powers, the U-2 pilot shot down
    # over the Soviet Union": no union's country)
    organisation = ent.type == "ORG" or (kind_read and not (parsed and _known_given_name(parsed, kb)))
    if text and organisation and not ent.country and coding.home_country is None and not _place_name(ent, book):
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            home_said = organisation_home(text, m.start, m.end, book)
            if home_said:
                words, at, iso = home_said
                coding.home_country = Found(iso, CodeEvidence("text", words, at, at + len(words)))
                break
    # a town or US state the organisation's own name opens with ("Chicago Tribune", "Alaska Airlines",
    # "Duisburg prosecutors"): its home, below a dictionary's record, as "Houston-based" is read
    if text and ent.type in ("ORG", "NORP") and not ent.country and coding.home_country is None:
        if not coding.text_country:
            _town_in_name(ent, coding, text, book)
    # 2. the dictionaries
    coding.dictionary = dictionary_codes(
        ent, kb, date, titled, coding.text_sector.value if coding.text_sector else None, book
    )
    if text and ent.type == "PERSON" and not coding.dictionary:
        coding.dictionary = _name_cut_short(ent, kb, text) or _maternal_surname_left_out(ent, kb)
    if text and (ent.type == "ORG" or ent.type == "PERSON" and _before_its_men(ent, text)) and not coding.dictionary:
        # ... and a group's name the NER typed a person's before its men's noun ("Tamil Tiger| rebels")
        coding.dictionary = _organisation_cut_short(ent, kb, text)
    terms = leader_terms(ent, kb, date, text, book)
    if terms and not any(len(m.text.split()) >= 2 for m in ent.mentions if m.kind == "name"):
        # a ruler named by his title and one name, which the table of heads gives in full ("King Abdullah", 2005:
        # Jordan's), over a dictionary person found by that name as a surname (Abdullah Abdullah)
        coding.dictionary = []
    coding.dictionary = with_leader_terms(coding.dictionary, terms, book, date)
    if _bare_office_of_a_body(coding, date, book):
        # "President Juan Antonio Samaranch announced" in 1981: the president of the international body the record
        # has him head that day (the IOC), no state's, which the bare word would read
        coding.text_sector = None
    if text and ent.type == "PERSON" and not coding.text_sector:
        coding.text_sector = office_just_left(ent, coding.dictionary, text, date, book) or coding.text_sector
    # 3. the nouns of the actor's own name ("Syrian Army", "Iraqi police", "the Justice Department"); a party
    # named by its family alone ("Labour", "the Conservatives"), whatever type the NER gave it
    family = next(
        (
            m
            for m in ent.mentions
            if m.kind == "name" and party_family_name(m.text, text[max(0, m.start - 30) : m.start])
        ),
        None,
    )
    if family and ent.type in ("ORG", "NORP", "PERSON"):
        coding.name_sector = Found("PTY", CodeEvidence("agents", family.text, family.start, family.end))
    elif ent.type in ("ORG", "NORP"):
        for m in ent.mentions:
            if m.kind == "name":
                # an advocacy group's name ("Citizens for Tax Justice"): its cause's nouns do not say its kind,
                # and its own words say more than a description the sieve linked to it ("the government")
                advocacy = advocacy_name(m.text) if ent.type == "ORG" else None
                if advocacy and text and academic_setting(text, m.start, m.end):
                    advocacy = None  # a university's centre ("the Center for Politics at ... University")
                if advocacy:
                    coding.nominal_sector = Found("NGO", CodeEvidence("agents", advocacy, m.start, m.end))
                    break
                sec = book.sector_in(m.text)
                if PARTY_ORGAN_NAME.fullmatch(m.text):
                    sec = ("PTY", m.text)  # "the Central Committee named Yuri Andropov": the party's, no legislature's
                elif SUPREME_COUNCIL.fullmatch(m.text):
                    sec = ("LEG", m.text)  # "Latvia's Supreme Council voted ...": a Soviet republic's parliament
                if sec and sec[0] == "CVL" and _possessive_modifier(m.text, sec[1]):
                    # "People's Consultative Assembly", "Democratic Women's Club": a people's body, not the people
                    # (a body of workers or prosecutors is theirs: "Workers' Confederation" LAB)
                    sec = None
                if ent.type == "ORG" and _central_bank(m.text, book):
                    # "Bank of Japan": the country's central bank (Phoenix: GOVBUS), over "the bank" a description
                    # linked to it says
                    if not kb.coded(m.text):  # not Bank of America, Bank of China: the dictionaries' companies
                        ev = CodeEvidence("agents", m.text, m.start, m.end)
                        coding.text_sector = coding.text_sector or Found("GOV", ev)
                    sec = ("GOV", "bank of")
                if sec and sec[0] == "REL" and set(_fold(m.text).split()) & CLERGY_TITLES:
                    sec = None  # a clergy title in a name is its patron's or founder's ("Bishop Noll Institute")
                if sec and sec[0] in ("MIL", "REB") and ent.type == "ORG" and insurgent_army(m.text):
                    # "Kosovo Liberation Army": an army no state's ("army" is MIL); its name says more than a
                    # state army's description the sieve linked to it ("the Burmese army"), less than a record
                    sec = ("REB", m.text)
                    if coding.nominal_sector is None or coding.nominal_sector.value == "MIL":
                        coding.nominal_sector = Found("REB", CodeEvidence("agents", m.text, m.start, m.end))
                if sec and ent.type == "ORG" and not _place_name(ent, book):
                    # the kind its head says beats another noun of the name: "Green Party" is a party (not an
                    # environmental group), "Chicago Police Department" police (not a government department), a
                    # union of workers a union ("Guild of Steelworkers": LAB, not the steelworkers' trade)
                    # ... and a head of more words ending in the agents' word says more ("Brazilian Olympic
                    # Committee": an Olympic committee, NGO, not the legislature's "committee")
                    head = organisation_head(m.text)
                    # ... or opens with it ("State Committee for National Security": a security service)
                    more_words = head is not None and (
                        head[0].endswith(f" {sec[1]}")
                        or (len(head[0].split()) > 2 and head[0].startswith(f"{sec[1]} "))
                    )
                    if head and head[1] != sec[0] and (head[0] in PARTY_POLICE_HEADS or head[1] == "LAB" or more_words):
                        sec = (head[1], head[0])
                legal = _legal_form(m.text)
                if sec and sec[0] not in ("BUS", "MED") and ent.type == "ORG" and legal:
                    # "General Motors Corp", "Farmers Group Inc": a company by its legal form, whatever people the
                    # words of its name are ("general" MIL, "farmers" AGR)
                    sec = ("BUS", legal)
                if sec:
                    coding.name_sector = Found(sec[0], CodeEvidence("agents", sec[1], m.start, m.end))
                    break
        if coding.name_sector is None and ent.type == "ORG" and not _place_name(ent, book):
            # the head of the name itself: "Apple Daily" MED, "China Evergrande Group" BUS, "NYPD" COP
            for m in ent.mentions:
                head = organisation_head(m.text) if m.kind == "name" else None
                legal = _legal_form(m.text) if m.kind == "name" and head is None else None
                if legal:
                    head = (legal, "BUS")  # "Kirosawa Corp", "Tata Motors Ltd": a company by its legal form alone
                if head:
                    coding.name_sector = Found(head[1], CodeEvidence("agents", head[0], m.start, m.end))
                    break
    # where an organisation is listed or based, said in a compound before its name: "London-listed Lonmin",
    # "Houston-based oil company Apache" (its home, below a dictionary record: "London-based Amnesty
    # International" stays international); a listed one is a company
    if text and ent.type == "ORG" and not ent.country:
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            window = text[max(0, m.start - 80) : m.start]
            if m.start > 80:
                window = re.sub(r"^\S*\s", "", window)  # whole words: "Hong Kong", "Los Angeles"
            home = HOME_BEFORE.search(window)
            if home is None or any(w in HOME_STOP or w.endswith("ing") for w in home[3].split()):
                continue  # "a Dallas-based subsidiary of| X", "a Houston-based land manager representing| X"
            where = home_place(home[1], book)
            if where:
                ev = CodeEvidence("text", home[0].strip(), m.start - len(home[0]), m.start)
                coding.home_country = Found(where, ev)
                if home[2].lower() == "listed" and not coding.name_sector:
                    coding.name_sector = Found("BUS", ev)
                break
    # 4. the countries table
    if ent.country and book.alpha3(ent.country):
        first = next((m for m in ent.mentions if m.kind == "name"), ent.mentions[0] if ent.mentions else None)
        ev = CodeEvidence("countries", ent.name, first.start if first else None, first.end if first else None)
        coding.table_country = Found(book.alpha3(ent.country), ev)  # type: ignore[arg-type]
        if coding.text_country and coding.text_country.value != coding.table_country.value:
            coding.text_country = None  # a country is itself, whatever its mentions' modifiers say
        coding.nominal_country = None
    elif (
        ent.type in ("GPE", "LOC")
        and not coding.text_country
        and text
        and (hyphened := _hyphen_place(ent, text, book, kb))
    ):
        # a hyphenated place name the NER cut in two ("Gorno-|Badakhshan", Tajikistan's region; "Badakhshan" alone is
        # Afghanistan's, and the dictionaries' too): the whole name as the article writes it, over a record of the part
        coding.text_country = hyphened
    elif ent.type in ("GPE", "LOC") and not coding.text_country:
        capital_or_country = _capital_or_country(ent.name, book)
        iso = capital_or_country or _town_or_region(ent.name, book, kb)
        core, with_noun = _place_core(ent.name)
        if iso is None and core != ent.name:
            # a place the NER took with a compass word ("west London", "central Maputo") or a capital with a common
            # noun after it ("a Monrovia beach"); before a noun, only a town big enough to name its region
            # ("Kandahar province"; "Pando province" is Bolivia's department, not Uruguay's town of Pando)
            iso = (
                book.capitals.get(_fold(core))
                or (
                    book.region(core, with_kind=True)
                    if REGION_AFTER.match(ent.name, ent.name.find(core) + len(core))
                    else None
                )
                or (book.place(core) if not with_noun or book.names_its_region(core) else None)
                or (None if with_noun else book.names.get(_fold(core)))
            )
        place_said = None if capital_or_country else _country_of_place_said(ent, text, book)
        if place_said:
            coding.text_country = place_said  # "Nigeria's northeastern Borno state": not the table's German town
        elif iso:
            coding.table_country = Found(iso, CodeEvidence("countries", ent.name))
    if ent.type == "NORP" and not ent.country and any(m.kind == "name" for m in ent.mentions):
        # a people or a faith ("Muslims"): a description the sieve linked ("British Muslims") says little of all
        coding.nominal_sector = coding.nominal_country = None
    if text and ent.type == "ORG" and not ent.country and not (coding.text_sector or coding.name_sector):
        # an armed group's men named after its name the NER left out ("pro-government Young Patriots| militiamen",
        # "Zetas| gunmen"): the group is what its men are, below the dictionary
        # (a name of two words or more: one word before "guerrillas" may be a people's, "Tarvish guerrillas")
        for m in (m for m in ent.mentions if m.kind == "name" and len(m.text.split()) > 1):
            armed = group_after(text, m.end, book) if text[m.end : m.end + 2] not in ("'s", "’s") else None
            if armed in ARMED_SECTORS:
                coding.name_sector = Found(armed, CodeEvidence("agents", text[m.start : m.end], m.start, m.end))
                break
    if text and ent.type == "ORG" and not ent.country and not (coding.text_sector or coding.name_sector):
        # a union named before its kind noun, alone or with another ("the CGT and Force Ouvriere unions")
        for m in (m for m in ent.mentions if m.kind == "name"):
            union = UNION_AFTER.match(text, m.end)
            if union:
                coding.name_sector = Found("LAB", CodeEvidence("agents", union.group(0).split()[-1], m.start, m.end))
                break
    return coding


# the lower-case kind noun of unions right after a name, or after a second name joined to it by "and"
UNION_AFTER = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:trade\s+)?unions?\b")


ARMED_SECTORS = {"REB", "UAF", "CRM"}  # not MIL: "a Postal Service letter carrier"


# a country's possessive a few lower-case words before a place ("Nigeria's northeastern| Borno"); not a country
# after a comma: that is as often a list ("West Germany, Austria and Switzerland")
COUNTRY_BEFORE_PLACE = re.compile(r"\b([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})['’]s\s+(?:[a-z-]+\s+){0,3}$")


def _town_in_name(ent: Entity, coding: Coding, text: str, book: Codebook) -> None:
    """The town or US state an organisation's name opens with, as its home (``Codebook.town_in_name``); the town
    alone when the NER typed it a people or cut it from the group after it ("Trento| prosecutors": that group's
    sector too). Not a party's name ("Colorado Party"), nor one word capitalised by a sentence's start ("Gay
    rights groups")."""
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        group = group_after(text, m.end, book)
        whole = ent.type == "NORP" or bool(group)
        town = book.town_in_name(m.text, whole=whole)
        if town is None:
            continue
        rest = {w.lower() for w in m.text.replace(town[1], " ").split()}
        if rest & (PARTY_HEADS | entity_words("party_words.txt")):
            continue
        opening = SENTENCE_START.search(text[max(0, m.start - 3) : m.start] or ".")
        if len(town[1].split()) == 1 and opening and not book.big_city(town[1]):
            continue  # a word capitalised by the sentence's start ("Gay rights groups"), unless a city of millions
        if not whole and _place_name(ent, book):
            continue
        at = m.start + max(0, m.text.find(town[1]))
        coding.home_country = Found(town[0], CodeEvidence("text", town[1], at, at + len(town[1])))
        coding.home_in_name = True
        if group and m.text == town[1]:
            after = text[m.end : m.end + 30].split()[0].strip(",.;:")
            at = text.find(after, m.end)
            coding.name_sector = coding.name_sector or Found(group, CodeEvidence("text", after, at, at + len(after)))
        return


def _country_of_place_said(ent: Entity, text: str, book: Codebook) -> Found | None:
    """The country the article's words put a place in, over the table's namesake ("in Nigeria's northeastern
    Borno state", a town of Germany in the table): a country's name in the possessive a few lower-case words
    before the place's name."""
    if not text:
        return None
    for m in (m for m in ent.mentions if m.kind == "name"):
        start = max(0, m.start - 60)
        found = COUNTRY_BEFORE_PLACE.search(text[start : m.start])
        iso = book.names.get(_fold(found.group(1))) if found else None
        if found and iso:
            at = start + found.start(1)
            return Found(iso, CodeEvidence("text", found.group(1), at, at + len(found.group(1))))
        town = _town_demonym(text, m.start, book)
        if town:
            return town
    return None


def _town_demonym(text: str, start: int, book: Codebook) -> Found | None:
    """The country a demonym says a town is in, when the town's name at ``start`` follows "the <demonym> town
    of" ("the southern Jordanian town of Maan", "the Brazilian border town of Pacaraima")."""
    for found in TOWN_OF.finditer(text, max(0, start - 80), min(len(text), start + 80)):
        if found.start(2) != start:
            continue
        for word in re.finditer(r"[\w-]+", found[1]):
            iso = book.demonyms.get(_fold(word[0])) if word[0][:1].isupper() else None
            if iso:
                at = found.start(1) + word.start()
                return Found(iso, CodeEvidence("text", word[0], at, at + len(word[0])))
    return None


def _country_named_before(text: str, start: int, book: Codebook) -> tuple[str, int] | None:
    """A country's whole name of three or four words, possessive or not, right before an organisation's name
    ("Papua New Guinea's| Supreme Court", "Bosnia and Herzegovina's| Constitutional Court"): (words, start)."""
    run = title_run(text, start, 4)
    if run is None or len(run[0].split()) < 3:
        return None
    key = _fold(run[0]).removesuffix("'s").removesuffix("’s").strip()
    return run if key in book.names else None


# the heads of bodies every state has of its own, whose names an international body shares ("Security Council")
STATE_BODY_HEADS = {"council", "committee", "commission", "assembly", "court", "agency", "authority", "board"}


def _state_body(words: str, name: str, others: list[str], book: Codebook) -> bool:
    """Whether an organisation's name, with the words right before it, is a body of one state: the words are
    a country's name, possessive or demonym alone ("Algeria's", "Iranian"), the name is headed by a body
    every state has (``STATE_BODY_HEADS``) and holds no word of an international body ("UN", "European",
    ``international_words.txt``) nor a country's, nor do its other names ("Syria's Arab League seat" is the
    League's; "Russia's ... the UN Security Council" joined by coreference is the UN's)."""
    hit = book.country_in(words)
    if hit is None or _fold(words).removesuffix("'s") != _fold(hit[1]):
        return False
    parts = [_fold(w) for w in re.split(r"[\s\-–/]+", name) if w]
    if not parts or parts[-1] not in STATE_BODY_HEADS:
        return False
    every = {_fold(w) for n in [name, *others] for w in re.split(r"[\s\-–/]+", n) if w}
    return not (code_words("international_words.txt") & every or any(book.country_in(n) for n in [name, *others]))


def _longer_title(said: Found, sec: tuple[str, str] | None, words: str, start: int, book: Codebook) -> bool:
    """Whether a title run's role phrase (``sec``: sector, words) holds the phrase a role within the run (or the
    title the NER split off the name, the run's last words) gave, and is longer: "High Representative" over the
    NER's role "Representative"."""
    ev = said.evidence
    inside = ev.start is not None and ev.end is not None and start <= ev.start and ev.end <= start + len(words)
    if sec is None or not (inside or words.endswith(" " + ev.text)):
        return False
    own = book.sector_in(ev.text)
    return own is not None and own[1] != sec[1] and own[1] in sec[1] and len(sec[1].split()) > len(own[1].split())


# heads whose kind no other noun of the name overrides
PARTY_POLICE_HEADS = {"party", "police", "police department"}


# titles whose holder heads a state by holding them: the pope is the sovereign of the Holy See
# the pope's see, and the college of cardinals that elects him ("a gathering of cardinals", "Roman Catholic cardinals
# gathered in the Sistine Chapel"): the Holy See's; one cardinal named is most often his own country's archbishop
TITLE_STATES = {"pope": "VAT", "cardinals": "VAT"}
# the Coptic Orthodox Church's head is a pope too, in Egypt: "Coptic" right before the title, or in the apposition
# right after the name it opens ("Pope Shenouda III, the Coptic patriarch"; not "Pope Francis met Coptic Pope ...")
COPTIC_BEFORE = re.compile(r"\bCoptic\s+(?:Orthodox\s+)?$")
COPTIC_APPOSED = re.compile(r"(?:\s+[A-Z][\w.'’-]*){0,4},\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?Coptic\b")


def _coptic_title(text: str, start: int, phrase: str, names_at: list[tuple[int, int]]) -> bool:
    """Whether a pope's title at ``start`` (a title split off the name that starts there, or a description) is the
    Coptic pope's: "Coptic" right before the title's words, or in the apposition right after the name."""
    name_end = next((ne for ns, ne in names_at if ns == start), None)
    title_start = text.rfind(phrase.split()[0], max(0, start - len(phrase) - 30), start + 1) if phrase else start
    before = COPTIC_BEFORE.search(text[max(0, title_start - 20) : max(0, title_start)])
    return bool(before or (name_end is not None and COPTIC_APPOSED.match(text, name_end)))


# titles of the clergy (agents.tsv: REL, but "patriarch", read only as a title split off a name: "the family
# patriarch" is none)
CLERGY_TITLES = {
    "pope",
    "patriarch",
    "cardinal",
    "archbishop",
    "archbishops",
    "bishop",
    "bishops",
    "rabbi",
    "rabbis",
    "imam",
    "imams",
    "mufti",
}


CLERGY_PERSONS = CLERGY_TITLES | {"metropolitan", "ayatollah"}  # titles of one cleric, not of a church


def _persons_possessive(words: str, kb: Knowledge) -> bool:
    """A person's name in the possessive before a name, opening with a given name that is also a country's:
    "Jordan Bardella's National Rally" (not Jordan's), "Georgia Meloni's party"."""
    tokens = words.split()
    return (
        len(tokens) == 2
        and tokens[1].endswith(("'s", "’s"))
        and all(t[:1].isupper() for t in tokens)
        and tokens[0].lower() in kb.given_names
    )


def _central_bank(name: str, book: Codebook) -> bool:
    """A central bank by the name most of them have, "Bank of" and the country's name alone ("Bank of
    England", "Bank of Japan"; not "Bank of Tokyo", "Bank of New York", "Bank of Japan Ltd"). Commercial banks
    named so (Bank of America, Bank of China) are the dictionaries', which come first."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or [w.lower() for w in words[:2]] != ["bank", "of"]:
        return False
    rest = _key(" ".join(words[2:]))
    # a country's own name or alias, or a nation of the United Kingdom by its name ("England"; not a region of
    # another country, "Bank of New England")
    return rest in book.names or book.peoples.get(rest) == "GBR"


def _namesake_cities(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, filed: dict[int, set[str]]
) -> None:
    """A city whose namesake the countries of its sentence name ("Tripoli" beside "Lebanese army": Lebanon's) is
    that one, over the most populous of the name, which the tables, the dictionary and the entity stage give; the
    sentence's countries include those the dictionaries file its named people in (``filed``: "Prime Minister Pedro
    Sanchez": ESP)."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type not in ("GPE", "LOC") or book.names.get(_fold(ent.name)):
            continue
        first = next((m for m in ent.mentions if m.kind == "name"), None)
        if first is None or first.sentence is None or first.sentence >= len(analysis.sentences):
            continue
        sentence = analysis.sentences[first.sentence]
        named = book.countries_named(text[sentence.start : sentence.end]) | filed.get(first.sentence, set())
        alt = book.place_among(ent.name, named)
        biggest = book.place(ent.name)
        if alt is None and biggest in named and not ent.country:
            # the atlas's most populous namesake is the one its sentence names, where a dictionary's record of
            # the name is another's ("a federal court in Cordoba ... Argentina's former ruler": Phoenix files
            # Cordoba under Spain)
            alt = biggest if codings[ent.id].at(None, book)[0] not in (None, biggest) else None
        if alt:
            coding = codings[ent.id]
            coding.namesake = Found(alt, CodeEvidence("text", first.text, first.start, first.end, entry="namesake"))
            coding.text_country, coding.table_country = coding.namesake, None


def _names_country(
    analysis: Analysis, codings: dict[str, Coding], iso: str, date: str | None, book: Codebook, besides: str
) -> bool:
    """Whether a name of the article other than entity ``besides``'s is of the country ``iso``: the country, its
    places and peoples, or an actor coded so."""
    return any(
        codings[e.id].at(date, book)[0] == iso
        for e in analysis.entities
        if e.id != besides and any(m.kind == "name" for m in e.mentions)
    )


def _branch_of_the_sentence(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, filed: dict[int, set[str]]
) -> None:
    """An organisation of a name several countries' organisations bear (``shared_names.tsv``: "the Taliban",
    "Islamic Jihad", "the Muslim Brotherhood"), which a dictionary files under one of those countries, is the branch
    of the one other listed country its sentence names, when it names no country the record gives ("Taliban
    fighters attacked a checkpoint near Peshawar": Pakistan's; "the Muslim Brotherhood in Jordan"), as the
    article's words. The sector stays the record's."""
    text = analysis.article.text
    shared = shared_names()
    at_home = shared_names_at_home()
    for ent in analysis.entities:
        if ent.type not in ("ORG", "NORP", "PERSON"):
            continue
        names = [m for m in ent.mentions if m.kind == "name"]
        key = next((k for m in names if (k := _fold(m.text).removeprefix("the ")) in shared), None)
        recorded = codings[ent.id].at(date, book)[0]
        if key is None or not names or recorded not in shared[key]:
            continue
        first = min(names, key=lambda m: m.start)
        if first.sentence is None or first.sentence >= len(analysis.sentences):
            continue
        sentence = analysis.sentences[first.sentence]
        # the sentence's places and peoples where things happen (not "fled to Pakistan"), and the people the
        # dictionaries file ("President Hafez al-Assad": Syria)
        named = {
            country
            for e in analysis.entities
            if e.type in ("GPE", "LOC", "NORP")
            for m in e.mentions
            if m.kind == "name"
            and m.sentence == first.sentence
            and not _gone(text, m.start)
            and (country := codings[e.id].at(date, book)[0])
        }
        # a body the dictionary files as a person ("Supreme Soviet") is not one of the sentence's people
        people = _filed_countries(analysis, codings, book, besides=ent.id) if ent.type == "PERSON" else filed
        named |= people.get(first.sentence, set())
        named &= shared[key]
        if (
            recorded in named
            or len(named) != 1
            or (key in at_home and _names_country(analysis, codings, recorded, date, book, ent.id))
        ):
            continue  # "Congress" in an article that names the US anywhere is its Congress ("Trump asked Congress
            # to pay for the wall on the Mexican border")
        ev = CodeEvidence("text", text[sentence.start : sentence.end], sentence.start, sentence.end, entry="branch")
        codings[ent.id].text_country = Found(next(iter(named)), ev)


def _possessive_modifier(name: str, words: str) -> bool:
    """Whether the words the agents dictionary read in an organisation's name stand in it only as a possessive
    before its head ("People's| Consultative Assembly", "Women's| Club")."""
    return bool(re.search(rf"\b{re.escape(words)}(?:'s|’s|'|’)\s", name, re.IGNORECASE)) and not re.search(
        rf"\b{re.escape(words)}\b(?!'|’)", name, re.IGNORECASE
    )


def _capital_before(text: str, start: int, phrase: str, book: Codebook) -> tuple[str, str] | None:
    """(country, city) of the capital named right before a public office's title ("Bangkok| Governor",
    "Moscow| prosecutor"), or of a city of a million people or more before it or opening it before a role's word
    ("Dubai police chief"): the office is the city's, its holder of the city's country. Not a US state or a
    country ("Georgia Governor": the office's place reading decides those), nor a journalist's posting ("Beijing
    correspondent"), nor a clause's last word ("towards Bamako,| President ...")."""
    sector = book.sector_in(phrase)
    if sector is None or sector[0] not in PUBLIC_OFFICE_SECTORS:
        return None
    words = text[max(0, start - 40) : start].split()
    if words and not words[-1][-1:].isalpha():
        words = []  # "towards Bamako,| President ...": a clause's last word, no office's place
    for k in (2, 1):
        name = " ".join(words[-k:])
        iso = book.capitals.get(_fold(name)) if len(words) >= k else None
        if iso:
            return iso, name
    # ... or a city of a million people or more, before the title or opening it ("Dubai| police chief",
    # "Karachi police chief"): the city's office, as a capital's is
    lead = phrase.split()
    # (a city opening the title comes right before a role's word: "Dubai police chief", not "Nairobi and
    # Secretary of State")
    opening = [
        " ".join(lead[:k])
        for k in (2, 1)
        if len(lead) > k and lead[k].lower() in book.agent_words() and lead[k].lower() not in ("and", "or", "of")
    ]
    for name in [" ".join(words[-k:]) for k in (2, 1) if len(words) >= k] + opening:
        if name[:1].isupper() and name != phrase and book.big_city(name) and not book.names.get(_fold(name)):
            iso3 = book.place(name)
            if iso3:
                return iso3, name
    return None


def _clergy_misread(phrase: str) -> bool:
    """A clergy title's word in a description that is a surname ("Amy Pope", "Pope said": capitalised, with no
    determiner before it; "the Pope" is the pope), not a title split off a name."""
    words = phrase.split()
    for k, w in enumerate(words):
        low = w.lower().strip(".,'’")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if low in CLERGY_TITLES and w[:1].isupper() and not (k and words[k - 1].lower() in {"the", "every", "each"}):
            return True
    return False


def _title_state(phrase: str) -> tuple[str, str] | None:
    words = phrase.lower().split()
    if {"former", "ex", "ex-", "late", "retired"} & set(words):
        return None
    return next(((TITLE_STATES[w], w) for w in words if w in TITLE_STATES), None)


def _town_apposed_as_organisation(ent: Entity, m: Mention, text: str, book: Codebook) -> bool:
    """Whether a name that is only a town's in the gazetteer (not a country's or a capital's) is an organisation by
    the apposition after it and where it stands: "MCA, the owner of Universal Studios", "Takata, the Japanese
    maker of air bags"; not after a preposition of place ("in Tamarac, the owner of the club, Mark Schmidt")."""
    if book.names.get(_fold(ent.name)) or book.capitals.get(_fold(ent.name)):
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    return not (before and before[-1].lower() in PLACE_PREPOSITIONS) and text[m.end : m.end + 1] == ","


# prepositions before a name that make it a place ("in Tamarac", "near Aden")
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "outside", "around", "across", "of"}


# words of direction the NER takes into a place's name ("west London", "northern Iraq"): ``COMPASS_WORDS``


def _place_core(name: str) -> tuple[str, bool]:
    """A place's name without the lower-case words of direction before it or the common noun after it ("west
    London" -> "London", "Monrovia beach" -> "Monrovia"; the name itself when it has none or nothing else), and
    whether a noun after it was dropped."""
    words = name.split()
    while len(words) > 1 and words[0] in COMPASS_WORDS:
        words = words[1:]
    noun = False
    while len(words) > 1 and words[-1].islower() and words[-1].isalpha():
        words, noun = words[:-1], True
    if words and all(w[:1].isupper() for w in words):
        return " ".join(words), noun
    return name, False


# facilities news names by their town ("Muan airport", "Safaga port", "Strangeways jail" is a district's)
FACILITY_NOUNS = {
    "airport",
    "port",
    "stadium",
    "airbase",
    "seaport",
}  # not "station": "Victoria station", "Union station"


def _facility_town(ent: Entity, book: Codebook) -> str | None:
    """The country of the town a facility is named by: its name a town's and a facility noun ("Muan airport",
    "Safaga port"); None for any other facility ("Grenfell Tower")."""
    words = ent.name.split()
    if len(words) < 2 or words[-1].lower() not in FACILITY_NOUNS or not words[-1].islower():
        return None
    core, _ = _place_core(" ".join(words[:-1]))
    return book.capitals.get(_fold(core)) or book.place(core)


def _capital_or_country(name: str, book: Codebook) -> str | None:
    """The country a place's name is the capital or a name of ("Kabul", "Burma"), alpha-3."""
    return book.capitals.get(_fold(name)) or book.names.get(_fold(name))


def _town_or_region(name: str, book: Codebook, kb: Knowledge) -> str | None:
    """The country of a place by GeoNames' most populous town of the name, unless the dictionaries file the name as
    a region or city of another country ("Bali": Indonesia's island, not a name of Bari's; "Ontario", "Natal"): a
    news dictionary's region over an atlas's namesake. Not a name GeoNames does not know ("Congo", "Orissa"):
    the dictionaries do not fill the atlas's gaps, where their one country per name is as often wrong."""
    town = book.place(name)
    region = _dictionary_region(name, kb) if town else None
    return region if region and region != town else town


def _dictionary_region(name: str, kb: Knowledge) -> str | None:
    """The country of a place the dictionaries file as a part of a country ("Ontario", "New South Wales",
    "Bavaria": Phoenix's country-kind records, cities among them: "Cordoba" is Spain's there)."""
    if kb.kind(name) != "country":
        return None
    codes = dictionary_countries(kb, name)
    return codes.pop() if len(codes) == 1 else None  # an agency filed as a "country" ("Xinhua": MED) is no region


# the words of a region's kind written between its name and an office ("Benue state governor")
REGION_NOUNS = frozenset({"state", "province", "provincial", "regional", "region", "district", "county"})


def _region_before(text: str, start: int, phrase: str, book: Codebook, kb: Knowledge) -> tuple[str, str] | None:
    """(country, region) of a region the dictionaries file named right before a public office's title ("New South
    Wales| Premier", "Ontario| Premier"), as ``_capital_before`` reads a capital: the office is the region's."""
    sector = book.sector_in(phrase)
    if sector is None or sector[0] not in PUBLIC_OFFICE_SECTORS:
        return None
    words = text[max(0, start - 40) : start].split()
    kind_noun = bool(words) and words[-1].lower() in REGION_NOUNS
    if kind_noun:
        words = words[:-1]  # "Benue state| governor", "Amhara regional| president"
    for k in (3, 2, 1):
        name = " ".join(words[-k:])
        if len(words) < k:
            continue
        whole = len(words) == k or not words[-k - 1][:1].isupper() or not words[-k - 1][-1:].isalpha()
        if whole and all(w[:1].isupper() and w[-1:].isalpha() for w in words[-k:]):
            # the whole capitalised run right before the title, no punctuation between ("towards Bamako, President X"
            # is no region's office; "Northern Ireland Secretary" is not Ireland's)
            # GeoNames' regions too ("Kerala| Health Minister", "Benue state| governor")
            region = _dictionary_region(name, kb) or book.region(name)
            town = book.place(name)
            if region and region in book.iso3.values() and (town is None or town == region):
                return region, name  # not a town of another country the dictionary files under its namesake
    return None


def _demonym_of_noun(words: list[str], book: Codebook) -> tuple[str, str] | None:
    """The demonym capitalised words before a noun open with, and its country: one or two words ("Brazilian",
    "South African"), then at most an order's or creed's adjective ("Franciscan", "Catholic"); not a name's
    words ("British Airways", "American Express"). (demonym, alpha-3)."""
    for n in (2, 1):
        iso = book.demonyms.get(_fold(" ".join(words[:n]))) if len(words) >= n else None
        rest = words[n:]
        if iso and _fold(" ".join(words[:n])) not in book.names:
            if not rest or (len(rest) == 1 and rest[0].endswith(("an", "ic"))):
                return " ".join(words[:n]), iso
    return None


def _place_name(ent: Entity, book: Codebook) -> bool:
    """An organisation's name that is a place's ("Newport News", "Nairobi" taken for organisations)."""
    return bool(book.place(ent.name) or book.names.get(_fold(ent.name)) or book.capitals.get(_fold(ent.name)))


# "London-listed", "Houston-based oil company", "Paris-headquartered": a place, its compound, up to three
# lower-case words, then the name
HOME_COMPOUND = r"(listed|based|headquartered)"
HOME_BEFORE = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w.]*)(?:[\s-][A-Z][\w.]*){{0,2}})-{HOME_COMPOUND}\s+((?:[a-z][\w-]*\s+){{0,3}})$"
)
HOME_AFTER = re.compile(rf"-{HOME_COMPOUND}\b")  # the compound after a home's name
LOYAL_AFTER = re.compile(r"\s+loyal\s+to\b", re.IGNORECASE)
ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
HOME_STOP = {"of", "for", "by", "to", "in", "with", "from", "on", "at", "and", "or"}
APPOSITION_OPENS = re.compile(r"[A-Z][\w&.’'-]*,\s+(?:the|a|an)\s+$")
# ", an 18-year-old American convicted of", ", a Briton,": an apposition that ends in a demonym as its noun
APPOSED_DEMONYM = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,3}?([A-Z][a-z]+)(?=\s*[,;.]|\s+(?:who|whose|convicted|accused|charged|arrested|"
    r"jailed|sentenced|held|detained|living|working|born)\b)"
)
# ... or as the adjective of its noun: "Leonardo Boff, a Brazilian Franciscan theologian,", "X, a Turkish
# businessman who": an apposition of capitalised words (the demonym, an order's or creed's word) then lower-case
# ones to its end; `_demonym_of_noun` reads which capitalised words are the demonym
APPOSED_ADJECTIVES = re.compile(
    r",\s+an?\s+(?:[a-z][\w-]*\s+)?((?:[A-Z][a-z]+\s+){1,3})(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*[,;.]|\s+(?:who|whose)\b)"
)
# ... or as the people a pair are ("Andrew Chan and Myuran Sukumaran, two Australians convicted of", "A and B,
# the two French agents"): a count, then the demonym (capitalised words `_demonym_of_noun` reads)
APPOSED_PEOPLE = re.compile(r",\s+(?:the\s+)?(?:two|three|both)\s+(?:[a-z][\w-]*\s+)?((?:[A-Z][a-z]+\s+){1,2})")
# the first name of a pair right before the second's ("Maurice and| Katia Krafft")
FIRST_OF_PAIR = re.compile(r"(?<=\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+and\s+\Z")
# the place an office is of, right after the office's words ("the archbishop| of Havana", "the mayor| of Lyon")
OFFICE_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}")


def _office_of_place_after(coding: Coding, text: str, words: str, at: int, book: Codebook) -> None:
    """The country of the place an office is of, when "of" and the place follow the office's words ("the
    archbishop| of Havana"), unless the text gave one already."""
    office_of = OFFICE_OF_PLACE.match(text, at + len(words))
    head = words.split()[-1].lower() if words.split() else ""
    if not office_of or coding.text_country or (head.endswith("s") and not head.endswith("ss")):
        return  # "A, B and C, the leaders| of Russia, Ukraine and Belarus": offices of a list, each its own
    if head in KIN:
        return  # "the daughter| of Italian migrants": the "of" names her kin, not a place she is of
    # a country by its name first ("the former president of Liberia": no Costa Rican town), then a state's or a
    # city's office, read with the words after it ("the governor of Pando| province": a region, no town)
    place = book.country_in(words + office_of[0]) or book.office_place(text[at : office_of.end() + 20])
    if place:
        coding.text_country = Found(place[0], CodeEvidence("text", words + office_of[0], at, office_of.end()))


AGED = re.compile(r",\s+(?:\d{1,3}\s*,|(?:an?\s+)?(?:[\w-]+\s+){0,3}\d{1,3}-year-old\b)")
CANDIDATE = {"candidate", "candidates", "nominee", "nominees"}
CONGRESS_PARTY = re.compile(
    r"^\s*[,(]\s*(?:a\s+)?(?:(?P<party>Republican|Democrat|Democratic|Independent)\s+(?:of|from)\s+"
    r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|(?P<letter>[RDI])-(?P<abbr>[A-Z][A-Za-z]*)\.?)"
)
LEGISLATOR_TITLES = {"senator", "senators", "sen.", "rep.", "representative", "congressman", "congresswoman"}


def us_congress_style(text: str, start: int, end: int, role: str, book: Codebook) -> str | None:
    """The words that make a person a member of the US Congress, if any: a party and state after the name
    ("Charles E. Grassley, Republican of Iowa"; "Adam Kinzinger, R-Ill."), or a legislator's title
    ("Senator", "Rep.") with a US state or the parties' names within the sentence around it ("apples from
    Washington -- to sway Senator Patty Murray")."""
    after = CONGRESS_PARTY.match(text[end : end + 60])
    if after and (after["letter"] or book.place(after["state"]) == "USA"):
        return after.group(0).strip(" ,(")
    run = title_run(text, start, 3)
    other = book.country_in(run[0]) if run else None
    if other and other[0] != "USA":
        return None  # "the French senator Jean Dupont": another country's legislature
    words = {w.lower() for w in [*role.split(), *(run[0].split() if run else ()), *text[start:end].split()[:1]]}
    if not words & LEGISLATOR_TITLES:
        return None
    window = text[max(0, start - 150) : end + 150]
    for sentence in re.split(r"(?<=[.!?])\s+", window):
        if text[start:end] not in sentence and len(window) > 200:
            continue
        if _us_party_named(sentence):
            return sentence.strip()
        for w in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", sentence):
            if w.lower() in _us_states():
                return w
    return None


# words that open other countries' parties' names before "Democratic", "Democrat", "Republican"
FOREIGN_PARTY_OPENERS = {
    "christian", "social", "free", "liberal", "national", "new", "people's", "peoples", "popular", "united",
    "progressive", "revolutionary", "islamic", "radical", "civic", "green", "left", "labour", "swedish", "serbian",
}  # fmt: skip
US_PARTY_WORD = re.compile(r"\b(?:Republican|Democrat|Democratic|GOP)\b|\b[RD]-[A-Z]")


def _us_party_named(sentence: str) -> bool:
    """Whether a sentence names a US party: "Republican", "Democrat", "GOP", "R-Ill."; not a word of another
    country's party's name ("the Christian Democratic Party", "Social Democrats", "Democratic Progressive Party")."""
    for found in US_PARTY_WORD.finditer(sentence):
        before = sentence[: found.start()].split()[-1:]
        after = sentence[found.end() :].split()[:1]
        if before and before[0].lower().strip("'’") in FOREIGN_PARTY_OPENERS:
            continue  # "Christian Democratic", "Social Democrat" ("Former Democratic congressman" is the US party)
        if after and after[0][:1].isupper() and after[0].strip(".,;") not in ("Party", "Sen", "Senator", "Rep"):
            continue  # "Democratic Progressive Party", "Democratic Alliance"
        return True
    return False


@cache
def _us_states() -> frozenset[str]:
    from dossier.codes.codebook import _places

    return frozenset(_places()[0])


def _apposed(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether a description stands right beside one of the actor's names ("Jean-Marc Ayrault, the foreign
    minister of France"; "the foreign minister, Jean-Marc Ayrault"): said of the actor, not linked to it."""
    for ns, ne in names:
        between = text[ne:start] if ne <= start else text[end:ns] if end <= ns else None
        if between is not None and len(between) <= 4 and not between.strip(" ,(—–-\n"):
            return True
    return False


def _filed_names(ent: Entity) -> list[str]:
    """The names a dictionary may file an entity under: its names as written, and for a person the last two
    words of a longer name, the name with the ruler's title it carries, and a hyphenated given name as words."""
    if not any(m.kind == "name" for m in ent.mentions) and ent.name.islower():
        return []  # a group only described ("their representatives"): a common noun names no one record
    names = [ent.name, *ent.aliases]
    names += [m.text for m in ent.mentions if m.kind == "name"]
    # a name the NER took with a lower-case word before it: "federal Securities and Exchange Commission"
    names += [re.sub(r"^(?:[a-z][\w-]*\s+)+", "", n) for n in names if n[:1].islower()]
    if ent.type == "PERSON":
        # not "B. Rangel" of "Charles B. Rangel": a middle initial and a surname name nobody
        names += [" ".join(n.split()[-2:]) for n in names if len(n.split()) >= 3 and not INITIAL.match(n.split()[-2])]
        # a ruler is filed under the title with the name: "King Salman", "Emperor Naruhito", "King Abdullah II"
        names += [f"{m.role.split()[-1]} {m.text}" for m in ent.mentions if m.kind == "name" and m.role]
        # Phoenix writes a hyphenated given name as words: "Chun Doo-hwan" is CHUN_DOO_HWAN
        names += [n.replace("-", " ") for n in names if "-" in n]
    return list(dict.fromkeys(names))


def leader_terms(
    ent: Entity, kb: Knowledge, date: str | None, text: str = "", book: Codebook | None = None
) -> list[ActorCode]:
    """The codes of the one head of state or government (``leaders.tsv``) a person's full names point to: his
    terms as GOV, the time after them as ELI. Names of two leaders (namesakes, or one person filed under two
    countries) point to the one in office on the date, if exactly one is. A name the NER cut by a word is read
    with that word when only so it is the table's ("Gro| Harlem Brundtland", "Bingu wa| Mutharika")."""
    if ent.type != "PERSON":
        return []
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name in _filed_names(ent):
        # a full name, or the one name the table files a head by ("Suharto", "Hirohito"): the table's aliases are
        # whole names, so one word finds only such a head, never a surname ("Obama")
        if len(name.split()) >= 2 or _one_name(name):
            for entry in kb.leader(name):
                found.setdefault(entry.entry, (name, entry.codes))
    if not found and text:
        for name in _names_cut_by_a_word(ent, text):
            for entry in kb.leader(name):
                found.setdefault(entry.entry, (name, entry.codes))
    if len(found) > 1:
        serving = {e: v for e, v in found.items() if _serving(_codes(e, *v), date)}
        if text and date and _said_late(ent, text):
            # "the late King Abdullah" in December 2015: Saudi Arabia's, who died that January, not Jordan's
            serving = {e: v for e, v in found.items() if not serving.get(e) and _ended(_codes(e, *v), date)}
        elif len(serving) > 1 and text:
            # two heads of one name in office ("King Abdullah", 2005 to 2015): the one of the country the article
            # names ("at three Amman hotels": Jordan's)
            named = (book or default_codebook()).countries_named(text, places=True)
            serving = {e: v for e, v in serving.items() if {c.code[:3] for c in _codes(e, *v)} & named}
        found = serving if len(serving) == 1 else {}
    if not found:
        return []
    entry_id, (name, codes) = next(iter(found.items()))
    return _codes(entry_id, name, codes)


def _one_name(name: str) -> bool:
    """Whether a one-word name is written as a name (capitalised, letters and hyphens), as a head known by one name
    is ("Suharto"), not an initial or an abbreviation."""
    return len(name) > 3 and name[:1].isupper() and name.replace("-", "").isalpha()


LATE_BEFORE = re.compile(r"\b[Tt]he\s+late\s+(?:[A-Z][\w.]*\s+){0,2}$")  # "the late King |Abdullah"


def _said_late(ent: Entity, text: str) -> bool:
    """Whether a person is named as dead ("the late King Abdullah")."""
    return any(m.kind == "name" and LATE_BEFORE.search(text, max(0, m.start - 30), m.start) for m in ent.mentions)


def _ended(codes: list[ActorCode], date: str) -> bool:
    """Whether every dated code of a record ended before the date."""
    dated = [c for c in codes if c.start or c.end]
    return bool(dated) and all(c.end is not None and c.end < date for c in dated)


WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s[a-z]{1,3})?)\s$")  # "Gro |Harlem Brundtland", "Bingu wa |Mutharika"


def _names_cut_by_a_word(ent: Entity, text: str) -> list[str]:
    """An entity's names with the capitalised word (and a short particle) right before them, or the capitalised
    word right after them: the names the NER may have cut by a word."""
    out = []
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        before = WORD_BEFORE.search(text[max(0, m.start - 24) : m.start])
        if before:
            out.append(f"{before[1]} {m.text}")
        after = NEXT_WORD.match(text, m.end)
        if after:
            out.append(f"{m.text} {after[1]}")
    return out


def _serving(codes: list[ActorCode], date: str | None) -> bool:
    code = in_force(codes, date) if date else None
    return code is not None and code.code.endswith("GOV")


def with_leader_terms(
    dictionary: list[ActorCode], terms: list[ActorCode], book: Codebook, date: str | None = None
) -> list[ActorCode]:
    """A person's dictionary codes with the terms the leaders' table gives him: the table's codes alone when no
    dictionary files him; else his GOV terms added to the record when it is of the same country (Phoenix's
    "Omar al Bashir" is SDNGOV from 2003 to 2009 only). A record of another country is a namesake's and stays,
    unless it has no code on the date and the table has him in office then (Phoenix files Guinea-Bissau's
    interim president Raimundo Pereira under Guinea)."""
    if not terms:
        return dictionary
    if not dictionary:
        return terms
    countries = {parse_code(c.code, book.countries)[0] for c in dictionary}
    ruled = {parse_code(c.code, book.countries)[0] for c in terms}
    if countries != ruled:
        return terms if date and in_force(dictionary, date) is None and _serving(terms, date) else dictionary
    kept, ended = _terms_ended(dictionary, terms)
    out = kept + [c for c in terms if c.code.endswith("GOV") or (ended and (c.start or "") > ended)]
    ends = [c.end for c in kept]
    if ends and all(ends) and not ended:
        # a record that stops (Phoenix files Pinochet CHLELI to 2006-01-01, its compiling year): after its last day,
        # the table's time out of office (ELI) holds, as it does for a head no dictionary files
        last = max(e for e in ends if e)
        out += [
            ActorCode(c.code, max(c.start or "", last), c.end, c.evidence)
            for c in terms
            if c.code.endswith("ELI") and (c.end is None or c.end > last)
        ]
    return out


def _terms_ended(dictionary: list[ActorCode], terms: list[ActorCode]) -> tuple[list[ActorCode], str | None]:
    """The dictionary's codes with an open-ended GOV code that began in a term the table dates ended when that
    term did (Phoenix files Evo Morales BOLGOV from 2006 with no end; the table ends his term on 10 November
    2019), and the last such end, after which the table's codes of the time out of office (ELI) hold. A code
    may begin up to a year before the table's term: the dictionaries date some offices by the year. Only
    Phoenix's: it left open the offices held when it was compiled; dossier's own tables date a career on
    purpose (Lai Ching-te GOV from 2017, as premier, vice-president and president)."""
    kept, ended = [], None
    for code in dictionary:
        phoenix = (code.evidence.entry or "").startswith("phoenix:")
        term = next(
            (
                t
                for t in terms
                if phoenix
                and code.code.endswith("GOV")
                and code.start
                and not code.end
                and t.code.endswith("GOV")
                and t.end
                and t.start
                and _year_before(t.start) <= code.start <= t.end
            ),
            None,
        )
        if term is not None:
            code = ActorCode(code.code, code.start, term.end, code.evidence)
            ended = max(ended or "", term.end or "")
        kept.append(code)
    return kept, ended


def _ruled_before(codes: list[ActorCode], date: str | None) -> bool:
    """Whether a GOV code of the person's ended before the date."""
    return date is not None and any(c.code.endswith("GOV") and c.end is not None and c.end < date for c in codes)


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1:04d}{day[4:]}" if day[:4].isdigit() else day


def dictionary_codes(
    ent: Entity,
    kb: Knowledge,
    date: str | None = None,
    titled: bool = False,
    title_sector: str | None = None,
    book: Codebook | None = None,
) -> list[ActorCode]:
    """The dated codes of the one dictionary record the entity's names point to (none when they point to
    records that disagree on the date). A person is looked up by a full name (or its last two words, when
    the name carries a title: "Majority Leader Mitch McConnell"); a titled surname alone ("President Obama")
    only when one dictionary person has it. An organisation not found by its name may be found by the
    international organisation its name contains ("United Nations Security Council" -> IGOUNO)."""
    names = _filed_names(ent)
    titled_names = {f"{m.role.split()[-1]} {m.text}" for m in ent.mentions if m.kind == "name" and m.role}
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    # the names as written first; a name with its title ("King Abdullah II") only when they find no one, so that a
    # title filed with another's name ("President George Bush" is also the son's) does not unsettle a record
    for pass_names in ([n for n in names if n not in titled_names], [n for n in names if n in titled_names]):
        if found:
            break
        for name in pass_names:
            if ent.type == "PERSON" and len(name.split()) < 2:
                continue
            for entry in kb.coded(name):
                if entry.kind == "person" and ent.type != "PERSON":
                    continue
                if entry.kind == "org" and entry.entry.startswith("dossier-orgs:") and _place(ent, name, book):
                    continue  # organisations.tsv names a company, not the country or city of that name
                found.setdefault(entry.entry, (name, entry.codes))
    if not found and ent.type == "PERSON" and _given_name(names):
        # a full name filed with other middle names or initials ("Vladimir V. Putin" is Phoenix's "Vladimir
        # Putin"); never a namesake with another given name ("Charles B. Rangel" is not "Jose Vicente Rangel")
        entry_name = namesake_record(kb, names, titled, date, title_sector, book)
        if entry_name is not None:
            found[entry_name[0].entry] = (entry_name[1], entry_name[0].codes)
    elif not found and ent.type == "PERSON" and titled:
        surnames = {n.split()[-1] for n in names if n.split()}
        if len(surnames) == 1:
            surname = surnames.pop()
            if _royal_by_one_name(ent):
                # a royal's one given name ("Crown Prince Fahd"): the one person the dictionaries file by that name
                # alone (Phoenix's King Fahd), else dossier's own record of that name; never Phoenix's namesakes
                # by surname (its UAE official "Fahd", Afghanistan's "Abdullah Abdullah")
                # (Phoenix files those by a role's code alone, as its other agents: kind "org")
                alone = {e.entry: e for e in kb.coded(surname) if e.codes and all(_royal_code(c) for c in e.codes)}
                record = next(iter(alone.values())) if len(alone) == 1 else None
                if record is not None and _monarch_titled(ent):
                    # a monarch's title and a record not in government on the date: another royal ("King Albert"
                    # of Belgium in 2008 is not Phoenix's "Albert" of Monaco, a prince then)
                    code = in_force(_codes(record.entry, surname, record.codes), date)
                    record = record if code is not None and code.code[3:6] == "GOV" else None
                if record is None:
                    record = surname_record(kb, surname, date, title_sector, book, sources=("dossier",))
            else:
                record = surname_record(kb, surname, date, title_sector, book)
            if record is not None:
                found[record.entry] = (ent.name, record.codes)
    if not found and ent.type == "ORG":
        found = _company(names, kb) or _contained_organisation(ent.name, kb) or _edition(names, kb)
    if not found:
        return []
    code_sets = {codes for _, codes in found.values()}
    if len(code_sets) > 1:
        # records that differ but agree on the code of the date (two records of Xi Jinping, both CHNGOV) are one
        in_force_by = {e: in_force(_codes(e, n, cs), date) for e, (n, cs) in found.items()}
        on_date = {(c.code if c else None) for c in in_force_by.values()}
        if len(on_date) == 1 and None not in on_date:
            first = next(iter(found))
            found = {first: found[first]}
            code_sets = {found[first][1]}
        elif len(on_date - {None}) == 1 and _one_country(found.values(), book or default_codebook()):
            # one person Phoenix files twice, one record ending before the date ("Maithripala Sirisena": a
            # deputy minister's month in 2004, and LKAGOV from 2010): the record in force, when every code of
            # every record is of one country (namesakes of two countries stay apart)
            current = next(e for e, c in in_force_by.items() if c is not None)
            found = {current: found[current]}
            code_sets = {found[current][1]}
    if len(code_sets) > 1:
        # dossier's own record wins; otherwise records that disagree say nothing
        mine = [k for k in found if k.startswith("dossier-actors:")]
        if len(mine) != 1:
            return []
        found = {mine[0]: found[mine[0]]}
    entry_id, (name, codes) = next(iter(found.items()))
    return _codes(entry_id, name, codes)


def _monarch_titled(ent: Entity) -> bool:
    """Whether a person is named with a reigning monarch's title ("King Albert", "Emir Jaber")."""
    return any(_title_word(m) in MONARCHS for m in ent.mentions if m.kind == "name")


def _title_word(m: Mention) -> str:
    """The last word of a name mention's title, lower-cased ("prince" of "Crown Prince Fahd"), or ""."""
    return m.role.split()[-1].lower() if m.role else ""


def _royal_code(code: str) -> bool:
    """Whether a dictionary code (``SAUGOV:1975-03-25:1982-06-13``) is a ruler's or an elite's: a royal's record."""
    return code.split(":")[0][3:6] in ("GOV", "ELI")


def _royal_by_one_name(ent: Entity) -> bool:
    """Whether a person is named only by a royal title and one name ("Crown Prince Fahd", "Prince Abdullah"): a
    given name, which a surname's lookup would give a namesake (Phoenix's UAE official "Fahd", Afghanistan's
    "Abdullah Abdullah")."""
    names = [m for m in ent.mentions if m.kind == "name"]
    return (
        bool(names)
        and all(len(m.text.split()) == 1 for m in names)
        and any(_title_word(m) in ROYALS_BY_GIVEN_NAME for m in names)
    )


def _one_country(records: Iterable[tuple[str, tuple[str, ...]]], book: Codebook) -> bool:
    """Whether every code of some dictionary records ((name, codes) pairs) is of one and the same country."""
    countries = {parse_code(code.split(":")[0], book.countries)[0] for _, codes in records for code in codes}
    return len(countries) == 1 and None not in countries


def _one_person(filed: list[tuple[str, DictionaryEntry]]) -> list[ActorCode]:
    """The dated codes of the one coded person among (name it is filed under, record) pairs; none when the
    pairs name no one or several people."""
    people = {entry.entry: (key, entry) for key, entry in filed if entry.kind in ("person", "actor") and entry.codes}
    if len(people) != 1:
        return []
    key, entry = next(iter(people.values()))
    return _codes(entry.entry, key, entry.codes)


NEXT_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['’]s)")


def _name_cut_short(ent: Entity, kb: Knowledge, text: str) -> list[ActorCode]:
    """The dictionary record of a person whose full name the NER cut before its last word ("President Amadou
    Toumani| Toure", "Ahmad Tejan| Kabbah"): the name and the capitalised word right after it, when the
    dictionaries file exactly that as one person (never a word the record does not hold)."""
    for m in [m for m in ent.mentions if m.kind == "name" and len(m.text.split()) >= 2][:3]:
        after = NEXT_WORD.match(text, m.end)
        if after is None:
            continue
        name = f"{m.text} {after[1]}"
        codes = _one_person([(name, e) for e in kb.coded(name) if e.kind == "person"])
        if codes:
            return codes
    return []


# the words a name the NER cut short may go on with: "in", "of", "for" or "and" and capitalised words ("the
# Organization for Security and Cooperation| in Europe")
NAME_GOES_ON = re.compile(r"\s+(?:(?:in|of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


# plural nouns of a group's men that news writes after its name
MEN_OF_A_GROUP = {"rebels", "militants", "fighters", "guerrillas", "islamists", "gunmen", "militiamen", "insurgents"}


def _organisation_cut_short(ent: Entity, kb: Knowledge, text: str) -> list[ActorCode]:
    """The dictionary record of an organisation whose name the NER cut before its last words ("the Organization
    for Security and Cooperation| in Europe" is the OSCE, IGOEUROSC): the name and the words right after it, when
    the dictionaries file exactly that as one organisation; or whose name it took with its men's noun ("Boko
    Haram| Islamists")."""
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        words_of_name = m.text.split()
        if len(words_of_name) >= 2 and words_of_name[-1].lower() in MEN_OF_A_GROUP:
            # "Boko Haram Islamists", "Free Aceh Movement rebels": the group's name before its men's noun
            for name in _group_names(" ".join(words_of_name[:-1])):
                codes = _one_organisation(kb, name)
                if codes:
                    return codes
        if _men_after(text, m.end) and m.text[-1:] != "s":
            # "Tamil Tiger| rebels", "Red Brigade| guerrillas": a group's plural name in the singular before its men
            codes = _one_organisation(kb, m.text + "s")
            if codes:
                return codes
        after = NAME_GOES_ON.match(text, m.end)
        if after is None:
            continue
        words = after[0].split()
        for k in range(len(words), 0, -1):
            codes = _one_organisation(kb, f"{m.text} {' '.join(words[:k])}")
            if codes:
                return codes
    return []


def _men_after(text: str, end: int) -> bool:
    """Whether a group's men's noun follows a name ("Tamil Tiger| rebels")."""
    men = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    return bool(men and men[1] in MEN_OF_A_GROUP)


def _before_its_men(ent: Entity, text: str) -> bool:
    """Whether one of an entity's names stands before a group's men's noun."""
    return any(_men_after(text, m.end) for m in ent.mentions if m.kind == "name")


def _group_names(name: str) -> list[str]:
    """A group's name as written and, when it does not end in "s", in the plural its dictionaries may file
    ("Tamil Tiger" of "Tamil Tiger rebels": the "Tamil Tigers")."""
    return [name] if name.endswith("s") else [name, name + "s"]


def _one_organisation(kb: Knowledge, name: str) -> list[ActorCode]:
    """The dated codes of the one organisation the dictionaries file under exactly this name, if one is."""
    found = {e.entry: e for e in kb.coded(name) if e.kind in ("org", "actor") and e.codes}
    if len(found) != 1:
        return []
    entry = next(iter(found.values()))
    return _codes(entry.entry, name, entry.codes)


def _maternal_surname_left_out(ent: Entity, kb: Knowledge) -> list[ActorCode]:
    """The one dictionary person filed under the actor's full name and one more surname ("Augusto Pinochet" is
    Phoenix's "Augusto Pinochet Ugarte": news leaves the mother's surname out of Spanish and Portuguese names)."""
    names = {m.text for m in ent.mentions if m.kind == "name" and len(m.text.split()) >= 2}
    for name in sorted(names, key=len, reverse=True):
        if not parse_person(name).full:
            continue
        codes = _one_person(kb.people_with_one_more_surname(name))
        if codes:
            return codes
    return []


def _place(ent: Entity, name: str, book: Codebook | None) -> bool:
    """Whether an entity the NER took for a place is one: a country, or a city or state of the gazetteer."""
    if ent.country:
        return True
    if ent.type not in ("GPE", "LOC"):
        return False
    return (book or default_codebook()).place(name) is not None


INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # given names by their initials: "C.M." of "C.M. Ibrahim"
INITIAL = re.compile(r"^[A-Z]\.$")  # a middle or first initial: "B." of "Charles B. Rangel" (not "A Clinton victory")


def namesake_record(
    kb: Knowledge,
    names: list[str],
    titled: bool,
    date: str | None = None,
    sector: str | None = None,
    book: Codebook | None = None,
):
    """(record, the name it is filed under) of the one dictionary person a full name of the actor can be
    (``resolve.names.compatible``: the same surname, the same given name or its initial or short form, no
    contrary middle initial): one of dossier's own records ("Harry M. Reid" is dossier's "Harry Reid"; by a short
    form only when the text's sector, if any, is the record's on the date: "Perry Capital CEO Richard Perry" is not
    dossier's Rick Perry), else, for a titled name, one Phoenix person who also holds the title's sector on the
    date ("Federal Reserve Board chairman Paul Volcker" in 1987 is Phoenix's "Paul A. Volcker", USAGOV then;
    "Treasury Secretary Jacob J. Lew" its "Jack Lew"; "Spanish farm minister Carlos Romero" is not El Salvador's
    Carlos Humberto Romero, an elite in 1987, nor "Pope John Paul" the Bahamas' John Warburton Paul). Never a
    namesake with another given name: "Charles B. Rangel" is not Phoenix's "Jose Vicente Rangel", "Garry F.
    McCarthy" not dossier's "Kevin McCarthy". None when several records differ."""
    countries = (book or default_codebook()).countries
    full = []
    for name in names:
        words = name.split()
        # the name without a title the name parser does not know ("Minority Leader Harry M. Reid")
        tails = [name, " ".join(words[-3:]) if len(words) >= 3 and INITIAL.match(words[-2]) else " ".join(words[-2:])]
        # a lone capital with no full stop is no initial ("A Johnson-backed lawsuit")
        for tail in tails:
            person = parse_person(tail)
            if person.full and (len(person.first) > 1 or "." in tail):
                full.append(person)
    if not full:
        return None

    def sector_on(entry, key: str) -> str | None:
        return _coded_on(entry, key, date, countries)[1]

    for source in ("dossier", "phoenix"):
        hits: dict[str, tuple] = {}
        for person in full:
            for key, entry in kb.people_named(source, person.surname.split()[-1]):
                other = parse_person(key)
                if not (other.full and other.surname == person.surname and compatible(person, other)):
                    continue
                if source == "phoenix" and not titled and not _initial_left_out(person, other):
                    continue  # untitled, only the name itself with a middle initial left out: "Ferdinand E. Marcos"
                same = other.first == person.first or len(person.first) == 1
                if source == "dossier" and not same and sector is not None and sector_on(entry, key) != sector:
                    continue  # a short form ("Richard" for "Rick") with another sector: a namesake
                if source == "phoenix" and titled and (sector is None or sector_on(entry, key) != sector):
                    continue  # Phoenix's many people: the title's sector on the date too, a namesake seldom has it
                hits.setdefault(entry.entry, (entry, key))
        if len({e.codes for e, _ in hits.values()}) == 1:
            return next(iter(hits.values()))
        if hits:
            return None
    return None


def _initial_left_out(person: PersonName, other: PersonName) -> bool:
    """Whether a dictionary's name is the article's full name with only a middle initial more ("Ferdinand Marcos"
    and Phoenix's "Ferdinand E. Marcos"): the same given name and surname, the article giving no middle name."""
    return (
        other.first == person.first
        and not person.middle
        and len(other.middle) == 1
        and len(other.middle[0].rstrip(".")) == 1
    )


def _given_name(names: list[str]) -> bool:
    """Whether a name gives more than a surname ("Boris Johnson", "Charles B. Rangel", not "President Obama" or
    "Mr. Putin"): then a surname record is another person ("Johnson" alone would be the US secretary Jeh
    Johnson)."""
    for name in names:
        words = name.split()
        if len(words) >= 2 and (INITIAL.match(words[-2]) or INITIALS.match(words[-2])):
            return True  # a middle initial: "Charles B. Rangel", "Marc H. Morial"; initials: "C.M. Ibrahim"
        if len(words) >= 2 and words[-2].lower().rstrip(".") not in code_words("title_words.txt") | {
            "mr",
            "mrs",
            "ms",
            "dr",
        }:
            if not words[-2].lower().endswith(".") and words[-2].lower() + "." not in code_words("abbreviations.txt"):
                return True
    return False


def _codes(entry: str, name: str, codes: tuple[str, ...]) -> list[ActorCode]:
    out = []
    for raw in codes:
        code, _, rest = raw.partition(":")
        start, _, end = rest.partition(":")
        out.append(ActorCode(code, start or None, end or None, CodeEvidence("dictionary", name, entry=entry)))
    return out


# corporate words a company's name ends in that no other kind of body's does ("Islamic Group", "Alpha Company"
# may be armed groups)
NOT_LEGAL_FORMS = {"group", "company"}


def _corporate_word(name: str) -> str | None:
    """The corporate word a name ends in ("Bayer AG", "Fujitsu Ltd", "General Motors": ``corporate_words.txt``;
    a fragment the NER cut, "Corp", too), as written."""
    words = name.replace(">", " ").replace("<", " ").split()
    return words[-1] if words and words[-1].lower().strip(".,") in code_words("corporate_words.txt") else None


def _legal_form(name: str) -> str | None:
    """The corporate word a company's name ends in (``_corporate_word``), not counting the words other bodies end
    in too (``NOT_LEGAL_FORMS``)."""
    word = _corporate_word(name) if len(name.split()) >= 2 else None
    return word if word and word.lower().strip(".,") not in NOT_LEGAL_FORMS else None


def _run_after_names(
    run: tuple[str, int] | None, people: tuple[tuple[int, int], ...], text: str
) -> tuple[str, int] | None:
    """A title run cut after the last name of a person it holds: "Prime Minister Vazgen Sargsyan and| speaker"
    is the speaker's run ("speaker"), not the prime minister's title; None when nothing is left."""
    if run is None:
        return None
    words, start = run
    end = start + len(words)
    # a name coordinated with the one the run is before ("... Sargsyan and| speaker"), not one inside a company's
    # name ("former Ted Bates Worldwide Chairman")
    inside = [e for s, e in people if start <= s and e <= end and COORDINATED.match(text, e)]
    if not inside:
        return run
    cut = COORDINATED.match(text, max(inside)).end()  # type: ignore[union-attr]
    return (text[cut:end], cut) if cut < end else None


COORDINATED = re.compile(r",?\s+(?:and|or)\s+")


def _company(names: list[str], kb: Knowledge) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The company (a Phoenix MNC record) a name is filed under with or without a corporate word: "ZTE" is
    "ZTE Corp", "Samsung Electronics" is "Samsung", "Apple" is "Apple Inc". Only business records count, and
    only one: a shortened name that several companies share says nothing. The corporate words are
    ``data/lexicons/codes/corporate_words.txt``."""
    corporate = code_words("corporate_words.txt")
    index = kb.companies_by_stem(corporate)
    for name in names:
        words = name_key(name).split()
        keys = [" ".join(words)]
        if len(words) >= 2 and words[-1] in corporate:
            keys.append(" ".join(words[:-1]))
        for key in keys:
            hits = dict(index.get(key, {}))
            if key != keys[0] or len(keys) == 1:
                hits.update({e.entry: e.codes for e in kb.coded(key) if e.codes and e.codes[0].startswith("MNC")})
            if len(set(hits.values())) == 1:
                entry, codes = next(iter(hits.items()))
                return {entry: (name, codes)}
    return {}


# the languages a broadcaster's or a paper's edition is named for ("Al Jazeera English", "BBC Arabic")
EDITION_LANGUAGES = {"english", "arabic", "french", "spanish", "turkish", "persian", "urdu", "chinese", "russian"}


def _edition(names: list[str], kb: Knowledge) -> dict[str, tuple[str, tuple[str, ...]]]:
    """A news medium's edition in a language: the medium's record ("Al Jazeera English" is Al Jazeera's, QAT
    MED), when one record of a medium has the name without the language."""
    for name in names:
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in EDITION_LANGUAGES:
            continue
        rest = " ".join(words[:-1])
        hits = {
            e.entry: (rest, e.codes)
            for e in kb.coded(rest)
            if e.codes and all("MED" in c.split(":")[0] for c in e.codes)
        }
        if len({codes for _, codes in hits.values()}) == 1:
            return dict([next(iter(hits.items()))])
    return {}


# words before an international body's name inside a longer one that make it a state's own organ ("Supreme National
# Security Council", "the National Security Council": Iran's, the White House's; not the UN's Security Council)
NATIONAL_ORGAN = {"national", "state", "federal", "supreme", "presidential", "royal"}


def _contained_organisation(name: str, kb: Knowledge) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The international organisation (IGO/NGO record) named inside an organisation's name, longest first; not an
    IGO a word of a state's organ comes before (``NATIONAL_ORGAN``)."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            organ = any(w.lower() in NATIONAL_ORGAN for w in words[:i])
            part = " ".join(words[i : i + size])
            kinds = ("NGO",) if organ else ("IGO", "NGO")  # a national Red Cross society is still an NGO
            hits = {e.entry: (part, e.codes) for e in kb.coded(part) if e.codes and e.codes[0][:3] in kinds}
            if len({codes for _, codes in hits.values()}) == 1:
                return dict([next(iter(hits.items()))])
    return {}


def surname_record(
    kb: Knowledge,
    surname: str,
    date: str | None = None,
    sector: str | None = None,
    book: Codebook | None = None,
    sources: tuple[str, ...] = ("dossier", "phoenix"),
):
    """The one person record with this surname: dossier's own records first, then Phoenix's (of ``sources``); of
    several, the one whose code on the date has the title's sector ("President Obama" in 2016: Barack, USAGOV,
    not Michelle); None when that leaves several (or none)."""
    index = kb.people_by_surname()
    key = _fold(surname)
    for source in sources:
        hits = list(index[source].get(key, {}).values())
        if len(hits) > 1 and sector and book is not None:
            countries = book.countries
            hits = [h for h in hits if _coded_on(h, surname, date, countries)[1] == sector]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


LEADERS_GOVERNMENT = re.compile(
    rf"(?:the\s+)?((?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w-]+?)(?:['’]s)?\s+(?:{'|'.join(sorted(GOVERNMENT_HEADS))})",
    re.IGNORECASE,
)


def _leaders_government(name: str, kb: Knowledge, book: Codebook, date: str | None) -> str | None:
    """The country of a government named by its leader ("Trump administration", "Assad regime", "Theresa May's
    government"): the one person of that surname, or of that full name, the dictionaries have in government on
    the date."""
    found = LEADERS_GOVERNMENT.fullmatch(name.strip())
    if not found or not found.group(1)[:1].isupper() or book.country_in(found.group(1), capitals=True):
        return None  # "the German government" is Germany's (a country's words are read elsewhere), not a German's
    leader = found.group(1)
    if len(leader.split()) >= 2:
        # a full name, possessed or not ("Theresa May's government"): the one person the dictionaries file so,
        # in government on the date
        code = in_force(_one_person([(leader, e) for e in kb.coded(leader)]), date)
        country, sector = parse_code(code.code, book.countries) if code else (None, None)
        return country if sector == "GOV" else None
    record = surname_record(kb, leader, date, "GOV", book)
    if record is None:
        # several of the surname in government on the date, all of one country ("the Bush administration" in 2003,
        # when one Bush was president and another a governor): that country's government
        return _surname_government(kb, leader, date, book)
    code = in_force(_codes(record.entry, leader, record.codes), date)
    return parse_code(code.code, book.countries)[0] if code else None


def _surname_government(kb: Knowledge, surname: str, date: str | None, book: Codebook) -> str | None:
    """The one country whose government every person of this surname in government on the date belongs to, of the
    first source that has any (dossier's records, then Phoenix's); None for none or several ("the Kim regime")."""
    index = kb.people_by_surname()
    for source in ("dossier", "phoenix"):
        coded = (
            _coded_on(entry, surname, date, book.countries) for entry in index[source].get(_fold(surname), {}).values()
        )
        governing = {country for country, sector in coded if sector == "GOV"}
        if governing:
            return governing.pop() if len(governing) == 1 else None
    # none in government on the date: a government of the past named by its head ("the Bush administration" in
    # 2021, "the Thatcher government" in 2013), the one country whose government people of the surname ever were
    for source in ("dossier", "phoenix"):
        ever = {
            country
            for entry in index[source].get(_fold(surname), {}).values()
            for code in _codes(entry.entry, surname, entry.codes)
            for country, sector in [parse_code(code.code, book.countries)]
            if sector == "GOV" and country
        }
        if ever:
            return ever.pop() if len(ever) == 1 else None
    return None


def _coded_on(entry: DictionaryEntry, name: str, date: str | None, countries) -> tuple[str | None, str | None]:
    """(country, sector) of the code a dictionary record of this name has in force on the date, (None, None) for
    none."""
    code = in_force(_codes(entry.entry, name, entry.codes), date)
    return parse_code(code.code, countries) if code else (None, None)


def _inherit_from_orgs(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A current role that names an organisation ("director of the FBI") gives the person the
    organisation's country, and its sector on the date when the role's own words give none ("the leader of the
    Renamo rebels" on the day of the Rome accord: the rebels', not the party's Renamo became the next day)."""
    by_id = {e.id: e for e in analysis.entities}
    text = analysis.article.text
    for ent in analysis.entities:
        # a person, or a titled name the NER took for an organisation ("Wells Fargo CEO John Stumpf")
        if ent.type != "PERSON" and not (ent.type == "ORG" and any(m.kind == "name" and m.role for m in ent.mentions)):
            continue
        mine = codings[ent.id]
        spans = [(role.start, role.end, role.label, role.org) for role in ent.roles if role.current is not False]
        # the run of title words before a name that names an organisation: "White House Press Secretary Josh
        # Earnest", "Wells Fargo CEO John Stumpf", "EPA Administrator Scott Pruitt"
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            run = title_run(text, m.start, 6)
            if run is None:  # lower-case role words: "IMF chief economist Maury Obstfeld"
                role = role_before(text, m.start, book)
                run = (role[0], role[1]) if role else None
            if run and not any(w.lower().strip(".") in FORMER for w in run[0].split()):
                org = _org_titled(analysis, run[1], m.start, ent.id, book)
                if org is not None:
                    spans.append((run[1], run[1] + len(run[0]), run[0], org.id))
        seated = _seated_in(analysis, ent)
        if seated is not None:
            spans.append(seated)
        for start, end, label, org_id in spans:
            org = by_id.get(org_id or "") or _org_in(analysis, start, end, ent.id)
            # a possessive the role's words leave out ("its president") says whose role it is, not where: a
            # body's bare name ("Congress named its speaker") is filed under one country and stands for many
            possessed = org is None
            org = org or _possessor(analysis, start, end, ent.id)
            if org is None:
                continue
            country, sector, _, _ = codings[org.id].at(date, book)
            ev = CodeEvidence("text", label, start, end)
            # a company's own officer is of its country, even by a possessive ("Bill Gates, the company's
            # chairman": Microsoft's), where a body every state has is not ("Congress named its speaker")
            company = possessed and sector in ("BUS", "MED") and org.type == "ORG"
            # a body every country names so ("Senate leader Gabriel Valdes" swearing in Chile's president) is
            # filed as one country's: its member takes the scene's country below, as the body does
            generic = institution_name(org.name)
            if country and not mine.text_country and (not possessed or company) and not generic:
                mine.text_country = Found(country, ev)  # "Theresa May's foreign secretary": her country
            if not sector or (org.type in ("GPE", "NORP", "PERSON") and not codings[org.id].kind_named):
                continue  # a person's or a place's role; but "the head of the news site Rappler" (a PERSON) is MED
            if sector == "PTY" and label.split()[-1].lower().strip(".") in PARTY_LEGISLATORS:
                continue  # a party's legislators are legislators: "Labour MPs", "Liberal Party MP Jo Reyes"
            principal = principal_sector(label, book)
            if principal and book.organisation(principal[1]) and not codings[org.id].dictionary:
                continue  # the title names an organisation the dictionaries file, which the NER cut otherwise
            own = book.sector_in(label)
            words, named = (set(own[1].split()), set(_fold(org.name).split())) if own else (set(), set())
            if own and own[0] != sector and words & named and words - named - {"to", "the"}:
                # the agents' phrase holds the organisation's name and a role at it: "UN ambassador" is a state's
                # envoy to the UN (GOV); not a phrase of the name alone ("National Committee" chairwoman)
                continue
            if own and own[0] == "GOV" and label.split()[-1].lower() in ("minister", "ministers") and sector != "IGO":
                continue  # a minister is the state's, whatever his portfolio's name ("Workplace Relations Minister")
            # the organisation's sector over the role's generic noun ("director general of the World Health
            # Organization" is IGO, not GOV; "Facebook's chief executive" BUS), not over "former" (ELI)
            said = mine.text_sector
            if said is not None and said.value == "OPP" and sector == "PTY":
                continue  # "the leader of the liberal opposition party al-Ghad": the role's words say which side
            if said is None or (
                said.value != "ELI" and (_within(said.evidence, start, end) or _rank_only(said.evidence.text))
            ):
                # over a bare rank too: "Major General Robert Mood, the head of the UN observer mission" is the UN's
                mine.text_sector = Found(sector, ev)
                # the officer of a body of no country's (the IOC's president, FIFA's): of none, as an IGO's is
                mine.international_member = _international_ngo(org, codings[org.id], book)


# the nouns of a legislature's members, which a party's name before them does not make the party's staff
PARTY_LEGISLATORS = {"mp", "mps", "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators"}
PARTY_LEGISLATORS |= {"congressman", "congressmen", "congresswoman", "congresswomen"}


def _international_ngo(org: Entity, coding: Coding, book: Codebook) -> bool:
    """Whether an organisation is a non-governmental body of no country (whose officers are of none): coded NGO
    with no country, and filed so by every record of the dictionaries ("NGOSPO") or, with none, named as spanning
    countries ("International Paralympic Committee", ``_international``)."""
    country, sector, _, _ = coding.at(None, book)
    if country is not None or sector != "NGO":
        return False
    if coding.dictionary:
        return all(parse_code(c.code, book.countries)[0] is None for c in coding.dictionary)
    return _international(org, [m for m in org.mentions if m.kind == "name"])


def _member_of_named_body(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person named as a news medium's ("CNN's Wolf Blitzer", "Lester Holt of NBC News", "Daniel Pearl, a Wall
    Street Journal reporter") is its journalist: MED, and the medium's country when nothing else gave one. So is
    a person named as another organisation's ("the European Union's Leon Brittan", "Rex Tillerson of Exxon
    Mobil"), by its name only (a description naming a company may be a customer's): its sector, when no word of
    the person's own gives one."""
    text = analysis.article.text
    sector_of = {e.id: codings[e.id].at(None, book)[1] for e in analysis.entities}
    media = [
        (m.start, m.end, e)
        for e, m in _names(analysis, lambda e: e.type in ("ORG", "PERSON") and sector_of[e.id] == "MED")
    ]
    party_words = entity_words("party_words.txt")

    def body(e: Entity) -> bool:
        # a party the NER typed a person, named with a party's word ("the opposition Civic Coalition")
        party = sector_of[e.id] in ("PTY", "OPP") and bool({w.lower() for w in e.name.split()[1:]} & party_words)
        return (e.type == "ORG" or (e.type == "PERSON" and party)) and sector_of[e.id] not in (None, "MED")

    bodies = [(m.start, m.end, e) for e, m in _names(analysis, body)]
    for ent in analysis.entities:
        mine = codings[ent.id]
        whose = _officer_whose(text, ent, bodies) if ent.type == "PERSON" else None
        if whose:
            # over the office the bare description in the clause gave ("whose vice president": GOV)
            org, start, end = whose
            said = codings[org.id].at(date, book)[1]
            if said:
                mine.text_sector = Found(said, CodeEvidence("text", text[start:end], start, end))
                continue
        if ent.type not in ("PERSON", "ORG") or mine.text_sector:
            continue
        found = _body_named_with(text, ent, media) if media else None
        if found is None and ent.type == "PERSON" and bodies and not mine.at(date, book)[1]:
            found = _body_named_with(text, ent, bodies, descriptions=False) or _party_possessed(
                text, ent, [b for b in bodies if sector_of[b[2].id] in PARTY_SECTORS]
            )

        if found:
            org, start, end = found
            ev = CodeEvidence("text", text[start:end], start, end)
            mine.text_sector = Found(sector_of[org.id] or "MED", ev)
            country = codings[org.id].at(None, book)[0]
            mine.international_member = _international_ngo(org, codings[org.id], book)
            if country and not mine.text_country:
                mine.text_country = Found(country, ev)


# between a body's name and its officer's: "the ruling Congress party|, whose vice president, |Rahul Gandhi"
WHOSE_OFFICER = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+")


def _officer_whose(text: str, ent: Entity, bodies: list[tuple[int, int, Entity]]) -> tuple[Entity, int, int] | None:
    """(body, start, end) of an organisation a relative clause names the person's ("routing the ruling Congress
    party, whose vice president, Rahul Gandhi, accepted responsibility"): its officer, of its sector, not the head
    of state a bare "vice president" would make him."""
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        for start, end, body in bodies:
            if body.id != ent.id and end < m.start and WHOSE_OFFICER.fullmatch(text[end : m.start]):
                return body, start, m.end
    return None


# between a party's leader and the party he possesses: "Geert Wilders'| far-right| Freedom Party"
LEADERS_PARTY = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
# ... or one of the parties of the coalition he heads: "Chancellor Helmut Schmidt's| coalition of Social Democrats
# and| Free Democrats", "Prime Minister X's coalition of the Socialists, the conservative| New Democracy"
HOLDERS_COALITION = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:coalition|alliance|government)\s+(?:of|with)\s+(?:the\s+)?"
    r"(?:[^.;:]{0,80}?(?:,|\band)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}"
)


def _party_possessed(text: str, ent: Entity, parties: list[tuple[int, int, Entity]]) -> tuple[Entity, int, int] | None:
    """(party, start, end) of a party a person's name possesses ("Geert Wilders' far-right Freedom Party", "Nelson
    Chamisa's Citizens Coalition for Change"): its leader, of its sector."""
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        for start, end, party in parties:
            if party.id != ent.id and start > m.end and LEADERS_PARTY.fullmatch(text[m.end : start]):
                return party, m.start, end
    return None


# between a person's name and a body's: "of", "of the", or "of the" and the body's standing ("John Kufuor of the
# opposition| New Patriotic Party", "X of the ruling| Y")
OF_BODY = re.compile(rf" of (?:the )?(?:(?:{'|'.join(sorted(STANDING_WORDS | {'state-run', 'state-owned'}))}) )?")


# an apposition naming a person an organisation's head or founder, up to its name ("Calisto Tanzi|, the founder and
# former chairman of| Parmalat", "X|, the heir to| the Samsung Group", "X|, head of rival| Andrade Gutierrez", "X|, who
# is executive director of| Y"); no clause's words before the office ("X, who sued the owner of Y")
OFFICE_OF_BODY = re.compile(
    r",\s+(?:who\s+(?:is|was)\s+)?(?:(?:the|a|an|its)\s+)?(?:(?!(?:who|whom|which|that|whose|of|to)\s)[\w-]+\s+){0,4}?"
    r"(?:founder|co-founder|chairman|chairwoman|chief\s+executive|head|boss|owner|heir|president|director|"
    r"managing\s+director)\s+(?:of|to)\s+(?:the\s+)?(?:rival\s+)?"
)


def _body_named_with(
    text: str, ent: Entity, bodies: list[tuple[int, int, Entity]], descriptions: bool = True
) -> tuple[Entity, int, int] | None:
    """(body, start, end) of one of ``bodies`` (by the offsets of its names) named as the actor's: right before
    its name with "'s" or right after it with "of" ("CNN's Wolf Blitzer", "Lester Holt of NBC News"), or, with
    ``descriptions``, within a description of it ("Daniel Pearl, a Wall Street Journal reporter"); or an
    organisation an apposition names the actor's head or founder of ("Calisto Tanzi, the founder and former
    chairman of Parmalat", "X, who is executive director of Y": ``OFFICE_OF_BODY``; not a clause's "who sued the
    owner of")."""
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        for start, end, org in bodies:
            between = text[m.end : start]
            if org.id != ent.id and (
                text[end : m.start] in ("'s ", "’s ")
                or OF_BODY.fullmatch(between)
                or (org.type == "ORG" and OFFICE_OF_BODY.fullmatch(between))
            ):
                return org, min(start, m.start), max(end, m.end)
    for d in ent.mentions:
        if d.kind == "nominal" and descriptions:
            for start, end, org in bodies:
                if org.id != ent.id and d.start <= start and end <= d.end:
                    return org, d.start, d.end
    return None


def _org_in(analysis: Analysis, start: int, end: int, person: str) -> Entity | None:
    """The organisation (or person) whose name the words of a role contain ("Facebook's chief executive", "the
    director general of the World Health Organization", "Theresa May's foreign secretary"), when the role
    extractor linked none."""
    for ent in analysis.entities:
        if ent.id == person or ent.type not in ("ORG", "PERSON", "FAC"):  # FAC: "the White House"
            continue
        if any(m.kind == "name" and start <= m.start and m.end <= end for m in ent.mentions):
            return ent
    return None


# "The Senate confirmed X to the Supreme Court", "X was elected to the European Parliament": a seat in a body
SEATED_BEFORE = re.compile(r"\b(?:appointed|named|confirmed|elected|re-elected|reelected|installed)\s+$", re.IGNORECASE)
SEATED_AFTER = re.compile(
    r"\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:appointed|named|confirmed|elected|re-elected|reelected)\s+)?"
    r"to\s+(?:the\s+)?(?=[A-Z])"
)


def _seated_in(analysis: Analysis, person: Entity) -> tuple[int, int, str, str] | None:
    """The body a person is appointed, confirmed or elected to: "The Senate confirmed X to the Supreme Court",
    "X was elected to the European Parliament" (the verb right before the name, or after it in the passive;
    the body an organisation named right after "to"). (start, end, the words, the body's entity id)."""
    text = analysis.article.text
    for m in [m for m in person.mentions if m.kind == "name"][:3]:
        after = SEATED_AFTER.match(text, m.end)
        if after is None:
            continue
        passive = after.group(0).strip().split()[0].lower() != "to"
        if not passive and not SEATED_BEFORE.search(text[max(0, m.start - 20) : m.start]):
            continue
        for ent in analysis.entities:
            if ent.id != person.id and ent.type in ("ORG", "FAC"):
                body = next((b for b in ent.mentions if b.kind == "name" and b.start == after.end()), None)
                if body is not None:
                    return m.end, body.end, text[m.end : body.end].strip(), ent.id
    return None


def _party_of_its_leader(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A party named by its family alone, of no country yet, that a person's possessive says is his ("Prime
    Minister Ingvar Carlsson said he would resign after his Social Democrats suffered their worst result",
    "Carlsson's Social Democrats"): of that person's country on the date (a nominal reading, as parties of one
    name are in many parliaments)."""
    text = analysis.article.text
    owners: dict[int, tuple[Entity, int]] = {}  # where a person's possessive ends -> (the person, where it starts)
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if m.kind == "pronoun" and m.text.lower() in ("his", "her"):
                owners[m.end] = (ent, m.start)
            elif m.kind == "name" and text[m.end : m.end + 2] in ("'s", "’s"):
                owners[m.end + 2] = (ent, m.start)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type not in ("ORG", "NORP") or coding.at(date, book)[0] is not None:
            continue
        for m in ent.mentions:
            if m.kind != "name" or not party_family_name(m.text, "the") or text[m.start - 1 : m.start] != " ":
                continue
            owner, at = owners.get(m.start - 1, (None, 0))
            country = codings[owner.id].at(date, book)[0] if owner is not None else None
            if country:
                coding.nominal_country = Found(country, CodeEvidence("text", text[at : m.end], at, m.end))
                break


# the words by which a title or a body's name says it is the European Union's ("EC Agriculture Commissioner",
# "European Commission President", "EU Trade Commissioner")
EU_WORDS = {"eu", "ec", "eec", "european"}
# an office of the European Commission said with its name's last word ("Commission President Jacques Delors",
# "a Commission vice president")
COMMISSION_OFFICES = re.compile(
    r"(?:(?:the|a)\s+)?(?:(?:EU|EC|EEC|European)\s+)?Commission\s+(?:[Vv]ice[\s-]+)?(?:[Pp]resident|[Cc]hief|[Hh]ead|[Ss]pokes\w+)$"
)
# the Commission or its commissioners named as the EU's ("his 19 fellow European commissioners", "the EC Commission")
EU_COMMISSION = re.compile(r"\b(?:EU|EC|EEC|European)\s+(?:[A-Za-z]+\s+)?(?:Commission|[Cc]ommissioners?)\b")
# the group one's possessive calls one's fellows ("Jacques Santer and his| 19 fellow European commissioners"): one of
# them
FELLOWS = re.compile(r"\s+(?:[\w,]+\s+){0,2}?fellow\s+((?:[A-Za-z-]+\s+){0,3}?[Cc]ommissioners)\b")
# a commissioner's title after his name ("Edith Cresson, the research commissioner")
COMMISSIONER_APPOSED = re.compile(r",\s+(?:the|a|an)\s+((?:[A-Za-z-]+\s+){0,3}commissioner)\b")


def _european_commissioners(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person titled the European Commission's ("Competition Commissioner Mario Monti", "Commission President
    Jacques Delors", "Edith Cresson, the research commissioner") in an article that names the European Union or one
    of its bodies, or whose title does ("EC Agriculture Commissioner Ray MacSharry"): its official, IGO, of no
    country, over the president's word a state's office reads (GOV) and the nationality the table of heads gives
    (Monti, Italy's prime minister ten years later). The Commission's offices by its bare name ("Commission
    President Jose Manuel Barroso") also where the article names no other commission. Not a commissioner whose
    title names a state or a body of its own ("Police Commissioner", "High Commissioner", "Election Commissioner":
    the agents dictionary's; "the Irish data protection commissioner")."""
    text = analysis.article.text
    union = bool(EU_COMMISSION.search(text)) or any(
        _european_body(e, codings[e.id], book, date) for e in analysis.entities
    )
    # another commission the article names ("the Election Commission said"): a bare "Commission" may be that one
    other = any(
        "commission" in _fold(m.text).split() and not _european_body(e, codings[e.id], book, date)
        for e in analysis.entities
        for m in e.mentions
        if m.kind == "name" and _fold(m.text) != "commission"
    )
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        titles = []
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            run = title_run(text, m.start, 6)
            if run is not None:
                titles.append((run[0], run[1]))
            apposed = COMMISSIONER_APPOSED.match(text, m.end)
            if apposed is not None:
                titles.append((apposed.group(1), apposed.start(1)))
        titles += [(m.text, m.start) for m in ent.mentions if m.kind == "nominal"]
        for m in ent.mentions:
            fellows = FELLOWS.match(text, m.end) if m.kind == "pronoun" else None
            if fellows is not None:
                titles.append((fellows.group(1), fellows.start(1)))  # one of those his words call his fellows
        for title, start in titles:
            words = [_fold(w) for w in title.split()]
            european = union or bool(EU_WORDS & set(words))
            if COMMISSION_OFFICES.fullmatch(title):
                found = european or not other
            elif words and words[-1] in ("commissioner", "commissioners"):
                # "Police Commissioner", "High Commissioner" (the agents dictionary's), "the Irish data protection
                # commissioner": a state's or a body's of its own
                found = european and not book.country_in(title) and not book.sector_in(title)
            else:
                continue
            if found:
                codings[ent.id].text_sector = Found("IGO", CodeEvidence("text", title, start, start + len(title)))
                break


def _european_body(ent: Entity, coding: Coding, book: Codebook, date: str | None) -> bool:
    """Whether an organisation is the European Union or one of its bodies: an international organisation (IGO, of no
    country) the dictionaries file under the EU ("IGOEUREEC") or whose name says so ("European Commission", "EU")."""
    country, sector, code, _ = coding.at(date, book)
    if country is not None or sector != "IGO":
        return False
    if code is not None and code.code.startswith("IGOEUR"):
        return True
    return bool(EU_WORDS & {_fold(w) for w in ent.name.split()})


def _possessor(analysis: Analysis, start: int, end: int, person: str) -> Entity | None:
    """The organisation a role is said of by a possessive the role's words leave out: a description ("the
    court's president": the court the coreference joined to the Supreme Court) or "its" ("Westbrook University
    ..., after its president": the organisation named last before it in the sentence)."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.id == person or ent.type not in ("ORG", "FAC"):
            continue
        for m in ent.mentions:
            if m.kind != "pronoun" and m.start <= start < m.end + 3 and text[m.end : m.end + 2] in ("'s", "’s"):
                return ent
    if text[max(0, start - 4) : start].lower() != "its ":
        return None
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    named = [
        (m.end, ent)
        for ent in analysis.entities
        if ent.id != person
        for m in ent.mentions
        if m.kind == "name" and sentence_start <= m.start and m.end <= start
    ]
    if not named:
        return None
    last = max(named, key=lambda pair: pair[0])[1]
    return last if last.type in ("ORG", "FAC") else None


def _org_titled(analysis: Analysis, start: int, name: int, person: str, book: Codebook) -> Entity | None:
    """The organisation named in a title run before a person's name, followed by the title itself ("Wells
    Fargo| CEO", "White House| Press Secretary", "EPA| Administrator"): only title words between the two."""
    text = analysis.article.text
    titles = code_words("title_words.txt")
    for ent in analysis.entities:
        if ent.id == person or ent.type not in ("ORG", "FAC"):
            continue
        for m in ent.mentions:
            if m.kind != "name" or not (start <= m.start and m.end < name):
                continue
            between = text[m.end : name].removeprefix("'s").removeprefix("’s")
            words = between.split()
            if not words or any(w.lower() in ("and", "&", "or") or w[-1] in ",;:" for w in words):
                continue
            if book.sector_in(between) or any(w.lower().strip(".") in titles for w in words):
                return ent
    return None


def _within(ev: CodeEvidence, start: int, end: int) -> bool:
    return ev.start is not None and ev.end is not None and start <= ev.start and ev.end <= end


def _group_of_named(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A group only described, whose description names a place or an organisation before its noun ("Hong
    Kong protesters", "Four Minneapolis police officers", "ELN rebels", "Al-Shabab militants"): the place's
    country; an organisation's country and sector on the date (its fighters are the group: "the Renamo rebels" on
    the day of the Rome accord, not the party Renamo became the next day). A nominal reading."""
    names = [(m.start, m.end, e) for e, m in _names(analysis, lambda e: e.type in ("GPE", "LOC", "ORG", "NORP"))]
    for ent in analysis.entities:
        coding = codings[ent.id]
        if not _described_and_unplaced(ent, coding):
            continue
        first = min((m for m in ent.mentions if m.kind == "nominal"), key=lambda m: m.start, default=None)
        if first is None:
            continue
        text = analysis.article.text
        inside = [
            (s, e, other)
            for s, e, other in names
            if other.id != ent.id
            and first.start <= s
            and e < first.end
            and text[e : e + 1] in (" ", "'", "’")
            and not STANCE_BEFORE.search(text, max(0, s - 5), s)
        ]  # whole words: not the "Al" of "Al-Shabab militants"; a stance ("the pro-Russian bloc") is no place
        if not inside:
            continue
        start, end, other = max(inside, key=lambda x: x[1])
        country, sector, _, _ = codings[other.id].at(date, book)
        ev = CodeEvidence("text", analysis.article.text[start:end], start, end)
        if not country:
            continue  # an international group ("Islamic State network") gives nothing to say
        coding.nominal_country = Found(country, ev)
        own = coding.nominal_sector.value if coding.nominal_sector else None
        former = any(w.lower().strip(".") in FORMER for w in first.text.split())
        if sector and other.type == "ORG" and not other.country and own in (None, "REB", "UAF", "MIL") and not former:
            coding.nominal_sector = Found(sector, ev)  # "Al-Shabab militants"; not "Trump's company" (BUS)


ZAIRE_RENAMED = "1997-05-17"  # Zaire became the Democratic Republic of the Congo


# a killing a named person does, right after the name or its apposition ("Mark Chapman, a 25-year-old former
# security guard, shot dead ...") or as the agent of one ("was shot dead ... by Mark Chapman")
KILLS_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,100},)?\s+(?:had\s+|has\s+)?(?:shot\s+dead|shot\s+and\s+killed|shot\s+and\s+wounded|gunned\s+down"
    r"|stabbed|murdered|killed|opened\s+fire)\b"
)
STOPPED_ATTACKER = re.compile(r"\s+(?:the|a|an)\s+(?:lone\s+)?(?:gunman|attacker|assailant|shooter|hijacker|bomber)\b")
ATTACKER_WORDS = re.compile(r"\b(?:gunman|gunmen|attacker|attackers|assailant|hijacker|hijackers|bomber)\b")
KILLED_BY = re.compile(
    r"\b(?:shot\s+dead|shot|killed|stabbed|murdered|gunned\s+down|assassinated)\b[^.;]{0,120}?\bby\s+$"
)


# a crime of the common law, not of opinion (no "treason", "subversion", "insulting the king"): what a person is
# convicted of, charged with or held for ("two Australians convicted of heroin trafficking", "charged with
# murdering", "sentenced ... for drugging and raping")
COMMON_CRIME = (
    r"(?:[\w'’-]+\s+){0,4}?(?:murder(?:s|ing|ed)?|rap(?:e|es|ing)|manslaughter|drugs?|heroin|cocaine|narcotics"
    r"|trafficking|smuggling|robbery|robberies|robbing|kidnapp?ing|killings?|assault|theft|stealing|arson|massacre)\b"
)
CONVICTED_AFTER = re.compile(
    # an aside of the name's own first ("two Australians", "a 25-year-old,"), not another clause ("..., and police")
    r"(?:\s*,(?:(?!\b(?:and|but|after|before|while|as|when|who|which)\b)[^,;.]){1,100}?,?)?"
    r"\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:convicted\s+of|found\s+guilty"
    r"\s+of|charged\s+with|accused\s+of|suspected\s+of|wanted\s+for|jailed\s+for|executed\s+for|hanged\s+for)\s+"
    + COMMON_CRIME
)
CONVICTED_BEFORE = re.compile(
    r"\b(?:sentenced|convicted|jailed|executed|hanged|charged|arrested|detained|indicted)\s+$"
)
FOR_A_CRIME = re.compile(r"[^.;,]{0,80}?\b(?:for|of|with|on\s+suspicion\s+of|on\s+charges\s+of)\s+" + COMMON_CRIME)


def _private_killer(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person no record and no office codes who kills ("Mark David Chapman, a 25-year-old former security
    guard ... shot dead John Lennon", "Friedrich Leibacher, a 57-year-old man with a grudge, shot dead 11 officials"),
    or who is convicted of, charged with or held for a common crime ("two Australians convicted of heroin
    trafficking", "sentenced X to 20 years ... for drugging and raping"), is a criminal, as CAMEO codes a lone gunman
    (CRM), over the civilian his age or trade alone made him."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.dictionary or coding.at(date, book)[1] not in (None, "CVL"):
            continue
        if book.country_in(ent.name):
            continue  # a people ("Ottoman Turks killed ..."), no one person
        for m in (m for m in ent.mentions if m.kind == "name"):
            after = KILLS_AFTER.match(text, m.end)
            if after and STOPPED_ATTACKER.match(text, after.end()):
                continue  # "the sergeant-at-arms shot dead the gunman": who stops an attack commits no crime
            before = KILLED_BY.search(text[max(0, m.start - 160) : m.start])
            clause = re.split(r"[.!?]\s", text[max(0, m.start - 400) : m.start])[-1]  # the sentence so far
            if before and ATTACKER_WORDS.search(clause):
                before = None  # "A gunman ... stormed the building, where he was killed by X": X stopped an attack
            if after or before:
                at, end = (m.start, after.end()) if after else (m.start - len(before[0]), m.end)  # type: ignore[index]
                coding.text_sector = Found("CRM", CodeEvidence("text", text[at:end], at, end))
                break
            convicted = CONVICTED_AFTER.match(text, pair_end(text, m.end))
            held = CONVICTED_BEFORE.search(text[max(0, m.start - 40) : m.start])
            crime = FOR_A_CRIME.match(text, m.end) if held else None
            if convicted or crime:
                at = m.start if convicted else max(0, m.start - 40) + held.start()  # type: ignore[union-attr]
                end = (convicted or crime).end()  # type: ignore[union-attr]
                coding.text_sector = Found("CRM", CodeEvidence("text", text[at:end], at, end))
                break


# a person named with the group he is one of: "detained Garry Kasparov, the former world chess champion, and about
# 170 other opposition activists"
OTHERS_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,80},)?\s+and\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
    r"(?:[\d,]+\s+|dozens\s+of\s+|hundreds\s+of\s+|several\s+|many\s+|two\s+|three\s+|four\s+|five\s+)?other\s+"
    r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b"
)


def _one_of_the_others(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person named with "and N other <group>" is one of that group ("Garry Kasparov ... and about 170 other
    opposition activists": OPP), where nothing but his trade or a former office gave him a sector."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.at(date, book)[1] not in (None, "CVL", "ELI"):
            continue
        for m in (m for m in ent.mentions if m.kind == "name"):
            others = OTHERS_AFTER.match(text, m.end)
            sector = book.sector_ending(others[1]) if others else None
            if others and sector:
                start, end = others.start(1), others.end(1)
                coding.text_sector = Found(sector, CodeEvidence("text", text[start:end], start, end))
                break


# "Congo" alone in a description's words, not "Congo Republic", "Congo-Brazzaville" or "Democratic Republic of
# Congo", which say which one
BARE_CONGO = re.compile(r"(?<!of the )(?<!of )\bCongo\b(?![- ](?:Brazzaville|Republic|Kinshasa))")


def _which_congo(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """ "Congo" alone names two states. The Phoenix dictionary files it as the Republic of the Congo's (COG), as
    news did while Zaire was Zaire (before 1997 "Congo" is always COG, "Zaire" the other); since Zaire took the name
    in 1997, news has meant the Democratic Republic by "Congo" (AP style; "Congo Republic" or "Congo-Brazzaville"
    for the other). The article decides when it names one state's places or people (Kinshasa; Brazzaville, Denis
    Sassou Nguesso), or names the other by its full name to tell them apart ("fled Congo into
    Congo-Brazzaville"); else the date."""
    congo = [e for e in analysis.entities if e.type in ("GPE", "LOC") and _fold(e.name) in ("congo", "the congo")]
    if not congo or date is None:
        return
    if date < ZAIRE_RENAMED:
        iso = "COG"
    else:
        named = _congos_named(analysis.article.text, book)
        # the other actors' countries, but for those placed by the word "Congo" itself ("Congo's health ministry")
        # ... and for those placed by "Congo" in their title ("Congo's President Joseph Kabila"), the country their
        # dictionary record gives (COD)
        others = {
            _country_but_congo(codings[e.id], date, book)
            for e in analysis.entities
            if e not in congo and not any("congo" in m.text.lower() for m in e.mentions)
        }
        if named == {"COG"}:
            iso = "COD"  # the article calls the other one by its full name
        elif named == {"COD"}:
            iso = "COG"
        elif "COG" in others and "COD" not in others:
            iso = "COG"
        elif "COD" in others and "COG" in others:
            return
        else:
            iso = "COD"
    for ent in congo:
        m = next((m for m in ent.mentions if m.kind == "name"), None)
        if m is not None:
            codings[ent.id].text_country = Found(iso, CodeEvidence("text", m.text, m.start, m.end))
    # the actors its words place by "Congo" alone ("Congo's health ministry", "Congo's| President") are of the same
    # Congo
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        for slot in ("text_country", "nominal_country"):
            found = getattr(coding, slot)
            if not found or found.value not in ("COG", "COD"):
                continue
            at = found.evidence.start
            before = text[max(0, at - 10) : at] if at is not None else ""
            if BARE_CONGO.search(found.evidence.text) or BARE_CONGO.search(before):
                setattr(coding, slot, Found(iso, found.evidence))


def _country_but_congo(coding: Coding, date: str | None, book: Codebook) -> str | None:
    """An actor's country on the date, or its dictionary's when its words placed it by "Congo" alone, or in one of
    the two Congos its record files it under."""
    filed = coding.filed(date, book)[1]
    for found in (coding.text_country, coding.nominal_country):
        # "Congo's President| Joseph Kabila": the title's Congo is the one his record files him under
        if (
            found
            and found.value in ("COG", "COD")
            and (BARE_CONGO.search(found.evidence.text) or filed in ("COG", "COD"))
        ):
            return filed
    return coding.at(date, book)[0]


def _congos_named(text: str, book: Codebook) -> set[str]:
    """The Congos an article names by a full name of the countries table ("Congo-Brazzaville", "Democratic Republic
    of the Congo", "DRC"), not by a former one ("Zaire") nor by "Congo" alone. The DR Congo's names are read first
    and taken out, since one holds the other's ("Republic of the Congo")."""
    folded = text.lower()
    found: set[str] = set()
    for iso in ("COD", "COG"):
        names = [k for k, v in book.names.items() if v == iso and k != "congo" and "zaire" not in k]
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        if pattern.search(folded):
            found.add(iso)
            folded = pattern.sub(" ", folded)
    return found


def _country_fled(analysis: Analysis, codings: dict[str, Coding], book: Codebook) -> None:
    """People who fled a country ("More than two million refugees have fled Ukraine", "migrants who fled from
    Venezuela") or come from one ("Islamist fighters from Syria", "Students from Kiev") are of that country: the
    words right after the group, before any scene is read; a nominal reading. Not people a clause takes away from a
    place ("recalled their ambassadors from Doha", "evacuated villagers from the Batken region")."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        if not _described_and_unplaced(ent, coding):
            continue
        for m in sorted((m for m in ent.mentions if m.kind == "nominal"), key=lambda m: m.start):
            # ... and people come from a place ("refugees from Syria", "Students from Kiev and Lviv"), of it: of
            # the one country of every place listed ("from Syria, Iraq and Afghanistan" is of none)
            fled = place_fled(text, m.end)
            come = None if fled else place_come_from(text, m.start, m.end)
            if fled is not None:
                places, end = [fled[0]], fled[1]
            elif come is not None:
                places, end = come
            else:
                continue
            # the whole name a country's ("Ukraine"; not a demonym: "fleeing Israeli airstrikes"), else a city's
            # (a list ends at its first word that is no place: "gunmen from Iran|, and Prime Minister Margaret")
            countries: list[str] = []
            for place in places:
                country = book.names.get(_fold(place.removeprefix("the "))) or book.place(place)
                if country is None:
                    break
                countries.append(country)
            found = countries[0] if countries and len(set(countries)) == 1 else None
            if found:
                coding.nominal_country = Found(found, CodeEvidence("text", text[m.start : end], m.start, end))
                break


# a demonym and a group noun coordinated with a bare group noun after them, which the demonym is of too ("The
# Yugoslav army and| navy", "Iraqi police and| soldiers")
SHARED_DEMONYM_BEFORE = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})([a-z][\w-]*)\s+and\s+$")


def _demonym_shared(analysis: Analysis, codings: dict[str, Coding], book: Codebook) -> None:
    """A bare group noun coordinated after a demonym's group noun is of the demonym's country ("The Yugoslav
    army and navy pounded Dubrovnik": the navy is Yugoslav, not of the town it shelled): both nouns are the
    agents dictionary's, the second has no word of its own before it."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        if not _described_and_unplaced(ent, coding):
            continue
        for m in (m for m in ent.mentions if m.kind == "nominal"):
            if not m.text.islower() or len(m.text.split()) > 2 or not book.sector_in(m.text):
                continue
            pair = SHARED_DEMONYM_BEFORE.search(text, max(0, m.start - 60), m.start)
            if pair is None or not book.sector_in(pair[2]):
                continue
            said = book.country_in(pair[1])
            if said and _fold(said[1]) == _fold(pair[1].strip()):
                coding.nominal_country = Found(
                    said[0], CodeEvidence("text", text[pair.start() : m.end], pair.start(), m.end)
                )
                break


# a name's own country said right after it: "of" and the country's name ("ASEA of Sweden", "King Baudouin of
# Belgium"), or an apposition an article and a demonym open ("Mohamed Fahmy, the Canadian acting bureau chief")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
APPOSED_AFTER = re.compile(r",\s+(?:a|an|the)\s+")


def _country_apposed(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A named person or organisation with no country in its words whose name is followed by "of" and a country's
    name ("Maria Ressa of the Philippines and Dmitry Muratov of Russia won the Nobel Peace Prize") or by an
    apposition a demonym opens ("Mathias Rust, the West German teenager who landed a light plane", "Seagram, the
    Canadian distiller") is of that country: a nominal reading, below a dictionary's record ("Joseph Ratzinger, the
    German who had guarded Roman Catholic doctrine", the Vatican's). Not in a sentence naming an international
    body, whose officials are named so and are of none ("The International Olympic Committee elected Jacques
    Rogge, a Belgian orthopaedic surgeon"); not a country's name followed by a possessive or a hyphen ("of
    Russia's Gazprom", "of Soviet-built"), which says another's."""
    text = analysis.article.text
    international = {m.sentence for m in _international_names(analysis, codings, book, date)}
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type not in ("PERSON", "ORG") or ent.country or coding.text_country or coding.nominal_country:
            continue
        for m in ent.mentions:
            if m.kind != "name" or m.sentence in international:
                continue
            of = OF_AFTER.match(text, m.end)
            apposed = None if of else APPOSED_AFTER.match(text, m.end)
            opening = of or apposed
            if opening is None:
                continue
            found = book.country_opening(text[opening.end() : opening.end() + 60])
            if found is None or found[2] != bool(apposed):
                continue  # "of" and a country's name; an apposition and a demonym
            end = opening.end() + text[opening.end() :].find(found[1]) + len(found[1])
            if text[end : end + 1] in ("'", "’", "-") or (apposed and not re.match(r"\s+[a-z]", text[end:])):
                continue  # "of Russia's Gazprom"; "the Canadian| acting bureau chief": a noun follows the demonym
            coding.nominal_country = Found(found[0], CodeEvidence("text", text[m.start : end], m.start, end))
            break


# a demonym and one to three common nouns right before a name, a title news gives anyone ("South African runner|
# Caster Semenya", "Russian figure skater| Kamila Valieva"): the whole capitalised run before the lower-case words
FALSE_TITLE = re.compile(r"(?:^|(?<=[\s(“\"]))((?:[A-Z][\w'’.]*\s+){1,3})((?:[a-z][\w'’-]*\s+){1,3})$")


def _demonym_before(text: str, start: int, end: int, book: Codebook) -> Found | None:
    """The country a demonym gives a name at ``start`` it premodifies with nouns between ("South African runner
    Caster Semenya", "Brazilian footballer Neymar", "French oil company Elf"), which the agents dictionary need not
    know: the nouns must be no clause (``premodifying_nouns``), and the whole capitalised run before them the
    demonym, preceded by no capitalised word nor "ethnic" (a people's descent, not a nationality: "an ethnic
    Albanian rebel commander"). ``end`` ends the evidence."""
    found = FALSE_TITLE.search(text, max(0, start - 80), start)
    if found is None or not premodifying_nouns(found[2].split(), text, start):
        return None
    opening = book.country_opening(found[1] + found[2])
    if opening is None or not opening[2] or _key(opening[1]) != _key(found[1]):
        return None
    before = text[max(0, found.start() - 30) : found.start()].split()[-1:]
    if before and ((before[0][:1].isupper() and before[0][-1:].isalpha()) or before[0].lower() == "ethnic"):
        return None  # "President Putin's| Russian ...": a run longer than the demonym
    return Found(opening[0], CodeEvidence("text", text[found.start() : end], found.start(), end))


def _possessive_shared(analysis: Analysis, codings: dict[str, Coding], book: Codebook) -> None:
    """A state's body named right after another that a country's possessive opens, joined by "and" ("sanctions on
    Turkey's Defence Ministry and| Energy Ministry"): that country's too, as both are the possessive's. Only a
    state's body by a name of its kind with no country in it (``_state_body_named``)."""
    text = analysis.article.text
    ending: dict[int, Mention] = {}  # end of a name mention -> the mention
    for e in analysis.entities:
        for m in e.mentions:
            if m.kind == "name" and e.type == "ORG":
                ending[m.end] = m
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "ORG" or ent.country or coding.text_country or coding.nominal_country:
            continue
        for m in (m for m in ent.mentions if m.kind == "name" and _state_body_named(m.text, book)):
            joined = re.search(r"\s+and\s+$", text[max(0, m.start - 7) : m.start])
            first = ending.get(m.start - len(joined[0])) if joined else None
            if first is None or not _state_body_named(first.text, book):
                continue
            owner = COUNTRY_POSSESSIVE.search(text, max(0, first.start - 40), first.start)
            said = book.country_in(owner[1]) if owner else None
            if owner and said and _fold(said[1]) == _fold(owner[1]):
                coding.nominal_country = Found(
                    said[0], CodeEvidence("text", text[owner.start() : m.end], owner.start(), m.end)
                )
                break


def _state_body_named(name: str, book: Codebook) -> bool:
    """Whether a name says a state's body by its kind and no country ("Energy Ministry", "Supreme Court")."""
    sector = book.sector_in(name)
    return sector is not None and sector[0] in STATE_BODY_SECTORS and book.country_in(name) is None


def _names(analysis: Analysis, keep: Callable[[Entity], bool]) -> list[tuple[Entity, Mention]]:
    """Every proper-name mention of the entities ``keep`` accepts, with its entity; not a demonym after
    "ethnic", which names descent and places no one ("the country's first ethnic Indian leader" in Fiji), nor an
    embassy's state ("the Spanish embassy in Guatemala City": ``_embassy_state``)."""
    text = analysis.article.text
    return [
        (e, m)
        for e in analysis.entities
        if keep(e)
        for m in e.mentions
        if m.kind == "name"
        and not text[max(0, m.start - 7) : m.start].lower() == "ethnic "
        and not _embassy_state(text, m)
    ]


def _described_and_unplaced(ent: Entity, coding: Coding) -> bool:
    """An actor only described ("the army", "ELN rebels"), whose own words gave it no country yet."""
    named = any(m.kind == "name" for m in ent.mentions)
    return not (named or ent.country or coding.text_country or coding.nominal_country)


def _pronoun_holders(analysis: Analysis) -> dict[tuple[int, int], Entity]:
    """The entity the coreference resolved each pronoun to, by the pronoun's offsets ("its", "his")."""
    return {(m.start, m.end): e for e in analysis.entities for m in e.mentions if m.kind == "pronoun"}


def _possessed_descriptions(analysis: Analysis, pronouns: tuple[str, ...]) -> Iterator[tuple[Entity, Mention, Entity]]:
    """(person, description, owner) for each description of a person that opens with one of ``pronouns`` which
    the coreference resolved to another entity ("its president": its = Yamaichi Securities; "his German
    counterpart": his = Hugh Grant), in the order of the entities and their mentions."""
    holder = _pronoun_holders(analysis)
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            first = m.text.split(maxsplit=1)[0] if m.text.strip() else ""
            if m.kind != "nominal" or first.lower() not in pronouns or first == m.text.strip():
                continue
            owner = holder.get((m.start, m.start + len(first)))
            if owner is not None and owner.id != ent.id:
                yield ent, m, owner


def _of_a_country_by_pronoun(analysis: Analysis, codings: dict[str, Coding], book: Codebook) -> None:
    """A role said of a country by a possessive pronoun the coreference resolved to it ("Beijing called it a
    barbarian act, as its UN ambassador, Qin Huasun, demanded ...": its = China) is that country's, as "China's
    UN ambassador" is: a nominal reading, below a dictionary record."""
    for ent, m, owner in _possessed_descriptions(analysis, ("its", "their")):
        coding = codings[ent.id]
        if coding.text_country or coding.nominal_country or owner.type != "GPE" or not owner.country:
            continue
        iso = book.alpha3(owner.country)
        if iso:
            coding.nominal_country = Found(iso, CodeEvidence("text", m.text, m.start, m.end))


COUNTERPART = re.compile(r"^(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?$", re.IGNORECASE)


def _officer_of_an_organisation(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """An office said of an organisation by a possessive pronoun the coreference resolved to it ("Yamaichi
    Securities said it would close, and its president, Shohei Nozawa, broke down"): the organisation's
    sector, over the office word's own reading, which is a state's ("president": GOV) or none; its country
    when the person has none. Not an office of a state's body, which the word already reads so, nor of an
    international organisation, whose officials the dictionaries and the IGO-neighbour reading place."""
    done: set[str] = set()
    for ent, m, owner in _possessed_descriptions(analysis, ("its",)):
        coding = codings[ent.id]
        if ent.id in done or owner.type != "ORG" or not any(o.kind == "name" for o in owner.mentions):
            continue  # "The bank's board ... its next president": a description's sector is a guess
        country, sector, _, _ = codings[owner.id].at(date, book)
        own = book.sector_in(m.text.split(maxsplit=1)[1])
        if sector in (None, "GOV", "IGO") or (own and own[0] != "GOV"):
            continue  # a state's or no one's body; "its lawyer", "its editor" say their own trade
        ev = CodeEvidence("text", m.text, m.start, m.end)
        coding.text_sector = Found(sector, ev)
        coding.international_member = _international_ngo(owner, codings[owner.id], book)
        if country and not coding.text_country:
            coding.nominal_country = coding.nominal_country or Found(country, ev)
        done.add(ent.id)


# the offices of an organisation's head or officers, said with no organisation ("chairman Marcus Agius",
# "chief executive Tony Hayward"); not "president" (a state's, in lower case too: "as president Hassan Tourab
# arrived") nor "director" (a film's as often)
ORG_OFFICES = {
    "chairman", "chairwoman", "chief executive", "chief executive officer", "ceo", "chief financial officer",
    "cfo", "chief operating officer", "coo", "managing director", "executive chairman", "founder", "co-founder",
    "executive director", "director-general", "secretary-general", "controller", "chief technology officer",
    "chief investment officer", "general counsel", "chief economist",
}  # fmt: skip
# the sectors of an organisation whose officer the sentence's one organisation makes a person: not a state's
# bodies, whose heads the title words read already (a ministry's "director" is a civil servant, GOV), nor news
# media, which a sentence names as those told ("chapter president Luis Osuna told The Huffington Post")
OFFICE_SECTORS = {"BUS", "NGO", "IGO", "EDU", "REL", "LAB", "PTY", "HLH", "ENV", "AGR"}
# ... and the bodies whose chairmen are rivals for such a title: a legislature's committees and the courts ("told
# the Senate": he may chair one of its committees), not the government's offices ("the Bank of France governor")
OFFICE_RIVALS = OFFICE_SECTORS | {"LEG", "JUD"}


# lower-case words that may stand before an office of the sentence's organisation ("after chairman", "said
# president", "former chief executive"); any other ("radio co-founder", "chapter president") names a body of its
# own
OFFICE_LEADS = AFTER_VERB | {"and", "or", "said", "says", "by", "former", "acting", "interim", "longtime"}


def _office_on(coding: Coding, date: str | None, book: Codebook) -> bool:
    """Whether the dictionary gives a person an office on the date (a sector other than the elites')."""
    code = in_force(coding.dictionary, date)
    return code is not None and parse_code(code.code, book.countries)[1] not in (None, "ELI")


def _office_before(text: str, start: int) -> str | None:
    """One of ``ORG_OFFICES`` written in lower case right before a name ("after chairman| Carl-Henric Svanberg and
    chief executive| Tony Hayward"), which the title parser leaves out of the name."""
    if not text[max(0, start - 1) : start].isspace():
        return None
    words = text[max(0, start - 40) : start].split()
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and phrase.islower() and phrase in ORG_OFFICES and text[:start].rstrip().endswith(phrase):
            return phrase
    return None


def _officer_of_the_organisation(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """A person whose title is an organisation's office and names no organisation ("BP agreed ... after chairman
    Carl-Henric Svanberg and chief executive Tony Hayward met President Barack Obama") is the officer of the one
    organisation with a sector the sentence names: its sector, and its country when the person has none of its
    own (over the scene: the White House's). Not when the sentence names two such organisations, nor when the
    one is a state's body or a news medium (``OFFICE_SECTORS``), nor when a word before the office names a body
    of its own ("radio co-founder")."""
    text = analysis.article.text
    by_sentence: dict[int, list[Entity]] = {}
    for e in analysis.entities:
        if e.type == "ORG":
            for s in {m.sentence for m in e.mentions if m.kind == "name"}:
                by_sentence.setdefault(s, []).append(e)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or _office_on(coding, date, book) or any(r.org for r in ent.roles):
            continue  # an office the dictionary gives on the date; not one out of office ("chairman Rodrigo Rato")
        for m in ent.mentions:
            if m.kind != "name":
                continue
            titled = m.role is not None and m.role.lower() in ORG_OFFICES
            title = m.role if titled else _office_before(text, m.start)
            if not title:
                continue
            # the sentence's organisations that have officers of this kind (a state's body beside a company, "the
            # Bank of France governor", is no rival); of one sector, the office is of that sector, and of their
            # country when they have one
            orgs = [o for o in by_sentence.get(m.sentence, []) if codings[o.id].at(date, book)[1] in OFFICE_RIVALS]
            sectors = {codings[o.id].at(date, book)[1] for o in orgs}
            # (an organisation of no known country does not stand against one of a known country: "Microsoft agreed
            # to buy LinkedIn ..., and chief executive Satya Nadella said")
            countries = {codings[o.id].at(date, book)[0] for o in orgs} - {None}
            sector = sectors.pop() if len(sectors) == 1 else None
            country = countries.pop() if len(countries) == 1 and sector else None
            at = m.start if titled else m.start - len(title) - 1
            before = text[max(0, at - 20) : at].split()[-1:]
            lead = before[0] if before and before[0][-1:].isalpha() else ""  # "the event, president X": a new clause
            if sector not in OFFICE_SECTORS or (lead.islower() and lead not in OFFICE_LEADS):
                continue  # "radio co-founder Jean-Bosco Barayagwiza", "chapter president": a body of its own
            ev = CodeEvidence("text", text[at : m.end], at, m.end)
            said = coding.text_sector
            if said is None or said.value == sector or _fold(said.evidence.text.split(";")[-1]) in ORG_OFFICES:
                coding.text_sector = Found(sector, ev)
                if country and not coding.text_country:
                    coding.nominal_country = coding.nominal_country or Found(country, ev)
            break


def _office_left_as(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person whose own clause says it leaves an office, or offers or agrees to ("Ariel Henry agreed late on
    Monday to resign as Haiti's prime minister", "Sam Bankman-Fried resigned as chief executive", "X resigned as
    deputy chief executive of Oxfam") holds it on the day: the office's codes, as the office's description (its
    own entity, which the coreference does not join to the person) was coded, when no words or record of the
    person's own gave a sector."""
    text = analysis.article.text
    offices = {m.start: e for e in analysis.entities for m in e.mentions if m.kind == "nominal" and e.type == "PERSON"}
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.text_sector or coding.dictionary:
            continue
        for m in [m for m in ent.mentions if m.kind == "name"][:3]:
            at = leaving_as(text, m.end)
            if at is None:
                at = office_by_succession(text, m.start, m.end)
            office = offices.get(at) if at is not None else None
            if at is None or office is None or office.id == ent.id:
                continue
            country, sector = codings[office.id].at(date, book)[:2]
            if sector is None:
                continue
            words = next(o.text for o in office.mentions if o.start == at)
            ev = CodeEvidence("text", words, at, at + len(words))
            coding.text_sector = Found(sector, ev)
            if country and not coding.text_country:
                coding.text_country = Found(country, ev)
            break


def _counterpart_of(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A counterpart holds the role of the one the possessive names ("Hugh Grant, Monsanto's chief executive,
    accepted an offer from Werner Baumann, his German counterpart": Bayer's chief executive, BUS): that one's
    sector on the date, over the agents dictionary's reading of "counterpart" as a minister's (GOV); the
    counterpart's own words still give its country ("German")."""
    done: set[str] = set()
    for ent, m, owner in _possessed_descriptions(analysis, ("his", "her", "their")):
        coding = codings[ent.id]
        if ent.id in done or not COUNTERPART.match(m.text):
            continue
        sector = codings[owner.id].at(date, book)[1]
        said = coding.text_sector
        if sector and (said is None or "counterpart" in said.evidence.text.lower()):
            coding.text_sector = Found(sector, CodeEvidence("text", m.text, m.start, m.end))
            done.add(ent.id)


LED_WORDS = re.compile(r"\b(?:(?:led|headed|commanded|chaired|run|owned|founded)\s+by|loyal\s+to)\b")
LED_BY = re.compile(
    r",?\s+(?:(?:to\s+be\s+|being\s+|(?:was|is|were|are|had\s+been|has\s+been)\s+)?"
    r"(?:led|headed|commanded|chaired|run|owned|founded|co-founded)\s+by|loyal\s+to)\s+"
    # a title's words, or the first of two names ("founded by Philip Tose and| Francis Leung")
    r"(?:(?:[A-Z][a-z]+\.?\s+){0,2}|(?:[A-Z][\w'’.-]*\s+){1,3}and\s+(?:[A-Z][a-z]+\.?\s+){0,2})$"
)
# a relative clause after a person's name that has him found, lead or own a group named right after it ("Niki Lauda,
# the former motor racing champion who founded| Lauda Air", "Pehr Gyllenhammar, who had led| the Swedish carmaker")
LEADS_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[^,;.]{0,60}?)?,?\s+who\s+(?:had\s+|has\s+|once\s+)?"
    r"(?:founded|co-founded|led|leads|ran|runs|headed|heads|owned|owns|built|chaired|chairs)\s+(?:the\s+)?"
)


# an apposition of a group's name, up to the words of leading after it ("Glencore|, the commodities trader| run by",
# "Geely|, the Chinese carmaker| founded by")
LED_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,4}")
# a group's noun after its name, before the words of leading ("Moro National Liberation Front| fighters| loyal to")
GROUP_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*")
LED_SECTORS = {"REB", "UAF", "MIL", "CRM", "AGR", "LAB", "EDU", "BUS", "MED", "NGO", "OPP", "PTY", "REL", "ENV", "IGO"}


def _leader_of_group(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person who leads, runs or owns a group the sentence names right before, or whom it is loyal to ("Gunmen led
    by George Speight stormed the parliament", "rebel forces led by Laurent Kabila", "the electronics group headed by
    Akio Morita", "Moro National Liberation Front fighters loyal to Nur Misuari") is of the group, as CAMEO codes a
    leader with those led ("rebel leader"): its sector and country, when no word or record of the person's own gives
    one (a nominal reading)."""
    text = analysis.article.text
    if not LED_WORDS.search(text):
        return  # most articles name no one who leads a group
    groups = [
        (m.end, e)
        for e in analysis.entities
        # a company the NER typed a place is one too ("Trafigura, the commodities trader run by"): the group's
        # sector decides below
        if e.type in ("PERSON", "ORG", "NORP") or (e.type == "GPE" and not e.country)
        for m in e.mentions
        if m.kind in ("nominal", "name")
    ]
    starts = {
        m.start: e for e in analysis.entities if e.type in ("ORG", "PERSON") for m in e.mentions if m.kind != "pronoun"
    }
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.text_sector or coding.at(date, book)[1]:
            continue
        for m in (m for m in ent.mentions if m.kind == "name"):
            leads = LEADS_AFTER.match(text, m.end)
            founded = starts.get(leads.end()) if leads else None
            if leads and founded is not None and founded.id != ent.id:
                country, sector, _, _ = codings[founded.id].at(date, book)
                if sector in ("BUS", "MED"):
                    # the company or medium he founded, led or owns: its man, as "its founder" is
                    ev = CodeEvidence("text", text[m.start : leads.end()].strip(), m.start, leads.end())
                    coding.nominal_sector = Found(sector, ev)
                    if country and not (coding.text_country or coding.nominal_country):
                        coding.nominal_country = Found(country, ev)
                    break
            before = text[max(0, m.start - 60) : m.start]
            led = LED_BY.search(before)
            if led is None:
                continue
            end = max(0, m.start - 60) + led.start()
            group = next((g for at, g in groups if at == end and g.id != ent.id), None)
            if group is None:
                # the group's apposition stands between: "Glencore, the commodities trader| run by Ivan Glasenberg"
                group = next(
                    (
                        g
                        for at, g in groups
                        if at < end
                        and g.id != ent.id
                        and (LED_APPOSITION.fullmatch(text, at, end) or GROUP_NOUN_AFTER.fullmatch(text, at, end))
                    ),
                    None,
                )
            if group is None:
                continue
            country, sector, _, _ = codings[group.id].at(date, book)
            start = end + len(text[end : m.start]) - len(text[end : m.start].lstrip(", "))
            ev = CodeEvidence("text", text[start : m.end], start, m.end)  # "led by George Speight"
            # armed men, strikers, students; a company's, a medium's or a party's head ("the Japanese electronics
            # group headed by Akio Morita"), an international body's ("CICIG, the UN-backed anti-corruption commission
            # headed by Ivan Velasquez"); not a state's body, whose head the dictionaries and titles code
            if sector in LED_SECTORS:
                coding.nominal_sector = Found(sector, ev)
                if country and not (coding.text_country or coding.nominal_country):
                    coding.nominal_country = Found(country, ev)
            break


# a challenger's win over, or challenge to, the one named next: "X defeated President Y", "X, who challenged
# President Y", "X beat Prime Minister Y"
BEATS = re.compile(r"\b(?:defeated|defeating|beat|beating|unseated|unseating|challenged|challenging)\s+")
# ... and the incumbent's concession: "President Y conceded defeat on Friday to| X"
CONCEDED = re.compile(r"\s+(?:\w+\s+){0,2}?conceded\s+defeat\s+(?:[^.;,]{0,40}?\s)?to\s+")
CHALLENGER_SECTORS = {None, "ELI", "PTY", "CVL", "BUS", "EDU"}  # no office: a challenger's sector is his challenge


US_PARTY_WORDS = {"republican", "democratic", "gop"}
# words that make armed men an insurgency's ("Islamist gunmen", "jihadist fighters"), or organised crime's
ISLAMIST_WORDS = {"islamist", "jihadist", "jihadi"}
CRIME_WORDS = {"mafia", "cartel", "drug", "gang", "mob", "camorra", "'ndrangheta", "triad", "yakuza"}
# learners who "strike" boycott their classes, not work: they stay EDU ("Striking students closed the university")
STRIKING_LEARNERS = {"students", "student", "pupils", "schoolchildren", "schoolgirls", "schoolboys"}
# the words of a party's name that say nothing of which party it is ("Union for the Progress of Guinea")
PARTY_NAME_FILLERS = {
    "party", "of", "the", "for", "and", "in", "on", "to", "a", "an", "de", "la", "le", "les", "du", "des", "del",
    "da", "do", "el", "y", "et", "e",
}  # fmt: skip
# words that make a candidate the government's: "the ruling party's candidate", "backed by President Gabriel Boric"
CLAUSE_AFTER = re.compile(r",\s+(?:which|who|whom|whose|where|when|while|as|but|and)\b|[;.]\s")
GOVERNMENT_CANDIDATE = re.compile(
    r"\b(?:ruling|governing|incumbent|government's|official)\b|\bbacked\s+by\s+President\b"
)


# a person described as the opposition's ("Pakistan's main opposition leader", "the opposition front-runner", "a
# dissident writer"): his standing now, over a former office's words or a record's elite
OPPOSITION_PERSON = re.compile(
    r"\b(?:opposition\s+(?:[\w-]+\s+){0,2}?(?:leader|figure|politician|front-?runner|candidate|challenger|activist|"
    r"chief|head|heavyweight|stalwart|firebrand|veteran|icon|hopeful|contender|ally|allie)|dissident)s?\b"
    # ... or a critic of the government's head ("Viktor Gonchar, a leading opponent of President Alexander Lukashenko")
    r"|\b(?:opponent|critic|foe)s?\s+of\s+(?:the\s+)?(?:President|Prime\s+Minister|Premier|government|regime|junta)\b",
    re.IGNORECASE,
)
# ... or named as the one an opposition follows, right before his name and title ("two opposition parties led by|
# Kim Young-sam", "opposition supporters of former parliament speaker| Nino Burjanadze", "protesters led by| Suthep
# Thaugsuban")
FOLLOWED_BY_OPPOSITION = re.compile(
    r"\b(?:opposition\s+(?:[\w-]+\s+){0,2}?(?:led\s+by|loyal\s+to|of)|(?:protesters|demonstrators|marchers)\s+"
    r"(?:led\s+by|loyal\s+to))\s+(?:(?:the\s+)?(?:former|ex-|jailed|exiled)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){0,6}$"
)


DESCRIBED_BEFORE = re.compile(r"\b((?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})\Z")
DESCRIBED_AFTER = re.compile(r",\s+((?:the|a|an)\s+[^,;.()]{1,60})")


def _opposition_described(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person the article describes as the opposition's (a role or description with "opposition" before a
    person's noun, or "dissident": ``OPPOSITION_PERSON``), or names as the one an opposition or a protest follows
    (``FOLLOWED_BY_OPPOSITION``), is of the opposition on the date (CAMEO OPP), over a former office ("former
    Prime Minister Imran Khan, Pakistan's main opposition leader") or a record that files him among the elite. Not
    one in a state's office on the date, nor in the US (CAMEO has no opposition code for its parties' people); not
    a description of his past ("a former opposition leader")."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        country, sector, _, _ = coding.at(date, book)
        if ent.type != "PERSON" or sector not in CHALLENGER_SECTORS or country == "USA":
            continue
        said = [(r.label, r.start) for r in ent.roles if r.current is not False]
        said += [(m.text, m.start) for m in ent.mentions if m.kind == "nominal"]
        for m in (m for m in ent.mentions if m.kind == "name"):
            # the words right before the name ("the dissident playwright| Vaclav Havel") and its apposition
            # ("Enrique Pena Nieto|, the opposition front-runner in the presidential race")
            before = DESCRIBED_BEFORE.search(text, max(0, m.start - 60), m.start)
            after = DESCRIBED_AFTER.match(text, m.end)
            said += [(x.group(1), x.start(1)) for x in (before, after) if x is not None]
        found = None
        for words, start in said:
            hit = OPPOSITION_PERSON.search(words)
            if hit and not FORMER & {w.lower() for w in words[: hit.start()].split()}:
                found = CodeEvidence("text", words, start, start + len(words))
                break
        for m in ent.mentions:
            if found is None and m.kind == "name":
                hit = FOLLOWED_BY_OPPOSITION.search(text, max(0, m.start - 120), m.start)
                if hit and not re.search(r"[.;:]", hit.group(0)):
                    found = CodeEvidence("text", text[hit.start() : m.end], hit.start(), m.end)
        if found is not None:
            coding.text_sector = Found("OPP", found)


def _candidates_out_of_power(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, kb: Knowledge
) -> None:
    """A candidate for office (named so: "a presidential candidate", "the candidate of ...", "nominee") who holds
    no office on the date and whose words do not make him the government's (its party in power by the table of
    heads, named in his title, "Liberal presidential candidate Cesar Gaviria" in 1989; "the ruling party's
    candidate"; "backed by President ...") is the opposition's: CAMEO's OPP, not the elite (ELI) or a party's
    generic PTY the word alone gives. Only where the table names the party in power on the date (otherwise who
    governs is unknown), and not in the US (CAMEO has no opposition code for its parties)."""
    if not date:
        return
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        coding = codings[ent.id]
        country, sector, code, _ = coding.at(date, book)
        if sector not in (None, "ELI", "PTY") or country in (None, "USA"):
            continue
        said = coding.text_sector or coding.nominal_sector
        words = {w.lower().strip(".,'’") for w in said.evidence.text.split()} if said else set()
        contested = None
        if not CANDIDATE & words:
            # "Kurt Waldheim, the former UN chief running for Austria's presidency"; "his main rivals, Tidjane Thiam
            # and Laurent Gbagbo, had been barred" from an election
            said = _running_apposed(text, ent) or _rival_in_election(text, ent, analysis)
            # an election told of one whose standing no words or table gave yet (``_leaders_elect`` reads the
            # heads elected: "Dilma Rousseff won", of the party in power, is PTY)
            elected = coding.text_sector is not None and coding.text_sector.evidence.source == "dictionary"
            contested = None if said or elected else _election_contested(text, ent, analysis)
            said = said or contested
            words = {w.lower().strip(".,'’") for w in said.evidence.text.split()} if said else set()
        if said is None:
            continue
        if code is not None and parse_code(code.code, book.countries)[1] in OFFICES:
            continue  # an office holder who runs again
        ruling = kb.ruling_parties(country, date)
        if ruling is None and contested is None and not _head_in_sentence(analysis, codings, book, date, said, ent):
            continue  # who governs is unknown; a contestant out of office, or the head's rival, challenges whoever does
        start = said.evidence.start if said.evidence.start is not None else 0
        end = said.evidence.end if said.evidence.end is not None else start
        tail = text[end : end + 80]
        # not past the apposition into a clause of its own ("the runner-up in last month's election, which he says
        # the ruling Frelimo party rigged")
        clause = CLAUSE_AFTER.search(tail)
        around = text[max(0, start - 60) : start] + text[start:end] + (tail[: clause.start()] if clause else tail)
        if GOVERNMENT_CANDIDATE.search(around):
            continue
        keys = (
            {w for key in _party_keys(ruling, country, book) for w in key.split()} - PARTY_HEADS - PARTY_NAME_FILLERS
            if ruling is not None
            else set()
        )
        title = {w.lower().strip(".,'’") for w in text[max(0, start - 40) : start].split()[-3:]} | words
        if contested is not None and keys & {w.lower().strip(".,'’") for w in around.split()}:
            continue  # a contest its words tie to the party in power ("X of the ruling Workers' Party won")
        if title & US_PARTY_WORDS:
            continue  # "the Republican presidential candidate" abroad is the US one, whom CAMEO codes no OPP
        if keys & title:
            # "Liberal presidential candidate" when the Liberals govern: the party in power's man (PTY), as a head
            # elected from it is (``_leaders_elect``)
            if sector in (None, "ELI"):
                coding.text_sector = Found("PTY", said.evidence)
            continue
        coding.text_sector = Found("OPP", said.evidence)


def _head_in_sentence(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str, said: Found, ent: Entity
) -> bool:
    """Whether the sentence of a rival's word names another person in government on the date ("Alexander Lukashenko
    won 83 percent of the vote, and his main challenger, Alexander Milinkevich, ..."): the rival challenges the
    government, whatever party the table gives it (Lukashenko's none)."""
    at = said.evidence.start
    if at is None:
        return False
    sentence = next((s for s in analysis.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return False
    return any(
        other.id != ent.id
        and other.type == "PERSON"
        and codings[other.id].at(date, book)[1] == "GOV"
        and any(m.kind == "name" and sentence.start <= m.start < sentence.end for m in other.mentions)
        for other in analysis.entities
    )


# a candidacy told in a name's apposition: "X, the former UN chief running for Austria's presidency as ..."
RUNNING_APPOSED = re.compile(
    r",\s+(?:the|a|an)\s[^,;.]{0,60}?\b(?:(?:running|standing)\s+for\s+(?:the\s+)?(?:[\w'’]+\s+)?"
    r"(?:presidency|president|prime\s+minister|premiership|office|re-?election)|candidate|nominee"
    # the loser of an election ("the runner-up in last month's presidential election"), not of a race or a contest
    r"|runner-?up\s+in\s+[^,;.]{0,40}?\b(?:election|elections|vote|polls?|run-?off|ballot))\b"
)


def _running_apposed(text: str, ent: Entity) -> Found | None:
    """The candidacy a person's apposition tells ("Kurt Waldheim, the former UN chief running for Austria's
    presidency"), as a sector's evidence (the words from the apposition's article to the candidacy's)."""
    for m in (m for m in ent.mentions if m.kind == "name"):
        run = RUNNING_APPOSED.match(text, m.end)
        if run:
            start = m.end + run.group(0).index(run.group(0).split()[1])
            return Found("OPP", CodeEvidence("text", text[start : run.end()], start, run.end()))
    return None


# a rival, challenger or opponent named before a name, in a title run or a list ("conservative rival Jorge Quiroga",
# "Communist challenger Gennady Zyuganov", "his main rivals, Tidjane Thiam and| Laurent Gbagbo", "his rival, former
# Prime Minister| Cellou Dalein Diallo")
RIVAL_BEFORE = re.compile(r"\b(?:rivals?|challengers?|opponents?)\b,?\s+(?:[^\s.;,]+,?\s+){0,5}$")
# ... or as the loser of the election the sentence tells ("won France's presidential runoff ..., defeating| Socialist
# Segolene Royal")
DEFEATED_BEFORE = re.compile(
    r"\b(?:defeating|defeated|beating|unseating|unseated)\s+(?:the\s+)?(?:[^\s.;,]+\s+){0,3}$"
    # "won El Salvador's presidential runoff on Sunday over| Ruben Zamora" (not "won over", persuaded)
    r"|\bwon\s+[^.;]{1,80}?\s+over\s+(?:[^\s.;,]+\s+){0,2}$"
    # ... or the one a leader of the count is ahead of ("clung to a lead of less than one point over| Keiko Fujimori",
    # "far ahead of| former Prime Minister Nikolai Ryzhkov", "ahead of| Mireya Moscoso and| the salsa singer ...")
    r"|\blead\s+(?:of\s+[^.;,]{1,40}?\s+)?over\s+(?:[^\s.;,]+\s+){0,3}$"
    r"|\bahead\s+of\s+(?:(?:[^\s.;,]+\s+){0,5}and\s+)?(?:the\s+)?(?:[^\s.;,]+\s+){0,3}$"
)
# ... or apposed after it as a head of government's: "Yulia Tymoshenko, the former prime minister and President
# Viktor Yanukovich's main rival"
RIVAL_OF_HEAD = re.compile(
    r",\s+[^,;.]{0,80}?\b(?:President|Prime\s+Minister|Premier|Chancellor)\s+[^,;.]{0,40}?(?:'s|’s)\s+"
    r"(?:main\s+|chief\s+|political\s+|bitter\s+|arch-?)?(?:rival|opponent|challenger)\b"
)
# the words of an election itself, which the readings below share
ELECTION_NOUNS = r"elections?|run-?offs?|ballot|presidency"
# ... a sentence about one, for a rival named in it (a vote, a poll or a campaign may be one's)
ELECTION_WORDS = re.compile(rf"\b(?:{ELECTION_NOUNS}|votes?|polls?|campaign)\b", re.I)
# "beat", which is also a blow, only with the contest after the name, past an apposition or a margin: "narrowly
# beat| Keiko Fujimori| in the runoff", "beat| Bernard Kolelas| by a wide margin in Congo's presidential runoff"
BEAT_BEFORE = re.compile(r"\bbeat\s+(?:the\s+)?(?:[^\s.;,]+\s+){0,3}$")
CONTEST_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,100},)?[^,;.]{0,40}?\s(?:in|at)\s+(?:the\s+|a\s+|[\w'’-]+'s\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{ELECTION_NOUNS}|vote|polls?)\b"
)


# a contestant's part in an election told right after its name, or after an apposition ("Evo Morales, an Aymara
# former coca farmer who leads the Movement Toward Socialism,| won", "Nawaz Sharif| claimed victory", "Former finance
# minister Soumaila Cisse| conceded defeat"), or the party it possesses ("Silvio Berlusconi's centre-right House of
# Freedoms coalition| won")
CONTESTED_AFTER = re.compile(
    r"(?:,[^,;.]{1,90},|['’]s\s+(?:[\w'’-]+\s+){1,6}?(?:party|alliance|coalition|front|movement|bloc|[A-Z][\w'’-]*))?"
    r"\s+(?:has\s+|had\s+)?(?:won|wins|claimed\s+victory|conceded\s+defeat|took\s+(?:a|an)\s+(?:\w+\s+)?lead|"
    r"was\s+leading|came\s+(?:first|second|third)|boycotted)\b"
)


# what a contest told after a name must be about, in its own clause: an election, not a race, a prize or a campaign
# ("won Chile's presidential runoff", "won the most seats", "conceded defeat in the vote"; not "won the Berlin
# Marathon", "came second in the poll for footballer of the year")
CONTEST_OBJECT = re.compile(
    rf"\b(?:{ELECTION_NOUNS}|seats|majorit(?:y|ies)|vote|polls?)\b"
    r"(?!\s+for\s+(?!(?:the\s+)?(?:president|presidency|parliament|mayor|governor)))",
    re.IGNORECASE,
)


# what follows a verb that takes no object: an adverbial, or nothing
NO_OBJECT = re.compile(r"\s*(?:$|[.,;]|(?:by|with|on|in|at|outright|again|narrowly|easily|comfortably)\b)")
# the words that make a sentence one of an election (not a "campaign", a "poll" or a "vote" of any kind)
ELECTION_SENTENCE = re.compile(rf"\b(?:{ELECTION_NOUNS}|presidential|parliamentary|legislative|seats)\b", re.IGNORECASE)


def _election_contested(text: str, ent: Entity, analysis: Analysis) -> Found | None:
    """A person told contesting an election in its sentence ("Michelle Bachelet, the Socialist former president,
    won Chile's presidential runoff", "Mahendra Chaudhry, whose Fiji Labour Party came second"; "Marc Bazin, Gerard
    Gourgue and other leading candidates boycotted" is read by the candidate words): a candidate, the verb the
    evidence. Only where its sentence speaks of an election."""
    for m in (m for m in ent.mentions if m.kind == "name"):
        told = CONTESTED_AFTER.match(text, m.end)
        if told is None or m.sentence is None or m.sentence >= len(analysis.sentences):
            continue
        sentence = analysis.sentences[m.sentence]
        clause = CLAUSE_AFTER.search(text, told.end(), sentence.end)
        after = text[told.end() : clause.start() if clause else sentence.end]
        # the election as the verb's object ("won Chile's presidential runoff"), or no object at all in a sentence of
        # an election ("Edmundo Gonzalez had won by a wide margin", "while Ciro Gomes came third"); not another
        # object ("won the Berlin Marathon", "won the contract, a week before the vote")
        said = CONTEST_OBJECT.search(" ".join(after.split()[:5])) or (
            NO_OBJECT.match(after) and ELECTION_SENTENCE.search(text[sentence.start : sentence.end])
        )
        if told.end() <= sentence.end and said:
            verb = told.group(0).split()[-1]
            end = told.end()
            return Found("OPP", CodeEvidence("text", text[end - len(verb) : end], end - len(verb), end))
    return None


def _rival_in_election(text: str, ent: Entity, analysis: Analysis) -> Found | None:
    """A rival named in a sentence about an election ("won Bolivia's presidential election ... over conservative
    rival Jorge Quiroga"), or apposed as a head of government's ("Yulia Tymoshenko, ... President Viktor
    Yanukovich's main rival"): a candidate, the word "rival" the evidence."""
    for m in (m for m in ent.mentions if m.kind == "name"):
        window = text[max(0, m.start - 60) : m.start]
        rival = RIVAL_BEFORE.search(window) or DEFEATED_BEFORE.search(window)
        if rival is None and (beat := BEAT_BEFORE.search(window)) and CONTEST_AFTER.match(text, m.end):
            rival = beat
        of_head = RIVAL_OF_HEAD.match(text, m.end)
        if of_head:
            start, end = of_head.start() + of_head.group(0).rindex(of_head.group(0).split()[-1]), of_head.end()
            return Found("OPP", CodeEvidence("text", text[start:end], start, end))
        sentence = analysis.sentences[m.sentence]
        if rival and ELECTION_WORDS.search(text[sentence.start : sentence.end]):
            start = max(0, m.start - 60) + rival.start()
            end = start + len(rival.group(0).split()[0].rstrip(","))
            return Found("OPP", CodeEvidence("text", text[start:end], start, end))
    return None


def _challengers_of_the_government(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """A person out of office who defeats or challenges the head of a government the sentence names ("Luiz Inacio
    Lula da Silva defeated President Jair Bolsonaro", "Svetlana Tikhanovskaya, who challenged President Alexander
    Lukashenko"), or to whom that head concedes defeat ("President Hastings Kamuzu Banda conceded defeat to Bakili
    Muluzi"), is the opposition on the day (CAMEO OPP), and so is the party named as his ("Bakili Muluzi of the
    United Democratic Front", "Ariel Sharon, the leader of the right-wing Likud"). Not in the US (CAMEO has no
    opposition code for its parties and their candidates)."""
    text = analysis.article.text
    if not (BEATS.search(text) or "conceded defeat" in text):
        return
    people = sorted(
        (m.start, m.end, e) for e in analysis.entities if e.type == "PERSON" for m in e.mentions if m.kind == "name"
    )

    def governs(ent: Entity) -> bool:
        return codings[ent.id].at(date, book)[1] == "GOV"

    def next_person(at: int) -> tuple[int, int, Entity] | None:
        # the first name within a title run after ``at`` ("President Jair Bolsonaro")
        return next(((s, e, p) for s, e, p in people if at <= s <= at + 45 and "," not in text[at:s]), None)

    pairs: list[tuple[Entity, Entity, int, int]] = []  # (challenger, incumbent, evidence start, end)
    for start, end, ent in people:
        clause = re.match(r"[^.;]{0,120}", text[end:])
        beat = BEATS.search(clause.group(0)) if clause else None
        if beat and not any(end < s < end + beat.start() for s, _, _ in people):
            other = next_person(end + beat.end())
            if other is not None:
                pairs.append((ent, other[2], end + beat.start(), other[1]))
        conceded = CONCEDED.match(text, end)
        if conceded:
            other = next_person(conceded.end())
            if other is not None:
                pairs.append((other[2], ent, start, other[1]))
    parties = [
        (m.start, m.end, e)
        for e, m in _names(analysis, lambda e: e.type in ("ORG", "NORP") and _party_like(e, codings[e.id], date, book))
    ]
    for challenger, incumbent, at, until in pairs:
        if challenger.id == incumbent.id or not governs(incumbent):
            continue
        coding = codings[challenger.id]
        country, sector, _, _ = coding.at(date, book)
        if sector not in CHALLENGER_SECTORS or country == "USA" or codings[incumbent.id].at(date, book)[0] == "USA":
            continue
        ev = CodeEvidence("text", text[at:until], at, until)
        coding.text_sector = Found("OPP", ev)
        party = _party_of(text, challenger, parties)
        if party is not None:
            codings[party.id].text_sector = Found("OPP", ev)


def _table_evidence(ent: Entity, entry: str) -> CodeEvidence:
    """The evidence of a code the table of heads gives an actor: the table's entry, at the actor's first name."""
    first = next((m for m in ent.mentions if m.kind == "name"), ent.mentions[0] if ent.mentions else None)
    return CodeEvidence("dictionary", ent.name, first.start if first else None, first.end if first else None, entry)


ELECT_DAYS = 120  # from an election to the winner's taking office: a new head's term begins within four months


def _leaders_elect(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, kb: Knowledge
) -> None:
    """A person whom the table of heads (``leaders.tsv``) has taking office within four months after the date,
    out of office on it (an election's winner: "George Weah won Liberia's presidential runoff"), is of the
    opposition when his party is not the party in power on the date (CAMEO OPP), of the party in power (PTY)
    when it is. Not in the US."""
    if not date:
        return
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or not any(
            (c.evidence.entry or "").startswith("dossier-leaders:") for c in coding.dictionary
        ):
            continue
        country, sector, _, _ = coding.at(date, book)
        said = coding.text_sector
        if country in (None, "USA") or sector not in CHALLENGER_SECTORS or (said and said.value != "ELI"):
            continue  # an elite's words ("a comedian who plays a president", "the former footballer") yield
        elected = kb.party_elected(country, set(_filed_names(ent)), date, ELECT_DAYS)
        in_power = kb.ruling_parties(country, date)
        if not elected or not in_power:
            continue
        ev = _table_evidence(ent, "leaders.tsv: a head elected, and the parties in power")
        same = _party_keys(elected, country, book) & _party_keys(in_power, country, book)
        coding.text_sector = Found("PTY" if same else "OPP", ev)


def _parties_out_of_power(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, kb: Knowledge
) -> None:
    """A party that has led its country's government at some time since 1975 but does not on the date (the
    heads of government in office and their parties, ``leaders.tsv``) is in opposition then: CAMEO's OPP ("the
    Congress party" in India in May 2004, before Manmohan Singh took office; "the Labor Party" in Australia on
    Bob Hawke's election day). So is the person named as its leader or member who holds no office (a former
    prime minister leading it: "Benazir Bhutto, the leader of the Pakistan Peoples Party"). A party in power is
    PTY, and so is its people's sector when nothing else gave one. A party the table never saw in power is OPP
    too when it is named by a clean proper name (``_never_ruled_party``); a coalition's junior partner the text
    does not call one is then wrongly OPP, as the table names only the head's party. Not a US party (CAMEO has no
    opposition code for them)."""
    if not date:
        return
    text = analysis.article.text
    standing: dict[str, str] = {}  # party entity id -> OPP | PTY
    placed = {codings[e.id].at(date, book)[0] for e in analysis.entities}
    holders = _office_holders_possessing(analysis, codings, book, date)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type not in ("ORG", "NORP"):
            continue
        country, sector, _, _ = coding.at(date, book)
        held = _party_of_an_office_holder(text, ent, coding, holders, date, book)
        if held is not None:
            # "Prime Minister Mahathir Mohamad's National Front", "Chancellor Helmut Kohl's Christian Democrats": the
            # party of one who holds a state's office on the date is in power, whatever the table of heads files
            # (the head's own party by another name, or a coalition it leads), and whatever else its words read
            standing[ent.id] = "PTY"
            coding.text_sector = Found("PTY", held[1])
            if country is None:
                coding.nominal_country = Found(held[0], held[1])
            continue
        described = next((m for m in ent.mentions if m.kind == "nominal" and OPPOSITION_WORD.search(m.text)), None)
        if described is not None and sector in ("PTY", None) and _party_like(ent, coding, date, book):
            # "the opposition Chadema party", a description the entity stage kept apart from the name
            at = described.start + OPPOSITION_WORD.search(described.text).start()  # type: ignore[union-attr]
            coding.text_sector = Found("OPP", CodeEvidence("text", "opposition", at, at + len("opposition")))
            sector = "OPP"
        banned = next((m for m in ent.mentions if m.kind == "name" and BANNED_BEFORE.search(text, 0, m.start)), None)
        if banned is not None and sector in ("PTY", "OPP", None) and _party_like(ent, coding, date, book):
            # "the banned Islamic Salvation Front", "the outlawed Solidarity union": out of the state's law, CAMEO's
            # opposition (the gold codes both so)
            at = BANNED_BEFORE.search(text, 0, banned.start).start()  # type: ignore[union-attr]
            coding.text_sector = Found("OPP", CodeEvidence("text", text[at : banned.start].strip(), at, banned.start))
            sector = "OPP"
        if sector == "OPP" and coding.text_sector and _party_like(ent, coding, date, book, opposition=True):
            standing[ent.id] = "OPP"  # "the opposition Chadema party": its candidate is the opposition's
            continue
        names = [ent.name, *ent.aliases, *(m.text for m in ent.mentions if m.kind == "name")]
        if country is None and not coding.dictionary:
            # a party no dictionary files, named as only one country's heads' party ("his Civic Democrats")
            homes = {iso for n in names for iso in kb.countries_of_party(name_key(n))}
            if len(homes) == 1 and homes <= placed:  # of a country the article's actors are of (no Colombian
                # "Patriotic Union" made Liechtenstein's)
                country = homes.pop()
                coding.table_country = Found(country, _table_evidence(ent, "leaders.tsv: a party of one country"))
        in_power = kb.ruling_parties(country, date) if country and country != "USA" else None
        if country is None or in_power is None or coding.text_sector:
            continue
        keys = _party_keys(names, country, book)
        known = _party_keys(kb.parties_of(country), country, book)
        # a party by its code or name's head, or by the table's name for it ("Movement for Multiparty Democracy",
        # which its name's words would make an advocacy group; "Uganda People's Congress", a legislature by its
        # head); not an armed movement that has ruled (the Taliban, Hamas, the Khmer Rouge: REB stays)
        if not (_party_like(ent, coding, date, book) or (keys & known and sector in (None, "NGO", "LEG"))):
            continue
        ruling = _party_keys(in_power, country, book)
        ev = _table_evidence(ent, "leaders.tsv: the parties of the heads in office")
        names_at = [m for m in ent.mentions if m.kind == "name"]
        partner = next(
            (
                m
                for m in names_at
                if IN_GOVERNMENT_AFTER.match(text, m.end)
                or IN_GOVERNMENT_BEFORE.search(text, max(0, m.start - 40), m.start)
                or LEAVES_GOVERNMENT.match(text, m.end)
            ),
            None,
        )
        if keys & ruling or partner is not None:
            # in power, or said to be ("the People's Party, the junior partner in Chancellor Klima's governing
            # coalition": the table of heads names only the chancellor's party)
            standing[ent.id] = "PTY"
            coding.text_sector = coding.text_sector or Found("PTY", ev)
        elif keys & known or _never_ruled_party(ent, coding.at(date, book)[1], country, date):
            standing[ent.id] = "OPP"
            coding.text_sector = Found("OPP", ev)
    for ent in analysis.entities:
        # a party the tables file, in power or not (the table of heads does not say): its leader is a party's man
        # ("Sam Nujoma's SWAPO", "Fausto Bertinotti's Communist Refoundation"), as its own sector on the date says
        if ent.id not in standing and ent.type in ("ORG", "NORP") and _filed_party(codings[ent.id], date, book):
            country, sector, _, _ = codings[ent.id].at(date, book)
            if sector in ("PTY", "OPP") and country != "USA":
                standing[ent.id] = sector  # not the US parties: their candidates and figures stay as CAMEO codes them
    if not standing:
        return
    parties = [
        (m.start, m.end, e) for e in analysis.entities if e.id in standing for m in e.mentions if m.kind != "pronoun"
    ]
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.at(date, book)[1] not in CHALLENGER_SECTORS:
            continue
        party = _party_of(text, ent, parties)
        if party is None:
            continue
        sector = standing[party.id]
        if sector == "PTY" and coding.at(date, book)[1] not in (None, "ELI"):
            continue  # a member of the party in power keeps his own sector
        said = codings[party.id].text_sector
        coding.text_sector = Found(sector, said.evidence if said else CodeEvidence("text", party.name))


NEVER_RULED_HEADS = {"party", "front", "movement", "alliance"}
# a ruling party's organ by its name alone or with its party's ("the Communist Party's Central Committee",
# "Central Committee of the Communist Party"), not another body's ("Central Committee of Sudanese Doctors")
PARTY_ORGAN_NAME = re.compile(
    r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}Party['’]s\s+)?(?:Central\s+Committee|Politburo|Political\s+Bureau)"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,3}Party)?"
)
# a Soviet or post-Soviet republic's parliament by its name alone ("Lithuania's Supreme Council"), not a council
# named for what it is of ("Supreme Council of the Armed Forces", "Supreme Council for the Restoration of ...")
SUPREME_COUNCIL = re.compile(r"(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?Supreme\s+(?:Council|Soviet)")
PARTY_ORGANS = {"committee", "politburo", "presidium", "secretariat", "leadership", "bureau", "council", "executive"}


def _never_ruled_party(ent: Entity, sector: str | None, country: str, date: str | None) -> bool:
    """A party by its own proper name that the table of heads never saw lead a government ("UK Independence
    Party", "Sweden Democrats", "Meretz"): out of power on the date, so CAMEO's opposition. Only a clean name, all
    its words capitalised but the fillers: a description run into it ("the ruling Frelimo party", "Yitzhak
    Shamir's Likud bloc", "his own party") may hide a party in power the table files under its bare name; and a
    party by its code or its name's head, not a league or a coalition ("Anti-Defamation League", "the US-led
    coalition"); not a party's organ ("the Central Committee of the Polish Communist Party"), nor a communist party
    where communists ruled on the date."""
    words = ent.name.split()
    if not words or "'s" in ent.name or "’s" in ent.name:
        return False
    if any(w[:1].islower() and w.lower() not in PARTY_NAME_FILLERS for w in words):
        return False
    if words[-1].lower() in PARTY_ORGANS or PARTY_ORGAN_NAME.fullmatch(ent.name):
        return False  # the party's own organ ("the Central Committee"), of the party in power as often as not
    if "communist" in ent.name.lower() and communist_ruled(country, date):
        return False  # "the Polish Communist Party" in 1981: the ruling party the table files by another name
    return sector == "PTY" or words[-1].lower() in NEVER_RULED_HEADS


# countries whose "military police" are the states' uniformed police, not the army's (Brazil's Policia Militar)
POLICING_MILITARY_POLICE = {"BRA"}
MILITARY_POLICE = re.compile(r"\bmilitary\s+police(?:m[ae]n)?\b", re.IGNORECASE)


def _military_police_who_police(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """The military police of a country where they are its states' uniformed police (Brazil's Policia Militar:
    "military police surrounded the Carandiru complex") are police (COP), where the agents dictionary's MILCOP
    reads the army's."""
    for ent in analysis.entities:
        coding = codings[ent.id]
        country, sector, _, evidence = coding.at(date, book)
        if sector != "MIL" or country not in POLICING_MILITARY_POLICE:
            continue
        said = next((m for m in ent.mentions if m.kind != "pronoun" and MILITARY_POLICE.search(m.text)), None)
        if said is None:
            continue
        coding.text_sector = Found("COP", CodeEvidence("text", said.text, said.start, said.end))


def _party_keys(names: Iterable[str], country: str, book: Codebook) -> set[str]:
    """Folded names of a country's parties, each also without the country's name or demonym opening it
    ("Australian Labor Party" is also "labor party", "Italian Socialist Party" "socialist party"): within one
    country the rest names the same party; and without a lower-case "party" the NER took into the name ("Law and
    Justice party")."""
    out = set()
    for name in names:
        keys = [name_key(name)]
        if name.split()[-1:] == ["party"] and len(name.split()) > 1 and name[:1].isupper():
            keys.append(name_key(name.rsplit(" ", 1)[0]))  # "the Law and Justice party": the NER took the noun in
        for key in list(keys):
            members = members_name(key)
            if members:
                keys.append(members)  # "Civic Democratic Party" is "the Civic Democrats"
        for key in keys:
            out.add(key)
            words = key.split()
            for k in (1, 2):
                head = " ".join(words[:k])
                if len(words) > k + 1 and (book.names.get(head) == country or book.demonyms.get(head) == country):
                    out.add(" ".join(words[k:]))
    return out


# "the opposition Chadema party", "the main opposition Congress": the word before a party's name or noun (not "the
# opposition" alone, a description the coreference may join to any party, the ruling one too)
OPPOSITION_WORD = re.compile(r"\bopposition(?=\s+(?:[A-Z][\w'’-]*|party|front|movement|alliance|coalition)\b)")
PARTY_HEADS = {"party", "front", "movement", "alliance", "congress", "league", "coalition"}
# between a person's name and his party's: "'s", "of the (right-wing) ", ", the leader of the (right-wing) "
PARTY_OF = re.compile(
    r"^(?:['’]s\s+(?:new\s+)?|\s+of\s+the\s+(?:[\w-]+\s+)?"
    r"|,\s+(?:the\s+)?(?:leader|head|chairman|founder|candidate)\s+of\s+(?:the\s+(?:[\w-]+\s+)?)?"
    r"|(?:,[^,;.]{0,80}?)?\s+(?:who\s+)?(?:led|leads|heads|headed)\s+the\s+(?:[\w-]+\s+)?"
    # a defector's new party: "Edward Lowassa, a former prime minister who defected in July to the opposition ..."
    r"|(?:,[^,;.]{0,80}?)?\s+(?:who\s+)?(?:had\s+|has\s+)?(?:defected|switched|crossed\s+over)\s+"
    r"(?:(?:in|on|last)\s+[A-Za-z]+\s+)?to\s+(?:the\s+)?)$"
)


# an apposition saying a party governs with another ("the People's Party, the junior partner in the governing
# coalition", ", a partner in the ruling coalition")
# ... or named as a government's partner before its name ("his coalition with| the Greens", "coalition partner| the
# Free Democrats"), or as leaving or ceasing to back the government it was in or kept ("Communist Refoundation|
# withdrew its support from the government", "the Liberals| quit the coalition")
IN_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:coalition|alliance)\s+with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
    r"|\b(?:coalition|governing|junior)\s+partners?,?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LEAVES_GOVERNMENT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:withdrew|withdraws|withdrawn|pulled|pulls|quit|quits|left|leaves)\s+"
    r"(?:(?:its|their)\s+support\s+(?:from|for)|out\s+of|from)?\s*(?:the\s+)?(?:[\w-]+\s+)?(?:government|coalition|cabinet)\b",
    re.IGNORECASE,
)
IN_GOVERNMENT_AFTER = re.compile(
    r",\s+(?:the|a)\s+(?:junior\s+|smaller\s+|main\s+)?(?:coalition\s+)?partner\s+in\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:(?:governing|ruling)\s+coalition|(?:President|Prime\s+Minister|Premier|Chancellor)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"[\w.-]+['’]s\s+(?:coalition|government|cabinet))\b",
    re.IGNORECASE,
)


# a party or movement the state has banned, right before its name ("the banned Islamic Salvation Front"; not the
# verb, "a court outlawed the Islamic Salvation Front": the day of its banning)
BANNED_BEFORE = re.compile(r"\b(?:the|a|an|its)\s+(?:banned|outlawed|proscribed)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


# "opposition" as the modifier of a body's noun: "the main opposition bloc", "an opposition party"
OPPOSITION_BODY = re.compile(
    r"\bopposition\s+(?:bloc|party|parties|group|alliance|coalition|movement|front|force|camp|platform)\b",
    re.IGNORECASE,
)


def _office_holders_possessing(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> list[tuple[int, int, str]]:
    """(start, end, country) of each name with "'s" after it of a person in a state's office on the date (GOV, of a
    country), by a title the name has ("Prime Minister Ewa Kopacz's") or by the table of heads' dated terms ("Helmut
    Kohl's" in 1983): not by the Phoenix records alone, whose terms are often left open (Daniel Ortega's in 1996)."""
    text = analysis.article.text
    out = []
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        coding = codings[ent.id]
        country, sector, _, _ = coding.at(date, book)
        if sector != "GOV" or country is None:
            continue
        in_office = _heads_term_on(coding.dictionary, date)
        for m in ent.mentions:
            if m.kind == "name" and (m.role or in_office) and text[m.end : m.end + 1] in ("'", "’"):
                out.append((m.start, m.end, country))
    return out


def _party_of_an_office_holder(
    text: str, ent: Entity, coding: Coding, holders: list[tuple[int, int, str]], date: str | None, book: Codebook
) -> tuple[str, CodeEvidence] | None:
    """(country, evidence) when a party is named as the party of a person in a state's office on the date ("Prime
    Minister Mahathir Mohamad's National Front", "President Sebastian Pinera's ruling Alliance coalition"; not
    "former President Milton Obote's", whose sector is no longer GOV): a party by its code or its name's head, or
    a party family's name ("Kohl's Christian Democrats")."""
    words = ent.name.lower().split()
    party = (
        _filed_party(coding, date, book)
        or coding.at(date, book)[1] in ("PTY", "OPP")
        or (bool(words) and words[-1] in PARTY_HEADS)
    )
    for m in ent.mentions:
        for start, end, country in holders:
            if m.kind == "name" and (party or party_family_name(m.text, "the")):
                between = text[end : m.start]
                held = end < m.start and (
                    LEADERS_PARTY.fullmatch(between) is not None or HOLDERS_COALITION.fullmatch(between) is not None
                )
            else:
                # a description of a party or coalition that opens with its holder's name ("Prime Minister John
                # Howard's Liberal-National coalition", "his alliance"): by its head noun
                held = (
                    m.kind == "nominal"
                    and m.start <= start
                    and end + 3 < m.end
                    and text[end : end + 2] in ("'s", "’s")
                    and m.text.lower().split()[-1] in PARTY_HEADS
                )
            if held:
                title = title_run(text, start, 6)
                at = title[1] if title is not None and title[1] < start else start
                return country, CodeEvidence("text", text[at : m.end], at, m.end)
    return None


def _filed_party(coding: Coding, date: str | None, book: Codebook) -> bool:
    """Whether a dictionary files an actor as a party on the date."""
    code = in_force(coding.dictionary, date)
    return code is not None and parse_code(code.code, book.countries)[1] == "PTY"


def _party_like(ent: Entity, coding: Coding, date: str | None, book: Codebook, opposition: bool = False) -> bool:
    """A party by its code on the date, or, with no sector (or the opposition's, with ``opposition``), by its
    name's head ("United Democratic Front", "Chadema party")."""
    sector = coding.at(date, book)[1]
    words = ent.name.lower().split()
    headed = bool(words) and words[-1] in PARTY_HEADS
    return sector == "PTY" or (sector in ((None, "OPP") if opposition else (None,)) and headed)


def _party_of(text: str, person: Entity, parties: list[tuple[int, int, Entity]]) -> Entity | None:
    """The party named as a person's: "Bakili Muluzi of the United Democratic Front", "Andrej Babis's ANO", "Ariel
    Sharon, the leader of the right-wing Likud", "Bob Hawke led the Labor Party", "Evo Morales, an Aymara former
    coca farmer who leads the Movement Toward Socialism", or "MDC leader Nelson Chamisa" (the party opening his
    title)."""
    for m in (m for m in person.mentions if m.kind == "name"):
        pair = PAIR_BEFORE_OF.match(text, m.end)  # "Franco Montoro| and Tancredo Neves of the opposition ..."
        after = pair.end() if pair else m.end
        for start, end, party in parties:
            if start >= after and PARTY_OF.match(text[after:start]):
                return party
            if end <= m.start and re.fullmatch(r"\s+(?:leader|chairman|head|candidate)\s+", text[end : m.start]):
                return party
        if PARTY_TITLE_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            # "a rally of the opposition Khmer Nation Party ..., and party leader Sam Rainsy": the party the
            # sentence last named, with no sentence's end between
            before = [(end, party) for start, end, party in parties if end <= m.start and m.start - end < 200]
            if before:
                end, party = max(before, key=lambda p: p[0])
                if not re.search(r"[.;!?]\s", text[end : m.start]):
                    return party
    return None


# a party's office before a name that names no party itself ("party leader Sam Rainsy")
PARTY_TITLE_BEFORE = re.compile(r"(?<![\w-])[Pp]arty\s+(?:leader|chief|chairman|chairwoman|president|head)\s+$")


# what a crowd in confrontation with the state does or has done to it: such supporters are the opposition
CONFRONTATION = re.compile(
    r"\b(?:riot(?:ed|ing|s)?|storm(?:ed|ing)|clash(?:ed|es)|march(?:ed|ing)|camp(?:ed)?|protest(?:ed|ing|s)?"
    r"|rall(?:ied|y)|ransack(?:ed)?|demonstrat(?:ed|ions?)|barricades?|tear\s+gas|water\s+cannon|dispers(?:e|ed)"
    r"|broke\s+up|courted\s+arrest|attacks\s+on|detained|arrested)\b",
    re.IGNORECASE,
)
MOVEMENT_ARMS = {"soldiers", "troops", "fighters", "forces", "militiamen", "gunmen"}
PEOPLES_ARMS = {"forces", "fighters", "gunmen"}  # armed men named by a people (not "soldiers": a nation's army)
SUPPORTERS_OF = re.compile(r"\s+of\s+(?:[^,;.]{0,40}?,\s+)?")  # "supporters of| the runner-up, |Venancio Mondlane"


# the titles of a royal house's members other than its reigning monarch, whom the table of heads dates
ROYAL_TITLES = {
    "prince", "princess", "crown prince", "crown princess", "queen", "queen mother", "duke", "duchess",
    "prince consort", "king consort",
}  # fmt: skip
# monarchies whose royal houses hold no office of government (the Gulf's princes do: "Crown Prince Mohammed bin
# Salman" is GOV, a minister), with the years of their constitutions where they are recent
CONSTITUTIONAL_MONARCHIES = {
    "GBR": "", "ESP": "1978", "NLD": "", "BEL": "", "NOR": "", "SWE": "", "DNK": "", "LUX": "", "JPN": "",
    "THA": "1932", "NPL": "1990", "AUS": "", "CAN": "", "NZL": "",
    # session 54: Cambodia's restored monarchy, Bhutan's (whose crown princes held no office before its
    # constitution either), Lesotho's, Malaysia's sultans, and Europe's small principalities
    "KHM": "1993", "BTN": "", "LSO": "", "MYS": "", "MCO": "", "LIE": "", "AND": "",
}  # fmt: skip


def _royals_out_of_office(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A member of a constitutional monarchy's royal house named by a royal title ("Prince Charles", "Crown
    Prince Dipendra", "Queen Aishwarya" beside King Birendra) is of CAMEO's elites (ELI), not its government,
    which the agents dictionary reads "prince" as; the reigning monarch keeps the table's office (Queen
    Elizabeth: GOV), and so does anyone a dictionary gives an office on the date."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type != "PERSON":
            continue
        # a title the NER took into the name stands right before it ("Crown Prince| Dipendra")
        titled = [(m.role, text.rfind(m.role, 0, m.start)) for m in ent.mentions if m.kind == "name" and m.role]
        titled += [(r.label, r.start) for r in ent.roles]
        royal = next(((t, at) for t, at in titled if t.lower() in ROYAL_TITLES), None)
        if royal is None:
            continue
        coding = codings[ent.id]
        country, sector, code, _ = coding.at(date, book)
        since = CONSTITUTIONAL_MONARCHIES.get(country or "")
        if since is None or (since and (date or "") < since) or sector not in (None, "GOV"):
            continue
        if code is not None and code.code.endswith("GOV"):
            continue  # the reigning monarch, or a prince in an office the tables date
        words, at = royal
        if at < 0 or text[at : at + len(words)] != words:
            # a title written otherwise than the text has it: the first name it was read from is the evidence
            first = min((m for m in ent.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
            if first is None:
                continue
            words, at = first.text, first.start
        coding.text_sector = Found("ELI", CodeEvidence("text", words, at, at + len(words)))


# a group's protest right after its mention, past a place it is of and an apposition ("Hundreds of residents| of
# Zhanaozen, the oil town where ..., gathered on Sunday to protest", "villagers| demanding its nationalisation",
# "young people| who besieged the opera house", "Amazon Indians| blocking a highway")
PROTESTING_AFTER = re.compile(
    r"(?:\s+(?:of|in|from)\s+[^,;.]{0,40}?)?(?:,[^;.]{0,120}?,)?\s+(?:who\s+|that\s+)?(?:had\s+|have\s+|were\s+)?"
    r"(?:[a-z]+ly\s+)?(?:(?:gathered|took\s+to\s+the\s+streets)\s+(?:on\s+\w+\s+)?to\s+)?"
    r"(protest(?:ed|ing)?|march(?:ed|ing)|rall(?:ied|ying)|demonstrat(?:ed|ing)|demand(?:ed|ing)|riot(?:ed|ing)"
    r"|stormed|storming|clash(?:ed|ing)|besieged|blocked|blocking|pelted|burned|torched|set\s+fire)\b"
)
PEOPLE_NOUNS = {"people", "youth", "crowd", "crowds"}
# groups whose march is no protest (a funeral's), or who are the state's own people
NOT_PROTESTERS = {"mourners", "officers", "agents", "guards", "soldiers", "troops", "police", "policemen", "officials"}
# ... against the state: its words in the sentence ("to demand the resignation of Prime Minister ...", "rioted
# against a voting reform", "burned down the police station", "in protest at laws opening the rainforest")
STATE_TARGET = re.compile(
    r"\b(?:government|president|prime\s+minister|premier|governor|ministers?|regime|authorities|police|parliament"
    r"|laws?|reforms?|resignation|election|junta|gendarmes?|troops|security\s+forces)\b",
    re.IGNORECASE,
)


def _civilians_protesting(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A group of private people described alone (civilians by their noun, or people of no sector: "residents",
    "villagers", "young people") that protests, marches, rallies, riots or blocks roads right after its mention
    (``PROTESTING_AFTER``) in a sentence that names the state it confronts (``STATE_TARGET``) is the opposition
    (CAMEO OPP: "protesters against the government"); a march in mourning or against an attack stays civilians.
    Not a people's name ("Hungarians marched"), whose mention is the country's or the people's, coded as it reads."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type != "PERSON" or any(m.kind == "name" for m in ent.mentions):
            continue
        coding = codings[ent.id]
        sector = coding.at(date, book)[1]
        if sector not in ("CVL", None):
            continue
        for m in ent.mentions:
            if m.kind != "nominal" or not 0 <= m.sentence < len(analysis.sentences):
                continue
            noun = m.text.lower().split()[-1]
            if not (noun.endswith("s") or noun in PEOPLE_NOUNS) or noun in NOT_PROTESTERS:
                continue  # one man's act ("A man set fire to"), a funeral's march, the state's own agents
            acted = PROTESTING_AFTER.match(text, m.end)
            around = analysis.sentences[m.sentence]
            # the state named in the group's own protest, after its verb (not another group's: "Students marched
            # to the parliament, and villagers blocked the highway")
            if acted is None or acted.end() > around.end or not STATE_TARGET.search(text, acted.start(1), around.end):
                continue
            coding.text_sector = Found("OPP", CodeEvidence("text", text[m.start : acted.end()], m.start, acted.end()))
            break


def _supporters_of_leader(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """One person's supporters ("his supporters rioted", "supporters of Mir Hossein Mousavi marched"; the entity
    stage keeps only these and counted crowds) are of that person's country; the opposition (CAMEO's OPP) when
    the person is, or when the sentence has them confront the state ("police fired tear gas at supporters of the
    runner-up"); else civilians, as a ruler's supporters are ("Supporters of President Donald Trump broke into
    the Capitol") and a candidate's an audience ("Sanders apologized to his supporters")."""
    text = analysis.article.text
    people = [(m.start, m.end, e) for e in analysis.entities if e.type == "PERSON" for m in e.mentions]
    for ent in analysis.entities:
        crowd = next((m for m in ent.mentions if m.kind == "nominal" and m.text.lower().endswith("supporters")), None)
        if crowd is None or ent.type != "PERSON":
            continue
        inside = [(s, e, p) for s, e, p in people if p.id != ent.id and crowd.start <= s and e <= crowd.end]
        of = SUPPORTERS_OF.match(text, crowd.end)
        after = sorted(
            (s, e, p)
            for s, e, p in people
            if of and of.end() <= s <= of.end() + 40 and p.id != ent.id and not re.search(r"[;.]", text[of.end() : s])
        )  # "supporters of| President |Donald Trump"
        found = (inside or after)[:1]
        if not found:
            continue
        start, end, leader = found[0]
        country, sector, _, _ = codings[leader.id].at(date, book)
        if not country and not sector:
            continue
        ev = CodeEvidence(
            "text", text[min(crowd.start, start) : max(crowd.end, end)], min(crowd.start, start), max(crowd.end, end)
        )
        coding = codings[ent.id]
        if country:
            coding.text_country = Found(country, ev)
        around = analysis.sentences[crowd.sentence] if 0 <= crowd.sentence < len(analysis.sentences) else None
        sentence = text[around.start : around.end] if around else text[max(0, crowd.start - 150) : crowd.end + 150]
        against = sector == "OPP" or (sector != "GOV" and CONFRONTATION.search(sentence) is not None)
        coding.text_sector = Found("OPP" if against else "CVL", ev)


RULING_BEFORE = re.compile(r"\bruling\s+$", re.IGNORECASE)


def _military_that_rules(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A military body the article calls ruling ("the ruling Transitional Military Council", "the ruling Supreme
    Council of the Armed Forces") is the government, as the agents dictionary codes a ruling junta or a ruling
    general (GOV, RULING_JUNTA, RULING_GENERAL), over the military its own words say."""
    text = analysis.article.text
    for ent in analysis.entities:
        if ent.type not in ("ORG", "NORP"):
            continue
        coding = codings[ent.id]
        for m in (m for m in ent.mentions if m.kind == "name"):
            window = max(0, m.start - 12)
            ruling = RULING_BEFORE.search(text[window : m.start])
            if ruling and coding.at(date, book)[1] == "MIL":
                at = window + ruling.start()
                coding.text_sector = Found("GOV", CodeEvidence("text", text[at : m.end], at, m.end))
                break


US_PARTY_WORDS = {"democratic", "democrat", "democrats", "republican", "republicans", "gop"}
OPPOSITION_BEFORE = re.compile(r"\bopposition\s+(?:party\s+)?$", re.IGNORECASE)
# ... and the party the article calls the ruling one ("Adrian Nastase of the ruling| Social Democrats")
RULING_BEFORE = re.compile(r"\b(?:ruling|governing)\s+(?:party\s+)?$", re.IGNORECASE)


def _parties_in_opposition(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A party the article calls the opposition right before its name ("defeating Hou Yu-ih of the opposition
    Kuomintang", "the main opposition Bharatiya Janata Party") is in opposition on the date: CAMEO's OPP, over the
    dictionary's PTY. Not a US party: CAMEO has no opposition code for them (PTY stays, as for their leaders)."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        country, sector, _, _ = coding.at(date, book)
        if ent.type not in ("ORG", "NORP") or sector not in ("PTY", None) or country == "USA":
            continue  # a party, or a name nothing coded the article calls the opposition ("the opposition Greens")
        if sector is None and _fold(ent.name) in US_PARTY_WORDS:
            continue  # "Democratic", "Republican": a US party's word, of no opposition code, whose country comes later
        for m in ent.mentions:
            said = OPPOSITION_BEFORE.search(text[max(0, m.start - 30) : m.start]) if m.kind == "name" else None
            if said:
                at = max(0, m.start - 30) + said.start()
                coding.text_sector = Found("OPP", CodeEvidence("text", "opposition", at, at + len("opposition")))
                break
            ruling = RULING_BEFORE.search(text[max(0, m.start - 30) : m.start]) if m.kind == "name" else None
            if ruling and sector is None and party_family_name(m.text, "the"):
                # a party by its family's name alone, which no record codes ("the ruling Social Democrats"): PTY
                at = max(0, m.start - 30) + ruling.start()
                coding.text_sector = Found(
                    "PTY", CodeEvidence("text", ruling[0].strip(), at, at + len(ruling[0].strip()))
                )
                break


# nouns of kinship: a person described by one is of the country of the person whose kin it is
KIN = {
    "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "widow", "widower", "nephew",
    "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "half-brother", "half-sister", "son-in-law",
    "brother-in-law", "daughter-in-law", "sister-in-law", "stepson", "stepdaughter", "stepfather", "stepmother",
}  # fmt: skip


def _kin_of(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person the article describes as another's kin ("his brother Raul", "Kim Jong Un's half-brother", "the
    half-brother of North Korean leader Kim Jong Un"), whom nothing else places, is of that person's country; the
    kin of a person in government, with no role of its own, is of the elite (CAMEO ELI: "the president's son").
    The relative is the one the possessive names: a pronoun the coreference gave to a person ("his"), a name
    before "'s", or a name after "of" and up to four words of title."""
    text = analysis.article.text
    people = [(e, m) for e in analysis.entities if e.type == "PERSON" for m in e.mentions]
    for ent in analysis.entities:
        coding = codings[ent.id]
        placed = coding.at(date, book)[0] is not None
        if ent.type != "PERSON" or (placed and not _kin_said_only(coding)):
            continue
        if not any(m.kind == "name" for m in ent.mentions):
            continue  # "his wife" alone: a description the article does not follow as an actor of its own
        for m in ent.mentions:
            words = m.text.lower().split()
            if m.kind != "nominal" or not words or words[-1].strip(".,") not in KIN:
                continue
            # "the half-brother of North Korean leader Kim Jong Un": the first name after "of", no comma between
            after = m.end if text[m.end : m.end + 4] == " of " else None
            relative = _possessed_by(people, ent.id, text, m.start) or next(
                (
                    e
                    for e, n in people
                    if e.id != ent.id
                    and after is not None
                    and n.kind == "name"
                    and after < n.start < after + 60
                    and not re.search(r"[,;:.()]", text[after : n.start])
                ),
                None,
            )
            if relative is None:
                continue
            country, sector, _, _ = codings[relative.id].at(date, book)
            if country is None:
                continue
            ev = CodeEvidence("text", m.text, m.start, m.end)
            if not placed:
                coding.nominal_country = Found(country, ev)
            if sector == "GOV" and (not coding.at(date, book)[1] or _kin_said_only(coding)):
                coding.nominal_sector = Found("ELI", ev)
            if sector in KIN_OF_STANDING and _kin_said_only(coding):
                # "Sonia Gandhi, the widow of former prime minister Rajiv Gandhi", "Keiko Fujimori, the daughter of
                # former president Alberto Fujimori": a public figure's kin is no private civilian; her own standing
                # is the dictionaries' or the sentence's, else none
                coding.text_sector = None if _kin_found(coding.text_sector) else coding.text_sector
                coding.nominal_sector = None if _kin_found(coding.nominal_sector) else coding.nominal_sector
            break


# the standings of a relative whose kin is no private civilian: in office or out of it, a party's, an army's
KIN_OF_STANDING = frozenset({"ELI", "PTY", "OPP", "MIL", "LEG", "JUD", "REB"})


def _kin_found(found: Found | None) -> bool:
    """Whether a sector was read from a kin noun only ("the eldest son": the agents dictionary's CVL)."""
    if found is None or found.value != "CVL":
        return False
    words = found.evidence.text.lower().split()
    return bool(words) and words[-1].strip(".,") in KIN


def _kin_said_only(coding: Coding) -> bool:
    """Whether the only sector a person's words gave is the civilian of a kin noun ("the eldest son": the agents
    dictionary's CVL), which a relative in government makes the elite's."""
    said = [f for f in (coding.text_sector, coding.nominal_sector) if f is not None]
    return bool(said) and all(_kin_found(f) for f in said)


def _possessed_by(people: list[tuple[Entity, Mention]], other: str, text: str, at: int) -> Entity | None:
    """The person (not ``other``) whose possessive stands at ``at``: a pronoun the coreference gave to a person
    ("his| brother", "his| deputy"), or a name followed by "'s" that ``at`` falls in or right after ("Kim Jong
    Un's| half-brother", "Manafort's| deputy")."""
    return next(
        (
            e
            for e, n in people
            if e.id != other
            and (
                (n.kind == "pronoun" and n.start == at)
                or (n.kind == "name" and n.start <= at < n.end + 3 and text[n.end : n.end + 2] in ("'s", "’s"))
            )
        ),
        None,
    )


def _deputy_of(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person named as another's deputy ("Jean-Marie Tjibaou ... and his deputy, Yeiwene Yeiwene"; "Mr.
    Manafort and his deputy, Rick Gates") serves his principal's body: the principal's sector, and his country
    when nothing places the deputy. The principal is the person the possessive names: a pronoun the
    coreference gave to a person, or a name right before "'s"."""
    text = analysis.article.text
    people = [(e, m) for e in analysis.entities if e.type == "PERSON" for m in e.mentions]
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.at(date, book)[1] is not None:
            continue
        for m in (m for m in ent.mentions if m.kind == "name"):
            found = POSSESSED_DEPUTY.search(text[max(0, m.start - 40) : m.start])
            if not found:
                continue
            at = max(0, m.start - 40) + found.start()
            principal = _possessed_by(people, ent.id, text, at)
            if principal is None:
                continue
            country, sector, _, _ = codings[principal.id].at(date, book)
            if sector is None:
                continue
            end = m.start - len(text[max(0, m.start - 40) : m.start]) + found.end()
            ev = CodeEvidence("text", text[at:end].rstrip(", "), at, at + len(text[at:end].rstrip(", ")))
            coding.nominal_sector = Found(sector, ev)
            if country is not None and coding.at(date, book)[0] is None:
                coding.nominal_country = Found(country, ev)
            break


ENVOY_WORDS = {"ambassador", "envoy", "consul", "chargé", "charge", "diplomat"}


EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+(?:embassy|consulate|legation)\b", re.I)
EMBASSY_OF_BEFORE = re.compile(r"\b(?:embassy|consulate|legation)\s+of\s+(?:the\s+)?$", re.I)


def _embassy_state(text: str, m: Mention) -> bool:
    """Whether a country's mention names the state of an embassy ("the Spanish| embassy in Guatemala City", "the
    embassy of| Spain"): its ground abroad, which sets no scene of its own."""
    return bool(EMBASSY_AFTER.match(text, m.end) or EMBASSY_OF_BEFORE.search(text[max(0, m.start - 30) : m.start]))


# going home to a country: "Elian Gonzalez flew home to| Cuba", "the hostages returned home to| France"
HOME_TO = re.compile(
    r"\b(?:flew|flown|flying|returned|returning|return|went|gone|came|come|headed|heading|sailed|travell?ed|"
    r"sent|deported|repatriated)\s+(?:back\s+)?home\s+to\s+(?:the\s+)?"
)


def _gone_home(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A person whom nothing has placed and whose clause says he went home to a country ("Elian Gonzalez flew home
    to Cuba with his father, Juan Miguel Gonzalez") is of that country: "home" is one's own. Also those the clause
    says went with him ("with his father, X")."""
    text = analysis.article.text
    for home in HOME_TO.finditer(text):
        place = book.country_in(text[home.end() : home.end() + 40])
        if place is None or not text[home.end() :].startswith(place[1]):
            continue
        after = home.end() + len(place[1])
        clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, home.start())), default=0)
        broken = CLAUSE_BREAK.search(text, after, after + 40)
        until = broken.start() if broken else min(len(text), after + 40)  # "... Cuba with his father, X"
        ev = CodeEvidence("text", text[home.start() : after], home.start(), after)
        for ent in analysis.entities:
            if ent.type != "PERSON" or codings[ent.id].at(date, book)[0] is not None:
                continue
            if any(
                m.kind == "name" and (clause_start <= m.start < home.start() or after <= m.start < until)
                for m in ent.mentions
            ):
                codings[ent.id].text_country = Found(place[0], ev)


def _executives_of_the_sentences_companies(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """A person of business (BUS: a company's officer, owner or financier) whom nothing has placed takes the country
    of the companies his sentence names, when they all have one and the same ("The European Commission fined
    Google ..., and chief executive Sundar Pichai said": the USA; "Time Inc and Warner Communications agreed ...,
    with Warner chairman Steven Ross"), as a description's country: over the scene, which tells where the news
    is, not whose the company is. None when the sentence names companies of two countries ("Daimler-Benz and
    Chrysler ... their chief executives") or one of no known country."""
    companies: dict[int, set[str | None]] = {}
    first_named: dict[int, Mention] = {}
    for e in analysis.entities:
        if e.type != "ORG":
            continue
        country, sector, _, _ = codings[e.id].at(date, book)
        if sector not in ("BUS", "MED"):
            continue
        for m in e.mentions:
            if m.kind == "name":
                companies.setdefault(m.sentence, set()).add(country)
                if country is not None:
                    first_named.setdefault(m.sentence, m)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.at(date, book)[:2] != (None, "BUS"):
            continue
        first = min((m for m in ent.mentions if m.kind == "name"), key=lambda m: m.start, default=None)
        here = companies.get(first.sentence, set()) if first is not None else set()
        country = next(iter(here)) if len(here) == 1 else None
        if first is None or country is None:
            continue
        named = first_named[first.sentence]
        ev = CodeEvidence("text", named.text, named.start, named.end, entry="company")
        coding.nominal_country = Found(country, ev)


def _envoys_of_an_embassy(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """An envoy whose words name no country ("Ambassador Maximo Cajal escaped"), in a sentence that names one
    state's embassy ("the Spanish embassy in Guatemala City"), is that state's: an ambassador serves the state
    that sent him, not the one he is in (a nominal reading, below a dictionary's record)."""
    text = analysis.article.text
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type != "PERSON" or coding.at(date, book)[0] is not None:
            continue
        said = coding.text_sector or coding.nominal_sector
        if said is None or not ENVOY_WORDS & set(said.evidence.text.lower().replace(".", "").split()):
            continue
        first = min((m for m in ent.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        if first is None or not 0 <= first.sentence < len(analysis.sentences):
            continue
        found = {
            (iso, m.start, m.end): m
            for e in analysis.entities
            if e.country and (iso := book.alpha3(e.country))
            for m in e.mentions
            if m.kind == "name" and m.sentence == first.sentence and _embassy_state(text, m)
        }
        if len({iso for iso, _, _ in found}) != 1:
            continue
        iso, at, to = next(iter(found))
        coding.nominal_country = Found(iso, CodeEvidence("text", text[at:to], at, to))


# the kinds of organisation whose nationality says nothing of where its sentence's groups are: aid agencies and
# rights groups work abroad (a company's is read by its own rules)
ABROAD_KINDS = {"NGO"}


# the kind noun of an apposition after its demonym, up to the apposition's end ("the Spanish| energy group,")
APPOSED_KIND = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,;.]")


def _company_apposed(text: str, m: Mention, book: Codebook) -> bool:
    """Whether a demonym opens a company's or a medium's apposition after its name ("Telefonica, the Spanish|
    telecoms group", "Al Jazeera, the Qatari| broadcaster")."""
    if _fold(m.text) not in book.demonyms or APPOSITION_OPENS.search(text, max(0, m.start - 40), m.start) is None:
        return False
    kind = APPOSED_KIND.match(text, m.end)
    return group_after(text, m.end, book) in ("BUS", "MED") or (kind is not None and kind_sector(kind[1]) == "BUS")


STATE_BODY_SECTORS = {"GOV", "LEG", "JUD"}  # a state's bodies whose name may say whose the sentence's groups are


# a relation's noun and "with" right before a state's name ("ties with| Qatar", "reunification with| North Korea")
PARTNER_WITH = re.compile(
    r"\b(?:"
    + "|".join(sorted(RELATIONS_WITH | {"reunification", "unification", "merger"}))
    + r")\s+with\s+(?:the\s+)?$"
)


def _context_country(text: str, m: Mention, book: Codebook) -> bool:
    """Whether a country's mention may be the context of a group only described after it in its sentence: not a
    country of exile, one left, one a head of government visits ("while the premier was in Indonesia"), and the
    other kinds below."""
    return (
        not EXILE_IN.search(text[max(0, m.start - 30) : m.start])
        and not left_home_after(text, m.end)
        and not AWAY_IN.search(text[max(0, m.start - 90) : m.start])  # "while the premier was in Indonesia"
        # a neighbour named by the border it shares ("sealed the border with Serbia ... as the government declared":
        # Hungary's), a border's side ("stranded on the Serbian side"), where people come from ("refugees from
        # Syria, Iraq and Afghanistan"): ``_named_across``, which the scene's ``_gone`` reads too. Not all of
        # ``_gone``: a country gone into or acted with is still a group's context ("Saudi troops crossed into
        # Bahrain ..., and protesters camped": Bahrain's)
        and not _named_across(text, m.start)
        and not SIDE_OF.match(text, m.end)
        # not an aid agency's nationality ("staff of the French aid agency Action Against Hunger
        # ... fighting between the army and Tamil Tiger rebels": Sri Lanka's army); they work abroad
        and not (_fold(m.text) in book.demonyms and group_after(text, m.end, book) in ABROAD_KINDS)
        # nor a company's nationality in its apposition ("with Telefonica, the Spanish telecoms group, among the
        # buyers, as riot police fought protesters" in Rio): a company's home is not its sentence's
        and not _company_apposed(text, m, book)
        # nor a state a relation is with ("in support of reunification with North Korea, and prosecutors said" in
        # Seoul): the other party, not where the sentence's groups are
        and not PARTNER_WITH.search(text, max(0, m.start - 40), m.start)
        # nor a former ruler's demonym ("the former British protectorate of Somaliland ..., rejecting the interim
        # government": Somalia's), which names who once held the place
        and not COLONIAL_STATUS.match(text, m.end)
        # nor the first word of a compound ("the Russian-led Collective Security Treaty Organization ... after
        # protesters stormed": Kazakhstan's), which ties another thing to it, as ``_names_a_thing`` reads
        and text[m.end : m.end + 1] != "-"
        # nor one private person's nationality ("injuring an American tourist, and police arrested"): a visitor's
        and not _one_foreigner(text, m, book)
        # nor a state's arms ("NATO's plan to station American cruise missiles there, as police stood guard"):
        # its forces' presence where they are sent
        and not weapons_after(text, m.end)
    )


# "a", "an" and up to two words before a nationality ("a 26-year-old American Fulbright scholar")
ONE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$")


def _one_foreigner(text: str, m: Mention, book: Codebook) -> bool:
    """Whether a nationality is one private person's: after "a" or "an", before a noun of no state's people ("an
    American tourist", "a US citizen", "an Italian businessman"; not "an Israeli soldier")."""
    if not ONE_BEFORE.search(text, max(0, m.start - 30), m.start):
        return False
    noun = re.match(r"\s+((?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b", text[m.end : m.end + 50])
    if noun is None:
        return False
    said = book.sector_in(noun[1])
    return said is None or said[0] not in PUBLIC_SECTORS  # "an Israeli soldier" is his state's presence


# the nouns after a demonym that name a place as once another state's ("a former British protectorate")
COLONIAL_STATUS = re.compile(r"\s+(?:colony|colonies|protectorate|mandate|dominion|possession|territory)\b")


def _country_from_context(
    analysis: Analysis,
    codings: dict[str, Coding],
    book: Codebook,
    filed: dict[int, set[str]],
    regions: list[tuple[Mention, str]],
) -> None:
    """A group only described, with a role but no country ("the army", "the military"), belongs to the
    country named last before it in its sentence ("Bolivian President Evo Morales resigned after the army
    called on him"): a nominal reading, below any dictionary record."""
    text = analysis.article.text
    # not the country a group has left ("Venezuelan migrants", "Syrian refugees": "... burned the belongings of
    # Venezuelan migrants, and the federal government said": not Venezuela's); not a country of exile
    # ("returning from exile in the United States, ... soldiers escorting him": not the United States'
    # soldiers); a country gone into stays ("Saudi troops crossed into Bahrain ..., and protesters camped":
    # Bahrain's)
    countries = [
        (m.sentence, m.end, book.alpha3(e.country), m)
        for e, m in _names(analysis, lambda e: bool(e.country))
        if _context_country(text, m, book)
    ]
    # ... and a state that is no more, by its name or demonym ("accused Soviet OMON riot police": the Soviet Union's,
    # not the Byelorussia named before), which the entity stage's table of today's states leaves uncoded
    for _, m in _names(analysis, lambda e: not e.country and _fold(e.name) in book.former):
        former = book.names.get(_fold(m.text)) or book.demonyms.get(_fold(m.text))
        if former and _context_country(text, m, book):
            countries.append((m.sentence, m.end, former, m))
    # ... and a state body whose own name says its country, which the NER made one name with its demonym ("The
    # Turkish parliament voted to authorise the army": Turkey's army)
    for e in analysis.entities:
        said, sector = codings[e.id].text_country, codings[e.id].text_sector or codings[e.id].name_sector
        if e.type != "ORG" or said is None or sector is None or sector.value not in STATE_BODY_SECTORS:
            continue
        for m in e.mentions:
            if m.kind == "name" and said.evidence.start is not None and m.start <= said.evidence.start < m.end:
                countries.append((m.sentence, m.end, said.value, m))
    # ... and a city or town set as the scene ("killed four people in central Vienna ... before police shot him":
    # Austria's, not the Syria a clause before named as where he tried to go)
    # ... unless the people the dictionaries place name only another country there ("towns in Victoria, and Prime
    # Minister Kevin Rudd said": Australia's state, not the Seychelles' capital the table knows)
    for e, m in _names(analysis, lambda e: e.type in ("GPE", "LOC") and not e.country):
        found = codings[e.id].table_country
        if (
            found
            and found.value in filed.get(m.sentence, {found.value})
            and _set_in(text, m.start)
            and _context_country(text, m, book)
        ):
            countries.append((m.sentence, m.end, found.value, m))
    # ... and a region of a country GeoNames knows, named where something happens or by its kind ("detained ten
    # mayors in the western state of Michoacan", "Guerrero state police"), which the NER often leaves out or takes
    # for a person ("Tamaulipas")
    for m, region in regions:
        if region in filed.get(m.sentence, {region}) and _context_country(text, m, book):
            countries.append((m.sentence, m.end, region, m))
    heads = _officials_by_sentence(analysis, codings, book)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if not _described_and_unplaced(ent, coding):
            continue
        if not (coding.nominal_sector or coding.text_sector):
            continue
        if coding.nominal_sector and coding.nominal_sector.value in PEOPLE_SECTORS or _bare_people(ent):
            # students, villagers, refugees, workers: by their scene ("fled to India after protests by students"),
            # not the country named before them; "aid workers" (NGO) in a country are often not of it
            continue
        if any(_elsewhere(m, ELSEWHERE - {"other"}, as_written=True) for m in ent.mentions if m.kind == "nominal"):
            # "questioned Attorney General William Barr in Washington about the foreign government" (not "15 other
            # party executives", others of the same, nor "the Foreign Ministry official", an office's name)
            continue
        official = _government_of_its_officials(ent, coding, heads)
        if (
            official is not None
            and _own_place_after(analysis, codings, official[2], book) is None
            and _officials_at_home(analysis, codings, book, official[0], official[2])
        ):
            coding.nominal_country = Found(
                official[0], CodeEvidence("text", official[1].text, official[1].start, official[1].end)
            )
            continue
        first = min(ent.mentions, key=lambda m: m.start, default=None)
        if first is None:
            continue
        before = [c for c in countries if c[0] == first.sentence and c[1] <= first.start and c[2]]
        # not an official's post ("the ambassador in Moscow" serves the state that sent him)
        said = coding.nominal_sector or coding.text_sector
        own = _own_place_after(analysis, codings, first, book) if before and said and said.value != "GOV" else None
        if own is not None:
            # its own place right after it ("a pact with China ... broke into the legislature in Taipei"):
            # where it is, over a country named before as a partner or a party
            coding.nominal_country = Found(own[0], CodeEvidence("text", own[1].text, own[1].start, own[1].end))
        elif before:
            _, _, iso, m = max(before, key=lambda c: c[1])
            # of several countries named before it, the one whose place its own words name after it ("a deal with
            # Vladimir Putin and Azerbaijan's Ilham Aliyev, and angry protesters stormed the government
            # headquarters in Yerevan": Armenia's, named before too)
            if len({c[2] for c in before}) > 1:
                after = [
                    (n.start, place, n)
                    for e, n in _names(analysis, lambda e: e.type in ("GPE", "LOC"))
                    if n.sentence == first.sentence
                    and n.start > first.end
                    and (place := codings[e.id].at(None, book)[0]) in {b[2] for b in before}
                    and _fold(n.text) not in book.demonyms
                ]
                if after:
                    _, iso, m = min(after, key=lambda c: c[0])
            if iso:
                coding.nominal_country = Found(iso, CodeEvidence("text", m.text, m.start, m.end))


# the bodies of a state's government and legislature that news names by their kind alone
GOVERNMENT_BODIES = frozenset({"government", "cabinet", "parliament", "legislature"})


def _officials_by_sentence(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook
) -> dict[int, dict[str, Mention]]:
    """The countries whose government each sentence names by a person in it on the article's date (a head, a
    minister: coded GOV with a country), each with its first mention there."""
    date = article_date(analysis)
    out: dict[int, dict[str, Mention]] = {}
    for e, m in _names(analysis, lambda e: e.type == "PERSON"):
        country, sector, _, _ = codings[e.id].at(date, book)
        if country and sector == "GOV" and m.sentence is not None:
            out.setdefault(m.sentence, {}).setdefault(country, m)
    return out


def _government_of_its_officials(
    ent: Entity, coding: Coding, heads: dict[int, dict[str, Mention]]
) -> tuple[str, Mention, Mention] | None:
    """A government or legislature named by its kind alone ("the cabinet said it would appeal", "told parliament")
    in a sentence whose officials are all of one government ("President Abdel Fattah al-Sisi ceded the islands
    to Saudi Arabia, ..., and the cabinet said": Egypt's; "Prime Minister Enda Kenny told parliament that the Holy
    See had obstructed": Ireland's) is that government's, over the country named last before it, which is as
    often a partner or a place gone to. Not the police or the army, who act where they are, nor a body its own words
    place ("the government in Khartoum")."""
    said = coding.nominal_sector or coding.text_sector
    nominals = sorted((m for m in ent.mentions if m.kind == "nominal"), key=lambda m: m.start)
    if said is None or said.value not in ("GOV", "LEG") or not nominals:
        return None
    first = nominals[0]
    words = first.text.lower().split()
    if not words or words[-1] not in GOVERNMENT_BODIES or first.sentence is None:
        return None
    officials = heads.get(first.sentence, {})
    if len(officials) != 1:
        return None
    country, official = next(iter(officials.items()))
    return country, official, first  # the country, its official's mention, the body's own (for a place after it)


# the words before a place that put the sentence's people there ("flew to| Bamako", "in| Yangon", "visited| Kabul")
THERE_BEFORE = re.compile(r"\b(?:in|to|visited|visiting|visit|arrived\s+in|landed\s+in)\s+$", re.IGNORECASE)


def _officials_at_home(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, country: str, body: Mention
) -> bool:
    """Whether a sentence's officials are at home for the body named by its kind to be their government's: the
    sentence names their country itself (by its name, demonym or capital: "An Egyptian court ..., and the cabinet
    said"), and no town of another country they are in or go to ("French President Francois Hollande flew to
    Bamako and told the Malian people that parliament must approve": Mali's; "David Cameron visited Kabul":
    Afghanistan's). A country named as a party ("ceded the islands to Saudi Arabia") is no place they are in."""
    text = analysis.article.text
    sentence = analysis.sentences[body.sentence] if body.sentence is not None else None
    if sentence is None or country not in book.countries_named(text[sentence.start : sentence.end], places=True):
        return False
    for e in analysis.entities:
        if e.type not in ("GPE", "LOC"):
            continue
        iso = codings[e.id].at(None, book)[0]
        if not iso or iso == country:
            continue
        for m in e.mentions:
            if m.kind != "name" or m.sentence != body.sentence or _fold(m.text) in book.names:
                continue
            if _fold(m.text) in book.demonyms:
                continue
            if THERE_BEFORE.search(text, max(0, m.start - 16), m.start):
                return False
    return True


# a run of capitalised words, the whole of which may be a region's name ("West Bengal", "Kie-Ntem")
CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?![\w'’-])")
# a region's kind written before its name ("the western state of| Michoacan")
REGION_OF = re.compile(r"\b(?:state|province|region|department|governorate|prefecture|district)\s+of\s+$")
# ... or after it ("Rakhine| state", "Banten| province")
REGION_KIND_AFTER = re.compile(r"\s+(?:state|province|region|department|governorate|prefecture|district)\b")


def _regions_named(analysis: Analysis, book: Codebook) -> list[tuple[Mention, str]]:
    """The regions of countries (GeoNames' first-level regions: ``Codebook.region``) the text names as where
    something happens (``_set_in``) or by their kind ("the state of Michoacan", "Rakhine state"), each as a
    mention with its country. The whole capitalised run must be the region's name ("Rajasthan Royals" is a team),
    and no entity may hold it as a person the dictionaries know."""
    text = analysis.article.text
    known = [
        (m.start, m.end)
        for e in analysis.entities
        if e.type == "PERSON" and len(e.name.split()) > 1
        for m in e.mentions
        if m.kind == "name"
    ]
    found: list[tuple[Mention, str]] = []
    for i, sentence in enumerate(analysis.sentences):
        for run in CAPITALISED_RUN.finditer(text, sentence.start, sentence.end):
            name = run.group(0)
            if any(s < run.end() and run.start() < e for s, e in known):
                continue
            named_as_region = bool(
                REGION_OF.search(text, max(0, run.start() - 30), run.start())
                or REGION_KIND_AFTER.match(text, run.end())
            )
            iso = book.region(name, with_kind=named_as_region)
            if iso is None:
                continue
            if named_as_region or _set_in(text, run.start()):
                found.append((Mention(run.start(), run.end(), name, "name", i), iso))
    return found


# a place named as where something happens: "in", "at", "near", "outside", "across", "around", an article, a word
# of where in it ("in central| Vienna", "across| Kinshasa")
SET_IN = re.compile(
    r"\b(?:in|at|near|outside|across|around)\s+(?:the\s+)?(?:(?:central|downtown|eastern|western|northern|southern"
    r"|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?$"
)
# ... but not where a meeting is held, which its guests travelled to ("talks in Minsk", "signed in Kuala Lumpur", "a
# summit of French-speaking countries in Quebec")
MET_IN = re.compile(
    r"\b(?:talks|summit|conference|meeting|negotiations|forum|ceremony|signed|held|convened)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)


# "in" or "of", an article, a compass word: "police in| Lagos", "police in northern| Namibia"
OWN_PLACE = re.compile(r"^\s+(?:in|of)\s+(?:the\s+)?(?:(?:" + "|".join(sorted(COMPASS_WORDS)) + r")\s+)?$")


def _own_place_after(
    analysis: Analysis, codings: dict[str, Coding], first: Mention, book: Codebook
) -> tuple[str, Mention] | None:
    """The country of the place a group's own words name right after it ("the legislature in Taipei", "police
    in Lagos"): (alpha-3, the place's mention), or None."""
    text = analysis.article.text
    for e, n in _names(analysis, lambda e: e.type in ("GPE", "LOC")):
        if (
            n.sentence == first.sentence
            and 0 < n.start - first.end <= 24
            and OWN_PLACE.match(text[first.end : n.start])
        ):
            place = codings[e.id].at(None, book)[0]
            if place and _fold(n.text) not in book.demonyms:
                return place, n
    return None


OFFICES = PUBLIC_SECTORS  # offices a candidate may hold while running
GROUP_SECTORS = {
    "MIL",
    "COP",
    "REB",
    "UAF",
    "OPP",
    "JUD",
}  # groups that act where they are: soldiers, police, rebels, protesters, prosecutors
# of them, those an article's dominant country does not place when their sentence names no place: "a federal
# judge determined" in a story about Libya is Washington's, not Tripoli's (courts are named as often in stories
# about abroad as at home, and then are home's)
SENTENCE_PLACED_ONLY = {"JUD"}
# groups of people by what they are, not a body of the state or a party: students, villagers, refugees, miners
PEOPLE_SECTORS = {"EDU", "CVL", "REF", "LAB"}
PLACED_PEOPLE = PEOPLE_SECTORS - {"REF"}  # of them, those the scene places (refugees are of the country they fled)
PARTY_SECTORS = {"PTY", "OPP"}  # parties and opposition figures: of the country they campaign in
NOT_SETTING = {"to", "against", "with", "from", "toward", "towards", "into", "visit", "visited", "visiting"}
HEADED = {"bound", "headed", "heading", "left", "leaving", "departed", "sailed", "sailing", "flew"}  # ... "for"
# a place one is exiled or given refuge in is not one's own ("after three years of exile in the United States")
EXILE_IN = re.compile(r"\b(?:exile|exiled|asylum|refuge)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# a gathering's place is where its guests travelled to ("at a regional summit in Tanzania"): it tells nothing of
# where the actors of its sentence are from (not "talks in Rome" a prime minister holds at home, nor a press
# conference, which is where its speaker is)
GATHERING_IN = re.compile(r"\b(?:summit|negotiations|forum)\s+(?:held\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)


# the police a demonym is of, named after it ("South African police fired", "Kenyan riot police"): a force that
# acts only at home, so the demonym sets its sentence's scene (an army's troops may be abroad, its police not)
# ... and the same for a vote a demonym is of ("won the Czech parliamentary election", "the Bolivian
# referendum"): a country votes at home
# words that say what kind of town a town is, between a demonym and "town" ("the South Korean mining town"); not
# any words ("Turkish warplanes bombed villages": an attack abroad sets no scene)
TOWN_KINDS = {
    "mining", "fishing", "farming", "market", "border", "frontier", "coastal", "port", "capital", "industrial", "oil",
    "mountain", "desert", "holy", "rural", "remote", "small", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "provincial", "garrison", "university", "resort",
}  # fmt: skip
AT_HOME = re.compile(
    r"\s+(?:(?:riot\s+|paramilitary\s+|traffic\s+)?(?:police|policemen|policeman|gendarmes)"
    r"|(?:(?:parliamentary|presidential|general|legislative|local|municipal|regional)\s+)?"
    r"(?:election|elections|vote|referendum|runoff|run-off|polls)"
    # the country's own towns, after up to two lower-case words: "in dozens of Iranian cities", "the South Korean
    # mining town of Sabuk" (not "the Mexican border", nor "attacks on American soil" or "into Iraqi territory",
    # said of a country as often from outside)
    r"|(?:(?:" + "|".join(sorted(TOWN_KINDS)) + r")\s+){0,2}(?:city|cities|town|towns|village|villages|province"
    r"|provinces|streets|countryside))\b"
)


# the second name of a pair after a word that says a place is no setting ("appeals from Washington and| Baghdad")
SECOND_OF_PAIR_GONE = re.compile(
    r"\b(?:" + "|".join(sorted(NOT_SETTING)) + r")\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?$"
)


def _gone(text: str, start: int) -> bool:
    """Whether a place named at ``start`` is one gone to, come from, acted against or in exile in, not a
    setting: "fled to Lithuania", "exile in the United States". (A "the" before the name hides the word
    before it: skipping it, "exports from the Netherlands" no longer voted for a Dutch article's country, and
    eight codes of nine it changed on unseen text were lost or wrong.)"""
    window = text[max(0, start - 30) : start]
    before = window.split()
    if STANCE_BEFORE.search(window):
        return True  # a stance, not a setting: "the pro-Moscow wing", "anti-American protests"
    if _birthplace(text, start):
        return True
    if len(before) >= 2 and before[-1].lower() == "for" and before[-2].lower() in HEADED:
        return True  # "a jumbo jet bound for New York": where it was going, not where it fell
    if AWAY_IN.search(text[max(0, start - 90) : start]):
        return True  # "while Prime Minister Prem was in Indonesia": a trip abroad, not where the sentence is
    if _named_across(text, start):
        return True  # "sealed the border with Serbia", "refugees from Syria, Iraq and Afghanistan"
    if len(before) >= 2 and before[-1].lower() in COMPASS_WORDS:
        before = before[:-1]  # "to cross into northern| Iraq", "fled to southern| Lebanon"
    if SECOND_OF_PAIR_GONE.search(text, max(0, start - 60), start):
        return True  # "appeals from Washington and| Baghdad": the word before the pair is both names'
    return bool(before and before[-1].lower() in NOT_SETTING) or bool(EXILE_IN.search(window))


# a state that sends help from abroad, named as the doer of the sending: "Australia and New Zealand| offered
# emergency aid", "rescue teams sent by| the European Union and Russia"
AID_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*\s+(?:offered|pledged|promised|sent|"
    r"dispatched|rushed|flew\s+in|airlifted)\s+(?:\w+\s+){0,3}?(?:aid|help|relief|assistance|rescuers|rescue\s+teams|"
    r"supplies|medical\s+teams|doctors)\b"
)
AID_BEFORE = re.compile(
    r"\b(?:aid|help|relief|assistance|rescuers|teams|supplies|doctors)\s+(?:sent|offered|pledged|flown\s+in)\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:and|,)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?$"
)


def _giving_aid(text: str, m: Mention) -> bool:
    """Whether a place is named as a state sending help from abroad ("Australia and New Zealand offered emergency
    aid", "rescue teams sent by the European Union and Russia"): a donor acts from where it is, and its name sets
    no scene for the disaster's actors."""
    return bool(
        AID_AFTER.match(text, m.end, min(len(text), m.end + 120))
        or AID_BEFORE.search(text[max(0, m.start - 90) : m.start])
    )


def _named_across(text: str, start: int) -> bool:
    """Whether a country named at ``start`` is a neighbour named by the border it shares ("the border with
    Serbia") or where people come from ("refugees from Syria, Iraq and Afghanistan"): neither a scene nor the
    country of a group named near it."""
    return bool(
        BORDER_WITH.search(text[max(0, start - 30) : start]) or ORIGIN_FROM.search(text[max(0, start - 80) : start])
    )


def _birthplace(text: str, start: int) -> bool:
    """Whether a place named at ``start`` is where someone was born or raised ("a judge whose parents were born
    in Mexico"): where a person comes from, neither a setting nor the country of the sentence's actors."""
    return bool(re.search(r"\b(?:born|raised)\s+in\s+(?:the\s+)?$", text[max(0, start - 20) : start], re.IGNORECASE))


# a building named for a saint or a person, whose name may be a place's ("St George's Cathedral" in Cape Town is no
# scene in Grenada's capital)
NAMED_BUILDING = re.compile(
    r"^['’]s\s+(?:Cathedral|Church|Chapel|Basilica|Abbey|Mosque|Temple|Shrine|Hospital|College|School|University"
    r"|Stadium|Park|Square|Hall|Palace|Bridge)\b"
)


def _no_setting(text: str, m: Mention) -> bool:
    """Whether a place's name mention sets no scene: one gone to, come from or born in (``_gone``), or the
    possessor of a building's name ("St George|'s Cathedral")."""
    return _gone(text, m.start) or _building_named_for(text, m.end)


def _building_named_for(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is the possessor of a building's name ("St George|'s Cathedral", "St
    Peter|'s Basilica"): the saint's or person's, not a place a scene is set in."""
    return bool(NAMED_BUILDING.match(text[end : end + 30]))


# a neighbour named by the border it shares ("sealed the border with Serbia"), or a border's side ("stranded on the
# Serbian side"), or where people come from ("refugees from Syria, Iraq and Afghanistan")
BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
SIDE_OF = re.compile(r"\s+side\b")
ORIGIN_FROM = re.compile(
    r"\b(?:refugees|migrants|asylum[\s-]seekers|immigrants|people|workers|tourists|pilgrims)\s+from\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+(?:and\s+)?)*$"
)
# a country one is away in ("while the prime minister was in Indonesia", "on a state visit to Japan")
AWAY_IN = re.compile(
    r"(?:\bwhile\s[^,;.]{0,60}?\b(?:was|were)\s+(?:away\s+)?(?:in|visiting)"
    r"|\bwhile\s+(?:on\s+a\s+visit\s+to|visiting)"
    r"|\bon\s+an?\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip|tour)\s+(?:to|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _set_in(text: str, start: int) -> bool:
    """Whether a place named at ``start`` is named as where something happens ("in central Vienna", "across
    Kinshasa"; ``SET_IN``), not where a meeting is held ("talks in Minsk"; ``MET_IN``)."""
    return bool(SET_IN.search(text, max(0, start - 30), start)) and not MET_IN.search(text, max(0, start - 60), start)


def _gathering(text: str, start: int) -> bool:
    """Whether a place named at ``start`` is a gathering's ("a regional summit in Tanzania"): a vote for the
    article's country, no scene for its sentence."""
    return bool(GATHERING_IN.search(text[max(0, start - 30) : start]))


# a head of government's order or dispatch of forces, right before them ("ordered| police to track down", "sent|
# more troops")
SENDS_FORCES = re.compile(
    r"\b(?:ordered|orders|sent|sends|deployed|deploys|dispatched|dispatches|mobilised|mobilized|called\s+in"
    r"|authorised|authorized|authorises|authorizes)\s+"
    r"(?:(?:more|extra|additional|the|its|his|her|their|thousands\s+of|hundreds\s+of)\s+)*$"
)


def _forces_sent_by_a_government(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """Police or troops with no country of their own whom a person of a government orders or sends ("Prime Minister
    Prayuth Chan-ocha ordered police to track down those responsible", in a sentence naming the Chinese tourists
    killed) are that government's country's: a government commands its own forces. The person is the last one named
    before the verb in its clause, coded GOV with a country on the date."""
    text = analysis.article.text
    people = sorted(
        (m.start, m.end, e) for e in analysis.entities if e.type == "PERSON" for m in e.mentions if m.kind == "name"
    )
    for ent in analysis.entities:
        coding = codings[ent.id]
        country, sector, _, _ = coding.at(date, book)
        if country is not None or sector not in ("COP", "MIL") or any(m.kind == "name" for m in ent.mentions):
            continue
        for m in (m for m in ent.mentions if m.kind == "nominal"):
            window_start = max(0, m.start - 60)
            verb = SENDS_FORCES.search(text[window_start : m.start])
            if verb is None:
                continue
            at = window_start + verb.start()
            before = [p for p in people if p[1] <= at and at - p[1] <= 25 and not re.search(r"[.;,]", text[p[1] : at])]
            if not before:
                continue
            commander = before[-1][2]
            iso, role, _, _ = codings[commander.id].at(date, book)
            if iso and role == "GOV":
                end = at + len(verb.group(0).split()[0])
                coding.text_country = Found(iso, CodeEvidence("text", text[at:end], at, end))
                break


def _companies_possessed(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> set[int]:
    """The ends of the countries' possessives right before a company's or a medium's name ("Indonesia's| Salim
    Group"): a company's home, which sets no scene for its sentence's groups (companies work abroad)."""
    text = analysis.article.text
    return {
        n.start - 3
        for c in analysis.entities
        if c.type == "ORG" and codings[c.id].at(date, book)[1] in ("BUS", "MED")
        for n in c.mentions
        if n.kind == "name" and text[max(0, n.start - 3) : n.start] in ("'s ", "’s ")
    }


def _country_of_setting(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """A public official named with a title but no country ("Governor Kay Ivey", "President Jovenel Moise"),
    whom no dictionary knows, belongs to the one country the sentence is set in: every country, state or
    city it names is of that country ("a joint plant in Alabama, a move welcomed by Governor Kay Ivey";
    "Haitian police said President Jovenel Moise was killed ... in Port-au-Prince"). A place one goes to,
    acts against or comes from ("fled to Lithuania") is not a setting, nor is a demonym ("the Mexican border").
    So does a group only described that acts where it is (soldiers, police, rebels, militants, protesters:
    "ELN rebels released two soldiers ..., the Red Cross said in Bogota"). A nominal reading, below a
    dictionary record."""
    text = analysis.article.text
    places: list[tuple[int, str]] = []  # (sentence, alpha-3)
    # a region only a dictionary places sets its own sentence's scene, but casts no vote for the article's
    # country ("The European base would be in West Germany" in a Chrysler story made its unplaced names German);
    # a capital typed LOC votes as any place does ("WASHINGTON (Reuters)")
    local: list[tuple[int, str]] = []
    modifiers: list[tuple[int, str]] = []  # a country's name modifying a title or group: a vote, no scene
    acting: list[tuple[int, str]] = []  # a capital acting as its government: no scene, but a rival for officials
    first_seen: dict[str, CodeEvidence] = {}  # alpha-3 -> where the article first sets a scene in it
    companies_after = _companies_possessed(analysis, codings, book, date)
    for e in analysis.entities:
        iso = book.alpha3(e.country) if e.country else None
        table = codings[e.id].table_country
        if iso is None and e.type in ("GPE", "LOC"):
            iso = _place_country(e, codings[e.id], book, date, regions=True)
        if iso is None:
            continue
        only_local = not e.country and table is None and not (e.type == "LOC" and _place_name(e, book))
        for m in e.mentions:
            if m.kind != "name":
                continue
            if _no_setting(text, m):
                continue
            if _fold(m.text) in book.demonyms and _fold(m.text) not in book.names:
                continue  # a demonym modifies something else ("the Mexican border"), it sets no scene
            if (m.start, m.end) in codings[e.id].government_mentions:
                # nor a capital acting as its government ("as Washington warned", "Pretoria imposed a blockade"):
                # it says which country the article is about, not where its sentence is set, though an official
                # may be that government's ("Riyadh announced the dismissal of deputy intelligence chief X")
                modifiers.append((m.sentence, iso))
                acting.append((m.sentence, iso))
                continue
            if _gathering(text, m.start):
                modifiers.append((m.sentence, iso))
                continue
            if e.country and m.end in companies_after:
                # nor does a company's home in the possessive ("a chemical hub planned by Indonesia's Salim Group at
                # Nandigram in West Bengal": companies work abroad); it still says what country the article is about
                modifiers.append((m.sentence, iso))
                continue
            if e.country and text[m.end : m.end + 1].isspace() and group_after(text, m.end, book):
                # nor does a country's name as one ("former US President Jimmy Carter", "U.S. troops") set its
                # sentence's scene; it still says what country the article is about ("U.S. intelligence officials")
                modifiers.append((m.sentence, iso))
                continue
            if only_local:
                local.append((m.sentence, iso))
                continue
            places.append((m.sentence, iso))
            if iso not in first_seen or m.start < (first_seen[iso].start or 0):
                first_seen[iso] = CodeEvidence("text", m.text, m.start, m.end)
    dominant = _dominant_country(places + modifiers)
    if dominant is not None and dominant not in first_seen:
        dominant = None  # an article named only in modifiers of one country gives no scene to point at
    places += local + _towns_named(analysis, book)
    _institutions_of_the_scene(analysis, codings, places, modifiers, dominant, first_seen, book, date)
    # for a group that acts where it is, the sentence's placed public officials and the places the NER typed as
    # organisations set the scene too ("The army said President Idriss Deby had died ... while visiting troops
    # fighting FACT rebels in the north, and a military council ... took power in N'Djamena": TCD)
    present: list[tuple[int, str]] = []
    for e, m in _names(analysis, lambda e: e.type in ("PERSON", "ORG", "FAC") and not e.country):
        country, sector, _, _ = codings[e.id].at(date, book)
        if country and ((e.type == "PERSON" and sector in PUBLIC_SECTORS) or (sector is None and _place_name(e, book))):
            if not _no_setting(text, m):
                present.append((m.sentence, country))
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type not in ("PERSON", "ORG") or ent.country:
            continue
        if _corporate_word(ent.name):
            continue  # "president of John S. Herold Inc": a company, not a titled person the NER mistyped
        if coding.text_country or coding.nominal_country:
            continue
        group = not any(m.kind == "name" for m in ent.mentions)  # "two soldiers", "protesters"
        said = coding.nominal_sector if group else coding.text_sector
        if said is None or said.value not in (GROUP_SECTORS if group else PUBLIC_SECTORS | PARTY_SECTORS):
            if (
                not (group and said and said.value in PLACED_PEOPLE and _bare_people(ent))
                and not (group and said and said.value == "LEG" and _lawmakers(ent))
                and not (group and said and said.value == "GOV" and _authorities(ent))
            ):
                continue
        country, _, _, _ = coding.at(date, book)
        if country or (coding.dictionary and coding.at(date, book)[1] == "IGO"):
            continue
        titled = [m for m in ent.mentions if m.kind == "name" and (m.role or ent.type == "PERSON")]
        if group:
            titled = sorted((m for m in ent.mentions if m.kind == "nominal"), key=lambda m: m.start)
            if any(_elsewhere(m, as_written=True) for m in titled):
                continue  # "asked for foreign troops", "killing three foreign workers": not of the scene's country
        if not titled:
            continue
        first = titled[0]
        here = {iso for sentence, iso in [*places, *(present if group else [])] if sentence == first.sentence}
        if not group and {iso for sentence, iso in acting if sentence == first.sentence} - here:
            continue  # a titled official in a sentence where another government acts: see the officials' rule
        if len(here) == 1:
            iso = here.pop()
            coding.nominal_country = Found(
                iso, CodeEvidence("text", text[first.start : first.end], first.start, first.end)
            )
        elif not here and dominant is not None and not (group and said and said.value in SENTENCE_PLACED_ONLY):
            # the sentence sets no scene: the article's own country, when one clearly is ("Mayor Bill de
            # Blasio" in an article set in New York and Albany); the evidence is where it first says so
            coding.nominal_country = Found(dominant, first_seen[dominant])


# a town (or an island) the words say is one ("the southern city of Gwangju", "the port town of Moyale", "the nearby
# Indonesian island of Lombok"), which the NER often leaves untagged: its name is what follows "of"
TOWN_OF = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+((?:[\w-]+\s+){0,3})(?:city|town|village|port|capital|resort|township|island)\s+of\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _towns_named(analysis: Analysis, book: Codebook) -> list[tuple[int, str]]:
    """(sentence, alpha-3) of the towns the words say are towns ("the southern city of Gwangju"): the country a
    demonym among the words says ("the southern Jordanian town of Maan", "the Brazilian border town of
    Pacaraima"), else the most populous of the name in GeoNames, as a scene of its own sentence only (no vote
    for the article's country), unless gone to ("fled to the town of X")."""
    text = analysis.article.text
    out = []
    for m in TOWN_OF.finditer(text):
        if any(w[:1].isupper() and not book.demonyms.get(_fold(w)) for w in m[1].split()):
            continue  # "the Gaza City port of": a capitalised word that is no demonym names another place
        said = _town_demonym(text, m.start(2), book)
        iso = said.value if said else book.place(m[2]) or book.place(m[2].split()[0])
        if iso is None or _gone(text, m.start()):
            continue
        sentence = next((i for i, s in enumerate(analysis.sentences) if s.start <= m.start(2) < s.end), None)
        if sentence is not None:
            out.append((sentence, iso))
    return out


HYPHENATED = re.compile(r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)+")


def _hyphen_place(ent: Entity, text: str, book: Codebook, kb: Knowledge) -> Found | None:
    """The country of the hyphenated place name a place's name is only a part of ("Badakhshan" of
    "Gorno-Badakhshan"), which the NER cut at the hyphen, as the article's words; None when the whole word is no
    place ("Brooklyn-based": the part is the place)."""
    for m in ent.mentions:
        if m.kind != "name":
            continue
        for word in HYPHENATED.finditer(text, max(0, m.start - 40), min(len(text), m.end + 40)):
            whole = word.group(0)
            if not (word.start() <= m.start and m.end <= word.end()) or whole == m.text:
                continue
            iso = _capital_or_country(whole, book) or _town_or_region(whole, book, kb)
            if iso:
                return Found(iso, CodeEvidence("text", whole, word.start(), word.end()))
    return None


def _place_country(ent: Entity, coding: Coding, book: Codebook, date: str | None, regions: bool) -> str | None:
    """The country a place (a GPE or LOC that is no country) is in, for the scene rules: the countries
    table's reading; else, for a place the NER typed LOC (which ``read_entity`` leaves uncoded, as no actor:
    "fled Bucharest"), the country whose capital or name it is, or whose city of 250,000 people it is ("near
    Cape Town"; not GeoNames' smaller towns: a LOC is as often a region, a sea or a river); else, with
    ``regions``, the country a dictionary places a region in on the ``date`` ("Scotland", "Bavaria")."""
    if coding.table_country:
        return coding.table_country.value
    if ent.type == "LOC":
        iso = _capital_or_country(ent.name, book) or book.city_country(ent.name)
        if iso:
            return iso
    if regions and coding.dictionary:
        return coding.at(date, book)[0]
    core, noun = _place_core(ent.name)
    if regions and noun and book.kb is not None and REGION_AFTER.match(" " + ent.name[len(core) :]):
        return _dictionary_region(core, book.kb)  # "Guangdong province": the region the dictionaries file
    return None


# the United Nations named before a description's noun ("the UN relief agency")
UN_WORDS = {"UN", "U.N.", "UN's", "U.N.'s"}
# ... and the heads of its bodies' descriptions (not "its UN ambassador", a state's envoy to it), and its commissioner
# ("the UN High Commissioner for Refugees", which the NER cuts to "UN High Commissioner")
UN_BODIES = {
    "agency", "agencies", "body", "office", "commission", "programme", "program", "fund", "watchdog", "commissioner",
}  # fmt: skip


# an office's bare word, which names no body ("President", "the chairman"): whose office it is, the context says
BARE_OFFICES = {
    "president", "vice president", "vice-president", "chairman", "chairwoman", "chair", "head", "chief",
    "secretary-general", "secretary general", "director-general", "director general", "managing director",
}  # fmt: skip


def _bare_office_of_a_body(coding: Coding, date: str | None, book: Codebook) -> bool:
    """Whether a person's sector comes from an office's bare word alone ("President", no body or country in it)
    while the dictionary has him head an international body of no country on the date (IGO, NGO): that body's
    office, which the record says, over the state's the bare word reads."""
    said = coding.text_sector
    if said is None or _fold(said.evidence.text).removeprefix("the ") not in BARE_OFFICES:
        return False
    code = in_force(coding.dictionary, date)
    return code is not None and parse_code(code.code, book.countries) in ((None, "IGO"), (None, "NGO"))


# the offices a state holds at the UN ("Iran's UN ambassador", "its UN delegate"): the state's envoys, not the UN's
UN_STATE_OFFICES = {"ambassador", "delegate", "delegation", "representative", "mission"}


def un_office(words: str) -> bool:
    """Whether a role phrase is an office of the UN's own, held by one person ("the UN administrator", "the UN
    commander", "UN human rights chief"): the UN's official (IGO), as the gold codes every such official; not a
    state's envoy to it ("its UN ambassador", "the UN representative" a state sends), nor a group
    ("UN peacekeepers", a mission's contingents)."""
    parts = words.replace("’", "'").split()
    if not UN_WORDS & set(parts):
        return False
    head = parts[-1].lower()
    return head not in UN_STATE_OFFICES and head not in UN_BODIES and not head.endswith("s")


# the European Union's offices held by one person, said with its name ("EU foreign policy chief Catherine Ashton",
# "the European Union's envoy to the Middle East", "EU trade negotiator")
EU_OFFICES = {"chief", "envoy", "negotiator", "mediator", "spokesman", "spokeswoman", "spokesperson", "commissioner"}


def eu_office(words: str) -> bool:
    """Whether a role phrase is an office of the European Union's own, held by one person ("EU foreign policy
    chief", "the EU's envoy"): the EU's official (IGO), as the UN's are (``un_office``); not a state's envoy to it
    ("Britain's EU ambassador") nor a state's officials at it ("EU foreign ministers")."""
    folded = words.replace("’", "'").replace("European Union", "EU")
    parts = folded.split()
    if not {"EU", "E.U.", "EU's", "E.U.'s"} & set(parts) or parts[:1] and parts[0].lower() in ("its", "their"):
        return False
    return parts[-1].lower() in EU_OFFICES


# a legislature's members as a group (not "the committee", "parliament")
LAWMAKERS = {"lawmaker", "legislator", "senator", "congressman", "mp", "parliament", "legislature"}


def _described_only_as(ent: Entity, kinds: frozenset[str] | set[str]) -> bool:
    """Whether every description of an entity has its head among ``kinds`` (and it has one)."""
    heads = {m.head for m in ent.mentions if m.kind == "nominal"}
    return bool(heads) and heads <= kinds


def _authorities(ent: Entity) -> bool:
    """A state's authorities only described ("Authorities declared a state of emergency and a curfew in Dushanbe",
    "authorities in Kano imposed a curfew"): of the country their sentence is set in, as its police are; unlike
    "officials", whom news quotes from every capital about any scene."""
    return _described_only_as(ent, {"authorities"})


def _lawmakers(ent: Entity) -> bool:
    """A group of lawmakers only described ("took lawmakers hostage", "Several lawmakers said"): of the
    legislature of the country their sentence is set in, as soldiers are of its army."""
    return _described_only_as(ent, LAWMAKERS)


def _bare_people(ent: Entity) -> bool:
    """A group of people only described in bare words of what they are ("students stayed on", "villagers
    fled"; ``bare_group_nouns.txt``): they are where the sentence is set."""
    return _described_only_as(ent, _bare_group_nouns())


@cache
def _bare_group_nouns() -> frozenset[str]:
    words: set[str] = set()
    # people by what they are, and by their work (a group only when striking, counted or named by a trade: the
    # entity stage keeps the others out)
    for name in ("bare_group_nouns.txt", "labour_nouns.txt"):
        path = LEXICON_DIR.parent / "entities" / name
        lines = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
        words |= {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    return frozenset(words)


def _institutions_of_the_scene(
    analysis: Analysis,
    codings: dict[str, Coding],
    places: list[tuple[int, str]],
    modifiers: list[tuple[int, str]],
    dominant: str | None,
    first_seen: dict[str, CodeEvidence],
    book: Codebook,
    date: str | None,
) -> None:
    """An institution named as every country names its own ("Congress", "the Supreme Court", "the Interior
    Ministry"; ``institution_words.txt``), with no country in its own words, belongs to the one country its
    sentence is set in, else to the country the article is set in, over the dictionary's record of that
    name ("Congress" is filed as the US Congress; Peru's is not)."""
    text = analysis.article.text
    # the country the sentence's own titled officials are of ("Peruvian President Martin Vizcarra dissolved
    # Congress"): a scene too, for an institution
    officials = [
        (m.sentence, found.value, found.evidence)
        for e, m in _names(analysis, lambda e: e.type == "PERSON")
        if (found := codings[e.id].text_country) is not None
    ]
    # the leaders a dictionary places count too, for a party named by its family alone ("Lindner pulled his Free
    # Democrats out of talks with Angela Merkel and the Greens" is a German sentence) and for an institution
    leaders = [
        (m.sentence, country)
        for e, m in _names(analysis, lambda e: e.type == "PERSON")
        # by the record's country, not the one a party's words gave the name ("Enrico Letta, the leader of the
        # centre-left Democratic Party": Italy's, not the US party's)
        if codings[e.id].dictionary and (country := codings[e.id].filed(date, book)[1]) is not None
    ]
    for ent in analysis.entities:
        coding = codings[ent.id]
        names = [m for m in ent.mentions if m.kind == "name"]
        family = (
            ent.type in ("ORG", "NORP")
            and bool(names)
            and all(_family_party(m, text) or _parties_of_many(m.text, book) for m in names)
            and coding.at(date, book)[1] in (None, "PTY", "OPP")
        )
        if ent.type not in ("ORG", "FAC") and not family or ent.country or coding.text_country:
            continue
        if not coding.dictionary and not family:
            continue
        if not names or not (family or all(institution_name(m.text) for m in names)):
            continue
        first = min(names, key=lambda m: m.start)
        filed = coding.at(date, book)[0]
        # the leaders a dictionary places count for a chamber too ("The House of Representatives impeached President
        # Joseph Estrada": the Philippine House), as its titled officials do
        # not an official its own name placed ("Jose Antonio Kast, the founder of the far-right Republican Party":
        # the party's filed country, which is in question)
        own = [
            (sentence, iso)
            for sentence, iso, ev in officials
            if not any(_in_mention(ev, m) or _within_evidence(m, ev) for m in names)
        ]
        # a party named by its family takes a country its sentence names before a title or group too ("Italy's
        # first woman prime minister ... the centre-left Democratic Party": Italy's, not the US party)
        scene = [*places, *own, *leaders, *(modifiers if family else [])]
        here = {iso for sentence, iso in scene if sentence == first.sentence}
        if len(here) == 1 and (dominant is None or dominant != filed):
            # an article set in the dictionary's country keeps its reading ("Congress is investigating
            # Russian President Vladimir Putin" in a US article is the US Congress)
            coding.scene_country = Found(
                here.pop(), CodeEvidence("text", text[first.start : first.end], first.start, first.end)
            )
        elif not here and dominant is not None:
            coding.scene_country = Found(dominant, first_seen[dominant])
        if coding.scene_country is not None and coding.scene_country.value != filed:
            _officials_follow(analysis, codings, names, filed, coding.scene_country.value)


def _parties_of_many(name: str, book: Codebook) -> bool:
    """Whether a party's name is that of parties of two countries' heads or more ("Democratic Progressive Party":
    Taiwan's and Malawi's, ``leaders.tsv``): the dictionaries' one record of it says nothing of which."""
    if len(name.split()) < 3:
        return False  # "Republicans", "Democrats" bare are the US parties (``_family_party``)
    return book.kb is not None and len(book.kb.countries_of_party(name_key(name))) >= 2


def _officials_follow(
    analysis: Analysis, codings: dict[str, Coding], names: list[Mention], filed: str | None, iso: str
) -> None:
    """The people whose role named an institution or party now placed by its scene took the dictionary's country
    from it ("Jose Antonio Kast, the founder of the far-right Republican Party": the US party's): they take the
    scene's, as the body does."""
    for e in analysis.entities:
        found = codings[e.id].text_country
        if e.type != "PERSON" or found is None or found.value != filed:
            continue
        if any(_in_mention(found.evidence, m) or _within_evidence(m, found.evidence) for m in names):
            codings[e.id].text_country = Found(iso, found.evidence)


def _within_evidence(m: Mention, ev: CodeEvidence) -> bool:
    """Whether a mention lies inside the words an evidence cites."""
    return ev.start is not None and ev.end is not None and ev.start <= m.start and m.end <= ev.end


def institution_name(name: str) -> bool:
    """Whether a name is made only of the words every country names an institution with ("Congress", "the
    Senate", "the Supreme Court"; ``institution_words.txt``): it says nothing of the country."""
    return set(_fold(name).split()) <= code_words("institution_words.txt")


US_PARTY_FAMILIES = {"democrats", "republicans"}
# capitalised words before "Democrats" or "Republicans" that keep them the US parties' ("House Democrats")
US_PARTY_BEFORE = {"house", "senate", "congressional", "democrats", "republicans", "and", "the"}


def _family_party(m: Mention, text: str) -> bool:
    """Whether a name mention is a party named by its family alone ("the Greens", "Labour"), or "Democrats" and
    "Republicans" whose longer name the NER cut ("his Free Democrats", "the Sweden Democrats"): the
    dictionaries file these as the US parties, though many democracies have parties so named. Bare, they are
    the US parties: news names them so."""
    if party_family_name(m.text, text[max(0, m.start - 20) : m.start]):
        return True
    window = text[max(0, m.start - 20) : m.start]
    before = window.split()[-1:] if window.endswith(" ") and "\n" not in window[-2:] else []
    return (
        _fold(m.text) in US_PARTY_FAMILIES
        and bool(before)
        and before[0][:1].isupper()
        and before[0][-1:].isalpha()  # not the last word of the sentence before
        and _fold(before[0]) not in US_PARTY_BEFORE
        and _fold(before[0]) not in _us_states()
    )


def _dominant_country(places: list[tuple[int, str]]) -> str | None:
    """The country an article is set in: named as a scene at least twice, and at least twice as often as
    any other."""
    counts = Counter(iso for _, iso in places).most_common()
    if not counts or counts[0][1] < 2:
        return None
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return counts[0][0]


def _country_of_scene(
    analysis: Analysis,
    codings: dict[str, Coding],
    book: Codebook,
    date: str | None,
    filed: dict[int, set[str]],
    regions: list[tuple[Mention, str]],
) -> str | None:
    """A named person or organisation that nothing else places (no title, no dictionary record, no country in
    its own words: "Mark Cuban", "Platte River Networks") takes the country its scene is set in: the last
    resort and the least trusted source (``evidence.source`` "scene", ``entry`` the level that spoke).

    The scene is the first of the actor's sentence and its paragraph (a line of the text) that names a
    country in any way (a country, state, region or city; a demonym; an actor the article or a dictionary
    places), when it names one country and no other and sets a scene in it (a place it is in, not one gone to
    or described: "fled to Lithuania", "Russian hackers", though "South African police fired" sets one: police
    act at home; an actor placed there), else the article's country:
    the one its places named as scenes and its placed named actors (one vote each) name at least twice, twice
    as often as any other and more often than all the others together. A sentence or paragraph naming another
    country than the article's says nothing ("Obama's press conference in Turkey" in an American article,
    "Pierre Vaudrey, an engineer from Lyon" in one set in Ohio), nor does one naming two.

    Left alone: an actor a dictionary knows (an international organisation has no country on purpose), an
    official of an international organisation (sector IGO, or named within a few words of one: "IMF chief
    economist Maury Obstfeld"), an organisation whose name says it spans countries ("International Coffee
    Organization", ``international_words.txt``), and a company named as one (a corporate word ending its name, a
    stock ticker after it): its country is its home's, which a wire's scene of trading does not tell. A company
    known only by its kind ("the brokerage firm Cushman & Wakefield") is placed like any actor. Companies and
    news media place no scene either ("told Reuters", "a stake in Deutsche Bank"), though they name a country.

    Returns the article's country (None when it has none), for the rule of last resort below.
    """
    text = analysis.article.text
    # where each country is named: (sentence, alpha-3, start, end, a setting or a placed actor)
    named: list[tuple[int, str, int, int, bool]] = []
    votes: list[str] = []  # the article's country: its places named as scenes, its placed actors once each
    for e in analysis.entities:
        coding = codings[e.id]
        iso = coding.namesake.value if coding.namesake else book.alpha3(e.country) if e.country else None
        place = iso is not None or e.type in ("GPE", "LOC")
        if iso is None and place:
            iso = _place_country(e, coding, book, date, regions=False)  # a dictionary's region: below
        sector = None
        if iso is None and (place or e.type in ("PERSON", "ORG", "FAC", "NORP")):
            iso, sector, _, _ = coding.at(date, book)  # a region the dictionary places ("Bavaria"), an actor
        if iso is None:
            continue
        reaches = _reaches_abroad(e, coding, iso, sector)
        names = [m for m in e.mentions if m.kind == "name"]
        for m in names:
            if _building_named_for(text, m.end):
                continue  # "St George|'s Cathedral": a saint's, no place
            demonym = _fold(m.text) in book.demonyms and _fold(m.text) not in book.names
            gone = place and (
                _gone(text, m.start) or (demonym and not AT_HOME.match(text, m.end)) or _giving_aid(text, m)
            )  # "fled to Lithuania", "the Mexican border"; not "South African police fired": police act at home
            # "the Spanish embassy in Guatemala City": a foreign state's ground, no scene, though the article's
            # subject ("the U.S. consulate in Benghazi" in an American story)
            # "the Shanghai-based Hurun Report": a home, which says where an actor is from, not where things happen
            home = place and HOME_AFTER.match(text, m.end) is not None
            abroad = reaches or gone or home or _gathering(text, m.start) or _embassy_state(text, m)
            named.append((m.sentence, iso, m.start, m.end, not abroad))
            if place and not gone:
                votes.append(iso)  # every time a place is named as a scene
        if not (place or reaches) and names and e.type in ("PERSON", "ORG", "FAC"):
            votes.append(iso)  # a placed actor, once
    # ... and the regions its words set things in that no entity holds ("in the western state of Michoacan": the
    # NER leaves such names out or takes them for a person)
    for m, iso in regions:
        if not any(s < m.end and m.start < e for _, _, s, e, _ in named):
            gone = _gone(text, m.start)
            named.append((m.sentence, iso, m.start, m.end, not gone))
            if not gone:
                votes.append(iso)
    international = _international_names(analysis, codings, book, date)
    article = _dominant_country([(-1, iso) for iso in votes])
    if article is not None and 2 * votes.count(article) <= len(votes):
        article = None  # an article about many countries (the passengers of a flight) is set in none
    line_of = _lines(text, analysis.sentences)
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type == "NORP" and not ent.country and not coding.dictionary:
            # a people's word heading a group ("Maoist rebels", "Kurdish fighters"): a group of no country's name
            _group_in_scene(ent, coding, named, line_of, article, text, book, date, filed)
        on_the_ground = _red_cross_on_the_ground(ent, text)
        if on_the_ground is not None and not ent.country and not coding.at(date, book)[0]:
            found = _scene_of(on_the_ground, named, line_of, article, text)
            if found is not None:
                coding.scene_fallback = _scene_found(found, text)
            continue
        if (
            ent.type not in ("PERSON", "ORG")
            or ent.country
            or (coding.dictionary and not _regional(coding, date, book))
        ):
            continue
        names = sorted((m for m in ent.mentions if m.kind == "name"), key=lambda m: m.start)
        if not names:
            _group_in_scene(ent, coding, named, line_of, article, text, book, date, filed)
            continue
        country, sector, _, _ = coding.at(date, book)
        if country or sector == "IGO":
            continue
        if ent.type == "ORG" and (_international(ent, names) or _listed_company(text, names)):
            continue
        first = names[0]
        if any(m.sentence == first.sentence and -NEAR < m.start - first.start < NEAR for m in international):
            continue
        found = _scene_of(first, named, line_of, article, text)
        if found is not None:
            coding.scene_fallback = _scene_found(found, text)
        elif not any(m.sentence == first.sentence for m in international):
            # not an international body's official, whose sentence tells where the body met, not whose he is
            # ("The International Olympic Committee elected Thomas Bach ... in Buenos Aires, succeeding Jacques Rogge")
            coding.setting = _setting_of(first, named, article, text, filed)
    return article


# the Red Cross or the Red Crescent by that name alone, and its people right after it ("Red Crescent workers dug
# through the rubble", "Red Cross volunteers"): those on the ground are a national society's
RED_CROSS = re.compile(r"(?:the\s+)?Red\s+(?:Cross|Crescent)", re.IGNORECASE)
ITS_PEOPLE_AFTER = re.compile(
    r"\s+(?:workers|volunteers|teams|team|staff|officials|rescuers|medics|paramedics|doctors|nurses|crews)\b"
)


def _red_cross_on_the_ground(ent: Entity, text: str) -> Mention | None:
    """The first mention of the Red Cross or the Red Crescent, by that name alone ("International Committee of the
    Red Cross" is the Geneva body's, of no country), that names its people at work ("Red Cross volunteers searched
    the rubble"): the national society of the country where they work, which its scene tells. The bare name stays
    the movement's, of no country."""
    if ent.type != "ORG":
        return None
    names = sorted((m for m in ent.mentions if m.kind == "name"), key=lambda m: m.start)
    if not names or not all(RED_CROSS.fullmatch(m.text.strip()) for m in names):
        return None
    return next((m for m in names if ITS_PEOPLE_AFTER.match(text, m.end)), None)


def _reaches_abroad(ent: Entity, coding: Coding, iso: str, sector: str | None) -> bool:
    """Whether an actor names its country without being where its sentence is: a company or a news medium reaches
    across borders ("told Reuters", "a stake in Deutsche Bank"; a journalist is where he is), an actor named by
    its home ("London-based"), and the pope, whose see is where he rules, not where he is ("Pope Francis ... in
    Ciudad Juárez")."""
    return (
        (sector in ("BUS", "MED") and ent.type != "PERSON")
        or (coding.home_country is not None and coding.home_country.value == iso and not coding.home_in_name)
        or (sector == "REL" and iso in TITLE_STATES.values())
    )


def _international_names(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> list[Mention]:
    """The name mentions of international organisations (a dictionary code IGO or NGO with no country): an actor
    named next to one ("IMF chief economist Maury Obstfeld", "UN mediator Jean Arnault") is likely its official,
    of no country."""
    return [
        m
        for e, m in _names(analysis, lambda e: e.type in ("ORG", "NORP") and bool(codings[e.id].dictionary))
        if codings[e.id].at(date, book)[:2] in ((None, "IGO"), (None, "NGO"))
    ]


def _officials_of_the_government(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """An official whose words give a state's office but no country ("deputy intelligence chief Ahmed al-Asiri",
    "Army chief General Sonthi Boonyaratglin"), which no scene placed because its sentence names two countries,
    is of the one government its sentence names (a name coded GOV with a country: a leader, a ministry, a
    capital or a country acting as a state; a state's body its own words place, "Armenia's parliament"):
    "Riyadh ... announced the dismissal of deputy intelligence chief Ahmed al-Asiri" in a sentence that also
    names Istanbul; "troops ... in Bangkok while Prime Minister Thaksin Shinawatra was in New York". None when
    the sentence names two governments ("the emir" of a sentence with Iraqi troops and Saudi Arabia names one,
    Saudi Arabia's, only as a place fled to: no government)."""
    text = analysis.article.text
    governments: dict[int, list[tuple[str, Mention]]] = {}
    for e in analysis.entities:
        country, sector, _, _ = codings[e.id].at(date, book)
        own = codings[e.id].text_country or codings[e.id].nominal_country
        for m in e.mentions:
            if m.kind == "nominal" and country and sector in ("GOV", "LEG") and own and _in_mention(own.evidence, m):
                # a state body its own words place ("Armenia's parliament", "the Armenian government"): not one
                # a guess of context placed ("the government")
                governments.setdefault(m.sentence, []).append((country, m))
                continue
            if m.kind != "name" or not country:
                continue  # a named government: "the government" may have its country from a guess of context
            acting = sector == "GOV" or (e.type == "GPE" and (m.start, m.end) in codings[e.id].government_mentions)
            if acting or (e.type == "GPE" and country_leads(text, m.start, m.end)):
                governments.setdefault(m.sentence, []).append((country, m))
    for ent in analysis.entities:
        coding = codings[ent.id]
        country, sector, _, _ = coding.at(date, book)
        said = coding.text_sector or coding.nominal_sector
        if country or said is None or said.value not in PUBLIC_SECTORS or sector not in PUBLIC_SECTORS:
            continue
        if ent.type not in ("PERSON", "ORG") or any(_elsewhere(m) for m in ent.mentions if m.kind != "pronoun"):
            continue  # "International Court of Arbitration", "foreign ministers": of no one country
        if not any(m.kind == "name" or _group_described(m) for m in ent.mentions):
            continue  # "if he becomes president", "her administration": an office in general, or another's
        first = min((m for m in ent.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        if first is None:
            continue
        # a group only described is of its own clause's, not one coordinated after it ("Soldiers looted shops across
        # Kinshasa ..., and France said its ambassador had been killed": no French soldiers); a named official is
        # of the sentence's ("Angola's government and UNITA signed ..., but Savimbi stayed away, leaving X to sign
        # alongside Foreign Minister Venancio de Moura")
        named = any(m.kind == "name" for m in ent.mentions)
        here = {
            c
            for c, m in governments.get(first.sentence, [])
            if named or not CLAUSES_APART.search(text, min(first.end, m.end), max(first.start, m.start))
        }
        if len(here) == 1:
            coding.scene_fallback = Found(
                next(iter(here)), CodeEvidence("scene", first.text, first.start, first.end, entry="government")
            )


CLAUSES_APART = re.compile(r",\s+(?:and|but|while|as|whereas)\s|;\s")
# ... and where a clause ends for a reading inside one (``_gone_home``): a sentence's end, a colon, or a clause of time
CLAUSE_BREAK = re.compile(rf"[;:.!?]|{CLAUSES_APART.pattern}|,\s+(?:after|before|when)\s")
# a place a described group is said to be in, right after its noun: "villagers along| Papua New Guinea's north
# coast", "residents of| Bangui", "protesters in| Minsk"
PLACED_AT = re.compile(r"\s+(?:in|of|along|near|across|around|at)\s+(?:the\s+)?")


def _group_placed_by_its_words(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None
) -> None:
    """A group only described, with no country yet, whose own words place it ("villagers along Papua New Guinea's
    north coast", "residents of Bangui"): the country of that place (a nominal reading, over the sentence's
    country, which a sentence naming two countries withholds)."""
    text = analysis.article.text
    places: dict[int, str] = {}  # start of a place's name mention -> alpha-3
    for e in analysis.entities:
        if e.type not in ("GPE", "LOC"):
            continue
        coding = codings[e.id]
        iso = coding.namesake.value if coding.namesake else book.alpha3(e.country) if e.country else None
        iso = iso or _place_country(e, coding, book, date, regions=True)
        for m in e.mentions:
            if iso and m.kind == "name":
                places[m.start] = iso
    for ent in analysis.entities:
        coding = codings[ent.id]
        if ent.type not in ("PERSON", "ORG") or any(m.kind == "name" for m in ent.mentions):
            continue
        if coding.at(date, book)[0] is not None:
            continue
        for m in (m for m in ent.mentions if m.kind == "nominal"):
            at = PLACED_AT.match(text, m.end)
            iso = places.get(at.end()) if at else None
            if iso and at:
                ev = CodeEvidence("text", text[m.start : at.end()].strip(), m.start, at.end())
                coding.nominal_country = Found(iso, ev)
                break


def _country_its_sentence_names(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, article: str | None
) -> None:
    """The last resort for an actor nothing else placed (no words of its own, no dictionary, no scene: "Shawn
    Siu", "top managers", "Maoist rebels"): the one country its sentence names as a country, by its name or a
    demonym before a group ("Maoist rebels killed 25 police officers in Chhattisgarh state, Indian officials
    said"), or through an actor its words or a dictionary place there ("Prime Minister Joseph Muscat"). News
    names the country its actors belong to, where a town only says where things happen; but a sentence set in a
    town of another country names no one country ("Federal police moved into Oaxaca ... two days after an
    American journalist was shot" is not American). Not when the sentence names two countries, nor one other
    than the article's; not for an international body or its official, a company named as one, companies as a
    group, a body of no country's kind (NGO), refugees, a people or faith named alone ("Muslims"), nor a group
    said to be from elsewhere ("foreign journalists"). ``evidence.source`` "scene", ``entry`` "sentence's
    country"."""
    text = analysis.article.text
    named: dict[int, list[tuple[str, int, int]]] = {}  # sentence -> (alpha-3, start, end) of each naming
    settings: dict[int, set[str]] = {}  # sentence -> countries of the towns and regions it is set in
    set_in: dict[int, list[tuple[str, int, int]]] = {}  # sentence -> (alpha-3, start, end) of each town named
    for e in analysis.entities:
        coding = codings[e.id]
        if (e.type in ("GPE", "LOC") and not e.country) or e.type == "FAC":
            if e.type == "FAC":
                iso = _facility_town(e, book)  # "at Muan airport", "at Safaga port": a town's facility
            else:
                iso = coding.namesake.value if coding.namesake else _place_country(e, coding, book, date, regions=False)
            for m in e.mentions:
                come_from = text[max(0, m.start - 6) : m.start].lower().endswith("from ")
                if iso and m.kind == "name" and not _gathering(text, m.start) and not come_from:
                    # a town come from is no setting ("a jet arriving from Bangkok skidded off the runway at Muan
                    # airport"); one gone to is ("Federal police moved into Oaxaca")
                    settings.setdefault(m.sentence, set()).add(iso)
                    if not _gone(text, m.start):
                        set_in.setdefault(m.sentence, []).append((iso, m.start, m.end))
            continue
        if e.country:
            iso = book.alpha3(e.country)
            for m in e.mentions:
                if m.kind != "name" or iso is None or _gathering(text, m.start) or _embassy_state(text, m):
                    continue  # "a regional summit in Tanzania": where guests went; "the Spanish embassy"
                if _birthplace(text, m.start) or _building_named_for(text, m.end):
                    continue  # "a man whose parents were born in Mexico": not the country of the police who ask
                if _fold(m.text) in book.demonyms and _fold(m.text) not in book.names:
                    group = group_after(text, m.end, book)
                    if not group:
                        continue  # "Russian interference", "a Swiss franc payment": a thing, no actor
                    if group in ABROAD_KINDS or weapons_after(text, m.end):
                        continue  # "the French aid agency Action Against Hunger" in Sri Lanka: not France's scene;
                        # "to station American cruise missiles there": its arms where they are sent
                    if _company_apposed(text, m, book):
                        # "Boliden, the Swedish mining company": a company's nationality, which news gives where
                        # it is not the scene's ("South Korean creditor banks agreed" are at home)
                        continue
                elif _names_a_thing(text, m, book):
                    continue
                named.setdefault(m.sentence, []).append((iso, m.start, m.end))
            continue
        if e.type not in ("PERSON", "ORG", "FAC", "NORP"):
            continue
        iso = _own_country(e, coding, date, book)
        if iso is None:
            continue
        if _reaches_abroad(e, coding, iso, coding.at(date, book)[1]):
            continue
        for m in e.mentions:
            # "the Soviet-backed Derg"; "St George's Cathedral", a saint's
            if m.kind != "pronoun" and text[m.end : m.end + 1] != "-" and not _building_named_for(text, m.end):
                named.setdefault(m.sentence, []).append((iso, m.start, m.end))
    international = _international_names(analysis, codings, book, date)
    for ent in analysis.entities:
        coding = codings[ent.id]
        first = _unplaced_actor(ent, coding, text, book, date, international)
        if first is None:
            continue
        names = [m for m in ent.mentions if m.kind == "name"]
        here = [n for n in named.get(first.sentence, []) if not (n[1] < first.end and first.start < n[2])]
        entry = "sentence's country"
        if not here and (not names or ent.type == "NORP") and first.sentence not in named:
            # a group described in a sentence that names no country, only the towns of one it happens in ("A
            # wing of a department store in Seoul collapsed onto hundreds of shoppers"), or by a people's or faith's
            # word before a group ("Catholic clergy ... rallied in Manila"): that country's people
            here, entry = set_in.get(first.sentence, []), "sentence's setting"
        isos = {iso for iso, _, _ in here}
        if len(isos) != 1 or (article is not None and article not in isos):
            continue
        if settings.get(first.sentence, set()) - isos:
            continue  # "Federal police moved into Oaxaca ... after an American journalist was shot": not USA
        iso, start, end = min(here, key=lambda n: abs(n[1] - first.start))
        coding.scene_fallback = Found(iso, CodeEvidence("scene", text[start:end], start, end, entry=entry))


def _country_of_the_sentences_government(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None, article: str | None
) -> None:
    """The very last resort, for an actor no rule placed because its sentence names two countries or sets its
    scene in a town of another: the country of the government its sentence names (a person coded GOV on the
    date: a head of state or government, a minister), when that is also the country the sentence names most
    (its places, demonyms and placed actors, one vote per mention, no tie): "Prime Minister Kevin Rudd said army
    units would join the fight against the blazes as police said" in a sentence naming Victoria (a Seychelles
    town to the tables), "President Evo Morales accused him" beside "Soldiers arrested ...". News reports a
    country's actors beside its leaders. Not an international body or its official, an NGO (of no country),
    refugees, a company named as one, a group said to be from elsewhere ("foreign journalists"), nor an actor a
    dictionary files with no country ("Islamic State"); nor another country than the article's, when the article
    has one. ``evidence.source`` "scene", ``entry`` "sentence's government"."""
    text = analysis.article.text
    votes: dict[int, list[tuple[str, Mention, Entity]]] = {}  # sentence -> (alpha-3, mention, entity) per naming
    governing = set()  # a person its own words or a dictionary make a government's: not a guess of context
    for e in analysis.entities:
        coding = codings[e.id]
        if e.country or e.type in ("GPE", "LOC"):
            country = coding.at(date, book)[0] or _place_country(e, coding, book, date, regions=True)
        else:
            country = _own_country(e, coding, date, book)
            if country and e.type == "PERSON" and _of_a_national_government(coding, country, date, book):
                governing.add(e.id)
        if country is None:
            continue
        for m in e.mentions:
            if m.kind != "pronoun" and m.sentence is not None:
                votes.setdefault(m.sentence, []).append((country, m, e))
    international = _international_names(analysis, codings, book, date)
    for ent in analysis.entities:
        coding = codings[ent.id]
        first = _unplaced_actor(ent, coding, text, book, date, international, by_government=True)
        if first is None:
            continue
        here = [
            (iso, m, e)
            for iso, m, e in votes.get(first.sentence, [])
            if e is not ent and not (m.start < first.end and first.start < m.end)
        ]
        counts = Counter(iso for iso, _, _ in here)
        most = max(counts.values(), default=0)
        # the countries named most; of them, the one whose government the sentence names (its leader against a
        # country he speaks of: "President Mahinda Rajapaksa said Norway ...")
        led = {c for c, _, e in here if counts[c] == most and e.id in governing}
        if len(led) != 1:
            continue
        iso = led.pop()
        if article is not None and iso != article:
            continue  # a sentence on another country's affairs in an article set in one
        leaders = [m for c, m, e in here if c == iso and e.id in governing]
        near = min(leaders, key=lambda m: abs(m.start - first.start))
        coding.scene_fallback = Found(
            iso, CodeEvidence("scene", near.text, near.start, near.end, entry="sentence's government")
        )


def _of_a_national_government(coding: Coding, country: str, date: str | None, book: Codebook) -> bool:
    """Whether a person is of a state's government on the date by a dictionary or the table of leaders
    ("President Evo Morales"), or by a title that names the country itself ("Bolivia's interior minister"), not
    a town's ("the governor of Pando", whom a namesake town could place anywhere)."""
    if coding.at(date, book)[:2] != (country, "GOV"):
        return False
    code = in_force(coding.dictionary, date)
    if code is not None:
        return parse_code(code.code, book.countries) == (country, "GOV")
    said = coding.text_country
    named = book.country_in(said.evidence.text) if said is not None and said.evidence.text else None
    return named is not None and named[0] == country


def _unplaced_actor(
    ent: Entity,
    coding: Coding,
    text: str,
    book: Codebook,
    date: str | None,
    international: list[Mention],
    by_government: bool = False,
) -> Mention | None:
    """The first mention of an actor the last-resort rules may place by its sentence, or None: a person,
    organisation or group with no country yet and none on purpose. Not an actor a dictionary files with no country
    ("Islamic State", "Amnesty International"), an international body or its official, an NGO, refugees (of the
    country they fled, which their sentence need not name), a people or faith named alone ("Muslims"; "Maoist
    rebels" are where they fight), a people of many countries ("Asian leaders"), a party's word ("Republican
    presidential candidates" beside Netanyahu), a company named as one, companies as a group ("the banks granted
    Argentina a spread": they trade across borders), nor a group said to be from elsewhere ("foreign
    journalists"), nor one named beside an international body ("UN mediator Jean Arnault", "a WHO doctor"). The
    party's word and companies as a group only ``by_government`` (the sentence's government), the companies named
    only by the sentence's country ("employers" of a German sentence, "Communist leaders" of a Polish one are its
    own)."""
    if ent.type not in ("PERSON", "ORG", "NORP") or ent.country:
        return None
    if coding.dictionary and not _regional(coding, date, book):
        return None
    country, sector, _, _ = coding.at(date, book)
    if country or sector in ("IGO", "NGO", "REF"):
        return None
    names = [m for m in ent.mentions if m.kind == "name"]
    if ent.type == "NORP" and (
        not any(group_after(text, m.end, book) for m in names)
        or ent.name.split()[0].lower() in WORLD_PARTS
        or (by_government and _fold(ent.name) in entity_words("party_words.txt"))
    ):
        return None
    if _international(ent, names) or (ent.type == "ORG" and _listed_company(text, names)):
        return None
    if not names and sector == "BUS" and not by_government:
        return None
    own = sorted((m for m in ent.mentions if m.kind != "pronoun"), key=lambda m: m.start)
    if not own or any(_elsewhere(m) for m in own):
        return None
    first = own[0]
    if any(m.sentence == first.sentence and -NEAR < m.start - first.start < NEAR for m in international):
        return None
    return first


ATTRIBUTIVE_BEFORE = {"the", "a", "an", "any", "its", "his", "her", "their", "our"}
# words after a name that show it is no noun's modifier ("the Netherlands and Belgium", "the Congo was")
NOT_A_NOUN = {"and", "or", "but", "nor", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could"}
NOT_A_NOUN |= {"should", "may", "might", "can", "said", "says", "to", "on", "in", "at", "for", "of", "with", "from"}
NOT_A_NOUN |= {"by", "as", "after", "before", "over", "under", "into", "since", "until", "who", "which", "that"}


def _names_a_thing(text: str, m: Mention, book: Codebook) -> bool:
    """Whether a country's name is said of something other than an actor of it: a compound ("the Soviet-backed
    Derg", "Iran-backed militias": another's tie to it) or a thing after a determiner ("any Iran measures", "the
    Iran deal"), not a group ("the US troops")."""
    if text[m.end : m.end + 1] == "-":
        return True
    before = text[max(0, m.start - 6) : m.start].split()
    after = text[m.end : m.end + 30].split()
    return bool(
        before
        and before[-1].lower() in ATTRIBUTIVE_BEFORE
        and text[m.end : m.end + 1].isspace()
        and after
        and after[0][:1].islower()
        and after[0].strip(",.;:") not in NOT_A_NOUN
        and not group_after(text, m.end, book)
    )


# a people named for a part of the world spans countries ("Western governments", "Eastern bloc")
WORLD_PARTS = COMPASS_WORDS


def _own_country(ent: Entity, coding: Coding, date: str | None, book: Codebook) -> str | None:
    """The country an actor's own words or its dictionary record give ("the former communist Mongolian People's
    Revolutionary Party", "President Joaquim Chissano"), not one a guess from its context gave ("lawmakers" in
    a sentence about sanctions on Iran)."""
    if coding.text_country:
        return coding.text_country.value
    code = in_force(coding.dictionary, date)
    if code is not None:
        return parse_code(code.code, book.countries)[0]
    own = coding.nominal_country
    # a country's name or demonym inside a description of the actor; not a town there ("gunmen who drove through
    # the town of Segovia"), which is a setting
    said = book.country_in(own.evidence.text) if own is not None and own.evidence.text else None
    if own is None or said is None or said[0] != own.value:
        return None
    return own.value if any(_in_mention(own.evidence, m) for m in ent.mentions if m.kind != "pronoun") else None


def _in_mention(evidence: CodeEvidence, m: Mention) -> bool:
    """Whether a code's evidence lies in a mention's own words."""
    return evidence.start is not None and evidence.end is not None and m.start <= evidence.start < m.end


POSSESSIVE_DETERMINERS = {"my", "our", "your", "his", "her", "its", "their"}


def _group_described(m: Mention) -> bool:
    """Whether a description names a group of its own ("troops", "embassy workers"): a plural, not one a
    possessive pronoun makes someone else's ("our presidents")."""
    words = m.text.lower().split()
    return m.kind == "nominal" and words[-1].endswith("s") and words[0] not in POSSESSIVE_DETERMINERS


MILITARY_RANKS = {"general", "gen", "colonel", "col", "captain", "capt", "major", "maj", "admiral", "adm", "marshal"}
MILITARY_RANKS |= {"lieutenant", "lt", "brigadier", "field", "air", "vice", "rear", "commodore"}


def _rank_only(words: str) -> bool:
    """Whether a title is a military rank and nothing else ("General", "Lieutenant General", "Col."), not an
    office ("army chief", "chief of staff", "defence minister")."""
    parts = [w.lower().strip(".,") for w in re.split(r"[\s-]+", words) if w.strip(".,")]
    return bool(parts) and all(w in MILITARY_RANKS for w in parts)


def _regional(coding: Coding, date: str | None, book: Codebook) -> bool:
    """Whether the dictionary codes an actor by a region, not a country or an international body ("Revolutionary
    United Front": WAFREB, West Africa's): its country is its scene's, as for an actor no dictionary knows."""
    code = in_force(coding.dictionary, date)
    if code is None:
        return False
    head = code.code[:3]
    return head not in INTERNATIONAL and head not in book.countries and len(code.code) > 3


def _group_in_scene(
    ent: Entity,
    coding: Coding,
    named: list[tuple[int, str, int, int, bool]],
    line_of: dict[int, int],
    article: str | None,
    text: str,
    book: Codebook,
    date: str | None,
    filed: dict[int, set[str]],
) -> None:
    """A group only described that acts where it is (police, troops, protesters, villagers; not refugees, who
    are of the country they fled, nor reporters or aid workers, who come from anywhere), which neither its
    words nor the places of its sentence placed, takes the country of its scene as a named actor does: the
    actors the article places count ("Jacob Zuma handed himself over to police": ZAF), and its paragraph and
    article speak when its sentence does not."""
    said = coding.nominal_sector or coding.text_sector
    people = False  # a faith or a people named as a group: placed only by its own sentence or paragraph
    if said is None and ent.type == "NORP" and not ent.country:
        # a faith's or a people's name as a group ("Police fired on Muslims gathered for Id prayers in Moradabad",
        # "rioting between Buddhists and Rohingya Muslims" in Rakhine): civilians, placed where they live
        # (in the plural, as people, not a word the NER took for one: "Islamic", "Soybeans" are no such group)
        name = next((m for m in ent.mentions if m.kind == "name"), None)
        group = people_codes(text, name.start, name.end, None, None, book)[1] if name else None
        if name is not None and group in PLACED_PEOPLE and name.text.endswith("s") and name.text[:1].isupper():
            said = Found(group, CodeEvidence("text", name.text, name.start, name.end))
            people = True
    if said is None:
        return
    # a state's medium ("state television said", "state-run radio": the entity stage's state media) is the
    # state's where its sentence is set, as its police are
    state_medium = said.value == "MED" and said.evidence.text.lower().startswith(("state", "the national", "national"))
    if said.value not in SCENE_GROUP_SECTORS and not state_medium:
        return
    if coding.at(date, book)[0]:
        return
    described = sorted((m for m in ent.mentions if m.kind != "pronoun"), key=lambda m: m.start)
    if not described or any(_elsewhere(m) for m in described):
        return
    found = _scene_of(described[0], named, line_of, article, text)
    if found is not None and people and found[0] not in {n[1] for n in _settings(described[0].sentence, named, text)}:
        # only where its sentence says things happen ("Police fired on Muslims gathered for Id prayers in
        # Moradabad", "evangelical Christians in Iowa"), not a faith spoken of anywhere ("Trump's proposal to ban
        # Muslims from entering the United States", "his comments regarding Muslims")
        return
    if found is not None:
        coding.scene_fallback = _scene_found(found, text)
    else:
        coding.setting = _setting_of(described[0], named, article, text, filed)


# groups only described that are of the country where they act: a scene places them (doctors and nurses too:
# a group of them acts in its labour dispute where it works, as striking miners do; party officials and the
# opposition, of the country they campaign in)
SCENE_GROUP_SECTORS = GROUP_SECTORS | PLACED_PEOPLE | PARTY_SECTORS | {"LEG", "JUD", "GOV", "CRM", "HLH", "REL"}
# words that put a described actor outside the scene's country ("the foreign government", "other countries'
# leaders") or over several ("their governments")
ELSEWHERE = {"foreign", "other", "overseas", "international", "world", "governments", "states", "countries"}


def _elsewhere(m: Mention, kinds: frozenset[str] | set[str] = ELSEWHERE, as_written: bool = False) -> bool:
    """Whether a description says its actor is not of the scene's one country (a word of ``ELSEWHERE``); with
    ``as_written``, only in lower case ("the foreign government", not "the Foreign Ministry official"). "Other"
    after a number counts the rest of a set named beside it ("Ousainou Darboe ... and two other challengers"), of
    the same scene, not of elsewhere."""
    words = [re.sub(r"['\u2019]s$", "", w.strip(".,")) for w in m.text.split()]
    return any(
        (w if as_written else w.lower()) in kinds
        and not (w.lower() == "other" and COUNTED_BEFORE.search(" ".join(words[:i]) + " "))
        for i, w in enumerate(words)
    )


def _scene_found(found: tuple[str, str, int, int], text: str) -> Found:
    """A scene's country (``_scene_of``) as a code's evidence: the words that set it, the level that spoke."""
    iso, level, start, end = found
    return Found(iso, CodeEvidence("scene", text[start:end], start, end, entry=level))


def _scene_of(
    first: Mention,
    named: list[tuple[int, str, int, int, bool]],
    line_of: dict[int, int],
    article: str | None,
    text: str,
) -> tuple[str, str, int, int] | None:
    """(country, level, start, end of the words that set it) of the scene a mention is in: its sentence's, else
    its paragraph's (the first of the two that names a country), else the article's. None when that sentence
    or paragraph names two countries, or one other than the article's ("Obama's press conference in Turkey"
    in an American article), or one it sets no scene in ("Russian hackers") and the article has no country."""
    line = line_of.get(first.sentence)
    for level, here in (
        ("sentence", [n for n in named if n[0] == first.sentence]),
        ("paragraph", [n for n in named if line is not None and line_of.get(n[0]) == line]),
    ):
        if not here:
            continue
        scenes = [n for n in here if n[4]]
        # a country named only as no scene ("Italian mobsters", "told Reuters", "fled to Lithuania") away from
        # the actor does not unsettle the scene the sentence sets in another; next to it, it may be the actor's
        # own ("a Canadian hostage, John Ridsdel")
        # ... but not one a clause boundary parts from it ("the son of Japanese immigrants,| beat the novelist X")
        near = [
            n
            for n in here
            if not n[4] and -NEAR < n[2] - first.start < NEAR and not CLAUSE_BETWEEN.search(text, n[3], first.start)
        ]
        isos = {n[1] for n in ([*scenes, *near] if scenes else here)}
        iso = isos.pop()
        if isos or (article is not None and iso != article):
            return None
        if scenes:
            _, _, start, end, _ = min(scenes, key=lambda n: abs(n[2] - first.start))
            return iso, level, start, end
        break
    if article is None:
        return None
    start, end = min(((n[2], n[3]) for n in named if n[1] == article and n[4]), default=(0, 0))
    return article, "article", start, end


def _filed_countries(
    analysis: Analysis, codings: dict[str, Coding], book: Codebook, besides: str | None = None
) -> dict[int, set[str]]:
    """The countries the dictionaries file each sentence's named people in, by sentence (but entity ``besides``)."""
    filed: dict[int, set[str]] = {}
    for e, m in _names(analysis, lambda e: e.type == "PERSON" and e.id != besides):
        if codings[e.id].dictionary and (placed := codings[e.id].filed(None, book)[1]) is not None:
            filed.setdefault(m.sentence, set()).add(placed)
    return filed


def _setting_of(
    first: Mention,
    named: list[tuple[int, str, int, int, bool]],
    article: str | None,
    text: str,
    filed: dict[int, set[str]],
) -> Found | None:
    """Where a sentence that names two countries or more says something happens, when it says so of one country
    ("exploded outside a store in Paris, killing at least five shoppers, ... the Lebanese militant": France's
    shoppers; ``_set_in``): the place's words as evidence. None when the article is set in another country, or
    when the sentence names a person the dictionaries file in another ("the parents of two Americans killed in
    the 2012 attacks on a U.S. diplomatic compound in Benghazi, Libya, have filed a lawsuit against Hillary
    Clinton": a place in a story told elsewhere)."""
    settings = _settings(first.sentence, named, text)
    if len({n[1] for n in settings}) != 1 or (article is not None and settings[0][1] != article):
        return None
    if filed.get(first.sentence, set()) - {settings[0][1]}:
        return None
    _, iso, start, end, _ = min(settings, key=lambda n: abs(n[2] - first.start))
    return Found(iso, CodeEvidence("scene", text[start:end], start, end, entry="setting"))


def _settings(
    sentence: int, named: list[tuple[int, str, int, int, bool]], text: str
) -> list[tuple[int, str, int, int, bool]]:
    """The places a sentence names as where something happens (``_set_in``), of the scene rules' ``named``."""
    return [n for n in named if n[0] == sentence and n[4] and _set_in(text, n[2])]


def _setting_as_last_resort(analysis: Analysis, codings: dict[str, Coding], book: Codebook, date: str | None) -> None:
    """An actor the scene left unplaced because its sentence names two countries, and that no later rule placed,
    takes the country its sentence says things happen in (``Coding.setting``): below every other reading, since a
    rule that reads who the actor is (a government, a party, a leader's people) knows more than where it is."""
    for ent in analysis.entities:
        coding = codings[ent.id]
        if coding.setting is None or coding.scene_fallback is not None:
            continue
        if ent.type == "PERSON" and any(m.kind == "name" for m in ent.mentions):
            # not a named person: one named in a sentence of two countries is as often the visitor, the
            # foreign victim or the exile ("Jamal Khashoggi ... the Saudi consulate in Istanbul", "Cardinal
            # George Pell ... told reporters in Rome"): 19 right and 30 wrong on the held-out gold
            continue
        country, sector, _, _ = coding.at(date, book)
        if country is None and sector != "IGO":
            coding.scene_fallback = coding.setting


def _international(ent: Entity, names: list[Mention]) -> bool:
    """Whether an organisation's name says it spans countries ("International Coffee Organization",
    "Inter-African Coffee Organization", "EC Commission"; ``international_words.txt``)."""
    words = code_words("international_words.txt")
    for name in [ent.name, *ent.aliases, *(m.text for m in names)]:
        if words & {_fold(w) for w in re.split(r"[\s\-–/]+", name) if w}:
            return True
    return False


TICKER = re.compile(r"\s*(?:<[A-Z][A-Z0-9.]*>|\((?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX)\s*:\s*[A-Z0-9.]+\))")


def _listed_company(text: str, names: list[Mention]) -> bool:
    """Whether an organisation is named as a company: its name ends in a corporate word ("Bayer AG", "Fujitsu
    Ltd", ``corporate_words.txt``) or a stock ticker follows it ("Bayer AG <BAYRY>", "(NYSE: GE)")."""
    return any(_corporate_word(m.text) or TICKER.match(text, m.end) for m in names)


CLAUSE_BETWEEN = re.compile(r",\s+[a-z]")  # a comma, then a lower-case word: another clause's words
NEAR = 40  # characters between an international organisation's name and the name of its likely official


def _lines(text: str, sentences: list) -> dict[int, int]:
    """Each sentence's line of the text (its paragraph: a line break always ends a sentence)."""
    out: dict[int, int] = {}
    line = 0
    last = 0
    for i, s in enumerate(sentences):
        line += text.count("\n", last, s.start)
        last = s.start
        out[i] = line
    return out


def fill_entity(ent: Entity, coding: Coding, date: str | None, book: Codebook) -> None:
    """Country and sector on the article's date; the codes: the one they make when the article's words
    or the name's nouns made it (with that evidence), then the dictionary's, the one in force first."""
    country, sector, used, evidence = coding.at(date, book)
    ent.country_code, ent.sector = country, sector
    codes = sorted(coding.dictionary, key=lambda c: c is not used)
    if (country or sector) and not (used and parse_code(used.code, book.countries) == (country, sector)):
        if len(evidence) == 2:
            a, b = evidence
            # a code resting in part on the scene is marked so: the least trusted source shows
            scene = next((e for e in evidence if e.source == "scene"), None)
            ev = CodeEvidence(
                "scene" if scene else a.source if a.source == b.source else "text",
                f"{a.text}; {b.text}",
                _min(a.start, b.start),
                _max(a.end, b.end),
                entry=scene.entry if scene else None,
            )
        else:
            ev = (
                evidence[0]
                if evidence
                else used.evidence
                if used
                else (coding.dictionary[0].evidence if coding.dictionary else CodeEvidence("countries", ent.name))
            )
        codes.insert(0, ActorCode((country or "") + (sector or ""), None, None, ev))
    ent.codes = codes


def _min(a: int | None, b: int | None) -> int | None:
    return min(x for x in (a, b) if x is not None) if a is not None or b is not None else None


def _max(a: int | None, b: int | None) -> int | None:
    return max(x for x in (a, b) if x is not None) if a is not None or b is not None else None


def fill_event(
    ev: Event,
    codings: dict[str, Coding],
    date: str | None,
    book: Codebook,
    text: str = "",
    entities: dict[str, Entity] | None = None,
) -> None:
    for side in ("source", "target"):
        coding = codings.get(getattr(ev, side) or "")
        if coding is None:
            continue
        country, sector, _, _ = coding.at(date, book)
        span = getattr(ev, f"{side}_span")
        ent = (entities or {}).get(getattr(ev, side) or "")
        if span and text and ent is not None and _people(ent, text[span.start : span.end], book):
            country, sector = people_codes(text, span.start, span.end, country, sector, book)
        elif span and (span.start, span.end) in coding.nominals:
            country, sector = described(coding.nominals[(span.start, span.end)], country, sector, book)
        elif span and (span.start, span.end) in coding.government_mentions:
            sector = "GOV"  # "Moscow said": the capital as actor is its government
        elif span and coding.table_country and text:
            sector = group_after(text, span.end, book) or sector  # "Syrian rebels": the country's rebels
            if ent is not None and ent.country and sector == ent.sector:
                # "Saudi Arabia admitted": its government; "Iraqis": its citizens
                sector = country_said(text, span.start, span.end, text[span.start : span.end], book) or sector
        if span and text:
            country = minority_home(text, span.start, span.end, text[span.start : span.end], book) or country
        setattr(ev, f"{side}_country", country)
        setattr(ev, f"{side}_sector", sector)


STANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)


def mention_codes(
    text: str, ent: Entity, start: int, end: int, mention: str, book: Codebook | None = None
) -> tuple[str | None, str | None]:
    """An actor's country and sector as one mention names it: a capital or building is the government
    ("Moscow said"), a country's demonym before a group noun is that group ("Syrian rebels"), a description
    naming another country than the entity's is what it says ("the Turkish government" the sieve linked to
    the German Foreign Office), a people named where it lives as a people of its own is of that state ("rebel
    Serbs" in Croatia: ``minority_home``); else the entity's own."""
    book = (book or default_codebook()).for_article(text)
    country, sector = _mention_read(text, ent, start, end, mention, book)
    home = minority_home(text, start, end, mention, book) if ent.type != "GPE" or mention != ent.name else None
    return home or country, sector


def _mention_read(
    text: str, ent: Entity, start: int, end: int, mention: str, book: Codebook
) -> tuple[str | None, str | None]:
    said = next((m for m in ent.mentions if (m.start, m.end) == (start, end)), None)
    if said is not None and said.kind == "nominal":
        return described(mention, ent.country_code, ent.sector, book)
    if (ent.country or ent.type in ("GPE", "NORP")) and STANCE_BEFORE.search(text, max(0, start - 5), start):
        # a stance, not a nationality: "pro-Moscow deputies" in Latvia's parliament are no Russians
        return None, group_after(text, end, book)
    gov = government_mention(mention, book)
    if gov and gov[0] == ent.country_code:
        # a capital before a group noun is that group ("Tokyo prosecutors", "a Jakarta court"), else the government
        return ent.country_code, group_after(text, end, book) or gov[1]
    if _people(ent, mention, book):
        return people_codes(text, start, end, ent.country_code, ent.sector, book)
    whole = book.country_in(mention) if ent.type == "PERSON" and not ent.country else None
    if whole and _fold(whole[1]) == _fold(mention):
        # a demonym the NER took for a person's name ("Papua New Guinean| troops"): its country's group
        group = group_after(text, end, book)
        if group:
            return whole[0], group
    if ent.country or (ent.type in ("GPE", "LOC") and ent.country_code):
        # a country, or a city or region ("Hong Kong police", "Minneapolis police officers"), before a group noun
        group = group_after(text, end, book, national=bool(ent.country))
        if group:
            return ent.country_code, group
    armed = text[end:].split()[:1]
    if ent.type == "ORG" and ent.sector == "GOV" and armed and armed[0].lower() in MOVEMENT_ARMS:
        # a movement ruling a state before its armed men ("Taliban soldiers" in 2001): the state's forces (not "the
        # State Department in general", "USDA general sales manager": a rank's word is no soldier)
        return ent.country_code, "MIL"
    if (
        ent.country
        and _fold(mention) in book.demonyms
        and COUNTED_BEFORE.search(text[max(0, start - 20) : start])
        and _alone_after(text, end)
    ):
        return ent.country_code, "CVL"  # "abducted 13 Japanese", "two Britons were killed": people counted, alone
    if ent.country or (ent.type == "GPE" and ent.country_code and _fold(mention) in book.names):
        # a country, or a state that is no more by its name ("sanctions on Yugoslavia"; the entity stage's table
        # is of today's states)
        if ent.country_code == "VAT" and STATE_RELATIONS.search(sentence_around(text, start, end)):
            # the Holy See as one state with another ("The Vatican recalled its ambassador to Ireland", "Israel
            # and the Holy See signed an accord ... diplomatic relations"): its government, as CAMEO's VATGOV
            return ent.country_code, "GOV"
        how = country_said(text, start, end, mention, book)
        if how == "GOV" and ent.country_code == "VAT":
            how = "REL"  # "the Vatican said": the Holy See, the Catholic Church's government (the pope is REL)
        if how:
            return ent.country_code, how
    return ent.country_code, ent.sector


# what one state has with another: the Holy See in them is a state, not the Church
STATE_RELATIONS = re.compile(
    r"\b(?:diplomatic\s+(?:relations|ties)|ambassadors?|embass(?:y|ies)|envoys?|nuncios?|concordat|accords?"
    r"|agreements?|treat(?:y|ies))\b",
    re.IGNORECASE,
)


def country_said(text: str, start: int, end: int, mention: str, book: Codebook) -> str | None:
    """The sector a country's mention has by how it is named, when no group noun follows it: its name as the
    subject of a verb of saying or stating is its government ("Saudi Arabia admitted", "Syria denied": GOV,
    as "Moscow said"); its plural demonym as a noun is its citizens ("a crowd of Iraqis", "Americans want":
    CVL), unless "the" makes it a side ("the Israelis said": a government or a team as often)."""
    if demonym_plural(mention, book):
        if fleeing_after(text, end):
            return "REF"  # "Cubans seeking asylum", "Syrians who had fled the war"
        before = (text[max(0, start - 5) : start] + " " + mention).split()
        if "the" in (w.lower().strip("\"“'‘(") for w in before[-2:]):
            return None  # "the Israelis said": a government or a team as often
        return "CVL"
    if invariant_people(text, start, end, mention, book):
        # "Togolese voted", "the killing of Senegalese in Nouakchott": its people, as "Angolans" are
        displaced = fleeing_after(text, end) or DISPLACED_BEFORE.search(text, max(0, start - 20), start)
        return "REF" if displaced else "CVL"
    if _fold(mention) in book.names and country_acts(text, start, end):
        return "GOV"
    return None


def _people(ent: Entity, mention: str, book: Codebook) -> bool:
    """Whether a mention names a people (a NORP that is no country: "Kurdish", "Rohingya"; or a people's
    name the NER took for an organisation: "Oromo")."""
    if ent.country or ent.type not in ("NORP", "ORG"):
        return False
    if ent.type == "NORP":
        return True
    hit = book.country_in(mention)
    return hit is not None and _fold(hit[1]) == _fold(mention)


# plurals of a political side, which the NER types as a people ("Democrats", "Nazis", "Islamists"): a party or a
# movement, no civilians
POLITICAL_PLURALS = {
    "democrats", "dems", "republicans", "conservatives", "liberals", "nazis", "communists", "socialists",
    "islamists", "partisans", "progressives", "fascists", "tories", "greens", "maoists", "marxists", "leftists",
    "rightists", "independents", "unionists", "loyalists", "nationalists", "separatists", "soviets",
}  # fmt: skip


def _alone_after(text: str, end: int) -> bool:
    """Whether a word ends its noun phrase: punctuation or a word that is no noun after it ("13 Japanese| in the
    1970s", "two Britons| were killed"; not "Cuban| rafters")."""
    after = text[end : end + 20]
    if not after[:1].isspace():
        return not after[:1].isalnum() and after[:1] != "-"
    words = after.split()
    return not words or not words[0][:1].isalpha() or words[0].lower().strip(",.;:") in NOT_A_NOUN


# a number right before a people's name ("13 Japanese", "two Britons", "thousands of Afghans")
COUNTED_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of|"
    r"thousands\s+of|millions\s+of))\s+$",
    re.IGNORECASE,
)


DISPLACED_BEFORE = re.compile(r"\b(?:displaced|uprooted|internally\s+displaced)\s+$", re.IGNORECASE)


def people_codes(
    text: str, start: int, end: int, country: str | None, sector: str | None, book: Codebook
) -> tuple[str | None, str | None]:
    """A people as one mention names it: the country named right before it ("Iraqi Kurdish officials"), the
    group noun after it ("Oromo activists", "Rohingya refugees") or its fleeing ("Rohingya fleeing the army":
    REF); else the people's own codes."""
    before = title_run(text, start, 2)
    hit = book.country_in(before[0]) if before else None
    here = hit[0] if hit else country
    # "Rohingya fleeing the army", "displaced Hutus": a people driven from home
    fled = "REF" if fleeing_after(text, end) or DISPLACED_BEFORE.search(text, max(0, start - 20), start) else None
    # a people named as people, in the plural ("Iraqi Kurds voted", "Coptic Christians", "ethnic Uzbeks"):
    # CAMEO's civilians of its country, as a plural demonym is ("Iraqis"), below the entity's own sector ("the
    # Democrats": a party); not its word as a modifier ("Kurdish region"), nor its name in the singular or after
    # "the" ("the Rohingya", "the Peruvians said"), which stands for the people as a side
    last = text[start:end].split()[-1]
    sided = text[max(0, start - 5) : start].split()[-1:] in (["the"], ["The"])  # "the Israelis said", as below
    people = last[-1:] == "s" and last.isalpha() and last.lower() not in POLITICAL_PLURALS and not sided
    own = sector if here == country else None
    group = group_after(text, end, book)
    armed = text[end:].split()[:1]
    if group in ("MIL", "UAF") and _key(text[start:end]) in book.peoples and armed and armed[0] in PEOPLES_ARMS:
        # a region's or an ethnic group's armed men ("Tigrayan forces", "Bosnian Serb forces", "Chechen gunmen"):
        # rebels against the state its people belong to, not its army
        group = "REB"
    return here, group or fled or own or ("CVL" if people else None)


def described(words: str, country: str | None, sector: str | None, book: Codebook) -> tuple[str | None, str | None]:
    """A description's own codes when it names another country than its entity's: the coreference link is
    then the likelier error, and the words ("the Turkish government", "the Russian government") are the
    article's coding of that mention. Else the entity's (country, sector)."""
    hit = book.country_in(words)
    if not hit or hit[0] == country:
        return country, sector
    if {hit[0], country} == {"COG", "COD"} and hit[1].lower() == "congo":
        return country, sector  # "Congo's health ministry" of an entity the article's Congo placed (_which_congo)
    sec = book.sector_in(words)
    former = any(w.lower().strip(".") in FORMER for w in words.split())
    return hit[0], ("ELI" if former else sec[0] if sec else None)


def _fold(text: str) -> str:
    return _key(text)
