"""Run files: scoring a folder, writing/rescoring runs, comparing, report and chart."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.evals.metrics import HEADLINE_METRICS
from summarizer.evals.run import (
    compare_runs,
    format_comparison,
    format_table,
    load_labels,
    load_run,
    rescore_run,
    score_predictions,
    store_prediction,
    write_chart,
    write_report,
    write_run,
)
from summarizer.models import Summary

ART_A = (
    "Ngày 05/01/2025, Huyện ủy Đông Sơn họp tổng kết năm 2024, đồng chí Lê Thị Hoa chủ trì. "
    "Năm 2024, toàn huyện kết nạp 118 đảng viên mới, đạt 107% kế hoạch. "
    "Hạn chế: công tác chuyển đổi số còn chậm. "
    "Năm 2025, các xã hoàn thành xây dựng nông thôn mới nâng cao trước 30/9/2025."
)
ART_B = (
    "Chiều 12/4/2025, Đảng ủy phường Hòa Lạc giao ban quý I/2025. "
    "Quý I, thu ngân sách đạt 28,4% dự toán. Còn 02 chi bộ chưa sinh hoạt chuyên đề."
)

LABEL_A = {
    "article": "a.txt",
    "meta": {
        "organization": "Huyện ủy Đông Sơn",
        "meeting_date": "2025-01-05",
        "period": "năm 2024",
        "chair": ["Lê Thị Hoa"],
    },
    "achievements": ["Kết nạp 118 đảng viên mới, đạt 107% kế hoạch"],
    "shortcomings": ["Công tác chuyển đổi số còn chậm"],
    "tasks": ["Các xã hoàn thành xây dựng nông thôn mới nâng cao trước 30/9/2025"],
}
LABEL_B = {
    "article": "b.txt",
    "meta": {
        "organization": "Đảng ủy phường Hòa Lạc",
        "meeting_date": "2025-04-12",
        "period": "quý I/2025",
        "chair": [],
    },
    "achievements": ["Thu ngân sách đạt 28,4% dự toán"],
    "shortcomings": ["Còn 02 chi bộ chưa sinh hoạt chuyên đề"],
    "tasks": [],
}


def _item(source: str, quote: str, text: str | None = None) -> dict:
    start = source.index(quote)
    return {"text": text or quote, "quote": quote, "start": start, "end": start + len(quote)}


def prediction_a() -> dict:
    return Summary.model_validate(
        {
            "article": "a.txt",
            "meta": LABEL_A["meta"],
            "achievements": [_item(ART_A, "kết nạp 118 đảng viên mới, đạt 107% kế hoạch")],
            "shortcomings": [_item(ART_A, "công tác chuyển đổi số còn chậm")],
            "tasks": [_item(ART_A, "các xã hoàn thành xây dựng nông thôn mới nâng cao trước 30/9/2025")],
            "provenance": {
                "tool_version": "0.1.0",
                "model": "qwen-test",
                "strategy": "single",
                "prompt_version": "v3",
                "usage": {"prompt_tokens": 900, "completion_tokens": 120, "calls": 1},
                "timings": {"total": 4.0},
            },
        }
    ).model_dump()


@pytest.fixture()
def evalset(tmp_path: Path) -> dict[str, Path]:
    labels, arts, preds = tmp_path / "labels", tmp_path / "articles", tmp_path / "runs" / "r1"
    for d in (labels, arts, preds):
        d.mkdir(parents=True)
    (arts / "a.txt").write_text(ART_A, encoding="utf-8")
    (arts / "b.txt").write_text(ART_B, encoding="utf-8")
    (labels / "a.json").write_text(json.dumps(LABEL_A, ensure_ascii=False), encoding="utf-8")
    (labels / "b.json").write_text(json.dumps(LABEL_B, ensure_ascii=False), encoding="utf-8")
    (preds / "a.json").write_text(json.dumps(prediction_a(), ensure_ascii=False), encoding="utf-8")
    # b.json prediction is missing on purpose
    return {"labels": labels, "articles": arts, "preds": preds, "root": tmp_path}


def test_load_labels(evalset):
    labels = load_labels(evalset["labels"])
    assert list(labels) == ["a", "b"] and labels["b"]["tasks"] == []


def test_score_predictions_with_missing_prediction(evalset):
    run = score_predictions(evalset["preds"], evalset["labels"], evalset["articles"])
    assert run["name"] == "r1"
    assert run["articles"]["a"]["prediction"] == "ok" and run["articles"]["b"]["prediction"] == "missing"
    assert run["articles"]["a"]["overall"]["f1"] == 1.0
    assert run["articles"]["b"]["overall"]["fn"] == 2 and not run["articles"]["b"]["schema"]["valid"]
    h = run["headline"]
    assert list(h) == list(HEADLINE_METRICS)
    # achievements: tp 1, fn 1 -> P 1, R .5 ; tasks: tp 1 only ; overall tp 3 fn 2
    assert h["f1_achievements"] == pytest.approx(2 / 3)
    assert h["f1_tasks"] == 1.0
    assert h["f1_overall"] == pytest.approx(2 * 3 / (2 * 3 + 2))
    assert h["schema_validity"] == 0.5
    assert h["grounding_rate"] == 1.0 and h["number_fidelity"] == 1.0
    assert h["gold_figure_recall"] == pytest.approx(3 / 5)  # 118 107% 30/9/2025 of + 28,4% 02
    # a: 4/4 fields; b (no prediction): only the empty chair list matches -> 5/8
    assert h["meta_accuracy"] == pytest.approx(5 / 8)
    assert run["provenance"]["model"] == "qwen-test" and run["provenance"]["prompt_version"] == "v3"
    assert run["total"]["cost"]["prompt_tokens"] == 900
    assert any("b: prediction missing" in w for w in run["warnings"])


def test_a_run_without_a_prediction_removes_the_stale_one(evalset):
    # a rerun into the same folder (eval run, eval train --cv) where the article now fails: the earlier
    # run's file must not be scored as this run's
    store_prediction(evalset["preds"], "b", (evalset["preds"] / "a.json").read_text(encoding="utf-8"))
    assert score_predictions(evalset["preds"], evalset["labels"], evalset["articles"])["articles"]["b"]["prediction"] == "ok"
    store_prediction(evalset["preds"], "b", None)
    assert not (evalset["preds"] / "b.json").exists()
    assert score_predictions(evalset["preds"], evalset["labels"], evalset["articles"])["articles"]["b"]["prediction"] == "missing"
    store_prediction(evalset["preds"], "b", None)  # nothing to remove: no error


def test_unparsable_prediction_is_not_a_crash(evalset):
    (evalset["preds"] / "b.json").write_text("{not json", encoding="utf-8")
    run = score_predictions(evalset["preds"], evalset["labels"], evalset["articles"])
    assert run["articles"]["b"]["prediction"] == "unparsable"
    assert run["headline"]["schema_validity"] == 0.5


def test_write_load_and_rescore(evalset):
    run = score_predictions(evalset["preds"], evalset["labels"], evalset["articles"], threshold=0.6)
    path = write_run(run, evalset["root"] / "runs" / "r1.json")
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["paths"] == {"predictions": "r1", "labels": "../labels", "articles": "../articles"}
    assert "Thu ngân sách đạt 28,4% dự toán" in path.read_text(encoding="utf-8")  # UTF-8, not \\u-escaped
    assert load_run(path)["paths"]["predictions"] == str(evalset["preds"].resolve())

    again = rescore_run(path)
    assert again["headline"] == run["headline"] and again["threshold"] == 0.6
    # a metric-relevant change in the predictions is visible after rescoring
    (evalset["preds"] / "a.json").unlink()
    worse = rescore_run(path)
    assert worse["headline"]["f1_overall"] == 0.0 and worse["rescored_from"] == str(path)


def _run_with(**headline) -> dict:
    base = {m: 0.8 for m in HEADLINE_METRICS}
    return {
        "name": "x",
        "threshold": 0.5,
        "headline": {**base, **headline},
        "total": {"n_articles": 2, "categories": {}, "cost": {}},
    }


def test_a_labels_folder_linked_into_a_workspace_is_scored_by_the_workspaces_split(evalset, tmp_path):
    """The split is read beside the labels folder as named: a workspace that links the labels in and writes its own
    split.json scores its own split, when the run is made and when it is re-scored from the run file (the split.json
    beside the link's target names both articles)."""
    (evalset["root"] / "split.json").write_text(json.dumps({"dev": ["a", "b"]}), encoding="utf-8")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "labels").symlink_to(evalset["labels"], target_is_directory=True)
    (ws / "split.json").write_text(json.dumps({"dev": ["a"]}), encoding="utf-8")
    run = score_predictions(evalset["preds"], ws / "labels", evalset["articles"], split="dev")
    assert list(run["articles"]) == ["a"] and run["warnings"] == []
    again = rescore_run(write_run(run, ws / "runs" / "r1.json"))
    assert list(again["articles"]) == ["a"]


