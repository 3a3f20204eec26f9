"""Saved web pages (``.html``, ``.htm``) -> the plain text of their story, with the page's own metadata.

A saved page is mostly furniture: menus, sidebars, related stories, scripts. Finding the story
in it is what trafilatura is made for (it scores pages' blocks by text density and markup, with
jusText and readability as fall-backs), so azdata hands the page to it and reads the main text it
returns exactly like a ``.txt`` article. Offsets in the tables then point into that text, which
``python -m azdata text FILE`` prints again for any article.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SUFFIXES = (".html", ".htm")
# htmldate, trafilatura's date finder, drops dates after its max_date, today by default: a fixed bound
# keeps the reading of a page the same from day to day (read.py sets aside dates ahead of today)
MAX_DATE = "2099-12-31"
MIN_WORDS = 8  # less is a menu or a caption that trafilatura kept, not a story


@dataclass
class PageText:
    text: str
    title: str = ""
    author: str = ""
    date: dt.date | None = None
    site: str = ""


def is_page(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def main_text(data: bytes) -> PageText | None:
    """The story of a saved page with its title, author, date and site; None when the page has
    no main text that trafilatura can find."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # azdata bounds the time per file itself
    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=False, config=config,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": MAX_DATE})
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        return None
    return PageText(text=_paragraphs(doc.text), title=(doc.title or "").strip(), author=(doc.author or "").strip(),
                    date=_date(doc.date), site=(doc.sitename or doc.hostname or "").strip())


def _paragraphs(text: str) -> str:
    """One block a paragraph, a blank line between them, as a story copied from a browser reads."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
