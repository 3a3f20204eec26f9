"""The driver: a corpus folder -> the six tables (read -> extract -> tables)."""
from __future__ import annotations

import contextlib
import functools
import itertools
import multiprocessing
import os
import signal
import stat
import sys
import threading
import traceback
from pathlib import Path
from typing import Iterator

from . import webpage
from .cache import default_dir, load, open_folder, store
from .corrections import curate
from .extract import Extraction, extract
from .frames import typed_corpus
from .memo import forget_sentences
from .read import Article, read_article
from .tables import Corpus, build_tables

# benchmarks only: forget what earlier articles' sentences gave (see memo.forget_sentences)
COLD = os.environ.get("AZDATA_COLD") == "1"
# seconds one file may take before it is given up as an error row: no article needs more than a
# fraction of this, so reaching it means a pattern is too slow on that text, and the run goes on
FILE_SECONDS = float(os.environ.get("AZDATA_FILE_SECONDS", "60"))
MAX_BYTES = 64 * 2**20  # read no more of a file than this (a news page is a few kilobytes)
SUFFIXES = (".txt", *webpage.SUFFIXES)  # articles: plain text, and saved web pages


class CorpusError(Exception):
    """The corpus cannot be read at all (missing or empty folder)."""


class FileProblem(Exception):
    """A corpus entry that cannot be read as an article; the message is its problem."""


def article_files(corpus: Path) -> list[Path]:
    """Every entry of the corpus whose name ends in ``.txt``, ``.html`` or ``.htm``, whatever it is (a file, a link, a
    FIFO...), sorted; sub-folders are walked, linked folders are not followed."""
    if not str(corpus).strip():
        raise CorpusError("the corpus folder is empty ('')")
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    if not corpus.is_dir():
        raise CorpusError(f"{corpus} is not a folder")
    files = []
    for folder, subfolders, names in os.walk(corpus):
        subfolders.sort()
        here = Path(folder)
        files += [here / n for n in names if n.lower().endswith(SUFFIXES)]
        files += [here / n for n in subfolders if n.lower().endswith(SUFFIXES)]
    files.sort()
    if not files:
        raise CorpusError(f"corpus folder {corpus} holds no articles (*.txt, *.html, *.htm)")
    return files


def article_ids(files: list[Path], corpus: Path) -> dict[Path, str]:
    """The file name without its extension; where two files share one, their paths in the corpus
    (``a/x``, ``b/x``), so that an id names one file and stays the same from run to run."""
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    return {f: f.stem if stems[f.stem] == 1 else f.relative_to(corpus).with_suffix("").as_posix() for f in files}