def test_compare_runs_flags_regression_only_beyond_tolerance():
    a = _run_with()
    rows, regressed = compare_runs(a, _run_with(f1_tasks=0.75), tolerance=0.02)
    assert regressed
    row = next(r for r in rows if r[0] == "f1_tasks")
    assert row[1] == 0.8 and row[2] == 0.75 and row[3] == pytest.approx(-0.05) and row[4] == "REGRESSED"

    rows, regressed = compare_runs(a, _run_with(f1_tasks=0.79, grounding_rate=0.9), tolerance=0.02)
    assert not regressed
    flags = {r[0]: r[4] for r in rows}
    assert flags["f1_tasks"] == "" and flags["grounding_rate"] == "improved"

    # None handling: both None is fine, a value that disappears is a regression
    _, regressed = compare_runs(_run_with(number_fidelity=None), _run_with(number_fidelity=None))
    assert not regressed
    rows, regressed = compare_runs(a, _run_with(number_fidelity=None))
    assert regressed and {r[0]: r[4] for r in rows}["number_fidelity"] == "missing"
    assert "REGRESSED" in format_comparison(compare_runs(a, _run_with(f1_tasks=0.5))[0])


def test_compare_run_files(evalset):
    good = score_predictions(evalset["preds"], evalset["labels"], evalset["articles"])
    pa = write_run(good, evalset["root"] / "runs" / "good.json")
    bad = copy.deepcopy(good)
    bad["headline"]["meta_accuracy"] -= 0.1
    pb = write_run(bad, evalset["root"] / "runs" / "bad.json")
    assert compare_runs(pa, pb)[1] and not compare_runs(pa, pa)[1]


