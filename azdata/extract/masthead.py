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

# the name line: a short line with an event word ("Exercise <name>", "Seminar on <topic>", "<body> Annual Session,
# <city>")
NAME_WORDS = 12
# what may stand around the date on its own line ("5-16 November 2001", "• 24 Sep. 2007 - 28 Sep. 2007")
AROUND_DATE = re.compile(r"[\W_]*")
HEAD_LINES = 15  # how far down the page the masthead may be


def masthead(art: Article) -> Event | None:
    """The event of a masthead's name line with a line of its own days right under it (and its place on
    the line after that), read from the lines above the story."""
    body_start = art.paragraphs[0][0] if art.paragraphs else len(art.text)
    lines = [m for m in re.finditer(r"[^\n]+", art.text[:body_start]) if m.group(0).strip()][:HEAD_LINES]
    for i, line in enumerate(lines[:-1]):
        name = _bare(line.group(0))
        words = [t for t in triggers_in(name) if t.family == "activity" and t.event_type != "other"]
        if not name or len(name.split()) > NAME_WORDS or not words:
            continue
        if words[0].pos != 0 and name == _bare(art.title):
            continue  # the headline over a page's date line ("<units> to join <exercise>" / "<date>"): not a name
        day_line = lines[i + 1]
        dates = [d for d in find_dates(day_line.group(0), None, day_line.start())
                 if d.precision == "day" and d.has_year and d.kind in ("day", "range")]
        if len(dates) != 1 or not AROUND_DATE.fullmatch(art.text[day_line.start():dates[0].start]
                                                         + art.text[dates[0].end:day_line.end()]):
            continue
        d = dates[0]
        start = line.start() + line.group(0).index(name[:1])
        s = Sentence(start, day_line.end(), art.text[start:day_line.end()], -1)
        ev = Event(words[0].event_type, "activity", d, d.date_start, d.date_end, d.precision, s, [0])
        ev.location = _place(lines[i + 2].group(0)) if i + 2 < len(lines) else ""
        return ev
    return None


def masthead_event(head: Event | None, events: list[Event]) -> Event | None:
    """The masthead's event, when the story reports no event of that type on its first day."""
    if head is None or any(e.date_start == head.date_start and e.event_type == head.event_type for e in events):
        return None
    return head


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
