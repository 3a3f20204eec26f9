"""Stage 2b: people named in a text, with rank, title, country and aliases.

A person is a run of capitalised name words (``Zakir Hasanov``, ``Jaap de Hoop
Scheffer``, ``Carter F. Ham``) that the context marks as a person: a rank or
office before it, an office after a comma, or a verb of speech or action.
Later short forms (``Z.Hasanov``, ``Hasanov``, ``Scaparotti``, ``the Secretary
General``) are resolved to the people already found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import resources
from .memo import per_sentence
from .offices import POSSESSIVE, describe, tail_start, without_possessive
from .resources import fold

ORG_WORDS = resources.organisation_words()  # resources/organisation_words.txt
# an organisation word after a name, in any case, past a closing quote and a gloss: '"Yeni Azerbaijan" (New
# Azerbaijan) party', 'the Green Future movement': the words name a body, not a person
ORG_AFTER = re.compile(r"[”\"’']?\s?(?:\([^()]{1,40}\)\s?)?(?:" + "|".join(sorted(ORG_WORDS)) + r")\b", re.IGNORECASE)
# "Ilham Heydar oglu Aliyev": a patronymic (father's name + oglu/qizi) stands between given name and surname
PATRONYMICS = {"oglu", "oğlu", "qizi", "qızı", "gizi", "kizi", "ogly", "kyzy"}
# "the British deputy Stanford", "the defence minister Hasanov": a lower-case office before one name word
ROLE_WORD_BEFORE = re.compile(r"\b(?:the|The)\s+(?:[A-Z][a-z]+\s)?(?:deputy|MP"
                              r"|lawmaker|parliamentarian|ambassador|envoy"
                              r"|minister|diplomat|spokesman|spokeswoman|spokesperson|senator|congressman)\s$"
                              # (the body's name may hold commas: "the Committee on Defence, Security and ...")
                              r"|\b(?:the|The)\s+(?:speaker|chairman|head|rector|director|commander|chief)\s+of\s+"
                              r"(?:[^,;]{2,50},\s(?=[A-Z])){0,2}[^,;]{2,50},\s$")
# what a gathering or a body is about: "a forum on Regional Security", "the Centre for Strategic
# Studies" -- the capitalised words after it name a topic, never a person
TOPIC_BEFORE = re.compile(r"\b(?:Forum|Conference|Summit|Symposium|Seminar|Workshop|Course|Dialogue|Days|Week|"
                          r"Festival|Congress|Session|Award|Prize|" + "|".join(sorted(ORG_WORDS)) +
                          r")\s+(?:on|for|of|in)\s+(?:the\s+)?$")
# "the Azerbaijani outlet Minval Politika", "the newspaper Xalq Qazeti": the name of a medium, not of a person
MEDIUM_BEFORE = re.compile(r"\b(?:outlet|newspaper|news agency|agency|channel|website|web site|portal|news site|daily"
                           r"|weekly|magazine|broadcaster|TV channel|radio station)\s+$")
# "<Name> wrote of it on its own <channel>": a medium that reports on its own channel, not a person
MEDIUM_ITS_AFTER = re.compile(r"\s+(?:wrote|writes|reported|reports|said|says|posted|posts|published|publishes)\b"
                              r"[^.;]{0,40}?\bits\s+(?:own\s+)?(?:Telegram|website|web\s?site|site|channel|page|account"
                              r"|X|Twitter|Facebook|feed)\b")
# "an exercise called <Name> <year>", "the <Name> <year> drills": a name that goes on with a year, or that
# follows "called"/"named", names an event, not a person
NAMED_BEFORE = re.compile(r"\b(?:(?:exercises?|drills|manoeuvres|maneuvers|operation|programme|program|project"
                          r"|initiative|course|event)\s+(?:called|named)|dubbed|code-named|codenamed|entitled|titled)"
                          r"\s+[\"“«']?$", re.I)
YEAR_AFTER = re.compile(r"[-\s]+(?:19|20)\d\d\b(?![-/.]\d)")
# "the <Name> Closing Ceremony", "<Name> exercise", "<Name>, the biggest multinational exercise in the region":
# the capitalised words name a gathering, not a person (not "<name>, the exercise director", "<name>, the head
# of the drills", "<name>, the minister who opened the exercise")
GATHERING_AFTER = re.compile(r"[”\"’']?(?:\s+|,\s+(?:the|an?|this|its)\s+(?:(?!(?:of|for|at|in|with|by|who|which"
                             r"|that|and)\b)[\w-]+\s+){0,3}?)(?:ceremony|exercises?|drills|war\s+games|manoeuvres"
                             r"|maneuvers)(?![\w’'-])(?!\s+(?:director|commander|chief|head|leader|officer|participants?"
                             r"|planners?|manager|coordinator|control|staff|team))", re.I)
# "As <outlet> has reported, ...": a medium reports
AS_BEFORE = re.compile(r"\bAs\s+$")
REPORTED_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:reported|reports|writes|wrote|informed)\b")
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ibn", "del", "dos", "ter"}
PARTICLE_LENGTH = max(map(len, PARTICLES))
TOKEN = re.compile(r"[A-Z]\.(?=\s?[A-ZÀ-Þ])|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[’']s\b)?")
CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*")
# (also glued to a title or rank abbreviation: "Lt.Gen.K.Valiyev", "Mr.J.Colomina")
INITIAL_SURNAME = re.compile(r"(?:(?<![\w.])|(?<=\bMr\.)|(?<=\bMs\.)|(?<=\bDr\.)|(?<=\bGen\.)|(?<=\bCol\.)"
                             r"|(?<=\bLt\.)|(?<=\bMaj\.)|(?<=\bAdm\.)|(?<=\bCapt\.)|(?<=\bBrig\.)|(?<=\bProf\.))"
                             r"([A-Z])\.\s?([A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿā-ſ]+(?:-[A-Z][a-z]+)?)")
# (a body's words after a name: "<Name> Naval Academy", "<Name> Center for Security Studies")
ORG_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}?\s+(?:" + "|".join(sorted(ORG_WORDS)) + r")\b")
ROLE_NOUNS = resources.role_nouns()  # resources/role_nouns.txt
# verbs that report what someone said: the one list (participants and story read it too)
SPEECH_VERBS = ("said", "says", "recalled", "recalls", "noted", "notes", "added", "stressed", "underlined", "mentioned",
                "reiterated", "pointed out", "explained", "stated", "emphasised", "emphasized", "highlighted",
                "reminded", "informed", "told", "remarked", "commented", "affirmed", "asserted", "acknowledged")
RECALL_VERBS = ("recalled", "recalls", "reminded")  # of these, the ones that look back at an earlier event
VERBS = ("|".join(v for v in SPEECH_VERBS if " " not in v) + "|reminds|"
         "say|stresses|highlights|underlines|emphasizes|expressed|thanked|thanks|praised|briefed|spoke|speaks"
         "|discussed|held|met|meets"
         "|received|receives|visited|visits|arrived|arrives|tells|adds|welcomed|welcomes|greeted|greets|described|called"
         "|wrote|writes|pointed|appreciated|assessed|presented|gave|made|congratulated|attended|opened"
         "|urged|announced|voiced|hailed|signed|handed|addressed|paid|wrapped|ended|led|headed|chaired"
         "|reported|confirmed|declared|believes|believed|asked|answered|replied|continued|went"
         "|agreed|proposed|invited|commended|positively|highly|took|delivered|participated|inspected|observed"
         "|exchanged|considered|assured|shared|conveyed|reaffirmed|underscored|outlined|touched|saw|see|sees|laid|hosted|hosts|accompanied|led|visited"
         "|represented|represents|moderated|chaired|lectured|talked|phoned|telephoned|travelled|traveled|flew|came"
         "|meet|receive|visit|host|hold|attend|take|sign|discuss|address|lead|open|pay|travel|come|speak"
         # "X had talks with Y": the talks had, not the auxiliary
         r"|had(?=\s+(?:talks|a\s+meeting|meetings|consultations|an?\s+(?:[a-z]+\s+)?(?:conversation|exchange)))")
# A run of capitalised words is written word (space word)* (space)?: with the space optional inside a
# repeated group, "(?:[A-Z]\w*\s?)+", an upper-case word can be cut before any of its letters, and a
# failing match tries every cut (a sentence of thirty upper-case words took minutes). With the space
# required between words, a run splits one way only; the strings matched are the same.
CAPITAL_RUN = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*\s?"
SUBJECT_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?:\((?:[^()]{1,40})\)\s*)?(?:,[^,.;]{1,160},\s*)?(?:from (?:the )?" + CAPITAL_RUN + r")?"
    r"(?:of (?:the )?" + CAPITAL_RUN + r"(?:(?:at|of|in) (?:the )?" + CAPITAL_RUN + r")?)?"  # "X of the Y Centre said"
    # "A and B met", "A and Col. B, both spoke", "A and B, <office>, accompanied": the first of two subjects is one too
    r"(?:and (?:[a-z]+ ){0,3}?(?:[A-Z][a-z]{1,4}\.\s?){0,3}" + CAPITAL_RUN + r"(?:,[^,.;]{1,160},\s*)?)?"
    r"(?:(?:has|have|had|was|is|will|would|also|both|all|each|together|then|later|first|further|particularly"
    r"|jointly|personally"
    r"|recently|previously|once|already|again|subsequently|officially|briefly|now|currently"
    r"|is due to|are due to|is set to|is expected to|is to|plans to"
    r"|in turn|for his part|for her part|,"
    r"|today|yesterday|earlier|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in [A-Z][a-z]+)\s+)*"
    r"(?:" + VERBS + r")\b")
SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|according to|wrote)\s+(?:(?:the|of|[A-Z][\w.’'-]*)\s+){0,8}$")
_ROLE_REF = (r"(?:[a-z-]+\s)?(?:minister|ambassador|diplomat|envoy|chief|commander|admiral|general"
             r"|president|chairman|secretary general|rector|director|attaché|representative)")
# ("the Azerbaijani minister", "the Turkish head of state": the adjective names the holder's country)
TITLE_REF = re.compile(r"\b(?:the|The)\s+((?:NATO|Alliance’s|Alliance's)\s+)?((?:[A-Z][a-z]+\s)?head of state"
                       r"|[A-Z][a-z]+\s" + _ROLE_REF +
                       r"|[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s?"
                       r"|" + _ROLE_REF + r")\b")






def is_initial(token: str) -> bool:
    """"F." in "Carter F. Ham"."""
    return len(token) == 2 and token[1] == "." and "A" <= token[0] <= "Z"


@dataclass
class Mention:
    """One place in the text that names a person."""

    start: int
    end: int
    text: str
    first: str          # given names ("" for a surname-only or initial form)
    surname: str
    initial: str = ""
    rank: str = ""
    title: str = ""
    country: str = ""
    country_explicit: bool = False
    subject: bool = False
    evidence: bool = False
    person: int = -1     # index into the article's people, once resolved
    office_words: frozenset = frozenset()  # folded words of the office as written, "(SACEUR)" included

    def shifted(self, offset: int) -> Mention:
        """A copy ``offset`` characters further on (cheaper than dataclasses.replace)."""
        moved = object.__new__(Mention)
        moved.__dict__.update(self.__dict__)
        moved.start += offset
        moved.end += offset
        return moved


def _is_name_word(tok: str) -> bool:
    base = without_possessive(tok)
    if len(base) < 2 or not base[0].isupper() or base.isupper():
        return False
    if base in resources.non_name_words() or base.rstrip(".") in resources.non_name_words():
        return False
    if base in ORG_WORDS:  # "Hybrid Technologies", "Eastern Partnership Fund": a body's word is no one's name
        return False
    if "-" in base and any(part in resources.non_name_words() for part in base.split("-")):
        return False
    return any(c.islower() for c in base)


def _opening_participle(sentence: str, tok: tuple[int, int, str]) -> bool:
    """A sentence that opens with an -ing word ("Addressing ...", "Thanking ...", "Turning to ..."): a verb, not a
    given name (given names that end so are short: "Ying")."""
    start, _, word = tok
    return len(word) >= 6 and word.endswith("ing") and word[1:].islower() and not sentence[:start].strip(" “\"'‘(")


def _place_surname(token: str) -> bool:
    base = without_possessive(token)
    return (base in resources.country_names() or base in resources.cities()) and " " not in base \
        and base not in resources.demonyms() and not base.isupper()


INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s?$")  # "Z.Hasanov", "Z. Hasanov": the initial's reading names that one


def _surname_subject(sentence: str, word: str, end: int) -> bool:
    """"At the meeting <Surname> said ...": a lone word with a surname's ending (surname_endings.txt) that does
    what the sentence says is a person's surname, when it is no place the resources know."""
    return bool(resources.surname_ending_pattern().search(word)) and not _place_surname(word) \
        and word not in resources.capital_countries() and bool(SUBJECT_AFTER.match(sentence[end:]))