def test_table_report_and_chart(evalset):
    run = score_predictions(evalset["preds"], evalset["labels"], evalset["articles"], name="thử nghiệm")
    table = format_table(run)
    assert "thử nghiệm" in table and "achievements" in table and "0.667" in table

    md = write_report(run, evalset["root"] / "out" / "report.md").read_text(encoding="utf-8")
    assert "Kết quả đạt được (achievements) | 1.000 | 0.500 | 0.667" in md
    assert "Nhiệm vụ (tasks) | 1.000 | 1.000 | 1.000" in md
    assert "| a | ok |" in md and "| b | missing |" in md
    assert "Còn 02 chi bộ chưa sinh hoạt chuyên đề" in md  # a missed gold item, diacritics intact

    png = write_chart(run, evalset["root"] / "out" / "chart.png")
    data = png.read_bytes()
    assert len(data) > 1000 and data[:8] == b"\x89PNG\r\n\x1a\n"


def _eval_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarizer.cli", "eval", *args], cwd=cwd, capture_output=True,
                          text=True)


def test_a_run_file_without_json_suffix_is_refused_before_any_work(evalset):
    """`-o runs/NAME` would make the run file and its predictions folder one path: refused up front, in one line."""
    root = evalset["root"]
    proc = _eval_cli("run", "--strategy", "rules", "--labels", str(evalset["labels"]), "--articles",
                     str(evalset["articles"]), "-o", "runs/r2", cwd=root)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and ".json" in proc.stderr and "Traceback" not in proc.stderr
    assert not (root / "runs" / "r2").exists()  # nothing was summarised
    proc = _eval_cli("score", str(evalset["preds"]), "--labels", str(evalset["labels"]), "--articles",
                     str(evalset["articles"]), "-o", str(evalset["preds"]), cwd=root)
    assert proc.returncode == 2 and ".json" in proc.stderr
    assert sorted(p.name for p in evalset["preds"].iterdir()) == ["a.json"]  # the predictions folder is untouched
    proc = _eval_cli("run", "--strategy", "rules", "--labels", str(evalset["labels"]), "--articles",
                     str(evalset["articles"]), "-o", "runs/r2.json", cwd=root)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert (root / "runs" / "r2.json").is_file() and sorted(p.name for p in (root / "runs" / "r2").iterdir()) == [
        "a.json", "b.json"]


