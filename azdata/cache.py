"""Extractions kept on disk between runs of ``python -m azdata tables``.

An analyst re-runs the tables each time a few articles join an archive of thousands; only the
new or changed files need reading again. An entry is found by the file's bytes and its path in
the corpus, inside a folder named by a fingerprint of everything else an extraction depends on:
azdata's code and data files, the versions of Python and of the libraries it reads dates and
countries with, and today's date (an article dated after today is flagged). When any of them
changes, every entry is missed, never wrong. A cache that cannot be read or written is only
slower: a bad entry is a miss and a failed write is skipped.

The entries are pickles: keep the cache folder as private as the articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import shutil
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("dateparser", "pycountry")
KEEP_VERSIONS = 3  # fingerprint folders kept; older ones are deleted when a new one is opened


def default_dir() -> Path | None:
    """``$AZDATA_CACHE`` (``off`` for none), else ``$XDG_CACHE_HOME/azdata`` or ``~/.cache/azdata``."""
    where = os.environ.get("AZDATA_CACHE")
    if where is not None:
        return None if where.strip().lower() in ("", "0", "off", "no") else Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "azdata"


def fingerprint(package: Path = PACKAGE, today: dt.date | None = None) -> str:
    """What, besides an article's own bytes and path, decides its extraction."""
    return _fingerprint(package, today or dt.date.today())


@lru_cache(maxsize=4)
def _fingerprint(package: Path, today: dt.date) -> str:
    h = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if path.is_file() and (path.suffix == ".py" or rel.parts[0] == "resources"):
            h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        h.update(f"{library}={version}\0".encode())
    h.update(f"{sys.version}\0{today.isoformat()}".encode())
    return h.hexdigest()[:24]


def open_folder(root: Path) -> Path | None:
    """The folder of this fingerprint under ``root``, created; None when it cannot be."""
    folder = root / fingerprint()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.utime(folder)  # "last used": what pruning goes by
        _prune(root, keep=folder)
    except OSError:
        return None
    return folder


def _prune(root: Path, keep: Path) -> None:
    """Delete all but the KEEP_VERSIONS most recently used fingerprint folders: each code change
    or new day starts a new one, and an archive's entries take tens of megabytes."""
    folders = sorted((p for p in root.iterdir() if p.is_dir() and p != keep),
                     key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for old in folders[KEEP_VERSIONS - 1:]:
        shutil.rmtree(old, ignore_errors=True)


def key(source_file: str, data: bytes) -> str:
    return hashlib.sha256(source_file.encode() + b"\0" + data).hexdigest()


def load(folder: Path, entry: str):
    """The extraction stored under ``entry``, or None (absent, truncated, or from another pickle)."""
    try:
        return pickle.loads((folder / f"{entry}.pickle").read_bytes())
    except Exception:  # any unreadable entry is only a miss
        return None


def store(folder: Path, entry: str, extraction) -> None:
    """Write atomically, so that a run stopped half-way or a second process never leaves half an entry."""
    path = folder / f"{entry}.pickle"
    part = path.with_name(f"{entry}.{os.getpid()}.part")
    try:
        part.write_bytes(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, path)
    except Exception:  # a full disk or a read-only folder: the run goes on without this entry
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
