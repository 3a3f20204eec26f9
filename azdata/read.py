"""Stage 1: a file on disk -> an ``Article`` (decoded text, header, byline, body spans, problems).

Offsets everywhere downstream refer to ``Article.text``: the decoded file with
line endings normalised to ``\\n``.  Nothing is cut out of that text; junk
lines are simply left out of ``Article.paragraphs``.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from . import furniture, heading, pagedates, resources, webpage
from .article import Article
from .published import DATELINE, dateline_at, dateline_only, header_date, infer_published, is_dateline, stale_from
from .sentences import Sentence, sentences  # noqa: F401 (the reading stage's output, imported from here)
from .speakers import speaker_byline

MAX_CHARS = 300_000  # text beyond this is not analysed (no news article is this long; a 10 MB dump is not one)

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")
# By Jane Doe    By Jane Doe - Agency:    (a byline with a date is read by pagedates)
BYLINE = re.compile(r"^By ([A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3})(?:\s+[-–—]\s*[A-Z][\w.]{1,20}:?)?\s*$")
JUNK_LINE = re.compile(
    r"""^(?:\+\s*↺.*|[-–—]{2,}|©.*|Follow\s+us\s+on\s.*|Read\s+more:.*|Photograph:.*|Photo:.*|Source:.*
        |\d{1,2}\s+\w+\s+\d{4}\s+\d{1,2}:\d{2}.*        # a timestamp: 3 May 2019 10:05 (UTC+04:00)
        |Share\b.*|Print\b.*|\d+\s*px)$""",
    re.VERBOSE,
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")


UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes -> text, with a note for anything a user should know about.

    UTF-16 with a byte-order mark is read as such. A UTF-8 file with a few bad bytes (a copy
    damaged in transfer) stays UTF-8, the bad bytes shown as U+FFFD; only bytes that are mostly
    not UTF-8 (no more valid multi-byte characters than bad bytes) are read as Windows-1252."""
    problems: list[str] = []
    encoding = UTF16_BOMS.get(data[:2])
    if encoding:
        text = data[2:].decode(encoding, errors="replace")
        if "\ufffd" in text:
            problems.append(f"file is not valid {encoding.upper()}; unreadable bytes were replaced with \ufffd")
        return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n"), problems
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        problems.append("file contains NUL bytes (binary data?); they were removed")
        data = data.replace(b"\x00", b"")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        replaced = data.decode("utf-8", errors="replace")
        bad = replaced.count("\ufffd")
        good = sum(1 for c in replaced if ord(c) > 127) - bad
        if good > bad:
            text = replaced
            problems.append(f"file is UTF-8 with {bad} invalid byte{'s' if bad > 1 else ''}; "
                            "they were replaced with \ufffd")
        else:
            try:
                text = data.decode("cp1252")
                problems.append("file is not UTF-8; read as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                problems.append("file is not UTF-8; read as Latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problems


def read_article(path: Path, corpus: Path, data: bytes | None = None) -> Article:
    """Read one file (or its bytes, already read); never raises for bad content, only records problems."""
    art = Article(article_id=path.stem, source_file=path.relative_to(corpus).as_posix())
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            art.problems.append(f"could not read file: {exc.strerror or exc}")
            art.fatal = True
            return art
    if webpage.is_page(path.name):
        return read_page(art, data)
    return read_text(art, data)


def read_text(art: Article, data: bytes) -> Article:
    """Decode and lay out one article's bytes, recording every problem in words a user understands."""
    if not _has_text(art, data):
        return art
    art.text, problems = decode(data)
    art.problems += problems
    if TAG.search(art.text):
        art.text = TAG.sub(lambda m: " " * len(m.group(0)), art.text)
        art.problems.append("file contains HTML markup; the tags were blanked out")
    return _lay_out(art)


def read_page(art: Article, data: bytes) -> Article:
    """A saved web page: its story text (found by trafilatura, see webpage.py) laid out as an
    article, the page's own title, author and date where the text gives none."""
    if not _has_text(art, data):
        return art
    try:
        page = webpage.main_text(data)
    except Exception as exc:  # a page the HTML parser cannot take is read as text with its tags blanked
        page = None
        art.problems.append(f"the HTML page could not be parsed ({type(exc).__name__})")
    if page is None:
        art.problems.append("no story text found in the HTML page; read with its tags blanked out")
        return read_text(art, data)
    art.text = page.text
    if page.date is not None:
        art.published = header_date(page.date.isoformat(), art)
        art.published_from = "page" if art.published else "none"
    _lay_out(art)
    art.title = art.title or page.title
    if not art.author and page.author and len(page.author) <= 60:
        art.author = page.author
    if not art.outlet and page.site:
        art.outlet = _outlet(page.site)
    return art


def _has_text(art: Article, data: bytes) -> bool:
    """False (and a fatal problem) for an empty or binary file."""
    if not data.strip():
        art.problems.append("empty file" if not data else "file holds only blank space")
        art.fatal = True
        return False
    if data[:2] not in UTF16_BOMS and _looks_binary(data):
        art.problems.append("file looks like binary data, not text; nothing was extracted")
        art.fatal = True
        return False
    return True


def _lay_out(art: Article) -> Article:
    if not art.text.strip():
        art.problems.append("file holds no readable text")
        art.fatal = True
        return art
    if len(art.text) > MAX_CHARS:
        art.problems.append(f"file is very long ({len(art.text):,} characters); "
                            f"only the first {MAX_CHARS:,} were analysed")
    pagedates.ahead_from()  # forget what an earlier article set aside
    parse_layout(art)
    ahead = pagedates.ahead_from()
    if ahead:
        stale_from(art, ahead)
    words = [WORD.findall(art.text[s:e]) for s, e in art.paragraphs]
    art.n_words = sum(map(len, words))
    if art.paragraphs and not _looks_english(art, words):
        art.problems.append("text does not look like English; few facts can be read from it")
    return art


# every alternative is bounded: an unclosed "<!--" or "<!DOCTYPE" looks no further than a few thousand
# characters, so a text full of them costs time in proportion to its length, not to its square
# a comment's scan stops at the next "<!--": unclosed comments repeated along a page cost their length
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>|<!--(?:[^<]|<(?!!--)){0,5000}?-->"
                 r"|<!DOCTYPE[^>]{0,500}>", re.DOTALL)


CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
ENGLISH_WORDS = frozenset(["the", "and", "of", "to", "in", "with", "was", "were", "has", "for", "on", "that"])
WORD_RUN = re.compile(r"\w+")


def _looks_binary(data: bytes) -> bool:
    """Mostly control bytes (other than tab and newline) or NULs: an image, an archive, a PDF."""
    sample = data[:4096]
    control = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return control > len(sample) * 0.1


def _looks_english(art: Article, paragraph_words: list[list[str]]) -> bool:
    """At least one word in eight is one of English's commonest words (in the first 20 paragraphs,
    20,000 characters at most)."""
    sample = " ".join(art.text[s:e] for s, e in art.paragraphs[:20])
    if len(sample) <= 20000:  # no word spans the joining space: the paragraphs' own words are the sample's
        words = [w for ws in paragraph_words[:20] for w in ws]
    else:
        words = WORD.findall(sample[:20000])
    if len(words) < 8:
        return True
    # whole runs of word characters, as a \b...\b pattern would match them, looked up in a set
    common = sum(map(ENGLISH_WORDS.__contains__, map(str.lower, WORD_RUN.findall(" ".join(words)))))
    return common >= len(words) * 0.12


def parse_layout(art: Article) -> None:
    """Header, headline, byline, dateline, outlet, body paragraphs, page furniture and truncation.

    The page is cut into blocks and each block classed as story or furniture (``furniture.py``);
    where no block reads as prose (a very short text), every line after the headline is body, as
    a plain article's would be. Date lines anywhere on the page are weighed by ``pagedates``."""
    text = art.text[:MAX_CHARS]
    pos = 0
    m = HEADER.match(text)
    if m:
        pos = m.end()
        art.published = header_date(m.group(1), art)
        if art.published:
            art.published_from = "header"

    lines = _lines(text, pos)
    bs = furniture.blocks(text, lines, pagedates.date_line, pagedates.split_date)
    furniture.classify(bs, _is_junk)
    first, last = _body_bounds(bs)
    classed = first is not None
    if not classed:  # nothing reads as prose: the first line that is not headline, date or byline
        first = next((i for i, b in enumerate(bs) if not (b.is_date or _is_junk(b.text) or BYLINE.match(b.text)
                                                           or heading.looks_like_headline(b.text)
                                                           or dateline_only(b.text))),
                     len(bs))
        last = len(bs) - 1
    body: list[tuple[int, int]] = []
    used: set[int] = set()  # blocks read as something (body, headline, byline, dateline)
    dates: list[tuple[int, pagedates.PageDate]] = []
    dateline = None
    title_at = None
    author_lines: set[int] = set()  # an author block under the headline: a name and the author's office
    log = _is_day_log(bs, first, last)
    for i, b in enumerate(bs):
        if i in author_lines:
            continue
        if first is not None and (first - 3 <= i < last and b.words <= 30 and resources.speech_heading_pattern().match(
                b.text) and any(x.final == "good" for x in bs[i + 1:i + 5]) or first - 4 <= i < first
                                  and speaker_byline(b.text)):
            # "Statement by <name>", "by <office>, <name>": who speaks in the paragraphs below
            body.append((b.start, b.end))
            used.add(i)
            continue
        if first is not None and first - 4 <= i < first - 1 and i + 1 not in used \
                and speaker_byline(text[b.start:bs[i + 1].end]):
            # "by <name>" over "<office> at <meeting>": the two lines are one byline
            body.append((b.start, bs[i + 1].end))
            used.update((i, i + 1))
            author_lines.add(i + 1)  # (read, so the loop passes over the second line)
            continue
        if b.is_date:
            pd = pagedates.date_line(b.text)
            if log and _day_heading(bs, i, first, last, pd):
                body.append((b.start, b.end))  # a log's day heading: it dates the paragraphs below it
                used.add(i)
                continue
            dates.append((i, pd))
            if pd.kind == "byline" and not art.author and i < first:
                art.author = pd.author
                used.add(i)
            continue
        byline = BYLINE.match(b.text)
        if byline and b.lines == 1:
            if not art.author:
                art.author = byline.group(1)
                used.add(i)
            continue
        if i <= first and dateline is None and not _is_junk(b.text):
            d = dateline_at(b.text)
            if d and (d.re is not DATELINE or is_dateline(d, b.text)):
                dateline = d
                used.add(i)
                if d.re is DATELINE and not (d.group("o1") or d.group("o2") or d.group("o3") or d.group("y")):
                    # a bare "CITY, Country, Month D." stays in the body as a paragraph of its own: it
                    # dates and places the lead that follows it (extract/story.py); nothing else is read in it
                    head = text[b.start + d.start():b.start + d.end()].rstrip()
                    body.append((b.start + d.start(), b.start + d.start() + len(head)))
                rest = b.start + d.end()
                if rest < b.end and text[rest:b.end].strip():
                    body.append((rest, b.end))
                continue
        if i < first:
            n, name = heading.author_block([(x.text, x.tight) for x in bs[i:min(first, i + 4)]])
            if n:
                art.author = art.author or name
                author_lines.update(range(i, i + n))
                used.update(author_lines)
                continue
            name = heading.caps_byline(b.text) if title_at is not None else ""
            if name:
                art.author = art.author or name
                used.add(i)
                continue
            if b.cls != "bad" and not _is_junk(b.text) and heading.looks_like_headline(b.text):
                title_at = i
            continue
        if i > last or _is_junk(b.text):
            continue
        if b.final == "good" or (not classed and WORD.search(b.text)):
            body.append((b.start, b.end))
            used.add(i)
    repeated = next((b.copy_of for b in bs[:first] if b.copy_of is not None
                     and heading.looks_like_headline(bs[b.copy_of].text)), None)
    if repeated is not None:  # a headline printed twice above the story
        title_at = repeated
    if title_at is not None:  # with the lines it is hard-wrapped over
        lo, hi = heading.wrapped_title([(b.text, b.tight, _title_line(b) and j not in author_lines)
                                        for j, b in enumerate(bs[:first])],
                                       title_at, furniture.wrap_width(text, lines) is not None)
        art.title = " ".join(" ".join(b.text for b in bs[lo:hi + 1]).split())
        used.update(range(lo, hi + 1))
    else:
        crumbs = next((b.text for b in bs[:first] if "»" in b.text), "")
        art.title = crumbs.rsplit("»", 1)[-1].strip() if crumbs else ""
    art.paragraphs = body
    art.outlet = _outlet(text)
    if art.published is None:
        dates = sorted(dates + pagedates.ranges_beside_updates(bs, dates), key=lambda found: found[0])
        used.update(infer_published(art, dateline, dates, first, last, title_at))
    if art.published is None and first is not None:
        # an archive's heading above the text, in any language, that ends with the place and day it was said
        # ("From the talk of <A> with <B> - <place>, <day>"): the day of the text
        headed = next(((i, day) for i in range(first - 1, max(-1, first - 4), -1) if (day := _heading_day(bs[i]))),
                      None)
        if headed is not None:
            art.published, art.published_from = headed[1], "page"
            used.add(headed[0])
    art.furniture_lines = sum(b.lines for i, b in enumerate(bs) if i not in used)
    if not body:
        art.problems.append("no article text found")
    elif art.published is None and art.published_from == "none":
        art.problems.append("no publication date found; relative dates could not be resolved")
    body_cut = bool(body) and _stops_mid_sentence(text[body[-1][0]:body[-1][1]])
    # a story printed twice, the page cut inside the second copy (set aside as a copy): the page is cut short
    copy_cut = bool(body) and bs[-1].copy_of is not None and 60 <= len(bs[-1].text) < len(bs[bs[-1].copy_of].text) \
        and _stops_mid_sentence(bs[-1].text)
    if body_cut or copy_cut:
        art.truncated = True
        art.problems.append("text stops mid-sentence; the page may be cut short")
    if body_cut:
        ps, pe = body[-1]
        kept = text[ps:ps + _before_cut_name(text[ps:pe])].rstrip()
        art.paragraphs[-1:] = [(ps, ps + len(kept))] if kept else []


