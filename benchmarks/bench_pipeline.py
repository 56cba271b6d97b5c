"""Pipeline time outside the model calls, per seed article, and grounding speed.

    python benchmarks/bench_pipeline.py [ARTICLES_DIR]

The model is the fake OpenAI-compatible server from tests/ (answers instantly, quoting the chunk),
so what is timed is ingest + chunk + ground + merge + render. Grounding is also timed alone on
three kinds of quote per sentence: exact, a one-character typo (fuzzy path) and an invented one
(the worst case: every paragraph is scanned and nothing is found).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeServer  # noqa: E402
from responders import extraction  # noqa: E402

from summarizer import Options, summarize  # noqa: E402
from summarizer.pipeline.chunk import estimate_tokens, split_sentences  # noqa: E402
from summarizer.pipeline.ground import align  # noqa: E402
from summarizer.pipeline.ingest import read_article  # noqa: E402
from summarizer.render import render_json, render_markdown  # noqa: E402

REPEAT = 5


def typo(s: str) -> str:
    i = len(s) // 2
    return s[:i] + ("a" if s[i] != "a" else "e") + s[i + 1 :]


def bench_grounding(path: Path) -> tuple[float, int, int]:
    doc = read_article(path)
    quotes = []
    for s in split_sentences(doc):
        q = doc.source[s.start : s.end][:200]
        quotes += [q, typo(q), "Hoàn toàn không có trong bài: " + q[::-1][:60]]
    t = time.perf_counter()
    for q in quotes:
        align(q, doc)
    return time.perf_counter() - t, len(quotes), estimate_tokens(doc.source)


def main() -> None:
    articles = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "evals" / "articles"
    rows = []
    with FakeServer(responder=extraction) as srv:
        opts = Options(base_url=srv.base_url, api_key="bench", model="test-model", use_cache=False)
        summarize(sorted(articles.glob("*.txt"))[0], opts)  # warm up imports and the sentence splitter
        for path in sorted(articles.glob("*.txt")):
            outside = []
            for _ in range(REPEAT):
                s = summarize(path, opts)
                t = time.perf_counter()
                render_json(s)
                render_markdown(s)
                render_s = time.perf_counter() - t
                tm = s.provenance.timings
                outside.append(tm["ingest"] + tm["chunk"] + tm["ground"] + tm["merge"] + render_s)
            g_s, n_quotes, tokens = bench_grounding(path)
            rows.append((path.stem[:18], tokens, s.provenance.chunks, len(s.items()),
                         statistics.median(outside) * 1000, g_s * 1000 / (tokens / 1000), n_quotes))
    print(f"{'article':<20}{'tokens':>8}{'chunks':>8}{'items':>7}{'outside-model ms':>18}"
          f"{'ground ms/1k tok':>18}{'quotes':>8}")
    for r in rows:
        print(f"{r[0]:<20}{r[1]:>8}{r[2]:>8}{r[3]:>7}{r[4]:>18.1f}{r[5]:>18.2f}{r[6]:>8}")
    print(f"(median of {REPEAT} runs; grounding: exact + typo + invented quote per sentence)")


if __name__ == "__main__":
    main()
