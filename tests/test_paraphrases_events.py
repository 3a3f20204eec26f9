"""Issue 15: every event rule holds on its own sentence and on paraphrases of it.

Each group is one rule of the event reader (trigger words, HAPPENS_AFTER, ON_A_VISIT, CANCELLED,
SUPERSEDED, N_DAY_EVENT, N_DAY/CONCLUDED, the itinerary STOP patterns, LEAD_PERFECT, REPORTING,
YEAR_EVENT, the talks that follow a dated visit): the first case is a sentence in the style the rule
was written for, the others paraphrase it (tense, an inserted adjective, a synonym, other names,
passive/active). All sentences are invented for these tests. A case the rule does not yet cover is
a strict xfail naming the rule, so it turns into a failure once the rule is generalised.
"""
from __future__ import annotations

import pytest

from azdata.extract import extract, triggers_in
from azdata.read import Article, read_text


def _extract(text: str, published: str = "2024-05-20"):
    art = read_text(Article(article_id="t", source_file="t.txt"), f" date {published} {text}".encode())
    return extract(art)


def _events(text: str, published: str = "2024-05-20"):
    return [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None, e.location)
            for e in _extract(text, published).events]


def case(case_id: str, *values, gap: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=f"paraphrase not covered: {gap}")] if gap else []
    return pytest.param(*values, id=case_id, marks=marks)


# ------------------------------------------------------------ trigger words (event_types.csv)

@pytest.mark.parametrize("sentence, expected", [
    case("talks-met", "Defence Minister Zakir Hasanov met the NATO envoy.", [("meeting", "talks")]),
    case("talks-held-talks", "Foreign Minister Jeyhun Bayramov held talks with the NATO envoy.",
         [("meeting", "talks")]),
    case("talks-hosted-by-a-general", "The envoy went on to the ministry, where he was hosted by Colonel General "
         "Karim Valiyev.", [("meeting", "talks")]),
    case("talks-greeted-by-an-admiral", "The guests were greeted by Rear Admiral Subhan Bakirov.",
         [("meeting", "talks")]),
    case("talks-had-a-meeting", "The minister had a meeting with the NATO envoy.", [("meeting", "talks")]),
    case("talks-consultations", "The two deputy ministers held consultations in Brussels.", [("meeting", "talks")]),
    case("talks-conferred", "The minister conferred with the NATO envoy.", [("meeting", "talks")]),
    case("address-military-committee-session", "The session of the NATO Military Committee with partners took "
         "place in Brussels.", [("meeting", "address")]),
    case("address-chods-session", "The general attended the Military Committee in Chiefs of Defence session.",
         [("meeting", "address")]),
    case("address-mc-session-possessive", "The general took part in a session of NATO's Military Committee.",
         [("meeting", "address")]),
    case("talks-briefed-the-visiting-official", "The minister briefed the visiting official on the reforms.",
         [("meeting", "talks")]),
    case("talks-review-took-place", "The annual review of the partnership plan took place at the ministry.",
         [("meeting", "talks")]),
    case("talks-review-meeting-was-held", "A joint review meeting was held in Brussels.", [("meeting", "talks")]),
    case("talks-the-meeting-held-with", "Speech of the President at the meeting held with the NATO Secretary "
         "General.", [("meeting", "talks")]),
    case("talks-carried-out-its-review", "The programme carried out its annual programme review with the ministry.",
         [("meeting", "talks")]),
    case("talks-held-a-joint-review", "The sides held a joint review in Brussels.", [("meeting", "talks")]),
    case("visit-visited", "The NATO envoy visited Baku.", [("visit", "visit")]),
    case("visit-paid-a-visit", "The NATO envoy paid a visit to Baku.", [("visit", "visit")]),
    case("visit-travelled-to", "The NATO envoy travelled to Baku.", [("visit", "visit")]),
    case("visit-is-touring", "The NATO envoy is touring the South Caucasus.", [("visit", "visit")]),
    case("visit-went-to", "A NATO delegation went to the National Defence Academy.", [("visit", "visit")]),
    case("visit-headed-to", "The NATO envoy headed to Ganja.", [("visit", "visit")]),
    case("visit-has-come-to", "The delegation has come to Azerbaijan for consultations.", [("visit", "visit")]),
    case("visit-came-to", "The Deputy Secretary General came to the Ministry of Defence.", [("visit", "visit")]),
    case("exercise-exercise", "Azerbaijani troops joined a NATO exercise.", [("exercise", "activity")]),
    case("exercise-drills", "Azerbaijani troops joined NATO drills.", [("exercise", "activity")]),
    case("ceremony-agreement-signed-on", "With an agreement signed on 14 May at NATO Headquarters, the project can "
         "start.", [("ceremony", "activity")]),
    case("ceremony-memorandum-was-signed-in", "A memorandum was signed in Baku by the two deputy ministers.",
         [("ceremony", "activity")]),
    case("exercise-plural-under-way", 'The multinational exercises "Steppe Eagle" are under way near Baku.',
         [("exercise", "activity")]),
    case("exercise-plural-will-take-part", "Azerbaijani troops will take part in the exercises in Georgia.",
         [("exercise", "activity")]),
    case("exercise-manoeuvres", "Azerbaijani troops joined NATO manoeuvres.", [("exercise", "activity")]),
    case("conference-seminar", "Officers attended a seminar on crisis management.", [("conference", "activity")]),
    case("conference-workshop", "Officers attended a workshop on crisis management.", [("conference", "activity")]),
    case("conference-training-course", "Officers attended a training course on crisis management.",
         [("conference", "activity")]),
    case("conference-one-of-these-courses", "Ten officers took one of these courses.", [("conference", "activity")]),
    case("conference-one-of-the-seminars", "Ten officers attended one of the regional seminars.",
         [("conference", "activity")]),
    case("conference-one-of-its-seminars", "The capital hosted one of its Rose-Roth seminars.",
         [("conference", "activity")]),
    case("conference-one-of-the-alliances-workshops", "Ganja hosted one of the Alliance's regular workshops.",
         [("conference", "activity")]),
    case("conference-one-of-natos-courses", "Two officers attended one of NATO’s courses.",
         [("conference", "activity")]),
    case("conference-completed-the-course", "Ten officers completed the course.", [("conference", "activity")]),
    case("exercise-the-army-held-drills", "The army held drills near the border.", [("exercise", "activity")]),
    case("exercise-the-troops-conducted-exercises", "The troops conducted exercises in the mountains.",
         [("exercise", "activity")]),
    case("exercise-the-navy-staged-drills", "The navy staged drills at sea.", [("exercise", "activity")]),
    case("exercise-took-part-in-the-drills", "Ten officers took part in the drills.", [("exercise", "activity")]),
    case("exercise-participating-in-the-exercise", "Officers participating in the exercise met the press.",
         [("exercise", "activity")]),
    case("conference-underwent-this-course", "Ten officers underwent this training course.",
         [("conference", "activity")]),
    case("talks-hosted-a-person", "The minister hosted NATO Deputy Secretary General Anna Kowalska in Baku.",
         [("meeting", "talks")]),
    case("talks-hosts-a-person", "The speaker hosts Ambassador Jan Novak at the parliament on Monday.",
         [("meeting", "talks")]),
    case("talks-hosted-his-counterpart", "The general hosted his Georgian counterpart.", [("meeting", "talks")]),
    case("talks-hosted-a-delegation", "The deputy minister hosted a NATO parliamentary delegation.",
         [("meeting", "talks")]),
    case("talks-welcomed-to", "The Secretary General welcomed Prime Minister Ali Karimov to NATO Headquarters.",
         [("meeting", "talks")]),
    case("talks-welcomed-her-guest", "The ambassador welcomed her guests at the embassy.", [("meeting", "talks")]),
    case("talks-hosted-by-his-counterpart", "The minister was hosted by his Turkish counterpart.",
         [("meeting", "talks")]),
    # hosted or greeted by a person named by office: talks
    case("talks-hosted-by-an-office", "The NATO envoy was hosted by Foreign Minister Jeyhun Bayramov.",
         [("meeting", "talks")]),
    case("talks-hosted-by-the-office", "The guests were hosted by the Chief of the General Staff.",
         [("meeting", "talks")]),
    case("talks-greeted-by-an-office", "The Deputy Secretary General was greeted by President Ilham Aliyev.",
         [("meeting", "talks")]),
    case("talks-greeted-by-deputy-minister", "The delegation was greeted by Deputy Defence Minister Elnur Karimov.",
         [("meeting", "talks")]),
    # a call is talks of type other (the gold's convention, dev corpus d09)
    case("call-spoke-by-phone", "The Secretary General spoke with the President by phone.", [("other", "talks")]),
    case("call-over-the-telephone", "The two ministers spoke over the phone.", [("other", "talks")]),
    case("call-phoned", "The Secretary General phoned the President.", [("other", "talks")]),
    case("call-phone-conversation", "The two ministers had a phone conversation.", [("other", "talks")]),
    case("call-video-call", "The two ministers held a video call.", [("other", "talks")]),
    case("conference-spring-session", "MPs attended the spring session of the Assembly.",
         [("conference", "activity")]),
    case("conference-annual-session", "MPs attended the Assembly's annual session in Madrid.",
         [("conference", "activity")]),
    case("conference-plenary-sessions", "MPs took part in the plenary sessions.", [("conference", "activity")]),
    case("conference-nato-pa-session", "MPs attended a NATO PA session.", [("conference", "activity")]),
    case("conference-session-of-the-assembly", "MPs attended a session of the NATO Parliamentary Assembly.",
         [("conference", "activity")]),
    case("talks-negotiations", "The press conference followed negotiations with the NATO delegation.",
         [("meeting", "talks")]),
    case("talks-held-negotiations", "The two ministers held negotiations in Brussels.", [("meeting", "talks")]),
    case("talks-receiving", "Receiving NATO envoy Jan Novak, the minister praised the partnership.",
         [("meeting", "talks")]),
    case("talks-receiving-a-delegation", "While receiving the NATO delegation, the minister praised the partnership.",
         [("meeting", "talks")]),
    case("talks-exchanged-views", "The two ministers exchanged views on regional security.", [("meeting", "talks")]),
    case("talks-held-an-exchange-of-views", "The sides held an exchange of views on the partnership.",
         [("meeting", "talks")]),
    case("visit-got-acquainted-with", "The delegation got acquainted with the activity of the Military Academy.",
         [("visit", "visit")]),
    case("visit-familiarised-himself-with", "The general familiarised himself with the conditions at the unit.",
         [("visit", "visit")]),
    case("talks-called-on-the-assistant-to-the-president", "Before leaving, the envoy called on Assistant to the "
         "President Hikmet Hajiyev.", [("meeting", "talks")]),
    case("ceremony-was-awarded", "The colonel was awarded the Meritorious Service Medal at the headquarters.",
         [("ceremony", "activity")]),
    case("talks-was-briefed-on", "The deputy minister was briefed on the education programme at NATO Headquarters.",
         [("meeting", "talks")]),
    case("talks-were-briefed-by", "Members of the committee were briefed by the ambassador on the contribution.",
         [("meeting", "talks")]),
    case("talks-hosted-the-director", "The minister hosted the Director of the NATO disaster response centre.",
         [("meeting", "talks")]),
    case("talks-hosting-the-ambassador", "Hosting the Ambassador of Italy, the rector spoke of the courses.",
         [("meeting", "talks")]),
    case("talks-the-talk-of", "From the talk of President Heydar Aliyev with the delegation of the Alliance.",
         [("meeting", "talks")]),
    case("talks-meetings-within", "Meetings within the NATO-Ukraine Commission will take place on 17 January.",
         [("meeting", "talks")]),
    case("talks-will-receive", "Speaker Sahiba Gafarova will receive the NATO delegation.", [("meeting", "talks")]),
    case("talks-is-to-receive", "The minister is to receive the NATO envoy.", [("meeting", "talks")]),
    case("talks-meetings-with", "The president will hold meetings with the Secretary General.",
         [("meeting", "talks")]),
    case("talks-paid-a-courtesy-call-on", "The air commander paid a courtesy call on the Chief of the General Staff.",
         [("meeting", "talks")]),
    case("talks-called-on-an-official", "The new liaison officer called on Deputy Foreign Minister Elnur Rzayev.",
         [("meeting", "talks")]),
    case("talks-bid-farewell-to", "The outgoing liaison officer bid farewell to the deputy minister.",
         [("meeting", "talks")]),
    case("talks-hosted-a-dinner", "The ambassador hosted an official dinner for the permanent representatives.",
         [("meeting", "talks")]),
    case("talks-welcomed-the-team", "The chief of staff welcomed the NATO evaluation team at the brigade.",
         [("meeting", "talks")]),
    case("ceremony-signed-a-declaration", "The two leaders signed a joint declaration in the presence of guests.",
         [("ceremony", "activity")]),
    case("ceremony-memorandum-on-a-topic-signed-between", "A memorandum on cooperation in military education was "
         "signed between the two colleges.", [("ceremony", "activity")]),
    case("ceremony-handed-over-to", "The demining equipment was handed over to the national agency.",
         [("ceremony", "activity")]),
    case("exercise-certification", "The certification of the engineer company ended at the training centre.",
         [("exercise", "activity")]),
    case("conference-lecture", "The commandant gave a lecture to the cadets of the War College.",
         [("conference", "activity")]),
    case("other-sets-off-for", "The minister sets off for Brussels on a working visit.", [("other", "activity")]),
    case("talks-came-together", "The two chiefs of staff came together in Ankara.", [("meeting", "talks")]),
    case("talks-have-come-together", "Deputy ministers of the two countries have come together in Baku.",
         [("meeting", "talks")]),
    case("talks-hosting-the-guests", "Hosting the guests, the deputy minister briefed them on the reforms.",
         [("meeting", "talks")]),
    case("talks-hosted-the-guests", "The rector hosted the guests from the NATO Defense College.",
         [("meeting", "talks")]),
    case("conference-information-day", "The university hosted an Information Day on the science programme.",
         [("conference", "activity")]),
    case("conference-info-day", "An info day on the partnership's funding was held for researchers.",
         [("conference", "activity")]),
    case("conference-webinar", "The centre ran a webinar on cyber defence for young officers.",
         [("conference", "activity")]),
    case("conference-colloquium", "A colloquium on regional security opened at the academy.",
         [("conference", "activity")]),
    case("conference-panel-discussion", "Diplomats and scholars took part in a panel discussion on the Alliance.",
         [("conference", "activity")]),
])
def test_trigger_words(sentence, expected):
    # the rule recognises the word ("held" of "held consultations" may be a second, weaker trigger)
    found = [(t.event_type, t.family) for t in triggers_in(sentence)]
    assert set(expected) <= set(found)


