"""The story's head and what stands around its text without being it: the headline (also one in
capitals, or closing with a media tag such as "[PHOTOS]"), a byline in capitals, the author's bio
above or below the story, and the author block under a headline (a name and the author's office).

A bio and an author block say who wrote the story, not what it reports: a bio is page furniture
(no person, no event is read from it) and an author block gives the article's author, never its
title. The words that mark them are data (``resources/bio_words.csv``, ``media_tags.txt``).
"""
from __future__ import annotations

import re

from . import resources

# [ABOUT THE AUTHOR] [Dr. ]Jane Doe is ...    John Roe writes ...: a name, then the word after it
BIO_START = re.compile(r"(?:(?i:about\s+the\s+authors?)\s*:?\s*)?(?:[A-Z][a-z]{1,4}\.\s+)?"
                       r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+),?\s+(?P<next>[a-z]+)")
BEING = frozenset(["is", "was", "has", "serves", "works"])  # "is a ...", "has been ...", "serves as ..."
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE = re.compile(r"[.!?](?:\s+|$)")
BIO_WORDS, BIO_SENTENCES = 60, 3


def _name(words: list[str]) -> bool:
    """Capitalised words that can be a person's name: none of them an office, body, place or month."""
    non_names = resources.non_name_words()
    return all(w not in non_names and w.casefold() not in resources.bio_words() for w in words)


def is_bio(text: str) -> bool:
    """A short block that opens with a person's name followed by a role of bio_words.csv in its
    first sentence ("... is a journalist covering ...", "... is Visiting Fellow at ...") or by a
    bio verb ("... writes on security for ..."): the author's bio, not the story."""
    words = WORD.findall(text)
    if not words or len(words) > BIO_WORDS or len(SENTENCE.findall(text)) > BIO_SENTENCES:
        return False
    m = BIO_START.match(text)
    if not m or not _name(m.group("name").split()):
        return False
    vocabulary = resources.bio_words()
    if vocabulary.get(m.group("next")) == "verb":
        return True
    if m.group("next") not in BEING:
        return False
    end = SENTENCE.search(text, m.end())
    first = text[m.end():end.start() if end else len(text)]
    return any(vocabulary.get(w.casefold()) == "role" for w in WORD.findall(first))


# [Dr. ]Jane Doe[, Amb.]: a line that is only a name, with an abbreviated honorific before or after it
NAME_LINE = re.compile(r"(?:[A-Z][a-z]{1,4}\.\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})"
                       r"(?:,\s*[A-Z][\w.]{0,8})?$")
OFFICE_LINE_WORDS = 14  # "Head of Mission", "Department of International Relations, Baku State University"
OFFICE_LINES = 3


def _office_word(w: str) -> bool:
    low = w.casefold()
    return (low in resources.role_nouns() or w in resources.title_words() or w in resources.organisation_words()
            or resources.bio_words().get(low) == "role")


def author_block(lines: list[tuple[str, bool]]) -> tuple[int, str]:
    """The author block that opens ``lines`` (each a block's text and whether it is printed on the
    line right after the one before it): a line that is only a name, then up to three lines right
    under it naming the author's office and body ("Head of Mission" / "Mission of the Republic of
    ... to NATO"), the first with a word of an office. Returns (how many lines, the name), or (0, "")."""
    if not lines:
        return 0, ""
    m = NAME_LINE.match(lines[0][0])
    if not m or not _name(m.group("name").split()):
        return 0, ""
    n = 1
    for text, tight in lines[1:1 + OFFICE_LINES]:
        words = WORD.findall(text)
        if not tight or not words or len(words) > OFFICE_LINE_WORDS or text.rstrip().endswith((".", "!", "?")):
            break
        if n == 1 and not any(_office_word(w) for w in words):
            break
        n += 1
    return (n, m.group("name")) if n > 1 else (0, "")


HEADLINE_CHARS = 160
TAG_TAIL = 60  # a media tag is looked for in a line's last characters only


