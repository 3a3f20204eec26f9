"""The dates of the story: a sentence's dates with "the same day", "the following day", "on the
second day", "on the eve of" resolved against the day the story is at; which dates can date an
event; ranges closed by "until"; lengths ("a two-day visit")."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .. import resources
from ..dates import STORY_DAY_NUMBER, DateMention, find_dates, in_year, offset_days
from ..gates import Gated
from ..read import Article, Sentence
from .model import Event, main_event
from .statistics import day_count

LASTED_DAYS = re.compile(r"\b(?:lasted|lasts|will\s+last|is\s+to\s+last|ran|runs|will\s+run|continued|went\s+on)"
                         r"\s+(?:for\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days\b", re.I)
NAME_BETWEEN = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*|for|of|and|on|the|in))+\s+")
N_DAY = Gated(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)-day\b", ["-day"], re.I)
# ("concluded a two-day visit", "leaves today at the end of a <n>-day round of talks": dated by its last day)
CONCLUDED = re.compile(r"\b(?:concluded|wrapped up|ended|completed|rounded off|finished"
                       r"|at the (?:end|close|conclusion) of)\s+(?:\w+\s+){0,3}$")
# "A two-day workshop on <topic>, organised by <body>, wrapped up on Tuesday": the end verb after the event, so its
# day is the last (not after "began on Monday and ended ...", whose day is the first)
ENDED_AFTER = re.compile(r"(?:(?!\b(?:began|begun|started|opened|kicked off|will|is to|are to)\b)[^.;]){0,120}?"
                         r"\b(?:concluded|wrapped up|ended|closed|came to an end|drew to a close|finished"
                         # ("a two-day visit that ends today": the day told is the last)
                         r"|(?:that|which)\s+(?:ends|concludes|closes|finishes))\b")
# "was postponed", "has been suspended": nothing happened on the date named (a new date, if any, is
# another clause's: "postponed from 10 May to 14 May" keeps the 14th, see POSTPONED_TO)
CANCELLED = Gated(r"\b(?:called off|cancell?ed|will not take place|did not take place|scrapped|"
                  # ("<person> could not come in <month> as planned": a visit that did not happen)
                  r"(?:could not|couldn't|was unable to|were unable to) (?:come|visit|attend|travel|arrive|make it)|"
                  r"on hold|(?:was|were|has been|have been|had been|is|are|will be|be)\s+(?:\w+\s+)?"
                  r"(?:postponed|suspended|put off|deferred)|postponed indefinitely"
                  # ("officers on their way to the drills were stopped at the border": they did not take part)
                  r"|(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:stopped|barred|turned back"
                  r"|denied entry|refused entry))\b",
                  ["called off", "cancel", "will not take place", "did not take place", "scrapped", "could not",
                   "couldn't", "unable to", "stopped", "barred", "turned back", "denied entry", "refused entry",
                   "postponed", "suspended", "put off", "deferred", "on hold"], re.I)
POSTPONED_TO = re.compile(r"\b(?:postponed|put off|deferred|moved|pushed back)\s+(?:\w+\s+){0,3}?"
                          r"(?:to|until|till)\s+$", re.I)
# "originally planned for 10 May", "initially scheduled for", "first set for", "had originally been
# planned for", "originally due on", "earlier slated to take place on": a date that was replaced
# "..., Trend reports, citing the Defence Ministry on Oct. 28": the day of the report the story cites, not of
# anything it reports
# (and "according to <source>, which announced the visit on <weekday>": the day of the announcement)
CITED_ON = Gated(r"\b(?:citing|quoting|cited by|quoted by|according to)\s+(?:[\w'’.-]+\s+){0,6}?on\s+$"
                 r"|\b(?:which|that)\s+(?:first\s+|also\s+)?(?:announced|reported|released|published|confirmed"
                 r"|disclosed)\s+(?:[\w'’.-]+\s+){0,4}?on\s+$",
                 ["citing", "quoting", "cited by", "quoted by", "according to", "announced", "reported", "released",
                  "published", "confirmed", "disclosed"], re.I)
SUPERSEDED = Gated(r"\b(?:(?:originally|initially|first|earlier|previously)\s+(?:had\s+)?(?:been\s+)?|"
                   r"(?:had|has)\s+(?:originally\s+|initially\s+|first\s+|earlier\s+|previously\s+)?been\s+)"
                   r"(?:planned|scheduled|foreseen|set|due|slated|expected|meant)\s+"
                   r"(?:to\s+(?:be\s+held|take\s+place|open|start|begin)\s+)?(?:for|on|in)\s+$",
                   ["originally", "initially", "first", "earlier", "previously", "been"])


def dates_in(s: Sentence, art: Article, frame: list[Event], last_day: dt.date | None,
             year_of: dt.date | None = None, last_year: int | None = None,
             last_told: dt.date | None = None, in_year_named: bool = False,
             visit: Event | None = None) -> list[DateMention]:
    """The sentence's dates, with "the same day", "the following day", "on the first day" resolved
    against the day the story is at (the event under way; "first day" counts from the longest one). On a page
    with no publication date, ``year_of`` (the last day of the event its masthead names) gives the days and
    months written without a year their year; words such as "today" stay unresolved. "In October of that year"
    takes ``last_year``, the year the text wrote last; "On the same day ..." after a sentence that told two days of
    a trip takes ``last_told``, the day of the last event told (see resolve_same_day). ``in_year_named``: the year of
    ``year_of`` is the year the page's exercise is named with, and every such day and month is in it."""
    story_day = frame_day = main_event(frame).date_start if frame else last_day
    if story_day and art.published and story_day > art.published:
        story_day = last_day  # a planned event is not the day the story is at ...
    elif frame and main_event(frame).precision != "day" and last_day:
        story_day = last_day  # ... nor a month or year recalled ("at the summit last November. The next day ...")
    longest = min(frame, key=lambda e: -((e.date_end or e.date_start) - e.date_start).days) if frame else None
    if visit is not None and visit.date_end and OF_THE_VISIT.search(s.text):
        longest = visit  # "on the <nth> day of the visit": the days of the last visit told, not the event under way
    span_start = longest.date_start if longest else last_day
    span_end = (longest.date_end or longest.date_start) if longest else last_day
    if art.published is None and year_of is not None:
        found = [d if d.kind in ("day", "range", "month") else replace(d, date_start=None, date_end=None)
                 for d in find_dates(s.text, year_of, s.start)]
        if in_year_named:
            found = [in_year(d, year_of.year) if not d.has_year and d.date_start else d for d in found]
    else:
        found = find_dates(s.text, art.published, s.start)
    if frame_day != story_day and any(d.kind in ("same_day", "offset") and d.future for d in found):
        # ... unless the sentence too looks ahead ("The same day she plans to meet", "The next day he is to <verb>")
        story_day = frame_day
    # "The <event> fell on the eve of the <other event>": the eve of another happening than the one
    # the story is at, whose day is not told, dates nothing
    found = [d for d in found if d.kind != "eve" or _eve_of_the_story(s, d, frame)]
    if last_year is not None and THAT_YEAR.search(s.text):
        if art.published is None:  # ("on <day> of the same year" on an undated page: read in that year)
            in_that_year = {d.start: d for d in find_dates(s.text, dt.date(last_year, 12, 31), s.start)}
            found = [in_that_year.get(d.start, d) if d.date_start is None and d.kind in ("day", "range", "month")
                     else d for d in found]
        found = [replace(in_year(d, last_year), has_year=True, future=False)
                 if not d.has_year and d.date_start and d.kind in ("day", "range", "month") else d for d in found]
    if longest is not None and longest.date_end and span_end and dt.timedelta(days=1) <= span_end - span_start \
            <= dt.timedelta(days=13):
        # "On Monday he was received by ...", told within a visit of 13-15 May: the Monday of the visit, not the
        # Monday of publication after it
        found = [_in_span(d, span_start, span_end) if d.kind == "weekday" else d for d in found]
    # "He met A on <day> and B on <the day after>. The same day he flew on to ...": the last day of the trip named
    same_day = last_told if last_told and story_day and story_day < last_told <= story_day + TRIP_DAYS else story_day
    return resolve_same_day(found, last_day, story_day, span_start, span_end, art.published, same_day)


