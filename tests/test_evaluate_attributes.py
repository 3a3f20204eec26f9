"""azdata.evaluate: milestone action and statistic unit compared on matched rows (issue 16)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pandas as pd
import pytest

from azdata.evaluate import other_attribute_accuracy, report


def _corpus(milestones, statistics):
    return SimpleNamespace(
        articles=pd.DataFrame({"article_id": ["a1", "a2"]}),
        milestones=pd.DataFrame(milestones, columns=["programme", "year", "action"]),
        statistics=pd.DataFrame(statistics, columns=["article_id", "value", "qualifier", "unit", "kind"]))


def _gold(tmp_path, article, milestones=(), statistics=()):
    (tmp_path / f"{article}.json").write_text(json.dumps(dict(milestones=list(milestones),
                                                             statistics=list(statistics))), encoding="utf-8")


@pytest.mark.parametrize("pred_action, correct", [("joined", 1), ("started", 0)])
def test_milestone_action_on_matched_programme_year(tmp_path, pred_action, correct):
    _gold(tmp_path, "a1", milestones=[dict(programme="PfP", year=1994, action="joined"),
                                      dict(programme="IPAP", year=2005, action="adopted")])  # not extracted
    corpus = _corpus([("PfP", 1994, pred_action), ("PARP", 1997, "joined")], [])  # PARP: not in gold
    acc = other_attribute_accuracy(corpus, tmp_path)["milestone action"]
    assert (acc.correct, acc.n_matched) == (correct, 1)


@pytest.mark.parametrize("pred_unit, correct", [("military personnel", 1), ("Personnel", 1), ("vehicles", 0)])
def test_statistic_unit_head_on_matched_value_and_qualifier(tmp_path, pred_unit, correct):
    _gold(tmp_path, "a2", statistics=[dict(value=395, qualifier="exactly", unit="personnel", context=""),
                                      dict(value=12, qualifier="about", unit="ships", context="")])
    corpus = _corpus([], [("a2", 395.0, "exactly", pred_unit, "count"), ("a2", 12.0, "exactly", "ships", "count"),
                          ("a2", 3.0, "exactly", "years", "duration")])
    acc = other_attribute_accuracy(corpus, tmp_path)["statistic unit"]
    assert (acc.correct, acc.n_matched) == (correct, 1)


def test_report_names_the_rows_compared(tmp_path):
    _gold(tmp_path, "a1", milestones=[dict(programme="PfP", year=1994, action="joined")])
    acc = other_attribute_accuracy(_corpus([("PfP", 1994, "joined")], []), tmp_path)
    text = report({}, acc)
    assert "milestone action accuracy    1.000  (1 of 1 matched milestones)" in text
    assert "statistic unit accuracy      n/a  (0 of 0 matched statistics)" in text


# --- issue 15: event facets reuse the one agreement, gold must share an article, errors show evidence ---

def test_event_attributes_on_matched_events(tmp_path):
    from azdata.evaluate import attribute_accuracy

    (tmp_path / "a1.json").write_text(json.dumps(dict(events=[
        dict(date_start="2024-03-18", type="meeting", relation="azerbaijan-nato", location="Brussels"),
        dict(date_start="2024-05-01", type="visit")])), encoding="utf-8")  # not extracted
    corpus = SimpleNamespace(articles=pd.DataFrame({"article_id": ["a1"]}), events=pd.DataFrame([
        dict(article_id="a1", date_start="2024-03-18", event_type="visit", relation="azerbaijan-nato",
             location="Brussels")]))
    acc = attribute_accuracy(corpus, tmp_path)
    assert {k: (a.correct, a.n_matched) for k, a in acc.items()} == {
        "relation": (1, 1), "type": (0, 1), "location": (1, 1)}


def test_gold_sharing_no_article_with_the_corpus_is_refused(tmp_path):
    from azdata.evaluate import GoldError, score

    (tmp_path / "other.json").write_text(json.dumps(dict(article_id="zz", events=[])), encoding="utf-8")
    corpus = _corpus([], [])
    with pytest.raises(GoldError, match="holds no <article_id>.json for any article of the corpus"):
        score(corpus, tmp_path)


def test_a_gold_file_named_otherwise_counts_by_its_article_id(tmp_path):
    from azdata.evaluate import shared_articles

    (tmp_path / "renamed.json").write_text(json.dumps(dict(article_id="a1")), encoding="utf-8")
    assert shared_articles(tmp_path, {"a1", "a2"}) == {"a1"}


def test_the_command_refuses_gold_of_another_corpus(tmp_path):
    from pathlib import Path

    from azdata.cli import main

    seeds = Path(__file__).resolve().parent / "data" / "seeds"
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "nothing.json").write_text(json.dumps(dict(article_id="not-a-seed")), encoding="utf-8")
    assert main(["evaluate", "--corpus", str(seeds), "--gold", str(gold)]) == 2


def test_show_errors_prints_each_miss_with_its_evidence(tmp_path):
    from azdata.evaluate import error_lines

    (tmp_path / "a1.json").write_text(json.dumps(dict(
        events=[dict(date_start="2024-05-01", evidence="They met on 1 May.")],
        statistics=[dict(value=12, qualifier="about", unit="ships")])), encoding="utf-8")
    corpus = SimpleNamespace(
        articles=pd.DataFrame([dict(article_id="a1", published="")]),
        events=pd.DataFrame([dict(event_id="a1#e1", article_id="a1", date_start="2024-03-18",
                                  evidence="X met Y on 18 March.")]),
        participants=pd.DataFrame(columns=["event_id", "article_id", "person_id", "name", "country", "evidence"]),
        people=pd.DataFrame(columns=["name", "article_ids"]),
        statistics=pd.DataFrame([dict(article_id="a1", value=3.0, qualifier="exactly", kind="count",
                                      evidence="3 ships sailed.")]),
        milestones=pd.DataFrame(columns=["programme", "year", "evidence"]))
    lines = error_lines(corpus, tmp_path)
    assert lines == [
        "  + events ('a1', '2024-03-18')", "      extracted: X met Y on 18 March.",
        "  - events ('a1', '2024-05-01')", "      gold: They met on 1 May.",
        "  + statistics ('a1', 3.0, 'exactly')", "      extracted: 3 ships sailed.",
        "  - statistics ('a1', 12.0, 'about')",
    ]


def test_a_country_of_an_undated_meeting_counts_in_the_delegation_facet():
    """A country-only participants row with no event_id (a delegation list of a meeting the article
    does not date) is a delegation country of its article, once, like a row of a dated event."""
    from azdata.evaluate import predicted_keys

    corpus = SimpleNamespace(
        articles=pd.DataFrame({"article_id": ["a1"], "published": [""]}),
        events=pd.DataFrame({"event_id": ["a1#e1"], "article_id": ["a1"], "date_start": ["2024-02-01"]}),
        participants=pd.DataFrame({"event_id": ["", "", "a1#e1"], "article_id": ["a1"] * 3,
                                   "person_id": ["", "", ""], "name": ["", "", ""],
                                   "country": ["EST", "LTU", "EST"]}),
        people=pd.DataFrame(columns=["name", "article_ids"]),
        statistics=pd.DataFrame(columns=["article_id", "value", "qualifier", "kind"]),
        milestones=pd.DataFrame(columns=["programme", "year"]))
    assert dict(predicted_keys(corpus)["delegation"]) == {("a1", "EST"): 1, ("a1", "LTU"): 1}