@pytest.mark.parametrize("sentence, family", [
    case("no-visit-the-visiting-official", "The visiting official praised the army's progress.", "visit"),
    case("no-talks-briefed-journalists", "The spokesman briefed journalists on the reforms.", "talks"),
    case("no-talks-hosted-by-the-general-staff", "The course was hosted by General Staff officers.", "talks"),
    case("no-talks-review-as-verb", "NATO will review the plan next year.", "talks"),
    case("no-talks-review-as-topic", "The minister spoke about the review of the partnership goals.", "talks"),
    case("no-talks-review-of-the-drills", "The staff conducted a review of the results of the exercise.", "talks"),
    case("no-talks-greeted-by-a-guard", "The minister was greeted by a guard of honour.", "talks"),
    case("no-talks-hosted-by-a-country", "The seminar was hosted by Georgia in 2019.", "talks"),
    case("no-talks-hosted-by-the-ministry", "The course was hosted by the Ministry of Defence.", "talks"),
])
def test_words_that_are_no_trigger_of_a_family(sentence, family):
    # the same words in another role: a person described, a verb of reviewing, a topic, an after-action review,
    # a host or a welcome that is no person
    assert family not in {t.family for t in triggers_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "The decision came to nothing.",
    "The award went to a young officer.",
    "The two sides came to an understanding.",
    "The talks went to the heart of the matter.",
])
def test_movement_words_need_a_named_place(sentence):
    # "went to"/"came to" is a journey only towards a name (a place, an institution)
    assert not [t for t in triggers_in(sentence) if t.family == "visit"]


@pytest.mark.parametrize("text, expected", [
    case("session-discussed", "The annual session of the Assembly, held in Madrid on 14-16 May, discussed the "
         "strategic concept.", [("conference", "2024-05-14", "2024-05-16", "Madrid")]),
    case("seminar-participants-discussed", "At the seminar in Baku on 14 May, the participants discussed cyber "
         "threats.", [("conference", "2024-05-14", None, "Baku")]),
    case("conference-discusses", "A conference opening in Baku on 14 May discusses energy security.",
         [("conference", "2024-05-14", None, "Baku")]),
])
def test_what_a_gathering_discussed_is_its_agenda(text, expected):
    assert _events(text) == expected


def test_a_discussion_before_the_gathering_is_named_stays_a_meeting():
    text = "The two ministers discussed the plan in Baku on 14 May, on the eve of a NATO seminar."
    assert ("meeting", "talks") in [(t.event_type, t.family) for t in triggers_in(text)]


@pytest.mark.parametrize("sentence", [
    "Azerbaijan hosted the regional partnership exercise.",
    "The embassy hosted a roundtable on energy security.",
    "The centre has hosted 18 international courses.",
    "The city hosted the NATO Summit in 2004.",
    "Baku hosted NATO PfP Trust Fund workshops.",
    "The Secretary General welcomed the decision of the partners.",
    "The minister welcomed Azerbaijan's contribution to the mission.",
    # "called on <someone> to <do>" is an appeal, not a call paid on them
    "The speaker called on NATO to take a clearer position.",
    "The ministers called on the Allies of the country to act.",
    "The minister called on the international community to support the talks.",
])
def test_hosting_or_welcoming_a_thing_is_no_meeting(sentence):
    # "hosted"/"welcomed" is a meeting only with a person, a counterpart or a delegation after it
    assert not [t for t in triggers_in(sentence) if t.family == "talks"]


@pytest.mark.parametrize("text, expected", [
    ("NATO envoy Jan Novak, who arrived in Baku yesterday, has met Defense Minister Zakir Hasanov.",
     [("visit", "2024-05-19"), ("meeting", "2024-05-20")]),
    ("The NATO delegation, which came to Baku on Sunday, has held talks at the Ministry of Foreign Affairs.",
     [("visit", "2024-05-19"), ("meeting", "2024-05-20")]),
    # (a date in the verb's own clause dates the perfect)
    ("NATO envoy Jan Novak has met Defense Minister Zakir Hasanov on Sunday.", [("meeting", "2024-05-19")]),
])
def test_a_date_in_a_relative_clause_leaves_the_lead_on_its_day(text, expected):
    # "<guest>, who arrived yesterday, has met <host>": the arrival is the guest's, the meeting the day's news
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # one verb for a list of dated legs: each item after a comma or "and" is one more
    ("The envoy was in Tbilisi on 13 May, in Yerevan on 14 May and in Baku on 15-16 May.",
     [("visit", "2024-05-13"), ("visit", "2024-05-14"), ("visit", "2024-05-15")]),
    ("The minister held talks with the Secretary General in Brussels on 13 May, with the French minister in Paris "
     "on 14 May and with the German minister in Berlin on 15 May.",
     [("meeting", "2024-05-13"), ("meeting", "2024-05-14"), ("meeting", "2024-05-15")]),
])
def test_one_verb_for_a_list_of_dated_legs(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # an address to a gathering is part of it: one event
    ("Speaker Sahiba Gafarova addressed the Assembly's annual session in Copenhagen on 14 May.", ["conference"]),
    ("Addressing a NATO seminar on building integrity in Baku on 14 May, the deputy minister praised the course.",
     ["conference"]),
    # (an address to a council is an event of its own, and the meeting of a council it addresses is that one)
    ("The minister addressed the North Atlantic Council on 14 May.", ["meeting"]),
    ("The ambassador addressed the meeting of the Euro-Atlantic Partnership Council in Brussels on 15 May.",
     ["meeting"]),
    # (a meeting held within a summit is one event, the summit another)
    ("The president addressed a meeting on the mission held on Thursday within the NATO summit in Newport.",
     ["meeting", "conference"]),
])
def test_an_address_to_a_gathering_is_the_gathering(text, expected):
    assert [e.event_type for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("The envoy arrived in Baku on 14 May and held meetings with the foreign and defence ministers.", ["visit"]),
    ("During the visit on 14 May the delegation held meetings at the ministry.", ["visit"]),
    ("On 14 May the envoy held meetings with the foreign and defence ministers.", ["meeting"]),
])
def test_meetings_during_a_visit_are_its_parts(text, expected):
    # plural meetings told with a visit are what the visit did, not one more event
    assert [e.event_type for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Lawmakers from thirty countries came together in Vilnius for the spring session on 14 May.", ["conference"]),
    ("The delegations came together for the annual session in Madrid on 14 May.", ["conference"]),
    ("Officers of nine nations came together at the palace for the opening ceremony on 14 May.", ["ceremony"]),
])
def test_coming_together_for_a_gathering_is_the_gathering(text, expected):
    # "came together for the <gathering>": the gathering, not a meeting of its own beside it
    assert [e.event_type for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("In 1994 His Excellency Mr. Heydar Aliyev, the President, visited NATO Headquarters and signed the document.",
     [("visit", "1994-01-01", "Brussels", ["Aliyev"])]),
    ("President Heydar Aliyev visited Brussels in 1994 and signed the document.",
     [("visit", "1994-01-01", "Brussels", ["Aliyev"])]),
    ("President Heydar Aliyev paid an official visit to Brussels in 1994.", [("visit", "1994-01-01", "Brussels",
                                                                            ["Aliyev"])]),
    # (a list of years is a visit a year, as the gold of dev-real22 x04, dev-real9 v07 and heldout-real4 y08 has it)
    ("President Heydar Aliyev visited Brussels in 1994 and 1996.",
     [("visit", "1994-01-01", "Brussels", ["Aliyev"]), ("visit", "1996-01-01", "Brussels", ["Aliyev"])]),
    ("He has visited Baku many times since 2005.", []),
    ("The envoy will visit Baku in 2030.", []),
    # "the first <office> to visit <place>": the infinitive after "first" tells a visit; a plan "to visit" does not
    ("In 1997 Secretary General Jan Novak became the first NATO Secretary General to visit Azerbaijan.",
     [("visit", "1997-01-01", "Azerbaijan", ["Novak"])]),
    ("Minister Jan Novak was the first Allied defence minister to visit Georgia in 2003.",
     [("visit", "2003-01-01", "Georgia", ["Novak"])]),
    ("In 2010 the minister was invited to visit Brussels.", []),
])
def test_a_past_visit_dated_by_its_year(text, expected):
    x = _extract(text, "2019-09-09")
    assert [(e.event_type, str(e.date_start), e.location, [x.people[p].surname for p, _ in e.people])
            for e in x.events] == expected


@pytest.mark.parametrize("text, expected", [
    # taking part in a gathering in a year: the one who took part is named before the verb
    ("It is known that in 1999 President Heydar Aliyev addressed the summit held for the anniversary.",
     [("conference", "1999-01-01", ["Aliyev"])]),
    ("The minister said the country joined the programme in 1994, and that in 1999 President Heydar Aliyev "
     "addressed the summit in Washington.", [("conference", "1999-01-01", ["Aliyev"])]),
    ("Minister Jan Novak attended the annual session of the Assembly in Madrid in 2019.",
     [("conference", "2019-01-01", ["Novak"])]),
    ("In 2004 Azerbaijani officers took part in the exercise Cooperative Best Effort in Baku.",
     [("exercise", "2004-01-01", [])]),
    ("He attended the summits in 2004 and 2006.", []),
])
def test_taking_part_in_a_gathering_in_a_year(text, expected):
    x = _extract(text, "2019-09-09")
    assert [(e.event_type, str(e.date_start), [x.people[p].surname for p, _ in e.people]) for e in x.events] \
        == expected


@pytest.mark.parametrize("text, expected", [
    ("The first Steppe Eagle drills were held in 2011, as a bilateral exercise.", [("exercise", "2011-01-01", "")]),
    ("The earlier exercises were held in Georgia in 2002.", [("exercise", "2002-01-01", "Georgia")]),
    ("A similar seminar was also held in Ganja in 2019.", [("conference", "2019-01-01", "Ganja")]),
    ("A similar seminar will be held in Ganja in 2025.", []),
    # (planned within the year of publication: an event of its own year, as a planned month is one of its month)
    ("A similar seminar will be held in Ganja in 2024.", [("conference", "2024-01-01", "Ganja")]),
    ("The next summit is to be held in Vilnius in 2024.", [("conference", "2024-01-01", "Vilnius")]),
])
def test_held_in_a_year(text, expected):
    # an event noun "was/were held" in a year of its own: a year-precision event (not one planned for later)
    assert [(e.event_type, str(e.date_start), e.location) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("When the Allied leaders met at NATO's Summit in Vilnius last July, they agreed to help.",
     [("conference", "2023-07-01")]),
    ("The ministers met at the Warsaw Summit in July.", [("conference", "2023-07-01")]),
    ("The defence chiefs met at a conference in Brussels on 14 May.", [("conference", "2024-05-14")]),
    ("Aliyev met Stoltenberg at the summit in Vilnius on 11 July.", [("meeting", "2023-07-11"),
                                                                   ("conference", "2023-07-11")]),
])
def test_meeting_at_a_gathering_is_the_gathering(text, expected):
    # "met at the summit" names no one met: the meeting is the summit; "met X at the summit" is talks there
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text", [
    "The envoy congratulated the President on his victory in the presidential election held on 11 April.",
    "The envoy recalled the referendum held on 11 April.",
    "The minister spoke of the ceasefire signed on 11 April.",
])
def test_an_occasion_held_on_a_date_is_no_event(text):
    # elections, referendums, ceasefires (background_words.csv, kind occasion) are the story's background
    assert [e.event_type for e in _extract(text).events] == []


@pytest.mark.parametrize("sentence", [
    "Azerbaijan has joined two NATO exercises since then.",
    "The country takes part in several exercises each year.",
    "The exercises were praised by the observers.",
])
def test_counted_or_recalled_exercises_are_not_triggers(sentence):
    # "exercises" is one exercise in translated press ("NATO exercises start in Georgia"), but not when counted
    # or when "the exercises" only refers back to one described before
    assert not [t for t in triggers_in(sentence) if t.event_type == "exercise"]


@pytest.mark.parametrize("sentence", [
    "The courses are run by the institute.",
    "The centre holds seminars, conferences and courses.",
    "The course was praised by the trainees.",
    "The course on crisis management was praised by the trainees.",
    "Officers receiving NATO training spoke of the course.",
])
def test_plural_and_recalled_courses_are_not_triggers(sentence):
    # a plural is a series (no one happening); "the course" alone refers back to one named before
    assert not [t for t in triggers_in(sentence) if t.event_type == "conference"]


# ------------------------------------------------------------ HAPPENS_AFTER: "the meeting took place on ..."

