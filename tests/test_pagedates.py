"""azdata.pagedates and the reading stage's publication date on pages with real sites' date lines.

Every page here is invented, in the shapes real outlets print (the formats of SOURCES.md in
../shared/dev-real and of saved pages of Azerbaijani and international outlets), with other dates,
names and words. Expected values are what a careful reader of the page would say.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from azdata import pagedates
from azdata.pagedates import date_line
from azdata.read import Article, read_text

D = dt.date.fromisoformat


# ------------------------------------------------------------------ one line: is it a date line, and of what kind

DATE_LINES = [
    # (line, date, kind, has a time of day)
    pytest.param("2019-11-03", "2019-11-03", "date", False, id="bare-iso"),
    pytest.param("2015-08-19 12:47 | www.example.az | 3", "2015-08-19", "date", True, id="iso-aggregator"),
    pytest.param("14/03/2019 08:15", "2019-03-14", "date", True, id="slashes-day-first"),
    pytest.param("2019/03/14 08:15", "2019-03-14", "date", True, id="slashes-year-first"),
    pytest.param("2021.10.05", "2021-10-05", "date", False, id="dots-year-first"),
    pytest.param("Posted by admin on June 9, 2021", "2021-06-09", "date", False, id="posted-by-a-site-account"),
    pytest.param("Written by Editor | 3 July 2018 | 10:12", "2018-07-03", "date", True, id="written-by-the-editor"),
    pytest.param("03/04/2016 11:20", "2016-04-03", "date", True, id="slashes-ambiguous-read-day-first"),
    pytest.param("11/26/2024 12:28:00 AM", "2024-11-26", "date", True, id="slashes-month-first-when-day-over-12"),
    pytest.param("07.12.2020 [09:31]", "2020-12-07", "date", True, id="dots-bracketed-time"),
    pytest.param("5 March 2016 [10:05] - DAILY.AZ", "2016-03-05", "date", True, id="bracket-time-site"),
    pytest.param("11 May 2023 09:40 (UTC+04:00)", "2023-05-11", "date", True, id="utc-offset"),
    pytest.param("  • 3 Feb. 2012 -", "2012-02-03", "date", False, id="bullet-abbreviated-month"),
    pytest.param("09.Feb.2025", "2025-02-09", "date", False, id="dotted-abbreviated-month"),
    pytest.param("June 9, 2021 11:25", "2021-06-09", "date", True, id="month-first-time"),
    pytest.param("Economy Materials 8 April 2015 16:30 (UTC +04:00)", "2015-04-08", "date", True,
                 id="section-names-before"),
    pytest.param("February 2, 2006 Thursday 3:10 PM Eastern Time", "2006-02-02", "date", True,
                 id="wire-weekday-after"),
    pytest.param("Armenia – Aug 3 2022", "2022-08-03", "date", False, id="country-before-no-comma"),
    pytest.param("17 October 2020    Views: 1204", "2020-10-17", "date", False,
                 id="view-counter"),
    pytest.param("Jan. 10, 2018", "2018-01-10", "date", False, id="abbreviated-month-first"),
    pytest.param("Updated: 19-Mar-2004", "2004-03-19", "updated", False, id="updated-dashes"),
    pytest.param("Last updated: 2 Oct. 2010 18:05", "2010-10-02", "updated", True, id="last-updated"),
    pytest.param("Last update: April 2, 2023 22:10", "2023-04-02", "updated", True, id="last-update"),
    pytest.param("By Leyla Karimova June 3, 2019", "2019-06-03", "byline", False, id="byline-with-date"),
    pytest.param("Wednesday June 5 2024", "2024-06-05", "today", False, id="site-today-line"),
    pytest.param("15 Mart 2019", "2019-03-15", "date", False, id="azerbaijani-turkish-march"),
    pytest.param("5 Şubat 2020", "2020-02-05", "date", False, id="turkish-february"),
    pytest.param("1 Ekim 2020 14:02", "2020-10-01", "date", True, id="turkish-october"),
    pytest.param("7 Yanvar 2022", "2022-01-07", "date", False, id="azerbaijani-january"),
    pytest.param("- 19 fevral, 2018", "2018-02-19", "date", False, id="azerbaijani-lower-case"),
    pytest.param("12 марта 2021", "2021-03-12", "date", False, id="russian-genitive"),
    pytest.param("28 ноября 2016, 10:30", "2016-11-28", "date", True, id="russian-november"),
    pytest.param("Le 14 mars 2011", "2011-03-14", "date", False, id="french-le-day-month"),
    pytest.param("jeudi 6 mars 2014", "2014-03-06", "today", False, id="french-weekday-is-a-today-line"),
    pytest.param("3 décembre 2012 18:20", "2012-12-03", "date", True, id="french-accented-month"),
    pytest.param("Freitag, 12. Juli 2019", "2019-07-12", "today", False, id="german-weekday-is-a-today-line"),
    pytest.param("4. Dezember 2019", "2019-12-04", "date", False, id="german-december"),
    pytest.param("vineri, 3 mai 2024", "2024-05-03", "today", False, id="romanian-weekday-is-a-today-line"),
    pytest.param("9 octombrie 2018, 12:40", "2018-10-09", "date", True, id="romanian-october"),
    pytest.param("Aug 14, 2016 3 min read", "2016-08-14", "date", False, id="reading-time-widget"),
    pytest.param("4 February 2019 · 6 min read", "2019-02-04", "date", False, id="reading-time-day-first"),
    pytest.param("March 3, 2020 | 10 minutes read", "2020-03-03", "date", False, id="reading-time-minutes"),
    # an update line that also prints the week of the issue (an old weekly bulletin): the story is of the week,
    # dated by its first day; a week that starts after the update is not the issue's
    pytest.param("Updated: 12-Jun-2002 Week of 10-16 June 2002", "2002-06-10", "date", False,
                 id="updated-line-then-the-week-of-the-issue"),
    pytest.param("Updated: 20-Sep-2006 Week of 18-24 September 2006", "2006-09-18", "date", False,
                 id="updated-line-then-another-week"),
    pytest.param("Updated: 31-Oct-2003 Week of 27 October - 2 November 2003", "2003-10-27", "date", False,
                 id="week-of-the-issue-over-two-months"),
    pytest.param("Updated: 02-Jan-2003 | Week of December 30, 2002 - January 5, 2003", "2002-12-30", "date", False,
                 id="week-of-the-issue-over-two-years-month-first"),
    pytest.param("Week of 15-21 January 2007", "2007-01-15", "date", False, id="week-line-alone"),
    pytest.param("Week beginning 3 March 2008", "2008-03-03", "date", False, id="week-beginning-one-day"),
    pytest.param("Updated: 12-Jun-2002 Week of 17-23 June 2002", "2002-06-12", "updated", False,
                 id="a-week-after-the-update-is-not-the-issue"),
    # a document label before the date: a ministry's or embassy's "Press release <date>"
    pytest.param("Press release 28 December 2017", "2017-12-28", "date", False, id="press-release-label"),
    pytest.param("Press release 14 March 2019 16:20", "2019-03-14", "date", True,
                 id="press-release-label-with-time"),
    pytest.param("Press statement 4 May 2021", "2021-05-04", "date", False, id="press-statement-label"),
    pytest.param("News release · June 3, 2021", "2021-06-03", "date", False, id="news-release-label-month-first"),
    pytest.param("Mətbuat buraxılışı 28 dekabr 2017", "2017-12-28", "date", False,
                 id="press-release-label-azerbaijani"),
    # year first, the month by name, a weekday in brackets (an agency's bulletin stamp)
    pytest.param("2017 November 02 ( Thursday ) 14:10:39", "2017-11-02", "date", True,
                 id="year-first-month-name-bracketed-weekday"),
    pytest.param("2018 March 3 ( Saturday ) 09:05:12", "2018-03-03", "date", True, id="year-first-single-digit-day"),
    pytest.param("2016 Dec. 7 (Wednesday)", "2016-12-07", "date", False, id="year-first-abbreviated-month"),
    pytest.param("2019, May 14 | 17:40", "2019-05-14", "date", True, id="year-first-comma"),
    pytest.param("Last updated: 3 May 2005 for the spring issue", "2005-05-03", "updated", False,
                 id="updated-line-with-prose-after"),
    pytest.param("Updated 21.09.2011, 14:05", "2011-09-21", "updated", True, id="updated-numeric-with-time"),
    # an "Updated:" line that also prints the story's own date (an old NATO Update page): the story's date
    pytest.param("Updated: 10-Mar-2008 7 March 2008", "2008-03-07", "date", False, id="updated-then-issue-date"),
    pytest.param("Updated: 17-Dec-2008   NATO Update   16 Dec. 2008", "2008-12-16", "date", False,
                 id="updated-site-name-issue-date"),
    pytest.param("16 Dec. 2008 | Updated: 18-Dec-2008", "2008-12-16", "date", False, id="issue-date-then-updated"),
    pytest.param("- 4 Dec. 2021 - | Last updated: 14 Dec. 2021 16:57", "2021-12-04", "date", False,
                 id="issue-date-then-last-updated-with-time"),
    pytest.param("Updated: 10-Mar-2008 NATO Update 20 March 2008", "2008-03-10", "updated", False,
                 id="a-day-after-the-update-is-not-the-issue-date"),
    # a year word after the year: Russian "г." (год), Azerbaijani "-ci il"
    pytest.param("14 августа 2017 г. 11:52", "2017-08-14", "date", True, id="russian-year-word-and-time"),
    pytest.param("3 мая 2018 г.", "2018-05-03", "date", False, id="russian-year-word"),
    pytest.param("9 oktyabr 2020-ci il, 16:40", "2020-10-09", "date", True, id="azerbaijani-year-suffix"),
    # a date written over two lines (the page's markup put day and month on one, year and time on the next)
    pytest.param("12 марта\n2019, 14:05", "2019-03-12", "date", True, id="split-russian-day-month-then-year-time"),
    pytest.param("16 декабря\n2008 г.", "2008-12-16", "date", False, id="split-russian-year-word-below"),
    pytest.param("27 Noyabr\n2013 10:15", "2013-11-27", "date", True, id="split-azerbaijani"),
    # a two-digit year, on a line that is nothing but the date (a monitoring service's, a school's news page)
    pytest.param("20 Mar 04", "2004-03-20", "date", False, id="short-year-monitoring"),
    pytest.param("24 Sep 15", "2015-09-24", "date", False, id="short-year-news-page"),
    pytest.param("6 Nov. 01", "2001-11-06", "date", False, id="short-year-abbreviation-point"),
    # figures with dashes, day first (a month first where the first number cannot be a month's day order)
    pytest.param("8-01-2018, 07:37", "2018-01-08", "date", True, id="dash-day-first-time"),
    pytest.param("28-11-2018 14:05", "2018-11-28", "date", True, id="dash-day-month-year-time"),
    pytest.param("05-14-2018", "2018-05-14", "date", False, id="dash-month-first"),
]


@pytest.mark.parametrize("line, date, kind, has_time", DATE_LINES)
def test_date_lines(line, date, kind, has_time):
    got = date_line(line)
    assert got is not None, line
    assert (got.date, got.kind, got.has_time) == (D(date), kind, has_time)


def test_byline_with_date_gives_the_author():
    assert date_line("By Leyla Karimova June 3, 2019").author == "Leyla Karimova"


@pytest.mark.parametrize("line", [
    "The talks were held on 5 May 2020.",                # prose with a date
    "Baku, Azerbaijan, May 4",                           # a dateline: no year, not a date line
    "NATO Days took place on 25-28 November 2013",
    "Cadets visit the Alliance headquarters, October 24-25, 2006",
    "2019 was a busy year for the partnership",
    "Version 1.2.3 of the report",
    "Version 2019.3.4 of the toolkit",                   # a version number, year first
    "Ref. 2019/03/145",                                  # a file number, not a day
    "31/31/2020 10:00",                                 # no such day
    "9-20 Oct. 2004",                                   # the days of an exercise, not of the page
    "12 May 2006 - 19 May 2006",
    "3 – 7 June 2019",
    "From 14 to 18 March 2011",
    "Sep 22nd-26th, 2008",
    "On 2 April 2003 the two sides signed a memorandum of understanding on the clearance of old munitions "
    "left on a former firing range",                     # long: prose
    "4 May\n1994 was the day the partnership began",     # two lines, but the second is prose
    "Week of action 5-11 November 2001",                  # not a week named by its days: an event's span
    "2014 May 4 delegates of the two sides met",         # year first, then prose
    "2017 November 12:30",                               # a year, a month and a time: no day
    "Press release of the ministry 5 May 2019",          # a label in prose
    "E.O. 12958: DECL: 03/01/2019",                      # a document's code and a date of its own
    "Order No. 20451 of 12 May 2020",
    "Room 12 May 04",                                    # a short year only on a line of the date alone
    "31 Feb 04",
    "5-16-21 November",                                   # dashes without a year of four figures
    "Room 12-05-18",
])
def test_not_date_lines(line):
    assert date_line(line) is None


# ------------------------------------------------------------------ a page: which line dates the story

LEAD = ("The Deputy Minister of Defence received a delegation of the Alliance's Partnerships Directorate "
        "and discussed how the units offered to the Operational Capabilities Concept are trained.")
BODY = LEAD + "\n\nThe sides also reviewed the plan of joint events for the coming months.\n"
MENU = "Search\n\nMenu\n\n"  # furniture above the story: an old reader took it for the body

PAGES = [
    # (page text, published, published_from)
    pytest.param("Example.Az\n\nWednesday June 5 2024\n\nDefence ministry hosts NATO team\n\n"
                 "12 March 2019 10:15 (UTC+04:00)\nDefence ministry hosts NATO team\n\n" + BODY,
                 "2019-03-12", "page", id="crawl-day-line-loses-to-the-timestamp"),
    pytest.param("Last update: April 2, 2023 22:10\n\nDefence Ministry Hosts NATO Team\n\n"
                 "By Leyla Karimova June 3, 2019\n\n" + BODY,
                 "2019-06-03", "page", id="site-update-loses-to-the-byline-date"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "10.04.2017 09:12\n"
                 "Latest newsFarmers brace for a dry summer\n02.Mar.2026\nA new bridge opens over the river\n"
                 "01.Mar.2026\nElection campaign enters its final week\n28.Feb.2026\n\n5 Mar 2026\n",
                 "2017-04-10", "page", id="timestamp-below-body-beats-list-and-footer"),
    pytest.param("Farmers brace for a dry summer\n02 March 2026\nA new bridge opens over the river\n01 March 2026\n"
                 "Election campaign enters its final week\n28 February 2026\n\nDefence ministry hosts NATO team\n\n"
                 + BODY, None, "none", id="dates-of-a-list-of-other-headlines-are-not-taken"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "\nLatest news\nFarmers brace for a dry summer\n"
                 "02.Mar.2026\nA new bridge opens over the river\n01.Mar.2026\nElection campaign enters its final "
                 "week\n28.Feb.2026\n\n5 Mar 2026\n",
                 None, "none", id="latest-news-dates-and-footer-are-not-taken"),
    pytest.param("Updated: 19-Mar-2004 March 2004\n\n18 March 2004\n\nNATO support to Azerbaijan\n\n" + BODY,
                 "2004-03-18", "page", id="plain-date-line-beats-updated-line"),
    pytest.param("NATO support to Azerbaijan\n\n" + BODY + "\nLast updated: 2 Oct. 2010 18:05\n",
                 "2010-10-02", "page", id="updated-line-when-nothing-else"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "15 Mart 2019\n",
                 "2019-03-15", "page", id="footer-date-other-language-right-after-body"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "\nShare\nTweet\nSubscribe to our newsletter\n"
                 "Contacts\nAdvertising\nAbout us\n14 Jan 2026\n",
                 None, "none", id="footer-date-far-below-body-is-the-save-day"),
    pytest.param("Wednesday June 5 2024\n\nDefence ministry hosts NATO team\n\n" + BODY,
                 None, "none", id="today-line-alone-is-not-the-story's-date"),
    pytest.param("Defence ministry hosts NATO team\n\nTuesday, 12 March 2019\n\n" + BODY,
                 "2019-03-12", "page", id="weekday-date-line-under-the-headline-is-the-story's"),
    # a weekday line above the headline is the story's when the dateline, or a day the body writes without its year,
    # is that day: the line gives the year the story leaves out
    pytest.param("Agency\nThursday, 23 January 2003\nEnvoy ends visit\n\nBaku, January 23 (Agency). A delegation of "
                 "the Alliance ended its visit to the country after talks with the minister and the staff.\n",
                 "2003-01-23", "page", id="weekday-line-agreeing-with-the-dateline"),
    pytest.param("Defence Review\nTuesday 18 September 2012\nMinister visits Vilnius\n\nA minister of the region held "
                 "talks with his host on September 18 about training and the courses of the academy.\n",
                 "2012-09-18", "page", id="weekday-line-agreeing-with-a-yearless-day-of-the-body"),
    pytest.param("Defence Review\nTuesday 18 September 2012\nMinister visits Vilnius\n\nA minister of the region held "
                 "talks with his host on 18 September about training and the courses of the academy.\n",
                 "2012-09-18", "page", id="weekday-line-agreeing-with-a-day-first-yearless-day"),
    pytest.param("Wednesday June 5 2024\n\nNATO course in Baku\n\nA course for staff officers opened in Baku on "
                 "June 3 with trainers of the Alliance and officers of the army.\n",
                 None, "none", id="weekday-line-of-another-day-is-still-the-site-clock"),
    # a byline with a long office, and the date run into its last word
    pytest.param("Guard visits partners\nBy Sgt. Anna Reed, 137th Airlift Wing Public AffairsMarch 21, 2022\n\n" + BODY,
                 "2022-03-21", "page", id="byline-glued-to-its-date"),
    pytest.param("Defence ministry hosts NATO team\n\n07/05/2015 17:20\n\n" + BODY,
                 "2015-05-07", "page", id="numeric-timestamp-day-first"),
    pytest.param("Wire Service Worldstream\nFebruary 2, 2006 Thursday 3:10 PM Eastern Time\n\n"
                 "NATO course opens for officers\n\nBAKU, Azerbaijan\n\n" + BODY,
                 "2006-02-02", "page", id="wire-service-layout"),
    pytest.param(MENU + "BAKU, Azerbaijan, March 18. The Deputy Minister of Defence received a delegation "
                 "of the Alliance to review the individual partnership plan for 2019 and the training of units.\n\n"
                 "The sides also discussed future events.\n",
                 "2019-03-18", "dateline", id="wire-dateline-without-year"),
    pytest.param(MENU + "Baku. 31 May. REPORT.AZ/ A seminar on mine action opened in the capital, held under a 2016 "
                 "programme of the Alliance and attended by engineers of the army.\n",
                 "2016-05-31", "dateline", id="agency-dateline-without-year"),
    pytest.param(MENU + "Baku, April 29, AZERTAC\n\nA delegation of the Alliance visited the military academy "
                 "as part of the 2021 cooperation plan and met the rector and the cadets.\n",
                 "2021-04-29", "dateline", id="agency-dateline-on-its-own-line"),
    # a dateline in another language of months.csv, the day maybe with its full stop
    pytest.param(MENU + "Baku, 11. Februar, AZERTAC\n\nA delegation of the Alliance visited the military academy "
                 "as part of the 2020 cooperation plan and met the rector and the cadets.\n",
                 "2020-02-11", "dateline", id="agency-dateline-german-month"),
    pytest.param(MENU + "Baku, 5 fevral, AZERTAC\n\nA delegation of the Alliance visited the military academy "
                 "as part of the 2020 cooperation plan and met the rector and the cadets.\n",
                 "2020-02-05", "dateline", id="agency-dateline-azerbaijani-month"),
    pytest.param("Ganja / 14.06.18 / Agency: Officers of the army completed a course run with instructors of the "
                 "Alliance, the ministry said in a statement.\n",
                 "2018-06-14", "dateline", id="numeric-dateline-two-digit-year"),
    pytest.param(MENU + "Chairman of the committee visits Baku\n\nThe chairman of the committee came to Baku on "
                 "Friday, 12 October 2018, for talks with the army's top commanders.\n",
                 "2018-10-12", "body", id="lead-date-on-weekday"),
    pytest.param("NATO seminar held in Baku\n\nAzerbaijan, which signed the Framework Document on 4 May 1994, "
                 "hosted a seminar of the Alliance on energy security for officials of the region.\n",
                 None, "none", id="lead-date-in-a-relative-clause-is-background"),
    pytest.param("NATO and Azerbaijan\n\nThe cornerstone of the partnership was laid on 4 May 1994 when the "
                 "framework document of the programme was signed in Brussels by the president.\n",
                 None, "none", id="lead-date-of-a-history-is-background"),
    pytest.param("Wednesday June 5 2024\n\nNATO and Azerbaijan\n\nThe Alliance, founded in 1949, "
                 "has a long list of partners, and the country joined its cooperation council in 1992, "
                 "the ministry recalled.\n",
                 None, "none", id="background-years-do-not-vouch-for-a-today-line"),
    # an old weekly bulletin's story page: the update line prints the week, the exercise its days
    pytest.param("Updated: 09-Oct-2004 Week of 4-10 October 2004\n\n4-15 Oct. 2004\n\nExercise Joint Harbour\n\n"
                 + BODY, "2004-10-04", "page", id="the-week-of-the-issue-beats-the-update-and-the-exercise-days"),
    pytest.param("Updated: 20-Sep-2006 Week of 18-24 September 2006\n\nNATO Update\n\n18-29 Sep. 2006\n\n"
                 "Exercise Cooperative Longbow 2006\n\n" + BODY,
                 "2006-09-18", "page", id="the-week-of-the-issue-with-the-bulletin-name"),
    pytest.param(" date 2006-09-21 Updated: 20-Sep-2006 Week of 18-24 September 2006\n\nNATO Update\n\n"
                 "18-29 Sep. 2006\n\nExercise Cooperative Longbow 2006\n\n" + BODY,
                 "2006-09-21", "header", id="the-crawler-header-still-rules-a-bulletin-page"),
    # (the gold of six NATO pages of this shape dates the story by the span's first day, not by the update)
    pytest.param("Updated: 09-Oct-2004\n\n4-15 Oct. 2004\n\nExercise Joint Harbour\n\n" + BODY,
                 "2004-10-04", "page", id="exercise-days-under-the-updated-line-date-the-story"),
    # a ministry's or embassy's press release: a slogan, an image banner, then "Press release <date>"
    pytest.param("“Müstəqilliyimiz əbədidir, daimidir, dönməzdir”\nnews banner image Desktop news banner image Mobile\n"
                 "Press release 28 December 2017\n\nForeign ministry sums up the year\n\n" + BODY
                 + "\nSource: AZERTAC\n\nShare this page\n",
                 "2017-12-28", "page", id="press-release-line-under-a-slogan-and-a-banner"),
    pytest.param("news banner image Desktop news banner image Mobile\nEmbassy of the Republic in the Kingdom\n"
                 "Home | Embassy | News | Contact\n\nPress release 14 March 2019\n\nMinister speaks to the "
                 "Council\n\n" + BODY, "2019-03-14", "page", id="press-release-line-under-an-embassy-menu"),
    pytest.param(" date 2017-12-30 “Müstəqilliyimiz əbədidir, daimidir, dönməzdir”\nPress release 28 December 2017\n\n"
                 "Foreign ministry sums up the year\n\n" + BODY,
                 "2017-12-30", "header", id="the-crawler-header-still-rules-a-press-release"),
    # an agency's bulletin page: a photo caption in another script, the headline, the section, a year-first stamp
    pytest.param("Ильхам Алиев и Йенс Столтенберг\n\nNATO and Baku: talks and limits\n\nAnalytics\n\n"
                 "2018 March 3 ( Saturday ) 09:05:12\n\nРусский Azərbaycan\n\n" + BODY,
                 "2018-03-03", "page", id="year-first-stamp-under-a-caption-and-the-section"),
    pytest.param("Political news\nBulletine Politics\n\n2017 November 02 ( Thursday )  14:10:39\nPrint version\n"
                 "Русский Azərbaycan\n\nDefence ministry hosts NATO team\n\n" + BODY,
                 "2017-11-02", "page", id="year-first-stamp-above-the-headline"),
    pytest.param("Exercise Joint Harbour\n\n21 Sep. 2009 - 2 Oct. 2009\n\n" + BODY,
                 None, "none", id="first-and-last-day-of-an-exercise-are-not-the-date"),
    pytest.param("Army prepares for the next drills\nA. Writer/ /Example Monthly\n(June 2, 2020) — The deputy minister "
                 "told a weekly paper that the army's brigades would meet the standards of the Alliance.\n",
                 "2020-06-02", "dateline", id="date-in-brackets-before-the-lead"),
    pytest.param(MENU + "12 March 2017 – The ministry said that cadets of the academy would take part in a course "
                 "held by the Alliance's instructors.\n", "2017-03-12", "dateline", id="date-and-dash-before-the-lead"),
    pytest.param(MENU + "(3 Oct. 2015) - A seminar on the protection of pipelines was held with experts of "
                 "the Alliance in the capital.\n", "2015-10-03", "dateline", id="abbreviated-date-in-brackets"),
    pytest.param("(MENAFN- Example Daily) BAKU, Azerbaijan, October 9. Officers of the army finished a course\n"
                 "on staff procedures, the ministry said.\nThe course is part of the 2022 plan of joint events.\n",
                 "2022-10-09", "dateline", id="syndicator-tag-before-the-wire-dateline"),
    pytest.param("(Wire Service) TBILISI, Georgia, May 21. Officers of the region met instructors of the Alliance "
                 "for a course planned in the 2018 programme.\n", "2018-05-21", "dateline",
                 id="source-tag-before-a-capital-city-dateline"),
    pytest.param(MENU + "BAKU, Azerbaijan, Nov.3\n\nThe envoy of the Alliance met officials in the capital as part "
                 "of the 2017 consultations.\n", "2017-11-03", "dateline", id="abbreviated-month-glued-to-the-day"),
    # an old NATO Update page: the issue date and an "Updated:" line; the story's date is the issue's
    pytest.param("NATO Update\nUpdated: 10-Mar-2008 NATO Update 7 March 2008\n\nNATO support to Azerbaijan\n\n" + BODY,
                 "2008-03-07", "page", id="nato-update-issue-date-on-the-updated-line"),
    pytest.param("Updated: 18-Dec-2008\n\n16 Dec.\n2008\n\nNATO support to Azerbaijan\n\n" + BODY,
                 "2008-12-16", "page", id="nato-update-issue-date-split-over-two-lines"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "\n7 Mar. 2008 | Updated: 10-Mar-2008\n",
                 "2008-03-07", "page", id="issue-and-update-dates-in-the-footer"),
    pytest.param("Updated: 10-Mar-2008 NATO Update\n\nNATO support to Azerbaijan\n\n7 March 2008 The Alliance "
                 "and the country agreed an updated plan of the partnership, its first full revision.\n",
                 "2008-03-07", "dateline", id="nato-update-issue-date-run-into-the-lead"),
    # a date split over two lines: day and month on one, year (and time) on the next
    pytest.param("Политика\n\n12 марта\n2019, 14:05\n\nDefence ministry hosts NATO team\n\n" + BODY,
                 "2019-03-12", "page", id="split-date-russian-above-the-headline"),
    pytest.param("Deputy head of the Alliance visits Baku\n\n16 декабря\n2008 г.\n\n" + BODY,
                 "2008-12-16", "page", id="split-date-russian-year-word-under-the-headline"),
    pytest.param("Defence ministry hosts NATO team\n\n5 Oktyabr\n2022, 09:30\n\n" + BODY,
                 "2022-10-05", "page", id="split-date-azerbaijani"),
    pytest.param("Defence ministry hosts NATO team\n\n3 Ekim\n2020 14:02\n\n" + BODY,
                 "2020-10-03", "page", id="split-date-turkish"),
    pytest.param("Defence ministry hosts NATO team\n\n" + BODY + "\n21 февраля\n2017, 18:45\n",
                 "2017-02-21", "page", id="split-date-below-the-body"),
    pytest.param("Defence ministry hosts NATO team\n\n21 июля 2016 г. 09:41\n\n" + BODY,
                 "2016-07-21", "page", id="russian-timestamp-with-year-word"),
    # a span of days beside the page's "updated" line (a NATO news page) is the story's date, its first day;
    # a span alone on a page (an exercise's banner) stays the event's span
    pytest.param("Home | News | Topics\n\nEnvoy tours the region\n\n  • 12 Mar. 2011 - 15 Mar. 2011\n  • |\n"
                 "  • Last updated: 02 Apr. 2011 10:05\n\n" + BODY, "2011-03-12", "page",
                 id="range-beside-last-updated"),
    pytest.param("Updated: 30-Oct-2004 Oct 2004\n\n21-22 October 2004\n\nEnvoy tours the region\n\n" + BODY,
                 "2004-10-21", "page", id="range-under-updated"),
    pytest.param("Exercise Steady Partner\n\n3-14 June 2004\n\nTbilisi, Georgia\n\n" + BODY, None, "none",
                 id="range-in-a-banner-alone"),
    pytest.param("Home | News\n\n  • 12 Mar. 2011 - 15 Mar. 2011\n  • |\n  • Last updated: 02 Mar. 2011 10:05\n\n"
                 + BODY, "2011-03-02", "page", id="range-after-the-update-is-not-the-story"),
    pytest.param("Wednesday June 5 2024\n\nNATO course in Baku\n\nA course for staff officers was held "
                 "in Baku from 3 to 7 June 2019 with trainers of the Alliance and officers of the army.\n",
                 None, "none", id="lead-with-only-a-range-and-a-today-line"),
]


@pytest.mark.parametrize("text, published, source", PAGES)
def test_publication_date_of_a_page(text, published, source):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    body = [art.text[s:e] for s, e in art.paragraphs]
    assert art.published == (D(published) if published else None), body
    assert art.published_from == source
    if BODY in text:  # date lines, menus, lists and footers are not the story
        assert body == BODY.strip().split("\n\n")
    else:  # a bare wire dateline stays, as its own paragraph, to date the lead (extract/story.py)
        lead = body[1] if re.fullmatch(r"[A-Z]+, [A-Z][a-z]+, [A-Z][a-z]+\.? ?\d+\.?", body[0]) else body[0]
        assert lead.startswith(("The ", "A ", "Officers ", "Azerbaijan,", "Cadets ")), body
    if published is None:
        assert any("no publication date" in p for p in art.problems)


@pytest.mark.parametrize("heading, date", [
    ("Joint press conference of the President and the Secretary General - Presidential Palace, September 30 1998.",
     "1998-09-30"),
    ("Speech by the President at the summit – Bucharest, 3 April 2008", "2008-04-03"),
    ("Statement of the Minister at the Council - Brussels, 12.05.2021", "2021-05-12"),
    ("Remarks by the Ambassador — 7 May 2019", "2019-05-07"),
    ("The exercise will run until 30 September 2024.", None),
    ("The talks, held on 3 April 2008, were useful.", None),
    ("The minister - who arrived on 3 April 2008 - met the envoy.", None),
    ("Press conference - Baku", None),
])
def test_a_heading_dated_after_a_dash(heading, date):
    # archives of speeches and transcripts date a text at the end of its heading, after a dash and a place
    assert pagedates.heading_date(heading) == (D(date) if date else None)


def test_a_transcript_dated_by_its_heading_only():
    text = ("Archive of speeches\n\nJoint press conference of the President and the Secretary General - "
            "Presidential Palace, September 30 1998.\n\nThe President: Dear members of the press, the talks were "
            "useful.\n")
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    assert (art.published, art.published_from) == (D("1998-09-30"), "body")


def test_header_wins_over_a_split_date_line_and_neither_line_is_body():
    art = read_text(Article(article_id="t", source_file="t.txt"),
                    (" date 2019-03-13 Политика\n12 марта\n2019, 14:05\n\nDefence ministry hosts NATO team\n\n"
                     + BODY).encode())
    assert (art.published, art.published_from) == (D("2019-03-13"), "header")
    assert [art.text[s:e] for s, e in art.paragraphs] == BODY.strip().split("\n\n")
    assert art.title == "Defence ministry hosts NATO team"


def test_header_still_wins_over_every_date_line():
    art = read_text(Article(article_id="t", source_file="t.txt"),
                    (" date 2020-02-02 Menu\nDefence ministry hosts NATO team\n12 March 2019 10:15 (UTC+04:00)\n\n"
                     + BODY).encode())
    assert (art.published, art.published_from) == (D("2020-02-02"), "header")
    assert [art.text[s:e] for s, e in art.paragraphs] == BODY.strip().split("\n\n")


@pytest.mark.parametrize("text, first", [
    ("BAKU, Azerbaijan, March 9. First Deputy Minister Elnur Karimov met the Alliance's envoy in 2023.\n", "First "),
    ("BAKU, Azerbaijan, March 9. On March 9, the envoy of the Alliance met officials in 2023.\n", "On March 9"),
    ("Baku, December 11, AZERTAC\n\nThe envoy of the Alliance met officials in the capital in 2019.\n", "The envoy"),
    ("Baku. 14 March. REPORT.AZ/ A round table on the partnership was held at an embassy in 2016.\n", "A round"),
])
def test_a_dateline_is_cut_off_the_first_sentence_whole(text, first):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    assert art.published_from == "dateline"
    paragraphs = [art.text[slice(*p)] for p in art.paragraphs]
    if paragraphs[0].endswith(".") and text.startswith(paragraphs[0] + " "):  # a bare dateline kept on its own
        paragraphs = paragraphs[1:]
    assert paragraphs[0].startswith(first)
