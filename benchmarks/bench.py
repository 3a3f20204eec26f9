"""Speed and memory of `python -m azdata tables` at 100, 1,000 and 10,000 articles.

Builds deterministic corpora from the seeds and the dev corpus (years, days and
numbers varied per copy so that no two files are identical), runs the command
line on each, and prints articles, seconds, articles/s and peak memory.  In the
same run it times the obvious alternative, dateparser.search.search_dates over
each article, and prints how many times faster azdata is.

Copies share most of their sentences, and azdata caches what it read in a
sentence; an archive of distinct articles gets no such help. So every run is
"cold" (AZDATA_COLD=1: the caches are emptied after each article), and the
largest corpus is run once more "warm", to show how much the copies flatter.

    python benchmarks/bench.py [--sizes 100 1000 10000] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "dev-corpus", ROOT.parent / "shared" / "dev-corpus"]


def source_texts() -> list[str]:
    texts, seen = [], set()
    for folder in SOURCES:
        for p in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            if p.name not in seen:
                seen.add(p.name)
                texts.append(p.read_text(encoding="utf-8"))
    return texts


def vary(text: str, i: int) -> str:
    """A different but equally realistic article: years shifted, days and counts changed."""
    rng = random.Random(i)
    shift = rng.randint(-6, 1)
    text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(r"\b([1-9]\d{1,2})\b(?= [a-z])", lambda m: str(int(m.group(1)) + rng.randint(1, 40)), text)
    text = re.sub(r"\b([1-2]?\d)\b(?= (?:January|February|March|April|May|June|July|August|September|October|November|December))",
                  lambda m: str(rng.randint(1, 28)), text)
    return text + f"\n\nReference {i}.\n"


def make_corpus(folder: Path, n: int) -> None:
    texts = source_texts()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(vary(texts[i % len(texts)], i), encoding="utf-8")


def run_tables(corpus: Path, out: Path, jobs: int, cold: bool = True) -> tuple[float, float]:
    """(seconds, peak resident memory in MB) of one command-line run."""
    env = dict(os.environ, AZDATA_COLD="1" if cold else "0")
    script = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
              f"subprocess.run([sys.executable, '-m', 'azdata', 'tables', '--corpus', {str(corpus)!r}, '--out', {str(out)!r}, "
              f"'--jobs', '{jobs}'], check=True, stdout=subprocess.DEVNULL); "
              "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    res = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    seconds, kb = res.stdout.split()
    return float(seconds), int(kb) / 1024


def time_search_dates(corpus: Path, limit: int) -> float:
    """Seconds per article for dateparser.search.search_dates over whole articles."""
    from dateparser.search import search_dates

    files = sorted(corpus.glob("*.txt"))[:limit]
    t = time.perf_counter()
    for p in files:
        search_dates(p.read_text(encoding="utf-8"), languages=["en"])
    return (time.perf_counter() - t) / len(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1])
    ap.add_argument("--search-dates-sample", type=int, default=100)
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'articles':>9} {'jobs':>4} {'caches':>6} {'seconds':>8} {'articles/s':>11} {'peak MB':>8}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"c{n}"
            make_corpus(corpus, n)
            for jobs in args.jobs:
                seconds, mb = run_tables(corpus, Path(tmp) / f"out{n}-{jobs}", jobs)
                results[(n, jobs)] = seconds
                print(f"{n:>9} {jobs:>4} {'cold':>6} {seconds:>8.2f} {n / seconds:>11.0f} {mb:>8.0f}")
        n = max(args.sizes)
        seconds, mb = run_tables(Path(tmp) / f"c{n}", Path(tmp) / f"out{n}-warm", args.jobs[0], cold=False)
        print(f"{n:>9} {args.jobs[0]:>4} {'warm':>6} {seconds:>8.2f} {n / seconds:>11.0f} {mb:>8.0f}")
        sizes = sorted(args.sizes)
        if 1000 in sizes and 10000 in sizes:
            ratio = results[(10000, args.jobs[0])] / results[(1000, args.jobs[0])]
            print(f"growth: time(10,000) / time(1,000) = {ratio:.1f} (linear is 10)")
        if len(args.jobs) > 1:
            n = sizes[-1]
            print(f"speed-up with {args.jobs[-1]} jobs on {n:,} articles: "
                  f"{results[(n, args.jobs[0])] / results[(n, args.jobs[-1])]:.2f}x")
        corpus = Path(tmp) / f"c{sizes[0]}"
        per_article = time_search_dates(corpus, args.search_dates_sample)
        n = sizes[-1]
        ours = results[(n, args.jobs[0])] / n
        print(f"dateparser.search.search_dates alone: {per_article * 1000:.1f} ms/article "
              f"({1 / per_article:.0f} articles/s); azdata end to end (cold) is {per_article / ours:.1f}x faster")


if __name__ == "__main__":
    main()