@pytest.mark.parametrize("text, expected", [
    case("took-place", "The meeting took place in Baku on 14 May.", [("meeting", "2024-05-14", None, "Baku")]),
    case("was-held", "The meeting was held in Baku on 14 May.", [("meeting", "2024-05-14", None, "Baku")]),
    case("seminar-opened", "The seminar opened in Baku on 14 May.", [("conference", "2024-05-14", None, "Baku")]),
    case("exercise-began", "The exercise began near Baku on 14 May.", [("exercise", "2024-05-14", None, "Baku")]),
    case("exercise-got-under-way", "The exercise got under way near Baku on 14 May.",
         [("exercise", "2024-05-14", None, "Baku")]),
    case("meeting-was-organised", "The meeting was organised in Baku on 14 May.",
         [("meeting", "2024-05-14", None, "Baku")]),
    case("meeting-has-taken-place", "The meeting has taken place in Baku on 14 May.",
         [("meeting", "2024-05-14", None, "Baku")]),
    case("the-ceremony-on-a-day", "Speeches were made at the ceremony on 14 May.",
         [("ceremony", "2024-05-14", None, "")]),
    case("the-session-in-a-city-on-a-day", "MPs spoke at the Assembly's spring session in Vilnius on May 14.",
         [("conference", "2024-05-14", None, "Vilnius")]),
    case("the-talks-in-a-city-on-a-weekday", "The talks in Brussels on Friday were attended by two ambassadors.",
         [("meeting", "2024-05-17", None, "Brussels")]),
    case("the-meeting-on-a-weekday", "The meeting on Thursday was chaired by the deputy minister.",
         [("meeting", "2024-05-16", None, "")]),
    case("attending-the-talks", "Attending the talks in Brussels on Friday were two ambassadors.",
         [("meeting", "2024-05-17", None, "Brussels")]),
    # opening, closing or chairing it makes the noun the happening itself, although a determiner stands before it
    case("opened-the-course", "The rector opened the NATO course on defence planning on 13 May.",
         [("conference", "2024-05-13", None, "")]),
    case("chaired-the-meeting", "The deputy minister chaired the meeting in Baku on 14 May.",
         [("meeting", "2024-05-14", None, "Baku")]),
    case("closed-the-seminar", "The ambassador closed the seminar on 15 May.",
         [("conference", "2024-05-15", None, "")]),
    # a participle that says the day it is planned for
    case("set-for-a-weekday", "At the meeting, set for Thursday, the ministers will discuss the mission.",
         [("meeting", "2024-05-23", None, "")]),
    case("scheduled-for-a-day", "The seminar, scheduled for 4 June, will review the partnership.",
         [("conference", "2024-06-04", None, "")]),
    case("the-opening-of-the-course", "Officers gathered for the opening of the course in Baku on 14 May.",
         [("conference", "2024-05-14", None, "Baku")]),
])
def test_happens_after(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ ON_A_VISIT: "who is in Baku on an official visit"

_ON_VISIT = [("visit", "2024-05-14", None, "Baku"), ("meeting", "2024-05-14", None, "Baku")]


@pytest.mark.parametrize("text, expected", [
    # (a guest in town on a visit now frames the talks, as "who is on a visit" does: the meeting alone, as
    # heldout-real r10 and dev-real8 w12 count it)
    case("is-in-baku-on-official-visit", "Deputy Secretary General Radmila Shekerinska, who is in Baku on an official "
         "visit, met Defence Minister Zakir Hasanov on 14 May.", _ON_VISIT[1:]),
    case("was-in-baku-on-working-visit", "Assistant Secretary General Boris Ruge, who was in Baku on a working visit, "
         "met Defence Minister Zakir Hasanov on 14 May.", _ON_VISIT),
    case("is-on-two-day-official-visit", "General Christopher Cavoli, who is on a two-day official visit to Baku, met "
         "Defence Minister Zakir Hasanov on 14 May.",
         [("visit", "2024-05-14", "2024-05-15", "Baku"), ("meeting", "2024-05-14", None, "Baku")]),
    case("are-in-baku-on-their-visit", "The NATO officers, who are in Baku on their first visit, met Defence Minister "
         "Zakir Hasanov on 14 May.", _ON_VISIT),
])
def test_on_a_visit(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ CANCELLED

@pytest.mark.parametrize("text", [
    case("called-off", "A NATO seminar in Baku on 14 May was called off."),
    case("cancelled", "A NATO seminar in Baku on 14 May was cancelled."),
    case("has-been-canceled", "A NATO seminar in Baku on 14 May has been canceled."),
    case("was-scrapped", "A NATO seminar in Baku on 14 May was scrapped."),
    case("will-not-take-place", "A NATO seminar in Baku on 14 May will not take place."),
    case("put-on-hold", "A NATO seminar in Baku on 14 May was put on hold."),
    case("active-called-off", "NATO called off a seminar in Baku on 14 May."),
    case("was-postponed", "A NATO seminar in Baku on 14 May was postponed."),
    case("was-suspended", "A NATO seminar in Baku on 14 May was suspended."),
])
def test_cancelled(text):
    assert _events(text) == []


def test_cancelled_control():
    """The same sentence without a cancellation is an event: the cases above test CANCELLED alone."""
    assert _events("A NATO seminar in Baku on 14 May was attended by officers.") == [
        ("conference", "2024-05-14", None, "Baku")]


# ------------------------------------------------------------ SUPERSEDED: "originally planned for"

_HELD_ON_14 = [("conference", "2024-05-14", None, "Baku")]


@pytest.mark.parametrize("text, expected", [
    case("originally-planned-for", "A NATO seminar originally planned for 10 May took place in Baku on 14 May.",
         _HELD_ON_14),
    case("originally-scheduled-for", "A NATO seminar originally scheduled for 10 May took place in Baku on 14 May.",
         _HELD_ON_14),
    case("originally-set-for", "A NATO seminar originally set for 10 May took place in Baku on 14 May.", _HELD_ON_14),
    case("initially-planned-for", "A NATO seminar initially planned for 10 May took place in Baku on 14 May.",
         _HELD_ON_14),
    case("first-scheduled-for", "A NATO seminar first scheduled for 10 May took place in Baku on 14 May.",
         _HELD_ON_14),
    case("originally-due-on", "A NATO seminar originally due on 10 May took place in Baku on 14 May.",
         _HELD_ON_14),
    case("had-originally-been-planned", "A NATO seminar, which had originally been planned for 10 May, took place "
         "in Baku on 14 May.", _HELD_ON_14),
])
def test_superseded(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ N_DAY_EVENT: "The two-day event ..."

@pytest.mark.parametrize("text, expected", [
    case("two-day-event", "A seminar on cyber defence opened in Baku on 14 May. The two-day event brought together "
         "experts from the region.", [("conference", "2024-05-14", "2024-05-15", "Baku")]),
    case("three-day-seminar", "A seminar on cyber defence opened in Baku on 14 May. The three-day seminar brought "
         "together experts from the region.", [("conference", "2024-05-14", "2024-05-16", "Baku")]),
    case("this-4-day-course", "A course on cyber defence opened in Baku on 14 May. This 4-day course is organised "
         "by the NATO School.", [("conference", "2024-05-14", "2024-05-17", "Baku")]),
    case("five-day-training", "A course on cyber defence opened in Baku on 14 May. The five-day training is "
         "organised by the NATO School.", [("conference", "2024-05-14", "2024-05-18", "Baku")]),
    case("two-day-workshop", "A workshop on cyber defence opened in Baku on 14 May. The two-day workshop brought "
         "together experts from the region.", [("conference", "2024-05-14", "2024-05-15", "Baku")]),
])
def test_n_day_event(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ N_DAY / CONCLUDED: "concluded a two-day visit"

@pytest.mark.parametrize("text, expected", [
    case("concluded-two-day-visit", "General Christopher Cavoli concluded a two-day visit to Baku on 15 May.",
         [("visit", "2024-05-14", "2024-05-15", "Baku")]),
    case("wrapped-up-a-three-day-visit", "General Christopher Cavoli wrapped up a three-day visit to Baku on 15 May.",
         [("visit", "2024-05-13", "2024-05-15", "Baku")]),
    case("wrapped-up-his-three-day-visit",
         "General Christopher Cavoli wrapped up his three-day visit to Baku on 15 May.",
         [("visit", "2024-05-13", "2024-05-15", "Baku")]),
    case("completed-two-day-official-visit", "General Christopher Cavoli completed a two-day official visit to Baku on "
         "15 May.", [("visit", "2024-05-14", "2024-05-15", "Baku")]),
    case("ended-his-two-day-working-visit", "General Christopher Cavoli ended his two-day working visit to Baku on "
         "15 May.", [("visit", "2024-05-14", "2024-05-15", "Baku")]),
    case("began-two-day-visit", "General Christopher Cavoli began a two-day visit to Baku on 14 May.",
         [("visit", "2024-05-14", "2024-05-15", "Baku")]),
    case("is-on-a-three-day-visit", "General Christopher Cavoli arrived in Baku on 14 May for a three-day visit.",
         [("visit", "2024-05-14", "2024-05-16", "Baku")]),
    # the end verb after the event: its day is the last one
    case("two-day-workshop-wrapped-up", "A two-day workshop on building integrity, organised jointly with NATO, "
         "wrapped up at the ministry on Tuesday.", [("conference", "2024-05-13", "2024-05-14", "")]),
    case("three-day-seminar-ended", "The three-day NATO seminar ended in Baku on 15 May.",
         [("conference", "2024-05-13", "2024-05-15", "Baku")]),
    case("two-day-course-that-began", "The two-day NATO course began in Baku on 15 May.",
         [("conference", "2024-05-15", "2024-05-16", "Baku")]),
    # a visit "that ends today": the day told is its last
    case("two-day-visit-that-ends-today", "General Christopher Cavoli, who is in Baku on a two-day visit that ends "
         "today, spoke to the press.", [("visit", "2024-05-19", "2024-05-20", "Baku")]),
    case("three-day-trip-which-concludes-today", "General Christopher Cavoli is in Baku on a three-day trip which "
         "concludes today.", [("visit", "2024-05-18", "2024-05-20", "Baku")]),
    # an arrival "for a three-day stay": the length is the visit's
    case("arrived-for-a-three-day-stay", "General Christopher Cavoli arrived in Baku on 14 May for a three-day stay.",
         [("visit", "2024-05-14", "2024-05-16", "Baku")]),
    case("arrived-for-a-two-day-working-trip", "General Christopher Cavoli arrived in Baku on 14 May for a two-day "
         "working trip.", [("visit", "2024-05-14", "2024-05-15", "Baku")]),
])
def test_n_day_and_concluded(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ itinerary: VISIT_VERB_BEFORE, STOP_SEPARATOR

_STOPS = [("2024-05-17", "Azerbaijan"), ("2024-05-18", "Georgia"), ("2024-05-19", "Armenia")]
_CITY_STOPS = [("2024-05-17", "Baku"), ("2024-05-18", "Tbilisi"), ("2024-05-19", "Yerevan")]


@pytest.mark.parametrize("text, published, expected", [
    case("will-tour-visiting", "General Christopher Cavoli will tour the South Caucasus next week, visiting Azerbaijan "
         "on 17 May, Georgia on 18 May and Armenia on 19 May.", "2024-05-13", _STOPS),
    case("visited-then", "The special representative visited Baku on 17 May, then Tbilisi on 18 May and Yerevan on "
         "19 May.", "2024-05-20", _CITY_STOPS),
    case("toured-commas", "The special representative toured the region, visiting Baku on 17 May, Tbilisi on 18 May "
         "and Yerevan on 19 May.", "2024-05-20", _CITY_STOPS),
    case("travelled-to-and-then", "The special representative travelled to Baku on 17 May, to Tbilisi on 18 May and "
         "then to Yerevan on 19 May.", "2024-05-20", _CITY_STOPS),
    case("will-visit-and", "The special representative will visit Baku on 17 May, Tbilisi on 18 May and Yerevan on "
         "19 May.", "2024-05-13", _CITY_STOPS),
])
def test_itinerary(text, published, expected):
    events = [e for e in _extract(text, published).events if e.event_type == "visit"]
    assert [(str(e.date_start), e.location) for e in events] == expected


# ------------------------------------------------------------ LEAD_PERFECT: the lead in the present perfect

@pytest.mark.parametrize("text, expected", [
    case("has-hosted-reception", "NATO headquarters has hosted a reception to mark the anniversary of the partnership.",
         [("ceremony", "2024-05-20")]),
    case("has-held-talks", "Defence Minister Zakir Hasanov has held talks with a NATO delegation.",
         [("meeting", "2024-05-20")]),
    case("has-recently-visited", "A NATO delegation has visited the Azerbaijani Military Academy.",
         [("visit", "2024-05-20")]),
    case("have-met", "Azerbaijani and NATO officials have met to review the partnership.", [("meeting", "2024-05-20")]),
    case("has-paid-a-visit", "A NATO delegation has paid a visit to the Azerbaijani Military Academy.",
         [("visit", "2024-05-20")]),
    case("has-arrived", "A NATO delegation has arrived in Baku.", [("visit", "2024-05-20")]),
    case("has-spoken-highly-as-he-met", "The Speaker of Parliament has spoken highly of the partnership as he met "
         "a NATO delegation.", [("meeting", "2024-05-20")]),
    case("has-stressed-at-a-meeting", "The Defence Minister has stressed the value of the partnership at a meeting "
         "with the NATO envoy.", [("meeting", "2024-05-20")]),
    case("have-reaffirmed-during-talks", "Azerbaijan and NATO have reaffirmed their commitment during talks in "
         "Brussels.", [("meeting", "2024-05-20")]),
    case("has-said-at-a-meeting", "The army is being brought up to NATO standards, the President has said at a "
         "meeting with representatives of the Alliance.", [("meeting", "2024-05-20")]),
    case("has-stated-during-talks", "Cooperation is growing, the Foreign Minister has stated during talks with the "
         "NATO Deputy Secretary General.", [("meeting", "2024-05-20")]),
    case("has-told-reporters-after-a-meeting", "The envoy has told reporters after a meeting with the Defence "
         "Minister that the partnership is strong.", [("meeting", "2024-05-20")]),
    case("has-said-a-meeting-will-be-held", "The minister has said that the next meeting will be held in "
         "Brussels.", []),
    case("has-declared-readiness-to-visit", "The minister has declared his readiness to visit NATO headquarters.", []),
    case("has-stressed-wish-to-meet", "The Speaker has stressed her wish to meet the Assembly's President.", []),
    case("has-praised-without-a-meeting", "The minister has praised the partnership with NATO.", []),
    case("has-had-a-phone-conversation", "The President has had a phone conversation with the NATO Secretary General.",
         [("other", "2024-05-20")]),
    case("has-had-talks", "The Defence Minister has had talks with the NATO envoy.", [("meeting", "2024-05-20")]),
    case("has-had-no-event-word", "Azerbaijan has had a close partnership with NATO.", []),
    case("starts-his-trip-with-a-visit", "The NATO general starts his trip to Azerbaijan with a visit to the War "
         "College.", [("visit", "2024-05-20")]),
    case("meets-headline-present", "The Defence Minister meets the NATO envoy in Baku.", [("meeting", "2024-05-20")]),
    case("who-is-on-a-visit", "The NATO general, who is on an official visit to Azerbaijan, went on to the War "
         "College.", [("visit", "2024-05-20")]),
    case("is-visiting", "The NATO envoy, who is visiting Baku, laid flowers at the memorial.",
         [("visit", "2024-05-20")]),
    case("perfect-wins-over-on-a-visit", "The NATO envoy, who is on a visit to Azerbaijan, has met the President.",
         [("meeting", "2024-05-20")]),
    case("holds-without-a-meeting-word", "NATO holds its summits every two years.", []),
    case("is-the-venue-of", "Vilnius is the venue of the 70th annual session of the NATO Parliamentary Assembly.",
         [("conference", "2024-05-20")]),
    case("is-hosting", "Baku is hosting a NATO seminar on energy security.", [("conference", "2024-05-20")]),
    case("goes-on", "The multinational exercise \"Steel Shield 2024\" goes on in Georgia.",
         [("exercise", "2024-05-20")]),
    # the end of one's own visit, told in the present perfect, is the day's news as its start is
    case("has-wrapped-up-his-visit", "The deputy commander of the NATO command has wrapped up his visit to "
         "Azerbaijan.", [("visit", "2024-05-20")]),
    case("has-concluded-her-visit", "The NATO envoy has concluded her two-day visit to Georgia.",
         [("visit", "2024-05-19")]),  # (two days that end on the day of the news)
    case("are-attending", "Azerbaijani military doctors are attending a NATO course on combat medicine in Warsaw.",
         [("conference", "2024-05-20")]),
    case("is-in-a-city-for-talks", "The NATO envoy is in Baku for talks on defence reform.", [("visit", "2024-05-20")]),
    case("are-in-a-city-for-a-visit", "Two NATO officers are in Ganja for a three-day visit.",
         [("visit", "2024-05-20")]),
    case("has-presented-his-credentials", "The new ambassador has presented his credentials to the Secretary General.",
         [("ceremony", "2024-05-20")]),
    case("is-in-full-swing", "The NATO exercise Cooperative Effort 2024, held in Georgia, is in full swing.",
         [("exercise", "2024-05-20")]),
    case("the-visit-continues", "The working visit of the Chief of the General Staff to Türkiye continues.",
         [("visit", "2024-05-20")]),
    case("the-exercise-continues-in", "The exercise of the engineer units continues in Ganja.",
         [("exercise", "2024-05-20")]),
    case("continues-to-support", "NATO continues to support the reforms discussed at the talks.", []),
    case("is-in-a-city-for-a-reason", "The minister is in Baku for the rest of the week.", []),
])
def test_lead_in_present_perfect(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("second", [
    "The delegation, headed by MP Anar Aliyev, is making its working visit to Brussels on 6-8 May 2024.",
    "The delegation, led by MP Anar Aliyev, is paying its official visit to Brussels on 6-8 May 2024.",
])
def test_a_visit_in_progress_dates_the_lead(second):
    # "is making its visit on <days>": the possessive names the visit itself, which dates the lead's
    text = "BAKU, Azerbaijan, May 8. The parliamentary delegation is in Brussels on a working visit.\n\n" + second
    x = _extract(text, "2024-05-08")
    assert [(e.event_type, str(e.date_start), str(e.date_end), sorted(x.people[p].surname for p, _ in e.people))
            for e in x.events] == [("visit", "2024-05-06", "2024-05-08", ["Aliyev"])]


@pytest.mark.parametrize("text, expected", [
    case("today-figure-keeps-the-lead", "The President and the Secretary General have held a joint press "
         "conference.\n\nToday more than 30 percent of the cargo sent to Afghanistan passes through the country.",
         [("conference", "2024-05-20"), ("other", "2024-05-20")]),
    case("dated-days-before-supersedes", "A NATO delegation has visited the Military Academy.\n\nThe delegation "
         "visited the academy on 17 May.", [("visit", "2024-05-17")]),
    case("other-event-days-before-supersedes", "Baku has hosted a NATO workshop on good governance.\n\nThe "
         "two-day event, held on 16-17 May, gathered about 50 officials.", [("other", "2024-05-16")]),
])
def test_a_lead_gives_way_only_to_its_own_happening(text, expected):
    # a lead dated by publication is dropped for a dated report of the same happening in the days before;
    # on its own day only an event of its family is that report
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


# ------------------------------------------------------------ REPORTING: "X said on May 14." dates the next sentence

@pytest.mark.parametrize("text", [
    case("said-on", "Air Chief Marshal Stuart Peach said on May 14 that NATO values its partnership with Azerbaijan."
         "\n\nPeach made the remarks while meeting Defence Minister Zakir Hasanov in Baku."),
    case("stressed-on", "Air Chief Marshal Stuart Peach stressed on May 14 that NATO values its partnership with "
         "Azerbaijan.\n\nPeach made the remarks while meeting Defence Minister Zakir Hasanov in Baku."),
    case("told-reporters-on", "Air Chief Marshal Stuart Peach told reporters on May 14 that NATO values its partnership"
         " with Azerbaijan.\n\nPeach made the remarks while meeting Defence Minister Zakir Hasanov in Baku."),
    case("emphasised-on", "Air Chief Marshal Stuart Peach emphasised on May 14 that NATO values its partnership with "
         "Azerbaijan.\n\nPeach made the remarks while meeting Defence Minister Zakir Hasanov in Baku."),
])
def test_reported_date_dates_the_next_sentence(text):
    x = _extract(text)
    assert [(e.event_type, str(e.date_start), e.location, sorted(x.people[p].surname for p, _ in e.people))
            for e in x.events] == [("meeting", "2024-05-14", "Baku", ["Hasanov", "Peach"])]


# ------------------------------------------------------------ YEAR_EVENT: "the 2015 exercise in Ukraine"

@pytest.mark.parametrize("text, expected", [
    case("the-2019-exercise-in", "Its engineers took part in the 2019 exercise in Georgia.",
         [("exercise", "2019-01-01", None, "Georgia")]),
    case("the-2018-staff-seminar-at", "Its officers attended the 2018 staff seminar in Tbilisi.",
         [("conference", "2018-01-01", None, "Tbilisi")]),
    case("the-2021-nato-summit", "The president attended the 2021 summit in Brussels.",
         [("conference", "2021-01-01", None, "Brussels")]),
    case("the-2017-training-course", "Its officers completed the 2017 training course in Ankara.",
         [("conference", "2017-01-01", None, "Ankara")]),
    # an exercise whose name ends in its year, the year written after the name
    case("hosted-the-name-year-exercises", "Observers praised the way Georgia hosted the Cooperative Partner-2009 "
         "exercises.", [("exercise", "2009-01-01", None, "Georgia")]),
    case("took-part-in-the-exercises-name-year", "Its officers took part in the exercises Regional Shield 2011 in "
         "Moldova.", [("exercise", "2011-01-01", None, "Moldova")]),
    case("joined-the-exercise-quoted-name-year", "Its troops joined the exercise 'Steppe Eagle-2015'.",
         [("exercise", "2015-01-01", None, "")]),
    case("the-quoted-name-year-drills", "Two platoons were sent to the “Black Sea Rescue 2012” drills.",
         [("exercise", "2012-01-01", None, "")]),
])
def test_events_named_by_year(text, expected):
    assert _events(text) == expected


# ------------------------------------------------------------ talks right after a dated visit (_during_visit)

@pytest.mark.parametrize("text, expected_people", [
    case("he-held-talks", "Foreign Minister Jeyhun Bayramov visited NATO headquarters on 14 May. He held talks with "
         "Secretary General Mark Rutte.", ["Bayramov", "Rutte"]),
    case("she-met", "Deputy Prime Minister Samira Aliyeva visited NATO headquarters on 14 May. She met Secretary "
         "General Mark Rutte.", ["Aliyeva", "Rutte"]),
    case("he-then-addressed", "Foreign Minister Jeyhun Bayramov visited NATO headquarters on 14 May. He then met "
         "Secretary General Mark Rutte.", ["Bayramov", "Rutte"]),
    case("the-minister-held-talks", "Foreign Minister Jeyhun Bayramov visited NATO headquarters on 14 May. The "
         "minister held talks with Secretary General Mark Rutte.", ["Bayramov", "Rutte"]),
])
def test_talks_during_a_dated_visit(text, expected_people):
    x = _extract(text)
    meetings = [e for e in x.events if e.event_type == "meeting"]
    assert [(str(e.date_start), sorted(x.people[p].surname for p, _ in e.people)) for e in meetings] == [
        ("2024-05-14", expected_people)]


@pytest.mark.parametrize("second", [
    "Today's meeting matters a great deal.",
    "The minister said the meeting today was useful.",
    "Both said today's meeting and talks would move the partnership on.",
])
def test_a_meeting_named_again_today_is_the_same_meeting(second):
    # a speech names the meeting it is given at ("today's meeting"): one event, not a second on the same day
    text = "Defence Minister Zakir Hasanov met NATO envoy Jan Novak in Baku on 20 May. " + second
    assert [(t, d) for t, d, *_ in _events(text)] == [("meeting", "2024-05-20")]


@pytest.mark.parametrize("first, second", [
    ("The multinational exercise Steel Shield, held near Ganja on 12-20 May, has ended.",
     "Defence Minister Zakir Hasanov and his Georgian counterpart, Levan Kapanadze, watched the final phase of the "
     "drills today."),
    ("Staff officers of six nations took part in the exercise, which ran from 14 to 20 May at a base outside Baku.",
     "NATO envoy Jan Novak observed the exercise today."),
    ("A NATO course on crisis management was held from 10 to 20 May at the War College in Baku.",
     "In all, 35 officers attended the course, which ended today with the award of certificates."),
])
def test_today_inside_an_exercise_told_before_is_that_exercise(first, second):
    # the publication day falls inside the span of the exercise (or course) told before: one event, not a
    # second one on that day, and its people are the exercise's
    x = _extract(first + " " + second)
    events = [e for e in x.events if e.merged_into is None]
    assert len(events) == 1 and str(events[0].date_end) == "2024-05-20"
    named = {x.people[p].surname for p, _ in events[0].people}
    assert named >= {p.surname for p in x.people}


def test_a_day_after_the_exercise_is_another_event():
    text = ("The exercise Steel Shield was held near Ganja on 10-15 May. Today NATO envoy Jan Novak held talks "
            "with Defence Minister Zakir Hasanov in Baku.")
    assert [(t, d) for t, d, *_ in _events(text)] == [("exercise", "2024-05-10"), ("meeting", "2024-05-20")]


def test_two_meetings_on_one_day_stay_two():
    text = ("NATO envoy Jan Novak met Defence Minister Zakir Hasanov in Baku on 14 May. On 14 May he also met "
            "Foreign Minister Jeyhun Bayramov.")
    assert [(t, d) for t, d, *_ in _events(text)] == [("meeting", "2024-05-14"), ("meeting", "2024-05-14")]


@pytest.mark.parametrize("second", [
    "It is due to end on 24 May.",
    "The drills are scheduled to conclude on 24 May.",
    "The exercise will end on 24 May.",
    "It is set to close on May 24.",
])
def test_the_end_day_of_an_exercise_under_way(second):
    # "is due to end on <day>" closes the range of the event under way, as "until <day>" does
    text = "A NATO exercise began near Baku on 14 May. " + second
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("exercise", "2024-05-14", "2024-05-24")]


@pytest.mark.parametrize("second", [
    "It opened on 12 May at the training centre.",
    "It officially began on 12 May with a parade.",
    "They started on 12 May.",
])
def test_the_opening_day_of_an_event_under_way(second):
    # "It opened on <day>": the event already reported as going on began that day
    text = "On 14 May, Azerbaijani officers attended a NATO course in Baku. " + second
    assert [(t, d, end) for t, d, end, _ in _events(text)][:1] == [("conference", "2024-05-12", "2024-05-14")]


def test_a_later_day_does_not_open_the_event():
    text = "A NATO course began in Baku on 14 May. It opened on 16 May to the press."
    assert [(t, d) for t, d, *_ in _events(text)][:1] == [("conference", "2024-05-14")]


@pytest.mark.parametrize("text", [
    "The multinational exercise 'Steel Shield-2024' began near Ganja on 13 May and will last until 24 May.",
    "The joint exercise “Steel Shield-2024” of the Azerbaijani and Turkish armies started on 13 May and will last "
    "until 24 May.",
    "The exercise ‘Steel Shield-2024’ began on 13 May and will last until 24 May.",
    "The exercise \"Steel Shield-2024\" opened on 13 May and will run until 24 May.",
])
def test_an_exercise_named_in_quotes_after_the_noun(text):
    # the quoted name (in any quote marks, with whose exercise it is) stands between the noun and its verb
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("exercise", "2024-05-13", "2024-05-24")]


@pytest.mark.parametrize("text", [
    "The exercise will start on 27 May and end on 7 June.",
    "The drills began on 27 May and will end on 7 June.",
    "The seminar opens on 27 May and is to close on 7 June.",
])
def test_start_and_end_in_one_sentence(text):
    assert [(d, end) for _, d, end, _ in _events(text)] == [("2024-05-27", "2024-06-07")]


@pytest.mark.parametrize("second", [
    "Some 2,000 troops are taking part in the drills, which will be held from 13 to 24 May.",
    "The exercise will be held from 13 to 24 May with 2,000 troops.",
])
def test_an_exercise_told_again_from_its_first_day_is_one(second):
    text = "Azerbaijani servicemen are taking part in the drills, which began in Georgia on 13 May. " + second
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("exercise", "2024-05-13", "2024-05-24")]


def test_two_meetings_on_one_first_day_are_not_merged_as_spans():
    text = "The minister met the envoy on 13 May. The minister also met the general on 13 May in Ganja."
    assert len(_events(text)) == 2


@pytest.mark.parametrize("text, day", [
    ("On 22 October, officers took part in a NATO course in Hungary, held under the cooperation programme for "
     "2022.", "2023-10-22"),
    ("On 22 October, officers took part in a NATO course in Hungary, planned since 2019.", "2023-10-22"),
    ("In 2022, officers took part in a NATO course in Hungary on 22 October.", "2022-10-22"),
])
def test_a_plans_year_does_not_date_the_day(text, day):
    # "In 2022, ... on 22 October" takes the sentence's year; "the programme for 2022" is not the day's year
    assert [d for _, d, *_ in _events(text, published="2023-11-16")] == [day]


@pytest.mark.parametrize("lead, events", [
    ("A detachment of marines is to take part in international exercises.", []),
    ("A detachment of marines will take part in international exercises.", []),
    ("A detachment of marines has taken part in international exercises.", [("exercise", "2024-05-20")]),
    ("A detachment of marines has participated in international exercises held in Turkey, the ministry reported.",
     [("exercise", "2024-05-20")]),
])
def test_a_dateline_does_not_date_a_plan(lead, events):
    text = "BAKU, Azerbaijan, May 20.\n\n" + lead
    assert [(t, d) for t, d, *_ in _events(text)] == events


@pytest.mark.parametrize("sentence, kept", [
    ("My last visit to your country was two years ago.", False),
    ("Our talks showed how close the partnership is.", False),
    ("I also remember our meeting in Brussels in February.", True),
    ("We recall our talks in Brussels on 5 February.", True),
])
def test_a_speakers_own_possessive_refers_back(sentence, kept):
    # in a speech, "my visit" and "our talks" refer to happenings named before, unless recalled with a date
    assert bool([t for t in triggers_in(sentence) if t.family in ("visit", "talks")]) == kept


@pytest.mark.parametrize("second", [
    "The session runs from 17 to 20 May.",
    "The session lasts from 17 to 20 May.",
])
def test_a_range_dates_the_leads_event_it_holds(second):
    # the lead's event, put on the publication day, takes the range the next sentence gives it
    text = "Vilnius is the venue of the 70th annual session of the NATO Parliamentary Assembly. " + second
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("conference", "2024-05-17", "2024-05-20")]


def test_an_event_that_continues_tomorrow_is_not_a_new_one():
    text = "A NATO conference on energy security opened in Baku on 20 May. The conference continues tomorrow."
    assert [(t, d) for t, d, *_ in _events(text)] == [("conference", "2024-05-20")]


@pytest.mark.parametrize("text, place", [
    ("They recalled the visit of Secretary General Jan Novak to Azerbaijan in 2021.", "Azerbaijan"),
    ("They recalled Secretary General Jan Novak's visit to Baku in 2021.", "Baku"),
    ("They recalled the official visit by Secretary General Jan Novak to Baku in 2021.", "Baku"),
])
def test_a_visit_named_as_a_noun_with_its_year(text, place):
    x = _extract(text)
    assert [(e.event_type, str(e.date_start), e.precision, e.location, [x.people[i].surname for i, _ in e.people])
            for e in x.events] == [("visit", "2021-01-01", "year", place, ["Novak"])]


def test_a_visit_between_two_years_is_no_year_event():
    assert _events("They recalled the visit of Secretary General Jan Novak to Baku in 2021-2022.") == []


@pytest.mark.parametrize("text, expected", [
    ("On 10 May the minister attended the Partnership Forum in Brussels.", [("conference", "2024-05-10")]),
    ("Officers attending the NATO Partnership Symposium in Oberammergau on 7-8 May spoke of the course.",
     [("conference", "2024-05-07")]),
    ("On 10 May the deputy minister took the floor at the Annual Security Review Conference.",
     [("conference", "2024-05-10")]),
])
def test_a_named_gathering_after_the_is_a_happening(text, expected):
    # "the <Name> Forum": the capitalised name makes the gathering a happening, not a reference back
    assert [(t, d) for t, d, *_ in _events(text)] == expected


def test_a_lower_case_reference_back_stays_one():
    assert [t for t in triggers_in("The forum was a success.") if t.event_type == "conference"] == []


@pytest.mark.parametrize("text", [
    "The two ministers met on 15 February on the sidelines of the Munich Security Conference.",
    "The two ministers held talks on 15 February on the margins of the Munich Security Conference.",
])
def test_a_meeting_on_the_sidelines_is_the_meeting(text):
    # the gathering is where the meeting was held, not a second event of the sentence
    assert [(t, d) for t, d, *_ in _events(text)] == [("meeting", "2024-02-15")]


@pytest.mark.parametrize("text", [
    "The 'Steel Shield 2024' exercise, held in Georgia, ended on 17 May. The drills had begun on 6 May.",
    "The drills began in Georgia on 6 May. The 'Steel Shield 2024' exercise ended on 17 May.",
    "A NATO exercise began near Ganja on 6 May. The exercise concluded on 17 May.",
])
def test_an_exercise_ended_and_begun_is_one_range(text):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("exercise", "2024-05-06", "2024-05-17")]


def test_two_exercises_months_apart_stay_two():
    text = "A NATO exercise began near Ganja on 6 February. Another exercise ended on 17 May."
    assert len(_events(text)) == 2


@pytest.mark.parametrize("text, expected", [
    ("The talks were about the preparations for the June exercises in Baku.", [("exercise", "2024-06-01", "month")]),
    ("MPs will attend the September session of the NATO Parliamentary Assembly in Sofia.",
     [("conference", "2024-09-01", "month")]),
    ("The ministers will prepare for the July summit in Washington.", [("conference", "2024-07-01", "month")]),
])
def test_a_month_before_the_event_noun_dates_it(text, expected):
    # "the June exercises": the month says when the happening is, so the noun is not a reference back
    assert [(t, d, p) for t, d, p in ((e.event_type, str(e.date_start), e.precision) for e in _extract(text).events)
            if t != "meeting"] == expected


@pytest.mark.parametrize("text", [
    "A NATO course on military English is being held in Baku until 31 May.",
    "A NATO course on military English is under way in Baku and will run until 31 May.",
])
def test_a_lead_under_way_until_a_day(text):
    # the end of something under way does not stop the lead from reporting the publication day's event
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [("conference", "2024-05-20", "2024-05-31")]


@pytest.mark.parametrize("text, expected", [
    ("An evaluation exercise under the NATO programme was held in the battalion on Thursday and Friday.",
     ("exercise", "2024-05-16", "2024-05-17")),
    ("The NATO language course ran from Monday to Wednesday.", ("conference", "2024-05-13", "2024-05-15")),
    ("A NATO seminar on cyber defence will take place in Baku on Tuesday and Wednesday.",
     ("conference", "2024-05-21", "2024-05-22")),
])
def test_two_weekdays_are_the_event_span(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The exercise ended on Friday. The drills, which began on May 13, involved units from three countries.",
     [("exercise", "2024-05-13", "2024-05-17")]),
    ("The course, which was held from 6 to 10 May, brought together 20 officers.",
     [("conference", "2024-05-06", "2024-05-10")]),
    ("The visit, which took place on 14 May, was the first of its kind.", [("visit", "2024-05-14", None)]),
    ("The seminar, that opened on 14 May, gathered experts from the region.", [("conference", "2024-05-14", None)]),
    # not a happening's own time: a reference back, whatever the clause says
    ("The visit, which the minister praised on 14 May, was important.", []),
])
def test_a_relative_clause_dates_the_happening(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the gathering's name may carry its other form in brackets before the clause that dates it
    ("The exercise Steppe Eagle-2024 (Dala Burkiti), which began on 13 May, brings together five nations.",
     [("exercise", "2024-05-13", None)]),
    ("The seminar Cyber Shield (CS-24), held in Baku on 14 May, ended with a table-top game.",
     [("conference", "2024-05-14", None)]),
    ("The exercise Cooperative Effort-2024 ('Joint Effort-2024'), held in Armenia on 14-16 May, is in full swing.",
     [("exercise", "2024-05-14", "2024-05-16")]),
])
def test_a_named_happening_with_its_name_in_brackets(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an organiser held it in the year that opens the sentence: the organising country is where it was
    ("In 2001, Azerbaijan held a multinational military exercise.",
     [("exercise", "2001-01-01", "year", "Azerbaijan")]),
    ("In 2009 Georgia hosted a NATO seminar on border security.", [("conference", "2009-01-01", "year", "Georgia")]),
    ("In 2012, the ministry organised an international conference on energy security.",
     [("conference", "2012-01-01", "year", "")]),
    ("In 2015 Moldova staged the annual command post exercise.", [("exercise", "2015-01-01", "year", "Moldova")]),
    # a year of a plan, a day of its own, or a year that is not the organiser's act: no year event
    ("In 2001, Azerbaijan held talks with the Alliance.", []),
    ("In 2020 the ministry discussed the exercise plan for 2021.", []),
    ("In 2016, Georgia held a seminar on 12 May.", [("conference", "2016-05-12", "day", "")]),
])
def test_an_event_held_in_a_year(text, expected):
    assert [(e.event_type, str(e.date_start), e.precision, e.location) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan hosted the 2010 NATO CEP Committee plenary meeting.",
     [("meeting", "2010-01-01", "year", "Azerbaijan", [])]),
    ("Georgia has hosted the 2016 NATO seminar on energy security.",
     [("conference", "2016-01-01", "year", "Georgia", [])]),
    ("A delegation of the Milli Majlis led by Elnur Karimov attended the 2006 annual session of the Assembly.",
     [("conference", "2006-01-01", "year", "", ["Karimov"])]),
    ("MP Anar Valiyev took part in the 2012 Rose-Roth seminar.",
     [("conference", "2012-01-01", "year", "", ["Valiyev"])]),
    # a year inside a programme's name is no event of that year
    ("The ministers discussed the 2030 Agenda.", []),
])
def test_a_year_before_the_event_noun_names_one_event(text, expected):
    x = _extract(text)
    assert [(e.event_type, str(e.date_start), e.precision, e.location, [x.people[p].surname for p, _ in e.people])
            for e in x.events] == expected


