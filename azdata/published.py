"""When the story was published, where the page does not say it in a header: the wire dateline
that opens the first paragraph (``BAKU, Azerbaijan, July 5.``, ``Baku, April 29, AZERTAC``,
``(May 4, 2021) -``), its year from the body when it gives none, and the choice among the page's
date lines (pagedates), the dateline and the lead. Never a year from a background fact."""
from __future__ import annotations

import datetime as dt
import re

from . import pagedates, resources
from .article import Article

# the English month names, then every other spelling of months.csv ("Baku, 11. Februar, AZERTAC", "Bakı, 5 fevral")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|(?i:" + "|".join(
    re.escape(n) for n in sorted(resources.month_names(), key=len, reverse=True) if len(n) > 3) + ")"
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# BAKU, Azerbaijan, June 26 (Trend) -    Baku, December 11, AZERTAC    Baku. 28 January. REPORT.AZ/
# BAKU, Azerbaijan, July 5. A delegation ...  (a wire dateline before the first sentence; see _is_dateline)
# (MENAFN- Agency) BAKU, Azerbaijan, September 5.   (a syndicator's source tag before the wire's dateline)
SOURCE_TAG = re.compile(r"\((?=[^()\n]{0,40}[A-Z])[^()\n]{2,40}\)\s*")
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z]+)(?:,\s*(?P<country>[A-Z][A-Za-z ]+?))?[.,]\s*"
    r"(?:(?P<m1>" + MONTHS + r"|(?:" + MONTH_ABBR + r")\.?)(?:(?<=\.)\s*|\s+)(?P<d1>\d{1,2})"
    r"|(?:den\s+|le\s+)?(?P<d2>\d{1,2})\.?\s+(?P<m2>" + MONTHS + r"|(?:" + MONTH_ABBR + r")\.?))"  # ("den 25.")
    r"(?:[.,]?\s*(?P<y>\d{4}))?"
    r"[.,]?\s*(?:\((?P<o1>[^)]{2,30})\)\.?|/\s*(?P<o3>[A-Z][\w.]{1,20})\s*/"
    r"|(?P<o2>[A-Z][A-Za-z.]{1,20}(?:/|(?=\s*(?:$|[-–—:])))))?"  # a source ends the line or is cut off by / - :
    r"\s*[-–—:]?\s*",
)
# (May 4, 2021) — Agency cited ...    4 May 2021 - The ministry said ...   a full date leading the first sentence
DATE_DATELINE = re.compile(r"\(?(?P<num>[^()\n]{6,28}?\d{4})\)?\s*[-–—]{1,2}\s+(?=[\"“]?[A-Z])")
# 17.03.2021Baku hosted ...    March 5, 2019BAKU, Azerbaijan - ...    16 December 2008 The delegation ...
# a full date run into the first word of the story (a page whose markup gave the date no line of its own)
GLUED_DATE = re.compile(r"(?P<num>[^\n]{6,28}?\d{4})[ \t]?(?=[\"“‘]?[A-ZÀ-Ý])")
# Baku / 23.11.17 / Agency:    a numeric dateline (day first), glued to the first sentence
NUM_DATELINE = re.compile(r"(?P<city>[A-Z][A-Za-z]+) ?/ ?(?P<num>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})) ?/ ?"
                          r"(?P<o1>[A-Z][\w.]{1,20}) ?:?\s*")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def dateline_at(text: str) -> re.Match | None:
    """The wire dateline that opens a block (after a syndicator's source tag, if any): a city and a
    day, a city and a numeric date, a full date alone before a dash ("(May 4, 2021) — "), or a
    full date run into the story's first, capitalised word ("17.03.2021Baku hosted")."""
    for d in (DATE_DATELINE.match(text), GLUED_DATE.match(text)):
        if d:
            found = pagedates.find_date(d.group("num"))
            if found and found[0] == 0 and found[1] == len(d.group("num")):
                return d
    tag = SOURCE_TAG.match(text)
    pos = tag.end() if tag else 0
    return DATELINE.match(text, pos) or NUM_DATELINE.match(text, pos)


def dateline_only(line: str) -> bool:
    d = DATELINE.match(line)
    return bool(d and is_dateline(d, line) and d.end() >= len(line))


def is_dateline(d: re.Match, line: str) -> bool:
    """A dateline names its source, stands alone, gives the year, or (``BAKU, Azerbaijan, July 5.``)
    is the capitalised city (or city and country) of a wire story before a sentence."""
    if d.group("o1") or d.group("o2") or d.group("o3") or d.end() >= len(line) or d.group("y"):
        return True
    city_form = d.group("city").isupper() or d.group("country")
    return bool(city_form and line[d.end():d.end() + 1].isupper() and line[:d.end()].rstrip()[-1:] in ".,")


def header_date(raw: str, art: Article) -> dt.date | None:
    try:
        date = dt.date.fromisoformat(raw)
    except ValueError:
        art.problems.append(f"header date '{raw}' is not a real date; ignored")
        return None
    if date > dt.date.today():
        art.problems.append(f"header date {date} lies in the future; ignored")
        stale_from(art, date)
        return None
    return date


# (alone on its line, or glued to the line that follows it, as full headers are: " date 2021-06 On June 22, ...")
MONTH_HEADER = re.compile(r"\A[ \t]*date[ \t]+((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:[ \t]*$|[ \t]+(?=\S))", re.M)


