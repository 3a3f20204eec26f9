"""Speed and memory of `python -m azdata tables` at 100, 1,000 and 10,000 articles.

Builds deterministic corpora from the seeds and the dev corpus (years, days and
numbers varied per copy so that no two files are identical), runs the command
line on each, and prints articles, seconds, articles/s and peak memory.  In the
same run it times the obvious alternative, dateparser.search.search_dates over
each article, and prints how many times faster azdata is.

Copies share most of their sentences, and azdata caches what it read in a
sentence; an archive of distinct articles gets no such help. So every run is
"cold" (AZDATA_COLD=1: the caches are emptied after each article, and the
extraction cache on disk is off), and the largest corpus is run once more
"warm", to show how much the copies flatter, and once as "disk": a re-run of
an unchanged archive, every extraction read back from the cache an earlier,
untimed run filled (what an analyst waits for after adding a few articles).

With --repeat N every run is made N times, the configurations taking turns so
that a slow spell of the machine hits them alike; the table gives the fastest
time and, in "spread", the slowest over the fastest. A fixed pure-Python loop
is timed before and after: when it is slower than usual, so is everything else.

The "growth" section times one long article at 1x, 2x and 4x its size (a dev-corpus body
repeated, each copy with its own dates and numbers, all within the length azdata reads) and
prints the seconds and each size's time over the 1x time: linear growth gives about 2 and 4, a
stage that rescans the article for each sentence gives 4 and 16. With --growth-only it runs alone
(a few seconds).

    python benchmarks/bench.py [--sizes 100 1000 10000] [--jobs 1 2] [--repeat 3] [--growth-only]
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
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
    text = re.sub(r"\b([1-2]?\d)\b(?= (?:January|February|March|April|May|June"
                  r"|July|August|September|October|November|December))",
                  lambda m: str(rng.randint(1, 28)), text)
    return text + f"\n\nReference {i}.\n"


def make_corpus(folder: Path, n: int) -> None:
    texts = source_texts()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(vary(texts[i % len(texts)], i), encoding="utf-8")


MODES = {  # the "caches" column: what a run may reuse
    "cold": dict(AZDATA_COLD="1", AZDATA_CACHE="off"),  # nothing: every article as if distinct
    "warm": dict(AZDATA_COLD="0", AZDATA_CACHE="off"),  # sentences repeated across the copies
    "disk": dict(AZDATA_COLD="0"),                      # the extraction cache of an earlier run
}


def run_tables(corpus: Path, out: Path, jobs: int, mode: str = "cold",
               cache: Path | None = None) -> tuple[float, float]:
    """(seconds, peak resident memory in MB) of one command-line run."""
    env = dict(os.environ, **MODES[mode])
    if mode == "disk":
        env["AZDATA_CACHE"] = str(cache)
    script = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
              f"subprocess.run([sys.executable, '-m', 'azdata', 'tables', '--corpus', {str(corpus)!r}, "
              f"'--out', {str(out)!r}, "
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


GROWTH_FACTORS = (1, 2, 4)
GROWTH_CHARS = 280_000  # the 4x article stays within read.MAX_CHARS: the whole text is analysed at every size


def growth_article(factor: int) -> str:
    """One long article at ``factor`` times the 1x size: the longest dev-corpus body, repeated,
    each copy with years, days and numbers of its own (so no per-sentence cache helps)."""
    folder = ROOT / "tests" / "data" / "dev-corpus"
    text = max((p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))), key=len)
    header, _, body = text.partition("\n\n")
    copies = GROWTH_CHARS // max(GROWTH_FACTORS) // len(body)
    return header + "\n\n" + "\n\n".join(vary(body, i) for i in range(copies * factor))


def growth_rows(repeat: int) -> list[tuple[int, int, float]]:
    """(factor, characters, CPU seconds, the fastest of ``repeat`` and at least 3) of reading and
    extracting the growth article in this process, with the per-sentence caches emptied each time."""
    sys.path.insert(0, str(ROOT))  # the azdata of this checkout, as the command-line runs use
    from azdata.extract import extract, forget_sentences
    from azdata.read import Article, read_text

    rows = []
    for factor in GROWTH_FACTORS:
        data = growth_article(factor).encode()
        best = float("inf")
        for _ in range(max(repeat, 3)):
            forget_sentences()
            t = time.process_time()
            extract(read_text(Article(article_id="growth", source_file="growth.txt"), data))
            best = min(best, time.process_time() - t)
        rows.append((factor, len(data.decode()), best))
    return rows


def print_growth(repeat: int) -> None:
    print(f"growth: one article at 1x, 2x, 4x its size (CPU seconds, fastest of {max(repeat, 3)})")
    print(f"{'size':>5} {'chars':>8} {'seconds':>8} {'ratio':>6}")
    rows = growth_rows(repeat)
    for factor, chars, seconds in rows:
        print(f"{factor:>4}x {chars:>8,} {seconds:>8.3f} {seconds / rows[0][2]:>6.2f}")
    print(f"growth: time(4x) / time(1x) = {rows[-1][2] / rows[0][2]:.1f} (linear is 4)")


def reference_seconds() -> float:
    """A fixed pure-Python loop (fastest of five): how fast the host is at this moment. Shared hosts
    drift by a factor of two within an hour; this, printed before and after, shows whether a run
    was made in a slow spell and lets runs on different machines be compared."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        sum(range(10_000_000))
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each configuration; the fastest is reported")
    ap.add_argument("--search-dates-sample", type=int, default=100)
    ap.add_argument("--growth-only", action="store_true", help="only time one article at 1x, 2x and 4x its size")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.growth_only:
        print(f"reference loop before: {reference_seconds():.3f} s")
        print_growth(args.repeat)
        print(f"reference loop after: {reference_seconds():.3f} s")
        return
    sizes = sorted(args.sizes)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"fastest of {args.repeat} run(s) each")
    print(f"reference loop before: {reference_seconds():.3f} s")
    print(f"{'articles':>9} {'jobs':>4} {'caches':>6} {'seconds':>8} {'articles/s':>11} {'peak MB':>8} {'spread':>7}")
    n, first = sizes[-1], args.jobs[0]
    runs = [(size, jobs, "cold") for size in sizes for jobs in args.jobs] + [(n, first, "warm"), (n, first, "disk")]
    times: dict[tuple, list[float]] = {run: [] for run in runs}
    peaks: dict[tuple, float] = {run: 0.0 for run in runs}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            make_corpus(Path(tmp) / f"c{size}", size)
        cache = Path(tmp) / "cache"
        run_tables(Path(tmp) / f"c{n}", Path(tmp) / "out-fill", first, "disk", cache)  # untimed: fills the cache
        for _ in range(args.repeat):
            for run in runs:
                size, jobs, mode = run
                seconds, mb = run_tables(Path(tmp) / f"c{size}", Path(tmp) / f"out{size}-{jobs}-{mode}",
                                         jobs, mode, cache)
                times[run].append(seconds)
                peaks[run] = max(peaks[run], mb)
        best = {run: min(t) for run, t in times.items()}
        for run in runs:
            size, jobs, mode = run
            print(f"{size:>9} {jobs:>4} {mode:>6} {best[run]:>8.2f} {size / best[run]:>11.0f} "
                  f"{peaks[run]:>8.0f} {max(times[run]) / best[run]:>6.2f}x")
        if 1000 in sizes and 10000 in sizes:
            ratio = best[(10000, first, "cold")] / best[(1000, first, "cold")]
            print(f"growth: time(10,000) / time(1,000) = {ratio:.1f} (linear is 10)")
        if len(args.jobs) > 1:
            # the two runs of one round are minutes apart, the fastest of each may be an hour apart
            rounds = [a / b for a, b in zip(times[(n, first, "cold")], times[(n, args.jobs[-1], "cold")])]
            print(f"speed-up with {args.jobs[-1]} jobs on {n:,} articles: "
                  f"{best[(n, first, 'cold')] / best[(n, args.jobs[-1], 'cold')]:.2f}x (fastest runs); "
                  f"round by round: {', '.join(f'{r:.2f}x' for r in rounds)}")
        per_article = min(time_search_dates(Path(tmp) / f"c{sizes[0]}", args.search_dates_sample)
                          for _ in range(args.repeat))
        ours = best[(n, first, "cold")] / n
        print(f"dateparser.search.search_dates alone: {per_article * 1000:.1f} ms/article "
              f"({1 / per_article:.0f} articles/s); azdata end to end (cold) is {per_article / ours:.1f}x faster")
    print_growth(args.repeat)
    print(f"reference loop after: {reference_seconds():.3f} s")


if __name__ == "__main__":
    main()
