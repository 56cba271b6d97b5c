"""`summarizer batch export` / `import`: the exported requests are what a live run sends, and the
imported answers give the summaries a live run gives."""

from __future__ import annotations

import json
import uuid

import pytest
from responders import extraction
from test_batch_support import read_jsonl, summary_core, write_articles
from typer.testing import CliRunner

from summarizer.batch.export import response_format
from summarizer.cli import app
from summarizer.models import ChunkExtraction

ARGS = ["--chunk-tokens", "100"]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    for k in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_STRATEGY", "SUMMARIZER_GGUF"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


def batch(*args):
    return CliRunner().invoke(app, ["batch", *map(str, args)])


def canon(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def completion(body: dict, content: str, finish: str = "stop") -> dict:
    prompt = max(1, len(json.dumps(body["messages"], ensure_ascii=False)) // 4)
    return {"id": "chatcmpl-" + uuid.uuid4().hex[:12], "object": "chat.completion", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": max(1, len(content) // 4),
                      "total_tokens": prompt + max(1, len(content) // 4)}}


def openai_line(req: dict, content: str) -> dict:  # OpenAI Batch output
    return {"id": "batch_req_" + uuid.uuid4().hex[:8], "custom_id": req["custom_id"],
            "response": {"status_code": 200, "request_id": uuid.uuid4().hex, "body": completion(req["body"], content)},
            "error": None}


def vllm_line(req: dict, content: str) -> dict:  # `vllm run-batch` output: same shape, its own ids
    return {"id": "vllm-" + uuid.uuid4().hex, "custom_id": req["custom_id"],
            "response": {"status_code": 200, "request_id": "vllm-batch-" + uuid.uuid4().hex,
                         "body": completion(req["body"], content)}, "error": None}


def write_lines(path, lines) -> None:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")


def test_response_format_is_instructor_json_schema_mode():
    assert response_format() == {"type": "json_schema", "json_schema": {
        "name": "ChunkExtraction", "schema": ChunkExtraction.model_json_schema()}}


def test_export_matches_live_requests_and_import_matches_live_summaries(tmp_path, fake_server):
    fake_server.set_responder(extraction)
    ids = write_articles(tmp_path / "in", 5, sentences=0)  # 1–3 chunks each
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    live = tmp_path / "live.jsonl"
    r = batch(tmp_path / "in", "-o", live, "--base-url", fake_server.base_url, "--model", "test-model", *ARGS, "-j", "2",
              "--mode", "json_schema", "--strategy", "llm")  # the form and strategy export writes
    assert r.exit_code == 1  # the empty file
    sent = [q["body"] for q in fake_server.chat_requests()]

    req_file = tmp_path / "requests.jsonl"
    r = batch("export", tmp_path / "in", "-o", req_file, "--model", "test-model", *ARGS)
    assert r.exit_code == 1 and "empty" in r.stderr  # reported, the others exported
    reqs = read_jsonl(req_file)
    assert len(reqs) == len(sent) and sorted(map(canon, (x["body"] for x in reqs))) == sorted(map(canon, sent))
    for x in reqs:
        aid, idx = x["custom_id"].rsplit("::", 1)
        assert aid in ids and idx.isdigit() and x["method"] == "POST" and x["url"] == "/v1/chat/completions"
        assert f"{aid}::{idx}" == x["custom_id"]
    assert len({x["custom_id"] for x in reqs}) == len(reqs)

    # answers in both formats (half and half), the way the engine would give them
    answers = [(openai_line if i % 2 else vllm_line)(x, extraction(x["body"])) for i, x in enumerate(reqs)]
    write_lines(tmp_path / "responses.jsonl", answers)
    imported = tmp_path / "imported.jsonl"
    r = batch("import", tmp_path / "responses.jsonl", "--input", tmp_path / "in", "-o", imported, *ARGS,
              "--requests", req_file)
    assert r.exit_code == 1  # the empty file again, in the errors file
    assert [e["article_id"] for e in read_jsonl(tmp_path / "imported.errors.jsonl")] == ["empty"]
    live_by_id = {x["article_id"]: summary_core(x) for x in read_jsonl(live)}
    imp_by_id = {x["article_id"]: summary_core(x) for x in read_jsonl(imported)}
    assert sorted(imp_by_id) == ids and imp_by_id == live_by_id
    usage = [x["provenance"]["usage"] for x in read_jsonl(imported)]
    assert sum(u["calls"] for u in usage) == len(reqs) and all(u["prompt_tokens"] for u in usage)


def test_import_failed_and_missing_chunks(tmp_path):
    write_articles(tmp_path / "in", 3)  # 3 chunks each
    assert batch("export", tmp_path / "in", "-o", tmp_path / "req.jsonl", "--model", "m", *ARGS).exit_code == 0
    reqs = read_jsonl(tmp_path / "req.jsonl")
    lines = []
    for x in reqs:
        if x["custom_id"] == "bai000::1":  # vllm run-batch: an ErrorResponse under "error"
            lines.append({"id": "vllm-1", "custom_id": x["custom_id"],
                          "response": {"status_code": 400, "request_id": "vllm-batch-1", "body": None},
                          "error": {"error": {"message": "engine crashed", "type": "BadRequestError", "code": 400}}})
        elif x["custom_id"] == "bai002::1":  # OpenAI Batch: response null, error {code, message}
            lines.append({"id": "batch_req_2", "custom_id": x["custom_id"], "response": None,
                          "error": {"code": "batch_expired", "message": "This request could not be executed"}})
        elif x["custom_id"] == "bai001::2":
            continue  # never answered
        elif x["custom_id"] == "bai002::0":
            lines.append(openai_line(x, '{"achievements": "not a list"}'))
        else:
            lines.append(openai_line(x, "```json\n" + extraction(x["body"]) + "\n```"))
    lines.append({"custom_id": "ghost::0", "response": {"status_code": 200, "body": {}}, "error": None})
    write_lines(tmp_path / "resp.jsonl", lines)
    with open(tmp_path / "resp.jsonl", "a", encoding="utf-8") as f:
        f.write("{broken\n")
    out = tmp_path / "out.jsonl"
    r = batch("import", tmp_path / "resp.jsonl", "--input", tmp_path / "in", "-o", out, *ARGS)
    assert r.exit_code == 1 and "ghost" in r.stderr and "line" in r.stderr
    errs = {e["article_id"]: e["error"] for e in read_jsonl(tmp_path / "out.errors.jsonl")}
    assert set(errs) == {"bai000", "bai001", "bai002"} and read_jsonl(out) == []
    assert "engine crashed" in errs["bai000"] and "no answer" in errs["bai001"]
    assert "ChunkExtraction" in errs["bai002"]
    # keeping what did come back
    r = batch("import", tmp_path / "resp.jsonl", "--input", tmp_path / "in", "-o", out, *ARGS, "--accept-partial")
    assert r.exit_code == 0, r.output
    done = {x["article_id"]: x for x in read_jsonl(out)}
    assert set(done) == {"bai000", "bai001", "bai002"} and read_jsonl(tmp_path / "out.errors.jsonl") == []
    assert [f["chunk"] for f in done["bai000"]["failed_chunks"]] == [1]
    assert [f["chunk"] for f in done["bai002"]["failed_chunks"]] == [0, 1]
    assert "could not be executed" in done["bai002"]["failed_chunks"][1]["error"]
    assert done["bai001"]["achievements"] and done["bai000"]["tasks"]
    # a different chunk size than the export's is caught, not silently misaligned
    r = batch("import", tmp_path / "resp.jsonl", "--input", tmp_path / "in", "-o", tmp_path / "x.jsonl",
              "--chunk-tokens", "1200")
    assert r.exit_code == 1 and "--chunk-tokens" in (tmp_path / "x.errors.jsonl").read_text(encoding="utf-8")
    # …and with the exported requests at hand, any drift in the rebuilt chunks is caught too
    (tmp_path / "in" / "bai001.txt").write_text((tmp_path / "in" / "bai001.txt").read_text(encoding="utf-8")
                                                .replace("đại biểu", "đại biểu dự"), encoding="utf-8")
    r = batch("import", tmp_path / "resp.jsonl", "--input", tmp_path / "in", "-o", tmp_path / "y.jsonl", *ARGS,
              "--requests", tmp_path / "req.jsonl", "--accept-partial")
    errs = {e["article_id"]: e["error"] for e in read_jsonl(tmp_path / "y.errors.jsonl")}
    assert r.exit_code == 1 and set(errs) == {"bai001"} and "differ from the exported requests" in errs["bai001"]


def test_export_needs_a_model_and_json_schema_mode(tmp_path):
    write_articles(tmp_path / "in", 1)
    r = batch("export", tmp_path / "in", "-o", tmp_path / "r.jsonl")
    assert r.exit_code == 2 and "--model" in r.stderr
    r = batch("export", tmp_path / "in", "-o", tmp_path / "r.jsonl", "--model", "m", "--mode", "tools")
    assert r.exit_code == 2 and "json_schema" in r.stderr
