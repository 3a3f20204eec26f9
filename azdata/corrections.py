"""An analyst's corrections, applied to the tables on every run (stage 5, after the tables are built).

No extractor is right on every page. ``corrections.csv`` in the corpus folder holds what an analyst
fixed by hand, one correction a row, and every run applies it again, so a rebuild never undoes an
edit. A correction names its fact by what survives re-extraction — the article and (part of) the
evidence sentence, and key columns where one sentence gives several facts — never by a row number
or an id that changes when the rules change.

Columns of ``corrections.csv`` (UTF-8, a header row; empty cells may be left out):

    action      drop | set | add | merge
    table       events | participants | people | statistics | milestones
    article_id  the article (required but for people and milestones)
    evidence    text the fact's evidence sentence contains (for add: text of the sentence it comes from)
    where       more conditions, ``column=value; column=value`` (``name=Zakir Hasanov``, ``value=40``)
    set         set: the new values, ``column=value; ...``; add: the new row's columns;
                merge: ``into=<name>`` (people) or ``into=<text of the other event's evidence>`` (events)
    note        free text, for the analyst

Every row is reported in the ``corrections`` table: ``applied`` (with how many rows it changed),
``stale`` (it no longer matches anything: the message says what it looked for) or ``error`` (the row
is malformed: the message names its line); a bad row never stops the others.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema

FILE_NAME = "corrections.csv"
ACTIONS = ("drop", "set", "add", "merge")
TABLES = ("events", "participants", "people", "statistics", "milestones")
FIELDS = ("action", "table", "article_id", "evidence", "where", "set", "note")
PAIR = re.compile(r"\s*([a-z_]+)\s*=\s*(.*?)\s*$")
SPACE = re.compile(r"\s+")


class Malformed(ValueError):
    """A corrections row that cannot be applied as written; the message says why."""


@dataclass
class Correction:
    line: int
    action: str
    table: str
    article_id: str = ""
    evidence: str = ""
    where: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)


def read_file(path: Path) -> tuple[list[Correction], list[dict]]:
    """The corrections of a file, and a report row for every line that is malformed."""
    if not path.is_file():
        return [], []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [_report(1, {}, "error", 0, f"{path.name} cannot be read as UTF-8 text ({exc})")]
    reader = csv.DictReader(io.StringIO(text))
    unknown = [f for f in reader.fieldnames or [] if f not in FIELDS]
    if unknown or not reader.fieldnames:
        return [], [_report(1, {}, "error", 0,
                            f"header: unknown columns {unknown}; the columns are {', '.join(FIELDS)}")]
    corrections, errors = [], []
    for row in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k}
        try:
            corrections.append(parse_row(line, row))
        except Malformed as exc:
            errors.append(_report(line, row, "error", 0, f"line {line}: {exc}"))
    return corrections, errors


def parse_row(line: int, row: dict) -> Correction:
    action, table = row.get("action", "").lower(), row.get("table", "").lower()
    if action not in ACTIONS:
        raise Malformed(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    if table not in TABLES:
        raise Malformed(f"table {table!r} is not one of {', '.join(TABLES)}")
    c = Correction(line, action, table, row.get("article_id", ""), row.get("evidence", ""),
                   _pairs(row.get("where", "")), _pairs(row.get("set", "")))
    declared = set(schema.columns(table))
    for name in c.where:
        if name not in declared:
            raise Malformed(f"where: {table} has no column {name!r}")
    if action in ("set", "add"):
        for name, value in c.values.items():
            column = next((col for col in schema.TABLES[table] if col.name == name), None)
            if column is None:
                raise Malformed(f"set: {table} has no column {name!r}")
            _check_value(column, value)
    if table not in ("people", "milestones") and not c.article_id:
        raise Malformed(f"{table} corrections need the article_id")
    if action in ("drop", "set", "merge") and not (c.evidence or c.where):
        raise Malformed("name the fact with evidence or where")
    if action == "set" and not c.values:
        raise Malformed("set needs the new values in the set column (column=value)")
    if action == "merge" and (table not in ("people", "events") or set(c.values) != {"into"}):
        raise Malformed("merge takes people or events and set: into=<the one they are merged into>")
    if action == "add" and table not in ("people", "milestones") and not c.evidence:
        raise Malformed("add needs the evidence: the sentence of the article the fact comes from")
    return c


def _pairs(text: str) -> dict[str, str]:
    out = {}
    for part in filter(str.strip, text.split(";")):
        m = PAIR.match(part)
        if not m:
            raise Malformed(f"{part.strip()!r} is not column=value")
        out[m.group(1)] = m.group(2)
    return out


def _check_value(column: schema.Column, value: str) -> None:
    if column.allowed and value and value not in column.allowed:
        raise Malformed(f"{column.name}={value!r} is not one of {', '.join(column.allowed)}")
    if column.dtype == "date" and value:
        try:
            pd.Timestamp(value)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
        except ValueError:
            raise Malformed(f"{column.name}={value!r} is not a date (YYYY-MM-DD)") from None
    if column.dtype in ("int", "float") and value:
        try:
            float(value)
        except ValueError:
            raise Malformed(f"{column.name}={value!r} is not a number") from None


def _report(line: int, row: dict, status: str, rows: int, message: str) -> dict:
    return dict(line=line, action=row.get("action", ""), table=row.get("table", ""),
                article_id=row.get("article_id", ""), status=status, rows=rows, message=message)


# ------------------------------------------------------------ applying

def apply(frames: dict[str, pd.DataFrame], corrections: list[Correction], texts: dict[str, str]) -> list[dict]:
    """Apply each correction in file order to ``frames`` (table name -> written-form DataFrame,
    changed in place); the report rows, one a correction."""
    report = []
    for c in corrections:
        row = dict(action=c.action, table=c.table, article_id=c.article_id)
        try:
            n, message = ACTION[c.action](frames, c, texts)
        except Malformed as exc:
            report.append(_report(c.line, row, "error", 0, f"line {c.line}: {exc}"))
            continue
        report.append(_report(c.line, row, "applied" if n else "stale", n, message))
    return report


def _matches(df: pd.DataFrame, c: Correction) -> pd.Series:
    hit = pd.Series(True, index=df.index)
    if c.article_id:
        if "article_id" in df:
            hit &= df["article_id"] == c.article_id
        else:  # people and milestones list their articles
            hit &= df["article_ids"].str.split("; ").map(lambda ids: c.article_id in ids)
    if c.evidence and "evidence" in df:
        wanted = _squash(c.evidence)
        hit &= df["evidence"].map(lambda e: wanted in _squash(e))
    for name, value in c.where.items():
        hit &= _equal(df[name], value)
    return hit


def _equal(s: pd.Series, value: str) -> pd.Series:
    if pd.api.types.is_numeric_dtype(s):
        try:
            return s == float(value)
        except ValueError:
            return pd.Series(False, index=s.index)
    folded = value.casefold()
    return s.astype(str).str.casefold() == folded


def _squash(text: str) -> str:
    return SPACE.sub(" ", text).strip().casefold()


def _looked_for(c: Correction) -> str:
    parts = [f"article {c.article_id}"] if c.article_id else []
    if c.evidence:
        parts.append(f"evidence containing {c.evidence[:60]!r}")
    parts += [f"{k}={v}" for k, v in c.where.items()]
    return f"no {c.table} row with " + ", ".join(parts)


def _drop(frames, c: Correction, texts) -> tuple[int, str]:
    df = frames[c.table]
    hit = _matches(df, c)
    if not hit.any():
        return 0, _looked_for(c)
    dropped = df[hit]
    frames[c.table] = df[~hit].reset_index(drop=True)
    if c.table == "events":  # its participants go with it; the events held during it are no longer part of it
        p = frames["participants"]
        frames["participants"] = p[~p["event_id"].isin(dropped["event_id"])].reset_index(drop=True)
        _repoint_part_of(frames, dropped["event_id"], "")
    if c.table == "people":
        p = frames["participants"]
        frames["participants"] = p[~p["person_id"].isin(dropped["person_id"])].reset_index(drop=True)
    return int(hit.sum()), f"dropped {int(hit.sum())} {c.table} row(s)"


def _set(frames, c: Correction, texts) -> tuple[int, str]:
    df = frames[c.table]
    hit = _matches(df, c)
    if not hit.any():
        return 0, _looked_for(c)
    for name, value in c.values.items():
        df.loc[hit, name] = _typed_value(df[name], value)
    df.loc[hit, "source"] = "corrected"
    if "review" in df:
        df.loc[hit, "review"] = ""
    return int(hit.sum()), "set " + ", ".join(f"{k}={v}" for k, v in c.values.items())


def _typed_value(s: pd.Series, value: str):
    if pd.api.types.is_integer_dtype(s):
        return int(float(value)) if value else 0
    if pd.api.types.is_float_dtype(s):
        return float(value) if value else float("nan")
    return value


def _add(frames, c: Correction, texts) -> tuple[int, str]:
    row = {name: "" for name in schema.columns(c.table)}
    row.update(c.values)
    if c.article_id:
        text = texts.get(c.article_id)
        if text is None:
            return 0, f"no article {c.article_id}"
        span = _find(text, c.evidence)
        if span is None:
            return 0, f"article {c.article_id} has no sentence containing {c.evidence[:60]!r}"
        start, end = span
        row.update(evidence=text[start:end], char_start=start, char_end=end)
        if "article_id" in row:
            row["article_id"] = c.article_id
    row["source"] = "corrected"
    df = frames[c.table]
    n = int((df.get("source", pd.Series(dtype=object)) == "corrected").sum()) + 1
    if c.table == "events":
        missing = [k for k in ("event_type", "date_start") if not row.get(k)]
        if missing:
            raise Malformed(f"add events needs {', '.join(missing)} in set")
        row["date_precision"] = row["date_precision"] or "day"
        row["event_id"] = f"{c.article_id}#c{n}"
        row["cluster_id"] = row["cluster_id"] or f"{c.article_id}#c{n}"
    elif c.table == "participants":
        event = _matches(frames["events"], Correction(c.line, "add", "events", c.article_id, c.evidence))
        if not event.any() or not row.get("name"):
            return 0, f"no event of article {c.article_id} with that evidence to add {row.get('name', '')!r} to"
        row["event_id"] = frames["events"].loc[event, "event_id"].iloc[0]
        row["role"] = row["role"] or "member"
        if not row["country"] or not row["delegation"]:
            raise Malformed("add participants needs country and delegation in set")
        row["person_id"] = _person_for(frames, row, c.article_id)
    elif c.table == "statistics":
        row["stat_id"] = f"{c.article_id}#c{n}"
        row["qualifier"] = row["qualifier"] or "exactly"
        row["kind"] = row["kind"] or "count"
        if not row["value"]:
            raise Malformed("add statistics needs value in set")
    elif c.table == "milestones":
        if not (row["programme"] and row["year"] and row["action"]):
            raise Malformed("add milestones needs programme, year and action in set")
        row["milestone_id"] = f"c{n}"
        row["article_ids"] = row["article_ids"] or c.article_id
        row["n_sources"] = row["n_sources"] or len(row["article_ids"].split("; "))
    elif c.table == "people":
        if not (row["name"] and row["country"]):
            raise Malformed("add people needs name and country in set")
        row["person_id"] = row["person_id"] or _slug(row["name"])
        row["article_ids"] = row["article_ids"] or c.article_id
    added = schema.conform(pd.DataFrame([row]), c.table)
    frames[c.table] = pd.concat([df, added], ignore_index=True) if len(df) else added
    return 1, f"added 1 {c.table} row"


def _person_for(frames, row: dict, article_id: str) -> str:
    """The person_id of the participant's name in people, adding a row when it is new."""
    people = frames["people"]
    known = people[people["name"].str.casefold() == row["name"].casefold()]
    if len(known):
        return known["person_id"].iloc[0]
    person = {name: "" for name in schema.columns("people")}
    person.update(person_id=_slug(row["name"]), name=row["name"], rank=row.get("rank", ""), title=row.get("title", ""),
                  organisation=row.get("organisation", ""), country=row["country"], article_ids=article_id,
                  n_events=1, source="corrected")
    frames["people"] = pd.concat([people, schema.conform(pd.DataFrame([person]), "people")], ignore_index=True)
    return person["person_id"]


