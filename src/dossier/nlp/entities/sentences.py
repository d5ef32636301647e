"""Which sentence each token of a doc is in: mention detection and the team rules give candidates their sentence."""

from __future__ import annotations

from spacy.tokens import Doc


def sentence_index(doc: Doc) -> list[int]:
    """The index of the sentence of every token, by token index."""
    sent_of = [0] * len(doc)
    for si, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = si
    return sent_of