@pytest.mark.parametrize("text, expected", [
    ("The tactical exercise held at the Shirvan range on 14-16 May involved an Azerbaijani battalion.",
     [("exercise", "2024-05-14", "2024-05-16")]),
    ("The command post exercise conducted in Ganja from 6 to 9 May tested NATO procedures.",
     [("exercise", "2024-05-06", "2024-05-09")]),
    ("The exercise 'Eastern Shield', in which two Azerbaijani crews took part, was held in Konya from 29 April to "
     "10 May.", [("exercise", "2024-04-29", "2024-05-10")]),
    ("The seminar 'Women in Security', which gathered 40 experts, was organised in Baku on 15 May.",
     [("conference", "2024-05-15", None)]),
    # a participle that is no happening of its own: "held great importance", "the views held by"
    ("The minister said on 14 May that the exercise held great importance.", []),
])
def test_the_event_noun_with_its_own_participle_or_name_reports_it(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text) if t != "other"] == expected


@pytest.mark.parametrize("later", [
    "That February meeting showed how useful the channel is.",
    "In February, word of the meeting of Novak and Karimov reached the press.",
    "The February meeting between them was kept quiet.",
    "In February the meeting between them was kept quiet.",
])
def test_a_recalled_month_told_again_is_one_event(later):
    text = ("The talks will be held in Baku. In February 2017, General Jan Novak met here with General Elnur Karimov. "
            + later)
    events = [(e.event_type, str(e.date_start), e.precision) for e in _extract(text, "2017-09-07").events]
    assert events.count(("meeting", "2017-02-01", "month")) == 1


