"""Report styles beyond the news brief: exercise and visit reports with day ranges, participating-country
lists, reference pages on the partnership's history, signings and events named by their year. Every case
is an invented sentence with paraphrases."""
from __future__ import annotations

import datetime as dt

import pytest

from azdata.dates import find_dates
from azdata.extract import delegation_countries, extract
from azdata.read import Article, read_text

PUBLISHED = dt.date(2016, 7, 1)


@pytest.mark.parametrize("text, start, end", [
    ("The exercise took place from 5-16 November 2012 in Baku.", "2012-11-05", "2012-11-16"),
    ("They met on 24 and 25 September 2010.", "2010-09-24", "2010-09-25"),
    ("24 Sep. 2007 - 28 Sep. 2007", "2007-09-24", "2007-09-28"),
    ("The course was held between 3 and 7 June 2013.", "2013-06-03", "2013-06-07"),
    ("Held 2 Oct. 2014 – 9 Oct. 2014 at the training centre.", "2014-10-02", "2014-10-09"),
    ("Sep 24, 2007 – Sep 28, 2007: a staff exercise", "2007-09-24", "2007-09-28"),
    ("The seminar ran from 30 November - 2 December 2015.", "2015-11-30", "2015-12-02"),
    ("The drills lasted November 30 - December 2, 2015.", "2015-11-30", "2015-12-02"),
    ("The talks were held on September 24 and 25, 2010.", "2010-09-24", "2010-09-25"),
    ("The course ran from June 3 to 7, 2013.", "2013-06-03", "2013-06-07"),
])
def test_day_ranges(text, start, end):
    ranges = [d for d in find_dates(text, PUBLISHED) if d.kind == "range"]
    assert [(str(d.date_start), str(d.date_end)) for d in ranges] == [(start, end)]


@pytest.mark.parametrize("text", [
    "On June 3 and 25 people came to the opening.",   # a day and a count, no range
    "The bulletin of 24 Sep. 2007 - the first one - was short.",
])
def test_not_a_range(text):
    assert not [d for d in find_dates(text, PUBLISHED) if d.kind == "range"]


@pytest.mark.parametrize("sentence, expected", [
    ("Participating NATO countries are: Bulgaria, Canada, Romania and the United States.",
     ["BGR", "CAN", "ROU", "USA"]),
    ("Partner countries involved in the exercise are: Georgia, Moldova, Ukraine and Azerbaijan.",
     ["GEO", "MDA", "UKR"]),
    ("Nations taking part include Italy, Spain and Portugal.", ["ITA", "ESP", "PRT"]),
    ("The participating states were Greece, Hungary and Slovakia.", ["GRC", "HUN", "SVK"]),
    ("Allies taking part: Norway and Denmark.", ["NOR", "DNK"]),
    ("Members of the delegation were the Permanent Representatives to NATO of Greece, Hungary, the Netherlands "
     "and Spain, together with the Deputy Permanent Representatives to NATO of the United States and France.",
     ["GRC", "HUN", "NLD", "ESP", "USA", "FRA"]),
    ("The delegation included the permanent representatives of Norway and Slovenia and the deputy permanent "
     "representatives of Portugal and the Czech Republic.", ["NOR", "SVN", "PRT", "CZE"]),
    # a country that leads or runs the event
    ("The exercise is being led by Turkey within the Partnership for Peace programme.", ["TUR"]),
    ("The course, organised by Romania and Poland, opened in Baku.", ["ROU", "POL"]),
    ("The drills were conducted by the United Kingdom.", ["GBR"]),
    # no list
    ("Both countries are interested in closer ties.", []),
    ("The two countries are Azerbaijan's main partners.", []),
    ("The delegation was led by Turkey's ambassador.", []),
    ("Turkey and Greece are NATO members.", []),
    ("The meeting was hosted by the Azerbaijan Army.", []),
])
def test_participating_country_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


