"""The six tables, declared once: every column's type, allowed values and meaning.

``validate`` checks a table against its declaration before it is written or
handed to a notebook, ``validate_keys`` that the tables' keys into each other resolve;
``data_dictionary`` renders the same declaration as the Markdown table in the README.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

from . import resources


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str                # "str", "int", "float", "date" (ISO string or "")
    meaning: str
    values: tuple[str, ...] | Callable[[], tuple[str, ...]] = ()  # allowed values, or where to read them
    required: bool = False    # may not be empty (an int column that is not required may be)

    @property
    def allowed(self) -> tuple[str, ...]:
        """The allowed values (empty: any); read when asked where they come from a data file."""
        return self.values() if callable(self.values) else self.values


# event types are data (resources/event_types.csv); this is only the order they are listed in:
# these first, then any other type of the file in file order, then the extractor's fallback
EVENT_TYPE_ORDER = ("meeting", "visit", "conference", "exercise", "ceremony")
FALLBACK_EVENT_TYPE = "other"


def event_types() -> tuple[str, ...]:
    """The allowed events.event_type values: every type of resources/event_types.csv, and other."""
    listed = resources.event_types()
    return tuple([t for t in EVENT_TYPE_ORDER if t in listed]
                 + [t for t in listed if t not in EVENT_TYPE_ORDER and t != FALLBACK_EVENT_TYPE]
                 + [FALLBACK_EVENT_TYPE])


EVENT_TYPES = event_types()  # as the shipped file has them when azdata is imported (charts' colours)
PRECISIONS = ("day", "month", "year")
ROLES = ("head", "member", "host", "other")
QUALIFIERS = ("exactly", "up to", "more than", "about", "at least", "nearly", "less than")
STAT_KINDS = ("count", "duration", "ordinal", "money", "percent")
RELATIONS = ("azerbaijan-nato", "azerbaijan-ally", "nato-other", "other")
ACTIONS = ("joined", "signed", "started", "renamed", "submitted", "adopted", "contributed", "ended", "other")

SOURCES = ("extracted", "corrected")
CORRECTION_STATUSES = ("applied", "stale", "error")


def provenance() -> tuple[Column, ...]:
    """The two columns every fact table ends with: where the row came from, and why to check it."""
    return (Column("source", "str", "extracted, or corrected by hand (corrections.csv)", SOURCES),
            Column("review", "str", "'; '-joined reasons to check an extracted row (empty: none found)"))


TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        Column("article_id", "str", "file name without .txt", required=True),
        Column("source_file", "str", "path relative to the corpus folder", required=True),
        Column("published", "date", "publication date (header, else inferred from a dateline or the body)"),
        Column("published_from", "str", "where the publication date came from",
               ("header", "dateline", "page", "body", "none"), True),
        Column("title", "str", "headline, when the text has one"),
        Column("outlet", "str", "news outlet named in the text"),
        Column("author", "str", "byline"),
        Column("n_words", "int", "words in the body"),
        Column("status", "str", "ok, warning or error", ("ok", "warning", "error"), True),
        Column("problems", "str", "'; '-joined messages about what went wrong with the file"),
        Column("furniture_lines", "int", "lines set aside as page furniture (menus, share widgets, related stories, "
               "footers): never read as facts"),
        Column("truncated", "str", "true when the text stops mid-sentence (a copy cut at a fixed length)",
               ("true", "false"), True),
        Column("reprint_of", "str", "article_id of the earliest article carrying the same story, else empty"),
    ),
    "events": (
        Column("event_id", "str", "<article_id>#e<n>", required=True),
        Column("article_id", "str", "the article that reports the event", required=True),
        Column("event_type", "str", "kind of event", event_types, True),
        Column("date_start", "date", "first day (month precision: first of the month)", required=True),
        Column("date_end", "date", "last day of a multi-day event, else empty"),
        Column("date_precision", "str", "how much of the date the text gives", PRECISIONS, True),
        Column("date_text", "str", "the date expression as written"),
        Column("location", "str", "city if stated or implied, else country, else empty"),
        Column("summary", "str", "one line: who met whom"),
        Column("evidence", "str", "the sentence the event was read from", required=True),
        Column("char_start", "int", "offset of evidence in the decoded text", required=True),
        Column("char_end", "int", "end offset of evidence in the decoded text", required=True),
        Column("cluster_id", "str", "shared by reports of the same real-world event", required=True),
        Column("relation", "str", "who met: azerbaijan-nato, azerbaijan-ally, nato-other or other", RELATIONS),
        Column("part_of", "str", "event_id of the visit, conference or exercise this event took place during"),
        *provenance(),
    ),
    "participants": (
        Column("event_id", "str",
               "key into events; empty only in a country-only row of a meeting the article does not date"),
        Column("article_id", "str", "the reporting article", required=True),
        Column("person_id", "str", "key into people; empty for a country-only row"),
        Column("name", "str", "canonical full name"),
        Column("rank", "str", "military rank"),
        Column("title", "str", "office"),
        Column("organisation", "str", "body the person represents"),
        Column("country", "str", "ISO 3166 alpha-3 of the country represented, or NATO", required=True),
        Column("delegation", "str", "side of the table: Azerbaijan, NATO or another country", required=True),
        Column("role", "str", "head, member, host or other", ROLES, True),
        Column("evidence", "str", "the sentence naming the participant"),
        Column("char_start", "int", "offset of evidence in the decoded text"),
        Column("char_end", "int", "end offset of evidence in the decoded text"),
        *provenance(),
    ),
    "people": (
        Column("person_id", "str", "stable id (slug of the canonical name)", required=True),
        Column("name", "str", "canonical full name", required=True),
        Column("rank", "str", "best-known military rank"),
        Column("title", "str", "best-known office"),
        Column("organisation", "str", "body the person represents"),
        Column("country", "str", "ISO alpha-3 or NATO", required=True),
        Column("aliases", "str", "'; '-joined other spellings seen"),
        Column("article_ids", "str", "'; '-joined articles that name the person", required=True),
        Column("n_events", "int", "events the person took part in"),
        *provenance(),
    ),
    "statistics": (
        Column("stat_id", "str", "<article_id>#s<n>", required=True),
        Column("article_id", "str", "the reporting article", required=True),
        Column("value", "float", "the number", required=True),
        Column("as_written", "str", "the figure with its qualifier and unit exactly as in the text "
               "(an exact slice of evidence: 'up to 250 representatives', 'four hundred soldiers')"),
        Column("qualifier", "str", "how exact the number is", QUALIFIERS, True),
        Column("unit", "str", "what is counted"),
        Column("kind", "str", "count, duration, ordinal, money or percent", STAT_KINDS, True),
        Column("context", "str", "short phrase: what the number is about"),
        Column("date", "date", "the date the figure refers to (the publication date)"),
        Column("evidence", "str", "the sentence the number was read from", required=True),
        Column("char_start", "int", "offset of evidence in the decoded text", required=True),
        Column("char_end", "int", "end offset of evidence in the decoded text", required=True),
        *provenance(),
    ),
    "milestones": (
        Column("milestone_id", "str", "m<n>, in (programme, year, action) order", required=True),
        Column("programme", "str", "programme code (PfP, IPAP, ...)", required=True),
        Column("programme_name", "str", "full name of the programme"),
        Column("year", "int", "year of the milestone", required=True),
        Column("date", "date", "full date when the text gives it"),
        Column("action", "str", "what happened", ACTIONS, True),
        Column("article_ids", "str", "'; '-joined articles that state it", required=True),
        Column("n_sources", "int", "number of those articles", required=True),
        Column("evidence", "str", "one sentence stating it", required=True),
        *provenance(),
    ),
    "corrections": (
        Column("line", "int", "line of corrections.csv", required=True),
        Column("action", "str", "drop, set, add or merge"),
        Column("table", "str", "the table corrected"),
        Column("article_id", "str", "the article the correction names"),
        Column("status", "str", "applied, stale (matches nothing now) or error (malformed)", CORRECTION_STATUSES, True),
        Column("rows", "int", "rows the correction changed"),
        Column("message", "str", "what was done, looked for, or is wrong"),
    ),
}


class SchemaError(ValueError):
    pass


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def empty(table: str) -> pd.DataFrame:
    return conform(pd.DataFrame(columns=columns(table)), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Column order and dtypes as declared (missing text is "", never NaN)."""
    out = pd.DataFrame(index=range(len(df)))
    for col in TABLES[table]:
        values = df[col.name].reset_index(drop=True) if col.name in df else pd.Series([None] * len(df))
        if col.dtype == "int":
            out[col.name] = _integers(values)
        elif col.dtype == "float":
            out[col.name] = pd.to_numeric(values, errors="coerce").astype("float64")
        else:
            # all text already: no per-cell work (infer_dtype calls [nan, "a"] "string": NaN is looked for too)
            if pd.api.types.infer_dtype(values, skipna=False) == "string" and not values.isna().any():
                out[col.name] = pd.Series(values.to_numpy(dtype=object), index=out.index, dtype=object)
            else:
                out[col.name] = pd.Series([_text(v) for v in values.tolist()], index=out.index, dtype=object)
    return out


