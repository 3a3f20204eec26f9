"""Writing a run's output files as one set: all of the new ones, or all of the old ones.

Every file is first written whole into a staging folder inside the output folder (so that the
final moves stay on one file system), flushed to disk, and a list of the set is written last.
Only then are the files moved into place, each with an atomic rename. A run killed or failing
before the list exists leaves the previous set untouched; one killed during the moves leaves a
complete list, and the next run finishes those moves before it writes anything.
"""
from __future__ import annotations

import os
from pathlib import Path

STAGING = ".azdata-staging"
COMPLETE = "COMPLETE"  # the set's file names, one a line: written after every file of the set


def write_set(out: Path, files: dict[str, bytes]) -> None:
    """Put ``files`` (name -> content) into ``out`` together; raises OSError, the old set intact."""
    out.mkdir(parents=True, exist_ok=True)
    recover(out)
    staging = out / STAGING
    staging.mkdir()
    try:
        for name, content in files.items():
            _write_synced(staging / name, content)
        _write_synced(staging / COMPLETE, "".join(f"{name}\n" for name in files).encode())
    except BaseException:
        _discard(staging, files)
        raise
    recover(out)


def recover(out: Path) -> None:
    """Finish the moves of a complete staged set, or drop an incomplete one."""
    staging = out / STAGING
    if not staging.is_dir():
        return
    try:
        names = (staging / COMPLETE).read_text(encoding="utf-8").splitlines()
    except OSError:
        names = None
    if names is None:
        _discard(staging, {p.name: b"" for p in staging.iterdir()})
        return
    for name in names:
        if (staging / name).exists():
            os.replace(staging / name, out / name)
    _fsync_folder(out)
    (staging / COMPLETE).unlink()
    staging.rmdir()


def _write_synced(path: Path, content: bytes) -> None:
    with open(path, "wb") as f:
        f.write(content)
        f.flush()
        os.fsync(f.fileno())


def _discard(staging: Path, names) -> None:
    """Remove what this module staged (only names it writes), then the staging folder if empty."""
    for name in list(names) + [COMPLETE]:
        try:
            (staging / name).unlink()
        except OSError:
            pass
    try:
        staging.rmdir()
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
