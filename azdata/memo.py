"""Per-sentence memos: what a stage computes for one sentence, kept for the other stages that ask
about the same sentence.

A stage decorates such a function with ``per_sentence(maxsize)``: an ``lru_cache`` bounded by
``maxsize``, so memory stays bounded however many articles a process reads, and never needs
emptying.  Each memo also joins one list that ``forget_sentences`` empties: only the benchmarks'
cold runs (AZDATA_COLD=1, see pipeline.py and benchmarks/bench.py) call it, to measure what an
archive of distinct articles costs.  No stage empties another's memos.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)

_MEMOS: list = []  # every per-sentence memo of the package, in the order the modules were imported


def per_sentence(maxsize: int) -> Callable[[F], F]:
    """``lru_cache(maxsize=maxsize)`` that ``forget_sentences`` can also empty."""
    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(cached)
        return cached
    return wrap


def forget_sentences() -> None:
    """Empty every per-sentence memo. Within an article they save re-reading a sentence for each
    stage; across articles they only help where sentences repeat. The benchmark builds its
    corpora by copying articles, so it empties them after each article (AZDATA_COLD=1)."""
    for cached in _MEMOS:
        cached.cache_clear()
