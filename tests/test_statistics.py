"""azdata.extract.statistics_in: numbers a sentence reports, with qualifier, unit and kind.

Each case is (sentence, expected counts left to right as (value, qualifier, unit head noun)).
Only ``kind == "count"`` statistics are compared; the gold format holds counts only,
and durations, ordinals, money, areas and dates must never be counted.
Expected values are read from the sentence as a careful reader would (SPEC.md and
the gold files), not taken from the code's output.
"""
from __future__ import annotations

import pytest

from azdata.extract import statistics_in
from azdata.read import Sentence


def _stats(text: str):
    return statistics_in(Sentence(start=0, end=len(text), text=text, paragraph=0))


def _counts(text: str):
    return [s for s in _stats(text) if s.kind == "count"]


def _head(unit: str) -> str:
    return unit.split()[-1].lower() if unit.split() else ""


COUNTS = [
    pytest.param(
        "It was mentioned that as part of the Partnership for Peace (PfP) programme, up to 250 representatives of "
        "the Azerbaijan Army participated in 146 international events abroad, while 395 personnel took part in 33 "
        "NATO events organized in Azerbaijan.",
        [(250, "up to", "representatives"), (146, "exactly", "events"), (395, "exactly", "personnel"),
         (33, "exactly", "events")], id="up-to-250-and-bare-counts"),
    pytest.param(
        "The professionalism of more than 40 officers of the Azerbaijan Army serving at NATO headquarters within "
        "the Partnership Staff Element Concept was commended.",
        [(40, "more than", "officers")], id="more-than-40-officers"),
    pytest.param(
        "About 700 personnel are taking part in the field phase, together with 80 military vehicles and four "
        "helicopters.",
        [(700, "about", "personnel"), (80, "exactly", "vehicles"), (4, "exactly", "helicopters")],
        id="about-700-and-four-helicopters"),
    pytest.param(
        "Speaking at the opening ceremony, the Commander of U.S. Army Europe, General Carter F. Ham, praised "
        "Azerbaijan's contribution to the International Security Assistance Force (ISAF) in Afghanistan, where the "
        "country now keeps close to one hundred soldiers.",
        [(100, "nearly", "soldiers")], id="close-to-one-hundred"),
    pytest.param(
        "A reconnaissance company was declared in 2015, and in 2016 two Mi-17 transport helicopters of the Air "
        "Force were added to the pool.",
        [(2, "exactly", "helicopters")], id="two-mi-17-helicopters"),
    pytest.param(
        "With all procedures now completed, the contingent grows from 94 to 120 servicemen.",
        [(94, "exactly", "servicemen"), (120, "exactly", "servicemen")], id="from-94-to-120"),
    pytest.param(
        "Last year the troops were rotated several times: a group of 54 soldiers left for Afghanistan on April 12, "
        "another 50 servicemen departed on October 10, and a group of 50 returned home to Baku on October 26 after "
        "completing their tour.",
        [(54, "exactly", "soldiers"), (50, "exactly", "servicemen"), (50, "exactly", "servicemen")],
        id="group-of-50-returned"),
    pytest.param(
        "The proposal was backed by 87 deputies, while three voted against.",
        [(87, "exactly", "deputies"), (3, "exactly", "deputies")], id="87-deputies-three-against"),
    pytest.param("The decision concerns 34 Azerbaijani servicemen.", [(34, "exactly", "servicemen")],
                 id="34-servicemen"),
    pytest.param(
        "Its soldiers have served in the Dragas area in the south of Kosovo, near the border with Albania, as part "
        "of a joint Turkish-Azerbaijani company, guarding 18 settlements and watching the border for smuggling.",
        [(18, "exactly", "settlements")], id="18-settlements"),
    pytest.param(
        "Representatives of 25 member countries of the Assembly, as well as several international organisations, "
        "are expected to take part.",
        [(25, "exactly", "countries")], id="25-member-countries"),
    pytest.param(
        "Since then about 30 projects have been started under the policy, most of them executed by NSPA.",
        [(30, "about", "projects")], id="about-30-projects"),
    pytest.param(
        "According to Khasiyev, Azerbaijan now takes part in more than 200 NATO and PfP activities every year, "
        "including training courses, conferences and military exercises.",
        [(200, "more than", "activities")], id="more-than-200-activities"),
    pytest.param(
        "Aliyev then addressed the Council, which brings together the permanent representatives of the 28 NATO "
        "member countries.",
        [(28, "exactly", "countries")], id="the-28-member-countries"),
    pytest.param(
        "Azerbaijan is also one of eight partner countries that have confirmed they will keep a presence in "
        "Afghanistan after 2014.",
        [(8, "exactly", "countries")], id="eight-partner-countries"),
    pytest.param(
        "On 22 November 2013, the school took its programme to the regions with a training session in Lankaran "
        "attended by 30 students.",
        [(30, "exactly", "students")], id="30-students-not-the-date"),
    pytest.param(
        "Its summer session of 1-5 July 2013 looked at Afghanistan after 2014 and gathered about 40 students and "
        "young scholars from Azerbaijan, Pakistan, Romania, Russia, Tajikistan and Ukraine.",
        [(40, "about", "students")], id="about-40-students-not-the-range"),
    pytest.param(
        "The contingent was doubled earlier this year: after parliament approved the increase in October 2008, two "
        "more platoons with a total of 45 servicemen were sent out in February, joining the two platoons of 47 men "
        "already on the ground.",
        [(2, "exactly", "platoons"), (45, "exactly", "servicemen"), (2, "exactly", "platoons"),
         (47, "exactly", "men")], id="platoons-and-men"),
    pytest.param(
        "Azerbaijan has enlarged its peacekeeping contingent in Afghanistan, with a group of 70 servicemen flying "
        "out on January 9 to serve with the NATO-led Resolute Support mission.",
        [(70, "exactly", "servicemen")], id="group-of-70-servicemen"),
    pytest.param(
        "The new figure includes six officers who will serve at various Resolute Support headquarters and two "
        "military doctors.",
        [(6, "exactly", "officers"), (2, "exactly", "doctors")], id="six-officers-two-doctors"),
    pytest.param(
        "Until now the contingent consisted of 90 servicemen, 2 medical officers and 2 sappers.",
        [(90, "exactly", "servicemen"), (2, "exactly", "officers"), (2, "exactly", "sappers")],
        id="90-2-2"),
    pytest.param(
        "He said the embassy had carried out a large number of public diplomacy events last year together with "
        "local partners in seven cities – Baku, Nakhchivan, Shamakhi, Mingachevir, Barda, Quba and Sheki – in order "
        "to inform the public.",
        [(7, "exactly", "cities")], id="seven-cities"),
    pytest.param("At least 1,200 troops took part in the drills.", [(1200, "at least", "troops")],
                 id="at-least-thousands-separator"),
    pytest.param("Twelve countries sent observers to the exercise.", [(12, "exactly", "countries")],
                 id="capitalised-number-word"),
]


