"""Regular expressions tried only when a word they cannot match without occurs in the text.

Python's ``re`` scans a sentence character by character for a pattern that
starts with ``\\b`` or an alternation: 5-20 µs for a 200-character sentence,
and the extractor asks some forty such questions of every sentence. A
substring test (``"-day" in text``) takes a tenth of a microsecond, so each
pattern below names the substrings one of which every match must contain; the
pattern runs only when one of them is there. ``tests/test_gates.py`` checks,
over every sentence of every corpus, that a gate never changes an answer.
"""
from __future__ import annotations

import re
from typing import Iterator


class Gated:
    """A compiled pattern behind a substring test; same answers, mostly without the scan."""

    __slots__ = ("regex", "needles", "fold")

    def __init__(self, pattern: str, needles: tuple[str, ...] | list[str], flags: int = 0, fold: bool | None = None):
        self.regex = re.compile(pattern, flags)
        # an IGNORECASE pattern is gated on the lower-cased text; ``fold`` asks for that for any pattern
        self.fold = bool(flags & re.IGNORECASE) if fold is None else fold
        self.needles = tuple(n.lower() for n in needles) if self.fold else tuple(needles)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def may_match(self, text: str) -> bool:
        if self.fold:
            text = text.lower()
        for needle in self.needles:
            if needle in text:
                return True
        return False

    def search(self, text: str, *span: int) -> re.Match | None:
        return self.regex.search(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match]:
        return self.regex.finditer(text, *span) if self.may_match(text) else iter(())

    def findall(self, text: str) -> list:
        return self.regex.findall(text) if self.may_match(text) else []
