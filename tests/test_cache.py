"""The extraction cache: the same tables with it or without it, and no stale entry ever used."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from azdata import cache, pipeline
from azdata.cli import write_tables
from azdata.extract import Extraction

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev-corpus"


def _csvs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def _no_extraction(monkeypatch):
    """From here on, a file that is not found in the cache fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("extracted again although the cache holds it")
    monkeypatch.setattr(pipeline, "_extract_file", refuse)


def _entries(root: Path) -> list[Path]:
    return sorted(root.glob("*/*.pickle"))


def test_tables_from_the_cache_are_byte_identical(tmp_path, monkeypatch):
    write_tables(DEV, tmp_path / "plain")
    write_tables(DEV, tmp_path / "filled", cache=tmp_path / "cache")
    assert len(_entries(tmp_path / "cache")) == len(list(DEV.glob("*.txt")))
    _no_extraction(monkeypatch)
    write_tables(DEV, tmp_path / "reused", cache=tmp_path / "cache")
    assert _csvs(tmp_path / "plain") == _csvs(tmp_path / "filled") == _csvs(tmp_path / "reused")


def test_two_jobs_fill_and_read_the_same_cache(tmp_path):
    write_tables(DEV, tmp_path / "plain")
    write_tables(DEV, tmp_path / "filled", jobs=2, cache=tmp_path / "cache")
    assert len(_entries(tmp_path / "cache")) == len(list(DEV.glob("*.txt")))
    write_tables(DEV, tmp_path / "reused", jobs=2, cache=tmp_path / "cache")
    assert _csvs(tmp_path / "plain") == _csvs(tmp_path / "filled") == _csvs(tmp_path / "reused")


def test_a_changed_or_renamed_file_is_extracted_again(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEV, corpus)
    write_tables(corpus, tmp_path / "before", cache=tmp_path / "cache")
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("NATO", "the Alliance"), encoding="utf-8")
    sorted(corpus.glob("*.txt"))[1].rename(corpus / "zz_renamed.txt")
    write_tables(corpus, tmp_path / "cached", cache=tmp_path / "cache")
    write_tables(corpus, tmp_path / "plain")
    assert _csvs(tmp_path / "cached") == _csvs(tmp_path / "plain")
    assert _csvs(tmp_path / "cached") != _csvs(tmp_path / "before")
    assert b"zz_renamed.txt" in _csvs(tmp_path / "cached")["articles.csv"]


def test_broken_entries_are_misses_and_are_replaced(tmp_path):
    write_tables(DEV, tmp_path / "plain")
    write_tables(DEV, tmp_path / "filled", cache=tmp_path / "cache")
    entries = _entries(tmp_path / "cache")
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    entries[1].write_bytes(b"not a pickle")
    entries[2].write_bytes(__import__("pickle").dumps({"an": "other object"}))
    write_tables(DEV, tmp_path / "mended", cache=tmp_path / "cache")
    assert _csvs(tmp_path / "mended") == _csvs(tmp_path / "plain")
    assert all(isinstance(cache.load(p.parent, p.stem), Extraction) for p in entries[:3])


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path):
    root = tmp_path / "cache"
    root.mkdir()
    root.chmod(0o500)
    try:
        write_tables(DEV, tmp_path / "out", cache=root)
    finally:
        root.chmod(0o700)
    write_tables(DEV, tmp_path / "plain")
    assert _csvs(tmp_path / "out") == _csvs(tmp_path / "plain")


