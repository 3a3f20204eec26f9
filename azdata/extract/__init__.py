"""Stage 3: one Article -> people, events (with participants), statistics and milestones.

One module per stage, wired here by ``extract``:

    triggers      event words, and the clauses a sentence is cut into
    participants  the people a sentence names, and their part in its events
    timing        a sentence's dates resolved against the day the story is at
    events        one sentence's events by date and family, with their place
    places        where an event happens; same-place tests
    itinerary     one visit per stop of an itinerary; mentions of one trip merged
    delegations   countries taking part as delegations
    story         the sentence-by-sentence reading that drives the stages above
    statistics    numbers with what they count
    milestones    the years of the country's steps in a partnership programme
    model         the records: Event, Statistic, Milestone, Extraction
"""
from __future__ import annotations

from ..config import HOME_COUNTRY
from ..memo import forget_sentences
from ..people import PeopleIndex
from ..read import Article, sentences
from .delegations import delegation_countries, undated_countries
from .milestones import article_milestones
from .model import Event, Extraction, Milestone, Statistic
from .participants import people_in
from .places import same_place
from .statistics import statistics_in, words_value
from .story import speech_title, story_events
from .triggers import Trigger, triggers_in

__all__ = ["Event", "Extraction", "Milestone", "Statistic", "Trigger", "delegation_countries", "extract",
           "forget_sentences", "same_place", "statistics_in", "triggers_in", "words_value"]


def extract(art: Article) -> Extraction:
    """Everything one article reports; never raises on odd text."""
    sents = sentences(art)
    title = speech_title(art)
    if title is not None:
        sents = [title] + sents  # "Speech by <name> at the <meeting>": the page's event, its speaker
    index = PeopleIndex()
    sentence_people = [people_in(s, index) for s in sents]
    foreign = frozenset(i for i, p in enumerate(index.people) if p.country and p.country != HOME_COUNTRY)
    events = story_events(art, sents, sentence_people, foreign)
    stats = [st for s in sents for st in statistics_in(s)]
    milestones = article_milestones(art, sents, events)
    return Extraction(art, index.people, [e for e in events if e.merged_into is None], stats, milestones,
                      undated_countries(sents, events))
