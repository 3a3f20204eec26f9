"""Stage 2a: date expressions in a sentence, with spans, resolved against the publication date.

Candidate expressions are found with a small grammar of patterns (not with
``dateparser.search``, which reads "and we" or "the 16th" as dates, and costs
about 50 ms an article). The grammar already separates month, day and year, so
each expression is turned into a date by calendar arithmetic (daymath.py) and anchored to a
year chosen from the publication date and the sentence's tense. The tests check
that arithmetic against ``dateparser.parse`` for every month-day and every
relative phrase the grammar knows.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import resources
from .daymath import MONTHS, WEEKDAYS, anchor_year, month_number, offset_days, relative_day, valid_day
from .gates import DIGITS, Gated
from .memo import per_sentence

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
      r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_ORDINAL_DAY = r"(?:" + "|".join(sorted(resources.ordinal_days(), key=len, reverse=True)) + r")"
_DASH = r"\s?[-–—]\s?"
_ND, _NM = r"(?:[0-3]?\d)", r"(?:0?[1-9]|1[0-2])"  # a day and a month in figures
_FULL_TO = "(?:" + _DASH + "| (?:to|until|till|through) )"  # between two days written with their months
_W = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


MONTH_STARTS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_LEADS = ["in", "In", "since", "Since", "until", "Until", "by", "from", "of", "for", "during", "last", "next",
               "this", "early", "late", "to", "Last", "Next", "This", "Early", "Late"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (kind, pattern, what every match begins with); earlier patterns win where matches overlap. Every
# pattern also needs what NEEDS says of its kind, and is tried only where one of its beginnings
# occurs (in the lower-cased text where it ignores case).
PATTERNS: list[tuple[str, Gated]] = [(k, Gated(p, starts, starts=True, fold="(?i" in p)) for k, p, starts in [
    # numeric dates, day first with dots, as regional and translated pages write them in the text: "on 14.05.2024",
    # "during 14.05.2024-16.05.2024", "on 14-16.05.2024"
    ("figures_range", r"(?<![\d.])" + _g("d1", _ND) + r"\." + _g("m1", _NM) + r"\." + _g("y1", _Y) + _DASH
     + _g("d2", _ND) + r"\." + _g("m2", _NM) + r"\." + _g("y2", _Y) + r"(?![\d.]\d)", DIGITS),
    ("figures_range", r"(?<![\d.])" + _g("d1", _ND) + _DASH + _g("d2", _ND) + r"\." + _g("m2", _NM) + r"\."
     + _g("y2", _Y) + r"(?![\d.]\d)", DIGITS),
    ("figures_day", r"(?<![\d.])" + _g("d1", _ND) + r"\." + _g("m1", _NM) + r"\." + _g("y1", _Y) + r"(?![\d.]\d)",
     DIGITS),
    ("range", r"\bfrom (?:the )?" + _g("d1", _D) + " (?:to|through|until|till) (?:the )?" + _g("d2", _D)
     + " (?:of )?" + _g("m2", _M) + r"(?:,? " + _g("y2", _Y) + ")?", ['from ']),
    ("range", r"\bfrom " + _g("d1", _D) + " " + _g("m1", _M) + r"(?:,? " + _g("y1", _Y) + ")? "
     + "(?:to|until|till|through) " + _g("d2", _D) + " " + _g("m2", _M) + r"(?:,? " + _g("y2", _Y) + ")?", ['from ']),
    ("range", r"\bfrom " + _g("m1", _M) + " " + _g("d1", _D) + r"(?:,? " + _g("y1", _Y) + ")? (?:to|until|till) (?:"
     + _g("m2", _M) + " )?" + _g("d2", _D) + r"\b(?:,? " + _g("y2", _Y) + ")?", ['from ']),
    ("range", r"\bfrom " + _g("m1", _M) + r",? " + _g("y1", _Y) + " (?:to|until|till) " + _g("m2", _M) + r",? "
     + _g("y2", _Y), ['from ']),
    # "from 1 through August 5, 2022": the first day before a month-first end
    ("range", r"\bfrom " + _g("d1", _D) + " (?:to|through|until|till) " + _g("m2", _M) + " " + _g("d2", _D)
     + r"\b(?:,? " + _g("y2", _Y) + ")?", ['from ']),
    # "in October-November 2004", "in March–April": a span of months
    ("range", r"\b" + _g("m1", _M) + r"\s?[-–—/]\s?" + _g("m2", _M) + r",? " + _g("y2", _Y) + r"\b", MONTH_STARTS),
    ("range", r"\bbetween " + _g("d1", _D) + "(?: " + _g("m1", _M) + ")? and " + _g("d2", _D) + " " + _g("m2", _M)
     + r"(?:,? " + _g("y2", _Y) + ")?", ['between ']),
    # "on 14, 15 and 16 May": the days listed are one span, from the first to the last
    ("range", r"\b" + _g("d1", _D) + r"(?:, [0-3]?\d)+,? and " + _g("d2", _D) + " " + _g("m2", _M) + r"(?:,? "
     + _g("y2", _Y) + ")?", DIGITS),
    ("range", r"\bbetween " + _g("m1", _M) + " " + _g("d1", _D) + " and (?:" + _g("m2", _M) + " )?" + _g("d2", _D)
     + r"\b(?:,? " + _g("y2", _Y) + ")?", ['between ']),
    ("range", r"\b" + _g("d1", _D) + " (?:to|until|till|through|and) " + _g("d2", _D) + " " + _g("m2", _M) + r"(?:,? "
     + _g("y2", _Y) + ")?", DIGITS),
    ("range", r"\b" + _g("d1", _D) + _DASH + _g("d2", _D) + " " + _g("m2", _M) + r"(?:,? " + _g("y2", _Y) + r")?\b",
     DIGITS),
    ("range", r"\b" + _g("m1", _M) + " " + _g("d1", _D) + _DASH + _g("d2", _D) + r"\b(?:,? " + _g("y2", _Y) + r")?",
     MONTH_STARTS),
    # both ends written in full: "24 Sep. 2007 - 28 Sep. 2007", "Sep 24, 2007 – Sep 28, 2007", "May 17, 2013 to
    # May 20, 2013"
    ("range", r"\b" + _g("d1", _D) + " " + _g("m1", _M) + r"(?:,? " + _g("y1", _Y) + ")?" + _FULL_TO
     + _g("d2", _D) + " " + _g("m2", _M) + r"(?:,? " + _g("y2", _Y) + r")?\b", DIGITS),
    ("range", r"\b" + _g("m1", _M) + " " + _g("d1", _D) + r"(?:,? " + _g("y1", _Y) + ")?" + _FULL_TO
     + _g("m2", _M) + " " + _g("d2", _D) + r"\b(?:,? " + _g("y2", _Y) + r")?", MONTH_STARTS),
    # "September 24 and 25, 2010": month first, the year after the second day (without it, "June 3 and
    # 25 people" would read as a range)
    ("range", r"\b" + _g("m1", _M) + " " + _g("d1", _D) + " (?:and|to|until|till|through) " + _g("d2", _D) + ",? "
     + _g("y2", _Y) + r"\b", MONTH_STARTS),
    # "on May 14 to 16": with "to" (not "and") the second number is a day without a year too, unless a count's
    # noun follows it ("May 3 to 25 officers")
    ("range", r"\b" + _g("m1", _M) + " " + _g("d1", _D) + " (?:to|until|till|through) " + _g("d2", _D)
     + r"\b(?! (?:[a-z]+s|people|personnel|staff)\b)", MONTH_STARTS),
    # "the third of May": a day written as an ordinal word
    ("day", r"\b(?:[Tt]he )?" + _g("d1", _ORDINAL_DAY) + " of " + _g("m1", _M) + r"(?:,? " + _g("y1", _Y) + r")?\b",
     ["the ", "The ", *sorted({w.split()[0] for w in resources.ordinal_days()})]),
    ("day", r"\b" + _g("d1", _D) + " (?:of )?" + _g("m1", _M) + r"(?:,? " + _g("y1", _Y) + r")?\b", DIGITS),
    ("day", r"\b" + _g("m1", _M) + " " + _g("d1", _D) + r"\b(?!:)(?:,? " + _g("y1", _Y) + r"\b)?", MONTH_STARTS),
    ("month", r"\b(?:early |mid-|late )?" + _g("m1", _M) + r",? " + _g("y1", _Y) + r"\b",
     ['early ', 'mid-', 'late ', *MONTH_STARTS]),
    ("month", r"\b(?P<lead>in|In|since|Since|until|Until|by|from|of|for|during|"
              r"last|next|this|early|late|to|Last|Next|This|Early|Late) (?:early |mid-|late )?" + _g("m1", _M)
     # (a month's short form before a capitalised word is a first name: "the visit of Jan Novak")
     + r"\b(?! \d)(?!(?<=\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|\bNov|\bDec) [A-Z])", MONTH_LEADS),
    # "the June exercises", "the September session": a month named as the time of the happening after it
    ("month", r"\b(?P<lead>the) " + _g("m1", r"(?:January|February|March|April|May|June|July|August|September|October"
                                          r"|November|December)") + r"(?= (?:[a-z-]+ )?(?:exercises?|drills|session"
                                          r"|summit|conference|seminar|course|visit|meeting|talks|forum)\b)",
     ["the "]),
    # "on Thursday and Friday", "from Monday to Wednesday": a span of the week the story is in
    ("weekdays", r"\b" + _g("w1", _W) + r" (?:and|to|until|till|through)(?: on)? " + _g("w2", _W) + r"\b",
     WEEKDAY_NAMES),
    ("weekday", r"\b" + _g("w", _W) + r"\b", WEEKDAY_NAMES),
    ("relative", r"\b" + _g("r", r"(?i:the day before yesterday|the day after tomorrow"
                             r"|later today|earlier today|today|tonight|tomorrow|yesterday|this weekend"
                             r"|earlier this month"
                             r"|this month|earlier this year|this year|last week|last month|last year|next week"
                             r"|next month|next year|(?:on )?the same day|later that day|earlier that day"
                             r"|earlier in the day|later in the day"
                             r"|(?:on )?the day of (?:his|her|their|the) arrival|in the (?:evening|morning|afternoon)"
                             r"|(?:that|the same) (?:evening|morning|afternoon)|later that evening|on the eve of"
                             r"|the (?:following|next) (?:morning|afternoon|evening)"
                             r"|this (?:morning|afternoon|evening)"
                             r"|the following day|the next day|the day after"
                             r"|(?:a|one|two|three|four|five|six|seven|\d) days? later"
                             r"|the day before|the previous day|a day earlier"
                             r"|(?:on |^)the (?:first|opening|second|third|fourth|fifth|last|final|closing"
                             r"|concluding) day)")
     + r"\b", ["later ", "earlier ", "today", "tonight", "tomorrow", "yesterday", "this ", "last ", "next ",
              "on ", "the ", "in the ", "that ", "a ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ",
              *DIGITS]),
    ("dom", r"\bon the " + _g("dom", r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)") + r"\b(?! (?:of )?[A-Z])", ['on the ']),
    ("year", r"(?<![\d.$/-])(?<!\d,)(?<![A-Za-z]-)" + _g("y1", _Y) + r"(?!\d|s\b|,\d|-year|\s?%)", ['18', '19', '20']),
]]

# ("the meeting due in February": "due in/on" speaks ahead; "due to the weather" gives a cause; "It will be
# recalled that ...", a translated page's formula for looking back, is no future)
FUTURE = Gated(r"\b(?:will(?!\s+be\s+(?:recalled|remembered|reminded)\b)|would|shall|is due|are due|was due|were due"
               r"|due (?:in|on|to (?:be|take|open|start|begin))"
               r"|is to|are to|to be held|is expected|are expected|invitations? to"
               r"|plans? to|planned|scheduled|upcoming|forthcoming|preparations? for|preparing for|ahead of|tomorrow"
               # ("the summit coming up in April", "the coming summit")
               r"|coming up|(?:the|an?) coming(?=\s+[a-z])"
               r"|next (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
               # ("The seminar opens on 12 April", "the drills run from 5 to 11 May": a timetable's present)
               r"|(?:opens?|starts?|begins?|runs?|kicks? off|takes? place|gets? under way)"
               r"(?=\s+(?:on|from|between)\s))\b",
               ["will", "would", "shall", "due", "is to", "are to", "to be held", "expected", "plan", "scheduled",
                "upcoming", "forthcoming", "preparation", "preparing", "ahead of", "tomorrow", "next ", "invitation",
                "coming",
                "open", "start", "begin", "run", "kick", "take", "get"],
               re.IGNORECASE)
PAST = re.compile(r"\b(?:was|were|had|did|arrived|met|held|began|took|came|went|left|said|told|saw|gave|spoke|got|"
                  r"(?!(?:scheduled|planned|expected"
                  r"|due|set)\b)[a-z]+ed)\b")


# "invited the experts to visit NATO on <day>", "has been invited to attend the forum on <day>": the day of what
# one is invited to is ahead of the invitation, whatever the tense of "invited"
INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,10}?to\s+(?:visit|attend|take\s+part|participate"
                        r"|join|come|address|speak)\b", re.IGNORECASE)


def _clause_future(clause: str, sentence_future: bool, at: int = 0) -> bool:
    """The tense a date speaks in: the nearest tense marker before it in its clause ("briefed him on
    preparations for the summit on 8 July": preparations, so ahead), else the first one after it
    ("On December 4 the ministry said ... would": said, so past); none: the sentence's."""
    markers = [(m.start(), True) for m in FUTURE.finditer(clause)]
    markers += [(m.end(), True) for m in INVITED_TO.finditer(clause)]  # ahead only of the dates after it
    markers += [(m.start(), False) for m in PAST.finditer(clause)
                if not re.search(r"\b(?:be|been|being|is|are|will|would|to)\s+$", clause[:m.start()])]
    if not markers:
        return sentence_future
    before = [m for m in markers if m[0] < at]
    return max(before)[1] if before else min(markers)[1]


UNTIL = re.compile(r"(?:until|till|through)\s*$", re.IGNORECASE)
EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:on\s+)?$", re.IGNORECASE)
# "is due to end on <day>", "will close on <day>", "ends on <day>": the last day of something under way (as
# "until" is)
_ENDED = r"(?:ended|closed|concluded|finished|wrapped\s+up)"  # an end gone by
END_ON = re.compile(r"\b(?:(?:is|are)\s+(?:due|set|scheduled|expected|planned)\s+to|will|(?:is|are)\s+to|and)\s+"
                    r"(?:(?:will|is\s+to)\s+)?(?:end|close|conclude|finish|wrap\s+up)\s+on\s*$"
                    # ("It ended on Saturday": the end, gone by, of the event the story is at)
                    r"|^(?:It|They)\s+" + _ENDED + r"\s+on\s*$"
                    # ("The exercise ends on 24 May", "the course, which ends on 24 May": in the present, ahead)
                    r"|(?<!the\s)(?<!an\s)(?<!its\s)\b(?:ends?|closes?|concludes?|finish(?:es)?|wraps?\s+up)\s+on\s*$"
                    # ("The course, which started on 6 May, ended on Friday": the end after the start's own clause)
                    r"|,\s+" + _ENDED + r"\s+on\s*$", re.IGNORECASE)
