"""Stage 2b: what the words around a name say about the person: rank, title (the office as written),
the words of that office (which later name the person: "the Minister", "the head of state"), the
country the person speaks for, and whether the context marks a person at all.

``names.py`` finds the names; this module reads their surroundings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import resources
from .config import HOME_COUNTRY
from .gates import Gated
from .resources import fold

POSSESSIVE = ("’s", "'s")
ROLE_NOUNS = resources.role_nouns()  # resources/role_nouns.txt


# a meeting verb right before a name ("<surname> met <first name> <surname>"), or the agent of one ("chaired by",
# "presentations were made by"), also the second of two agents ("made by <name> and <name>")
_AGENT_VERBS = (r"paid|received|introduced|presented|hosted|accompanied|led|headed|chaired|opened|signed|welcomed"
                r"|attended|addressed|made|given|delivered|moderated|conducted|run|taught")
MET_BEFORE = re.compile(r"\b(?:met|met with|received|hosted|welcomed|congratulated|thanked|invited|visited|phoned"
                        r"|telephoned|called"
                        r"|talks with|meeting with|(?:" + _AGENT_VERBS + r") by"
                        r"|(?:" + _AGENT_VERBS + r") by\s+(?:[A-Z][\w’'.-]*\s+){1,4}and)\s+$")


def without_possessive(word: str) -> str:
    """"Hasanov’s" -> "Hasanov" (a string test: this runs for every capitalised word)."""
    return word[:-2] if word.endswith(POSSESSIVE) else word


CUT = Gated(r"(?:\bled by|\bheaded by|\bmet with|\bwith|\bbetween|\bby|\breceived|\bmeeting|\btalks|[;:“”\"])",
            ["led by", "headed by", "met with", "with", "between", "by", "received", "meeting", "talks",
             ";", ":", "“", "”", '"'], starts=True)
PEOPLE_LIST = re.compile(r"\b(?:MPs|deputies|lawmakers|parliamentarians|members|officials|delegates"
                         r"|participants|speakers"
                         r"|representatives|officers|generals|ministers|ambassadors)\b(?:[^.;:]{0,30}:)?\s*"
                         r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3},\s*)*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}\s+)?"
                         r"(?:and\s+)?$")
# "Attending the talks were <name> and <name>", "Representing <country> are <name>, <name> and <name>": the names
# a verb of taking part introduces, after the verb of being (the inverted subject)
INVERTED_CUE = re.compile(r"\b(?:[Aa]ttending|[Jj]oining|[Aa]ccompanying|[Rr]epresenting|[Pp]resent|[Tt]aking part"
                          r"|[Pp]articipating|on hand)\b[^.;:]{0,60}?\s(?:were|are|was|is|will be)\s+(?:also\s+)?"
                          r"(?:[A-Z][\w.’'-]*,?\s+|and\s+)*$")
AND_AFTER_WORD = Gated(r"([\w’'-]+)\s+and\b", ["and"])


def _cut_clause(clause: str, is_name_word) -> str:
    """The part of a clause that describes the next name: after "led by", "met with", ...; after an
    "and" that follows another person's name ("Gerasimov and U.S. Joint Chiefs ... Chairman"), but
    not inside one office ("Political Affairs and Security Policy")."""
    cut = 0
    for m in CUT.finditer(clause):
        cut = m.end()
    for m in AND_AFTER_WORD.finditer(clause, cut):
        if is_name_word(m.group(1)):
            cut = m.end()
    return clause[cut:]


WHO_AFTER = re.compile(r"^,?\s(?:who|whom)\s")
ORIGIN = re.compile(r"^\s+(?:from|of|at)\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*\s?)")  # see CAPITAL_RUN
OFFICE_ACROSS_COMMAS = re.compile(r"\b(?:the|The)\s+(?:[a-z]+\s+)?(?:speaker|chairman|chairwoman|chair|head|rector"
                                  r"|director|commander|chief)\s+of\s+(?:[^,;]{2,60},\s(?=[A-Z])){1,2}[^,;]{2,60},\s*$")
NEXT_OF_PEOPLE = re.compile(r"^and\s+(?:his|her|their|the|its)\b")
# (whole words: ", at the press point" opens no office)
APPOSITIVE_START = re.compile(r"^(?:(?:the|a|an|its|his|her|acting|former|head|deputy|chief|director|senior)\b|[A-Z])")
NOT_RANK_AFTER = re.compile(r"\b(?:Secretary|Consul|Attorney|Director|Inspector|Surgeon|Governor|Secretary-)\s*$")


WORD_DOT = re.compile(r"[\w’'.-]+")
WORD_QUOTE = re.compile(r"[\w’'-]+")
OF_THE_END = re.compile(r"\bof(?:\s+the)?\s+$")


@lru_cache(maxsize=None)
def _rank_at_end() -> re.Pattern:
    return re.compile(r"(" + resources.rank_pattern().pattern + r")\s*$")


def tail_start(text: str, reach: int) -> int:
    """Where to start looking for something of at most ``reach`` characters (plus blank space)
    that must end the text: the text before it cannot change the match, look-behinds included."""
    return max(0, len(text.rstrip()) - reach)


def _last_words(pattern: re.Pattern, text: str, n: int) -> list[str]:
    """The last n matches of a word pattern, read from the end of the text when that is enough:
    with more than n matches in the last stretch, the last n are whole words."""
    found = pattern.findall(text, max(0, len(text) - 24 * n))
    return found[-n:] if len(found) > n or len(text) <= 24 * n else pattern.findall(text)[-n:]


def _role_first(text: str) -> bool:
    """The text opens with a role noun followed by "of", "for", "at", "in" or "to" (", secretary of the ...")."""
    m = re.match(r"\s*([a-z]+)\s+(?:of|for|at|in|to)\b", text)
    return bool(m) and m.group(1) in ROLE_NOUNS


COUNTERPART_BEFORE = re.compile(r"\bcounterparts?,?\s+$")


def describe(mention, sentence: str, s: int, e: int, lead_text: str, is_name_word) -> None:
    """Rank, title, office words and country of a mention, and whether the context marks a person (its
    ``subject`` is set already); ``is_name_word`` tells a name's word (names.py)."""
    before = sentence[:s]
    after = sentence[e:]
    rank = ""
    rm = _rank_at_end().search(before, tail_start(before, 40))
    if rm and not NOT_RANK_AFTER.search(before[:rm.start()]):
        rank = resources.ranks()[rm.group(1)]
    mention.rank = rank
    if rank and lead_text.endswith(rm.group(1)):
        lead_text = lead_text[: -len(rm.group(1))].strip()
    has_title = any(w in resources.title_words() for w in lead_text.split()) or bool(rank)
    prev_words = _last_words(WORD_DOT, before, 3)
    after_of = bool(OF_THE_END.search(before))
    role_before = not after_of and any(
        w.lower().rstrip(".") in ROLE_NOUNS for w in prev_words)
    app = re.match(r"^,\s*([^,.;]{2,140})", after)
    # (", the minister of ...", ", Head of ...", or a role noun in lower case: ", secretary of the faction")
    appositive = app.group(1).strip() if app and (APPOSITIVE_START.match(app.group(1).strip()) or _role_first(
        app.group(1))) else ""
    role_after = bool(appositive) and any(
        without_possessive(w).lower() in ROLE_NOUNS or w in resources.title_words()
        for w in WORD_QUOTE.findall(appositive)[:10])
    if not role_after:
        appositive = ""
    # ("<name>, and his deputy <name>", "<name>, and the delegation members ...": the next of a list of people
    # with their offices; evidence of a person, but no office or country of this one)
    role_after = role_after or bool(app) and bool(NEXT_OF_PEOPLE.match(app.group(1).strip())) and any(
        without_possessive(w).lower() in ROLE_NOUNS for w in WORD_QUOTE.findall(app.group(1))[:6])
    # "Denis Samut, who heads the organisation": only a person is described by "who"
    who_after = " " in mention.text and bool(WHO_AFTER.match(after))
    # an office a few words back in the same clause ("Special Representative for <region> and <region>
    # <first name> <surname>"), or a meeting verb right before ("<surname> met <first name> <surname>")
    clause_before = re.split(r"[,;:()“”\"]", before)[-1]
    office_back = not after_of and any(w.lower().strip("’'s") in ROLE_NOUNS or w in resources.title_words()
                                       for w in _last_words(WORD_QUOTE, clause_before, 12))
    met_before = bool(MET_BEFORE.search(before, tail_start(before, 120)))
    # "The delegation comprises <number> <role>: <name>, <name> and <name>."
    listed = bool(PEOPLE_LIST.search(before)) or bool(INVERTED_CUE.search(before, tail_start(before, 160)))
    # "the chairman of the Committee on <field>, <field> and <field>, <name>": an office whose body's
    # name holds commas, set off by a comma before the name
    office_across = bool(OFFICE_ACROSS_COMMAS.search(before, tail_start(before, 170)))
    # the words that describe the person: the clause before the name, back to a cut
    # ("led by", "met with", ...), and the office set off by a comma in it
    clause = _clause_before(before, lead_text, rank, rm, is_name_word)
    described = _described(clause)
    # an office set off by a comma also marks a person: "the Deputy ... Secretary General, Anne-Marie Kessler,"
    # "his Turkish counterpart, <name>": one who holds the same office as someone named
    counterpart = bool(COUNTERPART_BEFORE.search(before, tail_start(before, 20)))
    mention.evidence = (has_title or role_before or role_after or mention.subject or office_back or met_before or listed
                        or bool(described) or who_after or office_across or counterpart)
    mention.title = _title(lead_text, described, appositive)
    if mention.title.endswith(mention.text):  # "..., Curtis Scaparrotti" repeated in the office
        # (tested first: a pattern made of the name is compiled anew for every new name, ~0.3 ms)
        own = re.escape(mention.text)
        mention.title = re.sub(r"(?:\s+(?:[A-Z][\w.-]*\s+){0,3})?" + own + r"$", "", mention.title)
    mention.title = mention.title.strip()
    words = re.findall(r"[\w-]+", " ".join((described, lead_text, appositive, mention.title)))
    mention.office_words = frozenset(fold(w) for w in words)
    # a few words right before the name ("<country>’s ambassador", "<country> <body> Chairman Gen.")
    # and a "from NATO Headquarters" after it also say whom the person speaks for
    near = clause if not clause.endswith(",") else ""
    near = " ".join(near.split()[-6:]) + " " + lead_text
    origin = ORIGIN.match(after)
    context = " ".join(x for x in (described, near.strip(), appositive, origin.group(1) if origin else "") if x)
    mention.country, mention.country_explicit = country_of(context)
    if not mention.country_explicit:
        # the city nearest before the name, as a weak hint ("in Yerevan ... meet Prime Minister X")
        best = None
        for cm in resources.city_pattern().finditer(before):
            best = (cm.start(), resources.cities()[cm.group(1)])
        if best and best[1] != HOME_COUNTRY and not re.search(r"\b(?:NATO|Alliance)\b", before + after):
            mention.country = best[1]