def _title_line(b: furniture.Block) -> bool:
    """A block above the story that may be a line of its title: no date, furniture or byline."""
    return not (b.is_date or b.cls == "bad" and b.copy_of is None or _is_junk(b.text) or BYLINE.match(b.text))


def _is_day_log(bs: list[furniture.Block], first: int | None, last: int) -> bool:
    """Two or more date lines in the story's stretch (from the line above its first paragraph), none with a
    clock time: a day-by-day log ("6 November 2001" / what happened / "8 November 2001" / ...). Read once a page."""
    if first is None:
        return False
    dated = [b for b in bs[max(0, first - 1):last + 1] if b.is_date]
    return len(dated) >= 2 and all(b.text.strip() and not pagedates.date_line(b.text).has_time for b in dated)


def _day_heading(bs: list[furniture.Block], i: int, first: int | None, last: int, pd) -> bool:
    """In a day-by-day log (``_is_day_log``), a bare date on a line of its own between two story paragraphs."""
    if first is None or not first - 1 <= i < last or pd is None or pd.kind != "date" or pd.has_time:
        return False
    return (i < first or bs[i - 1].cls == "good") and bs[i + 1].cls == "good"


def _is_junk(line: str) -> bool:
    return bool(JUNK_LINE.match(line)) or _is_outlet_line(line)


