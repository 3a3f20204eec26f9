"""Participants on shapes met on real pages (issue 14); every sentence is invented.

- people listed as a delegation's members in one sentence take part in the event a later sentence
  gives that delegation;
- people met "in the course of the visit", paragraphs after the visit's dates, belong to the visit;
- a leader named only as the one under whom something was won, or for a policy, is not at the table;
- a bare surname goes to the person of exactly that surname, not to one spelt nearly so.
"""
from __future__ import annotations

import pytest

from azdata.extract import extract
from azdata.read import Article, read_text


def _people(text: str, published: str = "2024-05-20"):
    art = read_text(Article(article_id="t", source_file="t.txt"), f" date {published} {text}".encode())
    x = extract(art)
    return [(e.event_type, str(e.date_start), sorted(x.people[p].surname for p, _ in e.people)) for e in x.events]


@pytest.mark.parametrize("text, members", [
    pytest.param("The delegation is made up of MPs Nigar Safarova, Elnur Huseynli and Rauf Karimov. A delegation "
                 "headed by Deputy Speaker Tahir Mammadli will take part in the assembly's session in Riga on "
                 "May 26-28.", ["Huseynli", "Karimov", "Mammadli", "Safarova"], id="made-up-of"),
    pytest.param("The group consists of lawmakers Nigar Safarova and Elnur Huseynli. The parliamentary delegation "
                 "led by Deputy Speaker Tahir Mammadli will take part in the assembly's spring session in Riga "
                 "on May 26-28.",
                 ["Huseynli", "Mammadli", "Safarova"], id="consists-of"),
])
def test_delegation_members_named_before_the_event(text, members):
    events = [e for e in _people(text) if e[1] == "2024-05-26"]
    assert events and events[0][2] == members


@pytest.mark.parametrize("text", [
    pytest.param("Deputy Foreign Minister Leyla Karimova was on a visit to Brussels on May 14-15. She addressed "
                 "the Euro-Atlantic Partnership Council.\n\nThe talks touched on energy.\n\nIn the course of the "
                 "visit, Karimova also had meetings with NATO Assistant Secretary General Boris Ruge and with "
                 "Ambassador Hans Lund, Norway's Permanent Representative to NATO.", id="in-the-course-of"),
    pytest.param("Deputy Foreign Minister Leyla Karimova was on a visit to Brussels on May 14-15. She addressed "
                 "the Euro-Atlantic Partnership Council.\n\nThe talks touched on energy.\n\nDuring the visit, "
                 "Karimova also met NATO Assistant Secretary General Boris Ruge and Ambassador Hans Lund, "
                 "Norway's Permanent Representative to NATO.", id="during-the-visit"),
])
def test_people_met_in_the_course_of_the_visit_join_it(text):
    visits = [e for e in _people(text, "2024-05-16") if e[0] == "visit"]
    assert visits == [("visit", "2024-05-14", ["Karimova", "Lund", "Ruge"])]


@pytest.mark.parametrize("text", [
    pytest.param("Chief of General Staff Karim Valiyev met NATO Director General Janusz Nowak on 9 October. "
                 "Recalling the victory won under the leadership of President, Commander-in-Chief Ilham Aliyev, "
                 "Valiyev said the army had kept to the law of war.", id="under-the-leadership-of"),
    pytest.param("Chief of General Staff Karim Valiyev met NATO Director General Janusz Nowak on 9 October. "
                 "Valiyev praised the policy pursued by President Ilham Aliyev and the two discussed training.",
                 id="policy-pursued-by"),
    pytest.param("Chief of General Staff Karim Valiyev met NATO Director General Janusz Nowak on 9 October. "
                 "Nowak held talks on President Ilham Aliyev's far-sighted policy with Valiyev.",
                 id="possessive-policy"),
])
def test_a_leader_named_only_for_his_leadership_is_not_at_the_table(text):
    assert _people(text, "2024-10-09") == [("meeting", "2024-10-09", ["Nowak", "Valiyev"])]


def test_a_team_under_the_leadership_of_someone_is_still_led_by_him():
    text = ("On 14 May Defence Minister Zakir Hasanov received a NATO team under the leadership of Assistant "
            "Secretary General Boris Ruge.")
    assert _people(text) == [("meeting", "2024-05-14", ["Hasanov", "Ruge"])]


@pytest.mark.parametrize("text", [
    pytest.param("A NATO delegation headed by Major General Erik Lund arrived in Baku on 5 July.\n\nThe guests "
                 "visited a military unit.\n\nThere, Colonel Rashad Mammadli told the guests about the drills held "
                 "this year.", id="told-the-guests-this-year"),
    pytest.param("A NATO delegation headed by Major General Erik Lund arrived in Baku on 5 July.\n\nThe guests "
                 "visited a military unit.\n\nColonel Rashad Mammadli briefed the delegation on the courses run "
                 "this year.", id="briefed-the-delegation-this-year"),
])
def test_this_year_in_a_talk_with_the_guests_keeps_the_visit(text):
    assert _people(text, "2023-07-05") == [("visit", "2023-07-05", ["Lund", "Mammadli"])]


