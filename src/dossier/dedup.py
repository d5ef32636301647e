"""Near-duplicate detection: syndicated copies of one story (another headline, other boilerplate).

MinHash signatures of word 5-gram shingles (datasketch), indexed with LSH; two articles whose estimated
Jaccard similarity is at least ``THRESHOLD`` are reports of the same story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.7
NUM_PERM = 64
SHINGLE = 5
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class StoryIndex:
    """Which stored story, if any, an article is another report of."""

    def __init__(self, stored: Iterable[tuple[str, str, bytes]] = ()) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.story_of: dict[str, str] = {}
        self.sigs: dict[str, np.ndarray] = {}  # hash values only: a MinHash object costs ~1 KB more
        for article_id, story_id, data in stored:
            self.add(article_id, story_id, from_bytes(data))

    def add(self, article_id: str, story_id: str, mh: MinHash) -> None:
        if article_id in self.story_of:
            return
        self.lsh.insert(article_id, mh)
        self.story_of[article_id] = story_id
        self.sigs[article_id] = np.asarray(mh.hashvalues, dtype=np.uint64)

    def story_for(self, mh: MinHash) -> str | None:
        best = None
        for other in sorted(self.lsh.query(mh)):
            score = float(np.mean(self.sigs[other] == np.asarray(mh.hashvalues, dtype=np.uint64)))
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, other)
        return self.story_of[best[1]] if best else None