def _heading_day(b: furniture.Block) -> dt.date | None:
    """The day a heading of some words ends with, its only date ("From the talk of <A> with <B> - <place>,
    <day>"); not an event box's span of days ("17 May 2013 - 20 May 2013")."""
    day = pagedates.heading_date(b.text) if b.words >= 8 else None
    first = pagedates.find_date(b.text) if day else None
    return day if first is not None and first[2] == day else None


def _body_bounds(bs: list[furniture.Block]) -> tuple[int | None, int]:
    """First and last block of the story's body: the first good block not printed above the
    story's head (a slogan or a notice), the blocks of a short sentence just
    above it, and below the last good block the prose it runs on into (a page cut short)."""
    goods = [i for i, b in enumerate(bs) if b.cls == "good"]
    if not goods:
        return None, -1
    following = dict(zip(goods, goods[1:]))

    def above_the_headline(i: int) -> bool:
        """A short good block with a date line or a headline between it and the next good block: a
        slogan or a notice printed above the story's head, not its lead."""
        return bs[i].words < 20 and i in following and any(
            b.is_date or (b.cls != "bad" and heading.looks_like_headline(b.text)) for b in bs[i + 1:following[i]])

    first = next((i for i in goods if not above_the_headline(i)
                  and not (i == goods[0] and i in following and _question_headline(bs[i]))), goods[0])
    while first > 0 and bs[first - 1].cls == "near" and furniture.ends_sentence(bs[first - 1].text) \
            and not BYLINE.match(bs[first - 1].text) and not heading.in_capitals(bs[first - 1].text) \
            and not _question_headline(bs[first - 1]):
        first -= 1
    close = next((i for i in range(first + 1, len(bs)) if furniture.closing(bs[i].text)), len(bs))
    last = max((i for i in goods if i < close), default=first)  # the story ends at a related-list or comments heading
    i = first
    while i < close and i <= last + 1:  # the countries taking part listed in or under the story, one a line
        listed = furniture.country_list_length(bs, i)
        for b in bs[i:i + listed]:
            b.final = "good"
        last = max(last, i + listed - 1)
        i += max(listed, 1)
    while last + 1 < close and bs[last + 1].cls == "near" and furniture.ends_sentence(bs[last + 1].text):
        last += 1  # short closing sentences
        bs[last].final = "good"
    tail = last + 1
    if tail < close and bs[tail].cls in ("near", "short") and _cut_off(bs[tail], tail + 1 == len(bs)) \
            and (tail + 1 == len(bs) or bs[tail + 1].cls == "bad"
                 # (or above a short heading of the related list, "Latest news", when it is long as a sentence
                 # is: a subscription line above one, "Follow us on <channel>", is shorter)
                 or bs[tail + 1].cls == "short" and bs[tail].words >= 15):
        last = tail  # the story's last paragraph, cut off (a lone line, not the first of a list of headlines)
        bs[last].final = "good"
    elif tail + 2 == len(bs) <= close and _subheading(bs[tail]) and bs[tail + 1].words >= 15 \
            and bs[tail + 1].cls in ("near", "short") and _cut_off(bs[tail + 1], True):
        # a subheading, then the page cut off in the first paragraph under it: both are the story's
        last = tail + 1
        bs[tail].final = bs[last].final = "good"
    return first, last


