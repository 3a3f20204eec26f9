"""The tables as pandas users expect them, and back to the form they are written in.

The CSVs hold text: ISO dates, ``""`` for a missing value, ``; ``-joined lists. In Python the same
tables are typed from their declaration in schema.py: ``datetime64`` dates, ``pd.NA`` for missing
values, nullable integers and floats, ``category`` for columns with a fixed set of values,
booleans for true/false columns, and the joined columns as lists. ``written`` turns a typed table
back into the CSV form exactly (tested on every corpus), which is what the plotting code reads.
"""
from __future__ import annotations

import functools

import pandas as pd

from . import schema

TABLE = "azdata_table"  # DataFrame.attrs key naming the table a typed frame is
JOINED = {("articles", "problems"), ("people", "aliases"), ("people", "article_ids"), ("milestones", "article_ids")}
SEPARATOR = "; "
TRUE_FALSE = ("true", "false")


def typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """A written (CSV-form) table -> typed columns."""
    out = pd.DataFrame(index=df.index)
    for col in schema.TABLES[table]:
        s = df[col.name]
        if (table, col.name) in JOINED:
            out[col.name] = s.map(lambda v: v.split(SEPARATOR) if v else [])
        elif col.dtype == "date":
            out[col.name] = pd.to_datetime(s.where(s != ""), format="%Y-%m-%d")
        elif col.dtype == "int":
            out[col.name] = s.astype("Int64")
        elif col.dtype == "float":
            out[col.name] = s.astype("Float64")
        elif col.allowed == TRUE_FALSE:
            out[col.name] = s.map({"true": True, "false": False}).astype("boolean")
        elif col.allowed:
            out[col.name] = pd.Categorical(s.where(s != ""), categories=list(col.allowed))
        else:
            out[col.name] = s.where(s != "").astype("string")
    out.attrs[TABLE] = table
    return out


def written(df: pd.DataFrame, table: str | None = None) -> pd.DataFrame:
    """A typed table (made by ``typed``, which marks it) -> the CSV form; a table already in that
    form is returned as it is."""
    if TABLE not in df.attrs:
        return df
    table = table or df.attrs[TABLE]
    out = pd.DataFrame(index=df.index)
    for col in schema.TABLES[table]:
        s = df[col.name]
        if (table, col.name) in JOINED:
            out[col.name] = s.map(SEPARATOR.join).astype(object)
        elif col.dtype == "date":
            out[col.name] = s.dt.strftime("%Y-%m-%d").astype(object).where(s.notna(), "")
        elif col.dtype == "int":
            out[col.name] = s.astype("int64") if s.notna().all() else s.astype("Int64")  # missing stays ""
        elif col.dtype == "float":
            out[col.name] = s.astype("float64")
        elif col.allowed == TRUE_FALSE:
            out[col.name] = s.map({True: "true", False: "false"}).astype(object)
        else:
            out[col.name] = s.astype(object).where(s.notna(), "").astype(object)
    return out


def typed_corpus(corpus):
    """A Corpus of written tables -> the same Corpus type with typed tables."""
    return type(corpus)(**{name: typed(df, name) for name, df in corpus.tables().items()})


def written_corpus(corpus):
    return type(corpus)(**{name: written(df, name) for name, df in corpus.tables().items()})


def _as_written(value):
    if isinstance(value, pd.DataFrame):
        return written(value)
    if hasattr(value, "tables") and any(TABLE in df.attrs for df in value.tables().values()):
        return written_corpus(value)
    return value


def reads_written(function):
    """Let a function written for the CSV form take typed tables too (a Corpus or tables as its
    positional arguments)."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*map(_as_written, args), **kwargs)
    return wrapper
