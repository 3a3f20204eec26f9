"""azdata.extract.events: one sentence's events, by date and family."""
import re

import pytest

from azdata import resources
from azdata.extract import extract, forget_sentences
from azdata.read import Article, read_text


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


# issue 16: one happening read from one sentence is one event: the talks words of one encounter
# ("met X ... in talks with Deputy Secretary General X ... discussed with the Deputy Secretary General")
# give one meeting; an office named after a talks word is no second person
@pytest.mark.parametrize("text, expected", [
    pytest.param(" date 2025-03-04 On 3 March Defence Minister Zakir Hasanov met with Radmila Shekerinska, and in "
                 "talks with NATO Deputy Secretary General Shekerinska the sides discussed with Deputy Secretary "
                 "General cooperation.", [("meeting", "2025-03-03")], id="met-talks-discussed-one-person"),
    pytest.param(" date 2024-06-12 On 11 June Chief of General Staff Karim Valiyev met with Laura Silva, and in talks "
                 "with NATO Assistant Secretary General Silva the two sides discussed with Assistant Secretary "
                 "General the training plans.", [("meeting", "2024-06-11")], id="paraphrase-other-names"),
    pytest.param(" date 2025-03-04 Foreign Minister Jeyhun Bayramov, who visited Brussels on 3 March, met with "
                 "Secretary General Mark Rutte and held talks with Rutte.",
                 [("visit", "2025-03-03"), ("meeting", "2025-03-03")], id="visit-plus-one-meeting"),
    pytest.param(" date 2025-03-04 On 3 March Bayramov met with Mark Rutte and held talks with Deputy Secretary "
                 "General Radmila Shekerinska.", [("meeting", "2025-03-03"), ("meeting", "2025-03-03")],
                 id="two-people-two-meetings"),
])
def test_one_event_per_happening(text, expected):
    x = _extract(text)
    assert [(e.event_type, str(e.date_start)) for e in x.events] == expected


@pytest.fixture
def hearing_type(monkeypatch):
    """A new event type of a new family, as a user would add a row to event_types.csv; the family
    is not in event_families.csv (issue 15: it raised ValueError: 'hearing' is not in list)."""
    rows = resources.event_triggers()
    new = ("hearing", "hearing", resources.gated(r"\b(?:testified)\b", re.IGNORECASE))
    monkeypatch.setattr(resources, "event_triggers", lambda: rows + (new,))
    forget_sentences()  # the event words of a sentence are kept per sentence
    yield
    forget_sentences()


@pytest.mark.parametrize("text, expected", [
    pytest.param("On 3 March 2025 Defence Minister Zakir Hasanov testified before the parliament in Baku. He was "
                 "joined by Foreign Minister Jeyhun Bayramov.",
                 [("hearing", "hearing", ["Hasanov", "Bayramov"])], id="alone"),
    pytest.param("On 3 March 2025 NATO Deputy Secretary General Radmila Shekerinska visited Baku and testified before "
                 "the parliament. She was joined by Foreign Minister Jeyhun Bayramov.",
                 [("visit", "visit", ["Shekerinska", "Bayramov"]), ("hearing", "hearing", ["Shekerinska"])],
                 id="after-a-visit"),
])
def test_a_family_not_listed_comes_last(hearing_type, text, expected):
    x = _extract(" date 2025-03-04 " + text)
    assert [(e.event_type, e.family, [x.people[p].surname for p, _ in e.people]) for e in x.events] == expected
    listed = ("visit", "talks", "address", "activity")
    assert resources.story_rank("hearing") > max(resources.story_rank(f) for f in listed)


def test_every_family_of_the_event_types_is_ranked():
    assert {family for _, family, _ in resources.event_triggers()} == set(resources.event_families())