def _question_headline(b: furniture.Block) -> bool:
    """A line of its own that asks a question and is short as a headline is: the story's title, not its lead."""
    return b.lines == 1 and b.text.rstrip().endswith("?") and heading.looks_like_headline(b.text)


def _subheading(b: furniture.Block) -> bool:
    """A short line of a few words with no sentence mark (a subheading inside a story: "<topic> in <place>")."""
    return b.lines == 1 and 2 <= b.words <= 10 and not furniture.ends_sentence(b.text)


def _cut_off(b: furniture.Block, at_end: bool) -> bool:
    """A block without a final mark that reads as the start of a sentence cut short: eight or more
    words, mostly lower-case and with function words (a headline is title-cased; a long sentence
    may not look so); at the very end of the page, three words do ("The intensification of")."""
    if b.density < 0.2 or not b.text.lstrip("\"“‘'«(")[:1].isupper():
        return False
    if b.words >= 12 and b.cls == "near":
        return True
    return ((b.words >= 8 and b.cls == "near" or (at_end and b.words >= 3 and b.density >= 0.25))
            and not furniture.title_case(b.text))


# a wire's end-of-story mark after the last sentence: "-0-", "- 0 -", "*", "###", "(END)"
END_MARK = re.compile(r"(?:\s*(?:[-–—]\s*0\s*[-–—]|\*+|#{2,}|[(\[]end[)\]]))+\s*$", re.IGNORECASE)


def _stops_mid_sentence(paragraph: str) -> bool:
    """The body's last paragraph ends without a sentence-final mark (``... the fact that so``)."""
    end = END_MARK.sub("", paragraph.rstrip())
    return bool(end) and not end.endswith(furniture.FINAL)


CUT_NAME = re.compile(r"(?:(?<=[\s.,;:(])|^)(?:[A-Z](?:\.|[\w’'-]*)\s+)+[A-Z][\w’'-]*\s*$")


# "... at the summit in April 2": the cut may run through a number (a day, a year, a count), and a month or
# name before it is the start of what it was cut from
CUT_NUMBER = re.compile(r"(?<=\s)(?:[A-Z][a-z]+\.?\s+)?\d[\d,.]*\s*$")


def _before_cut_name(paragraph: str) -> int:
    """Where a cut-short paragraph's trailing run of two or more capitalised words begins, or its trailing
    number (else its length): a name the cut runs through ("... met Lieutenant General Ja") is not a whole
    name, nor is a number it runs through ("in April 2" may have been a year) a whole number. One word is
    kept: alone it names no person, and it is often a place ("... held in Baku")."""
    tail = max(0, len(paragraph) - 200)
    m = CUT_NAME.search(paragraph, tail) or CUT_NUMBER.search(paragraph, tail)
    return m.start() if m else len(paragraph)


def _lines(text: str, pos: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]*", text[pos:]):
        s, e = pos + m.start(), pos + m.end()
        if e > s:
            out.append((s, e))
    return out


def _is_outlet_line(line: str) -> bool:
    """A lone outlet name closing an article (``News.Az``)."""
    return line.rstrip(".").casefold() in resources.outlet_names()


def _outlet(text: str) -> str:
    """The first outlet of outlets.csv whose pattern occurs in the text."""
    lower = text.lower()
    for name, keyword, pattern in resources.outlets():
        if keyword in lower and pattern.search(text):
            return name
    return ""


