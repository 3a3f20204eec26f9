"""Extractions kept on disk between runs of ``python -m azdata tables``.

An analyst re-runs the tables each time a few articles join an archive of thousands; only the
new or changed files need reading again. The cache keeps to a folder of its own,
``<base>/extractions/`` (``<base>`` is ``$AZDATA_CACHE``, else ``$XDG_CACHE_HOME/azdata`` or
``~/.cache/azdata``), created private (mode 0700) and tagged with a ``CACHEDIR.TAG``; inside it,
one folder per fingerprint of everything an extraction depends on besides the article (azdata's
code and data files, the versions of Python and of the libraries that read dates and countries).
Only folders that carry the cache's own marker are ever pruned, so pointing ``$AZDATA_CACHE`` at
a folder that holds anything else costs nothing of it.

Entries are JSON, decoded into a fixed set of record types: loading one never runs code. Each
entry carries its own key (the file's path in the corpus and the SHA-256 of its bytes), checked on
load, and the day from which its reading goes stale (a header date still in the future); a
mismatch, a stale or a damaged entry is a miss, never another article's facts. A cache that
cannot be read or written is only slower.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import resources
from .dates import DateMention
from .extract import Event, Extraction, Milestone, Statistic
from .people import Person
from .read import Article, Sentence

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("dateparser", "pycountry", "trafilatura", "htmldate", "justext", "lxml")
KEEP_VERSIONS = 3          # fingerprint folders kept; older ones (of the cache's own) are deleted
OWN_FOLDER = "extractions"
MARKER = ".azdata-extractions"  # in every fingerprint folder the cache made: only those are pruned
FORMAT = 1                 # the entry layout; a change of it is a change of the code, hence of the fingerprint
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This folder holds azdata's extraction cache; it can be deleted at any time.\n")
RECORDS = {cls.__name__: cls
           for cls in (Extraction, Article, Sentence, Person, Event, Statistic, Milestone, DateMention)}


def default_dir() -> Path | None:
    """``$AZDATA_CACHE`` (``off`` for none), else ``$XDG_CACHE_HOME/azdata`` or ``~/.cache/azdata``."""
    where = os.environ.get("AZDATA_CACHE")
    if where is not None:
        return None if where.strip().lower() in ("", "0", "off", "no") else Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "azdata"


def fingerprint(package: Path = PACKAGE) -> str:
    """What, besides an article's own bytes and path, decides its extraction."""
    return _fingerprint(package)


@lru_cache(maxsize=4)
def _fingerprint(package: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    # the data files this package reads: its own, or (for the running one) AZDATA_RESOURCES' copy
    data = resources.RESOURCE_DIR if package == PACKAGE else package / "resources"
    for path in sorted(data.rglob("*")):
        if path.is_file():
            h.update(b"resources/" + path.relative_to(data).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        h.update(f"{library}={version}\0".encode())
    h.update(f"{sys.version}\0".encode())
    return h.hexdigest()[:24]


def open_folder(base: Path) -> Path | None:
    """This fingerprint's folder under ``base/extractions``, created private; None when the cache
    cannot be used (it cannot be created, or it belongs to someone else or others may write to it:
    an entry planted there would put words into the tables)."""
    home = base / OWN_FOLDER
    folder = home / fingerprint()
    try:
        for path in (base, home, folder):
            if not path.is_dir():
                path.mkdir(mode=0o700)
        if not _private(home) or not _private(folder):
            print(f"azdata: the cache folder {home} is not private to you; running without the cache", file=sys.stderr)
            return None
        tag = home / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(CACHEDIR_TAG, encoding="ascii")
        (folder / MARKER).touch()
        os.utime(folder)  # "last used": what pruning goes by
        _prune(home, keep=folder)
    except OSError:
        return None
    return folder


def _private(path: Path) -> bool:
    """Owned by this user and closed to others; a folder of ours left open (umask 002) is closed."""
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    if info.st_mode & 0o077:
        os.chmod(path, 0o700)
    return True


def _prune(home: Path, keep: Path) -> None:
    """Delete all but the KEEP_VERSIONS most recently used fingerprint folders that the cache made
    itself (they carry MARKER): each code change starts a new one, and an archive's entries take
    tens of megabytes. Nothing else under ``home`` is touched."""
    own = [p for p in home.iterdir()
           if p != keep and not p.is_symlink() and p.is_dir() and (p / MARKER).is_file()]
    own.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for old in own[KEEP_VERSIONS - 1:]:
        shutil.rmtree(old, ignore_errors=True)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key(source_file: str, data: bytes) -> str:
    """The entry's file name: the file's path in the corpus and its bytes."""
    return _entry_name(source_file, content_hash(data))


def _entry_name(source_file: str, digest: str) -> str:
    return hashlib.sha256(f"{source_file}\0{digest}".encode()).hexdigest()


def load(folder: Path, source_file: str, data: bytes, today: dt.date | None = None) -> Extraction | None:
    """The extraction stored for these bytes at this path, or None: absent, damaged, written for
    another file, or stale (it read a date that was in the future and no longer is)."""
    digest = content_hash(data)  # the file's bytes are hashed once: they name the entry and are checked in it
    try:
        entry = json.loads((folder / f"{_entry_name(source_file, digest)}.json").read_bytes())
        if (entry.get("format") != FORMAT or entry.get("source_file") != source_file
                or entry.get("sha256") != digest):
            return None
        stale_from = entry.get("stale_from")
        if stale_from and (today or dt.date.today()) >= dt.date.fromisoformat(stale_from):
            return None
        found = decode(entry["extraction"])
    except Exception:  # any unreadable or foreign entry is only a miss
        return None
    return found if isinstance(found, Extraction) else None


def store(folder: Path, source_file: str, data: bytes, extraction: Extraction) -> None:
    """Write atomically, so that a run stopped half-way or a second process never leaves half an entry."""
    digest = content_hash(data)
    path = folder / f"{_entry_name(source_file, digest)}.json"
    part = path.with_name(f"{path.stem}.{os.getpid()}.part")
    stale_from = extraction.article.stale_from
    entry = {"format": FORMAT, "source_file": source_file, "sha256": digest,
             "stale_from": stale_from.isoformat() if stale_from else None, "extraction": encode(extraction)}
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode())
        os.replace(part, path)
    except Exception:  # a full disk or a read-only folder: the run goes on without this entry
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass


# ------------------------------------------------------------ records <-> JSON
# Plain JSON values stand for themselves; anything else is a one-key object naming its kind, so
# that decoding builds only the record types above and the few containers they use.

def encode(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted(encode(v) for v in value)}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if dataclasses.is_dataclass(value) and type(value).__name__ in RECORDS:
        return {type(value).__name__: {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise TypeError(f"the cache cannot store a {type(value).__name__}")


def decode(value):
    if not isinstance(value, (dict, list)):
        return value
    if isinstance(value, list):
        return [decode(v) for v in value]
    (kind, inner), = value.items()
    if kind == "tuple":
        return tuple(decode(v) for v in inner)
    if kind == "set":
        return {decode(v) for v in inner}
    if kind == "date":
        return dt.date.fromisoformat(inner)
    cls = RECORDS[kind]
    names = [f.name for f in dataclasses.fields(cls)]
    if sorted(names) != sorted(inner):
        raise ValueError(f"{kind}: fields differ")
    record = object.__new__(cls)  # frozen records too: the fields are set as they were stored
    record.__dict__.update({name: decode(inner[name]) for name in names})
    return record
