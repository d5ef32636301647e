"""Turn coreference clusters into Entity records: canonical name, type, roles, aliases, mentions."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from dossier.models import ALONE, Entity, Mention, Role
from dossier.nlp.entities.coref import Sieve
from dossier.nlp.entities.lexicon import EntityLexicon
from dossier.nlp.entities.mentions import Candidate

FORMER = {"former", "ex", "ex-", "then", "previous", "outgoing", "late", "ousted", "deposed", "overthrown", "toppled"}


def build_entities(doc: Doc, sieve: Sieve, lex: EntityLexicon) -> list[Entity]:
    clusters = []
    for members in sieve.clusters().values():
        cands = [sieve.c[i] for i in members]
        if not any(c.kind in {"name", "nominal"} for c in cands):
            continue
        clusters.append((min(c.start for c in cands), members))
    for i in sieve.alone:
        clusters.append((sieve.c[i].start, [i]))
    clusters.sort()
    alone = set(sieve.alone)
    entities = []
    for n, (_, members) in enumerate(clusters, start=1):
        entities.append(_entity(doc, f"e{n}", [(i, sieve.c[i]) for i in members], sieve, lex, alone))
    return entities


def _entity(
    doc: Doc, eid: str, members: list[tuple[int, Candidate]], sieve: Sieve, lex: EntityLexicon, alone: set[int]
) -> Entity:
    cands = [c for _, c in members]
    names = [c for c in cands if c.kind == "name"]
    country = next((c.country for c in names if c.is_country and c.country), None)
    etype = _vote_type(cands, country)
    name = _canonical_name(cands, country, lex)
    mentions = []
    seen = set()
    for i, c in sorted(members, key=lambda x: (x[1].start, x[1].end)):
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        mentions.append(
            Mention(
                start=c.start,
                end=c.end,
                text=c.text,
                kind=c.kind,
                sentence=c.sent,
                head=c.head,
                role=c.role,
                linked_by=ALONE if i in alone else sieve.linked_by[i] or "first-mention",
            )
        )
    aliases = sorted({c.text for c in names if c.text != name and not c.is_acronym or c.is_acronym and c.text != name})
    return Entity(
        id=eid, name=name, type=etype, mentions=mentions, roles=_roles(doc, cands), aliases=aliases, country=country
    )


def _vote_type(cands: list[Candidate], country: str | None) -> str:
    if country:
        return "GPE"
    if any(c.extra.get("team") for c in cands):
        return "ORG"
    names = [c for c in cands if c.kind == "name"]
    # single-word names are often mislabelled by small models ("Schiff" a place, "Trump" an organisation):
    # the names of two or more words decide when there are any, and a full PERSON name counts thrice, as does
    # a PERSON name under a personal title ("President Trump ... Trump then said": the title says who it is)
    longer = [c for c in names if len(c.name_tokens) >= 2]
    votes = Counter(c.type for c in longer or names)
    if votes:
        for c in cands:
            if c.kind == "name" and c.type == "PERSON" and (len(c.name_tokens) >= 2 or (c.role and not longer)):
                votes["PERSON"] += 2
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    nominal = Counter(c.type for c in cands if c.kind == "nominal")
    return sorted(nominal.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if nominal else "ORG"


def _canonical_name(cands: list[Candidate], country: str | None, lex: EntityLexicon) -> str:
    if country and country in lex.countries:
        return lex.countries[country].name
    if team := next((c.extra["team"] for c in cands if c.extra.get("team")), None):
        return team  # "Tar Heels" and "North Carolina": the team's full name, which joins it across articles
    names = [c for c in cands if c.kind == "name" and not c.is_acronym]
    if names:
        # a name written in capitals (a dateline, a headline) only when the article never writes it otherwise
        best = max(names, key=lambda c: (len(c.name_tokens), not c.text.isupper(), len(c.text), -c.start))
        return best.text
    acronyms = [c for c in cands if c.kind == "name"]
    if acronyms:
        return acronyms[0].text
    nominal = max((c for c in cands if c.kind == "nominal"), key=lambda c: (len(c.text), -c.start))
    words = nominal.text.split()
    while words and words[0].lower() in {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
    }:
        words = words[1:]
    return " ".join(words) or nominal.text


def _roles(doc: Doc, cands: list[Candidate]) -> list[Role]:
    roles: list[Role] = []
    seen: set[str] = set()

    def add(label: str, start: int, end: int) -> None:
        key = label.lower()
        if key in seen:
            return
        seen.add(key)
        words = {w.lower().strip(".") for w in label.replace("-", " ").split()}
        current = False if words & FORMER else None
        roles.append(Role(label=label, start=start, end=end, current=current))

    for c in sorted(cands, key=lambda c: c.start):
        if c.kind == "name" and c.role and c.role_span:
            add(c.role, *c.role_span)
        elif c.kind == "nominal" and c.role_noun:
            head = doc[c.head_i]
            # keep the role's complement: "former director of the FSB"
            end_tok = head.i
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in {"of", "at", "for", "to"}:
                    end_tok = max(end_tok, child.right_edge.i)
            start_tok = c.tok_start
            while start_tok < head.i and doc[start_tok].lower_ in {
                "the",
                "a",
                "an",
                "his",
                "her",
                "its",
                "their",
                "this",
                "that",
            }:
                start_tok += 1
            span = doc[start_tok : end_tok + 1]
            add(span.text, span.start_char, span.end_char)
    return roles
