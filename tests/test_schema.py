"""The one table declaration: it validates what is written and renders the README's data dictionary."""
from pathlib import Path

import pandas as pd
import pytest

from azdata import schema

ROOT = Path(__file__).resolve().parents[1]


def test_readme_data_dictionary_is_rendered_from_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"
    assert start in readme and end in readme
    block = readme.split(start, 1)[1].split(end, 1)[0].strip()
    assert block == schema.data_dictionary().strip(), "run: python -m azdata dictionary, and paste it into README.md"


def _events(**overrides):
    row = dict(event_id="a#e1", article_id="a", event_type="meeting", date_start="2024-03-18", date_end="",
               date_precision="day", date_text="on Monday", location="Baku", summary="x met y", evidence="X met Y.",
               char_start=0, char_end=8, cluster_id="c0001")
    row.update(overrides)
    return schema.conform(pd.DataFrame([row]), "events")


def test_a_valid_table_passes():
    schema.validate(_events(), "events")


@pytest.mark.parametrize("overrides, message", [
    ({"event_type": "party"}, "not in"),
    ({"date_start": "18/03/2024"}, "not an ISO date"),
    ({"date_start": ""}, "empty"),
    ({"date_precision": "week"}, "not in"),
])
def test_broken_rows_are_named(overrides, message):
    with pytest.raises(schema.SchemaError, match=message):
        schema.validate(_events(**overrides), "events")


def test_duplicate_keys_and_wrong_columns_fail():
    df = pd.concat([_events(), _events()], ignore_index=True)
    with pytest.raises(schema.SchemaError, match="duplicate"):
        schema.validate(df, "events")
    with pytest.raises(schema.SchemaError, match="columns"):
        schema.validate(_events().drop(columns=["summary"]), "events")
