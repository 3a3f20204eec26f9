"""No input makes a run hang, and an article's time grows in proportion to its length.

A regular expression that repeats a group whose parts can match the same text in several ways
(``(?:[A-Z]\\w*\\s?)+`` on an upper-case word) tries every way when it fails: one short sentence
took minutes. A stage that rescans every earlier event for each sentence makes a long article
cost the square of its length. Each case runs in a child process, so that before a fix a test
fails at its deadline instead of hanging the suite.
"""
from __future__ import annotations

import multiprocessing
import sys
import time

import pytest

from azdata.extract import extract, forget_sentences
from azdata.read import Article, read_text

HEADER = " date 2024-05-01\n\n"
DEADLINE = 20  # seconds of wall-clock time before a child is given up on (the old code took minutes)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hasan", "Irina", "Jonas", "Kamal", "Laura"]
LAST = ["Novak", "Petrov", "Weber", "Moreau", "Rossi", "Jansen", "Kowalski", "Horvat", "Larsen", "Silva",
        "Berger", "Demir"]
UPPER = ["HEADQUARTERS", "PRESENTED", "THE", "MAIN", "ELEMENTS", "OF", "THE", "PLAN"]


def _extract_seconds(text: str) -> float:
    """CPU seconds to read and extract one article, with the per-sentence caches empty."""
    forget_sentences()
    start = time.process_time()
    extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    return time.process_time() - start


def _growth(small: str, large: str) -> tuple[float, float]:
    """(best of 3 for the small text, best of up to 3 for the large one): the large one is timed
    again only while it looks more than twice as slow as linear, so a slow spell of a shared
    machine does not fail the test, and a passing run costs one large extraction."""
    once = min(_extract_seconds(small) for _ in range(3))
    four_times = _extract_seconds(large)
    for _ in range(2):
        if four_times < 8 * once:
            break
        four_times = min(four_times, _extract_seconds(large))
    return once, four_times


def _child(conn, task, args) -> None:
    conn.send(task(*args))
    conn.close()


def _in_child(task, *args, deadline: float = DEADLINE):
    """task(*args) in a child process; fails (rather than hangs) when it is not done by the deadline."""
    _extract_seconds(HEADER + "NATO and Azerbaijan met in Baku on 1 May 2024.")  # load the resources once
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, task, args), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(deadline):
            pytest.fail(f"extraction did not finish in {deadline} s")
        return receive.recv()
    finally:
        child.kill()
        child.join()


def _words(pool: list[str], n: int) -> str:
    return " ".join(pool[i % len(pool)] for i in range(n))


def _names(n: int, sep: str = ", ") -> str:
    return sep.join(f"{FIRST[i % 12]} {LAST[(i * 5 + i // 12) % 12]}" for i in range(n))


def _date(i: int) -> str:
    """Distinct for every i below 8,400: no two sentences are alike, so no cache helps."""
    return f"{1 + i % 28} {MONTHS[(i // 28) % 12]} {1990 + i // 336}"


# one sentence each; the old patterns failed on upper-case runs after "from" in time exponential in
# the number of capital letters (22 two-letter words: 6 s; each two more words: four times as long)
SENTENCES = {
    "upper-case run of 40 words after from": "Anna Novak from NATO " + _words(UPPER, 40) + " of the plan.",
    "upper-case run of 200 words after from": "Anna Novak from " + _words(UPPER, 200) + " today.",
    "short upper-case words after from": "Anna Novak from " + _words(["NA", "TO", "HQ", "UN"], 40) + " of it.",
    "upper-case run after from the": "Anna Novak from THE " + _words(UPPER, 60) + ", and more.",
    "from THE runs repeated": " ".join(f"Anna Novak from THE NATO HQ{i} AND" for i in range(200)) + ".",
    "capitalised run of 200 words": "Anna Novak from " + _words([w.title() for w in UPPER], 200) + ".",
    "upper-case run after an origin word": "Anna Novak of " + _words(UPPER, 40) + " of the plan.",
    "the + upper-case run": "Anna Novak met Boris Petrov. "
                            + " ".join("the " + _words(UPPER, 6) for _ in range(100)) + ".",
    "long comma list": "The talks covered " + ", ".join(_words(["defence", "REFORM", "Training", "NATO"], 2000).split())
                       + " and more.",
    "200 names in a list": "The delegates: " + _names(200) + " and Anna Novak.",
    "200 names after said": "said " + _names(200, " and ") + ".",
    "run of 2,000 dates": "NATO met in Baku on " + ", ".join(_date(i) for i in range(2000)) + ".",
    "upper-case run in brackets and appositive": "Anna Novak (" + _words(UPPER, 6) + "), " + _words(UPPER, 30)
                                                 + ", from " + _words(UPPER, 100) + ".",
}


@pytest.mark.parametrize("name", list(SENTENCES))
def test_one_sentence_is_quick(name):
    seconds = _in_child(_extract_seconds, HEADER + SENTENCES[name])
    assert seconds < 2, f"{name}: {seconds:.1f} s"


# articles of n sentences, all different; each kind once made every sentence rescan the earlier events
def _dated_talks(n: int) -> str:
    return _paragraphs([f"On {_date(i)}, NATO and Azerbaijan held talks in Baku." for i in range(n)])


def _dated_visits(n: int) -> str:
    cities = ["Baku", "Brussels", "Ganja", "Tbilisi", "Ankara", "Mons"]
    return _paragraphs([f"On {_date(i)}, a NATO delegation visited {cities[i % 6]}." for i in range(n)])


def _dated_story(n: int) -> str:
    templates = [
        "On {d}, Defence Minister {p} received NATO envoy {q} in Baku.",
        "The delegation held talks with {p} on {d} and discussed the IPAP.",
        "They also visited the training centre on {d}.",
        "{p} said on {d} that {k} servicemen took part in the exercise.",
        "Azerbaijan signed its IPAP on {d}.",
        "The same day, the guests met {q}.",
    ]
    return _paragraphs([templates[i % 6].format(d=_date(i), k=10 + i, p=f"{FIRST[i % 12]} {LAST[i % 12]}",
                                                q=f"{FIRST[(i + 5) % 12]} {LAST[(i + 7) % 12]}") for i in range(n)])


def _paragraphs(sentences: list[str]) -> str:
    return HEADER + "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5))


# sizes at which the old code took more than 8 times as long for 4 times the text
@pytest.mark.parametrize("make, n", [(_dated_talks, 800), (_dated_visits, 500), (_dated_story, 1000)],
                         ids=["dated talks", "dated visits", "dated story"])
def test_time_grows_in_proportion_to_length(make, n):
    once, four_times = _in_child(_growth, make(n), make(4 * n), deadline=6 * DEADLINE)
    assert four_times < 8 * once, f"1x: {once:.2f} s, 4x: {four_times:.2f} s ({four_times / once:.1f} times)"


def _read_seconds(text: str) -> float:
    start = time.process_time()
    read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return time.process_time() - start


@pytest.mark.parametrize("piece", ["<!-- unclosed comment ", "<!DOCTYPE html unclosed ", "<p class=x "],
                         ids=["comment", "doctype", "tag"])
def test_unclosed_markup_is_read_in_time_proportional_to_length(piece):
    seconds = _in_child(_read_seconds, HEADER + "NATO met Azerbaijan. " + piece * 20000)
    assert seconds < 2, f"{seconds:.1f} s"
