"""Countries that take part in an event as delegations: "the permanent representatives of
<country>, <country> and <country>", "Participating countries are: ...", "a course led by <country>",
"<country> and <country> have sent observers".  The home country is the host, never a
visiting delegation."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..config import HOME_COUNTRY
from ..furniture import LIST_NOUNS, TABLE_CELLS, TABLE_HEADER  # a list or table of the countries taking part
from ..gates import Gated
from ..read import Sentence
from .model import Event

DELEGATE_NOUN = Gated(r"\b(?:(?:deputy\s+)?permanent representatives?|representatives|delegations?|officials"
                      r"|attach[ée]s"
                      r"|experts|teams?|contingents|officers|staff|servicemen|troops|soldiers|instructors"
                      r"|military personnel"
                      r"|service (?:members|personnel)"
                      r"|cadets|participants|specialists|pilots|crews|ships|navies|personnel"
                      r"|(?:military\s+)?units|subunits"
                      r"|lawmakers|deputies|parliamentarians|members of parliament|MPs"
                      r"|evaluators|observers|ambassadors|delegates|envoys|defence ministers|defense ministers"
                      r"|military representatives|chiefs of (?:general )?staff"
                      # (the branches and trades of soldiers, the roles of diplomats and teachers: "marines from
                      # <country>", "counterparts from <country>"; not a unit's name, "the platoon from <place>", which
                      # is where it serves, nor "the armed forces of <country>" alone, which background sentences name
                      # ("the withdrawal of the armed forces of <country> from ..."): they take part only as
                      # FORCES_OF reads them, after "with the participation of" or "involve")
                      r"|marines|paratroopers|commandos|sappers|deminers|medics|special forces|peacekeepers|sailors"
                      r"|rescuers"
                      r"|warships|vessels|frigates"
                      r"|diplomats|counterparts|colleagues|speakers|lecturers|trainers|foreign ministers|guests"
                      r"|attendees|trainees|students|graduates|listeners"
                      r"|military(?=\s+from\b))\b",
                      ["representative", "delegat", "officials", "attach", "experts", "team", "contingents", "staff",
                       "officers", "lawmakers", "deputies", "parliamentarians", "members of parliament", "mps",
                       "evaluators", "observers", "ambassadors", "envoys", "defence ministers", "defense ministers",
                       "chiefs of", "servicemen", "troops", "soldiers", "instructors", "military personnel", "cadets",
                       "service members", "service personnel",
                       "participants", "specialists", "pilots", "crews", "ships", "navies", "personnel",
                       "units", "marines", "paratroopers", "commandos", "sappers", "deminers", "medics",
                       "special forces", "peacekeepers", "sailors", "rescuers", "warships", "vessels", "frigates",
                       "diplomats", "counterparts", "colleagues", "speakers", "lecturers", "trainers",
                       "foreign ministers", "guests", "military", "attendees", "trainees", "students", "graduates",
                       "listeners"],
                      re.I)
# "<adjective> and <adjective> units" train beside the home units: heldout4 counts no delegations for them
UNITS = re.compile(r"(?i:(?:military\s+)?units|subunits)")
# "of Türkiye", "from Allied nations, including the", "of eight Allies – "
# "to NATO of Greece": the permanent representatives are named by the body they sit in, then their country
# ("are expected from", "will come from": the countries of a planned event)
DELEGATION_GAP = re.compile(r"^\s+(?:and\s+(?:[\d,.]+\s+)?[a-z-]+\s+)?"  # ("troops and 60 aircraft from")
                            r"(?:(?:have|has|had)\s+)?(?:(?:come|came|arrived|travelled|traveled|been sent)\s+)?"
                            r"(?:(?:are|were|is|was)\s+(?:also\s+)?expected\s+|will\s+(?:also\s+)?(?:come|arrive)\s+)?"
                            r"(?:to\s+(?:the\s+)?(?:NATO|Alliance|North Atlantic Council|EU|OSCE|UN)\s+)?"
                            r"(?:(?:are|were|is|was)\s+(?:all\s+)?)?(?:not\s+only\s+)?(?:of|from)\s+(?:the\s+)?"
                            # ("from Alliance members and four partners of the bloc (<A>, <B> ...)": a group, its
                            # list in brackets)
                            r"(?:(?:[\w-]+\s+){0,8}?(?:nations?|countries|states|Allies|members|partners|bloc|Alliance)"
                            r"\s*\(\s*|(?:[\w-]+\s+){0,6}?"
                            r"(?:(?:nations?|countries|states|Allies|members),?\s+(?:including|among them|namely)\s+"
                            r"|[–—:-]\s+"
                            r"|(?:nations?|countries|states|Allies|members),\s+"
                            r"|(?:nations?|countries|states|Allies|members)\s*\(\s*)?)"
                            r"(?:the\s+)?$")
# "from 15 Allies, Sweden and Slovakia among them": a group, a comma, then the list -- only when the
# list is said to be part of the group after it
GROUP_THEN_COMMA = re.compile(r"(?:nations?|countries|states|Allies|members),\s+(?:the\s+)?$")
AMONG_AFTER = re.compile(r",?\s+(?:among them|among others|amongst them|in particular|included)\b")
# what follows a list item that stands alone ("..., Armenian, Finland"): a separator, or the end
LONE_ITEM = re.compile(r"\s*(?:,|\band\b|[.;)]|$)")
# between two names of a list: ", ", ", and ", " and ", each maybe followed by "the ", and maybe after a
# footnote mark or an abbreviation in brackets ("Macedonia (1), Georgia", "the
# United States (US), Bulgaria")
# (or a count in brackets or after a dash, "Italy (200 troops), Poland (150)", "Italy – 200, Poland – 150"; or a
# semicolon or slash, "Italy; Poland; Romania", "Italy / Poland / Romania")
# (or an aside in brackets, "Tajikistan (host nation), Mongolia"; or "not only from <A> but also from <B>"; or one more
# group of a few words, "..., and an observer from <country>")
# "... (A, B) and three partner nations (C, D)": a second group, its list in brackets too
SECOND_GROUP = (r"\)\s*,?\s+and\s+(?:(?:from|of)\s+)?(?:[\w-]+\s+){0,3}?(?:nations|countries|states|partners|members"
                r"|Allies)\s*\(")
LIST_SEPARATOR = re.compile(r"(?:\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*|\([A-Z]{2,5}\)|\(\d[\d,.]*(?:\s+[a-z-]+){0,2}\)"
                            r"|\((?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\)"
                            r"|\s[–—-]\s+\d[\d,.]*(?:\s+[a-z-]+){0,2})|\d)?"
                            r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s/\s*|/|" + SECOND_GROUP
                            + r"|\s+and\s+|,?\s+as\s+well\s+as\s+(?:from\s+)?|,?\s+but\s+also\s+(?:from\s+)?)"
                            r"(?:(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:observers?|officers?|representatives?|delegates?|experts?"
                            r"|teams?|units?)\s+(?:from|of)\s+)?"
                            r"(?:the\s+)?")
# one or two names the country table does not know, inside a list ("Albania, Kosova, Canada", misspelt or old
# names): the list runs on past them, once it has two countries behind it
UNKNOWN_ITEM = re.compile(r"(?:,\s*(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.-]*){0,2}){1,2}"
                          r"(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?")


def continues_list(gap: str, found: list[str]) -> bool:
    """Whether ``gap`` joins the next country name to the list found so far."""
    return bool(LIST_SEPARATOR.fullmatch(gap) or len(found) >= 2 and UNKNOWN_ITEM.fullmatch(gap))


# "have sent observers", "sent military observers", "will also send officers", "dispatched teams"
SENT_NOUNS = (r"(observers|teams|experts|delegations|officers|representatives|servicemen|troops|soldiers|instructors"
              r"|military personnel|cadets|peacekeepers|ships|vessels|aircraft|helicopters|staff|contingents|platoons"
              r"|companies|company|platoon|battalions?|units|(?:deputy\s+)?(?:defen[cs]e\s+)?ministers"
              r"|students|trainees|participants|specialists|delegates|sailors|pilots|marines|contingent)")
# ("have each sent a company", "has deployed 1,200 troops": a word of sharing, a count)
SENT = re.compile(r"\s+(?:(?:have|has|had|will|would)\s+)?(?:also\s+|each\s+)?"
                  r"(?:sent|send|sends|dispatched|dispatch|dispatches|deployed|delegated|contributed|contribute"
                  r"|contributes|provided|provide|provides)\s+"
                  r"(?:[\d,.]+\s+)?(?:[a-z-]+\s+){0,2}?" + SENT_NOUNS + r"\b")
# "Observers were sent by Germany and the United States"
# ("Instructors for the course were provided by France and Germany")
SENT_BY = re.compile(r"\b" + SENT_NOUNS + r"\s+(?:(?:for|of|to)\s+(?:the\s+)?[\w-]+\s+)?(?:were|was|have been|had been"
                     r"|will be)\s+(?:sent|dispatched|deployed|delegated|provided|contributed|supplied)\s+by\s+"
                     r"(?:the\s+)?(?=[A-Z])", re.I)
# "Participating NATO countries are:", "Partner nations involved in the exercise include", "Partners taking
# part: ..." -- a list of countries follows (at most 60 characters between the noun and the verb)
LIST_INTRO = re.compile(r"\b(?:[Cc]ountries|[Nn]ations|[Ss]tates|[Aa]llies|[Pp]artners|[Pp]articipants|[Mm]embers(?=:)"
                        r"|COUNTRIES|NATIONS|STATES|ALLIES|PARTNERS|PARTICIPANTS)\b"  # ("PARTNER NATIONS: ...")
                        r"(?:[^.:;]{0,60}?(?:\b(?:are|were|include|included|includes|comprise|comprised)\b\s*:?|:))?"
                        r"[ \t]*"
                        r"(?:of\s+)?(?:the\s+)?(?=[A-Z])")  # ("come from the allied nations of the US, Azerbaijan")
# "Italy, Poland and Romania are among the participating countries", "... will be among the countries
# taking part": the list comes before the noun
# ("... are among 16 countries taking part")
AMONG_THE = re.compile(r"\s+(?:are|were|is|was|will be|would be|are to be|is to be|are expected to be|will also be"
                       r"|are also)\s+among\s+(?:the\s+)?(?:\d+\s+|several\s+|many\s+)?(?:"
                       r"(?:participating|contributing|attending|invited)\s+(?:countries|nations|states|partners|Allies)"
                       r"|(?:countries|nations|states|partners|Allies)\s+(?:taking part|participating|involved"
                       r"|represented|attending|contributing)|participants"
                       # ("Germany, Poland and Latvia are among them", the countries the sentence before counted)
                       r"|them(?=\s*[.;]))\b")
# "Italy, Poland and Romania are taking part in the drills", "Georgia also took part": the list before the verb
# (a list that has confirmed, agreed or is expected to take part: the countries of a planned event)
TAKE_PART_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+(?:also\s+)?(?:confirmed|announced|said|agreed|decided)\s+"
                             r"(?:that\s+(?:they|it)\s+will\s+|to\s+)"
                             r"|(?:intend|intends|plan|plans|are\s+expected|is\s+expected|are\s+set|are\s+due)\s+to\s+)?"
                             r"(?:(?:are|were|is|was|will|would|have|has|had)\s+(?:also\s+)?(?:be\s+|been\s+)?)?"
                             r"(?:also\s+)?(?:taking part|take part|takes part|took part|taken part|participating"
                             r"|participate|participates|participated|joined|join|joins|joining|attended|attend"
                             r"|attends|attending)\b")
# "Turkey, Georgia and Ukraine were represented (at the meeting)": the list before, with no event word needed
REPRESENTED_AFTER = re.compile(r"\s+(?:are|were|is|was|will|have|has|had)\s+(?:also\s+)?(?:be\s+|been\s+)?"
                               r"represented\b")
# "Georgia and Turkey will also participate.": the verb ends the sentence, so the event is the one under way
# ("... will also participate, as will ...", "are taking part alongside <country>": the clause ends there too)
VERB_ENDS = re.compile(r"\s*(?:in\s+(?:it|them)\s*)?(?:[.;,]|$|\s+(?:alongside|along with|together with)\b)")
# "the drills were attended by Turkey, Georgia and Ukraine"
# ("<they> are joined by <count> invitees, <country>, <country> and <country>": a group counted, then its list)
ATTENDED_BY = re.compile(r"\b(?:attended|joined)\s+by\s+(?:the\s+)?"
                         r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?"
                         r"(?:invitees|partners|nations|countries|states|Allies|members)[,:]\s+(?:the\s+)?)?(?=[A-Z])")
# "troops from 12 countries will train together, among them Italy, Poland and Romania": the
# countries counted, then (after a comma, within the clause) the list of them
COUNTED_THEN_LIST = re.compile(r"\b(?:countries|nations|states|Allies)\b[^.;:]{0,80}?,\s+(?:among them|including"
                               r"|namely|such as|in particular)\s+(?:the\s+)?(?=[A-Z])")
# "troops from 12 countries take part, Italy, Poland, Romania and others among them": the countries counted,
# then, later in the clause, a list that says it is part of them
COUNTED_THEN_LIST_AMONG = re.compile(r"\b(?:countries|nations|states|Allies)\b[^.;:]{0,80}?,\s+(?:the\s+)?(?=[A-Z])")
AMONG_THEM_AFTER = re.compile(r",?\s+(?:and\s+(?:others|more|other\s+\w+)\s+)?(?:among|amongst)\s+them\b")
# "Taking part are <count> countries (<A>, <B>, <C>, ...)": the countries counted, then the list
# of them in brackets
COUNTED_THEN_BRACKETS = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z-]+\s+){0,2}?(?:countries|nations|states"
                                   r"|Allies|partners)\s*\(\s*(?:the\s+)?(?=[A-Z])")
# "from 15 allied and partner countries – Italy, Poland, ... – will take part": the list between dashes (or hyphens)
DASH_LIST = re.compile(r"\b(?:countries|nations|states|Allies|partners)\s+(?:[–—]|-(?=\s))\s+(?:the\s+)?(?=[A-Z])")
# "the exercise opened with the participation of Italy, Poland and Romania"
# (and "with the participation of the armed forces of Italy, Poland and Romania")
FORCES_OF = (r"(?:(?:units|subunits|servicemen|troops|soldiers|personnel)\s+of\s+(?:the\s+)?)?"
             r"(?:(?:armed\s+|military\s+|naval\s+)?(?:forces|troops|units|servicemen|soldiers|militaries|navies"
             r"|military personnel)\s+(?:of|from)\s+(?:the\s+)?)?")
WITH_PARTICIPATION = re.compile(r"\bwith (?:the )?(?:participation|involvement) (?:of|from)\s+(?:the\s+)?" + FORCES_OF
                                + r"(?=[A-Z])")
# "the exercise brings together Italy, Poland and Romania", "will bring in the United States, ..."
# ("the drills involve the armed forces of Italy, Poland and Romania")
GATHERS = re.compile(r"(?:\b(?:brings|brought|bring|will bring)\s+(?:together|in)\s+"
                     r"|\b(?:involves|involved|involve|involving|will involve|gathers|gathered|will gather)\s+)"
                     r"(?:the\s+)?" + FORCES_OF + r"(?=[A-Z])")
# "including 8,000 from <A>, 5,000 from <B> and about 600 from <C>": contingents counted by their country
NUMBER_FROM = re.compile(r"(?<![\w.,])(?:[$€£]\s?)?\d[\d,.]*(?:\s+(?:million|troops|soldiers|servicemen|personnel))?"
                         r"\s+from\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:countries|nations|states|members|partners"
                         r"|Allies|allies)\s*\(\s*)?(?=[A-Z])")
# "servicemen of Uzbek, Kazakh, Pakistani and U.S. forces": the countries of the adjectives before a word for armies
ARMIES = re.compile(r"\b(?:(?:armed|special|naval|air|land|ground)\s+)?(?:forces|armies|navies|militaries"
                    r"|military(?=\s*(?:[.,;:)]|$)))\b")
# "...: NATO - <A>, <B> and <C>; and PfP - <D> and <E>", "Allies - <A>, <B>; Partners - <C>": groups of a list, each
# under its label
LABELLED_GROUP = re.compile(r"(?:^|[:;]\s*)(?:and\s+)?(?:NATO|PfP|EAPC|Allies|Allied nations|Allied countries"
                            r"|Partners|Partner nations|Partner countries|Members|Observers)"
                            r"\s*(?:[–—:]|\s-)\s*(?:the\s+)?(?=[A-Z])")
# "Hailing from <A>, <B> and <C>, the participants ...": the list fronted before its people
FRONTED_FROM = re.compile(r"(?:^|[.;]\s+)(?:Hailing|Coming|Drawn|Arriving)\s+from\s+(?:the\s+)?(?=[A-Z])")
# "observed by experts from NATO, <A> and <B>": NATO heads a list of countries, and is none of them
NATO_ITEM = re.compile(r"\b((?:from|of|by)\s+)(?:the\s+)?NATO(?:,\s*|\s+and\s+)(?=(?:the\s+)?[A-Z])")
# "<A>, along with <B>, <C> and <D>, took part": the list set off by commas is one with its lead
ALONG_WITH = re.compile(r",\s+(?:along|together)\s+with\s+((?:the\s+)?[A-Z][^,;:.()]{1,40}"
                        r"(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][^,;:.()]{1,40}){0,20}),(?=\s+[a-z])")
# "<country> and <country> hold joint drills": the partners of a joint event, before its verb
JOINT_AFTER = re.compile(r"\s+(?:(?:will|are|were|have|has|had)\s+)?(?:also\s+)?(?:hold|held|holding|conduct|conducted"
                         r"|conducting|stage|staged|staging|start|started|starting|began|begin|launch|launched)\s+"
                         r"(?:a\s+|an\s+|their\s+)?(?:first\s+|new\s+|large-scale\s+)?joint\b")
# "Also taking part in the exercise are Georgia, Turkey and Ukraine": the list after the verb of being
# ("Joining the drills for the first time are ...")
TAKING_PART_ARE = re.compile(r"\b(?:(?:[Tt]aking part|[Pp]articipating)"
                             r"(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
                             r"|[Jj]oining\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)"
                             r"(?:\s+(?:for the first time|this year|again|also))?"
                             r"(?:\s+(?:are|were|will\s+be)\s+|\s*:\s*)(?:the\s+)?(?=[A-Z])")  # (or a colon)
# "Georgia and Moldova have joined the drills as observers", "... attend as observers": the list before
AS_OBSERVERS = re.compile(r"\s+(?:(?:have|has|had|will|are|were)\s+)?(?:also\s+)?(?:joined|join|attended|attend"
                          r"|participated|participate|taking part|took part|take part|been invited|are present"
                          r"|were present)\b[^.;:]{0,40}?\bas\s+(?:an?\s+)?(?:military\s+)?observers?\b")
# "held joint drills with <country>", "exercises with <country> and <country>": the partner of a joint exercise
EXERCISE_WITH = re.compile(r"\b(?:joint\s+)?(?:military\s+)?(?:drills|exercises?|manoeuvres|maneuvers|war games)\s+"
                           r"with\s+(?:the\s+)?(?=[A-Z])")
# "held joint drills with its <demonym> ally", "with their <demonym> counterparts": the partner named by its adjective
EXERCISE_WITH_ALLY = re.compile(r"\b(?:drills|exercises?|manoeuvres|maneuvers|war games|training)\s+with\s+"
                                r"(?:its|their|the)\s+([A-Z][\w-]+)\s+(?:allies|ally|counterparts|colleagues|partners"
                                r"|troops|army|forces|servicemen|soldiers|special forces)\b")
# "military exercises of <A>, <B> and <C> started", "the trilateral drill of the armies of <A>, <B> and <C>": the
# parties of a gathering of several armies (two names at least: "the exercise of <country>" alone is its host's)
EXERCISE_OF = re.compile(r"\b(?:drills?|exercises?|manoeuvres|maneuvers|war games)\s+(?:of|between)\s+(?:the\s+)?"
                         + FORCES_OF + r"(?=[A-Z])")
# ("briefed him on the <name> exercise of <A> and <B>": a topic of the talks, not their parties)
TOPIC_BEFORE = re.compile(r"\b(?:on|about|regarding|concerning)\s+(?:the\s+|an?\s+)?[^,.;:]{0,40}$")
# "under the leadership of Italy", "under the (joint) command of Poland"
UNDER_LEAD = re.compile(r"\bunder\s+the\s+(?:joint\s+|overall\s+|general\s+)?(?:leadership|command)\s+of\s+"
                        r"(?:the\s+)?(?=[A-Z])")
LEAD_TITLE = "Lead nation"
# "<country> leads the project", "<country> acts as lead nation" (or serves as it, or takes on that role, or
# "<country>, the lead nation of the project, ..."): the
# country just before the verb leads the event (not "led by", which names the leader after it)
LEADS = re.compile(r"\s+(?:leads|lead(?=\s+(?:the|a|an)\b)|(?:is|are)\s+leading|led(?!\s+by)"
                   r"|took\s+on\s+the\s+role\s+of\s+(?:the\s+)?[Ll]ead\s+[Nn]ation"
                   r"|(?:is|was|acts\s+as|acted\s+as|serves\s+as|served\s+as)\s+(?:the\s+)?[Ll]ead\s+[Nn]ation)\b"
                   r"|,\s+(?:the|a)\s+[Ll]ead\s+[Nn]ation\b")
# "the course, which Romania organised, ...": the country before a leading verb
WHICH = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?=[A-Z])")
HOST_TITLE = "Host nation"
# "the drills are run by Poland", "the course, organised by Romania, ..."
LISTED_TITLE = "Participating country"  # the title of a country of a list ("Participating countries are: ...")


@lru_cache(maxsize=None)
def led_by_pattern() -> re.Pattern:
    """"the drills are run by Poland", "the course, organised (jointly) by Romania, ...": a verb of
    resources/leading_roles.csv, "by", and a capital letter (the country list that follows)."""
    verbs = "|".join(verb for verb, _ in resources.leading_roles())
    return re.compile(r"\b(" + verbs + r")\s+(?:jointly\s+|together\s+)?by\s+(?:the\s+)?(?=[A-Z])")


@lru_cache(maxsize=None)
def active_lead_pattern() -> re.Pattern:
    """"(which Romania) organised", "(that Italy) has led": a verb of resources/leading_roles.csv
    right after the country list."""
    verbs = "|".join(verb for verb, _ in resources.leading_roles())
    return re.compile(r"\s+(?:(?:has|have|had)\s+)?(" + verbs + r")\b(?!\s+by\b)")


@lru_cache(maxsize=None)
def national_body_pattern() -> re.Pattern:
    """A body of resources/national_bodies.txt ("Armed Forces", "Ministry of Defence"), a whole phrase."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(b) for b in resources.national_bodies()) + r")(?![\w-])")


