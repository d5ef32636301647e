"""Sports teams and the names news calls them by (``data/knowledge/teams.tsv``).

A team is named in full ("North Carolina Tar Heels"), by its nickname ("the Tar Heels", "the Sixers") or by
its place or school alone ("North Carolina beat Evansville 91-73"). The table says which names are one team;
the entity stage (``dossier.nlp.entities.teams``) decides where a place's name stands for its team, and the
resolution keys join a team's names across articles through the team's full name.

Only names that cannot be anything else become knowledge of their own (``distinctive``): a full name or a
nickname of two words or more or with a digit that one team alone bears and that is no team's place
("North Carolina Tar Heels", "Tar Heels", "76ers"; not "Liverpool"). A one-word nickname or full name
("Bluejays", "Giants", "Arsenal") is often an English word, a place or several teams' name, so it is read as
a team only inside an article about sport, and only when one team of the table bears it. A place and a
nickname of one team ("Philly Sixers", "Portland Trailblazers") name that team as surely as its full name
does (``placed_names``), though no row writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dossier.errors import DataError
from dossier.resolve.names import DATA, name_key

TEAMS = DATA / "knowledge" / "teams.tsv"
_YEARS = re.compile(r"^(\d{4})-(\d{4})?$")


@dataclass(frozen=True)
class Team:
    """One row of the table: a team under one name in one place."""

    league: str
    name: str  # the full name as news writes it
    nicknames: tuple[str, ...]
    places: tuple[str, ...]  # the names news calls it by its place or school alone
    since: int
    until: int | None


@dataclass(frozen=True)
class TeamTable:
    teams: tuple[Team, ...] = ()
    by_name: dict[str, int] = field(default_factory=dict)  # full names and distinctive nicknames
    by_nickname: dict[str, tuple[int, ...]] = field(default_factory=dict)  # every nickname
    by_place: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # a place and a nickname of one team that are no full name ("philly sixers"): named, but no knowledge
    by_placed_name: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> (team, name as written)

    @classmethod
    def load(cls, path: Path = TEAMS) -> TeamTable:
        if not path.exists():
            return cls()
        teams: list[Team] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5 or not cols[1].strip() or not _YEARS.match(cols[4].strip()):
                raise DataError(f"{path}:{n}: want league, name, nicknames, places, years (FROM-TO): {line!r}")
            years = _YEARS.match(cols[4].strip())
            assert years is not None
            teams.append(
                Team(
                    league=cols[0].strip(),
                    name=cols[1].strip(),
                    nicknames=_names(cols[2]),
                    places=_names(cols[3]),
                    since=int(years[1]),
                    until=int(years[2]) if years[2] else None,
                )
            )
        by_nickname: dict[str, list[int]] = {}
        by_place: dict[str, list[int]] = {}
        by_full: dict[str, list[int]] = {}
        for i, team in enumerate(teams):
            by_full.setdefault(name_key(team.name), []).append(i)
            for nick in team.nicknames:
                by_nickname.setdefault(name_key(nick), []).append(i)
            for place in team.places:
                by_place.setdefault(name_key(place), []).append(i)
        by_name: dict[str, int] = {}
        for key, ids in by_full.items():
            if len(ids) == 1 and key not in by_place and _distinctive(key):
                by_name[key] = ids[0]
            elif len(ids) == 1 and " " not in key:
                by_nickname.setdefault(key, []).append(ids[0])  # "Arsenal": a team only in an article about sport
        for key, ids in by_nickname.items():
            if len(set(ids)) == 1 and key not in by_full and key not in by_place and _distinctive(key):
                by_name.setdefault(key, ids[0])
        placed: dict[str, dict[int, str]] = {}  # key -> the teams it names, each with the name as written
        for i, team in enumerate(teams):
            for place in team.places:
                for nick in team.nicknames:
                    placed.setdefault(name_key(f"{place} {nick}"), {})[i] = f"{place} {nick}"
        by_placed_name = {
            key: next(iter(ids.items()))
            for key, ids in placed.items()
            if len(ids) == 1 and key not in by_full and key not in by_name and key not in by_place
        }
        return cls(
            tuple(teams),
            by_name,
            {k: tuple(v) for k, v in by_nickname.items()},
            {k: tuple(v) for k, v in by_place.items()},
            by_placed_name,
        )

    def named(self, name: str) -> Team | None:
        """The one team this name can only be: its full name, a distinctive nickname ("Tar Heels"), or a place and
        a nickname of one team ("Philly Sixers")."""
        key = name_key(name)
        i = self.by_name.get(key)
        if i is None and key in self.by_placed_name:
            i = self.by_placed_name[key][0]
        return self.teams[i] if i is not None else None

    def nicknamed(self, name: str, leagues: frozenset[str] = frozenset()) -> Team | None:
        """The one team of the table that bears this nickname ("Bluejays"), distinctive or not; of the leagues
        given when one of their teams bears it ("Blazers" beside an NBA team is Portland's, not UAB's)."""
        key = name_key(name)
        if len(key) < 3:
            return None  # "R" of "Pat McCrory (R)" is no "R's" (Queens Park Rangers)
        ids = set(self.by_nickname.get(key, ()))
        if len(ids) > 1 and leagues:
            ids = {i for i in ids if self.teams[i].league in leagues}
        return self.teams[ids.pop()] if len(ids) == 1 else None

    def at_place(self, name: str, leagues: frozenset[str]) -> Team | None:
        """The one team of these leagues a place's or school's name stands for ("Evansville" in college
        sport), or None when none or several do ("New York")."""
        ids = [i for i in self.by_place.get(name_key(name), ()) if not leagues or self.teams[i].league in leagues]
        return self.teams[ids[0]] if len(ids) == 1 else None

    def knowledge_names(self) -> list[tuple[str, list[str]]]:
        """Each franchise's distinctive names, the full name of its latest row first when distinctive: the names
        knowledge files as one actor ("Los Angeles Angels", ["Los Angeles Angels of Anaheim", "Anaheim
        Angels"]; "Liverpool" is no such name, a place)."""
        out: dict[int, list[tuple[int, str]]] = {}
        franchise = self.franchises()
        for key, i in self.by_name.items():
            team = self.teams[i]
            full = key == name_key(team.name)
            name = team.name if full else next(n for n in team.nicknames if name_key(n) == key)
            # the latest row's full name first: an open row, then the last to end
            rank = (0 if full else 1, -(team.until or 9999), -team.since)
            out.setdefault(franchise[i], []).append((rank, name))  # type: ignore[arg-type]
        groups = [[n for _, n in sorted(names)] for _, names in sorted(out.items())]
        return [(names[0], list(dict.fromkeys(names[1:]))) for names in groups]

    def franchises(self) -> list[int]:
        """Each row's franchise (the index of one row of it): rows of one league that share a nickname and a
        place ("Anaheim Angels" 1997-2004, "Los Angeles Angels of Anaheim" 2005-2015, "Los Angeles Angels");
        "Tigers" at LSU and at Clemson are two."""
        root = list(range(len(self.teams)))

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        by_league_nick: dict[tuple[str, str], list[int]] = {}
        for i, team in enumerate(self.teams):
            for nick in team.nicknames:
                by_league_nick.setdefault((team.league, name_key(nick)), []).append(i)
        for ids in by_league_nick.values():
            for a in ids:
                for b in ids:
                    if a < b and _one_franchise(self.teams[a], self.teams[b]):
                        root[find(b)] = find(a)
        return [find(i) for i in range(len(self.teams))]

    def placed_names(self) -> list[str]:
        """The names of a place and a nickname of one team ("Philly Sixers"), as written, for finding them where
        the NER tags nothing."""
        return [written for _, written in self.by_placed_name.values()]


def _one_franchise(a: Team, b: Team) -> bool:
    """Two rows of one league: one franchise when they share a place and one's main nickname is the other's too
    (a team renamed in its town: "Tampa Bay Devil Rays", "Tampa Bay Rays"). A nickname alone may be another
    franchise's ("Titans" of New York in 1960, of Tennessee now), and so may a by-name ("Nats" of the Senators
    and of the Nationals)."""
    if not {name_key(p) for p in a.places} & {name_key(p) for p in b.places}:
        return False
    a_nicks, b_nicks = {name_key(n) for n in a.nicknames}, {name_key(n) for n in b.nicknames}
    return bool(
        a.nicknames and name_key(a.nicknames[0]) in b_nicks or b.nicknames and name_key(b.nicknames[0]) in a_nicks
    )


def _names(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in cell.split("|") if n.strip()))


def _distinctive(key: str) -> bool:
    """A nickname no English word or phrase is: two words or more, or one with a digit ("tar heels", "76ers")."""
    return " " in key or any(ch.isdigit() for ch in key)
