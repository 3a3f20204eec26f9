"""Events and milestones -> a TimelineJS3 timeline (``data/timeline.json``).

TimelineJS (https://timeline.knightlab.com/docs/json-format.html) reads one
JSON object: a ``title`` slide and a list of ``events`` slides, each with a
``start_date`` (``year`` required, ``month`` and ``day`` optional), an optional
``end_date``, a ``text`` (``headline`` and HTML ``text``), a ``group`` and a
``unique_id``.  Partial dates stay partial: a month-precision event gives only
year and month, a year-precision one only the year.  Every slide's text quotes
the evidence sentence and names the article it comes from.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pandas as pd

MILESTONE_GROUP = "programme milestone"


def timeline_date(iso: str, precision: str = "day") -> dict[str, int]:
    """``2021-10-11`` at ``month`` precision -> ``{"year": 2021, "month": 10}``."""
    year, month, day = (int(part) for part in iso.split("-"))
    out = {"year": year}
    if precision in ("month", "day"):
        out["month"] = month
    if precision == "day":
        out["day"] = day
    return out


def _slide_id(raw: str) -> str:
    """TimelineJS puts unique_id in the page URL (#...): keep it to letters, digits, - and _."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in raw)


def _paragraphs(*parts: str) -> str:
    return "".join(f"<p>{part}</p>" for part in parts if part)


def event_slide(event: dict, published: str = "", outlet: str = "") -> dict:
    """One events-table row -> one TimelineJS slide."""
    slide = {"start_date": timeline_date(event["date_start"], event["date_precision"])}
    if event.get("date_end"):
        slide["end_date"] = timeline_date(event["date_end"], event["date_precision"])
    source = ", ".join(escape(p) for p in (outlet, published) if p)
    where = f"Place: {escape(event['location'])}. " if event.get("location") else ""
    slide["text"] = {
        "headline": escape(event.get("summary") or event["event_type"]),
        "text": _paragraphs(
            f"“{escape(event['evidence'])}”",
            f"{where}Date as written: “{escape(event.get('date_text', ''))}”.",
            f"Article {escape(event['article_id'])}" + (f" ({source})" if source else "")
            + f", event {escape(event['event_id'])}."),
    }
    slide["group"] = event["event_type"]
    slide["unique_id"] = _slide_id(event["event_id"])
    return slide


def milestone_slide(milestone: dict) -> dict:
    """One milestones-table row -> one TimelineJS slide (full date when the text gives one)."""
    start = timeline_date(milestone["date"]) if milestone.get("date") else {"year": int(milestone["year"])}
    articles = milestone["article_ids"].split("; ")
    return {
        "start_date": start,
        "text": {
            "headline": escape(f"{milestone['programme']}: {milestone['action']}"),
            "text": _paragraphs(
                escape(milestone.get("programme_name") or milestone["programme"]),
                f"“{escape(milestone['evidence'])}”",
                f"Stated by {len(articles)} article{'' if len(articles) == 1 else 's'}: "
                f"{escape(', '.join(articles))}."),
        },
        "group": MILESTONE_GROUP,
        "unique_id": _slide_id(milestone["milestone_id"]),
    }


def timeline_json(events: pd.DataFrame, milestones: pd.DataFrame, articles: pd.DataFrame) -> dict:
    """The TimelineJS object for a corpus: every event and every milestone, oldest first."""
    by_id = articles.set_index("article_id") if len(articles) else None
    slides = []
    for e in events.to_dict("records"):
        published = outlet = ""
        if by_id is not None and e["article_id"] in by_id.index:
            published, outlet = by_id.at[e["article_id"], "published"], by_id.at[e["article_id"], "outlet"]
        slides.append(((e["date_start"], e["event_id"]), event_slide(e, published, outlet)))
    for m in milestones.to_dict("records"):
        key = m["date"] or f"{int(m['year']):04d}-01-01"
        slides.append(((key, m["milestone_id"]), milestone_slide(m)))
    n = len(articles)
    return {
        "title": {"text": {
            "headline": "Azerbaijan–NATO relations as the articles report them",
            "text": _paragraphs(f"{len(events)} events and {len(milestones)} programme milestones read from "
                                f"{n} article{'' if n == 1 else 's'} by azdata. Each slide quotes its evidence "
                                "sentence and names its article."),
        }},
        "events": [slide for _, slide in sorted(slides, key=lambda s: s[0])],
    }


def write_timeline(tables, path: Path | str) -> Path:
    """Write ``timeline_json`` of a Corpus to ``path`` (UTF-8, stable key order, newline at the end)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(timeline_bytes(tables))
    return path


def timeline_bytes(tables) -> bytes:
    """``timeline_json`` of a Corpus as the bytes of its file."""
    data = timeline_json(tables.events, tables.milestones, tables.articles)
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
