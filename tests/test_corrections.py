"""An analyst's corrections.csv: applied on every run, each reported, never undone by a rebuild."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from azdata import corrections, schema
from azdata.cli import write_tables
from azdata.pipeline import run

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
A0, A3, A4 = "000_f4110fb23c896afe", "003_6718eb2fde684e26", "004_e513e6f8b66b7159"
EXTRA = (" date 2022-03-01 Foreign Minister Jeyhun Bayramli met NATO Deputy Secretary General Mircea Geoana "
         "in Brussels on 1 March 2022.\n")
SIX = f"""action,table,article_id,evidence,where,set,note
drop,events,{A0},Zakir Hasanov met with the delegation,event_type=visit,,the visit frames the meeting
set,events,{A4},"have discussed military activities",,date_start=2018-04-20; location=Baku,
add,participants,{A4},Stuart Peach made the remarks,,name=Karim Valiyev; country=AZE; \
delegation=Azerbaijan; role=member,
merge,people,,,name=Jeyhun Bayramli,into=Jeyhun Bayramov,one person
drop,statistics,{A3},a sentence that no article holds,,,
set,events,{A0},On December 9,,date_start=9 December,
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    return folder


def _with(corpus: Path, text: str):
    (corpus / corrections.FILE_NAME).write_text(text, encoding="utf-8")
    return run(corpus)[0]


def test_without_a_file_every_fact_is_extracted_and_nothing_is_reported(corpus):
    tables = run(corpus)[0]
    assert len(tables.corrections) == 0
    for name in corrections.TABLES:
        assert set(getattr(tables, name).source) <= {"extracted"}


def test_the_four_corrections_show_and_all_six_are_reported(corpus, tmp_path):
    before = run(corpus)[0]
    assert {"Jeyhun Bayramli", "Jeyhun Bayramov"} <= set(before.people.name)  # two spellings, two people
    tables = _with(corpus, SIX)
    e = tables.events.set_index("event_id")
    assert f"{A0}#e1" not in e.index and e.at[f"{A0}#e2", "event_type"] == "meeting"          # dropped
    assert (e.at[f"{A4}#e4", "date_start"], e.at[f"{A4}#e4", "location"]) == ("2018-04-20", "Baku")  # date moved
    assert e.at[f"{A4}#e4", "source"] == "corrected"
    added = tables.participants[tables.participants.name == "Karim Valiyev"]
    assert added.event_id.tolist() == [f"{A4}#e1"] and added.source.tolist() == ["corrected"]
    people = tables.people.set_index("name")
    assert "Jeyhun Bayramli" not in people.index and "Jeyhun Bayramli" in people.at["Jeyhun Bayramov", "aliases"]
    assert people.at["Jeyhun Bayramov", "n_events"] == 2
    report = tables.corrections
    assert report.status.tolist() == ["applied", "applied", "applied", "applied", "stale", "error"]
    assert report.line.tolist() == [2, 3, 4, 5, 6, 7]
    assert "a sentence that no article holds" in report.message.iloc[4]
    assert "line 7" in report.message.iloc[5] and "not a date" in report.message.iloc[5]
    line = write_tables(corpus, tmp_path / "out")
    assert "corrections: 4 applied, 1 stale, 1 with errors" in line and "line 7" in line and "stale: line 6" in line


def test_a_rebuild_gives_the_same_bytes(corpus, tmp_path):
    (corpus / corrections.FILE_NAME).write_text(SIX, encoding="utf-8")
    write_tables(corpus, tmp_path / "a")
    write_tables(corpus, tmp_path / "b", cache=tmp_path / "cache")
    write_tables(corpus, tmp_path / "c", cache=tmp_path / "cache")
    for csv in sorted((tmp_path / "a").glob("*.csv")):
        assert csv.read_bytes() == (tmp_path / "b" / csv.name).read_bytes() == (tmp_path / "c" / csv.name).read_bytes()


def test_corrections_stay_applied_when_an_unrelated_rule_changes(corpus, monkeypatch):
    """They name facts by article and evidence, not by ids that a change of the rules renumbers."""
    from azdata import extract

    monkeypatch.setattr(extract, "statistics_in", lambda sentence: [])
    tables = _with(corpus, SIX)
    assert len(tables.statistics) == 0
    assert tables.corrections.status.tolist()[:4] == ["applied"] * 4