# issue 14, real pages: what a page's lead, dateline and reporting words say about an event. All
# sentences are invented; each rule has at least two wordings.
def _keys(text: str):
    return [(e.event_type, str(e.date_start), e.precision, e.location) for e in _extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a lead in the present perfect or progressive with no date of its own: the publication day
    pytest.param(" date 2023-09-12 A NATO-Azerbaijan meeting on defence reform has taken place in Brussels, "
                 "with the Azerbaijani ambassador taking part.", [("meeting", "2023-09-12", "day", "Brussels")],
                 id="lead-has-taken-place"),
    pytest.param(" date 2023-09-12 A NATO staff workshop on logistics is currently under way in Baku, the ministry "
                 "said.", [("conference", "2023-09-12", "day", "Baku")], id="lead-is-under-way"),
    pytest.param(" date 2023-09-12 A crisis-management seminar is taking place in Ganja, organisers said.",
                 [("conference", "2023-09-12", "day", "Ganja")], id="lead-is-taking-place"),
    pytest.param(" date 2023-09-12 The \"Steppe Shield – 2023\" exercise is now under way near Baku.",
                 [("exercise", "2023-09-12", "day", "Baku")], id="lead-year-in-a-name-is-no-date"),
    # the lead's event is its verb's: the visit of a relative clause is not a second event
    pytest.param(" date 2023-09-12 Defence Minister Zakir Hasanov has received Admiral Rob Bauer, who is on a visit "
                 "to Azerbaijan.", [("meeting", "2023-09-12", "day", "Azerbaijan")], id="lead-received-visitor"),
    pytest.param(" date 2023-09-12 Foreign Minister Jeyhun Bayramov has held a meeting with Javier Colomina, who is "
                 "in Baku on a working visit.", [("meeting", "2023-09-12", "day", "Baku")],
                 id="lead-held-meeting-visitor"),
    # the lead's only date is the day the source spoke, which is the day of publication: the lead's news
    pytest.param(" date 2017-05-31 The NATO evaluation of the battalion has got under way in Baku, the ministry said "
                 "May 31.", [("exercise", "2017-05-31", "day", "Baku")], id="lead-perfect-said-that-day"),
    pytest.param(" date 2019-03-04 A staff course for partner officers has begun in Ganja, the academy reported on "
                 "4 March.", [("conference", "2019-03-04", "day", "Ganja")], id="lead-perfect-reported-that-day"),
    # a lead in the present perfect of leaving or being sent: a rotation's news of the day
    pytest.param(" date 2015-01-12 A new group of the country's soldiers has left for Afghanistan as part of a "
                 "rotation.", [("other", "2015-01-12", "day", "")], id="lead-has-left-for"),
    pytest.param(" date 2015-01-12 Forty peacekeepers of the army have been dispatched to Kosovo, the ministry said.",
                 [("other", "2015-01-12", "day", "Kosovo")], id="lead-have-been-dispatched"),
    # a lead in the present progressive of taking part: the event is under way on the publication day
    pytest.param(" date 2023-08-25 Servicemen of the army are taking part in the multinational exercise Steppe Shield "
                 "2023 in Ganja, the ministry said.", [("exercise", "2023-08-25", "day", "Ganja")],
                 id="lead-are-taking-part"),
    pytest.param(" date 2021-03-02 Two officers of the navy are participating in a NATO seminar on maritime "
                 "security in Ankara.", [("conference", "2021-03-02", "day", "Ankara")], id="lead-are-participating"),
    pytest.param(" date 2021-03-02 Officers of the army are taking part in the reform programme.", [],
                 id="neg-taking-part-in-a-programme"),
    pytest.param(" date 2018-05-15 Foreign Minister Elmar Mammadyarov, who is on a working visit to Belgium, met "
                 "NATO officials, the ministry said on May 15.", [], id="neg-past-lead-said-that-day"),
])
def test_real_page_leads(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short place/byline line keeps the next sentence the lead, and lends it its city
    pytest.param(" date 2023-09-12 Baku. Leyla Mammadova – APA. The NATO liaison officer has met with Deputy "
                 "Minister Ramiz Tahirov, who is on a visit to Azerbaijan.",
                 [("meeting", "2023-09-12", "day", "Baku")], id="city-then-byline"),
    pytest.param(" date 2023-09-12 Ganja / corr. On 11 September Deputy Minister Ramiz Tahirov received a NATO "
                 "delegation.", [("meeting", "2023-09-11", "day", "Ganja")], id="city-and-abbreviation"),
])
def test_byline_lines_before_the_lead(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a planned gathering in the month of publication: that month, this year
    pytest.param(" date 2011-03-08 Later in March a NATO assessment team is expected in Baku.",
                 [("visit", "2011-03-01", "month", "Baku")], id="later-in-march-expected-in"),
    pytest.param(" date 2011-03-08 At the end of March NATO experts are expected in Ganja to review the plan.",
                 [("visit", "2011-03-01", "month", "Ganja")], id="end-of-march-experts-expected"),
    pytest.param(" date 2011-03-08 A NATO seminar will be held in Baku in March.",
                 [("conference", "2011-03-01", "month", "Baku")], id="will-be-held-in-march"),
])
def test_planned_month_of_publication(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text", [
    # the date of the source a story cites is the report's date, not the meeting's
    pytest.param(" date 2019-06-20 The two ministers met at NATO headquarters on the margins of the ministerial "
                 "session, APA reports, citing the Foreign Ministry on June 20.", id="citing-on"),
    pytest.param(" date 2019-06-20 Talks between the two chiefs of staff were held in Brussels, according to a "
                 "ministry statement on June 20.", id="according-to-statement-on"),
    pytest.param(" date 2019-06-20 The delegations held consultations at the Alliance's headquarters, Report "
                 "said, quoting the embassy on June 19.", id="quoting-on"),
    # the day a cited source announced or reported what the sentence tells
    pytest.param(" date 2026-01-23 According to the press service, which announced the visit on Thursday, the envoy "
                 "held meetings with the foreign minister.", id="which-announced-on"),
    pytest.param(" date 2026-01-23 The embassy, which first reported the talks on 21 January, said the envoy held "
                 "meetings in Ganja.", id="which-reported-on"),
    # the month or day a source spoke, written before it ("In June the agency said that ...")
    pytest.param(" date 2025-11-06 In June the news agency said that the army had held a training course with the "
                 "Alliance.", id="in-month-the-agency-said"),
    pytest.param(" date 2025-11-06 On 3 October the defence ministry reported that an exercise had been held in the "
                 "mountains.", id="on-day-the-ministry-reported"),
])
def test_a_cited_date_dates_no_event(text):
    assert _keys(text) == []


