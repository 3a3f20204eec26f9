"""Stage 2b: the speaker labels of transcripts and press briefings.

A transcript opens each turn with its speaker's name, often in capitals and with an office in
brackets ("JOHN SMITH (Spokesman, NATO): ..."), or written as usual ("John Smith: ...").  The
capitals are no name to the mention reader, which wants a capital and then small letters; this
reader turns such a label into a mention of a person, and tells the story stage who speaks, so that
the "we" and "our" of the turn name that speaker.
"""
from __future__ import annotations

import re

from . import resources
from .names import PARTICLES, Mention, split_name
from .offices import country_of
from .resources import fold

_CAPS_WORD = r"[A-Z][A-Z’'-]+"
# "JOHN SMITH:", "JAN DE VRIES (Secretary General, NATO):" at the start of a turn
CAPS_LABEL = re.compile(r"((?:" + _CAPS_WORD + r"\s){1,4}" + _CAPS_WORD + r")\s?(?:\(([^()\n]{2,80})\))?:\s")
# "John Smith:", "John Smith (Spokesman):": the same label in the usual case (its mention is read as usual)
# ("Minister of Defence <Name>:": an office with its small words may open it)
LABEL = re.compile(r"[A-Z][\w’'-]+(?:\s(?:[A-Z][\w’'-]+|of|for|the|and|" + "|".join(sorted(PARTICLES)) + r")){1,6}"
                   r"\s?(?:\([^()\n]{2,80}\))?:\s")


# "Remarks by", "Speech by", "Statement by": what the line under a page's heading gives, before its "by"
SPOKEN_KIND = r"(?:(?:[A-Z][a-z]+\s+){0,2}(?:[Ss]peech|[Rr]emarks|[Ss]tatement|[Aa]ddress|[Ii]ntervention)\s+)?"
# "by NATO Secretary General, Lord Robertson", "by the President of <country>, <name> and <office>, <name>":
# the line under a speech's or briefing's heading that names who gives it
BYLINE = re.compile(SPOKEN_KIND + r"[Bb]y\s+(?:the\s+)?([A-Z][^,\n]{2,80}),\s+[A-Z][^\n]{2,160}")


# "by H.E. Mr. <name>\n<office> at <meeting>": the name first, the office on the line below (or after a comma; the
# office and the meeting may run over several lines, "<office>\nat the meeting of <body>\n<day> - <venue>")
BYLINE_NAME_FIRST = re.compile(SPOKEN_KIND + r"[Bb]y\s+(?:H\.\s?E\.\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                               r"[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,3}(?:\s*\n|,)\s*(?:the\s+)?"
                               r"([A-Z][^\n]{2,160}(?:\n[^\n]{2,80}){0,3})")


def speaker_byline(line: str) -> bool:
    """A heading line "by <office>, <name>" (an office before the comma, no full stop), or "by <name>" over
    "<office> at <meeting>": who speaks below."""
    if line.rstrip().endswith("."):
        return False
    line = line.strip()
    if not re.match(r"[Bb]y\s", line) and not re.search(r"\sat\s", line):
        return False  # "Speech by <name>, <office>, on the partnership": given at no gathering the line names
    matches = (BYLINE.fullmatch(line), BYLINE_NAME_FIRST.fullmatch(line))
    return any(m and any(w in resources.title_words() for w in m.group(1).split()) for m in matches)


def opens_turn(sentence: str) -> bool:
    """The sentence opens with a speaker's label, in capitals or not."""
    return turn_label_end(sentence) > 0


def turn_label_end(sentence: str) -> int:
    """Where the speaker's label that opens the sentence ends ("Secretary General <Name>: "), 0 if none."""
    m = CAPS_LABEL.match(sentence) or LABEL.match(sentence)
    return m.end() if m else 0


def label_mention(sentence: str, offset: int = 0) -> Mention | None:
    """The person a capitals label at the start of the sentence names, with the office in its brackets;
    None when the label's words are an office, a body or a place ("NATO SPOKESMAN:", "Q:")."""
    m = CAPS_LABEL.match(sentence)
    if not m:
        return None
    words = [fold(w) if fold(w) in PARTICLES else "-".join(part.capitalize() for part in w.split("-"))
             for w in m.group(1).split()]
    stop = resources.title_words() | resources.non_name_words()
    if any(w in stop or w in resources.country_names() or w.upper() in resources.country_names()
           or w in resources.organisation_words() for w in words):
        return None
    first, surname, _ = split_name(words)
    if not first:
        return None
    office = m.group(2) or ""
    mention = Mention(offset + m.start(1), offset + m.end(1), " ".join(words), first, surname)
    mention.title = office.split(",")[0].strip()
    mention.office_words = frozenset(fold(w) for w in re.findall(r"[\w-]+", office))
    mention.country, mention.country_explicit = country_of(office)
    mention.subject = mention.evidence = True
    return mention
