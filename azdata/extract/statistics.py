"""Numbers a sentence reports, with their qualifier ("up to"), what they count and their kind
(count, duration, money, percent, ordinal); dates, years, labels and name parts are left out."""
from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from .. import resources
from ..dates import find_dates
from ..gates import DIGITS, Gated, shortest_prefixes
from ..memo import per_sentence
from ..read import Sentence
from .model import Statistic
from .triggers import clause_of, clause_spans

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300, "dozen": 12,
                "a dozen": 12, "a thousand": 1000, "one thousand": 1000}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                 "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
QUALIFIERS = [("up to", "up to"), ("as many as", "up to"), ("more than", "more than"), ("over", "more than"),
              ("at least", "at least"), ("about", "about"), ("around", "about"), ("approximately", "about"),
              ("roughly", "about"), ("some", "about"), ("nearly", "nearly"), ("almost", "nearly"),
              ("close to", "nearly"), ("less than", "up to"), ("fewer than", "up to"),
              ("a total of", "exactly"), ("total of", "exactly"),
              # the longer phrase is found first (the leftmost match): "no fewer than" is "at least", never
              # the "fewer than" inside it
              ("a maximum of", "up to"), ("not more than", "up to"), ("no more than", "up to"),
              ("no fewer than", "at least"), ("no less than", "at least"), ("not less than", "at least"),
              ("not fewer than", "at least"), ("a minimum of", "at least"), ("an estimated", "about"),
              ("an approximate", "about"), ("estimated", "about"), ("just under", "nearly"),
              ("just short of", "nearly"), ("just below", "nearly")]
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
for _t in TENS:
    for _i, _u in enumerate(UNITS, 1):
        NUMBER_WORDS[f"{_t}-{_u}"] = NUMBER_WORDS[_t] + _i
        ORDINAL_WORDS[f"{_t}-{UNIT_ORDINALS[_i - 1]}"] = NUMBER_WORDS[_t] + _i  # "twenty-fifth"
QUALIFIER_OF = dict(QUALIFIERS)
LABEL_BEFORE = re.compile(r"\b(?:Article|Level|Resolution|Section|Chapter|Phase|Stage|No\.|Number|Protocol|Paragraph"
                          r"|Point|Item|Annex|Rule|Round|Part|Module|Block|Tier|Step)\s+$")
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
NUMBER_IN_WORDS = (r"(?:an?\s(?=hundred|thousand|million|billion|dozen))?" + _cardinal
                   + r"(?:(?:\s|-)(?:and\s)?" + _cardinal + r")*")
# thousands grouped with commas or with spaces ("14 578", the Russian and French way; a full space, no-break or thin)
NUMBER = Gated(r"(?<![\w.,$€£/-])(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
               r"|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?"
               r"|(?ai:" + NUMBER_IN_WORDS + r"))"  # (ASCII case only: Azerbaijani "sıx" is no "six")
               r"(?:\s(million|billion|thousand))?(?![\w]|,\d|\.\d)(-\w+)?",
               ["$", "€", "£"] + DIGITS + shortest_prefixes(list(CARDINAL_WORDS) + ["a ", "an "]), fold=True,
               starts=True)
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "2.000", "23.585.545": thousands grouped with dots
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")  # "2.000 soldiers", not "2.000%" nor "2.000 million"
# "16th", "the fourth time" -- not "First Deputy Minister", where the word is part of an office
# ("twenty-fifth" whole, never the "fifth" in it: the longer words are tried first)
ORDINAL = Gated(r"(?<![\w-])(\d+)(st|nd|rd|th)\b|(?<![\w-])(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
                + r")\b", DIGITS + list(ORDINAL_WORDS))
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
ELLIPTICAL_VERB = re.compile(r"\s+(?:voted|abstained|returned|left|died|arrived|departed|came back|graduated"
                             r"|took part|(?:were|have been) (?:deployed|sent|dispatched))\b")
# "EUR 2 million", "USD 300,000", "AZN 5 million": the currency written before the figure
CURRENCY_BEFORE = re.compile(r"\b(?:EUR|USD|AZN|GBP|euros?|dollars?|manats?)\s+$")
# "a contingent some 120-strong": the noun the suffix describes comes before the figure
# (a determiner, the noun, then the figure or its qualifier: not "its own 120-strong unit")
NOUN_BEFORE_SUFFIX = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+([a-z]+),?\s+$")
NOT_A_NOUN = {"own", "new", "first", "second", "third", "additional", "other", "entire", "whole", "next", "last",
              "latest", "further", "special", "joint", "national", "military", "same", "total", "combined"}
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
NUMBER_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+)?number\s+of\s+(?:[A-Za-z-]+\s+){0,2}?"
                              r"([a-z]+s)(?:\s+(?:in|at|of)\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})?"
                              r"\s+(?:(?:has\s+|had\s+)?(?:rose|risen|grew|grown|reached|increased|fell|dropped)\s+)?"
                              r"(?:to|at|is|was|stands at|stood at|reached)\s+$")
# the parts of a total just counted: "<n> <unit> in all: <a> from X and <b> from Y"
BREAKDOWN_AFTER = re.compile(r"\s+(?:of them|of whom|(?:were |came |come )?from)\b")
# "a platoon of the army, 34 strong,": a number followed by "strong" sizes the group named before it
STRONG_AFTER = re.compile(r"\s+strong\b")
NOUN_BEFORE_STRONG = re.compile(r"\b(?:platoon|company|battalion|contingent|unit|team|detachment|group|force|brigade)"
                                r"\b[^.;:]{0,60},\s*$", re.I)


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