def _extract(text: str, published: str | None = None):
    head = f" date {published}\n\n" if published else ""
    art = read_text(Article("t", "t.txt"), (head + text + "\n").encode("utf-8"))
    return extract(art)


@pytest.mark.parametrize("text, expected", [
    ("Cooperation between Azerbaijan and NATO dates from March 1992, when Azerbaijan became a member of the North "
     "Atlantic Cooperation Council (NACC).", ("NACC", 1992, "joined")),
    ("Relations go back to 1992, when the country became one of the members of the NACC.", ("NACC", 1992, "joined")),
    ("In 1992 Azerbaijan joined the NACC.", ("NACC", 1992, "joined")),
    ("Azerbaijan signed the PfP Framework Document on 4 May 1994.", ("PfP", 1994, "signed")),
    ("Azerbaijan went on in 1996 to hand NATO its Presentation Document.",
     ("PfP Presentation Document", 1996, "submitted")),
    ("The country submitted its Presentation Document in 1996.", ("PfP Presentation Document", 1996, "submitted")),
    ("Cooperation with the NATO PA goes back to 1999, when the country received observer status.",
     ("NATO PA", 1999, "other")),
    ("In 2002, the NATO PA decided to grant Azerbaijan associate member status.", ("NATO PA", 2002, "joined")),
    ("The Milli Majlis became an associate member of the NATO Parliamentary Assembly in 2002.",
     ("NATO PA", 2002, "joined")),
])
def test_reference_page_milestones(text, expected):
    found = [(m.programme, m.year, m.action) for m in _extract(text).milestones]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "According to the official, an officer of the Ministry of Emergency Situations has been working at the EADRCC "
    "since 2009.",
    "A representative of the ministry has served at the EADRCC since 2011 as a liaison officer.",
])
def test_a_persons_service_is_not_a_milestone(text):
    assert _extract(text).milestones == []


@pytest.mark.parametrize("text, published, expected", [
    ("On 2 April, the ambassador and the agency's general manager put their signatures to a Memorandum of "
     "Understanding on a Trust Fund project.", "2003-04-03", [("ceremony", "2003-04-02")]),
    ("The two ministers signed a memorandum of understanding on military education in Baku on 14 June.",
     "2023-06-15", [("ceremony", "2023-06-14")]),
    ("On 9 December 2004 the sides signed an agreement on transit.", "2004-12-10", [("ceremony", "2004-12-09")]),
    # signing a programme's founding document is a milestone, not an event
    ("Azerbaijan was among the first to take up the invitation, signing the Framework Agreement on 4 May 1994.",
     "2006-01-10", []),
])
def test_signings(text, published, expected):
    events = _extract(text, published).events
    assert [(e.event_type, str(e.date_start)) for e in events] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Its platoon has taken part in several EADRCC exercises, among them the 2015 exercise in Ukraine and the "
     "2016 exercise \"Crna Gora 2016\" in Montenegro.", "2017-01-21",
     [("exercise", "2015-01-01", "year", "Ukraine"), ("exercise", "2016-01-01", "year", "Montenegro")]),
    ("Officers from Baku attended the 2013 staff conference in Tbilisi.", "2014-02-01",
     [("conference", "2013-01-01", "year", "Tbilisi")]),
    # a year after publication is a plan; a year the article already dates by day names that event
    ("Baku will host the 2027 exercise.", "2025-05-01", []),
    ("The second day of the 2012 summit opened in Brussels on 21 May 2012.", "2012-05-22",
     [("conference", "2012-05-21", "day", "Brussels")]),
])
def test_events_named_by_their_year(text, published, expected):
    events = _extract(text, published).events
    assert [(e.event_type, str(e.date_start), e.precision, e.location) for e in events] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an itinerary: one visit per stop, each in its own place
    ("NATO Secretary General Jens Stoltenberg will tour the South Caucasus next week, visiting Azerbaijan on 17 "
     "March, Georgia on 18 March and Armenia on 19 March.", "2024-03-16",
     [("2024-03-17", "Azerbaijan"), ("2024-03-18", "Georgia"), ("2024-03-19", "Armenia")]),
    ("The envoy visited Baku on 3 May, then Tbilisi on 5 May and Yerevan on 6 May.", "2022-05-07",
     [("2022-05-03", "Baku"), ("2022-05-05", "Tbilisi"), ("2022-05-06", "Yerevan")]),
    # a tour of several countries has no one place; its stops keep theirs
    ("A General Staff delegation led by Lieutenant General Ramiz Tahirov visited Belgium, the Netherlands and "
     "Germany from 8 to 11 June 2015. On 9 June the delegation visited the Joint Force Command in Brunssum.",
     "2015-06-12", [("2015-06-08", ""), ("2015-06-09", "Brunssum")]),
    ("The special representative made his first trip to the region in October 2021, visiting Azerbaijan, Georgia "
     "and Armenia.", "2021-11-02", [("2021-10-01", "")]),
])
def test_itineraries(text, published, expected):
    events = [e for e in _extract(text, published).events if e.event_type == "visit"]
    assert [(str(e.date_start), e.location) for e in events] == expected


