"""Batch throughput against the fake OpenAI-compatible server with a simulated per-request latency.

    python benchmarks/bench_batch.py [--latency 0.2] [--concurrency 1,4,16] [--chunk-tokens 1200]

The server (tests/fakeserver.py, a subprocess, answering with tests/responders.py:extraction)
sleeps `latency` seconds before every answer, like a remote model. The ideal throughput is
latency-bound: concurrency / (latency × requests per article). Each concurrency level gets a
fresh OUT and a fresh response cache, so every chunk is a real request. Then two reruns: the
resume (OUT complete: every article skipped) and a new OUT over the warm cache (every chunk a
cache hit, no request). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_batch_support import start_server_process, stop_process, write_articles  # noqa: E402

from summarizer.batch import BatchSettings, run_batch  # noqa: E402
from summarizer.config import Options  # noqa: E402


def run(folder: Path, out: Path, cache: Path, url: str, concurrency: int, chunk_tokens: int):
    opts = Options(base_url=url, api_key="bench", model="test-model", chunk_tokens=chunk_tokens, cache_path=cache,
                   timeout=30)
    t = time.perf_counter()
    report = run_batch(folder, out, opts, BatchSettings(concurrency=concurrency))
    return time.perf_counter() - t, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", default="1,4,16")
    ap.add_argument("--chunk-tokens", type=int, default=1200, help="1200: one chunk (request) per article")
    ap.add_argument("--per-worker", type=int, default=10, help="articles per concurrent worker (min 40)")
    a = ap.parse_args()
    levels = [int(x) for x in a.concurrency.split(",")]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        server, port, _ = start_server_process(tmp, "--latency", str(a.latency))
        url = f"http://127.0.0.1:{port}/v1"
        try:
            write_articles(tmp / "warm", 2)
            run(tmp / "warm", tmp / "warm.jsonl", tmp / "warm.sqlite", url, 1, a.chunk_tokens)  # imports, sentence splitter
            rows = []
            for c in levels:
                n = max(40, a.per_worker * c)
                folder = tmp / f"in{n}"
                if not folder.exists():
                    write_articles(folder, n)
                out, cache = tmp / f"out{c}.jsonl", tmp / f"cache{c}.sqlite"
                secs, rep = run(folder, out, cache, url, c, a.chunk_tokens)
                s = rep.stats
                per_article = s.usage.calls / max(1, s.done)
                ideal = c / (a.latency * per_article)
                rows.append((c, n, s.done, s.usage.calls, secs, s.done / secs, ideal))
                last = (folder, out, cache, c, secs)
            folder, out, cache, c, full = last
            resume, rep_r = run(folder, out, cache, url, c, a.chunk_tokens)
            cached, rep_c = run(folder, tmp / "again.jsonl", cache, url, c, a.chunk_tokens)
        finally:
            stop_process(server)

    print(f"\nbatch throughput, fake server latency {a.latency:.2f} s per request, chunk_tokens {a.chunk_tokens}\n")
    print("| concurrency | articles | requests | seconds | articles/s | ideal articles/s | ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for c, n, done, calls, secs, rate, ideal in rows:
        print(f"| {c} | {done}/{n} | {calls} | {secs:.2f} | {rate:.2f} | {ideal:.2f} | {rate / ideal:.2f} |")
    print(f"\nrerun of the last level ({c} workers, {rep_r.stats.total} articles):\n")
    print("| run | seconds | model calls | cache hits | vs full run |")
    print("|---|---:|---:|---:|---:|")
    print(f"| full run | {full:.2f} | {rows[-1][3]} | 0 | 1.00 |")
    print(f"| resume, OUT complete (all skipped) | {resume:.3f} | {rep_r.stats.usage.calls} | "
          f"{rep_r.stats.usage.cache_hits} | {resume / full:.3f} |")
    print(f"| new OUT, warm cache (all cache hits) | {cached:.3f} | {rep_c.stats.usage.calls} | "
          f"{rep_c.stats.usage.cache_hits} | {cached / full:.3f} |")


if __name__ == "__main__":
    main()