def test_two_months_stay_two_events():
    text = "General Jan Novak met General Elnur Karimov in February 2017. They met again in May 2017."
    assert [str(e.date_start) for e in _extract(text, "2017-09-07").events] == ["2017-02-01", "2017-05-01"]


@pytest.mark.parametrize("visit, expected", [
    ("who is on a visit to Azerbaijan", ["meeting"]),
    ("who is paying an official visit to Azerbaijan", ["meeting"]),
    ("who is visiting Azerbaijan", ["meeting"]),
    ("who is making a working visit to Baku", ["meeting"]),
    # where the guest is, then the visit
    ("who is in Azerbaijan on an official visit", ["meeting"]),
    ("who is in Baku on a working visit", ["meeting"]),
    ("who are in the Azerbaijani capital on a visit", ["meeting"]),
    # a first visit to a country is news of its own
    ("who is in Azerbaijan on his first visit to the country", ["visit", "meeting"]),
    ("who is on her first official visit to Azerbaijan", ["visit", "meeting"]),
    # a visit with a length of its own is an event of its own
    ("who is paying a two-day visit to Baku", ["visit", "meeting"]),
    # and so is one within a programme of days (the seeds count it)
    ("who is on a visit to Azerbaijan within the 16th NATO Days", ["visit", "meeting"]),
    # but a stay told by "who is visiting" frames the one meeting of its sentence, programme or not
    # (story._visits_framing_one_meeting; the tables made it one meeting already, this list now says so too)
    ("who is visiting Azerbaijan as part of the NATO Days", ["meeting"]),
])
def test_the_guests_visit_told_in_passing_frames_the_talks(visit, expected):
    text = (f"BAKU, Azerbaijan, March 9. Colonel General Elnur Karimov has met with Lieutenant General Jan Novak, "
            f"Chief of Staff of NATO Allied Land Command, {visit}, Trend reports.")
    assert [t for t, *_ in _events(text, "2023-03-09")] == expected


@pytest.mark.parametrize("text", [
    "Defence Minister Elnur Karimov on Friday received Lieutenant General Jan Novak, who is in Baku on an official "
    "visit.",
    "On 14 May Defence Minister Elnur Karimov met with Lieutenant General Jan Novak, who is in Azerbaijan on a visit.",
    "Lieutenant General Jan Novak, who is in Azerbaijan on a working visit, held talks with Minister Elnur Karimov on "
    "Friday.",
])
def test_a_dated_meeting_with_a_guest_in_town_on_a_visit_is_the_meeting_alone(text):
    assert [t for t, *_ in _events(text, "2024-05-20")] == ["meeting"]


@pytest.mark.parametrize("text, expected", [
    ("Defence Minister Elnur Karimov, who was on a working visit to Belgium, met with General Jan Novak at SHAPE in "
     "Mons on 14 May.", ["meeting"]),
    ("Foreign Minister Elnur Karimov, who was on an official visit to Brussels, held talks with NATO Deputy Secretary "
     "General Jan Novak on 14 May.", ["meeting"]),
    # (a length of its own keeps the visit an event)
    ("Defence Minister Elnur Karimov, who was on a two-day visit to Belgium, met with General Jan Novak at SHAPE in "
     "Mons on 14 May.", ["visit", "meeting"]),
])
def test_the_visitors_own_stay_told_in_passing_frames_their_dated_talks(text, expected):
    # the one on the visit is the subject who meets: the stay is where the meeting happened, not a second event
    assert [t for t, *_ in _events(text, "2024-05-20")] == expected


def test_a_visit_without_talks_is_still_a_visit():
    text = "BAKU, March 9. NATO's General Jan Novak, who is on a visit to Azerbaijan, began it at the Alley of Martyrs."
    assert [t for t, *_ in _events(text, "2023-03-09")] == ["visit"]


@pytest.mark.parametrize("text, people", [
    ("The North Atlantic Council paid its first visit to Azerbaijan in 2005 and held talks with President Elnur "
     "Karimov in Baku.", ["Karimov"]),
    ("In 2004 Secretary General Jan Novak visited Baku, where he met President Elnur Karimov.", ["Novak", "Karimov"]),
    ("Secretary General Jan Novak visited Baku in 2004, when he was received by President Elnur Karimov.",
     ["Novak", "Karimov"]),
    # a second visit is no meeting
    ("Secretary General Jan Novak visited Baku in 2004 and Yerevan in 2005.", ["Novak"]),
])
def test_who_met_the_visitors_of_a_year_visit_took_part(text, people):
    x = _extract(text)
    assert [[x.people[p].surname for p, _ in e.people] for e in x.events][:1] == [people]


@pytest.mark.parametrize("text, expected", [
    ("Joint drills under NATO standards started on 6 May and lasted five days.",
     ("exercise", "2024-05-06", "2024-05-10")),
    ("The exercise began on 6 May and will last for ten days.", ("exercise", "2024-05-06", "2024-05-15")),
    ("A three-day Partnership for Peace workshop on civil emergency planning has begun in Baku.",
     ("conference", "2024-05-20", "2024-05-22")),
    ("A five-day NATO Building Integrity course opened in Baku on 13 May.", ("conference", "2024-05-13", "2024-05-17")),
    # hours are no days, and talks have no length in days
    ("The talks on 6 May lasted two hours.", ("meeting", "2024-05-06", None)),
])
def test_a_length_in_days_ends_the_event(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [expected]


@pytest.mark.parametrize("later, n_meetings", [
    ("Jan Novak began his tour in Baku. It began on 17 March with a visit to Azerbaijan, where he met President "
     "Elnur Karimov.", 1),
    ("On 17 March Secretary General Jan Novak held talks with President Elnur Karimov in Baku.", 1),
    # a third person at the table, or a span: another meeting
    ("On 17 March Jan Novak held talks with President Elnur Karimov and Minister Anar Valiyev.", 2),
])
def test_the_same_two_met_that_day_is_one_meeting(later, n_meetings):
    text = ("A meeting between President Elnur Karimov and NATO Secretary General Jan Novak began in Baku on 17 March. "
            + later)
    assert [t for t, *_ in _events(text, "2024-03-17")].count("meeting") == n_meetings


@pytest.mark.parametrize("text, expected", [
    ("The exercise Noble Partner 2022 was held in Georgia from 29 August to 9 September.",
     ("exercise", "2022-08-29", "2022-09-09")),
    ("The exercise Agile Spirit-2023 began in Georgia on 23 August.", ("exercise", "2023-08-23", None)),
    ("The seminar Silk Road Security took place in Baku on 14 May.", ("conference", "2024-05-14", None)),
])
def test_an_unquoted_name_after_the_event_word_reports_it(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The exercise was hosted by Azerbaijan in 2013 and 2015, and by Turkey in 2014 and 2016.",
     [("exercise", "2013-01-01", "Azerbaijan"), ("exercise", "2015-01-01", "Azerbaijan"),
      ("exercise", "2014-01-01", "Türkiye"), ("exercise", "2016-01-01", "Türkiye")]),
    ("The seminar has been hosted by Georgia in 2012.", [("conference", "2012-01-01", "Georgia")]),
    ("The drills were previously hosted by Romania in 2009, 2011 and 2013.",
     [("exercise", "2009-01-01", "Romania"), ("exercise", "2011-01-01", "Romania"),
      ("exercise", "2013-01-01", "Romania")]),
    # a host that is no country names no place, and gives no event
    ("The exercise was hosted by the Ministry in 2013.", []),
])
def test_hosted_by_a_country_in_years_is_one_event_a_year(text, expected):
    assert [(t, d, place) for t, d, _, place in _events(text, "2017-05-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # the place hosted the events in the years listed
    ("Baku hosted earlier seminars in 2004 and 2008.",
     [("conference", "2004-01-01", "Baku"), ("conference", "2008-01-01", "Baku")]),
    ("Georgia has also hosted two such exercises in 2011, 2013 and 2015.",
     [("exercise", "2011-01-01", "Georgia"), ("exercise", "2013-01-01", "Georgia"),
      ("exercise", "2015-01-01", "Georgia")]),
    # a list of places and years after the events' word
    ("The president has taken part in five NATO summits (Riga 2006, Bucharest 2008, Lisbon 2010).",
     [("conference", "2006-01-01", "Riga"), ("conference", "2008-01-01", "Bucharest"),
      ("conference", "2010-01-01", "Lisbon")]),
    ("Officers of the army attended the exercises (Vaziani 2016 and Krtsanisi 2017).",
     [("exercise", "2016-01-01", "Vaziani"), ("exercise", "2017-01-01", "Krtsanisi")]),
    # one year alone, or a list of other things, is not this
    ("Baku hosted the seminars in the spring.", []),
    ("The figures (Baku 12, Ganja 7) were published.", []),
])
def test_a_place_that_hosted_events_in_years_and_a_list_of_places_and_years(text, expected):
    assert [(t, d, place) for t, d, _, place in _events(text, "2019-05-01")] == expected