def _clause_before(before: str, lead_text: str, rank: str, rm, is_name_word) -> str:
    clause = before[:rm.start()].rstrip() if rank else before.rstrip()
    if lead_text and clause.endswith(lead_text):
        clause = clause[: -len(lead_text)].rstrip()
    return _cut_clause(clause, is_name_word)


# where a noun phrase of a clause starts: a determiner after a lower-case word that is no connector ("met the <office>")
NOUN_PHRASE_START = re.compile(r"\b(?!(?:of|for|and|to|on|in|at|with|from|by)\b)[a-z]+\s+(?=(?:the|a|an)\s)")


def _described(clause: str) -> str:
    """The office set off by a comma before the name: "the Chairman of the <organisation> <body>, X"."""
    if not clause.endswith(","):
        return ""
    segments = [seg.strip() for seg in clause[:-1].split(",") if seg.strip()]
    described = segments[-1] if segments else ""
    starts = [m.end() for m in NOUN_PHRASE_START.finditer(described)]
    if starts:  # "the envoy met the President of <country>, X": the phrase after the verb, not the clause
        described = described[starts[-1]:]
    if described and any(w in resources.title_words() or w.lower() in ROLE_NOUNS
                         for w in re.findall(r"[\w-]+", described)):
        return described
    return ""