def _integers(values: pd.Series) -> pd.Series:
    """Whole numbers (``7``, ``7.0``, ``"7"``) as int64, with ``pd.NA`` (Int64) where a value is
    missing; anything else (``2.5``, ``"x"``) is left as it is, for ``validate`` to name."""
    if pd.api.types.is_integer_dtype(values):
        return values.astype("int64") if not pd.api.types.is_extension_array_dtype(values) else values.astype("Int64")
    missing = values.isna() | values.map(lambda v: isinstance(v, str) and not v.strip())
    numbers = pd.to_numeric(values.where(~missing), errors="coerce")
    if (numbers.isna() & ~missing).any() or (numbers.dropna() % 1 != 0).any():
        return pd.Series(values.to_numpy(dtype=object), dtype=object)
    return numbers.astype("Int64") if missing.any() else numbers.astype("int64")


def _first(bad: pd.Series, n: int = 3) -> str:
    """The first few bad values of a column, and the row of the first, for a message."""
    shown = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in bad.iloc[:n].tolist())
    more = f" (and {len(bad) - n} more)" if len(bad) > n else ""
    return f"{shown}{more} in row {bad.index[0]}"


def _text(v) -> str:
    """Missing (None, NaN) -> "", anything else its text."""
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return v if type(v) is str else str(v)


