"""The driver: a corpus folder -> the six tables (read -> extract -> tables)."""
from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
import os
import sys
import traceback
from pathlib import Path
from typing import Iterator

from .cache import default_dir, key as cache_key, load, open_folder, store
from .extract import Extraction, extract, forget_sentences
from .read import read_article
from .tables import Corpus, build_tables


# benchmarks only: forget what earlier articles' sentences gave (see extract.forget_sentences)
COLD = os.environ.get("AZDATA_COLD") == "1"


class CorpusError(Exception):
    """The corpus cannot be read at all (missing or empty folder)."""


def article_files(corpus: Path) -> list[Path]:
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    if not corpus.is_dir():
        raise CorpusError(f"{corpus} is not a folder")
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(f"corpus folder {corpus} holds no *.txt articles")
    return files


def process_file(path: Path, corpus: Path, cache: Path | None = None) -> Extraction:
    """One file -> its extraction, from ``cache`` (a folder of cache.open_folder) when the same
    bytes at the same path were extracted before; whatever goes wrong stays with that article."""
    if cache is None:
        return _extract_file(path, corpus)
    try:
        data = path.read_bytes()
    except OSError:
        return _extract_file(path, corpus)  # the reader words the problem
    entry = cache_key(path.relative_to(corpus).as_posix(), data)
    found = load(cache, entry)
    if isinstance(found, Extraction):
        return found
    extraction = _extract_file(path, corpus, data)
    store(cache, entry, extraction)
    return extraction


def _extract_file(path: Path, corpus: Path, data: bytes | None = None) -> Extraction:
    if COLD:
        forget_sentences()
    art = read_article(path, corpus, data)
    if art.fatal:
        return Extraction(art, [], [], [], [])
    try:
        return extract(art)
    except Exception as exc:  # one broken article never stops the rest
        where = traceback.extract_tb(exc.__traceback__)[-1]
        art.problems.append(f"extraction failed ({type(exc).__name__}: {exc} at {Path(where.filename).name}:{where.lineno}); "
                            "the article is listed without facts")
        art.fatal = True
        return Extraction(art, [], [], [], [])


def run(corpus: Path | str, jobs: int = 1, progress: bool | None = None,
        cache: Path | None = None) -> tuple[Corpus, list[Path]]:
    """Extract every article of a folder; ``jobs`` worker processes give the same tables as one.

    With ``cache`` (a folder such as cache.default_dir()), extractions are kept there and
    unchanged files are not read again on the next run; the tables are the same either way.
    The benchmarks' cold runs (AZDATA_COLD=1) never use it."""
    corpus = Path(corpus)
    files = article_files(corpus)
    show = progress if progress is not None else (sys.stderr.isatty() and len(files) > PROGRESS_FROM)
    folder = open_folder(cache) if cache is not None and not COLD else None
    process = functools.partial(process_file, corpus=corpus, cache=folder)
    # what is extracted stays until the tables are built and holds no reference cycles: the cyclic
    # garbage collector would only walk the growing heap again and again (5 % of a 10,000-article run)
    gc.disable()
    try:
        if jobs > 1 and len(files) > 1:
            # the first article is read here, so that the workers start with every pattern compiled
            first = process(files[0])
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                work = pool.imap(process, files[1:], chunksize=64)
                extractions = list(_progress(itertools.chain([first], work), len(files), show))
        else:
            extractions = list(_progress(map(process, files), len(files), show))
    finally:
        gc.enable()
    mark_duplicates(extractions)
    return build_tables(extractions), files


PROGRESS_FROM = 300  # smaller runs finish before a bar would be worth reading


def _progress(items: Iterator[Extraction], total: int, show: bool) -> Iterator[Extraction]:
    """A one-line progress bar on stderr, only on a terminal."""
    for n, item in enumerate(items, 1):
        if show and (n % 50 == 0 or n == total):
            filled = int(30 * n / total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {n}/{total} articles")
            if n == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        yield item


def mark_duplicates(extractions: list[Extraction]) -> None:
    """An exact copy of an earlier file keeps its articles row but adds no facts a second time."""
    first: dict[str, str] = {}
    for x in sorted(extractions, key=lambda x: x.article.source_file):
        text = x.article.text.strip()
        if not text:
            continue
        if text in first:
            x.article.problems.append(f"exact duplicate of {first[text]}; its facts are counted once")
            x.people.clear()
            x.events.clear()
            x.statistics.clear()
            x.milestones.clear()
        else:
            first[text] = x.article.source_file


def load_corpus(path: Path | str = "seeds", use_cache: bool = True) -> Corpus:
    """The six tables of a folder of articles (``seeds/`` by default). Each notebook loads the
    corpus afresh; the extraction cache (see azdata/cache.py) spares all but the first from
    reading every article again."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        from .config import ROOT
        path = ROOT / path
    return run(path, cache=default_dir() if use_cache else None)[0]
