"""The whole pipeline through the real openai client and instructor, against the fault-injecting server.

Nothing is mocked: the server answers over HTTP on 127.0.0.1, scripted per request, and records
every request it got, so each test can check what the client really sent (retries, re-asks, splits).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from fakeserver import length, malformed, ok, reset, schema, slow, status
from responders import chunk_of, extraction

import summarizer
from summarizer.api import summarize
from summarizer.config import Options
from summarizer.errors import ExtractionError
from summarizer.llm.prompts import load_prompt
from summarizer.models import SCHEMA_VERSION, Summary
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ingest import read_article
from summarizer.render import render_json, render_markdown

SECRET = "sk-test-SECRET-1234567890"
SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schemas" / "summary.schema.json"
ONE_CHUNK = 100_000
FOUR_CHUNKS = 100  # the sample article is 4 chunks at this budget


def options(server, **kw) -> Options:
    # mode forced: these tests script the server request by request (negotiation: tests/test_negotiate.py)
    base = dict(base_url=server.base_url, model="test-model", api_key=SECRET, use_cache=False, timeout=2.0,
                attempts=3, max_reasks=2, chunk_tokens=ONE_CHUNK, mode="json_schema", strategy="llm")
    base.update(kw)
    return Options(**base)


def texts(summary: Summary) -> list[tuple[str, str]]:
    return [(cat, it.text) for cat, it in summary.items()]


def assert_grounded(summary: Summary, article: Path) -> None:
    source = read_article(article).source
    assert summary.items()
    for _, it in summary.items():
        assert it.quote == source[it.start : it.end]


def reask_turns(request: dict) -> list[str]:
    """The user turns instructor appended after the first answer (its validation feedback)."""
    msgs = request["body"]["messages"]
    last_chunk_turn = max(i for i, m in enumerate(msgs) if m["role"] == "user" and "<van_ban>" in str(m["content"]))
    return [str(m["content"]) for m in msgs[last_chunk_turn + 1 :] if m["role"] == "user"]


def validate_against_schema_file(data: dict) -> None:
    schema_doc = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema_doc).validate(data)


@pytest.fixture
def server(fake_server_factory):
    """The fake endpoint, checking the key (a request without the right one gets 401)."""
    return fake_server_factory(api_key=SECRET, responder=extraction)


@pytest.fixture
def baseline(server, vi_article) -> Summary:
    """A fault-free run, to compare faulty runs with; the server log is cleared afterwards."""
    summary = summarize(vi_article, options(server))
    server.reset_log()
    return summary


# --- the normal path and the contract ---


def test_clean_run_provenance_and_schema(server, vi_article):
    summary = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS))
    requests = server.chat_requests()
    doc = read_article(vi_article)
    chunks = make_chunks(doc, FOUR_CHUNKS)
    assert len(chunks) == 4 and len(requests) == 4 and server.outcomes() == ["ok"] * 4
    assert_grounded(summary, vi_article)
    assert summary.failed_chunks == []
    assert {it.chunk for _, it in summary.items()} == {0, 1, 2, 3}
    assert summary.meta.organization == "Huyện ủy Tân Phước"
    assert summary.meta.meeting_date == "2023-10-08"
    assert summary.meta.chair == ["Nguyễn Văn Hùng"]

    p = summary.provenance
    assert p.tool_version == summarizer.__version__
    assert p.model == "test-model" and p.strategy == "llm"
    assert p.prompt_version == load_prompt("extract").version
    assert p.schema_version == SCHEMA_VERSION
    assert p.chunks == 4
    assert p.usage.calls == len(requests) == 4
    # the server's own token counts, summed: usage really comes from the responses
    assert p.usage.prompt_tokens == sum(max(1, len(json.dumps(r["body"]["messages"], ensure_ascii=False)) // 4)
                                        for r in requests)
    assert p.usage.completion_tokens > 0
    assert {"ingest", "chunk", "extract", "ground", "merge", "total"} <= set(p.timings)
    assert all(v >= 0 for v in p.timings.values())
    assert p.dropped == {}

    # what the client sent: one schema-constrained request per chunk, verbatim chunk text, heading as context
    for req, chunk in zip(requests, chunks, strict=True):
        body = req["body"]
        assert body["model"] == "test-model"
        assert body["response_format"]["type"] == "json_schema"  # instructor Mode.JSON_SCHEMA by default
        assert chunk_of(body) == chunk.text
        assert "Huyện ủy Tân Phước sơ kết công tác quý III/2023" in body["messages"][-1]["content"]
        auth = {k.lower(): v for k, v in req["headers"].items()}["authorization"]
        assert auth == "<redacted>"  # the server saw a key (and did not log it)

    data = json.loads(render_json(summary))
    validate_against_schema_file(data)
    assert set(data) >= {"meta", "achievements", "shortcomings", "tasks", "provenance"}
    for cat in ("achievements", "shortcomings", "tasks"):
        for it in data[cat]:
            assert {"text", "quote", "start", "end"} <= set(it)
    assert SECRET not in json.dumps(data)


def test_markdown_summary(server, vi_article):
    md = render_markdown(summarize(vi_article, options(server)), quotes=True)
    assert md.startswith("# Tóm tắt: Huyện ủy Tân Phước")
    for heading in ("## Kết quả đạt được", "## Hạn chế, tồn tại", "## Nhiệm vụ trọng tâm"):
        assert heading in md
    assert "- **Ngày họp:** 2023-10-08" in md
    assert "  > Có 7/13 xã đạt chuẩn nông thôn mới nâng cao" in md


@pytest.mark.parametrize("mode", ["json", "md_json", "tools"])
def test_other_instructor_modes_give_the_same_items(server, vi_article, baseline, mode):
    summary = summarize(vi_article, options(server, mode=mode))
    assert texts(summary) == texts(baseline)
    body = server.chat_requests()[0]["body"]
    assert ("tools" in body) == (mode == "tools")


def test_concurrent_chunks_give_the_same_items(server, vi_article):
    sequential = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS))
    parallel = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS, concurrency=4))
    assert texts(parallel) == texts(sequential)
    assert len(server.chat_requests()) == 8


def test_response_cache_answers_a_repeated_run(server, vi_article, tmp_path):
    cache = tmp_path / "responses.sqlite"
    first = summarize(vi_article, options(server, use_cache=True, cache_path=cache, chunk_tokens=FOUR_CHUNKS))
    assert len(server.chat_requests()) == 4 and first.provenance.usage.cache_hits == 0
    second = summarize(vi_article, options(server, use_cache=True, cache_path=cache, chunk_tokens=FOUR_CHUNKS))
    assert len(server.chat_requests()) == 4  # nothing new was asked
    assert second.provenance.usage.cache_hits == 4 and second.provenance.usage.calls == 0
    assert texts(second) == texts(first)


# --- transport faults: retried with tenacity, bounded, and the article completes ---


def test_429_waits_for_retry_after(server, vi_article, baseline):
    server.script(status(429, retry_after=1))
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert server.outcomes() == ["429", "ok"]
    assert requests[1]["t"] - requests[0]["t"] >= 1.0  # the client honoured Retry-After
    assert texts(summary) == texts(baseline)
    assert summary.provenance.usage.calls == 2


@pytest.mark.parametrize("fault", [status(500), status(503), reset()], ids=["500", "503", "reset"])
def test_transient_fault_is_retried(server, vi_article, baseline, fault):
    server.script(fault)
    summary = summarize(vi_article, options(server))
    assert server.outcomes() == [fault.kind if fault.kind == "reset" else str(fault.code), "ok"]
    assert texts(summary) == texts(baseline)
    assert summary.failed_chunks == []


def test_slow_answer_past_the_client_timeout_is_retried(server, vi_article, baseline):
    server.script(slow(5))
    t0 = time.monotonic()
    summary = summarize(vi_article, options(server, timeout=1.0))
    elapsed = time.monotonic() - t0
    assert server.outcomes() == ["slow", "ok"]
    assert elapsed < 4.0  # gave up on the slow answer instead of waiting for it
    assert texts(summary) == texts(baseline)


def test_faults_are_bounded_by_attempts(server, vi_article):
    server.script(*[status(503)] * 5)
    with pytest.raises(ExtractionError) as ei:
        summarize(vi_article, options(server, attempts=2))
    assert server.outcomes() == ["503", "503"]
    msg = str(ei.value)
    assert "\n" not in msg and "all 1 chunks failed" in msg and "503" in msg
    assert SECRET not in msg


# --- bad answers: instructor re-asks with the validator's message ---


def test_malformed_json_is_reasked(server, vi_article, baseline):
    server.script(malformed())
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert server.outcomes() == ["malformed", "ok"]
    followup = reask_turns(requests[1])
    assert followup and re.search(r"Invalid JSON|json_invalid", followup[-1])
    assert texts(summary) == texts(baseline)


def test_schema_violating_json_is_reasked(server, vi_article, baseline):
    server.script(schema())
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert server.outcomes() == ["schema", "ok"]
    followup = reask_turns(requests[1])
    assert followup and "achievements" in followup[-1] and "valid array" in followup[-1]
    # the bad answer is shown back to the model with the complaint
    assert any(m["role"] == "assistant" and "not a list" in str(m["content"]) for m in requests[1]["body"]["messages"])
    assert texts(summary) == texts(baseline)


def test_truncated_output_splits_the_chunk(server, vi_article, baseline):
    server.script(length())
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert server.outcomes() == ["length", "ok", "ok"]
    whole, first, second = (chunk_of(r["body"]) for r in requests)
    assert first and second and len(first) < len(whole) and len(second) < len(whole)
    assert re.sub(r"\s", "", first + second) == re.sub(r"\s", "", whole)  # two halves, nothing lost
    assert texts(summary) == texts(baseline)
    assert summary.failed_chunks == []


def test_truncation_that_never_ends_is_bounded(server, vi_article):
    server.script(*[length()] * 20)
    with pytest.raises(ExtractionError) as ei:
        summarize(vi_article, options(server))
    outcomes = server.outcomes()
    assert set(outcomes) == {"length"} and 2 <= len(outcomes) <= 4  # halved a few times, then given up
    assert "max_tokens" in str(ei.value)


def with_invented_item(body: dict) -> str:
    answer = json.loads(extraction(body))
    answer["achievements"].append({"text": "Thu ngân sách đạt 999 tỷ đồng", "quote": "Thu ngân sách năm nay đạt 999 tỷ đồng"})
    return json.dumps(answer, ensure_ascii=False)


def test_invented_quote_is_reasked_then_dropped_and_counted(server, vi_article, baseline):
    server.set_responder(with_invented_item)
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert len(requests) == 3  # the answer, then max_reasks=2 re-asks
    for req in requests[1:]:
        assert any("not found in the source" in turn for turn in reask_turns(req))
    assert "999" not in json.dumps(summary.model_dump(), ensure_ascii=False)
    assert summary.provenance.dropped == {"quote_not_found": 1}
    assert texts(summary) == texts(baseline)  # the good items of the same answer survive


def with_altered_figure(body: dict) -> str:
    answer = json.loads(extraction(body))
    for item in answer["achievements"]:
        if "94,7%" in item["text"]:
            item["text"] = item["text"].replace("94,7%", "95%")
    return json.dumps(answer, ensure_ascii=False)


def test_altered_figure_is_reasked_then_dropped_and_counted(server, vi_article, baseline):
    server.set_responder(with_altered_figure)
    summary = summarize(vi_article, options(server))
    requests = server.chat_requests()
    assert len(requests) == 3
    assert any("figures not in its quote (95)" in turn for turn in reask_turns(requests[1]))
    assert summary.provenance.dropped == {"figure_not_in_quote": 1}
    assert "95%" not in " ".join(t for _, t in texts(summary))
    assert len(texts(summary)) == len(texts(baseline)) - 1


def test_a_corrected_answer_after_the_reask_is_used(server, vi_article, baseline):
    first = True

    def invent_once(body: dict) -> str:
        nonlocal first
        if first:
            first = False
            return with_invented_item(body)
        return extraction(body)

    server.set_responder(invent_once)
    summary = summarize(vi_article, options(server))
    assert len(server.chat_requests()) == 2
    assert summary.provenance.dropped == {}
    assert texts(summary) == texts(baseline)


# --- one chunk failing permanently fails alone ---


def test_one_chunk_failing_permanently_fails_alone(server, vi_article):
    good = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS))
    first_answer = extraction(server.chat_requests()[0]["body"])
    server.reset_log()
    attempts = 3
    # chunk 0 answers; then a run of 500s one longer than chunk 1's attempts; chunk 2 retries once
    server.script(ok(first_answer), *[status(500)] * (attempts + 1))
    summary = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS, attempts=attempts))
    assert server.outcomes() == ["ok", "500", "500", "500", "500", "ok", "ok"]
    assert [f.chunk for f in summary.failed_chunks] == [1]
    error = summary.failed_chunks[0].error
    assert "500" in error and "\n" not in error and SECRET not in error
    assert texts(summary) == [(c, it.text) for c, it in good.items() if it.chunk != 1]
    assert {it.chunk for _, it in summary.items()} == {0, 2, 3}
    assert summary.provenance.chunks == 4
    validate_against_schema_file(json.loads(render_json(summary)))
    assert "## Phần chưa xử lý được" in render_markdown(summary)


def test_the_key_is_scrubbed_from_a_chunk_error(server, vi_article):
    # a (misbehaving) endpoint that echoes the key in its error body
    echo = status(500, body={"error": {"message": f"upstream refused key {SECRET}", "type": "server_error"}})
    server.script(*[echo] * 2)
    summary = summarize(vi_article, options(server, chunk_tokens=FOUR_CHUNKS, attempts=2))
    assert [f.chunk for f in summary.failed_chunks] == [0]
    assert SECRET not in render_json(summary) and SECRET not in render_markdown(summary)
    assert "***" in summary.failed_chunks[0].error


def test_pasted_twice_seed_gives_each_item_once(server, seeds_dir):
    path = next(iter(sorted(seeds_dir.glob("004_*.txt"))), None)
    if path is None:
        pytest.skip("seed 004 not present")
    summary = summarize(path, options(server, chunk_tokens=1200))
    doc = read_article(path)
    assert summary.failed_chunks == [] and summary.items()
    seen = [" ".join(it.text.split()).casefold() for _, it in summary.items()]
    assert len(seen) == len(set(seen))
    for _, it in summary.items():
        assert it.quote == doc.source[it.start : it.end]
        assert any(p.start <= it.start and it.end <= p.end for p in doc.paragraphs)  # not in the removed copy
    validate_against_schema_file(json.loads(render_json(summary)))


def test_library_backend_error_never_carries_the_key():
    """A key inside the base URL is scrubbed from the library's own exception, not only by the CLI."""
    from summarizer.errors import BackendError

    secret = "sk-url-SECRET-9876543210"
    article = Path(__file__).resolve().parents[1] / "evals" / "articles" / "001_797acb88c0c63cd6.txt"
    with pytest.raises(BackendError) as info:
        summarize(article, Options(base_url=f"http://127.0.0.1:9/{secret}/v1", api_key=secret, model="m",
                                   use_cache=False, attempts=1))
    assert secret not in str(info.value) and "cannot reach" in str(info.value)


