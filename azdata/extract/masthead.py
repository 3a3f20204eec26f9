"""The event a page's masthead names. The site of one exercise or conference puts its name, its days and its
place above every page ("Exercise <name>" / "5-16 November 2001" / "<city>, <country>"); the story below
often refers to it only as "it". The masthead is set aside as furniture, so it is read here, from the lines
above the story."""
from __future__ import annotations

import re

from .. import resources
from ..dates import find_dates
from ..read import Article, Sentence
from .model import Event
from .triggers import triggers_in

# the name line: an event word first, a short line ("Exercise <name>", "Seminar on <topic>")
NAME_LINE = re.compile(r"(?i:exercise|seminar|conference|course|summit|workshop|symposium|forum)\b.{0,80}")
# what may stand around the date on its own line ("5-16 November 2001", "• 24 Sep. 2007 - 28 Sep. 2007")
AROUND_DATE = re.compile(r"[\W_]*")
HEAD_LINES = 15  # how far down the page the masthead may be


def masthead_event(art: Article, events: list[Event]) -> Event | None:
    """The event of a masthead's name line with a line of its own days right under it (and its place on
    the line after that), when the story reports no event of that type on that first day."""
    body_start = art.paragraphs[0][0] if art.paragraphs else len(art.text)
    lines = [m for m in re.finditer(r"[^\n]+", art.text[:body_start]) if m.group(0).strip()][:HEAD_LINES]
    for i, line in enumerate(lines[:-1]):
        name = NAME_LINE.fullmatch(_bare(line.group(0)))
        if name is None:
            continue
        day_line = lines[i + 1]
        dates = [d for d in find_dates(day_line.group(0), None, day_line.start())
                 if d.precision == "day" and d.has_year and d.kind in ("day", "range")]
        if len(dates) != 1 or not AROUND_DATE.fullmatch(art.text[day_line.start():dates[0].start]
                                                         + art.text[dates[0].end:day_line.end()]):
            continue
        d = dates[0]
        words = triggers_in(name.group(0))
        if not words or words[0].pos != 0 or words[0].family != "activity":
            continue
        etype = words[0].event_type
        if any(e.date_start == d.date_start and e.event_type == etype for e in events):
            return None  # the story tells it itself
        start = line.start() + line.group(0).index(name.group(0)[:1])
        s = Sentence(start, day_line.end(), art.text[start:day_line.end()], -1)
        ev = Event(etype, "activity", d, d.date_start, d.date_end, d.precision, s, [0])
        ev.location = _place(lines[i + 2].group(0)) if i + 2 < len(lines) else ""
        return ev
    return None


def _bare(line: str) -> str:
    """The line without the marks and stray symbols around it."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", line)


def _place(line: str) -> str:
    """The city a place line names first ("<city>, <country>"), else its country, else nothing."""
    words = [w.strip() for w in _bare(line).split(",")]
    if not words or len(words) > 3:
        return ""
    if words[0] in resources.cities():
        return words[0]
    return resources.country_display(words[0]) if words[0] in resources.country_names() else ""