def read_entry(path: Path, corpus: Path) -> bytes:
    """The bytes of a corpus entry; FileProblem for a link that leaves the corpus, is broken or
    loops, for anything but a regular file, and for a file that cannot be read."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise FileProblem("symbolic link is broken or loops; nothing was read") from None
        if not target.is_relative_to(corpus.resolve()):
            raise FileProblem("symbolic link leads outside the corpus folder; not followed")
    try:  # O_NONBLOCK: opening a FIFO must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise FileProblem(f"could not read file: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "folder" if stat.S_ISDIR(mode) else "FIFO, device or socket"
        raise FileProblem(f"not a regular file (a {kind}); nothing was read")
    with os.fdopen(fd, "rb") as f:
        try:
            return f.read(MAX_BYTES)
        except OSError as exc:
            raise FileProblem(f"could not read file: {exc.strerror or exc}") from None


def process_file(path: Path, corpus: Path, cache: Path | None = None) -> Extraction:
    """One corpus entry -> its extraction, from ``cache`` (a folder of cache.open_folder) when the
    same bytes at the same path were extracted before; whatever goes wrong stays with that entry."""
    source_file = path.relative_to(corpus).as_posix()
    try:
        data = read_entry(path, corpus)
    except FileProblem as problem:
        art = Article(article_id=path.stem, source_file=source_file, problems=[str(problem)], fatal=True)
        return Extraction(art, [], [], [], [])
    if cache is not None:
        found = load(cache, source_file, data)
        if found is not None:
            return found
    extraction = _extract_file(path, corpus, data)
    if cache is not None:
        store(cache, source_file, data, extraction)
    return extraction


def _extract_file(path: Path, corpus: Path, data: bytes) -> Extraction:
    if COLD:
        forget_sentences()
    art = read_article(path, corpus, data)
    if len(data) == MAX_BYTES:
        art.problems.append(f"file is larger than {MAX_BYTES // 2**20} MB; only the start was read")
    if art.fatal:
        return Extraction(art, [], [], [], [])
    try:
        with time_limit(FILE_SECONDS):
            return extract(art)
    except TimeLimit:
        art.problems.append(f"extraction took longer than {FILE_SECONDS:g} s and was stopped; the article is "
                            "listed without facts (please report it: a rule is too slow on this text)")
    except Exception as exc:  # one broken article never stops the rest
        where = traceback.extract_tb(exc.__traceback__)[-1]
        art.problems.append(f"extraction failed ({type(exc).__name__}: {exc} at "
                            f"{Path(where.filename).name}:{where.lineno}); the article is listed without facts")
    art.fatal = True
    return Extraction(art, [], [], [], [])


class TimeLimit(Exception):
    """One file's extraction ran past its budget."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise TimeLimit in the block after ``seconds`` of wall time (a signal, so only in the main
    thread of a Unix process; elsewhere the block runs unbounded)."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def stop(signum, frame):
        raise TimeLimit()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def worker_count(jobs: int, n_files: int) -> int:
    """No more workers than files or processors: more would only cost memory and start-up."""
    return max(1, min(jobs, n_files, os.cpu_count() or 1))


def run(corpus: Path | str, jobs: int = 1, progress: bool | None = None,
        cache: Path | None = None, corrections: bool = True) -> tuple[Corpus, list[Path]]:
    """Extract every article of a folder; ``jobs`` worker processes give the same tables as one.

    With ``cache`` (a folder such as cache.default_dir()), extractions are kept there and
    unchanged files are not read again on the next run; the tables are the same either way.
    The benchmarks' cold runs (AZDATA_COLD=1) never use it. The analyst's ``corrections.csv`` in
    the folder is applied to the tables (see corrections.py) unless ``corrections`` is False."""
    corpus = Path(corpus)
    files = article_files(corpus)
    jobs = worker_count(jobs, len(files))
    show = progress if progress is not None else (sys.stderr.isatty() and len(files) > PROGRESS_FROM)
    folder = open_folder(cache) if cache is not None and not COLD else None
    process = functools.partial(process_file, corpus=corpus, cache=folder)
    if jobs > 1:
        # the first article is read here, so that the workers start with every pattern compiled
        first = process(files[0])
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            work = pool.imap(process, files[1:], chunksize=64)
            extractions = list(_progress(itertools.chain([first], work), len(files), show))
    else:
        extractions = list(_progress(map(process, files), len(files), show))
    ids = article_ids(files, corpus)
    for path, x in zip(files, extractions):
        x.article.article_id = ids[path]
    mark_duplicates(extractions)
    texts = {x.article.article_id: x.article.text for x in extractions}
    return curate(build_tables(extractions), corpus, texts, use_file=corrections), files


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
    """The six tables of a folder of articles (``seeds/`` by default), typed as pandas users expect
    (see frames.py: datetime64 dates, pd.NA for missing values, nullable integers, categories,
    lists). Each notebook loads the corpus afresh; the extraction cache (see azdata/cache.py)
    spares all but the first from reading every article again."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        from .config import ROOT
        path = ROOT / path
    return typed_corpus(run(path, cache=default_dir() if use_cache else None)[0])
