"""azdata.dates: date expressions found in one sentence and resolved against the publication date.

Each case is (sentence, publication date, expected mentions left to right).  An
expected mention is (date_text, date_start, date_end, precision[, flags]); flags
not listed (``until``, ``since``, ``vague``) must be False.  ``ANY`` means the
value is not pinned down (too vague to have one right answer).

Expected values are read from the sentence as a careful reader would (SPEC.md,
the gold files and dev-corpus/SOURCES.md), not taken from the code's output.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from azdata.dates import find_dates, first_full_date

ANY = object()
FLAGS = ("until", "since", "vague")
LEADING_PREPOSITION = re.compile(r"^(?:from|on|in|since|until|till|by|during)\s+", re.IGNORECASE)


def _core(text: str) -> str:
    """The expression without a leading preposition ("from 17 to 19 March" ~ "17 to 19 March")."""
    return LEADING_PREPOSITION.sub("", text.strip())


def _d(iso):
    return dt.date.fromisoformat(iso) if isinstance(iso, str) else iso


CASES = [
    # --- weekdays, resolved against the publication date -------------------------------
    pytest.param(  # same weekday as publication (Monday 2024-03-18) = that very day
        "Azerbaijan’s Defense Minister, Colonel General Zakir Hasanov, on Monday received a delegation headed by "
        "NATO Secretary General Jens Stoltenberg, who is in Baku on an official visit.",
        "2024-03-18", [("Monday", "2024-03-18", None, "day")], id="weekday-same-as-publication"),
    pytest.param(
        "The Secretary General arrived in Baku on Sunday, when he was received by President Ilham Aliyev.",
        "2024-03-18", [("Sunday", "2024-03-17", None, "day")], id="weekday-past-day-before"),
    pytest.param(  # two relative expressions, both in the future
        "He is due to travel to Tbilisi later today for talks with the Georgian leadership, and to be in Yerevan "
        "on Tuesday, where he will meet Prime Minister Nikol Pashinyan.",
        "2024-03-18", [("later today", "2024-03-18", None, "day"), ("Tuesday", "2024-03-19", None, "day")],
        id="weekday-future-will-meet"),
    pytest.param(
        "An academic conference held in Baku on Tuesday marked 30 years since Azerbaijan signed the Framework "
        "Document of NATO’s Partnership for Peace (PfP) programme.",
        "2024-11-27", [("Tuesday", "2024-11-26", None, "day")], id="weekday-past-tuesday"),
    pytest.param(
        "San, who arrived in Baku on Monday at the head of a NATO delegation for a two-day visit, was received "
        "on the same day by Colonel Elchin Abdullayev.",
        "2024-11-27", [("Monday", "2024-11-25", None, "day"), ANY], id="weekday-past-monday-same-day"),
    pytest.param(
        "Azerbaijan's Milli Majlis on Tuesday approved the withdrawal of the country's peacekeeping platoon from "
        "Kosovo, after Pristina's unilateral declaration of independence from Serbia last month.",
        "2008-03-05", [("Tuesday", "2008-03-04", None, "day"), ("last month", "2008-02-01", None, "month",
                                                                  {"vague": True})],
        id="weekday-and-last-month"),
    pytest.param(
        "He was due to fly on to Armenia on Friday afternoon for talks with the leadership there.",
        "2004-11-05", [("Friday", "2004-11-05", None, "day")], id="weekday-was-due-same-day"),
    pytest.param(
        "The head of the Alliance arrived in Baku from Georgia on Thursday as part of a tour of the South Caucasus.",
        "2004-11-05", [("Thursday", "2004-11-04", None, "day")], id="weekday-past-thursday"),
    pytest.param(
        "The minister will visit Brussels on Monday to attend a meeting of the North Atlantic Council.",
        "2024-11-27", [("Monday", "2024-12-02", None, "day")], id="weekday-future-next-week"),
    # --- ranges written in other ways: through, ordinal days, two months, a list of days -------
    pytest.param("The exercise was held from 6 through 10 May in the Black Sea.", "2024-05-20",
                 [("from 6 through 10 May", "2024-05-06", "2024-05-10", "day")], id="range-through"),
    pytest.param("The course ran from the 7th to the 10th of May.", "2024-05-20",
                 [("from the 7th to the 10th of May", "2024-05-07", "2024-05-10", "day")], id="range-ordinal-days"),
    pytest.param("The drills took place between 27 April and 7 May.", "2024-05-20",
                 [("between 27 April and 7 May", "2024-04-27", "2024-05-07", "day")], id="range-between-two-months"),
    pytest.param("The active phase took place on 14, 15 and 16 May.", "2024-05-20",
                 [("14, 15 and 16 May", "2024-05-14", "2024-05-16", "day")], id="range-list-of-days"),
    pytest.param("Sessions were held on 2, 3, 6 and 7 May.", "2024-05-20",
                 [("2, 3, 6 and 7 May", "2024-05-02", "2024-05-07", "day")], id="range-list-first-to-last"),
    pytest.param("The tactical exercise held on May 14 to 16 involved a battalion.", "2024-05-20",
                 [("May 14 to 16", "2024-05-14", "2024-05-16", "day")], id="range-month-first-to-no-year"),
    pytest.param(  # a count after the second number: a day and a number of people, not a range
        "On May 14 to 25 officers took part in the training.", "2024-05-20",
        [("May 14", "2024-05-14", None, "day")], id="range-month-first-then-a-count"),
    pytest.param("The drills are taking place from 1 through August 5, 2022, under the programme.", "2022-08-03",
                 [("from 1 through August 5, 2022", "2022-08-01", "2022-08-05", "day")],
                 id="range-day-then-month-first"),
    pytest.param("In October-November 2004 the envoy toured the region.", "2005-01-20",
                 [("October-November 2004", "2004-10-01", "2004-11-01", "month")], id="range-of-months-dash"),
    pytest.param("The course ran in March–April 2019.", "2019-06-01",
                 [("March–April 2019", "2019-03-01", "2019-04-01", "month")], id="range-of-months-en-dash"),
    pytest.param(  # a month's short form before a capitalised word is a first name
        "The minister praised the visit of Jan Novak to Baku in March 2023.", "2024-05-20",
        [("March 2023", "2023-03-01", None, "month")], id="short-month-is-a-first-name"),
    pytest.param("The talks in Nov Baku hosted were useful.", "2024-05-20", [], id="short-month-before-a-name"),
    pytest.param("The talks held in Nov. were useful.", "2024-05-20", [("Nov", "2023-11-01", None, "month")],
                 id="short-month-with-a-dot"),
    # --- a weekday that names the written day: the day dates it, even when the weekday would read otherwise
    pytest.param("A five-day course began at the university on Monday, May 13.", "2024-05-20",
                 [("May 13", "2024-05-13", None, "day")], id="weekday-names-the-written-day"),
    pytest.param("The delegation arrived on Tuesday 14 May.", "2024-05-20",
                 [("14 May", "2024-05-14", None, "day")], id="weekday-before-day-month"),
    pytest.param("The exercise opens on Monday, 13-17 May.", "2024-05-10",
                 [("13-17 May", "2024-05-13", "2024-05-17", "day")], id="weekday-before-a-range"),
    pytest.param(  # "and" between them: two days
        "They met on Monday and on 13 May.", "2024-05-22",
        [("Monday", "2024-05-20", None, "day"), ("13 May", "2024-05-13", None, "day")], id="weekday-and-a-day"),
    # --- "due in/on" without a verb before it speaks of what is ahead; "due to" a cause does not
    pytest.param("The ministers will prepare for the Defence Ministers' meeting due in February.", "2016-01-19",
                 [("February", "2016-02-01", None, "month", {"future": True})], id="due-in-month-ahead"),
    pytest.param("Officials discussed the summit due on 14 June.", "2016-01-19",
                 [("14 June", "2016-06-14", None, "day", {"future": True})], id="due-on-day-ahead"),
    # --- the end of something whose start has a clause of its own ("which started on <day>, ended on <day>"):
    # an end gone by, not one ahead
    pytest.param("The course, which started on May 6, ended on Friday at the centre.", "2024-05-20",
                 [("May 6", "2024-05-06", None, "day"), ("Friday", "2024-05-17", None, "day", {"until": True})],
                 id="started-then-ended-on-a-weekday"),
    pytest.param("The exercise, which began on 2 June, closed on 9 June.", "2024-06-20",
                 [("2 June", "2024-06-02", None, "day"), ("9 June", "2024-06-09", None, "day", {"until": True})],
                 id="began-then-closed-on-a-day"),
    # --- a date in figures, day first with dots, inside a sentence (regional and translated pages)
    pytest.param("On 14.05.2024, the minister received the NATO delegation.", "2024-05-20",
                 [("14.05.2024", "2024-05-14", None, "day")], id="figures-day"),
    pytest.param("The visit took place during 14.05.2024-16.05.2024.", "2024-05-20",
                 [("14.05.2024-16.05.2024", "2024-05-14", "2024-05-16", "day")], id="figures-range"),
    pytest.param("The exercise was held on 3-7.06.2019 near Ganja.", "2019-06-20",
                 [("3-7.06.2019", "2019-06-03", "2019-06-07", "day")], id="figures-days-of-one-month"),
    pytest.param("Version 1.14.05.2024 of the plan was adopted.", "2024-05-20", [], id="figures-inside-a-number"),
    pytest.param("The score was 31.13.2024 points.", "2024-05-20", [], id="figures-not-a-month"),
    # --- an invitation to a gathering speaks of what is ahead, whatever verb tells of the invitation
    pytest.param("An invitation to attend the summit in Washington on 9-11 July has been extended to him.",
                 "2024-05-20", [("9-11 July", "2024-07-09", "2024-07-11", "day", {"future": True})],
                 id="invitation-to-a-gathering-ahead"),
    pytest.param("The minister received an invitation to the forum on 3 June.", "2021-05-02",
                 [("3 June", "2021-06-03", None, "day", {"future": True})], id="invitation-to-a-forum-ahead"),
    # ("invited ... to visit / attend / take part": the day of what one is invited to is ahead; the invitation's own
    # day, or a day told after another verb, keeps its tense)
    pytest.param("The division has invited a group of experts from the country to visit NATO on November 25-26.",
                 "2010-11-02", [("November 25-26", "2010-11-25", "2010-11-26", "day", {"future": True})],
                 id="invited-to-visit-ahead"),
    pytest.param("The embassy invited ten journalists to attend a seminar in Brussels on 20 November.", "2012-10-30",
                 [("20 November", "2012-11-20", None, "day", {"future": True})], id="invited-to-attend-ahead"),
    pytest.param("The minister has been invited to take part in the forum on December 19.", "2015-11-20",
                 [("December 19", "2015-12-19", None, "day", {"future": True})], id="invited-to-take-part-ahead"),
    pytest.param("On October 5, the minister invited the delegation to visit Baku.", "2010-11-02",
                 [("October 5", "2010-10-05", None, "day", {"future": False})], id="day-of-the-invitation-is-past"),
    pytest.param("Officers invited to participate in the course arrived on 20 October.", "2010-11-02",
                 [("20 October", "2010-10-20", None, "day", {"future": False})], id="invited-then-a-past-verb"),
    # (a timetable's present, "opens on", "runs from", speaks ahead; "opened on" does not)
    pytest.param("The two-day seminar opens on 12 April in the capital.", "2011-03-02",
                 [("12 April", "2011-04-12", None, "day", {"future": True})], id="timetable-opens-on-ahead"),
    pytest.param("The drills run from 5 to 11 May at the range.", "2012-03-28",
                 [("from 5 to 11 May", "2012-05-05", "2012-05-11", "day", {"future": True})],
                 id="timetable-runs-from-ahead"),
    pytest.param("The course, which starts on 3 June, gathers officers of six nations.", "2019-05-10",
                 [("3 June", "2019-06-03", None, "day", {"future": True})], id="timetable-starts-on-ahead"),
    pytest.param("The seminar opened on 12 February in the capital.", "2011-03-02",
                 [("12 February", "2011-02-12", None, "day", {"future": False})], id="opened-on-is-past"),
    pytest.param("The talks were postponed due to the weather in March.", "2016-05-19",
                 [("March", "2016-03-01", None, "month", {"future": False})], id="due-to-a-cause-is-past"),
    # --- the year of an event's name dates the days the sentence writes without one
    pytest.param("The exercise Noble Partner 2022 was held in Georgia from 29 August to 9 September.", "2024-05-20",
                 [("from 29 August to 9 September", "2022-08-29", "2022-09-09", "day")], id="year-of-the-name"),
    pytest.param("Officers joined the Steady Guard – 2016 drills held on 1-15 August.", "2017-05-20",
                 [("1-15 August", "2016-08-01", "2016-08-15", "day")], id="year-of-the-name-after-a-dash"),
    pytest.param("The Regional Response 2009 exercise ran from 18 to 26 April.", "2010-05-20",
                 [("from 18 to 26 April", "2009-04-18", "2009-04-26", "day")], id="year-of-the-name-before-noun"),
    pytest.param(  # a written month and year is a date, not a name: the yearless day keeps its own reading
        "After parliament approved it in October 2008, two platoons were sent out in February.", "2009-05-20",
        [("October 2008", "2008-10-01", None, "month"), ("February", "2009-02-01", None, "month")],
        id="a-month-and-year-is-no-name"),
    # --- two weekdays as a span: the week the story is in, looking back or ahead ---------------
    pytest.param(
        "An evaluation of the battalion was held on Thursday and Friday.",
        "2024-05-20", [("Thursday and Friday", "2024-05-16", "2024-05-17", "day")], id="weekdays-past-span"),
    pytest.param(
        "The course ran from Monday to Wednesday at the training centre.",
        "2024-05-24", [("Monday to Wednesday", "2024-05-20", "2024-05-22", "day")], id="weekdays-past-from-to"),
    pytest.param(
        "The seminar will be held on Tuesday and Wednesday in Baku.",
        "2024-05-20", [("Tuesday and Wednesday", "2024-05-21", "2024-05-22", "day")], id="weekdays-future-span"),
    pytest.param(  # across the weekend: Friday to Monday is four days, not a span backwards
        "The drills lasted from Friday until Monday.",
        "2024-05-21", [("Friday until Monday", "2024-05-17", "2024-05-20", "day")], id="weekdays-across-weekend"),
    pytest.param(  # two days of two meetings are not a span
        "He met the minister on Monday and the chief of staff on Tuesday.",
        "2024-05-22", [("Monday", "2024-05-20", None, "day"), ("Tuesday", "2024-05-21", None, "day")],
        id="weekdays-two-separate-days"),
    pytest.param(
        "The ministers met in Brussels on Friday.",
        "2024-11-27", [("Friday", "2024-11-22", None, "day")], id="weekday-past-previous-week"),
    pytest.param(  # past and future in one sentence: each weekday follows its own verb
        "Stoltenberg, who arrived in Baku on Sunday, will meet Prime Minister Nikol Pashinyan in Yerevan on Tuesday.",
        "2024-03-18", [("Sunday", "2024-03-17", None, "day"), ("Tuesday", "2024-03-19", None, "day")],
        id="weekday-mixed-tense"),
    # --- ranges --------------------------------------------------------------------------
    pytest.param(
        "NATO Partnerships Directorate (PD) visited Baku in the Republic of Azerbaijan, Oct. 11– 16, 2021, for a "
        "series of engagements with the Azerbaijani Ministry of Defence.",
        None, [("Oct. 11– 16, 2021", "2021-10-11", "2021-10-16", "day")], id="range-abbrev-month-en-dash"),
    pytest.param(
        "The two-day meeting took place on May 29-30 at the university.",
        "2024-06-03", [("May 29-30", "2024-05-29", "2024-05-30", "day")], id="range-month-day-day"),
    pytest.param(
        "Baku is the first stop of Stoltenberg’s tour of the South Caucasus, which runs from 17 to 19 March.",
        "2024-03-18", [("17 to 19 March", "2024-03-17", "2024-03-19", "day")], id="range-from-d-to-d-month"),
    pytest.param(
        "Azerbaijani servicemen are due to take part in Cooperative Longbow and Cooperative Lancer 09, which will "
        "be held from 6 May to 3 June at the Vaziani military base.",
        "2009-04-24", [("6 May to 3 June", "2009-05-06", "2009-06-03", "day")], id="range-across-months-future"),
    pytest.param(
        "The visit comes days after Azerbaijan hosted the Regional Response 2009 partnership exercise near Baku "
        "from April 18 to 26.",
        "2009-04-29", [("April 18 to 26", "2009-04-18", "2009-04-26", "day")], id="range-month-d-to-d-with-name"),
    pytest.param(
        "Its summer session of 1-5 July 2013 looked at Afghanistan.",
        "2014-02-24", [("1-5 July 2013", "2013-07-01", "2013-07-05", "day")], id="range-d-d-month-year"),
    pytest.param(
        "The school has held winter sessions for years: the first, from December 2005 to January 2006, dealt "
        "with energy security in the Euro-Atlantic area.",
        "2014-02-24", [("December 2005 to January 2006", "2005-12-01", "2006-01-01", "month")],
        id="range-month-year-across-years"),
    pytest.param(
        "The battalion completed a NATO evaluation level 1 on 18-24 June 2012.",
        "2017-05-31", [("18-24 June 2012", "2012-06-18", "2012-06-24", "day")], id="range-recalled-d-d-month-year"),
    pytest.param(
        "Asked about the NATO Parliamentary Assembly's 58th Rose-Roth seminar, which Baku will host from 25 to 27 "
        "November, he said the seminar was not his responsibility.",
        "2004-11-05", [("25 to 27 November", "2004-11-25", "2004-11-27", "day")], id="range-future-ordinal-before"),
    # --- full dates ------------------------------------------------------------------------
    pytest.param(
        "The Partnership for Peace Framework Document was signed by Heydar Aliyev on 4 May 1994 – the date from "
        "which the 30 years are counted in 2024.",
        "2024-06-26", [("4 May 1994", "1994-05-04", None, "day"), ("2024", "2024-01-01", None, "year")],
        id="day-month-year"),
    pytest.param(
        "General Petr Pavel, Chairman of the NATO Military Committee, paid a visit to Baku on 7 September 2017, "
        "during which he held talks with Colonel General Najmeddin Sadikov.",
        None, [("7 September 2017", "2017-09-07", None, "day")], id="day-month-year-no-publication"),
    pytest.param(
        "On February 16, 2017 the Azerbaijani capital hosted a meeting between Gerasimov and the Chairman of the "
        "U.S. Joint Chiefs of Staff, General Joseph Dunford.",
        "2017-09-07", [("February 16, 2017", "2017-02-16", None, "day")], id="month-day-year"),
    pytest.param(
        "Scaparrotti and Gerasimov first met in Baku on April 19, 2018, in the first face-to-face contact between "
        "a SACEUR and the Russian chief of staff since 2013.",
        "2018-12-11", [("April 19, 2018", "2018-04-19", None, "day"),
                       ("2013", "2013-01-01", None, "year", {"since": True})], id="month-day-year-and-since-year"),
    pytest.param(
        "Azerbaijani troops have served in Afghanistan since November 20, 2002, as part of a Turkish battalion.",
        "2009-04-24", [("November 20, 2002", "2002-11-20", None, "day", {"since": True})], id="since-full-date"),
    # --- yearless month-day: the nearest sensible year -------------------------------------
    pytest.param(
        "On December 4 the ministry said the increase would be carried out in the first quarter of the new year.",
        "2018-01-09", [("December 4", "2017-12-04", None, "day")], id="yearless-previous-year"),
    pytest.param(
        "Last year the troops were rotated several times: a group of 54 soldiers left for Afghanistan on April 12, "
        "another 50 servicemen departed on October 10, and a group of 50 returned home to Baku on October 26.",
        "2018-01-09", [("Last year", "2017-01-01", None, "year", {"vague": True}),
                       ("April 12", "2017-04-12", None, "day"), ("October 10", "2017-10-10", None, "day"),
                       ("October 26", "2017-10-26", None, "day")], id="yearless-last-year-capitalised"),
    pytest.param(
        "Hungary's embassy in Baku, which has acted as the NATO contact point embassy since January 2017, made a "
        "100,000-euro contribution that was credited to the account of the NATO Support and Procurement Agency "
        "on April 20.",
        "2017-09-27", [("January 2017", "2017-01-01", None, "month", {"since": True}),
                       ("April 20", "2017-04-20", None, "day")], id="yearless-same-year-and-since-month"),
    pytest.param(
        "The two generals also discussed international security and Russia-NATO cooperation by telephone on "
        "September 21.",
        "2018-12-11", [("September 21", "2018-09-21", None, "day")], id="yearless-earlier-same-year"),
    pytest.param(
        "The minister will travel to Brussels on January 15 for talks at NATO headquarters.",
        "2017-12-20", [("January 15", "2018-01-15", None, "day")], id="yearless-future-next-year"),
    pytest.param(
        "On December 9, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov met "
        "with the delegation led by Rear Admiral Yusuf Karagülle, who is on a visit to Azerbaijan within the 16th "
        "NATO Days.",
        "2025-12-09", [("December 9", "2025-12-09", None, "day")], id="yearless-publication-day-16th-not-date"),
    pytest.param(
        "It should be noted that within the 16th NATO Days, which will continue until December 12, the guests "
        "will visit several military units.",
        "2025-12-09", [("December 12", "2025-12-12", None, "day", {"until": True})], id="until-yearless"),
    pytest.param(
        "The NATO Evaluation Level 2 (NEL-2) exercise is being held at the Garaheybat Training Centre and will "
        "continue until June 2.",
        "2017-05-31", [("June 2", "2017-06-02", None, "day", {"until": True})], id="until-june-2"),
    pytest.param(
        "The drills began on April 18 and will run until April 26.",
        "2009-04-24", [("April 18", "2009-04-18", None, "day"),
                       ("April 26", "2009-04-26", None, "day", {"until": True})], id="began-and-until"),
    pytest.param(
        "The event, which runs until March 1, brings together experts from Azerbaijan and NATO member states.",
        "2014-02-24", [("March 1", "2014-03-01", None, "day", {"until": True})], id="until-next-month"),
    # --- month only, month-year -----------------------------------------------------------
    pytest.param(
        "This is Gerasimov’s first meeting with Peach, who assumed the duties of chairman of NATO’s Military "
        "Committee in June.",
        "2019-11-28", [("June", "2019-06-01", None, "month")], id="month-only-past"),
    pytest.param(
        "The sides also plan to widen academic exchanges and to hold a multinational academic conference on "
        "defence and security sector reform in Baku in December.",
        "2024-06-03", [("December", "2024-12-01", None, "month")], id="month-only-future"),
    pytest.param(
        "The deputy minister visited Ankara in November.",
        "2024-03-18", [("November", "2023-11-01", None, "month")], id="month-only-past-previous-year"),
    pytest.param(
        "The ambassador recalled that Azerbaijan joined the North Atlantic Cooperation Council in March 1992.",
        "2024-06-26", [("March 1992", "1992-03-01", None, "month")], id="month-year"),
    pytest.param(
        "The diplomat cited President Ilham Aliyev’s visit to NATO headquarters in December 2021 and the visit of "
        "NATO Secretary General Jens Stoltenberg to Baku in March 2024.",
        "2024-06-26", [("December 2021", "2021-12-01", None, "month"), ("March 2024", "2024-03-01", None, "month")],
        id="two-month-years"),
    pytest.param(
        "The contingent was doubled earlier this year: after parliament approved the increase in October 2008, two "
        "more platoons with a total of 45 servicemen were sent out in February.",
        "2009-04-24", [("earlier this year", "2009-01-01", None, "year", {"vague": True}),
                       ("October 2008", "2008-10-01", None, "month"), ("February", "2009-02-01", None, "month")],
        id="earlier-this-year-month-year-month"),
    # --- relative phrases ---------------------------------------------------------------
    pytest.param(
        "NATO supports the territorial integrity of Azerbaijan, General Curtis Scaparrotti said in Baku today.",
        "2018-12-11", [("today", "2018-12-11", None, "day")], id="today"),
    pytest.param(
        "He thanked the leadership for helping to organize his meeting with Army General Valery Gerasimov, which is "
        "to take place in Baku tomorrow.",
        "2018-12-11", [("tomorrow", "2018-12-12", None, "day")], id="tomorrow"),
    pytest.param(
        "The minister received the NATO delegation yesterday.",
        "2020-05-05", [("yesterday", "2020-05-04", None, "day")], id="yesterday"),
    # a capitalised "Today" or "Tomorrow" inside a sentence is a name ("a conference on a Sustainable Tomorrow",
    # "<Country> Today"), not a day; at the start of a sentence or of a quote it is a day
    pytest.param(
        "She addressed a conference on \"Women for a Sustainable Tomorrow\" held at the university.",
        "2023-03-09", [], id="tomorrow-in-a-title"),
    pytest.param(
        "The interview was given to the weekly Caucasus Today in Baku.",
        "2023-03-09", [], id="today-in-a-name"),
    pytest.param(
        "Today the delegation visited the academy.",
        "2023-03-09", [("Today", "2023-03-09", None, "day")], id="today-opening-a-sentence"),
    pytest.param(
        "\"Tomorrow we will sign the plan,\" the minister said.",
        "2023-03-09", [("Tomorrow", "2023-03-10", None, "day")], id="tomorrow-opening-a-quote"),
    pytest.param(
        "The day before yesterday, a delegation returned from the spring session.",
        "2020-05-05", [("The day before yesterday", "2020-05-03", None, "day")], id="the-day-before-yesterday"),
    pytest.param(
        "The envoy will arrive in Baku the day after tomorrow.",
        "2020-05-05", [("the day after tomorrow", "2020-05-07", None, "day")], id="the-day-after-tomorrow"),
    pytest.param(
        "The Secretary General visited Baku earlier this month.",
        "2024-03-18", [("earlier this month", "2024-03-01", None, "month", {"vague": True})],
        id="earlier-this-month-vague"),
    pytest.param(
        "President Ilham Aliyev had sent the initiative to a parliamentary committee last week.",
        "2008-03-05", [("last week", ANY, None, ANY, {"vague": True})], id="last-week-vague"),
    pytest.param(
        "The Regional Response 2009 military exercise is due to conclude this weekend on the outskirts of Baku.",
        "2009-04-24", [("this weekend", ANY, None, ANY, {"vague": True})], id="this-weekend-vague-name-not-year"),
    # --- bare years -------------------------------------------------------------------------
    pytest.param(
        "Bayramov said Baku attached importance to joint activities under the Partnership for Peace programme, "
        "which Azerbaijan joined in 1994 and whose 30th anniversary falls this year.",
        "2024-03-18", [("1994", "1994-01-01", None, "year"),
                       ("this year", "2024-01-01", None, "year", {"vague": True})], id="year-in-1994"),
    pytest.param(
        "Azerbaijan’s participation in the PfP Planning and Review Process (PARP) since 1997 has allowed NATO to "
        "assist Azerbaijan.",
        "2021-11-16", [("1997", "1997-01-01", None, "year", {"since": True})], id="year-since-1997"),
    pytest.param(
        "The United States has provided $30 million in humanitarian assistance for mine action in Azerbaijan "
        "since 1999.",
        "2017-09-27", [("1999", "1999-01-01", None, "year", {"since": True})], id="year-since-money-not-date"),
    pytest.param(
        "This first visit in 2021 after a year marked by the COVID-19 pandemic has been extremely useful and even "
        "more important reflecting 27 years of Azerbaijani NATO co-operation.",
        None, [("2021", "2021-01-01", None, "year")], id="year-2021-but-not-27-years"),
    # --- negatives: no date at all ---------------------------------------------------------
    pytest.param("NATO partnership exercise Regional Response 2009 nears end near Baku", "2009-04-24", [],
                 id="neg-regional-response-2009"),
    pytest.param(
        "According to the Russian side, Gerasimov briefed Pavel on the “West 2017” strategic exercise of Russia "
        "and Belarus.",
        "2017-09-07", [], id="neg-west-2017-exercise"),
    pytest.param(
        "He added that he had called off the Cooperative Best Effort 2004 exercise, which Baku was to have hosted.",
        "2004-11-05", [], id="neg-cooperative-best-effort-2004"),
    pytest.param(
        "Rear Admiral Yusuf Karagülle is on a visit to Azerbaijan within the 16th NATO Days.",
        "2025-12-09", [], id="neg-16th-nato-days"),
    pytest.param(
        "Azerbaijan fully understands its role and contributions as a partner in NATO’s operations and activities "
        "and we are proud to be part of a wider security framework.",
        "2021-10-20", [], id="neg-and-we"),
    pytest.param(
        "He also briefed the Secretary General on preparations for the COP29 climate conference and on the "
        "normalization process with Armenia.",
        "2024-03-18", [], id="neg-cop29"),
    pytest.param(
        "Speaking about the 25-year sustainable cooperation between Azerbaijan and the North Atlantic Alliance, "
        "Hasanov noted the development of these relations.",
        "2019-11-28", [], id="neg-25-year"),
    pytest.param("According to E.Özoral, Turkey has earmarked 200,000 euros for the project.", "2017-09-27", [],
                 id="neg-money"),
    pytest.param(
        "The sides may meet again to discuss the 30th anniversary of the partnership.", "2024-03-18", [],
        id="neg-may-verb-ordinal"),
    # both ends written in full, joined by "to"
    pytest.param("The session is held May 17, 2013 to May 20, 2013 in Riga.", None,
                 [("May 17, 2013 to May 20, 2013", "2013-05-17", "2013-05-20", "day")], id="full-ends-joined-by-to"),
    pytest.param("It runs from 3 June 2019 until 7 June 2019.", None,
                 [("3 June 2019 until 7 June 2019", "2019-06-03", "2019-06-07", "day")], id="full-ends-until"),
    # "Last October", "next March": the word says which way from the publication date, at a sentence's start too
    pytest.param("Last October, around 23 people were sent to the mission.", "2015-01-12",
                 [("October", "2014-10-01", None, "month")], id="capital-last-month-name"),
    pytest.param("Next March the drills resume at the range.", "2015-01-12",
                 [("March", "2015-03-01", None, "month", {})], id="capital-next-month-name"),
    pytest.param("The drills resume next March, officers said.", "2015-01-12",
                 [("March", "2015-03-01", None, "month")], id="next-month-name-ahead"),
    pytest.param("The envoy came last May and met the minister.", "2015-01-12",
                 [("May", "2014-05-01", None, "month")], id="last-month-name-back"),
    # "today, October 6", "yesterday (May 13)": the written day says which day the word means
    pytest.param("The annual session opens in Bucharest, Romania, today, October 6.", "2017-10-07",
                 [("October 6", "2017-10-06", None, "day")], id="today-then-written-day"),
    pytest.param("The two ministers met yesterday (May 13) in Brussels.", "2021-05-15",
                 [("May 13", "2021-05-13", None, "day")], id="yesterday-then-written-day"),
    pytest.param("The delegation arrives tomorrow, on 9 June, in Ganja.", "2022-06-07",
                 [("9 June", "2022-06-09", None, "day")], id="tomorrow-then-on-day"),
    pytest.param("The forum opens today, and on October 9 the plenary meets.", "2017-10-07",
                 [("today", "2017-10-07", None, "day"), ("October 9", "2017-10-09", None, "day")],
                 id="neg-today-then-another-day"),
    # a heading in capitals ("NOVEMBER 6, 2001"): the month as in prose, the offsets unchanged
    pytest.param("NOVEMBER 6, 2001", None, [("NOVEMBER 6, 2001", "2001-11-06", None, "day")], id="caps-month-day-year"),
    pytest.param("12 MARCH 2019", None, [("12 MARCH 2019", "2019-03-12", None, "day")], id="caps-day-month-year"),
    pytest.param("NATO MAY SEND A TEAM", "2024-03-18", [], id="neg-caps-may-verb"),
    # a day or month without a year, then "last year" / "this year" / "next year": that year, one mention
    pytest.param("The minister visited Brussels in March last year.", "2024-05-20",
                 [("March last year", "2023-03-01", None, "month")], id="month-last-year"),
    pytest.param("The session was held in Luxembourg on 19-22 May last year.", "2024-05-20",
                 [("19-22 May last year", "2023-05-19", "2023-05-22", "day")], id="range-last-year"),
    pytest.param("The visit of the envoys in November of last year was recalled.", "2026-01-15",
                 [("November of last year", "2025-11-01", None, "month")], id="month-of-last-year"),
    pytest.param("The summit will be held in June next year.", "2024-05-20",
                 [("June next year", "2025-06-01", None, "month")], id="month-next-year"),
    pytest.param("The conference opens on October 7 of this year.", "2024-05-20",
                 [("October 7 of this year", "2024-10-07", None, "day")], id="day-of-this-year"),
    pytest.param("He came in March, last year's summit being over.", "2024-05-20",
                 [("March", "2024-03-01", None, "month"), ANY], id="neg-last-years-noun"),
    # "It will be recalled that ...": a translated page's way of looking back, not ahead
    pytest.param("It will be recalled that from 16 to 26 September the exercise was held in Lviv.", "2014-10-20",
                 [("from 16 to 26 September", "2014-09-16", "2014-09-26", "day")], id="will-be-recalled-past"),
    pytest.param("It will be remembered that the envoy visited Baku on 3 March.", "2024-05-20",
                 [("on 3 March", "2024-03-03", None, "day")], id="will-be-remembered-past"),
    pytest.param("It should be recalled that the talks were held on 12 April.", "2024-05-20",
                 [("on 12 April", "2024-04-12", None, "day")], id="should-be-recalled-past"),
    pytest.param("The envoy will be in Baku on 3 March.", "2024-05-20",
                 [("on 3 March", "2025-03-03", None, "day", {"future": True})], id="will-be-in-still-ahead"),
    # the year of another happening that only places this one in time gives the day no year
    pytest.param("He spoke on March 19 in Baku, at a conference on the cooperation after the Wales Summit of 2014.",
                 "2015-03-19", [("on March 19", "2015-03-19", None, "day"), ("2014", "2014-01-01", None, "year")],
                 id="anchor-summit-of-year"),
    pytest.param("The seminar opened on 12 May, two years after the Chicago Summit in 2012.", "2014-05-20",
                 [("on 12 May", "2014-05-12", None, "day"), ("2012", "2012-01-01", None, "year")],
                 id="anchor-summit-in-year"),
    # a year the sentence names for its own happening still gives the day its year
    pytest.param("In 2013, a workshop was held from November 25 to 28.", "2024-05-20",
                 [("2013", "2013-01-01", None, "year"), ("from November 25 to 28", "2013-11-25", "2013-11-28", "day")],
                 id="own-year-still-moves-the-day"),
    # a month still to come: "coming up", "the coming" speak ahead
    pytest.param("The ministers prepared for the summit coming up in April.", "2008-03-10",
                 [("in April", "2008-04-01", None, "month")], id="coming-up-in-month"),
    pytest.param("They spoke of the coming summit in April.", "2008-03-10",
                 [("in April", "2008-04-01", None, "month")], id="the-coming-summit"),
]


@pytest.mark.parametrize("sentence, published, expected", CASES)
def test_find_dates(sentence, published, expected):
    got = find_dates(sentence, _d(published))
    summary = [(d.text, str(d.date_start), str(d.date_end), d.precision,
                {f: getattr(d, f) for f in FLAGS if getattr(d, f)}) for d in got]
    assert len(got) == len(expected), f"expected {len(expected)} mentions, got {summary}"
    for d, exp in zip(got, expected):
        if exp is ANY:
            continue
        text, start, end, precision, *rest = exp
        flags = rest[0] if rest else {}
        assert _core(d.text) == _core(text), summary
        assert sentence[d.start:d.end] == d.text, "span does not match the text"
        if start is not ANY:
            assert d.date_start == _d(start), summary
        assert d.date_end == _d(end), summary
        if precision is not ANY:
            assert d.precision == precision, summary
        for f in FLAGS:
            assert getattr(d, f) == bool(flags.get(f)), f"{f} flag of {d.text!r}: {summary}"


def test_offset_shifts_spans():
    sentence = "The minister met the delegation on 4 May 1994."
    plain = find_dates(sentence, None)
    shifted = find_dates(sentence, None, offset=100)
    assert [(d.start + 100, d.end + 100) for d in plain] == [(d.start, d.end) for d in shifted]


def test_no_publication_date_leaves_relative_dates_unresolved():
    """Without a publication date "on Monday" cannot be resolved; it must not be guessed."""
    got = find_dates("The minister met the delegation on Monday.", None)
    assert [d.date_start for d in got] == [None]


FIRST_FULL_DATE = [
    pytest.param("General Petr Pavel, Chairman of the NATO Military Committee, paid a visit to Baku on 7 September "
                 "2017, during which he held talks with Colonel General Najmeddin Sadikov.", "2017-09-07",
                 id="dmy"),
    pytest.param("On February 16, 2017 the Azerbaijani capital hosted a meeting between Gerasimov and Dunford.",
                 "2017-02-16", id="mdy"),
    pytest.param("Relations started in 1992, and on 4 May 1994 the Framework Document was signed.", "1994-05-04",
                 id="year-then-full-date"),
    pytest.param("NATO Partnerships Directorate (PD) visited Baku in the Republic of Azerbaijan, Oct. 11– 16, 2021, "
                 "for a series of engagements.", None, id="range-is-not-a-writing-date"),
    pytest.param("Azerbaijan joined the North Atlantic Cooperation Council in March 1992.", None, id="month-year-only"),
    pytest.param("On December 4 the ministry said the increase would be carried out in the new year.", None,
                 id="yearless"),
    pytest.param("The minister met the delegation on Monday.", None, id="weekday"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize("text, expected", FIRST_FULL_DATE)
def test_first_full_date(text, expected):
    assert first_full_date(text) == _d(expected)


# ---------------------------------------------------------------- calendar arithmetic vs dateparser
# The grammar hands month, day and year over already separated, so azdata turns them into dates
# itself (dateparser costs milliseconds per new string and per worker process).  dateparser stays
# the reference: every month-day and every relative phrase must read as it reads them.

def test_valid_day_agrees_with_dateparser_for_every_month_day():
    import dateparser

    from azdata.daymath import MONTHS, valid_day

    for month in range(1, 13):
        for day in range(0, 40):
            parsed = dateparser.parse(f"{MONTHS[month - 1].title()} {day}", languages=["en"],
                                      settings={"RELATIVE_BASE": dt.datetime(2000, 1, 1),
                                                "REQUIRE_PARTS": ["day", "month"]})
            assert valid_day(month, day) == (parsed is not None and (parsed.month, parsed.day) == (month, day)), \
                (month, day, parsed)


@pytest.mark.parametrize("phrase", ["yesterday", "tomorrow", "last week", "next week", "last month",
                                    "next month", "last year", "next year"])
def test_relative_day_agrees_with_dateparser(phrase):
    import dateparser

    from azdata.daymath import relative_day

    # month ends, leap days and year ends are where arithmetic goes wrong
    bases = [dt.date(2016, 1, 31), dt.date(2016, 2, 29), dt.date(2015, 3, 31), dt.date(2016, 5, 31),
             dt.date(2016, 12, 31), dt.date(2017, 1, 1), dt.date(2019, 8, 15), dt.date(2020, 10, 31)]
    for base in bases:
        expected = dateparser.parse(phrase, languages=["en"],
                                    settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                                              "PREFER_DATES_FROM": "past"}).date()
        assert relative_day(phrase, base) == expected, (phrase, base)


def test_relative_day_leaves_unknown_phrases_alone():
    from azdata.daymath import relative_day

    assert relative_day("last decade", dt.date(2016, 1, 1)) is None
    assert relative_day("someday", dt.date(2016, 1, 1)) is None
