"""Event words: which words of a sentence report a happening (met, visit, exercise, ...), not a
reference back to one ("the visit was important"); and the clauses a sentence is cut into, which
every later stage uses to keep a date with the words around it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import resources
from ..dates import find_dates
from ..daymath import MONTHS
from ..gates import Gated
from ..memo import per_sentence

NOUN_TRIGGERS = {"course", "visit", "visits", "visiting", "tours", "meeting", "talks", "negotiations", "tour", "trip",
                 "conference",
                 "exercises",
                 "roundtable", "round table", "seminar", "forum", "symposium", "workshop", "exercise", "drills",
                 "drill", "ceremony", "reception", "exhibition", "presentation", "session", "winter session",
                 "summer session", "spring session", "autumn session", "annual session", "plenary session",
                 "training session", "evaluation", "re-evaluation", "conversation", "contribution", "one-on-one",
                 "plenary sitting", "plenary sittings", "summer school", "winter school", "summer academy",
                 "winter academy", "meetings", "lecture", "certification"}
DETERMINER_BEFORE = re.compile(r"\b(the|this|that|these|those|his|her|their|its|my|our|your|such)\s+"
                               # ("the army held drills": a verb between, so no determiner of the noun)
                               r"(?:(?!(?:while|when|after|before|during|and|or|of|by|for|to|in|on|at|with|as"
                               r"|held|holds|hold|conducted|conducts|staged|stages|hosted|hosts|organi[sz]ed"
                               r"|attended|attends|launched|began|begins|joined|joins|observed|watched)\s)"
                               r"[a-z-]+\s+){0,2}$",
                               re.I)
# "wrapped up his three-day visit", "began their tour", "paid his first visit": the verb reports the
# happening itself, so the possessive does not make the noun a reference back to one
# (past tense only: "wraps up his visit today" is the plan for the day, and moved the story's day)
# (and "is to hold its spring session", "convened their annual meeting": a body's own gathering)
OWN_VISIT_VERB = re.compile(r"\b(?:concluded|wrapped up|ended|completed|rounded off|finished|began|started|paid|made"
                            r"|(?:is|are) (?:making|paying)|hold|holds|held|convene|convenes|convened)"
                            r"\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# "took one of these courses", "completed the course": a verb of going through it makes the noun the happening
# itself, although a determiner stands before it, and so does its opening or closing ("attended the meeting"
# stays a reference: reports use it for the meeting they have just described)
TAKING_PART_BEFORE = re.compile(r"\b(?:took|takes|completed|completes|followed|underwent|joined|opened|closed|chaired"
                                r"|co-chaired|moderated"
                                r"|(?:took|take|takes|taking) part in|participated in|participating in|participate in"
                                r"|(?:opening|closing) of)"
                                r"\s+(?:one\s+of\s+)?(?:the|this|these|those)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# "<country> hosted the NATO exercise <Name> in <month> <year>", "gathered in <city> for the spring session on
# <days>": a verb of holding or gathering for it, with a date in its clause, makes the noun the happening itself
# (without a date, "hosted the exercise" may refer back to one told before)
HOSTED_BEFORE = re.compile(r"\b(?:hosted|hosts|has hosted|have hosted|staged|has staged|conducted|organi[sz]ed"
                           r"|attended|attends|attending|watched|observed"
                           # ("<troops> began the exercise on <day>", "launched the drills on <day>": its opening)
                           r"|began|begun|started|launched|kicked off|concluded|wrapped up|finished"
                           r"|(?:gathered|met|came together|assembled|convened)(?:\s+in\s+[A-Z][\w’'-]+)?\s+for)"
                           r"\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}$")
POSSESSIVE_PRONOUN = {"his", "her", "their", "its", "my", "our", "your"}  # a speech's "my visit", "our talks"
RECALLED_BEFORE = re.compile(r"\b(?:recalled|recalling|remembered|remember|remembers|recall|recalls)\s+"
                             r"(?:their|his|her|our|my|your)\s+(?:[a-z-]+\s+)?$")
# ("after their talks at <place> on <day>": a meeting recalled with its own date)
DURING_POSSESSIVE = re.compile(r"\b(?:during|in\s+the\s+course\s+of|at\s+the\s+end\s+of|after|following|since)\s+"
                               r"(?:his|her|their)\s+"
                               r"(?:[a-z-]+\s+)?$", re.I)
ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|last|previous|next|latest|recent)\s+(?:[a-z-]+\s+)?$", re.I)
# ("the visit paid in <month> by <guest>": which visit, by when and whose)
# ("the meeting held with Mr. <name>": which meeting, by whom it was with)
SPECIFIED_AFTER = re.compile(r"^\s+(?:of|between|with|to|paid by|made by|by|(?:paid|made)\s+(?:in|on|last|earlier)\b"
                             r"|held\s+(?:with|between)\b)")
# 'the multinational exercise "<Name> 2011"', "the exercise <Name> 2019": named with its year, the event itself, not
# a reference back to one told before
NAMED_WITH_YEAR_AFTER = re.compile(r"^\s+(?:[\"“«‘'][^\"“”»‘’\n]{1,60}?|(?:[A-Z][\w-]*\s+){1,4})"
                                   r"[–—-]?\s?(?:19|20)\d\d[\"”»’']?(?!\w)")
# "who is in <city> on an official visit", "is on his first visit": someone is on a visit right now
ON_A_VISIT = re.compile(r"\b(?:is|are|was|were)(?:\s+in\s+[A-Z]\w+)?\s+on\s+(?:a|an|his|her|their)\s+"
                        r"(?:[a-z-]+\s+){0,2}$")
TOPIC_AFTER = re.compile(r"^\s+(?:also\s+)?(?:the\s+|a\s+|an\s+|preparations\s+for\s+(?:the\s+|a\s+)?)?"
                         r"(?:[\w-]+\s+){0,2}?"
                         r"(?:visit|exercise|conference|seminar|summit|course|forum|ceremony|session|tour|trip)\b")
TOPIC_WITH = re.compile(r"[^.;:,]{0,40}?\s+with\s+(?:the\s+|an?\s+)?(?:[A-Z]|(?:[a-z-]+\s+){0,2}"
                        r"(?:ambassador|minister|envoy|delegation|officials?|counterparts?|representatives?|chief)\b)")
# the name's other form in brackets ("exercise <Name>-2003 ('<its name in another language>'), held in ...")
ALIAS = r"(?:\s*\([^()\n]{1,60}\))?"
# (after the event's name, quoted in any marks or capitalised, and who holds it: "exercise 'Name' of the two armies
# began", "the exercise Noble Partner 2022 was held")
HAPPENS_AFTER = re.compile(r"^(?:\s+[\"“‘'][^\"“”‘’\n]{1,60}[\"”’']"
                           r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}[\w-]+)?"
                           r"|(?:\s+[A-Z][\w-]*){1,4}(?:[\s-]+(?:19|20)\d\d)?"
                           # (or what it is about, or where: "the course on counter-IED operations held in <city>",
                           # "the drills near <town> were conducted")
                           r"|\s+(?:on|near|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?" + ALIAS
                           + r"(?:,[^,]{1,80},"
                           # ("the exercise, involving aircraft, ships and 20,000 troops, will be held ...")
                           r"|,\s+(?:involving|including|bringing\s+together|gathering)\s[^.;:]{1,160}?,)?\s+"
                           r"(?:took place|takes place|will take place|is to take place|was held|were held"
                           r"|is held|are held|is being held|are being held|was being held|will be held|will open"
                           r"|will begin|will start|opened|began"
                           r"|is scheduled|was scheduled|is planned|was planned|is due|was due|is set for|was set for"
                           r"|begins|opens|goes on|started|starts|ended|ends|concluded|closed|wrapped up|lasted"
                           # ("The drills continue at the range": under way, as the lead says; not "continues
                           # tomorrow", a later day of the one under way)
                           r"|continues?(?=\s*(?:[.,;]|$|\s+(?:in|at)\s))"
                           r"|will run|runs|ran"
                           # "the tactical exercise held at the range on 14 May": a participle of its own happening
                           r"|held\s+(?:in|at|on|from|near|between)|conducted\s+(?:in|at|on|from|near|between)"
                           r"|of\s+(?:\d|[A-Z][a-z]+\s\d)"
                           r"|(?:has|have|had)\s+(?:just\s+|now\s+)?(?:taken place|been held|begun|started|opened|ended"
                           r"|been organi[sz]ed|been convened|got under\s?way)"
                           r"|(?:got|gets|get|is|are|was|were)\s+(?:now\s+)?under\s?way|kicked off|kicks off"
                           r"|(?:was|were|is|are|will be)\s+(?:organi[sz]ed|convened|staged|conducted)"
                           r"|convened|is taking place|are taking place|was taking place"
                           # "the ceremony on 14 May", "the session in Vilnius on May 14": a dated happening
                           r"|(?:in\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+)?on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
                           r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                           r")\b")
# "The drills, which began on 13 May, involved ...": the relative clause says when the happening was
# ("the exercise '<Name>-2024', which ran 13-17 May": the gathering's name may come first)
# (or what it is about: "the course on military logistics, which started on <day>")
HAPPENED_WHICH = re.compile(r"^(?:\s+[\"“‘'][^\"“”‘’\n]{1,60}[\"”’']|(?:\s+[A-Z][\w-]*){1,4}(?:[\s-]+(?:19|20)\d\d)?"
                            r"|\s+(?:on|of|for)\s+[\w-]+(?:\s+[\w-]+){0,3})?" + ALIAS +
                            r",\s+(?:(?:which|that)\s+(?:began|started|opened|ended|closed|ran|lasted|took\s+place"
                            r"|was\s+held|were\s+held|got\s+under\s?way|kicked\s+off"
                            # (told while it runs, or ahead: "which runs from <day> to <day>", "which will last")
                            r"|(?:will\s+)?(?:run|last|begin|start|open|end|close|take\s+place)"
                            r"|runs|lasts|begins|starts|opens|ends|closes|takes\s+place|continues"
                            r"|(?:is|are)\s+(?:being\s+)?held|will\s+be\s+held|(?:is|are)\s+taking\s+place)\b"
                            # ("The course, held at <place> from <day> to <day>, gathered ...": its participle)
                            r"|(?:held|organi[sz]ed|conducted|staged)\s+(?:(?:in|at|on|from|between|near)\s+(?:the\s+)?"
                            r"(?=[A-Z\d])|by\s)"
                            # ("the meeting, set for Thursday, will ...": the day it is planned for)
                            r"|(?:set|scheduled|planned|due)\s+(?:for|on)\s+(?=[A-Z\d]))")
# (asked before every event word of a sentence: tried only where a word of thanks is there)
THANKED_FOR_HOSTING = Gated(r"\b(?:thank(?:ed|s|ing)?|grateful|gratitude|appreciat\w+)\b[^.;:]{0,60}?\bfor\s+"
                            r"(?:hosting|organi[sz]ing|holding|staging)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$",
                            ["thank", "grateful", "gratitude", "appreciat"], re.I)
# "discussed ... and joint exercises", "discussing cooperation in exercises": the talks' topic (within their clause)
# (asked before every gathering word of a sentence, like THANKED_FOR_HOSTING: tried only where its verb is there)
DISCUSSED_BEFORE = Gated(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|exchanged\s+views\s+on|focused\s+on)\s+"
                         r"[^.;:!?]{0,80}$", ["discuss", "talked", "exchanged", "focused"], re.I)
# ("discussed security at a conference of partners": where the talks were, not what about)
AT_THE_BEFORE = re.compile(r"\b(?:at|during|within|on the sidelines of|in the course of)\s+(?:an?|the)\s+"
                           r"(?:[\w’'-]+\s+){0,3}$", re.I)
A_THING_SENT = re.compile(r"\b(?:letter|message|note|invitation|appeal|telegram|congratulations|request|report)s?\s+"
                          r"(?:(?:was|were|has\s+been|have\s+been)\s+)?$", re.I)
RECEIVED_A_THING = re.compile(r"^\s+(?:its|their|his|her|an?\s+(?:[a-z-]+\s+)?(?:award|certificate|medal|invitation"
                              r"|letter|message|note|prize|diploma|call))\b")
COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|several|many|numerous|multiple|frequent|regular|\d+)\s+"
                            r"(?:[a-z-]+\s+)?$", re.I)
GROUP_OF_BEFORE = re.compile(r"\b(?i:graduates|participants|members|students|trainees|cadets|attendees|alumni"
                             r"|listeners)\s+of\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}"
                             # (the group's own course, not its verb: "Members of the <course> are visiting <place>")
                             r"(?:(?!(?:are|is|were|was|have|has|had|will)\s)[a-z-]+\s+)?$")
# "for talks", "for a round of talks": the purpose of a visit or stay, not talks of their own
PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:[a-z-]+\s+){0,3}$")
# "<programme> were launched at the <city> Summit in <month> <year>": the summit is where a programme's milestone was
# decided, which the milestones table keeps; the page reports no gathering of its own
DECIDED_AT_BEFORE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:first\s+|formally\s+"
                               r"|officially\s+)?(?:launched|created|established|introduced|unveiled)\s+at\s+"
                               r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}$")
HANDED_BEFORE = re.compile(r"\b(?:handed|hand|hands|submitted|submit|submits|sent|presented)\s+"
                           r"(?:over\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)
# "joined a newly created consultative forum", "became a member of the forum": a body one belongs to, not a
# gathering (one joins drills by taking part in them, so only the words for a standing body)
MEMBERSHIP_NOUNS = {"forum"}
JOINED_BEFORE = re.compile(r"\b(?:joined|joins|join|joining|became\s+a\s+member\s+of|becoming\s+a\s+member\s+of"
                           r"|admitted\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
CLAUSE_SPLIT = re.compile(r",(?!\s\d{4}\b)|[;:–—]|\s-\s")  # not the comma in "November 20, 2002"


@dataclass
class Trigger:
    """An event word at a place of a sentence, with the type and family of event it reports."""

    pos: int
    text: str
    event_type: str
    family: str


def triggers_in(text: str) -> list[Trigger]:
    """Event words that describe a happening, not a reference back to one ("the visit was important")."""
    return list(_triggers(text))


@per_sentence(maxsize=16384)
def _triggers(text: str) -> tuple[Trigger, ...]:
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    # the longest words win where matches overlap ("video conference" is talks, not a conference)
    # words inside a programme's name are not events ("PfP Presentation Document")
    masked = [m.span() for m in resources.programme_pattern().finditer(text) if " " in m.group(1)]
    taken.extend(masked)
    candidates = sorted(((m.start(), m.end(), rank, event_type, family, m.group(0))
                         for rank, (event_type, family, pattern) in enumerate(resources.event_triggers())
                         for m in pattern.finditer(text)), key=lambda c: (c[0] - c[1], c[2], c[0]))
    talks = any(c[4] == "talks" for c in candidates)
    for s, e, _, event_type, family, matched in candidates:
        if any(s < te and ts < e for ts, te in taken) and (s, e) not in masked:
            continue
        word = matched.lower()
        before, after = text[:s], text[e:]
        if word in NOUN_TRIGGERS and not HAPPENS_AFTER.match(after) and not HAPPENED_WHICH.match(after) \
                and not ON_A_VISIT.search(before) and not _subject_of_happening(before, after):
            # "their previous talks at <place> on <date>": a recalled event, dated
            # ("said in <month> <year> during his visit to <place>": a visit dated in its own clause)
            during = bool(DURING_POSSESSIVE.search(before))
            recalled = bool(ORDINAL_BEFORE.search(before) or RECALLED_BEFORE.search(before) or during) \
                and _dated_clause(text, s)
            # ("During his visit to <city> on Tuesday, X was hosted by Y": the visit dated by its weekday; "On <date>,
            # during his visit to <city>, he signed ...": the visit), when no talks tell the day's news
            recalled = recalled or during and not talks and (_dated_clause(text, s, weekday=True)
                                                             or _dated_clause(text, s, opener=True))
            det = None if OWN_VISIT_VERB.search(before) or TAKING_PART_BEFORE.search(before) \
                or HOSTED_BEFORE.search(before) and _dated_clause(text, s, broad=True) \
                else DETERMINER_BEFORE.search(before)
            if det and _named_gathering(matched, before[det.end(1):]):
                det = None  # "attended the NATO Partnership Symposium": a gathering's name, not a reference back
            if det and det.group(1).lower() in POSSESSIVE_PRONOUN:
                if not re.match(r"^\s+(?:with|between)\b", after) and not recalled:
                    continue
            elif det and not SPECIFIED_AFTER.match(after) and not NAMED_WITH_YEAR_AFTER.match(after) and not recalled:
                continue
            if ORDINAL_BEFORE.search(before) and not recalled:
                continue
        if word in NOUN_TRIGGERS and GROUP_OF_BEFORE.search(before):
            continue  # "graduates of the NATO School's course were received": the group, not the course, is news
        if word in MEMBERSHIP_NOUNS and JOINED_BEFORE.search(before):
            continue
        if word.endswith("part in") and _programme_follows(text, e):
            continue  # "started taking part in the ISAF on <day>": a step in a programme (a milestone), no event
        if event_type == "conference" and DECIDED_AT_BEFORE.search(before):
            continue
        if word in ("presentation", "presentations") and HANDED_BEFORE.search(before):
            continue  # "handed you the country's presentation on the programme": a document handed over
        if word in ("visits", "tours", "exercises", "meetings") and COUNTED_BEFORE.search(before):
            continue  # "has paid two <adjective> visits to <place>": several visits, none dated
        if family == "talks" and (topic := TOPIC_AFTER.match(after)) and not TOPIC_WITH.match(after, topic.end()):
            # "discussed a study visit planned for June": the visit is the topic, not a meeting ("discussed the trip
            # with the ambassador" is a meeting with the ambassador)
            continue
        if family == "activity" and event_type != "other" and DISCUSSED_BEFORE.search(before) \
                and not AT_THE_BEFORE.search(before) and not re.search(r"\d", after):
            continue  # "held talks on 14 May, discussing security and joint exercises": a topic, with no day of its own
        if event_type == "other" and _after_an_occasion(before):
            continue  # "the presidential election held on <date>": a background occasion, not a happening reported
        if word.startswith(("sent", "was sent", "were sent")) and A_THING_SENT.search(before):
            continue  # "a letter sent to the minister": a message, not people sent somewhere
        if THANKED_FOR_HOSTING.search(before):
            continue  # "thanked <country> for hosting the <event> in a letter": the thanks are the news, not the event
        if word in ("received", "receives", "receive") and RECEIVED_A_THING.match(after):
            continue  # "received its NATO certificate", "has received an invitation": not a reception of visitors
        taken.append((s, e))
        found.append(Trigger(s, matched, event_type, family))
    found.sort(key=lambda t: t.pos)
    # "<delegation> was in <city> on <days>": a stay there, when the place is one the resources know and no other
    # event word tells what happened ("the conference was in <city> on <day>" is the conference)
    found = [t for t in found
             if not ((stay := STAY.match(t.text)) and not _stay_of_visitors(text, t, stay.group(1), found))]
    # "The session, held in <city> on <dates>, discussed ...": what a gathering discussed is its agenda, not
    # a meeting of its own
    gathering = next((t.pos for t in found if t.event_type == "conference"), None)
    if gathering is not None:
        found = [t for t in found if not (t.pos > gathering and t.text.lower().startswith("discuss"))]
    return tuple(found)


STAY = re.compile(r"(?:was|were) in (.+)", re.I)
PROGRAMME_AFTER = re.compile(r"\s+(?:the\s+)?(?:NATO[’']s\s+|NATO-led\s+|Alliance[’']s\s+)?")


def _programme_follows(text: str, end: int) -> bool:
    """A programme or mission of programmes.csv is named right after ("part in the NATO-led ISAF")."""
    m = PROGRAMME_AFTER.match(text, end)
    return bool(m) and bool(resources.programme_pattern().match(text, m.end()))


def _stay_of_visitors(text: str, t: Trigger, place: str, found: list[Trigger]) -> bool:
    """"<someone> was in <place>": the place is one the resources know, the subject before it is no event ("the
    conference was in <city>" is not a stay), and no other event word but its purpose ("for talks") is there."""
    clause_start = max(text.rfind(c, 0, t.pos) for c in ".;:") + 1
    return resources.country_of_place(place) is not None \
        and not resources.event_kinds(text[clause_start:t.pos]) \
        and all(u is t or PURPOSE_BEFORE.search(text, max(0, u.pos - 60), u.pos) for u in found)


# "The <organisation> evaluation of the <unit> ... has got under way in <city>": the event word opens the sentence
# and its clause goes on to say that it happened, however long the words between
SUBJECT_START = re.compile(r"(?:The|A|An)\s+(?:[\w’'-]+\s+){0,3}")
CLAUSE_HAPPENED = re.compile(r"[^,;:]{0,300}?\s(?:took place|was held|were held|(?:has|have)\s+(?:got under\s?way"
                             r"|taken place|been held|begun|started|opened|kicked off|been under\s?way|been going on"
                             r"|been running|been taking place|been in progress)|got under\s?way|kicked off"
                             r"|opened|began|started|ended|closed|concluded)\b")


def _subject_of_happening(before: str, after: str) -> bool:
    """The event word is in the noun phrase that opens the sentence, and the verb of its clause says the
    happening took place (a reference back to it would be told with some other verb)."""
    return bool(SUBJECT_START.fullmatch(before)) and bool(CLAUSE_HAPPENED.match(after))


# "the multinational exercise <Name> <year>", "the \"<Name>\" drills": the name an exercise is given,
# which the article may later use alone ("<Name> <year> got under way on <weekday>")
NAME_AFTER_WORD = re.compile(r"\b(?i:exercises?|drills|manoeuvres|maneuvers)\s+"
                             r"(?:(?:titled|entitled|called|named|code-named|codenamed|dubbed)\s+)?[\"“«']?"
                             r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:(?:\s?[–—-]\s?|\s+)(?:19|20)\d\d)?)")
