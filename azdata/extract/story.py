"""The reading of one article, sentence by sentence, as a reader would: a dated sentence with an
event word opens an event; the sentences after it that name who spoke or took part add
participants, until another date moves the story elsewhere.  A date with no event word may still
date the event word of the very next sentence ("..., Peach said on November 26. Peach made the
remarks while meeting Hasanov").  The stages it calls live in the modules beside it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import resources
from ..dates import DateMention
from ..gates import Gated
from ..names import RECALL_VERBS, SPEECH_VERBS
from ..published import header_month_end
from ..read import Article, Sentence
from ..speakers import speaker_byline, turn_label_end
from .delegations import EARLIER_EDITIONS, assign_countries, listed_below
from .events import (
    SIDE_MEETING_OPENING,
    byline_event,
    during_visit,
    events_from,
    lead_event,
    side_meeting,
    superseded_lead,
    year_named_events,
)
from .itinerary import merge_visits
from .masthead import masthead, masthead_event
from .model import Event, main_event
from .participants import (
    DELEGATION_LEAD,
    GROUP_NOUN,
    GUEST_REF,
    REPORTED,
    SPEECH,
    PersonRef,
    add_person,
    assign_participants,
    attach_to_frame,
    delegation_members,
    group_refs,
    guest_refs,
    join_delegation,
)
from .places import host_country, same_place
from .statistics import day_count
from .timing import apply_lengths, cited, close_ranges, dates_in, eventable_dates, in_history_clause
from .triggers import Trigger, clause_of, clause_spans, exercise_names, named_exercise_triggers, triggers_in

N_DAY_EVENT = Gated(r"\b(?:The|the|This|this)\s+(two|three|four|five|six|seven|\d+)-day\s+(?:event|conference|meeting|"
                    r"visit|exercise|forum|seminar|session|course|programme|drills?|training|workshop|gathering|"
                    r"symposium)\b", ["-day"])
# date kinds that are the story's own time ("the same day", "two days later", "on the second day", "on the eve of"):
# a sentence dated only so stays with the event under way
STORY_TIME = ("same_day", "offset", "story_day", "eve")
# "..., <name> said on <date>.": a speech verb that dates what the next sentence reports (not "recalled that
# ... on <date>", which looks back); one list with names.SPEECH_VERBS
_REPORTING = tuple(v for v in SPEECH_VERBS if v not in RECALL_VERBS)
_REPORTING += tuple(v for v in ("told", "stated", "announced", "declared", "reported", "underscored", "remarked")
                    if v not in _REPORTING)
# (not the passive "was said to be against": hearsay about a stance, which dates nothing the next sentence reports)
REPORTING = Gated(r"\b(?:" + "|".join(_REPORTING) + r")\b(?!\s+to\s+(?:be|have)\b)", list(_REPORTING))
# the lead in the present perfect ("has held talks", "has paid a visit", "has taken place") or progressive ("is now
# under way", "who is on a visit to <country>"): with no date of its own it reports an event on the publication day
# ("<the question> has been discussed": a topic's passive, no talks of the day)
LEAD_PERFECT = Gated(r"\b(?:(?:has|have)\s+(?:\w+\s+){0,2}?(?:hosted|held|had|met|(?<!been\s)discussed|visited|"
                     r"received|signed|presented|opened|paid|organi[sz]ed|attended|arrived|taken part|participated|"
                     r"taken place|conducted|welcomed|"
                     r"started|begun|kicked off|got under\s?way|gotten under\s?way|left|departed|returned|been\s+sent"
                     r"|wrapped up|concluded|completed|ended|finished|rounded off"
                     r"|been\s+dispatched|been\s+deployed"
                     # ("<the question> has been discussed at a meeting of <body>": the meeting is the news)
                     r"|been\s+discussed(?=\s+(?:at|during)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|session"
                     r"|conference|seminar|forum|talks)\b))"
                     r"|(?:is|are)\s+(?:now\s+|currently\s+)?(?:under\s?way|taking place|being held|in progress"
                     r"|hosting|holding|conducting|staging|attending|the venue (?:of|for)|in full swing)|goes on|go on"
                     # ("The visit of <guest> to <country> continues (in <city>)": the happening under way today)
                     r"|continues?(?=\s*(?:[.,;]|$|\s+(?:in|at|today)\b)))\b",
                     ["has", "have", "is", "are", "go", "continue"])


# what a visitor is in a city to do ("is in Baku to review the plan"); resources/event_types.csv lists the same verbs
PURPOSE_VERBS = (r"(?:review|assess|discuss|attend|hold|meet|take\s+part|participate|observe|evaluate|study|sign|open"
                 r"|inspect|conduct|consult)")
# "X starts his trip to <country> with a visit to ...", "X meets Y in Baku", "X, who is on a visit to <country>,":
# a headline's present tense in the lead is the day's news, as the present perfect is (only with a talks or visit
# word after it, and only where no perfect verb tells the news)
LEAD_PRESENT = Gated(r"\b(?:starts|begins|continues(?!\s+to\b)|concludes|wraps up|pays|holds|meets|visits|arrives"
                     r"|receives|hosts|(?:is|are)\s+(?:now\s+|currently\s+)?(?:visiting|on\s+(?:a|an|his|her|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)"
                     # ("<guest> is in <city> for talks": there now, for what the visit is for)
                     r"|in\s+[A-Z][\w’'-]+\s+for\s+(?:talks|consultations|meetings|an?\s)"
                     # ("<guest> is in <city> on an official visit", "... is in <city> to review the plan")
                     r"|in\s+[A-Z][\w’'-]+\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit"
                     r"|in\s+[A-Z][\w’'-]+\s+to\s+" + PURPOSE_VERBS + r"))\b",
                     ["starts", "begins", "continues", "concludes", "wraps up", "pays", "holds", "meets", "visits",
                      "arrives", "receives", "hosts", "is", "are"])


# "X has spoken highly of ... as he met Y", "X has stressed ... at a meeting with Y": a lead in the present
# perfect of a speech verb reports the talks it was said at (a talks or visit word must be in the sentence)
LEAD_PERFECT_SPEECH = Gated(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:said|stated|declared|told|spoken|stressed"
                            r"|emphasi[sz]ed|underlined|highlighted|noted|hailed|praised|expressed|voiced|reaffirmed"
                            r"|called for)\b",
                            ["has", "have"])


# "Servicemen of the army are taking part in the <exercise>": the event under way on the publication day (only with
# an event word after the verb: "taking part in the programme" is no happening)
LEAD_TAKING_PART = Gated(r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:taking part|participating)\s+in\b",
                         ["taking part", "participating"])


# "has stressed his readiness to visit <place>": an act to come, which the lead's verb does not report
INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
# a speech verb reports the talks it was said at ("has said at a meeting with", "has stated during talks", "as he
# met"), not talks its words tell of ("has said that the next meeting will be held ...")
SETTING_BEFORE = re.compile(r"\b(?:at|during|after|following|on the sidelines of|in the course of|while|as|when)\s+"
                            r"(?:[\w’'-]+\s+){0,3}$")


# "Speech by <name>, <office>, at the <meeting>": where the speech was given
SPOKEN_AT = re.compile(r",?\s+(?:at|to|before|during|on the occasion of)\s+(?:the|a|an)\s+")


def _spoken_at(text: str, trigs: list[Trigger]) -> int | None:
    """Where a speech heading ("Speech by <name>, <office>, at the <meeting>") says the speech was given, when an
    event word (not one of type other) follows."""
    m = resources.speech_heading_pattern().match(text)
    at = SPOKEN_AT.search(text, m.end()) if m else None
    if at is None or not any(t.pos > at.start() and t.event_type != "other" for t in trigs):
        return None
    return at.start()


def speech_title(art: Article) -> Sentence | None:
    """A page's title that names a speech, its speaker and the gathering it was given at, as the sentence the
    story opens with (titles are set aside with the page's furniture; this one says what the page reports)."""
    title = art.title.strip()
    if _spoken_at(title, triggers_in(title)) is None:
        return _byline_above_body(art)
    start = art.text.find(title)
    return Sentence(start, start + len(title), title, -1) if start >= 0 else None


def _byline_above_body(art: Article) -> Sentence | None:
    """"by <name>, <office> at <meeting>" on a line above the body, set aside with the page's furniture: the
    speaker line of a speech's page, which says what the page reports (its offsets are the line's)."""
    body_start = art.paragraphs[0][0] if art.paragraphs else len(art.text)
    lines = art.text[:body_start].split("\n")
    pos = 0
    for n, line in enumerate(lines):
        text = line.strip()
        if text and speaker_byline(text):
            start = art.text.find(text, pos)
            end = start + len(text)
            following = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if following.startswith("and "):  # "by <office>, <name>\nand <office> <name>": two speakers
                end = art.text.find(following, end) + len(following)
            return Sentence(start, end, art.text[start:end].replace("\n", " "), -1)
        pos += len(line) + 1
    return None


def _lead_verb(s: Sentence, trigs: list[Trigger]) -> int | None:
    """Where the lead's present-perfect (or headline-present) verb is, if the lead reports a happening of the
    publication day (or where a speech title says the speech was given)."""
    if s.paragraph < 0 and (at := _spoken_at(s.text, trigs)) is not None:
        return at
    m = LEAD_PERFECT.search(s.text)
    if m and not REPEATED.search(s.text, m.end()):
        return m.start()
    m = LEAD_TAKING_PART.search(s.text)
    if m and any(t.event_type != "other" and t.pos > m.start() for t in trigs):
        return m.start()
    for pattern, setting in ((LEAD_PERFECT_SPEECH, SETTING_BEFORE), (LEAD_PRESENT, None)):
        m = pattern.search(s.text)
        if m and any(t.family in ("talks", "visit") and t.pos >= m.start()
                     and not INFINITIVE_BEFORE.search(s.text, max(0, t.pos - 4), t.pos)
                     and (setting is None or setting.search(s.text, max(m.end(), t.pos - 60), t.pos)) for t in trigs):
            return m.start()
    return None


# "has visited Baku several times", "have met regularly": a perfect of repeated acts, none of them the day's news
REPEATED = re.compile(r"\b(?:several|many|numerous|\d+|two|three|four|five)\s+times\b|\b(?:repeatedly|regularly"
                      r"|more than once|on (?:several|many|numerous) occasions|time and again)\b")


# "At present 90 servicemen are taking part in the mission": the sentence's time is now, not the date reported before
AT_PRESENT = re.compile(r"\b(?:[Aa]t present|[Cc]urrently|[Nn]owadays|[Aa]t the moment)\b")
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")


@dataclass
class Story:
    """What a reader keeps in mind between sentences of one article."""

    events: list[Event] = field(default_factory=list)
    frame: list[Event] = field(default_factory=list)      # the events the story is at now
    pending: list[DateMention] = field(default_factory=list)  # a reported date waiting for its event word
    pending_paragraph: int = -1
    undated_talks: list[int] = field(default_factory=list)  # who met in the sentence before, which gave no date
    # the happening the sentence before told with no date, and who was named there ("A seminar ... was organised by
    # <body>. It took place on 14 May.")
    undated_trigs: list[Trigger] = field(default_factory=list)
    undated_people: list[int] = field(default_factory=list)
    pending_place: str = ""  # the city of a dateline that dates the lead
    speaker: int | None = None  # who speaks after a "Statement by <name>" heading: the "we" of what follows
    dateline_place: str = ""  # the city of the dateline or byline lines before the lead ("Baku. Name – APA.")
    last_day: dt.date | None = None
    last_year: int | None = None  # the year of the last date written with one ("in October of that year")
    last_told_day: dt.date | None = None  # the day of the last event told, a planned one too ("On the same day ...")
    last_subject: int | None = None
    previous_people: list[int] = field(default_factory=list)
    recent_people: list[int] = field(default_factory=list)
    delegation_head: list[int] = field(default_factory=list)  # "a delegation led by X": whom "the delegation" means
    delegation_members: list[int] = field(default_factory=list)  # "the delegation is made up of A, B and C"
    voices: set[int] = field(default_factory=set)  # spokespeople who told of the events ("..., X said" later too)
    # kept beside ``events`` so that no sentence rescans every earlier event (that made an article of
    # many dated sentences take time in the square of their number)
    visits: list[Event] = field(default_factory=list)        # the events of family "visit", in order
    published_leads: list[Event] = field(default_factory=list)  # lead events dated by publication
    # who took part in a conference, exercise or ceremony a sentence names without a date: (type, people)
    undated_gatherings: list[tuple[str, list[int]]] = field(default_factory=list)

    def main_event(self) -> Event:
        return main_event(self.frame)


def story_events(art: Article, sents: list[Sentence], sentence_people: list[list[PersonRef]],
                 foreign: frozenset[int] = frozenset()) -> list[Event]:
    """Every event of the article, in reading order, with the mentions of one trip merged (``foreign``: the
    people known to be from abroad, whom "the visiting general" can mean)."""
    story = Story()
    head = masthead(art)
    # an undated page of one event: the year of the days its masthead gives, or of the month its crawler's header
    # gives, dates what the story writes without one
    year_of = named_year = None
    if art.published is None:
        year_of = (head.date_end or head.date_start) if head is not None else header_month_end(art.text)
        named_year = None if year_of else _named_exercise_year(sents)
        year_of = dt.date(named_year, 12, 31) if named_year else year_of
    preamble = True  # only a dateline or the outlet's name so far: the next sentence is still the lead
    exercises: set[str] = set()  # the names the article has given exercises so far
    for n, (s, refs) in enumerate(zip(sents, sentence_people)):
        dates = dates_in(s, art, story.frame, story.last_day, year_of, story.last_year, story.last_told_day,
                         in_year_named=bool(named_year),
                         visit=next((v for v in reversed(story.visits) if v.date_end), None))
        eventable = eventable_dates(s, dates)
        trigs = triggers_in(s.text)
        if exercises:
            trigs = sorted(trigs + named_exercise_triggers(s.text, exercises, trigs), key=lambda t: t.pos)
        exercises |= exercise_names(s.text)
        lead = preamble
        preamble = preamble and (_only_outlet(s.text) or not trigs and (_dateline_only(s, eventable)
                                                                        or not dates and _byline_only(s.text)))
        if preamble and not story.dateline_place:
            story.dateline_place = _dateline_city(s.text)
        _mark_delegation_leader(s, refs, story)
        for r in refs:  # a spokesperson quoted again by surname still only tells of the event
            if r.voice:
                story.voices.add(r.person)
            elif r.person in story.voices:
                r.aside = True
        at_table = list(dict.fromkeys(p for p, _ in story.main_event().people)) if story.frame else []
        refs = refs + group_refs(s, refs, story.previous_people, story.recent_people, at_table) + guest_refs(
            s, refs, story.visits, story.delegation_head, story.events, foreign)
        created: list[Event] = []
        if trigs and _told_start(s, eventable, trigs, story):
            trigs = []  # "The course had started on <day>": the first day of the one just told, no event of its own
        anaphora = bool(eventable and story.undated_trigs and all(t.event_type == "other" for t in trigs)
                        and PRONOUN_DATED.match(s.text))
        if anaphora:
            # "It took place on 14 May": the date of the happening the sentence before told
            created = events_from(s, eventable[:1], [Trigger(0, t.text, t.event_type, t.family)
                                                     for t in story.undated_trigs], art, borrowed=True)
        elif eventable and trigs:
            perfect = _perfect_beside_relative(s, eventable, trigs) if lead and art.published else []
            rest = [t for t in trigs if t not in perfect]
            created = events_from(s, eventable, rest, art) if rest else []
            if perfect:  # "X, who arrived in Baku yesterday, has met Y": the meeting is the day's news
                created += lead_event(s, perfect, art, perfect[0].pos)
            if not created and lead and art.published and all(d.date_start == art.published for d in eventable) \
                    and (perfect := LEAD_PERFECT.search(s.text)):
                # "<exercise> has got under way ..., the ministry said <day of publication>.": the lead's news
                created = lead_event(s, trigs, art, perfect.start())
            elif not created and lead and (said := _attribution_day(s, eventable, art)) is not None \
                    and (perfect := LEAD_PERFECT.search(s.text)) and perfect.group(0).startswith(("has", "have")):
                # "<A> has met <B>, the ministry said on <weekday>.": the news of the day the source told it
                created = lead_event(s, trigs, art, perfect.start(), day=said)
        elif trigs and not eventable and story.pending and story.pending_paragraph >= s.paragraph - 1 \
                and not _plan_after_dateline(s, story.pending, art) and not AT_PRESENT.search(s.text) \
                and not any(d.vague for d in dates):  # ("held talks last month": not the dateline's day)
            created = events_from(s, story.pending, trigs, art, borrowed=True)
            if story.pending_place:
                _dateline_place(created, story.pending_place)  # its city, over no place or only its country
        elif art.published and refs and speaker_byline(s.text) \
                and all(e.sentence.text != s.text for e in story.events):  # "by <office>, <name>" (printed once)
            created = byline_event(s, art)
        elif trigs and lead and not _own_dates(s, dates, art.published) and art.published \
                and (verb := _lead_verb(s, trigs)) is not None:
            created = lead_event(s, trigs, art, verb)
        elif not dates and story.frame and (opening := SIDE_MEETING_OPENING.match(s.text)):
            created = side_meeting(s, trigs, opening, story.main_event(), art)
        elif not dates and story.frame and all(e.family == "visit" for e in story.frame) \
                and s.paragraph <= story.frame[0].sentence.paragraph + 1:
            created = during_visit(s, trigs, story.frame[0], art)
        if lead and story.dateline_place:
            _dateline_place(created, story.dateline_place)
        close_ranges(created, story.events, [d for d in dates if d.until and d.date_start])
        apply_lengths(s, created)
        if resources.speech_heading_pattern().match(s.text) and refs:
            story.speaker = refs[0].person
        elif refs and refs[0].pos - s.start < turn_label_end(s.text):  # (0 where no label opens the sentence)
            story.speaker = refs[0].person  # "JOHN SMITH (Spokesman): We ...", "Secretary General <Name>: We ..."
        if created:
            _report_events(s, created, refs, trigs, dates, art, story)
            for e in created if anaphora else []:
                for person in story.undated_people:  # who the sentence before named
                    add_person(e, person, "member")
            if story.speaker is not None and FIRST_PERSON.search(s.text):
                for e in created:  # "I remember our meeting in February", "Today's meeting ... our partnership"
                    add_person(e, story.speaker, "member")
            if story.undated_talks and THE_MEETING_DATED.match(s.text):
                for e in created:  # "X received Y. The meeting took place on 15 May.": X and Y met on the 15th
                    if e.family == "talks" and not e.people:
                        for person in story.undated_talks:
                            add_person(e, person, "member")
        else:
            refs = _follow_story(s, refs, trigs, dates, eventable, art, story)
        undated = not created and not dates
        story.undated_talks = [r.person for r in refs] if undated and any(t.family == "talks" for t in trigs) else []
        # (a gathering or talks named as such, not a verb of topic: "the plan was discussed" is no happening to date)
        story.undated_trigs = [t for t in trigs if t.event_type != "other" and (
            t.family != "talks" or not t.text.lower().startswith("discuss"))][:1] if undated else []
        story.undated_people = [r.person for r in refs if not r.aside] if story.undated_trigs else []
        if not created and not dates and refs and TOOK_PART.search(s.text):
            # "X and Y took part in the conference the ministry held ...", the conference dated later
            kinds = {t.event_type for t in trigs if t.event_type in GATHERING_KINDS}
            if len(kinds) == 1:
                story.undated_gatherings.append((kinds.pop(), [r.person for r in refs if not r.aside]))
        # a delegation list belongs to the event the sentence reports, else to the one under way,
        # else to the article's latest event
        target = created[-1] if created else (story.main_event() if story.frame
                                              else (story.events[-1] if story.events else None))
        if target is not None and (created or not EARLIER_EDITIONS.search(s.text)):
            assign_countries(s, [target], listed_below(sents, n))
        _remember(s, refs, dates, art, story)
    events = [e for e in story.events if not superseded_lead(e, story.events, art)]
    _join_undated_gatherings(events, story.undated_gatherings)
    _merge_today_repeats(events)
    events += year_named_events(art, sents, events, sentence_people)
    merge_visits(events)
    _host_places(events)
    _visits_framing_one_meeting(events)
    _visit_of_the_speech(events)
    _month_then_its_days(events, sents)
    _named_before(events, sents)
    head = masthead_event(head, events)
    return events + [head] if head else events


RECALLING = re.compile(r"\b(?:" + "|".join(RECALL_VERBS) + r"|recalling|remembered|remembering)\b", re.IGNORECASE)
# "X was also received by Y", "X later met Y": a meeting other than the one the story is at
ANOTHER_MEETING = re.compile(r"\b(?:also|later|then|afterwards|separately)\s+(?:(?:was|were)\s+)?(?:met|meets|received"
                             r"|receives|held talks|had talks|had a meeting|hosted)\b|\b(?:was|were)\s+(?:also|later"
                             r"|then|separately)\s+received\b")


# "It opened on Wednesday at the base", "They began on 5 May": the first day of the event under way
# (also told after its end: "It had started on <day>", "The course had begun on <day>")
OPENED_ON = re.compile(r"(?:It|They|(?P<noun>The\s+(?:[\w’'-]+\s+){0,3}?(?i:course|exercises?|drills|training"
                       r"|certification|evaluation|seminar|session|conference|workshop)))\s+(?:had\s+|has\s+)?"
                       r"(?:(?:was|were)\s+)?"
                       r"(?:officially\s+)?(?:opened|began|begun|started|kicked off|got under\s?way|was launched)\b")


# "X and Y took part in / attended the conference": the verbs of taking part in a gathering
TOOK_PART = re.compile(r"\b(?:took part in|taken part in|attended|participated in)\b")
GATHERING_KINDS = ("conference", "exercise", "ceremony")


def _join_undated_gatherings(events: list[Event], undated: list[tuple[str, list[int]]]) -> None:
    """Who took part in a gathering a sentence names without a date ("X and Y took part in the conference the
    ministry held ..."), when the article dates exactly one gathering of that kind ("On 26 November Baku hosted
    a conference ..."): they took part in that one."""
    for kind, people in undated:
        same = [e for e in events if e.event_type == kind and e.merged_into is None]
        if len(same) == 1:
            for person in people:
                add_person(same[0], person, "member")


def _spanned(e: Event, d: DateMention) -> bool:
    """The range d gives the dates of event e under way: it starts on e's day, or e is a lead's event put on the
    publication day, which the range holds."""
    return e.family != "talks" and (e.date_start == d.date_start or e.date.kind == "published"
                                    and d.date_start <= e.date_start <= d.date_end)


def _opening_day(s: Sentence, eventable: list[DateMention], story: Story) -> DateMention | None:
    """A sentence that opens with "It opened on <day>" dates the start of the event under way (a visit, exercise,
    course or gathering already reported as going on), when that day comes before the start it has."""
    if _earlier_opening(s, eventable, story) is None:
        return None
    d, event = eventable[0], story.main_event()
    event.date_end = event.date_end or event.date_start
    event.date_start = d.date_start
    return d


def _earlier_opening(s: Sentence, eventable: list[DateMention], story: Story) -> re.Match | None:
    """The sentence opens "It opened / The <event> had started on <day>" with that one day, before the first day of
    the event under way (not talks): its OPENED_ON match, else None."""
    m = OPENED_ON.match(s.text)
    if not (m and story.frame and len(eventable) == 1):
        return None
    d, event = eventable[0], story.main_event()
    return m if d.precision == "day" and event.family != "talks" and d.date_start < event.date_start else None


RELATIVE_CLAUSE = re.compile(r"\s*(?:who|which)\b")


def _perfect_beside_relative(s: Sentence, eventable: list[DateMention], trigs: list[Trigger]) -> list[Trigger]:
    """The event words of a lead's present-perfect clause when the sentence's dates stand only in relative clauses
    about someone in it ("<guest>, who arrived in <city> yesterday, has met <host>"): the date is the guest's, the
    perfect the day's news."""
    m = LEAD_PERFECT.search(s.text)
    if not m:
        return []
    clauses = clause_spans(s.text)
    verb = clause_of(m.start(), clauses)
    date_clauses = {clause_of(d.start - s.start, clauses) for d in eventable}
    if verb in date_clauses or not all(RELATIVE_CLAUSE.match(s.text, clauses[c][0]) for c in date_clauses):
        return []
    return [t for t in trigs if clause_of(t.pos, clauses) == verb and t.pos >= m.start()]


def _told_start(s: Sentence, eventable: list[DateMention], trigs: list[Trigger], story: Story) -> bool:
    """"The <event> had started on <day>", of the kind of the event under way and before its first day: that
    event's start, which ``_opening_day`` sets."""
    m = _earlier_opening(s, eventable, story)
    return bool(m and m.group("noun")) and {t.event_type for t in trigs} == {story.main_event().event_type}


def _plan_after_dateline(s: Sentence, pending: list[DateMention], art: Article) -> bool:
    """"BAKU, May 5. X is to take part in ...": the dateline's day is the report's, and a plan is not dated by it
    (a day a source gave before, "will begin on July 26", still dates the plan that follows)."""
    return all(d.date_start == art.published for d in pending) and bool(resources.planned_pattern().search(s.text))


def _merge_today_repeats(events: list[Event]) -> None:
    """"Today's meeting", "the talks today": a mention dated only by "today" of a kind of event the story has
    already reported on that day is that event (a speech names the meeting it is given at so), and its
    people join it; so is an exercise or course told again from the same first day, an event of a month
    recalled again in a later sentence, and a meeting of the same two people on the same day told again."""
    first: dict[tuple, Event] = {}
    for i, e in enumerate(events):
        key = (e.date_start, e.event_type)
        earlier = first.setdefault(key, e)
        today = e.date.kind == "relative" and e.date.text.casefold() == "today"
        # "the drills, which began on <day>" and later "the drills, held from <day> to <day>": one exercise
        # (or course) told twice; two meetings on one day are often two
        spans = e.event_type in ("exercise", "conference") and (earlier.date_end is None or e.date_end is None
                                                                 or earlier.date_end == e.date_end)
        # "in February 2017 X met Y ... That February meeting ...": a recalled month told again is one event
        month = e.precision == "month" and earlier.precision == "month" and e.sentence is not earlier.sentence
        # "A meeting between A and B began on 17 March ... where he met A": the same two at one table that day
        people = {p for p, _ in e.people}
        pair = e.family == earlier.family == "talks" and e.sentence is not earlier.sentence and len(people) >= 2 \
            and people == {p for p, _ in earlier.people} and e.date_end is None and earlier.date_end is None
        if earlier is not e and (today or spans or month or pair):
            _merge_into(e, earlier)
        elif today and e.event_type in ("exercise", "conference"):
            # "the exercise, held on <day>-<day>, has ended ... X watched its last stage today":
            # a day inside the span of the exercise (or course) told before is that exercise
            within = [o for o in events[:i] if o.merged_into is None and o.event_type == e.event_type
                      and o.date_end and o.date_start <= e.date_start <= o.date_end]
            if within:
                _merge_into(e, within[0])
    _join_end_and_start(events)
    _talks_told_in_detail(events)


TALKS_HELD = re.compile(r"\b(?:held|had|holds|has|conducted)\s+(?:talks|meetings|consultations)\b(?!\s+with\b)")


def _talks_told_in_detail(events: list[Event]) -> None:
    """"X held talks in the parliament and at the ministry on <day>", then "that day X was received by Y": talks
    that name no one across the table, told again in full the same day, are those talks."""
    for i, e in enumerate(events):
        people = {p for p, _ in e.people}
        if e.merged_into is not None or e.event_type != "meeting" or len(people) != 1 or e.date_end is not None \
                or not e.trigger_pos or not all(TALKS_HELD.search(e.sentence.text, max(0, p - 16), p + 24)
                                                for p in e.trigger_pos):
            continue  # (a meeting of a body attended is a gathering of its own)
        told = next((o for o in events[i + 1:] if o.merged_into is None and o.event_type == "meeting"
                     and o.date_start == e.date_start and o.sentence is not e.sentence and o.date_end is None
                     and people < {p for p, _ in o.people}), None)
        if told is not None:
            _merge_into(e, told)


# a visit told by the guest's arrival or presence ("who is visiting <country>", "arrived in <city> on <day> and met")
ARRIVING_OR_VISITING = re.compile(r"(?:visiting|arriv(?:ed|es|ing))\b", re.I)


def _visits_framing_one_meeting(events: list[Event]) -> None:
    """"X met Y, who is visiting <country>", "Y arrived in <city> on <day> and met X there": when the guest's
    arrival or stay frames the one meeting told in the same sentence, that day and nothing else of the same
    people, the visit is the meeting, not an event beside it. A visit of several parts ("paid a visit ..., during
    which he held talks with A and met B") stays an event, and so does one told as a noun."""
    by_day: dict[dt.date, list[Event]] = {}
    for e in events:
        if e.merged_into is None and e.precision == "day" and e.date_end in (None, e.date_start):
            by_day.setdefault(e.date_start, []).append(e)
    for same_day in by_day.values():
        for v in [e for e in same_day if e.event_type == "visit" and _told_by_arrival_or_stay(e)]:
            visitors = {p for p, _ in v.people}
            parts = [e for e in same_day if e is not v and e.merged_into is None and (
                not visitors or not e.people or visitors & {p for p, _ in e.people})]
            if len(parts) == 1 and parts[0].event_type == "meeting" and parts[0].sentence is v.sentence \
                    and same_place(parts[0].location, v.location):
                meeting = parts[0]
                meeting.location = meeting.location or v.location  # a meeting during a visit: the visit's place
                roles = dict(v.people)  # the visitors keep the roles the visit gave them ("head")
                meeting.people = [(person, roles.get(person, role)) for person, role in meeting.people]
                _merge_into(v, meeting)


def _visit_of_the_speech(events: list[Event]) -> None:
    """A speech page's address (its speaker line, dated by the page) and a visit the page tells on the same day
    by the same speakers ("today's visit of the President to the Alliance"): one occasion, the address."""
    for address in [e for e in events if e.family == "address" and e.people and speaker_byline(e.sentence.text)]:
        speakers = {p for p, _ in address.people}
        for v in events:
            if v.event_type == "visit" and v.merged_into is None and v.date_start == address.date_start \
                    and v.people and {p for p, _ in v.people} <= speakers:
                address.location = address.location or v.location
                _merge_into(v, address)


# "<name>, who was (then) on a <kind of> visit to <country>, met ...": the guest's stay told in a clause about them
ON_A_VISIT_BEFORE = re.compile(r"\bwho\s+(?:is|was|are|were)\s+(?:currently\s+|then\s+)?on\s+an?\s+(?:[\w-]+\s+){0,2}$")


def _told_by_arrival_or_stay(e: Event) -> bool:
    text = e.sentence.text
    # (not a visit within a programme: "who was on a visit to <country> within the NATO Days" stays an event)
    return any(ARRIVING_OR_VISITING.match(text, pos) or ON_A_VISIT_BEFORE.search(text, max(0, pos - 60), pos)
               and not re.match(r"[^,.;]{0,60}?\b(?:within|as\s+part\s+of|in\s+the\s+framework\s+of)\b", text[pos:])
               for pos in e.trigger_pos)


MONTH_THEN_DAYS_SENTENCES = 2  # how far after the month its days may be told
# the sentence of the days names the happening told before as its subject ("The exercise will run ...", "It is due
# to open on ...", "On <day>, the drills began"; not "On <day> the president received the group", a happening of
# its own within the month)
REFERS_BACK = re.compile(r"(?:(?:On|From|Between|In)\s[^,]{1,40},\s+)?(?i:(?:it|they)\b|(?:the|this|that|these)\s+"
                         r"(?:[\w’'-]+\s+){0,5}?(?:exercises?|drills|manoeuvres|maneuvers|training|course|seminar"
                         r"|conference|workshop|session|forum|visit|trip|meeting|talks|summit|event|ceremony)\b)")


def _month_then_its_days(events: list[Event], sents: list[Sentence]) -> None:
    """"... will take part in a NATO exercise in <country> in September. The exercise will run on Sept. 5-11.": a
    happening told by its month, then by its days within the next sentences, is one event on those days (the one
    event of that kind and month so told; two such would leave the month alone)."""
    order = {s.start: i for i, s in enumerate(sents)}
    live = [e for e in events if e.merged_into is None]
    for month in [e for e in live if e.precision == "month" and e.date_end is None]:
        days = [e for e in live if e.merged_into is None and e.precision == "day" and e.event_type == month.event_type
                and (e.date_start.year, e.date_start.month) == (month.date_start.year, month.date_start.month)
                and 0 < order.get(e.sentence.start, -1) - order.get(month.sentence.start, -1)
                <= MONTH_THEN_DAYS_SENTENCES
                and same_place(e.location, month.location) and REFERS_BACK.match(e.sentence.text)]
        if len(days) == 1:
            days[0].location = days[0].location or month.location
            _merge_into(month, days[0])


def _named_exercise_year(sents: list[Sentence]) -> int | None:
    """An undated page whose exercises are all named with one year ("the exercise <Name> <year>"): the days the
    story writes without a year are that year's, ahead or behind."""
    years = {int(m.group(0)) for s in sents for name in exercise_names(s.text)
             for m in re.finditer(r"(?:19|20)\d\d$", name)}
    if not years:  # "The <Name> international exercise ..." and later "the nations in <Name> <year>": that year
        text = " ".join(s.text for s in sents)
        for m in BARE_EXERCISE_NAME.finditer(text):
            name = re.sub(r"^(?:The|A|An|This)\s+", "", m.group(1))
            if " " in name:
                years |= {int(y) for y in re.findall(r"(?<![\w-])" + re.escape(name) + r"\s?[–—-]?\s?((?:19|20)\d\d)\b",
                                                     text)}
    return years.pop() if len(years) == 1 else None


# "<Name> (multinational) exercise": a name given without its year, and the words between it and the event word
BARE_EXERCISE_NAME = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*)\s+(?:[a-z-]+\s+){0,2}"
                                r"(?i:exercises?|drills|manoeuvres|maneuvers)\b")


