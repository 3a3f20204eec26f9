"""Countries that take part in an event as delegations: "the permanent representatives of
Türkiye, Greece and Spain", "Participating countries are: ...", "a course led by Italy",
"Germany and the United States have sent observers".  The home country is the host, never a
visiting delegation."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..config import HOME_COUNTRY
from ..gates import Gated
from ..read import Sentence
from .model import Event

DELEGATE_NOUN = Gated(r"\b(?:(?:deputy\s+)?permanent representatives?|representatives|delegations?|officials|attach[ée]s"
                      r"|experts|teams|contingents|officers"
                      r"|lawmakers|deputies|parliamentarians|members of parliament|MPs"
                      r"|evaluators|observers|ambassadors|delegates|envoys|defence ministers|defense ministers"
                      r"|military representatives|chiefs of (?:general )?staff)\b",
                      ["representative", "delegat", "officials", "attach", "experts", "teams", "contingents", "officers",
                       "lawmakers", "deputies", "parliamentarians", "members of parliament", "mps", "evaluators",
                       "observers", "ambassadors", "envoys", "defence ministers", "defense ministers", "chiefs of"], re.I)
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
LISTED_TITLE = "Participating country"  # the title of a country of a list ("Participating countries are: ...")


@lru_cache(maxsize=None)
def led_by_pattern() -> re.Pattern:
    """"the drills are run by Poland", "the course, organised by Romania, ...": a verb of
    resources/leading_roles.csv, "by", and a capital letter (the country list that follows)."""
    verbs = "|".join(verb for verb, _ in resources.leading_roles())
    return re.compile(r"\b(" + verbs + r")\s+by\s+(?:the\s+)?(?=[A-Z])")


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


def assign_countries(s: Sentence, created: list[Event]) -> None:
    """Delegation lists: 'the permanent representatives of Türkiye, Greece, ... and Spain'."""
    for iso, title in delegation_countries(s.text):
        for ev in created[-1:]:
            if all(c != iso for c, _, _ in ev.countries):
                ev.countries.append((iso, "member", title))


def country_list(text: str, pos: int) -> list[str]:
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
        found = country_list(text, intro.end())
        if len(found) < 2 and not intro.group(0).rstrip().endswith(":"):
            continue  # "the countries are Azerbaijan's partners": one name after a verb is no list
        title = LISTED_TITLE
        out += [(iso, title) for iso in found if iso != HOME_COUNTRY]
    return out


def _leading_countries(text: str) -> list[tuple[str, str]]:
    """"a course led by Italy", "organised by Romania and Poland": the countries that lead,
    run or host the event."""
    out = []
    roles = resources.leading_roles()
    for led in led_by_pattern().finditer(text):
        title = next(title for verb, title in roles if re.fullmatch(verb, led.group(1)))
        out += [(iso, title) for iso in country_list(text, led.end()) if iso != HOME_COUNTRY]
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
