"""One sentence's events: its event words grouped by date and family (a visit, talks and an
address are three events; two talks words with two people met are two meetings), with their
place; plus the events a lead sentence, a sentence during a visit or a year's name reports."""
from __future__ import annotations

import datetime as dt
import re

from .. import resources
from ..dates import DateMention, find_dates
from ..gates import Gated
from ..read import Article, Sentence
from .itinerary import itinerary
from .model import Event
from .participants import SPEECH
from .places import place_after, place_to, sentence_location, tour_countries
from .triggers import PURPOSE_BEFORE, Trigger, clause_of, clause_spans

# "the 2015 exercise in Ukraine", "the 2016 exercise 'X' in Montenegro": a year that names one event
# (and "the <year> annual session", "the <year> <Body> Committee plenary meeting": a name of up to four words,
# whose last lower-case words say the kind)
YEAR_EVENT = Gated(r"\b(?:[Tt]he|NATO['’]s|[Tt]he\s+Alliance['’]s)\s+((?:19|20)\d\d)\s+(?:[A-Z][\w/-]*\s+){0,3}?"
                   r"((?:[a-z-]+\s+){0,2}?"
                   r"(?i:exercises|exercise|drills|conference|summit|seminar|forum|symposium|workshop"
                   r"|training course|course|session|meeting))\b",
                   ["19", "20"])  # (the year's first figures: "The" may end a hard-wrapped line)
# "the <Name>-2003 exercises", "exercise '<Name> 2005'", "the war games <Name> 2005": an exercise whose name ends in
# its year
_EXERCISE_NOUN = r"(?:exercises|exercise|drills|war\s+games|manoeuvres|maneuvers)"
_NAME_WITH_YEAR = r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’']*(?:\s*[-–]\s*|\s+)((?:19|20)\d\d)\b"
NAME_YEAR_BEFORE = Gated(r"\b[Tt]he\s+[\"“‘']?" + _NAME_WITH_YEAR + r"[\"”’']?\s+(?:[a-z-]+\s+)?(" + _EXERCISE_NOUN
                         + r")\b", ["19", "20"])
NAME_YEAR_AFTER = Gated(r"\b(" + _EXERCISE_NOUN + r")\s+(?:(?:called|named|code-named|dubbed)\s+)?[\"“‘']?"
                        + _NAME_WITH_YEAR, ["19", "20"])
TOOK_PART_OR_HELD_BEFORE = re.compile(r"\b(?:hosted|held|conducted|staged|organi[sz]ed|took\s+part\s+in"
                                      r"|taken\s+part\s+in|participated\s+in|attended|joined|sent\s+to"
                                      r"|(?:was|were)\s+sent\s+to)\s+(?:(?:the|an?|in)\s+)?$")
# "X attended the 2006 annual session": the subject of an attending verb took part in the year-named event
HOST_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:has\s+)?hosted\s+$")  # "Azerbaijan hosted the 2010 ...": where it was
# "In <year>, <country> held a multinational exercise": the country that held it is where it was
HELD_BY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:held|hosted|conducted|staged|organi[sz]ed)\s+"
                            r"(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}$")
ATTENDED_BEFORE = re.compile(r"\b(?:attended|took\s+part\s+in|participated\s+in|addressed|hosted)\s+$")
# "The first <name> drills were held in 2011", "earlier drills were held in <country> in 2009": an event noun, then
# "was/were held" (with its place) and a year of its own
HELD_IN_YEAR = Gated(r"\b(exercises?|drills|conference|summit|seminar|forum|workshop|course|session)\b[^.;:]{0,40}?"
                     r"\b(?:was|were|will\s+be|is\s+to\s+be)\s+(?:first\s+|also\s+)?held\s+(?:(?:in|at|near)\s+(?:the\s+)?[A-Z][\w’'-]*"
                     r"(?:\s[A-Z][\w’'-]*){0,3}\s+)?in\s+((?:19|20)\d\d)\b", ["held"])
# "In 2001 <country> held a multinational exercise", "in 2012 the ministry hosted a NATO seminar": an event its
# organiser held, dated by the year that opens the clause
_EVENT_NOUNS = r"(?:exercises?|drills|conference|summit|seminar|forum|symposium|workshop|course|session)"
HELD_A_IN_YEAR = Gated(r"\b[Ii]n\s+((?:19|20)\d\d),?\s+(?:(?!\b(?:19|20)\d\d\b)[^;:.]){0,100}?\b"
                       r"(?:held|hosted|conducted|staged|organi[sz]ed)\s+(?:the|a|an|its|their|his|her)\s+"
                       r"((?:[\w’'-]+\s+){0,4}?" + _EVENT_NOUNS + r")\b",
                       ["held", "hosted", "conducted", "staged", "organi"])
# "In 1994 the President visited NATO Headquarters", "visited Brussels in 2004": a past visit dated by its year
# a year that is one year, not the start of a span or a list ("in 2004-2006", "in 2004 and 2006")
_ONE_YEAR = r"(?!\s*[-–]|\s+and\s+(?:19|20)\d\d)"
# ("became the first <office> to visit <country>": the infinitive after "first" tells the visit too)
_VISITED = r"(visited|paid\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?visit\s+to|(?<=to\s)visit(?=\s+[A-Z]))"
VISITED_IN_YEAR = Gated(r"\b[Ii]n\s+((?:19|20)\d\d),?\s+[^;:]{0,100}?\b" + _VISITED + r"\b"
                        r"|\b" + _VISITED + r"\b[^;:]{0,60}?"
                        r"\bin\s+((?:19|20)\d\d)\b" + _ONE_YEAR, ["visit"])