def test_the_people_of_a_sentence_dated_only_by_its_source_join_the_event_under_way():
    x = _extract(" date 2026-01-23 Deputy Secretary General Anna Berg visited Baku on 21-22 January. According to "
                 "the press service, which announced the visit on Thursday, Berg held meetings with Foreign Minister "
                 "Anar Valiyev.")
    assert [(str(e.date_start), sorted(x.people[p].name for p, _ in e.people)) for e in x.events] == [
        ("2026-01-21", ["Anar Valiyev", "Anna Berg"])]


@pytest.mark.parametrize("text, expected", [
    # an exercise scrapped before its first day did not happen on it
    pytest.param(" date 2004-09-13 Officials said the alliance has scrapped military exercises that were due to "
                 "begin Monday.", [], id="has-scrapped"),
    pytest.param(" date 2004-09-13 The drills, planned to open on 20 September, were scrapped after the dispute.",
                 [], id="were-scrapped"),
    # hearsay about a stance ("was said to be against") dates nothing the next sentence reports
    pytest.param(" date 2004-09-13 The president was also said to be against the plan, and crowds gathered in the "
                 "capital on Friday. The officials would not say how many troops had been expected for exercise "
                 "Steppe Guard 2004.", [], id="said-to-be-is-no-report"),
    # a programme launched at a summit: the summit is the milestone's setting, not an event of the page
    pytest.param(" date 2012-10-17 The action plans were launched at the Prague Summit in November 2002.", [],
                 id="launched-at-a-summit"),
    pytest.param(" date 2012-10-17 The programme was formally established at the Brussels Summit in January 1994.",
                 [], id="established-at-a-summit"),
    pytest.param(" date 2012-10-17 The scenario was agreed at a planning conference held in Baku in May.",
                 [("conference", "2012-05-01", "month", "Baku")], id="neg-agreed-at-a-conference-held"),
])
def test_what_did_not_happen_or_only_sets_a_milestone(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event word that frames an act of the same type is that act: one meeting
    pytest.param(" date 2016-05-31 On 30 May, as part of a NATO-Azerbaijan meeting, Foreign Minister Jeyhun Bayramov "
                 "addressed the North Atlantic Council.", [("meeting", "2016-05-30", "day", "")],
                 id="as-part-of-meeting"),
    pytest.param(" date 2016-05-31 Within the framework of the annual consultations, Deputy Minister Ramiz Tahirov "
                 "met Javier Colomina in Baku on 30 May.", [("meeting", "2016-05-30", "day", "Baku")],
                 id="within-the-framework-of-consultations"),
    # a visit during which someone "discussed" a topic, with nobody named: the visit alone
    pytest.param(" date 2024-06-20 During a visit to Belgium on 12 June, the presidential aide joined a "
                 "NATO+Azerbaijan dialogue, where he discussed the state of the partnership.",
                 [("visit", "2024-06-12", "day", "Belgium")], id="visit-where-he-discussed"),
    pytest.param(" date 2024-06-20 The deputy minister, on a visit to Georgia on 12 June, discussed regional security "
                 "at a conference of partners.", [("visit", "2024-06-12", "day", "Georgia"),
                                                  ("conference", "2024-06-12", "day", "Georgia")],
                 id="visit-discussed-at-a-conference"),
    # ... but talks with somebody on a visit are talks
    pytest.param(" date 2024-06-20 During a visit to Brussels on 12 June, the aide discussed the partnership with "
                 "Javier Colomina.",
                 [("visit", "2024-06-12", "day", "Brussels"), ("meeting", "2024-06-12", "day", "Brussels")],
                 id="visit-discussed-with-someone"),
    # a journey to where the talks are held is the talks
    pytest.param(" date 2024-06-20 On 12 June the delegation travelled to Mons, where it was received by the "
                 "SHAPE chief of staff.", [("meeting", "2024-06-12", "day", "Mons")], id="travelled-to-where-received"),
    pytest.param(" date 2024-06-20 On 12 June the general flew to Ganja and held talks with the corps commander.",
                 [("meeting", "2024-06-12", "day", "Ganja")], id="flew-to-and-held-talks"),
])
def test_one_event_for_a_frame_and_its_act(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # NATO's own headquarters, named without a city, is in Brussels; a command's or SHAPE's is not
    pytest.param(" date 2020-01-18 On 20 January the deputy secretary general will meet the aide at NATO "
                 "Headquarters.", "Brussels", id="at-nato-headquarters"),
    pytest.param(" date 2020-01-18 On 17 January the minister addressed allies at the Alliance's headquarters.",
                 "Brussels", id="at-the-alliances-headquarters"),
    pytest.param(" date 2020-01-18 On 17 January a general from NATO HQ met the minister.", "",
                 id="from-nato-hq-is-no-place"),
    pytest.param(" date 2020-01-18 On 17 January the minister met a general of NATO's Supreme Headquarters Allied "
                 "Powers Europe.", "", id="shape-is-not-nato-hq"),
])
def test_nato_headquarters_is_in_brussels(text, expected):
    assert [e.location for e in _extract(text).events] == [expected]


