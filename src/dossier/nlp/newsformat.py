"""News format: the parts of an article that are about the article, not about the world.

Wire copy and web pages carry a dateline ("WASHINGTON (AP) —", "MOSCOW, July 8 (Reuters) -", "KYIV,
Ukraine —"), agency credits, bylines ("By Jane Doe, Associated Press"), trailers ("Reporting by ...;
Editing by ...", "© 2017 Reuters") and, on pages, what survives main-text extraction: photo captions and
credits, "Read more:" and "Related:" links, "Sign up for ..." promotions, timestamps, corrections and
editor's notes. None of it says who did what to whom.

``find_news_format(text)`` reads the raw text (it never changes it) and returns a ``NewsFormat``: typed
``FormatSpan`` records whose offsets are offsets into ``text``, the article's ``Dateline``, its authors,
its agency and its notes (corrections and editor's notes, kept). Everything is found by the shape of the
text alone (paragraph starts, punctuation, capitals), with one word list: the news agencies
(``data/lexicons/newsformat/agencies.tsv``). A bare dateline in title case ("Kyiv —") is taken only
when ``known_place`` says its words name a place.

The ``dossier_newsformat`` component (``nlp/components/newsformat.py``) runs this before the parser; see
``docs/news-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.models import FORMAT_KINDS, Article, Dateline, FormatSpan, Span

__all__ = [
    "FORMAT_KINDS",
    "FormatSpan",
    "NewsFormat",
    "actor_allowed",
    "apply_news_format",
    "find_news_format",
    "mention_allowed",
]

AGENCIES_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "newsformat" / "agencies.tsv"

NOTE_KINDS = ("correction", "note")

LEAD_PARAGRAPHS = 5  # the article's own dateline opens one of its first paragraphs (title and byline first)
LEAD_CHARS = 1500
MAX_LINE = 300  # a byline, credit, link or promotion is a short paragraph

# -- pieces of a dateline -------------------------------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:{_WEEKDAY},?\s+)?\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY})"
)
_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"
_LINK = r"(?:de|da|do|dos|das|del|della|di|du|la|le|el|al|au|aux|of|on|upon|sur|am|an|der)"
_PLACE = rf"{_WORD}(?:[ \t]+(?:{_WORD}|{_LINK}(?=[ \t]+[A-ZÀ-Þ]))){{0,4}}"
_REGION = rf"(?!{_MONTH}\s+\d|{_WEEKDAY}){_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_AGENCY = r"\(\s*(?P<agency>[A-Za-z][\w.&'’ /-]{0,40}?)\s*\)"
# em dash, en dash, horizontal bar, two hyphens, a spaced hyphen, the wire's underscore
_SEP = r"(?:[—–―]|--|-(?=\s)|_(?=\s))"
DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:,[ \t]*(?P<region>{_REGION}))?(?:,?[ \t]*(?P<date>{_DATE}))?"
    rf"[ \t]*(?:{_AGENCY})?[ \t]*(?P<sep>{_SEP})[ \t]*(?=\S)"
)
AGENCY_LEAD = re.compile(rf"{_AGENCY}[ \t]*(?P<sep>{_SEP})[ \t]*(?=\S)")
# all-capital words that open a paragraph with a dash and are no place
NOT_PLACES = frozenset(
    """
    BREAKING UPDATE UPDATED UPDATES EXCLUSIVE ANALYSIS FACTBOX EXPLAINER WRAPUP INSIGHT COLUMN OPINION EDITORIAL
    LIVE WATCH VIDEO PHOTOS PHOTO GALLERY CORRECTED CORRECTION REFILE REPEAT URGENT FLASH ALERT NOTE EDITORS
    ADVISORY ADVANCE EMBARGOED TIMELINE QUOTEBOX GRAPHIC INTERACTIVE PODCAST REVIEW SPONSORED LISTEN READ MORE
    RELATED WARNING THE A AN AND BUT OK OKAY YES NO PS FILE Q A.
