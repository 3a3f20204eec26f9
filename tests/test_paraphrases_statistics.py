"""Issue 15: every statistics rule holds on its own sentence and on paraphrases of it.

Groups: QUALIFIERS (value, qualifier), NUMBER in words, the "-strong/-member" suffix, money and
percent units, ELLIPTICAL_VERB ("a group of 50 returned"), LABEL_BEFORE ("Article 5" is no count) and
ORDINAL. Each case is (sentence, expected statistics as (value, qualifier, unit, kind)). The first case
of each group is in the style the rule was written for, the others paraphrase it; all sentences are
invented. A case the rule does not yet cover is a strict xfail naming the rule.
"""
from __future__ import annotations

import pytest

from azdata.extract import statistics_in
from azdata.read import Sentence


def _stats(text: str):
    return [(s.value, s.qualifier, s.unit, s.kind) for s in statistics_in(Sentence(0, len(text), text, 0))]


def case(case_id: str, *values, gap: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=f"paraphrase not covered: {gap}")] if gap else []
    return pytest.param(*values, id=case_id, marks=marks)


@pytest.mark.parametrize("sentence, expected", [
    case("up-to", "Up to 250 servicemen took part in the exercise.", [(250, "up to", "servicemen", "count")]),
    case("as-many-as", "As many as 250 servicemen took part in the exercise.", [(250, "up to", "servicemen", "count")]),
    case("a-maximum-of", "A maximum of 250 servicemen took part in the exercise.",
         [(250, "up to", "servicemen", "count")]),
    case("not-more-than", "Not more than 250 servicemen took part in the exercise.",
         [(250, "up to", "servicemen", "count")]),
    case("more-than", "More than 40 officers attended the course.", [(40, "more than", "officers", "count")]),
    case("over", "Over 40 officers attended the course.", [(40, "more than", "officers", "count")]),
    case("well-over", "Well over 40 officers attended the course.", [(40, "more than", "officers", "count")]),
    case("some", "Some 300 troops took part in the drills.", [(300, "about", "troops", "count")]),
    case("around", "Around 300 troops took part in the drills.", [(300, "about", "troops", "count")]),
    case("roughly", "Roughly 300 troops took part in the drills.", [(300, "about", "troops", "count")]),
    case("an-estimated", "An estimated 300 troops took part in the drills.", [(300, "about", "troops", "count")]),
    case("nearly", "Nearly 100 soldiers serve in Kosovo.", [(100, "nearly", "soldiers", "count")]),
    case("almost", "Almost 100 soldiers serve in Kosovo.", [(100, "nearly", "soldiers", "count")]),
    case("close-to", "Close to 100 soldiers serve in Kosovo.", [(100, "nearly", "soldiers", "count")]),
    case("just-under", "Just under 100 soldiers serve in Kosovo.", [(100, "nearly", "soldiers", "count")]),
    case("at-least", "At least 20 officers attended the seminar.", [(20, "at least", "officers", "count")]),
    case("no-fewer-than", "No fewer than 20 officers attended the seminar.", [(20, "at least", "officers", "count")]),
    case("a-minimum-of", "A minimum of 20 officers attended the seminar.", [(20, "at least", "officers", "count")]),
    case("a-total-of", "A total of 35 cadets graduated from the course.", [(35, "exactly", "cadets", "count")]),
    case("fewer-than", "Fewer than 20 officers attended the seminar.", [(20, "up to", "officers", "count")]),
    case("less-than", "Less than 20 officers attended the seminar.", [(20, "up to", "officers", "count")]),
])
def test_qualifiers(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("four-hundred", "Four hundred soldiers took part in the exercise.", [(400, "exactly", "soldiers", "count")]),
    case("a-hundred-and-fifty", "A hundred and fifty soldiers took part in the exercise.",
         [(150, "exactly", "soldiers", "count")]),
    case("two-dozen", "Two dozen officers attended the course.", [(24, "exactly", "officers", "count")]),
    case("twenty-one-hyphen", "Twenty-one officers attended the course.", [(21, "exactly", "officers", "count")]),
    case("twenty-one-space", "Twenty one officers attended the course.", [(21, "exactly", "officers", "count")]),
    case("digits-comma", "1,200 personnel took part in the exercise.", [(1200, "exactly", "personnel", "count")]),
    case("decimal-thousand", "1.2 thousand personnel took part in the exercise.",
         [(1200, "exactly", "personnel", "count")]),
])
def test_numbers_in_words_and_digits(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("120-strong", "A 120-strong contingent serves in Afghanistan.", [(120, "exactly", "contingent", "count")]),
    case("12-member", "A 12-member delegation arrived in Baku.", [(12, "exactly", "delegation", "count")]),
    case("12-person", "A 12-person delegation arrived in Baku.", [(12, "exactly", "delegation", "count")]),
    case("12-man", "A 12-man team arrived in Baku.", [(12, "exactly", "team", "count")]),
    case("some-120-strong", "A contingent some 120-strong serves in Afghanistan.",
         [(120, "about", "contingent", "count")]),
])
def test_strong_and_member_suffix(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("million-euros", "The project cost 2 million euros.", [(2000000, "exactly", "money", "money")]),
    case("dollar-sign", "The project cost $2 million.", [(2000000, "exactly", "dollars", "money")]),
    case("million-dollars", "The project cost 2 million dollars.", [(2000000, "exactly", "money", "money")]),
    case("eur-before", "The project cost EUR 2 million.", [(2000000, "exactly", "money", "money")]),
    case("percent-sign", "Some 60% of the officers speak English.", [(60, "about", "percent", "percent")]),
    case("percent-word", "Some 60 percent of the officers speak English.", [(60, "about", "percent", "percent")]),
    case("per-cent", "Some 60 per cent of the officers speak English.", [(60, "about", "percent", "percent")]),
])
def test_money_and_percent(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("a-group-of-returned", "A group of 50 returned home on Sunday.", [(50, "exactly", "people", "count")]),
    case("another-arrived", "Another 30 arrived on Monday.", [(30, "exactly", "people", "count")]),
    case("voted-against", "Three voted against the proposal.", [(3, "exactly", "people", "count")]),
    case("abstained", "Two abstained in the vote.", [(2, "exactly", "people", "count")]),
    case("another-departed", "Another 30 departed on Monday.", [(30, "exactly", "people", "count")]),
    case("another-were-deployed", "Another 30 were deployed on Monday.", [(30, "exactly", "people", "count")]),
])
def test_elliptical_counts(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("total-then-from", "The course brought together 66 participants in all: 28 from Azerbaijan and 38 from "
         "partner countries.", [(66, "exactly", "participants", "count"), (28, "exactly", "participants", "count"),
                                (38, "exactly", "participants", "count")]),
    case("of-them-from", "The seminar gathered 40 officers, 12 of them from Azerbaijan.",
         [(40, "exactly", "officers", "count"), (12, "exactly", "officers", "count")]),
    case("of-whom-came-from", "The forum drew 50 experts, of whom 20 came from partner countries.",
         [(50, "exactly", "experts", "count"), (20, "exactly", "experts", "count")]),
    case("no-total-no-count", "Delegates said 28 from the list were approved.", []),
])
def test_breakdown_of_a_total(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("platoon-n-strong", "A peacekeeping platoon of the army, 34 strong, serves in Kosovo.",
         [(34, "exactly", "personnel", "count")]),
    case("contingent-some-n-strong", "The Azerbaijani contingent, some 90 strong, returned home.",
         [(90, "about", "personnel", "count")]),
    case("company-n-strong", "An infantry company, 120 strong, joined the exercise.",
         [(120, "exactly", "personnel", "count")]),
    case("strong-without-a-unit", "The argument for reform, 34 strong, was odd.", []),
])
def test_n_strong_after_a_unit_of_troops(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence", [
    case("article", "Article 5 commitments were discussed."),
    case("phase", "Phase 2 exercises began in the spring."),
    case("stage", "Stage 3 trainings began in the spring."),
    case("level", "Level 2 evaluations began in the spring."),
    case("round", "Round 4 consultations began in the spring."),
    case("part", "Part 2 exercises began in the spring."),
    case("module", "Module 3 lectures began in the spring."),
])
def test_labels_are_no_counts(sentence):
    assert [s for s in _stats(sentence) if s[3] == "count"] == []


@pytest.mark.parametrize("sentence, expected", [
    case("fourth-meeting", "It was the fourth meeting this year.", [(4, "exactly", "meeting", "ordinal")]),
    case("4th-meeting", "It was the 4th meeting this year.", [(4, "exactly", "meeting", "ordinal")]),
    case("tenth-session", "This is the tenth session of the council.", [(10, "exactly", "session", "ordinal")]),
    case("twelfth-round", "This is the twelfth round of talks.", [(12, "exactly", "round", "ordinal")]),
])
def test_ordinals(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    case("brought-the-number-to", "The enlargement brought the number of NATO members to 26.",
         [(26, "exactly", "members", "count")]),
    case("number-in-place-rose-to", "The number of Azerbaijani peacekeepers in Kosovo rose to 34.",
         [(34, "exactly", "peacekeepers", "count")]),
    case("total-number-is", "The total number of participants is 120.", [(120, "exactly", "participants", "count")]),
    case("number-of-a-thing-singular", "The number of the article is 5.", []),
])
def test_the_number_of_a_noun(sentence, expected):
    assert _stats(sentence) == expected
