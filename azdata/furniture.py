"""Page furniture: which blocks of a saved page are the story and which are the site around it.

A boilerplate classifier in the manner of jusText (Pomikálek 2011), made for pages saved as text.
The page is cut into blocks (a paragraph; hard-wrapped lines that run on into the next line are
joined into one block).  Each block is first classed by its own shape:

* ``bad``: a shape that is never story text: a date line; a short line that starts like a share,
  follow, subscribe, "Read more", "Related", "Latest news", comment-form, cookie, JavaScript,
  copyright, menu or photo-credit line (``resources/furniture.txt``); a bullet, breadcrumb
  (``»``) or ``|``-separated line that is not a full sentence; a line mostly in another script,
  or in a Latin-script language with none of English's commonest words; a line of symbols or
  numbers; a second copy of a line already on the page, and a teaser (the headline run into the
  first words of the lead, or the lead's start cut short);
* ``good``: prose: at least eight words, a fair share of English function words
  (``resources/stopwords_en.txt``) and a sentence-final mark, or a long run of such words;
* ``near``: some function words, but short or without a final mark (a short sentence, a
  headline, a line of a list);
* ``short``: the rest (menu items, names, labels).

Then each ``near`` and ``short`` block takes a class from its nearest ``good``/``bad``
neighbours: a ``near`` block is good unless bad blocks stand on both sides; a ``short`` block is
good only between good blocks.  The story's body runs from its first to its last good block;
the caller reads the blocks above it for the headline, byline, dateline and date lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import heading, resources

WORD = re.compile(r"[^\W\d_][\w'’-]*")
FINAL = ('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', '»')
BULLETS = ("•", "·", "*", "▪", "►", "■", "◦", "●", "–", "—", "-", ">")
CREDIT = re.compile(r"\s/\s*[\w&.' -]{2,40}$")  # "... of the ceremony. / Agency name"
GOOD_WORDS, NEAR_WORDS, LONG_WORDS = 8, 4, 25
CAPS_HEADLINE = 30  # a line in capitals up to this many words is a headline (a whole story in capitals is prose)
GOOD_DENSITY, NEAR_DENSITY = 0.15, 0.10
SHORT_LINE = 15  # furniture phrases are only looked for on lines up to this many words
# a caption, however long: "photo: The minister and the envoy at the ministry on 3 May (picture courtesy of ...)"
CAPTION = re.compile(r"(?:photo|photograph|picture|image|caption)s?\s*(?:by|credit)?\s*:", re.IGNORECASE)
CAPTION_WORDS = 60
# the heading of what follows a story: other stories ("Related articles", "Latest news", "Most read",
# "Editor's choice", "You may also like") or its comments ("Leave a Reply", "Comments (3)"). Below such
# a heading the story does not resume: what follows is their content, however much it reads like prose.
CLOSING = re.compile(
    r"(?:(?:related|similar|recommended|more|other|latest|recent|top|popular|trending)\s+"
    r"(?:news|articles|stories|posts|materials|headlines)|related|most\s+(?:read|viewed|popular|commented|shared)"
    r"|editor'?s?['’]?\s*(?:choice|picks?)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)"
    r"|(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply|response)|comments?(?:\s*\(\d+\))?"
    r"|about\s+the\s+authors?)\s*[:»]?\s*$",
    re.IGNORECASE)
CLOSING_WORDS = 6


def closing(text: str) -> bool:
    """Whether a block is the heading of a related-stories list or a comment section."""
    return len(WORD.findall(text)) <= CLOSING_WORDS and bool(CLOSING.match(text.strip()))


@dataclass
class Block:
    start: int         # offsets into the text: first character of the first line ...
    end: int           # ... and end of the last line
    text: str          # the block's text, stripped
    lines: int         # raw lines in it
    is_date: bool = False
    cls: str = ""      # first class from its own shape
    copy_of: int | None = None  # index of the block this one repeats
    tight: bool = False  # on the line right after the previous block (no blank line between)
    final: str = ""    # class after smoothing
    words: int = 0
    density: float = 0.0


def ends_sentence(text: str) -> bool:
    """A final mark ends the text; a headline's closing media tag ("[PHOTOS]", "(VIDEO)") is none."""
    return heading.without_media_tag(text.rstrip()).endswith(FINAL)


