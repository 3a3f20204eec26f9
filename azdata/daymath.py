"""Calendar arithmetic for the date reader (dates.py): month names to numbers, days that exist, months
added to a day, "yesterday" / "last month" / "two days later" seen from a day, and the year a date
written without one most likely means."""
from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(name: str | None) -> int | None:
    if not name:
        return None
    if name.isdigit():  # a month in figures ("14.05.2024")
        return int(name) if 1 <= int(name) <= 12 else None
    key = name.lower().rstrip(".")[:3]
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(key):
            return i
    return None


def valid_day(month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` of some year (29 February counts)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


def shift_months(base: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), the last of the month where it is shorter."""
    y, m = divmod(base.month - 1 + months, 12)
    y += base.year
    return dt.date(y, m + 1, min(base.day, calendar.monthrange(y, m + 1)[1]))


def relative_day(phrase: str, base: dt.date) -> dt.date | None:
    """"yesterday", "tomorrow", "last week", "next month", "last year" ... seen from ``base``."""
    if phrase == "yesterday":
        return base - dt.timedelta(days=1)
    if phrase == "the day before yesterday":
        return base - dt.timedelta(days=2)
    if phrase == "the day after tomorrow":
        return base + dt.timedelta(days=2)
    if phrase == "tomorrow":
        return base + dt.timedelta(days=1)
    direction, _, unit = phrase.partition(" ")
    sign = {"last": -1, "next": 1}.get(direction)
    if sign is None or unit not in ("week", "month", "year"):
        return None
    if unit == "week":
        return base + dt.timedelta(days=7 * sign)
    return shift_months(base, sign * (1 if unit == "month" else 12))


NUMBER_OF = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def offset_days(phrase: str) -> int | None:
    """"the following day" -> 1, "two days later" -> 2, "the day before" -> -1; None otherwise."""
    phrase = phrase.lower()
    if phrase in ("the following day", "the next day", "the day after") \
            or re.fullmatch(r"the (?:following|next) (?:morning|afternoon|evening)", phrase):
        return 1
    if phrase in ("the day before", "the previous day", "a day earlier"):
        return -1
    m = re.fullmatch(r"(a|one|two|three|four|five|six|seven|\d) days? later", phrase)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else NUMBER_OF[m.group(1)]
    return None


def anchor_year(month: int, day: int, published: dt.date | None, future: bool) -> dt.date | None:
    """The year a yearless ``month day`` most likely means, seen from the publication date.

    News reports look back: the latest such date up to a week after publication,
    unless the sentence speaks of the future, then the earliest from a week before.
    """
    if published is None:
        return None
    cands = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            pass
    if not cands:
        return None
    slack = dt.timedelta(days=7)
    if future:
        ahead = [c for c in cands if c >= published - slack]
        return min(ahead) if ahead else max(cands)
    behind = [c for c in cands if c <= published + slack]
    return max(behind) if behind else min(cands)