# "In 1999 <person> addressed the summit held for ...", "attended the annual session in Madrid in 2019": taking part in
# a gathering dated by its year (the one who took part named before the verb)
_TOOK_PART = r"(?:attended|addressed|took\s+part\s+in|participated\s+in|went\s+to|travell?ed\s+to|came\s+to)"
_THE_GATHERING = (r"\s+(?:the|a|an|NATO['’]s|the\s+Alliance['’]s)\s+((?:[\w’'-]+\s+){0,4}?"
                  r"(?:summit|conference|session|seminar|forum|symposium|exercises?|drills|course))\b")
TOOK_PART_IN_YEAR = Gated(r"\b[Ii]n\s+((?:19|20)\d\d),?\s+(?:(?!\b(?:19|20)\d\d\b)[^;:]){0,100}?\b"
                          + _TOOK_PART + _THE_GATHERING
                          + r"|\b" + _TOOK_PART + _THE_GATHERING + r"[^;:]{0,60}?\bin\s+((?:19|20)\d\d)\b" + _ONE_YEAR,
                          ["attended", "addressed", "part in", "participated", "went to", "led to", "came to"])
TOOK_PART_VERB = re.compile(r"\b" + _TOOK_PART + r"\b")
# "went to <city> in <year> and <year>", "his earlier visits were in <year>, <year> and <year>": a visit in each year
VISITS_IN_YEARS = Gated(r"\b(visited|went\s+to|travell?ed\s+to|came\s+to|visits)\b[^;:.]{0,60}?\bin\s+"
                        r"((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s+and\s+(?:19|20)\d\d)\b(?!\s*[-–])",
                        ["visit", "went to", "travel", "came to"])
# "the <city> summit in <year>", "the NATO summit in <city> in <year>": a summit named by its place and its year
PLACED_SUMMIT_IN_YEAR = Gated(r"\b(?:[Tt]he|NATO['’]s)\s+(?:NATO\s+)?(?:[A-Z][\w’'-]+\s+){1,2}?(summit|Summit)\s+in\s+"
                              r"((?:19|20)\d\d)\b" + _ONE_YEAR
                              + r"|\b(summit|Summit)\s+(?:held\s+)?in\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+in\s+"
                              r"((?:19|20)\d\d)\b" + _ONE_YEAR, ["ummit"])
# ("was invited to visit <country> in <year>" is a plan: "to visit" tells a visit only after "the first <office>")
FIRST_TO_VISIT = re.compile(r"\bthe\s+first\s+(?:[\w’'-]+\s+){1,6}to\s+$")
MET_DURING_VISIT = re.compile(r"[^;:.]{0,40}?\b(?:and|where|when)\s+(?:(?:he|she|they|it)\s+)?(?:held\s+talks\s+with"
                              r"|met(?:\s+with)?|was\s+received\s+by|were\s+received\s+by)\s")
# "the visit of <person> to <place> in 2024", "<person>'s visit to <place> in 2024": the visit as a noun, the visitor
# named in it
VISIT_OF_IN_YEAR = Gated(r"\b(visit)\s+(?:of|by)\s+([^;:]{3,90}?)\s+to\s+[^;:]{2,50}?\bin\s+((?:19|20)\d\d)\b"
                         + _ONE_YEAR
                         + r"|([A-Z][\w’'-]*)[’']s\s+(?:[a-z-]+\s+)?(visit)\s+to\s+[^;:]{2,50}?\bin\s+((?:19|20)\d\d)\b"
                         + _ONE_YEAR, ["visit"])
# "discussed the trip", "reviewed their planned exercise": an event named as what was talked about
TOPIC_DISCUSSED = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|talk\s+about|reviewed)\s+"
                             r"(?:the|his|her|their|this|next\s+week['’]s)\s+(?:[\w-]+\s+){0,2}$")
# words that say only that someone went somewhere: with talks there on the day, the talks are the event
MOVEMENT = re.compile(r"(?:travel(?:l?ed|l?ing|s)?|fl(?:y|ew|ies)(?: on)?|went|goes|headed|heading|came|comes"
                      r"|(?:has|have) come) to", re.I)
# "went to the Foreign Ministry", "drove to the Presidential Palace": to a building of the town one is in, no city
TO_A_BUILDING = re.compile(r"\s+the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?i:ministry|palace|embassy|parliament|office"
                           r"|headquarters|majlis|administration|general\s+staff)\b(?![^.;]{0,40}?\s+in\s+[A-Z])")
# talks words that may only say what was talked about
MET_AT_GATHERING = re.compile(r"\s+(?:at|during)\s+(?:(?:the|a|an|this|their|[A-Z][\w’'-]*)\s+){0,3}"
                              r"(?i:summit|conference|session|forum|congress|symposium)\b")
TOPIC_VERB = re.compile(r"discuss(?:ed|es|ing)?", re.I)
# "as part of a ...", "within the framework of the ...": the event word names the setting of what the clause
# reports
FRAME_BEFORE = re.compile(r"\b(?:as part of|within the framework of|in the framework of|in the course of"
                          r"|on the sidelines of|on the margins of|in the margins of)\s+"
                          r"(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,8}$", re.I)
# (the gathering's name may be long: "on the margins of the <body> in <format> session")
SIDELINES_BEFORE = re.compile(r"\b(?:on|in) the (?:sidelines|margins) of\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,8}$",
                              re.I)
PASSIVE_TOPIC_BEFORE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|further\s+|widely\s+)?$")
# "held after an extraordinary meeting", "ahead of the summit": an event word that only places another in time
TIME_ANCHOR_BEFORE = re.compile(r"\b(?:after|before|following|ahead of|prior to)\s+(?:an?|the)\s+"
                                r"(?:[\w-]+\s+){0,3}$", re.I)
# who continues a dated visit in the next sentence: a pronoun, or the visitor named by a role ("The minister")
DURING_VISIT_SUBJECT = re.compile(r"(?:He|She|They|The\s+(?:[a-z-]+\s+)?(?i:minister|general|guest|guests|"
                                  r"delegation|visitor|visitors|envoy|president|secretary general|commander|admiral|"
                                  r"ambassador))\b")
