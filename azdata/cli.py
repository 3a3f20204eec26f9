"""Command line: ``azdata`` (or ``python -m azdata``) with one subcommand."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import config
from .runs import CLIError, save_tables, summary_line, table_files, write_tables  # noqa: F401 (re-exported)


def folder_argument(value: str, option: str) -> Path:
    """A folder named on the command line; an empty name can only be a mistake (it would mean
    the current folder)."""
    if not value.strip():
        raise CLIError(f"{option} is empty; name a folder")
    return Path(value)


def project_folder(value: str | None, option: str, which: str) -> Path:
    """A folder option, or the project's own folder of that kind when the option is left out."""
    if value is not None:
        return folder_argument(value, option)
    project = config.find_project()
    if project is None:
        raise CLIError(f"no azdata project here (a folder with seeds/ and notebooks/): give {option}, "
                       "or make one with: azdata init DIR")
    return getattr(project, which)


def jobs_argument(jobs: int) -> int:
    if jobs < 1:
        raise CLIError("--jobs must be at least 1")
    return jobs


def cmd_tables(args) -> None:
    from .cache import default_dir

    corpus, out = project_folder(args.corpus, "--corpus", "seeds"), project_folder(args.out, "--out", "data")
    print(write_tables(corpus, out, jobs_argument(args.jobs), None if args.no_cache else default_dir()))


def cmd_evaluate(args) -> None:
    from .evaluate import GoldError, error_lines, report, require_shared, score
    from .pipeline import article_files, run

    corpus, gold = project_folder(args.corpus, "--corpus", "seeds"), folder_argument(args.gold, "--gold")
    if not gold.is_dir():
        raise CLIError(f"gold folder {gold} {'is not a folder' if gold.exists() else 'does not exist'}")
    try:  # before extracting: gold of another corpus would score every extracted row as spurious
        require_shared(gold, {p.stem for p in article_files(corpus)}, str(corpus))
    except GoldError as exc:
        raise CLIError(str(exc)) from None
    from .corrections import FILE_NAME

    tables, _ = run(corpus)
    corrected = (corpus / FILE_NAME).is_file()
    if corrected:  # the analyst's corrections of a folder also measure the extractor on it
        print("extraction alone (before corrections.csv):")
        print(report(score(run(corpus, corrections=False)[0], gold)))
        print(f"\nafter corrections.csv ({(tables.corrections.status == 'applied').sum()} applied):")
    print(report(score(tables, gold)))
    if args.show_errors:
        for line in error_lines(tables, gold):
            print(line)


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


def cmd_check_resources(args) -> None:
    """The problems of the data files (azdata/resources/, or --folder): one a line, or none."""
    from .resources import check

    problems = check(folder_argument(args.folder, "--folder") if args.folder is not None else None)
    for problem in problems:
        print(problem)
    if problems:
        raise CLIError(f"{len(problems)} problem{'s' if len(problems) > 1 else ''} in the data files")
    print("the data files are consistent")


def cmd_build(args) -> None:
    from .build import build

    corpus = folder_argument(args.corpus, "--corpus") if args.corpus is not None else None
    out = folder_argument(args.out, "--out") if args.out is not None else None
    build(corpus, out, jobs=jobs_argument(args.jobs), use_cache=not args.no_cache)


def cmd_init(args) -> None:
    """Lay out a project folder: the starting articles, the notebooks, empty data/ and figures/."""
    import shutil

    target = folder_argument(args.folder, "FOLDER")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CLIError(f"{target} exists and is not an empty folder; name a new one")
    notebooks, seeds = config.starting_material()
    if not any(notebooks.glob("*.ipynb")):
        raise CLIError(f"the notebooks are not installed ({notebooks}); reinstall azdata")
    for name in ("seeds", "notebooks", "data", "figures"):
        (target / name).mkdir(parents=True, exist_ok=True)
    for path in sorted(seeds.glob("*.txt")):
        shutil.copy(path, target / "seeds" / path.name)
    for path in sorted(notebooks.iterdir()):
        if path.suffix in (".ipynb", ".cfg"):
            shutil.copy(path, target / "notebooks" / path.name)
    print(f"azdata project in {target}: seeds/ (the starting articles: add yours), notebooks/, data/, figures/\n"
          f"next: cd {target} && azdata build")


