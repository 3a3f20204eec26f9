"""Event words, delegation lists and whole-article extraction on small hand-written texts."""
from pathlib import Path

import pytest

from azdata.extract import delegation_countries, extract, triggers_in
from azdata.read import Article, read_text


@pytest.mark.parametrize("sentence, expected", [
    ("Colonel General Zakir Hasanov met with the delegation.", [("met", "talks")]),
    ("Bayramov met Geoana at NATO Headquarters on the sidelines of his working visit to Brussels.", [("met", "talks")]),
    ("He said the visit was important for the development of relations.", []),
    ("The two-day meeting took place on May 29-30 at the university.", [("meeting", "talks")]),
    ("during a video conference", [("video conference", "talks")]),
    ("Its summer session of 1-5 July 2013 looked at Afghanistan.", [("summer session", "activity")]),
    ("the battalion received its NATO certificate in 2014", []),
    ("This is Gerasimov’s first meeting with Peach.", []),
    ("Aliyev visited NATO headquarters, holding talks before addressing the Council.",
     [("visited", "visit"), ("talks", "talks"), ("addressing the", "address")]),
])
def test_event_words(sentence, expected):
    found = [(t.text, t.family) for t in triggers_in(sentence)]
    assert [(w.lower(), f) for w, f in found] == [(w.lower(), f) for w, f in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The delegation included the permanent representatives of Türkiye, Greece and Spain to NATO, as well as "
     "the deputy permanent representatives of the United States and France.", ["TUR", "GRC", "ESP", "USA", "FRA"]),
    ("Defense attaches and defense ministry officials from Bulgaria, Georgia and the United States are attending.",
     ["BGR", "GEO", "USA"]),
    ("It gathered about 40 students and young scholars from Azerbaijan, Pakistan and Romania.", []),
    ("up to 250 representatives of the Azerbaijan Army participated", []),
    ("brings together experts from Azerbaijan and NATO member states", []),
])
def test_delegation_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


def test_a_reported_meeting_with_recalled_past_meeting():
    x = _extract(" date 2019-11-28 Air Chief Marshal Stuart Peach, Chairman of the NATO Military Committee, "
                 "said on November 26 that NATO supports Azerbaijan.\n\nPeach made the remarks while meeting "
                 "Defense Minister Colonel General Zakir Hasanov in Baku.\n\nPreviously, Gerasimov and General "
                 "Joseph Dunford held a meeting in Baku on February 16, 2017.")
    events = sorted((str(e.date_start), sorted(x.people[p].surname for p, _ in e.people)) for e in x.events)
    assert events == [("2017-02-16", ["Dunford"]), ("2019-11-26", ["Hasanov", "Peach"])]


def test_milestones_are_anchored_to_the_programme_in_their_clause():
    x = _extract(" date 2021-11-16 Relations with NATO date back to 1992, when Azerbaijan joined the North "
                 "Atlantic Cooperation Council, a forum replaced in 1997 by the Euro-Atlantic Partnership Council. "
                 "The Individual Partnership Action Plan, first adopted in 2005 and now in its fourth cycle, and "
                 "the country's contribution to ISAF were discussed.")
    assert sorted((m.programme, m.year) for m in x.milestones) == [("EAPC", 1997), ("IPAP", 2005), ("NACC", 1992)]


def test_every_evidence_span_slices_the_text():
    text = (Path(__file__).resolve().parent / "data" / "seeds" / "004_e513e6f8b66b7159.txt").read_text()
    x = _extract(text)
    for e in x.events:
        assert x.article.text[e.sentence.start:e.sentence.end] == e.sentence.text


# issue 16: a capital a trigger asks for ("left" a named place) is a capital in the text; under a
# case-insensitive trigger "[A-Z]" matched any letter
@pytest.mark.parametrize("sentence, expected", [
    ("He left an impression on the audience.", []),
    ("The minister left a message for the organisers.", []),
    ("She left early to catch her flight.", []),
    ("The delegation left Baku for Brussels.", [("left baku", "activity")]),
    ("The commander left Tbilisi on Friday.", [("left tbilisi", "activity")]),
])
def test_capitals_in_triggers_are_case_sensitive(sentence, expected):
    found = [(t.text.lower(), t.family) for t in triggers_in(sentence)]
    assert found == expected


