"""Event relations (SPEC.md, events ``relation``) on short invented articles, and their scoring."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from azdata.evaluate import Accuracy, attribute_accuracy, report, score
from azdata.pipeline import run
from azdata.relation import relation

# (sentence, publication date, the relation of its one event)
CASES = [
    # Azerbaijan with a NATO official
    ("Azerbaijan's Defence Minister Zakir Hasanov met NATO Deputy Secretary General Mircea Geoana in Baku on "
     "3 March 2022.", "2022-03-04", "azerbaijan-nato"),
    ("On 3 March 2022 the Chairman of the NATO Military Committee, Admiral Rob Bauer, held talks in Baku with "
     "Colonel General Karim Valiyev.", "2022-03-04", "azerbaijan-nato"),
    # Azerbaijan with an Ally's minister acting for his own country
    ("Turkish Defence Minister Hulusi Akar met Azerbaijani Defence Minister Zakir Hasanov in Baku on 12 May 2021 "
     "to discuss bilateral military cooperation.", "2021-05-13", "azerbaijan-ally"),
    ("Zakir Hasanov received the Italian Minister of Defence Lorenzo Guerini in Baku on 12 May 2021 to discuss "
     "bilateral military cooperation.", "2021-05-13", "azerbaijan-ally"),
    # NATO, or an Ally, with Russia, although the meeting is in Baku
    ("Chairman of the NATO Military Committee General Petr Pavel met Russia's Chief of the General Staff Valery "
     "Gerasimov in Baku on 7 September 2017.", "2017-09-08", "nato-other"),
    ("US Army General Tod Wolters, the commander of US European Command, held talks with Russian General Valery "
     "Gerasimov in Baku on 10 April 2019.", "2019-04-11", "nato-other"),
    # NATO's leader in a neighbouring country
    ("NATO Secretary General Jens Stoltenberg held talks with Georgian Prime Minister Irakli Kobakhidze in Tbilisi "
     "on 18 March 2024.", "2024-03-19", "nato-other"),
    # Azerbaijan with a country that is neither NATO nor an Ally
    ("Foreign Minister Jeyhun Bayramov held talks with Iran's Foreign Minister Hossein Amir-Abdollahian in Baku on "
     "2 October 2022.", "2022-10-03", "other"),
    ("On 2 October 2022 Jeyhun Bayramov, Azerbaijan's foreign minister, received Wang Yi, the Chinese Foreign "
     "Minister, in Baku.", "2022-10-03", "other"),
    ("Pakistani Defence Minister Khawaja Asif arrived in Baku on 2 October 2022 for talks with Zakir Hasanov.",
     "2022-10-03", "other"),
    # a legislature's vote on a deployment is a domestic decision
    ("The Milli Majlis on 4 March 2008 approved the withdrawal of the Azerbaijani platoon from KFOR.",
     "2008-03-05", "other"),
    ("On 4 March 2008 parliament voted to bring the country's peacekeepers home from the NATO-led force.",
     "2008-03-05", "other"),
    # Azerbaijan's forces in a NATO format, nobody named
    ("An Azerbaijani battalion passed a NATO evaluation at the Hajiyev training ground on 18 June 2012.",
     "2012-06-20", "azerbaijan-nato"),
    # NATO on its own at an Ally's venue, Azerbaijan unnamed: no Azerbaijani side
    ("The NATO summit was held in Madrid on 29 June 2022.", "2022-07-01", "other"),
    ("On 14 February 2023 NATO defence ministers gathered for a meeting at NATO headquarters in Brussels.",
     "2023-02-16", "other"),
    ("The North Atlantic Council met in Brussels on 4 April 2023 to mark the Alliance's anniversary.",
     "2023-04-06", "other"),
    ("The NATO Parliamentary Assembly will hold its spring session in Riga on 24 May 2024.", "2024-05-20", "other"),
    # (the same happenings with Azerbaijan named)
    ("An Azerbaijani delegation attended the NATO summit held in Madrid on 29 June 2022.", "2022-07-01",
     "azerbaijan-nato"),
    ("Azerbaijan's envoy took part in a NATO meeting held in Brussels on 14 February 2023.", "2023-02-16",
     "azerbaijan-nato"),
    # the home country in the list of the countries taking part: a side of the exercise
    ("Troops from Azerbaijan, Georgia and Ukraine took part in a NATO exercise held in Georgia on 5 May 2021.",
     "2021-05-07", "azerbaijan-nato"),
    ("On 5 May 2021 a NATO partnership exercise began in Georgia, with units of Georgia, Ukraine, Moldova and "
     "Azerbaijan taking part.", "2021-05-07", "azerbaijan-nato"),
    # (and without it, the partners among themselves)
    ("Troops from Georgia, Ukraine and Moldova took part in a NATO exercise held in Georgia on 5 May 2021.",
     "2021-05-07", "nato-other"),
]


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relations")
    for n, (sentence, published, _) in enumerate(CASES):
        (folder / f"r{n:02d}.txt").write_text(f" date {published}\n\n{sentence}\n", encoding="utf-8")
    return run(Path(folder))[0]


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c[2] + "-" + str(i) for i, c in enumerate(CASES)])
def test_relation_of_an_event(tables, n):
    events = tables.events[tables.events.article_id == f"r{n:02d}"]
    assert len(events) == 1, CASES[n][0]
    assert events.iloc[0].relation == CASES[n][2], CASES[n][0]


@pytest.mark.parametrize("countries, text, location, expected", [
    (["NATO"], "He spoke at a press conference after a meeting of NATO foreign ministers.", "", "other"),
    (["NATO"], "He thanked Azerbaijan for its part at a press conference.", "", "azerbaijan-nato"),
    (["NATO"], "The Secretary General then travelled on to Armenia.", "Armenia", "nato-other"),
    (["USA", "GEO", "BGR"], "The partnership exercise opened on 18 April near Baku.", "Baku", "azerbaijan-nato"),
    (["USA", "GEO", "BGR"], "Officers from the three countries met on 18 April near Baku.", "Baku", "nato-other"),
    (["USA", "RUS"], "The two generals met on 18 April.", "Baku", "nato-other"),
    (["AZE", "ROU"], "The Romanian ambassador, whose embassy is the NATO Contact Point Embassy, opened it.", "Baku",
     "azerbaijan-nato"),
    (["", "ROU"], "The Romanian ambassador and a Foreign Ministry official spoke at the NATO International School "
                  "of Azerbaijan.", "Lankaran", "azerbaijan-ally"),
    ([], "The winter session of the NATO International School of Azerbaijan opened in Baku.", "Baku", "other"),
    ([], "Azerbaijani peacekeepers left for Afghanistan on 12 April.", "Afghanistan", "azerbaijan-nato"),
    # a meeting has a second side: NATO's speaker alone at one, in an Azerbaijan-NATO story, meets Azerbaijan
    (["NATO"], "Today's meeting shows the commitment both sides have to the partnership.", "", "azerbaijan-nato"),
    (["NATO"], "The Secretary General met the press after the meeting.", "Armenia", "nato-other"),
    # the home country in a list beside third countries: a side of a NATO exercise or conference, not of talks
    (["GEO", "MDA", "AZE"], "The NATO exercise opened on 18 April near Tbilisi.", "Tbilisi", "azerbaijan-nato"),
    (["GEO", "MDA", "AZE"], "The NATO conference opened on 18 April in Tbilisi.", "Tbilisi", "azerbaijan-nato"),
    (["GEO", "AZE"], "The ministers met in Tbilisi on 18 April to discuss their NATO aspirations.", "Tbilisi",
     "other"),
])
def test_relation_rules(countries, text, location, expected):
    kind = "exercise" if "exercise" in text else "conference" if "conference" in text else "meeting"
    assert relation(countries, text, location, dt.date(2015, 4, 18), kind) == expected


def test_membership_counts_from_the_year_of_accession():
    text = "Swedish Defence Minister Peter Hultqvist met Zakir Hasanov in Baku on 5 May."
    assert relation(["SWE", "AZE"], text, "Baku", dt.date(2015, 5, 5)) == "other"
    assert relation(["SWE", "AZE"], text, "Baku", dt.date(2025, 5, 5)) == "azerbaijan-ally"


def test_relation_accuracy_is_reported_on_matched_events(tables, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for n, (_, published, rel) in enumerate(CASES[:3]):
        row = tables.events[tables.events.article_id == f"r{n:02d}"].iloc[0]
        wrong = "other" if n == 2 else rel
        events = [dict(date_start=str(row.date_start)[:10], date_end=None, precision="day", type="meeting",
                       location="Baku", participants=[], relation=wrong),
                  dict(date_start="1999-01-01", date_end=None, precision="day", type="visit", location=None,
                       participants=[], relation="other")]  # not extracted: not counted
        (gold / f"r{n:02d}.json").write_text(json.dumps(dict(published=published, events=events)), encoding="utf-8")
    acc = attribute_accuracy(tables, gold)
    assert (acc["relation"].correct, acc["relation"].n_matched) == (2, 3)
    assert (acc["type"].correct, acc["location"].correct) == (3, 3)
    scores = score(tables, gold)
    assert isinstance(scores["relation"], Accuracy)
    assert list(scores)[:8] == ["published", "events", "participants", "people", "delegation", "statistics",
                                "milestones", "overall"]
    assert "event relation accuracy    0.667  (2 of 3 matched events)" in report(scores)
