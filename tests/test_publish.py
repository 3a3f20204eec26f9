"""The output set is written whole: a run that dies while writing leaves the previous set."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from azdata import publish
from azdata.cli import CLIError, save_tables, write_tables

DEV = Path(__file__).resolve().parent / "data" / "dev-corpus"
SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
OLD = {"articles.csv": b"old articles\n", "events.csv": b"old events\n", "timeline.json": b"{}\n"}
NEW = {"articles.csv": b"new articles\n" * 1000, "events.csv": b"new events\n", "timeline.json": b"[]\n"}


def _folder(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_a_set_replaces_the_previous_one(tmp_path):
    publish.write_set(tmp_path, OLD)
    publish.write_set(tmp_path, NEW)
    assert _folder(tmp_path) == NEW


@pytest.mark.parametrize("fail_at", [0, 1, 2, 3], ids=["first file", "second file", "third file", "the list"])
@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["full disk", "interrupted"])
def test_a_write_that_fails_anywhere_leaves_the_previous_set(tmp_path, monkeypatch, fail_at, error):
    publish.write_set(tmp_path, OLD)
    real, calls = publish._write_synced, []

    def failing(path, content):
        calls.append(path)
        if len(calls) > fail_at:
            path.write_bytes(content[: len(content) // 2])  # half a file, as a full disk leaves it
            raise error
        real(path, content)
    monkeypatch.setattr(publish, "_write_synced", failing)
    with pytest.raises(type(error)):
        publish.write_set(tmp_path, NEW)
    assert _folder(tmp_path) == OLD  # nothing half-written, no staging folder left behind


def test_a_run_killed_during_the_moves_is_finished_by_the_next(tmp_path, monkeypatch):
    publish.write_set(tmp_path, OLD)
    real_replace, moved = os.replace, []

    def killed_after_one(src, dst):
        if moved:
            raise SystemExit("killed")
        moved.append(dst)
        real_replace(src, dst)
    monkeypatch.setattr(publish.os, "replace", killed_after_one)
    with pytest.raises(SystemExit):
        publish.write_set(tmp_path, NEW)
    monkeypatch.setattr(publish.os, "replace", real_replace)
    publish.recover(tmp_path)  # what every later write does first
    assert _folder(tmp_path) == NEW


def test_a_full_disk_is_one_clear_error_and_the_old_tables_stay(tmp_path, monkeypatch):
    write_tables(SEEDS, tmp_path)
    before = _folder(tmp_path)
    from azdata.pipeline import run

    tables, _ = run(DEV)

    def full(path, content):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(publish, "_write_synced", full)
    with pytest.raises(CLIError, match="No space left"):
        save_tables(tables, tmp_path)
    assert _folder(tmp_path) == before


def test_kill_9_while_writing_leaves_one_complete_set(tmp_path):
    """A real kill at several moments of a run: the tables are always the old set or the new one."""
    out = tmp_path / "out"
    write_tables(SEEDS, out)
    old = _folder(out)
    write_tables(DEV, tmp_path / "expected")
    new = _folder(tmp_path / "expected")
    cmd = [sys.executable, "-m", "azdata", "tables", "--corpus", str(DEV), "--out", str(out), "--no-cache"]
    for delay in (0.8, 1.4, 2.0, 2.6):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        publish.recover(out)
        now = _folder(out)
        assert now in (old, new), f"a mix after a kill at {delay} s"
        if now == new:
            write_tables(SEEDS, out)
