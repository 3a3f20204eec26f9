"""Stage 4: extractions of many articles -> the six validated DataFrames.

People are merged across articles here (``Z.Hasanov`` in one article and
``Zakir Hasanov`` in another are one row), reports of the same real-world
event get one ``cluster_id``, and milestones are counted across sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from . import resources, schema
from .config import HOME_COUNTRY
from .extract import Event, Extraction, same_place
from .people import Person, similar
from .relation import relation
from .reprints import Story, find_reprints, story_of
from .resources import fold


@dataclass
class Corpus:
    """The six tables of one corpus folder."""

    articles: pd.DataFrame
    events: pd.DataFrame
    participants: pd.DataFrame
    people: pd.DataFrame
    statistics: pd.DataFrame
    milestones: pd.DataFrame
    corrections: pd.DataFrame = field(default_factory=lambda: schema.empty("corrections"))  # what corrections.csv did

    TABLE_NAMES = ("articles", "events", "participants", "people", "statistics", "milestones", "corrections")

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in self.TABLE_NAMES}


def iso(d) -> str:
    return d.isoformat() if d else ""


def build_tables(extractions: list[Extraction]) -> Corpus:
    extractions = sorted(extractions, key=lambda x: x.article.article_id)
    person_ids = _person_ids(extractions)
    articles, events, participants, statistics = [], [], [], []
    for x in extractions:
        a = x.article
        articles.append(dict(article_id=a.article_id, source_file=a.source_file, published=iso(a.published),
                             published_from=a.published_from, title=a.title, outlet=a.outlet, author=a.author,
                             n_words=a.n_words, status=a.status, problems="; ".join(a.problems),
                             furniture_lines=a.furniture_lines, truncated="true" if a.truncated else "false",
                             reprint_of=""))
        for n, e in enumerate(sorted(x.events, key=lambda e: (e.sentence.start, e.date.start)), 1):
            event_id = f"{a.article_id}#e{n}"
            events.append(dict(event_id=event_id, article_id=a.article_id, event_type=e.event_type,
                               date_start=iso(e.date_start), date_end=iso(e.date_end), date_precision=e.precision,
                               date_text=e.date.text, location=e.location, summary=_summary(e, x.people),
                               evidence=e.sentence.text, char_start=e.sentence.start, char_end=e.sentence.end,
                               relation="", part_of="", _key=(a.article_id, e),
                               _who={w for i, _ in e.people
                                     for w in (person_ids[(a.article_id, i)],
                                               "surname:" + resources.fold(x.people[i].surname))
                                     if w and w != "surname:"},
                               _countries=[x.people[i].country for i, _ in e.people] + [c for c, _, _ in e.countries]
                               + ([HOME_COUNTRY] if e.home_listed else [])))
            at_home = resources.country_of_place(e.location) == HOME_COUNTRY
            for p_index, role in e.people:
                p = x.people[p_index]
                if at_home and (p.country or HOME_COUNTRY) == HOME_COUNTRY and e.event_type != "visit":
                    role = "host"  # the home side of a meeting held at home
                participants.append(dict(event_id=event_id, article_id=a.article_id,
                                         person_id=person_ids[(a.article_id, p_index)], name=p.name, rank=p.rank,
                                         title=p.title, organisation=organisation(p.title, p.country),
                                         country=p.country or HOME_COUNTRY, delegation=delegation(p.country),
                                         role=role, evidence=e.sentence.text, char_start=e.sentence.start,
                                         char_end=e.sentence.end))
            for iso3, role, title in e.countries:
                participants.append(dict(event_id=event_id, article_id=a.article_id, person_id="", name="", rank="",
                                         title=title, organisation="", country=iso3, delegation=delegation(iso3),
                                         role=role, evidence=e.sentence.text, char_start=e.sentence.start,
                                         char_end=e.sentence.end))
        for iso3, role, title, s in x.undated_countries:
            # a delegation list of a meeting the article does not date: the country, with no event
            participants.append(dict(event_id="", article_id=a.article_id, person_id="", name="", rank="",
                                     title=title, organisation="", country=iso3, delegation=delegation(iso3),
                                     role=role, evidence=s.text, char_start=s.start, char_end=s.end))
        for n, s in enumerate(x.statistics, 1):
            statistics.append(dict(stat_id=f"{a.article_id}#s{n}", article_id=a.article_id, value=float(s.value),
                                   as_written=s.as_written, qualifier=s.qualifier, unit=s.unit, kind=s.kind,
                                   context=s.context, date=iso(a.published), evidence=s.sentence.text,
                                   char_start=s.sentence.start, char_end=s.sentence.end))
    _part_of(events, {x.article.article_id: x.people for x in extractions})
    by_id = {row["event_id"]: row for row in events}
    for row in events:
        if not row["location"] and row["part_of"]:
            row["location"] = by_id[row["part_of"]]["location"]  # a meeting during a visit: the visit's place
    for row in events:
        e = row["_key"][1]
        row["relation"] = relation(row.pop("_countries"), e.sentence.text, row["location"], e.date_start, e.event_type,
                                   e.date.text)
    copies = find_reprints([story(x) for x in extractions])
    for row in articles:
        row["reprint_of"] = copies.get(row["article_id"], "")
    _clusters(events, copies)
    for row in events:
        row.pop("_key")
        row.pop("_who")
    people = _people_table(extractions, person_ids, participants)
    tables = Corpus(
        articles=_frame(articles, "articles"),
        events=_frame(events, "events"),
        participants=_frame(participants, "participants"),
        people=people,
        statistics=_frame(statistics, "statistics"),
        milestones=_milestones_table(extractions),
    )
    for name, df in tables.tables().items():
        schema.validate(df, name)
    schema.validate_keys(tables.tables())
    return tables


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    if not rows:
        return schema.empty(table)
    return schema.conform(pd.DataFrame(rows), table)


def _summary(e: Event, people: list[Person]) -> str:
    names = [people[p].name for p, _ in e.people]
    sides = names + [resources.country_display_names().get(c, c) for c, _, _ in e.countries]
    if not sides:
        return e.event_type
    if e.event_type == "meeting" and len(names) >= 2:
        return f"{names[0]} met {', '.join(names[1:])}"
    return f"{e.event_type}: {', '.join(sides[:6])}" + (" …" if len(sides) > 6 else "")


def delegation(country: str) -> str:
    if not country:
        return resources.country_display_names()[HOME_COUNTRY]
    if country == "NATO":
        return "NATO"
    return resources.country_display_names().get(country, country)


ORG = re.compile(r"\b(Ministry of (?:Defen[cs]e|Foreign Affairs)|(?:Defen[cs]e|Foreign) Ministry|General Staff"
                 r"|Armed Forces|Milli Majlis|Presidential Administration|National Defense University"
                 r"|Mission to NATO)\b")


def organisation(title: str, country: str) -> str:
    """The body named in an office (``SHAPE``, ``Ministry of Defense``), qualified by country."""
    nato = resources.nato_pattern().search(title or "")
    if country == "NATO" and nato:
        body = nato.group(1)
        return body if body != "NATO" else "NATO"
    m = ORG.search(title or "")
    if m:
        where = resources.country_display_names().get(country, "") if country not in ("", "NATO") else ""
        return f"{m.group(1)} of {where}" if where and "Mission" not in m.group(1) else m.group(1)
    return "NATO" if country == "NATO" else ""


def _person_ids(extractions: list[Extraction]) -> dict[tuple[str, int], str]:
    """(article, person index) -> corpus-wide person_id; one id per real person."""
    canon: list[Person] = []
    ids: dict[tuple[str, int], str] = {}
    slugs: dict[int, str] = {}
    used: set[str] = set()
    # people are compared only with those whose surname folds to the same first letter: without
    # that, an archive of distinct articles costs (people named) x (people known) fuzzy comparisons
    by_initial: dict[str, list[int]] = {}
    for x in extractions:
        for i, p in enumerate(x.people):
            match = None
            block = by_initial.setdefault(fold(p.surname)[:1], [])
            for k in block:
                q = canon[k]
                if similar(q.surname, p.surname) and p.first and q.first and similar(q.first, p.first, 0.75):
                    match = k
                    break
            if match is None:
                canon.append(p)
                match = len(canon) - 1
                block.append(match)
                slug = re.sub(r"[^a-z0-9]+", "-", fold(p.name)).strip("-") or f"person-{match}"
                while slug in used:
                    slug += "-2"
                slugs[match] = slug
                used.add(slug)
            ids[(x.article.article_id, i)] = slugs[match]
    return ids


def _people_table(extractions: list[Extraction], ids: dict, participants: list[dict]) -> pd.DataFrame:
    rows: dict[str, dict] = {}
    for x in extractions:
        for i, p in enumerate(x.people):
            pid = ids[(x.article.article_id, i)]
            # aliases and article ids keep their first-seen order; dicts make each "seen?" test O(1), where
            # lists made the table quadratic in the articles that name one person (a president: thousands)
            row = rows.setdefault(pid, dict(person_id=pid, name=p.name, rank="", title="", organisation="",
                                            country="", aliases={}, article_ids={}, _explicit=False))
            row["rank"] = row["rank"] or p.rank
            row["title"] = row["title"] or p.title
            if p.country and (p.country_explicit and not row["_explicit"] or not row["country"]):
                row["country"], row["_explicit"] = p.country, p.country_explicit
            for alias in [p.name] + p.aliases:
                if alias != row["name"]:
                    row["aliases"].setdefault(alias)
            row["article_ids"].setdefault(x.article.article_id)
    n_events: dict[str, set] = {}
    for r in participants:
        if r["person_id"]:
            n_events.setdefault(r["person_id"], set()).add(r["event_id"])
    out = []
    for pid in sorted(rows):
        row = rows[pid]
        row.pop("_explicit")
        row["country"] = row["country"] or HOME_COUNTRY
        row["organisation"] = organisation(row["title"], row["country"])
        row["aliases"] = "; ".join(row["aliases"])
        row["article_ids"] = "; ".join(row["article_ids"])
        row["n_events"] = len(n_events.get(pid, ()))
        out.append(row)
    return _frame(out, "people")


CONTAINERS = ("visit", "conference", "exercise")


def _part_of(events: list[dict], people_of: dict[str, list[Person]]) -> None:
    """A meeting (or a one-day visit, an address) held during a longer visit, conference or exercise
    reported in the same article: its days inside the container's, a compatible place, and the same
    delegation (a participant in common, or nobody named on one side). The shortest such container
    wins."""
    by_article: dict[str, list[dict]] = {}
    for row in events:
        by_article.setdefault(row["article_id"], []).append(row)
    for article, rows in by_article.items():
        people_list = people_of.get(article, [])
        for row in rows:
            e = row["_key"][1]
            if e.precision != "day":
                continue
            start, end = e.date_start, e.date_end or e.date_start
            people = {p for p, _ in e.people}
            best = None
            for other in rows:
                c = other["_key"][1]
                if c is e or c.event_type not in CONTAINERS or c.precision != "day":
                    continue
                c_end = c.date_end or c.date_start
                if not (c.date_start <= start and end <= c_end):
                    continue
                longer = (c_end - c.date_start) > (end - start)
                if not longer and (e.event_type in CONTAINERS or c.date_end is not None):
                    continue  # a container is never inside one of the same length
                if not longer and c.event_type != "visit":
                    continue
                theirs = {p for p, _ in c.people}
                if people and theirs and not people & theirs:
                    continue
                leg = e.event_type == "visit" and longer and people & theirs  # one stop of a tour
                if e.location and c.location and not same_place(e.location, c.location) and not leg:
                    continue  # a meeting in Baku is not part of the Tbilisi leg of a tour
                if not e.location and resources.country_of_place(c.location) not in (None, HOME_COUNTRY) and any(
                        (people_list[p].country or HOME_COUNTRY) == HOME_COUNTRY for p in people - theirs):
                    continue  # nor is a meeting with the home side's minister, who stayed at home
                span = (c_end - c.date_start).days
                if best is None or span < best[0]:
                    best = (span, other["event_id"])
            row["part_of"] = best[1] if best else ""


def story(x: Extraction) -> Story:
    """What reprint detection compares of one article: its body's words and its events' days and people."""
    a = x.article
    body = "\n".join(a.text[s:e] for s, e in a.paragraphs)
    events = set()
    for e in x.events:
        events.add((e.date_start, ""))
        for p, _ in e.people:
            events.add((e.date_start, fold(x.people[p].surname)))
    return story_of(a.article_id, a.published, body, frozenset(events))


def _clusters(events: list[dict], copies: dict[str, str] | None = None) -> None:
    """Overlapping dates, the same type, and a shared participant (person_id or surname) or the same
    place -> one cluster; two meetings of one day that share nobody and no place are two.
    Copies of one story (``copies``: article -> its original) report the same events, however each
    copy words their type or place: same start date is enough between them."""
    group = {a: o for a, o in (copies or {}).items()}
    order = sorted(range(len(events)), key=lambda i: (events[i]["date_start"], events[i]["event_id"]))
    cluster_of: dict[int, int] = {}
    n = 0
    for pos, i in enumerate(order):
        if i in cluster_of:
            continue
        n += 1
        cluster_of[i] = n
        a_article, a = events[i]["_key"]
        a_end = events[i]["date_end"] or events[i]["date_start"]
        for q in range(pos + 1, len(order)):  # not order[pos + 1:]: a copy per event made this quadratic
            j = order[q]
            b_article, b = events[j]["_key"]
            if events[j]["date_start"] > a_end:
                break
            if j in cluster_of or b_article == a_article:
                continue
            if group.get(a_article, a_article) == group.get(b_article, b_article):
                if events[j]["date_start"] != events[i]["date_start"]:
                    continue
            else:
                if b.event_type != a.event_type:
                    continue
                a_place, b_place = events[i]["location"], events[j]["location"]
                if a_place and b_place and a_place != b_place:
                    continue
                shared_place = bool(a_place) and a_place == b_place
                if not shared_place and not events[i]["_who"] & events[j]["_who"]:
                    continue  # the same day and type, but nobody and no place in common
            cluster_of[j] = n
    for i, row in enumerate(events):
        row["cluster_id"] = f"c{cluster_of[i]:04d}"


def _milestones_table(extractions: list[Extraction]) -> pd.DataFrame:
    grouped: dict[tuple, dict] = {}
    names = {p.code: p.name for p in resources.programmes()}
    for x in extractions:
        for m in x.milestones:
            key = (m.programme, m.year, m.action)
            row = grouped.setdefault(key, dict(programme=m.programme,
                                               programme_name=names.get(m.programme, m.programme),
                                               year=m.year, date="", action=m.action, article_ids={},
                                               evidence=m.sentence.text))
            if m.date and not row["date"]:
                row["date"] = iso(m.date)
            row["article_ids"].setdefault(x.article.article_id)  # first-seen order, O(1) test
    rows = []
    for n, key in enumerate(sorted(grouped, key=lambda k: (k[1], k[0], k[2])), 1):
        row = grouped[key]
        row["milestone_id"] = f"m{n:03d}"
        row["n_sources"] = len(row["article_ids"])
        row["article_ids"] = "; ".join(row["article_ids"])
        rows.append(row)
    return _frame(rows, "milestones")
