"""Structured-output negotiation against server profiles of the fake endpoint (real HTTP, real
openai client and instructor; nothing mocked). Each test checks the form chosen, that it is
remembered (a second run sends no probe), and, from the server's request log, that no retry was
spent on a permanent rejection."""

from __future__ import annotations

import json

import pytest
from fakeserver import status
from responders import extraction

from summarizer.api import summarize
from summarizer.config import Options
from summarizer.errors import BackendError, ExtractionError
from summarizer.llm.cache import ResponseCache
from summarizer.llm.negotiate import PROBE_MESSAGES, endpoint_id, normalize_mode

SECRET = "sk-test-SECRET123"


def opts(server, tmp_path, **kw) -> Options:
    base = dict(base_url=server.base_url, model="test-model", api_key=SECRET, mode="auto", use_cache=False, strategy="llm",
                cache_path=tmp_path / "cache.sqlite", timeout=5.0, attempts=3, chunk_tokens=100_000)
    base.update(kw)
    return Options(**base)


def is_probe(rec: dict) -> bool:
    """instructor may merge the probe's turns with its own instructions: look for the question."""
    question = PROBE_MESSAGES[-1]["content"][:40]
    return question in json.dumps((rec["body"] or {}).get("messages", []), ensure_ascii=False)


def form_sent(rec: dict) -> str:
    rf = rec["body"].get("response_format")
    if not rf:
        return "none"
    return rf["type"] + ("+schema" if "schema" in rf else "")


def probes(server) -> list[tuple[str, str]]:
    return [(form_sent(r), r["outcome"]) for r in server.chat_requests() if is_probe(r)]


CASES = {
    # profile: (form chosen, [(what the probe sent, the server's answer), ...])
    "openai": ("json_schema", [("json_schema", "ok")]),
    "vllm": ("json_schema", [("json_schema", "ok")]),
    "ollama": ("json_schema", [("json_schema", "ok")]),
    "llama_cpp": ("json_object+schema", [("json_schema", "500"), ("json_object+schema", "ok")]),
    "rejects_json_schema": ("json", [("json_schema", "400"), ("json_object+schema", "400"), ("json_object", "ok")]),
    # 200 in prose around a ```json block: not JSON, asked twice per form, md_json reads the block
    "ignores": ("md_json", [("json_schema", "ok")] * 2 + [("json_object+schema", "ok")] * 2
                + [("json_object", "ok")] * 2 + [("none", "ok")]),
}


@pytest.mark.parametrize("profile", list(CASES))
def test_profile_negotiates_its_strongest_form_once(profile, fake_server_factory, vi_article, tmp_path, capsys):
    server = fake_server_factory(profile=profile, responder=extraction, api_key=SECRET)
    form, expected_probes = CASES[profile]

    summary = summarize(vi_article, opts(server, tmp_path))
    assert summary.provenance.structured_output == form
    assert summary.items()
    assert probes(server) == expected_probes  # a rejection is never retried
    chunk_requests = [r for r in server.chat_requests() if not is_probe(r)]
    assert chunk_requests and all(r["outcome"] == "ok" for r in chunk_requests)
    wire = {"json_schema": "json_schema", "json_object+schema": "json_object+schema", "json": "json_object",
            "md_json": "none"}[form]
    assert {form_sent(r) for r in chunk_requests} == {wire}
    err = capsys.readouterr().err
    if form == "json_schema":  # the strongest form is the quiet case: nothing to tell the user
        assert "structured output via" not in err
    else:  # a weaker form is said once
        assert err.count("structured output via") == 1
        assert f"endpoint {server.base_url} model test-model: structured output via {form}" in err
    assert SECRET not in err

    server.reset_log()  # a second run (fresh caller, same SQLite cache): no probe, the same form
    again = summarize(vi_article, opts(server, tmp_path))
    assert again.provenance.structured_output == form
    assert probes(server) == []
    assert "structured output via" not in capsys.readouterr().err
    assert ResponseCache(tmp_path / "cache.sqlite").get_form(server.base_url, "test-model") == form


def test_llama_cpp_error_is_permanent_and_readable_when_json_schema_is_forced(fake_server_factory, vi_article,
                                                                              tmp_path):
    server = fake_server_factory(profile="llama_cpp", responder=extraction)
    with pytest.raises(ExtractionError) as ei:
        summarize(vi_article, opts(server, tmp_path, mode="json_schema", chunk_tokens=100))
    msg = str(ei.value)
    n = len(server.chat_requests())
    assert n >= 2 and server.outcomes() == ["500"] * n  # one request per chunk: no retries on it
    assert msg.startswith("HTTP 500: Input should be 'text' or 'json_object' (all ")
    assert "{" not in msg and "\n" not in msg and "Traceback" not in msg and "File" not in msg
    assert probes(server) == []  # a forced form is never probed


def test_forced_llama_cpp_form_goes_on_the_wire(fake_server_factory, vi_article, tmp_path):
    server = fake_server_factory(profile="llama_cpp", responder=extraction)
    summary = summarize(vi_article, opts(server, tmp_path, mode="json_object_schema"))
    assert summary.provenance.structured_output == "json_object+schema"
    (req,) = server.chat_requests()
    rf = req["body"]["response_format"]
    assert rf["type"] == "json_object" and rf["schema"]["title"] == "ChunkExtraction"


def test_transient_error_during_the_probe_is_retried_and_decides_nothing(fake_server_factory, vi_article,
                                                                        tmp_path):
    server = fake_server_factory(profile="openai", responder=extraction)
    server.script(status(503), status(429, retry_after=0))
    summary = summarize(vi_article, opts(server, tmp_path))
    assert summary.provenance.structured_output == "json_schema"
    assert probes(server) == [("json_schema", "503"), ("json_schema", "429"), ("json_schema", "ok")]


def test_a_probe_that_never_gets_through_is_not_remembered(fake_server_factory, vi_article, tmp_path):
    server = fake_server_factory(profile="openai", responder=extraction)
    server.script(*[status(503)] * 50)
    with pytest.raises(ExtractionError, match=r"^HTTP 503: The engine is currently overloaded"):
        summarize(vi_article, opts(server, tmp_path, attempts=2, chunk_tokens=100))
    assert ResponseCache(tmp_path / "cache.sqlite").get_form(server.base_url, "test-model") is None


def test_every_form_rejected_is_a_backend_error(fake_server_factory, vi_article, tmp_path):
    server = fake_server_factory(profile="openai", responder=extraction)
    server.script(*[status(400, body={"error": {"message": "max_tokens is too large", "type": "x"}})] * 4)
    with pytest.raises(BackendError, match="rejected every structured-output form.*HTTP 400: max_tokens is too large"):
        summarize(vi_article, opts(server, tmp_path))
    assert server.outcomes() == ["400"] * 4


def test_mode_names_and_endpoint_ids():
    assert normalize_mode(None) == normalize_mode("AUTO") == "auto"
    assert normalize_mode("json_object_schema") == "json_object+schema"
    with pytest.raises(ValueError, match="unknown mode"):
        normalize_mode("xml")
    assert endpoint_id("http://user:pw@host:8000/v1/?key=1") == "http://host:8000/v1"


def test_cache_file_holds_no_key(fake_server_factory, vi_article, tmp_path):
    server = fake_server_factory(profile="llama_cpp", responder=extraction, api_key=SECRET)
    summarize(vi_article, opts(server, tmp_path, use_cache=True))
    for f in tmp_path.iterdir():
        assert SECRET.encode() not in f.read_bytes(), f
    assert json.dumps(server.requests).count(SECRET) == 0