def _merge_into(e: Event, keep: Event) -> None:
    e.merged_into = keep
    keep.date_end = keep.date_end or e.date_end
    keep.countries += [c for c in e.countries if c not in keep.countries]
    keep.home_listed = keep.home_listed or e.home_listed
    for person, role in e.people:
        add_person(keep, person, role)


# "The exercise ended on Friday. The drills had begun on 13 May.": the day an exercise or course ended
ENDED_ON = re.compile(r"\b(?:ended|closed|concluded|wrapped up|finished|came to an end)\s+(?:on\s+)?$")


# "The drills ... have wrapped up, <source> reported on <day>.": a lead that reports the end of the happening
LEAD_ENDED = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:ended|wrapped up|concluded|finished|closed|come to an end"
                        r"|been completed)\b")


def _join_end_and_start(events: list[Event]) -> None:
    """An exercise or course reported as ended on one day and begun on an earlier one (in either order) is one
    event from the first day to the last, when the two days are at most three weeks apart."""
    live = [e for e in events if e.merged_into is None and e.event_type in ("exercise", "conference")
            and e.precision == "day" and e.date_end is None]
    for end in [e for e in live if ENDED_ON.search(e.sentence.text, 0, max(0, e.date.start - e.sentence.start))
                or e.lead and LEAD_ENDED.search(e.sentence.text)]:
        starts = [e for e in live if e is not end and e.event_type == end.event_type and e.merged_into is None
                  and dt.timedelta(0) < end.date_start - e.date_start <= dt.timedelta(days=21)]
        if len(starts) == 1:
            start = starts[0]
            keep, other = (start, end) if start.sentence.start <= end.sentence.start else (end, start)
            _merge_into(other, keep)
            keep.date_start, keep.date_end = start.date_start, end.date_start


