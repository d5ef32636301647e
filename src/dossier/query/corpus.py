"""``dossier.open(db)``: the questions an analyst asks of a corpus, answered with evidence."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from itertools import islice
from pathlib import Path as FsPath

from dossier.errors import ArticleNotFound, EntityNotFound, InvalidArgument, StoreError
from dossier.query.articles import latest_articles, neighbour_graph, stored_article
from dossier.query.checks import (
    check_certainties,
    check_dates,
    check_entity_type,
    check_event_types,
    check_limit,
    check_lookup,
    end_of,
)
from dossier.query.records import (
    ArticleRef,
    BalanceMonth,
    ClaimRecord,
    Connection,
    EntityProfile,
    EntityRef,
    EntityRow,
    EventRecord,
    Evidence,
    LinkReason,
    MonthCount,
    Path,
    PathEdge,
    RelationProfile,
    RelationRecord,
    RoleRecord,
    SearchHit,
    Table,
)
from dossier.query.same_event import SAME_EVENT_DAYS, ReportFacts, group_reports
from dossier.store import DEFAULT_DB, curation, is_postgres, open_store
from dossier.store import article_queries as aq
from dossier.store import codes as sc
from dossier.store import queries as q
from dossier.store.resolution import RecheckReport, recheck


class Corpus:
    def __init__(self, db: str | FsPath | None = None, *, readonly: bool = False, create: bool = True) -> None:
        """``create=False``: a SQLite store that does not exist is refused (``StoreError``), not made empty."""
        if not create and not is_postgres(db) and not FsPath(db or DEFAULT_DB).exists():
            raise StoreError(
                f"{db or DEFAULT_DB}: no such database; create it with `dossier ingest ... --db {db or DEFAULT_DB}`"
            )
        self.store = open_store(db, readonly=readonly)
        self.conn = self.store.conn

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- finding entities --------------------------------------------------------------------------
    def find(self, name: str) -> list[EntityRef]:
        """Entities a user's text may mean, best first (exact name, alias, surname, then names containing it:
        suggestions for reading, never for a write)."""
        check_lookup(name)
        return [EntityRef(r["id"], r["name"], r["type"]) for r in q.find_entities(self.conn, name)]

    def resolve_name(self, name: str | int) -> EntityRef:
        """The entity a question is about: an id, else the best of ``find`` (reads only; writes use
        ``resolve_exact``)."""
        by_id = self._by_id(name)
        if by_id is not None:
            return by_id
        found = self.find(str(name))
        if not found:
            raise EntityNotFound(f"no entity called {name!r} in the corpus; try `dossier entities` or `dossier search`")
        return found[0]

    def resolve_exact(self, name: str | int) -> EntityRef:
        """The one entity a write (merge, split, rename) acts on: an exact id, or an exact name or alias
        (case, accents and punctuation aside). Never a part of a name; a name of several entities is
        refused with their ids."""
        by_id = self._by_id(name)
        if by_id is not None:
            return by_id
        check_lookup(str(name))
        rows = q.exact_entities(self.conn, str(name))
        if not rows:
            hint = ", ".join(f"{r.name} (#{r.id})" for r in self.find(str(name))[:5])
            raise EntityNotFound(
                f"no entity is called exactly {name!r}; a write needs the exact name, an alias or the id"
                + (f" (close: {hint})" if hint else "; list them with `dossier entities`")
            )
        if len(rows) > 1:
            listed = ", ".join(f"#{r['id']} {r['name']} ({r['type']})" for r in rows[:20])
            raise InvalidArgument(f"{name!r} names {len(rows)} entities: {listed}; give the id of the one you mean")
        return EntityRef(rows[0]["id"], rows[0]["name"], rows[0]["type"])

    def _by_id(self, name: str | int) -> EntityRef | None:
        if isinstance(name, int) or (isinstance(name, str) and name.isdigit() and len(name) <= 18):
            row = q.entity(self.conn, int(name))
            if row is None:
                raise EntityNotFound(f"no entity with id {name}; list them with `dossier entities`")
            return EntityRef(row["id"], row["name"], row["type"])
        return None

    # -- questions ---------------------------------------------------------------------------------
    def entity(self, name: str | int, *, evidence: int = 3, claims: int = 50, why: int = 200) -> EntityProfile:
        """Profile of an actor. ``claims`` caps each claims list and ``why`` the link reasons (earliest
        first); counts (mentions per month, events by type, connections) always cover the whole corpus."""
        ref = self.resolve_name(name)
        row = q.entity(self.conn, ref.id)
        months = [MonthCount(r["month"], r["mentions"], r["articles"]) for r in q.mentions_per_month(self.conn, ref.id)]
        return EntityProfile(
            entity=ref,
            country=row["country"],
            aliases=[r["alias"] for r in q.aliases(self.conn, ref.id) if r["alias"] != ref.name],
            roles=self._roles(ref.id, evidence),
            connections=[
                Connection(EntityRef(r["id"], r["name"], r["type"]), r["articles"])
                for r in q.connections(self.conn, ref.id)
            ],
            events_as_source={r["type"]: r["n"] for r in q.event_types(self.conn, ref.id, "source")},
            events_as_target={r["type"]: r["n"] for r in q.event_types(self.conn, ref.id, "target")},
            claims_by=[self._claim(r) for r in q.claims(self.conn, by=[ref.id], limit=claims)],
            claims_about=[self._claim(r) for r in q.claims(self.conn, about=[ref.id], limit=claims)],
            mentions_per_month=months,
            why=[
                LinkReason(r["name"], r["rule"], r["article_id"], r["title"], r["published"])
                for r in q.link_reasons(self.conn, ref.id, why)
            ],
            mentions=sum(m.mentions for m in months),
            **self._codes(ref.id),
        )

    def _codes(self, entity_id: int) -> dict:
        country, sector = sc.entity_country_sector(self.conn, [entity_id]).get(entity_id, (None, None))
        return {"country_code": country, "sector": sector, "codes": sc.entity_codes(self.conn, entity_id)}

    def country_relation(self, a: str, b: str, *, sector: str | None = None):
        """Every event between actors of two countries (ISO alpha-3 codes or names), per month: counts per
        QuadClass, mean intensity, the actors on each side and every event's sentence (``CountryRelation``);
        ``sector`` keeps events whose both sides have that CAMEO sector (GOV)."""
        from dossier.query.countries import country_relation

        return country_relation(self.conn, a, b, sector=sector)

    def relation(
        self, a: str | int, b: str | int, *, paths: int = 3, evidence: int = 20, articles: int = 100
    ) -> RelationProfile:
        """How two actors are connected. ``articles`` caps the list of shared articles (earliest first);
        the monthly co-mention counts always cover all of them."""
        ea, eb = self.resolve_name(a), self.resolve_name(b)
        if ea.id == eb.id:
            raise EntityNotFound(f"{a!r} and {b!r} are the same entity ({ea.name})")
        x, y = q.smaller_first(self.conn, ea.id, eb.id)
        shared = q.shared_articles(self.conn, x, y)
        by_month: dict[str, int] = defaultdict(int)
        for r in shared:
            by_month[r["month"] or "unknown"] += 1
        events = group_events([self._event(r) for r in q.events_between(self.conn, x, y)])
        by_type: dict[str, dict[str, int]] = {"A->B": {}, "B->A": {}}
        for e in events:
            side = "A->B" if e.source and e.source.id == ea.id else "B->A"
            by_type[side][e.type] = by_type[side].get(e.type, 0) + e.reports
        claims = [self._claim(r) for r in q.claims_about_both(self.conn, x, y)]
        return RelationProfile(
            a=ea,
            b=eb,
            comentions=[MonthCount(m, n, n) for m, n in sorted(by_month.items())],
            articles=[
                ArticleRef(r["article_id"], r["title"], r["published"], r["source"], r["url"])
                for r in shared[:articles]
            ],
            events=events,
            events_by_type=by_type,
            balance=balance(events),
            relations=[self._relation(r) for r in q.relations_between(self.conn, x, y)],
            claims=claims,
            paths=self._paths(ea, eb, paths),
            evidence=[self._sentence_evidence(r) for r in q.shared_sentences(self.conn, x, y, evidence)],
        )

    def timeline(
        self,
        entity: str | int | None = None,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        types: Iterable[str] = (),
        limit: int | None = None,
    ) -> Table[EventRecord]:
        check_dates(date_from, date_to)
        date_to = end_of(date_to)  # inclusive: --to 2016-05 keeps May
        types = check_event_types(types)
        check_limit(limit)
        ids = [self.resolve_name(entity).id] if entity is not None else []
        rows = q.events(self.conn, entity_ids=ids, date_from=date_from, date_to=date_to, types=types)
        grouped = group_events([self._event(r) for r in rows])
        return Table(grouped[:limit] if limit else grouped)

    def claims(
        self,
        *,
        about: str | int | None = None,
        by: str | int | None = None,
        certainty: Iterable[str] = (),
        limit: int | None = None,
    ) -> Table[ClaimRecord]:
        certainty = check_certainties(certainty)
        check_limit(limit)
        rows = q.claims(
            self.conn,
            about=[self.resolve_name(about).id] if about is not None else [],
            by=[self.resolve_name(by).id] if by is not None else [],
            certainty=certainty,
            limit=limit,
        )
        return Table(self._claim(r) for r in rows)

    def search(self, text: str, *, limit: int = 50) -> Table[SearchHit]:
        """Sentences matching ``text`` (at most ``MAX_LOOKUP_CHARS`` characters), best first."""
        check_lookup(text, "search text")
        check_limit(limit)
        try:
            rows = q.search(self.conn, text, limit)
        except sqlite3.OperationalError:  # PostgreSQL's websearch_to_tsquery never raises on syntax
            # FTS5 query syntax error ("AT&T", unbalanced quotes): search the words as a phrase
            rows = q.search(self.conn, '"' + text.replace('"', " ") + '"', limit)
        out: Table[SearchHit] = Table()
        for r in rows:
            marked = r["marked"]
            first = marked.find("\x02")
            last = marked.find("\x03")
            start = r["start"] + (first if first >= 0 else 0)
            end = r["start"] + (last - 1 if last > first >= 0 else 0)
            ev = Evidence.of_row(r, r["text"], r["start"], start, end)
            out.append(SearchHit(ev, marked.replace("\x02", "[").replace("\x03", "]")))
        return out

    def entities(
        self,
        *,
        type: str | None = None,
        limit: int = 50,
        offset: int = 0,
        country: str | None = None,
        sector: str | None = None,
    ) -> Table[EntityRow]:
        """Corpus entities ranked by mentions; with ``country`` (alpha-3 or a name) or ``sector`` (CAMEO), the
        entities coded so in any article, most often so coded first."""
        if country or sector:
            from dossier.query.countries import check_sector, resolve_country

            code = resolve_country(country) if country else None
            ids = [i for i, _ in sc.coded_entities(self.conn, code, check_sector(sector), limit + offset)][offset:]
            out = self.entity_rows(ids)
            if type:
                out = Table(r for r in out if r.type == type)
        else:
            type = check_entity_type(type)
            check_limit(limit)
            if offset < 0:
                raise InvalidArgument(f"--offset {offset}: give 0 or more")
            out = Table()
            for r in q.entities_ranked(self.conn, type, limit, offset):
                aliases = [a["alias"] for a in q.aliases(self.conn, r["id"]) if a["alias"] != r["name"]][:8]
                out.append(
                    EntityRow(r["id"], r["name"], r["type"], r["country"], r["mentions"], r["articles"], aliases)
                )
        coded = sc.entity_country_sector(self.conn, [r.id for r in out])
        for r in out:
            r.country_code, r.sector = coded.get(r.id, (None, None))
        return out

    # -- curation ----------------------------------------------------------------------------------
    def merge(self, keep: str | int, other: str | int) -> EntityRef:
        """Fold ``other`` into ``keep`` (both names or ids); articles ingested later follow the decision."""
        a, b = self.resolve_exact(keep), self.resolve_exact(other)
        curation.merge(self.store, a.id, b.id)
        return self.resolve_name(a.id)

    def split(self, entity: str | int, names: list[str], new_name: str | None = None) -> EntityRef:
        """Move what was called one of ``names`` out of ``entity`` into a new entity."""
        ref = self.resolve_exact(entity)
        return self.resolve_name(curation.split(self.store, ref.id, names, new_name))

    def rename(self, entity: str | int, name: str) -> EntityRef:
        ref = self.resolve_exact(entity)
        curation.rename(self.store, ref.id, name)
        return self.resolve_name(ref.id)

    def recheck(self) -> RecheckReport:
        """Re-resolve the whole store with the current rules (``dossier entities recheck``), and code its
        actors again with the current codes rules and data."""
        store = self.store
        with store.write() as db:
            report = recheck(db, store.knowledge(), store._new_entity)
            sc.recode(db)
            return report

    # -- building records --------------------------------------------------------------------------
    def _ref(self, entity_id: int | None, name: str | None, type: str | None = None) -> EntityRef | None:
        return None if entity_id is None else self._entity_ref(entity_id, name, type)

    def _entity_ref(self, entity_id: int, name: str | None, type: str | None = None) -> EntityRef:
        if name is not None and type is not None:  # the row had them: no query
            return EntityRef(entity_id, name, type)
        row = q.entity(self.conn, entity_id)
        return EntityRef(entity_id, name or row["name"], row["type"])

    def _event(self, r) -> EventRecord:
        ev = Evidence.of_row(
            r, r["sentence_text"], r["sentence_start"], r["trigger_start"], r["trigger_end"], source="article_source"
        )
        return EventRecord(
            date=r["event_date"],
            date_source=r["date_source"],
            type=r["type"],
            mode=r["mode"],
            quad_class=r["quad_class"],
            penta_class=r["penta_class"],
            intensity=r["intensity"],
            source=self._ref(r["source_entity"], r["source_name"], r["source_type"]),
            target=self._ref(r["target_entity"], r["target_name"], r["target_type"]),
            place=self._ref(r["place_entity"], r["place_name"], r["place_type"]),
            certainty=r["certainty"],
            negated=bool(r["negated"]),
            trigger=r["trigger_text"],
            reports=1,
            sources=1,
            evidence=[ev],
        )

    def _claim(self, r) -> ClaimRecord:
        ev = Evidence.of_row(
            r, r["evidence_text"], r["evidence_start"], r["content_start"], r["content_end"], source="article_source"
        )
        return ClaimRecord(
            source=self._ref(r["source_entity"], r["source_name"], r["source_type"]),
            source_text=r["source_text"],
            source_kind=r["source_kind"],
            cue=r["cue_text"],
            content=r["content_text"],
            certainty=r["certainty"],
            direct=bool(r["direct"]),
            published=r["published"],
            evidence=ev,
        )

    def _relation(self, r) -> RelationRecord:
        ev = None
        if r["evidence_start"] is not None:
            ev = Evidence.of_row(r, r["sentence_text"], r["sentence_start"], r["evidence_start"], r["evidence_end"])
        subj = self._entity_ref(r["subject_entity"], r["subject_name"], r["subject_type"])
        obj = self._entity_ref(r["object_entity"], r["object_name"], r["object_type"])
        return RelationRecord(
            r["type"], subj, obj, r["label"], None if r["current"] is None else bool(r["current"]), ev
        )

    def _roles(self, entity_id: int, evidence: int) -> list[RoleRecord]:
        roles: dict[str, RoleRecord] = {}
        for r in q.roles(self.conn, entity_id):
            key = r["label"].lower()
            rec = roles.get(key)
            if rec is None:
                cur = None if r["current"] is None else bool(r["current"])
                rec = roles[key] = RoleRecord(r["label"], cur, r["published"], r["published"], 0, [])
            rec.articles += 1
            rec.last_seen = r["published"] or rec.last_seen
            if len(rec.evidence) < max(evidence, 1):  # the sentence is read only for the evidence kept
                sent = q.sentence(self.conn, r["article_id"], r["start"])
                rec.evidence.append(
                    Evidence.of_row(
                        r,
                        sent["text"] if sent else r["label"],
                        sent["start"] if sent else r["start"],
                        r["start"],
                        r["end"],
                    )
                )
        return sorted(roles.values(), key=lambda x: (-x.articles, x.first_seen or "", x.label))

    def _sentence_evidence(self, r) -> Evidence:
        return Evidence.of_row(r, r["text"], r["start"], r["start"], r["end"])

    def _paths(self, a: EntityRef, b: EntityRef, k: int) -> list[Path]:
        """The k best paths from a to b through other actors, over co-mention edges (fewer hops, more evidence)."""
        import networkx as nx

        if k <= 0:
            return []
        around = {a.id, b.id}
        around |= {r["id"] for r in q.connections(self.conn, a.id, 30)}
        around |= {r["id"] for r in q.connections(self.conn, b.id, 30)}
        graph = nx.Graph()
        for r in q.neighbourhood_edges(self.conn, sorted(around)):
            graph.add_edge(r["a"], r["b"], articles=r["articles"], weight=1.0 + 1.0 / r["articles"])
        if a.id not in graph or b.id not in graph:
            return []
        out = []
        try:
            for nodes in islice(nx.shortest_simple_paths(graph, a.id, b.id, weight="weight"), k + 1):
                if len(nodes) <= 2:
                    continue  # the direct tie is the rest of the profile; paths go through others
                refs = [self._entity_ref(n, None) for n in nodes]
                edges = [
                    PathEdge(refs[i], refs[i + 1], graph[nodes[i]][nodes[i + 1]]["articles"])
                    for i in range(len(nodes) - 1)
                ]
                out.append(Path(refs, edges))
                if len(out) == k:
                    break
        except nx.NetworkXNoPath:
            return []
        return out

    # -- articles and neighbourhoods (the web app) ---------------------------------------------------
    def article(self, article_id: str):
        """One stored article as ``StoredArticle``: its text and everything extracted from it (an ``Analysis``
        with offsets into the text), and the corpus entity each of its entities was linked to."""
        found = stored_article(self.conn, article_id)
        if found is None:
            raise ArticleNotFound(f"no article with id {article_id!r}; list them with `dossier search` or the web app")
        return found

    def articles(self, *, limit: int = 20, offset: int = 0) -> Table[ArticleRef]:
        """Stored articles, newest first."""
        return Table(latest_articles(self.conn, limit, offset))

    def count(self, what: str = "articles", *, type: str | None = None) -> int:
        """How many ``articles`` or ``entities`` (of a ``type``) the store holds."""
        return aq.count_articles(self.conn) if what == "articles" else aq.count_entities(self.conn, type)

    def neighbourhood(self, a: str | int, b: str | int, *, neighbours: int = 8):
        """The graph around two actors (``NeighbourGraph``): both, the actors mentioned with both, and every
        co-mention edge among them with its cooperation and conflict events."""
        ea, eb = self.resolve_name(a), self.resolve_name(b)
        if ea.id == eb.id:
            raise EntityNotFound(f"{a!r} and {b!r} are the same entity ({ea.name})")
        return neighbour_graph(self.conn, ea, eb, neighbours, lambda i: self._ref(i, None))

    def entity_rows(self, ids: list[int]) -> Table[EntityRow]:
        """``EntityRow``s (mentions, articles, aliases) of the given entity ids, in that order."""
        rows = {r["id"]: r for r in aq.entity_rows(self.conn, ids)}
        out: Table[EntityRow] = Table()
        for i in ids:
            if i in rows:
                r = rows[i]
                aliases = [a["alias"] for a in q.aliases(self.conn, i) if a["alias"] != r["name"]][:8]
                out.append(EntityRow(i, r["name"], r["type"], r["country"], r["mentions"], r["articles"], aliases))
        return out


def group_events(events: list[EventRecord], days: int = SAME_EVENT_DAYS) -> list[EventRecord]:
    """Reports of the same event become one event record (``dossier.query.same_event``: the rule the
    exports use too): the earliest report's facts, every report's evidence, the number of distinct
    articles (``reports``) and of distinct sources (``sources``)."""
    out: list[EventRecord] = []
    for group in group_reports(events, record_facts, days):
        first = group[0]
        evidence = [ev for e in group for ev in e.evidence]
        facts = [record_facts(e) for e in group]
        out.append(
            EventRecord(
                **{
                    **first.__dict__,
                    "evidence": evidence,
                    "reports": len({f.article_id for f in facts}),
                    "sources": len({f.source_key for f in facts}),
                }
            )
        )
    return out


def record_facts(e: EventRecord) -> ReportFacts:
    ev = e.evidence[0]
    return ReportFacts(
        type=e.type,
        source_id=e.source.id if e.source else None,
        target_id=e.target.id if e.target else None,
        negated=e.negated,
        date=e.date,
        article_id=ev.article_id,
        article_date=ev.published,
        publisher=ev.source,
        url=ev.url,
        position=ev.start,
    )


def balance(events: list[EventRecord]) -> list[BalanceMonth]:
    """Cooperation and conflict per month: QuadClass 1-2 against 3-4, weighted by intensity and reports."""
    months: dict[str, BalanceMonth] = {}
    for e in events:
        if not e.date or e.quad_class not in (1, 2, 3, 4):
            continue
        month = e.date[:7]
        rec = months.setdefault(month, BalanceMonth(month, 0.0, 0.0, 0))
        weight = abs(e.intensity) if e.intensity else 1.0
        if e.quad_class in (1, 2):
            rec.cooperation += weight * e.reports
        else:
            rec.conflict += weight * e.reports
        rec.events += e.reports
    return [months[m] for m in sorted(months)]


def open_corpus(db: str | FsPath | None = None, *, readonly: bool = False, create: bool = True) -> Corpus:
    """Open a corpus store for questions (``dossier.open``); ``create=False`` refuses a missing SQLite file."""
    return Corpus(db, readonly=readonly, create=create)
