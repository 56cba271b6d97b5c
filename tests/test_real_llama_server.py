"""Against a REAL llama-cpp-python server (the `llama_cpp.server` module, started as the embedded
backend starts it) on 127.0.0.1 running the packaged GGUF: structured output is negotiated (it answers `json_schema` with HTTP 500 and takes
`json_object` + `schema`), `summarize --strategy llm` completes with grounded items, and a batch
through a fault-injecting proxy finishes every article after at most one rerun, with no duplicate
line and the API key in no file. Slow: the model runs on the CPU."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from faultproxy import KINDS, FaultProxy

pytest.importorskip("llama_cpp", reason="the embedded runtime is installed by pip install -e '.[embedded]'")

from summarizer import Options, summarize  # noqa: E402
from summarizer.batch.runner import BatchSettings, run_batch  # noqa: E402
from summarizer.pipeline.ingest import read_article  # noqa: E402

SECRET = "sk-test-SECRET123"
SEEDS = Path(__file__).resolve().parents[1] / "evals" / "articles"
MODEL = "qwen-packaged"


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    # Started through the embedded backend's launcher: the same `llama_cpp.server` module, with the
    # workaround for ggml's AMX kernels, which segfault on any multi-token decode on AMX CPUs
    # (a bare `python -m llama_cpp.server` dies with -11 on the first request there).
    from summarizer.backends.embedded import EmbeddedBackend
    from summarizer.backends.gguf import assemble_gguf

    backend = EmbeddedBackend(model_path=assemble_gguf(), n_ctx=4096, alias=MODEL,
                              cache_dir=tmp_path_factory.mktemp("llama"))
    try:
        yield backend.start().base_url
    finally:
        backend.close()


def _grounded(summary, source: str) -> None:
    assert summary.items()
    for _, it in summary.items():
        assert source[it.start : it.end] == it.quote


@pytest.mark.slow
def test_summarize_llm_on_a_real_llama_cpp_server(llama_server, vi_article, tmp_path, capsys):
    short = tmp_path / "ngan.txt"
    short.write_text(vi_article.read_text(encoding="utf-8")[:700], encoding="utf-8")
    opts = Options(base_url=llama_server, model=MODEL, strategy="llm", cache_path=tmp_path / "c.sqlite",
                   timeout=600.0)  # default options (negotiation); a busy 2-core CPU can take minutes per answer
    summary = summarize(short, opts)
    assert summary.provenance.structured_output == "json_object+schema"
    assert not summary.failed_chunks
    _grounded(summary, read_article(short).source)
    assert "structured output via json_object+schema" in capsys.readouterr().err


def _short_seeds(folder: Path, n: int = 5, chars: int = 600) -> list[str]:
    """Each seed's passage of about `chars` characters that holds its report: the paragraph with the most
    figures past the title and the lead (labelling.md: those hold no items, and a small model rightly
    finds nothing in them), cut at its last full sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for path in sorted(SEEDS.glob("00[0-4]_*.txt"))[:n]:
        text = path.read_text(encoding="utf-8")
        body = list(re.finditer(r"[^\n]+", text))[2:]
        start = max(body, key=lambda m: len(re.findall(r"\d+", m.group()))).start()
        cut = text[start : start + chars]
        ends = [m.end() for m in re.finditer(r"[.!?;](?:\s|$)", cut)]
        (folder / path.name).write_text(cut[: ends[-1]] if ends else cut, encoding="utf-8")
        ids.append(path.stem)
    return ids


@pytest.mark.slow
def test_batch_through_a_fault_injecting_proxy(llama_server, tmp_path):
    # Three passages, and every second chat request a fault: each real answer costs the CPU about a minute, so the
    # faults come densely (429 on the negotiation's probe, then 500, 503 and a reset on the passages' requests) rather
    # than over more answers. "slow" is left out: it costs the client's whole timeout (150 s here, for a busy CPU) and
    # is covered against the fake server (test_pipeline's slow answer past the client timeout).
    ids = _short_seeds(tmp_path / "in", n=3)
    proxy = FaultProxy(llama_server, kinds=tuple(k for k in KINDS if k != "slow"), every=2).start()
    out, cache = tmp_path / "out" / "results.jsonl", tmp_path / "cache" / "responses.sqlite"
    opts = Options(base_url=proxy.base_url, model=MODEL, api_key=SECRET, strategy="llm", timeout=150.0,
                   attempts=4, cache_path=cache)
    runs = []
    try:
        for _ in range(2):  # the run, and at most one rerun
            report = run_batch(tmp_path / "in", out, opts, BatchSettings(concurrency=1))
            runs.append(report.summary["articles"])
            lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
            if len(lines) == len(ids):
                break
    finally:
        proxy.stop()
    counts = proxy.counts()
    print(f"\nfault proxy: {counts}; runs: {runs}")
    (Path(os.environ.get("FAULT_PROXY_REPORT", str(tmp_path / "report.json")))).write_text(
        json.dumps({"counts": counts, "runs": runs, "outcomes": proxy.outcomes}, indent=1))
    errors_file = out.with_name("results.errors.jsonl")
    errors = [json.loads(x) for x in errors_file.read_text(encoding="utf-8").splitlines()] if errors_file.exists() else []
    ids_done = [x["article_id"] for x in lines]
    assert len(set(ids_done)) == len(ids_done)  # no duplicate line
    assert all(x["status"] == "done" and x["provenance"]["structured_output"] == "json_object+schema" for x in lines)
    # every article reached a verdict: done, or (the small model found nothing in ~600 characters)
    # "nothing to summarise" — never a transport or model-call failure left after the rerun
    assert sorted(ids_done + [e["article_id"] for e in errors]) == sorted(ids)
    assert all("nothing to summarise" in e["error"] for e in errors), errors
    assert len(ids_done) >= 2
    assert {k for k, v in counts.items() if v and k != "forwarded"} >= {"429", "500", "503"}  # faults were injected
    for f in [*tmp_path.rglob("*")]:
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes(), f
