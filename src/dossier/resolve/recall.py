"""Names the corpus knows, found where an article's NER missed them: a stage between analysis and resolution.

A small NER model tags "Lindsay Lohan" in one article and misses her in the next one ("Lindsay Lohan has
checked out", untagged), and it misses "TMZ" in every sentence of an article that another article tagged it
in. The corpus is evidence: a name that other articles were tagged with is a mention wherever this article
writes it untagged. Only names that cannot be common words are recalled, and only whole:

- a name of two or more words, each capitalised (connectors like "of", "the", "and" inside are allowed),
  or an acronym of three or more capitals ("TMZ", "ESPN");
- written exactly so (case and all), on word boundaries, over no mention the article already has;
- not running on into more capitalised words ("Lindsay Lohan Foundation"), except in a headline, where
  every word is capitalised;
- not a name the article was already tagged with (its own repeats are the entity stage's:
  ``nlp.entities.consistency``).

Each recalled name becomes a document entity of its own, of the type the corpus gives the name most often;
resolution then links it by its name like any other, so a recalled name never links by anything weaker.
An article learns from the store's names, from those of the articles before it in the batch and from
those of the ``build.RECALL_WINDOW`` articles after it (input order), which are analysed before it is
stored: the same on every engine.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dossier.headlines import headline_lines
from dossier.models import Analysis, Entity, Mention

_WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")
_CONNECTORS = {"of", "the", "and", "for", "de", "du", "la", "le", "von", "van", "&"}
_ACRONYM = re.compile(r"[A-Z]{3,6}")
MAX_WORDS = 6
RULE = "corpus name"


@dataclass
class KnownNames:
    """The recallable names of a corpus, with the type each is most often given."""

    counts: dict[tuple[str, ...], Counter[str]] = field(default_factory=dict)

    @classmethod
    def of_rows(cls, rows) -> KnownNames:
        """From (name text, type, count) rows: the store's name mentions (``store.known_names``)."""
        known = cls()
        for text, etype, n in rows:
            words = recallable(text)
            if words:
                known.counts.setdefault(words, Counter())[etype] += n
        return known

    def learn(self, analysis: Analysis) -> None:
        """Take in the names an article was tagged with (after it is stored)."""
        for entity in analysis.entities:
            for m in entity.mentions:
                if m.kind == "name" and m.linked_by != RULE:
                    words = recallable(m.text)
                    if words:
                        self.counts.setdefault(words, Counter())[entity.type] += 1

    def type_of(self, words: tuple[str, ...]) -> str:
        counts = self.counts[words]
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def recall(self, analysis: Analysis) -> Analysis:
        """The analysis with one more entity for every known name it writes untagged."""
        if not self.counts:
            return analysis
        text = analysis.article.text
        own = {recallable(m.text) for e in analysis.entities for m in e.mentions if m.kind == "name"}
        covered = bytearray(len(text) + 1)
        for e in analysis.entities:
            for m in e.mentions:
                covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        tokens = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text)]
        headlines = headline_lines(text)
        found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        i = 0
        while i < len(tokens):
            match = None
            for width in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
                words = tuple(t[2] for t in tokens[i : i + width])
                if words not in self.counts or words in own:
                    continue
                start, end = tokens[i][0], tokens[i + width - 1][1]
                # a person's name may follow a role ("GM Tony Reagins", "Coach Mo Cheeks")
                titled = len(words) >= 2 and self.type_of(words) == "PERSON" and _role_before(tokens, i, text)
                if not any(covered[start:end]) and _whole(tokens, i, i + width, text, headlines, titled):
                    match = (words, start, end, width)
                    break
            if match is None:
                i += 1
                continue
            words, start, end, width = match
            found.setdefault(words, []).append((start, end))
            i += width
        if not found:
            return analysis
        starts = [s.start for s in analysis.sentences]
        extra = []
        for n, (words, spans) in enumerate(found.items(), start=1):
            name = text[spans[0][0] : spans[0][1]]
            mentions = [
                Mention(
                    start=s,
                    end=e,
                    text=text[s:e],
                    kind="name",
                    sentence=max(0, bisect.bisect_right(starts, s) - 1),
                    head=words[-1].lower(),
                    linked_by=RULE,
                )
                for s, e in spans
            ]
            extra.append(Entity(id=f"r{n}", name=name, type=self.type_of(words), mentions=mentions))
        return replace(analysis, entities=[*analysis.entities, *extra])


def recallable(text: str) -> tuple[str, ...] | None:
    """The words of a name that may be recalled, or None (a one-word name that is no acronym, a lower-case word)."""
    words = tuple(w.group() for w in _WORD.finditer(text))
    if not words:
        return None
    if len(words) == 1:
        return words if _ACRONYM.fullmatch(words[0]) else None
    if len(words) > MAX_WORDS or words[0].lower() in _CONNECTORS or words[-1].lower() in _CONNECTORS:
        return None
    if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and sum(w[:1].isupper() for w in words) >= 2:
        return words
    return None


def _whole(
    tokens: list[tuple[int, int, str]], i: int, j: int, text: str, headlines: set[int], titled: bool = False
) -> bool:
    """Not part of a longer capitalised name on its line (a headline's neighbours say nothing); ``titled``: the
    word before is a role, not part of the name."""
    if "\n" in text[tokens[i][0] : tokens[j - 1][1]]:
        return False
    if text.count("\n", 0, tokens[i][0]) in headlines:
        return True
    if i > 0 and not titled:
        start, end, word = tokens[i - 1]
        gap = text[end : tokens[i][0]]
        if word[:1].isupper() and not gap.strip() and "\n" not in gap and not _sentence_start(text, start):
            return False
    if j < len(tokens):
        start, _, word = tokens[j]
        gap = text[tokens[j - 1][1] : start]
        if word[:1].isupper() and not gap.strip() and "\n" not in gap:
            return False
    return True


_ABBREVIATED_ROLE = re.compile(r"[A-Z]{2,3}")


def _role_before(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """The word just before token ``i``, on its line, is a role the entity lexicon knows ("Coach", "Senator") or
    a role's capitals of two or three letters ("GM", "CEO"), with no given name before it ("Mary Ann Smith" is
    no "Ann Smith" after a role)."""
    if i == 0:
        return False
    start, end, word = tokens[i - 1]
    gap = text[end : tokens[i][0]]
    if gap.strip() or "\n" in gap:
        return False
    lex = _lexicon()
    return word.lower() not in lex.given_names and (
        word.lower() in lex.role_words or bool(_ABBREVIATED_ROLE.fullmatch(word))
    )


@lru_cache(maxsize=1)
def _lexicon():
    from dossier.nlp.entities.lexicon import EntityLexicon

    return EntityLexicon.load()


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\n\"'”’:"
