"""load_corpus gives typed frames; written() gives back the CSV form exactly."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from azdata import load_corpus, schema
from azdata.frames import typed, written
from azdata.pipeline import run

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def dev():
    return load_corpus(DATA / "dev-corpus", use_cache=False)


def test_dates_are_datetimes_and_missing_ones_are_missing(dev):
    e = dev.events
    assert pd.api.types.is_datetime64_any_dtype(e.date_start) and pd.api.types.is_datetime64_any_dtype(e.date_end)
    assert e.date_start.dt.year.between(1990, 2030).all()
    assert 0 < e.date_end.isna().sum() < len(e)


def test_fixed_value_sets_are_categories_with_every_allowed_value(dev):
    assert list(dev.events.event_type.cat.categories) == list(schema.EVENT_TYPES)
    assert list(dev.statistics.qualifier.cat.categories) == list(schema.QUALIFIERS)
    assert dev.articles.truncated.dtype == "boolean"


def test_numbers_are_nullable_and_text_uses_pd_na(dev):
    assert dev.events.char_start.dtype == "Int64" and dev.statistics.value.dtype == "Float64"
    assert dev.events.location.dtype == "string"
    assert dev.events.location.isna().any() and not (dev.events.location == "").any()


def test_joined_columns_are_lists(dev):
    ids = dev.people.article_ids
    assert all(isinstance(v, list) and v for v in ids)
    assert dev.people.explode("article_ids").article_ids.isin(set(dev.articles.article_id)).all()


@pytest.mark.parametrize("corpus", ["dev-corpus", "dev-real", "seeds", "heldout6"])
def test_written_gives_back_the_csv_form_exactly(corpus):
    tables, _ = run(DATA / corpus)
    for name, df in tables.tables().items():
        back = written(typed(df, name))
        assert back.to_csv(index=False) == df.to_csv(index=False), name
        schema.validate(back, name)
