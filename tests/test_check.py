"""`summarizer check` against fake-server profiles (real HTTP, real openai client)."""

from __future__ import annotations

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.llm.cache import ResponseCache

SECRET = "sk-test-SECRET123"


def run(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def test_check_llama_cpp_like_endpoint(fake_server_factory, tmp_path):
    server = fake_server_factory(profile="llama_cpp", api_key=SECRET)
    r = run("--base-url", server.base_url, "--api-key", SECRET, "--cache", str(tmp_path / "c.sqlite"))
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert f"endpoint: {server.base_url}" in out and "reachable: yes" in out and "models: test-model" in out
    assert "structured output: json_object+schema (not taken: json_schema: HTTP 500: Input should be " in out
    assert "round trip: " in out
    assert SECRET not in r.output
    assert server.outcomes()[:2] == ["500", "ok"]  # one refused probe, never retried
    assert ResponseCache(tmp_path / "c.sqlite").get_form(server.base_url, "test-model") == "json_object+schema"


def test_check_openai_like_endpoint(fake_server_factory, tmp_path):
    server = fake_server_factory(profile="openai")
    r = run("--base-url", server.base_url, "--model", "test-model", "--cache", str(tmp_path / "c.sqlite"))
    assert r.exit_code == 0, r.output
    assert "structured output: json_schema\n" in r.stdout


def test_check_errors_are_one_line_with_exit_codes(fake_server_factory, tmp_path):
    assert run().exit_code == 2
    dead = run("--base-url", "http://127.0.0.1:9/v1", "--api-key", SECRET)
    assert dead.exit_code == 3 and "reachable: no" in dead.stderr and SECRET not in dead.output
    server = fake_server_factory(api_key="sk-right-0000")
    wrong = run("--base-url", server.base_url, "--api-key", SECRET)
    assert wrong.exit_code == 3 and "API key was refused" in wrong.stderr and SECRET not in wrong.output
    assert wrong.stderr.count("\n") == 1