def without_media_tag(line: str) -> str:
    """The line without the media tag that closes it ("... in Baku [PHOTOS]" -> "... in Baku")."""
    tail = max(0, len(line) - TAG_TAIL)
    m = resources.media_tag_pattern().search(line, tail)
    return line[:m.start()].rstrip() if m else line


def in_capitals(line: str) -> bool:
    """Two words or more, (nearly) every letter a capital: a headline or a byline, never prose."""
    letters = [c for c in without_media_tag(line) if c.isalpha()]
    return len(WORD.findall(line)) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def looks_like_headline(line: str) -> bool:
    """A short line of three words or more without final punctuation (a media tag closing it
    aside); one in capitals may close with a full stop."""
    text = without_media_tag(line)
    if BRACKETED.match(text):
        return False  # a source tag or a note: "(Syndicator- Example News)", "[Updated]"
    ends = (".", "”", '"', ":") if not in_capitals(text) else ("”", '"', ":")
    return len(line) <= HEADLINE_CHARS and not text.endswith(ends) and len(text.split()) >= 3


BRACKETED = re.compile(r"\([^()]*\)$|\[[^\[\]]*\]$")


CAPS_BYLINE_WORDS = 4


def caps_byline(line: str) -> str:
    """The name of a byline printed in capitals without "By" ("JANE DOE"), in title case; else ""."""
    words = line.split()
    if not 2 <= len(words) <= CAPS_BYLINE_WORDS or not in_capitals(line) \
            or not all(w.isalpha() and len(w) > 1 for w in words):
        return ""
    named = [w.capitalize() for w in words]
    if not _name(named) or any(w.casefold() in resources.stopwords() for w in named):
        return ""
    return " ".join(named)


TITLE_LINES = 3        # a hard-wrapped title runs over at most this many lines ...
CONTINUATION_WORDS = 8  # ... and a line it runs on into is short
STOPS = (".", "!", "?", ":", "”", '"', ";")


def _title_case(line: str) -> bool:
    words = [w for w in WORD.findall(line) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def runs_on(line: str, nxt: str, wrapped: bool) -> bool:
    """Whether a headline line runs on into the next line of the page (a title hard-wrapped): the
    next line starts in lower case, the line ends on a function word or a comma, both are in
    capitals, or, on a hard-wrapped page, both are in title case ("Azerbaijan, NATO Discuss" /
    "Future Cooperation Prospects")."""
    line, nxt = line.rstrip(), nxt.strip()
    if not line or not nxt or line.endswith(STOPS) or len(nxt.split()) == 1 and not nxt.isupper():
        return False  # a lone lower- or title-case word under a headline is a menu's or a label's
    words = line.split()
    return (nxt[0].islower() or words[-1].casefold() in resources.stopwords() or line.endswith((",", "-", "–", "&"))
            or in_capitals(line) and in_capitals(nxt) or wrapped and _title_case(line) and _title_case(nxt))


def wrapped_title(lines: list[tuple[str, bool, bool]], at: int, wrapped: bool) -> tuple[int, int]:
    """The lines (first, last) of the title whose line ``at`` was taken for it. ``lines`` are the
    blocks above the story: (text, printed right after the one before it, may be a title line --
    neither a date nor furniture). A title hard-wrapped over two or three lines is all of them."""
    lo = hi = at
    while lo > 0 and hi - lo + 1 < TITLE_LINES and lines[lo][1] and lines[lo - 1][2] \
            and runs_on(lines[lo - 1][0], lines[lo][0], wrapped):
        lo -= 1
    while hi + 1 < len(lines) and hi - lo + 1 < TITLE_LINES and lines[hi + 1][1] and lines[hi + 1][2] \
            and len(lines[hi + 1][0].split()) <= CONTINUATION_WORDS \
            and runs_on(lines[hi][0], lines[hi + 1][0], wrapped):
        hi += 1
    return lo, hi
