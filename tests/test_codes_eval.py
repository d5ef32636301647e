"""dossier eval actors: the gold file, the scoring against a stand-in analyser, and the founding article."""

from __future__ import annotations

from collections import Counter

import pytest

from dossier.codes import code_analysis
from dossier.eval.actors import GOLD, GoldActor, GoldText, baseline, evaluate, load_gold
from dossier.models import Analysis, Entity, Mention, Offsets


def test_codes_eval_gold_is_big_varied_and_split(shared_dir):
    texts = load_gold(GOLD, shared_dir)  # every cited span is checked against its file
    actors = [a for t in texts for a in t.actors]
    assert len(actors) >= 150
    kinds = Counter(a.kind for a in actors)
    for kind in (
        "leader",
        "minister",
        "ministry",
        "armed forces",
        "rebels",
        "police",
        "company",
        "media",
        "igo",
        "ngo",
    ):
        assert kinds[kind] >= 1, kind
    first = [a for a in actors if a.batch == 1]
    test = sum(a.split == "test" for a in first)
    assert 0.25 <= test / len(first) <= 0.4  # a third of the first batch, by a hash fixed before scoring
    added = [a for a in actors if a.batch == 2]
    assert len(added) >= 40 and all(a.split == "test" for a in added)  # a later batch: all held out
    assert all(a.split == "dev" for a in actors if a.batch == 3)  # more dev sentences
    unseen = [a for a in actors if a.batch == 4]
    assert len(unseen) >= 60 and all(a.split == "test" for a in unseen)  # another unseen batch, all held out
    assert any(t.id.startswith("f") for t in texts) and any(t.id.startswith("p") for t in texts)


def test_codes_eval_scores_answers_and_the_baseline():
    text = "Syrian rebels attacked. Putin spoke."
    gold = [
        GoldActor("t", "Syrian rebels", 0, 13, "SYR", "REB", "rebels", "dev"),
        GoldActor("t", "Putin", 24, 29, "RUS", "GOV", "leader", "test"),
    ]

    def analyze(article):
        syria = Entity("e1", "Syria", "GPE", [Mention(0, 6, "Syrian", "name", 0)], country="SY")
        putin = Entity(
            "e2", "Vladimir Putin", "PERSON", [Mention(24, 29, "Putin", "name", 0)], aliases=["Vladimir Putin"]
        )
        return code_analysis(Analysis(article, [Offsets(0, len(text))], [syria, putin]))

    report = evaluate(analyze, [GoldText("t", "2017-05-01", text, gold)])
    assert report.system["all"].as_dict() == {"n": 2, "country": 1.0, "sector": 1.0}
    assert report.system["test"].n == 1 and report.system["dev"].n == 1
    assert report.baseline["all"].as_dict() == {"n": 2, "country": 0.5, "sector": 0.0}  # "Putin" names no country
    assert baseline(gold[0]) == ("SYR", None)
    assert report.errors() == []


@pytest.mark.slow
def test_codes_founding_article(nlp, founding_article):
    from dossier.analysis import analyze_articles
    from dossier.models import Article

    # no date given: the pipeline infers the week of July 7, 2017 ("this Friday, July 7"), and codes on it
    [a] = list(analyze_articles(nlp, [Article("f", founding_article)], max_chars=100_000))
    by_name = {e.name: e for e in a.entities}
    for name, code in [
        ("Donald Trump", ("USA", "GOV")),
        ("Rex Tillerson", ("USA", "GOV")),
        ("Vladimir Putin", ("RUS", "GOV")),
        ("FBI", ("USA", "COP")),
        ("Syrian Army", ("SYR", "MIL")),
    ]:
        assert (by_name[name].country_code, by_name[name].sector) == code, name
    flynn = by_name["Michael Flynn"]
    assert flynn.country_code == "USA" and flynn.sector != "GOV"  # he had resigned by July 2017
    gov = [(c.start, c.end) for c in flynn.codes if c.code == "USAGOV"]
    assert gov == [("2017-01-20", "2017-02-13")]
    assert all(e.source_country in (None, "USA", "RUS", "SYR") for e in a.events)
    attack = next(e for e in a.events if e.type == "ASSAULT" and e.target == by_name["Syrian Army"].id)
    assert (attack.source_country, attack.source_sector, attack.target_country, attack.target_sector) == (
        "USA",
        "GOV",
        "SYR",
        "MIL",
    )


def test_codes_eval_gold_folder_files_and_bad_paths(tmp_path):
    from dossier.errors import DataError

    # the shipped gold is a folder of files, each under 1 MiB, with no text twice
    files = sorted(GOLD.glob("*.jsonl"))
    assert len(files) >= 2 and all(f.stat().st_size < 1024 * 1024 for f in files)
    ids = [
        line.split('"id": "')[1].split('"')[0] for f in files for line in f.read_text().splitlines() if '"id"' in line
    ]
    assert len(ids) == len(set(ids))
    # a folder of files reads as their concatenation, in name order
    (tmp_path / "b.jsonl").write_text('{"id": "x2", "date": "2020-01-01", "text": "Police said.", "actors": []}\n')
    (tmp_path / "a.jsonl").write_text('{"about": "h"}\n{"id": "x1", "text": "Rebels fled.", "actors": []}\n')
    assert [t.id for t in load_gold(tmp_path)] == ["x1", "x2"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match="holds no .jsonl file"):
        load_gold(empty)
    with pytest.raises(DataError, match="cannot read the actors gold"):
        load_gold(tmp_path / "missing.jsonl")
