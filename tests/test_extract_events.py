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
