"""kill -9 of a real `summarizer batch` process mid-run, then resume (server: a real subprocess too)."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import openai
from responders import chunk_of
from test_batch_support import CLI, clean_env, read_jsonl, start_server_process, stop_process, write_articles

from summarizer.llm.cache import ResponseCache
from summarizer.llm.caller import CallSettings, ModelCaller
from summarizer.llm.prompts import load_prompt
from summarizer.models import ChunkExtraction

N = 30


def server_log(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def cached_chunk_texts(requests: list[dict], cache_file) -> set[str]:
    """Chunks whose answer is in the response cache (computed with the pipeline's own cache key)."""
    prompt = load_prompt("extract")
    n_msgs = len(prompt.messages(heading="", previous="", text=""))
    caller = ModelCaller(openai.OpenAI(api_key="unused", base_url="http://127.0.0.1:9/v1"),
                         CallSettings(model="test-model", mode="json_schema"))  # the fake server's form
    cache = ResponseCache(cache_file)
    out = set()
    for q in requests:
        if not isinstance(q.get("body"), dict):
            continue  # a request the kill cut off mid-send: the server got no JSON body, nothing was cached
        key = caller.key(q["body"]["messages"][:n_msgs], ChunkExtraction, prompt.version, 2048)
        if cache.get(key) is not None:
            out.add(chunk_of(q["body"]))
    return out


def test_kill_minus_9_mid_run_then_resume(tmp_path):
    ids = write_articles(tmp_path / "in", N)
    server, port, log = start_server_process(tmp_path, "--latency", "0.12")
    out, cache = tmp_path / "out.jsonl", tmp_path / "cache" / "responses.sqlite"
    cmd = [*CLI, "batch", str(tmp_path / "in"), "-o", str(out), "--base-url", f"http://127.0.0.1:{port}/v1",
           "--model", "test-model", "--api-key", "sk-kill-test", "--chunk-tokens", "100", "-j", "4",
           "--cache", str(cache), "--strategy", "llm"]  # the test reads the llm strategy's chunk requests
    env = clean_env(tmp_path / "cache")
    try:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 6:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
        time.sleep(0.3)  # let requests the dead client left behind reach the log
        first_requests = [q for q in server_log(log) if q["path"].endswith("/chat/completions")]
        at_kill = out.read_bytes()
        finished = at_kill[: at_kill.rfind(b"\n") + 1]  # whole lines at the moment of the kill
        done_before = [json.loads(x)["article_id"] for x in finished.splitlines()]
        assert 6 <= len(done_before) < N
        finished_chunks = cached_chunk_texts(first_requests, cache)
        assert len(finished_chunks) >= 3 * len(done_before)  # every chunk of a done article is cached

        resumed = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        final = out.read_bytes()
        assert final.startswith(finished)  # finished lines unchanged, byte for byte
        lines = read_jsonl(out)
        assert sorted(r["article_id"] for r in lines) == ids  # every article exactly once
        assert all(r["status"] == "done" and not r["failed_chunks"] for r in lines)

        second_requests = [q for q in server_log(log) if q["path"].endswith("/chat/completions")]
        second_requests = second_requests[len(first_requests):]
        repeated = {chunk_of(q["body"]) for q in second_requests} & finished_chunks
        assert not repeated, f"{len(repeated)} finished chunk(s) were requested again"
        summary = json.loads((tmp_path / "out.summary.json").read_text())
        assert summary["articles"]["skipped_already_done"] == len(done_before)
        assert summary["usage"]["cache_hits"] >= len(finished_chunks) - 3 * len(done_before)
        assert summary["usage"]["model_calls"] == len(second_requests)
        assert all(b"sk-kill-test" not in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()
                   and p != log)
    finally:
        stop_process(server)