SAID_AFTER = re.compile(r"\s+(?:has\s+|have\s+)?(?:said|says|reported|reports|announced|told|stated|informed|noted)\b")
BODY_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?")
POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+$")


def bodies_as_countries(text: str) -> str:
    """The text with each national body written as its country: "the <demonym> Armed Forces", "<country>'s
    Ministry of Defence" and "the Land Forces of <country>" become the country's name, so that a list of who
    leads or takes part reads them as it reads the country ("led by the <demonym> Defence Forces and <country>")."""
    if national_body_pattern().search(text) is None:
        return text
    for _ in range(2):  # "the General Staff of the <demonym> Armed Forces": the inner body first, then the outer
        out, last = [], 0
        for body in national_body_pattern().finditer(text):
            if body.start() < last:
                continue
            if SAID_AFTER.match(text, body.end()):
                continue  # "..., the <demonym> Navy said": the source of the news, not one of a list
            before = _country_ending(text, body.start())
            if before is not None:
                start, iso = before
                out += [text[last:start], resources.country_display_names()[iso]]
                last = body.end()
                continue
            of = BODY_OF.match(text, body.end())
            after = resources.country_pattern().match(text, of.end()) if of else None
            if after is not None and after.group(1) not in resources.demonyms():
                out += [text[last:body.start()], resources.country_display(after.group(1))]
                last = after.end()
        text = "".join(out) + text[last:]
    return text