@pytest.mark.parametrize("sentence, expected", COUNTS)
def test_counts(sentence, expected):
    got = _counts(sentence)
    summary = [(s.value, s.qualifier, s.unit) for s in got]
    assert [(s.value, s.qualifier) for s in got] == [(v, q) for v, q, _ in expected], summary
    for s, (_, _, head) in zip(got, expected):
        assert _head(s.unit) == head, summary
        assert s.context, "a count always says what it is about"


NO_COUNTS = [
    # (sentence, (value, kind) that must be there instead, or None)
    pytest.param(
        "This first visit in 2021 after a year marked by the COVID-19 pandemic has been extremely useful and even "
        "more important reflecting 27 years of Azerbaijani NATO co-operation.", (27, "duration"), id="27-years"),
    pytest.param(
        "Speaking about the 25-year sustainable cooperation between Azerbaijan and the North Atlantic Alliance, "
        "Hasanov noted the development of these relations.", (25, "duration"), id="25-year"),
    pytest.param(
        "It should be noted that within the 16th NATO Days, which will continue until December 12, the guests will "
        "visit several military units.", (16, "ordinal"), id="16th-nato-days"),
    pytest.param("According to E.Özoral, Turkey has earmarked 200,000 euros for the project.", (200000, "money"),
                 id="200000-euros"),
    pytest.param(
        "Together with the donor countries, he said, 40 square kilometres of land had already been cleared of mines "
        "and unexploded ordnance.", None, id="40-square-kilometres"),
    pytest.param(
        "The United States has provided $30 million in humanitarian assistance for mine action in Azerbaijan since "
        "1999.", (30000000, "money"), id="30-million-dollars"),
    pytest.param(
        "Following an official welcome with a guard of honour, the two generals discussed what the NATO-Azerbaijan "
        "partnership brings to both sides.", None, id="the-two-generals"),
    pytest.param(
        "San, who arrived in Baku on Monday at the head of a NATO delegation for a two-day visit, was received on "
        "the same day by Colonel Elchin Abdullayev.", (2, "duration"), id="two-day-visit"),
    pytest.param(
        "Under NATO rules the certificate has to be revalidated every three years, and the current exercise serves "
        "that purpose.", None, id="every-three-years"),
    pytest.param(
        "He thanked the Alliance for standing by the territorial integrity of the country both during the 30 years "
        "of occupation and today.", None, id="30-years-of-occupation"),
    pytest.param(
        "The programme consists of a three-day staff phase followed by five days of field training involving "
        "infantry units.", None, id="three-day-five-days"),
    pytest.param(
        "Longbow will be held at the Vaziani military base, 30 km from Tbilisi in neighbouring Georgia.", None,
        id="30-km"),
    pytest.param(
        "Romania, which is fulfilling the mandate of NATO Contact Point Embassy in Baku for the fourth time in a "
        "row, organized a similar roundtable on November 10, 2015.", None, id="fourth-time-and-date"),
    pytest.param(
        "Azerbaijan’s Head of Mission to NATO has noted that this year the Alliance marks its 60th anniversary "
        "while Azerbaijan celebrates 15 years in the Partnership for Peace.", None, id="60th-and-15-years"),
    pytest.param(
        "Since 1997 its armed forces have worked, in two-year cycles, on a growing number of Partnership Goals.",
        None, id="two-year-cycles-since-1997"),
    pytest.param(
        "NATO headquarters has hosted a reception devoted to the 30th anniversary of the Azerbaijan-NATO "
        "partnership and the 106th anniversary of the founding of the Armed Forces of Azerbaijan.", None,
        id="30th-106th-anniversaries"),
    pytest.param(
        "Hungary made a 100,000-euro contribution that was credited to the account of the NATO Support and "
        "Procurement Agency on April 20.", None, id="100000-euro-contribution"),
    pytest.param(
        "Turkey’s ambassador recalled that his embassy had served as NATO’s contact point embassy in Azerbaijan for "
        "about 13 years.", None, id="about-13-years"),
    pytest.param(
        "Gerasimov and U.S. Joint Chiefs of Staff Chairman Gen. Joseph Dunford held a meeting in Azerbaijan’s "
        "capital on February 16, 2017.", None, id="dates-only"),
    pytest.param(
        "The NATO Evaluation Level 2 (NEL-2) exercise is being held at the Garaheybat Training Centre.", None,
        id="level-2"),
    pytest.param(
        "Azerbaijan had recently doubled its contribution to the NATO-led mission in Afghanistan.", None,
        id="doubled"),
    pytest.param(
        "The Regional Response 2009 military exercise is due to conclude this weekend.", None,
        id="exercise-name-year"),
]


