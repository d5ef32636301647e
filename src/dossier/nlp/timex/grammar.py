"""The time-expression grammar: regular-expression rules over the article text, each with a builder
that turns its match into a ``Reading``.

Span conventions follow TimeML (TempEval-3): leading prepositions ("on", "in", "since") stay outside,
determiners and modifiers are inside ("the past two years", "more than three weeks", "early 1991"),
"ago" and "earlier" belong to the expression ("two years ago"), "later" and "after" do not.

``Grammar.find(text)`` returns every rule match; ``select`` keeps the longest non-overlapping ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.nlp.timex.lexicon import TimexLexicon, alternation
from dossier.nlp.timex.prefilter import folded, may_match, required_words
from dossier.nlp.timex.readings import DCT, REF, Reading
from dossier.timevalues import MAX_YEAR, MIN_YEAR, valid_date

LEFT = r"(?<![\w$£€#@])"
RIGHT = r"(?![\w@])"
CLOCK_UNITS = {"H": "H", "MIN": "M", "S": "S"}
DURATION_UNITS = {
    "Y": "Y",
    "M": "M",
    "W": "W",
    "D": "D",
    "Q": "Q",
    "DE": "DE",
    "CE": "CE",
    "ML": "ML",
    "FN": "FN",
    "WE": "WE",
}
AMBIGUOUS_MONTHS = {"may", "march", "june", "august", "jan", "sept", "dec", "oct", "nov", "aug", "feb", "apr"}
FUZZY_UNITS = {
    "Y": "Y",
    "M": "M",
    "W": "W",
    "D": "D",
    "H": "TH",
    "MIN": "TM",
    "S": "TS",
    "DE": "DE",
    "CE": "CE",
    "Q": "Q",
    "ML": "ML",
    "FN": "W",
    "WE": "WE",
}
DETERMINED = {
    "this": 0,
    "current": 0,
    "present": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "following": 1,
    "preceding": -1,
    "prior": -1,
    "same": 0,
    "that": 0,
}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule match: the span and its reading. ``rule`` names the rule (for debugging and tests)."""

    start: int
    end: int
    rule: str
    reading: Reading
    priority: int = 0  # among equally long overlapping hits, the lower wins


def _cap(word: str) -> bool:
    return word[:1].isupper()


