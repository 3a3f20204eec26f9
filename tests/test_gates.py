"""azdata.gates: a gate may skip a pattern only where the pattern would not have matched.

Every ``Gated`` pattern in the package is tried, with and without its gate, on
every sentence, every clause and every sentence prefix of every article in the
project (seeds, dev corpus, held-out sets), plus a table of hand-made cases
where a gate is easy to get wrong.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from azdata import dates, extract, names, read, resources
from azdata.gates import Gated
from azdata.read import read_article, sentences

ROOT = Path(__file__).resolve().parent
CORPORA = sorted(p for p in (ROOT / "data").iterdir() if p.is_dir())


def _gates() -> dict[str, Gated]:
    found = {}
    stages = [importlib.import_module(f"{extract.__name__}.{m.name}") for m in pkgutil.iter_modules(extract.__path__)]
    for module in (dates, *stages, names, read):  # the extractor is a package of stage modules
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, (list, tuple)):  # tables of patterns, e.g. dates.PATTERNS
                for i, row in enumerate(value):
                    for item in row if isinstance(row, tuple) else (row,):
                        if isinstance(item, Gated):
                            found[f"{module.__name__}.{name}[{i}]"] = item
    return found


def _resource_gates() -> dict[str, Gated]:
    found = {}
    for event_type, family, pattern in resources.event_triggers():
        found[f"resources.event_triggers[{event_type}/{family}]"] = pattern
    for outlet, _, pattern in resources.outlets():
        found[f"resources.outlets[{outlet}]"] = pattern
    return {name: gate for name, gate in found.items() if isinstance(gate, Gated)}


GATES = _gates() | _resource_gates()


def _texts() -> list[str]:
    texts = set()
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.txt")):
            art = read_article(path, corpus)
            texts.add(art.text)
            for s in sentences(art):
                texts.add(s.text)
                # the extractor also asks about clauses and about the text before a word
                texts.update(re.split(r"[,;:–—]", s.text))
                texts.update(s.text[:i] for i in range(0, len(s.text), 29))
    return sorted(texts)


TEXTS = _texts()

HARD_CASES = [
    "THE DELEGATION WAS LED BY THE MINISTER.",   # capitals: IGNORECASE patterns see lower-cased text
    "Both Sides said they would meet on 3 Sept. 2019.",
    "They met.", "the two also met", "a TWO-DAY visit", "a two-Day visit",
    "Representatives of Türkiye attended.", "İlham Əliyev met officials.",
    "Tomorrow", "on the eve of", "Earlier Today the envoy arrived", "cancelled", "CALLED OFF",
    "Two days later", "On The Same Day", "the Next Day", "5 days later", "EARLIER THIS YEAR", "In the evening",
]


def test_the_package_has_gates():
    assert len(GATES) >= 10 and len(TEXTS) > 1000


@pytest.mark.parametrize("name", sorted(GATES))
def test_a_gate_never_changes_an_answer(name):
    gate = GATES[name]
    for text in TEXTS + HARD_CASES:
        expected = [m.span() for m in gate.regex.finditer(text)]
        assert [m.span() for m in gate.finditer(text)] == expected, (name, text)
        assert bool(gate.search(text)) == bool(expected), (name, text)


@pytest.mark.parametrize("pattern, heads", [
    (r"\b(?:visit|visited|arrived)\b", ["visit", "arrived"]),           # "visited" begins with "visit"
    (r"(?<!of )course", ["course"]),                                      # a look-behind takes no characters
    (r"(?:a |the )?meeting of", ["a ", "the ", "meeting of"]),            # an optional group: its heads or what follows
    (r"\bfrom (?P<d1>\d+)", ["from "]),
    (r"colou?r", ["colo"]),                                               # an optional letter ends the literal
    (r"Jan\.?", ["Jan"]),
    (r"x+y", ["x"]),
    (r"(?<![\w-])(Partnership\ Action\ Plan|PfP)(?![\w-])", ["PfP", "Partnership Action Plan"]),
    (r"(?:is|are) in (?-i:[A-Z])[a-z]+", ["is", "are"]),
    (r"\w+", None),                                                       # can begin anywhere: no gate
    (r"a{0,2}b", None),
    (r"met|[A-Z]\w+", None),                                              # one open branch opens them all
    (r"(?i:later) today", None),                                          # case ignored only inside: no safe gate
    (r"(?P=name)x", None),
])
def test_literal_heads(pattern, heads):
    from azdata.gates import literal_heads

    assert literal_heads(pattern) == heads
    if heads:  # and every match really begins with one (what Gated(starts=True) relies on)
        for text in TEXTS[:400] + HARD_CASES:
            for m in re.finditer(pattern, text):
                assert any(m.group(0).startswith(h) for h in heads), (pattern, m.group(0))


# ---------------------------------------------------------------- name lists as tries

def _name_lists():
    return {
        "countries": ([n for n in resources.country_names() if len(n) > 2 or n.isupper()], r"(?<![\w.])", r"(?![\w])"),
        "cities": (list(resources.cities()), r"\b", r"\b"),
        "programmes": ([a for p in resources.programmes() for a in p.aliases], r"(?<![\w-])", r"(?![\w-])"),
        "ranks": (list(resources.ranks()), r"(?<![\w.])", r"(?![\w-])"),
        "nato bodies": (list(resources.nato_bodies()), r"(?<!\w)", r"(?!\w)"),
    }


@pytest.mark.parametrize("name", sorted(_name_lists()))
def test_a_trie_matches_what_the_plain_list_matches(name):
    names, before, after = _name_lists()[name]
    trie = resources.name_pattern(names, before, after)
    plain = resources.name_pattern(names, before, after, trie=False)
    assert trie.pattern != plain.pattern
    # every name on its own, inside a word, and next to a longer name that starts with it
    probes = [f"x {n} y" for n in names] + [f"x{n}y" for n in names] + [f"{n}s, {n}-{n}" for n in names]
    for text in TEXTS + probes:
        assert [(m.span(1), m.group(1)) for m in trie.finditer(text)] == \
            [(m.span(1), m.group(1)) for m in plain.finditer(text)], (name, text)


@pytest.mark.parametrize("words, text, expected", [
    (["a", "ab", "abc"], "abc ab a", ["abc", "ab", "a"]),       # the longest first, as in a sorted list
    (["Azerbaijan", "Azerbaijani"], "Azerbaijani army", ["Azerbaijani"]),
    (["U.S.", "US"], "the U.S. and US", ["U.S.", "US"]),         # special characters are escaped
])
def test_trie_alternation(words, text, expected):
    from azdata.gates import trie_alternation

    assert re.findall(trie_alternation(words), text) == expected


def test_name_tokens_are_the_token_pattern_s_capitalised_tokens():
    """names._name_tokens finds positions by str.find; it must agree with the match objects."""
    from azdata.names import PARTICLES, PATRONYMICS, TOKEN, _name_tokens
    from azdata.resources import fold

    for text in TEXTS + HARD_CASES + ["Z.Hasanov met A. B. de la Cruz’s aide", "abc de ABC de",
                                      "Ilham Heydar oglu Aliyev"]:
        expected = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)
                    if m.group()[0].isupper() or fold(m.group()) in PARTICLES or m.group() in PATRONYMICS]
        assert _name_tokens(text) == expected, text


def test_reading_from_the_end_of_the_text_gives_what_reading_all_of_it_gives():
    """offices reads the rank and the last words before a name from the end of the text only."""
    from azdata import offices

    long_gap = "Chief of the" + " " * 60 + "General " + "x" * 300 + " Lieutenant General   "
    for text in TEXTS + HARD_CASES + [long_gap, "", "  ", "Major General", "of the Military Committee Admiral "]:
        plain = re.search(r"(" + resources.rank_pattern().pattern + r")\s*$", text)
        fast = offices._rank_at_end().search(text, offices.tail_start(text, 40))
        assert (plain and (plain.span(), plain.group(1))) == (fast and (fast.span(), fast.group(1))), text
        for pattern, n in ((offices.WORD_DOT, 3), (offices.WORD_QUOTE, 12)):
            assert offices._last_words(pattern, text, n) == pattern.findall(text)[-n:], text
