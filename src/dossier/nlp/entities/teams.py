"""Sports teams in an article: which names are a team, and which team (``dossier.resolve.teams``).

Sports news calls a team by its full name ("Philadelphia 76ers"), its nickname ("the Sixers") or the place
or school it plays for ("North Carolina beat Evansville", "Creighton 65, Drake 53"). The NER tags these as
people, places or organisations at random ("Tar Heels" a person, "Creighton" a place). Here a name is marked
as its team (``extra["team"]``, typed ORG) so that the sieve makes one actor of each team's names and the
entity is named by the team's full name, which joins it across articles.

- A full name or a distinctive nickname ("Tar Heels") is its team wherever it stands.
- An article is about sport when it has three words of sport ("coach", "playoffs", "rebounds"), a score
  ("91-73") with one of them, or a score in the sentence of a team's name. A politics article that names a
  team in passing ("watching the Miami Dolphins") is not: there only the team's names are the team, and
  "Miami is home to" stays the city.
- In an article about sport, a one-word nickname one team alone bears ("Bluejays") is that team, unless it
  is a place's name ("Chelsea"). The name of
  a place or school is the team of a team the article names ("the Tar Heels ... at North Carolina") unless
  the words make it a place ("in North Carolina", "Evansville, Ind.", "Poland, Missouri"); it is the team of
  another one, in the leagues the article names (any league when it names none) and where one team alone
  plays there, only where it is used as a side ("Creighton 65", "against Evansville", "North Carolina's
  game", the subject of a clause).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dossier.nlp.entities.candidate import Candidate
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.resolve.names import name_key
from dossier.resolve.teams import Team

_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_RECORD = re.compile(r"^\d{1,3}-\d{1,3}$")
# words before a side of a game: "against Evansville", "beat Drake", "lost to Creighton" (with its verb)
SIDE_BEFORE = frozenset(
    "against vs vs. v v. versus over beat beats beating defeated defeat defeats defeating past topped tops edged "
    "edges routed routs hosted hosts host hosting face faces faced facing play plays played playing visiting "
    "visit visits visited upset upsets eliminated".split()
)
LOSING = frozenset({"lose", "fall", "lost", "fell", "losing", "falling", "loses", "falls"})
# words that make a place's name a place, not its team: "in North Carolina", "from Evansville"
PLACING = frozenset("in near across throughout outside inside around within from into".split())
# and where the name is no side of a game either: "at North Carolina" (the school), "of Evansville"
LOCATIVE = PLACING | {"at", "of"}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SIDE_OBJECT_VERBS = frozenset(
    {"beat", "defeat", "face", "play", "host", "top", "edge", "rout", "upset", "eliminate", "visit", "outscore"}
)


def mark_teams(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """Mark the names of sports teams among the candidates: type ORG, ``extra["team"]`` the team's full name."""
    table = lex.teams
    if not table.teams:
        return
    names = [c for c in cands if c.kind == "name" and not c.is_country]
    found: dict[int, Team] = {}
    for k, c in enumerate(names):
        if (team := table.named(c.text)) is not None:
            found[k] = team
    sents = list(doc.sents)
    # a score in the sentence of a team's name ("the Tar Heels beat visiting Evansville, 91-73") is sport too
    sport = _about_sport(doc, lex.sports_words) or any(_SCORE.search(sents[names[k].sent].text) for k in found)
    for k, c in enumerate(names):
        if not sport or k in found or len(c.name_tokens) != 1 or lex.is_place_name(c.name_tokens):
            continue  # "Chelsea" is a place before it is a club
        if (team := table.nicknamed(c.text)) is not None:
            found[k] = team
    named = {t.name for t in found.values()}
    leagues = frozenset(t.league for t in found.values())
    for k, c in enumerate(names):
        if k in found or (team := table.at_place(c.text, leagues)) is None or _with_its_state(doc, c):
            continue
        # in an article about sport, the place of a team the article names is that team unless the words make it
        # the place ("the Tar Heels ... at North Carolina", "two Evansville defenders"); the place of another team
        # only as a side; in one that names a team in passing ("watching the Miami Dolphins"), no place is a team
        if sport and (team.name in named and not _placed(doc, c) or _side(doc, c)):
            found[k] = team
    # the same name again is the same team ("North Carolina has won ... at North Carolina"), unless it says where
    # ("lawmakers in North Carolina")
    sides = {name_key(names[k].text): team for k, team in found.items()}
    for k, c in enumerate(names):
        if k not in found and name_key(c.text) in sides and not _placed(doc, c):
            found[k] = sides[name_key(c.text)]
    for k, team in found.items():
        names[k].type = "ORG"
        names[k].extra["team"] = team.name


def _about_sport(doc: Doc, sports_words: frozenset[str]) -> bool:
    """Whether an article is about sport: three words of sport ("coach", "playoffs", "rebounds"), or a score
    ("91-73") with one of them."""
    words = len({t.lower_ for t in doc if t.lower_ in sports_words})
    return words >= 3 or bool(_SCORE.search(doc.text)) and words >= 1


def _with_its_state(doc: Doc, c: Candidate) -> bool:
    """ "Evansville, Ind.", "Chapel Hill, N.C.": a place and the state it is in."""
    return c.tok_end + 1 < len(doc) and doc[c.tok_end].text == "," and doc[c.tok_end + 1].is_title


def _placed(doc: Doc, c: Candidate) -> bool:
    """Whether a name follows a word that makes it a place ("in North Carolina"), or a town's name and a comma
    ("Poland, Missouri": the state the town is in)."""
    if c.tok_start > 0 and doc[c.tok_start - 1].lower_ in PLACING:
        return True
    return c.tok_start > 1 and doc[c.tok_start - 1].text == "," and doc[c.tok_start - 2].is_title


def _side(doc: Doc, c: Candidate) -> bool:
    """Whether a place's name is used as a side of a game, not as a place."""
    before = doc[c.tok_start - 1] if c.tok_start > 0 else None
    after = doc[c.tok_end] if c.tok_end < len(doc) else None
    if before is not None and before.lower_ in LOCATIVE:
        return False
    if after is not None:
        if after.text in {"'s", "’s", "'", "’"}:
            return True  # "North Carolina's game"
        if after.like_num and len(after.text) <= 3:
            return True  # "Creighton 65, Drake 53"
        if after.text == "(" and c.tok_end + 1 < len(doc) and _RECORD.match(doc[c.tok_end + 1].text):
            return True  # "Creighton (25-7)"
    if before is not None:
        if before.lower_ in SIDE_BEFORE:
            return True
        if before.lower_ == "to" and c.tok_start > 1 and doc[c.tok_start - 2].lower_ in LOSING:
            return True  # "lost to Creighton"
    head = doc[c.head_i]
    if head.dep_ in SUBJECTS:
        return True
    return head.dep_ == "dobj" and head.head.lemma_ in SIDE_OBJECT_VERBS
