"""Whole-article extraction (azdata.extract.extract) on small hand-written texts; the stages have
their own files (test_extract_triggers.py, test_extract_events.py, ...)."""
from pathlib import Path

from azdata.extract import extract
from azdata.read import Article, read_text


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


def test_a_reported_meeting_with_recalled_past_meeting():
    x = _extract(" date 2019-11-28 Air Chief Marshal Stuart Peach, Chairman of the NATO Military Committee, "
                 "said on November 26 that NATO supports Azerbaijan.\n\nPeach made the remarks while meeting "
                 "Defense Minister Colonel General Zakir Hasanov in Baku.\n\nPreviously, Gerasimov and General "
                 "Joseph Dunford held a meeting in Baku on February 16, 2017.")
    events = sorted((str(e.date_start), sorted(x.people[p].surname for p, _ in e.people)) for e in x.events)
    # Gerasimov, named by his surname alone as one who held the meeting, took part in it (as the seed's gold has it)
    assert events == [("2017-02-16", ["Dunford", "Gerasimov"]), ("2019-11-26", ["Hasanov", "Peach"])]


def test_every_evidence_span_slices_the_text():
    text = (Path(__file__).resolve().parent / "data" / "seeds" / "004_e513e6f8b66b7159.txt").read_text()
    x = _extract(text)
    for e in x.events:
        assert x.article.text[e.sentence.start:e.sentence.end] == e.sentence.text
