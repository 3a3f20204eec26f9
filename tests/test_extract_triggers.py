"""azdata.extract.triggers: the event words of a sentence (a happening, not a reference back to one)."""
import pytest

from azdata.extract import triggers_in


@pytest.mark.parametrize("sentence, expected", [
    ("Colonel General Zakir Hasanov met with the delegation.", [("met", "talks")]),
    ("Bayramov met Geoana at NATO Headquarters on the sidelines of his working visit to Brussels.", [("met", "talks")]),
    ("He said the visit was important for the development of relations.", []),
    ("The two-day meeting took place on May 29-30 at the university.", [("meeting", "talks")]),
    ("during a video conference", [("video conference", "talks")]),
    ("Its summer session of 1-5 July 2013 looked at Afghanistan.", [("summer session", "activity")]),
    ("the battalion received its NATO certificate in 2014", []),
    ("This is Gerasimov’s first meeting with Peach.", []),
    ("Aliyev visited NATO headquarters, holding talks before addressing the Council.",
     [("visited", "visit"), ("talks", "talks"), ("addressing the", "address")]),
])
def test_event_words(sentence, expected):
    found = [(t.text, t.family) for t in triggers_in(sentence)]
    assert [(w.lower(), f) for w, f in found] == [(w.lower(), f) for w, f in expected]


# issue 16: a capital a trigger asks for ("left" a named place) is a capital in the text; under a
# case-insensitive trigger "[A-Z]" matched any letter
@pytest.mark.parametrize("sentence, expected", [
    ("He left an impression on the audience.", []),
    ("The minister left a message for the organisers.", []),
    ("She left early to catch her flight.", []),
    ("The delegation left Baku for Brussels.", [("left baku", "activity")]),
    ("The commander left Tbilisi on Friday.", [("left tbilisi", "activity")]),
])
def test_capitals_in_triggers_are_case_sensitive(sentence, expected):
    found = [(t.text.lower(), t.family) for t in triggers_in(sentence)]
    assert found == expected


@pytest.mark.parametrize("text, words", [
    ("Graduates of the NATO School's Partnership Course were received by the minister on 17 May.", ["received"]),
    ("The participants of the NATO Building Integrity course were received by the deputy ministers.", ["received"]),
    ("Members of the NATO Defence College's Senior Course were received at the ministry.", ["received"]),
    ("Trainees of the advanced course met the commander.", ["met"]),
    # the group does something else: the event word after its verb is a happening
    ("Members of the Multi-National Brigade ran a mini exercise.", ["exercise"]),
    ("Officers of the battalion took part in the course.", ["took part in", "course"]),
])
def test_a_group_named_after_its_course_is_not_the_course(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    ("The minister has received an invitation to the meeting of foreign ministers.", ["meeting"]),
    ("The ministry received a letter from the Secretary General.", []),
    ("The battalion received its NATO certificate.", []),
    ("The president received an official invitation to the summit.", ["summit"]),
    # a reception of people stays one
    ("The minister received a delegation of the Alliance.", ["received"]),
])
def test_receiving_a_thing_is_no_reception(text, words):
    assert [t.text for t in triggers_in(text)] == words


