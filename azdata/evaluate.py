"""Tables vs hand-made gold: precision, recall and F1 per facet (SPEC.md, "Gold format").

Each facet is a multiset of keys; a predicted key matches at most one gold key.
Names are compared case- and accent-insensitively (``Paveł`` = ``Pavel``).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .names import split_name
from .resources import fold
from .tables import Corpus

FACETS = ("published", "events", "participants", "people", "delegation", "statistics", "milestones")
# attributes compared on matched event rows (gold key -> events column); reported as accuracy
EVENT_ATTRIBUTES = {"relation": "relation", "type": "event_type", "location": "location"}
# attributes compared on other matched rows: milestones on (programme, year), statistics on
# (article, value, qualifier) as in their facets; the scores' keys, with what the report calls the rows
OTHER_ATTRIBUTES = {"milestone action": "milestones", "statistic unit": "statistics"}


class GoldError(ValueError):
    """The gold cannot score this corpus (it names none of its articles)."""


def shared_articles(gold_dir: Path | str, article_ids: set[str]) -> set[str]:
    """The corpus's articles that have a gold file (named by its article_id, else its file name)."""
    return {a for a, _ in gold_articles(gold_dir, article_ids)}


def require_shared(gold_dir: Path | str, article_ids: set[str], corpus: str = "the corpus") -> None:
    """Raise GoldError when the gold names no article of the corpus: every score would be made
    of extracted rows against nothing, which looks like a broken extractor."""
    if not shared_articles(gold_dir, article_ids):
        raise GoldError(f"gold folder {gold_dir} holds no <article_id>.json for any article of {corpus} "
                        f"({len(article_ids)} articles; a gold file named otherwise counts by its article_id)")


