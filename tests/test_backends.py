"""Backends as the pipeline sees them: protocol, client settings, and the llama.cpp schema adapter.

Requests go through the real `openai` client (and instructor) to the fake server over HTTP, so
what is asserted is what a server would actually receive.
"""

from __future__ import annotations

import json

import httpx
import instructor
import openai
import pytest
from fakeserver import FakeServer, ok, status
from pydantic import BaseModel

from summarizer.backends.base import Backend
from summarizer.backends.embedded import (
    EmbeddedBackend,
    JsonObjectSchemaTransport,
    llama_server_client,
    rewrite_response_format,
)
from summarizer.backends.openai_compat import OpenAICompatBackend

SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}},
    "required": ["answer"],
}
MESSAGES = [{"role": "user", "content": "Có phải Hà Nội là thủ đô không?"}]


class Answer(BaseModel):
    answer: str


# -- OpenAICompatBackend ------------------------------------------------------------------------


def test_openai_compat_is_a_backend_with_a_cached_non_retrying_client():
    b = OpenAICompatBackend("http://127.0.0.1:9/v1", None, "m", timeout=7.5)
    assert isinstance(b, Backend)
    assert (b.kind, b.model) == ("endpoint", "m")
    c = b.client()
    assert c is b.client()
    assert c.max_retries == 0
    assert c.api_key == "not-needed"
    assert c.timeout == 7.5
    assert str(c.base_url).rstrip("/") == "http://127.0.0.1:9/v1"
    b.close()
    b.close()  # idempotent
    assert b.client() is not c  # a fresh one after close


def test_openai_compat_key_is_sent_and_not_shown(fake_server_factory):
    server = fake_server_factory(api_key="sk-secret")
    with OpenAICompatBackend(server.base_url, "sk-secret", "test-model") as b:
        assert "sk-secret" not in repr(b)
        r = b.client().chat.completions.create(model=b.model, messages=MESSAGES)
    assert r.choices[0].message.content == "{}"


def test_openai_compat_client_does_not_retry(fake_server: FakeServer):
    fake_server.script(status(500), ok("{}"))
    b = OpenAICompatBackend(fake_server.base_url, None, "test-model")
    with pytest.raises(openai.InternalServerError):
        b.client().chat.completions.create(model=b.model, messages=MESSAGES)
    assert fake_server.outcomes() == ["500"]  # one request: retrying is the pipeline's job


# -- the json_schema → json_object adapter --------------------------------------------------------


def test_rewrite_response_format_only_touches_json_schema():
    payload = {
        "model": "m",
        "messages": MESSAGES,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "A", "schema": SCHEMA, "strict": True},
        },
    }
    out = rewrite_response_format(payload)
    assert out["response_format"] == {"type": "json_object", "schema": SCHEMA}
    assert {k: v for k, v in out.items() if k != "response_format"} == {"model": "m", "messages": MESSAGES}
    assert payload["response_format"]["type"] == "json_schema"  # input not mutated
    for untouched in (
        {"model": "m"},
        {"response_format": {"type": "json_object"}},
        {"response_format": {"type": "json_object", "schema": SCHEMA}},
        {"response_format": {"type": "text"}},
    ):
        assert rewrite_response_format(untouched) is untouched
    bare = rewrite_response_format({"response_format": {"type": "json_schema", "json_schema": {"name": "A"}}})
    assert bare["response_format"] == {"type": "json_object"}


def test_transport_rewrites_what_the_server_receives(fake_server: FakeServer):
    fake_server.set_responder(lambda body: '{"answer": "yes"}')
    client = llama_server_client(fake_server.base_url, timeout=10)
    assert client.max_retries == 0
    r = client.chat.completions.create(
        model="test-model",
        messages=MESSAGES,
        max_tokens=5,
        temperature=0,
        response_format={"type": "json_schema", "json_schema": {"name": "Answer", "schema": SCHEMA}},
    )
    assert json.loads(r.choices[0].message.content) == {"answer": "yes"}
    body = fake_server.chat_requests()[-1]["body"]
    assert body["response_format"] == {"type": "json_object", "schema": SCHEMA}
    assert body["messages"] == MESSAGES
    assert (body["model"], body["max_tokens"], body["temperature"]) == ("test-model", 5, 0)

    client.chat.completions.create(model="test-model", messages=MESSAGES)  # no response_format
    assert "response_format" not in fake_server.chat_requests()[-1]["body"]
    client.close()


def test_transport_passes_other_requests_through(fake_server: FakeServer):
    with httpx.Client(transport=JsonObjectSchemaTransport()) as http:
        r = http.get(fake_server.base_url + "/models")
        assert r.json()["data"][0]["id"] == "test-model"
        junk = http.post(fake_server.base_url + "/chat/completions", content=b"not json")
        assert junk.status_code == 400  # forwarded unchanged, the server judges it
    assert fake_server.requests[-1]["body"] is None


def test_instructor_json_schema_mode_reaches_the_server_as_json_object(fake_server: FakeServer):
    """instructor ≤1.7 sends json_object+schema itself, ≥1.8 sends OpenAI's json_schema: both end
    up as json_object+schema on the wire."""
    fake_server.set_responder(lambda body: '{"answer": "yes"}')
    client = instructor.from_openai(
        llama_server_client(fake_server.base_url), mode=instructor.Mode.JSON_SCHEMA
    )
    got = client.chat.completions.create(model="test-model", messages=MESSAGES, response_model=Answer)
    assert got.answer == "yes"
    rf = fake_server.chat_requests()[-1]["body"]["response_format"]
    assert rf == {"type": "json_object", "schema": Answer.model_json_schema()}


def test_embedded_backend_is_a_backend_and_lazy(tmp_path):
    b = EmbeddedBackend(model_path=tmp_path / "my-model.gguf", cache_dir=tmp_path)
    assert isinstance(b, Backend)
    assert (b.kind, b.model) == ("embedded", "my-model")
    assert b.pid is None  # nothing started until used
    b.close()
