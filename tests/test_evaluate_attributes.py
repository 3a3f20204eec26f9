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
