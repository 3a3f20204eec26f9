"""Domain knowledge loaded from the data files in ``azdata/resources/``.

Everything the extractor knows about ranks, offices, programmes, countries,
outlets and NATO bodies lives in those files so that a user can extend it
without touching code.  Each loader reads its file once per process.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gates import Gated, literal_heads, trie_alternation

# the shipped data files; AZDATA_RESOURCES names another folder holding a full, edited copy of them
# (for an installed azdata whose package folder a user should not edit)
RESOURCE_DIR = Path(os.environ.get("AZDATA_RESOURCES") or Path(__file__).parent / "resources")


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a text resource."""
    text = (RESOURCE_DIR / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV resource; lines starting with '#' are comments."""
    return list(csv.DictReader(_lines(name)))


def check(folder: Path | str | None = None) -> list[str]:
    """Problems of the data files in ``folder`` (default: the ones read), each as ``file, line N:
    what is wrong``; the checks themselves are in resource_check.py."""
    from .resource_check import check_folder

    return check_folder(folder)



@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key (``Paveł`` and ``Pavel`` fold alike)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Programme:
    code: str
    name: str
    aliases: tuple[str, ...]


def name_pattern(names, before: str, after: str, trie: bool = True) -> re.Pattern:
    """Any of the names (group 1), the longest first, between the two boundary patterns. As a trie
    (``A(?:rmenia|zerbaijan)``) it runs ten times faster than the plain list, with the same matches
    (``trie=False`` builds the plain list, which the tests compare it with)."""
    names = sorted(set(names), key=lambda n: (-len(n), n))
    body = trie_alternation(names) if trie else "|".join(re.escape(n) for n in names)
    return re.compile(before + "(" + body + ")" + after)


def gated(pattern: str, flags: int = 0) -> re.Pattern | Gated:
    """A pattern from a data file behind the substrings its matches begin with, where it has a
    few of them (dozens of substring tests cost more than the scan they save)."""
    heads = literal_heads(pattern)
    if heads is None or len(heads) > 60:
        return re.compile(pattern, flags)
    return Gated(pattern, heads, flags, starts=True)


@lru_cache(maxsize=None)
def programmes() -> tuple[Programme, ...]:
    return tuple(
        Programme(r["code"], r["name"], tuple(a for a in r["aliases"].split("|") if a))
        for r in _rows("programmes.csv")
    )


@lru_cache(maxsize=None)
def programme_pattern() -> re.Pattern:
    """One alternation of every programme alias, longest first so that
    ``PfP Planning and Review Process`` wins over ``PfP``; a plural ("IPAPs") names the programme too."""
    return name_pattern({a for p in programmes() for a in p.aliases}, r"(?<![\w-])", r"s?(?![\w-])")


@lru_cache(maxsize=None)
def programme_by_alias() -> dict[str, Programme]:
    return {a: p for p in programmes() for a in p.aliases}


@lru_cache(maxsize=None)
def ranks() -> dict[str, str]:
    """Rank as written -> canonical rank."""
    out: dict[str, str] = {}
    for line in _lines("ranks.txt"):
        written, _, canonical = line.partition("=")
        out[written.strip()] = (canonical or written).strip()
    return out


@lru_cache(maxsize=None)
def rank_abbreviation_before() -> re.Pattern:
    """An abbreviated rank right before a position ("Col. ", "Brig. Gen. "): it names the surname after it."""
    short = sorted((r for r in ranks() if r.endswith(".")), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(r) for r in short) + r")\s$")


@lru_cache(maxsize=None)
def rank_pattern() -> re.Pattern:
    return name_pattern(ranks(), r"(?<![\w.])", r"(?![\w-])")


@lru_cache(maxsize=None)
def organisation_words() -> frozenset[str]:
    """Words that make a capitalised run a body's name (organisation_words.txt)."""
    return frozenset(_lines("organisation_words.txt"))


@lru_cache(maxsize=None)
def role_nouns() -> frozenset[str]:
    """Lower-case nouns of offices and roles (role_nouns.txt)."""
    return frozenset(_lines("role_nouns.txt"))


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """Abbreviations whose full stop ends no sentence (abbreviations.txt)."""
    return frozenset(_lines("abbreviations.txt"))


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    return frozenset(_lines("titles.txt"))


@lru_cache(maxsize=None)
def nato_bodies() -> tuple[str, ...]:
    return tuple(sorted(_lines("nato_bodies.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def nato_pattern() -> re.Pattern:
    return name_pattern(nato_bodies(), r"(?<!\w)", r"(?!\w)")


@lru_cache(maxsize=None)
def country_names() -> dict[str, str]:
    """Every country name, alias and demonym -> ISO alpha-3 (demonyms flagged by case only)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[c.name] = c.alpha_3
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                out[getattr(c, attr)] = c.alpha_3
    for row in _rows("countries.csv"):
        for name in row["aliases"].split("|") + row["demonyms"].split("|"):
            if name:
                out[name] = row["iso3"]
    return out


@lru_cache(maxsize=None)
def demonyms() -> frozenset[str]:
    return frozenset(d for row in _rows("countries.csv") for d in row["demonyms"].split("|") if d)


@lru_cache(maxsize=None)
def country_pattern() -> re.Pattern:
    # (a footnote mark may stick to a name: "Macedonia1, Georgia")
    return name_pattern([n for n in country_names() if len(n) > 2 or n.isupper()], r"(?<![\w.])",
                        r"(?![^\W\d]|\d\d)")


@lru_cache(maxsize=None)
def national_bodies() -> tuple[str, ...]:
    """A country's armed services and ministries (national_bodies.txt), longest first."""
    return tuple(sorted(_lines("national_bodies.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def country_display_names() -> dict[str, str]:
    """ISO alpha-3 -> the first alias in countries.csv (or pycountry's name)."""
    import pycountry

    out = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    for row in _rows("countries.csv"):
        out[row["iso3"]] = row["aliases"].split("|")[0]
    return out


def country_display(written: str) -> str:
    """A country as the tables name it, from any name it is written with (an alias of countries.csv)."""
    return country_display_names().get(country_names()[written], written)


@lru_cache(maxsize=None)
def outlets() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(outlet, lower-case keyword, pattern) in priority order."""
    return tuple((r["outlet"], r["keyword"], gated(r["pattern"])) for r in _rows("outlets.csv"))


@lru_cache(maxsize=None)
def outlet_names() -> frozenset[str]:
    """Outlet names, case-folded, to recognise a line that is only an outlet's name."""
    return frozenset(name.casefold() for name, _, _ in outlets())


@lru_cache(maxsize=4096)
def is_outlet_word(word: str) -> bool:
    """The word is an outlet's name or one of the spellings its pattern knows ("AZERTAG", an older transliteration)."""
    if word.casefold() in outlet_names():
        return True
    spans = (p.search(word) for _, _, p in outlets())
    return any(m is not None and m.span() == (0, len(word)) for m in spans)


@lru_cache(maxsize=None)
def event_triggers() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(event type, family, pattern) in priority order."""
    return tuple(
        (r["event_type"], r["family"], gated(r"\b(?:" + capitals_case_sensitive(r["trigger"]) + r")\b", re.IGNORECASE))
        for r in _rows("event_types.csv")
    )


def event_kinds(*texts: str) -> list[tuple[str, str]]:
    """(event type, family) of each row of event_types.csv whose trigger one of the texts holds, in priority
    order: the kinds of event a noun or a few words name ("seminars" -> conference)."""
    return [(event_type, family) for event_type, family, pattern in event_triggers()
            if any(pattern.search(text) for text in texts)]


@lru_cache(maxsize=None)
def event_types() -> tuple[str, ...]:
    """The event types event_types.csv lists, once each, in file order (schema.event_types orders them)."""
    return tuple(dict.fromkeys(r["event_type"] for r in _rows("event_types.csv")))


def capitals_case_sensitive(pattern: str) -> str:
    """A trigger is matched ignoring case, but a capital it asks for (``left [A-Z][a-z]+``: left a
    place) must be a capital in the text: under IGNORECASE ``[A-Z]`` matches any letter."""
    return re.sub(r"(?<!\(\?-i:)\[A-Z\]", "(?-i:[A-Z])", pattern)


@lru_cache(maxsize=None)
def cities() -> dict[str, str]:
    """City (or base, region) name -> ISO alpha-3 of its country."""
    return {r["city"]: r["iso3"] for r in _rows("cities.csv")}


@lru_cache(maxsize=None)
def office_synonyms() -> dict[str, frozenset[str]]:
    return {r["word"]: frozenset(w for w in r["means"].split("|") if w) for r in _rows("office_synonyms.csv")}


@lru_cache(maxsize=None)
def city_pattern() -> re.Pattern:
    return name_pattern(cities(), r"\b", r"\b")


@lru_cache(maxsize=None)
def non_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name."""
    words = set(_lines("non_name_words.txt"))
    words |= title_words()
    # single-word country and city names only: "San Marino" must not make "San" a non-name
    words.update(n for n in list(country_names()) + list(cities()) if " " not in n)
    for phrase in nato_bodies():
        words.update(phrase.split())
    for p in programmes():
        for a in p.aliases:  # capitalised words only: "peacekeeping mission in Kosovo" must not make "in" one
            words.update(w for w in a.split() if w[:1].isupper())
    for r in ranks():
        words.update(r.replace("-", " ").split())
        words.update(r.split())
    return frozenset(words)


@lru_cache(maxsize=None)
def month_names() -> dict[str, int]:
    """Month name in any language of months.csv, case-folded and without a final dot -> 1..12."""
    out: dict[str, int] = {}
    for row in _rows("months.csv"):
        for name in row["names"].split("|"):
            if name:
                out[name.casefold()] = int(row["month"])
    return out


@lru_cache(maxsize=None)
def weekday_names() -> frozenset[str]:
    """Weekday names (case-folded) that may stand beside a date in a date line."""
    return frozenset(w.casefold() for w in _lines("weekdays.txt"))


@lru_cache(maxsize=None)
def date_words() -> frozenset[str]:
    """Lower-case words a date line may hold besides the date (date_words.txt)."""
    return frozenset(w.casefold() for w in _lines("date_words.txt"))


@lru_cache(maxsize=None)
def speech_heading_pattern() -> re.Pattern:
    """A heading of speech_headings.txt that names the next speaker ("Statement by <name>"): the name follows."""
    words = sorted(_lines("speech_headings.txt"), key=len, reverse=True)
    return re.compile(r"^\W{0,3}(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                      + r")\s+(?:by|of)\s+(?=[A-Z])", re.IGNORECASE)


@lru_cache(maxsize=None)
def week_pattern() -> re.Pattern:
    """A phrase of week_words.txt that names a week by its days ("Week of 5-11 November 2001"),
    with the space after it: the days follow the match."""
    phrases = sorted(_lines("week_words.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\s+",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """English function words: their share of a line's words tells prose from menus and lists."""
    return frozenset(w.casefold() for w in _lines("stopwords_en.txt"))


@lru_cache(maxsize=None)
def furniture_patterns() -> tuple[re.Pattern, ...]:
    """Shapes of furniture lines (share widgets, related-story headings, cookie notices ...)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines("furniture.txt"))


@lru_cache(maxsize=None)
def appeal_words() -> dict[str, str]:
    """Word -> its kind (core, support, address) in a site's appeal to pay for the news (appeal_words.csv)."""
    return {r["word"]: r["kind"] for r in _rows("appeal_words.csv")}


@lru_cache(maxsize=None)
def bio_words() -> dict[str, str]:
    """Word -> its kind (role, verb) in an author's bio (bio_words.csv)."""
    return {r["word"]: r["kind"] for r in _rows("bio_words.csv")}


@lru_cache(maxsize=None)
def media_tag_pattern() -> re.Pattern:
    """A media tag closing a headline ("[PHOTOS]", "(VIDEO)", "- PHOTO/VIDEO"), of media_tags.txt."""
    tag = "(?:" + "|".join(re.escape(t) for t in sorted(_lines("media_tags.txt"), key=len, reverse=True)) + ")"
    tags = tag + r"(?:\s?[/,&+]\s?" + tag + "){0,3}"
    return re.compile(r"(?:[\[(]\s?" + tags + r"\s?[\])]|\s[-–—|]\s?" + tags + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def background_words() -> dict[str, str]:
    """Word -> its kind (cue, occasion): what makes a lead's date a background fact's (background_words.csv)."""
    return {r["word"]: r["kind"] for r in _rows("background_words.csv")}


@lru_cache(maxsize=None)
def nato_members() -> dict[str, int]:
    """ISO alpha-3 of each NATO member state -> the year it joined."""
    return {r["iso3"]: int(r["joined"]) for r in _rows("nato_members.csv")}


@lru_cache(maxsize=None)
def relation_cues() -> dict[str, re.Pattern]:
    """kind -> a pattern of the names of that kind in relation_cues.csv (``independent``, ``legislature``)."""
    kinds: dict[str, list[str]] = {}
    for r in _rows("relation_cues.csv"):
        kinds.setdefault(r["kind"], []).append(r["name"])
    return {k: name_pattern(v, r"(?<![\w-])", r"(?![\w-])") for k, v in kinds.items()}


@lru_cache(maxsize=None)
def ordinal_days() -> dict[str, int]:
    """Ordinal words of the days of a month ("third" -> 3, "twenty-first" -> 21)."""
    return {r["word"]: int(r["day"]) for r in _rows("ordinal_days.csv")}


@lru_cache(maxsize=None)
def planned_pattern() -> re.Pattern:
    """Words of a clause about what is planned, expected or hoped for ("would visit", "is to sign")."""
    return re.compile(r"\b(?:" + "|".join(_lines("planned_cues.txt")) + r")", re.IGNORECASE)


@lru_cache(maxsize=None)
def surname_ending_pattern() -> re.Pattern:
    """The endings a family name of the region has ("-yev", "-ova", "-zade"): a lone capitalised word with one,
    the subject of a verb, is a surname ("At the meeting <Surname> said")."""
    return re.compile(r"(?-i:[A-Z])\w+(?:" + "|".join(_lines("surname_endings.txt")) + r")$", re.IGNORECASE)


@lru_cache(maxsize=None)
def pronoun_followers() -> frozenset[str]:
    """Words after "the two" that make the number a pronoun for people named before ("the two also ...")."""
    return frozenset(_lines("pronoun_followers.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words too common to tell two stories apart (lower case)."""
    return frozenset(_lines("common_words.txt"))


def country_of_place(place: str) -> str | None:
    """ISO alpha-3 of a city or base of cities.csv, or of a country name; None when unknown."""
    if not place:
        return None
    if place in cities():
        return cities()[place]
    return country_names().get(place) or capital_countries().get(place)


# ---------------------------------------------------------------- extraction knowledge (issue 15)

@lru_cache(maxsize=None)
def capitals() -> dict[str, str]:
    """ISO alpha-3 -> the country's capital (capitals.csv)."""
    return {r["iso3"]: r["capital"] for r in _rows("capitals.csv")}


@lru_cache(maxsize=None)
def capital_countries() -> dict[str, str]:
    """A capital of capitals.csv -> ISO alpha-3 of its country."""
    return {city: iso for iso, city in capitals().items()}


@lru_cache(maxsize=None)
def event_families() -> dict[str, tuple[int, int]]:
    """family -> (sentence_rank, story_rank) of event_families.csv."""
    return {r["family"]: (int(r["sentence_rank"]), int(r["story_rank"])) for r in _rows("event_families.csv")}


def sentence_rank(family: str) -> int:
    """Where a family's events come among one sentence's events of one date (lowest first); a
    family event_families.csv does not list comes after every listed one."""
    ranks = event_families()
    return ranks[family][0] if family in ranks else max((r[0] for r in ranks.values()), default=0) + 1


def story_rank(family: str) -> int:
    """Which of the events the story is at it follows (the lowest); a family event_families.csv
    does not list comes after every listed one."""
    ranks = event_families()
    return ranks[family][1] if family in ranks else max((r[1] for r in ranks.values()), default=0) + 1


@lru_cache(maxsize=None)
def milestone_actions() -> tuple[tuple[str, re.Pattern], ...]:
    """(action, pattern) of milestone_actions.csv, in the order they are tried."""
    return tuple((r["action"], re.compile(r"\b(?:" + r["pattern"] + r")\b", re.I))
                 for r in _rows("milestone_actions.csv"))


@lru_cache(maxsize=None)
def action_specificity() -> dict[str, int]:
    """action -> its specificity (lower is more specific); see action_rank."""
    return {r["action"]: int(r["specificity"]) for r in _rows("milestone_actions.csv")}


def action_rank(action: str) -> int:
    """How specific a milestone act is (lower is more specific); "other" and any act
    milestone_actions.csv does not list come after every listed one."""
    ranks = action_specificity()
    return ranks.get(action, max(ranks.values(), default=0) + 1)


@lru_cache(maxsize=None)
def leading_roles() -> tuple[tuple[str, str], ...]:
    """(verb pattern, title) of leading_roles.csv, in the order they are tried."""
    return tuple((r["verb"], r["title"]) for r in _rows("leading_roles.csv"))