def _joined_appositions(text: str) -> str:
    """The text with a list set off by ", along with ..." written as part of the list before it, so that the
    verb after it reads all of them ("<A>, along with <B> and <C>, took part" -> "<A>, <B> and <C> took part")."""
    if "with" not in text:
        return text
    out, last = [], 0
    for m in ALONG_WITH.finditer(text):
        found, end = country_run(text, m.start(1))
        if found and not text[end:m.end(1)].strip():
            out += [text[last:m.start()], ", ", m.group(1)]
            last = m.end()
    return "".join(out) + text[last:]


def _country_ending(text: str, end: int) -> tuple[int, str] | None:
    """(start, iso) of the country name or adjective that ends just before ``end`` ("<country>'s ", "<demonym> ")."""
    gap = POSSESSIVE_GAP.search(text, max(0, end - 4), end)
    if gap is None:
        return None
    for m in resources.country_pattern().finditer(text, max(0, end - 60), gap.start()):
        if m.end() == gap.start():
            return m.start(), resources.country_names()[m.group(1)]
    return None


def delegation_countries(text: str) -> list[tuple[str, str]]:
    """(ISO code, office as written) for each foreign country a delegation list names."""
    return abroad(list(_delegation_countries(text)))


def listed_countries(text: str) -> list[tuple[str, str]]:
    """(ISO code, office as written) for each country the sentence's lists name, the home country too."""
    return list(_delegation_countries(text))


