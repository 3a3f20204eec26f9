"""azdata.extract.masthead: the event a page's masthead names (its name line, its days, its place)."""
import pytest

from azdata.extract import extract
from azdata.read import Article, read_text

STORY = ("Officers of nine nations work together in the brigade headquarters of the exercise. The medical team of "
         "the exercise also treats patients from the nearby villages, the press centre said.")


def _events(page: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), page.encode())
    return [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None, e.location)
            for e in extract(art).events]


@pytest.mark.parametrize("head, expected", [
    # the name line, its days on the line under it, its place on the line after
    ("Exercise Steppe Guard\n\n5-16 November 2001\n\nBaku, Azerbaijan\n\nPress Centre\n\n",
     [("exercise", "2001-11-05", "2001-11-16", "Baku")]),
    ("  Seminar on Caspian Energy Security\n\n   10-11 June 2009\n\n   Ganja, Azerbaijan\n\n"
     "Home | Programme | Photos\n\n",
     [("conference", "2009-06-10", "2009-06-11", "Ganja")]),
    ("** Course for Partner Staff Officers **\n\n** 3 May 2016 **\n\nNews\n\n",
     [("conference", "2016-05-03", None, "")]),
    # a date line that says more than the days (a headline's time stamp), no year: no masthead
    ("Exercise Steppe Guard\n\nPublished 5 November 2001, updated later\n\nBaku, Azerbaijan\n\n", []),
    ("Exercise ends in the mountains\n\n5 November 2001 10:42\n\n", []),
    ("Exercise Steppe Guard\n\n5-16 November\n\nBaku, Azerbaijan\n\n", []),
])
def test_a_masthead_names_the_event(head, expected):
    assert _events(head + STORY) == expected


def test_a_story_that_tells_the_event_itself_gives_no_second_one():
    head = "Exercise Steppe Guard\n\n5-16 November 2001\n\nBaku, Azerbaijan\n\n"
    story = "The exercise Steppe Guard began in Baku on 5 November 2001 with officers of nine nations."
    assert [t for t, *_ in _events(head + story)] == ["exercise"]
