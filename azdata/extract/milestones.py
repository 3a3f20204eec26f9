"""Milestones: the years (and days) in which the country joined, signed, adopted, ... a
partnership programme, read clause by clause with the programme each date belongs to."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .. import resources
from ..config import HOME_COUNTRY
from ..dates import find_dates
from ..gates import Gated
from ..read import Article, Sentence
from .model import Event, Milestone
from .triggers import clause_of, clause_spans

MILESTONE_CUE = re.compile(r"\b(?:joined|join|joining|accession|signed|signing|launched|started|start|began|begun"
                           r"|introduced"
                           r"|adopted"
                           r"|approved|submitted|handed over|presented|declared|added|received|extended|concluded"
                           r"|date back|dates back|dated back|became|created|established|set up|succeeded|replaced"
                           r"|renamed|since|used|contributed|served|deployed|ratified|withdrew|ended|agreed|acceded|endorsed"
                           r"|got under way|kicked off|pulled|delivered|forwarded)\b", re.I)
# a year in a sentence that names no programme belongs to the last one only if the sentence says
# what the country did with it ("have served in Afghanistan since 2002"), not just "since"
CARRY_CUE = re.compile(r"\b(?:joined|signed|launched|started|began|adopted|approved|submitted|declared|added|received"
                       r"|extended|concluded|served|contributed|deployed|ratified|withdrew|took part|used"
                       r"|taken part|takes part|taking part|participated|participates|been involved)\b", re.I)
NAME_BREAK = re.compile(r"[,;()]|\s(?:and|then|or|while|but)\s")  # what a programme's long name never holds
WHEN_CLAUSE = re.compile(r"\s*when\b")
WHEN_AFTER = re.compile(r"\s+when\b")  # "dates from 1992 when the country joined ...", no comma
# what is left of a clause that only dates the next one ("On 3 May 2005, ...", "From <year> to <year>, ...")
DATE_ONLY = re.compile(r"\W*(?:(?:on|in|from|between|since|to|until|till|and)\b\W*)*", re.I)
DATE_AT_END = re.compile(r"\d{4}\s*$")  # the clause ends with the year ("... dates from March 1992")
# one person's service at a body ("an officer of the ministry has been working at ...")
# ("One Azerbaijani officer has served", "an officer ... has been employed/posted at")
PERSONAL_SERVICE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[A-Za-z-]+\s+)?(?:officer|official|expert|diplomat"
                              r"|staff member|representative)\b[^,;]{0,80}?\b(?:has|have|had)\s+(?:been\s+)?"
                              r"(?:working|worked|served|serving|employed|posted|stationed|seconded)\b")
SINCE = re.compile(r"\bsince\b", re.I)  # "a member since 1994": joined, when no act is named
# a clause that describes the noun before it: "the OCC, in which ... since 2007", "the IPAP, first adopted in 2005"
RELATIVE_START = re.compile(r"\s*(?:which|in which|that|who|whose|where|under which|to which|of which"
                            r"|(?:first |later |jointly |initially )?[a-z]+ed\b)")
# a year that names a programme's term, not an act: "the cycle of <year>-<year>", "for the period <year>",
# "the <year>-<year> <programme> cycle"
TERM_BEFORE = re.compile(r"\b(?:cycles?|period|term|phase)\s+(?:of\s+|for\s+|from\s+)?"
                         r"(?:(?:19|20)\d\d\s*[-–—]\s*)?$", re.I)
TERM_AFTER = re.compile(r"(?:\s*[-–—]\s*(?:19|20)\d\d)?\s+(?:[\w-]+\s+){0,3}?(?:cycles?|period)\b", re.I)
# a body that talks about the country's step is no step: "discussed its participation in", "considered the accession"
TOPIC_VERB = re.compile(r"\b(?:discussed|discusses|considered|considers|reviewed|debated|examined)\b", re.I)
NOUN_ACT = re.compile(r"\b(?:participation|accession|membership|contribution)\b[^,;]{0,20}", re.I)
SPAN_END = re.compile(r"-((?:19|20)\d\d)\b")  # "1998-2008": the span's second year
# "for <year>-<year>", "covering <year>-<year>": the years a stage of a programme covers
TERM_SPAN_BEFORE = re.compile(r"\b(?:for|covering|spanning)\s+(?:the\s+years\s+)?(?:(?:19|20)\d\d\s*[-–—]\s*)?$",
                              re.I)
RANGE_TO = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*")  # between the two years of a span
BETWEEN = re.compile(r"\bbetween\s+$", re.I)
LATER = re.compile(r"\b(?:later|then|subsequently|afterwards|thereafter)\b", re.I)
RANGE_OPENERS = ("joined", "contributed", "started", "other")  # acts a span's second year ends
# NATO's partnerships began with the North Atlantic Cooperation Council in December 1991: an earlier year in a
# sentence that names a programme dates something else ("a partner country that gave women the vote in <year>")
PARTNERSHIPS_BEGAN = 1991
ANAPHORIC_PROGRAMME = Gated(r"\bthe (?:programme|program|pool|plan|mechanism|initiative|concept|process)\b",
                            ["the program", "the pool", "the plan", "the mechanism", "the initiative", "the concept",
                             "the process"])


def article_milestones(art: Article, sents: list[Sentence], events: list[Event]) -> list[Milestone]:
    """The article's programme milestones, one per programme, year and act; a date that dates one of
    its events is no milestone."""
    out: list[Milestone] = []
    last_programme: tuple[str, int, bool] | None = None  # (code, paragraph, named for another country only)
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
            d.has_year or d.precision == "day" and d.kind in ("day", "weekday")
            and _milestone_clause(text, d.start - s.start))]
        dates = _with_span_ends(text, dates, s.start)
        clauses = clause_spans(text)
        foreign = bool(dates) and _another_countrys(text)  # the sentence's, once (not for each of its dates)
        claimed: set[tuple[int, int, str]] = set()  # programmes a "when" clause gave to an earlier date
        for i, d in enumerate(dates):
            pos = d.start - s.start
            clause = clause_of(pos, clauses)
            cs, ce = clauses[clause]
            free = [m for m in mentions if m not in claimed]
            in_clause = [m for m in free if cs <= m[0] <= ce]
            act_text = text[cs:ce]
            when = WHEN_AFTER.match(text, d.end - s.start) if not in_clause else None
            if when or not in_clause and clause + 1 < len(clauses) and WHEN_CLAUSE.match(text, clauses[clause + 1][0]) \
                    and DATE_AT_END.search(text, cs, ce):
                # "dates from <month> <year>, when the country joined the <programme>": the clause the
                # date opens says what happened then; the programme may be named clauses on ("..., when the
                # country, with others, joined a new body, the <programme>"), before any other date
                ws = when.end() if when else clauses[clause + 1][0]
                for ns, ne in clauses[clause_of(ws, clauses):]:
                    named = [m for m in mentions if ns <= m[0] <= ne and m not in claimed]
                    # another date before the programme dates the act instead; one after it ("..., when the
                    # country joined the <programme>, <year> brought ...") opens a statement of its own
                    upto = named[0][0] if named else ne
                    if any(o is not d and max(ns, ws) <= o.start - s.start <= upto for o in dates):
                        break
                    if named:
                        in_clause, act_text = named, text[ws:ne]
                        claimed.add(named[0])  # (only the first: "..., the <A> (the <B> since <year>)")
                        break
            elif not in_clause and clause == 0 and DATE_ONLY.fullmatch(
                    _without_dates(text[cs:ce], dates, cs + s.start)):
                # "On 4 May 1994, during his visit to <city>, the President signed the <programme>": the date
                # opens the sentence in a clause of its own; the first later clause that names a programme and
                # an act is what happened then
                for ns, ne in clauses[clause + 1:]:
                    named = [m for m in mentions if ns <= m[0] <= ne]
                    if named and MILESTONE_CUE.search(text, ns, ne):
                        in_clause, act_text = named, text[ns:ne]
                        break
            if resources.planned_pattern().search(text, cs, ce):
                continue  # "experts would visit in May for the assessment": planned, not a milestone
            if TERM_BEFORE.search(text, max(cs, pos - 40), pos) or TERM_AFTER.match(text, d.end - s.start) \
                    or _in_span(text, dates, i, s.start) and TERM_SPAN_BEFORE.search(text, max(cs, pos - 40), pos):
                continue  # "the <programme> cycle of <year>-<year>", "the <year>-<year> <programme> cycle": a term
            if PERSONAL_SERVICE.search(text, cs, ce):
                continue  # "an officer has worked at the centre since 2009": a person's career, not the country's
            if art.published and d.date_start.year > art.published.year:
                continue  # "once the mission ends in <next year>": a step still to come is no milestone yet
            if foreign:
                continue  # "is <country>'s contribution to the PfP", "<country> became the first to ...": not ours
            is_event = (d.start, d.end) in event_starts
            code = None
            later = [m for m in in_clause if m[0] > d.end - s.start and LATER.search(text, d.end - s.start, m[0])]
            if later:  # "joined <a body> in <year> and later sent troops to <programme>": another, later step
                in_clause = [m for m in in_clause if m not in later]
                if not in_clause:
                    continue
            if in_clause:
                end = d.end - s.start  # distance from the date's whole span, not from its first character
                # "<programme> was launched in <year> to complement <another>": the act between the first
                # programme and the date is the first one's
                before = [m for m in in_clause if m[1] <= pos]
                last = max(before, key=lambda m: m[1]) if before else None
                if last and MILESTONE_CUE.search(text, last[1], pos) and not any(
                        m[0] >= end and MILESTONE_CUE.search(text, end, m[0]) for m in in_clause):
                    in_clause = [last]
                nearest = min(in_clause, key=lambda m: m[0] - end if m[0] >= end else max(0, pos - m[1]))
                # a programme named inside a longer name that an abbreviation in brackets closes ("the
                # Agreement among the states of the Partnership for Peace regarding ... (PfP SOFA)"): the
                # bracketed programme is the one the clause is about
                named_in = [m for m in in_clause if m[0] > nearest[1] and text[m[0] - 1:m[0]] == "("
                            and text[m[1]:m[1] + 1] == ")" and not NAME_BREAK.search(text, nearest[1], m[0] - 1)]
                code = (named_in[0] if named_in else nearest)[2]
            elif is_event or d.precision != "year" and not d.since and (
                    s.start in event_years or not MILESTONE_CUE.search(text)):
                # a day or month dates a milestone only in a sentence that reports no event and names the act
                # ("On 3 August 2005, the President signed a decree approving the <programme>")
                code = None
            elif free and (MILESTONE_CUE.search(text[cs:ce])
                               or len({m[2] for m in free}) == 1 and len(dates) == 1
                               or clause > 0 and len(text[cs:ce].split()) <= 4
                               and MILESTONE_CUE.search(text[clauses[clause - 1][0]:clauses[clause - 1][1]])
                               and any(clauses[clause - 1][0] <= m[0] <= clauses[clause - 1][1] for m in free)):
                # the programme named next ("since January 2015, under the Resolute Support mission"),
                # else the one named last
                following = [m for m in free if m[0] > pos]
                preceding = [m for m in free if m[0] < pos]
                prev_clause = [m for m in free
                               if clause > 0 and clauses[clause - 1][0] <= m[0] <= clauses[clause - 1][1]]
                if (RELATIVE_START.match(text[cs:ce]) or len(text[cs:ce].split()) <= 4 and prev_clause
                        and not MILESTONE_CUE.search(text[cs:ce])) and preceding:
                    following = []  # "<programme>, in which <country> has taken part since <year>"
                chosen = min(following, key=lambda m: m[0]) if following else max(preceding, key=lambda m: m[0])
                chosen_clause = clause_of(chosen[0], clauses)
                ms, me = clauses[chosen_clause]
                if d.precision != "year" and not d.since and not (
                        MILESTONE_CUE.search(text, ms, me) or chosen_clause == clause - 1
                        or DATE_ONLY.fullmatch(text[cs:ce].replace(d.text, ""))):
                    # a day's act in one clause, a programme only named in a later one ("during PfP exercises");
                    # not "the <programme> document, signed on <day>" (the clause before) or "On <day>, ..."
                    continue
                if resources.planned_pattern().search(text, chosen[1], me) or chosen[0] > pos and \
                        resources.planned_pattern().search(text, d.end - s.start, chosen[0]):
                    continue  # "..., and the experience of the mission is expected to help": a hope, not a step
                if chosen_clause != clause and RELATIVE_START.match(text[ms:me]) and any(
                        o is not d and ms <= o.start - s.start <= me for o in dates):
                    continue  # "<country>, which joined <programme> in <year>, set up ... in <year>": another act's
                code = chosen[2]
            elif last_programme and last_programme[2]:
                code = None  # the programme named last was another country's ("<country>'s plan ... The plan ...")
            elif anaphora and last_programme and (d.precision == "year" or MILESTONE_CUE.search(text)):
                code = last_programme[0]
            elif not mentions and last_programme and last_programme[1] >= s.paragraph - 1 \
                    and CARRY_CUE.search(text[cs:ce]) and (d.precision == "year" or d.since) \
                    and not _others_act(text[cs:ce]):
                code = last_programme[0]
            if code is None or (is_event and not in_clause) or d.date_start.year < PARTNERSHIPS_BEGAN:
                continue
            if d.kind == "year" and d.date_start.year in event_years.get(s.start, ()) \
                    and not MILESTONE_CUE.search(text[cs:ce]):
                continue  # "In <year>, a <event> was held ...": the year dates an event, not a milestone
            # the clause's act, else its bare "since" (joined), else the sentence's act, else its "since"
            if TOPIC_VERB.search(act_text) and not _action(NOUN_ACT.sub(" ", act_text)):
                continue  # "the committee discussed the country's participation in the <programme>": a meeting's topic
            action = _action(act_text) or _since(act_text) or _action(text) or _since(text) or "other"
            if i and action in RANGE_OPENERS and _in_span(text, dates, i - 1, s.start, pair=True):
                action = "ended"  # "served in <programme> from <year> to <year>": the second year ends it
            if is_event and action == "other":
                continue  # a meeting of a programme on a day (its meeting, its session) is no step in the programme
            year = d.date_start.year
            date = d.date_start if d.precision == "day" and d.kind == "day" else None
            same = [i for i, o in enumerate(out) if o.programme == code and o.year == year and o.sentence is s]
            if same:
                # one fact per programme, year and sentence ("joined ... and started ..."): the more specific act
                i = same[0]
                if resources.action_rank(action) < resources.action_rank(out[i].action):
                    out[i] = Milestone(code, year, date or out[i].date, action, s)
                continue
            out.append(Milestone(code, year, date, action, s))
        if mentions:
            last_programme = (mentions[-1][2], s.paragraph, _another_countrys_only(text))
        elif anaphora and last_programme:
            last_programme = (last_programme[0], s.paragraph, last_programme[2])
    seen = set()
    unique = []
    for m in out:
        key = (m.programme, m.year, m.action)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


# "<country>'s contribution", "<country> became the first country whose IPAP ...": the act is another country's
OTHER_COUNTRY_ACT = re.compile(r"(?:[’']s\b|\s+(?:has\s+|had\s+)?(?:became|becomes|joined|signed|adopted|submitted"
                               r"|offers|offered|presented|handed|began|started|launched|received"
                               r"|was\s+the\s+first|is\s+the\s+first)\b)")


def _countries_in(text: str) -> list[tuple[str, re.Match]]:
    """(ISO code, match) of each country the text names."""
    return [(resources.country_names()[m.group(1)], m) for m in resources.country_pattern().finditer(text)]


def _another_countrys(sentence: str) -> bool:
    """The sentence tells of another country's act or contribution, and never names the home country."""
    found = _countries_in(sentence)
    if any(iso == HOME_COUNTRY for iso, _ in found):
        return False
    return any(m.group(1) not in resources.demonyms() and OTHER_COUNTRY_ACT.match(sentence, m.end())
               for _, m in found)