""".split()
)

# -- whole paragraphs -----------------------------------------------------------------------------------
_NAME = r"(?:[A-ZÀ-Þ][\w'’.\-]*|de|da|van|von|der|den|al|el|bin|le|la|di|du)"
_PERSON = rf"[A-ZÀ-Þ][\w'’.\-]*(?:[ \t]+{_NAME}){{1,4}}"
BYLINE = re.compile(
    rf"(?:By|BY|by)[ \t]+(?P<names>{_PERSON}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+AND[ \t]+|[ \t]*&[ "
    rf"\t]*){_PERSON})*)"
    rf"(?:[ \t]*(?:,|\||/|—|–|-|[ \t]of\b|[ \t]in\b)[ \t]*(?P<affiliation>[^\n]{{1,80}}))?[ \t]*$"
)
BYLINE_AGENCY = re.compile(r"(?:By|BY|by)[ \t]+(?P<affiliation>(?:[Tt]he[ \t]+)?[A-Z][\w.&' -]{1,40})[ \t]*$")
CREDIT = re.compile(
    r"(?i:(?:additional[ \t]+)?reporting(?:[ \t]+and[ \t]+writing)?[ \t]+by|writing[ \t]+by|written[ \t]+by|"
    r"editing[ \t]+by|edited[ \t]+by|compiled[ \t]+by|graphics?[ \t]+by|produced[ \t]+by|"
    r"contributing(?:[ \t]+reporters?)?[ \t]*:|contributors?[ \t]*:)"
)
AUTHOR_CREDIT = re.compile(
    r"(?i:(?:additional[ \t]+)?reporting(?:[ \t]+and[ \t]+writing)?|writing|written|compiled)[ \t]+by[ \t]+"
    r"(?P<names>[^;\n]+)"
)
CONTRIBUTED = re.compile(r"(?i)\bcontributed(?:[ \t]+(?:reporting|to[ \t]+this[ \t]+report))?[^\n]{0,40}[.)]?[ \t]*$")
COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)[ \t]*\d{4}|(?i:copyright\b)|(?i:all[ \t]+rights[ \t]+reserved)|"
    r"(?i:this[ \t]+material[ \t]+may[ \t]+not[ \t]+be[ \t]+published))"
)
CAPTION = re.compile(
    r"(?:(?i:photo(?:graph)?s?|image|picture|caption|pictured|gallery|video|file[ \t]+photo|top[ \t]+photo)"
    r"(?:[ \t]+(?i:credit|source|caption))?[ \t]*(?::|\||,[ \t]+(?=[A-Z]))"
    r"|FILE[ \t]*[-—–][ \t]|(?i:image[ \t]+(?:source|caption))\b)"
)
# a photo credit: "(AP Photo/Evan Vucci)", "(Getty Images)", "REUTERS/Kevin Lamarque", "Evan Vucci/AP"
_CREDIT_BODY = (
    r"(?:[^()\n]{0,60}(?:\bPhotos?\b|Getty[ \t]+Images|Shutterstock|\bEPA\b|\bPool\b|/[ \t]*(?:AP|AFP|Reuters|"
    r"REUTERS|EPA|Bloomberg|Getty)|(?:AP|AFP|REUTERS|Reuters|EPA)[ \t]*/)[^()\n]{0,60})"
)
PHOTO_CREDIT = re.compile(rf"\({_CREDIT_BODY}\)")
CREDIT_LINE = re.compile(
    r"(?:(?:AP|AFP|REUTERS|Reuters|EPA|Getty)[ \t]*(?:Photo)?[ \t]*/[^\n]{1,60}|[A-Z][\w.'’ -]{1,50}/[ "
    r"\t]*(?:AP|AFP|Reuters|"
    r"REUTERS|EPA|Getty[ \t]+Images|Bloomberg|Shutterstock)(?:[ \t]+via[ \t]+Getty[ \t]+Images)?|Getty[ \t]+Images|"
    r"(?:AP|AFP|Reuters)[ \t]+Photo)[ \t]*$"
)
LINK = re.compile(
    r"(?i:read[ \t]+more|read[ \t]+also|also[ \t]+read|see[ \t]+also|related(?:[ "
    r"\t]+(?:coverage|articles?|stories|content|"
    r"links?|reading|topics))?|our[ \t]+standards|more[ \t]+(?:on[ \t]+this[ \t]+story|from[ "
    r"\t]+\w+)|recommended|further[ \t]+reading|most[ \t]+read|"
    r"trending|don['’]t[ \t]+miss|more|watch|listen)[ \t]*(?::|\||»|>>|$)"
)
LINK_LINE = re.compile(
    r"(?i:advertisement|story[ \t]+continues[ \t]+below(?:[ \t]+advertisement)?|continue[ \t]+reading(?:[ \t]+the[ "
    r"\t]+main"
    r"[ \t]+story)?|skip[ \t]+advertisement|share[ \t]+this[ \t]+(?:article|story)|share|ad|supported[ \t]+by)[ \t]*$"
)
PROMO = re.compile(
    r"(?i:sign[ \t]+up\b|subscribe\b|follow[ \t]+(?:us|our)\b|click[ \t]+here\b|download[ \t]+(?:the|our)\b|"
    r"follow[ \t]+[\w@. ]{1,40}[ \t]+on[ \t]+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b|"
    r"get[ \t]+(?:our|the)[^\n]{0,40}newsletter|join[ \t]+our\b|support[ \t]+(?:our|independent)[ \t]+journalism|"
    r"already[ \t]+a[ \t]+subscriber|(?:get|receive)[ \t]+(?:our|the)[ \t]+(?:latest|best))"
)
TIMESTAMP = re.compile(
    rf"(?i:updated|published|posted|last[ \t]+updated|first[ \t]+published)(?:[ \t]+on)?[ \t]*:?[ \t]*"
    rf"(?:{_WEEKDAY}|(?i:{_MONTH})|\d{{1,2}}:\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[ "
    rf"\t]+(?i:{_MONTH})|(?i:today|yesterday))"
)
CORRECTION = re.compile(
    r"(?:(?i:corrections?(?:[ \t]*(?:&|and)[ \t]*clarifications?)?|clarifications?)[ \t]*:|"
    r"(?i:an[ \t]+earlier[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:article|story|report))|"
    r"(?i:this[ \t]+(?:article|story|report)[ \t]+(?:has[ \t]+been|was)[ \t]+(?:corrected|amended|updated[ \t]+to[ "
    r"\t]+correct))|"
    r"\((?i:corrects|this[ \t]+(?:story|version)[ \t]+corrects|fixes)\b|(?i:correction[ \t]+appended))"
)
NOTE = re.compile(r"(?i:editor['’]?s['’]?[ \t]+note|note[ \t]+to[ \t]+(?:readers|editors))[ \t]*[:—–-]")


@dataclass(slots=True)
class NewsFormat:
    """What ``find_news_format`` found in one article's text."""

    spans: list[FormatSpan] = field(default_factory=list)
    dateline: Dateline | None = None
    agency: str | None = None  # the name of the agency credited first (dateline, byline, copyright)
    authors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def place_of(self, span: FormatSpan) -> Span | None:
        """The place words of a dateline span."""
        if span.kind != "dateline" or not span.value:
            return None
        text = span.text[: len(span.value)]
        return Span(span.start, span.start + len(text), text) if text == span.value else None

    def covering(self, start: int, end: int) -> FormatSpan | None:
        """The span that overlaps ``start..end`` (an empty range: that contains it), if any."""
        for s in self.spans:
            if (s.start < end and start < s.end) or (start == end and s.start <= start < s.end):
                return s
        return None


