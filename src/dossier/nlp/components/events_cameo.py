"""The CAMEO verb dictionary as data: verb lemma (+ particle, object, preposition) -> CAMEO code -> PLOVER.

``data/lexicons/cameo/cameo_verbs.tsv`` is compiled (``scripts/compile_cameo.py``) from the Phoenix
``CAMEO.2.0.txt`` verb dictionary (Open Event Data Alliance, MIT licence, ``data/lexicons/cameo/LICENSE``)
and the CAMEO-to-PLOVER table of the PLOVER manual (``CAMEO2PLOVER-2021.txt``). Two kinds of lines:

    pattern  BLOCK  CODE  CATEGORY  MODE  PARTICLE  SUBJECT  OBJECT  PREPOSITIONS  ORIGIN
    verb     LEMMA  BLOCK  CODE  CATEGORY  MODE  PARTICLE  OBJECT

A verb has the patterns of its synonym block (as in PETRARCH) and, when CODE is not ``-``, its own code
(or the block's) as the fallback; a multi-word verb ("+ASK_FOR", "+WAGE_WAR") carries its particle or
object. A PETRARCH pattern ``- &MILITARY * OUT (AT {NEW SANCTIONS}) [1312]`` reads: subject in the &MILITARY synonym
set, the verb, the particle "out", a phrase "at new sanctions". SUBJECT and OBJECT are alternatives
(``,``) of phrases whose words are joined by ``+``, the head last; PREPOSITIONS are groups (``;``) of
``prep:alternatives``. ``-`` is empty. CATEGORY ``-`` marks a pattern that is no event ("fight corruption").

ORIGIN is the verb the pattern was written for (the dictionary's comment). At run time
``CameoVerbs.match(verb)`` tries the verb's patterns, most specific first (among equals, the verb's own
patterns before those of its synonyms, then file order), and falls back to
the verb's own code. CAMEO 01 (statements) is left out; 02 (appeals) is REQUEST with CAMEO root 02.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from dossier.errors import DataError
from dossier.nlp.components.events_entry import Entry

CAMEO_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "cameo"
COMPILED = CAMEO_DIR / "cameo_verbs.tsv"
PARTICLES = {
    "off",
    "up",
    "out",
    "down",
    "back",
    "away",
    "forward",
    "over",
    "aside",
    "around",
    "through",
    "in",
    "on",
    "apart",
    "together",
    "along",
    "ahead",
    "behind",
}
PREPOSITIONS = {
    "to",
    "for",
    "with",
    "against",
    "at",
    "on",
    "into",
    "from",
    "of",
    "in",
    "over",
    "about",
    "by",
    "upon",
    "toward",
    "towards",
    "behind",
    "before",
    "after",
    "during",
    "under",
    "between",
    "across",
    "through",
    "alongside",
    "along",
    "around",
    "near",
    "within",
    "without",
    "beyond",
    "since",
    "until",
}
# the PLOVER manual's table maps CAMEO 163 (impose embargo, boycott or sanctions) to COERCE; dossier keeps
# sanctions in SANCTION, as its section on SANCTION and docs/events.md do
CODE_OVERRIDES = {"163": ("SANCTION", "discontinue")}
COMPLEMENT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "acomp", "advmod", "npadvmod", "xcomp", "dative", "prt"}


Phrase = tuple[str, ...]  # words, the head last


@dataclass(frozen=True)
class CameoPattern:
    lemma: str  # the verb, or the synonym block whose verbs share the pattern
    code: str
    entry: Entry | None  # None: the pattern says "no event"
    particle: str | None
    subject: frozenset[Phrase]
    object: frozenset[Phrase]
    preps: tuple[tuple[str, frozenset[Phrase]], ...]
    origin: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """Words the pattern asks for: a phrase ("{PEACE TREATY}") says more than a word ("&TREATY")."""
        return (
            bool(self.particle)
            + _words_in(self.subject)
            + _words_in(self.object)
            + len(self.preps)
            + sum(_words_in(alts) for _, alts in self.preps)
        )


class CameoVerbs:
    """The compiled CAMEO verb patterns, indexed by verb lemma (loaded once per component)."""

    def __init__(self, by_lemma: dict[str, list[CameoPattern]]) -> None:
        self.by_lemma = {
            lemma: sorted(plist, key=lambda p: (-p.specificity, lemma not in p.origin))
            for lemma, plist in by_lemma.items()
        }
        # per lemma: a word the clause must contain -> the positions of the patterns that need it, and the
        # patterns that need no word (defaults): matching looks only at patterns whose word is present
        self.keyed: dict[str, tuple[dict[str, list[int]], list[int]]] = {}
        for lemma, plist in self.by_lemma.items():
            keys: dict[str, list[int]] = {}
            free: list[int] = []
            for n, p in enumerate(plist):
                words = _key_words(p)
                for w in words:
                    keys.setdefault(w, []).append(n)
                if not words:
                    free.append(n)
            self.keyed[lemma] = (keys, free)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_lemma.values())

    @classmethod
    def load(cls, path: Path = COMPILED) -> CameoVerbs:
        if not path.is_file():
            raise DataError(f"CAMEO verb dictionary {path} is missing; reinstall dossier")
        blocks: dict[str, list[CameoPattern]] = {}  # a block's patterns are shared by its verbs
        by_lemma: dict[str, list[CameoPattern]] = {}
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            if cols[0] == "pattern" and len(cols) == 10:
                code, category, mode, particle, subj, obj, preps, origin = cols[2:10]
                pattern = _pattern(cols[1], n, code, category, mode, particle, subj, obj, preps, origin=origin)
                blocks.setdefault(cols[1], []).append(pattern)
            elif cols[0] == "verb" and len(cols) == 8:
                lemma, block, code, category, mode, particle, obj = cols[1:]
                plist = by_lemma.setdefault(lemma, [])
                plist.extend(blocks.get(block, ()))
                if code != "-":
                    plist.append(_pattern(lemma, n, code, category, mode, particle, "-", obj, "-"))
            else:
                raise DataError(
                    f"{path}:{n + 1}: expected a 'pattern' line of 10 or a 'verb' line of 8 tab-separated columns"
                )
        return cls(by_lemma)

    def match(self, verb: Token) -> tuple[CameoPattern, Token | None] | None:
        """The first pattern of the verb's lemma that the clause satisfies (most specific first); a
        "no event" pattern that matches stops the search."""
        lemma = verb.lemma_.lower()
        plist = self.by_lemma.get(lemma)
        if not plist:
            return None
        comps = [_described(c) for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
        subj = [_described(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        preps = [c for c in verb.children if c.dep_ in {"prep", "agent", "prt"}]
        for c in verb.children:
            if c.dep_ in {"dobj", "nsubjpass"}:
                preps += [g for g in c.children if g.dep_ == "prep"]
        present = {w for heads, _ in comps + subj for w in heads} | {p.text.lower() for p in preps}
        present |= {c.text.lower() for c in verb.children if c.dep_ == "advmod"}
        keys, free = self.keyed[lemma]
        candidates = sorted({n for w in present for n in keys.get(w, ())} | set(free))
        for n in candidates:
            p = plist[n]
            particle = None
            if p.particle:
                particle = next(
                    (c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.text.lower() == p.particle),
                    None,
                )
                if particle is None:
                    continue
            if p.subject and not any(_phrase_in(d, p.subject) for d in subj):
                continue
            if p.object and not any(_phrase_in(d, p.object) for d in comps):
                continue
            if p.preps and not all(_prep_at(preps, prep, alts) for prep, alts in p.preps):
                continue
            return p, particle
        return None


def _key_words(p: CameoPattern) -> set[str]:
    """The words one of which a clause must contain for the pattern to match."""
    if p.particle:
        return {p.particle}
    if p.object:
        return {a[-1] for a in p.object}
    if p.preps:
        return {p.preps[0][0]}
    if p.subject:
        return {a[-1] for a in p.subject}
    return set()


def _described(tok: Token) -> tuple[set[str], set[str]]:
    """A phrase's head words and its modifiers' words."""
    mods: set[str] = set()
    for c in tok.children:
        if c.dep_ in {"compound", "amod", "nmod", "advmod", "nummod", "poss", "prt"}:
            mods |= _words(c)
    return _words(tok), mods


def _phrase_in(described: tuple[set[str], set[str]], alts: frozenset[Phrase]) -> bool:
    heads, mods = described
    return any(a[-1] in heads and all(w in mods for w in a[:-1]) for a in alts)


def _pattern(
    lemma: str,
    n: int,
    code: str,
    category: str,
    mode: str,
    particle: str,
    subj: str,
    obj: str,
    preps: str,
    origin: str = "-",
) -> CameoPattern:
    entry = None
    objects = _phrases(obj)
    if category != "-":  # obj: the heads the pattern names, so "lodged a protest" keeps the noun as its content
        entry = Entry(
            kind="verb",
            lemma=lemma,
            particle=None if particle == "-" else particle,
            category=category,
            mode=None if mode == "-" else mode,
            cameo=code[:2],
            order=n,
            obj=frozenset(a[-1] for a in objects),
        )
    groups = tuple((g.split(":", 1)[0], _phrases(g.split(":", 1)[1])) for g in preps.split(";")) if preps != "-" else ()
    origins = frozenset(origin.split(",")) if origin != "-" else frozenset()
    return CameoPattern(
        lemma, code, entry, None if particle == "-" else particle, _phrases(subj), objects, groups, origins
    )


def _words_in(alts: frozenset[Phrase]) -> int:
    return max((len(a) for a in alts), default=0)


def _phrases(text: str) -> frozenset[Phrase]:
    if text == "-" or not text:
        return frozenset()
    return frozenset(tuple(alt.split("+")) for alt in text.split(","))


def _words(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.text.lower()}


def _phrase_at(tok: Token, alts: frozenset[Phrase]) -> bool:
    return _phrase_in(_described(tok), alts)


def _prep_at(preps: list[Token], prep: str, alts: frozenset[Phrase]) -> bool:
    for p in preps:
        if p.text.lower() != prep:
            continue
        if not alts:
            return True
        obj = next((c for c in p.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None and _phrase_at(obj, alts):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# The compiler: CAMEO.2.0.txt + CAMEO2PLOVER-2021.txt -> cameo_verbs.tsv (run by scripts/compile_cameo.py)


def read_plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER category, mode or None) from the manual's conversion table."""
    out: dict[str, tuple[str, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        m = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if not m:
            continue
        code, category, mode = m.group(1), m.group(2), (m.group(3) or "").strip() or None
        out.setdefault(code, (category, mode))
    return out


def plover_of(
    code: str, table: dict[str, tuple[str, str | None]], modes: set[tuple[str, str]]
) -> tuple[str, str | None] | None:
    """The PLOVER category and mode of a CAMEO code: its own row, else the nearest shorter code's.
    None for CAMEO 01 (statements); 02 (appeals) is REQUEST."""
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return ("REQUEST", None)
    for k in range(len(code), 1, -1):
        key = code[:k]
        if key in CODE_OVERRIDES:
            return CODE_OVERRIDES[key]
        if key in table:
            category, mode = table[key]
            return category, (mode if mode and (category, mode) in modes else None)
    return None


def _tokens(pattern: str) -> list[str]:
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+", pattern)


def _expand(word: str, synsets: dict[str, list[str]]) -> list[Phrase]:
    word = word.strip()
    if word.startswith("&"):
        return [(w,) for w in synsets.get(word[1:], [])]
    w = word.lower().strip("_")
    return [(w,)] if re.fullmatch(r"[a-z][a-z'\-]*", w) else []


def _phrase_alts(item: str, synsets: dict[str, list[str]]) -> list[Phrase]:
    """A pattern item: WORD, &SET or {A B} (a phrase, the head last; a &SET may be its head)."""
    if item.startswith("{"):
        words = item[1:-1].split()
        if not words:
            return []
        heads = _expand(words[-1], synsets)
        mods = [w.lower().strip("_") for w in words[:-1] if not w.startswith("&") and re.fullmatch(r"[A-Za-z'\-_]+", w)]
        return [tuple(mods) + h for h in heads]
    return _expand(item, synsets)


def _fmt(alts: list[Phrase]) -> str:
    return ",".join(sorted({"+".join(a) for a in alts})) or "-"


def compile_cameo(cameo_text: str, table: dict[str, tuple[str, str | None]], modes: set[tuple[str, str]]) -> list[str]:
    """The lines of ``cameo_verbs.tsv`` from the text of CAMEO.2.0.txt."""
    synsets: dict[str, list[str]] = {}
    lines = cameo_text.splitlines()
    section = None
    current: str | None = None
    out: list[str] = []
    block_verbs: list[tuple[str, str | None, str | None, str | None]] = []  # lemma, particle, object, code
    block_code: str | None = None
    block_patterns: list[tuple[str, str, str]] = []  # pattern, code, origin

    block_name = ""
    names: set[str] = set()

    def flush() -> None:
        if not block_verbs:
            return
        for pat, pcode, origin in block_patterns:
            _emit_pattern(out, block_name, pat, pcode, synsets, table, modes, origin)
        for lemma, vparticle, vobj, vcode in block_verbs:
            code = vcode or block_code
            plover = plover_of(code, table, modes) if code else None
            if code is None:
                plover = None
            if vparticle or vobj:  # a multi-word verb: its own code only, not the block's patterns
                if plover and code:
                    out.append(
                        "\t".join(
                            ["verb", lemma, "-", code, plover[0], plover[1] or "-", vparticle or "-", vobj or "-"]
                        )
                    )
                continue
            if plover and code:
                out.append("\t".join(["verb", lemma, block_name, code, plover[0], plover[1] or "-", "-", "-"]))
            else:
                out.append("\t".join(["verb", lemma, block_name, "-", "-", "-", "-", "-"]))

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### SYNONYM SETS"):
            section = "syn"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            flush()
            break
        if section == "syn":
            if line.startswith("&"):
                current = line[1:].strip()
                synsets[current] = []
            elif line.startswith("+") and current:
                word = line[1:].strip().lower().strip("_")
                if re.fullmatch(r"[a-z][a-z'\-]*", word):
                    synsets[current].append(word)
            continue
        if section != "verbs" or not line.strip():
            continue
        m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            flush()
            block_verbs, block_patterns = [], []
            block_code = _code(m.group(2))
            block_name = m.group(1).lower()
            while block_name in names:
                block_name += "+"
            names.add(block_name)
            continue
        if line.startswith("-"):
            pm = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]", line)
            if pm:
                comment = raw.split("#", 1)[1] if "#" in raw else ""
                origin = sorted({w.lower() for w in re.findall(r"[A-Z]+", comment) if len(w) > 2})
                block_patterns.append((pm.group(1), pm.group(2), ",".join(origin) or "-"))
            continue
        vm = re.match(r"(\+?)([A-Z][A-Z_\-']*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
        if not vm:
            continue
        multi, name, forms, vcode = vm.group(1), vm.group(2), vm.group(3), vm.group(4)
        parts = name.lower().split("_")
        if multi:
            if forms == "{}" or len(parts) != 2 or not parts[1]:
                continue  # "+SHOT_AND {}", "+ATTACKED_AND_STABBED {}": fragments, not verbs
            second = parts[1]
            particle = second if second in PARTICLES | PREPOSITIONS else None
            block_verbs.append((parts[0], particle, None if particle else second, _code(vcode) if vcode else None))
        elif len(parts) == 1:
            block_verbs.append((parts[0], None, None, _code(vcode) if vcode else None))
    return out


def _code(text: str | None) -> str | None:
    """``190`` -> 190; ``042:043`` -> 042 (the source's act); ``---`` and ``:173`` -> None (no event)."""
    if not text:
        return None
    first = text.strip().split(":", 1)[0].strip()
    return first if re.fullmatch(r"\d{2,4}", first) else None


def _emit_pattern(out, block, pattern, code_text, synsets, table, modes, origin="-") -> None:
    items = _tokens(pattern)
    if "*" not in items:
        return
    star = items.index("*")
    subject: list[Phrase] = []
    for item in items[:star]:
        if item in {"$", "+", "^", "%"}:
            continue
        subject = _phrase_alts(item, synsets)  # the word nearest the verb
    particle = None
    objects: list[Phrase] = []
    preps: list[tuple[str, list[Phrase]]] = []
    for item in items[star + 1 :]:
        if item in {"$", "+", "^", "%"}:
            continue
        if item.startswith("("):
            words = _tokens(item[1:-1])
            if not words or words[0].lower() not in PREPOSITIONS:
                return
            alts: list[Phrase] = []
            for w in words[1:]:
                if w in {"$", "+", "^", "%"}:
                    continue
                alts = _phrase_alts(w, synsets)  # the last word of the phrase is its head
                if not alts:
                    return
            preps.append((words[0].lower(), alts))
        elif item.lower() in PARTICLES and particle is None and not objects:
            particle = item.lower()
        elif not objects:
            objects = _phrase_alts(item, synsets)
            if not objects:
                return
    if not (subject or particle or objects or preps):
        return
    _emit(
        out,
        block,
        _code(code_text),
        particle,
        subject,
        objects,
        preps,
        table,
        modes,
        blocked=_code(code_text) is None,
        origin=origin,
    )


def _emit(out, block, code, particle, subject, objects, preps, table, modes, blocked: bool = False, origin="-") -> None:
    if blocked:
        category, mode, code = "-", None, "---"
    else:
        plover = plover_of(code, table, modes) if code else None
        if plover is None:
            return
        category, mode = plover
    prep_text = ";".join(f"{p}:{_fmt(a) if a else ''}" for p, a in preps) or "-"
    out.append(
        "\t".join(
            [
                "pattern",
                block,
                code,
                category,
                mode or "-",
                particle or "-",
                _fmt(subject),
                _fmt(objects),
                prep_text,
                origin,
            ]
        )
    )
