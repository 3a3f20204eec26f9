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


# --- the data files checked against each other (``check``) ---

# file -> (header, required columns, key columns, regular-expression columns); a CSV not listed
# here is checked for a header and rows as wide as it, a text file for unique lines
CSV_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "capitals.csv": (("iso3", "capital"), ("iso3", "capital"), ("iso3",), ()),
    "cities.csv": (("city", "iso3"), ("city", "iso3"), ("city",), ()),
    "countries.csv": (("iso3", "aliases", "demonyms"), ("iso3", "aliases"), ("iso3",), ()),
    "event_families.csv": (("family", "sentence_rank", "story_rank"), ("family", "sentence_rank", "story_rank"),
                           ("family",), ()),
    "event_types.csv": (("event_type", "family", "trigger"), ("event_type", "family", "trigger"),
                        ("event_type", "family"), ("trigger",)),
    "leading_roles.csv": (("verb", "title"), ("verb", "title"), ("verb",), ()),
    "levels.csv": (("level", "pattern", "unless"), ("level",), ("level",), ("pattern", "unless")),
    "milestone_actions.csv": (("action", "specificity", "pattern"), ("action", "specificity", "pattern"), ("action",),
                              ("pattern",)),
    "months.csv": (("month", "names"), ("month", "names"), ("month",), ()),
    "nato_members.csv": (("iso3", "joined"), ("iso3", "joined"), ("iso3",), ()),
    "office_synonyms.csv": (("word", "means"), ("word", "means"), ("word",), ()),
    "ordinal_days.csv": (("word", "day"), ("word", "day"), ("word",), ()),
    "outlets.csv": (("outlet", "keyword", "pattern"), ("outlet", "keyword", "pattern"), ("outlet",), ("pattern",)),
    "participation_groups.csv": (("group", "unit", "context"), ("group", "unit"), (), ("unit", "context")),
    "programmes.csv": (("code", "name", "aliases"), ("code", "name", "aliases"), ("code",), ()),
    "relation_cues.csv": (("kind", "name"), ("kind", "name"), ("name",), ()),
}
PATTERN_FILES = ("furniture.txt", "planned_cues.txt")  # one regular expression a line
RELATION_KINDS = ("independent", "legislature")        # the kinds relation.py asks for