@dataclass
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Agreement on an attribute over the rows both sides have (matched events)."""

    correct: int
    n_matched: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.n_matched if self.n_matched else 1.0


def surname(name: str) -> str:
    tokens = name.split()
    return split_name(tokens)[1] if tokens else ""


def gold_keys(gold_dir: Path, article_ids: set[str]) -> dict[str, Counter]:
    keys = {f: Counter() for f in FACETS}
    milestones = set()
    for a, g in gold_articles(gold_dir, article_ids):
        if g.get("published"):
            keys["published"][(a, g["published"])] += 1
        for e in g.get("events", []):
            keys["events"][(a, e["date_start"])] += 1
            for s in e.get("participants", []):
                keys["participants"][(a, e["date_start"], fold(s))] += 1
        for p in g.get("people", []):
            keys["people"][(a, fold(p["surname"]))] += 1
        for c in g.get("delegation_countries", []):
            keys["delegation"][(a, c)] += 1
        for s in g.get("statistics", []):
            keys["statistics"][(a, float(s["value"]), s["qualifier"])] += 1
        for m in g.get("milestones", []):
            milestones.add((m["programme"], int(m["year"])))
    keys["milestones"] = Counter(milestones)
    return keys


def predicted_keys(corpus: Corpus) -> dict[str, Counter]:
    keys = {f: Counter() for f in FACETS}
    for r in corpus.articles.itertuples():
        if r.published:
            keys["published"][(r.article_id, r.published)] += 1
    starts = dict(zip(corpus.events.event_id, corpus.events.date_start))
    for r in corpus.events.itertuples():
        keys["events"][(r.article_id, r.date_start)] += 1
    seen = set()
    for r in corpus.participants.itertuples():
        if r.person_id:
            key = (r.article_id, starts[r.event_id], fold(surname(r.name)))
            if (r.event_id, r.person_id) not in seen:
                keys["participants"][key] += 1
                seen.add((r.event_id, r.person_id))
        elif (r.article_id, r.country) not in keys["delegation"]:
            keys["delegation"][(r.article_id, r.country)] += 1
    for r in corpus.people.itertuples():
        for a in r.article_ids.split("; "):
            keys["people"][(a, fold(surname(r.name)))] += 1
    for r in corpus.statistics.itertuples():
        if r.kind == "count":
            keys["statistics"][(r.article_id, float(r.value), r.qualifier)] += 1
    keys["milestones"] = Counter({(r.programme, int(r.year)) for r in corpus.milestones.itertuples()})
    return keys


def score(corpus: Corpus, gold_dir: Path) -> dict[str, Score | Accuracy]:
    """F1 per facet and overall, then the accuracy of each compared event attribute (after
    ``overall``, which sums the facets only)."""
    require_shared(gold_dir, set(corpus.articles.article_id))
    gold = gold_keys(Path(gold_dir), set(corpus.articles.article_id))
    pred = predicted_keys(corpus)
    out = {}
    for f in FACETS:
        tp = sum((gold[f] & pred[f]).values())
        out[f] = Score(tp, sum(pred[f].values()), sum(gold[f].values()))
    out["overall"] = Score(sum(s.tp for s in out.values()), sum(s.n_pred for s in out.values()),
                           sum(s.n_gold for s in out.values()))
    out.update(attribute_accuracy(corpus, gold_dir))
    out.update(other_attribute_accuracy(corpus, gold_dir))
    return out


def _agreement(gold: dict[tuple, list[str]], pred: dict[tuple, list[str]]) -> Accuracy:
    """Rows paired per key so that as many values agree as possible (a multiset intersection)."""
    correct = matched = 0
    for key, values in gold.items():
        mine = pred.get(key, [])
        matched += min(len(values), len(mine))
        correct += sum((Counter(map(fold, values)) & Counter(map(fold, mine))).values())
    return Accuracy(correct, matched)


def _unit_head(unit: str) -> str:
    """The counted noun a unit ends with ("military personnel" -> "personnel")."""
    words = _value(unit).split()
    return words[-1] if words else ""


def other_attribute_accuracy(corpus: Corpus, gold_dir: Path) -> dict[str, Accuracy]:
    """Milestone action on matched (programme, year) rows across the corpus, and statistic unit
    (its head noun) on matched (article, value, qualifier) count rows. Gold rows without the
    attribute are left out of its count."""
    ids = set(corpus.articles.article_id)
    gold_actions: set[tuple] = set()
    gold_units: dict[tuple, list[str]] = {}
    for art, g in gold_articles(gold_dir, ids):
        for m in g.get("milestones", []):
            if m.get("action"):
                gold_actions.add((m["programme"], int(m["year"]), m["action"]))
        for st in g.get("statistics", []):
            if "unit" in st:
                gold_units.setdefault((art, float(st["value"]), st["qualifier"]), []).append(_unit_head(st["unit"]))
    gold_m: dict[tuple, list[str]] = {}
    for programme, year, action in sorted(gold_actions):
        gold_m.setdefault((programme, year), []).append(action)
    pred_m: dict[tuple, list[str]] = {}
    for programme, year, action in sorted({(r.programme, int(r.year), _value(r.action))
                                           for r in corpus.milestones.itertuples()}):
        pred_m.setdefault((programme, year), []).append(action)
    pred_u: dict[tuple, list[str]] = {}
    for r in corpus.statistics.itertuples():
        if r.kind == "count":
            pred_u.setdefault((r.article_id, float(r.value), r.qualifier), []).append(_unit_head(r.unit))
    return {"milestone action": _agreement(gold_m, pred_m), "statistic unit": _agreement(gold_units, pred_u)}


def gold_articles(gold_dir: Path | str, article_ids: set[str]):
    """(article_id, gold record) for each gold file of an article in the corpus, in file order."""
    for path in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        article = g.get("article_id") or path.stem
        if article in article_ids:
            yield article, g


def _value(v) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def attribute_accuracy(corpus: Corpus, gold_dir: Path) -> dict[str, Accuracy]:
    """Event type, relation and location on matched event rows: events are matched on (article,
    start date) as in the events facet; where a key has several events on both sides, they are
    paired so that as many values agree as possible (a multiset intersection per key). Gold events
    without the attribute are left out of its count."""
    ids = set(corpus.articles.article_id)
    gold: dict[str, dict[tuple, list[str]]] = {a: {} for a in EVENT_ATTRIBUTES}
    for art, g in gold_articles(gold_dir, ids):
        for e in g.get("events", []):
            for attr in EVENT_ATTRIBUTES:
                if attr in e:
                    gold[attr].setdefault((art, e["date_start"]), []).append(_value(e[attr]))
    pred: dict[str, dict[tuple, list[str]]] = {a: {} for a in EVENT_ATTRIBUTES}
    for r in corpus.events.to_dict("records"):
        key = (r["article_id"], _value(r["date_start"].date().isoformat() if hasattr(r["date_start"], "date")
                                         else r["date_start"]))
        for attr, column in EVENT_ATTRIBUTES.items():
            pred[attr].setdefault(key, []).append(_value(r.get(column)))
    return {attr: _agreement(gold[attr], pred[attr]) for attr in EVENT_ATTRIBUTES}


def differences(corpus: Corpus, gold_dir: Path) -> dict[str, tuple[Counter, Counter]]:
    """Per facet: (predicted but not in gold, in gold but not predicted) — for debugging."""
    gold = gold_keys(Path(gold_dir), set(corpus.articles.article_id))
    pred = predicted_keys(corpus)
    return {f: (pred[f] - gold[f], gold[f] - pred[f]) for f in FACETS}


def _gold_evidence(gold_dir: Path, article_ids: set[str]) -> dict[tuple[str, tuple], str]:
    """(facet, key) -> the evidence sentence a gold record gives for it (gold files may give none)."""
    out: dict[tuple[str, tuple], str] = {}
    for a, g in gold_articles(gold_dir, article_ids):
        for e in g.get("events", []):
            if e.get("evidence"):
                out.setdefault(("events", (a, e["date_start"])), e["evidence"])
        for st in g.get("statistics", []):
            if st.get("evidence"):
                out.setdefault(("statistics", (a, float(st["value"]), st["qualifier"])), st["evidence"])
        for m in g.get("milestones", []):
            if m.get("evidence"):
                out.setdefault(("milestones", (m["programme"], int(m["year"]))), m["evidence"])
    return out


def _extracted_evidence(corpus: Corpus) -> dict[tuple[str, tuple], str]:
    """(facet, key) -> the evidence of the first extracted row with that key (as predicted_keys makes them)."""
    out: dict[tuple[str, tuple], str] = {}
    starts = dict(zip(corpus.events.event_id, corpus.events.date_start))
    for r in corpus.events.itertuples():
        out.setdefault(("events", (r.article_id, r.date_start)), r.evidence)
    for r in corpus.participants.itertuples():
        if r.person_id:
            name = fold(surname(r.name))
            out.setdefault(("participants", (r.article_id, starts[r.event_id], name)), r.evidence)
            out.setdefault(("people", (r.article_id, name)), r.evidence)
        else:
            out.setdefault(("delegation", (r.article_id, r.country)), r.evidence)
    for r in corpus.statistics.itertuples():
        out.setdefault(("statistics", (r.article_id, float(r.value), r.qualifier)), r.evidence)
    for r in corpus.milestones.itertuples():
        out.setdefault(("milestones", (r.programme, int(r.year))), r.evidence)
    return out


def error_lines(corpus: Corpus, gold_dir: Path) -> list[str]:
    """Each spurious (+) and missed (-) key of every facet, each followed by its evidence sentence
    where there is one: the extracted row's for a spurious key, the gold record's for a miss."""
    extracted = _extracted_evidence(corpus)
    gold = _gold_evidence(Path(gold_dir), set(corpus.articles.article_id))
    lines = []
    for facet, (extra, missing) in differences(corpus, gold_dir).items():
        for sign, keys, evidence, whose in (("+", extra, extracted, "extracted"), ("-", missing, gold, "gold")):
            for key in sorted(keys, key=str):
                lines.append(f"  {sign} {facet} {key}" + (f" x{keys[key]}" if keys[key] > 1 else ""))
                if evidence.get((facet, key)):
                    lines.append(f"      {whose}: {evidence[(facet, key)]}")
    return lines


def report(scores: dict[str, Score], accuracy: dict[str, Accuracy] | None = None) -> str:
    lines = [f"{'facet':<13}{'precision':>10}{'recall':>8}{'F1':>7}{'pred':>6}{'gold':>6}"]
    for f, s in scores.items():
        if isinstance(s, Accuracy):
            accuracy = {**(accuracy or {}), f: s}
            continue
        lines.append(f"{f:<13}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.n_pred:>6}{s.n_gold:>6}")
    for f, a in (accuracy or {}).items():
        value = f"{a.accuracy:>9.3f}" if a.n_matched else f"{'n/a':>9}"  # gold without the attribute
        label, rows = (f, OTHER_ATTRIBUTES[f]) if f in OTHER_ATTRIBUTES else ("event " + f, "events")
        lines.append(f"{label:<{max(15, len(label) + 1)}}accuracy{value}"
                     f"  ({a.correct} of {a.n_matched} matched {rows})")
    return "\n".join(lines)
