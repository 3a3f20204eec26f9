"""The speaker labels of transcripts (azdata/speakers.py): a label in capitals names a person, with the
office in its brackets; what the speaker says of a meeting with "we" makes them take part in it."""
from __future__ import annotations

import pytest

from azdata.extract import extract
from azdata.read import Article, read_text
from azdata.speakers import label_mention, opens_turn, speaker_byline


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


@pytest.mark.parametrize("label", ["Secretary General Anna Kowalska", "Minister of Defence Anna Kowalska",
                                   "NATO Deputy Secretary General Anna Kowalska"])
def test_a_label_with_an_office_before_the_name_names_the_speaker(label):
    # the office may open the label ("Secretary General <Name>: ..."): the "we" of the turn is still that speaker
    text = (" date 2024-05-14 Joint press conference\n\nModerator: Good afternoon. The floor is yours.\n\n"
            f"{label}: Welcome. The partnership is strong. Today we discussed what more we could do together.\n")
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    x = extract(art)
    assert [sorted(x.people[i].surname for i, _ in e.people) for e in x.events] == [["Kowalska"]]


@pytest.mark.parametrize("line, byline", [
    ("by NATO Secretary General, Anna Kowalska", True),
    ("by the President of Azerbaijan, Elnur Karimov and NATO Secretary General, Jan Novak", True),
    ("by NATO Secretary General, Jan Novak at the State University", True),
    ("By John Smith", False),
    ("by Reuters, Baku", False),
    ("by the way, the minister said so.", False),
    # the name first, the office below it
    ("by H.E. Mr. Elnur Karimov\nPresident of the Republic at the Partnership Council Summit", True),
    ("by Dr. Jan Novak\nMinister of Foreign Affairs", True),
    ("by Jan Novak\nStaff writer at the Daily Herald", False),
])
def test_a_speakers_byline(line, byline):
    assert speaker_byline(line) == byline


@pytest.mark.parametrize("byline, speakers", [
    ("by NATO Secretary General, Jan Novak", ["Novak"]),
    ("by the Minister of Defence, Elnur Karimov and NATO Secretary General, Jan Novak", ["Karimov", "Novak"]),
])
def test_a_speech_page_is_the_address_its_byline_names(byline, speakers):
    text = ("NATO Speeches\n\n15 May 2003\n\n" + byline + "\n\nLadies and Gentlemen,\n\nI am very glad to be here "
            "with you again. My last visit to your country was two years ago, and our partnership has grown since.\n")
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    assert [(e.event_type, str(e.date_start), sorted(x.people[i].surname for i, _ in e.people))
            for e in x.events] == [("meeting", "2003-05-15", speakers)]


def test_a_byline_of_two_lines_names_the_speaker_of_the_page():
    text = ("NATO Speeches\n\n22 Nov. 2002\n\nby H.E. Mr. Elnur Karimov\nPresident of the Republic at the Partnership "
            "Council Summit\n\nMr. Chairman,\n\nThe world today is going through a complex time, and our partnership "
            "has grown in it. We are glad to work together with the Allies on the tasks ahead.\n")
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    assert [(str(e.date_start), sorted(x.people[i].surname for i, _ in e.people)) for e in x.events] \
        == [("2002-11-22", ["Karimov"])]