# "<minister> sets off for <city> for the meeting at <venue>. The meeting, set for Thursday, will ...": a gathering
# that a later sentence names again with "the" is the one named before; with no people or place of its own there, it
# has those of the event whose sentence named it
NAMED_AGAIN = re.compile(r"(?:[Tt]he|[Tt]his)\s+(meeting|talks|conference|session|summit|seminar|forum|course"
                         r"|exercises?|drills|ceremony)\b")
NAMED_BEFORE_SENTENCES = 2  # how far back the first naming may be


def _named_before(events: list[Event], sents: list[Sentence]) -> None:
    index = {s.start: n for n, s in enumerate(sents)}
    for i, e in enumerate(events):
        if e.people or e.location or e.merged_into or not e.trigger_pos:
            continue
        pos = e.trigger_pos[0]  # the noun itself, or the verb it is the subject of ("the meeting, to be held on ...")
        again = next((m for m in NAMED_AGAIN.finditer(e.sentence.text, max(0, pos - 40), pos + 20)
                      if m.start(1) == pos or e.event_type == "other" and m.end() <= pos <= m.end() + 30), None)
        if again is None:
            continue
        noun = re.compile(r"\b" + again.group(1) + r"\b", re.I)
        for o in reversed(events[:i]):
            if o.sentence.end <= e.sentence.start \
                    and index.get(o.sentence.start, -99) >= index.get(e.sentence.start, 0) - NAMED_BEFORE_SENTENCES \
                    and not o.merged_into and noun.search(o.sentence.text):
                e.location, e.people = o.location, list(o.people)
                break