@pytest.mark.parametrize("sentence, instead", NO_COUNTS)
def test_no_counts(sentence, instead):
    got = _stats(sentence)
    counts = [(s.value, s.unit) for s in got if s.kind == "count"]
    assert counts == [], f"counted: {counts}"
    if instead:
        value, kind = instead
        assert (value, kind) in [(s.value, s.kind) for s in got], [(s.value, s.kind) for s in got]


# issue 16: numbers that are no figures, and figures written in words, read whole
NOT_COUNTS_16 = [
    pytest.param("The two also exchanged views on regional security.", id="the-two-also"),
    pytest.param("The three then toured the training centre near Ganja.", id="the-three-then"),
    pytest.param("These two later signed a memorandum on cyber defence.", id="these-two-later"),
    pytest.param("The two had discussed the matter at the previous summit.", id="the-two-had"),
    pytest.param("He attended the 16th NATO Days in Ostrava.", id="16th-nato-days"),
    pytest.param("It was the 21st session of the working group.", id="21st-session"),
    pytest.param("It was his first visit to the South Caucasus.", id="first-visit"),
    pytest.param("Azerbaijan has cooperated with the Alliance for 27 years.", id="27-years"),
    pytest.param("The partnership has lasted thirty years.", id="thirty-years"),
    pytest.param("The project is worth 4 million euros.", id="money"),
    pytest.param("Some 40 percent of the officers speak English.", id="percent"),
]


