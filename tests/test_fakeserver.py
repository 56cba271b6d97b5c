"""The fake OpenAI-compatible server, exercised through the real ``openai`` client."""

from __future__ import annotations

import concurrent.futures
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from fakeserver import (
    FakeServer,
    length,
    malformed,
    ok,
    raw,
    reset,
    schema,
    slow,
    status,
)

MSGS = [{"role": "user", "content": "Tóm tắt bài này"}]


def client_for(server: FakeServer, api_key: str = "sk-test", timeout: float = 2.0) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=api_key, max_retries=0, timeout=timeout)


def chat(client: openai.OpenAI, model: str = "test-model", **kw):
    return client.chat.completions.create(model=model, messages=MSGS, **kw)


def test_normal_answer_and_usage(fake_server):
    client = client_for(fake_server)
    fake_server.script(ok('{"achievements": []}'))
    r = chat(client)
    assert r.object == "chat.completion"
    assert r.model == "test-model"
    assert r.choices[0].message.role == "assistant"
    assert r.choices[0].message.content == '{"achievements": []}'
    assert r.choices[0].finish_reason == "stop"
    assert r.usage.prompt_tokens == max(1, len(json.dumps(MSGS, ensure_ascii=False)) // 4)
    assert r.usage.completion_tokens == max(1, len('{"achievements": []}') // 4)
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens
    # queue empty -> default responder
    assert chat(client).choices[0].message.content == "{}"
    # responder
    fake_server.set_responder(lambda body: "echo:" + body["messages"][-1]["content"])
    assert chat(client).choices[0].message.content == "echo:Tóm tắt bài này"
    # script wins over responder, FIFO
    fake_server.script(ok("a"), ok("b"))
    assert [chat(client).choices[0].message.content for _ in range(3)] == ["a", "b", "echo:Tóm tắt bài này"]
    assert fake_server.outcomes() == ["ok"] * 6


def test_models_list(fake_server_factory):
    server = fake_server_factory(models=("m1", "m2"))
    ids = [m.id for m in client_for(server).models.list()]
    assert ids == ["m1", "m2"]


def test_429_carries_retry_after(fake_server):
    client = client_for(fake_server)
    fake_server.script(status(429, retry_after=1))
    with pytest.raises(openai.RateLimitError) as ei:
        chat(client)
    assert ei.value.status_code == 429
    assert ei.value.response.headers["retry-after"] == "1"
    assert ei.value.body["type"] == "rate_limit_error"
    # the connection is still usable afterwards
    assert chat(client).choices[0].message.content == "{}"
    assert fake_server.outcomes() == ["429", "ok"]


@pytest.mark.parametrize("code", [500, 503])
def test_server_errors(fake_server, code):
    client = client_for(fake_server)
    fake_server.script(status(code))
    with pytest.raises(openai.InternalServerError) as ei:
        chat(client)
    assert isinstance(ei.value, openai.APIStatusError)
    assert ei.value.status_code == code
    assert "retry-after" not in ei.value.response.headers


def test_custom_error_body(fake_server):
    client = client_for(fake_server)
    fake_server.script(status(400, body={"error": {"message": "context too long", "type": "x", "code": "y"}}))
    with pytest.raises(openai.BadRequestError, match="context too long"):
        chat(client)


def test_slow_exceeds_client_timeout_without_blocking_others(fake_server):
    fake_server.script(slow(3.0, content="late"))
    slow_client = client_for(fake_server, timeout=0.5)
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        fut = pool.submit(chat, slow_client)
        time.sleep(0.1)
        # a second request is served while the first one sleeps
        assert chat(client_for(fake_server)).choices[0].message.content == "{}"
        with pytest.raises(openai.APITimeoutError):
            fut.result()
    assert time.monotonic() - t0 < 2.0
    assert sorted(fake_server.outcomes()) == ["ok", "slow"]


def test_slow_within_timeout_answers(fake_server):
    fake_server.script(slow(0.2, content="fine"))
    assert chat(client_for(fake_server)).choices[0].message.content == "fine"


def test_reset_raises_connection_error(fake_server):
    client = client_for(fake_server)
    fake_server.script(reset())
    with pytest.raises(openai.APIConnectionError) as ei:
        chat(client)
    assert not isinstance(ei.value, openai.APITimeoutError)
    # the client recovers on a fresh connection
    assert chat(client).choices[0].message.content == "{}"
    assert fake_server.outcomes() == ["reset", "ok"]


def test_wrong_key_is_rejected_without_echo(fake_server_factory):
    server = fake_server_factory(api_key="sk-right")
    with pytest.raises(openai.AuthenticationError) as ei:
        chat(client_for(server, api_key="sk-wrong-secret"))
    assert ei.value.status_code == 401
    assert ei.value.body["code"] == "invalid_api_key"
    assert "sk-wrong-secret" not in str(ei.value)
    assert "sk-right" not in str(ei.value)
    assert "sk-wrong-secret" not in ei.value.response.text
    assert chat(client_for(server, api_key="sk-right")).choices[0].message.content == "{}"
    assert [r["outcome"] for r in server.requests] == ["401", "ok"]


def test_unknown_model(fake_server):
    with pytest.raises(openai.NotFoundError) as ei:
        chat(client_for(fake_server), model="gpt-nope")
    assert ei.value.body["code"] == "model_not_found"
    assert "gpt-nope" in ei.value.body["message"]


def test_unknown_path_is_404_json(fake_server):
    r = httpx.get(f"{fake_server.base_url}/nope")
    assert r.status_code == 404
    assert r.json()["error"]["type"] == "invalid_request_error"


def test_length_malformed_schema(fake_server):
    client = client_for(fake_server)
    fake_server.script(length(), malformed(), schema(), length('{"a": '))
    r = chat(client)
    assert r.choices[0].finish_reason == "length"
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.choices[0].message.content)
    r = chat(client)
    assert r.choices[0].finish_reason == "stop"
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.choices[0].message.content)
    r = chat(client)
    assert json.loads(r.choices[0].message.content) == {"achievements": "not a list"}
    r = chat(client)
    assert (r.choices[0].finish_reason, r.choices[0].message.content) == ("length", '{"a": ')
    assert fake_server.outcomes() == ["length", "malformed", "schema", "length"]


