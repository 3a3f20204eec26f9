"""Every data file of azdata/resources checked against the others: each loads, has its columns,
fills its required cells, keeps its keys unique, compiles its patterns and names only countries,
families and kinds that exist. ``python -m azdata check-resources`` and tests/test_resources.py
run it; a bad edit fails with the file, the line and the problem, never with a traceback."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from . import resources

# --- the data files checked against each other (``check``) ---

# file -> (header, required columns, key columns, regular-expression columns); a CSV not listed
# here is checked for a header and rows as wide as it, a text file for unique lines
CSV_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "appeal_words.csv": (("word", "kind"), ("word", "kind"), ("word",), ()),
    "background_words.csv": (("word", "kind"), ("word", "kind"), ("word",), ()),
    "bio_words.csv": (("word", "kind"), ("word", "kind"), ("word",), ()),
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
PATTERN_FILES = ("furniture.txt", "planned_cues.txt", "surname_endings.txt")  # one regular expression a line
WORD_FILES = ("date_words.txt", "week_words.txt", "speech_headings.txt")  # lower-case words or phrases
RELATION_KINDS = ("independent", "legislature")        # the kinds relation.py asks for
APPEAL_KINDS = ("core", "support", "address")          # the kinds furniture.py asks for
BIO_KINDS = ("role", "verb")                           # the kinds heading.py asks for
BACKGROUND_KINDS = ("cue", "occasion")                 # the kinds published.py asks for


def _numbered(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the non-empty, non-comment lines of a file."""
    return [(n, ln.strip()) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if ln.strip() and not ln.lstrip().startswith("#")]


def check_folder(folder: Path | str | None = None) -> list[str]:
    """Problems of the data files in ``folder`` (default: the shipped ones), each as
    ``file, line N: what is wrong``; empty when every file loads, has its columns, fills its
    required cells, keeps its keys unique and names only what the other files define."""
    import pycountry


    folder = Path(folder) if folder is not None else resources.RESOURCE_DIR
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
    # a state that no longer exists keeps its withdrawn code (ISO 3166-3: SCG for Serbia and Montenegro)
    iso_codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    refer("countries.csv", "iso3", iso_codes | {"XKX"}, "an ISO 3166 alpha-3 code")
    families = {r["family"] for _, r in rows.get("event_families.csv", [])}
    refer("event_types.csv", "family", families, "a family of event_families.csv (add it there to give it its ranks)")
    refer("relation_cues.csv", "kind", RELATION_KINDS, f"a kind relation.py uses ({', '.join(RELATION_KINDS)})")
    refer("appeal_words.csv", "kind", APPEAL_KINDS, f"a kind furniture.py uses ({', '.join(APPEAL_KINDS)})")
    refer("bio_words.csv", "kind", BIO_KINDS, f"a kind heading.py uses ({', '.join(BIO_KINDS)})")
    refer("background_words.csv", "kind", BACKGROUND_KINDS,
          f"a kind published.py uses ({', '.join(BACKGROUND_KINDS)})")
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
            hint = " (a comma inside a pattern, as in {0,2}, needs the cell in double quotes)" if patterns else ""
            problems.append(f"{file}, line {n}: {len(cells)} cells where the header has {len(header)}{hint}")
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
        if file in WORD_FILES and (line != line.casefold() or any(c.isdigit() for c in line)):
            problems.append(f"{file}, line {n}: {line!r} is not lower case without digits (pagedates.py matches "
                            "the words in any case, and the date's own numbers are not words)")
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
            k = resources.fold(name)
            if k in first and first[k] != n:
                problems.append(f"{file}, line {n}: {name!r} already names another {what} (line {first[k]})")
            first.setdefault(k, n)
