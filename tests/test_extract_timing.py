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
