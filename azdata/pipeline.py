"""The driver: a corpus folder -> the six tables (read -> extract -> tables)."""
from __future__ import annotations

import traceback
from pathlib import Path

from .extract import Extraction, extract
from .read import Article, read_article
from .tables import Corpus, build_tables


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


def process_file(path: Path, corpus: Path) -> Extraction:
    """One file -> its extraction; whatever goes wrong stays with that article."""
    art = read_article(path, corpus)
    if art.fatal:
        return Extraction(art, [], [], [], [])
    try:
        return extract(art)
    except Exception as exc:  # one broken article never stops the rest
        art.problems.append(f"extraction failed ({type(exc).__name__}: {exc}); the article is listed without facts")
        art.fatal = True
        art.debug = traceback.format_exc()
        return Extraction(art, [], [], [], [])


def run(corpus: Path | str) -> tuple[Corpus, list[Path]]:
    corpus = Path(corpus)
    files = article_files(corpus)
    extractions = [process_file(p, corpus) for p in files]
    mark_duplicates(extractions)
    return build_tables(extractions), files


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


def load_corpus(path: Path | str = "seeds") -> Corpus:
    """The six tables of a folder of articles (``seeds/`` by default)."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        from .config import ROOT
        path = ROOT / path
    return run(path)[0]
