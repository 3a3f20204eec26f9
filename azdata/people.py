"""The people of one article: each full name resolved to a person (spelling variants and
initials merged by similarity), and the later short forms -- a bare surname, "the Minister" --
resolved to the person they most likely name. Mentions themselves are found by names.py."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from . import resources
from .names import CAPITALISED, ROLE_NOUNS, SPEECH_BEFORE, SUBJECT_AFTER, TITLE_REF, Mention, without_possessive
from .resources import fold


@dataclass
class Person:
    name: str
    surname: str
    first: str
    rank: str = ""
    title: str = ""
    country: str = ""
    country_explicit: bool = False
    aliases: list[str] = field(default_factory=list)
    last_seen: int = -1
    office_words: set = field(default_factory=set)


@lru_cache(maxsize=65536)
def similar(a: str, b: str, threshold: float = 0.8) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb or _romanised(fa) == _romanised(fb):
        return True
    shorter, total = min(len(fa), len(fb)), len(fa) + len(fb)
    if shorter <= 4 or 2 * shorter < threshold * total:  # no ratio can reach the threshold
        return False
    # the bounds first (ratio <= quick_ratio <= real_quick_ratio): most pairs of different names fail
    # the cheap letter count, and only the rest pay for the full match
    if 2 * sum((_letters(fa) & _letters(fb)).values()) < threshold * total:  # quick_ratio, from kept counts
        return False
    return SequenceMatcher(None, fa, fb).ratio() >= threshold


# Azerbaijani and Turkish letters and the pairs English-language outlets write them with ("Oğuz" / "Oghuz",
# "Xəlilov" / "Khalilov", "Quliyev" / "Guliyev"): one key for the spellings of one name
_ROMANISED = (("gh", "g"), ("kh", "h"), ("x", "h"), ("sh", "s"), ("ch", "c"), ("q", "g"), ("ə", "a"))


@lru_cache(maxsize=65536)
def _romanised(folded: str) -> str:
    for written, key in _ROMANISED:
        folded = folded.replace(written, key)
    return folded


@lru_cache(maxsize=65536)
def _letters(folded: str) -> Counter:
    return Counter(folded)


def _full_name(m: Mention) -> str:
    """Given names, then the surname; in the order written where the family name comes first ("Ban Ki-moon")."""
    if m.first and m.surname and fold(m.text).startswith(fold(m.surname) + " "):
        return f"{m.surname} {m.first}"
    return (m.first + " " + m.surname).strip()


def _given_names_within(a: str, b: str) -> bool:
    """One person's given names are among the other's ("Odd Egil" and "Egil"): a name written without its
    first given name."""
    x, y = {fold(w) for w in a.split()}, {fold(w) for w in b.split()}
    return x <= y or y <= x


class PeopleIndex:
    """The people of one article, filled from mentions in reading order."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_pair: dict[str, set[int]] = {}   # two-letter piece of a surname -> its people
        self.prefixes: set[str] = set()           # first two letters of every surname and its last word

    def _enter(self, idx: int) -> None:
        surname = fold(self.people[idx].surname)
        for pair in _letter_pairs(surname):
            self._by_pair.setdefault(pair, set()).add(idx)
        self.prefixes.update((surname[:2], surname.split()[-1][:2] if surname.split() else ""))

    def candidates(self, word: str) -> list[int]:
        """People, in order, whose surname could be ``similar`` to ``word``: a ratio of 0.8 or more
        needs a matching block of two letters, so only people sharing a letter pair are compared
        (an article naming N people costs about N, not N², comparisons)."""
        found: set[int] = set()
        for pair in _letter_pairs(fold(word)):
            found |= self._by_pair.get(pair, set())
        return sorted(found)

    def add_full(self, m: Mention) -> int | None:
        """Resolve a full-name mention, creating a person when it is new and marked as one."""
        for idx in self.candidates(m.surname):
            p = self.people[idx]
            if similar(p.surname, m.surname) and (not p.first or not m.first or similar(p.first, m.first, 0.75)
                                                   or fold(p.first.split()[0]) == fold(m.first.split()[0])
                                                   or _given_names_within(p.first, m.first)):
                self._merge(idx, m)
                return idx
        if not m.evidence:
            return None
        self.people.append(Person(name=_full_name(m), surname=m.surname, first=m.first))
        self._merge(len(self.people) - 1, m)
        return len(self.people) - 1

    def _merge(self, idx: int, m: Mention) -> None:
        p = self.people[idx]
        written = m.text
        if written != p.name and written not in p.aliases:
            if m.first and not p.first:
                p.aliases.append(p.name)
                p.name, p.first, p.surname = _full_name(m), m.first, m.surname
            else:
                p.aliases.append(written)
        p.rank = p.rank or m.rank
        p.office_words |= m.office_words
        p.title = p.title or m.title
        if m.country and (m.country_explicit and not p.country_explicit or not p.country):
            p.country, p.country_explicit = m.country, m.country_explicit
        p.last_seen = m.start
        m.person = idx
        self._enter(idx)   # a surname can change when a full name arrives

    def resolve_short(self, m: Mention) -> int | None:
        """An initial form or a bare surname -> the person it most likely names."""
        cands = [i for i in self.candidates(m.surname) if similar(self.people[i].surname, m.surname)
                 or similar(self.people[i].surname.split()[-1], m.surname)]
        if m.initial:
            cands = [i for i in cands if self.people[i].first[:1] == m.initial] or cands
        # "Valiyev" is spelt like "Aliyev" only nearly: a surname written exactly so wins over a near one
        exact = [i for i in cands if fold(self.people[i].surname.split()[-1]) == fold(m.surname)]
        cands = exact or cands
        if not cands:
            return None
        idx = max(cands, key=lambda i: self.people[i].last_seen)
        self._merge(idx, m)
        return idx


