"""Where an event happens: the city or country a sentence names for it ("in Baku", "the
Georgian capital", "visited Belgium"), how many countries a tour lists, and whether two places
can be the same one."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..config import HOME_COUNTRY
from ..dates import DateMention
from ..gates import Gated
from ..read import Sentence
from .delegations import country_list
from .triggers import Trigger

CAPITAL_WORD = "capital"  # every phrase capital_pattern() finds holds it
# NATO's own headquarters (not SHAPE's "Supreme Headquarters", nor a command's "Headquarters Joint Force ..."),
# which a text names without its city
NATO_HQ = Gated(r"\b(?:NATO|NATO['’]s|the Alliance['’]s|the alliance['’]s)\s+(?:[Hh]eadquarters|HQ)\b",
                ["NATO", "lliance"])
NATO_HQ_CITY = "Brussels"
HOSTING = re.compile(r"(?:received|receives|hosted|hosts|welcomed|welcomes)\b", re.I)
PLACE_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:in|at|near)\s+(?:the\s+)?$")
OUR_COUNTRY = re.compile(r"\b(?:visits?|trip|arrived|came)\s+(?:to\s+|in\s+)?our\s+country\b")
# "a delegation of Joint Force Command Brunssum visited <country>": the city names the command, and is its place
# only when the sentence names no other
COMMAND_BEFORE = re.compile(r"\b(?:Command|JFC)\s+$")
# ("<City>, <Country> – On <day> ...": the city a press release was issued in, glued to its lead)
RELEASE_DATELINE_AFTER = re.compile(r"(?:,\s+(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?\s+[–—-]\s")
BASED_AFTER = re.compile(r"\s?[-‐–]\s?based\b")
# "the drills, which Georgia is to host", "Georgia hosts the exercise", "hosted by Georgia": the host country
HOST_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$")
HOSTS_AFTER = re.compile(r"\s+(?:is\s+(?:to|set\s+to|due\s+to|going\s+to)\s+|will\s+(?:also\s+)?)?"
                         r"(?:host|hosts|hosted)\b")
# "talks on the situation in <country>", "the security and political situation in <country>": what is discussed, not
# where the event is
TOPIC_BEFORE = re.compile(r"\b(?:situation|developments|conflict|crisis|war|stability|security|tensions?|elections"
                          r"|peace\s+process)\s+in\s+(?:the\s+)?$")
TOUR_OF = re.compile(r"\b(?:visited|visiting|toured|touring|tour of|trip to|visits? to)\s+(?:the\s+)?(?=[A-Z])")


def sentence_location(s: Sentence, d: DateMention, ts: list[Trigger]) -> str:
    """The place of an event: the city nearest its date, else a capital ("the Dutch capital"), else a
    country it goes to or is in; none for a tour of several countries."""
    text = s.text
    anchor = d.start - s.start if d.start >= s.start else min(t.pos for t in ts)  # the place named by the date
    found, in_names = [], []
    for m in resources.city_pattern().finditer(text):
        if not re.search(r"\bfrom\s+$", text[max(0, m.start() - 8):m.start()]) \
                and not BASED_AFTER.match(text, m.end()):  # "the Rome-based college": where it is based
            named = COMMAND_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or m.start() < 3 and RELEASE_DATELINE_AFTER.match(text, m.end())
            (in_names if named else found).append((abs(m.start() - anchor), m.group(1)))
    if found:
        return min(found)[1]
    m = capital_pattern().search(text) if CAPITAL_WORD in text else None
    if m:  # "the Dutch capital", "Georgia’s capital"
        return resources.capitals()[resources.country_names()[m.group(1) or m.group(2) or m.group(3)]]
    hq = NATO_HQ.search(text)
    if hq and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, hq.start() - 10):hq.start()]):
        return NATO_HQ_CITY  # "at NATO headquarters", "at the Alliance's headquarters": Brussels, clearly implied
    for m in resources.country_pattern().finditer(text):
        before = text[max(0, m.start() - 16):m.start()]
        if (re.search(r"\b(?:to|in|visited|visiting|toured|touring)\s+(?:the\s+)?$", before)
                or HOST_BEFORE.search(before) or HOSTS_AFTER.match(text, m.end())) \
                and m.group(1) not in resources.demonyms() \
                and not TOPIC_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            if len(country_list(text, m.start())) > 1:
                return ""  # "visiting Azerbaijan, Georgia and Armenia": a tour, no one place
            return resources.country_display(m.group(1))
    if OUR_COUNTRY.search(text):  # a home outlet's "<guest>, on a visit to our country"
        return resources.country_display_names().get(HOME_COUNTRY, HOME_COUNTRY)
    return min(in_names)[1] if in_names else ""  # "visited Joint Force Command Naples": the command's city


def host_country(text: str, trigger_pos: list[int]) -> str:
    """"Azerbaijan's Minister of Defense received a delegation": whoever receives or hosts a visitor does so at
    home, so the event is in the country the receiver's title names (the first one before the verb)."""
    host = next((p for p in trigger_pos if HOSTING.match(text, p)), None)
    if host is None:
        return ""
    by = re.match(r"\w+\s+by\s+[^;:.]{0,150}", text[host:])  # "was received by the Chief of ... of Azerbaijan"
    start, end = (host, host + by.end()) if by else (0, host)
    for m in resources.country_pattern().finditer(text, start, end):
        iso = resources.country_names().get(m.group(1))
        if iso:
            return resources.country_display_names().get(iso, m.group(1))
    return ""


