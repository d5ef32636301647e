"""Read ECB+ cross-document coreference data (``articles.jsonl`` + ``gold.json``; see the folder's README).

A topic is the number before ``_`` in an article id ("12_3ecbplus" -> 12). The held-back part is every
topic whose number is divisible by 3; the development part is the rest (see ``docs/resolution.md``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from dossier.errors import DataError
from dossier.eval.detokenize import respace
from dossier.models import Article

SPLITS = ("all", "dev", "held-back")


@dataclass(frozen=True)
class EcbMention:
    doc: str
    start: int
    end: int
    head: tuple[int, int]  # the head token's offsets, narrowed to ``head_text`` when it lies inside them
    chain: str
    text: str
    head_text: str
    type: str
    named: bool

    @property
    def id(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


@dataclass(frozen=True)
class EcbData:
    articles: list[Article]  # in file order: the order they are ingested in
    mentions: list[EcbMention]


def topic_of(article_id: str) -> int:
    head = article_id.split("_", 1)[0]
    if not head.isdigit():
        raise DataError(f"article id {article_id!r} does not start with a topic number (like 12_3ecbplus)")
    return int(head)


def in_split(topic: int, split: str) -> bool:
    if split == "all":
        return True
    if split == "held-back":
        return topic % 3 == 0
    if split == "dev":
        return topic % 3 != 0
    raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")


def parse_topics(spec: str) -> set[int]:
    """``"1-35"``, ``"1,3,5"``, ``"1-10,20"`` -> the set of topic numbers."""
    topics: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise DataError(f"--topics {spec!r}: write topic numbers and ranges, like 1-35 or 1,3,5")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if high < low:
            raise DataError(f"--topics {spec!r}: the range {part} is empty")
        topics.update(range(low, high + 1))
    return topics


def load_ecbplus(data_dir: Path, topics: set[int] | None = None) -> EcbData:
    """The articles and gold mentions of ``data_dir`` (those of ``topics`` only, when given)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataError(f"{data_dir}: no such directory; give the ECB+ folder (articles.jsonl and gold.json)")
    for name in ("articles.jsonl", "gold.json"):
        if not (data_dir / name).is_file():
            raise DataError(
                f"{data_dir}: not an ECB+ folder (no {name}); give the folder holding articles.jsonl and gold.json"
            )
    articles = _read_articles(data_dir / "articles.jsonl")
    texts = {a.id: a.text for a in articles}
    mentions = _read_gold(data_dir / "gold.json", texts)
    articles, mentions = _as_printed(articles, mentions)
    if topics is not None:
        articles = [a for a in articles if topic_of(a.id) in topics]
        mentions = [m for m in mentions if topic_of(m.doc) in topics]
        if not articles:
            raise DataError(f"{data_dir}: no article of the topics asked for")
    return EcbData(articles, mentions)


def _as_printed(articles: list[Article], mentions: list[EcbMention]) -> tuple[list[Article], list[EcbMention]]:
    """The corpus joins its tokens with spaces ("U . S . Marshals", "Lohan 's"); dossier reads each
    article with the spacing news prints, and the gold mentions move with their tokens."""
    moved: dict[str, tuple[str, list[int]]] = {a.id: respace(a.text) for a in articles}
    printed = [replace(a, text=moved[a.id][0]) for a in articles]
    out = []
    for m in mentions:
        text, where = moved[m.doc]
        start, end = where[m.start], where[m.end]
        head = (where[m.head[0]], where[m.head[1]])
        out.append(replace(m, start=start, end=end, head=head, text=text[start:end], head_text=text[head[0] : head[1]]))
    return printed, out


def _read_articles(path: Path) -> list[Article]:
    articles: list[Article] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                art = Article(id=str(row["id"]), text=row["text"], title=row.get("title"), origin=f"{path.name}:{n}")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise DataError(
                    f"{path}:{n}: not an article line ({type(exc).__name__}: {exc}); want {{id, title, text}}"
                ) from None
            if art.id in seen:
                raise DataError(f"{path}:{n}: article {art.id!r} appears twice")
            topic_of(art.id)
            seen.add(art.id)
            articles.append(art)
    if not articles:
        raise DataError(f"{path}: no articles")
    return articles


def _read_gold(path: Path, texts: dict[str, str]) -> list[EcbMention]:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(rows, list):
        raise DataError(f"{path}: want a list of mentions")
    mentions: list[EcbMention] = []
    for k, row in enumerate(rows):
        try:
            doc = str(row["doc"])
            head = (int(row["head"][0]), int(row["head"][1]))
            mention = EcbMention(
                doc,
                int(row["start"]),
                int(row["end"]),
                head,
                str(row["chain"]),
                row["text"],
                row["head_text"],
                row.get("type", ""),
                bool(row.get("named", False)),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DataError(
                f"{path}: mention {k} lacks {exc} (want doc, start, end, head, chain, text, head_text)"
            ) from None
        if doc not in texts:
            raise DataError(f"{path}: mention {k} is in article {doc!r}, which articles.jsonl does not have")
        mentions.append(_narrow_head(mention, texts[doc]))
    return mentions


def _narrow_head(m: EcbMention, text: str) -> EcbMention:
    """The head's offsets cover its whole corpus token ("Lohan's" for the head "Lohan", "drunk-girl" for
    "girl"), which a tokeniser may split; keep the part that is the head word itself when it is there."""
    start, end = m.head
    at = text.find(m.head_text, start, end) if m.head_text else -1
    if at < 0 or (at, at + len(m.head_text)) == (start, end):
        return m
    return EcbMention(m.doc, m.start, m.end, (at, at + len(m.head_text)), m.chain, m.text, m.head_text, m.type, m.named)