EXPECTED_IN = re.compile(r"(?:is|are) expected in\b", re.I)
# "met X, who is here on a visit": the guest's visit, told in passing, frames the talks
# (not a visit with its own length, "who is making a <n>-day visit to <city>", nor one within a programme of days,
# "who is on a visit to <country> within the <programme> Days": each an event of its own, as the seeds count it;
# "who is visiting <country> within ..." is made one with its meeting later, story._visits_framing_one_meeting)
WITHIN_AFTER = re.compile(r"(?:\s+(?:to\s+)?(?:[A-Z][\w’'-]*\s*){1,3})?\s*"
                          r"(?:within|as\s+part\s+of|in\s+the\s+framework\s+of)\b")
# ("who is visiting <country> for the evaluation exercise", "who arrived to observe the drills": what the guest came
# for, not a happening of its own beside the meeting with the guest)
GUEST_CAME_FOR = re.compile(r"\b(?:who|that)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?"
                            r"(?:visiting|arrived|came|come|travell?ed|here|in)\b[^,;.]{0,60}?"
                            r"\b(?:for|to\s+(?:attend|watch|observe|follow|join|take\s+part\s+in|evaluate|assess|monitor))"
                            r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,6}$")
# ("who is in <city> on an official visit": where the guest is, then the visit; "on his first visit" to a country
# is news of its own; "the <group> that is on its visit here")
GUEST_ON_VISIT = re.compile(r"\b(?:who|that|which)\s+(?:is|are)\s+"
                            r"(?:(?:in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:capital\s+)?)?"
                            r"(?:on|paying|making)\s+(?:a|an|his|her|their)\s+"
                            r"(?:(?![\w-]+-day\b|first\b)[a-z-]+\s+){0,2})?$")
GUEST_WAS_ON_VISIT = re.compile(r"\bwho\s+(?:is|are|was|were)\s+(?:in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3})?"
                                r"(?:on|paying|making)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}$")
INTERVIEW = re.compile(r"\b(?:gave|gives|granted|has given|had given)\s+(?:an?\s+)?(?:[a-z-]+\s+)?interview\b")
COUNTERPART = re.compile(r"^\S*\s+(?:\w+\s+){0,2}?(?:with|by)\s+((?:[A-Z][\w.’'-]*\s+){1,6}[A-Z][\w.’'-]*)")


def _type_rank() -> dict[tuple[str, str], int]:
    """(event type, family) -> the place of its first row in event_types.csv: of a date's triggers in one family,
    the first row wins (read anew each call: a few rows, and an edited list is seen at once)."""
    rank: dict[tuple[str, str], int] = {}
    for n, (event_type, family, _) in enumerate(resources.event_triggers()):
        rank.setdefault((event_type, family), n)
    return rank


# between an event word and a date: a relative clause about the event that dates it ("the seminar, which the
# parliament hosts on <days>", "the summit, which opens on <day>")
# (not its end: "a two-day visit, which he ends today")
WHICH_IS_DATED = re.compile(r"[\w’'-]*,?\s+(?:which|that)\s+(?!(?:[^.;,]{0,60}?\s)?(?:ends?|ended|closes?|closed"
                            r"|concludes?|concluded|finish(?:es|ed)?|wraps? up|wrapped up)\b)(?:[^.;,]{0,60}?\s)?"
                            r"(?:(?:on|from|between|in)\s+)?")


# "discussed the plans that the Alliance offered at the summit last November", "met officers who had attended the
# course in May": a relative clause in the object tells another, dated event
AUXILIARY_BEFORE = re.compile(r"\b(?:be|been|was|were|is|are|will|has|have|had)\s+$")
OBJECT_RELATIVE = re.compile(r"[^.;:]{0,80}?\b(?:that|which|who)\s+[^.;:]{0,80}$")


def _recalled_in_object(s: Sentence, t: Trigger, trigs: list[Trigger], dates: list[DateMention]) -> bool:
    """The trigger's date is that of an event word in a relative clause after it, which the date follows closely."""
    end = t.pos + len(t.text)
    for o in trigs:
        if o.pos <= end or o.pos - end > 160 or o.family == t.family:
            continue
        o_end = o.pos + len(o.text)
        # (every date after that event word; and not the main clause's own verb: "A meeting of the ministers of
        # the nations that contribute troops will be held on <day>")
        if any(0 <= d.start - s.start - o_end <= 25 for d in dates) \
                and all(d.start - s.start > o.pos for d in dates) \
                and not AUXILIARY_BEFORE.search(s.text, max(0, o.pos - 12), o.pos) \
                and OBJECT_RELATIVE.fullmatch(s.text, end, o.pos):
            return True
    return False