def test_a_cache_path_that_is_a_file_only_costs_time(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("in the way")
    write_tables(DEV, tmp_path / "out", cache=blocker)
    write_tables(DEV, tmp_path / "plain")
    assert _csvs(tmp_path / "out") == _csvs(tmp_path / "plain")


def test_entries_that_cannot_be_written_only_cost_time(tmp_path, monkeypatch):
    """A full disk while storing: no entry, no half-written file left, the same tables."""
    def full_disk(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(cache.os, "replace", full_disk)
    write_tables(DEV, tmp_path / "out", cache=tmp_path / "cache")
    write_tables(DEV, tmp_path / "plain")
    assert _csvs(tmp_path / "out") == _csvs(tmp_path / "plain")
    assert [p for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


def test_cold_benchmark_runs_neither_read_nor_write_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "COLD", True)
    write_tables(DEV, tmp_path / "out", cache=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "azdata"
    shutil.copytree(cache.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize("change", [
    lambda pkg: (pkg / "resources" / "ranks.txt").write_text(
        (pkg / "resources" / "ranks.txt").read_text(encoding="utf-8") + "Grand Admiral\n", encoding="utf-8"),
    lambda pkg: (pkg / "extract.py").write_text((pkg / "extract.py").read_text(encoding="utf-8") + "\n# edited\n",
                                                encoding="utf-8"),
    lambda pkg: (pkg / "resources" / "new_list.csv").write_text("a,b\n1,2\n", encoding="utf-8"),
], ids=["a resource line added", "code edited", "a resource file added"])
def test_the_fingerprint_changes_with_code_and_data_files(tmp_path, change):
    package = _package_copy(tmp_path)

    def fresh():  # fingerprint() is kept per process; here the files change under it
        cache._fingerprint.cache_clear()
        return cache.fingerprint(package, dt.date(2026, 1, 1))

    before = fresh()
    assert fresh() == before
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")  # not a source: no change
    assert fresh() == before
    change(package)
    assert fresh() != before


def test_the_fingerprint_changes_with_the_day(tmp_path):
    """read.py flags articles dated after today, so yesterday's entries may be wrong today."""
    package = _package_copy(tmp_path)
    assert cache.fingerprint(package, dt.date(2026, 1, 1)) != cache.fingerprint(package, dt.date(2026, 1, 2))


def test_only_the_most_recently_used_fingerprints_are_kept(tmp_path):
    root = tmp_path / "cache"
    for n, name in enumerate(["old1", "old2", "old3", "old4"]):
        (root / name).mkdir(parents=True)
        os.utime(root / name, (1_000_000 + n, 1_000_000 + n))
    folder = cache.open_folder(root)
    kept = sorted(p.name for p in root.iterdir())
    assert kept == sorted([folder.name, "old4", "old3"])


def test_default_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("AZDATA_CACHE", str(tmp_path / "here"))
    assert cache.default_dir() == tmp_path / "here"
    monkeypatch.setenv("AZDATA_CACHE", "off")
    assert cache.default_dir() is None
    monkeypatch.delenv("AZDATA_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_dir() == tmp_path / "xdg" / "azdata"


def test_command_line_uses_the_cache_unless_told_not_to(tmp_path):
    env = dict(os.environ, AZDATA_CACHE=str(tmp_path / "cache"))
    base = [sys.executable, "-m", "azdata", "tables", "--corpus", str(DEV)]
    subprocess.run(base + ["--out", str(tmp_path / "a"), "--no-cache"], check=True, capture_output=True, env=env,
                   cwd=ROOT)
    assert not (tmp_path / "cache").exists()
    subprocess.run(base + ["--out", str(tmp_path / "b")], check=True, capture_output=True, env=env, cwd=ROOT)
    assert len(_entries(tmp_path / "cache")) == len(list(DEV.glob("*.txt")))
    assert _csvs(tmp_path / "a") == _csvs(tmp_path / "b")


def test_notebooks_load_the_corpus_from_the_cache_the_build_filled(tmp_path, monkeypatch):
    """``build`` extracts once; each notebook's load_corpus then reads the cache ($AZDATA_CACHE)."""
    from azdata import load_corpus

    plain = load_corpus(DEV, use_cache=False)
    write_tables(DEV, tmp_path / "out", cache=cache.default_dir())
    _no_extraction(monkeypatch)
    cached = load_corpus(DEV)
    for name, df in plain.tables().items():
        assert df.equals(getattr(cached, name)), name
    with pytest.raises(AssertionError, match="extracted again"):
        load_corpus(DEV, use_cache=False)