@lru_cache(maxsize=4096)
def _delegation_countries(text: str) -> tuple[tuple[str, str], ...]:
    text = text.replace("\n", " ")  # a hard-wrapped page: "the United\nStates" is one name (same offsets)
    text = bodies_as_countries(text)
    text = _joined_appositions(text)
    text = NATO_ITEM.sub(r"\1", text)  # "experts from NATO, <A> and <B>": the countries of the list
    out = (_countries_that_sent(text) + _listed_countries(text) + _leading_countries(text)
           + _listed_before_noun(text) + _long_lists(text))
    cp = resources.country_pattern()
    for noun in DELEGATE_NOUN.finditer(text):
        pos = noun.end()
        found: list[str] = []
        group_comma = False
        # ("<demonym> peacekeepers from <place>": where they serve, their country already said)
        for m in cp.finditer(text, pos) if not _nationality_before(text, noun.start()) else ():
            gap = text[pos:m.start()]
            if re.match(r"\s+[A-Z][a-z]", text[m.end():]) and not re.match(r"\s+(?:and|as)\b", text[m.end():]):
                break  # "the Azerbaijan Army": a country as an adjective, not a delegation
            if not found:
                if not DELEGATION_GAP.match(gap) or m.group(1) in resources.demonyms():
                    break  # (a count before the noun, "1,500 troops from A, B and C", still lists them)
                group_comma = bool(GROUP_THEN_COMMA.search(gap))
            elif not continues_list(gap, found):
                break
            found.append(resources.country_names()[m.group(1)])
            pos = m.end()
        if group_comma and not AMONG_AFTER.match(text, pos) and len(found) < 3:
            # "officers from the Allies, Italy ...": no list of the group unless "among them" says so, or the
            # names run on ("the contributing countries, Finland, Norway and Slovenia")
            continue
        title = _titled(noun.group(0).strip())
        out += _each(found, title)
        # "Italian, Polish and Romanian troops" (not "Azerbaijani and Turkish troops")
        if not UNITS.fullmatch(noun.group(0).strip()):
            out += _adjectives_before(text, noun.start(), title)
        out += _each(_one_nationality(text, noun), title)
    if abroad(out) or COUNTED_BESIDE.search(text):
        for besides in BESIDES.finditer(text):  # "Besides <country>, troops from <list> take part"
            out += _each(country_list(text, besides.end()), LISTED_TITLE)
    # "Officers from Italy ... are taking part": the office the list names wins over the generic title
    # (and each country once: "units of the armed forces of <country>" names it through two nouns)
    specific = {iso for iso, title in out if title != LISTED_TITLE}
    first: dict[str, tuple[str, str]] = {}
    for iso, title in out:
        if title != LISTED_TITLE or iso not in specific:
            first.setdefault(iso, (iso, title))
    return tuple(first.values())


