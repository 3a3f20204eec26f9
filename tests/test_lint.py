"""The habits that keep the code readable (issue 15): ruff, configured in pyproject.toml, finds
nothing in the package, the tests and the benchmark. Part of the README's test command."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> list[str]:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if found:
        return [found]
    pytest.fail("ruff is not installed: pip install -r requirements.txt")


def test_ruff_finds_nothing():
    done = subprocess.run(_ruff() + ["check", "--no-cache", "azdata", "tests", "benchmarks"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-1000:]