def _in_span(text: str, dates: list, i: int, offset: int, pair: bool = False) -> bool:
    """Date i opens or closes a span with its neighbour ("<year> to <year>", "between <year> and <year>"); with
    ``pair``, date i opens one that date i + 1 closes."""
    def joined(a: int, b: int) -> bool:
        if a < 0 or b >= len(dates):
            return False
        gap = text[dates[a].end - offset:dates[b].start - offset]
        return bool(RANGE_TO.fullmatch(gap) or gap.strip() == "and"
                    and BETWEEN.search(text, 0, dates[a].start - offset))
    return joined(i, i + 1) if pair else joined(i - 1, i) or joined(i, i + 1)


def _without_dates(clause: str, dates: list, offset: int) -> str:
    """The clause with every date in it taken out."""
    out, at = [], 0
    for d in dates:
        if offset <= d.start and d.end <= offset + len(clause):
            out.append(clause[at:d.start - offset])
            at = d.end - offset
    return "".join(out) + clause[at:]


def _with_span_ends(text: str, dates: list, offset: int) -> list:
    """The dates, with the second year of a hyphenated span ("<year>-<year>"), which the date finder leaves to
    the first, as a date of its own."""
    out = []
    for d in dates:
        out.append(d)
        m = SPAN_END.match(text, d.end - offset) if d.kind == "year" else None
        if m and d.date_start.year < int(m.group(1)) <= d.date_start.year + 40:
            out.append(dataclasses.replace(d, start=m.start(1) + offset, end=m.end(1) + offset, text=m.group(1),
                                           date_start=dt.date(int(m.group(1)), 1, 1)))
    return out


