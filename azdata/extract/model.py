"""The records extraction produces: events (with participants), statistics, milestones, and one
article's extraction that holds them.  No reading happens here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import resources
from ..dates import DateMention
from ..people import Person
from ..read import Article, Sentence


@dataclass
class Event:
    """One happening: its type and family, dates, place, the sentence that reports it and who took part."""

    event_type: str
    family: str
    date: DateMention
    date_start: dt.date
    date_end: dt.date | None
    precision: str
    sentence: Sentence
    trigger_pos: list[int]
    location: str = ""
    people: list[tuple[int, str]] = field(default_factory=list)      # (person index, role)
    countries: list[tuple[str, str, str]] = field(default_factory=list)  # (iso3, role, title)
    merged_into: "Event | None" = None
    lead: bool = False
    prepared: bool = False  # only being prepared in this sentence: its people are not participants
    n_days: int = 0         # "a two-day visit"
    n_countries: int = 0    # "a visit to Belgium, the Netherlands and Germany": a tour of several countries
    home_listed: bool = False  # the home country is in a list of the countries taking part
    companions: set[int] = field(default_factory=set)  # who travels with the visitor ("accompanied by")


@dataclass
class Statistic:
    """A number a sentence reports, with its qualifier, unit and kind."""

    value: float
    qualifier: str
    unit: str
    kind: str
    context: str
    sentence: Sentence
    start: int = 0  # the figure with its qualifier and unit as written: sentence.text[start:end]
    end: int = 0

    @property
    def as_written(self) -> str:
        return self.sentence.text[self.start:self.end]


@dataclass
class Milestone:
    """A step of the country in a programme (its code), in a year, and the act (joined, signed, ...)."""

    programme: str
    year: int
    date: dt.date | None
    action: str
    sentence: Sentence


@dataclass
class Extraction:
    """Everything one article reports."""

    article: Article
    people: list[Person]
    events: list[Event]
    statistics: list[Statistic]
    milestones: list[Milestone]
    # countries a delegation list names that no event holds (the meeting is not dated):
    # (iso3, role, title, the sentence naming them); the participants table keeps them with no event_id
    undated_countries: list[tuple[str, str, str, Sentence]] = field(default_factory=list)


def main_event(frame: list[Event]) -> Event:
    """Of the events the story is at (one date, several families), the one it follows and adds
    people to: the lowest story_rank of resources/event_families.csv (the first such event)."""
    return min(frame, key=lambda e: resources.story_rank(e.family))