def _in_span(d: DateMention, start: dt.date, end: dt.date) -> DateMention:
    """A weekday read as one of the days just after the span of the event under way (the publication's week)
    moved to the day of that name within the span, if it holds one."""
    if d.date_start is None or not end < d.date_start <= end + dt.timedelta(days=7):
        return d
    day = start + dt.timedelta(days=(d.date_start.weekday() - start.weekday()) % 7)
    return replace(d, date_start=day) if day <= end else d


# "In October of that year", "later that year, on 5 May", "in June of the same year": the year written before
THAT_YEAR = Gated(r"\b(?:that|the same|that same)\s+year\b", ["year"], re.I)


EVE_NOUN = re.compile(r"\s*(?:(?:the|his|her|their|its|this)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)\b")


def _eve_of_the_story(s: Sentence, d: DateMention, frame: list[Event]) -> bool:
    """The event word after "on the eve of" is of the kind the story is at (or there is none)."""
    m = EVE_NOUN.match(s.text, d.end - s.start)
    families = [family for _, family in resources.event_kinds(m.group(1))] if m else []
    return not families or not frame or main_event(frame).family in families


# "The exercise has been under way in <country> since <day>": the day it began (a "since" of a state, "a member
# since 1994", dates nothing); "a team that has been in <country> since <day>": the day its stay began
UNDER_WAY_SINCE = re.compile(r"\b(?:has|have)\s+been\s+(?:under\s?way|going\s+on|running|taking\s+place|in\s+progress"
                             r"|held|conducting|holding|hosting|staging|organi[sz]ing|in(?=\s+[A-Z])"
                             r"|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?visit)\b[^.;]{0,80}$")


