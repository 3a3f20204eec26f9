"""azdata.extract.timing: days of the story ("the last day", "the second day") and ordinal days."""
import pytest

from azdata.extract import extract
from azdata.read import Article, read_text


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


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


# a follow-up sentence dated by its time of day: the same day as the sentence before, or the next one
@pytest.mark.parametrize("second, day", [
    pytest.param("The same evening, the guest laid a wreath at the memorial.", "2024-03-17", id="the-same-evening"),
    pytest.param("That evening, the guest laid a wreath at the memorial.", "2024-03-17", id="that-evening"),
    pytest.param("The following morning, the guest laid a wreath at the memorial.", "2024-03-18",
                 id="the-following-morning"),
    pytest.param("The next afternoon, the guest laid a wreath at the memorial.", "2024-03-18", id="the-next-afternoon"),
])
def test_a_time_of_day_after_a_dated_sentence(second, day):
    x = _extract(" date 2024-03-20 Defence Minister Zakir Hasanov received NATO envoy Jan Novak on 17 March. " + second)
    assert [(e.event_type, str(e.date_start)) for e in x.events] == [("meeting", "2024-03-17"), ("ceremony", day)]


# the first day of an event told after its end ("completed the course on Friday. The course had started on 6 May.")
@pytest.mark.parametrize("text, expected", [
    pytest.param("Fourteen officers completed the NATO course on staff procedures on Friday. The course had started "
                 "on 6 May.", [("conference", "2024-05-06", "2024-05-17")], id="the-course-had-started"),
    pytest.param("The evaluation exercise of the battalion ended on Friday. It had started on Monday, 13 May.",
                 [("exercise", "2024-05-13", "2024-05-17")], id="it-had-started"),
    pytest.param("The certification of the company was completed at the centre on 17 May. The certification had "
                 "begun on 13 May.", [("exercise", "2024-05-13", "2024-05-17")], id="the-certification-had-begun"),
    # (a later start is another event, and so is one of another kind)
    pytest.param("The NATO course ended on 10 May. The exercise had started on 6 May.",
                 [("conference", "2024-05-10", None), ("exercise", "2024-05-06", None)], id="another-kind"),
])
def test_the_start_told_after_the_end(text, expected):
    x = _extract(" date 2024-05-20 " + text)
    assert [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None) for e in x.events] == expected


@pytest.mark.parametrize("text, expected", [
    # "the day before" opening a news item: the day before publication
    pytest.param("The day before, Defence Minister Zakir Hasanov received NATO envoy Jan Novak.",
                 [("meeting", "2024-05-19")], id="the-day-before-opening-the-item"),
    pytest.param("The previous day, Defence Minister Zakir Hasanov received NATO envoy Jan Novak.",
                 [("meeting", "2024-05-19")], id="the-previous-day-opening-the-item"),
    # (after a dated sentence it counts from that day)
    pytest.param("NATO envoy Jan Novak arrived in Baku on 14 May. The day before, he was in Tbilisi for talks.",
                 [("visit", "2024-05-14"), ("meeting", "2024-05-13")], id="the-day-before-a-dated-day"),
])
def test_the_day_before_with_no_day_of_the_story(text, expected):
    x = _extract(" date 2024-05-20 " + text)
    assert [(e.event_type, str(e.date_start)) for e in x.events] == expected


# "the same day" opening a sentence after one that told two days of a trip: the later of them (the day of the
# last event told), in a report and in a programme of a visit to come; a day only named at the end of a stay
# ("... and ends the visit today") is no day an event was told on
@pytest.mark.parametrize("text, expected", [
    pytest.param(" date 2024-03-20 The envoy held talks with Defence Minister Zakir Hasanov in Baku on March 17, and "
                 "with Foreign Minister Kamal Demir on March 18. On the same day he flew to Tbilisi, where he met "
                 "Prime Minister Irina Petrova.", ["2024-03-17", "2024-03-18", "2024-03-18"], id="report"),
    pytest.param(" date 2024-03-15 The envoy will meet Defence Minister Zakir Hasanov in Baku on March 17 and Foreign "
                 "Minister Kamal Demir on March 18. The same day, he will travel to Tbilisi for talks with Prime "
                 "Minister Irina Petrova.", ["2024-03-17", "2024-03-18", "2024-03-18"], id="programme"),
    pytest.param(" date 2024-05-10 The envoy arrived in Baku on Thursday on a two-day visit, which he ends today. "
                 "On the same day he held talks with Defence Minister Zakir Hasanov.", ["2024-05-09", "2024-05-09"],
                 id="a-stay-that-ends-today"),
])
def test_the_same_day_is_the_last_day_told(text, expected):
    assert sorted(str(e.date_start) for e in _extract(text).events) == expected