@pytest.mark.parametrize("row, message", [
    ("explode,events,a,x,,,", "action 'explode'"),
    ("drop,rumours,a,x,,,", "table 'rumours'"),
    ("drop,events,,x,,,", "need the article_id"),
    ("drop,events,a,,,,", "name the fact"),
    ("set,events,a,x,,,", "set needs the new values"),
    ("set,events,a,x,,event_type=party,", "not one of"),
    ("set,events,a,x,colour=red,date_start=2024-01-01,", "no column 'colour'"),
    ("set,statistics,a,x,,value=many,", "not a number"),
    ("merge,statistics,a,x,,into=y,", "merge takes people or events"),
    ("drop,events,a,x,just words,,", "is not column=value"),
], ids=lambda v: v if "," not in v else v.split(",")[0] + "-" + v.split(",")[1])
def test_malformed_rows_are_errors_naming_their_line(row, message):
    with pytest.raises(corrections.Malformed, match=message):
        corrections.parse_row(2, dict(zip(corrections.FIELDS, row.split(","))))


def test_a_malformed_row_never_stops_the_others(corpus):
    text = f"""action,table,article_id,evidence,where,set,note
set,events,{A0},On December 9,,date_start=2025-13-40,
drop,events,{A0},Zakir Hasanov met with the delegation,event_type=visit,,
"""
    tables = _with(corpus, text)
    assert tables.corrections.status.tolist() == ["error", "applied"]


def test_a_file_with_an_unknown_header_is_one_error_and_the_run_goes_on(corpus):
    tables = _with(corpus, "what,where\nx,y\n")
    assert tables.corrections.status.tolist() == ["error"] and "unknown columns" in tables.corrections.message[0]
    assert len(tables.events) == len(run(SEEDS)[0].events) + 1


def test_an_added_event_and_statistic_point_at_their_sentence(corpus):
    text = """action,table,article_id,evidence,where,set,note
add,events,extra,"Jeyhun Bayramli met NATO Deputy Secretary General",,event_type=meeting; \
date_start=2022-03-01; location=Brussels,
add,statistics,extra,met NATO Deputy,,value=2; unit=officials,
"""
    tables = _with(corpus, text)
    assert tables.corrections.status.tolist() == ["applied", "applied"]
    article = (corpus / "extra.txt").read_text(encoding="utf-8")
    for df in (tables.events, tables.statistics):
        row = df[df.source == "corrected"].iloc[0]
        assert article[row.char_start:row.char_end] == row.evidence
    for name, df in tables.tables().items():
        schema.validate(df, name)


def test_extracted_rows_carry_review_reasons(corpus):
    tables = run(corpus)[0]
    e = tables.events.set_index("event_id")
    assert "year inferred" in e.at[f"{A0}#e1", "review"]
    assert e.at[f"{A3}#e1", "review"] == ""


def test_evaluate_scores_before_and_after_corrections(corpus):
    import subprocess
    import sys

    gold = Path(__file__).resolve().parent / "data" / "seed-gold"
    (corpus / "extra.txt").unlink()
    (corpus / corrections.FILE_NAME).write_text(f"""action,table,article_id,evidence,where,set,note
drop,events,{A0},Zakir Hasanov met with the delegation,event_type=visit,,
""", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "azdata", "evaluate", "--corpus", str(corpus), "--gold", str(gold)],
                         capture_output=True, text=True, check=True).stdout
    before, after = out.split("after corrections.csv (1 applied):")
    assert "extraction alone" in before
    events = [line.split() for part in (before, after) for line in part.splitlines() if line.startswith("events")]
    assert events[0][3] == "1.000" and events[1][3] != "1.000"  # the gold has the visit: dropping it costs recall


def test_the_queue_lists_dates_taken_from_the_publication_date_and_suggests_rows(tmp_path):
    from azdata import review

    (tmp_path / "a.txt").write_text(" date 2024-03-18 NATO Deputy Secretary General Mircea Geoana has met "
                                    "the Minister of Defense of Azerbaijan, Colonel General Zakir Hasanov, in Baku.\n",
                                    encoding="utf-8")
    tables = run(tmp_path)[0]
    queue = review.queue(tables)
    first = queue.iloc[0]
    assert first.table == "events" and "publication date" in first.review and "has met" in first.evidence
    row = review.suggested_rows(tables).row.iloc[0]
    parsed = corrections.parse_row(2, dict(zip(corrections.FIELDS, row.replace("YYYY-MM-DD", "2024-03-17").split(","))))
    assert parsed.action == "set" and parsed.values == {"date_start": "2024-03-17"}
    assert "0 facts corrected by hand" in review.corrections_note(tables)


def test_dropping_a_visit_leaves_no_event_part_of_it(corpus):
    """The seed's meeting is held during a visit; the visit dropped, the meeting is part of nothing
    (a part_of naming a missing event would make the set fail its key check)."""
    before = run(corpus)[0].events
    visit = before[(before.article_id == A0) & (before.event_type == "visit")].event_id
    assert before.part_of.isin(set(visit)).any()
    events = _with(corpus, SIX).events
    assert not events.part_of.isin(set(visit)).any()
    schema.validate_keys(run(corpus)[0].tables())
