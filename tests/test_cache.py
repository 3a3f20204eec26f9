"""The extraction cache: the same tables with it or without it, no stale or foreign entry ever
used, nothing run from it, and nothing deleted that it did not make."""
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
    return sorted(root.glob(f"{cache.OWN_FOLDER}/*/*.json"))


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


def _filled(tmp_path) -> list[Path]:
    write_tables(DEV, tmp_path / "plain")
    write_tables(DEV, tmp_path / "filled", cache=tmp_path / "cache")
    return _entries(tmp_path / "cache")


def _reused_equals_plain(tmp_path) -> bool:
    write_tables(DEV, tmp_path / "reused", cache=tmp_path / "cache")
    return _csvs(tmp_path / "reused") == _csvs(tmp_path / "plain")


def test_broken_entries_are_misses_and_are_replaced(tmp_path):
    entries = _filled(tmp_path)
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    entries[1].write_bytes(b"not json at all")
    entries[2].write_text('{"format": 1, "an": "other object"}')
    entries[3].write_text('{"format": 1, "source_file": "d04.txt", "sha256": "x", "extraction": {"Os": {}}}')
    assert _reused_equals_plain(tmp_path)
    assert all(b"not json" not in p.read_bytes() for p in entries[:4])  # written again


def test_an_entry_copied_over_another_is_a_miss(tmp_path):
    """Each entry carries the path and the hash of the bytes it was read from."""
    entries = _filled(tmp_path)
    contents = [p.read_bytes() for p in entries]
    for entry, other in zip(entries, contents[1:] + contents[:1]):
        entry.write_bytes(other)
    assert _reused_equals_plain(tmp_path)


def test_an_entry_of_an_earlier_version_of_the_file_is_a_miss(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEV, corpus)
    article = corpus / "d01.txt"
    write_tables(corpus, tmp_path / "first", cache=tmp_path / "cache")
    old = cache.key("d01.txt", article.read_bytes())
    article.write_text(article.read_text(encoding="utf-8").replace("NATO", "the Alliance"), encoding="utf-8")
    folder = next((tmp_path / "cache" / cache.OWN_FOLDER).glob("*/"))
    (folder / f"{cache.key('d01.txt', article.read_bytes())}.json").write_bytes((folder / f"{old}.json").read_bytes())
    write_tables(corpus, tmp_path / "cached", cache=tmp_path / "cache")
    write_tables(corpus, tmp_path / "plain")
    assert _csvs(tmp_path / "cached") == _csvs(tmp_path / "plain")


def test_a_planted_payload_is_never_run(tmp_path):
    """Entries are JSON decoded into known record types: a pickle at an entry's path is only a miss."""
    import pickle

    entries = _filled(tmp_path)
    proof = tmp_path / "payload-ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {proof}",))

    for entry in entries:
        entry.write_bytes(pickle.dumps(Payload()))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(Payload()))
    assert _reused_equals_plain(tmp_path)
    assert not proof.exists()


def test_a_record_type_outside_the_list_is_refused():
    with pytest.raises(KeyError):
        cache.decode({"Popen": {"args": "true"}})
    with pytest.raises(TypeError):
        cache.encode(object())


def test_folders_beside_the_cache_survive(tmp_path):
    """Pointing $AZDATA_CACHE at a folder that holds anything else deletes none of it."""
    base = tmp_path / "home"
    for name in ("azdata", "data", "figures", "notebooks", "seeds", "old1", "old2", "old3"):
        (base / name).mkdir(parents=True)
        (base / name / "keep.txt").write_text("mine")
        os.utime(base / name, (1_000_000, 1_000_000))
    (base / cache.OWN_FOLDER / "not-ours").mkdir(parents=True)
    for _ in range(KEEP := cache.KEEP_VERSIONS + 2):
        cache._fingerprint.cache_clear()
        assert cache.open_folder(base) is not None
    assert sorted(p.name for p in base.iterdir()) == sorted(
        ["azdata", "data", "figures", "notebooks", "seeds", "old1", "old2", "old3", cache.OWN_FOLDER])
    assert all((base / name / "keep.txt").read_text() == "mine" for name in ("azdata", "seeds", "old1"))
    assert (base / cache.OWN_FOLDER / "not-ours").is_dir()
    assert KEEP > cache.KEEP_VERSIONS