END_ON_PAST = re.compile(r"\b" + _ENDED + r"\b", re.IGNORECASE)
SINCE = re.compile(r"since\s*$", re.IGNORECASE)
NAME_BEFORE_YEAR = re.compile(r"(?:[A-Z][\w-]*|\")(?:\s?[–—]\s?|\s)$")  # ("Noble Partner – 2018")
OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:;(\[\"“‘'«—–-])\s*$")  # what may stand before a capitalised "Today ..."
# a capitalised word before a year that opens a phrase of time, not a name ("Between 2002 and 2014, ...")
CAPITALISED_PREPOSITION = re.compile(r"(?<![\w-])(?:In|Since|By|From|Until|Till|Of|For|And|Or|To|Between|During|After"
                                     r"|Before|Through|Throughout|Over|Around)\s$")
VAGUE = {"this weekend", "this month", "last week", "last month", "next week", "next month", "last year",
         "next year", "this year", "earlier this year"}


@dataclass(frozen=True)
class DateMention:
    """One date expression in the text, resolved as far as the publication date allows."""

    start: int
    end: int
    text: str
    kind: str                    # day, range, month, weekday, relative, year, same_day
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str               # day, month or year
    has_year: bool               # the year is written, not inferred
    until: bool = False          # "until June 2": the end of something already under way
    since: bool = False          # "since 2007"
    vague: bool = False          # "last week": too vague to date an event
    future: bool = False         # read as ahead of the publication date ("will be held in February")

    def __str__(self) -> str:
        return f"{self.text!r}->{self.date_start}..{self.date_end}/{self.precision}"

    def shifted(self, offset: int) -> DateMention:
        """The same mention ``offset`` characters further on (dataclasses.replace re-runs __init__,
        five times slower, and this runs for every date of every sentence)."""
        moved = object.__new__(DateMention)
        moved.__dict__.update(self.__dict__)
        object.__setattr__(moved, "start", self.start + offset)
        object.__setattr__(moved, "end", self.end + offset)
        return moved


def _day(month_name: str, day: str, year: str | None, published, future) -> dt.date | None:
    month = month_number(month_name)
    day_n = resources.ordinal_days()[day] if day in resources.ordinal_days() else int(re.sub(r"\D", "", day))
    if month is None:
        return None
    if not valid_day(month, day_n):
        return None
    if year:
        try:
            return dt.date(int(year), month, day_n)
        except ValueError:
            return None
    return anchor_year(month, day_n, published, future)


def _weekday(name: str, published: dt.date | None, future: bool) -> dt.date | None:
    if published is None:
        return None
    wd = WEEKDAYS.index(name.lower())
    if future:
        return published + dt.timedelta(days=(wd - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - wd) % 7)


def _resolve(kind: str, g: dict, published, future) -> tuple:
    """The groups of one match -> (start, end, precision, has_year, vague)"""
    if kind == "range":
        y2 = g.get("y2")
        y1 = g.get("y1") or y2
        m2 = g.get("m2")
        m1 = g.get("m1") or m2
        m2 = m2 or m1
        if g.get("d1") is None:  # month-to-month range
            start = dt.date(int(y1), month_number(m1), 1)
            end = dt.date(int(y2), month_number(m2), 1)
            return start, end, "month", True, False
        start = _day(m1, g["d1"], y1, published, future)
        if start is None:
            return None, None, "day", bool(y1), False
        end = _day(m2, g["d2"], y2 or str(start.year), published, future)
        if end is not None and end < start and not y2:
            end = _day(m2, g["d2"], str(start.year + 1), published, future)
        return start, end, "day", bool(y2 or y1), False
    if kind == "day":
        d = _day(g["m1"], g["d1"], g.get("y1"), published, future)
        return d, None, "day", bool(g.get("y1")), False
    if kind == "month":
        month = month_number(g["m1"])
        if g.get("y1"):
            return dt.date(int(g["y1"]), month, 1), None, "month", True, False
        d = anchor_year(month, 1, published, future)
        if d is not None and published is not None and d.month == published.month \
                and d.year == published.year + (1 if future else -1):
            d = d.replace(year=published.year)  # the month of publication itself, looking back or ahead
        return d, None, "month", False, False
    if kind == "weekday":
        return _weekday(g["w"], published, future), None, "day", False, False
    if kind == "weekdays":
        if published is None:
            return None, None, "day", False, False
        span = dt.timedelta(days=(WEEKDAYS.index(g["w2"].lower()) - WEEKDAYS.index(g["w1"].lower())) % 7)
        if future:
            start = _weekday(g["w1"], published, True)
            return start, start + span, "day", False, False
        end = _weekday(g["w2"], published, False)
        return end - span, end, "day", False, False
    if kind == "year":
        return dt.date(int(g["y1"]), 1, 1), None, "year", True, False
    if kind == "dom":  # "on the 14th": a day of the publication month, or of the next one ahead
        if published is None:
            return None, None, "day", False, False
        day = int(re.sub(r"\D", "", g["dom"]))
        months = [(published.year, published.month)]
        nxt = (published.year + (published.month == 12), published.month % 12 + 1)
        prv = (published.year - (published.month == 1), (published.month - 2) % 12 + 1)
        months = [months[0], nxt] if future else [months[0], prv]
        for y, mth in months:
            try:
                d = dt.date(y, mth, day)
            except ValueError:
                continue
            if (d >= published - dt.timedelta(days=3)) if future else (d <= published + dt.timedelta(days=3)):
                return d, None, "day", False, False
        return None, None, "day", False, False
    phrase = g["r"].lower()
    if published is None:
        return None, None, "day", False, phrase in VAGUE
    if phrase in ("today", "tonight", "later today", "earlier today", "this morning", "this afternoon", "this evening"):
        return published, None, "day", False, False
    if phrase.endswith(("same day", "that day", "the day", "arrival", "evening", "morning", "afternoon", "eve of")) \
            and not phrase.startswith("this ") \
            or offset_days(phrase) is not None or phrase.startswith("on the") and phrase.endswith(" day"):
        return None, None, "day", False, False  # resolved by the caller to the previous day
    if phrase in ("earlier this month", "this month"):
        return published.replace(day=1), None, "month", False, True
    if phrase in ("this year", "earlier this year"):
        return published.replace(month=1, day=1), None, "year", False, True
    if phrase == "this weekend":
        return published + dt.timedelta(days=(5 - published.weekday()) % 7), None, "day", False, True
    d = relative_day(phrase, published)
    precision = "day"
    if phrase.endswith("month"):
        precision, d = "month", d.replace(day=1) if d else d
    elif phrase.endswith("year"):
        precision, d = "year", d.replace(month=1, day=1) if d else d
    return d, None, precision, False, phrase in VAGUE


def find_dates(sentence: str, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in one sentence, left to right, resolved against ``published``."""
    return list(_find_dates_at(sentence, published, offset))


@per_sentence(maxsize=8192)
def _find_dates_at(sentence: str, published: dt.date | None, offset: int) -> tuple[DateMention, ...]:
    """Cached per place in the text: each stage of the extractor asks about the same sentence."""
    # "NOVEMBER 6, 2001" (a heading in capitals): the month read as written in prose; same offsets and text
    prose = CAPS_MONTH.sub(lambda m: m.group(0).title(), sentence)
    found = _find_dates(prose, published)
    if prose != sentence:
        found = tuple(replace(d, text=sentence[d.start:d.end]) for d in found)
    if not offset:
        return found
    return tuple(d.shifted(offset) for d in found)


CAPS_MONTH = re.compile(r"\b(?:" + "|".join(m.upper() for m in MONTHS) + r")\b")
# every pattern above needs a digit, a month or weekday name, or a relative word: most sentences have none
MONTH_WORD = Gated(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                   r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\w)",
                   ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
WEEKDAY_WORD = Gated(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", ["day"])
RELATIVE_WORD = Gated(r"(?i:\b(?:today|tonight|tomorrow|yesterday|week|weekend|month|year|day|days|evening|morning"
                      r"|afternoon|eve)\b)", ["tonight", "tomorrow", "day", "week", "month", "year", "eve", "morning",
                                              "afternoon"], fold=True)
DIGIT = re.compile(r"\d")
# what each pattern needs in the sentence before it is worth running
NEEDS = {"range": MONTH_WORD, "day": MONTH_WORD, "month": MONTH_WORD, "weekday": WEEKDAY_WORD, "weekdays": WEEKDAY_WORD,
         "relative": RELATIVE_WORD, "year": DIGIT, "dom": DIGIT, "figures_range": DIGIT, "figures_day": DIGIT}
FIGURES_KIND = {"figures_range": "range", "figures_day": "day"}
NEED_PATTERNS = tuple(dict.fromkeys(NEEDS.values()))  # each asked once per sentence, whatever kinds share it


@dataclass(frozen=True)
class _Match:
    """A date expression found in a sentence, before the publication date resolves it."""

    kind: str
    start: int
    end: int
    groups: dict
    until: bool
    since: bool
    future: bool


# "on the second day", "The last day, ...": a day of the event under way; not "the second day of the
# summit" inside a sentence, which names the day of another event
STORY_DAY = re.compile(r"(?:on )?the (?:first|opening|second|third|fourth|fifth|last|final|closing|concluding) day")
STORY_DAY_NUMBER = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


@per_sentence(maxsize=8192)
def _find_dates(sentence: str, published: dt.date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for f in _scan(sentence):
        kind = f.kind
        start, end, precision, has_year, vague = _resolve(kind, f.groups, published, f.future)
        rel = kind == "relative" and f.groups["r"].lower()
        kind = "range" if kind == "weekdays" else kind  # a span like any other from here on
        if rel and rel.endswith(("same day", "that day", "the day", "arrival", "evening", "morning", "afternoon")) \
                and not rel.startswith("this ") and offset_days(rel) is None:
            kind = "same_day"
        elif rel == "on the eve of":
            kind = "eve"  # the day before the event the story is about
        elif rel and offset_days(rel) is not None:
            kind = "offset"  # "the following day": counted from the day the story was at
        elif rel and STORY_DAY.fullmatch(rel):
            kind = "story_day"  # "on the first day" of the event under way
        # ("every Monday", "each Friday": a habit, no day)
        vague = vague or kind == "weekday" and bool(EVERY_BEFORE.search(sentence, max(0, f.start - 8), f.start))
        found.append(DateMention(f.start, f.end, sentence[f.start:f.end], kind, start, end, precision, has_year,
                                 until=f.until, since=f.since, vague=vague, future=f.future))
    found.sort(key=lambda d: d.start)
    # "on Monday, May 13", "on Monday 13 May": the written day dates it, the weekday only names it
    found = [d for i, d in enumerate(found) if not (
        d.kind == "weekday" and i + 1 < len(found) and found[i + 1].kind in ("day", "range")
        and re.fullmatch(r",?\s?(?:the\s)?", sentence[d.end:found[i + 1].start])
        # "opens today, October 6", "met yesterday (May 13)": the written day says which day the word means
        or d.kind == "relative" and d.text.lower() in ("today", "yesterday", "tomorrow", "tonight")
        and i + 1 < len(found) and found[i + 1].kind == "day"
        and re.fullmatch(r",\s?(?:on\s)?|\s?\(", sentence[d.end:found[i + 1].start]))]
    # (not a plan's or a span's year: "the cooperation programme for 2022", "by 2025", "since 2019"; nor the year of
    # another happening that only places this one in time, "after the <name> Summit of 2014")
    years = [d for d in found if d.kind == "year"
             and not PLAN_YEAR_BEFORE.search(sentence, max(0, d.start - 9), d.start)
             and not ANCHOR_YEAR_BEFORE.search(sentence, max(0, d.start - 60), d.start)]
    if published is not None:
        found = _year_words_after(sentence, found, published)
    movable = [d for d in found if d.kind in ("day", "range", "month") and not d.has_year and d.date_start
               and not d.future]
    if not movable or published is None:
        return tuple(found)
    # ("The exercise Noble Partner 2022 was held from 29 August to 9 September": the year of the event's name)
    named = set() if years or any(d.has_year for d in found) else {
        int(m.group(1)) for m in NAMED_YEAR.finditer(sentence) if not MONTH_WORD.search(m.group(0))}
    if len(years) == 1 or len(named) == 1:
        # "In 2013, a workshop was held from November 25 to 28": the year the sentence names
        year = years[0].date_start.year if years else named.pop()
        found = [in_year(d, year) if d in movable else d for d in found]
    return tuple(found)


@per_sentence(maxsize=8192)
def _scan(sentence: str) -> tuple[_Match, ...]:
    """The sentence's date expressions and their tense; the same whatever the publication date, so
    the extractor's stages that read a sentence with and without one scan it once."""
    has = {need: bool(need.search(sentence)) for need in NEED_PATTERNS}
    if not any(has.values()):
        return ()  # no digit, month, weekday or relative word: most sentences
    present = {kind: has[need] for kind, need in NEEDS.items()}
    sentence_future = bool(FUTURE.search(sentence))
    clauses = [(m.start(), m.end()) for m in re.finditer(r"[^,;:–—]+", sentence)]
    taken: list[tuple[int, int]] = []
    found: list[_Match] = []
    for kind, pattern in PATTERNS:
        if not present[kind]:
            continue
        kind = FIGURES_KIND.get(kind, kind)  # a date in figures is a day or a range like any other from here on
        for m in pattern.finditer(sentence):
            s, e = m.span("m1") if m.groupdict().get("lead") else m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            before = sentence[max(0, s - 12):s]
            if kind == "year" and NAME_BEFORE_YEAR.search(sentence[max(0, s - 30):s]) \
                    and not CAPITALISED_PREPOSITION.search(sentence, max(0, s - 12), s):
                continue  # "Regional Response 2009", "West 2017": a name, not a date
            if kind == "relative" and m.group(0)[:1].isupper() and m.group(0)[1:2].islower() \
                    and not OPENS_A_SENTENCE.search(sentence, 0, s):
                continue  # "a conference on a Sustainable Tomorrow", "<Country> Today": a name, not a day
            end_on = END_ON.search(sentence, max(0, s - 40), s)
            if end_on and end_on.group(0).startswith(",") and not any(te <= s for _, te in taken):
                end_on = None  # ", ended on <day>" is an end only after a start written before it
            until = bool(UNTIL.search(before) or end_on) and kind in ("day", "month", "weekday")
            ended = bool(end_on and END_ON_PAST.search(end_on.group(0)))  # "ended on": an end gone by
            # "who arrived in Baku on Sunday, will meet ... on Tuesday": a past verb in the
            # mention's own clause keeps it in the past whatever the rest of the sentence says
            ci = next((i for i, (cs, ce) in enumerate(clauses) if cs <= s < ce), None)
            clause = sentence[clauses[ci][0]:clauses[ci][1]] if ci is not None else ""
            at = s - clauses[ci][0] if ci is not None else 0
            if ci is not None and len(clause.split()) < 5 and ci + 1 < len(clauses):
                clause += sentence[clauses[ci + 1][0]:clauses[ci + 1][1]]  # "On Monday, the envoy held ..."
            future = _clause_future(clause, sentence_future, at)
            lead = (m.groupdict().get("lead") or "").lower()
            if lead in ("next", "last"):
                future = lead == "next"  # "next March", "Last October": the word says which way
            taken.append((s, e))
            found.append(_Match(kind, s, e, m.groupdict(), until, bool(SINCE.search(before)),
                                future or until and not ended))
    return tuple(found)


# "Agile Spirit 2023", "Noble Partner – 2018"
NAMED_YEAR = re.compile(r"\b[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*(?:\s?[–—]\s?|[\s-])((?:19|20)\d\d)\b(?![-–]\d)")
PLAN_YEAR_BEFORE = re.compile(r"\b(?:for|by|until|till|through|since|before|after|to)\s+$", re.IGNORECASE)
ANCHOR_YEAR_BEFORE = re.compile(r"\b(?:after|since|before|following|ahead of|prior to)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+\s+)?(?:of|in)\s+$")


# the year named after a date that has none ("on 5 March last year", "in June of this year")
YEAR_WORDS_AFTER = re.compile(r"\s+(?:of\s+)?(last|previous|past|this|next)\s+year\b(?![’'])", re.I)
YEAR_WORD_SHIFT = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}


def _year_words_after(sentence: str, found: list[DateMention], published: dt.date) -> list[DateMention]:
    """A day or month without a year, followed by "last year" or "this year": that year, and one mention (its year
    still not written in figures, as milestones need)."""
    for d in [d for d in found if d.kind in ("day", "range", "month") and not d.has_year and d.date_start]:
        m = YEAR_WORDS_AFTER.match(sentence, d.end)
        if m:
            year = published.year + YEAR_WORD_SHIFT[m.group(1).lower()]
            found = [replace(in_year(x, year), end=m.end(), text=sentence[x.start:m.end()])
                     if x is d else x for x in found if not (x.kind == "relative" and x.start == m.start(1))]
    return found


def in_year(d: DateMention, year: int) -> DateMention:
    """The date moved to ``year`` (its end as far); a day that year lacks (29 February) stays."""
    def move(x: dt.date | None) -> dt.date | None:
        if x is None:
            return None
        try:
            return x.replace(year=year + (x.year - d.date_start.year))
        except ValueError:
            return x
    return replace(d, date_start=move(d.date_start), date_end=move(d.date_end))


def first_full_date(text: str) -> dt.date | None:
    """The first single, fully written day (``on 7 September 2017``) in a passage."""
    for d in find_dates(text, None):
        if d.kind == "range" and d.has_year:
            return None  # a report on a multi-day visit does not say when it was written
        if d.kind == "day" and d.has_year and d.date_start:
            return d.date_start
    return None
