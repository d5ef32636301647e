"""Near-duplicate detection: syndicated copies of one story (another headline, other boilerplate).

MinHash signatures of word 5-gram shingles (datasketch), indexed with LSH bands kept in the store; two
articles whose estimated Jaccard similarity is at least ``THRESHOLD`` are reports of the same story.
"""

from __future__ import annotations

import hashlib
import re
import sys
from array import array
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

THRESHOLD = 0.7
NUM_PERM = 64
SHINGLE = 5
BANDS, ROWS = 8, 8  # datasketch's optimum for THRESHOLD and NUM_PERM (false positives and negatives weighed equally)
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    from datasketch import MinHash  # slow to import (scipy, numpy): only ingest makes signatures

    words = _WORD.findall(text.lower())
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """The signature as stored: its 64-bit values in this machine's byte order."""
    return mh.hashvalues.astype("=u8").tobytes()


def _values(data: bytes) -> array:
    """A stored signature's 64-bit values (plain ``array``: the store reads signatures without numpy)."""
    return array("Q", data)


def band_keys(data: bytes) -> list[int]:
    """The LSH band keys of a stored signature: two articles sharing a key agree on every row of a band.

    The store keeps these in an indexed table (``story_keys``), so near-duplicate search asks the database
    instead of holding every signature in memory. Same banding as datasketch's ``MinHashLSH`` for
    ``THRESHOLD`` and ``NUM_PERM`` (8 bands of 8 rows), so the candidates are the same; each key is a
    signed 64-bit hash of the band's number and values, as both SQLite and PostgreSQL store it.
    """
    values = _values(data)
    if sys.byteorder == "big":
        values.byteswap()  # keys hash the little-endian bytes, whatever the machine
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def best_story(data: bytes, candidates: Iterable[tuple[str, str, bytes]]) -> str | None:
    """The story of the most similar candidate (article id, story id, signature) at or above ``THRESHOLD``;
    ties go to the smallest article id, so the answer does not depend on the order the store returns."""
    mine = _values(data)
    best: tuple[float, str] | None = None
    for _article_id, story_id, other in sorted(candidates):
        score = sum(a == b for a, b in zip(_values(other), mine, strict=True)) / len(mine)
        if score >= THRESHOLD and (best is None or score > best[0]):
            best = (score, story_id)
    return best[1] if best else None