def test_who_took_part_in_the_listed_events():
    x = _extract("President Elnur Karimov has taken part in three NATO summits (Riga 2006, Bucharest 2008, "
                 "Lisbon 2010).", "2019-05-01")
    assert [[x.people[p].name for p, _ in e.people] for e in x.events] == [["Elnur Karimov"]] * 3


@pytest.mark.parametrize("text, expected", [
    ("President Elnur Karimov has visited NATO headquarters many times; his most recent visits were in March 2019 "
     "and in May 2023.", [("visit", "2019-03-01", "month"), ("visit", "2023-05-01", "month")]),
    ("The envoy visited Baku twice in 2019, in February and in October.",
     [("visit", "2019-02-01", "month"), ("visit", "2019-10-01", "month")]),
    ("A NATO seminar was held in Baku in May 2016 and again in June 2018.",
     [("conference", "2016-05-01", "month"), ("conference", "2018-06-01", "month")]),
    # a day is not coordinated this way, and a date of something else is no second event
    ("The envoy visited Baku in March 2019 and the ministry published its report in May 2019.",
     [("visit", "2019-03-01", "month")]),
])
def test_a_second_month_or_year_of_the_same_event(text, expected):
    assert [(e.event_type, str(e.date_start), e.precision) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # a story of an April meeting that also names the year's summit: two events
    ("The envoy met the minister in Baku on 29 April. The talks were held as preparations go on for the 2022 NATO "
     "Summit in Madrid.", [("meeting", "2022-04-29", "day"), ("conference", "2022-01-01", "year")]),
    # the year of an event already told names that one
    ("The NATO exercise opened in Georgia on 1 August. The 2022 exercise gathered 14 countries.",
     [("exercise", "2022-08-01", "day")]),
])
def test_a_year_named_event_of_another_kind_is_its_own(text, expected):
    assert [(e.event_type, str(e.date_start), e.precision) for e in _extract(text, "2022-08-10").events] == expected


def test_the_close_of_the_event_under_way_is_not_given_to_a_recalled_one():
    text = ("Baku is hosting a NATO workshop on energy security on 3-5 March. The minister recalled that the previous "
            "workshop in Baku, held between 12 and 14 October 2011, had been useful. The workshop will close on "
            "Wednesday.")
    assert [(t, d, end) for t, d, end, _ in _events(text, "2014-03-03")] == [
        ("conference", "2014-03-03", "2014-03-05"), ("conference", "2011-10-12", "2011-10-14")]


@pytest.mark.parametrize("text, expected", [
    # a plural event word, then the days of the series, each maybe with its own place
    ("Joint exercises were held in Baku on 3-5 May, in Ganja on 10-12 May and in Sheki on 20-22 May.",
     [("exercise", "2019-05-03", "2019-05-05", "Baku"), ("exercise", "2019-05-10", "2019-05-12", "Ganja"),
      ("exercise", "2019-05-20", "2019-05-22", "Sheki")]),
    ("The drills took place on 3 May and on 10 May.",
     [("exercise", "2019-05-03", None, ""), ("exercise", "2019-05-10", None, "")]),
    # a singular event word keeps one day; a later day of something else is no second event
    ("The exercise took place on 3 May and the report was published on 10 May.",
     [("exercise", "2019-05-03", None, "")]),
])
def test_the_days_of_a_series(text, expected):
    assert _events(text, "2019-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a month or day "of that year" takes the year the text wrote last, not the one before publication
    ("The plan was approved in May 2005. In October of that year a NATO team paid a visit to Baku.",
     [("visit", "2005-10-01")]),
    ("The battalion was declared to the pool in 2010. In June of the same year a NATO evaluation was held in Baku.",
     [("exercise", "2010-06-01")]),
    ("The first seminar was held in Baku in March 2012. Later that year, on 5 November, a NATO delegation visited "
     "Baku.", [("conference", "2012-03-01"), ("visit", "2012-11-05")]),
    ("The exercise began in Georgia on 3 June 2019. On 12 June that same year the Defence Minister visited the "
     "range.", [("exercise", "2019-06-03"), ("visit", "2019-06-12")]),
    # with no year written before, the year comes from the publication day as before
    ("In October of that year a NATO team paid a visit to Baku.", [("visit", "2023-10-01")]),
])
def test_that_year_takes_the_year_written_before(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events if e.event_type != "other"] == expected


@pytest.mark.parametrize("text, expected", [
    ("The unit served in Kosovo from 1999. On 26 February 2008 the President asked parliament to recall it. A NATO "
     "team paid a visit to Baku on April 15 of the same year.", [("visit", "2008-04-15")]),
    ("The first seminar was held in March 2012. In October of that year a NATO delegation visited Baku.",
     [("visit", "2012-10-01")]),
])
def test_that_year_dates_an_undated_page_too(text, expected):
    # a reference page with no publication date: "of the same year" still takes the year written before
    page = "Azerbaijani Peacekeeping Forces\n\n" + text
    x = extract(read_text(Article(article_id="t", source_file="t.txt"), page.encode()))
    assert x.article.published is None
    assert [(e.event_type, str(e.date_start)) for e in x.events if e.event_type == "visit"] == expected


@pytest.mark.parametrize("text, expected", [
    # "<someone> was in <known place> on <days>": a stay, told like a visit
    ("From 11 to 16 October 2021 the NATO Partnerships Directorate was in Baku, for a round of talks at the "
     "ministry.", [("visit", "2021-10-11", "2021-10-16")]),
    ("The special representative was in Baku on Thursday.", [("visit", "2024-05-16", None)]),
    ("The previous SHAPE delegation, led by an admiral, was in Tbilisi from 3 to 5 May.",
     [("visit", "2024-05-03", "2024-05-05")]),
    ("Members of the Assembly were in Georgia on 6-8 March.", [("visit", "2024-03-06", "2024-03-08")]),
    # the subject is a gathering, the place is unknown, or another event word tells what happened
    ("The conference was in Baku on 5 May.", []),
    ("The minister was in Springfieldia on 5 May.", []),
    ("The envoy was in Baku on 5 May, when he met the minister.", [("meeting", "2024-05-05", None)]),
])
def test_a_stay_in_a_place(text, expected):
    assert [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None)
            for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # a speech at or to a named body or place, on a day: an address
    ("In his speech at NATO Headquarters in Brussels on 23 November 2017, the President announced more troops.",
     [("meeting", "2017-11-23")]),
    ("The minister's speech to the North Atlantic Council on 5 May dealt with energy security.",
     [("meeting", "2024-05-05")]),
    ("In his speech, delivered on 5 May, the minister praised the partnership.", []),
])
def test_a_speech_at_a_body(text, expected):
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # "has been under way since <day>": the day the happening began (a state "since <year>" dates nothing)
    ("The exercise 'Steel Ridge' has been under way in Georgia since 13 May and will end on Friday.",
     [("exercise", "2024-05-13", "2024-05-24")]),
    ("The NATO course has been running at the academy since 6 May.", [("conference", "2024-05-06", None)]),
    ("Azerbaijan has been a member of the programme since 1994.", []),
    ("The exercise has been held every year since May 2019.", []),
])
def test_under_way_since_a_day(text, expected):
    assert [(e.event_type, str(e.date_start), str(e.date_end) if e.date_end else None)
            for e in _extract(text).events] == expected


@pytest.mark.parametrize("text", [
    "The deputy secretary general thanked Azerbaijan for hosting the NATO Days in a letter to the minister on 15 May.",
    "The minister expressed his gratitude for organising the seminar in a message sent to the rector on 15 May.",
    "A letter was sent to the defence minister on 15 May.",
])
def test_thanks_and_letters_are_no_events(text):
    # what a letter thanks someone for, and the letter itself, are no happening of that day
    assert _events(text) == []


def test_a_course_conducted_since_a_day_began_then():
    text = "A NATO mobile training team has been conducting a course on demining at the training centre since 13 May."
    assert [(e.event_type, str(e.date_start)) for e in _extract(text).events] == [("conference", "2024-05-13")]


@pytest.mark.parametrize("text, expected", [
    # a visiting party that has been in a country since a day: its stay began that day
    ("A NATO group that has been in Azerbaijan since 12 February is assessing the plan.",
     [("visit", "2024-02-12", None)]),
    ("The NATO assessment team has been in Baku since May 14.", [("visit", "2024-05-14", None)]),
    ("The experts, who have been in Georgia since 10 May, are reviewing the programme.",
     [("visit", "2024-05-10", None)]),
    # a mission or contingent in a country since a day is a deployment, and a country in a programme a state
    ("The NATO mission has been in Afghanistan since 1 January 2015.", []),
    ("The Azerbaijani contingent has been in Kosovo since 10 May.", []),
    ("Azerbaijan has been in the Partnership for Peace since 1994.", []),
])
def test_a_party_in_a_country_since_a_day_began_its_visit_then(text, expected):
    assert [(t, start, end) for t, start, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "BAKU, May 14. A NATO group is assessing how Baku meets its commitments under the plan.",
    "On 14 May the team checked whether the unit meets NATO standards.",
    "On 14 May the experts said the battalion is meeting all the requirements of the programme.",
    "On 14 May the ministry said the army met the interoperability criteria.",
])
def test_to_meet_a_commitment_or_standard_is_no_meeting(text):
    assert [t for t, *_ in _events(text)] == []


@pytest.mark.parametrize("text", [
    "On 14 May the minister met the envoy.",
    "On 14 May the minister met NATO officials.",
    "The meeting on 14 May was held in Brussels.",
])
def test_meetings_with_people_stay_meetings(text):
    assert [t for t, *_ in _events(text)] == ["meeting"]


@pytest.mark.parametrize("text", [
    "An academic delegation of the NATO Defense College is visiting Azerbaijan, Trend reports, citing the Defense "
    "Ministry on May 20.",
    "A group of NATO experts is visiting Georgia, the agency reports citing the ministry on 20 May.",
    "NATO's envoy is on a visit to Baku, the outlet reported, citing the Foreign Ministry on May 20.",
])
def test_a_lead_under_way_cited_on_the_publication_day_is_the_days_news(text):
    assert [(t, start) for t, start, *_ in _events(text)] == [("visit", "2024-05-20")]


@pytest.mark.parametrize("text, expected", [
    # the course named with its topic, then its participle of happening
    ("The course on counter-IED operations held in Baku from 13 to 17 May was taught by foreign lecturers.",
     [("conference", "2024-05-13", "2024-05-17")]),
    ("The seminar on cyber defence held at the War College on 14 May drew fifty officers.",
     [("conference", "2024-05-14", None)]),
    ("The workshop on civil preparedness conducted in Ganja on 15 May drew forty experts.",
     [("conference", "2024-05-15", None)]),
    # a span of days before "the ministry said" is the event's, not the day the ministry spoke
    ("The tactical drills near Shamkir were conducted jointly from 13 to 15 May, the Defense Ministry said.",
     [("exercise", "2024-05-13", "2024-05-15")]),
    ("The exercise was held from 6 to 10 May, the ministry reported.", [("exercise", "2024-05-06", "2024-05-10")]),
    ("The drills at the Garadagh range were staged from 6 to 9 May.", [("exercise", "2024-05-06", "2024-05-09")]),
])
def test_a_course_by_its_topic_and_a_span_before_the_source(text, expected):
    assert [(t, start, end) for t, start, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "ends on <day>" in the present closes the event under way, in its sentence or the next
    ("The exercise began at the Vaziani base on 13 May. The exercise ends on 24 May.",
     [("exercise", "2024-05-13", "2024-05-24")]),
    ("A NATO course opened at the War College on 13 May. Officers attended the course, which ends on 24 May.",
     [("conference", "2024-05-13", "2024-05-24")]),
    ("The seminar, which opened on 13 May, closes on 17 May.", [("conference", "2024-05-13", "2024-05-17")]),
    ("The drills started on 16 May. They conclude on 24 May.", [("exercise", "2024-05-16", "2024-05-24")]),
    # an end as a noun ("came to an end on Friday") is the past end of a visit, read as before
    ("The visit of the NATO envoy came to an end on Friday.", [("visit", "2024-05-17", None)]),
])
def test_an_end_told_in_the_present_closes_the_event_under_way(text, expected):
    assert [(t, start, end) for t, start, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an exercise or conference the talks discuss is their topic, with no day of its own
    ("The ministers held a trilateral meeting in Tbilisi on 14 May, discussing security and joint exercises.",
     ["meeting"]),
    ("On 14 May the sides discussed cooperation in training and exercises.", ["meeting"]),
    ("On 14 May the envoys exchanged views on the coming summit.", ["meeting"]),
])
def test_an_event_the_talks_discuss_is_their_topic(text, expected):
    assert [t for t, *_ in _events(text)] == expected


def test_an_event_the_talks_discuss_with_a_day_of_its_own_is_still_an_event():
    assert "exercise" in [t for t, *_ in _events("On 14 May the sides discussed the exercise to be held on 20 May.")]


@pytest.mark.parametrize("visit", [
    "the SHAPE team that is on a working visit to Ganja",
    "the NATO team which is on a working visit to Azerbaijan",
])
def test_a_delegation_that_is_on_a_visit_frames_the_talks(visit):
    assert [t for t, *_ in _events(f"On Friday Elnur Karimov held a meeting with {visit}.")] == ["meeting"]


