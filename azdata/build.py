"""The main job: tables for a corpus, then every notebook executed (which writes the figures)."""
from __future__ import annotations

from pathlib import Path

from . import config
from .cli import write_tables


def build(corpus: Path | None = None, out: Path | None = None) -> None:
    corpus_dir = corpus or config.SEEDS
    data_dir = (out / "data") if out else config.DATA
    print(write_tables(corpus_dir, data_dir))