def _numbered(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the non-empty, non-comment lines of a file."""
    return [(n, ln.strip()) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if ln.strip() and not ln.lstrip().startswith("#")]


def check(folder: Path | str | None = None) -> list[str]:
    """Problems of the data files in ``folder`` (default: the shipped ones), each as
    ``file, line N: what is wrong``; empty when every file loads, has its columns, fills its
    required cells, keeps its keys unique and names only what the other files define."""
    import pycountry


    folder = Path(folder) if folder is not None else RESOURCE_DIR
    problems: list[str] = []
    rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        try:
            lines = _numbered(path)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: cannot be read as UTF-8 text ({exc})")
            continue
        if path.suffix == ".csv":
            rows[path.name] = _check_csv(path.name, lines, problems)
        elif path.suffix == ".txt":
            _check_list(path.name, lines, problems)
    countries = {c.alpha_3 for c in pycountry.countries} | {r["iso3"] for _, r in rows.get("countries.csv", [])}

    def refer(file: str, column: str, known, what: str) -> None:
        for n, r in rows.get(file, []):
            if r.get(column) and r[column] not in known:
                problems.append(f"{file}, line {n}: {column} {r[column]!r} is not {what}")

    refer("cities.csv", "iso3", countries, "a country (ISO alpha-3 or countries.csv)")
    refer("capitals.csv", "iso3", countries, "a country (ISO alpha-3 or countries.csv)")
    refer("nato_members.csv", "iso3", countries, "a country (ISO alpha-3 or countries.csv)")
    refer("countries.csv", "iso3", {c.alpha_3 for c in pycountry.countries} | {"XKX"}, "an ISO 3166 alpha-3 code")
    families = {r["family"] for _, r in rows.get("event_families.csv", [])}
    refer("event_types.csv", "family", families, "a family of event_families.csv (add it there to give it its ranks)")
    refer("relation_cues.csv", "kind", RELATION_KINDS, f"a kind relation.py uses ({', '.join(RELATION_KINDS)})")
    _whole(rows.get("months.csv", []), "months.csv", "month", 1, 12, problems)
    _whole(rows.get("ordinal_days.csv", []), "ordinal_days.csv", "day", 1, 31, problems)
    _whole(rows.get("nato_members.csv", []), "nato_members.csv", "joined", 1949, 2100, problems)
    for file, column, what in (("countries.csv", "aliases", "country"), ("countries.csv", "demonyms", "country"),
                               ("months.csv", "names", "month"), ("programmes.csv", "aliases", "programme")):
        _one_meaning(rows.get(file, []), file, column, what, problems)
    fallback = [n for n, r in rows.get("levels.csv", []) if not r.get("pattern")]
    if fallback and fallback[0] != rows["levels.csv"][-1][0]:
        problems.append(f"levels.csv, line {fallback[0]}: the row with an empty pattern matches every title; "
                        "it must be the last row")
    return problems


def _check_csv(file: str, lines: list[tuple[int, str]], problems: list[str]) -> list[tuple[int, dict[str, str]]]:
    if not lines:
        problems.append(f"{file}: no header line")
        return []
    header = next(csv.reader([lines[0][1]]))
    header_rule, required, key, patterns = CSV_RULES.get(file, (tuple(header), (), (), ()))
    if tuple(header) != header_rule:
        problems.append(f"{file}, line {lines[0][0]}: header {','.join(header)} is not {','.join(header_rule)}")
        return []
    out, seen = [], {}
    for n, line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            problems.append(f"{file}, line {n}: {len(cells)} cells where the header has {len(header)}")
            continue
        r = dict(zip(header, (c.strip() for c in cells)))
        for column in required:
            if not r[column]:
                problems.append(f"{file}, line {n}: {column} is empty")
        for column in patterns:
            if r[column]:
                try:
                    re.compile(r[column])
                except re.error as exc:
                    problems.append(f"{file}, line {n}: {column} is not a regular expression ({exc})")
        k = tuple(r[c] for c in key)
        if key and k in seen:
            problems.append(f"{file}, line {n}: {'/'.join(key)} {'/'.join(k)!r} repeats line {seen[k]}")
        seen.setdefault(k, n)
        out.append((n, r))
    return out


def _check_list(file: str, lines: list[tuple[int, str]], problems: list[str]) -> None:
    seen: dict[str, int] = {}
    for n, line in lines:
        entry = line.partition("=")[0].strip() if file == "ranks.txt" else line
        if entry in seen:
            problems.append(f"{file}, line {n}: {entry!r} repeats line {seen[entry]}")
        seen.setdefault(entry, n)
        if file in PATTERN_FILES:
            try:
                re.compile(line)
            except re.error as exc:
                problems.append(f"{file}, line {n}: not a regular expression ({exc})")


def _whole(rows, file: str, column: str, low: int, high: int, problems: list[str]) -> None:
    for n, r in rows:
        if r.get(column) and not (r[column].isdigit() and low <= int(r[column]) <= high):
            problems.append(f"{file}, line {n}: {column} {r[column]!r} is not a whole number from {low} to {high}")


def _one_meaning(rows, file: str, column: str, what: str, problems: list[str]) -> None:
    """A |-separated name may stand in one row only: it cannot mean two of ``what``."""
    first: dict[str, int] = {}
    for n, r in rows:
        for name in dict.fromkeys(x for x in r.get(column, "").split("|") if x):
            k = fold(name)
            if k in first and first[k] != n:
                problems.append(f"{file}, line {n}: {name!r} already names another {what} (line {first[k]})")
            first.setdefault(k, n)


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
    ``PfP Planning and Review Process`` wins over ``PfP``."""
    return name_pattern({a for p in programmes() for a in p.aliases}, r"(?<![\w-])", r"(?![\w-])")


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
    return name_pattern([n for n in country_names() if len(n) > 2 or n.isupper()], r"(?<![\w.])", r"(?![\w])")


@lru_cache(maxsize=None)
def country_display_names() -> dict[str, str]:
    """ISO alpha-3 -> the first alias in countries.csv (or pycountry's name)."""
    import pycountry

    out = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    for row in _rows("countries.csv"):
        out[row["iso3"]] = row["aliases"].split("|")[0]
    return out


@lru_cache(maxsize=None)
def outlets() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(outlet, lower-case keyword, pattern) in priority order."""
    return tuple((r["outlet"], r["keyword"], gated(r["pattern"])) for r in _rows("outlets.csv"))


@lru_cache(maxsize=None)
def outlet_names() -> frozenset[str]:
    """Outlet names, case-folded, to recognise a line that is only an outlet's name."""
    return frozenset(name.casefold() for name, _, _ in outlets())


@lru_cache(maxsize=None)
def event_triggers() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(event type, family, pattern) in priority order."""
    return tuple(
        (r["event_type"], r["family"], gated(r"\b(?:" + capitals_case_sensitive(r["trigger"]) + r")\b", re.IGNORECASE))
        for r in _rows("event_types.csv")
    )


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
        for a in p.aliases:
            words.update(a.split())
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
def stopwords() -> frozenset[str]:
    """English function words: their share of a line's words tells prose from menus and lists."""
    return frozenset(w.casefold() for w in _lines("stopwords_en.txt"))


@lru_cache(maxsize=None)
def furniture_patterns() -> tuple[re.Pattern, ...]:
    """Shapes of furniture lines (share widgets, related-story headings, cookie notices ...)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines("furniture.txt"))


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
