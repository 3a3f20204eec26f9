"""Regular expressions tried only when a word they cannot match without occurs in the text.

Python's ``re`` scans a sentence character by character for a pattern that
starts with ``\\b`` or an alternation: 5-20 µs for a 200-character sentence,
and the extractor asks some forty such questions of every sentence. A
substring test (``"-day" in text``) takes a tenth of a microsecond, so each
pattern below names the substrings one of which every match must contain; the
pattern runs only when one of them is there. Where the substrings also begin
every match (read off the pattern by ``literal_heads``), it is tried only at
their places; long lists of names become tries (``trie_alternation``).
``tests/test_gates.py`` checks, over every sentence, clause and prefix of every
corpus, that none of this changes an answer.
"""
from __future__ import annotations

import re
from typing import Iterator

DIGITS = list("0123456789")


class Gated:
    """A compiled pattern behind a substring test; same answers, mostly without the scan.

    With ``starts=True`` the needles are also where every match begins (``literal_heads``): the
    pattern is then tried only at their occurrences, not at every character of the text.
    """

    __slots__ = ("regex", "needles", "fold", "starts")

    def __init__(self, pattern: str, needles: tuple[str, ...] | list[str], flags: int = 0, fold: bool | None = None,
                 starts: bool = False):
        self.regex = re.compile(pattern, flags)
        # an IGNORECASE pattern is gated on the lower-cased text; ``fold`` asks for that for any pattern
        self.fold = bool(flags & re.IGNORECASE) if fold is None else fold
        self.needles = tuple(n.lower() for n in needles) if self.fold else tuple(needles)
        self.starts = starts

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def may_match(self, text: str) -> bool:
        if self.fold:
            text = text.lower()
        for needle in self.needles:  # a plain loop: faster than any(map(...)) for a handful of needles
            if needle in text:
                return True
        return False

    def search(self, text: str, *span: int) -> re.Match | None:
        if self.starts and not span:  # looking for the needles' places is the substring test too
            found = self._at_starts(text)
            if found is not None:
                return found[0] if found else None
        if not self.may_match(text):
            return None
        return self.regex.search(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match]:
        if self.starts and not span:  # looking for the needles' places is the substring test too
            found = self._at_starts(text)
            if found is not None:
                return iter(found)
        if not self.may_match(text):
            return iter(())
        return self.regex.finditer(text, *span)

    def _at_starts(self, text: str) -> list[re.Match] | None:
        """What finditer finds, trying the pattern only where a needle begins (None: cannot tell)."""
        hay = text.lower() if self.fold else text
        if len(hay) != len(text):
            return None  # lower-casing changed the length ("İ"): positions would not line up
        positions = set()
        for needle in self.needles:
            at = hay.find(needle)
            while at >= 0:
                positions.add(at)
                at = hay.find(needle, at + 1)
        found, end = [], 0
        for at in sorted(positions):
            if at < end:
                continue
            m = self.regex.match(text, at)
            if m:
                if m.end() == at:
                    return None  # an empty match: leave finditer's rules for those to finditer
                found.append(m)
                end = m.end()
        return found


def literal_heads(pattern: str) -> list[str] | None:
    """Substrings one of which every match of ``pattern`` begins with, read off the pattern itself
    (so that patterns in the user's data files are gated too); None when some branch can begin with
    any character. Heads that begin with a shorter head are dropped: the shorter one already tells,
    and still marks where the match begins."""
    heads = _alternation_heads(pattern)
    if heads is None or any(not h for h in heads):
        return None
    return shortest_prefixes(heads)


def shortest_prefixes(needles) -> list[str]:
    """The needles that begin with no other needle ("visited" begins with "visit")."""
    kept: list[str] = []
    for needle in sorted(set(needles), key=lambda n: (len(n), n)):
        if not any(needle.startswith(k) for k in kept):
            kept.append(needle)
    return kept


ZERO_WIDTH_ESCAPES = "bBAZ"
QUANTIFIERS = "?*+{"


def _outside_classes(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for the characters that shape alternatives and
    groups: those not escaped and not inside a [...] class."""
    depth, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, start = [], 0
    for i, c, depth in _outside_classes(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, i: int) -> int:
    """Index just past the group that opens at ``pattern[i]``."""
    for j, c, depth in _outside_classes(pattern, i):
        if c == ")" and depth == 0:
            return j + 1
    raise ValueError("unbalanced group")


def _alternation_heads(pattern: str) -> list[str] | None:
    heads: list[str] = []
    for branch in _split_top(pattern):
        found = _branch_heads(branch)
        if found is None:
            return None
        heads += found
    return heads


def _branch_heads(branch: str) -> list[str] | None:
    literal, i = "", 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            nxt = branch[i + 1:i + 2]
            if nxt in tuple(ZERO_WIDTH_ESCAPES) and not literal:
                i += 2
                continue
            if not nxt or nxt.isalnum():
                break  # \w, \d, \s ...: a class, not a literal
            char, width = nxt, 2
        elif c == "(":
            end = _group_end(branch, i)
            group = branch[i:end]
            if group.startswith(("(?<!", "(?<=", "(?=", "(?!")):
                if literal:
                    break
                i = end  # a look-around takes no characters
                continue
            if literal:
                break
            inner = group[1:-1]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                if ":" not in inner or inner.startswith("?i"):
                    return None  # a comment, a back-reference, or case ignored only here
                inner = inner[inner.index(":") + 1:]  # (?-i:...), (?i:...)
            elif inner.startswith("P<") or inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1:]
            heads = _alternation_heads(inner)
            if heads is None:
                return None
            quantifier = branch[end:end + 1]
            if quantifier in ("?", "*") or branch[end:end + 2] == "{0":
                rest = _branch_heads(branch[end + 1:] if quantifier != "{" else branch[branch.index("}", end) + 1:])
                return None if rest is None else heads + rest
            return heads
        elif c in ".[^$|)":
            break
        elif c in QUANTIFIERS:
            break
        else:
            char, width = c, 1
        after = branch[i + width:i + width + 1]
        if after in ("?", "*") or branch[i + width:i + width + 2] == "{0":
            break  # an optional character ends the part every match must have
        literal += char
        i += width
        if after in ("+", "{"):
            break
    return [literal] if literal else None


def trie_alternation(words) -> str:
    """A regular expression matching exactly the words, the longest first, shaped as a trie.

    Python's re tries the branches of ``Paris|Prague|...`` one by one at every
    position: 90 µs a sentence for 600 country names. Factored by common
    prefixes (``P(?:aris|rague)``) it tries one branch per character. At every
    node longer continuations come before stopping, so where a longer and a
    shorter word both match, the longer wins, as in a longest-first list.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
    return body