def mention_allowed(news: NewsFormat | None, start: int, end: int) -> bool:
    """May an entity mention stand at ``start..end``? Not inside a credit, byline, caption, link or note;
    inside a dateline only as its place ("BRASÍLIA" in "BRASÍLIA, March 5, 2025 —": the city, never an actor)."""
    if news is None:
        return True
    span = news.covering(start, end)
    if span is None:
        return True
    place = news.place_of(span)
    return place is not None and place.start <= start and end <= place.end


def actor_allowed(news: NewsFormat | None, start: int, end: int) -> bool:
    """May the words at ``start..end`` be an actor, a trigger, a cue or a claim? Not inside any format span."""
    return news is None or news.covering(start, end) is None


def apply_news_format(article: Article, news: NewsFormat | None) -> Article:
    """Give the article what its text says about itself; ``source`` only when the input named none."""
    if news is None:
        return article
    article.dateline = news.dateline
    # the reader's (a page's author metadata) first; an agency given as author is the source, not an author
    given = [a for a in article.authors if not _agency_name(a, _agencies())]
    article.authors = list(dict.fromkeys([*given, *news.authors]))
    article.notes = list(news.notes)
    if not article.source and news.agency:
        article.source = news.agency
    return article


def find_news_format(text: str, known_place: Callable[[str], bool] | None = None) -> NewsFormat:
    """The news-format spans of ``text``; ``known_place(words)`` confirms bare title-case datelines."""
    agencies = _agencies()
    out = NewsFormat()
    spans: list[FormatSpan] = []
    for n, (start, end) in enumerate(_paragraphs(text)):
        line = text[start:end]
        lead = n < LEAD_PARAGRAPHS and start < LEAD_CHARS
        found = _whole_paragraph(text, start, end, line, agencies)
        if found is not None:
            spans.append(found)
            continue
        spans.extend(_paragraph_opening(text, start, line, lead, agencies, known_place, out))
    # photo credits inside a paragraph: "... in Hamburg. (AP Photo/Evan Vucci)"
    for m in PHOTO_CREDIT.finditer(text):
        if not any(s.start <= m.start() < s.end for s in spans):
            spans.append(FormatSpan("credit", m.start(), m.end(), m.group(), _agency_in(m.group(), agencies)))
    spans.sort(key=lambda s: (s.start, -s.end))
    out.spans = spans
    out.notes = [s.text for s in spans if s.kind in NOTE_KINDS]
    credited = [s.value for s in spans if s.kind == "agency" and s.value]
    credited += [a for s in spans if s.kind == "byline" and (a := _byline_agency(s, agencies))]
    credited += [s.value for s in spans if s.kind == "copyright" and s.value]
    out.agency = credited[0] if credited else None
    for s in spans:
        if s.kind in ("byline", "credit"):
            for name in _authors_of(s):
                if name not in out.authors:
                    out.authors.append(name)
    return out