SENTENCE_STOP = re.compile(r"[.!?…][\"”’')\]»]*$")
WRAP_SLACK = 20     # a hard-wrapped line is at most this many characters short of the page's width
WRAP_SHARE = 0.6    # ... and at least this share of the page's longer lines are such lines
WRAP_WIDEST = 120   # a page wrapped wider than this is not hard-wrapped (its lines are paragraphs)


def wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped page (a mailing-list or wire copy, a syndicator's plain text) was
    wrapped at, or None: most of its longer lines end within a few characters of one width."""
    lengths = sorted(e - s for s, e in lines if e - s >= 30 and text[s:e].strip())
    if len(lengths) < 5:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(width - WRAP_SLACK <= n <= width for n in lengths)
    return width if width <= WRAP_WIDEST and near >= WRAP_SHARE * len(lengths) else None


def _joins(prev: str, nxt: str, wrap: int | None = None) -> bool:
    """Whether a line runs on into the next (a hard-wrapped paragraph): a line cut at the page's
    wrap width runs on unless it ends a sentence, whatever the next line begins with ("... the
    United" / "States, Germany, ..."); on other pages only a line that plainly goes on does."""
    if prev.endswith(":") or len(WORD.findall(prev)) < 4:
        return False
    if nxt[:1] in BULLETS or nxt.startswith("By "):
        return False
    if wrap and len(prev) >= wrap - WRAP_SLACK and not SENTENCE_STOP.search(prev):
        return True
    if ends_sentence(prev):
        return False
    if nxt[:1].islower():
        return True
    if len(WORD.findall(prev)) >= 10 and ", " in prev and re.search(r"[.!?][\"”’']?$", nxt):
        return True  # a sentence of prose cut before its last words ("... and Prime Minister" / "<Name>.")
    last = prev.split()[-1]
    return prev.endswith((",", ";", "(", "-", "–")) or last in resources.stopwords()


def blocks(text: str, lines: list[tuple[int, int]], is_date, split_date=None) -> list[Block]:
    """Non-blank lines of ``text`` (spans) grouped into blocks; ``is_date(line)`` marks date lines,
    which always stand alone, and ``split_date(line, next_line)`` two lines that are one date
    written over both (one date block of two lines)."""
    out: list[Block] = []
    prev_end = None
    wrap = wrap_width(text, lines)
    for s, e in lines:
        raw = text[s:e]
        stripped = raw.strip()
        if not stripped:
            prev_end = None
            continue
        lead = s + (len(raw) - len(raw.lstrip()))
        tail = e - (len(raw) - len(raw.rstrip()))
        date = bool(is_date(stripped))
        adjacent = out and prev_end is not None and text.count("\n", prev_end, s) <= 1
        if adjacent and split_date and not date and out[-1].lines == 1 and not out[-1].is_date \
                and split_date(out[-1].text, stripped):
            b = out[-1]
            b.end, b.lines, b.is_date = tail, 2, True
            b.text = text[b.start:b.end]
        elif adjacent and not date and not out[-1].is_date \
                and _joins(out[-1].text.split("\n")[-1], stripped, wrap):
            b = out[-1]
            b.end, b.lines = tail, b.lines + 1
            b.text = text[b.start:b.end]
        else:
            out.append(Block(lead, tail, stripped, 1, date, tight=bool(adjacent)))
        prev_end = e
    return out


def title_case(text: str) -> bool:
    """Most longer words capitalised: a headline ("Minister Meets Alliance Envoy In Baku")."""
    words = [w for w in WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(ord(c) < 0x2B0 or 0x1E00 <= ord(c) < 0x1F00 for c in letters) / len(letters)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def first_class(b: Block, is_junk) -> str:
    """A block's class from its own shape (see the module's docstring)."""
    text = b.text
    words = WORD.findall(text)
    b.words = len(words)
    stop = resources.stopwords()
    b.density = sum(w.casefold() in stop for w in words) / len(words) if words else 0.0
    prose = b.words >= GOOD_WORDS and b.density >= GOOD_DENSITY and ends_sentence(text)
    if b.is_date or not words or is_junk(text):
        return "bad"
    if _latin_share(text) < 0.5:
        return "bad"  # another script
    if b.words <= SHORT_LINE and len(text) <= 200 and any(p.match(text) for p in resources.furniture_patterns()):
        return "bad"
    if "©" in text and b.words <= 20:
        return "bad"
    if b.words <= CAPTION_WORDS and CAPTION.match(text):
        return "bad"
    long_prose = b.words >= LONG_WORDS and b.density >= GOOD_DENSITY + 0.05
    if text.startswith(BULLETS[:7]) and _country_item(text):
        return "short"  # "- <country>": an item of a list of countries, which its neighbours place
    if not (prose or long_prose) and (text.startswith(BULLETS[:7]) or text.count("»") >= 2 or text.count(" | ") >= 2
                      or text.count("|") >= 3):
        return "bad"  # bullets of a menu or list, breadcrumbs, separated menu items
    if not ends_sentence(text) and CREDIT.search(text) and b.words <= 40:
        return "bad"  # a photo caption with its credit
    if b.words <= APPEAL_WORDS and appeal(text):
        return "bad"  # the site asks its reader to pay for the news, in sentences with verbs
    lower = sum(w[0].islower() for w in words)
    if b.words >= 6 and b.density < 0.05 and lower * 2 >= b.words and not text.isascii():
        return "bad"  # prose in another Latin-script language
    if (prose or long_prose) and b.words <= CAPS_HEADLINE and heading.in_capitals(text):
        return "near"  # a headline in capitals, even with a full stop, is not the story's prose
    if prose:
        return "good"
    if long_prose:
        return "good"  # a long paragraph cut off before its final mark
    if b.words >= NEAR_WORDS and b.density >= NEAR_DENSITY or (ends_sentence(text) and b.density > 0):
        return "near"
    return "short"


APPEAL_WORDS = 100  # an appeal to the reader is a paragraph or two, never a long one
QUOTED = re.compile(r"[“\"«][^”\"»\n]{0,500}[”\"»]")  # what someone said is not the page speaking
SENTENCE_OPENER = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)")


def _appeal_kinds(text: str) -> tuple[set[str], set[str], bool]:
    """A block's appeal words of each kind (resources/appeal_words.csv), outside quotations: core,
    support, and whether it speaks to the reader ("you", or a sentence opened by an appeal word)."""
    plain = QUOTED.sub(" ", text)
    vocabulary = resources.appeal_words()
    core, support, address = set(), set(), False
    for w in {w.casefold() for w in WORD.findall(plain)}:
        kind = vocabulary.get(w)
        if kind == "core":
            core.add(w)
        elif kind == "support":
            support.add(w)
        elif kind == "address":
            address = True
    address = address or any(m.group(1).casefold() in vocabulary for m in SENTENCE_OPENER.finditer(plain))
    return core, support, address


def appeal(text: str) -> bool:
    """A subscription, donation or "support our journalism" appeal: it speaks to the reader, has a
    core appeal word and at least two appeal words in all ("Your support keeps our journalism free"),
    or it is dense with them: two core words among four ("Choose to support independent, quality
    journalism and subscribe monthly"); not "the Alliance supported courses for journalists"."""
    core, support, address = _appeal_kinds(text)
    words = len(core | support)
    return bool(core) and (address and words >= 2 or len(core) >= 2 and words >= 4)


def _addressed(text: str) -> bool:
    return _appeal_kinds(text)[2]


def _spread_appeals(bs: list[Block]) -> None:
    """An appeal runs on over the lines printed right next to it that speak to the reader too ("It
    costs little, but it is worth your time.", "Thank you!")."""
    for i, b in enumerate(bs):
        if b.cls != "bad" or b.is_date or not appeal(b.text):
            continue
        j = i
        while j > 0 and bs[j].tight and bs[j - 1].cls != "bad" and _addressed(bs[j - 1].text):
            j -= 1
            bs[j].cls = "bad"
        j = i + 1
        while j < len(bs) and bs[j].tight and bs[j].cls != "bad" and _addressed(bs[j].text):
            bs[j].cls = "bad"
            j += 1


def _set_aside_bios(bs: list[Block]) -> None:
    """An author's bio above the lead or below the story's last paragraph (heading.is_bio) is
    furniture; one inside the story ("X is an analyst at ... He said ...") introduces a source."""
    for order in (range(len(bs)), range(len(bs) - 1, -1, -1)):
        for i in order:
            b = bs[i]
            if b.cls not in ("good", "near"):
                continue
            if heading.is_bio(b.text):
                b.cls = "bad"
            elif b.cls == "good":
                break


TOP = 30  # teasers are looked for among the page's first blocks (headline, teaser, lead)


def _mark_copies(bs: list[Block]) -> None:
    """Second copies of a line, and teasers (a headline run into the lead's first words, or the
    lead's start cut short), are furniture."""
    seen: dict[str, int] = {}
    opening: dict[str, int] = {}   # first 30 characters -> how many lines start so
    keys = [_key(b.text) for b in bs]
    for i, (b, k) in enumerate(zip(bs, keys)):
        if k in seen and not b.is_date:
            b.cls, b.copy_of = "bad", seen[k]
        seen.setdefault(k, i)
        opening[k[:30]] = opening.get(k[:30], 0) + 1
    earlier: dict[str, list[int]] = {}  # first 40 characters -> the longer lines above that start so
    for i, (b, k) in enumerate(zip(bs, keys)):
        if b.cls != "bad" and len(k) >= 60 and not b.is_date:
            # a story printed twice, its second copy cut by the page's truncation: the start of a line above
            match = next((j for j in earlier.get(k[:40], ()) if len(keys[j]) > len(k) and keys[j].startswith(k)),
                         None)
            if match is not None:
                b.cls, b.copy_of = "bad", match
        earlier.setdefault(k[:40], []).append(i)
    later = [0] * len(bs)  # longest later line that starts with the same 40 characters
    longest: dict[str, int] = {}
    for i in range(len(bs) - 1, -1, -1):
        later[i] = longest.get(keys[i][:40], 0)
        longest[keys[i][:40]] = max(later[i], len(keys[i]))
    heads = [keys[i] for i, b in enumerate(bs[:TOP]) if 3 <= b.words <= 20 and not ends_sentence(b.text)]
    for i, b in enumerate(bs[:TOP]):
        k = keys[i]
        if b.cls == "bad" or len(k) < 40:
            continue
        if later[i] > len(k) and b.words >= 12:
            b.cls = "bad"  # the start of a longer line on the page, cut short
            continue
        for h in heads:
            rest = k[len(h) + 1:] if k.startswith(h + " ") else ""
            if len(rest) >= 30 and opening.get(rest[:30], 0):
                b.cls = "bad"  # the headline run into the lead's first words
                break


# a list of the countries taking part printed under the story: a heading that names them ("Participating countries:",
# "Nations taking part", a table's "Country | Personnel"), then two names or more, one a line (bulleted, numbered or
# a table's row). It is the story's, however short its lines.
LIST_NOUNS = r"(?i:countries|nations|states|allies|partners|participants)"  # what a list heading names
TABLE_HEADER = re.compile(r"(?i:countr(?:y|ies)|nations?)\s*\|")  # "Country | Personnel" over a table's rows
COUNTRY_LIST_HEADING = re.compile(r"(?:[\w’'-]+\s+){0,4}" + LIST_NOUNS + r"(?:\s+[\w’'-]+){0,6}\s*:?|"
                                  + TABLE_HEADER.pattern + r"[^|]*(?:\|[^|]*){0,4}")
# "Georgia | 120", "Georgia — 120 servicemen", "Georgia (120)": the country, then what the row counts of it
TABLE_CELLS = re.compile(r"\s*(?:\|.*|(?:[–—-]|:|\()\s*\d[\d,.]*(?:\s+[\w-]+){0,2}\)?)$")


def country_list_length(bs: list[Block], i: int) -> int:
    """How many blocks from i on are a list of countries under its heading (0: none)."""
    if i < len(bs) and _names_after_the_heading(bs[i].text):
        return 1  # "Participants: Georgia, Moldova and Ukraine."
    if i >= len(bs) or not COUNTRY_LIST_HEADING.fullmatch(bs[i].text.strip()):
        return 0
    if i + 1 < len(bs) and _names_only(bs[i + 1].text):
        return 2  # the heading, then its names on one line ("Albania, Georgia and Moldova.")
    header = int(i + 1 < len(bs) and not bs[i].text.count("|") and TABLE_HEADER.match(bs[i + 1].text) is not None)
    n = 0
    while i + 1 + header + n < len(bs) and _country_item(TABLE_CELLS.sub("", bs[i + 1 + header + n].text),
                                                         bulleted=False):
        n += 1
    return 1 + header + n if n >= 2 else 0


INLINE_LIST = re.compile(r"((?:[\w’'-]+\s+){0,4}(?:" + LIST_NOUNS + r"|(?i:members))(?:\s+[\w’'-]+){0,3}):"
                         r"\s*(.+?)[.;]?")
LIST_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")


def _names_after_the_heading(text: str) -> bool:
    """A heading with two countries or more after its colon, and nothing else."""
    m = INLINE_LIST.fullmatch(text.strip())
    return bool(m) and _names_only(m.group(2))


def _names_only(text: str) -> bool:
    """Two countries or more, one after another, and nothing else ("Albania, Georgia and Moldova.")."""
    items = LIST_ITEM_SPLIT.split(text.strip().rstrip(".;"))
    return len(items) >= 2 and all(_country_item(item, bulleted=False) for item in items)


def _country_item(text: str, bulleted: bool = True) -> bool:
    """A bulleted line that is a country's name alone ("• Georgia", "- the United States;"); without ``bulleted``,
    also a name alone or numbered ("Georgia", "2. Moldova")."""
    name = (BULLETED_ITEM if bulleted else LIST_ITEM).sub("", text)
    return name in resources.country_names()


_ITEM_END = r"(?:and\s+)?(?:the\s+)?|[\s,;.]+$"
BULLETED_ITEM = re.compile(r"^[\s" + "".join(BULLETS[:7]) + "]+" + _ITEM_END)  # "• Georgia", "* the United States;"
LIST_ITEM = re.compile(r"^[\s" + re.escape("".join(BULLETS[:11])) + r"]*(?:\d{1,2}[.)]\s*)?" + _ITEM_END)  # dashes too


def classify(bs: list[Block], is_junk) -> None:
    """Set ``cls`` and ``final`` of every block."""
    for b in bs:
        b.cls = first_class(b, is_junk)
    _spread_appeals(bs)
    _set_aside_bios(bs)
    _mark_copies(bs)
    n = len(bs)
    prev, nxt = ["bad"] * n, ["bad"] * n  # nearest good/bad class above and below (page edges: bad)
    last = "bad"
    for i, b in enumerate(bs):
        prev[i] = last
        if b.cls in ("good", "bad"):
            last = b.cls
    last = "bad"
    for i in range(n - 1, -1, -1):
        nxt[i] = last
        if bs[i].cls in ("good", "bad"):
            last = bs[i].cls
    for i, b in enumerate(bs):
        if b.cls in ("good", "bad"):
            b.final = b.cls
        elif b.cls == "near":
            b.final = "bad" if prev[i] == "bad" and nxt[i] == "bad" else "good"
        else:
            b.final = "good" if prev[i] == "good" and nxt[i] == "good" else "bad"
