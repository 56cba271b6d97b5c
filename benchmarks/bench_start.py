"""Start-up cost of the command line on the zero-config default (`rules`, no model).

    python benchmarks/bench_start.py [--runs 5] [--before /tmp/before]

For each seed article (evals/articles/000–004) the wall time of one `summarizer summarize ARTICLE`
process, median of `--runs` runs (target: ≤ 1 s), and the per-article time inside one
`summarizer batch IN -o OUT --strategy rules` over `--batch N` evenly spaced articles of evals/articles copied to IN
(default 100: the folder holds the whole labelled corpus, some 3,200 articles) (wall time of the whole process, and
the batch's own elapsed time, divided by the number of articles). With `--before TREE` the same
is measured on another checkout (nothing installed there: run with PYTHONPATH=TREE), for a
before/after figure. Every process runs with no endpoint configured and a scratch cache folder.
Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p for p in (ROOT / "evals" / "articles").glob("00[0-4]_*.txt"))
CLI = "from summarizer.cli import main; main()"


def _env(tree: Path, cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODEL", "SUMMARIZER_STRATEGY")}
    env["PYTHONPATH"] = str(tree)
    env["SUMMARIZER_CACHE_DIR"] = cache
    return env


def _wall(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    t = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - t
    if done.returncode not in (0, 1):  # batch exits 1 when some article failed; still timed
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr[-1500:]}")
    return elapsed


def measure(tree: Path, runs: int, batch: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tree, str(Path(tmp) / "cache"))
        py = [sys.executable, "-c", CLI]
        _wall([*py, "summarize", str(SEEDS[0])], env, tree)  # warm the OS file cache and __pycache__
        per_seed = {p.name[:3]: statistics.median(_wall([*py, "summarize", str(p)], env, tree) for _ in range(runs))
                    for p in SEEDS}
        corpus = sorted(p for p in (ROOT / "evals" / "articles").iterdir() if p.suffix in (".txt", ".html"))
        articles = Path(tmp) / "in"
        articles.mkdir()
        chosen = corpus[:: max(1, len(corpus) // batch)][:batch]
        for p in chosen:
            shutil.copy(p, articles / p.name)
        n = len(chosen)
        out = Path(tmp) / "batch" / "out.jsonl"
        wall = _wall([*py, "batch", str(articles), "-o", str(out), "--strategy", "rules"], env, tree)
        done = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if line.strip())
        summary = out.with_name("out.summary.json")
        elapsed = json.loads(summary.read_text(encoding="utf-8")).get("elapsed_s") if summary.exists() else None
    return {"seeds": per_seed, "articles": n, "done": done, "batch_wall": wall, "batch_elapsed": elapsed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100, help="how many articles the batch reads")
    ap.add_argument("--before", type=Path, help="another checkout to measure the same way (e.g. /tmp/before)")
    a = ap.parse_args()
    trees = {"now": ROOT} | ({"before": a.before} if a.before else {})
    results = {name: measure(tree, a.runs, a.batch) for name, tree in trees.items()}

    names = list(results)
    print(f"`summarizer summarize ARTICLE` (rules, zero-config): median of {a.runs} process runs, seconds\n")
    print("| seed | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for seed in results["now"]["seeds"]:
        print(f"| {seed} | " + " | ".join(f"{results[n]['seeds'][seed]:.2f}" for n in names) + " |")
    print(f"\n`summarizer batch IN -o OUT --strategy rules` over {results['now']['articles']} articles, one process\n")
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    rows = [("articles done / in folder", lambda r: f"{r['done']} / {r['articles']}"),
            ("process wall time, s", lambda r: f"{r['batch_wall']:.2f}"),
            ("per article (wall / articles), s", lambda r: f"{r['batch_wall'] / max(r['articles'], 1):.3f}"),
            ("per article (batch's own elapsed / articles), s",
             lambda r: f"{r['batch_elapsed'] / max(r['articles'], 1):.3f}" if r["batch_elapsed"] else "n/a")]
    for label, fmt in rows:
        print(f"| {label} | " + " | ".join(fmt(results[n]) for n in names) + " |")


if __name__ == "__main__":
    main()