def header_month_end(text: str) -> dt.date | None:
    """The last day of the month a crawler's header gives without its day (" date 2010-04"): no publication
    date, but the year of the days the story writes without one."""
    m = MONTH_HEADER.match(text[:40])
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def stale_from(art: Article, day: dt.date) -> None:
    """From ``day`` on, today's date no longer rules out what was set aside as lying ahead."""
    art.stale_from = min(day, art.stale_from or day)


def year_of_dateline(art: Article, month: int | None, day: int, body_years: list[int]) -> int | None:
    """The year of a dateline that gives none: the latest year the body writes that is not only
    ahead ("is due to end by the close of <year>"), moved on to the year of the first announced
    day if the dateline falls before it ("will be held on 3 March 2021" -> 12 February 2021), and
    to the first year in which it falls after every past day the body writes in full (a story
    comes after what it reports: "March 3" of a story on "the elections on 15 October 2008" is of
    2009)."""
    from .dates import find_dates

    if not body_years or month is None:
        return None
    mentions = [d for s, e in art.paragraphs for d in find_dates(art.text[s:e], None)
                if d.has_year and d.date_start]
    only_ahead = ({d.date_start.year for d in mentions if d.future}
                  - {d.date_start.year for d in mentions if not d.future})
    year = max([y for y in body_years if y not in only_ahead] or body_years)
    ahead = sorted(d.date_start for d in mentions if d.future and d.precision in ("day", "month"))
    if ahead and ahead[0].year > year:
        try:
            year = ahead[0].year if dt.date(ahead[0].year, month, day) < ahead[0] else ahead[0].year - 1
        except ValueError:
            pass
        return year
    past = max((d.date_start for d in mentions if not d.future and d.kind == "day"), default=None)
    try:
        if past and dt.date(year, month, day) < past:
            after = past.year if dt.date(past.year, month, day) >= past else past.year + 1
            year = after if dt.date(after, month, day) <= dt.date.today() else year
    except ValueError:
        pass
    return year


# a day the story writes without its year: "January 23", "23 January" (a month word of months.csv)
YEARLESS_DAY = re.compile(r"(?<![\w.])(\d{1,2})\.?\s+([^\W\d_]{3,10})\b(?!\.?,?\s+\d{4})"
                          r"|\b([^\W\d_]{3,10})\.?\s+(\d{1,2})\b(?!,?\s+\d{4}|\d|:)")


def _story_days(art: Article, dateline: re.Match | None) -> set[tuple[int, int]]:
    """(month, day) of the dateline and of every day the body writes without a year."""
    out = set()
    if dateline is not None and dateline.re is DATELINE:
        month = pagedates.month_of(dateline.group("m1") or dateline.group("m2"))
        out.add((month, int(dateline.group("d1") or dateline.group("d2"))))
    for s, e in art.paragraphs:
        for m in YEARLESS_DAY.finditer(art.text, s, e):
            month = pagedates.month_of(m.group(2) or m.group(3))
            if month:
                out.add((month, int(m.group(1) or m.group(4))))
    return out


def _agrees_with_story(day: dt.date, art: Article, dateline: re.Match | None) -> bool:
    """A weekday-led date line ("Thursday, 23 January 2003") is as often the site's clock as the story's date; it is
    the story's when the story's dateline, or a day the body writes without a year, is that day ("Baku, January 23"):
    the line gives the year the story leaves out."""
    return (day.month, day.day) in _story_days(art, dateline)


def infer_published(art: Article, dateline: re.Match | None, dates: list, first: int, last: int,
                     title_at: int | None = None) -> set[int]:
    """No usable header: the page's date line for the story, else the dateline (its year from the
    body when it gives none), else the site's today-line if the body's years reach it, else a date
    the lead gives as the story's own (or the day its heading ends with), else the page's "updated"
    line. Returns the date line used."""
    body_years = [int(y) for s, e in art.paragraphs for y in YEAR.findall(art.text[s:e])]
    this_year = dt.date.today().year
    for y in body_years:
        if y > this_year:
            stale_from(art, dt.date(y, 1, 1))
    body_years = [y for y in body_years if y <= this_year]
    choice = pagedates.choose(dates, first, last, title_at)
    if choice.story:
        art.published, art.published_from = choice.story[1].date, "page"
        return {choice.story[0]}
    if choice.today and _agrees_with_story(choice.today[1].date, art, dateline):
        art.published, art.published_from = choice.today[1].date, "page"
        return {choice.today[0]}
    if dateline is not None and dateline.re is not DATELINE:
        found = pagedates.find_date(dateline.group("num"))
        if found:
            art.published, art.published_from = found[2], "dateline"
            return set()
    elif dateline is not None:
        month = pagedates.month_of(dateline.group("m1") or dateline.group("m2"))  # any language of months.csv
        day = int(dateline.group("d1") or dateline.group("d2"))
        header = header_month_end(art.text)  # " date 2021-11 Baku, 15 November": the header's year and month
        year = int(dateline.group("y")) if dateline.group("y") else \
            header.year if header and header.month == month else year_of_dateline(art, month, day, body_years)
        if year and month:
            try:
                art.published = dt.date(year, month, day)
                art.published_from = "dateline"
                return set()
            except ValueError:
                pass
    if choice.today and body_years and choice.today[1].date.year <= max(body_years) + 1:
        art.published, art.published_from = choice.today[1].date, "page"
        return {choice.today[0]}
    if art.paragraphs:
        s, e = art.paragraphs[0]
        found = pagedates.lead_date(art.text[s:e]) or pagedates.heading_date(art.text[s:e])
        if found:
            art.published, art.published_from = found, "body"
            return set()
    if choice.updated:
        art.published, art.published_from = choice.updated[1].date, "page"
        return {choice.updated[0]}
    return set()