def eventable_dates(s: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """Dates that can date an event: days or months, not "since", not vague, not an end, not a plan
    that was replaced or called off."""
    out = [d for d in dates if d.date_start and d.precision in ("day", "month")
           and (not d.since or d.precision == "day" and UNDER_WAY_SINCE.search(s.text[:d.start - s.start]))
           and not d.vague and not d.until and not SUPERSEDED.search(s.text[:d.start - s.start])
           and not cited(s, d) and not in_history_clause(s, d)]
    # "was called off", "will not take place": nothing happened on that date (same part of the sentence)
    return [d for d in out if not CANCELLED.search(_segment(s.text, d.start - s.start))
            or POSTPONED_TO.search(s.text[:d.start - s.start])]


# "In June the <outlet> agency said that the army had held a course": the month is when the source spoke
SOURCE_SAID_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?i:agency|ministry|service|outlet|newspaper"
                               r"|website|portal|channel|press|media|office|embassy)\s+(?:said|reported|announced|wrote"
                               r"|stated|informed)\s+(?:that\b|,)")


# "discussed the <document>, which <body> approved in <month> <year>": the date is the document's, told in a relative
# clause after it, not the day of the talks
HISTORY_CLAUSE_BEFORE = re.compile(r",\s+(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?"
                                   r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
                                   r"(?:approved|adopted|signed|ratified|submitted|launched|endorsed|drawn\s+up"
                                   r"|founded|established|set\s+up)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+$"
                                   # ("following its accession to NATO on <day>": a country's step, not a gathering)
                                   r"|\b(?:accession|admission)\s+(?:to|into)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?"
                                   r"(?:on|in)\s+$")


def in_history_clause(s: Sentence, d: DateMention) -> bool:
    """The date is told in a relative clause of a document's or a body's history (approved, signed, founded ...)."""
    return bool(HISTORY_CLAUSE_BEFORE.search(s.text, max(0, d.start - s.start - 120), d.start - s.start))


def cited(s: Sentence, d: DateMention) -> bool:
    """The date is the day a source the story cites spoke or announced ("citing the ministry on <day>", "In June
    the agency said that ...")."""
    # (a span of days is no day a source spoke: "held from 13 to 15 May, the ministry said")
    return bool(CITED_ON.search(s.text[:d.start - s.start])
                or d.date_end is None and SOURCE_SAID_AFTER.match(s.text, d.end - s.start))