def test_raw_bodies(fake_server):
    client = client_for(fake_server)
    fake_server.script(raw(b"<html>Bad Gateway</html>", status=502, content_type="text/html"))
    with pytest.raises(openai.InternalServerError) as ei:
        chat(client)
    assert ei.value.status_code == 502
    # a 200 whose body is not JSON: the openai client lets json.JSONDecodeError (a ValueError) escape
    fake_server.script(raw(b"this is not json"))
    with pytest.raises((ValueError, openai.APIError)):
        chat(client)
    assert chat(client).choices[0].message.content == "{}"


def test_requests_are_recorded_with_authorization_redacted(fake_server_factory):
    server = fake_server_factory(api_key="sk-secret-value")
    client = client_for(server, api_key="sk-secret-value")
    chat(client, temperature=0)
    client.models.list()
    reqs = server.requests
    assert [(r["method"], r["path"], r["outcome"]) for r in reqs] == [
        ("POST", "/v1/chat/completions", "ok"),
        ("GET", "/v1/models", "ok"),
    ]
    assert reqs[0]["body"]["messages"] == MSGS
    assert reqs[0]["body"]["temperature"] == 0
    assert isinstance(reqs[0]["t"], float)
    for r in reqs:
        auth = {k.lower(): v for k, v in r["headers"].items()}["authorization"]
        assert auth == "<redacted>"
        assert "sk-secret-value" not in json.dumps(r)
    assert len(server.chat_requests()) == 1
    server.reset_log()
    assert server.requests == []


def _fault_run(server: FakeServer, n: int) -> list[str]:
    client = client_for(server, timeout=0.25)
    for _ in range(n):
        try:
            chat(client)
        except openai.APIError:
            pass
    return server.outcomes()


def test_random_faults_are_reproducible(fake_server_factory):
    kinds = ["429", "500", "503", "slow", "reset", "malformed", "length", "schema"]
    a = fake_server_factory(slow_seconds=0.25).inject(0.5, kinds, seed=7)
    b = fake_server_factory(slow_seconds=0.25).inject(0.5, kinds, seed=7)
    first, second = _fault_run(a, 24), _fault_run(b, 24)
    assert first == second
    assert len(first) == 24
    assert "ok" in first and len(set(first)) >= 4
    c = fake_server_factory(slow_seconds=0.25).inject(0.5, kinds, seed=8)
    assert _fault_run(c, 24) != first
    # rate 0 turns it off
    a.inject(0.0, kinds, seed=7)
    a.reset_log()
    assert _fault_run(a, 5) == ["ok"] * 5


