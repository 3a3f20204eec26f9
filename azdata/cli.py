"""Command line: ``python -m azdata tables | evaluate | build``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config


class CLIError(Exception):
    """Stops the command with one line on stderr and a non-zero exit."""


def write_tables(corpus_dir: Path, out: Path, jobs: int = 1, cache: Path | None = None) -> str:
    """Extract a folder and write one CSV per table; returns the one-line summary."""
    from .pipeline import run

    tables, files = run(corpus_dir, jobs=jobs, cache=cache)
    save_tables(tables, out)
    return summary_line(tables, corpus_dir, out)


def table_files(tables) -> dict[str, bytes]:
    """One UTF-8 CSV per table, by file name."""
    return {f"{name}.csv": df.to_csv(index=False, lineterminator="\n").encode("utf-8")
            for name, df in tables.tables().items()}


def save_tables(tables, out: Path, extra: dict[str, bytes] | None = None) -> None:
    """The tables (and ``extra`` files) into ``out`` as one set: a run that is killed or fails
    while writing leaves the previous complete set (see publish.py)."""
    from .publish import write_set

    try:
        write_set(out, {**table_files(tables), **(extra or {})})
    except OSError as exc:
        raise CLIError(f"cannot write tables to {out}: {exc.strerror or exc}") from exc


def folder_argument(value: str, option: str) -> Path:
    """A folder named on the command line; an empty name can only be a mistake (it would mean
    the current folder)."""
    if not value.strip():
        raise CLIError(f"{option} is empty; name a folder")
    return Path(value)


def summary_line(tables, corpus_dir: Path, out: Path) -> str:
    status = tables.articles.status.value_counts()
    from .pipeline import SUFFIXES

    others = sum(1 for p in corpus_dir.rglob("*") if p.is_file() and not p.name.lower().endswith(SUFFIXES)
                 and p.name != "corrections.csv")
    line = (f"{len(tables.articles)} articles read ({status.get('ok', 0)} ok, {status.get('warning', 0)} with warnings, "
            f"{status.get('error', 0)} with errors); {len(tables.events)} events, {len(tables.people)} people, "
            f"{len(tables.statistics)} statistics, {len(tables.milestones)} milestones -> {out}")
    if others:
        line += f"; {others} other file{'s' if others > 1 else ''} ignored"
    return line


def cmd_tables(args) -> None:
    if args.jobs < 1:
        raise CLIError("--jobs must be at least 1")
    from .cache import default_dir

    corpus, out = folder_argument(args.corpus, "--corpus"), folder_argument(args.out, "--out")
    print(write_tables(corpus, out, args.jobs, None if args.no_cache else default_dir()))


def cmd_evaluate(args) -> None:
    from .evaluate import differences, report, score
    from .pipeline import run

    from .pipeline import article_files

    corpus, gold = folder_argument(args.corpus, "--corpus"), folder_argument(args.gold, "--gold")
    if not gold.is_dir():
        raise CLIError(f"gold folder {gold} {'is not a folder' if gold.exists() else 'does not exist'}")
    stems = {p.stem for p in article_files(corpus)}
    if not any(p.stem in stems for p in gold.glob("*.json")):
        raise CLIError(f"gold folder {gold} holds no <article_id>.json for any article of {corpus}")
    tables, _ = run(corpus)
    print(report(score(tables, gold)))
    if args.show_errors:
        for facet, (extra, missing) in differences(tables, gold).items():
            for key in sorted(extra, key=str):
                print(f"  + {facet} {key}")
            for key in sorted(missing, key=str):
                print(f"  - {facet} {key}")


def cmd_text(args) -> None:
    """The text an article's offsets (char_start, char_end) point into: for a .txt file its
    decoded text, for a saved page the story text read out of it."""
    from .pipeline import FileProblem, read_entry
    from .read import read_article

    path = Path(args.file)
    try:
        data = read_entry(path, path.parent)
    except FileProblem as problem:
        raise CLIError(f"{path}: {problem}") from None
    sys.stdout.write(read_article(path, path.parent, data).text)


def cmd_dictionary(args) -> None:
    from .schema import data_dictionary

    print(data_dictionary())


def cmd_build(args) -> None:
    from .build import build

    corpus = folder_argument(args.corpus, "--corpus") if args.corpus is not None else None
    out = folder_argument(args.out, "--out") if args.out is not None else None
    build(corpus, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m azdata", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("tables", help="extract a folder of articles into six CSV tables")
    p.add_argument("--corpus", default=str(config.SEEDS))
    p.add_argument("--out", default=str(config.DATA))
    p.add_argument("--jobs", type=int, default=1, help="worker processes (output is identical)")
    p.add_argument("--no-cache", action="store_true",
                   help="extract every file again; by default unchanged files are read from the cache "
                        "($AZDATA_CACHE, else ~/.cache/azdata; output is identical)")
    p.set_defaults(func=cmd_tables)
    p = sub.add_parser("evaluate", help="score the extractor against gold JSON files")
    p.add_argument("--corpus", default=str(config.SEEDS))
    p.add_argument("--gold", required=True)
    p.add_argument("--show-errors", action="store_true", help="list every missed and spurious key")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("text", help="print the text an article's offsets point into (the story of a saved page)")
    p.add_argument("file")
    p.set_defaults(func=cmd_text)
    p = sub.add_parser("dictionary", help="print the data dictionary of the six tables (Markdown)")
    p.set_defaults(func=cmd_dictionary)
    p = sub.add_parser("build", help="tables for seeds/ into data/, then run every notebook (writes figures/)")
    p.add_argument("--corpus", default=None, help="another folder of articles (needs --out)")
    p.add_argument("--out", default=None, help="write data/, notebooks/ and figures/ here; committed files untouched")
    p.set_defaults(func=cmd_build)
    args = parser.parse_args(argv)
    from .pipeline import CorpusError

    try:
        args.func(args)
    except (CLIError, CorpusError) as exc:
        print(f"azdata: {exc}", file=sys.stderr)
        return 2
    return 0
