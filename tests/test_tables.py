"""azdata.tables: what is merged across articles — people, milestones, event clusters."""
from __future__ import annotations

from pathlib import Path

import pytest

from azdata.pipeline import run

# Three short articles that name the same people, state the same milestone and report the same
# meeting; a2 names Hasanov twice and states the milestone twice.
ARTICLES = {
    "a2.txt": " date 2024-05-03\n\nAzerbaijan's Defence Minister Zakir Hasanov met NATO Secretary General Jens "
              "Stoltenberg in Brussels on 2 May 2024. Zakir Hasanov thanked him. Azerbaijan joined the "
              "Partnership for Peace programme in 1994. Azerbaijan joined the Partnership for Peace programme "
              "in 1994, the minister recalled.\n",
    "a1.txt": " date 2024-05-02\n\nDefence Minister Zakir Hasanov met NATO Secretary General Jens Stoltenberg "
              "in Brussels on 2 May 2024. Azerbaijan joined the Partnership for Peace programme in 1994.\n",
    "a3.txt": " date 2024-06-01\n\nColonel General Zakir Hasanov met NATO Secretary General Jens Stoltenberg in "
              "Brussels on 2 May 2024.\n",
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merged")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return run(Path(folder))[0]


def person(tables, name):
    rows = tables.people[tables.people.name == name]
    assert len(rows) == 1, f"{name} should be one person: {tables.people.name.tolist()}"
    return rows.iloc[0]


@pytest.mark.parametrize("name", ["Zakir Hasanov", "Jens Stoltenberg"])
def test_a_person_lists_each_article_once_in_article_order(tables, name):
    assert person(tables, name).article_ids == "a1; a2; a3"


def test_aliases_are_listed_once_and_never_repeat_the_name(tables):
    row = person(tables, "Zakir Hasanov")
    aliases = [a for a in row.aliases.split("; ") if a]
    assert len(aliases) == len(set(aliases))
    assert "Zakir Hasanov" not in aliases


def test_a_milestone_counts_each_article_once(tables):
    pfp = tables.milestones[(tables.milestones.programme == "PfP") & (tables.milestones.year == 1994)]
    assert len(pfp) == 1
    assert (pfp.iloc[0].article_ids, pfp.iloc[0].n_sources) == ("a1; a2", 2)


def test_one_meeting_reported_by_three_articles_is_one_cluster(tables):
    meetings = tables.events[(tables.events.event_type == "meeting") & (tables.events.date_start == "2024-05-02")]
    assert sorted(meetings.article_id) == ["a1", "a2", "a3"]
    assert meetings.cluster_id.nunique() == 1


# issue 16: reports share a cluster only when their dates overlap and they share a participant or
# the place; two meetings of one day with nobody and no place in common are two
CLUSTER_CASES = [
    pytest.param(" date 2024-05-03\n\nForeign Minister Jeyhun Bayramov met NATO Deputy Secretary General Radmila "
                 "Shekerinska on 2 May 2024.\n",
                 " date 2024-05-03\n\nChief of General Staff Karim Valiyev met Admiral Rob Bauer, Chairman of the "
                 "NATO Military Committee, on 2 May 2024.\n", False, id="nobody-in-common"),
    pytest.param(" date 2024-05-03\n\nForeign Minister Jeyhun Bayramov met NATO Deputy Secretary General Radmila "
                 "Shekerinska in Brussels on 2 May 2024.\n",
                 " date 2024-05-03\n\nChief of General Staff Karim Valiyev met Admiral Rob Bauer in Ganja on "
                 "2 May 2024.\n", False, id="different-places"),
    pytest.param(" date 2023-11-21\n\nDefence Minister Zakir Hasanov met General Jonas Berger in Baku on "
                 "20 November 2023.\n",
                 " date 2023-11-21\n\nParliament Speaker Sahiba Gafarova met NATO Special Representative Javier "
                 "Colomina on 20 November 2023.\n", False, id="one-place-known-nobody-in-common"),
    pytest.param(" date 2024-05-03\n\nForeign Minister Jeyhun Bayramov met NATO Deputy Secretary General Radmila "
                 "Shekerinska on 2 May 2024.\n",
                 " date 2024-05-03\n\nNATO Deputy Secretary General Radmila Shekerinska held talks with Deputy "
                 "Foreign Minister Elnur Mammadov on 2 May 2024.\n", True, id="one-person-in-common"),
    pytest.param(" date 2024-05-03\n\nForeign Minister Jeyhun Bayramov met NATO officials in Brussels on "
                 "2 May 2024.\n",
                 " date 2024-05-03\n\nA NATO delegation met Azerbaijani diplomats in Brussels on 2 May 2024.\n",
                 True, id="same-place"),
]


@pytest.mark.parametrize("first, second, together", CLUSTER_CASES)
def test_cluster_needs_a_shared_participant_or_place(tmp_path, first, second, together):
    (tmp_path / "b1.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b2.txt").write_text(second, encoding="utf-8")
    ev = run(tmp_path)[0].events
    meetings = ev[ev.event_type == "meeting"]
    assert sorted(meetings.article_id) == ["b1", "b2"], ev[["article_id", "event_type", "date_start"]]
    assert (meetings.cluster_id.nunique() == 1) is together


def test_the_delegations_of_an_undated_meeting_are_kept_without_an_event(tmp_path):
    """A delegation list of a meeting the article never dates: its countries are participants rows
    with no event_id, each country once; a dated meeting's countries still go to its event."""
    (tmp_path / "u1.txt").write_text(
        " date 2023-04-11\n\nThe visiting group was made up of the ambassadors to NATO of Portugal, Estonia and "
        "Denmark. They toured a training centre near Baku. The ambassadors of Portugal and Estonia praised "
        "the centre.\n", encoding="utf-8")
    (tmp_path / "u2.txt").write_text(
        " date 2023-04-12\n\nDefence Minister Zakir Hasanov received the permanent representatives of Latvia and "
        "Iceland in Baku on 12 April 2023.\n", encoding="utf-8")
    tables = run(tmp_path)[0]
    p = tables.participants
    undated = p[p.article_id == "u1"]
    assert sorted(undated.country) == ["DNK", "EST", "PRT"]
    assert set(undated.event_id) == {""} and set(undated.person_id) == {""}
    assert undated.evidence.str.startswith("The visiting group").all()
    dated = p[(p.article_id == "u2") & (p.person_id == "")]
    assert sorted(dated.country) == ["ISL", "LVA"] and (dated.event_id != "").all()
