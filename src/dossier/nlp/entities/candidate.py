"""A mention candidate before clustering, as mention detection finds it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Candidate:
    """A mention before clustering. Token offsets are doc token indices, ``[tok_start, tok_end)``."""

    start: int
    end: int
    text: str
    kind: str  # name | nominal | pronoun
    type: str
    sent: int
    tok_start: int
    tok_end: int
    head_i: int
    head: str  # lower-cased head lemma / word
    role: str | None = None  # title split off a name
    role_span: tuple[int, int] | None = None
    title_gender: str = ""
    country: str | None = None  # for country mentions: the country itself; for nominals: its country modifier
    is_country: bool = False
    number: str = "sg"
    gender: str = "u"
    definite: bool = False
    possessor_i: int | None = None  # token index of a possessive determiner / 's owner inside a nominal
    former: bool = False
    role_noun: bool = False
    name_tokens: tuple[str, ...] = ()
    is_acronym: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def token_candidate(tok: Token, sent: int, *, kind: str, type: str, **fields) -> Candidate:
    """A mention of one token: a country's name or demonym, a bare surname, a pronoun."""
    return Candidate(
        start=tok.idx,
        end=tok.idx + len(tok),
        text=tok.text,
        kind=kind,
        type=type,
        sent=sent,
        tok_start=tok.i,
        tok_end=tok.i + 1,
        head_i=tok.i,
        head=tok.lower_,
        **fields,
    )