@pytest.mark.parametrize("text, expected", [
    ("He recalled the visit paid in October last year by the NATO experts.", [("visit", "2023-10-01")]),
    ("They spoke of the visit made in March by the Secretary General.", [("visit", "2024-03-01")]),
])
def test_the_visit_paid_in_a_month_is_that_visit(text, expected):
    assert [(t, start) for t, start, *_ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # members of a course are a group that visits; the course is no event of its own here
    ("Members of the NATO Defence College's Senior Course are visiting Azerbaijan on 19-23 May.",
     [("visit", "2024-05-19", "2024-05-23")]),
    ("Participants of the Regional Course were visiting Georgia on 12-14 May.",
     [("visit", "2024-05-12", "2024-05-14")]),
    # "is being held" is the noun's own happening: one exercise with its days
    ("Georgia, Azerbaijan and Türkiye are holding a joint exercise in Baku. The exercise is being held from 20 to 24 "
     "May.", [("exercise", "2024-05-20", "2024-05-24")]),
    # a lead under way: plural "continue", "is in <city> on an official visit"
    ("The drills continue at the Shirvan range.", [("exercise", "2024-05-20", None)]),
    ("The session of the NATO PA Defence and Security Committee continues in Brussels.",
     [("conference", "2024-05-20", None)]),
    ("Hungarian Defence Minister Andras Toth is in Baku on an official visit.", [("visit", "2024-05-20", None)]),
    # "continues tomorrow": a later day of the one under way, no second event
    ("The conference opened in Baku on 20 May. The conference continues tomorrow with three panels.",
     [("conference", "2024-05-20", None)]),
    # a stay since a day; an end told with a pronoun
    ("NATO Assistant Secretary General Boris Ruge has been on a visit to Azerbaijan since Saturday.",
     [("visit", "2024-05-18", None)]),
    ("The NATO PA Rose-Roth seminar began in Baku on Thursday. It ended on Saturday with a panel.",
     [("conference", "2024-05-16", "2024-05-18")]),
])
def test_story_structure_battery_forms(text, expected):
    assert [(t, start, end) for t, start, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "\"Every Monday we meet the NATO advisers at the ministry,\" said Deputy Minister Yaver Jamalov.",
    "Each Friday the officers meet the NATO liaison team.",
    "NATO Secretary General Jens Stoltenberg has visited Baku several times.",
    "The envoy has met the minister regularly over the past year.",
])
def test_a_habit_or_repeated_acts_give_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # a happening told with no date, then "It / They took place on <day>": that day
    ("A seminar on cyber defence was organised by NATO's Public Diplomacy Division. It took place on 14 May at ADA "
     "University.", [("conference", "2024-05-14")]),
    ("The talks between Elnur Karimov and Jan Novak were held in a constructive atmosphere. They took place on Friday "
     "in Brussels.", [("meeting", "2024-05-17")]),
    ("A workshop for military journalists was arranged by the ministry. It was held on 15 May in Ganja.",
     [("conference", "2024-05-15")]),
    # no happening before it: the pronoun dates nothing
    ("NATO's role in the region was discussed widely. It took place on 15 May.", []),
    ("Defence Minister Elnur Karimov held talks with NATO envoy Jan Novak. They took place on Friday in Brussels.",
     [("meeting", "2024-05-17")]),
])
def test_a_pronoun_dates_the_happening_told_just_before(text, expected):
    assert [(t, start) for t, start, *_ in _events(text)] == expected


def test_the_people_of_the_undated_sentence_took_part():
    x = _extract("The talks between Defence Minister Elnur Karimov and NATO envoy Jan Novak were held in a "
                 "constructive atmosphere. They took place on Friday in Brussels.")
    assert [sorted(x.people[p].surname for p, _ in e.people) for e in x.events] == [["Karimov", "Novak"]]


@pytest.mark.parametrize("text, expected", [
    # a weekday told inside a visit of some days is the day of that name in the visit, not in the week after it
    ("NATO Assistant Secretary General Boris Ruge visited Azerbaijan on 13-15 May. On Monday he was received by "
     "Foreign Minister Jeyhun Bayramov. On Tuesday he held talks with Defence Minister Zakir Hasanov.",
     [("meeting", "2024-05-13"), ("meeting", "2024-05-14"), ("visit", "2024-05-13")]),
    ("The NATO team was in Baku from 13 to 16 May. On Monday it met officials of the Defence Ministry.",
     [("meeting", "2024-05-13"), ("visit", "2024-05-13")]),
])
def test_a_weekday_within_the_visit_under_way(text, expected):
    assert sorted((t, start) for t, start, *_ in _events(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a present-perfect lead whose only date is the day its source told it: the news of that day
    ("Defence Minister Zakir Hasanov has met the NATO envoy, the ministry said on Friday.",
     [("meeting", "2024-05-17", None, "")]),
    ("The foreign minister has received NATO's special representative, the ministry's press service reported on "
     "Thursday.", [("meeting", "2024-05-16", None, "")]),
    ("The chief of staff has held talks with a NATO delegation, the ministry told the agency on 18 May, adding that "
     "a plan was agreed.", [("meeting", "2024-05-18", None, "")]),
    # a simple past tells no day of its own, and a day long before publication is no day of the news
    ("The minister met the NATO envoy, the ministry said on Friday.", []),
    ("The minister has met the NATO envoy, the ministry said on 2 April.", []),
])
def test_a_perfect_lead_is_the_news_of_the_day_its_source_told_it(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<troops> began the <exercise> on <day>", "the <exercise>, which runs from <day> to <day>": a happening
    ("On 12 May peacekeepers from Kazakhstan, Kyrgyzstan, Mongolia and the United States began the exercise.",
     [("exercise", "2024-05-12", None, "")]),
    ("The drills, which run from 13 to 17 May, involve 1,500 servicemen.",
     [("exercise", "2024-05-13", "2024-05-17", "")]),
    ("The course, which will last from 27 May to 7 June, gathers officers of partner nations.",
     [("conference", "2024-05-27", "2024-06-07", "")]),
])
def test_a_gathering_begun_or_running(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead that reports the end, then the day the happening began: one event from that day to the lead's
    ("The drills with Azerbaijani servicemen have wrapped up in Georgia, local media reported on Friday. The drills, "
     "which kicked off on 6 May, involved some 2,000 troops.", [("exercise", "2024-05-06", "2024-05-17", "Georgia")]),
    ("The staff exercise in which Azerbaijani officers took part has ended in Romania. The exercise, which began at "
     "the range on 9 May, brought together officers of four countries.",
     [("exercise", "2024-05-09", "2024-05-20", "Romania")]),
    # (a start of another kind is another event)
    ("The drills with Azerbaijani servicemen have wrapped up in Georgia. The commanders met in Tbilisi on 9 May.",
     [("exercise", "2024-05-20", None, "Georgia"), ("meeting", "2024-05-09", None, "Tbilisi")]),
])
def test_a_lead_reporting_the_end_joins_the_start_told_after(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit "has been / was evaluated" by NATO or under its capabilities concept: an evaluation, a happening
    ("A boarding team of the navy has been evaluated under the NATO Operational Capabilities Concept in April 2024.",
     [("exercise", "2024-04-01", None, "")]),
    ("The helicopter crew was evaluated by a team from NATO's Allied Air Command on 14 May.",
     [("exercise", "2024-05-14", None, "")]),
    ("The engineer company was evaluated in line with the OCC standards at the range on 14 May.",
     [("exercise", "2024-05-14", None, "")]),
    # (other things evaluated are no happening)
    ("The proposals were evaluated by the ministry on 14 May.", []),
])
def test_a_unit_evaluated_by_nato(text, expected):
    assert _events(text) == expected


def _met(text: str, published: str = "2024-05-20"):
    """(type, day, location, [surnames]) per event."""
    x = _extract(text, published)
    return [(e.event_type, str(e.date_start), e.location, sorted(x.people[p].surname for p, _ in e.people))
            for e in x.events]


_SESSION = ("Foreign Minister Jeyhun Bayramov attended the meeting of the partner ministers at NATO headquarters "
            "on 14 May. ")


@pytest.mark.parametrize("text", [
    # "On the sidelines, X held talks with Y": a meeting of its own on the day of the gathering, at its place
    case("on-the-sidelines", _SESSION + "On the sidelines, Bayramov conferred with Deputy Secretary General "
         "Anna Berg."),
    case("sidelines-of", _SESSION + "On the sidelines of the meeting, Bayramov held talks with Deputy Secretary "
         "General Anna Berg."),
    case("margins", _SESSION + "On the margins of the session, the minister met Deputy Secretary General Anna Berg."),
    case("at-the-fringes", _SESSION + "At the fringes of the meeting, Bayramov sat down with Deputy Secretary General "
         "Anna Berg."),
    case("in-the-margins", _SESSION + "In the margins of the meeting, Bayramov met his counterpart, Deputy Secretary "
         "General Anna Berg."),
    case("in-the-sidelines", _SESSION + "In the sidelines of the session, Bayramov held talks with Deputy Secretary "
         "General Anna Berg."),
    # "After the talks, X was received by Y": the next meeting of the day, told as a sequel of the one under way
    case("after-the-talks", _SESSION + "After the meeting, Bayramov was received by Deputy Secretary General Anna "
         "Berg."),
    case("following-the-session", _SESSION + "Following the session, Bayramov held talks with Deputy Secretary General "
         "Anna Berg."),
    case("after-these-consultations", _SESSION + "After these ministerial consultations, Deputy Secretary General Anna "
         "Berg received Bayramov."),
])
def test_talks_on_the_sidelines_are_a_meeting_of_their_own(text):
    assert _met(text) == [("meeting", "2024-05-14", "Brussels", ["Bayramov"]),
                          ("meeting", "2024-05-14", "Brussels", ["Bayramov", "Berg"])]


def test_without_the_sidelines_the_talks_join_the_gathering():
    text = _SESSION + "There he also spoke with Deputy Secretary General Anna Berg."
    assert [e[:3] for e in _met(text)] == [("meeting", "2024-05-14", "Brussels")]


@pytest.mark.parametrize("text, expected", [
    # "sat down with" is talks
    ("On 14 May the minister sat down with the NATO envoy in Baku.", [("meeting", "2024-05-14", "Baku")]),
    ("The envoy sits down with the minister in Baku on 14 May.", [("meeting", "2024-05-14", "Baku")]),
    # "welcomed <title> <name> of <country> to <venue>": the welcome is the meeting
    ("The Secretary General welcomed President Ilham Aliyev of Azerbaijan to NATO headquarters on 14 May.",
     [("meeting", "2024-05-14", "Brussels")]),
    ("On 14 May the Chairman welcomed General Karim Valiyev of the Azerbaijani Army to the Alliance's headquarters.",
     [("meeting", "2024-05-14", "Brussels")]),
    # "is in <city> to review ...": a visit under way (with a date, or as the lead's news of the day)
    ("BAKU, May 14. A NATO team is in Baku to review the partnership plan.", [("visit", "2024-05-14", "Baku")]),
    ("A NATO delegation led by its envoy is in Baku to assess the reforms.", [("visit", "2024-05-20", "Baku")]),
    ("The experts are in Tbilisi to observe the exercise.", [("visit", "2024-05-20", "Tbilisi")]),
    # (not "is in <city> to be ...", nor someone who is there on a visit, which frames the talks told with it)
    ("The new centre is in Baku to be near the ministry.", []),
])
def test_more_ways_of_saying_a_meeting_or_a_visit(text, expected):
    assert _events(text) == [(kind, day, None, place) for kind, day, place in expected]


@pytest.mark.parametrize("text, expected", [
    # "war games" is an exercise
    ("NATO war games opened in Georgia on 14 May.", [("exercise", "2024-05-14", None, "Georgia")]),
    ("On 14 May the wargames of the partner nations began near Tbilisi.",
     [("exercise", "2024-05-14", None, "Tbilisi")]),
    ("The war-games, held under the partnership programme, started in Georgia on 14 May.",
     [("exercise", "2024-05-14", None, "Georgia")]),
])
def test_war_games_are_an_exercise(text, expected):
    assert _events(text) == expected