def _host_places(events: list[Event]) -> None:
    """An event with no place, where a host received the visitors, is in the host's country; not one during a
    visit of the article that has a place (the tables give it the visit's)."""
    visits = [v for v in events if v.family == "visit" and v.location and not v.merged_into]
    for e in events:
        if e.location or any(v.date_start <= e.date_start <= (v.date_end or v.date_start) for v in visits):
            continue
        e.location = host_country(e.sentence.text, e.trigger_pos)


# "The meeting took place on 15 May", "The talks were held in Baku on 15 May": the meeting just reported, dated now
# "It took place on 14 May", "They were held on Friday in Brussels": a pronoun for the happening told just before
PRONOUN_DATED = re.compile(r"(?:It|They)\s+(?:took place|was held|were held|happened|opened|began|started"
                           r"|was organi[sz]ed|were organi[sz]ed|was staged|was conducted|were conducted|ran)\b")
THE_MEETING_DATED = re.compile(r"(?:The|This|These) (?:meeting|meetings|talks|reception|conversation|consultations"
                               r"|negotiations)\s+(?:took place|was held|were held)\b")


def _mark_delegation_leader(s: Sentence, refs: list[PersonRef], story: Story) -> None:
    """"A delegation ..., led by its chairman X, was received": X takes part, and is whom "the
    delegation" means later on; "the delegation is made up of A and B": who travels with it."""
    story.delegation_members = delegation_members(s, refs) or story.delegation_members
    lead = DELEGATION_LEAD.search(s.text)
    if not lead:
        return
    led = [r for r in refs if lead.end() <= r.pos - s.start <= lead.end() + 160][:1]
    if not story.delegation_head:
        story.delegation_head = [r.person for r in led]
        # "The visit of the <body> delegation lasted ... On <day> the delegation, led by X, ...": X heads that visit
        visit = story.visits[-1] if story.visits else None
        if visit is not None and led and not visit.people and visit.sentence is not s \
                and GROUP_NOUN.search(visit.sentence.text):
            add_person(visit, led[0].person, "head")
    for r in led:
        r.subject = True