def test_inject_rejects_unknown_kind(fake_server):
    with pytest.raises(ValueError):
        fake_server.inject(0.1, ["teapot"], seed=1)


def test_latency_does_not_serialize(fake_server_factory):
    server = fake_server_factory(latency=0.3)
    client = openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0, timeout=5)
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda _: chat(client).choices[0].message.content, range(16)))
    elapsed = time.monotonic() - t0
    assert results == ["{}"] * 16
    assert 0.3 <= elapsed < 1.5


def test_keep_alive_many_sequential_requests(fake_server):
    client = client_for(fake_server)
    for i in range(50):
        fake_server.script(ok(str(i)) if i % 5 else status(500))
    got = []
    for _ in range(50):
        try:
            got.append(chat(client).choices[0].message.content)
        except openai.InternalServerError:
            got.append("err")
    assert got == [str(i) if i % 5 else "err" for i in range(50)]


def test_tools_mode_returns_tool_call(fake_server):
    tools = [{"type": "function", "function": {"name": "Summary", "parameters": {"type": "object"}}}]
    fake_server.script(ok('{"achievements": []}'))
    r = chat(
        client_for(fake_server),
        tools=tools,
        tool_choice={"type": "function", "function": {"name": "Summary"}},
    )
    msg = r.choices[0].message
    assert msg.content is None
    assert msg.tool_calls[0].function.name == "Summary"
    assert msg.tool_calls[0].function.arguments == '{"achievements": []}'


def test_streaming(fake_server):
    fake_server.script(ok("xin chào"))
    stream = chat(client_for(fake_server), stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "xin chào"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].usage.total_tokens >= 2


def test_subprocess_mode(tmp_path: Path):
    log = tmp_path / "requests.jsonl"
    script = Path(__file__).with_name("fakeserver.py")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "--port",
            "0",
            "--log",
            str(log),
            "--models",
            "m1,m2",
            "--api-key",
            "sk-sub",
            "--latency",
            "0.01",
            "--content",
            '{"ok": true}',
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("PORT "), (line, proc.stderr.read() if proc.poll() is not None else "")
        port = int(line.split()[1])
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-sub", max_retries=0, timeout=2
        )
        r = client.chat.completions.create(model="m2", messages=MSGS)
        assert r.choices[0].message.content == '{"ok": true}'
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model="m3", messages=MSGS)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=3) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [(x["body"]["model"], x["outcome"]) for x in lines] == [("m2", "ok"), ("m3", "404")]
    for x in lines:  # header name case differs between openai versions
        assert {k.lower(): v for k, v in x["headers"].items()}["authorization"] == "<redacted>"
    assert "sk-sub" not in log.read_text(encoding="utf-8")


def test_subprocess_fault_mode_log_survives_kill(tmp_path: Path):
    log = tmp_path / "requests.jsonl"
    script = Path(__file__).with_name("fakeserver.py")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "--port",
            "0",
            "--log",
            str(log),
            "--fault-rate",
            "1",
            "--fault-kinds",
            "429",
            "--seed",
            "1",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        port = int(proc.stdout.readline().split()[1])
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0, timeout=2)
        for _ in range(3):
            with pytest.raises(openai.RateLimitError) as ei:
                client.chat.completions.create(model="test-model", messages=MSGS)
            assert ei.value.response.headers["retry-after"] in ("0", "1")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    outcomes = [json.loads(x)["outcome"] for x in log.read_text(encoding="utf-8").splitlines()]
    assert outcomes == ["429"] * 3


@pytest.mark.parametrize("mode", ["TOOLS", "JSON"])
def test_works_under_instructor(fake_server, mode):
    import instructor
    import pydantic

    class S(pydantic.BaseModel):
        achievements: list[str]

    ic = instructor.from_openai(client_for(fake_server), mode=getattr(instructor.Mode, mode))
    fake_server.script(schema(), ok('{"achievements": ["b"]}'))
    r = ic.chat.completions.create(model="test-model", messages=MSGS, response_model=S, max_retries=2)
    assert r.achievements == ["b"]
    assert fake_server.outcomes() == ["schema", "ok"]


def test_stop_does_not_wait_for_slow_requests():
    server = FakeServer().start()
    server.script(slow(30))
    client = client_for(server, timeout=0.3)
    with pytest.raises(openai.APITimeoutError):
        chat(client)
    t0 = time.monotonic()
    server.stop()
    assert time.monotonic() - t0 < 1.0
