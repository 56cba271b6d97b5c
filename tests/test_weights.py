"""The learned clause weights (extract/weights.py, fitted by learn/train.py): what they may see,
that the shipped file is what the dev labels give, and where the article's own layout outranks them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from summarizer.api import summarize
from summarizer.config import Options
from summarizer.extract.weights import PATH, Weights, active, features, using
from summarizer.learn.train import Row, fit, train

ROOT = Path(__file__).resolve().parent.parent
SPLIT = json.loads((ROOT / "evals/split.json").read_text(encoding="utf-8"))


def cli(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})})


def test_the_shipped_weights_are_what_the_dev_labels_give():
    """Drift check, like the schemas': re-fitting on today's dev labels reproduces the shipped file,
    so no weight comes from a test article or from labels since changed. After adding or changing a
    label: `summarizer eval train`. The shipped cuts are the fit's guess (one reading of dev, not two); where the
    re-fit gives other cuts, dev is read again, so the check fits exactly as `eval train` does."""
    shipped = Weights.read(PATH)
    fresh = Weights.read_text(train(ROOT / "evals/labels", ROOT / "evals/articles", "dev", shipped).to_json())
    assert shipped.info["split"] == "dev"
    assert shipped.info["articles"] == len(SPLIT["dev"]), "weights.json is stale: run `summarizer eval train`"
    assert set(shipped.table) == set(fresh.table), "weights.json is stale: run `summarizer eval train`"
    worst = max(abs(a - b) for f in fresh.table for a, b in zip(shipped.table[f], fresh.table[f], strict=True))
    assert worst < 1e-3, f"weights.json is stale (a weight moved by {worst:.4f}): run `summarizer eval train`"
    assert shipped.cuts and set(shipped.cuts) == set(fresh.cuts), "the cut weights are stale: run `summarizer eval train`"
    worst = max(abs(shipped.cuts[f] - w) for f, w in fresh.cuts.items())
    assert worst < 1e-3, f"the cut weights are stale (one moved by {worst:.4f}): run `summarizer eval train`"


def test_a_guess_of_the_cuts_saves_a_reading_and_never_changes_the_fit(monkeypatch, tmp_path):
    """`train` with the cuts it will fit reads the articles once; with a wrong guess it reads them again; both
    give the file a fit with no guess gives (three seed articles: a cut feature needs three to get a weight)."""
    import summarizer.learn.train as module

    three = SPLIT["seeds"][:3]
    (tmp_path / "labels").mkdir()
    for stem in three:
        (tmp_path / "labels" / f"{stem}.json").write_bytes((ROOT / "evals/labels" / f"{stem}.json").read_bytes())
    (tmp_path / "split.json").write_text(json.dumps({"three": three}), encoding="utf-8")
    readings = []
    real = module.clause_rows
    monkeypatch.setattr(module, "clause_rows", lambda *a, **k: readings.append(1) or real(*a, **k))
    args = (tmp_path / "labels", ROOT / "evals/articles", "three")
    plain = train(*args)
    assert readings == [1] and plain.cuts
    readings.clear()
    assert train(*args, plain).to_json() == plain.to_json() and readings == []
    wrong = Weights(plain.table, plain.info, {**plain.cuts, next(iter(plain.cuts)): 9.0})
    assert train(*args, wrong).to_json() == plain.to_json() and readings == [1]


def test_training_on_test_is_refused_with_one_line(tmp_path):
    for split in ("test", "all"):
        proc = cli("eval", "train", "--split", split, "-o", str(tmp_path / "w.json"))
        assert proc.returncode == 2
        assert proc.stderr.strip().count("\n") == 0 and "test stays unseen" in proc.stderr
        assert "Traceback" not in proc.stderr and not (tmp_path / "w.json").exists()


def test_a_feature_of_too_few_articles_gets_no_weight():
    rows = [Row(f"a{i}", ["bias", "w=chung", *(["w=riêng"] if i == 0 else [])], i % 4) for i in range(8)]
    weights = fit(rows, min_articles=3)
    assert "w=chung" in weights.table and "w=riêng" not in weights.table
    assert weights.info["articles"] == 8 and weights.info["clauses"] == 8


def test_weights_learn_a_cue_from_labelled_rows():
    """On rows where one word always marks a task, the fitted weights file such a clause as a task."""
    rows = [Row(f"a{i % 6}", ["bias", "rules=achi|True", "h0=tiếp", "b=tiếp_tục"], 3) for i in range(30)]
    rows += [Row(f"a{i % 6}", ["bias", "rules=achi|True", "h0=đã", "digit"], 1) for i in range(30)]
    weights = fit(rows, min_articles=3)
    assert weights.decide(["bias", "rules=achi|True", "h0=tiếp", "b=tiếp_tục"]) == "tasks"
    assert weights.decide(["bias", "rules=achi|True", "h0=đã", "digit"]) == "achievements"


def test_features_read_words_figures_and_the_rules_verdict_not_the_place():
    f = features("tasks", True, "Đẩy mạnh thu ngân sách đạt 100%", "- Đẩy mạnh thu ngân sách đạt 100%")
    assert {"rules=task|True", "h0=đẩy", "hb=đẩy_mạnh", "w=ngân", "b=ngân_sách", "digit", "pct", "trimmed"} <= set(f)
    assert not [x for x in f if x.startswith("pos=")]


def test_summaries_record_the_weights_version(tmp_path):
    art = ROOT / "evals/articles/001_797acb88c0c63cd6.txt"
    assert summarize(art, Options(strategy="rules", use_cache=False)).provenance.weights_version == active().version
    with using(None):
        assert summarize(art, Options(strategy="rules", use_cache=False)).provenance.weights_version is None


def test_summarizer_weights_names_the_file_the_rules_read_and_eval_train_writes(tmp_path):
    """An office fits its own labels into a file of its own; the installed package's file is never
    written, and a named file that is not there is one line and exit 2, not the rules alone."""
    shipped = hashlib.sha256(PATH.read_bytes()).hexdigest()
    own = {"SUMMARIZER_WEIGHTS": str(tmp_path / "own.json")}
    art = "evals/articles/001_797acb88c0c63cd6.txt"
    missing = cli("summarize", art, "--strategy", "rules", "--format", "json", env=own)
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "own.json: no such weights file" in missing.stderr
    trained = cli("eval", "train", "--split", "seeds", env=own)
    assert trained.returncode == 0, trained.stderr
    assert hashlib.sha256(PATH.read_bytes()).hexdigest() == shipped
    written = Weights.read(tmp_path / "own.json")
    assert written.info["split"] == "seeds" and written.info["articles"] == 5
    summary = json.loads(cli("summarize", art, "--strategy", "rules", "--format", "json", "--no-cache", env=own).stdout)
    assert summary["provenance"]["weights_version"] == written.version != Weights.read(PATH).version


def test_a_list_opened_by_a_colon_keeps_every_line_whatever_the_weights_say(tmp_path):
    """The layout decides: lines marked as a list under "…:" are items of that list, even where the
    weights would drop one (here: weights that drop every clause)."""
    path = tmp_path / "bai.txt"
    path.write_text("UBND xã An Phú họp thường kỳ tháng 6/2024\n\n"
                    "Chiều 28/6, UBND xã An Phú tổ chức phiên họp thường kỳ tháng 6.\n"
                    "Thời gian tới, UBND xã giao các bộ phận tập trung thực hiện:\n"
                    "1. Rà soát hồ sơ 25 hộ cận nghèo trước ngày 15/7/2024\n"
                    "2. Tổ chức tổng vệ sinh môi trường tại 9 thôn\n", encoding="utf-8")
    drop_all = Weights({"bias": [9.0, 0.0, 0.0, 0.0]}, {})
    with using(drop_all):
        tasks = [t.text for t in summarize(path, Options(strategy="rules", use_cache=False)).tasks]
    assert tasks == ["Rà soát hồ sơ 25 hộ cận nghèo trước ngày 15/7/2024",
                     "Tổ chức tổng vệ sinh môi trường tại 9 thôn"]


def test_cross_validation_writes_a_scored_run_and_weights(tmp_path):
    proc = cli("eval", "train", "--split", "seeds", "--folds", "2", "--cv", str(tmp_path / "cv.json"),
               "-o", str(tmp_path / "w.json"))
    assert proc.returncode == 0, proc.stderr
    run = json.loads((tmp_path / "cv.json").read_text(encoding="utf-8"))
    assert run["split"] == "seeds" and run["total"]["n_articles"] == 5
    assert 0 < run["headline"]["f1_macro"] <= 1
    written = Weights.read(tmp_path / "w.json")
    assert written.info["articles"] == 5 and written.info["cut_threshold"] == 0.4
    assert written.cuts and all(isinstance(w, float) for w in written.cuts.values())


def test_features_carry_why_the_rules_filed_a_clause(tmp_path):
    f = features("tasks", True, "Hoàn thành nhiệm vụ thu chi ngân sách", "Hoàn thành nhiệm vụ thu chi ngân sách", "section=task")
    assert {"how=section=task", "how=section=task|task|True"} <= set(f)
    assert not [x for x in features("tasks", True, "Hoàn thành", "Hoàn thành") if x.startswith("how=")]
    path = tmp_path / "bai.txt"
    path.write_text("UBND xã họp thường kỳ tháng 10/2026\n\nSáng 28/10, UBND xã tổ chức họp thường kỳ tháng 10/2026. "
                    "Thu ngân sách đạt 80% dự toán. Hai tháng cuối năm, xã tập trung vào các nhiệm vụ như: tiếp tục "
                    "khảo sát các mô hình sản xuất; hoàn thành nhiệm vụ thu chi ngân sách.\n", encoding="utf-8")
    with using(None):
        got = summarize(path, Options(strategy="rules", use_cache=False))
    assert [i.text for i in got.tasks] == ["Tiếp tục khảo sát các mô hình sản xuất", "Hoàn thành nhiệm vụ thu chi ngân sách"]


def test_features_carry_which_third_of_the_article_a_clause_stands_in():
    f = features("achievements", True, "Thu ngân sách đạt 80% dự toán", "Thu ngân sách đạt 80% dự toán", at=2)
    assert {"at=2", "at=2|achi"} <= set(f)
    assert not [x for x in features("achievements", True, "Thu ngân sách", "Thu ngân sách") if x.startswith("at=")]


def _proposals(text: str) -> list:
    """The rules' proposals for an article (no weights), with the context each carries to the weights."""
    from summarizer.extract.rules import RulesStrategy
    from summarizer.pipeline.chunk import make_chunks
    from summarizer.pipeline.ingest import parse

    doc = parse(text)
    with using(None):
        return RulesStrategy().propose(doc, make_chunks(doc))[1]