def _title(lead_text: str, described: str, appositive: str) -> str:
    given = lead_text.split()
    # (a possessive is dropped, "Azerbaijan's Foreign Minister", unless an office's own: "Secretary General's
    # Special Representative", "Commander of Azerbaijan's Naval Forces")
    words = [w for i, w in enumerate(given) if w not in resources.demonyms()
             and not (w.endswith(POSSESSIVE) and not (i and (given[i - 1] in resources.title_words()
                                                              or given[i - 1] == "of")))]
    while len(words) > 1 and words[0] not in resources.title_words() and (  # "Yesterday President", "Noting ..."
            words[0].endswith("ing") or words[0].lower() in ("yesterday", "today", "tomorrow")):
        words = words[1:]
    text = " ".join(words).strip()
    if text and any(w in resources.title_words() for w in text.split()):
        return _clean_title(text)
    if described:
        return _clean_title(described)
    if appositive:
        return _clean_title(appositive)
    return ""


# (and the copula of an inverted sentence: "Present at the meeting was the <office>, <name>")
TITLE_ARTICLE = re.compile(r"^(?:(?:was|were|is|are)\s+)?(?:the|a|an|acting|former)\s+|^(?:was|were|is|are)\s+",
                           re.IGNORECASE)
TITLE_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
TITLE_END = re.compile(r"[…\s.]+$")


def _clean_title(text: str) -> str:
    text = TITLE_ARTICLE.sub("", " ".join(text.split()))  # (a hard-wrapped page's line breaks inside the office)
    text = TITLE_BRACKETS.sub("", text)
    text = TITLE_END.sub("", text)
    return text[:1].upper() + text[1:] if text else text


def country_of(context: str) -> tuple[str, bool]:
    """The country a person speaks for, read from the words around the name.

    A country named after "to" or "in" is where the person is posted, not whom
    they represent; a NATO body with no country means NATO.
    """
    countries = []
    for m in resources.country_pattern().finditer(context):
        pre = context[max(0, m.start() - 4):m.start()]
        if re.search(r"\b(?:to|in)\s$", pre):
            continue
        countries.append(resources.country_names()[m.group(1)])
    if countries:
        return countries[0], True
    if resources.nato_pattern().search(context):
        return "NATO", True
    return HOME_COUNTRY, False
