"""What an analyst should check first: each extracted fact's reasons for doubt (the ``review`` column).

The reasons are read off the tables themselves, so they hold for every fact whatever rule made it.
``queue`` lists them with the evidence, the facts that move the charts most first: events (every
meeting chart counts them), then participants, statistics and milestones.
"""
from __future__ import annotations

import itertools
import re

import pandas as pd

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
ORDER = ("events", "participants", "statistics", "milestones", "people")
SEPARATOR = "; "


def event_reasons(events: pd.DataFrame, participants: pd.DataFrame) -> pd.Series:
    with_people = set(participants["event_id"])
    reasons = []
    for e in events.itertuples():
        why = []
        if not e.date_text:
            why.append("date is the publication date (the sentence gives none)")
        elif e.date_precision != "year" and not YEAR.search(e.date_text):
            why.append("year inferred (the date is written without one)")
        if e.event_id not in with_people:
            why.append("no participants")
        if not e.location:
            why.append("no location")
        reasons.append(SEPARATOR.join(why))
    return pd.Series(reasons, index=events.index, dtype=object)


def participant_reasons(participants: pd.DataFrame) -> pd.Series:
    return pd.Series([SEPARATOR.join(why) for why in (
        (["who they are is not stated (no title, rank or organisation)"]
         if p.person_id and not (p.title or p.rank or p.organisation)
         else []) for p in participants.itertuples())], index=participants.index, dtype=object)


def statistic_reasons(statistics: pd.DataFrame) -> pd.Series:
    return pd.Series(["no unit (what is counted is not clear)" if not u else "" for u in statistics["unit"]],
                     index=statistics.index, dtype=object)


def milestone_reasons(milestones: pd.DataFrame) -> pd.Series:
    return pd.Series(["stated by one article only" if n == 1 else "" for n in milestones["n_sources"]],
                     index=milestones.index, dtype=object)


def people_reasons(people: pd.DataFrame) -> pd.Series:
    return pd.Series(["named in no event" if n == 0 else "" for n in people["n_events"]],
                     index=people.index, dtype=object)


def mark(frames: dict[str, pd.DataFrame]) -> None:
    """Fill ``review`` of the extracted rows (in place); corrected rows have been checked."""
    found = {"events": event_reasons(frames["events"], frames["participants"]),
             "participants": participant_reasons(frames["participants"]),
             "statistics": statistic_reasons(frames["statistics"]),
             "milestones": milestone_reasons(frames["milestones"]),
             "people": people_reasons(frames["people"])}
    for table, reasons in found.items():
        df = frames[table]
        df["review"] = reasons.where(df["source"] != "corrected", "") if len(df) else pd.Series(dtype=object)


def _doubted(tables):
    """(table, row) for every fact with a reason for doubt, in queue order: events first."""
    from .frames import written

    for table in ORDER:
        df = written(getattr(tables, table), table)
        yield from ((table, r) for r in df[df["review"] != ""].itertuples())


def queue(tables) -> pd.DataFrame:
    """Every fact with a reason for doubt, with its article and evidence; events first."""
    rows = [dict(table=table, article_id=getattr(r, "article_id", "") or getattr(r, "article_ids", ""),
                 fact=_fact(table, r), review=r.review, evidence=getattr(r, "evidence", ""))
            for table, r in _doubted(tables)]
    return pd.DataFrame(rows, columns=["table", "article_id", "fact", "review", "evidence"])


def _fact(table: str, r) -> str:
    if table == "events":
        return f"{r.event_type} {r.date_start} {r.summary}"
    if table == "participants":
        return f"{r.name or r.country} in {r.event_id}"
    if table == "statistics":
        return f"{r.qualifier} {r.value:g} {r.unit}".strip()
    if table == "milestones":
        return f"{r.programme} {r.year} {r.action}"
    return r.name


# how each kind of doubt is corrected: the corrections.csv row to start from
SUGGESTION = {
    "events": "set,events,{article_id},{words},event_type={event_type},{fix},",
    "participants": "drop,participants,{article_id},{words},name={name},,",
    "statistics": "set,statistics,{article_id},{words},value={value:g},unit=WHAT IS COUNTED,",
    "milestones": "drop,milestones,,,programme={programme}; year={year}; action={action},,",
    "people": "merge,people,,,name={name},into=OTHER SPELLING,",
}


def suggested_rows(tables, limit: int = 10) -> pd.DataFrame:
    """For the first facts of the queue, a corrections.csv row to edit and paste (or to leave out
    when the fact is right): each names its fact by the article and the opening words of its evidence."""
    rows = []
    for table, r in itertools.islice(_doubted(tables), limit):
        words = " ".join(getattr(r, "evidence", "").split()[:8]).replace(",", "")
        fix = "date_start=YYYY-MM-DD" if "date" in r.review or "year" in r.review else "location=PLACE"
        rows.append(dict(table=table, review=r.review,
                         row=SUGGESTION[table].format(words=words, fix=fix, **r._asdict())))
    return pd.DataFrame(rows, columns=["table", "review", "row"])


def corrected_counts(tables) -> pd.DataFrame:
    """Per fact table: rows extracted, rows corrected by hand, rows with a reason to check."""
    from .frames import written

    out = []
    for table in ORDER:
        df = written(getattr(tables, table), table)
        out.append(dict(table=table, rows=len(df), corrected=int((df["source"] == "corrected").sum()),
                        to_review=int((df["review"] != "").sum())))
    return pd.DataFrame(out).set_index("table")


def corrections_note(tables) -> str:
    """One line for every notebook: how many facts an analyst corrected by hand."""
    counts = corrected_counts(tables)
    done = tables.corrections
    n = int(counts["corrected"].sum())
    stale = int((done["status"] != "applied").sum()) if len(done) else 0
    line = (f"{n} fact{'s' if n != 1 else ''} corrected by hand (corrections.csv: {len(done)} row"
            f"{'s' if len(done) != 1 else ''}")
    line += f", {stale} stale or malformed, listed in notebook 00)" if stale else ")"
    return line + "; every chart below uses the corrected tables."