def events_from(s: Sentence, dates: list[DateMention], trigs: list[Trigger], art: Article,
                 borrowed: bool = False) -> list[Event]:
    """One event per date and trigger family; purpose phrases ("for talks") defer to the visit."""
    clauses = clause_spans(s.text)
    by_date: dict[int, list[Trigger]] = {i: [] for i in range(len(dates))}
    if borrowed:
        by_date[0] = list(trigs)
    else:
        date_clause = {i: clause_of(d.start - s.start, clauses) for i, d in enumerate(dates)}
        speech = SPEECH.search(s.text)
        for t in trigs:
            if speech and t.pos < speech.start() and all(d.start - s.start > speech.end() for d in dates):
                continue  # "X, who addressed the session, recalled that the previous one, held on ...": not that date
            if _recalled_in_object(s, t, trigs, dates):
                continue  # "discussed the plans that NATO offered at the summit last November": the summit's date
            own = next((i for i, d in enumerate(dates) if d.start - s.start > t.pos
                        and WHICH_IS_DATED.fullmatch(s.text, t.pos + len(t.text), d.start - s.start)), None)
            if own is not None:  # "arrived yesterday for the seminar, which the parliament hosts on 6-8 March"
                by_date[own].append(t)
                continue
            tc = clause_of(t.pos, clauses)
            same = [i for i, c in date_clause.items() if c == tc]
            if same:
                after = [i for i in same if dates[i].start - s.start >= t.pos]
                by_date[min(after, key=lambda i: dates[i].start) if after else same[-1]].append(t)
            else:
                nearest = min(range(len(dates)), key=lambda i: min(abs(dates[i].start - s.start - t.pos),
                                                                   abs(dates[i].end - s.start - t.pos)))
                by_date[nearest].append(t)
        _elided(s, dates, by_date)
    out: list[Event] = []
    split: set[int] = set()  # meetings with different people, read from one sentence: kept apart
    rank = _type_rank()
    for i, d in enumerate(dates):
        ts = by_date[i]
        if not ts:
            continue
        families = {t.family for t in ts}
        if "visit" in families and "talks" in families and all(EXPECTED_IN.match(t.text) for t in ts
                                                               if t.family == "visit"):
            # "X is expected in Baku for talks with Y": the planned talks are the news, the arrival their way there
            ts = [t for t in ts if t.family != "visit"]
            families = {t.family for t in ts}
        if "visit" in families and "talks" in families and all(
                GUEST_ON_VISIT.search(s.text[max(0, t.pos - 60):t.pos])
                and not WITHIN_AFTER.match(s.text, t.pos + len(t.text)) for t in ts if t.family == "visit"):
            ts = [t for t in ts if t.family != "visit"]
            families = {t.family for t in ts}
        if families == {"visit"} and INTERVIEW.search(s.text) and all(
                GUEST_WAS_ON_VISIT.search(s.text[max(0, t.pos - 60):t.pos]) for t in ts):
            # "<guest>, who was in <country> on a visit, granted <agency> an interview on <day>": the day of the
            # interview, the visit only said in passing
            continue
        if families - {"talks"}:
            # "discussed the trip with the ambassador", "reviewed the exercise with her counterpart": the visit or
            # the exercise is what was talked about (a visit so named, even with no one to talk to)
            ts = [t for t in ts if not (t.family != "talks" and (t.family == "visit" or "talks" in families)
                                        and TOPIC_DISCUSSED.search(s.text, max(0, t.pos - 60), t.pos))]
            families = {t.family for t in ts}
        across_town = "visit" in families and all(
            MOVEMENT.fullmatch(t.text) and TO_A_BUILDING.match(s.text, t.pos + len(t.text)) for t in ts
            if t.family == "visit")
        if "visit" in families and not across_town:
            # ("for talks", "held meetings with officials": what the visit was for, or its parts, not talks of their
            # own; but "went to the ministry for talks with X" is a way across town to the talks, which are the event)
            ts = [t for t in ts if not (t.family == "talks" and (PURPOSE_BEFORE.search(s.text[:t.pos])
                                                                 or t.text.lower() == "meetings"))]
            families = {t.family for t in ts}
        if families & {"talks", "visit"}:
            # "X met Y, who is visiting <country> for the evaluation exercise", "received evaluators who arrived to
            # observe the drills": what the guest came for, not an event of its own on the day of the meeting
            ts = [t for t in ts if not (t.family == "activity" and GUEST_CAME_FOR.search(s.text, max(0, t.pos - 120),
                                                                                          t.pos))]
            families = {t.family for t in ts}
        if "visit" in families:
            # "During a visit to X ..., he took part in a dialogue, where he discussed ...": a topic, not talks of
            # their own
            ts = [t for t in ts if not (t.family == "talks" and TOPIC_VERB.fullmatch(t.text)
                                        and not COUNTERPART.match(s.text[t.pos:t.pos + 120]))]
            families = {t.family for t in ts}
        anchors = [t for t in ts if t.event_type != "other" and TIME_ANCHOR_BEFORE.search(s.text[:t.pos])
                   and not re.match(r"\S*\s+(?:with|between)\b", s.text[t.pos:])  # "after a meeting with X": talks
                   # "ahead of the summit on ...": its date
                   and not any(0 <= o.start - s.start - t.pos <= 60 for o in dates)]
        if anchors and any(t not in anchors and t.event_type != "other" for t in ts):
            # "at a <event> held after an <adjective> meeting of <body>": the meeting only says when
            ts = [t for t in ts if t not in anchors]
            families = {t.family for t in ts}
        framed = [t for t in ts if FRAME_BEFORE.search(s.text[:t.pos])]
        if framed and len(framed) < len(ts):
            # "as part of a <country>-<organisation> meeting, <person> addressed <body>": the frame is the same
            # happening as the act reported in it, when that is of the same type
            acts = {t.event_type for t in ts if t not in framed}
            # ("met on the sidelines of the <conference>": the meeting is the event, the gathering its setting)
            ts = [t for t in ts if t not in framed or t.event_type not in acts
                  and not SIDELINES_BEFORE.search(s.text[:t.pos])]
            families = {t.family for t in ts}
        if "visit" in families and "talks" in families and all(MOVEMENT.fullmatch(t.text) for t in ts
                                                               if t.family == "visit"):
            # "travelled to Mons, where they were received by ...": the journey is the way to the talks
            ts = [t for t in ts if t.family != "visit"]
            families = {t.family for t in ts}
        if any(t.event_type == "conference" for t in ts):
            # "the leaders met at the summit": the meeting is the summit itself (not "met X at the summit"); "<topic>
            # was also discussed during a conference": the topic of the conference, no talks of their own
            ts = [t for t in ts if not (t.family == "talks" and (MET_AT_GATHERING.match(s.text, t.pos + len(t.text))
                                                                 or PASSIVE_TOPIC_BEFORE.search(s.text, 0, t.pos)
                                                                 and t.text.lower().startswith("discuss")))]
            families = {t.family for t in ts}
        if "address" in families:
            # "addressed the annual session", "addressing the participants of the conference": the address is a part
            # of the gathering it names, one event
            # (its object: the gathering within a few words, no other event word between)
            heard = [t for t in ts if t.family == "address" and any(
                u.event_type == "conference" and 0 < u.pos - t.pos - len(t.text) <= 40
                and not any(t.pos < v.pos < u.pos for v in ts if v is not t) for u in ts)]
            # ("addressed the meeting of the <council>": the meeting is the one addressed, one event)
            addressed = [u for u in ts if u.family == "talks" and u.text.lower() in ("meeting", "session") and any(
                t.family == "address" and 0 <= u.pos - t.pos - len(t.text) <= 12 for t in ts)]
            ts = [t for t in ts if t not in heard and t not in addressed]
            families = {t.family for t in ts}
        specific = families & {"visit", "talks", "address"}
        if specific:  # "returned ... after completing their tour", "a visit within the NATO Days": one event
            ts = [t for t in ts if t.family != "activity" or t.event_type not in ("other", "visit")]
            families = {t.family for t in ts}
        for family in sorted(families, key=lambda f: (resources.sentence_rank(f), f)):
            fam_ts = [t for t in ts if t.family == family]
            groups = _counterpart_groups(s.text, fam_ts) if family == "talks" else [fam_ts]
            if len(groups) > 1:
                # "was received by President Aliyev and also held talks with General Sadikhov": two meetings,
                # one per person met ("met X ... talks with Y ... discussed with X" is two, not three)
                for group in groups:
                    ev = Event("meeting", family, d, d.date_start, d.date_end, d.precision, s, [t.pos for t in group])
                    ev.location = sentence_location(s, d, group)
                    out.append(ev)
                    split.add(id(ev))
                continue
            etype = min((t.event_type for t in fam_ts), key=lambda t: rank[(t, family)])
            ev = Event(etype, family, d, d.date_start, d.date_end, d.precision, s, [t.pos for t in fam_ts])
            ev.location = sentence_location(s, d, fam_ts)
            if family == "visit":
                ev.n_countries = tour_countries(s, fam_ts)
            out.append(ev)
    out = _one_per_happening(out, split)
    if not borrowed:
        out += itinerary(s, dates, trigs, out)
    return out