# -- paragraphs -------------------------------------------------------------------------------------------
def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Start and end of each non-blank line, without its surrounding white space."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return out


def _whole_paragraph(text: str, start: int, end: int, line: str, agencies: dict[str, str]) -> FormatSpan | None:
    """A paragraph that is format through and through: a byline, a trailer, a caption, a link, a note."""
    short = len(line) <= MAX_LINE

    def span(kind: str, value: str | None = None) -> FormatSpan:
        return FormatSpan(kind, start, end, line, value)

    if CORRECTION.match(line):
        return span("correction")
    if NOTE.match(line):
        return span("note")
    if (
        short
        and (m := BYLINE.match(line))
        and _affiliation_ok(m.group("affiliation"))
        and (names := _byline_names(m.group("names"), agencies))
    ):
        return span("byline", "; ".join(names))
    if short and (m := BYLINE_AGENCY.match(line)) and _agency_name(m.group("affiliation"), agencies):
        return span("agency", _agency_name(m.group("affiliation"), agencies))
    if short and (CREDIT.match(line) or (CONTRIBUTED.search(line) and len(line.split()) <= 25)):
        return span("credit")
    if short and COPYRIGHT.match(line) or (short and re.search(r"(?i)all\s+rights\s+reserved\.?\s*$", line)):
        return span("copyright", _agency_in(line, agencies))
    if CAPTION.match(line) or (short and CREDIT_LINE.fullmatch(line)):
        return span("caption", _agency_in(line, agencies))
    if line.startswith("FILE") and PHOTO_CREDIT.search(line):
        return span("caption", _agency_in(line, agencies))
    if (
        (m := PHOTO_CREDIT.search(line))
        and m.end() == len(line.rstrip(". "))
        and re.search(
            r"(?i)\bphoto\b|\bpictured\b|"
            r"\bin this\b|\bseen\b",
            line,
        )
    ):
        return span("caption", _agency_in(m.group(), agencies))
    if short and (LINK.match(line) or LINK_LINE.fullmatch(line)):
        return span("link")
    if short and PROMO.match(line):
        return span("promo")
    if short and len(line.split()) <= 12 and TIMESTAMP.match(line):
        return span("timestamp")
    return None


