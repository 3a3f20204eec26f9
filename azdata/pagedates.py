"""The page's own dates: the date, timestamp, "updated" and footer lines that news sites print
around a story, and which of them dates the story.

A *date line* is a short line that is mostly one date: ``2017-05-31``, ``02/05/2017 20:42``, ``2017/05/31``,
``29.04.2022 [11:46]``, ``5 March 2019 [10:12] - TODAY.AZ``, ``• 25 Sep. 2014 -``,
``Updated: 07-Nov-2001``, ``November 22, 2022 17:40``, ``Politics 3 March 2015 10:20 (UTC +04:00)``,
``By Jane Doe December 7, 2017``, ``2019 March 4 ( Monday ) 10:15:07``, ``Press release
20 September 2018``.  Besides the date it may hold a time of day, a weekday, a time zone, a site
name, a section name or two, a document's label, separators and brackets, but no prose (no
lower-case word other than a few date-line words of date_words.txt such as "updated", "at" or
"release").

Numeric dates with slashes or dots are read day first (``04/06/2018`` is 4 June), unless the
first number cannot be a month's day and the second can (``11/26/2024``).  Month names come
from ``resources/months.csv`` (English, Azerbaijani, Turkish, Russian; a user can add more).

Which date line dates the story (``choose``):

* a line with a time of day is a timestamp; lines in a run of three or more date lines of the
  same shape (a "Latest news" list of other stories) date other stories, and so does any line
  whose date equals one of theirs;
* of the others, a line above the body beats a line below it, and the nearer the body the
  better; below the body only a timestamp or a line right after the body counts (a footer's
  date far down the page is the day the page was saved);
* a weekday-led line without a time ("Friday March 29 2024") above the headline is the site's
  today-line: it is used only when no other line dates the story and the body's own years reach
  its year (between the headline and the body, such a line is the story's date);
* an "Updated:" or "Last update" line dates the page, not the story: the caller uses it only
  when nothing else (dateline, body) dates the story. Where the line also prints the story's own
  date, no later than the update ("Updated: 10-Mar-2008 NATO Update 7 March 2008", "16 Dec.
  2008 | Updated: 18-Dec-2008"), it is a date line of the story's date;
* a week named by its days (``week_words.txt``: "Week of 5-11 November 2001", the issue of a
  weekly bulletin) is dated by its first day, so "Updated: 14-Mar-2003 Week of 10-16 March
  2003" dates its story 10 March; a bare range ("5-16 Nov. 2001") stays an event's span, unless it
  sits beside the page's "updated" line and starts no later than it (``ranges_beside_updates``: a NATO
  news page prints the story's days over its update, "• 3 Mar. 2010 - 5 Mar. 2010 / • Last updated:
  9 Apr. 2010"), where its first day dates the story.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import resources

_MONTH = r"([^\W\d_]{3,10})"  # a month word, looked up in months.csv
ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
# ("8-01-2018, 07:37": with dashes, only before a year of four figures; "5-16 11" is no date)
NUMERIC = re.compile(r"(?<![\d./])(\d{1,2}) ?([./]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/]|\.\d)"
                     r"|(?<![\d./-])(\d{1,2})(-)(\d{1,2})-(\d{4})(?![\d/-]|\.\d)")
DMY = re.compile(r"(?<!\w)(\d{1,2})(?:st|nd|rd|th)?[ .-]{1,2}" + _MONTH + r"\.?[ .,-]{1,3}(\d{4})(?!\d)")
MDY = re.compile(r"(?<!\w)" + _MONTH + r"\.?[ ]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ ]{1,3}(\d{4})(?!\d)")
# year first, the month by name: "2019 March 4 ( Monday ) 10:15:07", "2016 Dec. 7"; a day followed
# by a colon is a time of day ("2017 November 12:30" has no day)
YMD = re.compile(r"(?<![\w.:/-])(\d{4})[ .,-]{1,3}" + _MONTH + r"\.?[ .,-]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\d:])")
# year first in figures with slashes or dots: "2014/05/12 14:30", "2014.05.12" (always year, month, day)
YEAR_FIRST = re.compile(r"(?<![\d./-])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)")
TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\b\.?)?")
WORD = re.compile(r"(?<!\w)[^\W\d_][\w'’.-]*")  # (not the "th" of "137th")
# a number of five digits or more (a code, an order number), not a view counter's ("Read: 12345")
CODE_NUMBER = re.compile(r"(?<![\d.,])(?<!\b[Rr]ead: )(?<!\b[Vv]iews: )\d{5,}(?![\d.,])")
UPDATED = re.compile(r"(?:last\s+)?(?:updated?|modified|edited|changed)\b", re.IGNORECASE)
MAX_LINE = 110  # a date line is short; a long line is prose even when it starts with a date
# a day range ("5-16 Nov. 2001", "24 Sep. 2007 - 28 Sep. 2007", "3 – 7 June 2019"): the days of an event
# (an exercise, a course), not the day a page was written
RANGE_BEFORE = re.compile(r"(?<![\d.:/-])\d{1,2}(?:st|nd|rd|th)?\.?\s?(?:[-–—]|to|until)\s?$")
RANGE_AFTER = re.compile(r"^\s?[-–—]\s?\d{1,2}(?!\d|:)")
UPDATED_LEAD = 25  # an "Updated:" line whose date starts this near its start dates the page, whatever follows
LEADING = " \t•·*▪►-–—>»|"


@dataclass(frozen=True)
class PageDate:
    date: dt.date
    kind: str          # "date" (a plain date or timestamp line), "byline", "updated", "today"
    has_time: bool
    shape: str         # which pattern and separators wrote it: list members share a shape
    author: str = ""   # for a byline with a date: the name before it


# The days from which a reading would change: a date or a two-digit year set aside for lying ahead
# of today. read.py collects them for each article (``ahead_from``), so that the extraction cache
# reads the article again when that day comes.
_AHEAD: list[dt.date] = []


def ahead_from() -> dt.date | None:
    """The earliest such day since the last call (None: no date was set aside), and forget them."""
    day = min(_AHEAD, default=None)
    _AHEAD.clear()
    return day


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        if 2000 + y > dt.date.today().year:
            _AHEAD.append(dt.date(2000 + y, 1, 1))
            return 1900 + y
        return 2000 + y
    return y


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    today = dt.date.today()
    if month is None or not 1980 <= year:
        return None
    if year > today.year:
        _AHEAD.append(dt.date(year, 1, 1))
        return None
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    if d > today:
        _AHEAD.append(d)
        return None
    return d


def month_of(word: str) -> int | None:
    return resources.month_names().get(word.casefold().rstrip("."))


WEEK_SPAN = 60  # the days that name a week are written within this many characters


def _week(line: str, at: int) -> tuple[int, dt.date] | None:
    """The days written from ``at`` on, after a phrase of week_words.txt, as (where they end, their
    first day): a weekly issue ("Week of 5-11 November 2001", "Week of 30 Dec. 2002 - 5 Jan. 2003")
    is dated by the week's first day, not read as an event's span."""
    from .dates import find_dates

    days = find_dates(line[at:at + WEEK_SPAN], None)
    first = days[0] if days else None
    if first is None or first.start != 0 or first.kind not in ("day", "range") or not first.has_year \
            or first.date_start is None:
        return None
    d = _make(first.date_start.year, first.date_start.month, first.date_start.day)
    return (at + first.end, d) if d else None


def find_date(line: str) -> tuple[int, int, dt.date, str] | None:
    """The leftmost full date (day, month and year) written in a line, or the first day of a week
    named by its days (``_week``): (start, end, date, shape)."""
    found = []
    for m in ISO.finditer(line):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d, "iso"))
            break
    for m in NUMERIC.finditer(line):
        g = m.groups()[:4] if m.group(1) else m.groups()[4:]
        a, sep, b, y = int(g[0]), g[1], int(g[2]), _year(g[3])
        day, month = (b, a) if sep in "/-" and a <= 12 < b else (a, b)
        d = _make(y, month if month <= 12 else None, day)
        if d:
            found.append((m.start(), m.end(), d, "num" + sep))
            break
    for m in YEAR_FIRST.finditer(line):
        d = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            found.append((m.start(), m.end(), d, "ynum" + m.group(2)))
            break
    for m in DMY.finditer(line):
        d = _make(int(m.group(3)), month_of(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d, "dmy" + ("." if "." in line[m.start():m.end()] else "")))
            break
    for m in MDY.finditer(line):
        d = _make(int(m.group(3)), month_of(m.group(1)), int(m.group(2)))
        if d:
            found.append((m.start(), m.end(), d, "mdy"))
            break
    for m in YMD.finditer(line):
        d = _make(int(m.group(1)), month_of(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d, "ymd"))
            break
    for m in resources.week_pattern().finditer(line):
        week = _week(line, m.end())
        if week:
            found.append((m.start(), week[0], week[1], "week"))
            break
    if not found:
        return None
    return min(found, key=lambda f: (f[0], -f[1]))


# "20 Mar 04" on a line of its own (a monitoring service's date line): a two-digit year, only where the line is
# nothing but the date (in prose "on 20 March 04" may be anything)
DMY_SHORT_YEAR = re.compile(r"(\d{1,2})[ .-]" + _MONTH + r"\.?[ .-](\d{2})")


def _short_year(line: str) -> tuple[int, int, dt.date, str] | None:
    m = DMY_SHORT_YEAR.fullmatch(line)
    d = _make(_year(m.group(3)), month_of(m.group(2)), int(m.group(1))) if m else None
    return (0, len(line), d, "dmy2") if d else None


# "... Public AffairsMarch 21, 2022": a date the page's markup ran into the word before it
GLUED_MONTH = re.compile(r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October"
                         r"|November|December)\s\d)")
BYLINE_CAPS = 12  # a byline's name and office ("By Sgt. <name>, <unit> Public Affairs, <date>") may be long


def _squeezed(line: str) -> str:
    """A line without its leading bullets and separators, its spaces run together (and a month glued to the word
    before it set apart)."""
    return GLUED_MONTH.sub(" ", " ".join(line.strip().lstrip(LEADING).split()))


def date_line(line: str) -> PageDate | None:
    """The date of a line that is only a date (with time, weekday, site or section names), else None.
    The line may be two lines of the page (a date split over them, see ``split_date``)."""
    s = _squeezed(line)
    if not s or len(s) > MAX_LINE:
        return None
    hit = find_date(s) or _short_year(s)
    if hit is None:
        return None
    start, end, date, shape = hit
    if RANGE_BEFORE.search(s[:start]) or RANGE_AFTER.match(s[end:]):
        return None  # a range of days: an event's span
    if UPDATED.match(s) and start <= UPDATED_LEAD:  # "Updated: 14-Mar-2003 Week of 10-16 March 2003"
        issue = date_line(s[end:]) if find_date(s[end:]) else None
        if issue and issue.kind == "date" and issue.date <= date:
            return issue  # "Updated: 10-Mar-2008 NATO Update 7 March 2008": the story's own date follows
        timed = bool(TIME.match(s[end:].lstrip(" ,|")))
        return PageDate(date, "updated", timed, shape + ("+t" if timed else ""))
    if find_date(s[end:]):
        later = UPDATED.search(s, end)
        update = date_line(s[later.start():]) if later else None
        if update and update.date >= date:  # "16 Dec. 2008 | Updated: 18-Dec-2008": the story's date first
            return date_line(s[:later.start()].rstrip(LEADING + " ,"))
        return None  # two dates: "24 Sep. 2007 - 28 Sep. 2007", an event's first and last day
    rest = s[:start] + " " + s[end:]
    has_time = bool(TIME.search(rest))
    rest = TIME.sub(" ", rest)
    if CODE_NUMBER.search(rest):
        return None  # "<code> 12345: <label>: <date>": a document's code and a date of its own, not the story's
    weekdays, date_words = resources.weekday_names(), resources.date_words()
    caps = 0
    for w in WORD.findall(rest):
        low = w.casefold().rstrip(".,")
        if low in weekdays or low in date_words or month_of(low):
            continue
        if "." in w.strip("."):  # a site's name: www.example.az, Example.Az
            continue
        if not w[0].isupper():
            return None  # a lower-case word: prose, not a date line
        caps += 1
    if caps > (BYLINE_CAPS if s.startswith("By ") else 4):
        return None
    first = WORD.match(s)
    author = ""
    if UPDATED.match(s):
        kind = "updated"
    elif s.startswith("By ") and start > 3:
        kind, author = "byline", s[3:start].strip(" ,–—-|")
    elif first and first.group(0).casefold().rstrip(".,") in weekdays and not has_time:
        kind = "today"
    else:
        kind = "date"
    return PageDate(date, kind, has_time, shape + ("+t" if has_time else ""), author)


RANGE_LINE_MAX = 60  # "• 3 Mar. 2010 - 5 Mar. 2010", "14-15 May 2012": a line that is only a span of days
BESIDE_UPDATE = 3  # ... this many lines from the page's "updated" line


def range_start(line: str) -> dt.date | None:
    """The first day of a line that is only a range of days ("10 Jun. 2009 - 11 Jun. 2009", "14-15 May 2003")."""
    s = _squeezed(line)
    hit = find_date(s) if 0 < len(s) <= RANGE_LINE_MAX else None
    if hit is None:
        return None
    start, end, date, _ = hit
    before = RANGE_BEFORE.search(s[:start])
    if before and not s[:before.start()].strip() and not s[end:].strip(LEADING + " "):
        return _make(date.year, date.month, int(re.match(r"\d{1,2}", before.group(0)).group(0)))
    rest = s[end:]
    second = find_date(rest) if not s[:start].strip() and re.match(r"\s?[-–—]\s?", rest) else None
    if second and not rest[second[1]:].strip(LEADING + " ") and second[2] >= date:
        return date
    return None


def ranges_beside_updates(blocks: list, found: list[tuple[int, PageDate]]) -> list[tuple[int, PageDate]]:
    """A range-of-days line beside the page's "updated" line (a NATO news page: "• 3 Mar. 2010 - 5 Mar.
    2010 / • Last updated: 9 Apr. 2010") is the story's date line, dated by its first day; a range alone on
    a page (an exercise's banner) stays the event's span."""
    updates = [(i, pd.date) for i, pd in found if pd.kind == "updated"]
    out = []
    for i, b in enumerate(blocks):
        day = range_start(b.text) if updates and b.lines == 1 else None
        if day and any(abs(i - j) <= BESIDE_UPDATE and day <= when for j, when in updates):
            out.append((i, PageDate(day, "date", False, "range")))
    return out


SPLIT_FIRST, SPLIT_SECOND = 30, 40  # the two halves of a split date are short lines


def split_date(first: str, second: str) -> bool:
    """Whether two adjacent lines, neither a date line, are one date written over both ("12 марта" /
    "2019, 14:05": a page's markup put the day and month in one element, the year and time in the
    next). Both are short and hold a number (the day, the year)."""
    first, second = first.strip(), second.strip()
    if len(first) > SPLIT_FIRST or len(second) > SPLIT_SECOND or not (DIGIT.search(first) and DIGIT.search(second)):
        return False
    return date_line(first + "\n" + second) is not None and date_line(first) is None and date_line(second) is None


DIGIT = re.compile(r"\d")
LIST_RUN = 3   # this many date lines of one shape ...
LIST_GAP = 3   # ... each within this many lines of the next, are a list of other stories


def list_members(found: list[tuple[int, PageDate]]) -> set[int]:
    """Indices of date lines that belong to a list of other stories (a "Latest news" block)."""
    out: set[int] = set()
    by_shape: dict[str, list[int]] = {}
    for i, pd in found:
        by_shape.setdefault(pd.shape, []).append(i)
    for idx in by_shape.values():
        run = [idx[0]]
        for i in idx[1:] + [None]:
            if i is not None and i - run[-1] <= LIST_GAP:
                run.append(i)
                continue
            if len(run) >= LIST_RUN:
                out.update(run)
            if i is not None:
                run = [i]
    return out


@dataclass
class Choice:
    story: tuple[int, PageDate] | None = None    # the line that dates the story
    today: tuple[int, PageDate] | None = None    # a site today-line, usable only as a last resort
    updated: tuple[int, PageDate] | None = None  # the page's update line, usable when nothing else dates it


AFTER_BODY = 3  # a plain date line this close below the body is the story's; further down, a footer's


def choose(found: list[tuple[int, PageDate]], body_first: int, body_last: int, title_at: int | None = None) -> Choice:
    """Which of the page's date lines (index, date) dates the story (see the module's docstring). A
    weekday-led line between the headline (line ``title_at``) and the body is the story's own."""
    if title_at is not None:
        found = [(i, replace(pd, kind="date") if pd.kind == "today" and title_at < i <= body_first else pd)
                 for i, pd in found]
    members = list_members(found)
    listed = {pd.date for i, pd in found if i in members}
    usable = [(i, pd) for i, pd in found if i not in members and pd.date not in listed]
    choice = Choice()

    def place(item):
        i, pd = item
        if i <= body_first:
            return (0, body_first - i, not pd.has_time)
        if i <= body_last:
            return (0, 0, not pd.has_time)
        return (1, i - body_last, not pd.has_time)

    story = [c for c in usable if c[1].kind in ("date", "byline")
             and (c[0] <= body_last or c[1].has_time or c[0] - body_last <= AFTER_BODY)]
    if story:
        choice.story = min(story, key=place)
    today = [c for c in usable if c[1].kind == "today"]
    if today:
        choice.today = min(today, key=place)
    updated = [c for c in usable if c[1].kind == "updated"]
    if updated:
        choice.updated = min(updated, key=place)
    return choice


ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$")
FIRST_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")
CLAUSE_BREAK = re.compile(r"[,;:()–—]")
OCCASION_SPAN = 3  # an occasion word this close before "on" owns the date ("the presidential elections on")


