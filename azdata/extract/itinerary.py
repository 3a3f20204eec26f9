"""Trips: the stops of one itinerary sentence ("Azerbaijan on 17 March, Georgia on 18 March"),
one visit per stop; and the several mentions of one trip across an article merged into one visit."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .. import resources
from ..dates import DateMention
from ..read import Sentence
from .model import Event
from .participants import add_person
from .places import same_place
from .triggers import Trigger

STOP_BEFORE_DATE = re.compile(r"\s+(?:on|from|between)?\s*$")
# ", Georgia on ...", " and then Armenia on ...", and with the verb's preposition repeated: ", to Tbilisi on ...",
# " and then to Yerevan on ..."
STOP_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)"
                            r"(?:to\s+|in\s+)?(?:the\s+)?$")
VISIT_VERB_BEFORE = re.compile(r"\b(?:visiting|visited|visit|visits|touring|toured|travel(?:l?ed|l?ing)? to"
                               r"|arriving in|then)\s+(?:the\s+)?$")


def _stop_place(text: str, pos: int) -> tuple[str, int] | None:
    """The place written right before a date ("Georgia on 18 March"): (place, where it starts)."""
    window_start = max(0, pos - 40)
    window = text[window_start:pos]
    best = None
    for pattern in (resources.city_pattern(), resources.country_pattern()):
        for m in pattern.finditer(window):
            if STOP_BEFORE_DATE.fullmatch(window[m.end():]) and m.group(1) not in resources.demonyms():
                place = m.group(1)
                if pattern is resources.country_pattern():
                    place = resources.country_display(place)
                if best is None or m.start() > best[1] - window_start:
                    best = (place, window_start + m.start())
    return best


def itinerary(s: Sentence, dates: list[DateMention], trigs: list[Trigger], out: list[Event]) -> list[Event]:
    """"visiting Azerbaijan on 17 March, Georgia on 18 March and Armenia on 19 March": one visit per
    stop, each in its own place; the visit word dates only the first."""
    text = s.text
    visits = [e for e in out if e.family == "visit"]
    if not visits or len(dates) < 2:
        return []
    first = visits[0]
    stops = []
    chain_end = None
    for d in sorted(dates, key=lambda d: d.start):
        pos = d.start - s.start
        if pos < min(first.trigger_pos):
            continue
        stop = _stop_place(text, pos)
        if stop is None:
            break
        before = text[max(0, stop[1] - 30):stop[1]]
        if chain_end is None:
            if not VISIT_VERB_BEFORE.search(before):
                break
        elif not (STOP_SEPARATOR.search(before) and stop[1] - chain_end < 20):
            break
        stops.append((d, stop[0]))
        chain_end = d.end - s.start
    if len(stops) < 2 or stops[0][0] is not first.date:
        return []
    first.location = stops[0][1]
    created = []
    for d, place in stops[1:]:
        if any(e.date is d for e in out):
            continue
        ev = Event(first.event_type, "visit", d, d.date_start, d.date_end, d.precision, s, [d.start - s.start])
        ev.location = place
        created.append(ev)
    return created


def merge_visits(events: list[Event]) -> None:
    """Several mentions of one trip ("arrived on Sunday", "tour from 17 to 19 March") become one visit.

    Each visit in turn absorbs the later ones that fall within a day of its dates, are at the same
    place and share its people. The later ones are looked up by start day, not all tried (that cost
    the square of the number of visits). A visit's dates change only while it absorbs others, after
    every earlier visit has had its turn, so the dates indexed below are still its own when looked up.
    """
    visits = [e for e in events if e.family == "visit" and e.precision == "day"]
    if len(visits) < 2:
        return
    one_day = dt.timedelta(days=1)
    spans = [(v.date_start, v.date_end or v.date_start) for v in visits]
    longest = max([end - start for start, end in spans] + [dt.timedelta(0)])
    by_start = sorted(range(len(visits)), key=lambda k: spans[k][0])
    starts = [spans[k][0] for k in by_start]
    for i, a in enumerate(visits):
        if a.merged_into:
            continue
        tried = i  # the later visits up to here have had their chance to join a
        while True:
            a_end = a.date_end or a.date_start
            # a later visit b overlaps when it starts by a's end + 1 day and ends from a's start - 1 day
            # on: it starts at the earliest ``longest`` before that
            lo = bisect.bisect_left(starts, a.date_start - one_day - longest)
            hi = bisect.bisect_right(starts, a_end + one_day)
            near = sorted(k for k in by_start[lo:hi] if k > tried and a.date_start <= spans[k][1] + one_day)
            joined = next((k for k in near if not visits[k].merged_into and _joinable(a, visits[k])), None)
            if joined is None:
                break
            _absorb(a, visits[joined])
            tried = joined  # a's dates may have grown: look again among the visits after this one


def _joinable(a: Event, b: Event) -> bool:
    """Two overlapping visits are one trip: compatible places, and no two different sets of people."""
    if not same_place(a.location, b.location):
        return False
    if a.n_countries > 1 and b.location or b.n_countries > 1 and a.location:
        return False  # one stop of a tour of several countries stays an event of its own
    pa, pb = {p for p, _ in a.people}, {p for p, _ in b.people}
    return not (pa and pb and not pa & pb)


def _absorb(keep: Event, drop: Event) -> None:
    """One visit takes in another mention of the same trip: dates, people, place."""
    a_end = keep.date_end or keep.date_start
    b_end = drop.date_end or drop.date_start
    n_days = keep.n_days or drop.n_days
    keep.date_start = min(keep.date_start, drop.date_start)
    end = max(a_end, b_end)
    if n_days and not (keep.date.kind == "range" or drop.date.kind == "range"):
        end = keep.date_start + dt.timedelta(days=n_days - 1)  # "arrived on Wednesday ... a two-day visit"
    keep.date_end = end if end != keep.date_start else None
    for p, role in drop.people:
        add_person(keep, p, role)
    if not keep.location or (drop.location in resources.cities() and keep.location not in resources.cities()):
        keep.location = drop.location or keep.location
    if drop.date.start < keep.date.start and drop.date.kind == "range":
        keep.date, keep.sentence = drop.date, drop.sentence
    drop.merged_into = keep