def _report_events(s: Sentence, created: list[Event], refs: list[PersonRef], trigs: list[Trigger],
                   dates: list[DateMention], art: Article, story: Story) -> None:
    """A sentence that reports events: their participants, and whether the story moves to them."""
    for e in created:
        # the article's first event is the news it reports; a lead sentence's undated event
        # hands that role to the dated report of the same happening
        # (only lead events dated by publication can be superseded: those are kept apart)
        e.lead = not story.events or any(superseded_lead(o, [e], art) for o in story.published_leads)
    reporters = assign_participants(s, created, refs, story.last_subject, trigs, dates)
    join_delegation(s, created, story.delegation_members)
    if story.frame and reporters:
        attach_to_frame(s, story.frame, [r for r in refs if r.person in reporters], [], art)
    story.events.extend(created)
    if created and created[-1].date.precision == "day" and (
            art.published is None or created[-1].date_start <= art.published
            or story.events[0].date_start > art.published):
        story.last_told_day = created[-1].date_start  # (a day ahead only in a story of a plan: its first event ahead)
    story.visits.extend(e for e in created if e.family == "visit")
    story.published_leads.extend(e for e in created if e.lead and e.date.kind == "published")
    background = story.frame and all(e.family == "visit" for e in created) and any(
        f.family != "visit" and e.date_start <= f.date_start <= (e.date_end or e.date_start)
        for e in created for f in story.frame)
    speech = SPEECH.search(s.text)
    recalled = bool(speech) and all(p > speech.end() for e in created for p in e.trigger_pos + [e.date.start - s.start])
    if not (story.frame and (reporters or recalled)) and not background:
        story.frame = created  # an event someone recalls, or the trip itself, does not move the story
    story.pending = []


