"""What the learned weights cost the `rules` default: median time per article with and without
them, over a split's articles, and the one-off time to read `weights.json`.

    python benchmarks/bench_weights.py [--split dev] [--limit 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import Options, summarize  # noqa: E402
from summarizer.evals.run import load_labels  # noqa: E402
from summarizer.extract.weights import PATH, Weights, using  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    t = time.perf_counter()
    weights = Weights.read(PATH)
    load = time.perf_counter() - t
    gold = list(load_labels(ROOT / "evals/labels", args.split).values())[: args.limit]
    paths = [ROOT / "evals/articles" / g["article"] for g in gold]
    opts = Options(strategy="rules", use_cache=False)
    times: dict[str, list[float]] = {"rules alone": [], "rules + weights": []}
    for path in paths:
        for name, w in (("rules alone", None), ("rules + weights", weights)):
            with using(w):
                t = time.perf_counter()
                summarize(path, opts)
                times[name].append(time.perf_counter() - t)
    print(f"{len(paths)} {args.split} articles; weights.json read once in {load * 1000:.0f} ms "
          f"({len(weights.table)} features)\n")
    print("| | median ms / article | p90 ms / article |")
    print("|---|---:|---:|")
    for name, ts in times.items():
        ts = sorted(ts)
        print(f"| {name} | {statistics.median(ts) * 1000:.1f} | {ts[int(0.9 * (len(ts) - 1))] * 1000:.1f} |")
    ratio = statistics.median(times["rules + weights"]) / statistics.median(times["rules alone"])
    print(f"\nratio of medians (with / without): {ratio:.2f}")


if __name__ == "__main__":
    main()