def _one_per_happening(events: list[Event], split: set[int]) -> list[Event]:
    """One sentence, one event of a type and a family per day: two dates of the sentence that are the
    same day ("on Tuesday, 6 May") give one event, its triggers together."""
    kept: dict[tuple, Event] = {}
    out = []
    for ev in events:
        key = (ev.event_type, ev.family, ev.date_start, ev.date_end)
        if id(ev) in split or key not in kept:
            if id(ev) not in split:
                kept[key] = ev
            out.append(ev)
            continue
        first = kept[key]
        first.trigger_pos = sorted(set(first.trigger_pos) | set(ev.trigger_pos))
        first.location = first.location or ev.location
    return out


def _counterpart_groups(text: str, ts: list[Trigger]) -> list[list[Trigger]]:
    """The talks words grouped by the person each names right after it: one group per person met; a
    single group when a word names nobody, or only an office ("met with the Deputy Minister")."""
    groups: dict[str, list[Trigger]] = {}
    untitled: list[Trigger] = []
    for t in ts:
        m = COUNTERPART.match(text[t.pos:t.pos + 120])
        if not m:
            return [ts]  # one talks word without its own counterpart: one meeting
        key = m.group(1).split()[-1]
        if key in resources.title_words() or key in resources.ranks():
            untitled.append(t)
        else:
            groups.setdefault(key, []).append(t)
    if len(groups) <= 1:
        return [ts]
    out = list(groups.values())
    out[0] = sorted(out[0] + untitled, key=lambda t: t.pos)
    return out


def lead_event(s: Sentence, trigs: list[Trigger], art: Article, verb: int = 0,
               day: DateMention | None = None) -> list[Event]:
    """A first sentence in the present perfect ("NATO headquarters has hosted a reception") reports
    something that happened on the day of publication: the happening of its verb (at ``verb``),
    the first event word from there on in the verb's clause, else its subject ("A meeting ... has
    taken place"), not the visit a relative clause mentions ("has received X, who is on a visit"). With ``day``,
    the lead's news is of that day instead (the day a source told it)."""
    d = day or DateMention(s.start, s.start, "", "published", art.published, None, "day", False)
    clauses = clause_spans(s.text)
    here = clause_of(verb, clauses)
    own = [t for t in trigs if clause_of(t.pos, clauses) == here]
    own = [t for t in own if t.event_type != "other"] or own  # "has held a meeting": the meeting, not "held"
    head = next((t for t in own if t.pos >= verb), own[-1] if own else None)
    if head is not None:
        trigs = [t for t in trigs if t.family == head.family]
    return events_from(s, [d], trigs, art, borrowed=True)


# "met A on 14 May and B on 15 May", "received A on 13 May, and B on 15 May": the verb left out before the second
# (or a comma and a preposition, as the items of a list: "was in <city> on <day>, in <city> on <day> and in ...",
# "held talks with <A> on <day>, with <B> on <day> and with <C> on <day>")
ELIDED_GAP = re.compile(r"(?:,?\s+and\s+(?!(?:\w+ed|left|met|held|went|came|took|paid|made|gave|spoke|flew|saw|will|is"
                        r"|was|has|had)\b)[^.;:]{2,160}?|,\s+(?=(?:with|in|at|to)\s)[^.;:,]{2,100}?)\s+on\s+")


# (the date first: "On <day> he met <A>, and on <day> <B>", the verb left out before the second one's people)
DATE_FIRST_ELIDED = re.compile(r"[^.;:]{2,160}?,?\s+and\s+(?:then\s+)?(?:on\s+)?")
# (and what follows the second day has no verb of its own: "..., and on <day> the President of <country>, <name>.")
OBJECT_ONLY = re.compile(r",?\s+(?:with\s+)?(?:the\s+)?[A-Z]"
                         r"(?:(?!\b(?:[a-z]+ed|left|met|went|came|held|took|gave|made|is|was|were|are|will|has|had"
                         r"|have|be)\b)[^.;:]){0,120}(?:[.;]|$)")