def _paragraph_opening(
    text: str,
    start: int,
    line: str,
    lead: bool,
    agencies: dict[str, str],
    known_place: Callable[[str], bool] | None,
    out: NewsFormat,
) -> list[FormatSpan]:
    """A dateline or an agency credit opening the paragraph ("WASHINGTON (AP) —", "(CNN) —")."""
    m = AGENCY_LEAD.match(line)
    if m and _agency_ok(m.group("agency"), agencies):
        name = _agency_name(m.group("agency"), agencies) or m.group("agency")
        return [FormatSpan("agency", start, start + m.end("sep"), line[: m.end("sep")], name)]
    m = DATELINE.match(line)
    if m is None or not _dateline_ok(m, lead, agencies, known_place):
        return []
    end = start + m.end("sep")
    p_end = start + (m.end("region") if m.group("region") else m.end("place"))
    place = text[start:p_end]
    spans = [FormatSpan("dateline", start, end, text[start:end], place)]
    agency = m.group("agency")
    if agency is not None:
        a_start, a_end = start + m.start("agency"), start + m.end("agency")
        name = _agency_name(agency, agencies) or agency
        spans.append(FormatSpan("agency", a_start - 1, a_end + 1, text[a_start - 1 : a_end + 1], name))
    if out.dateline is None and lead:
        date = None
        if m.group("date"):
            date = Span(start + m.start("date"), start + m.end("date"), m.group("date"))
        out.dateline = Dateline(
            name=_display(place),
            start=start,
            end=end,
            text=text[start:end],
            place=Span(start, p_end, text[start:p_end]),
            date=date,
        )
    return spans


def _dateline_ok(m: re.Match, lead: bool, agencies: dict[str, str], known_place: Callable[[str], bool] | None) -> bool:
    """Is this paragraph opening a dateline? The stronger its form, the less it needs: an agency with a date or
    a known agency is enough; a bare "CITY —" must be in capitals and open the lead, or name a known place."""
    place, agency, rest = m.group("place"), m.group("agency"), m.string[m.end() :]
    words = place.split()
    letters = sum(c.isalpha() for c in place)
    caps = letters > 0 and place.upper() == place
    if place.upper().rstrip(".") in NOT_PLACES or words[0].upper() in NOT_PLACES or _agency_name(place, agencies):
        return False  # "UPDATE —", "Reuters —"
    if agency is not None and not _agency_ok(agency, agencies):
        return False
    if rest[:1].islower():
        return False  # "On Monday, Graham—who had ...": a dash inside a sentence
    known = known_place is not None and known_place(place)
    if agency is not None and (m.group("date") or _agency_name(agency, agencies)):
        return True  # "Lisbon, Sept. 4 (AFP) -", "Washington (CNN) —"
    if m.group("date") or agency is not None:
        return caps or known or lead
    # bare forms: "KYIV —", "KYIV, Ukraine —", "Kyiv —"
    after = rest.split()
    if len(after) < 4 or all(w.isupper() and len(w) > 1 for w in after[:2]) or (letters < 4 and not m.group("region")):
        return False  # "TRUMP MEETS PUTIN — LIVE UPDATES", "UN — PEACEKEEPERS ...": a heading; "PSA—": a label
    if known and (caps or m.group("region") or (lead and m.group("sep") in {"—", "–", "―", "--"})):
        return True
    spaced = m.end("sep") < len(m.string) and m.string[m.end("sep")].isspace()
    return caps and len(words) <= 3 and spaced and (lead or bool(m.group("region")))


def _agency_ok(credit: str, agencies: dict[str, str]) -> bool:
    """A parenthesis that credits an agency or a broadcaster: a known name, or a short capitalised one."""
    if _agency_name(credit, agencies):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z.&-]{1,11}(?:[ \t][A-Z][A-Za-z.&-]{1,11}){0,2}", credit)) and not re.search(
        r"\d", credit
    )