@pytest.mark.parametrize("sentence", NOT_COUNTS_16)
def test_not_counts_issue_16(sentence):
    assert [(s.value, s.unit) for s in _counts(sentence)] == []


WORD_COUNTS = [
    pytest.param("The battalion sent four hundred soldiers to the mission.", [(400, "exactly", "soldiers")],
                 id="four-hundred"),
    pytest.param("The base hosts two thousand troops.", [(2000, "exactly", "troops")], id="two-thousand"),
    pytest.param("The course trained a hundred and fifty officers.", [(150, "exactly", "officers")],
                 id="a-hundred-and-fifty"),
    pytest.param("The course trained twenty one officers.", [(21, "exactly", "officers")], id="twenty-one"),
    pytest.param("Nearly three hundred and twenty cadets graduated.", [(320, "nearly", "cadets")],
                 id="three-hundred-and-twenty"),
    pytest.param("More than one thousand five hundred servicemen took part.", [(1500, "more than", "servicemen")],
                 id="one-thousand-five-hundred"),
    pytest.param("The unit received thirty-four vehicles.", [(34, "exactly", "vehicles")], id="hyphenated"),
    pytest.param("About two dozen instructors arrived.", [(24, "about", "instructors")], id="two-dozen"),
    pytest.param("Up to a thousand volunteers registered.", [(1000, "up to", "volunteers")], id="a-thousand"),
    pytest.param("Seven hundred personnel and sixty helicopters were deployed.",
                 [(700, "exactly", "personnel"), (60, "exactly", "helicopters")], id="two-word-numbers"),
]


@pytest.mark.parametrize("sentence, expected", WORD_COUNTS)
def test_number_words_read_whole(sentence, expected):
    got = [(s.value, s.qualifier, _head(s.unit)) for s in _counts(sentence)]
    assert got == expected


AS_WRITTEN = [
    pytest.param("Up to 250 representatives of the army took part.", "Up to 250 representatives", id="up-to-250"),
    pytest.param("The battalion sent four hundred soldiers to the mission.", "four hundred soldiers",
                 id="four-hundred"),
    pytest.param("It brought together more than 1,200 military personnel.", "more than 1,200 military personnel",
                 id="more-than-1200"),
    pytest.param("A 12-member delegation arrived.", "12-member delegation", id="12-member"),
]


@pytest.mark.parametrize("sentence, written", AS_WRITTEN)
def test_as_written_is_a_slice_of_the_text(sentence, written):
    st = _counts(sentence)[0]
    assert st.as_written == written
    assert sentence[st.start:st.end] == written


MORE_COUNTS_16 = [
    pytest.param("The delegation comprises four MPs from the ruling party.",
                 [(4, "exactly", "mps")], id="acronym-plural-mps"),
    pytest.param("The army has received 12 UAVs this year.", [(12, "exactly", "uavs")], id="acronym-plural-uavs"),
    pytest.param("The city has hosted five such workshops since then.", [(5, "exactly", "workshops")],
                 id="such-workshops"),
]