def validate(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Raise SchemaError naming the first broken rule; return the table unchanged otherwise."""
    expected = columns(table)
    if list(df.columns) != expected:
        raise SchemaError(f"{table}: columns {list(df.columns)} != {expected}")
    for col in TABLES[table]:
        s = df[col.name]
        if col.dtype == "int" and not pd.api.types.is_integer_dtype(s):
            present = s[s.notna() & (s != "")] if s.dtype == object else s.dropna()
            whole = present.map(lambda v: isinstance(v, int) and not isinstance(v, bool))
            bad = present[~whole] if (~whole).any() else s
            raise SchemaError(f"{table}.{col.name}: not an integer: {_first(bad)}")
        if col.dtype == "float" and not pd.api.types.is_float_dtype(s):
            raise SchemaError(f"{table}.{col.name}: expected numbers, got {s.dtype}")
        if col.dtype in ("str", "date"):
            if len(s) and pd.api.types.infer_dtype(s, skipna=False) != "string":
                bad = s[~s.map(lambda v: isinstance(v, str))]
                raise SchemaError(f"{table}.{col.name}: non-text value {bad.iloc[0]!r}")
        if col.dtype == "date":
            bad = s[(s != "") & ~s.str.fullmatch(r"\d{4}-\d{2}-\d{2}")]
            if len(bad):
                raise SchemaError(f"{table}.{col.name}: not an ISO date: {bad.iloc[0]!r}")
            given = s[s != ""]
            bad = given[pd.to_datetime(given, format="%Y-%m-%d", errors="coerce").isna()]
            if len(bad):
                raise SchemaError(f"{table}.{col.name}: not a calendar date: {_first(bad)}")
        if col.required:
            # text columns hold only strings by now (checked above); numbers are blank only when missing
            blank = (s == "") if col.dtype in ("str", "date") else s.isna()
            if blank.any():
                raise SchemaError(f"{table}.{col.name}: empty in row {int(blank.idxmax())}")
        if col.allowed:
            bad = s[(s != "") & ~s.isin(col.allowed)]
            if len(bad):
                raise SchemaError(f"{table}.{col.name}: {bad.iloc[0]!r} not in {col.allowed}")
    if table == "participants":
        # a person takes part in an event; only a country-only row (a delegation list of an undated meeting) has none
        blank = (df["event_id"] == "") & (df["person_id"] != "")
        if blank.any():
            raise SchemaError(f"participants.event_id: empty in row {int(blank.idxmax())}, which names a person")
    key = expected[0]
    if table not in ("participants", "corrections") and df[key].duplicated().any():
        raise SchemaError(f"{table}.{key}: duplicate key {df[key][df[key].duplicated()].iloc[0]!r}")
    return df


JOINED_SEPARATOR = "; "

# (table, column, table it points into, that table's key): every non-empty value of the column
# must be a key of the other table; a joined column ("a; b") must hold only such keys
KEYS = (
    ("articles", "reprint_of", "articles", "article_id"),
    ("events", "article_id", "articles", "article_id"),
    ("events", "part_of", "events", "event_id"),
    ("participants", "event_id", "events", "event_id"),
    ("participants", "article_id", "articles", "article_id"),
    ("participants", "person_id", "people", "person_id"),
    ("people", "article_ids", "articles", "article_id"),
    ("statistics", "article_id", "articles", "article_id"),
    ("milestones", "article_ids", "articles", "article_id"),
)
JOINED_KEYS = {("people", "article_ids"), ("milestones", "article_ids")}


def validate_keys(tables: dict[str, pd.DataFrame]) -> None:
    """Raise SchemaError naming the first value that points at no row of the table it refers to
    (KEYS); tables missing from ``tables`` are not checked."""
    for table, column, target, key in KEYS:
        if table not in tables or target not in tables:
            continue
        values = tables[table][column]
        if (table, column) in JOINED_KEYS:
            values = values.str.split(JOINED_SEPARATOR, regex=False).explode()
        values = values[values.notna() & (values != "")]
        bad = values[~values.isin(set(tables[target][key]))]
        if len(bad):
            more = f" (and {bad.nunique() - 1} more)" if bad.nunique() > 1 else ""
            article = "an" if key[0] in "aeiou" else "a"
            raise SchemaError(f"{table}.{column} {bad.iloc[0]!r} is not {article} {key} of {target}{more}: "
                              f"row {bad.index[0]}")


def data_dictionary() -> str:
    """Markdown rendering of every table's columns, for the README."""
    lines = []
    for table, cols in TABLES.items():
        lines += [f"### {table}", "", "| column | type | meaning | allowed values |", "| --- | --- | --- | --- |"]
        for c in cols:
            lines.append(f"| {c.name} | {c.dtype} | {c.meaning} | {', '.join(c.allowed)} |")
        lines.append("")
    return "\n".join(lines)