# "Besides <country>, troops from <list> will take part", "In addition to <country>, ...": the country set beside
# a list of who takes part is one of them (read only where the sentence lists some)
BESIDES = re.compile(r"\b(?:[Bb]esides|[Aa]part from|[Ii]n addition to|[Aa]long with|[Aa]longside)\s+(?:the\s+)?"
                     r"(?=[A-Z][^,.;:]{1,40},)")
# ("Apart from <A> and <B>, <n> Allies and partners are taking part": the countries beside a count of those taking part)
COUNTED_BESIDE = re.compile(r",\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?(?:\d+|[a-z]+teen|twenty)\s+"
                            r"(?:[\w-]+\s+){0,5}?(?:countries|nations|states)\b[^.;]{0,60}?\b(?:will\s+)?(?:take|took"
                            r"|taking|join|joined|participate|participated|are\s+taking)\b")
# "Participating countries:" / "NATO nations taking part:": a heading whose list follows, one country a line
# (or a short heading with no colon, "Participating countries", ending in the noun)
LIST_HEADING = re.compile(r"[^.]{0,160}\b" + LIST_NOUNS + r"\b[^.]{0,60}:\s*|(?:[\w’'-]+\s+){0,4}" + LIST_NOUNS
                          + r"\s*")
BULLET = re.compile(r"^[\s•*·▪●◦‣–—-]*(?:\d{1,2}[.)]\s*)?(?:and\s+)?(?:the\s+)?|[\s,;.]+$")


