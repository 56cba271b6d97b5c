"""What a new user meets first: zero-config with only an API key set, a one-line hint when a model
strategy has no model, usage errors for typos, one meaning of -j, and a wheel that names every package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import get_args

import click
import pytest
import typer
from typer.testing import CliRunner

from summarizer.backends import factory
from summarizer.cli import app, common
from summarizer.config import Options
from summarizer.errors import BackendError

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "evals" / "articles" / "001_797acb88c0c63cd6.txt"
KEY = "sk-only-a-key-0987654321"


def test_an_api_key_alone_is_not_an_endpoint():
    assert not Options(api_key=KEY).uses_endpoint
    assert Options(base_url="http://127.0.0.1:1/v1").uses_endpoint
    assert Options(model="m").uses_endpoint


def test_zero_config_summarize_with_only_openai_api_key_set(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_BASE_URL", "SUMMARIZER_MODEL",
                                                            "SUMMARIZER_STRATEGY", "SUMMARIZER_GGUF")}
    env["OPENAI_API_KEY"] = KEY
    done = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(ARTICLE)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["provenance"]["strategy"] == "rules"
    assert summary["achievements"] and summary["tasks"]
    assert KEY not in done.stdout + done.stderr


@pytest.mark.parametrize("strategy", ["llm", "hybrid"])
def test_model_strategy_without_endpoint_or_runtime_is_one_line_with_the_install_command(monkeypatch, strategy):
    monkeypatch.setattr(factory.importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(BackendError) as e:
        factory.open_backend(Options(strategy=strategy).with_env())
    assert factory.INSTALL_COMMAND in str(e.value) and "\n" not in str(e.value)

    result = CliRunner().invoke(app, ["summarize", str(ARTICLE), "--strategy", strategy])
    assert result.exit_code == 3
    err = result.stderr
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1, err
    assert "pip install -e '.[embedded]'" in err and "--base-url" in err


@pytest.mark.parametrize("args, valid", [
    (["summarize", str(ARTICLE), "--strategy", "rulez"], ["rules", "llm", "hybrid"]),
    (["summarize", str(ARTICLE), "--format", "mdd"], ["json", "md", "docx", "html"]),
    (["summarize", str(ARTICLE), "--mode", "jsonschema"], ["json_schema", "md_json"]),
    (["batch", "evals/articles", "-o", "x.jsonl", "--strategy", "llmm"], ["rules", "llm", "hybrid"]),
    (["brief", "x.jsonl", "--group-by", "org"], ["organization", "period"]),
    (["brief", "x.jsonl", "--format", "pdf"], ["md", "docx", "html"]),
])
def test_a_typo_in_a_fixed_choice_is_a_usage_error_listing_the_choices(args, valid):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    for v in valid:
        assert f"'{v}'" in text, (v, text)


def test_choices_are_the_librarys_own():
    from summarizer.extract import NAMES
    from summarizer.llm.caller import MODES
    from summarizer.render import BRIEF_FORMATS, FORMATS
    from summarizer.render.briefing import GROUP_BY

    assert get_args(common.StrategyName) == NAMES
    assert set(MODES) <= set(get_args(common.ModeName))  # every mode the caller knows can be asked for
    assert get_args(common.FormatName) == FORMATS
    assert get_args(common.BriefFormatName) == BRIEF_FORMATS
    assert get_args(common.GroupByName) == GROUP_BY


def _option(path: list[str], name: str) -> click.Option:
    cmd = typer.main.get_command(app)
    ctx = click.Context(cmd)
    for word in path:
        cmd = cmd.get_command(ctx, word)
    return next(p for p in cmd.params if name in p.opts)


def test_j_means_the_same_in_summarize_and_batch():
    a, b = _option(["summarize"], "-j"), _option(["batch", "run"], "-j")
    assert a.opts == b.opts and a.help == b.help and "model requests" in a.help


def test_strategy_help_says_rules_is_the_default_without_an_endpoint():
    assert "rules" in _option(["summarize"], "--strategy").help.split("without an endpoint")[0]


def test_the_wheel_lists_every_package_and_ships_the_data():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "summarizer").rglob("__init__.py")}
    assert set(cfg["packages"]) == found | {"summarizer.prompts", "summarizer.schemas"}
    assert cfg["package-dir"] == {"summarizer.prompts": "prompts", "summarizer.schemas": "schemas"}
    assert any((ROOT / "prompts").glob("*.toml")) and any((ROOT / "schemas").glob("*.json"))
    globs = cfg["package-data"]["*"]
    data = [p for p in (ROOT / "summarizer").rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    assert all(any(p.match(g) for g in globs) for p in data), [str(p) for p in data]


def test_a_rules_batch_loads_no_model_client_or_plotting(tmp_path):
    # the five seeds and the synthetic list reports (text and HTML): which modules a batch loads does not
    # depend on how many articles it reads, and the whole corpus would make the test's time grow with every round
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = [*sorted((ROOT / "evals" / "articles").glob("00[0-4]_*.txt")),
             *sorted((ROOT / "tests" / "data").glob("synthetic_list_*"))]
    for path in paths:
        (seeds / path.name).write_bytes(path.read_bytes())
    code = ("import sys; from summarizer.cli import main; sys.argv = ['summarizer', 'batch', "
            f"{str(seeds)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}, '--strategy', 'rules']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('loaded=' + ','.join(m for m in ('openai', 'instructor', 'llama_cpp', 'matplotlib', 'scipy',"
            " 'underthesea') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "loaded=", done.stdout[-300:]
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == len(paths)
