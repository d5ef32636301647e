"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

SUPPORTED = ("en",)
# Below this many letters the identifier is unreliable, so short texts are taken as English.
MIN_LETTERS = 200
# A sentence shorter than this (in letters) is not classified on its own.
MIN_SENTENCE_LETTERS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+|\n+")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ``("en", 0.0)`` when the text is too short to tell."""
    sample = text[:20_000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "en", 0.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def english_share(text: str) -> float:
    """The share of the letters of the text's sentences (of at least 40 letters) that are in sentences
    identified as English; 1.0 when no sentence is long enough to tell. A sentence mostly in capitals is
    classified in lower case (the identifier reads an all-caps English table as another language)."""
    identifier = _identifier()
    total = english = 0
    for sentence in _SENTENCE_END.split(text[:20_000]):
        letters = sum(ch.isalpha() for ch in sentence)
        if letters < MIN_SENTENCE_LETTERS:
            continue
        upper = sum(ch.isupper() for ch in sentence)
        lang, _ = identifier.classify(sentence.lower() if upper > letters / 2 else sentence)
        total += letters
        english += letters if lang == "en" else 0
    return english / total if total else 1.0


def not_english(text: str) -> str | None:
    """Why the text is not English news dossier can read, or None. Refused: a text identified as another
    language with probability 0.9 or more, and a text identified as another language with probability 0.5
    or more whose sentences are not mostly English (a French and German mix: each sentence is checked)."""
    lang, prob = detect_language(text)
    if lang in SUPPORTED or prob < 0.5:
        return None
    if prob >= 0.9:
        return f"language {lang!r} is not supported (dossier reads English news only)"
    share = english_share(text)
    if share < 0.5:
        return (
            f"language {lang!r} (probability {prob:.2f}) and only {share:.0%} of the text in English sentences "
            "is not supported (dossier reads English news only)"
        )
    return None