def listed_below(sents: list[Sentence], i: int) -> list[tuple[str, str]]:
    """The countries listed one a line under a list heading (sentence i): each line a country's name alone, maybe
    bulleted or numbered, or a table's row that opens with it; at least two of them, else the lines say something
    else."""
    if TABLE_HEADER.match(sents[i].text):
        rows = sents[i + 1:]  # a table's header row is the heading
    elif LIST_HEADING.fullmatch(sents[i].text):
        rows = sents[i + 1:]
        if rows and TABLE_HEADER.match(rows[0].text):
            rows = rows[1:]
    else:
        return []
    names = resources.country_names()
    found = []
    if rows:
        names_line, end = country_run(rows[0].text, 0)
        if len(names_line) >= 2 and end >= len(rows[0].text.rstrip(" .;")):
            return _each(names_line, LISTED_TITLE)  # the heading, then its names on one line
    for s in rows:
        name = BULLET.sub("", TABLE_CELLS.sub("", s.text))
        if not name:
            continue  # "1." cut off its item by the sentence splitter
        if name not in names or name in resources.demonyms():
            break
        found.append(names[name])
    return _each(found, LISTED_TITLE) if len(found) >= 2 else []


def assign_countries(s: Sentence, created: list[Event], below: list[tuple[str, str]] = ()) -> None:
    """Delegation lists: 'the permanent representatives of <country>, <country>, ... and <country>', and the
    countries ``below`` a list heading that is the sentence."""
    for iso, title in listed_countries(s.text) + list(below):
        for ev in created[-1:]:
            if iso == HOME_COUNTRY:
                ev.home_listed = True
                continue
            if title == HOST_TITLE and ev.location and resources.country_of_place(ev.location) == iso:
                continue  # "hosted by Georgia", held in Tbilisi: the host is the venue, not a delegation
            if all(c != iso for c, _, _ in ev.countries):
                ev.countries.append((iso, "member", title))


# "Since 2018 soldiers from <country> have joined it", "In past years vessels from <A> and <B> took part": the
# countries of earlier editions, not of the one reported (a sentence that dates an event of its own keeps its list)
EARLIER_EDITIONS = re.compile(r"\b(?:[Ss]ince\s+(?:19|20)\d\d|[Ii]n\s+(?:past|previous|earlier|recent|former)\s+years"
                              r"|[Ii]n\s+the\s+past|[Pp]reviously|[Ee]arlier\s+editions?|[Pp]revious\s+(?:editions?"
                              r"|rounds?|years)|[Ll]ast\s+year(?:'s|’s)?|[Ii]n\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d)\b")


def undated_countries(sents: list[Sentence], events: list[Event]) -> list[tuple[str, str, str, Sentence]]:
    """The countries of delegation lists that no event of the article holds ("the delegation was
    made up of the permanent representatives of ...", the visit never dated): (iso3, role, title,
    sentence), each country once, from the first sentence that lists it. A host nation is left out:
    with no event it is only the place of the meeting."""
    held = {iso for e in events for iso, _, _ in e.countries}
    out: list[tuple[str, str, str, Sentence]] = []
    for i, s in enumerate(sents):
        if EARLIER_EDITIONS.search(s.text):
            continue
        for iso, title in delegation_countries(s.text) + abroad(listed_below(sents, i)):
            if iso not in held and title != HOST_TITLE:
                held.add(iso)
                out.append((iso, "member", title, s))
    return out