def _follow_story(s: Sentence, refs: list[PersonRef], trigs: list[Trigger], dates: list[DateMention],
                  eventable: list[DateMention], art: Article, story: Story) -> list[PersonRef]:
    """A sentence with no event of its own: it adds to the event under way, or moves the story on.
    Returns the people who speak in the story's own time (not those inside reported speech)."""
    # dates that are the story's own time ("the same day", "on the second day") keep the frame
    own_time = [d for d in dates if (d.precision in ("day", "month") and not d.until or d.vague)
                and d.kind not in STORY_TIME and not cited(s, d) and not in_history_clause(s, d)]
    # "The <event>, which runs between <day> and <date>": the dates of the event under way
    # (or that span the publication day a lead's event was put on: "The session runs from 10 to 13 October")
    spans = [d for d in eventable if d.date_end and story.frame and any(_spanned(e, d) for e in story.frame)]
    for d in spans:
        for e in story.frame:
            if _spanned(e, d):
                e.date_start, e.date_end = d.date_start, d.date_end
    own_time = [d for d in own_time if d not in spans]
    if story.frame:  # "the first of today's meetings ...": the day of the event under way keeps the story there
        e = story.main_event()
        own_time = [d for d in own_time if not (d.kind == "relative" and d.text.casefold().startswith("today")
                                                and d.date_start == e.date_start)]
    opened = _opening_day(s, eventable, story)
    if opened is not None:
        own_time = [d for d in own_time if d is not opened]
    if story.frame and GUEST_REF.search(s.text):
        # "told the guests about what was done this year": the year of the visit under way is its own time
        year = story.main_event().date_start.year
        own_time = [d for d in own_time if not (d.vague and d.precision == "year" and d.date_start
                                                and d.date_start.year == year)]
    speech = REPORTED.search(s.text)
    if speech and own_time and all(d.start - s.start > speech.end() and not d.vague for d in own_time):
        # "Opening the conference, Azimov recalled that ... signed on 4 May 1994": the date is
        # reported; the speaker is still at the event under way
        own_time = []
        refs = [r for r in refs if r.pos - s.start < speech.start()]
    recall = RECALLING.search(s.text)
    if recall:  # "The sides recalled the president's visit ... and his meeting with X": X was at that one
        refs = [r for r in refs if r.pos - s.start < recall.start()]
    if story.frame and not own_time and story.main_event().family == "talks" and ANOTHER_MEETING.search(s.text) \
            and any(t.family == "talks" for t in trigs):
        story.frame = []  # "X was also received by Y": another meeting, undated; its people are not at this one
    if story.frame and not own_time:
        attach_to_frame(s, story.frame, refs, trigs, art, story.visits)
        length = N_DAY_EVENT.search(s.text)
        if length:  # "The <n>-day <event>, organised by ...": the length of the event under way
            e = story.main_event()
            n_days = day_count(length.group(1))
            if n_days and 1 < n_days < 15 and e.date_end is None and e.precision == "day":
                e.date_end = e.date_start + dt.timedelta(days=n_days - 1)
    if [d for d in own_time if not d.vague and not d.since]:
        story.frame = []  # the story has moved to another date
    if eventable and not trigs and (REPORTING.search(s.text) or _dateline_only(s, eventable)):
        # "..., Peach said on November 26." dates what the next sentence reports; so does a dateline
        # on a line of its own ("BAKU, July 5.") the lead that follows it
        story.pending, story.pending_paragraph = eventable, s.paragraph
        cities = [w.title() for w in re.findall(r"[^\W\d_]+", s.text) if w.title() in resources.cities()] \
            if _dateline_only(s, eventable) else []
        story.pending_place = cities[0] if cities else ""  # "BAKU, Azerbaijan, July 5."
    elif story.pending and _only_outlet(s.text):
        story.pending_paragraph = s.paragraph  # "Trend:" between the dateline and the lead
    else:
        story.pending = []
    return refs


