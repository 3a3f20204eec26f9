"""Who takes part in which event, and in which role: the people a sentence names (full names,
surnames, offices, "they", "the guest"), put on the events of their sentence, or on the event the
story is at; a speaker who only reports an event is not a participant."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import resources
from ..config import HOME_COUNTRY
from ..dates import DateMention
from ..gates import Gated
from ..names import SPEECH_VERBS, find_mentions
from ..people import PeopleIndex, surname_mentions, title_mentions
from ..read import Article, Sentence
from ..speakers import label_mention
from .model import Event, main_event
from .triggers import Trigger, clause_of, clause_spans

PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
PRONOUN_AND = re.compile(r"\b(?:he|she|He|She)\s+and\s+")
OBJECT_PRONOUN = re.compile(r"\b(?:received|receives|met|meets)\s+(him|her)\b")
WHO = re.compile(r"\b(?:who|whom)\s")
# "the drills began on <date>", "its <season> session of <day>-<date>": a reference that is itself dated
# "briefed the President on preparations for the summit", "in the run-up to the summit": not taking part
PREPARING = re.compile(r"\b(?:preparations? for|preparing for|preparatory work for|ahead of|run-up to)\s+"
                       r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$")
# (the place of the gathering may come before "by": "was joined at the ceremony by", "speeches were made at the
# seminar by", "was greeted on arrival at the venue by")
_AT_GATHERING = r"(?:\s+(?:at|during|on arrival at|in)\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
CUE = Gated(r"\b(?:took part|take part|taking part|attended|attended by|opened by|chaired by|moderated by|hosted by"
            # ("was greeted by", "was joined at the ceremony by", "co-chaired by", "led jointly by")
            r"|(?:greeted|welcomed|met|joined|represented|co-?chaired|co-?hosted|(?:led|chaired|hosted|run)\s+jointly"
            r"|jointly\s+(?:led|chaired|hosted|run))" + _AT_GATHERING + r"\s+by"
            # ("A and an agency's representative signed the agreement at the ceremony": there, at the event)
            r"|(?:at|during) the (?:[a-z-]+ )?(?:ceremony|meeting|talks|conference|seminar|forum|reception|session"
            r"|event|exercises?|drills|course)(?=\s*[.,;]|\s+(?:on|in|and|with)\b)"
            # ("held in the presence of X", "X sat in on the talks", "Among those who addressed <it> were A and
            # B", "flanked by A and B")
            r"|in the presence of|(?:sat|sits|sitting) in on|among those who|flanked by"
            # ("The hosts of the conference were A and B")
            r"|(?:co-?)?hosts\s+(?:of|at)\s+the\s+(?:[\w-]+\s+){0,3}?(?:were|are)"
            r"|conducted by|signed by|run by|taught by|instructed by"
            r"|presided over by|in attendance|attending|participated|participating|seen off"
            r"|(?:delegation|side|team|guests?|visitors?|group)\s+(?:was|were|is|are)\s+(?:led|headed)\s+by"
            r"|accompanied by"
            # ("The course, part of <programme>, was led by A and B")
            r"|(?:course|seminar|workshop|training|session|exercises?|drills|conference|talks|programme)\b"
            r"[^.;]{0,80}?\b(?:was|were)\s+(?:jointly\s+)?(?:led|headed|coordinated)\s+by"
            r"|(?:was|were|also|those) present|present (?:was|were)"
            # ("Joining the minister at the talks were", "Present at the meeting were also", "Accompanying him were",
            # "Also on hand were", "Diplomas were handed over by")
            r"|joining (?:the|him|her|them)\b|present at the|accompanying (?:the|him|her|them)\b|on hand"
            r"|(?:handed|presented) (?:over )?by"
            r"|speakers|participants|brought together|included|includes|include|among the guests|addressed by"
            # ("Representing <country> at the session are A, B and C")
            r"|representing (?:the\s+)?(?=(?-i:[A-Z]))|(?:are|is|were|was) representing\b"
            r"|(?:remarks|speech|speeches|presentations?|lectures?|statements?|talk)\s+(?:was\s+|were\s+)?(?:made|given"
            r"|delivered)" + _AT_GATHERING + r"\s+by"
            r"|made up of|consists of|consisted of|comprises|comprised|composed of"
            # "Members of the delegation: A, B, C", "Among the graduates were A and B", "speeches from A and B"
            r"|members of the (?:delegation|team|group)(?=:)"
            # ("The delegation had four members: A, B", "The team's members were A and B", "Members of the group
            # were A and B")
            r"|(?:delegation|team|group)\s+(?:had|has)\s+(?:[a-z]+\s+)?members"
            r"|(?:its|(?:delegation|team|group)[’']s)\s+members\s+(?:were|are)"
            r"|members\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:delegation|team|group)\s+(?:were|are)"
            # ("MPs A, B and C are members of the delegation")
            r"|(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+the\s+)?members\s+of\s+the\s+(?:delegation|team|group)"
            r"|among the (?:graduates|participants|speakers|delegates|members)"
            r"|(?:speeches|remarks|presentations) (?:from|by)"
            r"|(?:delegation|side|team|group)\s+(?:was|were)\s+(?:led|headed)\s+by"
            r"|(?:meetings?|met|talks|ceremony|reception|event) with)\b",
            ["took part", "take part", "taking part", "attend", "joining", "accompanying", "on hand", "handed",
             "presented", "opened by", "chaired by", "moderated by", "hosted by",
             "conducted by", "signed by", "run by", "taught by", "instructed by",
             "presided", "participa", "seen off", "led", "headed", "coordinated", "present", "speakers",
             "brought together",
             "include", "among the guests", "accompanied by", "addressed by",
             "representing", "made",
             "given", "delivered",
             "made up of", "consist", "compris", "composed of", "with", "members of the", "among the", "speeches",
             "remarks", "presentations", "greeted", "welcomed", "met", "joined", "represented", "chaired", "hosted",
             "jointly", "hosts", "at the", "during the", "presence of", "in on", "among those", "flanked", "members"],
            re.I)
# "..., where she was greeted by <host>", "and was welcomed at the airport by <host>": the host who met the visitor
HOSTED_BY = re.compile(r"\b(?:was|were)\s+(?:warmly\s+)?(?:greeted|welcomed|met|hosted)" + _AT_GATHERING + r"\s+by\b")
# the verb right before a person the subject addresses: "informed the NATO envoy Jan Novak", "thanked X"
ADDRESSED_BEFORE = re.compile(r"\b(?:informed|briefed|thanked|thank|presented|told|assured|congratulated|handed"
                              r"|awarded|invited|greeted|greet|welcomed|welcome)\s+(?:the\s+)?"
                              r"(?:(?!(?:for|to|with|about|on|by|and|of|in|at)\s)[A-Za-z.-]+\s+){0,5}"
                              # ("welcome Minister A and Minister B": the second of a pair too)
                              r"(?:and\s+(?:(?!(?:for|to|with|about|on|by|and|of|in|at)\s)[A-Za-z.-]+\s+){0,3})?$")
SPEAKER_GREETS = re.compile(r"\b(?:I|We)\s+(?:would\s+like\s+to\s+|want\s+to\s+|am\s+glad\s+to\s+)?(?:welcome|greet"
                            r"|thank)\b")
# "He made the remarks on 5 May, speaking at a press conference", "addressing a news conference", "speaking
# to journalists at", "made the comments on 5 May at a joint press conference": the sentence's subject is at the event
SPEAKING_AT = re.compile(r"\b(?:(?:(?:speaking|spoke|answering questions)(?:\s+to\s+(?:the\s+)?(?:journalists|reporters"
                         r"|press|media))?|speech|(?:remarks|comments)[^.;]{0,25}?)\s+(?:at|to|during|before)|addressing)"
                         r"\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}$")
# verbs that report what someone said (names.SPEECH_VERBS, the one list): SPEECH finds the verb, REPORTED the
# start of the reported clause
_SPEECH = "|".join(SPEECH_VERBS)
SPEECH = Gated(r"\b(?:" + _SPEECH + r"|believes)\b(?:\s+that)?", SPEECH_VERBS + ("believes",))
# (or a noun of news: "began with the news that <country> had <done something> on <day>")
REPORTED = Gated(r"\b(?:" + _SPEECH + r")(?:\s+(?:the\s+)?\w+)?\s+that\b"
                 r"|\b(?:news|announcement|statement|assurances?|claims?|message|word)\s+that\b", ["that"])
# "the two generals", "the two military chiefs", "the pair", "both sides", "they": the people just named
GROUP_REF = Gated(r"\b(?:between them|[Tt]he two (?:[a-z-]+ )?(?:generals|leaders|sides|men|ministers|officials"
                  r"|commanders|chiefs"
                  r"|counterparts|heads|diplomats|presidents|envoys|ambassadors)|[Bb]oth sides|[Tt]hey"
                  r"|[Tt]he sides(?= (?:also )?(?:recalled|met|held|signed|had)\b)"
                  r"|[Tt]he pair"
                  r"|[Tt]he two(?= (?:also|then|had|have|discussed|met|held|agreed|exchanged|looked|made|spoke"
                  r"|signed|recalled|noted|stressed|reviewed)\b))\b",
                  ["he two", "oth sides", "he sides", "hey", "he pair", "between them"])
# "a delegation led by X", "a NATO team, under the leadership of X,": X heads the visiting group
_GROUP_NOUNS = r"(?:delegation|team|group)"  # not "mission": "the commander of the new mission"
GROUP_NOUN = re.compile(r"\b" + _GROUP_NOUNS + r"\b", re.IGNORECASE)
DELEGATION_LEAD = Gated(r"\b" + _GROUP_NOUNS + r"\b[^.;]{0,80}?\b(?:(?:led|headed|chaired) by"
                        r"|under the leadership of)\b"
                        r"|\bat the head of (?:a|the) [^.;]{0,40}?delegation",
                        ["delegation", "team", "group"])
# "the guest", "the visiting delegation", "the high-ranking guest", "the visiting official": whoever leads the visit
GUEST_REF = Gated(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er) (?:(?:NATO|[a-z][a-z-]*) ){0,2}?"
                  r"(?:delegation|guests?|visitors?|team"
                  r"|(?:(?<=visiting )|(?<=NATO ))"
                  r"(?:official|envoy|general|commander|minister|chief|representative))\b",
                  ["delegation", "guest", "visitor", "team", "visiting", "NATO"])
# "the visiting general", "the NATO official": one person from abroad, who is the head of the story's last event
# where no visit is told ("<general> held talks with <host> ... Later the visiting general was received by ...")
PLURAL_GUESTS = re.compile(r"(?:guests|visitors)$")
# "<visitor> was accompanied by X": X travels with the visitor, on the visit and wherever "the guests" go
ACCOMPANIED = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?accompanied\s+by\b")
ONE_VISITOR = re.compile(r"(?:visiting|NATO) (?:official|envoy|general|commander|minister|chief|representative)$")


# "The delegation is made up of <role> A, B and C": who travels with the delegation (they join its event)
# ("The team had four members: A, B, C and D", "Its members were A and B")
DELEGATION_MEMBERS = Gated(r"\b" + _GROUP_NOUNS + r"\b[^.;]{0,40}?\b(?:made up of|consists of"
                           r"|consisted of|comprises|comprised|composed of|includes|included"
                           r"|had\s+(?:[a-z]+\s+)?members|(?:has|had|with)\s+(?:[a-z]+\s+)?members:"
                           r"|members\s+(?:were|are|included))\b",
                           ["made up of", "consist", "compris", "composed of", "include", "members"])
# "In the course of the visit, X also met ...": the people of the sentence belong to the visit under way
VISIT_ASIDE = Gated(r"\b(?:in the course of|during|as part of|within the framework of|on the sidelines of) (?:the|this"
                    r"|his|her|their) (?:[a-z-]+ )?(?:visit|trip|tour|stay)\b", ["visit", "trip", "tour", "stay"], re.I)
# "the victory won under the leadership of President X", "<what was done> on the instructions of <leader>",
# "the policy pursued by X", "X's far-sighted policy",
# "conveyed greetings to / from X": X is named as the one under whom or by whose policy something happened, or
# who sent or is sent word, not as one at the table
ASIDE_BEFORE = re.compile(r"\b(?:under the (?:leadership|guidance|command) of"
                          r"|on the (?:instructions?|orders?|initiative) of|by (?:the )?order of"
                          r"|(?:greetings|regards|message|letter|invitation|congratulations|best wishes) (?:to|from)"
                          r"|(?:policy|policies|course|strategy|vision)"
                          r" (?:pursued |implemented |conducted |led |set )?(?:by|of))[\s,]+"
                          r"(?:(?:[A-Z][\w’'.-]*|of|the|and|for)[\s,]+){0,12}$")
# "passed on X's greetings", "X's letter": X sent word and is not at the table
# ("<name>'s predecessor <name2>", "<name>'s adviser", "<name>'s office": someone else, or a body, acts for them)
ASIDE_AFTER = re.compile(r"[’']s\s(?:[a-z-]+\s){0,2}(?:policy|policies|course|strategy|vision|leadership|greetings"
                         r"|regards|message|letter|invitation|congratulations|best wishes|predecessor|successor"
                         r"|wife|husband|spouse|son|daughter|family|adviser|advisor|aide|deputy|envoy|spokesman"
                         r"|spokeswoman|spokesperson|office|administration|government|cabinet)\b")
# "The sides spoke of <name>'s visits to NATO headquarters": the person of a happening the talks were about
TOPIC_VERB_BEFORE = re.compile(r"\b(?:spoke|spoken|speaks|talked|talks)\s+(?:of|about)\b|\b(?:discussed|recalled|noted"
                               r"|mentioned|underlined|highlighted|praised|hailed|stressed|reviewed)\b")
POSSESSED_EVENT_AFTER = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}(?:visits?|trips?|tours?|meetings?|talks|speech"
                                   r"|address)\b")
# (a happening the sentence dates, "recalled <name>'s visit to NATO on 14 December 2021", is one <name> was at)
DATED_AFTER = re.compile(r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October"
                         r"|November|December)\b")
NAME_AT = re.compile(r"(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*")
# "political analyst X told <outlet>", "commentator X said": one who comments on the event, not one at it (and
# ", who was not involved in the talks")
# (not a bare "analyst": "moderated by NATO analyst <name>" is at the seminar)
COMMENTATOR_BEFORE = re.compile(r"\b(?i:political\s+analyst|commentator|political\s+scientist|columnist"
                                r"|political\s+observer)\s+(?:(?:Dr\.?|Prof\.?)\s+)?$")
# "Foreign Ministry spokesman <name> told journalists", "<name>, the ministry's press secretary, said": the voice of a
# body, who reports the event
_SPOKESPERSON = r"(?i:spokes(?:man|woman|person)|press\s+secretary|press\s+officer)"
# (a rank may stand between: "the ministry's spokesman Colonel <name> told ...")
SPOKESPERSON_BEFORE = re.compile(r"\b" + _SPOKESPERSON + r"\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
# (who then says or tells: "... told journalists", "... said"; not one who opened or chaired the gathering)
SPOKESPERSON_SAYS = re.compile(r"(?:,[^.;]{1,100}?,)?\s+(?:\w+\s+)?(?:said|says|told|tells|stated|noted|informed"
                               r"|reported|announced|confirmed|added)\b")
SPOKESPERSON_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?" + _SPOKESPERSON + r"\b")
# "laid a wreath at the grave of national leader <name>": the one honoured, not one at the ceremony
MEMORIAL_BEFORE = re.compile(r"\b(?i:grave|tomb|monument|memorial|bust|statue|mausoleum)\s+(?:of|to)\s+(?:the\s+)?"
                             r"(?:(?i:national|great|late|former|first)\s+)?(?:(?i:leader|president)\s+)?"
                             r"(?:[A-Z][\w.’'-]*\s+){0,2}$")
NOT_INVOLVED_AFTER = re.compile(r"[^.;]{0,160}?,\s+who\s+(?:was|is|were|are)\s+not\s+"
                                r"(?:involved|present|taking part)\b")
# "neither Prime Minister <name> nor any minister attended", "<name>, the minister, did not attend": named as absent
NEITHER_BEFORE = re.compile(r"\b[Nn]either\s+[^.;]{0,80}$")
NOR_ATTENDED_AFTER = re.compile(r"[^.;]{0,160}?\bnor\b[^.;]{0,120}?\b(?:attended|took part|came|turned up|showed up"
                                r"|(?:was|were) (?:present|there))\b")
ABSENT_AFTER = re.compile(r"(?:\s+[A-Z][\w’'-]*){0,2}(?:,[^.;,]{1,80},)?\s+"
                          r"(?:(?:did not|didn[’']t|could not|couldn[’']t|would not"
                          r"|failed to|was unable to|declined to)\s+(?:attend|take part|come|travel)"
                          r"|(?:was|were) (?:absent|not present|not among)|stayed away|skipped)\b")
ASIDE_UNLESS = re.compile(r"\b" + _GROUP_NOUNS + r"\b[^.;]{0,80}$")  # "a team under the leadership of X" leads it


@dataclass
class PersonRef:
    """A person named at a place of a sentence (an index into the article's PeopleIndex); subject: the
    one doing what the sentence says; who_antecedent: described by the ", who ..." clause after it."""

    pos: int
    person: int
    subject: bool
    who_antecedent: bool = False
    aside: bool = False  # named only as the one under whom or by whose policy something happened
    voice: bool = False  # named as a body's spokesperson telling of the event (an aside for the whole story)


def people_in(s: Sentence, index: PeopleIndex) -> list[PersonRef]:
    """The people a sentence names, in order: full names, known surnames and offices (added to ``index``)."""
    refs: list[PersonRef] = []
    full = find_mentions(s.text, s.start)
    label = label_mention(s.text, s.start)  # "JOHN SMITH (Spokesman, NATO): ..." opens a transcript's turn
    if label is not None:
        full.insert(0, label)
    taken = [(m.start, m.end) for m in full]
    for m in full:
        idx = (index.resolve_short(m) if not m.first and (m.initial or " " not in m.surname.strip())
               else index.add_full(m))
        if idx is None and (m.initial or m.evidence):
            idx = index.add_full(m)
        if idx is not None:
            refs.append(PersonRef(m.start, idx, m.subject))
    for m in surname_mentions(s.text, s.start, index, taken):
        idx = index.resolve_short(m)
        if idx is not None:
            refs.append(PersonRef(m.start, idx, m.subject))
    for pos, idx in title_mentions(s.text, s.start, index):
        # "<organisation>’s <office> (<acronym>), <rank> <name>": the
        # office introduces the name that follows, it is not a second mention
        if not any(-40 < r.pos - pos < 100 and r.person == idx for r in refs):
            local = s.text[pos - s.start:]
            subject = bool(re.match(r"^\S+(?:\s+\S+){0,5}\s+"
                                    r"(?:arrived|said|noted|met|received|visited|thanked|stressed)\b", local))
            refs.append(PersonRef(pos, idx, subject))
    refs.sort(key=lambda r: r.pos)
    for r in refs:
        r.voice = _voice(s, r.pos - s.start)
        r.aside = r.voice or _aside(s, r.pos - s.start)
    # ", who is on a visit": the person named last before "who" is the one described
    for w in re.finditer(r",\s+(?:who|whom)\s", s.text):
        before = [r for r in refs if r.pos - s.start < w.start()]
        if before and w.start() - (before[-1].pos - s.start) < 220:
            before[-1].who_antecedent = True
    return refs


def _voice(s: Sentence, local: int) -> bool:
    """"the ministry's spokesperson X said ...": the person at ``local`` tells of the event, and is not at it."""
    name = NAME_AT.match(s.text, local)
    return bool(name and (SPOKESPERSON_BEFORE.search(s.text, max(0, local - 40), local)
                          or SPOKESPERSON_AFTER.match(s.text, name.end()))
                and SPOKESPERSON_SAYS.match(s.text, name.end()))


def _aside(s: Sentence, local: int) -> bool:
    """The person at ``local`` is named as a leader under whom something happened, or for a policy, or comments on
    the event from outside it."""
    name = NAME_AT.match(s.text, local)
    if COMMENTATOR_BEFORE.search(s.text, max(0, local - 40), local) or NOT_INVOLVED_AFTER.match(s.text, local) \
            or MEMORIAL_BEFORE.search(s.text, max(0, local - 80), local) or _absent(s.text, local, name):
        return True
    m = ASIDE_BEFORE.search(s.text, max(0, local - 160), local)
    if m:
        return not (m.group(0).startswith("under") and ASIDE_UNLESS.search(s.text, max(0, m.start() - 80), m.start()))
    if name and POSSESSED_EVENT_AFTER.match(s.text, name.end()) and TOPIC_VERB_BEFORE.search(s.text, 0, local) \
            and not DATED_AFTER.search(s.text, name.end(), name.end() + 80):
        return True  # "the sides spoke of <name>'s visits to ...": another happening, talked about (undated here)
    return bool(name) and bool(ASIDE_AFTER.match(s.text, name.end()))


def _absent(text: str, local: int, name: re.Match | None) -> bool:
    """The person at ``local`` (whose name ``name`` matched there) is named as one who did not attend."""
    if NEITHER_BEFORE.search(text, max(0, local - 80), local) and NOR_ATTENDED_AFTER.match(text, local):
        return True
    return bool(name) and bool(ABSENT_AFTER.match(text, name.end()))


def delegation_members(s: Sentence, refs: list[PersonRef]) -> list[int]:
    """"The delegation is made up of <role> A, B and C" -> A, B and C."""
    m = DELEGATION_MEMBERS.search(s.text)
    if not m:
        return []
    return list(dict.fromkeys(r.person for r in refs if r.pos - s.start >= m.end()))


def join_delegation(s: Sentence, created: list[Event], members: list[int]) -> None:
    """The delegation whose members were named earlier takes part in the event this sentence gives it."""
    if not members or not re.search(r"\b(?:[Dd]elegation|[Dd]elegates)\b", s.text):
        return
    for e in created:
        if not e.prepared:
            for p in members:
                add_person(e, p, "member")


def group_refs(s: Sentence, refs: list[PersonRef], previous: list[int], recent: list[int],
               at_table: list[int] | None = None) -> list[PersonRef]:
    """"They ..." -> the people of the sentence before; "The two also looked back ..." -> the two at the table
    of the event under way, else the two named last."""
    if refs:
        return []
    m = GROUP_REF.search(s.text)
    if not m:
        return []
    pair = m.group(0).lower().startswith(("the two", "the pair", "both sides", "between them"))
    if pair and at_table and len(at_table) >= 2:
        return [PersonRef(s.start + m.start(), p, True) for p in at_table[:2]]
    people = previous if len(previous) >= 2 else (
        recent if m.group(0).lower().startswith(("the two", "the pair")) else [])
    return [PersonRef(s.start + m.start(), p, True) for p in people[:2]] if len(people) >= 2 else []


def guest_refs(s: Sentence, refs: list[PersonRef], visits: list[Event], delegation_head: list[int],
               events: list[Event] = (), foreign: frozenset[int] = frozenset()) -> list[PersonRef]:
    """"the NATO delegation held talks", "the guest": whoever leads the visit under way (the latest
    visit with people, looked for from the end, and only for a sentence that names a guest); "the visiting
    general", "the NATO official": that visit's head, else the latest event's, who is from abroad (one of
    ``foreign``), never the host."""
    m = GUEST_REF.search(s.text)
    if not m:
        return []
    known = {r.person for r in refs}
    visit = next((e for e in reversed(visits) if e.people), None)
    if ONE_VISITOR.search(m.group(0)) and not delegation_head:
        heads = [p for e in reversed(visits or events) for p, role in e.people
                 if role == "head" and p in foreign and p not in known][:1]
    elif visit is not None:
        heads = [p for p, role in visit.people if role == "head" and p not in known][:1]
        if PLURAL_GUESTS.search(m.group(0)):  # "the guests were received by X": the head and who travels with them
            heads += [p for p, role in visit.people if p in visit.companions and p not in known and p not in heads]
    else:
        heads = [p for p in delegation_head if p not in known][:1]
    subject = bool(re.match(r"\s+(?:\w+\s+){0,3}?"
                            r"(?:held|met|visited|was received|were received|thanked|arrived|discussed)\b",
                            s.text[m.end():]))
    return [PersonRef(s.start + m.start(), p, subject) for p in heads]


def assign_participants(s: Sentence, created: list[Event], refs: list[PersonRef], last_subject: int | None,
                         trigs: list[Trigger], dates: list[DateMention]) -> set[int]:
    """Put the people of an event sentence on its events; returns those who only report them."""
    refs = [r for r in refs if not r.aside]
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
    if last_subject is not None and not any(r.person == last_subject for r in people):
        # "he and <office> X discussed ...": the one the story follows, and X
        pm = next((m for m in PRONOUN_AND.finditer(s.text)
                   if any(r.subject and 0 <= r.pos - s.start - m.end() <= 60 for r in refs)), None)
        if pm is not None:
            pronoun = PersonRef(s.start + pm.start(), last_subject, True)
            people.append(pronoun)
            subjects.append(pronoun)
    if last_subject is not None and subjects and not any(r.person == last_subject for r in people):
        # "Later that day the minister received him": the one the story follows, across the table
        pm = next((m for m in OBJECT_PRONOUN.finditer(s.text) if any(t.pos == m.start() for t in trigs)), None)
        if pm is not None:
            people.append(PersonRef(s.start + pm.start(1), last_subject, False))
    # "X recalled that the previous workshop, held on ..., ...": the speaker reports the event,
    # he is not said to have taken part in it
    reporters = {r.person for r in people if r.subject and _reports(s, r, created)}
    # ("..., <name>, <office>, told a briefing": the source, unless named before at the table)
    reporters |= {r.person for r in people if _attributes(s, r, created)
                  and not any(o.person == r.person and o.pos < r.pos for o in people)}
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
            chosen = owners or who or _with_coordinated(s, subjects, people) or people
            for r in chosen:
                add_person(e, r.person, "head")
            if not non_visit:  # "travelled to <city>, where she was greeted by <host>": the host is at the visit
                hosted = HOSTED_BY.search(s.text)
                for r in people if hosted else []:
                    if r.pos - s.start >= hosted.end():
                        add_person(e, r.person, "member")
    all_dates = dates
    for r in people:
        if not non_visit:
            break
        if not r.subject and all_dates:
            clauses = clause_spans(s.text)
            mine = clause_of(r.pos - s.start, clauses)
            in_clause = [d for d in all_dates if clause_of(d.start - s.start, clauses) == mine]
            if in_clause:
                nearest = min(in_clause, key=lambda d: min(abs(d.start - r.pos), abs(d.end - r.pos)))
                if not any(e.date.start <= nearest.start < max(e.date.end, e.date.start + 1) for e in created):
                    continue  # "after the President signed ... on <day>": another date's clause
        if any(_owns_visit(s, r, e) for e in created if e.family == "visit") and not r.subject:
            continue
        if r.subject or len(non_visit) == 1:
            targets = non_visit
        else:
            targets = [_nearest_event(s, r, non_visit)]
        for e in targets:
            add_person(e, r.person, "head" if r.subject else "member")
    return reporters


# "Commending X's participation in the summit held in July, Y stressed ...": Y judges the event the opening
# clause names; Y is not said to have been there (X is)
JUDGING_OPENER = re.compile(r"(?:Commending|Praising|Hailing|Noting|Recalling|Mentioning|Highlighting|Appreciating"
                            r"|Congratulating|Lauding|Applauding)\b")


# a speech verb, whom it was said to, then the event it was said after or during: the speaker was there
# (and when it was said: "said in <month> <year> during his visit to <place>")
# ("said today at the meeting with Y", "said in Brussels on Tuesday, where he met Y": at the table too)
SPOKE_AFTER = re.compile(r"(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w’'-]+))?"
                         r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+|\d{1,2})(?:\s+(?:[A-Z][a-z]+|\d{1,4})){0,2},?"
                         r"|\s+(?:today|yesterday|earlier today|on\s+[A-Z][a-z]+day)){0,2}"
                         r"(?:\s+(?:after|following|during|at|at\s+the\s+end\s+of|in\s+the\s+course\s+of"
                         r"|on\s+the\s+sidelines\s+of)\s+(?:(?:his|her|their|the|a|an)\s+)?"
                         r"(?:[a-z-]+\s+)?(?:meeting|talks|met|meeting\s+with|visit|call|conversation)\b"
                         r"|,?\s+(?:where|when)\s+(?:he|she|they)\s+(?:met|held|had|received)\b)")


def _reports(s: Sentence, r: PersonRef, created: list[Event]) -> bool:
    """The person's speech verb comes before every event word and date of the sentence, or the person speaks
    after an opening clause that judges the event."""
    local = r.pos - s.start
    if JUDGING_OPENER.match(s.text) and "," in s.text[:local] and all(
            p < s.text.rfind(",", 0, local) for e in created for p in e.trigger_pos + [e.date.start - s.start]):
        return True
    m = SPEECH.search(s.text, local)
    if not m or m.start() - local > 200:
        return False
    if re.match(r"\s*(?:that\s+)?(?:he|she|his|her|their|they|we|our)\b", s.text[m.end():]):
        return False  # "He recalled that he had handed ...": the speaker did it himself
    if SPOKE_AFTER.match(s.text, m.end()):
        return False  # "X told reporters after meeting Y", "said after talks with Y": X was at the table
    return all(p > m.end() for e in created for p in e.trigger_pos + [e.date.start - s.start])


# "..., <name>, <office>, told a weekly briefing": the speech verb after the name and its office
ATTRIBUTION_AFTER = re.compile(r"[\w’'.-]*(?:\s+[\w’'.-]+){0,2}?(?:,[^.;,]{1,150}?,)?\s+(?:told|said|stated|noted"
                               r"|announced|reported)\b")


def _attributes(s: Sentence, r: PersonRef, created: list[Event]) -> bool:
    """"<what happened>, <name>, <office>, told a briefing": the person named after every event word and date
    of the sentence, and before its speech verb, is the source of the report, not one who took part (unless
    the sentence names them before, at the table)."""
    local = r.pos - s.start
    if not s.text[local:local + 1].isupper() or s.text.startswith("The ", local):
        return False  # ("..., the deputy minister said": an office, often the host who spoke of his own talks)
    m = ATTRIBUTION_AFTER.match(s.text, local)
    # (or after ", and": "<what happened at the summit last November>, and <name> said Baku was ready")
    if not m or SPOKE_AFTER.match(s.text, m.end()) or not re.search(r",(?:\s+and)?$", s.text[:local].rstrip()):
        return False
    return bool(created) and all(p < local for e in created for p in e.trigger_pos) \
        and all(e.date.kind == "published" or e.date.start - s.start < local for e in created)


# between two people of one subject ("<office>, <name> (<country>), and <office>, <name>, paid a visit"): an "and",
# and no verb
COORDINATED_BETWEEN = re.compile(r"[^.;]{0,120}?,?\s+and\s+[^.;]{0,120}")
VERB_BETWEEN = re.compile(r"\b(?:met|meets|said|says|visited|received|receives|held|paid|pays|was|were|is|are|has|have"
                          r"|had|will|would|told|noted|signed)\b")


def _with_coordinated(s: Sentence, subjects: list[PersonRef], people: list[PersonRef]) -> list[PersonRef]:
    """The subjects, with the people joined to the first of them by "and" before it ("A (Spain), and B, paid a
    visit": A as well as B)."""
    if not subjects:
        return subjects
    first = subjects[0].pos - s.start
    joined = [r for r in people if r.pos - s.start < first and r not in subjects
              and COORDINATED_BETWEEN.fullmatch(s.text, r.pos - s.start, first)
              and not VERB_BETWEEN.search(s.text, r.pos - s.start, first)]
    return joined + subjects


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


def add_person(e: Event, person: int, role: str) -> None:
    """Put a person on an event once, in the first role given."""
    if all(p != person for p, _ in e.people):
        e.people.append((person, role))


def _abroad(place: str) -> bool:
    """A city of another country than the home one (resources/cities.csv)."""
    return resources.cities().get(place, HOME_COUNTRY) != HOME_COUNTRY


SEND_OFF = re.compile(r"\b(?:seen|saw|see|sees|seeing) (?:\w+ )?off\b")
# a planned event's attendance told by a later sentence: the subject, the future verb and the event noun back
WILL_ATTEND = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to"
                         r"|are\s+expected\s+to|plans\s+to|is\s+scheduled\s+to)\s+(?:also\s+)?"
                         r"(?:take\s+part\s+in|participate\s+in|attend|address|speak\s+at|represent\s+\w+\s+at"
                         r"|lead\s+the\s+\w+\s+delegation\s+to|head\s+the\s+\w+\s+delegation\s+to)\s+"
                         r"(?=the\b|this\b|that\b|it\b)")