CUT_PAGE = ("UBND xã An Phú sơ kết 6 tháng đầu năm 2026\n\nSáng 2/7, UBND xã An Phú tổ chức hội nghị sơ kết 6 tháng đầu "
            "năm 2026.\n6 tháng đầu năm, xã thu ngân sách đạt 65% dự toán; tổ chức 6 lớp tập huấn cho 300 nông dân. Thời "
            "gian tới, xã tập trung rà soát hộ nghèo; hoàn thành tiêu chí nông thôn mới kiểu m")


def test_an_item_a_stored_page_cuts_off_is_left_out_and_counted(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_text(CUT_PAGE, encoding="utf-8")
    s = summarize(path, Options(strategy="rules", use_cache=False))
    assert [t.text for t in s.tasks] == ["Xã tập trung rà soát hộ nghèo"]
    assert s.provenance.dropped == {"cut_off": 1}
    proc = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(path), "--strategy", "rules", "--no-cache"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stderr.count("\n") == 1 and "stops mid-sentence; 1 item(s)" in proc.stderr


def test_a_last_list_line_without_a_full_stop_is_kept(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("UBND xã An Phú sơ kết 6 tháng đầu năm 2026\n\nSáng 2/7, UBND xã An Phú tổ chức hội nghị sơ kết.\n"
                    "Kết quả đạt được:\n- Thu ngân sách đạt 65% dự toán\n- Tổ chức 6 lớp tập huấn cho 300 nông dân",
                    encoding="utf-8")
    s = summarize(path, Options(strategy="rules", use_cache=False))
    assert [a.text for a in s.achievements] == ["Thu ngân sách đạt 65% dự toán", "Tổ chức 6 lớp tập huấn cho 300 nông dân"]
    assert "cut_off" not in s.provenance.dropped
