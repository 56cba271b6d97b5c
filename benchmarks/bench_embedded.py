"""Per-article cost of the embedded default: seconds, tokens, model calls, share of time in the model.

    python benchmarks/bench_embedded.py [--strategy hybrid|llm|rules] [--articles DIR]
    python benchmarks/bench_embedded.py --from evals/runs/embedded-hybrid   # table from saved outputs

Runs without the response cache, so every model call is real. "in model" is the extract stage
(the model calls; the rules part of `hybrid` takes milliseconds) over the article's total.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def row(name: str, prov: dict, wall: float | None = None) -> tuple:
    t = prov["timings"]
    total = wall or t.get("total", 0.0)
    u = prov["usage"]
    return (name[:18], prov["strategy"], total, u["prompt_tokens"], u["completion_tokens"], u["calls"],
            t.get("extract", 0.0) / total if total else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--strategy", default=None)
    ap.add_argument("--articles", type=Path, default=ROOT / "evals" / "articles")
    ap.add_argument("--from", dest="from_dir", type=Path, default=None, help="read saved summaries instead")
    args = ap.parse_args()
    rows = []
    if args.from_dir:
        for p in sorted(args.from_dir.glob("*.json")):
            rows.append(row(p.stem, json.loads(p.read_text(encoding="utf-8"))["provenance"]))
    else:
        from summarizer import Options, summarize
        from summarizer.backends.embedded import EmbeddedBackend

        opts = Options(strategy=args.strategy, use_cache=False)
        with EmbeddedBackend() as backend:
            backend.client()  # start the server outside the timings
            for path in sorted(args.articles.glob("*.txt")):
                t = time.perf_counter()
                s = summarize(path, opts, backend=backend)
                rows.append(row(path.stem, s.provenance.model_dump(), time.perf_counter() - t))
                print(f"{path.stem}: done", file=sys.stderr)
    print(f"{'article':<20}{'strategy':>9}{'seconds':>9}{'prompt tok':>12}{'compl. tok':>12}{'calls':>7}{'in model':>10}")
    for r in rows:
        print(f"{r[0]:<20}{r[1]:>9}{r[2]:>9.1f}{r[3]:>12}{r[4]:>12}{r[5]:>7}{r[6]:>10.1%}")
    tot = sum(r[2] for r in rows)
    print(f"{'total':<20}{'':>9}{tot:>9.1f}{sum(r[3] for r in rows):>12}{sum(r[4] for r in rows):>12}"
          f"{sum(r[5] for r in rows):>7}")


if __name__ == "__main__":
    main()