def _slug(name: str) -> str:
    from .resources import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def _find(text: str, evidence: str) -> tuple[int, int] | None:
    """The span of the analyst's quote in the text, line breaks and double spaces in either allowed."""
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = evidence.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)  # one way to match: linear
    return (m.start(), m.end()) if m else None


def _merge(frames, c: Correction, texts) -> tuple[int, str]:
    into = c.values["into"]
    df = frames[c.table]
    hit = _matches(df, c)
    if c.table == "people":
        target = df["name"].str.casefold() == into.casefold()
        if not target.any() or not hit.any():
            return 0, f"no people row named {into!r}" if not target.any() else _looked_for(c)
        keep = df.index[target][0]
        hit &= df.index != keep
        if not hit.any():
            return 0, _looked_for(c)
        gone = df.loc[hit]
        names = [a for a in df.at[keep, "aliases"].split("; ") if a] + gone["name"].tolist()
        names += [a for aliases in gone["aliases"] for a in aliases.split("; ") if a]
        df.at[keep, "aliases"] = "; ".join(sorted(set(names) - {df.at[keep, "name"]}))
        ids = set(df.at[keep, "article_ids"].split("; ")) | {i for a in gone["article_ids"] for i in a.split("; ")}
        df.at[keep, "article_ids"] = "; ".join(sorted(ids))
        p = frames["participants"]
        moved = p["person_id"].isin(gone["person_id"])
        p.loc[moved, "person_id"] = df.at[keep, "person_id"]
        p.loc[moved, "name"] = df.at[keep, "name"]
        p.loc[moved, "source"] = "corrected"
        df.at[keep, "n_events"] = int(p.loc[p["person_id"] == df.at[keep, "person_id"], "event_id"].nunique())
        df.at[keep, "source"] = "corrected"
        frames["people"] = df[~hit].reset_index(drop=True)
        return int(hit.sum()), f"merged {int(hit.sum())} into {df.at[keep, 'name']}"
    target = _matches(df, Correction(c.line, "merge", "events", c.article_id, into))
    target &= ~hit
    if not target.any() or not hit.any():
        return 0, f"no event of article {c.article_id} with evidence containing {into[:60]!r}" if not target.any() \
            else _looked_for(c)
    keep = df.index[target][0]
    gone = df.loc[hit, "event_id"]
    p = frames["participants"]
    moved = p["event_id"].isin(gone)
    p.loc[moved, "event_id"] = df.at[keep, "event_id"]
    p.loc[moved, "source"] = "corrected"
    frames["participants"] = p.drop_duplicates(["event_id", "person_id", "name", "country"]).reset_index(drop=True)
    df.at[keep, "source"] = "corrected"
    frames["events"] = df[~hit].reset_index(drop=True)
    _repoint_part_of(frames, gone, df.at[keep, "event_id"])
    return int(hit.sum()), f"merged {int(hit.sum())} event(s) into {df.at[keep, 'event_id']}"