@pytest.mark.parametrize("text, expected", [
    # whoever receives or hosts visitors does so at home: the country the receiver's title names
    pytest.param(" date 2019-04-02 On 1 April Georgia's Minister of Defence received a delegation of the NATO "
                 "Defence College.", "Georgia", id="possessive-title-received"),
    pytest.param(" date 2019-04-02 On 1 April the Chief of the General Staff of the Armed Forces of Azerbaijan "
                 "received a group of NATO staff officers.", "Azerbaijan", id="of-the-armed-forces-received"),
    pytest.param(" date 2019-04-02 On 1 April the Azerbaijani deputy foreign minister received the NATO liaison "
                 "officer.", "Azerbaijan", id="demonym-received"),
    pytest.param(" date 2019-04-02 On 1 April the NATO liaison officer was received by the Deputy Foreign Minister "
                 "of Azerbaijan.", "Azerbaijan", id="passive-received-by"),
    # a named city still wins, and a visitor's own country is not the host's
    pytest.param(" date 2019-04-02 On 1 April Azerbaijan's defence minister received the NATO delegation in "
                 "Ganja.", "Ganja", id="city-wins"),
    pytest.param(" date 2019-04-02 On 1 April the NATO Secretary General received Azerbaijan's foreign minister.",
                 "", id="receiver-names-no-country"),
])
def test_the_host_country_of_a_reception(text, expected):
    assert [e.location for e in _extract(text).events] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an event word that only says when another happened ("held after a meeting of ...") is no event of its own
    pytest.param(" date 2021-06-15 She spoke on 14 June at a news conference held after a session of the "
                 "North Atlantic Council.", [("conference", "2021-06-14")], id="conference-after-a-session"),
    pytest.param(" date 2021-06-15 The envoy gave the briefing on 14 June, following the informal meeting of "
                 "defence ministers.", [("meeting", "2021-06-14")], id="briefing-following-the-meeting"),
    # ... but talks with someone, or an event with its own date next to it, are events
    pytest.param(" date 2021-06-15 He addressed the Council on 14 June, after a bilateral meeting with Mark Rutte.",
                 [("meeting", "2021-06-14"), ("meeting", "2021-06-14")], id="after-a-meeting-with-someone"),
])
def test_an_event_word_that_only_dates_another(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # someone "expected in" a place is a planned visit; with talks planned there, the talks are the event
    pytest.param(" date 2008-06-10 A NATO expert team is expected in Ganja on 18 June.", [("visit", "2008-06-18")],
                 id="expected-in-alone"),
    pytest.param(" date 2008-06-10 NATO envoys are expected in Baku on 18 June to review the partnership plan.",
                 [("visit", "2008-06-18")], id="expected-in-to-review"),
    pytest.param(" date 2008-06-10 The NATO envoy is expected in Baku on 18 June for talks with Deputy Minister "
                 "Ramiz Tahirov.", [("meeting", "2008-06-18")], id="expected-in-for-talks"),
    pytest.param(" date 2008-06-10 The special representative is expected in Baku on 18 June, where he will meet "
                 "Elmar Mammadyarov.", [("meeting", "2008-06-18")], id="expected-in-where-he-will-meet"),
])
def test_expected_in_a_place(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("header, expected", [
    # a crawler's header with only a month: no publication date, but the year of the days without one
    (" date 2010-04\n", [("conference", "2010-04-01", "day", "Baku")]),
    (" date 2010-12\n", [("conference", "2010-04-01", "day", "Baku")]),
    # (glued to the first line of the page, as full headers are)
    (" date 2010-04 ", [("conference", "2010-04-01", "day", "Baku")]),
    (" date 2010-04\tNews | Politics\n\n", [("conference", "2010-04-01", "day", "Baku")]),
    # no header: the day stays without a year, and no event is dated
    ("", []),
])
def test_a_month_header_gives_the_year_of_the_days(header, expected):
    text = header + "On 1 April an international conference on the partnership opened in Baku."
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    assert art.published is None
    assert [(e.event_type, str(e.date_start), e.precision, e.location) for e in extract(art).events] == expected


@pytest.mark.parametrize("text, expected", [
    # the eve of another happening, whose day is not told, dates nothing
    (" date 2002-09-20 Members of the committee visited Baku on 16-17 September 2002. The visit fell on the eve of "
     "the opening ceremony of the pipeline, and in its course the sides discussed relations.",
     [("visit", "2002-09-16", "day", "Baku")]),
    # the eve of the happening the story is at is the day before it
    (" date 2002-09-20 The minister visited Baku on 16 September 2002. On the eve of the visit he met the envoy in "
     "Ganja.", [("visit", "2002-09-16", "day", "Baku"), ("meeting", "2002-09-15", "day", "Ganja")]),
])
def test_the_eve_of_what(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence of the present ("At present ...") does not take the date reported in the sentence before
    (" date 2014-10-09 It should be noted that the mission of the armed forces began on 20 November 2002. At present "
     "90 servicemen are taking part in the peacekeeping mission in Afghanistan.", []),
    (" date 2014-10-09 It should be noted that the mission of the armed forces began on 20 November 2002. Currently "
     "the platoon is taking part in the drills in Georgia.", []),
    # without the word of the present, the reported day dates the next sentence's happening
    (" date 2014-10-09 The ministry noted on 20 November 2002 that the work had begun. The platoon took part in the "
     "drills in Georgia.", [("exercise", "2002-11-20", "day", "Georgia")]),
])
def test_a_sentence_of_the_present_takes_no_reported_day(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit someone could not make, or was unable to attend, did not happen
    (" date 2001-01-16 I am sorry that I could not come to Baku in September, as we had planned.", []),
    (" date 2001-01-16 The minister was unable to attend the seminar in Ganja on 12 December.", []),
    (" date 2001-01-16 The minister could attend the seminar in Ganja on 12 December.",
     [("conference", "2000-12-12", "day", "Ganja")]),
    # people stopped, barred or turned back on their way to it did not take part
    (" date 2004-01-20 In early January, two officers who set out for Baku to attend a planning conference were "
     "stopped at the border.", []),
    (" date 2004-01-20 The officers travelling to the seminar in Ganja on 12 January were denied entry.", []),
    (" date 2004-01-20 On 12 January a delegation heading for the drills in Ganja was turned back at the airport.", []),
])
def test_a_visit_that_could_not_be_made(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a guest's visit said in passing, in a sentence about the interview they gave: the interview's day only
    (" date 2024-03-19 Secretary General Anna Berg, who was in Azerbaijan on an official visit, gave an interview to "
     "the state news agency on March 18.", []),
    (" date 2024-03-19 The envoy, who is in Baku on a working visit, has given an exclusive interview to the outlet on "
     "March 18.", []),
    # the visit told as news keeps its day
    (" date 2024-03-19 Secretary General Anna Berg visited Baku on March 18 and gave an interview to the agency.",
     [("visit", "2024-03-18", "day", "Baku")]),
])
def test_a_visit_in_passing_beside_an_interview(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a guest came for ("who is visiting for the exercise", "that arrived to watch the drills"), beside the meeting
    # with the guest: the meeting only
    (" date 2023-06-01 On 31 May, Defence Minister Zakir Hasanov met General John Smith, who is visiting Azerbaijan "
     "for the second-level evaluation exercise of an infantry battalion.", ["meeting"]),
    (" date 2023-09-13 On 12 September, Defence Minister Zakir Hasanov received Colonel Jan Novak, who has come to "
     "Baku to watch the evaluation exercise of the unit.", ["meeting"]),
    (" date 2023-09-13 On 12 September, the deputy minister received a team of evaluators who arrived to observe the "
     "certification drills of the company.", ["meeting"]),  # the arrival frames the one meeting: one event
    # the exercise told as news of its own keeps its event
    (" date 2023-09-13 On 12 September, the evaluation exercise of the battalion began at the range, and Defence "
     "Minister Zakir Hasanov received the evaluators.", ["exercise", "meeting"]),
])
def test_what_a_guest_came_for_is_no_event_of_its_own(text, expected):
    assert sorted(e.event_type for e in _extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # an undated page whose exercise is named with a year: the days it writes without one are that year's,
    # ahead or behind
    ("Camp Report\n\nSpeaking at the opening of the exercise Cooperative Effort 2002, the commander welcomed the "
     "squads. The drills got under way at the camp on June 17 and are to go on until June 28.",
     [("exercise", "2002-06-17", "2002-06-28")]),
    ("Range News\n\nThe exercise Steady Shield 2015 will run on Sept. 5-11 near the capital, the ministry said.",
     [("exercise", "2015-09-05", "2015-09-11")]),
    ("Range News\n\nUnits from five nations began the drills on 3 May. The Eagle Guard 2011 exercise ends on "
     "13 May.", [("exercise", "2011-05-03", "2011-05-13")]),
    # (the year may follow a dash)
    ("Range News\n\nFour officers will take part in the Steady Guard – 2016 drills, which the neighbouring country "
     "hosts on August 1-15.", [("exercise", "2016-08-01", "2016-08-15")]),
    # (two names of two years leave the days undated; a page's own date keeps its reading)
    ("Range News\n\nThe exercise Steady Shield 2015 follows Steady Shield 2014 exercises. The drills began on "
     "3 May.", []),
    (" date 2016-02-10\n\nThe exercise Steady Shield 2015 was a success, officials said. New drills began on "
     "3 February.",
     [("exercise", "2016-02-03", None)]),
])
def test_an_undated_page_takes_the_year_its_exercise_is_named_with(text, expected):
    assert [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None)
            for e in _extract(text).events] == expected


