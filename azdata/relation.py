"""Who an event is between (SPEC.md, events ``relation``).

The sides come from the event's participants (people with their country, or
``NATO`` for NATO staff and commands, and countries of delegation lists); the
evidence sentence fills in what the participants leave open: a NATO body or a
NATO programme named with the event ("a PfP exercise", "talks at SHAPE") makes
NATO a side, Azerbaijan or one of its cities makes Azerbaijan one.

- Azerbaijan and NATO, or Azerbaijan and an Ally in a NATO setting -> ``azerbaijan-nato``
- Azerbaijan and an Ally acting for itself (a minister visiting for his country) -> ``azerbaijan-ally``
- NATO or Allies with a third country, with no Azerbaijani participant (even in Baku),
  or NATO in a third country -> ``nato-other``
- anything else (Azerbaijan with a third country only, NATO alone elsewhere) -> ``other``
"""
from __future__ import annotations

import datetime as dt
import re

from . import resources
from .config import HOME_COUNTRY

NATO = "NATO"


def _members_on(day: dt.date | None) -> set[str]:
    year = day.year if day else 9999
    return {iso for iso, joined in resources.nato_members().items() if joined <= year}


# a legislature's decision: "parliament approved the withdrawal", "the Milli Majlis amended its resolution"
DECISION = re.compile(r"\b(?:approved|amended|voted|votes|vote|adopted|ratified|passed|endorsed|consented)\b")


def _masked(text: str) -> str:
    """The text with the names of independent bodies blanked ("a NATO school" run by an NGO is not NATO)."""
    return resources.relation_cues()["independent"].sub(lambda m: " " * len(m.group(0)), text)


def text_sides(text: str) -> tuple[bool, bool]:
    """(names NATO or a NATO programme, names Azerbaijan or one of its places)."""
    masked = _masked(text)
    nato = bool(resources.nato_pattern().search(masked) or resources.programme_pattern().search(masked))
    home = any(resources.country_names().get(m.group(1)) == HOME_COUNTRY
               for m in resources.country_pattern().finditer(masked))
    if not home:
        home = any(resources.cities().get(m.group(1)) == HOME_COUNTRY
                   for m in resources.city_pattern().finditer(masked))
    return nato, home


def _domestic(text: str, date_text: str = "") -> bool:
    """An independent body's event, or a legislature's vote that the event's date dates ("parliament
    on 3 March approved ..."): no NATO side unless one takes part."""
    cues = resources.relation_cues()
    if cues["independent"].search(text):
        return True
    at = text.find(date_text) if date_text else -1
    for m in cues["legislature"].finditer(text):
        vote = DECISION.search(text, m.end(), m.end() + 60)
        if vote and (at < 0 or m.start() - 40 <= at <= vote.end() + 40):
            return True
    return False


MULTILATERAL = {"exercise", "conference"}


def relation(countries: list[str], text: str, location: str, day: dt.date | None, event_type: str = "",
             date_text: str = "") -> str:
    """The relation of one event, from its participants' countries (``""`` for a person of unknown
    country, read as the home side), its evidence sentence, its place, its day, its type and its date
    as written."""
    members = _members_on(day)
    sides = {c or HOME_COUNTRY for c in countries}
    home = HOME_COUNTRY in sides
    nato = NATO in sides
    allies = sides & members
    third = sides - {HOME_COUNTRY, NATO} - members
    nato_text, home_text = text_sides(text)
    place = resources.country_of_place(location)
    abroad = bool(place) and place != HOME_COUNTRY and place not in members  # a third country's soil
    if third:
        if nato or allies:
            if home or event_type in MULTILATERAL and not abroad:
                return "azerbaijan-nato"  # a partnership exercise or conference with several partners
            return "nato-other"  # NATO's commander meets Russia's chief of staff, even in Baku
        if home:  # Azerbaijan with a third country only, unless in a NATO exercise or conference both take part in
            return "azerbaijan-nato" if nato_text and event_type in MULTILATERAL else "other"
        return "nato-other" if nato_text else "other"
    if home and nato:
        return "azerbaijan-nato"
    if home and allies:
        return "azerbaijan-nato" if nato_text else "azerbaijan-ally"
    if nato or allies:
        if abroad:
            return "nato-other"  # NATO's leader on a visit to a neighbour
        if not (home_text or place == HOME_COUNTRY or event_type == "meeting"):
            return "other"  # NATO on its own: a press conference at headquarters (a meeting has a second side)
        return "azerbaijan-nato" if nato or nato_text else "azerbaijan-ally"
    # Azerbaijani participants only, or nobody named: the country's part in a NATO story
    if not sides and nato_text and not home_text and place in members:
        return "other"  # NATO on its own at an Ally's venue, the home country unnamed: a summit, a Council meeting
    if _domestic(text, date_text):
        return "other"
    if abroad and not (home or home_text):
        return "nato-other" if nato_text else "other"
    return "azerbaijan-nato"
