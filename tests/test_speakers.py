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
    # what is given, before "by": remarks, a speech, a statement
    ("Remarks by Elnur Karimov, Minister of Foreign Affairs of the Republic at the Partnership Council", True),
    ("Speech by Elnur Karimov, Minister of Defence, at the meeting of the Council", True),
    ("Opening statement by NATO Secretary General, Jan Novak at the press conference", True),
    # (given at no gathering the line names: a speech on a topic)
    ("Speech by Elnur Karimov, Minister of Foreign Affairs, on the partnership", False),
    ("Remarks by Jan Novak, staff writer", False),
    # the name first, then the office and the meeting over several lines
    ("by Colonel-General Elnur Karimov,\nMinister of Defence of the Republic\nat the meeting of the Partnership "
     "Council\n8 June 2006 - NATO HQ", True),
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


@pytest.mark.parametrize("byline_line", [
    # the speaker line above the body, set aside with the page's furniture, still says what the page reports
    "by Colonel-General Elnur Karimov, Minister of Defence of the Republic at the Partnership Council meeting",
    "Remarks by Elnur Karimov, Minister of Foreign Affairs of the Republic at the Partnership Council",
])
def test_a_speaker_line_above_the_body_dates_the_address(byline_line):
    text = ("Updated: 02-Dec-2003 NATO Speeches\n2 Dec. 2003\n" + byline_line + "\nHonorable Secretary General,\n"
            "With the new threats in view, cooperation between the Allies and their Partners matters more than ever. "
            "We are glad to work together with the Allies on the tasks ahead.\n")
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    assert [(e.event_type, str(e.date_start), sorted(x.people[i].surname for i, _ in e.people))
            for e in x.events] == [("meeting", "2003-12-02", ["Karimov"])]


def test_a_speaker_line_printed_twice_is_one_address():
    line = "Remarks by Elnur Karimov, Minister of Foreign Affairs of the Republic at the Partnership Council"
    text = (" date 2004-12-09\n" + line + "\n\n" + line + "\n\nMr. Chairman,\n\nLet me begin by thanking you for "
            "putting the questions of the region on the agenda of the discussion.\n")
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    assert [str(e.date_start) for e in x.events] == ["2004-12-09"]


def test_the_visit_a_speech_page_tells_is_the_address():
    text = ("NATO Speeches\n\n8 Nov. 2006\n\nPress briefing\n\nby NATO Secretary General, Jan Novak\nand President "
            "Elnur Karimov of the Republic\n\nNovak: Good morning. This morning's visit to NATO by President Karimov "
            "matters for several reasons, and the Council was glad to have him with us once more.\n")
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), text.encode()))
    assert [(e.event_type, str(e.date_start), sorted(x.people[i].surname for i, _ in e.people))
            for e in x.events] == [("meeting", "2006-11-08", ["Karimov", "Novak"])]