# "Mr. Lamers", "Dr. Novak": a courtesy title with its full stop names the surname after it
COURTESY_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof)\.\s$")


def _office_before(token: str) -> bool:
    word = token.rstrip(".")
    return word in {"President", "Minister", "Ambassador", "General", "Admiral", "Colonel", "Marshal", "Chairman",
                    "Commander", "Secretary-General", "Envoy", "Rector", "Director", "Speaker", "Mr", "Mrs", "Ms",
                    "Dr", "Gen", "Adm", "Col", "Lord", "Lady", "Sir", "Dame"} or token in resources.ranks()


def split_name(tokens: list[str]) -> tuple[str, str, str]:
    """-> (given names, surname, initial) of a name's tokens: a particle starts the surname
    ("Jaap de Hoop Scheffer" -> surname "de Hoop Scheffer"), else the last token is it."""
    for i, t in enumerate(tokens):
        if fold(t) in PARTICLES and i < len(tokens) - 1:
            surname = " ".join([fold(t)] + tokens[i + 1:]) if i == 0 else " ".join(tokens[i:])
            return " ".join(tokens[:i]), surname, ""
    if len(tokens) == 2 and KOREAN_GIVEN.fullmatch(tokens[1]):
        return tokens[1], tokens[0], ""  # "Ban Ki-moon": the family name first, the given name hyphenated
    return " ".join(tokens[:-1]), tokens[-1], ""


