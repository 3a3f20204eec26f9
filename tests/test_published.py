"""azdata.published: the publication date a page gives in its dateline or its lead, when no header does.

Every page here is invented in the shape of real ones (wire copies, syndicated and archived pages
whose first line runs the date into the first word of the story; leads that date a background
event), with other dates, names and words. Expected values are what a careful reader would say.
"""
from __future__ import annotations

import datetime as dt

import pytest

from azdata.read import Article, read_text

D = dt.date.fromisoformat
REST = "\n\nThe sides also reviewed the plan of joint events for the coming months.\n"


def _read(text: str) -> Article:
    return read_text(Article(article_id="t", source_file="t.txt"), text.encode())


def _body(art: Article) -> list[str]:
    return [art.text[s:e] for s, e in art.paragraphs]


# ------------------------------------------------------------------ a date run into the first word of the story

GLUED = [
    # (page, published, published_from, first body paragraph starts with)
    pytest.param("Alliance team visits the staff college\n\n17.03.2021Baku hosted a delegation of the Alliance's "
                 "partnerships directorate, which discussed the training of declared units." + REST,
                 "2021-03-17", "dateline", "Baku hosted", id="numeric-date-glued-to-a-city"),
    pytest.param("Alliance team visits the staff college\n\nMarch 5, 2019BAKU, Azerbaijan - A delegation of the "
                 "Alliance's partnerships directorate discussed the training of declared units." + REST,
                 "2019-03-05", "dateline", "BAKU, Azerbaijan", id="month-first-date-glued-to-a-capital-city"),
    pytest.param("Envoy ends his tour of the region\n\n4 June 2012The envoy of the Alliance wrapped up a two-day "
                 "visit to the region with talks in the capital." + REST,
                 "2012-06-04", "dateline", "The envoy", id="day-first-date-glued-to-the-first-word"),
    pytest.param("Deputy head of the Alliance visits Baku\n\n16 December 2008 The deputy head of the Alliance "
                 "visited Azerbaijan to meet senior officials and discuss the partnership plan." + REST,
                 "2008-12-16", "dateline", "The deputy head", id="date-before-the-lead-without-a-dash"),
    pytest.param("Envoy ends his tour of the region\n\nNov. 8, 2004Officials of the ministry received the envoy of "
                 "the Alliance, who had arrived from Tbilisi the evening before." + REST,
                 "2004-11-08", "dateline", "Officials", id="abbreviated-month-glued"),
    pytest.param(" date 2021-03-18 Alliance team visits the staff college\n\n17.03.2021Baku hosted a delegation of "
                 "the Alliance's partnerships directorate, which discussed the training of declared units." + REST,
                 "2021-03-18", "header", "Baku hosted", id="header-wins-and-the-date-is-cut-off-the-lead"),
    pytest.param("Alliance team visits the staff college\n\n12 March 2019 marked a quarter of a century of the "
                 "partnership, the ministry said in a statement on its website." + REST,
                 None, "none", "12 March 2019 marked", id="a-date-that-is-the-subject-of-the-sentence-stays"),
]


# ------------------------------------------------------------------ a header that gives only the month

@pytest.mark.parametrize("text, published", [
    # the dateline's day in the header's month and year
    pytest.param(" date 2021-11 Bakou, 15 novembre, AZERTAC\n\nThe minister met the deputy head of the Alliance "
                 "at its headquarters." + REST, "2021-11-15", id="glued-to-a-french-dateline"),
    pytest.param(" date 2020-02\nBaku, 11. Februar, AZERTAC\n\nThe minister will visit the headquarters of the "
                 "Alliance to attend a meeting." + REST, "2020-02-11", id="above-a-german-dateline"),
    pytest.param(" date 2019-07 Baku, July 3, AZERTAC\n\nThe minister received the envoy of the Alliance." + REST,
                 "2019-07-03", id="glued-to-an-english-dateline"),
    # (a dateline in another month: the header does not say its year)
    pytest.param(" date 2019-07 Baku, March 3, AZERTAC\n\nThe minister received the envoy of the Alliance." + REST,
                 None, id="dateline-in-another-month"),
])
def test_a_month_header_gives_the_datelines_year(text, published):
    art = _read(text)
    assert art.published == (D(published) if published else None)
    assert art.published_from == ("dateline" if published else "none")


# ------------------------------------------------------------------ datelines in other languages' word order

@pytest.mark.parametrize("dateline, published", [
    pytest.param("Baku, den 25. November (AZERTAG).", "2011-11-25", id="german-den-and-a-full-stop-after-the-agency"),
    pytest.param("Bakou, le 15 novembre (AZERTAC).", "2011-11-15", id="french-le"),
    pytest.param("Baku, 25 November (AZERTAC).", "2011-11-25", id="agency-in-brackets-and-a-full-stop"),
])
def test_a_dateline_with_an_article_before_the_day(dateline, published):
    art = _read(" date 2011-11\n" + dateline + " According to the agency, a conference on the partnership is being "
                "held in the city today." + REST)
    assert art.published == D(published)
    assert art.published_from == "dateline"
    assert _body(art)[0].startswith("According to the agency")


