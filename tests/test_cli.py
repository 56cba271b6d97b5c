"""The command line: output to stdout or a file, JSON or Markdown, and one clean line per error."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fakeserver import status
from responders import extraction
from typer.testing import CliRunner

from summarizer.cli import app

SECRET = "sk-test-SECRET-1234567890"
ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schemas" / "summary.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def server(fake_server_factory):
    return fake_server_factory(api_key=SECRET, responder=extraction)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def endpoint(server, key: str = SECRET, model: str = "test-model") -> list[str]:
    # mode forced: these tests script the server request by request (negotiation: tests/test_negotiate.py)
    return ["--base-url", server.base_url, "--model", model, "--api-key", key, "--no-cache", "--mode", "json_schema",
            "--strategy", "llm"]


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens there once the socket is closed


def assert_one_line_error(result, *words: str) -> str:
    assert result.exit_code != 0
    assert result.stdout == ""
    err = result.stderr
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("summarizer: error: ")
    assert "Traceback" not in err
    assert SECRET not in err and SECRET not in result.stdout
    for w in words:
        assert w in err, (w, err)
    return err


# --- the normal path ---


def test_summarize_to_stdout(runner, server, vi_article):
    result = runner.invoke(app, ["summarize", str(vi_article), *endpoint(server)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["meta"]["organization"] == "Huyện ủy Tân Phước"
    assert data["achievements"] and data["provenance"]["model"] == "test-model"
    assert result.stderr == ""
    assert SECRET not in result.stdout


def test_summarize_to_a_file(runner, server, vi_article, tmp_path):
    out = tmp_path / "ket_qua" / "tom_tat.json"
    result = runner.invoke(app, ["summarize", str(vi_article), "-o", str(out), *endpoint(server)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert not list(out.parent.glob("*.tmp"))  # written atomically, nothing left behind


def test_summarize_markdown(runner, server, vi_article, tmp_path):
    result = runner.invoke(app, ["summarize", str(vi_article), "--format", "md", "--quotes", *endpoint(server)])
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith("# Tóm tắt: Huyện ủy Tân Phước")
    assert "## Kết quả đạt được" in md and "## Hạn chế, tồn tại" in md and "## Nhiệm vụ trọng tâm" in md
    assert "> Tổng diện tích gieo trồng đạt 7.396,54ha, bằng 94,7% kế hoạch năm" in md
    out = tmp_path / "tom_tat.md"
    result = runner.invoke(app, ["summarize", str(vi_article), "-f", "md", "-o", str(out), *endpoint(server)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Tóm tắt:")


def test_endpoint_from_environment(runner, server, vi_article, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("SUMMARIZER_MODEL", "test-model")
    result = runner.invoke(app, ["summarize", str(vi_article), "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["provenance"]["model"] == "test-model"


def test_a_failed_chunk_is_a_warning_not_an_error(runner, server, vi_article):
    server.script(status(400))  # a request error is not retried: the first chunk fails at once
    result = runner.invoke(app, ["summarize", str(vi_article), "--chunk-tokens", "100", *endpoint(server)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [f["chunk"] for f in data["failed_chunks"]] == [0]
    assert result.stderr.count("\n") == 1 and "warning: 1 chunk(s) failed" in result.stderr


# --- every error: one line on stderr, non-zero exit, no traceback, no key ---


def test_missing_file(runner, server, tmp_path):
    result = runner.invoke(app, ["summarize", str(tmp_path / "khong_co.txt"), *endpoint(server)])
    assert_one_line_error(result, "khong_co.txt", "no such file")
    assert server.chat_requests() == []


def test_empty_file(runner, server, tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    assert_one_line_error(runner.invoke(app, ["summarize", str(path), *endpoint(server)]), "rong.txt", "empty")


def test_binary_file(runner, server, tmp_path):
    path = tmp_path / "anh.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    assert_one_line_error(runner.invoke(app, ["summarize", str(path), *endpoint(server)]), "anh.jpg", "binary")


def test_undecodable_file(runner, server, tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes("Hội nghị sơ kết quý I\n".encode() + b"Thu ng\xe2n s\xe1ch \xf0\x28 95%.\n")
    assert_one_line_error(runner.invoke(app, ["summarize", str(path), *endpoint(server)]), "cu.txt", "UTF-8")


def test_folder(runner, server, tmp_path):
    assert_one_line_error(runner.invoke(app, ["summarize", str(tmp_path), *endpoint(server)]), "folder")


def test_unreachable_endpoint(runner, vi_article):
    url = closed_port_url()
    # the key also sits in the URL (some gateways take it there): the message names the URL, not the key
    keyed = url.replace("http://", f"http://user:{SECRET}@")
    result = runner.invoke(app, ["summarize", str(vi_article), "--base-url", keyed, "--model", "test-model",
                                 "--api-key", SECRET, "--no-cache"])
    err = assert_one_line_error(result, "cannot reach", url.removeprefix("http://"), "Connection refused")
    assert "user:***@" in err


def test_wrong_key(runner, server, vi_article):
    result = runner.invoke(app, ["summarize", str(vi_article), *endpoint(server, key="sk-wrong-OTHER-0987654321")])
    err = assert_one_line_error(result, "401", "--api-key")  # says what to fix
    assert "sk-wrong-OTHER-0987654321" not in err
    assert server.outcomes() == ["401"]  # not retried


def test_wrong_key_from_environment(runner, server, vi_article, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-WRONG-1122334455")
    result = runner.invoke(app, ["summarize", str(vi_article), "--base-url", server.base_url, "--model", "test-model",
                                 "--no-cache"])
    err = assert_one_line_error(result, "401")
    assert "sk-env-WRONG-1122334455" not in err


def test_model_not_found(runner, server, vi_article):
    result = runner.invoke(app, ["summarize", str(vi_article), *endpoint(server, model="khong-co-mo-hinh")])
    assert_one_line_error(result, "khong-co-mo-hinh", "not found")
    assert server.outcomes() == ["404"]


def test_endpoint_without_a_model(runner, server, vi_article):
    result = runner.invoke(app, ["summarize", str(vi_article), "--base-url", server.base_url, "--api-key", SECRET])
    assert_one_line_error(result, "--model")


def test_unknown_format(runner, server, vi_article):
    result = runner.invoke(app, ["summarize", str(vi_article), "--format", "xml", *endpoint(server)])
    assert result.exit_code == 2  # a usage error that lists the valid values
    assert "'xml' is not one of 'json', 'md', 'docx', 'html'" in " ".join(result.output.replace("│", " ").split())
    assert "Traceback" not in result.output and SECRET not in result.output


def test_key_echoed_by_the_endpoint_never_reaches_the_terminal(runner, server, vi_article):
    echo = status(400, body={"error": {"message": f"bad request for key {SECRET}", "type": "invalid_request_error"}})
    server.script(echo)
    result = runner.invoke(app, ["summarize", str(vi_article), *endpoint(server)])
    assert_one_line_error(result, "400", "***")


def test_schemas_check(runner):
    result = runner.invoke(app, ["schemas", "--check"])
    assert result.exit_code == 0, result.stderr
    assert "up to date" in result.stdout


# --- a real process, through the installed `summarizer` entry point ---


def cli_command() -> list[str]:
    """The console script installed beside this interpreter; else what it runs, `main()`."""
    script = Path(sys.executable).parent / ("summarizer.exe" if os.name == "nt" else "summarizer")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from summarizer.cli import main; main()"]


def run_cli(*args: str, command: list[str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    return subprocess.run([*(command or cli_command()), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env=env, cwd=ROOT)


def test_python_dash_m_summarizer_cli():
    done = run_cli("--help", command=[sys.executable, "-m", "summarizer.cli"])
    assert done.returncode == 0, done.stderr


def test_real_process_summarizes_and_reports_errors(server, vi_article, tmp_path):
    out = tmp_path / "tom_tat.json"
    cached = [a for a in endpoint(server) if a != "--no-cache"]  # with the response cache, in SUMMARIZER_CACHE_DIR
    assert "--no-cache" not in cached
    done = run_cli("summarize", str(vi_article), "-o", str(out), *cached)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["achievements"]
    assert (Path(os.environ["SUMMARIZER_CACHE_DIR"]) / "responses.sqlite").is_file()

    bad = run_cli("summarize", str(vi_article), *endpoint(server, key="sk-wrong-OTHER-0987654321"))
    assert bad.returncode != 0
    assert bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and bad.stderr.startswith("summarizer: error: ")
    assert "Traceback" not in bad.stderr and "sk-wrong-OTHER-0987654321" not in bad.stderr
    assert SECRET not in bad.stderr + done.stderr


def test_missing_gguf_is_one_line_backend_error(tmp_path, monkeypatch):
    """A model-based strategy with no endpoint and a GGUF path that does not exist: exit 3, one line."""
    import subprocess
    import sys

    article = tmp_path / "bai.txt"
    article.write_text("Trong quý I, xã đã kết nạp 05 đảng viên mới; thu ngân sách đạt 81,5% dự toán.\n",
                       encoding="utf-8")
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("OPENAI_BASE_URL", "OPENAI_API_KEY")}
    env["SUMMARIZER_GGUF"] = str(tmp_path / "khong_co.gguf")
    proc = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(article), "--strategy", "hybrid"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "khong_co.gguf" in lines[0] and "Traceback" not in proc.stderr
