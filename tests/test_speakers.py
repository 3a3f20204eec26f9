"""The speaker labels of transcripts (azdata/speakers.py): a label in capitals names a person, with the
office in its brackets; what the speaker says of a meeting with "we" makes them take part in it."""
from __future__ import annotations

import pytest

from azdata.extract import extract
from azdata.read import Article, read_text
from azdata.speakers import label_mention, opens_turn


@pytest.mark.parametrize("sentence, first, surname, title, country", [
    ("JOHN SMITH (Spokesman, NATO): Ladies and gentlemen, welcome.", "John", "Smith", "Spokesman", "NATO"),
    ("JAN DE VRIES (Secretary General, NATO): Good morning.", "Jan", "de Vries", "Secretary General", "NATO"),
    ("ANNA KOWALSKA: Thank you very much.", "Anna", "Kowalska", "", "AZE"),
    ("MARIE-CLAIRE DUBOIS (Ambassador of France): Thank you.", "Marie-Claire", "Dubois", "Ambassador of France", "FRA"),
])
def test_a_label_in_capitals_names_a_person(sentence, first, surname, title, country):
    m = label_mention(sentence)
    assert (m.first, m.surname, m.title, m.country) == (first, surname, title, country)
    assert m.subject and m.evidence


@pytest.mark.parametrize("sentence", [
    "NATO SPOKESMAN: Ladies and gentlemen.",
    "Q: How do you see the partnership?",
    "SECRETARY GENERAL (NATO): Good morning.",
    "BAKU, AZERBAIJAN: The talks went well.",
    "The talks went well: both sides said so.",
    "PRESIDENT: Thank you.",
])
def test_an_office_a_place_or_a_question_is_no_person(sentence):
    assert label_mention(sentence) is None


@pytest.mark.parametrize("sentence, turn", [
    ("JOHN SMITH (Spokesman, NATO): Welcome.", True),
    ("John Smith: Welcome.", True),
    ("Jan de Vries (Secretary General): Good morning.", True),
    ("The minister said: welcome.", False),
    ("Participants: Georgia, Moldova and Ukraine.", False),
])
def test_opens_turn(sentence, turn):
    assert opens_turn(sentence) == turn


def test_the_speaker_of_a_turn_takes_part_in_the_meeting_he_speaks_of():
    text = (" date 2024-05-14 Joint press briefing\n\nJOHN SMITH (Spokesman, NATO): Ladies and gentlemen, each "
            "speaker will give a short statement before your questions.\n\nANNA KOWALSKA (Minister of Defence): "
            "Good morning. Today we met in Brussels and our meeting was useful.\n")
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    x = extract(art)
    assert {p.surname for p in x.people} >= {"Smith", "Kowalska"}
    assert [sorted(x.people[i].surname for i, _ in e.people) for e in x.events] == [["Kowalska"]]