# ------------------------------------------------------------------ an archive's heading that ends with the day

@pytest.mark.parametrize("heading, published, source", [
    pytest.param("Из беседы Президента с делегацией Альянса - Президентский дворец, 13 ноября 2001 года", "2001-11-13",
                 "page", id="russian-heading-with-a-year-word"),
    pytest.param("From the talk of the President with the delegation of the Alliance - Baku, January 16, 2001",
                 "2001-01-16", "page", id="english-heading"),
    # (a speech's heading is the first paragraph of the text it heads)
    pytest.param("Statement by His Excellency Dr. Elnur Karimov, Minister of Foreign Affairs of the Republic, "
                 "15 December 2000", "2000-12-15", "body", id="statement-by-then-a-comma-and-the-day"),
    pytest.param("Söhbətdən: Prezident Alyansın nümayəndə heyəti ilə - Bakı, 5 may 2003-cü il", None, "none",
                 id="a-year-glued-to-its-word-is-not-read"),
])
def test_the_day_an_archive_heading_ends_with(heading, published, source):
    text = ("Library of speeches\nHome | Biography | Speeches\n\n" + heading + "\n\n\nThe President: Dear guests, "
            "you are welcome here, and we are glad that the work of the partnership goes on so well." + REST)
    art = _read(text)
    assert art.published == (D(published) if published else None)
    assert art.published_from == source


@pytest.mark.parametrize("text, published, source, first", GLUED)
def test_a_date_run_into_the_first_word(text, published, source, first):
    art = _read(text)
    assert art.published == (D(published) if published else None), _body(art)
    assert art.published_from == source
    assert _body(art)[0].startswith(first), _body(art)


# ------------------------------------------------------------------ a lead that dates a background event

LEADS = [
    # (page, published, published_from): no date line; the lead's date is the story's only if it dates what
    # the story reports, not an earlier occasion it mentions
    pytest.param("NATO chief on Azerbaijan\n\nThe Secretary General welcomed reports of progress in the presidential "
                 "elections on 15 October 2008 and thanked the country for its troops." + REST,
                 None, "none", id="the-date-of-an-election-the-lead-mentions"),
    pytest.param("NATO chief on Azerbaijan\n\nFollowing the elections held on 15 October 2008, the Secretary "
                 "General visited Baku on 3 March 2009 for talks on the partnership." + REST,
                 "2009-03-03", "body", id="following-an-election-then-the-visit"),
    pytest.param("Envoy in Baku\n\nThe envoy of the Alliance, who took up the post after the referendum on 18 March "
                 "2009, met the minister on 2 June 2009 in Baku." + REST,
                 "2009-06-02", "body", id="a-relative-clause-then-the-meeting"),
    pytest.param("Envoy in Baku\n\nIn the wake of the ceasefire agreed on 10 November 2020, the envoy of the "
                 "Alliance came to Baku on 19 November 2020 for talks." + REST,
                 "2020-11-19", "body", id="in-the-wake-of-a-ceasefire"),
    pytest.param("Minister at the Alliance's headquarters\n\nThe minister visited the headquarters of the Alliance "
                 "on 7 September 2017 and met its deputy head." + REST,
                 "2017-09-07", "body", id="the-story's-own-date-stays"),
    pytest.param("The Alliance and Azerbaijan\n\nThe country marked the anniversary of its referendum on 18 March "
                 "2009 with a conference attended by envoys of the Alliance." + REST,
                 None, "none", id="an-anniversary-of-a-referendum"),
    # the page has a date line: the lead's background date never dates it, and the story comes after the past
    # events it reports (a dateline without a year takes the first year that is so)
    pytest.param("BAKU, Azerbaijan, March 3. The Secretary General said the country should build on the progress "
                 "made in the presidential elections on 15 October 2008." + REST,
                 "2009-03-03", "dateline", id="yearless-dateline-after-the-elections-it-reports"),
    pytest.param("BAKU, Azerbaijan, October 3. The deputy minister recalled the agreement signed on 12 November 2008 "
                 "and met the envoy of the Alliance." + REST,
                 "2009-10-03", "dateline", id="yearless-dateline-after-a-recalled-signing"),
    pytest.param("BAKU, Azerbaijan, March 3. The summit of the Alliance will be held on 2 April 2008 in Bucharest, "
                 "the ministry said." + REST,
                 "2008-03-03", "dateline", id="yearless-dateline-before-an-announced-summit"),
    pytest.param("NATO chief on Azerbaijan\n\n3 March 2009 10:15\n\nThe Secretary General welcomed the progress of "
                 "the presidential elections on 15 October 2008." + REST,
                 "2009-03-03", "page", id="a-timestamp-beats-the-lead's-background-date"),
]


@pytest.mark.parametrize("text, published, source", LEADS)
def test_a_background_date_in_the_lead(text, published, source):
    art = _read(text)
    assert art.published == (D(published) if published else None), _body(art)
    assert art.published_from == source