@per_sentence(maxsize=16384)
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
        if value is None and DOT_GROUPED.fullmatch(raw) and not m.group(3) and (
                raw.count(".") > 1 or LOWER_WORD_AFTER.match(text, m.end())):
            value = float(raw.replace(".", ""))  # "2.000 soldiers": thousands grouped with a dot, not a decimal
        if value is None:
            try:
                value = float(re.sub(r"[,\s\u00a0\u202f]", "", raw))
            except ValueError:
                continue
        if m.group(3):
            value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(3)]
        value = int(value) if float(value).is_integer() else value
        before = text[max(0, m.start() - 80):m.start()]  # what the rules look at before the figure (linear time)
        after = text[m.end():m.end() + 200]  # the unit is read in the first words after the figure
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
            head = before[:len(before) - len(before[-24:]) + q.start(1)] if q else before  # before the qualifier
            noun_before = NOUN_BEFORE_SUFFIX.search(head[-40:])
            if noun_before and noun_before.group(1) not in STOP_WORDS | NOT_A_NOUN:
                unit = noun_before.group(1)  # "a contingent (some) 120-strong serves"
            else:
                unit = noun.group(1) if noun else suffix[1:]
            add(Statistic(value, qualifier, unit, "count",
                                 _context(text, start), s))
            continue
        if suffix:
            kind = "duration" if suffix.strip("-").rstrip("s") in {"year", "day", "month", "week", "hour"} else (
                "money" if suffix.strip("-") in MONEY_UNITS else "")
            if kind:
                add(Statistic(value, qualifier, "", kind, _context(text, start), s))
                out[-1].unit = suffix.strip("-")
            continue
        if (m.group(1) or CURRENCY_BEFORE.search(before[-12:])
                or m.group(3) and re.match(r"\s+(?:" + "|".join(MONEY_UNITS) + r")\b", after, re.I)):
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
            elif number_of := NUMBER_OF_BEFORE.search(before):
                # "raised the number of member states to 30": the noun counted comes before the figure
                unit, kind = number_of.group(1), "count"
            elif previous_unit and BREAKDOWN_AFTER.match(after):
                unit, kind = previous_unit, "count"  # "60 officers: 25 from A and 35 from B": the total's unit
            elif STRONG_AFTER.match(after) and NOUN_BEFORE_STRONG.search(
                    before[:len(before) - len(before[-24:]) + q.start(1)] if q else before):
                unit, kind = "personnel", "count"  # "a platoon, 34 strong,": the size of a unit of troops
            elif re.match(r"\s+(?:to|and)\s+\d", after):
                nxt = re.match(r"\s+(?:to|and)\s+[\d,]+(\s+.*)", after)
                unit, kind = _unit(nxt.group(1)) if nxt else ("", None)
                if kind is None:
                    continue
            else:
                continue
        if kind == "count" and isinstance(value, int) and 1900 <= value <= 2100 and raw.isdigit():
            continue
        if kind == "count" and not raw[0].isdigit() and value <= 3 \
                and re.search(r"\b(?:the|both|these|those)\s+$", before, re.I) and (
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


def day_count(word: str) -> int | None:
    """The number of days a word says ("two", "3"), or None."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _unit(after: str) -> tuple[str, str | None]:
    """The noun a number counts ('NATO events', 'Mi-17 transport helicopters') and its kind."""
    if not re.match(r"\s", after):
        return "", None
    phrase = re.split(r"[,.;:()“”\"]|\s[-–—]\s", after, maxsplit=1)[0]
    tokens = re.findall(r"[\w’'-]+|%", phrase)[:5]
    if not tokens:
        return "", None
    if len(tokens) > 2 and tokens[0].lower() == "of" and tokens[1].lower() in ("the", "these", "those", "its", "their"):
        tokens = tokens[2:]  # "fewer than <number> of the <people>"
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
        if low in COUNT_NOUNS or low.endswith("men") or (low.endswith("s") and not low.endswith(("ss", "us", "is"))
                                                         and len(low) > 2
                                                         and (not tok[:1].isupper() or _capitalised_plural(tok))):
            words = [w for w in unit if w.lower() not in ("more", "additional", "other", "new", "extra", "such")]
            return " ".join(words), "count"
        if ACRONYM_PLURAL.fullmatch(tok):  # "three MPs", "12 UAVs"
            return " ".join(w for w in unit if w.lower() not in ("more", "additional", "other", "new", "extra",
                                                                  "such")), "count"
    return "", None


@lru_cache(maxsize=64)
def _clauses(text: str) -> list[tuple[int, int]]:
    """clause_spans, once per sentence however many figures it holds."""
    return clause_spans(text)


def _capitalised_plural(tok: str) -> bool:
    """"20 Partnership Goals": a capitalised plural that is no place or country."""
    return len(tok) > 4 and tok not in resources.country_names() and tok not in resources.cities() \
        and tok not in resources.demonyms() and not tok.isupper()


def _context(text: str, pos: int) -> str:
    clauses = _clauses(text)
    c = clauses[clause_of(pos, clauses)]
    return text[c[0]:c[1]].strip()[:120]