class Grammar:
    """Compiled rules for one lexicon. Build once per component instance."""

    def __init__(self, lex: TimexLexicon) -> None:
        self.lex = lex
        ones = [k for k, v in lex.numbers.items() if 1 <= v <= 9]
        teens = [k for k, v in lex.numbers.items() if 10 <= v <= 19]
        tens = [k for k, v in lex.numbers.items() if v >= 20 and v < 100]
        ones_re, teens_re, tens_re = alternation(ones), alternation(teens), alternation(tens)
        small = rf"(?:(?:{tens_re})(?:[\s-]+(?:{ones_re}))?|{teens_re}|{ones_re})"
        numw = rf"(?:(?:{small}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{small})?|{small}|dozen)"
        ords = alternation([k for k, v in lex.ordinals.items() if v <= 31])
        m = {
            "MONTH": rf"(?:{alternation(lex.months)})(?!\w)",
            "WD": rf"(?:{alternation(lex.weekdays)})(?!\w)",
            "DAY": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d)|(?:{ords})(?!\w))",
            "YEAR": r"(?:1\d\d\d|20\d\d|21\d\d)(?![\d,]\d|'?s\b|\s*%|[.]\d)",
            "YEARW": rf"(?:nineteen[\s-]+(?:{small}|hundred)|two\s+thousand(?:\s+and)?(?:[\s-]+{small})?)",
            "NUMW": numw,
            "NUM": rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|{numw}|an?|a\s+couple\s+of|a\s+pair\s+of)",
            "VAGUE": r"(?:a\s+few|few|several|many|some|a\s+couple\s+of|couple\s+of|a\s+number\s+of|numerous|"
            r"countless|a\s+couple|the\s+past\s+few|a\s+handful\s+of)",
            "UNIT": rf"(?:{alternation(lex.units)})(?!\w)",
            "POD": r"(?:morning|afternoon|evening|night)",
            "SEASON": rf"(?:{alternation(lex.seasons)})",
            "HOLIDAY": rf"(?:{alternation(lex.holidays)})",
            "DMOD": r"(?:early|late|mid|the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|the\s+middle\s+of|"
            r"the\s+close\s+of|the\s+turn\s+of|the\s+dawn\s+of|earlier|later|around|about|approximately)",
            # TimeML keeps "within", "only", "just", "about" outside a duration, and "over" unless "over a week"
            "QMOD": r"(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|around|approximately|roughly|some|"
            r"over(?=\s+an?\s)|under|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|"
            r"just\s+over|just\s+under|well\s+over|barely|close\s+to|upwards\s+of)",
            "AGOMOD": r"(?:more\s+than|less\s+than|nearly|almost|about|around|approximately|roughly|some|over|"
            r"just\s+over|just\s+under|well\s+over|barely|at\s+least)",
            "TZ": r"(?:[ECMP][SD]T|GMT|UTC|local\s+time|[ECMP]\.[SD]\.T\.)",
            "AMPM": r"(?:a\.m\.?|p\.m\.?|am|pm)(?!\w)",
        }
        self.macros = m
        self.rules: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], Reading | None], int]] = []
        for priority, (name, template) in enumerate(self._templates()):
            pattern = template
            for key in sorted(m, key=len, reverse=True):
                pattern = pattern.replace(f"<{key}>", m[key])
            builder = getattr(self, f"_b_{name}")
            self.rules.append((name, re.compile(LEFT + pattern + RIGHT, re.IGNORECASE), builder, priority))
        # per rule, words one of which every match contains: a text without them is not scanned
        self.required = [required_words(rule[1]) for rule in self.rules]

    # ------------------------------------------------------------------ rules
    def _templates(self) -> list[tuple[str, str]]:
        return [
            ("iso", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?"),
            ("slash", r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d\d)(?!/)"),
            (
                "clock",
                r"(?:(?P<mod>about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?"
                r"(?:(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm><AMPM>)|(?P<h2>[012]?\d):(?P<min2>[0-5]\d)(?=\s*<TZ>)"
                r"|(?P<h3>[012]?\d|<NUMW>)\s+o'clock|(?P<h4>[1-9]|1[0-2])\s+in\s+the\s+(?P<pod4>morning|afternoon|evening)"
                r"|(?P<point>noon|midnight|midday))"
                r"(?:\s+(?P<tz><TZ>))?"
                r"(?:(?:,?\s+|\s+on\s+)(?P<rest>(?:<WD>,?\s+)?<MONTH>\s+<DAY>(?:,?\s+<YEAR>)?|<WD>|today|yesterday|tomorrow|tonight))?",
            ),
            (
                "mdy",
                r"(?:(?P<wd><WD>),?\s+)?(?:(?P<rel>this\s+coming|this|next|last)\s+(?P<wd2><WD>),?\s+)?"
                r"(?P<month><MONTH>)\s+(?P<day><DAY>)(?:(?:,\s*|\s+)(?P<year><YEAR>|<YEARW>))?(?!\s*[-–]\s*\d)",
            ),
            (
                "dmy",
                r"(?:(?P<wd><WD>),?\s+)?(?:the\s+)?(?P<day><DAY>)(?:\s+of)?\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR>))?",
            ),
            ("month_year", r"(?:(?P<mod><DMOD>)[\s-]*)?(?P<month><MONTH>),?\s+(?:of\s+)?(?P<year><YEAR>|<YEARW>)"),
            ("month_rel", r"(?:(?P<mod><DMOD>)[\s-]*)?(?P<month><MONTH>)\s+(?P<rel>last|this|next)\s+year"),
            (
                "month",
                r"(?:(?P<mod><DMOD>)[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|this|next|that|coming|past)\s+)?(?P<month><MONTH>)",
            ),
            (
                "year",
                r"(?:(?P<mod><DMOD>|post|pre)[\s-]*)?(?:(?P<the>the\s+)?(?P<fiscal>fiscal|calendar|financial|model|school)(?:\s+years?)?[\s-]+|the\s+year\s+)?"
                r"(?P<year><YEAR>|<YEARW>)(?P<after>\s+(?:or\s+(?:later|after|earlier|before)|and\s+beyond))?",
            ),
            (
                "decade",
                r"(?:the\s+)?(?:(?P<mod>early|mid|late|first\s+half\s+of\s+the|last\s+half\s+of\s+the|second\s+half\s+of\s+the)[\s-]*)?"
                r"(?:(?P<dec>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)'?s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
            ),
            (
                "century",
                r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|<DAY>)[\s-]+century",
            ),
            (
                "quarter",
                r"(?:(?P<det>the)\s+(?=(?:(?:\d{4}|fiscal)\s+)?\w+\s+(?:(?:fiscal|calendar)\s+)?(?:quarter|half)))?(?:(?P<poss>this|last|next)\s+year's\s+)?"
                r"(?:(?P<year1><YEAR>)\s+)?(?:(?P<fisc1>fiscal)[\s-]+)?"
                r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:(?P<fisc2>fiscal|calendar)[\s-]+)?(?P<unit>quarter|half|period)"
                r"(?!\s+of\s+(?:the|a|an|its|their|his|her|all)\b|s\b)"
                r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<year2><YEAR>|this\s+year|last\s+year|next\s+year))?",
            ),
            ("quarters_of", r"(?:the\s+)?(?P<ord>first|last)\s+(?P<n>two|three)\s+quarters\s+of\s+(?P<year><YEAR>)"),
            (
                "half",
                r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+(?:of\s+)?(?:(?P<the>the\s+)?(?P<year><YEAR>|year|'?\d0'?s))",
            ),
            (
                "rel_quarter",
                r"(?:the\s+|its\s+|this\s+|that\s+)?(?P<rel>latest|current|previous|prior|past|last|next|coming|same|comparable|"
                r"year-earlier|year-ago|year\s+earlier|year\s+ago|year-before|prior-year|corresponding|recent|most\s+recent|fiscal|final)"
                r"(?:\s+(?P<rel2>year-earlier|year-ago|fiscal|fiscal-year|prior-year))?\s+(?P<unit>quarter|period)(?!s\b)"
                r"(?P<tail>\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+last\s+year))?",
            ),
            ("the_quarter", r"(?P<det>the|this|that)\s+quarter(?!\s+of\b|s\b|-)"),
            ("quarter_ago", r"(?P<det>the|that)\s+quarter\s+a\s+year\s+(?:ago|earlier)"),
            (
                "season",
                r"(?:(?P<mod><DMOD>)[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|this|next|that|the|past|coming)\s+)?"
                r"(?P<season><SEASON>)(?:\s+(?:of\s+)?(?P<year><YEAR>|<YEARW>))?",
            ),
            (
                "holiday",
                r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<hol><HOLIDAY>)(?:,?\s+(?P<year><YEAR>))?",
            ),
            (
                "deictic",
                r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)"
                r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
            ),
            (
                "tonight",
                r"(?:(?P<mod>early|late|later)\s+)?(?P<word>tonight|overnight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|last\s+evening)",
            ),
            ("pod_next", r"the\s+(?P<rel>next|following|previous|same)\s+(?P<pod>morning|afternoon|evening|night)"),
            ("pod_mod", r"(?P<mod>early|late|mid)[\s-]*(?P<pod>morning|afternoon|evening)(?!\s+(?:of|on)\b)"),
            (
                "pod_day",
                r"(?:(?P<mod>early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night)\s+(?P<word>yesterday|today|tomorrow)",
            ),
            (
                "weekday",
                r"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>the\s+previous|the\s+following|the\s+next|this\s+coming|this\s+past|last|this|next|coming|that)\s+)?"
                r"(?P<wd><WD>)(?!\s*,?\s*<MONTH>\s+<DAY>)(?:\s+(?P<pod>morning|afternoon|evening|night))?",
            ),
            (
                "pod_weekday",
                r"(?:(?P<mod>early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night)\s+(?:of\s+)?(?P<wd><WD>)",
            ),
            (
                "weekdays_set",
                r"(?:(?P<each>every|each)\s+(?P<wd><WD>)|(?P<wds>(?:mon|tues|wednes|thurs|fri|satur|sun)days))(?:\s+(?P<pod>morning|afternoon|evening|night)s?)?",
            ),
            (
                "ago",
                r"(?:(?P<mod><AGOMOD>)\s+)?(?:(?P<num><NUM>)|(?P<vague><VAGUE>))\s+(?P<unit><UNIT>)(?:\s+or\s+so)?\s+ago",
            ),
            (
                "earlier",
                r"(?P<num><NUM>)\s+(?P<unit>years?|months?|weeks?|days?|quarters?|decades?)\s+(?P<dir>earlier)",
            ),
            ("year_earlier", r"(?:the\s+)?(?P<word>year-earlier|year-ago|year\s+earlier)(?!\s+(?:quarter|period))"),
            (
                "rel_unit",
                r"(?:(?P<mod><DMOD>)\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next|past|previous|coming|current|present|following|preceding|that\s+same|same|prior|upcoming|that)\s+)"
                r"(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>year|month|week|weekend|decade|century|day)(?!s\b|-)",
            ),
            (
                "mod_unit",
                r"(?P<mod>earlier|later|early|late)\s+(?:(?P<in>in)\s+)?(?P<rel>this|that|next|last|the)\s+(?P<unit>year|month|week|day|quarter|decade|century)(?!s\b|-)",
            ),
            (
                "the_unit",
                r"(?:(?P<mod><DMOD>)\s+)?(?P<the>the|that)\s+(?:(?P<full>full|whole|entire)\s+)?(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>year|week|weekend|month)(?!s\b|-|\s+(?:of|before|after|earlier|later|ago|in|when|that)\b)",
            ),
            (
                "year_ended",
                r"(?:the|its)\s+(?:(?:fiscal|financial|latest)\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends|to\s+[A-Z]))",
            ),
            (
                "year_end",
                r"(?:(?P<mod>around|about)\s+)?(?P<word>year-end|year\s+end|year's\s+end|the\s+end\s+of\s+the\s+year|year-earlier|the\s+turn\s+of\s+the\s+century)",
            ),
            (
                "duration",
                r"(?:(?P<mod><QMOD>)\s+)?(?:(?P<det>the|an\s+additional|another|each\s+of\s+the)\s+)?"
                r"(?:(?P<rel>past|last|next|first|coming|previous|final|latest|remaining|entire|whole|full|following|preceding|initial|ensuing|intervening|same)\s+)?"
                r"(?:(?P<num><NUM>)(?:\s*(?:to|or|-|–)\s*(?P<num2><NUM>))?(?:\s+(?P<more>more|additional|full|straight|consecutive|trading|business|calendar|working|long))?|(?P<vague><VAGUE>))"
                r"\s+(?P<unit><UNIT>)(?P<half>\s+and\s+a\s+half)?(?P<ahead>\s+or\s+so|\s+ahead|-plus)?",
            ),
            (
                "duration_adj",
                r"(?P<num>\d{1,3}|<NUMW>|half|multi|one|a)[\s-]*(?P<unit>year|month|week|day|hour|minute|second|decade|century|quarter)(?:-(?P<long>long))?(?=[\s-])(?!-?old|\s+olds?\b)",
            ),
            (
                "duration_vague",
                r"(?:(?P<mod><QMOD>)\s+)?(?:(?P<det>the)\s+)?(?:(?P<rel>past|last|next|coming|recent|first|final|early|ensuing|intervening|following|previous|preceding)\s+)?"
                r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries|quarters)(?P<ahead>\s+ahead)?(?!\s+(?:of|old|ago|earlier|later)\b)",
            ),
            ("unit_long", r"(?P<unit>decades|years|months|weeks|days|hours|day|year|month|week|night)-long"),
            (
                "set_every",
                r"(?:(?P<q>every|each|per)\s+(?:(?P<num>other|<NUM>)\s+)?(?P<unit><UNIT>|<POD>)|(?P<freq>once|twice|three\s+times|four\s+times|(?:\d+|<NUMW>)\s+times)\s+(?:a|an|per|each)\s+(?P<unit2><UNIT>))",
            ),
            ("set_word", rf"(?P<word>{alternation(self.lex.sets)}|year-round|every\s+day|each\s+day)"),
            ("ref", rf"(?P<word>{alternation(self.lex.refs)})"),
        ]

    # -------------------------------------------------------------- helpers
    def month(self, text: str | None) -> int | None:
        if not text:
            return None
        key = self.lex.key(text)
        return self.lex.months.get(key) or self.lex.months.get(key.rstrip("."))

    def weekday(self, text: str | None) -> int | None:
        if not text:
            return None
        key = self.lex.key(text)
        return self.lex.weekdays.get(key) or self.lex.weekdays.get(key.rstrip(".") + ".")

    def day(self, text: str | None) -> int | None:
        if not text:
            return None
        t = self.lex.key(text)
        m = re.match(r"(\d+)", t)
        if m:
            return int(m.group(1))
        return self.lex.ordinals.get(t)

    def year(self, text: str | None) -> int | None:
        if not text:
            return None
        t = self.lex.key(text)
        if t.isdigit() and len(t) == 4:
            y = int(t)
            return y if MIN_YEAR <= y <= MAX_YEAR else None
        m = re.fullmatch(r"nineteen[\s-]+(.+)", t)
        if m:
            rest = m.group(1)
            if rest == "hundred":
                return 1900
            n = self.lex.number(rest)
            return 1900 + int(n) if n is not None and n < 100 else None
        m = re.fullmatch(r"two\s+thousand(?:\s+and)?(?:[\s-]+(.+))?", t)
        if m:
            n = self.lex.number(m.group(1)) if m.group(1) else 0
            return 2000 + int(n) if n is not None and n < 100 else None
        return None

    def unit(self, text: str) -> str:
        return self.lex.units.get(self.lex.key(text)) or self.lex.units.get(self.lex.key(text).rstrip("s"), "D")

    def mod(self, text: str | None) -> str | None:
        if not text:
            return None
        key = self.lex.key(text).rstrip("-").strip()
        return self.lex.modifiers.get(key)

    # ------------------------------------------------------------- builders
    def _b_iso(self, m: re.Match[str]) -> Reading | None:
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        if not valid_date(y, mo, d):
            return None
        if m["hh"]:
            return Reading("TIME", value=f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}")
        return Reading("DATE", value=f"{y:04d}-{mo:02d}-{d:02d}")

    def _b_slash(self, m: re.Match[str]) -> Reading | None:
        mo, d, ytxt = int(m["month"]), int(m["day"]), m["year"]
        y = int(ytxt) if len(ytxt) == 4 else (1900 + int(ytxt) if int(ytxt) >= 30 else 2000 + int(ytxt))
        if not valid_date(y, mo, d):
            return None
        return Reading("DATE", value=f"{y:04d}-{mo:02d}-{d:02d}")

    def _b_clock(self, m: re.Match[str]) -> Reading | None:
        if m["point"]:
            clock = "T" + self.lex.parts_of_day[self.lex.key(m["point"])]
        else:
            hour_txt = m["h"] or m["h2"] or m["h3"] or m["h4"]
            minute = m["min"] or m["min2"] or "00"
            if hour_txt.isdigit():
                hour = int(hour_txt)
            else:
                n = self.lex.number(hour_txt)
                if n is None:
                    return None
                hour = int(n)
            ampm = (m["ampm"] or "").lower()
            pod4 = (m["pod4"] or "").lower()
            if ampm:
                if not 1 <= hour <= 12:
                    return None
                if ampm.startswith("p") and hour != 12:
                    hour += 12
                elif ampm.startswith("a") and hour == 12:
                    hour = 0
            elif pod4 in ("afternoon", "evening") and hour < 12:
                hour += 12
            if hour > 24:
                return None
            clock = f"T{hour:02d}:{minute}"
        reading = Reading("TIME", clock=clock, mod=self.mod(m["mod"]))
        return self._with_day(reading, m["rest"])

    def _with_day(self, reading: Reading, rest: str | None) -> Reading | None:
        """A time of day with the day it falls on (or today's, when none is given)."""
        if not rest:
            return reading.with_(unit="D", shift=0, grain="D")
        key = self.lex.key(rest)
        if key in ("today", "tonight"):
            return reading.with_(unit="D", shift=0, grain="D")
        if key == "yesterday":
            return reading.with_(unit="D", shift=-1, grain="D")
        if key == "tomorrow":
            return reading.with_(unit="D", shift=1, grain="D")
        wd = self.weekday(rest)
        if wd is not None:
            return reading.with_(weekday=wd)
        mm = re.match(
            rf"(?:(?P<wd>{self.macros['WD']}),?\s+)?(?P<month>{self.macros['MONTH']})\s+(?P<day>{self.macros['DAY']})(?:,?\s+(?P<year>{self.macros['YEAR']}))?",
            rest,
            re.I,
        )
        if not mm:
            return None
        mo, d = self.month(mm["month"]), self.day(mm["day"])
        y = self.year(mm["year"]) if mm["year"] else None
        if mo is None or d is None or not valid_date(y or 2000, mo, d):
            return None
        return reading.with_(year=y, month=mo, day=d, weekday=self.weekday(mm["wd"]))

    def _b_mdy(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["month"]):
            return None
        mo, d = self.month(m["month"]), self.day(m["day"])
        if mo is None or d is None:
            return None
        if m["year"]:
            y = self.year(m["year"])
            if y is None or not valid_date(y, mo, d):
                return None
            return Reading(
                "DATE",
                value=f"{y:04d}-{mo:02d}-{d:02d}",
                year=y,
                month=mo,
                day=d,
                weekday=self.weekday(m["wd"] or m["wd2"]),
            )
        if not valid_date(2000, mo, d):  # a leap year: February 29 is possible, February 30 is not
            return None
        if self.lex.key(m["month"]) in AMBIGUOUS_MONTHS and not m["day"][0].isdigit() and not (m["wd"] or m["wd2"]):
            return None  # "May second" is too often not a date
        direction = 1 if m["rel"] and self.lex.key(m["rel"]) in ("next", "this coming") else 0
        return Reading("DATE", month=mo, day=d, weekday=self.weekday(m["wd"] or m["wd2"]), direction=direction)

    def _b_dmy(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["month"]):
            return None
        mo, d = self.month(m["month"]), self.day(m["day"])
        if mo is None or d is None:
            return None
        if m["year"]:
            y = self.year(m["year"])
            if y is None or not valid_date(y, mo, d):
                return None
            return Reading(
                "DATE", value=f"{y:04d}-{mo:02d}-{d:02d}", year=y, month=mo, day=d, weekday=self.weekday(m["wd"])
            )
        if not valid_date(2000, mo, d) or not m["day"][0].isdigit():
            return None
        return Reading("DATE", month=mo, day=d, weekday=self.weekday(m["wd"]))

    def _b_month_year(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["month"]):
            return None
        mo, y = self.month(m["month"]), self.year(m["year"])
        if mo is None or y is None:
            return None
        return Reading("DATE", value=f"{y:04d}-{mo:02d}", year=y, month=mo, mod=self.mod(m["mod"]))

    def _b_month_rel(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["month"]):
            return None
        mo = self.month(m["month"])
        shift = DETERMINED.get(self.lex.key(m["rel"]), 0)
        return Reading("DATE", month=mo, year_shift=shift, mod=self.mod(m["mod"]))

    def _b_month(self, m: re.Match[str]) -> Reading | None:
        word = m["month"]
        key = self.lex.key(word)
        if not _cap(word) or key.endswith(".") or len(key) <= 4 and key not in ("may", "june", "july"):
            return None  # bare abbreviations ("Jan.") are rarely dates on their own
        if re.match(r"\s+\d{1,2}(?!\d)", m.string[m.end() : m.end() + 4]):
            return None  # "February 30": the month-day rule rejected the day, so this is no date
        mo = self.month(word)
        rel = self.lex.key(m["rel"]) if m["rel"] else None
        if key in ("may", "march") and not rel and not m["mod"]:
            return Reading("DATE", month=mo, direction=0, check="month")  # the component checks the context
        direction = {"last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1, "coming": 1}.get(
            rel or "", 0
        )
        return Reading("DATE", month=mo, direction=direction, mod=self.mod(m["mod"]))

    def _b_year(self, m: re.Match[str]) -> Reading | None:
        y = self.year(m["year"])
        if y is None:
            return None
        mod = self.mod(m["mod"])
        prefix = self.lex.key(m["mod"] or "")
        if prefix == "post":
            mod = "AFTER"
        elif prefix == "pre":
            mod = "BEFORE"
        after = self.lex.key(m["after"] or "")
        if after:
            mod = "ON_OR_AFTER" if after.split()[-1] in ("later", "beyond", "after") else "ON_OR_BEFORE"
        bare = not (m["mod"] or m["fiscal"] or m["after"]) and self.lex.key(m.group(0)) == str(y)
        return Reading("DATE", value=f"{y:04d}", year=y, mod=mod, check="year" if bare else None)

    def _b_decade(self, m: re.Match[str]) -> Reading | None:
        if m["dec"]:
            decade = int(m["dec"]) // 10
        elif m["dec2"]:
            decade = 190 + int(m["dec2"]) // 10
        else:
            decade = 190 + DECADE_WORDS[self.lex.key(m["decw"])]
            if not m.group(0).lower().startswith("the"):
                return None  # "in his sixties" is an age
        mod_word = self.lex.key(m["mod"] or "")
        mod = {
            "early": "START",
            "mid": "MID",
            "late": "END",
            "first half of the": "START",
            "last half of the": "END",
            "second half of the": "END",
        }.get(mod_word)
        return Reading("DATE", value=f"{decade:03d}", decade=decade, mod=mod)

    def _b_century(self, m: re.Match[str]) -> Reading | None:
        n = self.day(m["ord"])
        if n is None or not 1 <= n <= 22:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get(self.lex.key(m["mod"] or ""))
        return Reading("DATE", value=f"{n - 1:02d}", century=n - 1, mod=mod)

    def _b_quarter(self, m: re.Match[str]) -> Reading | None:
        n = self.day(m["ord"])
        unit = self.lex.key(m["unit"])
        if unit == "period":
            return None
        if unit == "half":
            if n not in (1, 2):
                return None
            part = f"H{n}"
        else:
            if n is None or not 1 <= n <= 4:
                return None
            part = f"Q{n}"
        y = self.year(m["year1"]) or self.year(m["year2"])
        if y is not None:
            return Reading("DATE", value=f"{y:04d}-{part}", year=y, part=part)
        shift = None
        if m["poss"]:
            shift = DETERMINED[self.lex.key(m["poss"])]
        elif m["year2"]:
            shift = DETERMINED[self.lex.key(m["year2"]).split()[0]]
        return Reading("DATE", part=part, year_shift=shift)

    def _b_quarters_of(self, m: re.Match[str]) -> Reading | None:
        y = self.year(m["year"])
        n = 2 if self.lex.key(m["n"]) == "two" else 3
        if y is None or n != 2:
            return None
        half = 1 if self.lex.key(m["ord"]) == "first" else 2
        return Reading("DATE", value=f"{y:04d}-H{half}", year=y, part=f"H{half}")

    def _b_half(self, m: re.Match[str]) -> Reading | None:
        half = 1 if self.lex.key(m["ord"]) == "first" else 2
        target = self.lex.key(m["year"])
        y = self.year(target)
        if y is not None:
            return Reading("DATE", value=f"{y:04d}-H{half}", year=y, part=f"H{half}")
        dec = re.fullmatch(r"'?(\d)0'?s", target)
        if dec:
            return Reading("DATE", value=f"19{dec.group(1)}", mod="START" if half == 1 else "END")
        return Reading("DATE", part=f"H{half}")

    def _b_rel_quarter(self, m: re.Match[str]) -> Reading | None:
        rel = self.lex.key(m["rel"]).replace(" ", "-")
        rel2 = self.lex.key(m["rel2"] or "")
        unit = self.lex.key(m["unit"])
        tail = self.lex.key(m["tail"] or "")
        year_back = (
            rel in ("year-earlier", "year-ago", "year-before", "prior-year", "comparable", "corresponding")
            or rel2 in ("year-earlier", "year-ago", "prior-year")
            or bool(tail)
        )
        if rel == "fiscal" and not rel2:
            return None
        if unit == "period" and not (year_back or rel in ("latest", "same", "current", "most-recent", "recent")):
            return None
        if rel in ("same", "corresponding") and not tail and unit == "period":
            return None
        if year_back:
            return Reading("DATE", unit="Y", shift=-1, grain="Q", relative_to=REF, quarterly=True)
        shift = {"previous": -1, "prior": -1, "past": -1, "last": -1, "next": 1, "coming": 1, "final": 0}.get(rel, 0)
        if rel in ("latest", "recent", "most-recent", "same", "current", "final"):
            return Reading(
                "DATE",
                unit="Q",
                shift=0,
                grain="Q",
                relative_to=REF if rel != "current" else DCT,
                quarterly=rel != "current",
            )
        return Reading("DATE", unit="Q", shift=shift, grain="Q", relative_to=DCT)

    def _b_the_quarter(self, m: re.Match[str]) -> Reading | None:
        det = self.lex.key(m["det"])
        if det == "this":
            return Reading("DATE", unit="Q", shift=0, grain="Q", relative_to=DCT)
        return Reading("DATE", unit="Q", shift=0, grain="Q", relative_to=REF, quarterly=True)

    def _b_quarter_ago(self, m: re.Match[str]) -> Reading | None:
        return Reading("DATE", unit="Y", shift=-1, grain="Q", relative_to=REF, quarterly=True)

    def _b_season(self, m: re.Match[str]) -> Reading | None:
        season = self.lex.seasons[self.lex.key(m["season"])]
        rel = self.lex.key(m["rel"] or "")
        y = self.year(m["year"]) if m["year"] else None
        mod = self.mod(m["mod"])
        if y is not None:
            return Reading("DATE", value=f"{y:04d}-{season}", year=y, part=season, mod=mod)
        if not rel and not mod:
            return None  # "prices fall", "a spring": only "this fall", "last spring", "early summer"
        if rel == "the" and self.lex.key(m["season"]) in ("fall", "spring"):
            return None  # "the fall of the Berlin Wall", "the spring of a watch"
        direction = {"last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1, "coming": 1}.get(rel, 0)
        relative = REF if rel in ("that", "the") else DCT
        return Reading("DATE", part=season, direction=direction, mod=mod, relative_to=relative)

    def _b_holiday(self, m: re.Match[str]) -> Reading | None:
        word = m["hol"]
        if not _cap(word):
            return None
        rule = self.lex.holidays[self.lex.key(word)]
        y = self.year(m["year"]) if m["year"] else None
        rel = self.lex.key(m["rel"] or "")
        direction = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
        return Reading("DATE", holiday=rule, year=y, direction=direction)

    def _b_deictic(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["word"])
        shift = {
            "today": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[word]
        mod = self.mod(m["mod"])
        if m["pod"]:
            pod = self.lex.parts_of_day[self.lex.key(m["pod"])]
            return Reading("TIME", unit="D", shift=shift, grain="D", clock=f"T{pod}", mod=mod)
        return Reading("DATE", unit="D", shift=shift, grain="D", mod=mod)

    def _b_tonight(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["word"])
        mod = self.mod(m["mod"])
        if word == "tonight":
            return Reading("TIME", unit="D", shift=0, grain="D", clock="TNI", mod=mod)
        if word == "overnight":
            return Reading("TIME", unit="D", shift=-1, grain="D", clock="TNI", mod=mod)
        rel, pod = word.split()
        code = self.lex.parts_of_day[pod]
        return Reading("TIME", unit="D", shift=-1 if rel == "last" else 0, grain="D", clock=f"T{code}", mod=mod)

    def _b_pod_next(self, m: re.Match[str]) -> Reading | None:
        shift = {"next": 1, "following": 1, "previous": -1, "same": 0}[self.lex.key(m["rel"])]
        code = self.lex.parts_of_day[self.lex.key(m["pod"])]
        return Reading("TIME", unit="D", shift=shift, grain="D", clock=f"T{code}", relative_to=REF)

    def _b_pod_mod(self, m: re.Match[str]) -> Reading | None:
        code = self.lex.parts_of_day[self.lex.key(m["pod"])]
        return Reading("TIME", unit="D", shift=0, grain="D", clock=f"T{code}", relative_to=REF, mod=self.mod(m["mod"]))

    def _b_pod_day(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["word"])
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        code = self.lex.parts_of_day[self.lex.key(m["pod"])]
        return Reading("TIME", unit="D", shift=shift, grain="D", clock=f"T{code}", mod=self.mod(m["mod"]))

    def _b_weekday(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["wd"]):
            return None
        wd = self.weekday(m["wd"])
        rel = self.lex.key(m["rel"] or "")
        direction = {
            "last": -1,
            "this past": -1,
            "the previous": -1,
            "next": 1,
            "this coming": 1,
            "coming": 1,
            "the following": 1,
            "the next": 1,
        }.get(rel, 0)
        relative = REF if rel in ("the previous", "the following", "the next", "that") else DCT
        clock = None
        rtype = "DATE"
        if m["pod"]:
            clock = "T" + self.lex.parts_of_day[self.lex.key(m["pod"])]
            rtype = "TIME"
        return Reading(
            rtype,
            weekday=wd,
            direction=direction,
            relative_to=relative,
            clock=clock,
            mod=self.mod(m["mod"]),
            shift=1 if rel == "next" else 0,
        )

    def _b_pod_weekday(self, m: re.Match[str]) -> Reading | None:
        if not _cap(m["wd"]):
            return None
        code = self.lex.parts_of_day[self.lex.key(m["pod"])]
        return Reading("TIME", weekday=self.weekday(m["wd"]), clock=f"T{code}", mod=self.mod(m["mod"]))

    def _b_weekdays_set(self, m: re.Match[str]) -> Reading | None:
        word = m["wd"] or m["wds"]
        if not _cap(word):
            return None
        wd = self.weekday(word) or self.weekday(word[:-1])
        if wd is None:
            return None
        value = f"XXXX-WXX-{wd}"
        if m["pod"]:
            value += "T" + self.lex.parts_of_day[self.lex.key(m["pod"])]
        return Reading("SET", value=value)

    def _number_or_vague(self, m: re.Match[str]) -> tuple[float | None, bool, str | None]:
        """(number, vague, implied mod) for a NUM/VAGUE pair of groups."""
        if m["vague"]:
            key = self.lex.key(m["vague"])
            if "couple" in key:
                return 2, False, "APPROX"
            return None, True, None
        n = self.lex.number(m["num"])
        return n, n is None, None

    def _b_ago(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        if unit in CLOCK_UNITS:
            return None
        n, vague, implied = self._number_or_vague(m)
        mod = self.mod(m["mod"]) or implied
        if mod == "MORE_THAN":
            mod = "BEFORE"
        if vague or n is None or n != int(n):
            grain = {"DE": "CE", "Y": "DE", "M": "Y", "W": "M", "D": "M"}.get(unit, "Y")
            return (
                Reading("DATE", value="PAST_REF")
                if grain == "CE"
                else Reading("DATE", unit=unit, shift=-3 if unit != "DE" else -2, grain=grain, mod=mod, fuzzy=True)
            )
        n = int(n)
        grain = {"FN": "W", "WE": "W"}.get(unit, unit)
        if unit == "DE":
            unit, n, grain = "Y", n * 10, "Y"
        elif unit == "CE":
            unit, n, grain = "Y", n * 100, "CE"
        quarterly = unit == "Y" and n == 1
        return Reading("DATE", unit=unit, shift=-n, grain=grain, mod=mod, quarterly=quarterly)

    def _b_earlier(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        n = self.lex.number(m["num"])
        if n is None or n != int(n):
            return None
        # grain None: as fine as the date it counts back from ("Aug. 12, 1989 ... a year earlier" = 1988-08-12)
        return Reading("DATE", unit=unit, shift=-int(n), grain=None, relative_to=REF, quarterly=unit == "Y" and n == 1)

    def _b_year_earlier(self, m: re.Match[str]) -> Reading | None:
        return Reading("DATE", unit="Y", shift=-1, grain=None, relative_to=REF, quarterly=True)

    def _b_rel_unit(self, m: re.Match[str]) -> Reading | None:
        rel = self.lex.key(m["rel"]).replace("that same", "same")
        unit = self.unit(m["unit"])
        the = bool(m["the"])
        mod = self.mod(m["mod"])
        if unit == "D":
            if rel in ("following", "next") and the:
                return Reading("DATE", unit="D", shift=1, grain="D", relative_to=REF, mod=mod)
            if rel in ("previous", "preceding", "prior") and the:
                return Reading("DATE", unit="D", shift=-1, grain="D", relative_to=REF, mod=mod)
            if rel in ("same", "that"):
                return Reading("DATE", unit="D", shift=0, grain="D", relative_to=REF, mod=mod)
            return None  # "this day", "next day" without "the": rarely a date
        if unit == "WE" and rel in ("this", "that", "same"):
            return Reading(
                "DATE", unit="WE", shift=0, grain="WE", direction=0, mod=mod, relative_to=REF if rel != "this" else DCT
            )
        shift = DETERMINED.get(rel, 0)
        relative = DCT
        if the and rel in ("following", "next", "previous", "preceding", "prior", "same"):
            relative = REF
        if rel in ("that", "same"):
            relative = REF
        if rel == "past" and unit in ("DE", "CE"):
            return Reading("DURATION", value="P10Y" if unit == "DE" else "P100Y", mod=mod)
        if rel in ("this", "current", "present") and unit == "CE":
            shift = 0
        return Reading("DATE", unit=unit, shift=shift, grain=unit, relative_to=relative, mod=mod)

    def _b_mod_unit(self, m: re.Match[str]) -> Reading | None:
        mod = self.mod(m["mod"])
        rel = self.lex.key(m["rel"])
        unit = self.unit(m["unit"])
        shift = {"next": 1, "last": -1}.get(rel, 0)
        relative = REF if rel in ("that", "the") else DCT
        if unit == "D" and rel == "the":
            return None
        return Reading("DATE", unit=unit, shift=shift, grain=unit, relative_to=relative, mod=mod)

    def _b_the_unit(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        mod = self.mod(m["mod"])
        if not mod and not m["full"] and not m["fiscal"]:
            if unit == "WE":
                return Reading("DATE", unit="WE", shift=0, grain="WE", relative_to=DCT)
            return None  # "the year", "the week" alone: too often generic
        return Reading("DATE", unit=unit, shift=0, grain=unit, relative_to=REF, mod=mod)

    def _b_year_ended(self, m: re.Match[str]) -> Reading | None:
        return Reading("DURATION", value="P1Y")  # "for the year ended Sept. 30": a fiscal year, as a length

    def _b_year_end(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["word"])
        if word == "year-earlier":
            return None
        if word == "the turn of the century":
            return Reading("DATE", value="PAST_REF")
        mod = "APPROX" if self.lex.key(m["mod"] or "") in ("around", "about") else "END"
        return Reading("DATE", unit="Y", shift=0, grain="Y", relative_to=DCT, mod=mod)

    def _duration_value(self, n: float | None, unit: str) -> str:
        if n is None:
            return (
                f"PT X{CLOCK_UNITS[unit]}".replace(" ", "")
                if unit in CLOCK_UNITS
                else f"PX{FUZZY_UNITS.get(unit, unit)}"
            )
        if unit in CLOCK_UNITS:
            if n != int(n):
                whole = int(n)
                frac = n - whole
                if unit == "H":
                    return f"PT{whole}H{int(round(frac * 60))}M"
                if unit == "MIN":
                    return f"PT{whole}M{int(round(frac * 60))}S"
                return f"PT{n:g}S"
            return f"PT{int(n)}{CLOCK_UNITS[unit]}"
        if unit == "DE":
            return f"P{int(n * 10)}Y" if n * 10 == int(n * 10) else f"P{n:g}DE"
        if unit == "CE":
            return f"P{int(n * 100)}Y"
        if unit == "ML":
            return f"P{int(n * 1000)}Y"
        if unit == "FN":
            return f"P{int(n * 2)}W"
        if unit == "WE":
            return f"P{int(n * 2)}D"
        if n != int(n):
            whole = int(n)
            if unit == "Y":
                return f"P{whole}Y{int(round((n - whole) * 12))}M" if whole else f"P{int(round(n * 12))}M"
            if unit == "M":
                return f"P{whole}M{int(round((n - whole) * 30))}D" if whole else f"P{int(round(n * 30))}D"
            if unit == "W":
                return f"P{int(round(n * 7))}D"
            if unit == "D":
                return f"PT{int(round(n * 24))}H"
            return f"P{n:g}{unit}"
        return f"P{int(n)}{DURATION_UNITS.get(unit, unit)}"

    def _b_duration(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        unit_word = self.lex.key(m["unit"])
        n, vague, implied = self._number_or_vague(m)
        num_word = self.lex.key(m["num"] or "")
        det = self.lex.key(m["det"] or "")
        if unit_word in ("second",) and num_word in ("a", "an", "one", ""):
            return None  # "a second time"
        if unit == "Q" and (num_word in ("a", "an", "one", "three") and not m["rel"]):
            return None  # "a quarter of the vote", "three quarters"
        if m["num2"]:
            n2 = self.lex.number(m["num2"])
            if n2 is None or n is None or n2 <= n:
                return None
            if self.lex.key(m.group(0)).split()[0] in ("the",):
                n = None  # "the next 12 to 18 months": PXM
            if n is not None:
                implied = implied or "EQUAL_OR_MORE"
        if n is not None and n == 0:
            return None
        if vague and not m["vague"]:
            return None
        mod = self.mod(m["mod"]) or implied
        if m["half"] and n is not None:
            n += 0.5
        if num_word in ("a", "an") and det:
            return None  # "the a year"
        if m["ahead"] and "so" in m["ahead"]:
            mod = mod or "APPROX"
        value = self._duration_value(n, unit)
        return Reading("DURATION", value=value, mod=mod)

    def _b_duration_adj(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["num"])
        unit = self.unit(m["unit"])
        if word in ("multi",):
            return Reading("DURATION", value=self._duration_value(None, unit))
        if word == "half":
            n: float | None = 0.5
        else:
            n = self.lex.number(word)
        if n is None or n == 0:
            return None
        if m.group(0)[len(m["num"]) : len(m["num"]) + 1] not in ("-", " ") and not m["num"][-1:].isdigit():
            return None
        if word in ("a", "one") and "-" not in m.group(0):
            return None
        return Reading("DURATION", value=self._duration_value(n, unit))

    def _b_duration_vague(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        rel = self.lex.key(m["rel"] or "")
        mod = self.mod(m["mod"])
        if mod and not rel and not m["det"]:
            return None  # "about years"
        if rel == "recent" and not m["det"]:
            return Reading("DURATION", value=self._duration_value(None, unit))
        return Reading("DURATION", value=self._duration_value(None, unit), mod=mod)

    def _b_unit_long(self, m: re.Match[str]) -> Reading | None:
        unit = self.unit(m["unit"])
        word = self.lex.key(m["unit"])
        if word.endswith("s"):
            return Reading("DURATION", value=self._duration_value(None, unit))
        if word == "night":
            return Reading("DURATION", value="PT12H")
        return Reading("DURATION", value=self._duration_value(1, unit))

    def _b_set_every(self, m: re.Match[str]) -> Reading | None:
        if m["freq"]:
            unit = self.unit(m["unit2"])
            if unit in ("WE",):
                return None
            return Reading("SET", value=self._duration_value(1, unit))
        word = self.lex.key(m["unit"])
        if word in self.lex.parts_of_day or word.rstrip("s") in self.lex.parts_of_day:
            code = self.lex.parts_of_day.get(word) or self.lex.parts_of_day[word.rstrip("s")]
            return Reading("SET", value=f"XXXX-XX-XXT{code}") if len(code) == 2 else None
        unit = self.unit(m["unit"])
        q = self.lex.key(m["q"])
        num = self.lex.key(m["num"] or "")
        if q == "per" and unit in ("Y", "M", "W", "D", "H"):
            return Reading("SET", value=self._duration_value(1, unit))
        if q == "per":
            return None
        if num == "other":
            return Reading("SET", value=self._duration_value(2, unit))
        n = self.lex.number(num) if num else 1
        if n is None:
            return None
        return Reading("SET", value=self._duration_value(n, unit))

    def _b_set_word(self, m: re.Match[str]) -> Reading | None:
        word = self.lex.key(m["word"])
        if word in ("every day", "each day"):
            return Reading("SET", value="P1D")
        if word == "year-round":
            return Reading("SET", value="P1Y")
        return Reading("SET", value=self.lex.sets[word])

    def _b_ref(self, m: re.Match[str]) -> Reading | None:
        return Reading("DATE", value=self.lex.refs[self.lex.key(m["word"])])

    # -------------------------------------------------------------- matching
    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        low = folded(text)
        for (name, pattern, builder, priority), words in zip(self.rules, self.required, strict=True):
            if not may_match(words, low):
                continue
            for match in pattern.finditer(text):
                if match.end() <= match.start():
                    continue
                reading = builder(match)
                if reading is not None:
                    hits.append(Hit(match.start(), match.end(), name, reading, priority))
        return hits


def select(hits: list[Hit]) -> list[Hit]:
    """Keep the longest hits that do not overlap (ties: the rule listed first), in text order."""
    chosen: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.priority, h.start)):
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        chosen.append(hit)
        taken.append((hit.start, hit.end))
    return sorted(chosen, key=lambda h: (h.start, h.end))