COORDINATED_GAP = re.compile(r",?\s+(?:and|as\s+well\s+as|and\s+again)\s+(?:in\s+)?(?:(?:[A-Z][\w’'-]+\s+){1,2}in\s+)?")


# "<events> were held in <city> on <days>, in <city> on <days> and in <city> on <days>": the days of a series,
# each after a comma or "and", maybe with its own place
SERIES_GAP = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?(?:in\s+[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)?,?\s+)?(?:on|from)?\s*")
SERIES_NOUN = re.compile(r"(?i:seminars|conferences|workshops|courses|exercises|drills|sessions|summer schools"
                         r"|winter schools|forums|roundtables|round tables)")


def _elided(s: Sentence, dates: list[DateMention], by_date: dict[int, list[Trigger]]) -> None:
    """A date with no event word of its own, joined by "and <someone> on" to a date of talks or a visit, dates
    the same act again: it takes that act's word, placed at the "and" (so that the people after it go there)."""
    for i in range(1, len(dates)):
        acts = [t for t in by_date[i - 1] if t.family in ("talks", "visit")]
        gap = ELIDED_GAP.fullmatch(s.text, dates[i - 1].end - s.start, dates[i].start - s.start)
        if not by_date[i] and acts and gap:
            by_date[i] = [Trigger(gap.start(), t.text, t.event_type, t.family) for t in acts[:1]]
        elif not by_date[i] and acts and DATE_FIRST_ELIDED.fullmatch(s.text, dates[i - 1].end - s.start,
                                                                       dates[i].start - s.start) \
                and any(dates[i - 1].end - s.start <= t.pos < dates[i].start - s.start for t in acts) \
                and OBJECT_ONLY.match(s.text, dates[i].end - s.start):
            # "On 10 July he met A, and on 11 July B": the second day's act is the first one's, with its own people
            by_date[i] = [Trigger(dates[i].start - s.start, t.text, t.event_type, t.family) for t in acts[:1]]
        elif not by_date[i] and by_date[i - 1] and dates[i - 1].precision == dates[i].precision != "day" \
                and COORDINATED_GAP.fullmatch(s.text, dates[i - 1].end - s.start, dates[i].start - s.start):
            # "visits in March 2019 and in May 2023", "the summits in Bucharest in 2008 and in Lisbon in 2010":
            # a second month or year of the same kind of event
            t = by_date[i - 1][0]
            by_date[i] = [Trigger(dates[i].start - s.start, t.text, t.event_type, t.family)]
        elif not by_date[i] and by_date[i - 1] and dates[i].precision == "day" \
                and SERIES_NOUN.fullmatch(by_date[i - 1][0].text) \
                and SERIES_GAP.fullmatch(s.text, dates[i - 1].end - s.start, dates[i].start - s.start):
            t = by_date[i - 1][0]  # one more day of a series the plural noun names
            by_date[i] = [Trigger(dates[i].start - s.start, t.text, t.event_type, t.family)]


def byline_event(s: Sentence, art: Article) -> list[Event]:
    """"by <office>, <name>" under the heading of a speech or briefing: the address it gives, on the day the
    page dates it (its people are those the line names)."""
    d = DateMention(s.start, s.start, "", "published", art.published, None, "day", False)
    return events_from(s, [d], [Trigger(0, "by", "meeting", "address")], art, borrowed=True)


def during_visit(s: Sentence, trigs: list[Trigger], visit: Event, art: Article) -> list[Event]:
    """"... visited <place> on <date>. He held talks with <person> and then addressed <body>.":
    talks and addresses right after a dated visit happen on its first day."""
    own = [t for t in trigs if t.family in ("talks", "address") and not PURPOSE_BEFORE.search(s.text[:t.pos])]
    if not own or not DURING_VISIT_SUBJECT.match(s.text) or re.search(r"\bduring (?:his|her|their) (?:stay|visit)\b",
                                                                        s.text, re.I):
        return []  # "He held talks ..." continues the visit; "During his stay, ..." gives no date
    day = DateMention(s.start, s.start, "", "visit_day", visit.date_start, None, visit.precision, False)
    return events_from(s, [day], own, art, borrowed=True)


# "On (or in) the sidelines (of the session), X held talks with Y", "After the talks, X was received by Y": a meeting
# of its own, on the day of the gathering under way
SIDE_MEETING_OPENING = re.compile(r"(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+(?:sidelines|margins|fringes)"
                                  r"(?:\s+of\s+[^,]{1,120})?,\s*"
                                  r"|(?:After|Following)\s+(?:the|these|their)\s+(?:[\w’'-]+\s+){0,3}?(?:talks|meetings?"
                                  r"|consultations|negotiations|session|conference|ceremony)\s*,\s*")


def side_meeting(s: Sentence, trigs: list[Trigger], opening: re.Match, gathering: Event, art: Article) -> list[Event]:
    """Talks that a sentence opening "On the sidelines," or "After the talks," (``opening``, its match of
    SIDE_MEETING_OPENING) tells: another meeting than the gathering under way, on its day and at its place."""
    own = [t for t in trigs if t.family == "talks" and t.pos >= opening.end()]
    if not own or gathering.precision != "day":
        return []
    day = DateMention(s.start, s.start, "", "visit_day", gathering.date_start, None, gathering.precision, False)
    created = events_from(s, [day], own, art, borrowed=True)
    for e in created:
        e.location = e.location or gathering.location
    return created