# ", the <source> said on <day>." closing the sentence: the day the source told the news
ATTRIBUTION_DAY = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,5}?(?:said|reported|announced|stated|informed"
                             r"|told\s+(?:the\s+)?[\w.-]+)\s+(?:on\s+)?$")

# (what may follow it: the end of the sentence, or the source's further words, "..., adding that ...")
ATTRIBUTION_TAIL = re.compile(r"\s*(?:[.!]\s*|,\s+(?:adding|noting|saying|stressing)\b.*)?", re.S)


def _attribution_day(s: Sentence, eventable: list[DateMention], art: Article) -> DateMention | None:
    """The one date of the sentence, when it is the day of the attribution that ends it and falls in the week
    before publication ("..., the ministry said on Tuesday.")."""
    if len(eventable) != 1 or art.published is None:
        return None
    d = eventable[0]
    rest = s.text[d.end - s.start:]
    if d.precision != "day" or d.date_end or not ATTRIBUTION_TAIL.fullmatch(rest) \
            or not ATTRIBUTION_DAY.search(s.text, max(0, d.start - s.start - 80), d.start - s.start):
        return None
    return d if 0 <= (art.published - d.date_start).days <= 7 else None


def _dateline_only(s: Sentence, dates: list[DateMention]) -> bool:
    """"BAKU, Azerbaijan, July 5.", "Baku, October 12, AZERTAC", "6 November 2001": places, a day and an
    outlet, nothing else."""
    if len(dates) != 1 or dates[0].precision != "day" or len(s.text) > 60:
        return False
    d = dates[0]
    rest = s.text[:d.start - s.start] + " " + s.text[d.end - s.start:]
    words = re.findall(r"[^\W\d_]+", rest)
    places = set(resources.cities()) | set(resources.country_names())
    # a bare date (a log's day heading) has no words at all
    return all(w in places or w.title() in places or w.casefold() in resources.outlet_names() for w in words)


