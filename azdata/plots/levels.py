"""Levels of office, from resources/levels.csv."""
from __future__ import annotations

import csv
import functools
import re

import pandas as pd

from ..frames import reads_written
from ..resources import RESOURCE_DIR

NO_ONE = "no one named"            # level of an event without named participants
OTHER_LEVEL = "other official"     # level when levels.csv has no fallback row


# --- levels of office -----------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def level_rules() -> tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...]:
    """(level, pattern, unless) from ``resources/levels.csv``, in precedence order."""
    text = (RESOURCE_DIR / "levels.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple((r["level"], re.compile(r["pattern"], re.I) if r["pattern"] else None,
                  re.compile(r["unless"], re.I) if r["unless"] else None) for r in csv.DictReader(lines))


def levels() -> tuple[str, ...]:
    """Every level, highest first, ending with the levels for unmatched titles and unnamed events."""
    out = list(dict.fromkeys(level for level, _, _ in level_rules()))
    if OTHER_LEVEL not in out:
        out.append(OTHER_LEVEL)
    return tuple(out + [NO_ONE])


def official_level(title: str) -> str:
    """The level of an office as written (``Minister of Defense`` -> ``minister``)."""
    title = title or ""
    for level, pattern, unless in level_rules():
        if pattern is not None and not pattern.search(title):
            continue
        if unless is not None and unless.search(title):
            continue
        return level
    return OTHER_LEVEL


def level_table() -> pd.DataFrame:
    """The rules of ``resources/levels.csv`` as a table (highest level first)."""
    return pd.DataFrame([(lvl, p.pattern if p else "(anything else)", u.pattern if u else "")
                         for lvl, p, u in level_rules()], columns=["level", "title matches", "unless it matches"])


@reads_written
def participant_levels(participants: pd.DataFrame) -> pd.Series:
    return participants["title"].map(official_level).astype(object).rename("level")


@reads_written
def event_levels(events: pd.DataFrame, participants: pd.DataFrame) -> pd.Series:
    """Each event's level: the highest level among its participants (``no one named`` if none)."""
    order = {lvl: i for i, lvl in enumerate(levels())}
    best: dict[str, str] = {}
    for event_id, level in zip(participants["event_id"], participant_levels(participants)):
        if event_id not in best or order[level] < order[best[event_id]]:
            best[event_id] = level
    return events["event_id"].map(lambda e: best.get(e, NO_ONE)).astype(object).rename("level")