# the event word opens the sentence and its clause says it happened, however long the words between; a word for a
# standing body one joins is no gathering; a plenary sitting set for a day is a gathering
@pytest.mark.parametrize("text, words", [
    ("The second evaluation of the infantry battalion of the army that was declared into the pool has got under way "
     "in Baku.", ["evaluation"]),
    ("The annual staff exercise for the engineer units of the two armies took place near Ganja.", ["exercise"]),
    ("A seminar for the young officers of the partner nations was held at the academy.", ["seminar", "held"]),
    ("The big exercise for the units, officials said, took place.", []),
    ("The annual exercise for the units was a success.", []),
    ("Azerbaijan joined a newly created consultative forum, the council, in March 1992.", []),
    ("The country became a member of the forum in 1997.", []),
    ("Azerbaijan joined the exercise in May 2019.", ["exercise"]),
    ("The plenary sitting of the session is set for October 9.", ["plenary sitting"]),
    ("The plenary sittings of the assembly were held on Monday.", ["plenary sittings", "held"]),
])
def test_subjects_bodies_and_sittings(text, words):
    assert [t.text.lower() for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    ("In July, a group of peacekeepers came home from Afghanistan.", ["came home"]),
    ("The platoon returned home from Kosovo on Monday.", ["returned home"]),
    ("On Monday night the peacekeepers came back home from Iraq.", ["came back home"]),
])
def test_coming_home_is_a_happening(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # a body's own gathering after "hold/held its": the happening, not a reference back
    ("The Assembly is to hold its spring session in Riga in late May.", ["spring session"]),
    ("The council convened its annual meeting in Ganja.", ["meeting"]),
    ("He said his visit was useful.", []),
    # personnel sent to a place: a deployment; a letter sent is not
    ("The country sent two surgeons and two sapper officers to Afghanistan on 5 October.", ["sent"]),
    ("The ministry sent a platoon of peacekeepers to Kosovo.", ["sent"]),
    ("He sent a letter to the President.", []),
])
def test_own_gatherings_and_deployments(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # a presentation handed over is a document; one given or held is a happening
    ("Today I have handed you the country's presentation on this programme.", ["handed"]),
    ("The minister submitted the national presentation document to the Alliance.", []),
    ("He gave a presentation on the reform at the academy on 5 May.", ["presentation"]),
    ("The presentation of the book took place on 5 May.", ["presentation"]),
])
def test_a_presentation_handed_over_is_a_document(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # a verb of holding or gathering for "the <gathering>", with a date in its clause: the happening itself
    ("In September 2019 the country hosted the NATO exercise Steel Ridge for the first time.", ["exercise"]),
    ("The country hosted the annual exercise in 2015.", ["exercise"]),
    ("The ministry organised the regional seminar on 14 May.", ["seminar"]),
    ("Lawmakers from many states gathered in Vilnius for the spring session on 19-22 May 2023.", ["spring session"]),
    ("The delegates assembled in Riga for the annual conference on 14 May.", ["conference"]),
    ("A delegation of the parliament attended the NATO PA spring session in Vilnius on 19-22 May.",
     ["spring session"]),
    ("Military observers watched the demonstration exercise at the range on Wednesday.", ["exercise"]),
    # without a date, "the <gathering>" after such a verb may be the one told before
    ("The country hosted the exercise.", []),
    ("The minister attended the session.", []),
    ("The ministry organised the seminar well.", []),
])
def test_hosting_the_gathering_on_a_date(text, words):
    assert [t.text.lower() for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # a school or academy held for a season is a gathering, and one that opened or closed happened
    ("The NATO Summer School on regional security opened at the university on Monday.", ["summer school"]),
    ("The winter academy of the defence college closed in Baku on 5 February.", ["winter academy"]),
    ("The summer school for young diplomats was a success.", []),
])
def test_seasonal_schools_that_opened(text, words):
    assert [t.text.lower() for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "the <gathering> <Name>, which ran ...": the name or topic between the noun and the clause that says it happened
    ("The command post exercise 'Steel Ridge-2024', which ran 13-17 May at the centre, involved staff officers.",
     ["exercise"]),
    ("The exercise \"Steel Ridge-2024\", which was held on 13-17 May, involved staff officers.", ["exercise", "held"]),
    ("The course on military logistics, which started on 6 May, ended on Friday.", ["course"]),
    ("The exercise Steel Ridge, which the minister praised, was a success.", []),
    # "The <gathering>, held at <place> / on <day>, ...": its participle says it happened
    ("The course, held at the NATO School from 6 to 17 May, gathered officers.", ["course", "held"]),
    ("The talks, held on 7-8 February, were co-chaired by the two envoys.", ["talks", "held"]),
    ("The talks, held in a sincere atmosphere, covered the ties.", ["held"]),
])
def test_a_named_gathering_which_happened(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # taking part in a programme or mission is a step in it (a milestone), not a happening
    ("The battalion started taking part in the ISAF in Afghanistan on 20 November 2002.", []),
    ("The platoon took part in the NATO-led KFOR from 1999.", []),
    ("The country takes part in the Partnership for Peace programme.", []),
    ("The servicemen took part in the NATO exercise on 5 May.", ["took part in", "exercise"]),
])
def test_taking_part_in_a_programme_is_no_happening(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "On <date>, during his visit to <city>, ...": the date opens the sentence in a clause of its own
    ("On 4 May 1994, during his visit to Brussels, the President signed the framework document.", ["visit"]),
    ("In March 2019, during her trip to Baku, the envoy laid a wreath.", ["trip", "laid a wreath"]),
    # not when talks tell the day's news, nor without a date
    ("On 19 July 2022, during his working trip to Brussels, the minister met the Secretary General.", ["met"]),
    ("During his visit to Brussels, the President signed the framework document.", []),
])
def test_the_visit_of_a_date_that_opens_the_sentence(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "after/following their talks at <place> on <day>": an earlier meeting recalled with its own date
    ("It was their second meeting this year, after their talks at SHAPE in Mons on 24 January.", ["talks"]),
    ("The two met again, following their meeting in Brussels in March.", ["met", "meeting"]),
    # without a date of its own the possessive refers back
    ("The minister thanked the envoy after their meeting.", []),
])
def test_talks_recalled_after_a_possessive(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "<troops> began / launched the <gathering> on <day>": the verb reports its opening, the happening itself
    ("On May 12 soldiers from two countries began the exercise.", ["exercise"]),
    ("The units launched the drills at the range on 3 June.", ["drills"]),
    ("The participants concluded the course on Friday.", ["course"]),
    # (the commas of a list of names do not cut the date off the verb's clause)
    ("On May 12 peacekeepers from Kazakhstan, Kyrgyzstan, Mongolia and the United States began the exercise.",
     ["exercise"]),
    # without a date the noun may be the one told before
    ("The soldiers then began the exercise.", []),
])
def test_beginning_the_gathering_on_a_date(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "The <gathering>, which runs / will last ...": told while it runs or ahead, it happens
    ("The exercise, which runs from 12 to 20 May, involves 1,500 servicemen.", ["exercise"]),
    ("The course, which will last until 30 June, gathers officers of partner nations.", ["course"]),
    ("The drills, which are being held at the range, involve air defence units.", ["drills", "held"]),
    ("The seminar, which takes place in Baku, brings together experts.", ["seminar"]),
    ("The exercise, which the minister praised, was a success.", []),
])
def test_a_gathering_which_runs(text, words):
    assert [t.text for t in triggers_in(text)] == words


@pytest.mark.parametrize("text, words", [
    # "the <gathering>, involving / including <a list>, will be held ...": what it gathers, then that it happens
    ("The main part of the exercise, involving aircraft, ships and some 20,000 troops, will be held in Poland on "
     "7-17 June.", ["exercise", "held"]),
    ("The drills, including air, land and sea phases, took place near Varna on 3 May.", ["drills"]),
    ("The course, gathering officers from Italy, Spain and Greece, opened on Monday.", ["course"]),
    ("The exercise, involving aircraft, ships and troops, was a success.", []),
])
def test_a_gathering_with_what_it_involves_then_its_verb(text, words):
    assert [t.text for t in triggers_in(text)] == words