# -- names --------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _agencies(path: Path = AGENCIES_FILE) -> dict[str, str]:
    """Lower-cased credit -> agency name."""
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        name, _, credits = raw.partition("\t")
        for credit in [name, *credits.split("|")]:
            out[credit.strip().lower()] = name.strip()
    return out


def _agency_name(credit: str, agencies: dict[str, str]) -> str | None:
    key = re.sub(r"\s+", " ", credit.strip().strip(".,;:")).lower()
    return agencies.get(key) or agencies.get(key.removeprefix("the "))


def _agency_in(line: str, agencies: dict[str, str]) -> str | None:
    """The first agency named in a credit or copyright line ("© 2017 Reuters", "(AP Photo/Evan Vucci)")."""
    for word in re.findall(r"[A-Za-z][A-Za-z.&-]*(?:[ \t]+[A-Z][A-Za-z.&-]*){0,3}", line):
        parts = word.split()
        for i in range(len(parts)):
            for j in range(len(parts), i, -1):
                name = _agency_name(" ".join(parts[i:j]), agencies)
                if name and " ".join(parts[i:j]).lower() not in {"photo", "copyright"}:
                    return name
    return None


def _byline_agency(span: FormatSpan, agencies: dict[str, str]) -> str | None:
    """The agency a byline names: "By Jane Doe, Associated Press", "By Maria Lopez | Reuters"."""
    m = BYLINE.match(span.text)
    if m is None:
        return None
    for part in _split_names(m.group("names")):
        if not _is_person_name(part, agencies) and (name := _agency_in(part, agencies)):
            return name
    return _agency_in(m.group("affiliation"), agencies) if m.group("affiliation") else None


def _split_names(names: str) -> list[str]:
    parts = re.split(r"[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+AND[ \t]+|[ \t]*&[ \t]*", names)
    return [_display(p.strip()) for p in parts if p.strip()]


AFFILIATION_WORDS = frozenset(
    """
    of the and for in at on staff writer writers reporter reporters correspondent correspondents editor editors
    contributor contributors columnist news service bureau chief senior political diplomatic business economics
    science health data investigative special wire national foreign international white house
""".split()
)


def _affiliation_ok(affiliation: str | None) -> bool:
    """What follows a byline's names is a newsroom ("Associated Press", "AP Diplomatic Writer", "Business
    reporter", "Hamburg"), not the rest of a sentence ("By Friday Morning, officials said ...")."""
    if not affiliation:
        return True
    words = re.findall(r"[\w'’&.-]+", affiliation)
    return len(words) <= 8 and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in AFFILIATION_WORDS for w in words
    )


def _byline_names(names: str, agencies: dict[str, str]) -> list[str]:
    """The people of a byline; an agency listed with them ("JANE DOE, Associated Press") is no person."""
    people = [p for p in _split_names(names) if _is_person_name(p, agencies)]
    return people if all(len(p.split()) <= 5 for p in people) else []


NEWSROOM_WORDS = frozenset(
    "writer writers reporter reporters correspondent correspondents editor editors staff "
    "columnist contributor bureau desk service news".split()
)


def _is_person_name(part: str, agencies: dict[str, str]) -> bool:
    """ "Jane Doe", not "Associated Press" nor "AP Diplomatic Writer"."""
    words = part.split()
    return not (
        _agency_name(part, agencies)
        or _agency_name(words[0], agencies)
        or any(w.lower().strip(".") in NEWSROOM_WORDS for w in words)
    )


def _authors_of(span: FormatSpan) -> list[str]:
    if span.kind == "byline":
        return [n for n in (span.value or "").split("; ") if n]
    out = []
    for m in AUTHOR_CREDIT.finditer(span.text):
        for name in _split_names(m.group("names")):
            name = re.split(r"[ \t]+(?:in|at|from)[ \t]+", name)[0].strip(" .;")
            if re.fullmatch(rf"{_PERSON}", name):
                out.append(name)
    return out


def _display(name: str) -> str:
    """ "KYIV, Ukraine" -> "Kyiv, Ukraine"; "JANE DOE" -> "Jane Doe"; names already in mixed case stay."""
    words = []
    for w in name.split(" "):
        if w.isupper() and len(w.strip(".,")) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+,?", w):
            w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        words.append(w)
    return " ".join(words)
