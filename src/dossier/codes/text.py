"""Reading the words around a mention: the title run before a name ("Chinese President" Xi Jinping), the
group noun after a demonym ("Syrian" rebels), a name that stands for a government ("Moscow", "the Kremlin")."""

from __future__ import annotations

from dossier.codes.codebook import Codebook, _key, code_words, countries

FORMER = {"former", "ex", "ex-", "late", "retired"}


def title_run(text: str, start: int, max_words: int) -> tuple[str, int] | None:
    """The run of title words right before a name, in its clause ("Chinese President " before "Xi Jinping";
    "Brazil's " before "Supreme Court"): capitalised words, title nouns, "of", "former"; (words, start).
    Title words and abbreviations are word lists of ``data/lexicons/codes/``."""
    window = text[max(0, start - 120) : start]
    if window and not window[-1].isspace():
        return None
    tokens = window.split()
    abbreviations, title_words = code_words("abbreviations.txt"), code_words("title_words.txt")
    taken: list[str] = []
    for tok in reversed(tokens):
        low = tok.lower()
        if len(taken) >= max_words or tok[-1] in ',;:!?"“”()' or (tok.endswith(".") and low not in abbreviations):
            break
        bare = low.rstrip(".").removesuffix("'s").removesuffix("’s")
        if not (tok[0].isupper() or bare in title_words):
            break
        taken.append(tok)
    while taken and taken[-1].lower() in ("the", "of", "and", "for"):
        taken.pop()  # a run never starts with a function word
    if not taken:
        return None
    words = " ".join(reversed(taken))
    at = text.rfind(words, max(0, start - 120), start)
    return (words, at) if at >= 0 else None


def group_after(text: str, end: int, book: Codebook) -> str | None:
    """The sector of the group a country name or demonym modifies: "Syrian| rebels" -> REB, "US| troops" ->
    MIL, "Syrian| government forces" -> MIL, "Brazil|'s Senate" -> LEG (an agents phrase starting at one of
    the next two words)."""
    tail = text[end : end + 60]
    if tail[:2] in ("'s", "’s"):
        tail = tail[2:]  # "Brazil's Senate", "Russia's army"
    if not tail[:1].isspace():
        return None
    words = []
    for tok in tail.split()[:4]:
        stop = tok[-1] in ',.;:!?"”)'
        words.append(tok.strip(',.;:!?"”()'))
        if stop:
            break
    lowered = [w.lower() for w in words]
    best = None
    for i in range(min(2, len(lowered))):
        for j in range(len(lowered), i, -1):
            sector = book.agents.get(" ".join(lowered[i:j]))
            if sector:
                if best is None or j - i > best[0]:
                    best = (j - i, sector)
                break
    return best[1] if best else None


def government_mention(text: str, book: Codebook | None = None) -> tuple[str, str] | None:
    """(country, sector) when a name stands for a government: a capital ("Moscow": RUS, GOV) or a building
    ("the Kremlin": RUS, GOV; "the Pentagon": USA, MIL)."""
    book = book or countries()
    meto = book.metonym(text)
    if meto:
        return meto
    iso = book.capitals.get(_key(text))
    return (iso, "GOV") if iso else None