def _undated(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return [(e.event_type, str(e.date_start)) for e in extract(art).events]


@pytest.mark.parametrize("text", [
    # an undated page that names the exercise bare first, and with its year later: that year dates its yearless days
    "Drills end\n\nThe Steady Shield international exercise, which began in Georgia on August 29, ended on Friday. "
    "The nations taking part in Steady Shield 2021 trained together for the first time.\n",
    "Drills end\n\nThe Steady Shield multinational drills began in Georgia on August 29. Officers said Steady "
    "Shield-2021 was the largest so far.\n",
])
def test_an_exercise_named_bare_then_with_its_year_dates_an_undated_page(text):
    assert ("exercise", "2021-08-29") in _undated(text)


def test_a_bare_name_with_two_years_dates_nothing():
    text = ("Drills end\n\nThe Steady Shield international exercise began in Georgia on August 29. Steady Shield 2020 "
            "and Steady Shield 2021 were both held there.\n")
    assert all(day != "2021-08-29" and day != "2020-08-29" for _, day in _undated(text))


@pytest.mark.parametrize("text", [
    # "exercises titled <Name> <year>": the name an undated page gives its exercise, and the year that dates it
    "Drills in Georgia\n\nInternational military exercises titled Steady Shield 2021 are to be held in Georgia. "
    "The exercises will run from July 26 to August 6.\n",
    "Drills in Georgia\n\nThe exercise code-named Steady Shield 2021 is to be held in Georgia. The exercise will run "
    "from July 26 to August 6.\n",
    "Drills in Georgia\n\nMultinational drills dubbed Steady Shield 2021 are to be held in Georgia. The drills will "
    "run from July 26 to August 6.\n",
])
def test_an_exercise_titled_with_its_year_dates_an_undated_page(text):
    assert ("exercise", "2021-07-26") in _undated(text)


@pytest.mark.parametrize("text, expected", [
    # a summit named by its place and its year: a conference of that year, there
    ("Georgia announced its wish to join NATO at the Prague summit in 2002.", [("conference", "2002-01-01", "Prague")]),
    ("In line with the decision of the NATO summit in Bucharest in 2008, the country will join.",
     [("conference", "2008-01-01", "Bucharest")]),
    ("The two ministers met at the NATO summit held in Istanbul in 2010.", [("conference", "2010-01-01", "Istanbul")]),
    ("He recalled NATO's Lisbon Summit in 2010 and its new strategic concept.",
     [("conference", "2010-01-01", "Lisbon")]),
    # "the Alliance's 2004 summit in Istanbul", "NATO's 2010 summit": the year before the gathering, after a possessive
    ("It was at the Alliance's 2004 summit in Istanbul that NATO decided to send an envoy.",
     [("conference", "2004-01-01", "Istanbul")]),
    ("At NATO's 2010 summit in Lisbon the Allies adopted a new concept.", [("conference", "2010-01-01", "Lisbon")]),
    # "in <year>, when <person> went to <the gathering>": taking part in it
    ("The clearest sign came in 1999, when the President went to NATO's Washington summit despite the pressure.",
     [("conference", "1999-01-01", "Washington")]),
    # (not a span or a list of years)
    ("The summits in Riga in 2006 and 2007 were prepared by the same staff.", []),
])
def test_a_summit_named_by_its_place_and_year(text, expected):
    assert [(k, d, p) for k, d, _, p in _events(text)] == expected


def test_talks_told_with_a_vague_date_are_not_dated_by_the_dateline():
    text = ("BAKU, May 14. The envoy welcomed the renewed dialogue; the two presidents held talks in Geneva last month "
            "that both sides called constructive.")
    assert [d for _, d, _, _ in _events(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("NATO envoy Jan Novak arrived in Baku yesterday for the 12th Caspian Security seminar, which the parliament hosts "
     "on 22-24 May.", [("visit", "2024-05-19"), ("conference", "2024-05-22")]),
    ("The minister flew to Brussels on Monday for the NATO summit, which opens on 23 May.",
     [("visit", "2024-05-20"), ("conference", "2024-05-23")]),
    ("Officers left for Georgia on Sunday for the Sea Shield exercise, which runs from 21 to 30 May.",
     [("other", "2024-05-19"), ("exercise", "2024-05-21")]),
    # (no relative clause: the one date of the clause dates both)
    ("NATO envoy Jan Novak arrived in Baku on 19 May for the 12th Caspian Security seminar.",
     [("visit", "2024-05-19"), ("conference", "2024-05-19")]),
])
def test_a_gathering_dated_by_its_own_which_clause(text, expected):
    # "for the seminar, which <host> holds on <days>": the seminar's days, not the day of the arrival
    assert sorted((t, d) for t, d, *_ in _events(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "During his visit to Baku on Tuesday, NATO envoy Jan Novak spoke to students of the War College.",
    "During her visit to Baku on Tuesday, NATO Deputy Secretary General Anna Berg laid flowers at the memorial.",
    "In the course of his visit to Ganja on Tuesday, NATO envoy Jan Novak was hosted by the governor.",
])
def test_a_visit_dated_by_its_weekday_in_a_during_clause(text):
    # "During his visit to <city> on <weekday>": the visit is the news, dated by its own clause
    assert ("visit", "2024-05-21") in [(t, d) for t, d, *_ in _events(text, "2024-05-22")]


@pytest.mark.parametrize("text", [
    'Seventy servicemen flew to Constanta to take part, from 6 to 18 May, in the multinational exercise "Sea Shield '
    '2024".',
    "Seventy servicemen flew to Constanta to take part, from 6 to 18 May, in the multinational exercise Sea Shield "
    "2024.",
    "Seventy servicemen flew to Constanta to take part, from 6 to 18 May, in the exercise «Sea Shield-2024».",
])
def test_the_exercise_named_with_its_year_is_the_event_not_a_reference_back(text):
    # "the <adjective> exercise <Name> <year>": named in full, the exercise itself, dated by the range beside it
    assert ("exercise", "2024-05-06", "2024-05-18") in [(t, d, e) for t, d, e, _ in _events(text, "2024-05-04")]


@pytest.mark.parametrize("second", [
    "The two discussed the action plan, which NATO approved in May 2005.",
    "They discussed the programme, which the Allies had adopted on 12 March 2004.",
    "The sides talked about the centre, which was set up in June 2003.",
])
def test_a_date_of_a_documents_history_does_not_date_the_talks(second):
    # "discussed the plan, which NATO approved in May 2005": the plan's date; the talks stay on the day told, and
    # "the following morning" counts from it
    text = ("NATO envoy Jan Novak was received in Baku by Defence Minister Elnur Karimov on 13 April. " + second +
            " The following morning Novak held talks with Foreign Minister Anar Valiyev.")
    assert [(t, d) for t, d, *_ in _events(text, "2006-04-14")] == [("meeting", "2006-04-13"),
                                                                    ("meeting", "2006-04-14")]



@pytest.mark.parametrize("text", [
    "General Elnur Karimov met Admiral Jan Novak in Brussels on 15 May, on the margins of the Military Committee in "
    "Chiefs of Defence session.",
    "On the sidelines of the NATO Military Committee in Chiefs of Defence session in Brussels on 15 May, the general "
    "met Admiral Jan Novak.",
])
def test_talks_on_the_margins_of_a_long_named_session_are_the_one_event(text):
    assert [t for t, *_ in _events(text)] == ["meeting"]


def test_a_which_clause_that_ends_the_gathering_does_not_date_its_start():
    text = "The envoy arrived in Baku on Thursday for the 12th Caspian Security seminar, which closes today."
    assert ("conference", "2024-05-09") in [(t, d) for t, d, *_ in _events(text, "2024-05-10")]


@pytest.mark.parametrize("lead", [
    "The navy's search team has participated in NATO evaluation drills held in Turkey, the ministry has reported.",
    "The navy's search team has taken part in NATO evaluation drills held in Turkey, the ministry has reported.",
])
def test_a_present_perfect_lead_of_taking_part_is_the_days_news(lead):
    assert [(t, d) for t, d, *_ in _events(lead)] == [("exercise", "2024-05-20")]


@pytest.mark.parametrize("text", [
    "This will be the first Assembly session that Norway attends as a full member of the body following its "
    "accession to NATO on April 4th.",
    "The seminar, the first since Sweden's admission to the Alliance in March, discussed Black Sea security.",
])
def test_a_countrys_accession_date_dates_no_gathering(text):
    # "following its accession to NATO on <day>": another country's step, not the day of the session or seminar
    assert [d for _, d, *_ in _events(text, "2023-10-05") if d.startswith(("2023-04", "2023-03", "2024-"))] == []


@pytest.mark.parametrize("text, expected", [
    ("Energy security was also discussed in Baku during a conference on the Alliance, held on 21 May.",
     [("conference", "2024-05-21")]),
    ("Cyber defence was discussed at a seminar in Ganja on 21 May.", [("conference", "2024-05-21")]),
    # (no gathering: the talks stay)
    ("The plan was discussed in Baku on 21 May.", [("meeting", "2024-05-21")]),
])
def test_a_topic_discussed_at_a_gathering_is_no_talks_of_its_own(text, expected):
    assert [(t, d) for t, d, *_ in _events(text, "2024-05-22")] == expected



@pytest.mark.parametrize("text, expected", [
    ("A group of NATO specialists will stay in Baku from 8 to 12 June.", [("visit", "2024-06-08", "Baku")]),
    ("The evaluators stayed in Ganja between 3 and 7 June.", [("visit", "2024-06-03", "Ganja")]),
    # (troops serving abroad until a year are no visit)
    ("Azerbaijani troops stayed in Kosovo until 2008.", []),
])
def test_a_stay_in_a_city_for_days_is_a_visit(text, expected):
    assert [(t, d, loc) for t, d, _, loc in _events(text, "2024-06-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Defence ministers of Latvia went to Baku in 2005 and 2009.", [("visit", "2005-01-01"), ("visit", "2009-01-01")]),
    ("General Anar Valiyev has visited Estonia; his earlier visits were in 2006, 2008 and 2010.",
     [("visit", "2006-01-01"), ("visit", "2008-01-01"), ("visit", "2010-01-01")]),
    # (a span of years is no list of visits)
    ("NATO envoys visited Baku in 2004-2006.", []),
])
def test_visits_in_a_list_of_years_are_one_a_year(text, expected):
    assert [(t, d) for t, d, *_ in _events(text, "2012-09-18")] == expected


@pytest.mark.parametrize("sentence", [
    "The envoy sat in on a session of the State Commission on cooperation with NATO.",
    "The envoy attended the regular session of the Joint Working Group.",
    "The delegation took part in a session of the Intergovernmental Commission in Baku.",
])
def test_a_session_of_a_named_commission_is_talks(sentence):
    assert "talks" in {t.family for t in triggers_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "The cadets attended a training session at the academy.",
    "The session of the NATO Parliamentary Assembly opened in Oslo.",
])
def test_other_sessions_are_no_talks(sentence):
    assert "talks" not in {t.family for t in triggers_in(sentence)}


_ADVISER_IN_BAKU = ("A NATO adviser, Chris Dunn, arrived in Baku on 12 October at the start of a two-day visit. "
                    "On 12 October he held talks with Defence Minister Safar Abiyev. ")


@pytest.mark.parametrize("second", [
    "Later the same day he went to the Foreign Ministry for talks with Deputy Foreign Minister Araz Azimov.",
    "The next day Dunn went to the Presidential Administration for a meeting with adviser Vafa Guluzade.",
    "On 13 October the adviser drove to the Ministry of Emergency Situations for talks with Kamaladdin Heydarov.",
])
def test_a_way_across_town_to_talks_is_the_talks(second):
    kinds = [t for t, *_ in _events(_ADVISER_IN_BAKU + second, "1999-10-14")]
    assert kinds.count("meeting") == 2 and kinds.count("visit") == 1


@pytest.mark.parametrize("second, expected", [
    # (a journey to another city, or to a building there, stays a visit)
    ("On 13 October Dunn travelled to Ganja for talks with the governor.", ("visit", "1999-10-13", None, "Ganja")),
    ("On 13 October Dunn went to the NATO Headquarters in Brussels for talks.",
     ("visit", "1999-10-13", None, "Brussels")),
])
def test_a_journey_to_another_city_for_talks_stays_a_visit(second, expected):
    assert expected in _events(_ADVISER_IN_BAKU + second, "1999-10-14")


@pytest.mark.parametrize("sentence, expected", [
    ("Dunn is due in Yerevan on 14 October.", [("visit", "1999-10-14", None, "Yerevan")]),
    ("The two envoys are due to arrive in Tbilisi on 15 October.", [("visit", "1999-10-15", None, "Tbilisi")]),
    # (a month is no place)
    ("A decision is due in November.", []),
])
def test_due_in_a_city_is_a_planned_visit(sentence, expected):
    assert _events(sentence, "1999-10-13") == expected


@pytest.mark.parametrize("text, expected", [
    # "at the end of a three-day <event>": dated by its last day, as "concluded a three-day <event>"
    ("Jan Novak is leaving Baku today at the end of a three-day visit.", [("visit", "2024-05-18", "2024-05-20")]),
    ("The envoy left Tbilisi on 20 May at the close of a two-day visit.", [("visit", "2024-05-19", "2024-05-20")]),
    ("The team flew home on 20 May, at the conclusion of a four-day visit.",
     [("visit", "2024-05-17", "2024-05-20")]),
    # the length is the first event word's after it: the visit's, not the talks'
    ("The envoy, who arrived in Baku on 14 May on a two-day visit, held talks the same day with the minister.",
     [("visit", "2024-05-14", "2024-05-15"), ("meeting", "2024-05-14", None)]),
])
def test_a_length_told_at_the_end_or_before_another_event_word(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the date in a relative clause of the object belongs to the event word there, not to the talks
    ("The minister met the envoy on 14 May. The two sides discussed the plans that NATO offered its partners at "
     "the summit last November.", [("meeting", "2024-05-14"), ("conference", "2023-11-01")]),
    ("The minister met the envoy on 14 May. They reviewed the steps which the Alliance agreed at the summit in "
     "March.", [("meeting", "2024-05-14"), ("conference", "2024-03-01")]),
    # a date of its own before the relative clause stays the talks' date
    ("President Ilham Aliyev today received the envoy, who arrived in Baku on Sunday.",
     [("meeting", "2024-05-20"), ("visit", "2024-05-19")]),
    # the main clause's verb after a relative clause is no event of that clause
    ("A meeting of the ministers of the nations that contribute to the mission will be held in Brussels on 8 June.",
     [("meeting", "2024-06-08")]),
])
def test_a_date_in_a_relative_clause_of_the_object(text, expected):
    assert [(t, d) for t, d, _, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the next day" after a month recalled counts from the last day the story told
    ("The envoy arrived on 14 May. The sides recalled the summit last November. The next day he was received by "
     "the minister.", ["2024-05-14", "2023-11-01", "2024-05-15"]),
    ("The envoy arrived on 14 May. They discussed the plans offered at the summit in 2023. The following day he "
     "met the minister.", ["2024-05-14", "2024-05-15"]),
])
def test_the_next_day_after_a_recalled_month(text, expected):
    assert [d for _, d, _, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a delegation "at the headquarters" for some days is a visit
    ("A delegation headed by Anar Aliyev was at the headquarters of NATO in Brussels from 14 to 16 May.",
     [("visit", "2024-05-14", "2024-05-16")]),
    ("The experts were at NATO Headquarters on 14 May.", [("visit", "2024-05-14", None)]),
    ("The team was at SHAPE headquarters in Mons on 14-15 May.", [("visit", "2024-05-14", "2024-05-15")]),
    # a topic discussed at a meeting, in the present perfect: the meeting is the news of the day
    ("Mine clearance has been discussed at a meeting of the Council, the agency reports.",
     [("meeting", "2024-05-20", None)]),
    ("The security of the region has been discussed during the conference of the partners in Baku.",
     [("conference", "2024-05-20", None)]),
    # (without the meeting it is only a topic)
    ("The question has been discussed many times.", []),
])
def test_at_the_headquarters_and_discussed_at_a_meeting(text, expected):
    assert [(t, d, end) for t, d, end, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "on the first day of the visit" counts from the planned visit, "the next day" after it stays ahead
    ("Jan Novak will visit Azerbaijan on 14-15 June, sources said. On Tuesday he discussed the trip with the "
     "ambassador. On the first day of the visit Novak is expected to meet the minister. The next day he is to be "
     "received by the President.",
     [("visit", "2024-06-14"), ("meeting", "2024-05-14"), ("meeting", "2024-06-14"), ("meeting", "2024-06-15")]),
    ("The envoy is to pay a visit to Georgia on 3-5 June. Yesterday she met the ambassador. On the second day of "
     "her visit she will hold talks with the prime minister. The following day she will meet the speaker.",
     [("visit", "2024-06-03"), ("meeting", "2024-05-19"), ("meeting", "2024-06-04"), ("meeting", "2024-06-05")]),
])
def test_a_day_of_the_planned_visit_after_a_meeting_of_today(text, expected):
    assert [(t, d) for t, d, _, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a talks lead stays when a visit that brought the guest, or talks of other people, are dated before it
    ("Defence Minister Zakir Hasanov has met General Jan Novak, who is on a visit to Baku. Novak arrived in Baku "
     "on Sunday for a two-day visit and had talks with Chief of Staff Karim Aliyev the same day.",
     [("meeting", "2024-05-20"), ("visit", "2024-05-19"), ("meeting", "2024-05-19")]),
    ("Foreign Minister Jeyhun Bayramov has received the NATO envoy Jan Novak. Novak came to Baku on Sunday.",
     [("meeting", "2024-05-20"), ("visit", "2024-05-19")]),
    # (the lead's own talks dated later in the story are still one meeting)
    ("Defence Minister Zakir Hasanov has met General Jan Novak. Hasanov and Novak met on Sunday at the ministry.",
     [("meeting", "2024-05-19")]),
])
def test_a_talks_lead_and_an_earlier_visit_or_other_talks(text, expected):
    assert [(t, d) for t, d, _, _ in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a visit or an exercise discussed with someone: the discussion is a meeting, the visit its topic
    ("On Friday the minister discussed the trip with the ambassador.", [("meeting", "2024-05-17")]),
    ("Yesterday Bayramov discussed the upcoming visit with NATO officials.", [("meeting", "2024-05-19")]),
    ("The envoy discussed the exercise with her counterpart on 12 May.", [("meeting", "2024-05-12")]),
    # (without anyone to discuss it with, the visit is only a topic: no meeting, the planned visit itself stays)
    ("On 12 May the sides discussed a study visit planned for June.", [("visit", "2024-06-01")]),
])
def test_a_visit_discussed_with_someone_is_a_meeting(text, expected):
    assert [(t, d) for t, d, _, _ in _events(text)] == expected


@pytest.mark.parametrize("second, day", [
    # "the opening day" is the first day of the visit under way, as "the first day" is
    ("On the opening day he was received by President Ilham Aliyev.", "2024-03-15"),
    ("On the opening day of the visit he was received by President Ilham Aliyev.", "2024-03-15"),
    ("On the first day he was received by President Ilham Aliyev.", "2024-03-15"),
    ("On the closing day he was received by President Ilham Aliyev.", "2024-03-17"),
])
def test_the_opening_day_of_a_visit(second, day):
    text = "Jan Novak, the NATO envoy, was in Baku on 15-17 March for talks. " + second
    assert [(t, d) for t, d, _, _ in _events(text, "2024-03-18") if t == "meeting"] == [("meeting", day)]
