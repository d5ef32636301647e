"""Sports teams in an article: which names are a team, and which team (``dossier.resolve.teams``).

Sports news calls a team by its full name ("Philadelphia 76ers"), its nickname ("the Sixers") or the place
or school it plays for ("North Carolina beat Evansville", "Creighton 65, Drake 53"). The NER tags these as
people, places or organisations at random ("Tar Heels" a person, "Creighton" a place). Here a name is marked
as its team (``extra["team"]``, typed ORG) so that the sieve makes one actor of each team's names and the
entity is named by the team's full name, which joins it across articles.

- A full name or a distinctive nickname ("Tar Heels") is its team wherever it stands.
- An article is about sport when it has three words of sport ("coach", "playoffs", "rebounds"), a score
  ("91-73") with one of them, a score in the sentence of a team's name or of a plural nickname, a word of
  sport in a plural nickname's sentence, a team's place used as a side by the words of a game in a team's
  sentence, or two teams named in a quarter of its sentences and a word of sport (``_about_sport``). A politics
  article that names a team in passing ("watching the Miami Dolphins") is not: there only the team's names and
  the nicknames of teams it names in full are the team, and "Miami is home to" stays the city.
- In an article about sport, a plural one-word nickname one team alone bears ("Bluejays") is that team, unless
  it is a place's name ("Chelsea"); a singular one ("Sun", "Dream", "Heat") only where the team is named in
  full. The name of a place or school is the team of a team the article names ("the Tar Heels ... at North
  Carolina") unless the words make it a place ("in North Carolina", "Evansville, Ind.", "Poland, Missouri"); it
  is the team of another one, in the leagues the article names (any league when it names none) and where one
  team alone plays there, only where it is used as a side ("Creighton 65", "against Evansville", "North
  Carolina's game", the subject of a clause, "two Evansville defenders") or beside one ("between Evansville
  and Indiana State").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from dossier.nlp.entities.candidate import Candidate, token_candidate
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.sentences import sentence_index
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
# the people and things of a side that a team's place stands before ("two Evansville defenders", "the Creighton
# coach") or beside ("No. 5 seed Indiana State")
SIDE_NOUNS = frozenset(
    "defender defenders player players coach coaches forward forwards quarterback pitcher pitchers starters "
    "roster squad lineup seed opponent opponents rival rivals".split()  # not "guard" or "center": "National Guard"
)
# the games a side is "between" ("the semifinal between Evansville and Indiana State")
GAME_NOUNS = frozenset(
    "game games match matches semifinal semifinals quarterfinal quarterfinals final finals series matchup "
    "rematch showdown".split()
)
SIDE_OBJECT_VERBS = frozenset(
    {"beat", "defeat", "face", "play", "host", "top", "edge", "rout", "upset", "eliminate", "visit", "outscore"}
)


def mark_teams(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """Mark the names of sports teams among the candidates: type ORG, ``extra["team"]`` the team's full name. A
    plural nickname the NER left untagged ("Mo ran the Sixers") is added as a candidate in an article about sport
    or one that names the team in full; so are a named team's school letters in an article about sport ("CU")."""
    table = lex.teams
    if not table.teams:
        return
    names = [c for c in cands if c.kind == "name" and not c.is_country]
    found: dict[int, Team] = {}
    for k, c in enumerate(names):
        if (team := table.named(c.text)) is not None:
            found[k] = team
    nicks: dict[int, Team] = {}
    named_leagues = frozenset(t.league for t in found.values())
    for k, c in enumerate(names):
        if k in found or len(c.name_tokens) != 1 or lex.is_place_name(c.name_tokens):
            continue  # "Chelsea" is a place before it is a club
        if (team := table.nicknamed(c.text, named_leagues)) is not None:
            nicks[k] = team
    sent_of = sentence_index(doc)

    def plural_nickname(tok: Token) -> Team | None:
        if tok.tag_ not in {"NNP", "NNPS"} or not tok.is_title or tok.is_sent_start or not _plural(tok.text):
            return None
        return None if lex.is_place_name((tok.text,)) else table.nicknamed(tok.text, named_leagues)

    untagged = _untagged(doc, cands, sent_of, plural_nickname)
    # a nickname is evidence of sport only in the plural: "Sun", "Dream" and "Heat" are words before they are teams
    evidence = {k: t for k, t in nicks.items() if _plural(names[k].text)}
    sport = _about_sport(doc, names, found, evidence, untagged, lex)
    full = {t.name for t in found.values()}
    # a nickname is its team where the article names the team in full ("the Philly Sixers ... the Sixers"), and a
    # plural one in any article about sport ("the Bluejays"); "The Sun reported" beside a striker is the paper
    found.update({k: t for k, t in nicks.items() if t.name in full or sport and k in evidence})
    _add(found, names, cands, [(c, t) for c, t in untagged if t.name in full or sport])
    named = {t.name for t in found.values()}
    if sport:  # "McDermott becomes CU's all-time scoring leader": a named team's school by its letters
        _add(found, names, cands, _untagged(doc, cands, sent_of, lambda tok: _school_letters(tok, lex, named)))
    cands.sort(key=lambda c: (c.start, -c.end, c.kind))
    leagues = frozenset(t.league for t in found.values())
    for k, c in enumerate(names):
        if k in found or (team := table.at_place(c.text, leagues)) is None or _with_its_state(doc, c):
            continue
        # in an article about sport, the place of a team the article names is that team unless the words make it
        # the place ("the Tar Heels ... at North Carolina", "two Evansville defenders"); the place of another team
        # only as a side; in one that names a team in passing ("watching the Miami Dolphins"), no place is a team
        if sport and (team.name in named and not _placed(doc, c) or _side(doc, c)):
            found[k] = team
    if sport:  # "between Evansville and Indiana State": the other side of a game
        for k, c in enumerate(names):
            if k not in found and (team := table.at_place(c.text, leagues)) is not None and not _placed(doc, c):
                if any(_conjoined(doc, c, names[j]) for j in found):
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