def country_list(text: str, pos: int) -> list[str]:
    """The countries named one after another from pos ("Bulgaria, Georgia and the United States")."""
    return country_run(text, pos)[0]


def country_run(text: str, pos: int) -> tuple[list[str], int]:
    """country_list, and where the last name of the list ends."""
    found: list[str] = []
    for m in resources.country_pattern().finditer(text, pos):
        gap = text[pos:m.start()]
        if not (re.fullmatch(r"\s*", gap) if not found else continues_list(gap, found)):
            break
        if m.group(1) in resources.demonyms() and not (found and LONE_ITEM.match(text, m.end())) \
                or re.match(r"[’']s\b|\s+[A-Z][a-z]", text[m.end():]) \
                and not re.match(r"\s+(?:and|as)\b", text[m.end():]):
            break  # "Turkish officers", "Turkey’s ambassador", "the Azerbaijan Army": not a list of countries
        found.append(resources.country_names()[m.group(1)])
        pos = m.end()
    return found, pos


def _listed_countries(text: str) -> list[tuple[str, str]]:
    """"Participating NATO countries are: Bulgaria, Georgia and ...": every country of the list."""
    out = []
    for intro in LIST_INTRO.finditer(text):
        found = country_list(text, intro.end())
        if len(found) < 2 and not intro.group(0).rstrip().endswith(":"):
            continue  # "the countries are Azerbaijan's partners": one name after a verb is no list
        out += _each(found, LISTED_TITLE)
    out += _lists_after(text, COUNTED_THEN_LIST, 1) + _lists_after(text, DASH_LIST, 2)
    out += _lists_after(text, COUNTED_THEN_BRACKETS, 2)
    out += _lists_after(text, COUNTED_THEN_LIST_AMONG, 2, then=AMONG_THEM_AFTER)
    out += _lists_after(text, WITH_PARTICIPATION, 1) + _lists_after(text, EXERCISE_WITH, 1)
    out += _lists_after(text, LABELLED_GROUP, 2) + _lists_after(text, FRONTED_FROM, 2)
    for ally in EXERCISE_WITH_ALLY.finditer(text):
        if ally.group(1) in resources.demonyms():
            out += _each([resources.country_names()[ally.group(1)]], LISTED_TITLE)
    for partner in EXERCISE_OF.finditer(text):
        found = country_list(text, partner.end())
        if len(found) >= 2 and not TOPIC_BEFORE.search(text, max(0, partner.start() - 60), partner.start()):
            out += _each(found, LISTED_TITLE)
    out += _lists_after(text, TAKING_PART_ARE, 1) + _lists_after(text, NUMBER_FROM, 1)
    for army in ARMIES.finditer(text):
        out += _adjectives_before(text, army.start(), LISTED_TITLE)
    # ("the exercise brings together Italy, Poland and Romania")
    return out + _lists_after(text, GATHERS, 2)


# "squads of <A>, <B>, <C> and <D> lined up", "crews from <A>, <B>, <C> and <D>": four countries or more after "of" or
# "from" list who takes part, whatever the noun before them (the nouns of units and teams are many); not private
# people counted by nationality ("students and young scholars from <A>, <B>, ...")
LIST_OF = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
LONG_LIST = 4
BY_NATIONALITY = re.compile(r"\b(?i:scholars|youth|young people|citizens|nationals|residents|tourists|refugees"
                            r"|migrants|fans|athletes)\b(?:\s+[\w-]+){0,3}\s*$")


def _long_lists(text: str) -> list[tuple[str, str]]:
    out = []
    for m in LIST_OF.finditer(text):
        found = country_list(text, m.end())
        if len(set(found)) >= LONG_LIST and not BY_NATIONALITY.search(text, max(0, m.start() - 60), m.start()):
            out += _each(found, LISTED_TITLE)
    return out


def _lists_after(text: str, intro: re.Pattern, at_least: int,
                 then: re.Pattern | None = None) -> list[tuple[str, str]]:
    """The countries of each list that ``intro`` opens, where it names at least ``at_least`` of them (and,
    with ``then``, where that pattern follows the list: "..., A, B and others among them")."""
    out = []
    for m in intro.finditer(text):
        found, end = country_run(text, m.end())
        if len(found) >= at_least and (then is None or then.match(text, end)):
            out += _each(found, LISTED_TITLE)
    return out


def _leading_countries(text: str) -> list[tuple[str, str]]:
    """"a course led by Italy", "organised by Romania and Poland": the countries that lead,
    run or host the event."""
    out = []
    for led in led_by_pattern().finditer(text):
        out += _each(country_list(text, led.end()), _leading_title(led.group(1)))
    for under in UNDER_LEAD.finditer(text):  # "under the leadership of Italy"
        out += _each(country_list(text, under.end()), LEAD_TITLE)
    for lead in LEADS.finditer(text):  # "Turkey leads the project"
        out += _each(_list_before(text, lead.start()), LEAD_TITLE)
    for which in WHICH.finditer(text):  # "the course, which Romania organised"
        found, end = country_run(text, which.end())
        verb = active_lead_pattern().match(text, end) if found else None
        if verb:
            out += _each(found, _leading_title(verb.group(1)))
    return out


def _leading_title(verb: str) -> str:
    """The title resources/leading_roles.csv gives a country that ``verb``s an event ("Lead nation")."""
    return next(title for pattern, title in resources.leading_roles() if re.fullmatch(pattern, verb))


def _titled(office: str) -> str:
    """An office as a title: its first letter capitalised ("observers" -> "Observers")."""
    return office[:1].upper() + office[1:]


