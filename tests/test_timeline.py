"""azdata.timeline: events and milestones -> TimelineJS JSON, partial dates kept partial."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from azdata import schema
from azdata.tables import Corpus
from azdata.timeline import MILESTONE_GROUP, event_slide, milestone_slide, timeline_date, timeline_json, write_timeline


def _event(**kw):
    row = dict(event_id="a1#e1", article_id="a1", event_type="meeting", date_start="2019-11-26", date_end="",
               date_precision="day", date_text="November 26", location="Baku", summary="Peach met Hasanov",
               evidence="Peach met Hasanov <in Baku> & talked.", char_start=0, char_end=10, cluster_id="c1")
    row.update(kw)
    return row


def _milestone(**kw):
    row = dict(milestone_id="m001", programme="PfP", programme_name="Partnership for Peace", year=1994, date="",
               action="joined", article_ids="a1; a2", n_sources=2, evidence="Azerbaijan joined PfP in 1994.")
    row.update(kw)
    return row


@pytest.mark.parametrize("iso, precision, expected", [
    ("2019-11-26", "day", {"year": 2019, "month": 11, "day": 26}),
    ("2021-12-01", "month", {"year": 2021, "month": 12}),
    ("2004-01-01", "year", {"year": 2004}),
])
def test_timeline_date_keeps_partial_dates_partial(iso, precision, expected):
    assert timeline_date(iso, precision) == expected


def test_event_slide_quotes_evidence_and_article():
    slide = event_slide(_event(), published="2019-11-28", outlet="Report")
    assert slide["start_date"] == {"year": 2019, "month": 11, "day": 26}
    assert "end_date" not in slide
    assert slide["text"]["headline"] == "Peach met Hasanov"
    text = slide["text"]["text"]
    assert "Peach met Hasanov &lt;in Baku&gt; &amp; talked." in text       # HTML-escaped evidence
    assert "a1" in text and "Report" in text and "November 26" in text
    assert slide["group"] == "meeting"
    assert slide["unique_id"] == "a1-e1"                                    # no '#' in a URL fragment


def test_event_slide_multi_day_and_month_precision():
    slide = event_slide(_event(date_start="2005-12-01", date_end="2006-01-01", date_precision="month"))
    assert slide["start_date"] == {"year": 2005, "month": 12}
    assert slide["end_date"] == {"year": 2006, "month": 1}


def test_milestone_slide_year_or_full_date():
    slide = milestone_slide(_milestone())
    assert slide["start_date"] == {"year": 1994}
    assert slide["group"] == MILESTONE_GROUP
    assert "Azerbaijan joined PfP in 1994." in slide["text"]["text"] and "a1, a2" in slide["text"]["text"]
    assert milestone_slide(_milestone(date="1994-05-04"))["start_date"] == {"year": 1994, "month": 5, "day": 4}


def _corpus(events=(), milestones=()):
    articles = schema.conform(pd.DataFrame([dict(article_id="a1", source_file="a1.txt", published="2019-11-28",
                                                 published_from="header", outlet="Report", status="ok")]), "articles")
    ev = schema.conform(pd.DataFrame(list(events)), "events") if events else schema.empty("events")
    ms = schema.conform(pd.DataFrame(list(milestones)), "milestones") if milestones else schema.empty("milestones")
    empty = {name: schema.empty(name) for name in ("participants", "people", "statistics")}
    return Corpus(articles=articles, events=ev, milestones=ms, **empty)


def test_timeline_json_sorted_oldest_first():
    tables = _corpus([_event(), _event(event_id="a1#e2", date_start="2017-02-16")], [_milestone()])
    data = timeline_json(tables.events, tables.milestones, tables.articles)
    assert data["title"]["text"]["headline"]
    assert [s["unique_id"] for s in data["events"]] == ["m001", "a1-e2", "a1-e1"]
    json.dumps(data)                                    # plain JSON types only


def test_empty_tables_give_an_empty_timeline():
    tables = _corpus()
    assert timeline_json(tables.events, tables.milestones, tables.articles)["events"] == []


def test_write_timeline_is_byte_identical(tmp_path):
    tables = _corpus([_event()], [_milestone()])
    a = write_timeline(tables, tmp_path / "a" / "timeline.json").read_bytes()
    b = write_timeline(tables, tmp_path / "b" / "timeline.json").read_bytes()
    assert a == b and a.endswith(b"\n")
    assert json.loads(a)["events"][1]["start_date"] == {"year": 2019, "month": 11, "day": 26}