def _add(
    found: dict[int, Team], names: list[Candidate], cands: list[Candidate], new: list[tuple[Candidate, Team]]
) -> None:
    for c, team in new:
        cands.append(c)
        names.append(c)
        found[len(names) - 1] = team


def _untagged(
    doc: Doc, cands: list[Candidate], sent_of: list[int], team_of: Callable[[Token], Team | None]
) -> list[tuple[Candidate, Team]]:
    """The one-token names of a team that no candidate holds, with their team (``team_of``)."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    out = []
    for tok in doc:
        if tok.i not in taken and tok.is_alpha and (team := team_of(tok)) is not None:
            out.append((token_candidate(tok, sent_of[tok.i], kind="name", type="ORG", name_tokens=(tok.text,)), team))
    return out


def _school_letters(tok: Token, lex: EntityLexicon, named: set[str]) -> Team | None:
    """The team a token names by its school's letters ("CU" for Creighton, "UNC"), when the article names the
    team: capitals only, two to five of them."""
    if not (tok.is_upper and 2 <= len(tok.text) <= 5):
        return None
    team = lex.teams.at_place(tok.text, frozenset())
    return team if team is not None and team.name in named else None


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


def _conjoined(doc: Doc, a: Candidate, b: Candidate) -> bool:
    """Whether two names are conjuncts of one another ("Evansville and Indiana State")."""
    ha, hb = doc[a.head_i], doc[b.head_i]
    return ha.dep_ == "conj" and ha.head.i == hb.i or hb.dep_ == "conj" and hb.head.i == ha.i


def _about_sport(
    doc: Doc,
    names: list[Candidate],
    found: dict[int, Team],
    nicks: dict[int, Team],
    untagged: list[tuple[Candidate, Team]],
    lex: EntityLexicon,
) -> bool:
    """Whether an article is about sport:
    - three words of sport ("coach", "playoffs", "rebounds"), or a score ("91-73") with one of them;
    - a score in the sentence of a team's name or of a plural nickname one team alone bears ("the Heels putting
      away Evansville 91-73"), or a word of sport in a plural nickname's ("the Bluejays' tournament opener");
    - a place of a team of the leagues the article names used as a side in a team's sentence by the words of a
      game ("the Tar Heels' game against Evansville"; not "Ohio agreed to pay the Cincinnati Bengals");
    - two teams named or nicknamed in a quarter of its sentences or more, and a word of sport ("the Philly Sixers
      ... the Blazers ... coach")."""
    words = len({t.lower_ for t in doc if t.lower_ in lex.sports_words})
    if words >= 3 or words >= 1 and _SCORE.search(doc.text):
        return True
    sents = list(doc.sents)
    team_sents = {names[k].sent for k in (*found, *nicks)} | {c.sent for c, _ in untagged}
    if any(_SCORE.search(sents[i].text) for i in team_sents):
        return True
    nickname_sents = {names[k].sent for k in nicks} | {c.sent for c, _ in untagged}
    if any(t.lower_ in lex.sports_words for i in nickname_sents for t in sents[i]):
        return True  # "the Bluejays' Valley tournament opener"
    leagues = frozenset(t.league for t in (*found.values(), *nicks.values(), *(t for _, t in untagged)))
    for k, c in enumerate(names):
        if c.sent in team_sents and k not in found and k not in nicks and _side(doc, c, cue_only=True):
            if lex.teams.at_place(c.text, leagues) is not None:
                return True
    # a politics article that tells of one game ("the Panthers hosted the Vikings") names teams in few sentences
    teams = {t.name for t in (*found.values(), *nicks.values(), *(t for _, t in untagged))}
    return len(teams) >= 2 and words >= 1 and len(team_sents) >= max(2, len(sents) / 4)


def _with_its_state(doc: Doc, c: Candidate) -> bool:
    """ "Evansville, Ind.", "Chapel Hill, N.C.": a place and the state it is in."""
    return c.tok_end + 1 < len(doc) and doc[c.tok_end].text == "," and doc[c.tok_end + 1].is_title


def _placed(doc: Doc, c: Candidate) -> bool:
    """Whether a name follows a word that makes it a place ("in North Carolina"), or a town's name and a comma
    ("Poland, Missouri": the state the town is in)."""
    if c.tok_start > 0 and doc[c.tok_start - 1].lower_ in PLACING:
        return True
    return c.tok_start > 1 and doc[c.tok_start - 1].text == "," and doc[c.tok_start - 2].is_title


def _side(doc: Doc, c: Candidate, cue_only: bool = False) -> bool:
    """Whether a place's name is used as a side of a game, not as a place; ``cue_only``: by the words of a game
    alone (a score, "against", "beat", "lost to", "the semifinal between"), not by its place in the clause, which a
    state has too ("Ohio's governor", "Ohio agreed")."""
    before = doc[c.tok_start - 1] if c.tok_start > 0 else None
    after = doc[c.tok_end] if c.tok_end < len(doc) else None
    if before is not None and before.lower_ in LOCATIVE:
        return False
    if after is not None:
        if after.text in {"'s", "’s", "'", "’"} and not cue_only:
            return True  # "North Carolina's game"
        if after.like_num and len(after.text) <= 3 or _RECORD.match(after.text):
            return True  # "Creighton 65, Drake 53", "Evansville 91-73"
        if after.text == "(" and c.tok_end + 1 < len(doc) and _RECORD.match(doc[c.tok_end + 1].text):
            return True  # "Creighton (25-7)"
    if before is not None:
        if before.lower_ in SIDE_BEFORE:
            return True
        if before.lower_ == "to" and c.tok_start > 1 and doc[c.tok_start - 2].lower_ in LOSING:
            return True  # "lost to Creighton"
    head = doc[c.head_i]
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.head.lower_ in GAME_NOUNS:
        return True  # "the semifinal between Evansville and Indiana State"
    if cue_only:
        return False
    if head.dep_ in SUBJECTS:
        return True
    if head.dep_ in {"compound", "appos"} and head.head.lower_ in SIDE_NOUNS:
        return True  # "two Evansville defenders", "No. 5 seed Indiana State"
    return head.dep_ == "dobj" and head.head.lemma_ in SIDE_OBJECT_VERBS