@pytest.mark.parametrize("text, expected", [
    # the source named after what happened, before its speech verb, reports it
    pytest.param("Servicemen of the two armies are holding joint exercises in Ganja, Anar Veliyev, press adviser to "
                 "the ministry, told a weekly briefing.", [("exercise", "2024-05-20", [])], id="office-then-told"),
    pytest.param("The two navies held drills near Baku on 14 May, Leyla Hasanova, a spokeswoman for the fleet, "
                 "said.", [("exercise", "2024-05-14", [])], id="office-then-said"),
    pytest.param("The minister met the envoy in Baku on 14 May, Anar Veliyev said.", [("meeting", "2024-05-14", [])],
                 id="name-then-said"),
    # one who speaks after the talks he had, or who did what the sentence reports, is not only its source
    pytest.param("Defence Minister Anar Veliyev held talks with Leyla Hasanova in Baku on 14 May.",
                 [("meeting", "2024-05-14", ["Hasanova", "Veliyev"])], id="neg-the-ones-who-met"),
    pytest.param("The envoy Leyla Hasanova is expected in Baku on 14 May for talks, the deputy minister said.",
                 [("meeting", "2024-05-14", ["Hasanova"])], id="neg-an-office-as-source"),
    pytest.param("Anar Veliyev held talks with Leyla Hasanova in Baku on 14 May, Veliyev said.",
                 [("meeting", "2024-05-14", ["Hasanova", "Veliyev"])], id="neg-named-at-the-table-before"),
])
def test_the_source_named_after_the_news_is_no_participant(text, expected):
    assert _people(text) == expected


def test_the_people_at_today_s_event_told_later_join_it():
    text = ("President Elnur Karimov, who is in Lisbon for the summit, is taking part in the meeting on the mission. "
            "The first of today's meetings brings together the member states and the mission's partners. The "
            "meeting is also attended by President Anar Veliyev and Secretary-General Leyla Hasanova.")
    assert _people(text, "2010-11-20") == [("meeting", "2010-11-20", ["Hasanova", "Karimov", "Veliyev"])]


SPEECH_PAGE = ("Ministry of Foreign Affairs\nHome | News | Contacts\n\n{title}\n\n{title}\n\nBrussels, 4 December "
               "2013\n\nMr. Secretary General,\n\nFirst, I would like to welcome Minister Anar Veliyev and Minister "
               "Leyla Hasanova. Our cooperation with the mission is strong and will grow in the years ahead.\n\nWe "
               "remain a reliable partner of the Alliance and of its mission.\n")


@pytest.mark.parametrize("title, expected", [
    # the title names the speech, its speaker and the gathering: the page's event, with whom the speaker welcomes
    ("Speech by Elnur Karimov, Minister of Foreign Affairs, at the Ministerial Meeting",
     [("meeting", "2013-12-04", ["Hasanova", "Karimov", "Veliyev"])]),
    ("Remarks by Minister Elnur Karimov at the press conference of the ministers",
     [("conference", "2013-12-04", ["Hasanova", "Karimov", "Veliyev"])]),
    # a speech on a topic names no gathering
    ("Speech by Elnur Karimov, Minister of Foreign Affairs, on the partnership", []),
])
def test_a_speech_title_names_the_pages_event(title, expected):
    art = read_text(Article(article_id="t", source_file="t.txt"),
                    (" date 2013-12-04 " + SPEECH_PAGE.format(title=title)).encode())
    x = extract(art)
    assert [(e.event_type, str(e.date_start), sorted(x.people[p].surname for p, _ in e.people))
            for e in x.events] == expected


@pytest.mark.parametrize("text, expected", [
    # who took part in a gathering named without a date joins the one gathering of that kind the page dates
    pytest.param("Defence Attaché Colonel Anar Veliyev and Political Officer Leyla Hasanova took part in the academic "
                 "conference that the ministry held on the anniversary. On May 14, Baku was the venue of a conference "
                 "marking the anniversary.", [("conference", "2024-05-14", ["Hasanova", "Veliyev"])],
                 id="took-part-then-dated"),
    pytest.param("Colonel Anar Veliyev attended the exercise of the engineer units. The exercise began at the range "
                 "on May 14.", [("exercise", "2024-05-14", ["Veliyev"])], id="attended-then-began"),
    # two gatherings of that kind: which one is not said
    pytest.param("Colonel Anar Veliyev took part in the conference. A conference opened in Baku on May 14. A "
                 "seminar opened in Ganja on May 16.", [("conference", "2024-05-14", []),
                                                        ("conference", "2024-05-16", [])],
                 id="neg-two-conferences"),
])
def test_who_took_part_in_an_undated_mention_of_the_gathering(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two people of one subject, joined by "and", pay the visit together
    pytest.param("On 17-19 May the President of the Assembly, Elnur Karimov (Spain), and the Assembly's Secretary "
                 "General, Leyla Hasanova, paid a visit to Baku.", [("visit", "2024-05-17", ["Hasanova", "Karimov"])],
                 id="office-name-country-and-office-name"),
    pytest.param("On 17 May Elnur Karimov and Leyla Hasanova visited Baku.", [("visit", "2024-05-17",
                                                                              ["Hasanova", "Karimov"])],
                 id="two-names-and"),
])
def test_a_subject_of_two_people_visits_together(text, expected):
    assert _people(text) == expected



@pytest.mark.parametrize("text, expected", [
    # "Representing <country> (at the session) are A, B and C": who sits at the gathering under way
    ("The NATO Parliamentary Assembly session opened in Oslo on 7 May. Representing Azerbaijan are Rauf Mammadov, "
     "who chairs the defence committee, and MPs Leyla Hasanova and Tural Ismayilov.",
     [("conference", "2024-05-07", ["Hasanova", "Ismayilov", "Mammadov"])]),
    ("The NATO seminar opened in Riga on 7 May. Representing the Milli Majlis at the seminar were Leyla Hasanova "
     "and Tural Ismayilov.", [("conference", "2024-05-07", ["Hasanova", "Ismayilov"])]),
    # (a lowercase body after it names no delegation: "representing the think tank" is an aside of who spoke)
    ("The NATO seminar opened in Riga on 7 May. The organisers said the room was full, representing the think "
     "tank's view that Rauf Mammadov had been right.", [("conference", "2024-05-07", [])]),
])
def test_representing_the_country_are(text, expected):
    assert _people(text) == expected
