"""Stage 3: one Article -> people, events (with participants), statistics and milestones.

Reading goes sentence by sentence, as a reader would: a dated sentence with an
event word (met, visit, exercise, ...) opens an event; the sentences after it
that name who spoke or took part add participants, until another date moves
the story elsewhere.  A date with no event word may still date the event word
of the very next sentence ("..., Peach said on November 26. Peach made the
remarks while meeting Hasanov").
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from text_to_num import text2num

from . import resources
from .config import HOME_COUNTRY
from .dates import STORY_DAY_NUMBER, DateMention, offset_days, find_dates
from .gates import DIGITS, Gated, shortest_prefixes
from .names import (PeopleIndex, Person, find_mentions, surname_mentions, title_mentions, without_possessive)
from .read import Article, Sentence, sentences

NOUN_TRIGGERS = {"course", "visit", "visits", "meeting", "talks", "tour", "trip", "conference", "roundtable", "round table",
                 "seminar", "forum", "symposium", "workshop", "exercise", "drills", "drill", "ceremony", "reception",
                 "exhibition", "presentation", "session", "winter session", "summer session", "training session",
                 "evaluation", "re-evaluation", "conversation", "contribution", "one-on-one"}
DETERMINER_BEFORE = re.compile(r"\b(the|this|that|these|those|his|her|their|its|such)\s+"
                               r"(?:(?!(?:while|when|after|before|during|and|or|of|by|for|to|in|on|at|with|as)\s)[a-z-]+\s+){0,2}$",
                               re.I)
POSSESSIVE_PRONOUN = {"his", "her", "their", "its"}
RECALLED_BEFORE = re.compile(r"\b(?:recalled|recalling|remembered)\s+(?:their|his|her)\s+(?:[a-z-]+\s+)?$")
ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|last|previous|next|latest|recent)\s+(?:[a-z-]+\s+)?$", re.I)
SPECIFIED_AFTER = re.compile(r"^\s+(?:of|between|with|to|paid by|made by|by)\b")
# "who is in Baku on an official visit", "is on his first visit": someone is on a visit right now
ON_A_VISIT = re.compile(r"\b(?:is|are|was|were)(?:\s+in\s+[A-Z]\w+)?\s+on\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}$")
# "the drills began on April 18", "its summer session of 1-5 July 2013": a reference that is itself dated
PREPARING = re.compile(r"\b(?:preparations? for|preparing for|ahead of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$")
TOPIC_AFTER = re.compile(r"^\s+(?:also\s+)?(?:the\s+|a\s+|an\s+|preparations\s+for\s+(?:the\s+|a\s+)?)?(?:[\w-]+\s+){0,2}?"
                         r"(?:visit|exercise|conference|seminar|summit|course|forum|ceremony|session|tour|trip)\b")
HAPPENS_AFTER = re.compile(r"^(?:,[^,]{1,80},|\s+[\"“][^\"“”]{1,60}[\"”])?\s+(?:took place|takes place|will take place|is to take place|was held|were held"
                           r"|is held|are held|will be held|will open|will begin|will start|opened|began"
                           r"|is scheduled|was scheduled|is planned|was planned|is due|was due"
                           r"|begins|started|starts|ended|ends|lasted|will run|runs|of\s+(?:\d|[A-Z][a-z]+\s\d))\b")
PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:[a-z-]+\s+)?$")
CUE = Gated(r"\b(?:took part|take part|taking part|attended|attended by|opened by|chaired by|moderated by|hosted by"
            r"|in attendance|attending|participated|participating|seen off"
            r"|(?:delegation|side|team)\s+(?:was|were|is|are)\s+(?:led|headed)\s+by"
            r"|speakers|participants|brought together|included|among the guests|joined by)\b",
            ["took part", "take part", "taking part", "attend", "opened by", "chaired by", "moderated by", "hosted by",
             "participa", "seen off", "led", "headed", "speakers", "brought together", "included",
             "among the guests", "joined by"], re.I)
CLAUSE_SPLIT = re.compile(r",(?!\s\d{4}\b)|[;:–—]|\s-\s")  # not the comma in "November 20, 2002"
N_DAY_EVENT = Gated(r"\b(?:The|the|This|this)\s+(two|three|four|five|six|seven|\d+)-day\s+(?:event|conference|meeting|"
                    r"visit|exercise|forum|seminar|session|course|programme|drills)\b", ["-day"])
CONCLUDED = re.compile(r"\b(?:concluded|wrapped up|ended|completed|rounded off|finished)\s+(?:\w+\s+){0,3}$")
N_DAY = Gated(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)-day\b", ["-day"], re.I)
PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
WHO = re.compile(r"\b(?:who|whom)\s")
DELEGATE_NOUN = Gated(r"\b(?:(?:deputy\s+)?permanent representatives?|representatives|delegations?|officials|attach[ée]s"
                      r"|experts|teams|contingents|officers"
                      r"|lawmakers|deputies|parliamentarians|members of parliament|MPs"
                      r"|evaluators|observers|ambassadors|delegates|envoys|defence ministers|defense ministers"
                      r"|military representatives|chiefs of (?:general )?staff)\b",
                      ["representative", "delegat", "officials", "attach", "experts", "teams", "contingents", "officers",
                       "lawmakers", "deputies", "parliamentarians", "members of parliament", "mps", "evaluators",
                       "observers", "ambassadors", "envoys", "defence ministers", "defense ministers", "chiefs of"], re.I)
CAPITAL_OF = re.compile(r"\b(?:the\s+)?(Azerbaijani|Azerbaijan[’']s|Georgian|Georgia[’']s|Armenian|Armenia[’']s|Belgian)\s+capital\b")
CAPITALS = {"azerbaijan": "Baku", "georgia": "Tbilisi", "armenia": "Yerevan", "belgian": "Brussels", "belgium": "Brussels"}

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300, "dozen": 12,
                "a dozen": 12, "a thousand": 1000, "one thousand": 1000}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
QUALIFIERS = [("up to", "up to"), ("as many as", "up to"), ("more than", "more than"), ("over", "more than"),
              ("at least", "at least"), ("about", "about"), ("around", "about"), ("approximately", "about"),
              ("roughly", "about"), ("some", "about"), ("nearly", "nearly"), ("almost", "nearly"),
              ("close to", "nearly"), ("less than", "up to"), ("fewer than", "up to"),
              ("a total of", "exactly"), ("total of", "exactly")]
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _t in TENS:
    for _i, _u in enumerate(UNITS, 1):
        NUMBER_WORDS[f"{_t}-{_u}"] = NUMBER_WORDS[_t] + _i
_num_words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
QUALIFIER_OF = dict(QUALIFIERS)
LABEL_BEFORE = re.compile(r"\b(?:Article|Level|Resolution|Section|Chapter|Phase|Stage|No\.|Number|Protocol|Paragraph|Point"
                          r"|Item|Annex|Rule|Round)\s+$")
QUALIFIER_BEFORE = re.compile(r"\b(" + "|".join(sorted(QUALIFIER_OF, key=len, reverse=True)) + r")\s+$", re.I)
# English cardinal words; a number written in words is read whole ("four hundred", "a hundred and
# fifty", "twenty one"), never word by word
CARDINAL_WORDS = ("seventeen", "thirteen", "fourteen", "eighteen", "nineteen", "fifteen", "sixteen", "eleven",
                  "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                  "thousand", "million", "billion", "dozen", "seven", "three", "eight", "four", "five", "nine",
                  "one", "two", "six", "ten")
_cardinal = r"(?:" + "|".join(CARDINAL_WORDS) + r")(?![\w’'])"
# "a hundred", then words joined by a space, a hyphen or "and": each step consumes a whole word, so
# the run is read in one pass
NUMBER_IN_WORDS = r"(?:an?\s(?=hundred|thousand|million|billion|dozen))?" + _cardinal + r"(?:(?:\s|-)(?:and\s)?" + _cardinal + r")*"
NUMBER = Gated(r"(?<![\w.,$€£/-])(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + NUMBER_IN_WORDS + r"))"
               r"(?:\s(million|billion|thousand))?(?![\w]|,\d|\.\d)(-\w+)?",
               ["$", "€", "£"] + DIGITS + shortest_prefixes(list(CARDINAL_WORDS) + ["a ", "an "]), fold=True,
               starts=True)
# "16th", "the fourth time" -- not "First Deputy Minister", where the word is part of an office
ORDINAL = Gated(r"(?<![\w-])(\d+)(st|nd|rd|th)\b|\b(" + "|".join(ORDINAL_WORDS) + r")\b", DIGITS + list(ORDINAL_WORDS))
DURATION_UNITS = {"year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "decade",
                  "decades", "minute", "minutes"}
MONEY_UNITS = {"euro", "euros", "dollar", "dollars", "manat", "manats", "pounds", "rubles", "roubles", "usd", "eur"}
MEASURE_UNITS = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "square", "metres", "meters", "miles",
                 "hectares", "tonnes", "tons", "kg", "percent", "per"}
COUNT_NOUNS = {"personnel", "staff", "people", "men", "women", "police", "equipment", "aircraft", "troops",
               "children", "youth", "crew", "allies"}
PARTY_NOUNS = {"sides", "generals", "leaders", "countries", "parties", "ministers", "officials", "men", "presidents",
               "delegations", "states", "nations", "organisations", "organizations", "sessions", "decades"}
VERBISH = {"made", "held", "met", "said", "took", "gave", "sent", "spoke", "agreed", "discussed", "signed", "noted"}
STOP_WORDS = {"in", "on", "at", "of", "to", "for", "from", "by", "with", "and", "or", "the", "a", "an", "as", "that",
              "which", "who", "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "its",
              "their", "his", "her", "per", "than", "this", "these", "those", "into", "under", "over", "after",
              "before", "since", "until", "during", "each", "every", "all", "other", "such"}
MILESTONE_CUE = re.compile(r"\b(?:joined|join|joining|accession|signed|signing|launched|started|start|began|begun|adopted"
                           r"|approved|submitted|handed over|presented|declared|added|received|extended|concluded"
                           r"|date back|dates back|dated back|became|created|established|set up|succeeded|replaced"
                           r"|renamed|since|used|contributed|served|deployed|ratified|withdrew|ended|agreed)\b", re.I)
# a year in a sentence that names no programme belongs to the last one only if the sentence says
# what the country did with it ("have served in Afghanistan since 2002"), not just "since"
CARRY_CUE = re.compile(r"\b(?:joined|signed|launched|started|began|adopted|approved|submitted|declared|added|received"
                       r"|extended|concluded|served|contributed|deployed|ratified|withdrew|took part|used)\b", re.I)
ACTIONS = [("renamed", r"succeeded|replaced|renamed"), ("signed", r"signed|signing"),
           ("submitted", r"submitted|submitting|handed|to hand|handing|presented"), ("adopted", r"approved|adopted|concluded|ratified"),
           ("joined", r"joined|join|joining|accession|partner of|participation in|taking part"
                      r"|became (?:a |an |one of the )?(?:full |associate )?members?|associate member(?:ship)?|since"),
           ("started", r"launched|started|began|begun|date back|dates back|set up|established|created"),
           ("contributed", r"contributed|served|deployed|contribution"), ("ended", r"ended|withdrew|completed")]
# which act a sentence giving one programme and year twice states, most specific first
ACTION_RANK = ("signed", "submitted", "adopted", "renamed", "joined", "contributed", "ended", "started", "other")
NAME_BREAK = re.compile(r"[,;()]|\s(?:and|then|or|while|but)\s")  # what a programme's long name never holds
WHEN_CLAUSE = re.compile(r"\s*when\b")
DATE_AT_END = re.compile(r"\d{4}\s*$")  # the clause ends with the year ("... dates from March 1992")
# one person's service at a body ("an officer of the ministry has been working at ...")
PERSONAL_SERVICE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:officer|official|expert|diplomat|staff member|representative)\b"
                              r"[^,;]{0,80}?\b(?:has|have|had)\s+(?:been\s+)?(?:working|worked|served|serving)\b")
# a clause that describes the noun before it: "the OCC, in which ... since 2007", "the IPAP, first adopted in 2005"
RELATIVE_START = re.compile(r"\s*(?:which|in which|that|who|whose|where|under which|to which|of which"
                            r"|(?:first |later |jointly |initially )?[a-z]+ed\b)")
ANAPHORIC_PROGRAMME = Gated(r"\bthe (?:programme|program|pool|plan|mechanism|initiative|concept|process)\b",
                            ["the program", "the pool", "the plan", "the mechanism", "the initiative", "the concept",
                             "the process"])


@dataclass
class Event:
    event_type: str
    family: str
    date: DateMention
    date_start: dt.date
    date_end: dt.date | None
    precision: str
    sentence: Sentence
    trigger_pos: list[int]
    location: str = ""
    people: list[tuple[int, str]] = field(default_factory=list)      # (person index, role)
    countries: list[tuple[str, str, str]] = field(default_factory=list)  # (iso3, role, title)
    merged_into: "Event | None" = None
    lead: bool = False
    prepared: bool = False  # only being prepared in this sentence: its people are not participants
    n_days: int = 0         # "a two-day visit"
    n_countries: int = 0    # "a visit to Belgium, the Netherlands and Germany": a tour of several countries


@dataclass
class Statistic:
    value: float
    qualifier: str
    unit: str
    kind: str
    context: str
    sentence: Sentence
    start: int = 0  # the figure with its qualifier and unit as written: sentence.text[start:end]
    end: int = 0

    @property
    def as_written(self) -> str:
        return self.sentence.text[self.start:self.end]


@dataclass
class Milestone:
    programme: str
    year: int
    date: dt.date | None
    action: str
    sentence: Sentence


@dataclass
class Extraction:
    article: Article
    people: list[Person]
    events: list[Event]
    statistics: list[Statistic]
    milestones: list[Milestone]


def forget_sentences() -> None:
    """Empty the per-sentence caches. Within an article they save re-reading a sentence for each
    stage; across articles they only help where sentences repeat. The benchmark builds its
    corpora by copying articles, so it empties them after each article (AZDATA_COLD=1) to
    measure what an archive of distinct articles costs."""
    from . import dates, names

    for cache in (dates._find_dates_at, dates._find_dates, dates._scan, _triggers, _clauses, _statistics,
                  names._find_mentions):
        cache.cache_clear()


def extract(art: Article) -> Extraction:
    """Everything one article reports; never raises on odd text."""
    sents = sentences(art)
    index = PeopleIndex()
    sentence_people = [_people_in(s, index) for s in sents]
    events = _events(art, sents, sentence_people)
    stats = [st for s in sents for st in statistics_in(s)]
    milestones = _milestones(art, sents, events)
    return Extraction(art, index.people, [e for e in events if e.merged_into is None], stats, milestones)


# ---------------------------------------------------------------- people

@dataclass
class PersonRef:
    pos: int
    person: int
    subject: bool
    who_antecedent: bool = False


def _people_in(s: Sentence, index: PeopleIndex) -> list[PersonRef]:
    refs: list[PersonRef] = []
    full = find_mentions(s.text, s.start)
    taken = [(m.start, m.end) for m in full]
    for m in full:
        idx = index.resolve_short(m) if not m.first and (m.initial or " " not in m.surname.strip()) else index.add_full(m)
        if idx is None and (m.initial or m.evidence):
            idx = index.add_full(m)
        if idx is not None:
            refs.append(PersonRef(m.start, idx, m.subject))
    for m in surname_mentions(s.text, s.start, index, taken):
        idx = index.resolve_short(m)
        if idx is not None:
            refs.append(PersonRef(m.start, idx, m.subject))
    for pos, idx in title_mentions(s.text, s.start, index):
        # "the Alliance’s Supreme Allied Commander Europe (SACEUR), General Curtis Scaparrotti": the
        # office introduces the name that follows, it is not a second mention
        if not any(-40 < r.pos - pos < 100 and r.person == idx for r in refs):
            local = s.text[pos - s.start:]
            subject = bool(re.match(r"^\S+(?:\s+\S+){0,5}\s+(?:arrived|said|noted|met|received|visited|thanked|stressed)\b",
                                    local))
            refs.append(PersonRef(pos, idx, subject))
    refs.sort(key=lambda r: r.pos)
    # ", who is on a visit": the person named last before "who" is the one described
    for w in re.finditer(r",\s+(?:who|whom)\s", s.text):
        before = [r for r in refs if r.pos - s.start < w.start()]
        if before and w.start() - (before[-1].pos - s.start) < 220:
            before[-1].who_antecedent = True
    return refs


# ---------------------------------------------------------------- events

@dataclass
class Trigger:
    pos: int
    text: str
    event_type: str
    family: str


def triggers_in(text: str) -> list[Trigger]:
    """Event words that describe a happening, not a reference back to one ("the visit was important")."""
    return list(_triggers(text))


@lru_cache(maxsize=16384)
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
    for s, e, _, event_type, family, matched in candidates:
        if any(s < te and ts < e for ts, te in taken) and (s, e) not in masked:
            continue
        word = matched.lower()
        before, after = text[:s], text[e:]
        if word in NOUN_TRIGGERS and not HAPPENS_AFTER.match(after) and not ON_A_VISIT.search(before):
            # "their previous talks at NATO headquarters on 23 November 2017": a recalled event, dated
            recalled = bool(ORDINAL_BEFORE.search(before) or RECALLED_BEFORE.search(before)) and _dated_clause(text, s)
            det = DETERMINER_BEFORE.search(before)
            if det and det.group(1).lower() in POSSESSIVE_PRONOUN:
                if not re.match(r"^\s+(?:with|between)\b", after) and not recalled:
                    continue
            elif det and not SPECIFIED_AFTER.match(after) and not recalled:
                continue
            if ORDINAL_BEFORE.search(before) and not recalled:
                continue
        if family == "talks" and TOPIC_AFTER.match(after):
            continue  # "discussed a study visit planned for June": the visit is the topic, not a meeting
        if word in ("received", "receives") and re.match(r"^\s+(?:its|their|his|her|an?\s+(?:award|certificate|medal))\b", after):
            continue  # "received its NATO certificate": not a reception of visitors
        taken.append((s, e))
        found.append(Trigger(s, matched, event_type, family))
    found.sort(key=lambda t: t.pos)
    return tuple(found)


def _dated_clause(text: str, pos: int) -> bool:
    """The clause around pos names a day or a month (a recalled event's own date)."""
    clauses = _clauses(text)
    cs, ce = clauses[_clause_of(pos, clauses)]
    return any(d.precision in ("day", "month") and d.kind in ("day", "range", "month")
               for d in find_dates(text[cs:ce], None))


@lru_cache(maxsize=16384)
def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _clause_of(pos: int, clauses: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(clauses):
        if s <= pos <= e:
            return i
    return len(clauses) - 1


@dataclass
class Story:
    """What a reader keeps in mind between sentences of one article."""

    events: list[Event] = field(default_factory=list)
    frame: list[Event] = field(default_factory=list)      # the events the story is at now
    pending: list[DateMention] = field(default_factory=list)  # a reported date waiting for its event word
    pending_paragraph: int = -1
    pending_place: str = ""  # the city of a dateline that dates the lead
    last_day: dt.date | None = None
    last_subject: int | None = None
    previous_people: list[int] = field(default_factory=list)
    recent_people: list[int] = field(default_factory=list)
    delegation_head: list[int] = field(default_factory=list)  # "a delegation led by X": whom "the delegation" means
    # kept beside ``events`` so that no sentence rescans every earlier event (that made an article of
    # many dated sentences take time in the square of their number)
    visits: list[Event] = field(default_factory=list)        # the events of family "visit", in order
    published_leads: list[Event] = field(default_factory=list)  # lead events dated by publication

    def main_event(self) -> Event:
        return min(self.frame, key=lambda e: FRAME_PRIORITY.index(e.family))


def _events(art: Article, sents: list[Sentence], sentence_people: list[list[PersonRef]]) -> list[Event]:
    story = Story()
    preamble = True  # only a dateline or the outlet's name so far: the next sentence is still the lead
    for n, (s, refs) in enumerate(zip(sents, sentence_people)):
        dates = _dates_in(s, art, story)
        eventable = _eventable(s, dates)
        trigs = triggers_in(s.text)
        lead = preamble
        preamble = preamble and (_only_outlet(s.text) or not trigs and _dateline_only(s, eventable))
        _mark_delegation_leader(s, refs, story)
        refs = refs + _group_refs(s, refs, story.previous_people, story.recent_people) + _guest_refs(
            s, refs, story.visits, story.delegation_head)
        created: list[Event] = []
        if eventable and trigs:
            created = _events_from(s, eventable, trigs, art)
        elif trigs and not eventable and story.pending and story.pending_paragraph >= s.paragraph - 1:
            created = _events_from(s, story.pending, trigs, art, borrowed=True)
            for e in created:
                e.location = e.location or story.pending_place
        elif trigs and lead and not dates and art.published and LEAD_PERFECT.search(s.text):
            created = _lead_event(s, trigs, art)
        elif not dates and story.frame and all(e.family == "visit" for e in story.frame) \
                and s.paragraph <= story.frame[0].sentence.paragraph + 1:
            created = _during_visit(s, trigs, story.frame[0], art)
        _close_ranges(created, story.events, [d for d in dates if d.until and d.date_start])
        _apply_lengths(s, created)
        if created:
            _report_events(s, created, refs, trigs, dates, art, story)
        else:
            refs = _follow_story(s, refs, trigs, dates, eventable, art, story)
        # a delegation list belongs to the event the sentence reports, else to the one under way,
        # else to the article's latest event
        target = created[-1] if created else (story.main_event() if story.frame
                                              else (story.events[-1] if story.events else None))
        if target is not None:
            _assign_countries(s, [target])
        _remember(s, refs, dates, art, story)
    events = [e for e in story.events if not _superseded_lead(e, story.events, art)]
    events += _year_named_events(art, sents, events)
    _merge_visits(events)
    return events


# "the 2015 exercise in Ukraine", "the 2016 exercise 'X' in Montenegro": a year that names one event
YEAR_EVENT = Gated(r"\b[Tt]he\s+((?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}?"
                   r"(exercise|drills|conference|summit|seminar|forum|symposium|workshop)\b", ["he "])
PLACE_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:in|at|near)\s+(?:the\s+)?$")


def _year_named_events(art: Article, sents: list[Sentence], events: list[Event]) -> list[Event]:
    """Events a text dates by their year only, as the name of a yearly exercise or conference: not
    when the article already reports an event in that year (then the year names that one), nor in
    a year after publication."""
    years = {e.date_start.year for e in events}
    out: list[Event] = []
    for s in sents:
        for m in YEAR_EVENT.finditer(s.text):
            year = int(m.group(1))
            if year in years or (art.published and year > art.published.year):
                continue
            years.add(year)
            d = DateMention(s.start + m.start(1), s.start + m.end(1), m.group(1), "year", dt.date(year, 1, 1),
                            None, "year", True)
            etype = next((t for t, _, pattern in resources.event_triggers() if pattern.search(m.group(2))), "other")
            ev = Event(etype, "activity", d, d.date_start, None, "year", s, [m.start(2)])
            ev.location = _place_after(s.text, m.end()) or _location(s, d, [])
            out.append(ev)
    return out


def _place_after(text: str, pos: int) -> str:
    """The first city or country named after "in"/"at"/"near" within a few words after pos."""
    window = text[pos:pos + 80]
    for m in resources.city_pattern().finditer(window):
        if PLACE_AFTER.fullmatch(window[:m.start()]):
            return m.group(1)
    for m in resources.country_pattern().finditer(window):
        if PLACE_AFTER.fullmatch(window[:m.start()]) and m.group(1) not in resources.demonyms():
            return resources.country_display_names().get(resources.country_names()[m.group(1)], m.group(1))
    return ""


def _during_visit(s: Sentence, trigs: list[Trigger], visit: Event, art: Article) -> list[Event]:
    """"... visited NATO headquarters on 15 February 2012. He held talks with Rasmussen and then
    addressed the Council.": talks and addresses right after a dated visit happen on its first day."""
    own = [t for t in trigs if t.family in ("talks", "address") and not PURPOSE_BEFORE.search(s.text[:t.pos])]
    if not own or not re.match(r"(?:He|She|They)\b", s.text) or re.search(r"\bduring (?:his|her|their) (?:stay|visit)\b",
                                                                        s.text, re.I):
        return []  # "He held talks ..." continues the visit; "During his stay, ..." gives no date
    day = DateMention(s.start, s.start, "", "visit_day", visit.date_start, None, visit.precision, False)
    return _events_from(s, [day], own, art, borrowed=True)


def _dates_in(s: Sentence, art: Article, story: Story) -> list[DateMention]:
    """The sentence's dates, with "the same day", "the following day", "on the first day" resolved
    against the day the story is at (the event under way; "first day" counts from the longest one)."""
    frame = story.frame
    story_day = frame_day = story.main_event().date_start if frame else story.last_day
    if story_day and art.published and story_day > art.published:
        story_day = story.last_day  # a planned event is not the day the story is at ...
    longest = min(frame, key=lambda e: -((e.date_end or e.date_start) - e.date_start).days) if frame else None
    span_start = longest.date_start if longest else story.last_day
    span_end = (longest.date_end or longest.date_start) if longest else story.last_day
    found = find_dates(s.text, art.published, s.start)
    if frame_day != story_day and any(d.kind == "same_day" and d.future for d in found):
        story_day = frame_day  # ... unless the sentence too looks ahead ("The same day she plans to meet ...")
    return _resolve_same_day(found, story.last_day, story_day, span_start, span_end)


def _eventable(s: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """Dates that can date an event: days or months, not "since", not vague, not an end, not a plan
    that was replaced or called off."""
    out = [d for d in dates if d.date_start and d.precision in ("day", "month") and not d.since
           and not d.vague and not d.until and not SUPERSEDED.search(s.text[:d.start - s.start])]
    # "was called off", "will not take place": nothing happened on that date (same part of the sentence)
    return [d for d in out if not CANCELLED.search(_segment(s.text, d.start - s.start))]


def _mark_delegation_leader(s: Sentence, refs: list[PersonRef], story: Story) -> None:
    """"A delegation ..., led by its chairman X, was received": X takes part, and is whom "the
    delegation" means later on."""
    lead = DELEGATION_LEAD.search(s.text)
    if not lead:
        return
    led = [r for r in refs if lead.end() <= r.pos - s.start <= lead.end() + 160][:1]
    if not story.delegation_head:
        story.delegation_head = [r.person for r in led]
    for r in led:
        r.subject = True


def _close_ranges(created: list[Event], events: list[Event], untils: list[DateMention]) -> None:
    """A range closed by "until": in the same sentence, or an event already under way."""
    for u in untils:
        targets = [e for e in created if e.date_start <= u.date_start] or (
            [] if created else [e for e in reversed(events) if e.event_type in ("visit", "exercise", "conference", "ceremony")
                                and e.date_start <= u.date_start][:1])
        for e in targets:
            if e.event_type != "meeting" or len(created) == 1:
                e.date_end = u.date_start


def _n_days(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _apply_lengths(s: Sentence, created: list[Event]) -> None:
    """"a two-day visit": the length belongs to the event word it stands next to; "concluded a two-day
    visit" is dated by its last day."""
    m = N_DAY.search(s.text) if created else None
    if not m:
        return
    for e in created:
        if e.date_end is None and e.precision == "day" and any(0 <= p - m.end() <= 12 for p in e.trigger_pos):
            n_days = _n_days(m.group(1))
            if n_days and 1 < n_days < 15:
                e.n_days = n_days
                if CONCLUDED.search(s.text[:m.start()]):
                    e.date_start, e.date_end = e.date_start - dt.timedelta(days=n_days - 1), e.date_start
                else:
                    e.date_end = e.date_start + dt.timedelta(days=n_days - 1)


def _report_events(s: Sentence, created: list[Event], refs: list[PersonRef], trigs: list[Trigger],
                   dates: list[DateMention], art: Article, story: Story) -> None:
    """A sentence that reports events: their participants, and whether the story moves to them."""
    for e in created:
        # the article's first event is the news it reports; a lead sentence's undated event
        # hands that role to the dated report of the same happening
        # (only lead events dated by publication can be superseded: those are kept apart)
        e.lead = not story.events or any(_superseded_lead(o, [e], art) for o in story.published_leads)
    reporters = _assign_participants(s, created, refs, story.last_subject, trigs, dates)
    if story.frame and reporters:
        _attach_to_frame(s, story.frame, [r for r in refs if r.person in reporters], [], art)
    story.events.extend(created)
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
                and d.kind not in STORY_TIME]
    # "The course, which runs between 7 and 18 June": the dates of the event under way
    spans = [d for d in eventable if d.date_end and story.frame and any(
        e.date_start == d.date_start and e.family != "talks" for e in story.frame)]
    for d in spans:
        for e in story.frame:
            if e.date_start == d.date_start and e.family != "talks":
                e.date_end = d.date_end
    own_time = [d for d in own_time if d not in spans]
    speech = REPORTED.search(s.text)
    if speech and own_time and all(d.start - s.start > speech.end() and not d.vague for d in own_time):
        # "Opening the conference, Azimov recalled that ... signed on 4 May 1994": the date is
        # reported; the speaker is still at the event under way
        own_time = []
        refs = [r for r in refs if r.pos - s.start < speech.start()]
    if story.frame and not own_time:
        _attach_to_frame(s, story.frame, refs, trigs, art)
        length = N_DAY_EVENT.search(s.text)
        if length:  # "The two-day event, organised by ...": the length of the event under way
            e = story.main_event()
            n_days = _n_days(length.group(1))
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


def _dateline_only(s: Sentence, dates: list[DateMention]) -> bool:
    """"BAKU, Azerbaijan, July 5.", "Baku, October 12, AZERTAC": places, a day and an outlet, nothing else."""
    if len(dates) != 1 or dates[0].precision != "day" or len(s.text) > 60:
        return False
    d = dates[0]
    rest = s.text[:d.start - s.start] + " " + s.text[d.end - s.start:]
    words = re.findall(r"[^\W\d_]+", rest)
    places = set(resources.cities()) | set(resources.country_names())
    return bool(words) and all(w in places or w.title() in places or w.casefold() in resources.outlet_names()
                               for w in words)


def _only_outlet(text: str) -> bool:
    """"Trend:", or what is left of a dateline line the reader set aside (".")."""
    rest = text.strip(" :.-–—()")
    return not rest or rest.casefold() in resources.outlet_names()


def _remember(s: Sentence, refs: list[PersonRef], dates: list[DateMention], art: Article, story: Story) -> None:
    """The last day named (not ahead of publication), the last subject, and who was just named."""
    for d in dates:
        if d.precision == "day" and d.date_start and not d.until and (
                art.published is None or d.date_start <= art.published):
            story.last_day = d.date_start
    subjects = [r.person for r in refs if r.subject]
    named = list(dict.fromkeys(r.person for r in refs))
    if subjects:
        story.last_subject = subjects[0]
    elif len(named) == 1:
        story.last_subject = named[0]  # "It is Appathurai's second visit. He first came ...": the one person named
    story.previous_people = named
    # the people named most recently, newest first ("The two also looked back at ..."); only the
    # two newest are ever read, and a longer list would cost a pass over every person named so far
    story.recent_people = (named + [p for p in story.recent_people if p not in named])[:2]


CANCELLED = Gated(r"\b(?:called off|cancell?ed|will not take place|did not take place|was scrapped|"
                  r"postponed indefinitely|on hold)\b",
                  ["called off", "cancel", "will not take place", "did not take place", "was scrapped",
                   "postponed indefinitely", "on hold"], re.I)
SUPERSEDED = Gated(r"\boriginally (?:planned|scheduled|foreseen|set) (?:for|on)\s+$", ["originally"])
REPORTING = Gated(r"\b(?:said|says|told|stated|noted|announced|declared|reported|stressed|underlined)\b",
                  ["said", "says", "told", "stated", "noted", "announced", "declared", "reported", "stressed", "underlined"])
LEAD_PERFECT = Gated(r"\b(?:has|have)\s+(?:\w+\s+)?(?:hosted|held|met|discussed|visited|received|signed|opened)\b",
                     ["has", "have"])
GROUP_REF = Gated(r"\b(?:[Tt]he two (?:generals|leaders|sides|men|ministers|officials|commanders)|[Bb]oth sides|[Tt]hey"
                  r"|[Tt]he two(?= (?:also|then|had|have|discussed|met|held|agreed|exchanged|looked|made|spoke|signed)\b))\b",
                  ["he two", "oth sides", "hey"])


def _lead_event(s: Sentence, trigs: list[Trigger], art: Article) -> list[Event]:
    """A first sentence in the present perfect ("NATO headquarters has hosted a reception") reports
    something that happened on the day of publication."""
    d = DateMention(s.start, s.start, "", "published", art.published, None, "day", False)
    return _events_from(s, [d], trigs, art, borrowed=True)


def _superseded_lead(e: Event, events: list[Event], art: Article) -> bool:
    """Drop a lead-sentence event when the article dates the same happening in the days before."""
    if e.date.kind != "published":
        return False
    return any(o is not e and o.date.kind != "published" and o.precision == "day" and o.date_start
               and e.date_start - dt.timedelta(days=7) <= o.date_start <= e.date_start for o in events)


def _segment(text: str, pos: int) -> str:
    """The part of a sentence between semicolons that holds position pos."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return text[start:end if end >= 0 else len(text)]


def _resolve_same_day(dates: list[DateMention], last_day: dt.date | None,
                      story_day: dt.date | None = None, span_start: dt.date | None = None,
                      span_end: dt.date | None = None) -> list[DateMention]:
    """"on the same day" is the day named just before it in the sentence, else the story's last day;
    "on the eve of" is the day before the event the story is about."""
    out = []
    for d in dates:
        if d.kind == "eve":
            day = story_day - dt.timedelta(days=1) if story_day else None
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "offset":
            before = [o for o in out if o.precision == "day" and o.date_start and not o.until and not o.since]
            base = before[-1].date_start if before else (story_day or last_day)
            day = base + dt.timedelta(days=offset_days(d.text)) if base else None
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "story_day":
            which = d.text.split()[-2].lower()  # "on the second day", "the last day"
            if which in STORY_DAY_NUMBER:
                day = span_start + dt.timedelta(days=STORY_DAY_NUMBER[which]) if span_start else None
                if day and span_end and span_end > span_start and day > span_end:
                    day = None  # "the fifth day" of a three-day visit: not a day of it
            else:  # last, final, closing, concluding
                day = span_end or span_start
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        elif d.kind == "same_day":
            before = [o for o in out if o.precision == "day" and o.date_start and not o.until]
            day = before[-1].date_start if before else (story_day or last_day)
            d = DateMention(d.start, d.end, d.text, d.kind, day, None, "day", False)
        out.append(d)
    return out


DELEGATION_LEAD = Gated(r"\bdelegation\b[^.;]{0,80}?\b(?:led|headed) by\b|\bat the head of (?:a|the) [^.;]{0,40}?delegation",
                        ["delegation"])
GUEST_REF = Gated(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er) (?:NATO |visiting |foreign )?(?:delegation|guests?|visitors?)\b",
                  ["delegation", "guest", "visitor"])


def _guest_refs(s: Sentence, refs: list[PersonRef], visits: list[Event], delegation_head: list[int]) -> list[PersonRef]:
    """"the NATO delegation held talks", "the guest": whoever leads the visit under way (the latest
    visit with people, looked for from the end, and only for a sentence that names a guest)."""
    m = GUEST_REF.search(s.text)
    if not m:
        return []
    visit = next((e for e in reversed(visits) if e.people), None)
    if visit is None and not delegation_head:
        return []
    known = {r.person for r in refs}
    if visit is not None:
        heads = [p for p, role in visit.people if role == "head" and p not in known][:1]
    else:
        heads = [p for p in delegation_head if p not in known][:1]
    subject = bool(re.match(r"\s+(?:\w+\s+){0,3}?(?:held|met|visited|was received|were received|thanked|arrived|discussed)\b",
                            s.text[m.end():]))
    return [PersonRef(s.start + m.start(), p, subject) for p in heads]


def _group_refs(s: Sentence, refs: list[PersonRef], previous: list[int], recent: list[int]) -> list[PersonRef]:
    """"They ..." -> the people of the sentence before; "The two also looked back ..." -> the two named last."""
    if refs:
        return []
    m = GROUP_REF.search(s.text)
    if not m:
        return []
    people = previous if len(previous) >= 2 else (recent if m.group(0).lower().startswith("the two") else [])
    return [PersonRef(s.start + m.start(), p, True) for p in people[:2]] if len(people) >= 2 else []


def _events_from(s: Sentence, dates: list[DateMention], trigs: list[Trigger], art: Article,
                 borrowed: bool = False) -> list[Event]:
    """One event per date and trigger family; purpose phrases ("for talks") defer to the visit."""
    clauses = _clauses(s.text)
    by_date: dict[int, list[Trigger]] = {i: [] for i in range(len(dates))}
    if borrowed:
        by_date[0] = list(trigs)
    else:
        date_clause = {i: _clause_of(d.start - s.start, clauses) for i, d in enumerate(dates)}
        speech = SPEECH.search(s.text)
        for t in trigs:
            if speech and t.pos < speech.start() and all(d.start - s.start > speech.end() for d in dates):
                continue  # "X, who addressed the session, recalled that the previous one, held on ...": not that date
            tc = _clause_of(t.pos, clauses)
            same = [i for i, c in date_clause.items() if c == tc]
            if same:
                after = [i for i in same if dates[i].start - s.start >= t.pos]
                by_date[min(after, key=lambda i: dates[i].start) if after else same[-1]].append(t)
            else:
                nearest = min(range(len(dates)), key=lambda i: min(abs(dates[i].start - s.start - t.pos),
                                                                   abs(dates[i].end - s.start - t.pos)))
                by_date[nearest].append(t)
    out: list[Event] = []
    split: set[int] = set()  # meetings with different people, read from one sentence: kept apart
    for i, d in enumerate(dates):
        ts = by_date[i]
        if not ts:
            continue
        families = {t.family for t in ts}
        if "visit" in families:
            ts = [t for t in ts if not (t.family == "talks" and PURPOSE_BEFORE.search(s.text[:t.pos]))]
            families = {t.family for t in ts}
        specific = families & {"visit", "talks", "address"}
        if specific:  # "returned ... after completing their tour", "a visit within the NATO Days": one event
            ts = [t for t in ts if t.family != "activity" or t.event_type not in ("other", "visit")]
            families = {t.family for t in ts}
        for family in sorted(families, key=["visit", "talks", "address", "activity"].index):
            fam_ts = [t for t in ts if t.family == family]
            groups = _counterpart_groups(s.text, fam_ts) if family == "talks" else [fam_ts]
            if len(groups) > 1:
                # "was received by President Aliyev and also held talks with General Sadikhov": two meetings,
                # one per person met ("met X ... talks with Y ... discussed with X" is two, not three)
                for group in groups:
                    ev = Event("meeting", family, d, d.date_start, d.date_end, d.precision, s, [t.pos for t in group])
                    ev.location = _location(s, d, group)
                    out.append(ev)
                    split.add(id(ev))
                continue
            order = [r[0] for r in resources.event_triggers()]
            etype = min((t.event_type for t in fam_ts), key=order.index)
            ev = Event(etype, family, d, d.date_start, d.date_end, d.precision, s, [t.pos for t in fam_ts])
            ev.location = _location(s, d, fam_ts)
            if family == "visit":
                ev.n_countries = _tour_countries(s, fam_ts)
            out.append(ev)
    out = _one_per_happening(out, split)
    if not borrowed:
        out += _itinerary(s, dates, trigs, out)
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


STOP_BEFORE_DATE = re.compile(r"\s+(?:on|from|between)?\s*$")
STOP_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)(?:the\s+)?$")
VISIT_VERB_BEFORE = re.compile(r"\b(?:visiting|visited|visit|visits|touring|toured|travel(?:l?ed|l?ing)? to|arriving in|then)\s+(?:the\s+)?$")


def _stop_place(text: str, pos: int) -> tuple[str, int] | None:
    """The place written right before a date ("Georgia on 18 March"): (place, where it starts)."""
    window_start = max(0, pos - 40)
    window = text[window_start:pos]
    best = None
    for pattern in (resources.city_pattern(), resources.country_pattern()):
        for m in pattern.finditer(window):
            if STOP_BEFORE_DATE.fullmatch(window[m.end():]) and m.group(1) not in resources.demonyms():
                place = m.group(1)
                if pattern is resources.country_pattern():
                    place = resources.country_display_names().get(resources.country_names()[place], place)
                if best is None or m.start() > best[1] - window_start:
                    best = (place, window_start + m.start())
    return best


def _itinerary(s: Sentence, dates: list[DateMention], trigs: list[Trigger], out: list[Event]) -> list[Event]:
    """"visiting Azerbaijan on 17 March, Georgia on 18 March and Armenia on 19 March": one visit per
    stop, each in its own place; the visit word dates only the first."""
    text = s.text
    visits = [e for e in out if e.family == "visit"]
    if not visits or len(dates) < 2:
        return []
    first = visits[0]
    stops = []
    chain_end = None
    for d in sorted(dates, key=lambda d: d.start):
        pos = d.start - s.start
        if pos < min(first.trigger_pos):
            continue
        stop = _stop_place(text, pos)
        if stop is None:
            break
        before = text[max(0, stop[1] - 30):stop[1]]
        if chain_end is None:
            if not VISIT_VERB_BEFORE.search(before):
                break
        elif not (STOP_SEPARATOR.search(before) and stop[1] - chain_end < 20):
            break
        stops.append((d, stop[0]))
        chain_end = d.end - s.start
    if len(stops) < 2 or stops[0][0] is not first.date:
        return []
    first.location = stops[0][1]
    created = []
    for d, place in stops[1:]:
        if any(e.date is d for e in out):
            continue
        ev = Event(first.event_type, "visit", d, d.date_start, d.date_end, d.precision, s, [d.start - s.start])
        ev.location = place
        created.append(ev)
    return created


COUNTERPART = re.compile(r"^\S*\s+(?:\w+\s+){0,2}?(?:with|by)\s+((?:[A-Z][\w.’'-]*\s+){1,6}[A-Z][\w.’'-]*)")


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


def _location(s: Sentence, d: DateMention, ts: list[Trigger]) -> str:
    text = s.text
    anchor = d.start - s.start if d.start >= s.start else min(t.pos for t in ts)  # the place named by the date
    found = []
    for m in resources.city_pattern().finditer(text):
        if not re.search(r"\bfrom\s+$", text[max(0, m.start() - 8):m.start()]):
            found.append((abs(m.start() - anchor), m.group(1)))
    if found:
        return min(found)[1]
    m = CAPITAL_OF.search(text)
    if m:
        key = resources.fold(without_possessive(m.group(1)))
        for name, city in CAPITALS.items():
            if key.startswith(name[:6]):
                return city
    for m in resources.country_pattern().finditer(text):
        if re.search(r"\b(?:to|in|visited|visiting|toured|touring)\s+(?:the\s+)?$", text[max(0, m.start() - 16):m.start()]) \
                and m.group(1) not in resources.demonyms():
            if len(_country_list(text, m.start())) > 1:
                return ""  # "visiting Azerbaijan, Georgia and Armenia": a tour, no one place
            return resources.country_display_names().get(resources.country_names()[m.group(1)], m.group(1))
    return ""


TOUR_OF = re.compile(r"\b(?:visited|visiting|toured|touring|tour of|trip to|visits? to)\s+(?:the\s+)?(?=[A-Z])")


def _tour_countries(s: Sentence, ts: list[Trigger]) -> int:
    """How many countries the visit word lists ("visited Belgium, the Netherlands and Germany")."""
    best = 0
    for t in ts:
        m = TOUR_OF.match(s.text, t.pos)
        if m:
            best = max(best, len(_country_list(s.text, m.end())))
    return best


def _assign_participants(s: Sentence, created: list[Event], refs: list[PersonRef], last_subject: int | None,
                         trigs: list[Trigger], dates: list[DateMention]) -> set[int]:
    """Put the people of an event sentence on its events; returns those who only report them."""
    subjects = [r for r in refs if r.subject]
    people = list(refs)
    if last_subject is not None and not subjects and not any(r.person == last_subject for r in refs):
        for pm in PRONOUN.finditer(s.text):
            # "he will meet", "when he was received": the pronoun is the one taking part
            if any(0 <= t.pos - pm.end() <= 30 for t in trigs) or pm.start() == 0 and any(
                    SPEAKING_AT.search(s.text, max(0, t.pos - 60), t.pos) for t in trigs):
                # the person named earlier in this sentence ("This is Colomina's second trip; ... he held
                # talks"), else the story's last subject
                earlier = [r.person for r in refs if r.pos - s.start < pm.start()]
                pronoun = PersonRef(s.start + pm.start(), earlier[-1] if len(set(earlier)) == 1 else last_subject,
                                    True)
                people.append(pronoun)
                subjects.append(pronoun)
                break
    # "X recalled that the previous workshop, held on ..., ...": the speaker reports the event,
    # he is not said to have taken part in it
    reporters = {r.person for r in people if r.subject and _reports(s, r, created)}
    people = [r for r in people if r.person not in reporters]
    subjects = [r for r in subjects if r.person not in reporters]
    for e in created:
        if any(PREPARING.search(s.text[max(0, p - 40):p]) for p in e.trigger_pos):
            e.prepared = True  # "briefed the President on preparations for the summit": not a participant
    created = [e for e in created if not e.prepared]
    non_visit = [e for e in created if e.family != "visit"]
    for e in created:
        if e.family == "visit":
            owners = [r for r in people if _owns_visit(s, r, e)]
            who = [r for r in people if r.who_antecedent and _who_covers(s, r, e)]
            chosen = owners or who or subjects or people
            for r in chosen:
                _add_person(e, r.person, "head")
    all_dates = dates
    for r in people:
        if not non_visit:
            break
        if not r.subject and all_dates:
            clauses = _clauses(s.text)
            mine = _clause_of(r.pos - s.start, clauses)
            in_clause = [d for d in all_dates if _clause_of(d.start - s.start, clauses) == mine]
            if in_clause:
                nearest = min(in_clause, key=lambda d: min(abs(d.start - r.pos), abs(d.end - r.pos)))
                if not any(e.date.start <= nearest.start < max(e.date.end, e.date.start + 1) for e in created):
                    continue  # "after Heydar Aliyev signed ... on 4 May 1994": another date's clause
        if any(_owns_visit(s, r, e) for e in created if e.family == "visit") and not r.subject:
            continue
        if r.subject or len(non_visit) == 1:
            targets = non_visit
        else:
            targets = [_nearest_event(s, r, non_visit)]
        for e in targets:
            _add_person(e, r.person, "head" if r.subject else "member")
    return reporters


# "He made the remarks on 5 May, speaking at a press conference": the sentence's subject is at the event
SPEAKING_AT = re.compile(r"\b(?:speaking|spoke|speech|remarks|addressing|answering questions)\s+(?:at|to|during|before)\s+"
                         r"(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}$")


# verbs that report what someone said: SPEECH finds the verb, REPORTED the start of the reported clause
_SPEECH_VERBS = r"said|says|recalled|recalls|noted|notes|added|stressed|underlined|mentioned|reiterated|pointed out|explained|stated"
SPEECH = Gated(r"\b(?:" + _SPEECH_VERBS + r"|told|believes)\b(?:\s+that)?", _SPEECH_VERBS.split("|") + ["told", "believes"])
REPORTED = Gated(r"\b(?:" + _SPEECH_VERBS + r"|told \w+)\s+that\b", ["that"])


def _reports(s: Sentence, r: PersonRef, created: list[Event]) -> bool:
    """The person's speech verb comes before every event word and date of the sentence."""
    local = r.pos - s.start
    m = SPEECH.search(s.text, local)
    if not m or m.start() - local > 200:
        return False
    if re.match(r"\s*(?:that\s+)?(?:he|she|his|her|their|they|we|our)\b", s.text[m.end():]):
        return False  # "He recalled that he had handed ...": the speaker did it himself
    return all(p > m.end() for e in created for p in e.trigger_pos + [e.date.start - s.start])


def _nearest_event(s: Sentence, r: PersonRef, events: list[Event]) -> Event:
    """The event whose word comes just before the person ("talks with X"), else the closest one."""
    local = r.pos - s.start
    preceding = [(local - p, e) for e in events for p in e.trigger_pos if p < local]
    if preceding:
        return min(preceding, key=lambda x: x[0])[1]
    return min(events, key=lambda e: min(abs(p - local) for p in e.trigger_pos + [e.date.start - s.start]))


def _owns_visit(s: Sentence, r: PersonRef, e: Event) -> bool:
    """"Aliyev’s visit to ...", "the visit of Stoltenberg to ...": the visitor is named with the visit."""
    local = r.pos - s.start
    for p in e.trigger_pos:
        between = s.text[local:p] if local < p else s.text[p:local]
        if local < p and re.fullmatch(r"[^,.;]{0,40}?[’']s\s+(?:[a-z-]+\s+)?", between):
            return True
        if p < local and re.fullmatch(r"visit\s+(?:of|by)\s+(?:[A-Z][\w-]*\s+){0,5}", between):
            return True
    return False


def _who_covers(s: Sentence, r: PersonRef, e: Event) -> bool:
    """The visit word sits in the 'who ...' clause that follows this person."""
    local = r.pos - s.start
    m = WHO.search(s.text, local)
    return bool(m) and any(p >= m.start() for p in e.trigger_pos) and m.start() - local < 220


def _add_person(e: Event, person: int, role: str) -> None:
    if all(p != person for p, _ in e.people):
        e.people.append((person, role))


FRAME_PRIORITY = ["talks", "activity", "address", "visit"]
STORY_TIME = ("same_day", "offset", "story_day", "eve")


def _attach_to_frame(s: Sentence, frame: list[Event], refs: list[PersonRef], trigs: list[Trigger],
                     art: Article) -> None:
    """People who speak or take part in the sentences that follow an event belong to it, while the
    story stays with that event: not for planned events, and past a paragraph break only for the
    event the article reports as news (around its publication date)."""
    target = min(frame, key=lambda e: FRAME_PRIORITY.index(e.family))
    if art.published and target.date_start > art.published:
        return
    if s.paragraph != target.sentence.paragraph and art.published and not target.lead:
        last = target.date_end or target.date_start
        if not (target.date_start - dt.timedelta(days=3) <= art.published <= last + dt.timedelta(days=3)):
            return
    everyone = any(t.family == "talks" for t in trigs) or bool(CUE.search(s.text))
    for r in refs:
        if everyone or r.subject:
            _add_person(target, r.person, "member")


def _assign_countries(s: Sentence, created: list[Event]) -> None:
    """Delegation lists: 'the permanent representatives of Türkiye, Greece, ... and Spain'."""
    for iso, title in delegation_countries(s.text):
        for ev in created[-1:]:
            if all(c != iso for c, _, _ in ev.countries):
                ev.countries.append((iso, "member", title))


# "of Türkiye", "from Allied nations, including the", "of eight Allies – "
# "to NATO of Greece": the permanent representatives are named by the body they sit in, then their country
DELEGATION_GAP = re.compile(r"^\s+(?:(?:have|has|had)\s+)?(?:(?:come|came|arrived|travelled|traveled|been sent)\s+)?"
                            r"(?:to\s+(?:the\s+)?(?:NATO|Alliance|North Atlantic Council|EU|OSCE|UN)\s+)?"
                            r"(?:of|from)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?"
                            r"(?:(?:nations?|countries|states|Allies|members),?\s+(?:including|among them|namely)\s+|[–—:-]\s+)?"
                            r"(?:the\s+)?$")


# between two names of a list: ", ", ", and ", " and ", each maybe followed by "the "
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
SENT = re.compile(r"\s+(?:have|has|had)\s+sent\s+(observers|teams|experts|delegations|officers|representatives)\b")


# "Participating NATO countries are:", "Partner nations involved in the exercise include", "Partners taking
# part: ..." -- a list of countries follows (at most 60 characters between the noun and the verb)
LIST_INTRO = re.compile(r"\b(?:[Cc]ountries|[Nn]ations|[Ss]tates|[Aa]llies|[Pp]artners)\b"
                        r"(?:[^.:;]{0,60}?(?:\b(?:are|were|include|included|includes|comprise|comprised)\b\s*:?|:))?[ \t]*"
                        r"(?:the\s+)?(?=[A-Z])")
# "the drills are run by Poland", "the course, organised by Romania, ..."
LED_BY = re.compile(r"\b(led|conducted|organi[sz]ed|hosted|co-hosted|sponsored|run)\s+by\s+(?:the\s+)?(?=[A-Z])")
LED_BY_TITLE = {"led": "Lead nation", "conducted": "Lead nation", "hosted": "Host nation", "co-hosted": "Host nation"}


def delegation_countries(text: str) -> list[tuple[str, str]]:
    """(ISO code, office as written) for each country a delegation list names."""
    out = _countries_that_sent(text) + _listed_countries(text) + _leading_countries(text)
    cp = resources.country_pattern()
    for noun in DELEGATE_NOUN.finditer(text):
        pos = noun.end()
        first = True
        for m in cp.finditer(text, pos):
            gap = text[pos:m.start()]
            if re.match(r"\s+[A-Z][a-z]", text[m.end():]) and not re.match(r"\s+(?:and|as)\b", text[m.end():]):
                break  # "the Azerbaijan Army": a country as an adjective, not a delegation
            if first:
                if not DELEGATION_GAP.match(gap) or m.group(1) in resources.demonyms():
                    break
                if re.search(r"\d\s+(?:\w+\s+)?$", text[max(0, noun.start() - 12):noun.start()]):
                    break  # "250 representatives of ...": a statistic
            elif not LIST_SEPARATOR.fullmatch(gap):
                break
            iso = resources.country_names()[m.group(1)]
            pos = m.end()
            first = False
            if iso == HOME_COUNTRY:
                continue  # the host side is not a visiting delegation
            title = noun.group(0).strip()
            out.append((iso, title[:1].upper() + title[1:]))
    return out


def _country_list(text: str, pos: int) -> list[str]:
    """The countries named one after another from pos ("Bulgaria, Georgia and the United States")."""
    found: list[str] = []
    for m in resources.country_pattern().finditer(text, pos):
        gap = text[pos:m.start()]
        if not (re.fullmatch(r"\s*", gap) if not found else LIST_SEPARATOR.fullmatch(gap)):
            break
        if m.group(1) in resources.demonyms() or re.match(r"[’']s\b|\s+[A-Z][a-z]", text[m.end():]) \
                and not re.match(r"\s+(?:and|as)\b", text[m.end():]):
            break  # "Turkish officers", "Turkey’s ambassador", "the Azerbaijan Army": not a list of countries
        found.append(resources.country_names()[m.group(1)])
        pos = m.end()
    return found


def _listed_countries(text: str) -> list[tuple[str, str]]:
    """"Participating NATO countries are: Bulgaria, Georgia and ...": every country of the list."""
    out = []
    for intro in LIST_INTRO.finditer(text):
        found = _country_list(text, intro.end())
        if len(found) < 2 and not intro.group(0).rstrip().endswith(":"):
            continue  # "the countries are Azerbaijan's partners": one name after a verb is no list
        title = "Participating country"
        out += [(iso, title) for iso in found if iso != HOME_COUNTRY]
    return out


def _leading_countries(text: str) -> list[tuple[str, str]]:
    """"a course led by Italy", "organised by Romania and Poland": the countries that lead,
    run or host the event."""
    out = []
    for led in LED_BY.finditer(text):
        title = LED_BY_TITLE.get(led.group(1), "Organising nation")
        out += [(iso, title) for iso in _country_list(text, led.end()) if iso != HOME_COUNTRY]
    return out


def _countries_that_sent(text: str) -> list[tuple[str, str]]:
    """"Germany and the United States have sent observers": the list just before the verb."""
    out = []
    for sent in SENT.finditer(text):
        found, end = [], sent.start()
        for m in reversed(list(resources.country_pattern().finditer(text, 0, end))):
            gap = text[m.end():end]
            if not (re.fullmatch(r"\s*", gap) if not found else
                    LIST_SEPARATOR.fullmatch(gap)):
                break
            if m.group(1) not in resources.demonyms():
                found.append(resources.country_names()[m.group(1)])
            end = m.start()
            end = text.rfind("the ", 0, end) if text[max(0, end - 4):end] == "the " else end
        title = sent.group(1)[:1].upper() + sent.group(1)[1:]
        out += [(iso, title) for iso in reversed(found) if iso != HOME_COUNTRY]
    return out


def _merge_visits(events: list[Event]) -> None:
    """Several mentions of one trip ("arrived on Sunday", "tour from 17 to 19 March") become one visit.

    Each visit in turn absorbs the later ones that fall within a day of its dates, are at the same
    place and share its people. The later ones are looked up by start day, not all tried (that cost
    the square of the number of visits). A visit's dates change only while it absorbs others, after
    every earlier visit has had its turn, so the dates indexed below are still its own when looked up.
    """
    visits = [e for e in events if e.family == "visit" and e.precision == "day"]
    if len(visits) < 2:
        return
    one_day = dt.timedelta(days=1)
    spans = [(v.date_start, v.date_end or v.date_start) for v in visits]
    longest = max([end - start for start, end in spans] + [dt.timedelta(0)])
    by_start = sorted(range(len(visits)), key=lambda k: spans[k][0])
    starts = [spans[k][0] for k in by_start]
    for i, a in enumerate(visits):
        if a.merged_into:
            continue
        tried = i  # the later visits up to here have had their chance to join a
        while True:
            a_end = a.date_end or a.date_start
            # a later visit b overlaps when it starts by a's end + 1 day and ends from a's start - 1 day
            # on: it starts at the earliest ``longest`` before that
            lo = bisect.bisect_left(starts, a.date_start - one_day - longest)
            hi = bisect.bisect_right(starts, a_end + one_day)
            near = sorted(k for k in by_start[lo:hi] if k > tried and a.date_start <= spans[k][1] + one_day)
            joined = next((k for k in near if not visits[k].merged_into and _joinable(a, visits[k])), None)
            if joined is None:
                break
            _absorb(a, visits[joined])
            tried = joined  # a's dates may have grown: look again among the visits after this one


def _joinable(a: Event, b: Event) -> bool:
    """Two overlapping visits are one trip: compatible places, and no two different sets of people."""
    if not _same_place(a.location, b.location):
        return False
    if a.n_countries > 1 and b.location or b.n_countries > 1 and a.location:
        return False  # one stop of a tour of several countries stays an event of its own
    pa, pb = {p for p, _ in a.people}, {p for p, _ in b.people}
    return not (pa and pb and not pa & pb)


def _absorb(keep: Event, drop: Event) -> None:
    """One visit takes in another mention of the same trip: dates, people, place."""
    a_end = keep.date_end or keep.date_start
    b_end = drop.date_end or drop.date_start
    n_days = keep.n_days or drop.n_days
    keep.date_start = min(keep.date_start, drop.date_start)
    end = max(a_end, b_end)
    if n_days and not (keep.date.kind == "range" or drop.date.kind == "range"):
        end = keep.date_start + dt.timedelta(days=n_days - 1)  # "arrived on Wednesday ... a two-day visit"
    keep.date_end = end if end != keep.date_start else None
    for p, role in drop.people:
        _add_person(keep, p, role)
    if not keep.location or (drop.location in resources.cities() and keep.location not in resources.cities()):
        keep.location = drop.location or keep.location
    if drop.date.start < keep.date.start and drop.date.kind == "range":
        keep.date, keep.sentence = drop.date, drop.sentence
    drop.merged_into = keep


def _same_place(a: str, b: str) -> bool:
    """Compatible places: one unknown, or the same country and not two different cities."""
    if a in resources.cities() and b in resources.cities() and a != b:
        return False  # a day trip from Baku to Aghdam is a visit of its own
    ca, cb = resources.country_of_place(a), resources.country_of_place(b)
    return ca is None or cb is None or ca == cb


# ---------------------------------------------------------------- statistics

def statistics_in(s: Sentence) -> list[Statistic]:
    """Numbers with what they count; dates, years, ordinals and name parts are left out."""
    if not (NUMBER.may_match(s.text) or ORDINAL.may_match(s.text)):
        return []
    return [Statistic(*fields[:5], sentence=s, start=fields[5], end=fields[6]) for fields in _statistics(s.text)]


def _written_span(text: str, m: re.Match, q: re.Match | None, unit: str) -> tuple[int, int]:
    """Where the figure is written with its qualifier before it and its unit after it ("up to 250
    representatives", "four hundred soldiers")."""
    begin = m.start(1) if m.group(1) else m.start(2)
    if q:
        begin = max(0, m.start() - 24) + q.start(1)
    end = m.end()
    words = unit.split()
    if words:
        at = text.find(words[-1], m.end(), m.end() + 80)
        if at >= 0:
            end = at + len(words[-1])
    return begin, end


ELLIPTICAL_VERB = re.compile(r"\s+(?:voted|abstained|returned|left|died|arrived)\b")


@lru_cache(maxsize=16384)
def _statistics(text: str) -> tuple[tuple, ...]:
    s = Sentence(0, len(text), text, 0)
    out: list[Statistic] = []
    date_spans = [(d.start - s.start, d.end - s.start) for d in find_dates(text, None, s.start)]
    previous_unit = ""
    spans: list[tuple[int, int]] = []

    def add(st: Statistic) -> None:
        out.append(st)
        spans.append(_written_span(text, m, q, st.unit if st.kind in ("count", "duration") else ""))

    for m in NUMBER.finditer(text):
        start, end = m.span(2)
        if any(ds <= start < de for ds, de in date_spans):
            continue
        raw = m.group(2)
        word = raw.lower()
        value = None
        if not raw[0].isdigit():
            value = words_value(word)
            if value is None:
                continue
        if value is None:
            try:
                value = float(raw.replace(",", ""))
            except ValueError:
                continue
        if m.group(3):
            value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(3)]
        value = int(value) if float(value).is_integer() else value
        before = text[:m.start()]
        after = text[m.end():]
        suffix = (m.group(4) or "").lower()
        q = QUALIFIER_BEFORE.search(before[-24:])
        qualifier = QUALIFIER_OF[q.group(1).lower()] if q else "exactly"
        if re.search(r"\bbetween\s+$", before) and re.match(r"\s+and\s+[\d\w]", after):
            qualifier = "at least"  # "between 30 and 40 vehicles": 30 at least ...
        elif re.search(r"\bbetween\s+[\d,]+\s+and\s+$", before):
            qualifier = "up to"  # ... and 40 up to
        if LABEL_BEFORE.search(before):
            continue  # "Article 5", "Level 2", "Resolution 1325": a label, not a count
        if suffix in ("-strong", "-member", "-man", "-person"):
            # "a 100-strong contingent", "a 12-member delegation"
            noun = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", after)
            add(Statistic(value, qualifier, noun.group(1) if noun else suffix[1:], "count",
                                 _context(text, start), s))
            continue
        if suffix:
            kind = "duration" if suffix.strip("-").rstrip("s") in {"year", "day", "month", "week", "hour"} else (
                "money" if suffix.strip("-") in MONEY_UNITS else "")
            if kind:
                add(Statistic(value, qualifier, "", kind, _context(text, start), s))
                out[-1].unit = suffix.strip("-")
            continue
        if m.group(1) or m.group(3) and re.match(r"\s+(?:" + "|".join(MONEY_UNITS) + r")\b", after, re.I):
            add(Statistic(value, qualifier, "dollars" if m.group(1) == "$" else "money", "money",
                                 _context(text, start), s))
            continue
        if value == 1 and word in ("1", "one") and not ELLIPTICAL_VERB.match(after):
            continue  # "one of the", "one-on-one"; but "one abstained" is a count
        if re.match(r"(?:\s?%|\s+(?:percent|per cent)\b)", after):
            add(Statistic(value, qualifier, "percent", "percent", _context(text, start), s))
            continue
        unit, kind = _unit(after)
        if kind is None:
            # elliptical counts: "a group of 50 returned", "while three voted against"
            if re.search(r"\bgroup of\s+$", before) or ELLIPTICAL_VERB.match(after):
                unit, kind = previous_unit or "people", "count"
            elif re.match(r"\s+(?:to|and)\s+\d", after):
                nxt = re.match(r"\s+(?:to|and)\s+[\d,]+(\s+.*)", after)
                unit, kind = _unit(nxt.group(1)) if nxt else ("", None)
                if kind is None:
                    continue
            else:
                continue
        if kind == "count" and isinstance(value, int) and 1900 <= value <= 2100 and raw.isdigit():
            continue
        if kind == "count" and not raw[0].isdigit() and value <= 3 and re.search(r"\b(?:the|both|these|those)\s+$", before, re.I) and (
                unit.split()[-1].lower() in PARTY_NOUNS or unit.split()[0].lower().endswith("ed")
                or unit.split()[0].lower() in VERBISH or unit.split()[0].lower() in resources.pronoun_followers()):
            continue
        if kind == "count":
            previous_unit = unit
        add(Statistic(value, qualifier, unit, kind, _context(text, start), s))
    for m in ORDINAL.finditer(text):
        value = int(m.group(1)) if m.group(1) else ORDINAL_WORDS[m.group(3).lower()]
        nxt = re.match(r"\s+((?:[A-Z][\w-]*\s)*[\w-]+)", text[m.end():])
        if nxt and nxt.group(1).lower() not in STOP_WORDS:
            out.append(Statistic(value, "exactly", nxt.group(1), "ordinal", _context(text, m.start()), s))
            spans.append((m.start(), m.end() + nxt.end()))
    return tuple((st.value, st.qualifier, st.unit, st.kind, st.context, *span) for st, span in zip(out, spans))


def words_value(words: str) -> int | None:
    """A cardinal written in words ("four hundred", "a hundred and fifty", "twenty-one", "two dozen"),
    read whole by text2num; None when the words make no one number ("two three")."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    times = 1
    if tokens and tokens[-1] == "dozen":
        times, tokens = 12, tokens[:-1] or ["one"]
    if "dozen" in tokens:
        return None
    if len(tokens) == 1 and tokens[0] in NUMBER_WORDS:
        return NUMBER_WORDS[tokens[0]] * times
    try:
        return text2num(" ".join(tokens), "en") * times
    except ValueError:
        return None


def _unit(after: str) -> tuple[str, str | None]:
    """The noun a number counts ('NATO events', 'Mi-17 transport helicopters') and its kind."""
    if not re.match(r"\s", after):
        return "", None
    phrase = re.split(r"[,.;:()“”\"]|\s[-–—]\s", after, maxsplit=1)[0]
    tokens = re.findall(r"[\w’'-]+|%", phrase)[:5]
    if not tokens:
        return "", None
    if len(tokens) > 2 and tokens[0].lower() == "of" and tokens[1].lower() in ("the", "these", "those", "its", "their"):
        tokens = tokens[2:]  # "fewer than 20 of the departing soldiers"
    first = tokens[0].lower()
    if first in DURATION_UNITS:
        return first, "duration"
    if first in MONEY_UNITS:
        return first, "money"
    if first in MEASURE_UNITS or first == "%":
        return first, None
    unit: list[str] = []
    for i, tok in enumerate(tokens[:5]):
        low = tok.lower()
        if low in ("more", "additional", "other", "new", "extra", "such") and i == 0:
            unit.append(tok)  # "three such seminars": the noun after the determiner is counted
            continue
        if low == "and" and unit and i + 1 < len(tokens):
            unit.append(tok)
            continue
        if low in STOP_WORDS or low in DURATION_UNITS:
            return "", None
        unit.append(tok)
        if low in COUNT_NOUNS or low.endswith("men") or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2
                                                         and (not tok[:1].isupper() or _capitalised_plural(tok))):
            words = [w for w in unit if w.lower() not in ("more", "additional", "other", "new", "extra", "such")]
            return " ".join(words), "count"
        if ACRONYM_PLURAL.fullmatch(tok):  # "three MPs", "12 UAVs"
            return " ".join(w for w in unit if w.lower() not in ("more", "additional", "other", "new", "extra",
                                                                  "such")), "count"
    return "", None


ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")


def _capitalised_plural(tok: str) -> bool:
    """"20 Partnership Goals": a capitalised plural that is no place or country."""
    return len(tok) > 4 and tok not in resources.country_names() and tok not in resources.cities() \
        and tok not in resources.demonyms() and not tok.isupper()


def _context(text: str, pos: int) -> str:
    clauses = _clauses(text)
    c = clauses[_clause_of(pos, clauses)]
    return text[c[0]:c[1]].strip()[:120]


# ---------------------------------------------------------------- milestones

def _milestones(art: Article, sents: list[Sentence], events: list[Event]) -> list[Milestone]:
    out: list[Milestone] = []
    last_programme: tuple[str, int] | None = None  # (code, paragraph)
    # built once, not for every sentence: an article of many dated sentences has as many events
    event_starts = {(e.date.start, e.date.end) for e in events}
    event_years: dict[int, set[int]] = {}  # sentence start -> the years its events start in
    for e in events:
        event_years.setdefault(e.sentence.start, set()).add(e.date_start.year)
    for s in sents:
        text = s.text
        mentions = [(m.start(), m.end(), resources.programme_by_alias()[m.group(1)].code)
                    for m in resources.programme_pattern().finditer(text)]
        anaphora = [m.start() for m in ANAPHORIC_PROGRAMME.finditer(text)]
        # dates with their year written, and days the text dates otherwise ("ratified on Friday") when the
        # clause names a programme and says what happened to it
        dates = [d for d in find_dates(text, art.published, s.start) if d.date_start and (
            d.has_year or d.precision == "day" and d.kind in ("day", "weekday") and _milestone_clause(text, d.start - s.start))]
        clauses = _clauses(text)
        for d in dates:
            pos = d.start - s.start
            clause = _clause_of(pos, clauses)
            cs, ce = clauses[clause]
            in_clause = [m for m in mentions if cs <= m[0] <= ce]
            act_text = text[cs:ce]
            if not in_clause and clause + 1 < len(clauses) and WHEN_CLAUSE.match(text, clauses[clause + 1][0]) \
                    and DATE_AT_END.search(text, cs, ce):
                # "dates from March 1992, when Azerbaijan became a member of the NACC": the clause the
                # date opens says what happened then
                ns, ne = clauses[clause + 1]
                in_clause = [m for m in mentions if ns <= m[0] <= ne]
                act_text = text[ns:ne]
            if resources.planned_pattern().search(text, cs, ce):
                continue  # "experts would visit in May for the assessment": planned, not a milestone
            if PERSONAL_SERVICE.search(text, cs, ce):
                continue  # "an officer has worked at the centre since 2009": a person's career, not the country's
            is_event = (d.start, d.end) in event_starts
            code = None
            if in_clause:
                end = d.end - s.start  # distance from the date's whole span, not from its first character
                nearest = min(in_clause, key=lambda m: m[0] - end if m[0] >= end else max(0, pos - m[1]))
                # a programme named inside a longer name that an abbreviation in brackets closes ("the
                # Agreement among the states of the Partnership for Peace regarding ... (PfP SOFA)"): the
                # bracketed programme is the one the clause is about
                named_in = [m for m in in_clause if m[0] > nearest[1] and text[m[0] - 1:m[0]] == "("
                            and text[m[1]:m[1] + 1] == ")" and not NAME_BREAK.search(text, nearest[1], m[0] - 1)]
                code = (named_in[0] if named_in else nearest)[2]
            elif is_event or d.precision != "year" and not d.since:
                code = None
            elif mentions and (MILESTONE_CUE.search(text[cs:ce]) or len({m[2] for m in mentions}) == 1 and len(dates) == 1
                               or clause > 0 and len(text[cs:ce].split()) <= 4
                               and MILESTONE_CUE.search(text[clauses[clause - 1][0]:clauses[clause - 1][1]])
                               and any(clauses[clause - 1][0] <= m[0] <= clauses[clause - 1][1] for m in mentions)):
                # the programme named next ("since January 2015, under the Resolute Support mission"),
                # else the one named last
                following = [m for m in mentions if m[0] > pos]
                preceding = [m for m in mentions if m[0] < pos]
                prev_clause = [m for m in mentions if clause > 0 and clauses[clause - 1][0] <= m[0] <= clauses[clause - 1][1]]
                if (RELATIVE_START.match(text[cs:ce]) or len(text[cs:ce].split()) <= 4 and prev_clause
                        and not MILESTONE_CUE.search(text[cs:ce])) and preceding:
                    following = []  # "the OCC, in which Azerbaijan has taken part since 2007"
                chosen = min(following, key=lambda m: m[0]) if following else max(preceding, key=lambda m: m[0])
                _, me = clauses[_clause_of(chosen[0], clauses)]
                if resources.planned_pattern().search(text, chosen[1], me):
                    continue  # "..., and the experience of the mission is expected to help": a hope, not a step
                code = chosen[2]
            elif anaphora and last_programme and (d.precision == "year" or MILESTONE_CUE.search(text)):
                code = last_programme[0]
            elif not mentions and last_programme and last_programme[1] >= s.paragraph - 1 \
                    and CARRY_CUE.search(text[cs:ce]) and (d.precision == "year" or d.since):
                code = last_programme[0]
            if code is None or (is_event and not in_clause):
                continue
            if d.kind == "year" and d.date_start.year in event_years.get(s.start, ()) \
                    and not MILESTONE_CUE.search(text[cs:ce]):
                continue  # "In 2013, a NATO Days workshop was held ...": the year dates an event, not a milestone
            action = _action(act_text) or _action(text) or "other"
            if is_event and action == "other":
                continue  # a meeting of a programme on a day (its meeting, its session) is no step in the programme
            year = d.date_start.year
            date = d.date_start if d.precision == "day" and d.kind == "day" else None
            same = [i for i, o in enumerate(out) if o.programme == code and o.year == year and o.sentence is s]
            if same:
                # one fact per programme, year and sentence ("joined ... and started ..."): the more specific act
                i = same[0]
                if ACTION_RANK.index(action) < ACTION_RANK.index(out[i].action):
                    out[i] = Milestone(code, year, date or out[i].date, action, s)
                continue
            out.append(Milestone(code, year, date, action, s))
        if mentions:
            last_programme = (mentions[-1][2], s.paragraph)
        elif anaphora and last_programme:
            last_programme = (last_programme[0], s.paragraph)
    seen = set()
    unique = []
    for m in out:
        key = (m.programme, m.year, m.action)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


def _milestone_clause(text: str, pos: int) -> bool:
    """A programme in the clause and the act right next to the date ("on Friday ratified", "approved
    Azerbaijan's IPAP on 27 May"), not a date of something else in the clause."""
    clauses = _clauses(text)
    cs, ce = clauses[_clause_of(pos, clauses)]
    if not resources.programme_pattern().search(text[cs:ce]):
        return False
    act = r"\b(?:ratified|signed|approved|adopted|joined|launched|submitted)\b"
    return bool(re.search(act + r"[^,;]{0,60}$", text[cs:pos]) or re.match(r"[^,;]{0,30}?" + act, text[pos:ce]))


def _action(text: str) -> str:
    for action, pattern in ACTIONS:
        if re.search(r"\b(?:" + pattern + r")\b", text, re.I):
            return action
    return ""