# (the year may follow a dash: "Noble Partner – 2018")
NAME_BEFORE_WORD = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:\s?[–—-]\s?|\s+)(?:19|20)\d\d)[\"”»']?\s+"
                              r"(?i:exercises?|drills|manoeuvres|maneuvers)\b")


def exercise_names(text: str) -> set[str]:
    """The names a sentence gives exercises (two words at least, or a word and a year)."""
    names = {m.group(1) for m in NAME_AFTER_WORD.finditer(text)} | {m.group(1) for m in NAME_BEFORE_WORD.finditer(text)}
    return {n for n in names if " " in n or "-" in n}


def named_exercise_triggers(text: str, names: set[str], found: list[Trigger]) -> list[Trigger]:
    """An exercise named alone, as the subject of a verb of happening ("<name> got under way in <country>"),
    when the article has given that name to an exercise before; not the name right after an event word,
    which already reports it."""
    out = []
    for name in sorted(names):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if any(0 <= m.start() - t.pos <= len(t.text) + 3 for t in found) \
                    or NAME_BEFORE_WORD.match(text, m.start()):
                continue  # "exercise <name>", "<name> exercise": the event word tells it
            if HAPPENS_AFTER.match(text[m.end():]):
                out.append(Trigger(m.start(), name, "exercise", "activity"))
    return out