def year_named_events(art: Article, sents: list[Sentence], events: list[Event],
                      sentence_people: list[list] | None = None) -> list[Event]:
    """Events a text dates by their year only, as the name of a yearly exercise or conference, an event
    "held in <year>" or a past visit in a year: not when the article already reports an event in that year
    (then the year names that one), nor in a year after publication."""
    years = {(e.date_start.year, e.event_type) for e in events}
    out: list[Event] = []
    for n, s in enumerate(sents):
        hosted = hosted_by_years(s.text)
        for noun, noun_at, year_at, place_from, visitor in _year_named(s, art, hosted):
            year_text = s.text[year_at:year_at + 4]
            year = int(year_text)
            singular = re.sub(r"(?<=[a-z])s$", "", noun, flags=re.I)  # ("seminars", "Summits": one of them)
            etype, family = next(iter(resources.event_kinds(noun, singular)), ("other", "activity"))
            # (an event of that year and kind already told: the year names that one; another kind is another
            # event, "the <year> summit in <city>" in a story of a meeting that year)
            if (year, etype) in years or (art.published and year > art.published.year):
                continue
            years.add((year, etype))
            d = DateMention(s.start + year_at, s.start + year_at + 4, year_text, "year", dt.date(year, 1, 1), None,
                            "year", True)
            ev = Event(etype, family if family == "visit" else "activity", d, d.date_start, None, "year", s, [noun_at])
            if family != "visit" and sentence_people and visitor:  # "In <year> <person> addressed the summit"
                ev.people = [(r.person, "head") for r in sentence_people[n]
                             if visitor[0] <= r.pos - s.start < visitor[1] and r.subject]
            elif family != "visit" and sentence_people and ATTENDED_BEFORE.search(s.text[:year_at - 4]):
                ev.people = [(r.person, "head") for r in sentence_people[n] if r.subject and r.pos - s.start < year_at]
            elif family != "visit" and sentence_people and (verb := ATTENDED_LISTED.search(s.text[:noun_at])):
                # "<name> has also taken part in seven Summits (<city> <year>, ...)": who is named in the verb's clause
                clauses = clause_spans(s.text)
                ev.people = [(r.person, "head") for r in sentence_people[n] if r.pos - s.start < verb.start()
                             and clause_of(r.pos - s.start, clauses) == clause_of(verb.start(), clauses)]
            if family == "visit" and sentence_people:  # "In 1994 the President visited ...": the visitor
                named = [r.person for r in sentence_people[n] if visitor and visitor[0] <= r.pos - s.start < visitor[1]]
                ev.people = [(p, "head") for p in dict.fromkeys(named or [r.person for r in sentence_people[n]
                                                                          if r.subject and not visitor])]
                met = MET_DURING_VISIT.match(s.text, max(year_at + 4, place_from))
                if met:  # "paid its first visit to Baku in 2005 and held talks with X": X met the visitors
                    ev.people += [(r.person, "member") for r in sentence_people[n]
                                  if r.pos - s.start >= met.end() - 1 and all(r.person != p for p, _ in ev.people)]
            host = HOST_BEFORE.search(s.text[:year_at - 4]) or HELD_BY_BEFORE.search(s.text[:noun_at])
            hosted_by = next((h for _, _, at, h in hosted if at == year_at), "")
            ev.location = hosted_by or (visitor and place_to(s.text, place_from)) or place_after(s.text, place_from) \
                or (host and host.group(1) in resources.country_names() and resources.country_display(host.group(1))) \
                or sentence_location(s, d, [])
            out.append(ev)
    return out


# "The drills were hosted by <country> in <year> and <year>, and by <country> in <year>": one event a year, each at
# its host
HOSTED_BY = re.compile(r"\b(exercises?|drills|conference|summit|seminar|forum|course|session|games|competition)\b"
                       r"[^.;:]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|previously\s+)?"
                       r"hosted\s+by\s+")
HOST_YEARS = re.compile(r"(?:,?\s*(?:and\s+)?(?:by\s+)?(?:the\s+)?)([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+in\s+"
                        r"((?:19|20)\d\d(?:(?:,\s*|\s+and\s+)(?:19|20)\d\d)*)")


# "<place> hosted earlier seminars in <year> and <year>": one event a year, at the place
HOSTED_IN_YEARS = re.compile(r"\b([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:has\s+|had\s+)?(?:also\s+|previously\s+"
                             r"|already\s+)?hosted\s+(?:(?:the|earlier|previous|similar|two|three|four|five)\s+){0,2}"
                             r"(?:[\w-]+\s+){0,2}?(exercises|drills|conferences|summits|seminars|sessions|courses"
                             r"|forums|workshops)\s+in\s+((?:19|20)\d\d(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)+)\b")
# "took part in <n> summits (<city> <year>, <city> <year>, ...)": one event per place and year
EVENTS_LISTED = re.compile(r"\b((?i:summits|exercises|conferences|seminars|sessions|forums))\s*\(\s*"
                           r"((?:[A-Z][\w’'-]+(?:[\s/-][A-Z][\w’'-]+)?\s+(?:19|20)\d\d(?:,\s*(?:and\s+)?|\s+and\s+)?){2,})\)")
PLACE_YEAR = re.compile(r"([A-Z][\w’'-]+(?:[\s/-][A-Z][\w’'-]+)?)\s+((?:19|20)\d\d)")
# "has taken part in seven NATO Summits (...)": who is the subject attended each of the events listed
ATTENDED_LISTED = re.compile(r"\b(?:attended|took\s+part\s+in|taken\s+part\s+in|participated\s+in)\s+"
                             r"(?:[\w-]+\s+){0,3}$")


