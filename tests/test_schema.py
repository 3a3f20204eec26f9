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
    ({"evidence": ""}, "empty"),
    ({"date_precision": "week"}, "not in"),
])
def test_broken_rows_are_named(overrides, message):
    with pytest.raises(schema.SchemaError, match=message):
        schema.validate(_events(**overrides), "events")


def test_a_number_in_a_text_column_fails():
    df = _events()
    df["summary"] = pd.Series([5], dtype=object)
    with pytest.raises(schema.SchemaError, match="non-text value 5"):
        schema.validate(df, "events")


def test_a_missing_required_number_fails():
    from azdata.schema import TABLES

    required_numbers = [(t, c.name) for t, cols in TABLES.items() for c in cols if c.required and c.dtype == "float"]
    table, column = required_numbers[0]
    df = schema.empty(table)
    row = {c.name: ("x" if c.dtype == "str" else "2024-01-01" if c.dtype == "date" else 1) for c in TABLES[table]}
    row.update({c.name: c.allowed[0] for c in TABLES[table] if c.allowed})
    row[column] = None
    df = schema.conform(pd.DataFrame([row]), table)
    with pytest.raises(schema.SchemaError, match=f"{column}: empty"):
        schema.validate(df, table)


def test_duplicate_keys_and_wrong_columns_fail():
    df = pd.concat([_events(), _events()], ignore_index=True)
    with pytest.raises(schema.SchemaError, match="duplicate"):
        schema.validate(df, "events")
    with pytest.raises(schema.SchemaError, match="columns"):
        schema.validate(_events().drop(columns=["summary"]), "events")


SPEC = ROOT / "docs" / "SPEC.md"


def _spec_columns() -> dict[str, list[str]]:
    """The columns each table section of the contract names (``a, b`` rows name two)."""
    tables, current = {}, None
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            current = line[4:].split(" ")[0]
            tables[current] = []
        elif line.startswith("## "):
            current = None
        elif current and line.startswith("| ") and not line.startswith(("| column", "| ---")):
            tables[current] += [c.strip() for c in line.split("|")[1].split(",") if c.strip()]
    return tables


def test_the_contracts_copy_and_the_schema_agree():
    """Every column the contract (docs/SPEC.md) names is declared, under its name: columns may be
    added, never renamed or dropped."""
    spec = _spec_columns()
    assert set(spec) <= set(schema.TABLES)
    for table, columns in spec.items():
        declared = [c.name for c in schema.TABLES[table]]
        assert [c for c in columns if c not in declared] == [], table


def test_the_contracts_copy_is_the_shared_one():
    shared = ROOT.parent / "shared" / "SPEC.md"
    if not shared.is_file():
        pytest.skip("../shared is not available")
    assert SPEC.read_bytes() == shared.read_bytes()
