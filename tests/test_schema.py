"""The one table declaration: it validates what is written and renders the README's data dictionary."""
import re
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


# --- integers stay integers, dates are calendar dates, keys resolve (issue 15) ---

@pytest.mark.parametrize("value, shown", [(None, "empty"), (2.5, "2.5"), ("x", "'x'")])
def test_a_required_integer_must_be_an_integer(value, shown):
    with pytest.raises(schema.SchemaError, match=r"events\.char_start: .*" + shown.replace(".", r"\.")):
        schema.validate(_events(char_start=value), "events")


def test_an_integer_written_as_text_or_a_whole_float_is_an_integer():
    df = _events(char_start="7", char_end=9.0)
    schema.validate(df, "events")
    assert df.char_start.tolist() == [7] and df.char_end.tolist() == [9]
    assert str(df.char_start.dtype) == "int64"


def test_a_float_column_where_integers_are_declared_fails_naming_its_values():
    df = _events()
    df["char_start"] = pd.Series([2.5], dtype="float64")
    with pytest.raises(schema.SchemaError, match=r"events\.char_start: not an integer: 2\.5"):
        schema.validate(df, "events")


def test_an_optional_integer_may_be_empty():
    row = dict(event_id="a#e1", article_id="a", person_id="", country="AZE", delegation="Azerbaijan", role="member",
               char_start=None, char_end="")
    df = schema.conform(pd.DataFrame([row]), "participants")
    schema.validate(df, "participants")
    assert df.char_start.isna().all() and df.to_csv(index=False).splitlines()[1].count(",,") >= 1


@pytest.mark.parametrize("value", ["2024-02-31", "2023-13-01", "2024-00-10"])
def test_a_date_must_be_a_calendar_date(value):
    with pytest.raises(schema.SchemaError, match=f"events.date_start: not a calendar date: '{value}'"):
        schema.validate(_events(date_start=value), "events")


def test_a_leap_day_is_a_date():
    schema.validate(_events(date_start="2024-02-29"), "events")


def _set(**broken):
    """A small consistent set of tables; ``broken`` replaces one column of one table
    (``participants__person_id="nobody"``)."""
    rows = {
        "articles": [dict(article_id="a", source_file="a.txt", published_from="header", status="ok", truncated="false"),
                     dict(article_id="b", source_file="b.txt", published_from="header", status="ok", truncated="false",
                          reprint_of="a")],
        "events": [dict(event_id="a#e1", article_id="a", event_type="meeting", date_start="2024-03-18",
                        date_precision="day", evidence="X met Y.", char_start=0, char_end=8, cluster_id="c0001")],
        "participants": [dict(event_id="a#e1", article_id="a", person_id="x", country="AZE", delegation="Azerbaijan",
                              role="head", char_start=0, char_end=8)],
        "people": [dict(person_id="x", name="X", country="AZE", article_ids="a; b")],
        "statistics": [dict(stat_id="a#s1", article_id="a", value=3.0, qualifier="exactly", kind="count",
                            evidence="3 ships.", char_start=0, char_end=8)],
        "milestones": [dict(milestone_id="m001", programme="PfP", year=1994, action="joined", article_ids="a; b",
                            n_sources=2, evidence="It joined.")],
    }
    for name, value in broken.items():
        table, column = name.split("__")
        rows[table][0][column] = value
    return {t: schema.conform(pd.DataFrame(r), t) for t, r in rows.items()}


def test_a_consistent_set_passes_the_key_check():
    schema.validate_keys(_set())


@pytest.mark.parametrize("broken, message", [
    (dict(participants__event_id="a#e9"), "participants.event_id 'a#e9' is not an event_id of events"),
    (dict(participants__person_id="nobody"), "participants.person_id 'nobody' is not a person_id of people"),
    (dict(participants__article_id="zz"), "participants.article_id 'zz' is not an article_id of articles"),
    (dict(milestones__article_ids="a; zz"), "milestones.article_ids 'zz' is not an article_id of articles"),
    (dict(people__article_ids="zz"), "people.article_ids 'zz' is not an article_id of articles"),
    (dict(events__article_id="zz"), "events.article_id 'zz' is not an article_id of articles"),
    (dict(events__part_of="a#e7"), "events.part_of 'a#e7' is not an event_id of events"),
    (dict(statistics__article_id="zz"), "statistics.article_id 'zz' is not an article_id of articles"),
    (dict(articles__reprint_of="zz"), "articles.reprint_of 'zz' is not an article_id of articles"),
])
def test_a_key_that_points_nowhere_fails(broken, message):
    with pytest.raises(schema.SchemaError, match=re.escape(message)):
        schema.validate_keys(_set(**broken))


def test_a_set_with_a_broken_key_is_never_written(tmp_path):
    from types import SimpleNamespace

    from azdata.cli import CLIError, save_tables

    tables = _set(participants__person_id="nobody")
    tables["corrections"] = schema.empty("corrections")
    corpus = SimpleNamespace(tables=lambda: tables)
    with pytest.raises(CLIError, match="participants.person_id"):
        save_tables(corpus, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.csv"))


def test_event_types_are_the_resource_files(tmp_path, monkeypatch):
    """A new row of resources/event_types.csv is a new allowed event_type: the schema accepts it
    and the data dictionary lists it (the extractor's fallback, other, stays last)."""
    import shutil

    from azdata import resources

    folder = tmp_path / "resources"
    shutil.copytree(resources.RESOURCE_DIR, folder)
    with open(folder / "event_types.csv", "a", encoding="utf-8") as f:
        f.write("parade,activity,parade|march past\n")
    monkeypatch.setattr(resources, "RESOURCE_DIR", folder)
    resources.event_types.cache_clear()
    try:
        schema.validate(_events(event_type="parade"), "events")
        assert "| event_type | str | kind of event | meeting, visit, conference, exercise, ceremony, parade, other |" \
            in schema.data_dictionary()
        with pytest.raises(schema.SchemaError, match="'party' not in"):
            schema.validate(_events(event_type="party"), "events")
    finally:
        resources.event_types.cache_clear()


def test_the_shipped_event_types_keep_their_order():
    assert schema.event_types() == ("meeting", "visit", "conference", "exercise", "ceremony", "other")


# --- a country-only row of an undated meeting has no event (issue 14) ---

def _participant(**overrides):
    row = dict(event_id="", article_id="a", person_id="", country="NOR", delegation="Norway", role="member",
               char_start=0, char_end=8)
    row.update(overrides)
    return schema.conform(pd.DataFrame([row]), "participants")


def test_a_country_only_row_may_have_no_event():
    schema.validate(_participant(), "participants")
    tables = _set()
    tables["participants"] = pd.concat([tables["participants"], _participant()], ignore_index=True)
    schema.validate_keys(tables)  # the empty event_id points nowhere and is not checked


def test_a_person_needs_an_event():
    with pytest.raises(schema.SchemaError, match="participants.event_id: empty in row 0, which names a person"):
        schema.validate(_participant(person_id="x", name="X"), "participants")
