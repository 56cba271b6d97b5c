"""Backends as the pipeline sees them: protocol and client settings.

Requests go through the real `openai` client (and instructor) to the fake server over HTTP, so
what is asserted is what a server would actually receive.
"""

from __future__ import annotations

import json

import openai
import pytest
from fakeserver import FakeServer, ok, status
from pydantic import BaseModel

from summarizer.backends.base import Backend
from summarizer.backends.embedded import EmbeddedBackend, llama_server_client
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


# -- the embedded client: plain openai, no rewriting (the form is negotiated like any endpoint's) --


def test_llama_server_client_sends_what_it_is_given(fake_server: FakeServer):
    fake_server.set_responder(lambda body: '{"answer": "yes"}')
    client = llama_server_client(fake_server.base_url, timeout=10)
    assert client.max_retries == 0
    rf = {"type": "json_schema", "json_schema": {"name": "Answer", "schema": SCHEMA}}
    r = client.chat.completions.create(model="test-model", messages=MESSAGES, max_tokens=5, response_format=rf)
    assert json.loads(r.choices[0].message.content) == {"answer": "yes"}
    assert fake_server.chat_requests()[-1]["body"]["response_format"] == rf
    client.close()


def test_embedded_backend_has_a_stable_negotiation_key(tmp_path):
    assert EmbeddedBackend(model_path=tmp_path / "m.gguf").negotiation_key == "embedded llama_cpp.server"


def test_embedded_backend_is_a_backend_and_lazy(tmp_path):
    b = EmbeddedBackend(model_path=tmp_path / "my-model.gguf", cache_dir=tmp_path)
    assert isinstance(b, Backend)
    assert (b.kind, b.model) == ("embedded", "my-model")
    assert b.pid is None  # nothing started until used
    b.close()