def _named_gathering(noun: str, between: str) -> bool:
    """The event word ends a capitalised name ("the Partnership Forum", "the NATO Partnership Symposium"), or a
    month or year says when it happens ("the June exercises", "the 2010 session"): not a reference back to one
    named before."""
    words = between.split()
    if words and (words[0].lower() in MONTHS or re.fullmatch(r"(?:19|20)\d\d", words[0])):
        return True  # "the June exercises", "the 2010 plenary meeting"
    return noun[:1].isupper() and bool(words) and all(w[:1].isupper() for w in words)


def _after_an_occasion(before: str) -> bool:
    """An occasion word of background_words.csv among the two words before ("the elections held on")."""
    words = re.findall(r"[a-z-]+", before[-40:].lower())[-2:]
    occasions = resources.background_words()
    return any(occasions.get(w) == "occasion" for w in words)


PARTICIPLE_CLAUSE = re.compile(r"\s*(?:held|which\s+(?:was|were)\s+held|which\s+took\s+place|that\s+took\s+place"
                               r"|staged|organi[sz]ed)\b")


# a clause that is only an item of a list of names (", <Country>,", ", the United States,")
LIST_ITEM = re.compile(r"\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s*")
# a clause that is only a date opening the sentence ("On 4 May 1994", "In March 2019")
DATE_OPENER = re.compile(r"\s*(?:On|In)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+\d{4}\s*")