@pytest.mark.parametrize("sentence, expected", MORE_COUNTS_16)
def test_more_counts_issue_16(sentence, expected):
    assert [(s.value, s.qualifier, _head(s.unit)) for s in _counts(sentence)] == expected


# --- qualifiers written as longer phrases, and the noun before a "-strong" figure (issue 15) ---

@pytest.mark.parametrize("text, expected", [
    ("No fewer than 15 cadets graduated.", (15, "at least")),
    ("No less than 15 cadets graduated.", (15, "at least")),
    ("Not more than 60 engineers were deployed.", (60, "up to")),
    ("No more than 60 engineers were deployed.", (60, "up to")),
])
def test_a_longer_qualifier_is_never_read_by_the_phrase_inside_it(text, expected):
    got = [(s.value, s.qualifier) for s in statistics_in(Sentence(0, len(text), text, 0))]
    assert got == [expected]


@pytest.mark.parametrize("text, unit", [
    ("The battalion, some 400-strong, returned.", "battalion"),
    ("A company about 90-strong serves in Kosovo.", "company"),
    ("A 90-strong company serves in Kosovo.", "company"),
    ("Its own 90-strong company serves in Kosovo.", "company"),
])
def test_the_noun_of_a_strong_figure(text, unit):
    got = [s.unit for s in statistics_in(Sentence(0, len(text), text, 0)) if s.kind == "count"]
    assert got == [unit]


@pytest.mark.parametrize("text, value", [("It was the twenty-fifth session.", 25),
                                         ("It was the fifteenth session.", 15)])
def test_an_ordinal_word_is_read_whole(text, value):
    assert [s.value for s in statistics_in(Sentence(0, len(text), text, 0)) if s.kind == "ordinal"] == [value]


@pytest.mark.parametrize("sentence, expected", [
    ("During the project 14 578 items of unexploded ordnance were found.", [(14578, "exactly", "items")]),
    ("Some 10\u00a0000 troops took part in the drills.", [(10000, "about", "troops")]),
    ("More than 1\u202f250 officers have been trained.", [(1250, "more than", "officers")]),
    ("In 2008 150 troops served in Kosovo.", [(150, "exactly", "troops")]),
    ("On 12 May 2019 300 soldiers left for Kabul.", [(300, "exactly", "soldiers")]),
])
def test_thousands_grouped_with_spaces(sentence, expected):
    # "14 578" is one number (Russian and French pages group thousands so); a year or a day beside a count is not
    assert [(s.value, s.qualifier, _head(s.unit)) for s in _counts(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # thousands grouped with dots, as pages translated from other languages write them
    ("About 2.000 soldiers from five countries took part.", [(2000, "about", "soldiers"), (5, "exactly", "countries")]),
    ("The drills involve 3.000 servicemen.", [(3000, "exactly", "servicemen")]),
    ("The project destroyed 1.250.300 items of ordnance.", [(1250300, "exactly", "items")]),
    # (a decimal before a unit word of its own stays one)
    ("The force grew by 1.5 thousand troops.", [(1500, "exactly", "troops")]),
])
def test_thousands_grouped_with_dots(sentence, expected):
    assert [(s.value, s.qualifier, _head(s.unit)) for s in _counts(sentence)] == expected


def test_a_word_of_another_language_that_folds_to_a_number_word_is_no_number():
    # Azerbaijani "sıx" (close) folds to "six" only through a dotless i, which English number words never have
    from azdata.extract.statistics import NUMBER
    text = "Tərəflər 1994-cü ildən bəri sıx əlaqələr qurub, six officers said."
    # the pattern itself, not only its gate, reads no number there
    assert [m.group(0) for m in NUMBER.regex.finditer(text)] == ["1994-cü", "six"]
    assert [m.group(0) for m in NUMBER.finditer(text)] == ["1994-cü", "six"]