def _each(countries: list[str], title: str) -> list[tuple[str, str]]:
    """(iso, title) for each listed country. The home country stays in the list as read: it hosts and never
    visits, so it is set aside where the lists become delegations (``abroad``), but it tells the relation that
    the home side takes part ("Azerbaijan, Georgia and Turkey take part in the drills")."""
    return [(iso, title) for iso in countries]


def abroad(listed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The listed countries but the home country."""
    return [(iso, title) for iso, title in listed if iso != HOME_COUNTRY]


def home_listed(listed: list[tuple[str, str]]) -> bool:
    """Whether the home country is one of the listed countries."""
    return any(iso == HOME_COUNTRY for iso, _ in listed)


def _list_before(text: str, end: int, adjectives: bool = False) -> list[str]:
    """The countries named one after another just before ``end`` ("Germany and the United States"), in
    reading order; with ``adjectives``, the countries of the adjectives listed there ("Italian, Polish and
    Romanian (military) troops"), where a country's name ends the run."""
    found = []
    first_gap = r"\s*(?:(?:military|staff|army|naval|air)\s+)?" if adjectives else r"\s*"
    for m in reversed(list(resources.country_pattern().finditer(text, max(0, end - 200) if adjectives else 0, end))):
        gap = text[m.end():end]
        if not (re.fullmatch(first_gap, gap) if not found else LIST_SEPARATOR.fullmatch(gap)):
            break
        # (an abbreviated name stands as an adjective too: "US, Georgian and Polish troops")
        if (m.group(1) in resources.demonyms() or adjectives and _abbreviated(m.group(1))) == adjectives:
            found.append(resources.country_names()[m.group(1)])
        elif adjectives:
            break
        end = m.start()
        if not adjectives and text[max(0, end - 4):end] == "the ":
            end = text.rfind("the ", 0, end)
    return found[::-1]


def _adjectives_before(text: str, pos: int, title: str) -> list[tuple[str, str]]:
    """The foreign countries of the adjectives listed just before pos, when there are two at least ("Italian,
    Polish and Romanian troops"; one adjective before a noun is as often the unit's home as a delegation)."""
    found = _each(_list_before(text, pos, adjectives=True), title)
    return found if len(abroad(found)) >= 2 else []


# "with the attendance of a <demonym> delegation": one demonym is a delegation only after such words; a demonym as the
# subject ("<demonym> officers who were meant to join", "... may attend later") is as often a plan that failed or a
# unit at home (tried on the gold sets: twelve countries wrong for two right)
WITH_ATTENDANCE = re.compile(r"\bwith\s+(?:the\s+)?(?:participation|attendance|involvement|presence)\s+of\s+"
                             r"(?:an?\s+|the\s+)?$")
DEMONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.-]*)\s+(?:[a-z-]+\s+){0,2}$")


def _one_nationality(text: str, noun: re.Match) -> list[str]:
    """The country of one demonym before the noun of people ("an Armenian parliamentary delegation") that "with the
    participation of" or "with the attendance of" opens."""
    m = DEMONYM_BEFORE.search(text, max(0, noun.start() - 50), noun.start())
    if not m or m.group(1) not in resources.demonyms():
        return []
    return [resources.country_names()[m.group(1)]] if WITH_ATTENDANCE.search(text, max(0, m.start() - 60),
                                                                               m.start()) else []


def _nationality_before(text: str, pos: int) -> bool:
    """A demonym just before pos ("Turkish peacekeepers", "the Azerbaijani military observers"): the people's
    country is said, so a place after them is where they are, not another country of theirs."""
    m = re.search(r"([A-Z][\w-]*)\s+(?:[a-z-]+\s+)?$", text[max(0, pos - 40):pos])
    return bool(m) and m.group(1) in resources.demonyms()


def _abbreviated(name: str) -> bool:
    """A country's name in capitals or with full stops ("US", "U.K."), which is written before a noun as its
    adjective is."""
    return name.isupper() or "." in name


def _event_word_follows(text: str, pos: int) -> bool:
    """An event word (not one of type other) within the next few words: "in the drills", "in a NATO course"."""
    window = text[pos:pos + 60]
    return any(event_type != "other" for event_type, _ in resources.event_kinds(window))


def _countries_that_sent(text: str) -> list[tuple[str, str]]:
    """"<country> and <country> have sent observers": the list just before the verb;
    "Observers were sent by <country> and <country>": the list after "by"."""
    out = []
    for sent in SENT.finditer(text):
        out += _each(_list_before(text, sent.start()), _titled(sent.group(1)))
    for sent in SENT_BY.finditer(text):
        out += _each(country_list(text, sent.end()), _titled(sent.group(1).lower()))
    return out


def _listed_before_noun(text: str) -> list[tuple[str, str]]:
    """"Italy, Poland and Romania are among the participating countries", "... are taking part in the
    drills": the list before."""
    out = []
    for among in AMONG_THE.finditer(text):
        out += _each(_list_before(text, among.start()), LISTED_TITLE)
    for verb in JOINT_AFTER.finditer(text):
        out += _each(_list_before(text, verb.start()), LISTED_TITLE)
    for verb in AS_OBSERVERS.finditer(text):
        out += _each(_list_before(text, verb.start()), "Observers")
    for verb in TAKE_PART_AFTER.finditer(text):
        # only in an event ("took part in the drills"), not in a programme ("take part in the PfP")
        if _event_word_follows(text, verb.end()) or VERB_ENDS.match(text, verb.end()):
            out += _each(_list_before(text, verb.start()), LISTED_TITLE)
    for verb in REPRESENTED_AFTER.finditer(text):
        out += _each(_list_before(text, verb.start()), LISTED_TITLE)
    for verb in ATTENDED_BY.finditer(text):
        out += _each(country_list(text, verb.end()), LISTED_TITLE)
    return out