# a Korean given name as English-language outlets write it, hyphenated with a lower-case second part
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def find_mentions(sentence: str, offset: int = 0) -> list[Mention]:
    """Full-name and initial-name mentions in one sentence (not yet resolved)."""
    return [m.shifted(offset) for m in _find_mentions(sentence)]


def _name_tokens(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of the tokens a name can hold: capitalised ones, particles, initials.

    Other tokens only ever end a run of name tokens, and the gap test below sees them as text
    between two name tokens, so they are left out (building match objects for them cost more
    than the rest of the search). Every letter of the sentence belongs to a token, so a token
    is the first occurrence of its text after the previous one.
    """
    out, pos = [], 0
    for tok in TOKEN.findall(sentence):
        at = sentence.find(tok, pos)
        pos = at + len(tok)
        # an ASCII word longer than every particle cannot fold to one
        if tok[0].isupper() or (len(tok) <= PARTICLE_LENGTH or not tok.isascii()) and fold(tok) in PARTICLES \
                or tok in PATRONYMICS:
            out.append((at, pos, tok))
    return out


@per_sentence(maxsize=16384)
def _find_mentions(sentence: str) -> tuple[Mention, ...]:
    offset = 0
    toks = _name_tokens(sentence)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        # a run of tokens separated by single spaces, each capitalised, a particle or an initial
        j = i
        run = []
        while j < len(toks):
            s, e, t = toks[j]
            if run and sentence[run[-1][1]:s] not in (" ", "", "\n"):  # a hard-wrapped line breaks no name
                break
            if t[0].isupper() or fold(t) in PARTICLES or t in PATRONYMICS:
                run.append(toks[j])
                j += 1
                if t.endswith(POSSESSIVE):
                    break
                continue
            break
        if not run:
            i += 1
            continue
        i = max(j, i + 1)
        # name-able stretches inside the run
        k = 0
        if _opening_participle(sentence, run[0]):
            k = 1  # "Thanking Jens Stoltenberg for ...": the sentence opens with a verb, the name follows
        while k < len(run):
            if not (_is_name_word(run[k][2]) or (fold(run[k][2]) in PARTICLES and k + 1 < len(run) and k == 0
                                                  and _is_name_word(run[k + 1][2]))):
                k += 1
                continue
            m = k
            while m < len(run) and (_is_name_word(run[m][2]) or is_initial(run[m][2])
                                    or ((fold(run[m][2]) in PARTICLES or run[m][2] in PATRONYMICS) and m + 1 < len(run))
                                    # "Colonel Mark Jordan": a place name can end a name that has begun
                                    or (m > k and m + 1 == len(run) and _place_surname(run[m][2]))):
                m += 1
                if run[m - 1][2].endswith(POSSESSIVE):
                    break
            while m > k and (is_initial(run[m - 1][2]) or fold(run[m - 1][2]) in PARTICLES
                             or run[m - 1][2] in PATRONYMICS):
                m -= 1
            if m < len(run) and (run[m][2] in resources.ranks() or any(t in ORG_WORDS for _, _, t in run[m:m + 3])) \
                    or m > k and ORG_AFTER.match(sentence, run[m - 1][1]):
                k = m  # "Minister of Emergency Situations Colonel General X", "Seismic Survey Center": not names
                continue
            words = [without_possessive(t) for _, _, t in run[k:m]]
            if any(w in PATRONYMICS for w in words):  # "Ilham Heydar oglu Aliyev" -> Ilham Aliyev
                at = next(i for i, w in enumerate(words) if w in PATRONYMICS)
                words = words[:max(1, at - 1)] + words[at + 1:]
            if TOPIC_BEFORE.search(sentence, max(0, run[k][0] - 40), run[k][0]) or k == 1 and run[0][2] == "The" \
                    or MEDIUM_BEFORE.search(sentence, max(0, run[k][0] - 30), run[k][0]) \
                    or NAMED_BEFORE.search(sentence, max(0, run[k][0] - 20), run[k][0]) \
                    or m == len(run) and YEAR_AFTER.match(sentence, run[m - 1][1]) \
                    or GATHERING_AFTER.match(sentence, run[m - 1][1]) \
                    or MEDIUM_ITS_AFTER.match(sentence, run[m - 1][1]) \
                    or AS_BEFORE.search(sentence, max(0, run[k][0] - 4), run[k][0]) \
                    and REPORTED_AFTER.match(sentence, run[m - 1][1]):
                k = max(m, k + 1)  # "a forum on Regional Security"; "The Bug Pit": a work or body, not a person
                continue
            real = [w for w in words if not is_initial(w) and fold(w) not in PARTICLES]
            if len(real) >= 2 or (len(real) == 1 and fold(words[0]) in PARTICLES):
                s = run[k][0]
                e = run[m - 1][0] + len(words[-1])
                first, surname, _ = split_name(words)
                lead = _office_lead(sentence, run, k)
                mention = Mention(offset + s, offset + e, sentence[s:e].replace("\n", " "), first, surname)
                _describe(mention, sentence, s, e, lead)
                mentions.append(mention)
                taken.append((s, e))
            elif len(real) == 1 and m == k + 1 and not resources.is_outlet_word(words[0]) and (
                    k and _office_before(run[k - 1][2]) or not k and run[k][0] and (
                    ROLE_WORD_BEFORE.search(sentence, max(0, run[k][0] - 160), run[k][0])
                    or resources.rank_abbreviation_before().search(sentence, max(0, run[k][0] - 24), run[k][0])
                    or COURTESY_BEFORE.search(sentence, max(0, run[k][0] - 6), run[k][0]))):
                # "Secretary General Rutte", "General Wolters": an office or rank names a surname
                s, e = run[k][0], run[k][0] + len(words[0])
                mention = Mention(offset + s, offset + e, sentence[s:e].replace("\n", " "), "", words[0])
                _describe(mention, sentence, s, e, _office_lead(sentence, run, k))
                mention.evidence = True
                mentions.append(mention)
                taken.append((s, e))
            elif len(real) == 1 and m == k + 1 \
                    and not INITIAL_BEFORE.search(sentence, max(0, run[k][0] - 3), run[k][0]) \
                    and not resources.is_outlet_word(words[0]) \
                    and _surname_subject(sentence, words[0], run[k][0] + len(words[0])):
                # "At the meeting <Surname> said": a surname alone, doing what the sentence says; nothing around it
                # describes the person (the office is told where the full name is)
                s, e = run[k][0], run[k][0] + len(words[0])
                mention = Mention(offset + s, offset + e, sentence[s:e], "", words[0], country="", subject=True,
                                  evidence=True)
                mentions.append(mention)
                taken.append((s, e))
            k = max(m, k + 1)
    for m in INITIAL_SURNAME.finditer(sentence):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or not _is_name_word(m.group(2)):
            continue
        if s >= 2 and re.match(r"[A-Z]\.", sentence[s - 2:s]):
            continue  # U.S. President
        if ORG_NAMED_AFTER.match(sentence, e):
            continue  # "the <First> <I>. <Surname> Naval Academy", "the <I>. <Surname> Center": a body named for one
        mention = Mention(offset + s, offset + e, m.group(0), "", m.group(2), initial=m.group(1))
        _describe(mention, sentence, s, e, _lead_tokens(sentence, s))
        mention.evidence = True  # "Z.Hasanov" is only ever a person
        mentions.append(mention)
    mentions.sort(key=lambda x: x.start)
    return tuple(mentions)


# "<Office> for the <Region> and <Region>" right before a name (the office's capitalised words, then "for", regions)
OFFICE_FOR_REGIONS = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){1,6}for\s+(?:the\s+)?[A-Z][\w’'-]*"
                                r"(?:\s+[A-Z][\w’'-]*){0,3}"
                                r"(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s+$")


def _office_lead(sentence: str, run: list[tuple[int, int, str]], k: int) -> str:
    """The capitalised words of the run before its name (token k), or the office written out with "of" that
    they end ("President of the Republic of <country>")."""
    lead = sentence[run[0][0]:run[k][0]].strip() if k else ""
    if k and re.search(r"\b(?:for|for the|and|and the)\s$", sentence[max(0, run[0][0] - 8):run[0][0]]):
        # "<Office> for the <region> and <region> <name>": an office for regions
        office = OFFICE_FOR_REGIONS.search(sentence, max(0, run[k][0] - 160), run[k][0])
        if office and any(w in resources.title_words() for w in office.group(0).split()):
            return office.group(0).strip()
    # (or a body's possessive: "the <office> of <body>'s <unit> <rank> <name>")
    if k and (sentence[max(0, run[0][0] - 4):run[0][0]] in (" of ", "the ")
              or re.search(r"\bof\s+[A-Z][\w-]*[’']s\s$", sentence[max(0, run[0][0] - 30):run[0][0]])):
        wider = _lead_tokens(sentence, run[k][0])
        return wider if len(wider) > len(lead) else lead
    return lead


ASSISTANT_TO = re.compile(r"\b(?:Assistant|Adviser|Advisor|Aide|Counsellor|Counselor|Envoy|Ambassador|Representative"
                          r"|Attach[ée]|Secretary)\s+$")


def _lead_tokens(sentence: str, s: int) -> str:
    """Capitalised tokens (ranks, titles) directly before position s, and an office written out with "of"
    ("President of the Republic of <country>", "Minister of Defence") when a title word opens it."""
    out = []
    for m in reversed(list(TOKEN.finditer(sentence[:s], tail_start(sentence[:s], 80)))):
        gap = sentence[m.end():s if not out else out[-1][0]]
        if gap.strip():
            break
        if not m.group()[0].isupper() and not (out and m.group() in ("of", "the") and (
                out[-1][1][0].isupper() or m.group() == "of" and out[-1][1] == "the")) \
                and not (out and m.group() == "to" and out[-1][1] == "the"
                         and ASSISTANT_TO.search(sentence, max(0, m.start() - 20), m.start())):
            break  # ("Assistant to the President of <country> <name>": the whole office, not the President's)
        out.append((m.start(), m.group()))
    while out and not out[-1][1][0].isupper():
        out.pop()
    joint = next((i for i, (_, w) in enumerate(out) if w in ("of", "the")), None)
    if joint is not None and not any(w in resources.title_words() for _, w in out[joint:]):
        out = out[:joint]
    return sentence[out[-1][0]:s].strip() if out else ""


def _describe(mention: Mention, sentence: str, s: int, e: int, lead_text: str) -> None:
    """Whether the person does what the sentence says (a verb after the name, a speech verb before it), then
    what the words around the name say of the person (offices.describe)."""
    mention.subject = bool(SUBJECT_AFTER.match(sentence[e:])) or bool(SPEECH_BEFORE.search(sentence[:s]))
    describe(mention, sentence, s, e, lead_text, _is_name_word)