@pytest.mark.parametrize("text", [
    "NATO Secretary General Jens Stoltenberg thanked the partners. He made the remarks on 20 August, speaking at a "
    "press conference in Brussels.",
    "NATO Secretary General Jens Stoltenberg praised the contribution. He spoke at the joint press point in "
    "Brussels on 20 August.",
])
def test_the_speaker_at_a_press_conference_takes_part(text):
    events = _extract(text, "2021-08-23").events
    assert [(e.event_type, str(e.date_start)) for e in events] == [("conference", "2021-08-20")]
    x = _extract(text, "2021-08-23")
    assert [x.people[p].surname for p, _ in x.events[0].people] == ["Stoltenberg"]


@pytest.mark.parametrize("text", [
    'The exercise "Cooperative Shield 2012" took place from 5-16 November 2012 near Baku.',
    "The exercise “Steppe Eagle” was held on 5-16 November 2012 near Baku.",
])
def test_an_exercise_named_in_quotes(text):
    events = _extract(text, "2012-11-20").events
    assert [(e.event_type, str(e.date_start), str(e.date_end)) for e in events] == [
        ("exercise", "2012-11-05", "2012-11-16")]


@pytest.mark.parametrize("text, expected", [
    # a dateline dates the lead that follows, and gives its city
    ("BAKU, Azerbaijan, July 5. A delegation headed by Major General Stefan Fix started its programme with a visit "
     "to the National Defense University.", [("visit", "2023-07-05", "Baku")]),
    ("GANJA, Azerbaijan, July 5. A NATO team started its programme with a visit to the garrison.",
     [("visit", "2023-07-05", "Ganja")]),
    ("Photo gallery\n\nBaku, Azerbaijan, July 5\n\nTrend:\n\nTacan Ildem, NATO Assistant Secretary General, has "
     "been received by President Ilham Aliyev.", [("meeting", "2023-07-05", "Baku")]),
    # the lead in the present perfect, after the outlet's name or what is left of a dateline
    ("Baku, July 5 (AZERTAC). Defence Minister Zakir Hasanov has held talks with Rear Admiral Bulent Turan.",
     [("meeting", "2023-07-05", "")]),
    ("Trend:\n\nTacan Ildem, NATO Assistant Secretary General, has been received by President Ilham Aliyev.",
     [("meeting", "2023-07-05", "")]),
    # a dated sentence that is no dateline dates nothing after it
    ("The statement is dated July 5 and signed by the ministry.\n\nThe delegation started its programme with a "
     "visit to the university.", []),
])
def test_a_dateline_dates_the_lead(text, expected):
    events = _extract(text, "2023-07-05").events
    assert [(e.event_type, str(e.date_start), e.location) for e in events] == expected
