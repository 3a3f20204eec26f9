"""One run's results on disk: the six tables written as one set, and the one-line summary of
what was read.  The command line (cli.py) and the build (build.py) both use these; neither
imports the other."""
from __future__ import annotations

from pathlib import Path

NAMED = 5  # articles the summary names for each status; articles.csv lists them all


class CLIError(Exception):
    """Stops the command with one line on stderr and a non-zero exit."""


def write_tables(corpus_dir: Path, out: Path, jobs: int = 1, cache: Path | None = None) -> str:
    """Extract a folder and write one CSV per table; returns the one-line summary."""
    from .pipeline import run

    tables, _ = run(corpus_dir, jobs=jobs, cache=cache)
    save_tables(tables, out)
    return summary_line(tables, corpus_dir, out)


def table_files(tables) -> dict[str, bytes]:
    """One UTF-8 CSV per table, by file name."""
    return {f"{name}.csv": df.to_csv(index=False, lineterminator="\n").encode("utf-8")
            for name, df in tables.tables().items()}


def save_tables(tables, out: Path, extra: dict[str, bytes] | None = None) -> None:
    """The tables (and ``extra`` files) into ``out`` as one set: a run that is killed or fails
    while writing leaves the previous complete set (see publish.py); tables that fail their
    schema (or point at rows the set lacks) are not written at all."""
    from .publish import write_set
    from .schema import SchemaError, validate, validate_keys

    try:  # a set whose tables break their declaration or point at rows it lacks is never published
        for name, df in tables.tables().items():
            validate(df, name)
        validate_keys(tables.tables())
    except SchemaError as exc:
        raise CLIError(f"tables not written to {out}: {exc}") from exc
    try:
        write_set(out, {**table_files(tables), **(extra or {})})
    except OSError as exc:
        raise CLIError(f"cannot write tables to {out}: {exc.strerror or exc}") from exc


def summary_line(tables, corpus_dir: Path, out: Path) -> str:
    status = tables.articles.status.value_counts()
    from .pipeline import SUFFIXES

    others = sum(1 for p in corpus_dir.rglob("*") if p.is_file() and not p.name.lower().endswith(SUFFIXES)
                 and p.name != "corrections.csv")
    line = (f"{len(tables.articles)} articles read ({status.get('ok', 0)} ok, "
            f"{status.get('warning', 0)} with warnings, "
            f"{status.get('error', 0)} with errors); {len(tables.events)} events, {len(tables.people)} people, "
            f"{len(tables.statistics)} statistics, {len(tables.milestones)} milestones -> {out}")
    if others:
        line += f"; {others} other file{'s' if others > 1 else ''} ignored"
    if len(tables.corrections):
        done = tables.corrections.status.value_counts()
        line += (f"\n  corrections: {done.get('applied', 0)} applied, {done.get('stale', 0)} stale, "
                 f"{done.get('error', 0)} with errors (each in {out / 'corrections.csv'})")
        for r in tables.corrections[tables.corrections.status != "applied"].itertuples():
            line += f"\n    {r.status}: line {r.line}: {r.message}"
    for status_name, label in (("error", "errors"), ("warning", "warnings")):
        named = tables.articles.loc[tables.articles.status == status_name, "source_file"].tolist()
        if named:
            more = f" and {len(named) - NAMED} more" if len(named) > NAMED else ""
            line += (f"\n  with {label}: {', '.join(named[:NAMED])}{more} "
                     f"(status and problems in {out / 'articles.csv'})")
    return line
