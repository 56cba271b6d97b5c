"""The `judge` strategy's ceiling on a split: the whole pipeline against a scripted
OpenAI-compatible server (tests/fakeserver.py on 127.0.0.1) that answers every numbered clause
from the labels (tests/test_judge.py's oracle, matched by the similarity the evals use). What a
perfect judge of the rules' candidates would score; the ceiling test asserts >= 0.90 on dev.

    python benchmarks/bench_ceiling.py [--split dev]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    from fakeserver import FakeServer
    from test_judge import ARTICLES, LABELS, ceiling_predictions, oracle_from_labels

    from summarizer.evals.run import score_predictions

    tmp = Path(tempfile.mkdtemp())
    os.environ["SUMMARIZER_CACHE_DIR"] = str(tmp / "cache")
    server = FakeServer(responder=oracle_from_labels(args.split)).start()
    try:
        empty = ceiling_predictions(server, args.split, tmp)
    finally:
        server.stop()
    run = score_predictions(tmp, LABELS, ARTICLES, split=args.split)
    h, cost = run["headline"], run["total"]["cost"]
    print(f"judge ceiling on {args.split} ({run['total']['n_articles']} articles), {cost['calls']} requests")
    print(f"no candidate of the rules is an item (scored empty): {', '.join(empty) or 'none'}\n")
    print("| F1 achievements | F1 shortcomings | F1 tasks | macro F1 | number fidelity |")
    print("|---:|---:|---:|---:|---:|")
    print(" | ".join(f"{h[k]:.3f}" for k in ("f1_achievements", "f1_shortcomings", "f1_tasks", "f1_macro",
                                             "number_fidelity")).join(("| ", " |")))


if __name__ == "__main__":
    main()