def _background(clause: str) -> bool:
    """Whether the clause before a lead's "on <date>" puts the date in the background: a cue of
    background_words.csv in it (a relative clause "which signed ... on", a history "dates back to",
    "following the talks held on", an anniversary), or an occasion word among its last words (the
    date of "the presidential elections on", "the ceasefire agreed on", not of the story's event)."""
    vocabulary = resources.background_words()
    words = [w.casefold() for w in WORD.findall(clause)]
    return any(vocabulary.get(w) == "cue" for w in words) \
        or any(vocabulary.get(w) == "occasion" for w in words[-OCCASION_SPAN:])


HEADING_TAIL = re.compile(r"\s[-–—]\s([^-–—\n]{4,60})$")


SPEECH_HEADING_TAIL = re.compile(r",\s+([^,\n]{6,30})$")


def heading_date(paragraph: str) -> dt.date | None:
    """The day a heading ends with, after a dash and the place ("Joint press conference of <A> and <B> -
    <place>, <date>."): archives of speeches and transcripts date a text so and print no other date."""
    line = paragraph.strip().rstrip(". ")
    words = line.rsplit(None, 1)
    if len(words) == 2 and words[1].casefold().rstrip(".") in resources.date_words():
        line = words[0]  # a year word after the year ("13 ноября 2001 года")
    m = HEADING_TAIL.search(line, max(0, len(line) - 70))
    if m is None and resources.speech_heading_pattern().match(line):
        m = SPEECH_HEADING_TAIL.search(line, max(0, len(line) - 40))  # "Statement by <name>, <office>, <day>"
    hit = find_date(m.group(1)) if m else None
    return hit[2] if hit and hit[1] == len(m.group(1)) else None


def lead_date(paragraph: str) -> dt.date | None:
    """The story's own date in its lead, when no line of the page gives one: the first fully
    written single day of its first sentence, introduced by "on" ("paid a visit to Baku on
    7 September 2017", "on Friday, 7 September 2017"), whose own clause is not background
    ("Azerbaijan, which signed the document on 4 May 1994, ...", "progress in the elections on
    15 October 2008", see ``_background``). A lead that opens on a dated range (a visit from one
    day to another) does not say when it was written."""
    from .dates import find_dates

    cut = FIRST_SENTENCE_END.search(paragraph)
    sentence = paragraph[:cut.start() + 1] if cut else paragraph
    for d in find_dates(sentence, None):
        if d.kind == "range" and d.has_year:
            return None
        if d.kind != "day" or not d.has_year or d.date_start is None:
            continue
        on = ON_BEFORE.search(sentence[:d.start])
        if not on:
            continue
        clause = CLAUSE_BREAK.split(sentence[:on.start()])[-1]
        if _background(clause):
            continue
        return d.date_start
    return None
