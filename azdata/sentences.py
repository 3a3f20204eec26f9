"""A story's sentences with their spans in the decoded text: paragraph breaks always end one,
abbreviations and initials do not, and a run-on "sentence" is read in pieces."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import resources
from .article import Article

ABBREVIATIONS = resources.abbreviations()  # resources/abbreviations.txt


# a full stop and space before a capital; or, where a page ran its paragraphs together
# ("... did not target civilians.The minister said ..."), a lower-case word's full stop glued to one
SENTENCE_END = re.compile(r"([.!?…]+)([”\"’')\]]*)"
                          r"(\s+|(?:(?<=[a-z]{2}[.!?])|(?<=\d{4}[.!?])|(?<=[A-Z]{2}[.!?]))(?=[A-Z][a-z]))"
                          r"(?=[“\"'‘(\[]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def sentences(art: Article) -> list[Sentence]:
    """Body sentences with their spans in ``art.text`` (paragraph breaks always end one)."""
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(art.paragraphs):
        para = art.text[ps:pe]
        cut = 0
        for m in SENTENCE_END.finditer(para):
            word = re.search(r"([\w.]+)$", para[max(cut, m.start() - 40):m.start()])
            token = word.group(1) if word else ""
            if m.group(1) == "." and (token in ABBREVIATIONS or re.fullmatch(r"[A-Z]", token)
                                      or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", token)):
                continue
            if not m.group(3) and not (token.isalpha() and token.islower()
                                       or GLUED_AFTER_YEAR_OR_ACRONYM.fullmatch(token)
                                       and _function_word_at(para, m.end())):
                continue  # glued: only after a whole lower-case word ("News.Az", "U.S.Army" are no sentence ends)
            end = m.start(3)
            _add(out, art.text, ps + cut, ps + end, p_index)
            cut = m.end()
        _add(out, art.text, ps + cut, pe, p_index)
    return out


# (or after a year or an acronym when a function word follows: "... from 9 to 11 July 2024.The meeting will",
# "... in Washington, DC.It will be")
GLUED_AFTER_YEAR_OR_ACRONYM = re.compile(r"(?:1[89]|20)\d\d|[A-Z]{2,}")
STOPWORDS = resources.stopwords()


def _function_word_at(text: str, pos: int) -> bool:
    word = re.match(r"[A-Z][a-z]+\b", text[pos:pos + 20])
    return bool(word) and word.group(0).casefold() in STOPWORDS


MAX_SENTENCE = 1500  # a "sentence" longer than this is run-on junk; it is read in pieces


def _add(out: list, text: str, s: int, e: int, p: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append(Sentence(s, cut, text[s:cut], p))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append(Sentence(s, e, text[s:e], p))
