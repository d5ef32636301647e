"""Sports teams and the names news calls them by (``data/knowledge/teams.tsv``).

A team is named in full ("North Carolina Tar Heels"), by its nickname ("the Tar Heels", "the Sixers") or by
its place or school alone ("North Carolina beat Evansville 91-73"). The table says which names are one team;
the entity stage (``dossier.nlp.entities.teams``) decides where a place's name stands for its team, and the
resolution keys join a team's names across articles through the team's full name.

Only names that cannot be anything else become knowledge of their own (``distinctive``): a full name or a
nickname of two words or more or with a digit that one team alone bears and that is no team's place
("North Carolina Tar Heels", "Tar Heels", "76ers"; not "Liverpool"). A one-word nickname or full name
("Bluejays", "Giants", "Arsenal") is often an English word, a place or several teams' name, so it is read as
a team only inside an article about sport, and only when one team of the table bears it.
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
        return cls(
            tuple(teams),
            by_name,
            {k: tuple(v) for k, v in by_nickname.items()},
            {k: tuple(v) for k, v in by_place.items()},
        )

    def named(self, name: str) -> Team | None:
        """The one team this name can only be: its full name or a distinctive nickname ("Tar Heels")."""
        i = self.by_name.get(name_key(name))
        return self.teams[i] if i is not None else None

    def nicknamed(self, name: str) -> Team | None:
        """The one team of the table that bears this nickname ("Bluejays"), distinctive or not."""
        ids = set(self.by_nickname.get(name_key(name), ()))
        return self.teams[ids.pop()] if len(ids) == 1 else None

    def at_place(self, name: str, leagues: frozenset[str]) -> Team | None:
        """The one team of these leagues a place's or school's name stands for ("Evansville" in college
        sport), or None when none or several do ("New York")."""
        ids = [i for i in self.by_place.get(name_key(name), ()) if not leagues or self.teams[i].league in leagues]
        return self.teams[ids[0]] if len(ids) == 1 else None

    def knowledge_names(self) -> list[tuple[str, list[str]]]:
        """Each team's distinctive names, its full name first when distinctive: the names knowledge files as one
        actor ("North Carolina Tar Heels", ["Tar Heels"]; "Liverpool" is no such name, a place)."""
        out: dict[int, list[str]] = {}
        for key, i in self.by_name.items():
            team = self.teams[i]
            if key == name_key(team.name):
                out.setdefault(i, []).insert(0, team.name)
            else:
                out.setdefault(i, []).append(next(n for n in team.nicknames if name_key(n) == key))
        return [(names[0], names[1:]) for _, names in sorted(out.items())]


def _names(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in cell.split("|") if n.strip()))


def _distinctive(key: str) -> bool:
    """A nickname no English word or phrase is: two words or more, or one with a digit ("tar heels", "76ers")."""
    return " " in key or any(ch.isdigit() for ch in key)
