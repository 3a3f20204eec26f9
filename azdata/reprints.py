"""Reprints: one story carried by several outlets (re-hosted, lightly edited or reworded).

Two bodies tell the same story when they share most of their rare words — the
names, places, numbers and uncommon terms that a rewrite keeps even when it
changes every verb ("received a delegation headed by X" / "a delegation under X
went to") — and were published within a few days of each other. Where the
publication dates are known they must be close; where one is missing, the
events must agree instead (a day in common with a participant's surname in
common).

Cost: each article is compared only with articles that share one of its rarest
words (its "signature"); words that occur in very many articles never make a
candidate. An archive of N articles costs about N x signature x posting-list cap
comparisons, not N².
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from . import resources
from .people import similar
from .resources import fold

WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
SIGNATURE = 12          # rarest words per article used to find candidates
POSTING_CAP = 40        # a word in more articles than this finds no candidates
PSEUDO_DOCS = 50        # idf smoothing: a small corpus does not make every word look rare
MAX_DAYS = 3            # publication dates at most this far apart
# weighted Jaccard over the bodies' words, and over their names and numbers, for a copy
WORDS_MIN, NAMES_MIN = 0.17, 0.25
# ... when one publication date is unknown
WORDS_MIN_UNDATED, NAMES_MIN_UNDATED = 0.20, 0.45
# ... when the two report an event on the same day with a participant in common
WORDS_MIN_SAME_EVENT = 0.12


@dataclass
class Story:
    """What the comparison needs of one article."""

    article_id: str
    published: dt.date | None
    words: frozenset[str]   # content words, folded
    names: frozenset[str]   # capitalised words and numbers: names, places, days, counts
    # (start day, folded surname) of each event participant; (start day, "") for each event
    events: frozenset[tuple[dt.date, str]] = field(default_factory=frozenset)


def story_of(article_id: str, published: dt.date | None, body: str,
             events: frozenset[tuple[dt.date, str]] = frozenset()) -> Story:
    common = resources.common_words()
    words, names = set(), set()
    for token in WORD.findall(body):
        w = fold(token)
        if w in common:
            continue
        if len(w) > 2:
            words.add(w)
        if token[0].isupper() or token[0].isdigit():
            names.add(w)
    return Story(article_id, published, frozenset(words), frozenset(names), events)


def _frequencies(stories: list[Story], attr: str) -> tuple[dict[str, int], dict[str, float]]:
    """Document frequency and (smoothed) inverse document frequency of each word."""
    df: dict[str, int] = {}
    for s in stories:
        for w in getattr(s, attr):
            df[w] = df.get(w, 0) + 1
    n = len(stories) + PSEUDO_DOCS
    return df, {w: math.log(n / c) for w, c in df.items()}


def find_reprints(stories: list[Story]) -> dict[str, str]:
    """article_id -> article_id of the earliest article of its group (earliest publication date, then
    article_id), for every article that is a later copy; the earliest is not a key."""
    stories = sorted(stories, key=lambda s: s.article_id)
    df, idf_words = _frequencies(stories, "words")
    idf_names = _frequencies(stories, "names")[1]
    n = len(stories)
    postings: dict[str, list[int]] = {}
    signatures: list[list[str]] = []
    for i, s in enumerate(stories):
        # the rarest words that some other article has too (a word of one article finds nobody)
        shared = sorted((w for w in s.words if 2 <= df[w] <= POSTING_CAP), key=lambda w: (df[w], w))
        sig = shared[:SIGNATURE]
        signatures.append(sig)
        for w in sig:
            postings.setdefault(w, []).append(i)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, s in enumerate(stories):
        candidates: set[int] = set()
        for w in signatures[i]:
            candidates.update(j for j in postings[w] if j != i)
        for j in sorted(candidates):
            if root(i) != root(j) and same_story(s, stories[j], idf_words, idf_names):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[Story]] = {}
    for i, s in enumerate(stories):
        groups.setdefault(root(i), []).append(s)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda s: (s.published or dt.date.max, s.article_id))
        for s in members:
            if s is not first:
                out[s.article_id] = first.article_id
    return out


def weighted_jaccard(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    union = sum(idf.get(w, 0.0) for w in a | b)
    return sum(idf.get(w, 0.0) for w in a & b) / union if union else 0.0


def same_story(a: Story, b: Story, idf_words: dict[str, float], idf_names: dict[str, float]) -> bool:
    dated = bool(a.published and b.published)
    if dated and abs((a.published - b.published).days) > MAX_DAYS:
        return False
    days_a, days_b = {d for d, _ in a.events}, {d for d, _ in b.events}
    if days_a and days_b and not days_a & days_b:
        return False  # both report events, on different days: different stories
    words = weighted_jaccard(a.words, b.words, idf_words)
    names = weighted_jaccard(a.names, b.names, idf_names)
    # a participant in common on a day in common, however each outlet transliterates the name
    same_event = any(da == db and na and nb and similar(na, nb) for da, na in a.events for db, nb in b.events)
    if dated and same_event and words >= WORDS_MIN_SAME_EVENT:
        return True
    if dated:
        return words >= WORDS_MIN and names >= NAMES_MIN
    # one date unknown: a closer copy, or the events agree as well
    if same_event and words >= WORDS_MIN and names >= NAMES_MIN:
        return True
    return words >= WORDS_MIN_UNDATED and names >= NAMES_MIN_UNDATED