def test_a_sentence_after_its_paragraphs_first_is_read_with_how_the_paragraph_opens():
    f = features("achievements", True, "Tiến độ giải ngân còn chậm", "Tiến độ giải ngân còn chậm",
                 opener="Tuy nhiên, công tác thu ngân sách")
    assert {"p0=tuy", "pb=tuy_nhiên"} <= set(f)
    assert not [x for x in features("achievements", True, "Thu ngân sách", "Thu ngân sách") if x[:2] in ("p0", "pb")]
    props = _proposals("UBND xã sơ kết quý III/2026\n\nSáng 5/10, UBND xã tổ chức hội nghị sơ kết quý III/2026.\n\n"
                       "Tuy nhiên, thu ngân sách mới đạt 40% dự toán. Tiến độ giải ngân vốn đầu tư công còn chậm.\n")
    openers = {p.candidate.text: p.opener for p in props}
    assert openers["Thu ngân sách mới đạt 40% dự toán"] == ""  # the paragraph's first sentence opens it
    assert openers["Tiến độ giải ngân vốn đầu tư công còn chậm"].startswith("Tuy nhiên, thu ngân sách")


def test_a_clause_after_its_sentences_first_is_read_with_how_the_sentence_opens():
    from summarizer.extract.rules import features_of

    f = features("tasks", True, "Thu ngân sách đạt 100% dự toán", "Thu ngân sách đạt 100% dự toán",
                 start="Phấn đấu năm 2027, tổng sản phẩm")
    assert {"s0=phấn", "sb=phấn_đấu"} <= set(f)
    assert not [x for x in features("tasks", True, "Thu ngân sách", "Thu ngân sách") if x[:2] in ("s0", "sb")]
    props = _proposals("UBND xã sơ kết năm 2026\n\nSáng 5/12, UBND xã tổ chức hội nghị tổng kết năm 2026.\n\n"
                       "Phấn đấu năm 2027, tổng sản phẩm trên địa bàn tăng 8%, thu ngân sách đạt 100% dự toán.\n")
    starts = {p.candidate.text: p.start for p in props}
    assert starts["Thu ngân sách đạt 100% dự toán"].startswith("Phấn đấu năm 2027")
    assert starts["Phấn đấu năm 2027"] == ""  # the sentence's first clause opens it
    # training reads a proposal as deciding does: the same features, sentence opening included
    later = next(p for p in props if p.start)
    assert {"s0=phấn", "sb=phấn_đấu"} <= set(features_of(later))


def test_features_carry_the_cue_families_a_clause_matches():
    # one feature for a family in any of its wordings: "còn hạn hẹp" and "đạt tỷ lệ thấp" both read as a shortcoming
    for text in ("Nguồn vốn đầu tư còn hạn hẹp", "Giải ngân vốn đầu tư công đạt tỷ lệ thấp"):
        assert "cue=shortcoming" in features("achievements", True, text, text)
    assert "cue=shortcoming" not in features("achievements", True, "Thu ngân sách đạt 105% dự toán", "x")
    assert "cue=task_section" in features("achievements", True, "Thời gian tới, xã tập trung thu ngân sách", "x")