def _dated_clause(text: str, pos: int, broad: bool = False, opener: bool = False, weekday: bool = False) -> bool:
    """The clause around pos names a day or a month (a recalled event's own date; with ``broad``, a year or a
    weekday too), or the participle clause right after it does (with ``opener``, or the date that opens the
    sentence in a clause of its own)."""
    clauses = clause_spans(text)
    i = clause_of(pos, clauses)
    cs, ce = clauses[i]
    j = i
    while j > 0 and (LIST_ITEM.fullmatch(text, *clauses[j]) or LIST_ITEM.fullmatch(text, *clauses[j - 1])):
        j -= 1  # "On <day> troops from <A>, <B>, <C> and <D> began the drills": the commas of a list cut no clause
    cs = clauses[j][0]
    if i + 1 < len(clauses) and PARTICIPLE_CLAUSE.match(text, clauses[i + 1][0]):
        ce = clauses[i + 1][1]  # "their previous meeting, held in Brussels in February"
    if opener and i > 0 and DATE_OPENER.fullmatch(text, *clauses[i - 1]):
        cs = clauses[i - 1][0]  # "On <date>, during his visit to <city>, ...": the date opens the sentence
    precisions = ("day", "month", "year") if broad else ("day", "month")
    kinds = ("day", "range", "month") + (("year", "weekday") if broad else ("weekday",) if weekday else ())
    return any(d.precision in precisions and d.kind in kinds for d in find_dates(text[cs:ce], None))


@per_sentence(maxsize=16384)
def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a text: cut at commas (not the one in "November 20, 2002"),
    semicolons, colons and dashes."""
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def clause_of(pos: int, clauses: list[tuple[int, int]]) -> int:
    """The index of the clause that holds position pos (the last one when none does)."""
    for i, (s, e) in enumerate(clauses):
        if s <= pos <= e:
            return i
    return len(clauses) - 1