def _segment(text: str, pos: int) -> str:
    """The part of a sentence between semicolons that holds position pos."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return text[start:end if end >= 0 else len(text)]


OF_THE_VISIT = re.compile(r"\b(?:first|opening|second|third|last|final|closing|concluding)\s+day\s+of\s+"
                          r"(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay)\b", re.I)
TRIP_DAYS = dt.timedelta(days=14)  # the days of one trip or one exercise told day by day


def resolve_same_day(dates: list[DateMention], last_day: dt.date | None,
                      story_day: dt.date | None = None, span_start: dt.date | None = None,
                      span_end: dt.date | None = None, published: dt.date | None = None,
                      same_day: dt.date | None = None) -> list[DateMention]:
    """"on the same day" is the day named just before it in the sentence, else ``same_day`` (the last day of the
    trip told), else the story's day;
    "on the eve of" is the day before the event the story is about; "the day before", told before the story
    has a day, is the day before publication."""
    out = []
    for d in dates:
        if d.kind == "eve":
            day = story_day - dt.timedelta(days=1) if story_day else None
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "offset":
            before = [o for o in out if o.precision == "day" and o.date_start and not o.until and not o.since]
            base = before[-1].date_start if before else (story_day or last_day)
            if base is None and offset_days(d.text) < 0:
                base = published  # "The day before, <someone> received ...": a news item's day before its own
            day = base + dt.timedelta(days=offset_days(d.text)) if base else None
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "story_day":
            which = d.text.split()[-2].lower()  # "on the second day", "the last day"
            if which in STORY_DAY_NUMBER:
                day = span_start + dt.timedelta(days=STORY_DAY_NUMBER[which]) if span_start else None
                if day and span_end and span_end > span_start and day > span_end:
                    day = None  # "the fifth day" of a three-day visit: not a day of it
            else:  # last, final, closing, concluding
                day = span_end or span_start
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "same_day":
            before = [o for o in out if o.precision == "day" and o.date_start and not o.until]
            day = before[-1].date_start if before else (same_day or story_day or last_day)
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        out.append(d)
    return out


def close_ranges(created: list[Event], events: list[Event], untils: list[DateMention]) -> None:
    """A range closed by "until": in the same sentence, or an event already under way."""
    for u in untils:
        # (an event under way: not one recalled from years before, "the previous workshop, held in 2011")
        targets = [e for e in created if e.date_start <= u.date_start] or (
            [] if created else [e for e in reversed(events)
                                if e.event_type in ("visit", "exercise", "conference", "ceremony")
                                and e.date_start <= u.date_start <= e.date_start + dt.timedelta(days=92)][:1])
        for e in targets:
            if e.event_type != "meeting" or len(created) == 1:
                e.date_end = u.date_start


STAY_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:stay|visit|trip|tour)\b")
FOR_A_BEFORE = re.compile(r"\bfor\s+(?:a|an)\s+$")


def apply_lengths(s: Sentence, created: list[Event]) -> None:
    """"a two-day visit": the length belongs to the event word it stands next to; "concluded a two-day
    visit" is dated by its last day."""
    m = N_DAY.search(s.text) if created else None
    lasted = LASTED_DAYS.search(s.text) if created and not m else None
    if lasted:  # "started on 6 May and lasted five days": the length told after the start
        n_days = day_count(lasted.group(1))
        for e in created:
            if e.date_end is None and e.precision == "day" and n_days and 1 < n_days < 15 and e.family != "talks":
                e.n_days, e.date_end = n_days, e.date_start + dt.timedelta(days=n_days - 1)
        return
    if not m:
        return
    for e in created:
        # "a two-day visit", "a three-day Partnership for Peace workshop": next to the word, or a name between
        # (the first event word after it: "on a <n>-day visit, held talks" gives the visit its length, not the talks)
        first = min((p for o in created for p in o.trigger_pos if p >= m.end()), default=None)
        # ("arrived on <day> for a three-day stay": the stay is the visit the arrival begins)
        stay = first is None and e.family == "visit" and bool(STAY_AFTER.match(s.text, m.end())) \
            and bool(FOR_A_BEFORE.search(s.text, max(0, m.start() - 12), m.start()))
        if e.date_end is None and e.precision == "day" and (stay or any(
                p == first and p - m.end() <= 12 or 0 < p - m.end() <= 60 and NAME_BETWEEN.fullmatch(s.text[m.end():p])
                for p in e.trigger_pos)):
            n_days = day_count(m.group(1))
            if n_days and 1 < n_days < 15:
                e.n_days = n_days
                if CONCLUDED.search(s.text[:m.start()]) or ENDED_AFTER.match(s.text, m.end()):
                    e.date_start, e.date_end = e.date_start - dt.timedelta(days=n_days - 1), e.date_start
                else:
                    e.date_end = e.date_start + dt.timedelta(days=n_days - 1)
