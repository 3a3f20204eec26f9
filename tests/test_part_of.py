"""Events held during a longer visit, conference or exercise of the same article (events ``part_of``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from azdata.pipeline import run

# article text -> {event type and start date: (type and start date of the container, or None)}
CASES = {
    "meeting-during-visit": (
        " date 2023-10-05\n\nNATO Special Representative Javier Colomina paid a visit to Azerbaijan from 2 to 4 "
        "October 2023. On 3 October 2023 Colomina met Foreign Minister Jeyhun Bayramov in Baku.\n",
        {("meeting", "2023-10-03"): ("visit", "2023-10-02")}),
    "earlier-meeting-is-not-part": (
        " date 2023-10-05\n\nNATO Special Representative Javier Colomina paid a visit to Azerbaijan from 2 to 4 "
        "October 2023. He had earlier met Foreign Minister Jeyhun Bayramov in Brussels on 12 September 2023.\n",
        {("meeting", "2023-09-12"): None, ("visit", "2023-10-02"): None}),
    "other-delegation-elsewhere": (
        " date 2023-10-05\n\nNATO Special Representative Javier Colomina was on a visit to Baku from 2 to 4 October "
        "2023. On 3 October 2023 Defence Minister Zakir Hasanov met the Turkish Chief of General Staff Metin Gurak "
        "in Nakhchivan.\n",
        {("meeting", "2023-10-03"): None}),
    "visit-during-exercise": (
        " date 2012-11-20\n\nThe multinational exercise took place from 5-16 November 2012 at a training ground "
        "near Baku. General Mark Hertling visited the exercise on 8 November 2012.\n",
        {("visit", "2012-11-08"): ("exercise", "2012-11-05")}),
    "stops-of-a-tour": (
        " date 2024-03-20\n\nNATO Secretary General Jens Stoltenberg made a tour of the South Caucasus from 17 to 19 "
        "March 2024, starting in Baku. On 18 March he arrived in Tbilisi. He met Foreign Minister Jeyhun Bayramov "
        "on 18 March.\n",
        {("visit", "2024-03-18"): ("visit", "2024-03-17"), ("meeting", "2024-03-18"): ("visit", "2024-03-17")}),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    folder = tmp_path_factory.mktemp("part_of")
    for name, (text, _) in CASES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return run(Path(folder))[0].events


@pytest.mark.parametrize("name", sorted(CASES))
def test_part_of(events, name):
    rows = events[events.article_id == name]
    by_key = {(r.event_type, str(r.date_start)[:10]): r for r in rows.itertuples()}
    for key, container in CASES[name][1].items():
        assert key in by_key, f"{key} not extracted: {sorted(by_key)}"
        got = by_key[key].part_of
        if container is None:
            assert got == "", f"{key} should stand alone, is part of {got}"
        else:
            assert got == by_key[container].event_id


def test_no_event_is_part_of_itself_and_containers_do_not_nest_in_a_circle(events):
    parent = dict(zip(events.event_id, events.part_of))
    for eid in parent:
        seen, cur = {eid}, parent[eid]
        while cur:
            assert cur not in seen
            seen.add(cur)
            cur = parent[cur]


@pytest.mark.parametrize("text, expected", [
    (" date 2019-04-13\n\nNATO Deputy Secretary General Rose Gottemoeller paid a visit to Baku on 11-12 April 2019. "
     "On 12 April, Gottemoeller was received by Defence Minister Zakir Hasanov.\n", "Baku"),
    (" date 2019-04-13\n\nNATO Deputy Secretary General Rose Gottemoeller was on a visit to Azerbaijan from 11 to 12 "
     "April 2019. On 12 April, she held talks with Gottemoeller's host, Defence Minister Zakir Hasanov.\n",
     "Azerbaijan"),
])
def test_a_meeting_with_no_place_of_its_own_is_where_the_visit_is(tmp_path, text, expected):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = run(tmp_path)[0].events
    meetings = events[events.event_type == "meeting"]
    assert len(meetings) == 1 and meetings.iloc[0].part_of
    assert meetings.iloc[0].location == expected


# a guest's arrival or stay that frames the one meeting of its sentence is that meeting; a visit with
# parts of its own, or one told as a noun ("paid a visit", "the visit took place", "on a visit"), stays an event
FRAMES_ONE_MEETING = [
    ("On 6 June, Deputy Defence Minister Karim Valiyev met with Brigadier General Anna Kowalska, Director of "
     "Cooperative Security at NATO's International Military Staff, who is visiting Azerbaijan as part of a regional "
     "tour.", ["meeting"], "Anna Kowalska"),
    ("On 14 March the chief of the General Staff received Major General Tomas Berg, who is visiting Baku within the "
     "annual NATO Days.", ["meeting"], "Tomas Berg"),
    ("NATO Deputy Secretary General Mircea Geoana arrived in Tbilisi on 6 June and met Prime Minister Irakli "
     "Garibashvili there.", ["meeting"], "Mircea Geoana"),
    ("The NATO Special Representative, Javier Colomina, arrives in Yerevan on 6 June and will meet Foreign Minister "
     "Ararat Mirzoyan.", ["meeting"], "Javier Colomina"),
    ("Admiral Rob Bauer paid a visit to Baku on 6 June, during which he held talks with Defence Minister Zakir "
     "Hasanov and met Foreign Minister Jeyhun Bayramov.", ["meeting", "visit"], None),
    ("The last visit to Baku by the Chairman took place on 6 June 2019, when Air Chief Marshal Stuart Peach held "
     "talks at the Ministry of Defence.", ["meeting", "visit"], None),
    ("On 6 June, Defence Minister Zakir Hasanov met with Rear Admiral Jan Nowak, who is on a visit to Azerbaijan "
     "within the NATO Days.", ["meeting", "visit"], None),
    ("NATO Secretary General Jens Stoltenberg arrived in Baku on 6 June. He met President Ilham Aliyev.",
     ["meeting", "visit"], None),
]


@pytest.mark.parametrize("sentence, types, visitor", FRAMES_ONE_MEETING)
def test_a_visit_that_frames_one_meeting_is_that_meeting(tmp_path, sentence, types, visitor):
    (tmp_path / "a.txt").write_text(f" date 2023-06-07\n\n{sentence}\n", encoding="utf-8")
    corpus = run(tmp_path)[0]
    assert sorted(corpus.events.event_type) == types
    assert list(corpus.events.event_id) == [f"a#e{n}" for n in range(1, len(types) + 1)]
    assert set(corpus.participants.event_id) <= set(corpus.events.event_id)
    assert set(corpus.events.part_of) <= set(corpus.events.event_id) | {""}
    if visitor:
        assert visitor in set(corpus.participants.name)
