"""Reprints: one story carried by several outlets (articles ``reprint_of``, events ``cluster_id``)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from azdata import reprints
from azdata.pipeline import run
from azdata.reprints import find_reprints, story_of

# Invented stories. "team-a"/"team-b": one meeting told by two outlets in their own words. "days-a"/"days-b":
# a second story, re-hosted with a day's delay and a few words changed. "seminar": another story of the
# same day from the same outlet as "team-a" (same topic, same ministry, other people).
ARTICLES = {
    "team-a": " date 2023-06-14\n\nBAKU, June 14. On June 14, Deputy Defence Minister Agil Gurbanov received a "
              "NATO team led by Brigadier General Lars Moeller, head of the Caucasus section of the Partnership "
              "Directorate, Trend reports. The sides discussed the Operational Capabilities Concept evaluation of "
              "the peacekeeping battalion planned for the autumn, the training of staff officers at the Zagatala "
              "centre and English language courses. Moeller praised the battalion's progress and thanked the hosts "
              "for their hospitality.\n",
    "team-b": " date 2023-06-14\n\nA NATO group headed by Brigadier General L. Moeller of the Partnership "
              "Directorate held talks with Deputy Minister of Defence Agil Gurbanov in Baku on Wednesday, June 14, "
              "Report says. According to the ministry, the talks covered the autumn OCC evaluation of the "
              "peacekeeping battalion, staff officer training at the Zagatala centre and English courses. Brigadier "
              "General Moeller thanked his hosts and spoke highly of the progress the battalion has made.\n",
    "seminar": " date 2023-06-14\n\nBAKU, June 14. On June 14, a seminar on cyber defence opened at the Academy "
               "of Public Administration within the NATO Days, Trend reports. Lieutenant Colonel Ingrid Solberg "
               "of the NATO Communications and Information Agency lectured some 60 students on protecting "
               "government networks, and Rector Urkhan Alakbarov thanked the guests.\n",
    "days-a": " date 2019-11-26\n\nThe Chairman of the NATO Military Committee, Air Chief Marshal Sir Stuart Peach, "
              "visited the Heydar Aliyev Military Lyceum in Baku on 26 November 2019, where cadets showed him "
              "their classrooms, the sports hall and the lyceum museum. Peach signed the guest book and wished the "
              "cadets success.\n",
    "days-b": " date 2019-11-27\n\nNATO Military Committee Chairman Air Chief Marshal Sir Stuart Peach visited the "
              "Heydar Aliyev Military Lyceum in Baku on 26 November 2019, where the cadets showed him their "
              "classrooms, the sports hall and the museum of the lyceum. Sir Stuart Peach signed the guest book "
              "and wished the cadets every success.\n",
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reprints")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return run(Path(folder))[0]


@pytest.mark.parametrize("article, original", [
    ("team-a", ""), ("team-b", "team-a"),   # same day: the article_id breaks the tie
    ("days-a", ""), ("days-b", "days-a"),   # the earlier publication is the original
    ("seminar", ""),                        # same outlet, same day, another story
])
def test_reprint_of(tables, article, original):
    row = tables.articles.set_index("article_id").loc[article]
    assert row.reprint_of == original


@pytest.mark.parametrize("copy, original", [("team-b", "team-a"), ("days-b", "days-a")])
def test_a_copy_reports_the_same_events_in_one_cluster(tables, copy, original):
    ev = tables.events
    mine, theirs = ev[ev.article_id == copy], ev[ev.article_id == original]
    assert len(mine) and len(theirs)
    for r in mine.itertuples():
        same_day = theirs[theirs.date_start == r.date_start]
        assert set(same_day.cluster_id) == {r.cluster_id}


def test_another_story_of_the_same_day_is_another_cluster(tables):
    ev = tables.events
    seminar = set(ev[ev.article_id == "seminar"].cluster_id)
    assert seminar and not seminar & set(ev[ev.article_id.isin(["team-a", "team-b"])].cluster_id)


def _story(name: str, published: dt.date | None, body: str, events=frozenset()):
    return story_of(name, published, body, frozenset(events))


BODY = ("Brigadier General Lars Moeller of the Partnership Directorate held talks with Deputy Minister Agil Gurbanov "
        "in Baku on June 14 on the autumn OCC evaluation of the peacekeeping battalion and the Zagatala centre.")


@pytest.mark.parametrize("a_day, b_day, b_events, expected", [
    (dt.date(2023, 6, 14), dt.date(2023, 6, 15), (), True),
    (dt.date(2023, 6, 14), dt.date(2023, 7, 30), (), False),  # weeks apart: a later story on the same subject
    (dt.date(2023, 6, 14), None, (), True),                     # a copy saved without its date
])
def test_dates_gate_the_comparison(a_day, b_day, b_events, expected):
    a = _story("a", a_day, BODY)
    b = _story("b", b_day, BODY.replace("held talks with", "met"), b_events)
    assert (find_reprints([a, b]) == {"b": "a"}) is expected


def test_events_on_other_days_are_other_stories():
    a = _story("a", dt.date(2023, 6, 14), BODY, {(dt.date(2023, 6, 14), "moeller")})
    b = _story("b", dt.date(2023, 6, 15), BODY, {(dt.date(2023, 6, 15), "moeller")})
    assert find_reprints([a, b]) == {}


def test_candidates_come_from_rare_words_not_all_pairs(monkeypatch):
    """An archive of distinct stories costs a bounded number of comparisons per article."""
    calls = []
    real = reprints.same_story
    monkeypatch.setattr(reprints, "same_story", lambda *a: calls.append(1) or real(*a))
    stories = [_story(f"s{i:04d}", dt.date(2020, 1, 1) + dt.timedelta(days=i % 30),
                      f"Officer Name{i} of Unit{i % 97} visited Town{i % 89} and Base{i} with Team{i % 53} "
                      "to discuss the programme")
               for i in range(3000)]
    assert find_reprints(stories) == {}
    assert len(calls) <= len(stories) * reprints.SIGNATURE * reprints.POSTING_CAP
    assert len(calls) < len(stories) * 100  # far below the 4.5 million pairs


@pytest.mark.parametrize("events_b, expected", [
    ({(dt.date(2024, 10, 9), "adamchak")}, True),   # one person, transliterated two ways
    ({(dt.date(2024, 10, 9), "petrov")}, False),    # the same day, someone else
    (set(), False),                                 # nothing to check the missing date against
])
def test_without_a_date_the_events_must_agree(events_b, expected):
    """A copy saved without its date, reworded: it counts only when its events agree with the original's."""
    body = ("Colonel General Karim Valiyev received Lieutenant General Janusz Adamczak, Director General of the "
            "International Military Staff, who is on a visit to the country. Mine clearance in the liberated "
            "territories and the situation on the conditional border were discussed.")
    other = ("Lieutenant General Janush Adamchak, the General Director of the International Military Staff, was "
             "received by Colonel-General Karim Valiyev. They spoke about demining in the liberated areas and the "
             "conditional border.")
    a = _story("a", dt.date(2024, 10, 9), body, {(dt.date(2024, 10, 9), "adamczak"), (dt.date(2024, 10, 9), "valiyev")})
    b = _story("b", None, other, events_b)
    assert (find_reprints([a, b]) == {"b": "a"}) is expected