DESCRIPTION = """News pages about Azerbaijan-NATO relations in; sourced tables and charts out.
Start with "azdata build" in a project folder (or "azdata init DIR" to make one);
"azdata COMMAND --help" lists a command's options."""
CORPUS_HELP = "folder of articles (*.txt, *.html, *.htm; sub-folders too); default: the project's seeds/"
JOBS_HELP = "worker processes, at most one per file and CPU (the output is identical)"
NO_CACHE_HELP = ("extract every file again; by default unchanged files are read from the cache "
                 "($AZDATA_CACHE, else ~/.cache/azdata; the output is identical)")


def parser() -> argparse.ArgumentParser:
    from . import __version__

    top = argparse.ArgumentParser(prog="azdata", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"azdata {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("build", help="tables, then every notebook (figures)",
                       description="Tables for the project's seeds/ into data/, timeline.json, then every notebook "
                                   "executed in place (which draws figures/). With --corpus and --out, the same for "
                                   "another folder, written under --out; the project's files are untouched.")
    p.add_argument("--corpus", default=None, help="another folder of articles (needs --out)")
    p.add_argument("--out", default=None, help="write data/, notebooks/ and figures/ here")
    p.add_argument("--jobs", type=int, default=1, help=JOBS_HELP)
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("tables", help="extract a folder of articles into six CSV tables",
                       description="Extract a folder of articles into the six CSV tables (written as one set).")
    p.add_argument("--corpus", default=None, help=CORPUS_HELP)
    p.add_argument("--out", default=None, help="folder for the CSV files; default: the project's data/")
    p.add_argument("--jobs", type=int, default=1, help=JOBS_HELP)
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    p.set_defaults(func=cmd_tables)
    p = sub.add_parser("evaluate", help="score the extractor against gold JSON files",
                       description="Extract a folder and print precision, recall and F1 per facet against gold "
                                   "files <article_id>.json (format: docs/SPEC.md).")
    p.add_argument("--corpus", default=None, help=CORPUS_HELP)
    p.add_argument("--gold", required=True, help="folder of <article_id>.json gold files for the corpus")
    p.add_argument("--show-errors", action="store_true",
                   help="list every missed (-) and spurious (+) key, each with its evidence sentence "
                   "(the extracted row's; the gold record's where it gives one)")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("text", help="print the text an article's offsets point into",
                       description="Print the text that char_start/char_end of an article's rows point into: a "
                                   ".txt file decoded, or the story text read out of a saved page.")
    p.add_argument("file", help="an article file (.txt, .html, .htm)")
    p.set_defaults(func=cmd_text)
    p = sub.add_parser("dictionary", help="print the data dictionary of the six tables (Markdown)",
                       description="Print every table's columns, types, meanings and allowed values (Markdown).")
    p.set_defaults(func=cmd_dictionary)
    p = sub.add_parser("check-resources", help="check the data files the extractor reads",
                       description="Check every data file of azdata/resources/ (ranks, countries, event types, ...): "
                                   "header, required cells, unique keys, references between files. Prints each "
                                   "problem as file, line and what is wrong; exits non-zero if there is one.")
    p.add_argument("--folder", default=None, help="a copy of the resources folder to check instead")
    p.set_defaults(func=cmd_check_resources)
    p = sub.add_parser("init", help="lay out a new project folder",
                       description="Make a project folder: seeds/ with the starting articles, the notebooks, "
                                   "data/ and figures/; then run azdata build inside it.")
    p.add_argument("folder", help="a new or empty folder")
    p.set_defaults(func=cmd_init)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .pipeline import CorpusError
    from .schema import SchemaError

    try:
        args.func(args)
        sys.stdout.flush()
    except (CLIError, CorpusError, SchemaError) as exc:
        print(f"azdata: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (| head): end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 0