def _names_event(after: str, event: Event) -> bool:
    """"it", "the event", or the event's own word ("the meeting", "the NATO meeting"): the event meant."""
    words = re.findall(r"[A-Za-z-]+", after)[:4]
    if words[:1] == ["it"]:
        return True
    text = event.sentence.text
    own = {text[p:p + 40].split()[0].lower()[:5] for p in event.trigger_pos if text[p:p + 40].split()}
    return any(w.lower() in ("event", "gathering") or w.lower()[:5] in own for w in words[1:])


# the kind of gathering a sentence names ("Attending the ceremony were ..."), to tell which of the day's events it is
NAMED_KIND = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?(ceremony|reception|course|exercise|drills|conference|seminar|session"
                        r"|summit|forum|workshop)\b", re.I)


def attach_to_frame(s: Sentence, frame: list[Event], refs: list[PersonRef], trigs: list[Trigger],
                     art: Article, visits: list[Event] | None = None) -> None:
    """People who speak or take part in the sentences that follow an event belong to it, while the
    story stays with that event: not for planned events, and past a paragraph break only for the
    event the article reports as news (around its publication date)."""
    target = main_event(frame)
    named = NAMED_KIND.search(s.text) if len(frame) > 1 else None
    if named:  # "The course ended with a ceremony. Attending the ceremony were A and B": the one the sentence names
        noun = named.group(1).lower()
        target = next((e for e in frame if any(noun in e.sentence.text[p:p + 30].lower() for p in e.trigger_pos)),
                      target)
    if VISIT_ASIDE.search(s.text):  # "In the course of the visit, X also met Y": the visit, not its talks
        around = [e for e in reversed(visits or []) if e.date_start <= target.date_start
                  <= (e.date_end or e.date_start)][:1]
        target = next((e for e in frame if e.family == "visit"), around[0] if around else target)
    if art.published and target.date_start > art.published:
        # "X will take part in the meeting": who is to attend the planned event is named, nothing else is
        attend = WILL_ATTEND.search(s.text)
        if attend and _names_event(s.text[attend.end():], target):
            for r in refs:  # the ones named before the verb, in its clause ("X and Y will attend it")
                if r.pos - s.start < attend.start() and not re.search(r"[,;:]", s.text[r.pos - s.start:attend.start()]):
                    add_person(target, r.person, "head" if not target.people else "member")
        return
    if s.paragraph != target.sentence.paragraph and art.published and not target.lead:
        last = target.date_end or target.date_start
        if not (target.date_start - dt.timedelta(days=3) <= art.published <= last + dt.timedelta(days=3)):
            return
    if target.event_type != "other" and SEND_OFF.search(s.text) and _abroad(target.location):
        return  # "the servicemen were seen off at the airfield by X": the send-off at home, not the exercise abroad
    everyone = any(t.family == "talks" for t in trigs) or bool(CUE.search(s.text))
    # "X informed / thanked / briefed / presented Y ...": one at the table addresses another, who is there too
    at_table = {p for p, _ in target.people}
    # (or the speaker at the table says "I would like to welcome Minister X")
    addressed = any(r.subject and r.person in at_table for r in refs) \
        or bool(at_table and SPEAKER_GREETS.search(s.text))
    for r in refs:
        if (everyone or r.subject or addressed and ADDRESSED_BEFORE.search(s.text, max(0, r.pos - s.start - 60),
                                                                           r.pos - s.start)) and not r.aside:
            add_person(target, r.person, "member")
    _join_companions(s, refs, visits or [], target)


def _join_companions(s: Sentence, refs: list[PersonRef], visits: list[Event], target: Event) -> None:
    """"<visitor> was accompanied by X": X is on the visit the visitor leads, not only at the event under way."""
    m = ACCOMPANIED.search(s.text)
    visit = next((e for e in reversed(visits) if e.date_start <= target.date_start <= (e.date_end or e.date_start)
                  and e.people), None)
    if not m or visit is None:
        return
    heads = {p for p, role in visit.people if role == "head"}
    if not any(r.person in heads and r.pos - s.start < m.start() for r in refs):
        return
    for r in refs:
        if r.pos - s.start > m.end() and not r.aside and r.person not in heads:
            add_person(visit, r.person, "member")
            visit.companions.add(r.person)