def _letter_pairs(folded: str) -> set[str]:
    return {folded[i:i + 2] for i in range(len(folded) - 1)} or {folded}


def surname_mentions(sentence: str, offset: int, index: PeopleIndex, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bare surnames (``Hasanov``, ``Scheffer``) of people already known in the article."""
    out = []
    if not index.people:
        return out
    # cheap gate before the fuzzy comparison: same first two letters as a known surname
    for m in CAPITALISED.finditer(sentence):
        s, e = m.span()
        word = without_possessive(m.group())
        if fold(word)[:2] not in index.prefixes or word in resources.non_name_words():
            continue
        if any(s + offset < te and ts < e + offset for ts, te in taken):
            continue
        for p in (index.people[i] for i in index.candidates(word)):
            if similar(p.surname, word) or similar(p.surname.split()[-1], word):
                mention = Mention(offset + s, offset + s + len(word), word, "", word)
                mention.subject = bool(SUBJECT_AFTER.match(sentence[s + len(word):])) or bool(
                    SPEECH_BEFORE.search(sentence[:s]))
                out.append(mention)
                break
    return out


@lru_cache(maxsize=None)
def FOLDED_TITLE_WORDS() -> frozenset[str]:
    return frozenset(fold(w) for w in resources.title_words())


def title_mentions(sentence: str, offset: int, index: PeopleIndex) -> list[tuple[int, int]]:
    """``the Secretary General`` -> (position, person) when one known person holds that office."""
    out = []
    if not index.people:
        return out
    for m in TITLE_REF.finditer(sentence):
        if re.match(r"\s*(?:of\b|,\s*[A-Z])", sentence[m.end():]):
            continue  # "the Chairman of the <country> <body>, <rank> <surname>": a new person's office
        # "the Azerbaijani head of state", "the Turkish minister": the adjective names the holder's country, not a
        # word of the office
        first = m.group(2).split()[0]
        demonym = first if first in resources.demonyms() and len(m.group(2).split()) > 1 else ""
        words = {fold(w) for w in m.group(2).split() if w != demonym}
        words -= {"the", "of", "nato"}
        if not words or not any(w in ROLE_NOUNS or w in FOLDED_TITLE_WORDS() for w in words):
            continue
        synonyms = resources.office_synonyms()
        country = resources.country_names()[demonym] if demonym else ""
        owners = [i for i, p in enumerate(index.people) if p.office_words and all(
            w in p.office_words or synonyms.get(w, frozenset()) & p.office_words for w in words)
            and (not country or p.country == country)]
        if len(owners) == 1:
            out.append((offset + m.start(), owners[0]))
    return out