@lru_cache(maxsize=None)
def capital_pattern() -> re.Pattern:
    """"the Dutch capital", "Georgia’s capital", "the Netherlands’ capital", "the capital of Georgia":
    a demonym, or a country's name with its possessive, right before "capital", or "the capital of"
    and a country's name, for the countries of resources/capitals.csv. Group 1 is the demonym,
    group 2 or 3 the country's name."""
    names, demonyms = resources.country_names(), resources.demonyms()
    known = set(resources.capitals())

    def alternatives(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    adjectives = alternatives(n for n in demonyms if names.get(n) in known)
    countries = alternatives(n for n, iso in names.items() if iso in known and n not in demonyms)
    possessive = r"(?:[’']s|(?<=s)[’'])"  # "Georgia’s", "the Netherlands’"
    return re.compile(r"\b(?:the\s+)?(?:(" + adjectives + r")|(" + countries + r")" + possessive + r")\s+"
                      + CAPITAL_WORD + r"\b|\bthe\s+" + CAPITAL_WORD + r"\s+of\s+(?:the\s+)?(" + countries + r")\b")


def place_after(text: str, pos: int) -> str:
    """The first city or country named after "in"/"at"/"near" within a few words after pos."""
    window = text[pos:pos + 80]
    for m in resources.city_pattern().finditer(window):
        if PLACE_AFTER.fullmatch(window[:m.start()]):
            return m.group(1)
    for m in resources.country_pattern().finditer(window):
        if PLACE_AFTER.fullmatch(window[:m.start()]) and m.group(1) not in resources.demonyms():
            return resources.country_display(m.group(1))
    return ""


def place_to(text: str, pos: int) -> str:
    """The city or country right after "to" (or "to visit") at pos ("... to Azerbaijan in 2024"), else ""."""
    m = re.match(r"\s*to\s+(?:visit\s+)?(?:the\s+)?", text[pos:pos + 20])
    if not m:
        return ""
    at = pos + m.end()
    city = resources.city_pattern().match(text, at)
    if city:
        return city.group(1)
    country = resources.country_pattern().match(text, at)
    if country and country.group(1) not in resources.demonyms():
        return resources.country_display(country.group(1))
    return ""


def tour_countries(s: Sentence, ts: list[Trigger]) -> int:
    """How many countries the visit word lists ("visited Belgium, the Netherlands and Germany")."""
    best = 0
    for t in ts:
        m = TOUR_OF.match(s.text, t.pos)
        if m:
            best = max(best, len(country_list(s.text, m.end())))
    return best


def same_place(a: str, b: str) -> bool:
    """Compatible places: one unknown, or the same country and not two different cities."""
    if a in resources.cities() and b in resources.cities() and a != b:
        return False  # a day trip from Baku to Aghdam is a visit of its own
    ca, cb = resources.country_of_place(a), resources.country_of_place(b)
    return ca is None or cb is None or ca == cb
