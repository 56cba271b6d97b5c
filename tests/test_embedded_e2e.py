"""End to end on the real embedded model: a short real article, no endpoint configured.

Slow (the model runs on the CPU), but `.ci/run` runs it: it is the proof that the zero-config
model path works — GGUF assembled from the registry parts, llama.cpp server started on
127.0.0.1, the same pipeline, server gone afterwards.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarizer import Options, summarize
from summarizer.pipeline.ground import figures, has_foreign_script
from summarizer.render import render_json, validate_summary

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "evals" / "articles" / "001_797acb88c0c63cd6.txt"

pytest.importorskip("llama_cpp", reason="the embedded runtime is installed by pip install -e '.[embedded]'")


def _server_pids() -> set[int]:
    pids = set()
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if b"llama_cpp.server" in (p / "cmdline").read_bytes():
                    pids.add(int(p.name))
            except OSError:
                pass
    return pids


@pytest.mark.slow
def test_hybrid_on_the_real_embedded_model(monkeypatch):
    for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(var, raising=False)
    before = _server_pids()
    summary = summarize(ARTICLE, Options(strategy="hybrid", use_cache=False))
    data = json.loads(render_json(summary))
    assert validate_summary(data) == []
    prov = summary.provenance
    assert prov.model and "qwen2.5" in prov.model and prov.strategy == "hybrid"
    assert prov.usage.calls > 0 and prov.usage.prompt_tokens > 0
    source = ARTICLE.read_text(encoding="utf-8")
    import unicodedata

    source = unicodedata.normalize("NFC", source)
    assert summary.items(), "the article has results, shortcomings and tasks"
    for _, item in summary.items():
        assert source[item.start : item.end] == item.quote
        assert not has_foreign_script(item.text)
        for f in figures(item.text):
            assert f in figures(item.quote)
    assert _server_pids() <= before, "the embedded server must be gone after the run"
    assert os.environ.get("OPENAI_BASE_URL") is None
