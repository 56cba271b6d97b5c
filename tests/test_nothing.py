"""No silent nothing: an article that yields no item fails with one line; cleaning is accounted for.

`tests/data/synthetic_nothing.txt` is SYNTHETIC: a meeting's lead, its attendance and its chair,
a caption and a byline, and no result, shortcoming or task.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.api import summarize
from summarizer.cli import app
from summarizer.config import Options
from summarizer.errors import ExtractionError
from summarizer.pipeline.assemble import cleaning_warning
from summarizer.pipeline.ingest import read_article

DATA = Path(__file__).parent / "data"
NOTHING = DATA / "synthetic_nothing.txt"
LISTS = DATA / "synthetic_list_report.txt"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    for k in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_STRATEGY", "SUMMARIZER_GGUF"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


def test_library_raises_one_line_saying_why():
    with pytest.raises(ExtractionError) as ei:
        summarize(NOTHING, Options(strategy="rules"))
    msg = str(ei.value)
    assert ei.value.exit_code == 4
    assert "\n" not in msg and msg.startswith("synthetic_nothing.txt: nothing to summarise")
    assert "sentences read" in msg and "characters removed as captions/furniture" in msg


def test_cli_exits_non_zero_with_one_line():
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    r = subprocess.run([sys.executable, "-m", "summarizer.cli", "summarize", str(NOTHING), "--strategy", "rules"],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 4, r.stderr
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "nothing to summarise" in lines[0] and "Traceback" not in r.stderr


def test_batch_reports_it_as_a_failed_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nothing.txt").write_bytes(NOTHING.read_bytes())
    (folder / "lists.txt").write_bytes(LISTS.read_bytes())
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--strategy", "rules"])
    assert r.exit_code != 0, r.output
    done = [json.loads(line)["article_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert done == ["lists"]
    assert [e["article_id"] for e in errors] == ["nothing"] and "nothing to summarise" in errors[0]["error"]


def test_provenance_counts_what_cleaning_removed():
    summary = summarize(LISTS, Options(strategy="rules"))
    doc = read_article(LISTS)
    p = summary.provenance
    assert p.source_chars == len(doc.source)
    assert p.cleaned_chars == sum(r.end - r.start for r in doc.removed) > 0
    assert set(p.removed_chars) >= {"caption", "dateline", "boilerplate"}
    assert sum(p.removed_chars.values()) == p.cleaned_chars
    assert cleaning_warning(summary) is None  # a caption, a byline and a dateline: far from half


def test_warning_when_more_than_half_was_removed(tmp_path):
    furniture = "\n".join(["Tin nổi bật", "Xem nhiều nhất", "Các tin khác: Hội nghị giao ban khối dân vận huyện",
                           "Từ khóa: hội nghị, sơ kết, giao ban, quý I, Đảng ủy xã, An Bình, huyện Tân Phước",
                           "Đăng lúc: 09:15 10/04/2024", "View count: 1234", "Quang cảnh hội nghị (Ảnh: Thanh Nga)"] * 3)
    path = tmp_path / "mostly_furniture.txt"
    path.write_text("Đảng ủy xã An Bình sơ kết quý I/2024\nTrong quý I/2024, thu ngân sách của xã đạt 58,3% "
                    f"dự toán năm.\n{furniture}\n", encoding="utf-8")
    summary = summarize(path, Options(strategy="rules"))
    warning = cleaning_warning(summary)
    assert warning and "\n" not in warning and warning.startswith("mostly_furniture.txt: cleaning removed")


def test_a_pasted_twice_article_is_not_a_warning(tmp_path):
    text = LISTS.read_text(encoding="utf-8")
    path = tmp_path / "twice.txt"
    path.write_text(text + "\n" + text, encoding="utf-8")
    summary = summarize(path, Options(strategy="rules"))
    assert summary.provenance.removed_chars.get("duplicate", 0) > len(text) / 2
    assert cleaning_warning(summary) is None


def test_cli_warns_when_more_than_half_was_removed(tmp_path):
    furniture = "\n".join(["Tin nổi bật", "Xem nhiều nhất", "Các tin khác: Hội nghị giao ban khối dân vận huyện",
                           "Từ khóa: hội nghị, sơ kết, giao ban, quý I, Đảng ủy xã, An Bình, huyện Tân Phước"] * 5)
    path = tmp_path / "mostly_furniture.txt"
    path.write_text("Đảng ủy xã An Bình sơ kết quý I/2024\nTrong quý I/2024, thu ngân sách của xã đạt 58,3% "
                    f"dự toán năm.\n{furniture}\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["summarize", str(path), "--strategy", "rules"])
    assert r.exit_code == 0, r.output
    assert "warning: mostly_furniture.txt: cleaning removed" in r.stderr
    assert "cleaning removed" not in CliRunner().invoke(app, ["summarize", str(LISTS), "--strategy", "rules"]).stderr