def _byline_only(text: str) -> bool:
    """"Baku.", "Viktoria Dementyeva – APA.", "Azerbaijan, Baku / corr.": a short line of a place, an
    author's name, an outlet and abbreviations, before the lead."""
    words = re.findall(r"[^\W\d_]+\.?", text)
    return 0 < len(words) <= 6 and len(text) <= 60 and all(
        w[0].isupper() or w.endswith(".") or w.casefold() in resources.outlet_names() for w in words)


def _dateline_city(text: str) -> str:
    """The first city a dateline or byline line names ("BAKU, Azerbaijan, July 5" -> Baku)."""
    if len(text) > 60:
        return ""
    return next((w.title() for w in re.findall(r"[^\W\d_]+", text) if w.title() in resources.cities()), "")


def _dateline_place(created: list[Event], city: str) -> None:
    """The lead's events take the dateline's city when they name no place, or only its country."""
    country = resources.country_of_place(city)
    for e in created:
        if not e.location or (e.location not in resources.cities()
                              and resources.country_of_place(e.location) == country):
            e.location = city


def _own_dates(s: Sentence, dates: list[DateMention], published: dt.date | None = None) -> list[DateMention]:
    """The sentence's dates, without a year that is part of a name ("Initiative – 2026" training course), without
    the end of something under way ("is being held until 31 May": the lead's event is still of its day) and
    without the publication day as the day a cited source spoke ("<guest> is visiting <country>, <agency> reports,
    citing the ministry on <day>")."""
    def named_year(d: DateMention) -> bool:
        start, end = d.start - s.start, d.end - s.start
        return d.precision == "year" and bool(
            re.search(r"[–—-]\s*$", s.text[:start]) or s.text[end:end + 1] in "\"”'’" and end < len(s.text))
    return [d for d in dates if not d.until and not named_year(d)
            and not (published and d.date_start == published and cited(s, d))]


def _only_outlet(text: str) -> bool:
    """"Trend:", or what is left of a dateline line the reader set aside (".")."""
    rest = text.strip(" :.-–—()")
    return not rest or rest.casefold() in resources.outlet_names()


# "On Tuesday he held talks with X", "Later, she met X": the pronoun opening the clause is still the story's
# subject, so the one named after the verb does not become it
PRONOUN_SUBJECT = re.compile(r"(?:(?:On|Later\s+on|Later|Then|The\s+next\s+day|The\s+following\s+day|Afterwards)"
                             r"(?:\s+[\w-]+){0,3},?\s+)?(?:he|she|He|She)\s+[a-z]+\b")


def _remember(s: Sentence, refs: list[PersonRef], dates: list[DateMention], art: Article, story: Story) -> None:
    """The last day named (not ahead of publication), the last subject, and who was just named."""
    for d in dates:
        if d.precision == "day" and d.date_start and not d.until and (
                art.published is None or d.date_start <= art.published):
            story.last_day = d.date_start
        if d.has_year and d.date_start:
            story.last_year = d.date_start.year
    subjects = [r.person for r in refs if r.subject]
    named = list(dict.fromkeys(r.person for r in refs))
    if subjects:
        story.last_subject = subjects[0]
    elif len(named) == 1 and not (story.last_subject is not None and PRONOUN_SUBJECT.match(s.text)):
        story.last_subject = named[0]  # "It is Appathurai's second visit. He first came ...": the one person named
    story.previous_people = named
    # the people named most recently, newest first ("The two also looked back at ..."); only the
    # two newest are ever read, and a longer list would cost a pass over every person named so far
    story.recent_people = (named + [p for p in story.recent_people if p not in named])[:2]
