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


UNDATED = ("Network of Parliamentarians\n\nTrips\n\nA member takes part in the session of the Assembly\n\n"
           "{box}\n\nA delegation headed by the vice-speaker, Elnur Karimov, is to take part in the spring session "
           "of the Assembly, which opens in Riga on May 17.\n\nMPs Anar Veliyev and Leyla Hasanova are members of "
           "the delegation.\n\nThe session will close on May 20.\n")


@pytest.mark.parametrize("box, expected", [
    # an event box under the headline: the event word within the line, then its days (both ends in full)
    ("Assembly Spring Session, Riga.\nMay 17, 2013 to May 20, 2013",
     [("conference", "2013-05-17", "2013-05-20", "Riga", ["Hasanova", "Karimov", "Veliyev"])]),
    ("Annual Session of the Assembly\n17 May 2013 - 20 May 2013",
     [("conference", "2013-05-17", "2013-05-20", "Riga", ["Hasanova", "Karimov", "Veliyev"])]),
    # no box: an undated page's days without a year date nothing
    ("Photo by the Assembly", []),
])
def test_an_undated_page_takes_the_year_of_its_event_box(box, expected):
    art = read_text(Article(article_id="t", source_file="t.txt"), UNDATED.format(box=box).encode())
    x = extract(art)
    assert art.published is None
    assert [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None, e.location,
             sorted(x.people[p].surname for p, _ in e.people)) for e in x.events] == expected


def test_a_headline_over_the_page_date_is_no_masthead():
    page = ("Servicemen to take part in the multinational exercise in Georgia\n\nJuly 21, 2021\n\n"
            "Officers of the army will train with the allied units, the ministry said on the same day.")
    assert _events(page) == []