def hosted_by_years(text: str) -> list[tuple[str, int, int, str]]:
    """(event noun, its place, a year's place, the host) for each year of "hosted by <country> in <years>", of
    "<place> hosted <events> in <years>" and of a list of places and years after the events ("Summits (<city>
    <year>, <city> <year>)")."""
    out: list[tuple[str, int, int, str]] = []
    for m in HOSTED_IN_YEARS.finditer(text):
        place = resources.country_display(m.group(1)) if m.group(1) in resources.country_names() else m.group(1)
        out += [(m.group(2), m.start(2), m.start(3) + y.start(), place)
                for y in re.finditer(r"(?:19|20)\d\d", m.group(3))]
    for m in EVENTS_LISTED.finditer(text):
        out += [(m.group(1), m.start(1), m.start(2) + y.start(2), y.group(1)) for y in PLACE_YEAR.finditer(m.group(2))]
    m = HOSTED_BY.search(text)
    pos = m.end() if m else -1
    while m:
        host = HOST_YEARS.match(text, pos)
        if not host or host.group(1) not in resources.country_names():
            break
        country = resources.country_display(host.group(1))
        out += [(m.group(1), m.start(1), host.start(2) + y.start(), country)
                for y in re.finditer(r"(?:19|20)\d\d", host.group(2))]
        pos = host.end()
    return out


def _year_named(s: Sentence, art: Article, hosted: list[tuple[str, int, int, str]]
                ) -> list[tuple[str, int, int, int, tuple[int, int] | None]]:
    """(event noun, its place, the year's place, where to look for the event's place, where the visitor is named)
    of each year-named event of a sentence: the place follows "the 2015 exercise", and stands inside "held in
    Georgia in 2002"; the visitor of "the visit of <person> to <place> in <year>" stands between "of" and "to";
    ``hosted`` is the sentence's hosted_by_years, read once by the caller, which also places those events."""
    found = [(m.group(2), m.start(2), m.start(1), m.end(), None) for m in YEAR_EVENT.finditer(s.text)]
    # (a named exercise only where someone held it or took part: one called off, briefed on or expected is a topic)
    found += [(m.group(2), m.start(2), m.start(1), m.end(), None) for m in NAME_YEAR_BEFORE.finditer(s.text)
              if TOOK_PART_OR_HELD_BEFORE.search(s.text, max(0, m.start() - 40), m.start())]
    found += [(m.group(1), m.start(1), m.start(2), m.end(), None) for m in NAME_YEAR_AFTER.finditer(s.text)
              if TOOK_PART_OR_HELD_BEFORE.search(s.text, max(0, m.start() - 40), m.start())]
    found += [(noun, noun_at, year_at, year_at, None) for noun, noun_at, year_at, _ in hosted]
    found += [(m.group(1), m.start(1), m.start(2), s.text.index(" held", m.start()) + 5, None)
              for m in HELD_IN_YEAR.finditer(s.text)]
    found += [(m.group(1), m.start(1), m.start(2), m.end(1), None) if m.group(1) else
              (m.group(3), m.start(3), m.start(4), m.end(3), None) for m in PLACED_SUMMIT_IN_YEAR.finditer(s.text)]
    visits = list(VISITED_IN_YEAR.finditer(s.text))
    nouns = list(VISIT_OF_IN_YEAR.finditer(s.text))
    took_part = list(TOOK_PART_IN_YEAR.finditer(s.text))
    held = HELD_A_IN_YEAR.search(s.text)
    year_lists = list(VISITS_IN_YEARS.finditer(s.text))
    if (visits or nouns or took_part or year_lists or held) and not [
            d for d in find_dates(s.text, art.published, s.start)
                                                             if d.precision in ("day", "month")]:
        found += [(m.group(2), m.start(2), m.start(1), m.end(), None) for m in HELD_A_IN_YEAR.finditer(s.text)]
        for m in took_part:
            noun, year = (2, 1) if m.group(2) else (3, 4)
            verb = TOOK_PART_VERB.search(s.text, m.end(1) if year == 1 else m.start()).start()
            found.append((m.group(noun), m.start(noun), m.start(year), m.end(noun),
                          (m.end(1) if year == 1 else 0, verb)))
        for m in visits:
            verb, year = (2, 1) if m.group(2) else (3, 4)
            if m.group(verb) != "visit":
                found.append((m.group(verb), m.start(verb), m.start(year), m.end(), None))
            elif first := FIRST_TO_VISIT.search(s.text, 0, m.start(verb)):
                # "<name> became the first <office> to visit <place>": the visitor is named before "the first"
                found.append((m.group(verb), m.start(verb), m.start(year), m.start(verb) - 3,
                              (m.end(1) if year == 1 else 0, first.start())))
        found += [(m.group(1), m.start(1), m.start(3), m.end(2), m.span(2)) if m.group(1) else
                  (m.group(5), m.start(5), m.start(6), m.end(5), (max(0, m.start(4) - 30), m.end(4))) for m in nouns]
        found += [("visit", m.start(1), m.start(2) + y.start(), m.end(1), None)  # (each year of the list)
                  for m in year_lists for y in re.finditer(r"(?:19|20)\d\d", m.group(2))]
    return found


def superseded_lead(e: Event, events: list[Event], art: Article) -> bool:
    """Drop a lead-sentence event when the article dates the same happening in the days before."""
    if e.date.kind != "published":
        return False
    # on the lead's own day only an event of its family is the same happening ("today" a figure of type
    # other is no report of the press conference the lead announces)
    # (not by a date of its own sentence's relative clause: "<guest>, who arrived yesterday, has met <host>")
    return any(o is not e and o.date.kind != "published" and o.precision == "day" and o.date_start
               and o.sentence is not e.sentence
               and e.date_start - dt.timedelta(days=7) <= o.date_start <= e.date_start
               and (o.date_start < e.date_start or o.family == e.family and o.event_type != "other")
               and not _other_table(e, o) for o in events)


def _other_table(lead: Event, other: Event) -> bool:
    """A visit ("<host> has met <guest>" in the lead; "<guest> arrived on <weekday> for a <n>-day visit" later: the
    trip that brought the guest, not the talks), or talks of other people: the one who heads the lead's talks is not
    at them ("<guest> had talks with <another host> on Thursday" is another meeting)."""
    if lead.family == "talks" and other.family == "visit":
        return True
    heads = {p for p, role in lead.people if role == "head"}
    return lead.family == other.family == "talks" and bool(heads) and bool(other.people) \
        and not heads & {p for p, _ in other.people}