def _repoint_part_of(frames, gone: pd.Series, into: str) -> None:
    """Events that were part of a dropped (``into`` empty) or merged event: part of nothing, or of
    the event it was merged into (never of itself), so that every part_of names an existing event."""
    events = frames["events"]
    moved = events["part_of"].isin(set(gone))
    if moved.any():
        events.loc[moved, "part_of"] = [into if into != own else "" for own in events.loc[moved, "event_id"]]
        events.loc[moved, "source"] = "corrected"


ACTION = {"drop": _drop, "set": _set, "add": _add, "merge": _merge}


def report_frame(rows: list[dict]) -> pd.DataFrame:
    rows = sorted(rows, key=lambda r: r["line"])
    return schema.conform(pd.DataFrame(rows), "corrections") if rows else schema.empty("corrections")


def curate(tables, corpus_dir: Path, texts: dict[str, str], use_file: bool = True):
    """The tables with ``source`` set, the corpus's corrections applied (unless ``use_file`` is
    False: the extraction alone, as ``evaluate`` scores it before corrections), ``review``
    reasons on the extracted rows, every table validated, and the ``corrections`` report."""
    from . import review

    frames = {name: getattr(tables, name).copy() for name in TABLES}
    for df in frames.values():
        df["source"] = "extracted"
    corrections, report = read_file(corpus_dir / FILE_NAME) if use_file else ([], [])
    report += apply(frames, corrections, texts)
    _recount(frames)
    review.mark(frames)
    out = type(tables)(articles=tables.articles, corrections=report_frame(report),
                       **{name: schema.conform(df, name) for name, df in frames.items()})
    for name, df in out.tables().items():
        schema.validate(df, name)
    schema.validate_keys(out.tables())
    return out


def _recount(frames: dict[str, pd.DataFrame]) -> None:
    """People's n_events after participants were dropped, added or merged."""
    people, p = frames["people"], frames["participants"]
    if len(people):
        counts = p[p["person_id"] != ""].groupby("person_id")["event_id"].nunique()
        people["n_events"] = people["person_id"].map(counts).fillna(0).astype("int64")
