"""One rule for "the same event": the timeline, the relation answers and the exports group reports alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.export.grouping import group_events as export_groups
from dossier.query.corpus import group_events as query_groups
from dossier.query.records import EntityRef, EventRecord, Evidence
from dossier.query.same_event import ReportFacts, group_reports

# (event id, type, source, target, negated, date, article, publisher)
REPORTS = [
    (1, "SANCTION", 1, 2, False, "2024-03-04", "a1", "Wire A"),
    (2, "SANCTION", 1, 2, False, "2024-03-06", "a2", "Wire B"),  # 2 days later: the same event
    (3, "SANCTION", 1, 2, False, "2024-03-06", "a2", "Wire B"),  # told twice in one article
    (4, "SANCTION", 1, 2, False, "2024-03-09", "a3", "Wire A"),  # 5 days after the first: another event
    (5, "SANCTION", 2, 1, False, "2024-03-04", "a1", "Wire A"),  # roles reversed
    (6, "SANCTION", 1, 2, True, "2024-03-04", "a4", "Wire C"),  # negated
    (7, "ACCUSE", 1, 2, False, "2024-03-04", "a4", "Wire C"),  # another type
    (8, "SANCTION", 1, 2, False, None, "a5", "Wire D"),  # undated: its own event
    (9, "SANCTION", None, None, False, "2024-03-04", "a6", "Wire D"),  # no actor: its own event
]


def _row(r):
    eid, etype, src, tgt, neg, date, art, pub = r
    return {
        "event_id": eid,
        "type": etype,
        "source_id": src,
        "target_id": tgt,
        "negated": neg,
        "date": date,
        "article_id": art,
        "article_date": date,
        "article_source": pub,
        "article_url": None,
        "trigger_start": eid,
    }


def _record(r):
    eid, etype, src, tgt, neg, date, art, pub = r
    ref = lambda i: EntityRef(i, f"E{i}", "GPE") if i else None  # noqa: E731
    ev = Evidence(art, None, date, pub, None, "sentence", 0, eid, eid + 1)
    return EventRecord(
        date, "text", etype, None, 3, 3, -6.0, ref(src), ref(tgt), None, "asserted", neg, "x", 1, 1, [ev]
    )


def test_events_same_event_rule_is_one_for_queries_and_exports():
    exported = export_groups([_row(r) for r in REPORTS])
    answered = query_groups([_record(r) for r in REPORTS])
    assert [sorted(x["event_id"] for x in g.reports) for g in exported] == [
        sorted(ev.start for ev in e.evidence) for e in answered
    ]
    assert [(g.num_reports, g.num_sources) for g in exported] == [(e.reports, e.sources) for e in answered]
    first = answered[0]
    assert (len(first.evidence), first.reports, first.sources) == (3, 2, 2)
    assert len(exported) == 7


def test_events_same_event_rule_orders_groups_by_earliest_report():
    facts = lambda x: ReportFacts("T", 1, 2, False, x[0], x[1])  # noqa: E731
    groups = group_reports([("2024-01-05", "b"), (None, "c"), ("2024-01-01", "a"), ("2024-01-03", "d")], facts)
    assert groups == [[("2024-01-01", "a"), ("2024-01-03", "d")], [("2024-01-05", "b")], [(None, "c")]]


@pytest.mark.slow
def test_events_timeline_relation_and_export_agree(tmp_path: Path):
    from dossier.build import ingest
    from dossier.query.corpus import open_corpus
    from dossier.store import export_queries as eq
    from dossier.store import open_store

    articles = {
        "r1": ("2024-03-04", "Wire A", "Russia expelled two Polish diplomats on March 4, 2024."),
        "r2": ("2024-03-05", "Wire B", "On March 5, 2024, Russia expelled two Polish diplomats, officials said."),
        "r3": ("2024-03-20", "Wire C", "Russia expelled a Polish consul on March 20, 2024."),
    }
    lines = [json.dumps({"id": k, "text": t, "published": p, "source": s}) for k, (p, s, t) in articles.items()]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert ingest([tmp_path / "in.jsonl"], db=db).stored == 3
    store = open_store(db, readonly=True)
    exported = export_groups(eq.events(store.conn, eq.Scope()))
    store.close()
    with open_corpus(db, readonly=True) as corpus:
        timeline = list(corpus.timeline())
        relation = corpus.relation("Russia", "Poland").events
    key_export = [
        (
            g.first["type"],
            g.first["source_id"],
            g.first["target_id"],
            (g.first["date"] or "")[:10],
            g.num_reports,
            g.num_sources,
        )
        for g in exported
    ]
    key_timeline = [
        (
            e.type,
            e.source.id if e.source else None,
            e.target.id if e.target else None,
            (e.date or "")[:10],
            e.reports,
            e.sources,
        )
        for e in timeline
    ]
    assert key_export == key_timeline
    expel = [k for k in key_timeline if k[0] == "SANCTION"]
    assert [k[4] for k in expel] == [2, 1]  # March 4 and 5: one event in two reports; March 20: another
    assert [(e.type, e.reports) for e in relation if e.type == "SANCTION"] == [("SANCTION", 2), ("SANCTION", 1)]