def _another_countrys_only(sentence: str) -> bool:
    """The sentence names another country's programme ("<country>'s action plan") and never the home country."""
    found = _countries_in(sentence)
    return bool(found) and all(iso != HOME_COUNTRY for iso, _ in found) and any(
        sentence.startswith(("'s", "’s"), m.end()) for _, m in found)


def _others_act(clause: str) -> bool:
    """The clause's act is NATO's or another country's ("NATO launched a package to help <country>"): a year
    there is not the home country's step in the programme named before."""
    cue = CARRY_CUE.search(clause)
    if cue and resources.nato_pattern().search(clause, 0, cue.start()):
        return True
    isos = {iso for iso, _ in _countries_in(clause)}
    return bool(isos) and HOME_COUNTRY not in isos


def _milestone_clause(text: str, pos: int) -> bool:
    """A programme in the clause and the act right next to the date ("on Friday ratified", "approved
    Azerbaijan's IPAP on 27 May"), not a date of something else in the clause."""
    clauses = clause_spans(text)
    cs, ce = clauses[clause_of(pos, clauses)]
    if not resources.programme_pattern().search(text[cs:ce]):
        return False
    act = r"\b(?:ratified|signed|approved|adopted|joined|launched|submitted)\b"
    return bool(re.search(act + r"[^,;]{0,60}$", text[cs:pos]) or re.match(r"[^,;]{0,30}?" + act, text[pos:ce]))


def _since(text: str) -> str:
    """"a member since 1994", "has taken part since 2007": the country has been in since then."""
    return "joined" if SINCE.search(text) else ""


def _action(text: str) -> str:
    for action, pattern in resources.milestone_actions():
        if pattern.search(text):
            return action
    return ""