def test_the_cache_folder_is_private_and_tagged(tmp_path):
    old = os.umask(0o002)
    try:
        folder = cache.open_folder(tmp_path / "c")
    finally:
        os.umask(old)
    for path in (folder, folder.parent):
        assert path.stat().st_mode & 0o777 == 0o700
    assert (folder.parent / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_a_folder_of_ours_left_open_to_others_is_closed(tmp_path):
    folder = cache.open_folder(tmp_path / "c")
    folder.chmod(0o777)
    folder.parent.chmod(0o777)
    assert cache.open_folder(tmp_path / "c") == folder
    assert folder.stat().st_mode & 0o777 == 0o700 and folder.parent.stat().st_mode & 0o777 == 0o700


def test_a_linked_cache_folder_is_not_used(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / cache.OWN_FOLDER).symlink_to(elsewhere)
    assert cache.open_folder(tmp_path / "c") is None
    assert "not private" in capsys.readouterr().err


def test_an_entry_goes_stale_on_the_day_its_future_date_arrives(tmp_path):
    """A header date ahead of today is ignored; from that day on, the article is read again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ahead = dt.date.today() + dt.timedelta(days=3)
    article = corpus / "a.txt"
    article.write_text(f" date {ahead}\nNATO officials met in Baku on Monday.\n", encoding="utf-8")
    folder = cache.open_folder(tmp_path / "cache")
    extraction = pipeline.process_file(article, corpus, folder)
    assert extraction.article.stale_from == ahead and extraction.article.published is None
    data = article.read_bytes()
    assert isinstance(cache.load(folder, "a.txt", data, today=ahead - dt.timedelta(days=1)), Extraction)
    assert cache.load(folder, "a.txt", data, today=ahead) is None


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
    real_replace = os.replace

    def full_disk(src, dst):
        if str(src).endswith(".part"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)
    monkeypatch.setattr(cache.os, "replace", full_disk)
    write_tables(DEV, tmp_path / "out", cache=tmp_path / "cache")
    write_tables(DEV, tmp_path / "plain")
    assert _csvs(tmp_path / "out") == _csvs(tmp_path / "plain")
    assert _entries(tmp_path / "cache") == [] and not list((tmp_path / "cache").rglob("*.part"))


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
    lambda pkg: (pkg / "extract" / "story.py").write_text(
        (pkg / "extract" / "story.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8"),
    lambda pkg: (pkg / "resources" / "new_list.csv").write_text("a,b\n1,2\n", encoding="utf-8"),
], ids=["a resource line added", "code edited", "a resource file added"])
def test_the_fingerprint_changes_with_code_and_data_files(tmp_path, change):
    package = _package_copy(tmp_path)

    def fresh():  # fingerprint() is kept per process; here the files change under it
        cache._fingerprint.cache_clear()
        return cache.fingerprint(package)

    before = fresh()
    assert fresh() == before
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")  # not a source: no change
    assert fresh() == before
    change(package)
    assert fresh() != before


def test_the_fingerprint_does_not_change_with_the_day(tmp_path):
    """Today's date is not in the key: what depends on it is checked when an entry is loaded."""
    import inspect

    assert list(inspect.signature(cache.fingerprint).parameters) == ["package"]


def test_only_the_most_recently_used_fingerprints_of_the_cache_are_kept(tmp_path):
    home = tmp_path / "cache" / cache.OWN_FOLDER
    for n, name in enumerate(["old1", "old2", "old3", "old4", "foreign"]):
        (home / name).mkdir(parents=True)
        if name != "foreign":
            (home / name / cache.MARKER).touch()
        os.utime(home / name, (1_000_000 + n, 1_000_000 + n))
    folder = cache.open_folder(tmp_path / "cache")
    kept = sorted(p.name for p in home.iterdir() if p.is_dir())
    assert kept == sorted([folder.name, "old4", "old3", "foreign"])


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


def test_the_test_session_never_uses_the_users_cache():
    """conftest.py points $AZDATA_CACHE at a temporary folder for the whole session, before the
    notebooks' kernels start, so a test run leaves the user's cache as it was."""
    import tempfile

    from conftest import SESSION_CACHE

    assert Path(SESSION_CACHE).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert SESSION_CACHE != os.environ.get("AZDATA_USERS_CACHE")


@pytest.mark.parametrize("line", ["{d:%d.%m.%Y} [10:15]", "{d:%d %B %Y} 10:15", "Updated: {d:%d-%b-%Y}"],
                         ids=["dotted", "written out", "updated line"])
def test_a_page_date_ahead_of_today_makes_the_entry_stale_on_that_day(tmp_path, line):
    """Page date lines after today are set aside; that reading holds only until the day comes."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ahead = dt.date.today() + dt.timedelta(days=40)
    article = corpus / "a.txt"
    article.write_text(f"NATO envoy visits Baku\n{line.format(d=ahead)}\n\nNATO officials met in Baku on Monday "
                       "with the Minister of Defense, the ministry said.\n", encoding="utf-8")
    folder = cache.open_folder(tmp_path / "cache")
    extraction = pipeline.process_file(article, corpus, folder)
    assert extraction.article.stale_from is not None and extraction.article.stale_from <= ahead
    assert cache.load(folder, "a.txt", article.read_bytes(), today=ahead) is None