def _spans(text: str):
    return [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None, e.precision)
            for e in _extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a happening told by its month, then by its days in the next sentences: one event on the days
    (" date 2009-08-20\n\nAzerbaijani troops will take part in a NATO exercise in Georgia in September. The exercise "
     "will run from 5 to 11 September.", [("exercise", "2009-09-05", "2009-09-11", "day")]),
    (" date 2009-10-20\n\nAzerbaijani troops took part in a NATO exercise in Georgia in September. The drills were "
     "held from 5 to 11 September near Tbilisi.", [("exercise", "2009-09-05", "2009-09-11", "day")]),
    (" date 2011-03-02\n\nA NATO seminar on energy security will be held in Baku in April, the ministry said. Experts "
     "from ten nations are invited. The two-day seminar opens on 12 April.", [("conference", "2011-04-12",
                                                                               "2011-04-13", "day")]),
    # (a happening of its own within the month stays one; so do days told far later, or two sets of days)
    (" date 2025-12-20\n\nA delegation of NATO ambassadors came to Baku in November. On November 6, the President "
     "received the group.", [("visit", "2025-11-01", None, "month"), ("meeting", "2025-11-06", None, "day")]),
    (" date 2009-08-20\n\nAzerbaijani troops will take part in a NATO exercise in Georgia in September. Units will "
     "train at two ranges. Each will host a battalion. Officers will be briefed. The exercise will run from 5 to 11 "
     "September.", [("exercise", "2009-09-01", None, "month"), ("exercise", "2009-09-05", "2009-09-11", "day")]),
])
def test_a_month_then_its_days_is_one_event(text, expected):
    assert _spans(text) == expected