# issue 16: one milestone fact per programme, year and sentence (the more specific act), and a
# planned, expected or hoped-for step is no milestone
@pytest.mark.parametrize("text, expected", [
    pytest.param("Cooperation started in 1992, when Azerbaijan joined the North Atlantic Cooperation Council.",
                 [("NACC", 1992, "joined")], id="joined-and-started-nacc"),
    pytest.param("Azerbaijan joined the Partnership for Peace programme in 1994, which started its practical "
                 "cooperation with the Alliance in 1994.", [("PfP", 1994, "joined")], id="joined-and-started-pfp"),
    pytest.param("Some 25 Alliance experts would come to Ganja in June 2026 for the yearly Planning and Review "
                 "Process (PARP) review.", [], id="would-visit-parp"),
    pytest.param("A team of evaluators is to arrive in March 2027 to assess the PARP goals.", [], id="is-to-parp"),
    pytest.param("The country plans to submit its next IPAP document in 2026.", [], id="plans-to-ipap"),
    pytest.param("Baku is expected to host the NATO Days event in October 2026.", [], id="expected-to-nato-days"),
    pytest.param("The new Individual Partnership Action Plan will be adopted in 2027.", [], id="will-ipap"),
    pytest.param("Azerbaijan submitted its first IPAP document in 2004.", [("IPAP", 2004, "submitted")],
                 id="past-ipap-kept"),
    pytest.param("The engineering unit, set up as a platoon in 1999 and enlarged to a company in 2003, and the "
                 "lessons of ISAF are expected to guide its training.", [], id="hope-about-the-programme"),
    pytest.param("Cyber experts, formed as a team in 2012 and made a centre in 2016, and the KFOR experience "
                 "will help the new unit.", [], id="will-about-the-programme"),
    pytest.param("In 2005 parliament approved the Agreement between the Parties to the North Atlantic Treaty and "
                 "the countries of the Partnership for Peace on the Status of their Forces (PfP SOFA).",
                 [("SOFA", 2005, "adopted")], id="bracketed-abbreviation-closes-the-name"),
    pytest.param("Its troops served with the International Security Assistance Force (ISAF) from 2003 and then "
                 "with Resolute Support until 2020.", [("ISAF", 2003, "contributed"), ("RSM", 2020, "contributed")],
                 id="bracket-of-another-clause-part"),
    pytest.param("The minister took part in the ISAF meeting on 14 February 2026 in Brussels.", [],
                 id="a-meeting-of-isaf"),
    pytest.param("The defence minister attended the NATO Days meeting in Ostrava on 21 September 2025.", [],
                 id="a-meeting-of-nato-days"),
])
def test_milestones_one_per_sentence_and_never_planned(text, expected):
    x = _extract(" date 2026-03-01 " + text)
    assert sorted((m.programme, m.year, m.action) for m in x.milestones) == expected


# issue 16: a day of the event under way ("the last day", "the second day") counts from its span,
# and a day written as an ordinal word ("the third of May") is a day
@pytest.mark.parametrize("text, expected", [
    pytest.param(" date 2025-05-06 NATO Deputy Secretary General Anna Weber is on a visit to Azerbaijan on 6-9 May. "
                 "On the last day of the visit, she will meet Defence Minister Zakir Hasanov.",
                 [("visit", "2025-05-06", "day"), ("meeting", "2025-05-09", "day")], id="last-day-of-visit"),
    pytest.param(" date 2024-10-14 General Jonas Berger is on a visit to Georgia on 14-17 October. On the final day he "
                 "met Defence Minister Irina Petrova.",
                 [("visit", "2024-10-14", "day"), ("meeting", "2024-10-17", "day")], id="final-day"),
    pytest.param(" date 2025-05-06 NATO Deputy Secretary General Anna Weber is on a visit to Azerbaijan on 6-9 May. "
                 "The second day, she met Defence Minister Zakir Hasanov.",
                 [("visit", "2025-05-06", "day"), ("meeting", "2025-05-07", "day")], id="the-second-day"),
    pytest.param(" date 2025-05-01 Defence Minister Zakir Hasanov met NATO Deputy Secretary General Anna Weber in "
                 "Baku on the third of May.", [("meeting", "2025-05-03", "day")], id="the-third-of-may"),
    pytest.param(" date 2023-09-02 Foreign Minister Kamal Demir held talks with NATO Assistant Secretary General "
                 "Laura Silva on the twenty-first of September 2023.", [("meeting", "2023-09-21", "day")],
                 id="the-twenty-first-of-september"),
])
def test_story_days_and_ordinal_days(text, expected):
    x = _extract(text)
    assert [(e.event_type, str(e.date_start), e.date.precision) for e in x.events] == expected


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


# the programme nearest a date is measured from the date's whole span: a name right after a long
# date ("on 18 September 1996 handed the X") is nearer than one a few words before it
@pytest.mark.parametrize("text, expected", [
    pytest.param("The president noted that he signed the Partnership for Peace Framework Document in 1994 and on "
                 "18 September 1996 handed the PfP Presentation Document to the Alliance.",
                 [("PfP", 1994), ("PfP Presentation Document", 1996)], id="name-after-a-long-date"),
    pytest.param("Azerbaijan signed the Partnership for Peace Framework Document in 1994 and on 11 February 2019 "
                 "presented the PfP Presentation Document in its new form.",
                 [("PfP", 1994), ("PfP Presentation Document", 2019)], id="another-year-and-day"),
])
def test_programme_nearest_the_whole_date(text, expected):
    x = _extract(" date 2026-03-01 " + text)
    assert sorted((m.programme, m.year) for m in x.milestones) == expected