def _items(pred_dir: Path) -> dict[str, dict]:
    """Each prediction without its provenance (timings differ from run to run)."""
    return {p.stem: {k: v for k, v in json.loads(p.read_text(encoding="utf-8")).items() if k != "provenance"}
            for p in sorted(pred_dir.glob("*.json"))}


def test_a_rules_run_read_by_two_workers_equals_one_process(tmp_path):
    """`eval run` with the rules reads its articles in worker processes (learn/by_article.py): the same
    predictions, the same scores and one report line per article, in the labels' order, as in one process."""
    repo = Path(__file__).resolve().parents[1]
    dev = json.loads((repo / "evals" / "split.json").read_text(encoding="utf-8"))["dev"]
    labels = tmp_path / "labels"
    labels.mkdir()
    for stem in sorted(dev)[:100]:  # two workers start from 100 articles
        (labels / f"{stem}.json").write_bytes((repo / "evals" / "labels" / f"{stem}.json").read_bytes())
    runs, children = {}, {}
    for n in ("1", "2"):
        proc = subprocess.Popen([sys.executable, "-m", "summarizer", "eval", "run", "--strategy", "rules", "--labels",
                                 str(labels), "--articles", str(repo / "evals" / "articles"), "-o", f"w{n}.json"],
                                cwd=tmp_path, stdout=subprocess.PIPE, stderr=open(tmp_path / f"w{n}.err", "w"),
                                text=True, env={**os.environ, "SUMMARIZER_WORKERS": n})
        seen: set[str] = set()
        while proc.poll() is None:  # the processes it starts, read from /proc while it runs
            try:
                seen |= set(Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split())
            except OSError:
                pass
            time.sleep(0.02)
        proc.communicate()
        err = (tmp_path / f"w{n}.err").read_text(encoding="utf-8")
        assert proc.returncode == 0, err[-500:]
        assert [x.split(":")[0] for x in err.splitlines() if x.strip()] == sorted(dev)[:100]  # a line each, in order
        runs[n], children[n] = load_run(tmp_path / f"w{n}.json"), seen
    assert _items(tmp_path / "w2") == _items(tmp_path / "w1") and len(_items(tmp_path / "w1")) == 100
    assert runs["2"]["headline"] == runs["1"]["headline"] and runs["2"]["headline"]["f1_macro"] > 0.5
    for a, b in zip(runs["1"]["articles"].values(), runs["2"]["articles"].values(), strict=True):
        assert {k: v for k, v in a.items() if k != "cost"} == {k: v for k, v in b.items() if k != "cost"}
    assert len(children["2"]) >= 2 and not children["1"]  # two workers read the articles; one process, none
