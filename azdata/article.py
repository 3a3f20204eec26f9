"""The record of one article as the reading stage leaves it: where it came from, its decoded
text, the publication date and where that came from, headline, outlet, byline, body spans,
problems and page facts (furniture lines, truncation)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Article:
    article_id: str
    source_file: str
    text: str = ""
    published: dt.date | None = None
    published_from: str = "none"
    title: str = ""
    outlet: str = ""
    author: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # body spans in text
    problems: list[str] = field(default_factory=list)
    fatal: bool = False
    n_words: int = 0  # words in the body, counted once when it is laid out
    furniture_lines: int = 0  # lines set aside as page furniture (menus, widgets, related stories, footers)
    truncated: bool = False   # the text stops mid-sentence
    # the first day on which reading the file again would give another result: a header date or a
    # body year that was ignored for lying ahead of today (what the extraction cache keys on)
    stale_from: dt.date | None = None

    @property
    def status(self) -> str:
        if self.fatal:
            return "error"
        return "warning" if self.problems else "ok"
