"""The `judge` strategy against real HTTP servers on 127.0.0.1 (the fake server, scripted):
a ceiling test whose judge answers from the dev labels, a judge that says `none` to everything,
and one that answers garbage (the rules' verdicts are kept, chunk by chunk, and said so)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import Options, summarize
from summarizer.backends.factory import open_backend
from summarizer.errors import ExtractionError
from summarizer.evals.metrics import match_items
from summarizer.evals.run import load_labels, score_predictions
from summarizer.extract.judge import requests
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ground import missing_figures
from summarizer.pipeline.ingest import read_article
from summarizer.render import render_json

ROOT = Path(__file__).resolve().parent.parent
LABELS, ARTICLES = ROOT / "evals" / "labels", ROOT / "evals" / "articles"
CATS = ("achievements", "shortcomings", "tasks")
MARK = re.compile(r"\[(\d+)\] (.*?) \[/\1\]", re.S)


def _numbered(body: dict) -> dict[int, str]:
    """The candidates of the latest user turn that carries them (a re-ask turn carries none)."""
    for msg in reversed(body["messages"]):
        if msg.get("role") == "user" and MARK.search(str(msg.get("content", ""))):
            return {int(n): q for n, q in MARK.findall(msg["content"])}
    return {}


def oracle_from_labels(split: str):
    """A judge that knows the answers: each candidate gets the category and text of the gold item
    it matches (one-to-one, by the similarity the evals use), or `none`."""
    gold = load_labels(LABELS, split)
    texts = {stem: (ARTICLES / g["article"]).read_text(encoding="utf-8") for stem, g in gold.items()}

    def respond(body: dict) -> str:
        cands = _numbered(body)
        if not cands:
            return json.dumps({"items": []})  # e.g. the structured-output probe
        stem = _source_of(cands.values(), texts)
        items = [(c, t) for c in CATS for t in gold[stem][c]] if stem else []
        ns = sorted(cands)
        pairs = {ns[p]: items[g] for p, g, _ in match_items([cands[n] for n in ns], [t for _, t in items])}
        out = [{"n": n, "category": pairs[n][0] if n in pairs else "none",
                "text": _text(pairs[n][1], cands[n]) if n in pairs else "", "owner": None, "deadline": None}
               for n in ns]
        return json.dumps({"items": out}, ensure_ascii=False)

    return respond


def _source_of(cands, texts: dict[str, str]) -> str | None:
    """The article holding the most candidates (a short one like "(GMT+7)" is in several), the first in label
    order on a tie. An article holding them all holds the longest, so those few are tried first and every article
    is counted only where none holds them all (counting every article for every request made the ceiling test
    quadratic in the size of dev)."""
    cands = list(cands)
    longest = max(cands, key=len)
    full = next((s for s, t in texts.items() if longest in t and all(c in t for c in cands)), None)
    if full:
        return full
    hits = {s: sum(c in t for c in cands) for s, t in texts.items()}
    return max(hits, key=hits.get) if max(hits.values(), default=0) else None


def _text(gold: str, quote: str) -> str:
    """The gold text, unless it has figures the candidate does not (a gold item wider than the
    clause): then, as the contract asks, only what the clause says."""
    return quote if missing_figures(gold, quote) else gold


def _options(server) -> Options:
    return Options(base_url=server.base_url, model="test-model", strategy="judge", use_cache=False)


def ceiling_predictions(server, split: str, out: Path, stems: list[str] | None = None) -> list[str]:
    """Run the judge against `server` (an oracle) on a split's articles (or only `stems`), one JSON per article in
    `out`. Where no candidate of the rules is an item the pipeline refuses ("nothing to summarise"): that
    article gets no prediction and is scored as empty. Returns those articles' stems."""
    empty = []
    labels = load_labels(LABELS, split)
    # one backend for all, as a batch shares one: a client per article loads the TLS trust store each time (~50 ms)
    opts = _options(server)
    with open_backend(opts.with_env()) as backend:
        for stem in stems or labels:
            g = labels[stem]
            try:
                summary = summarize(ARTICLES / g["article"], opts, backend=backend)
            except ExtractionError as err:
                assert "nothing to summarise" in str(err), err
                empty.append(stem)
                continue
            assert not summary.provenance.fallback_chunks
            (out / f"{stem}.json").write_text(render_json(summary), encoding="utf-8")
    return empty


def test_ceiling_a_judge_that_knows_the_labels_scores_at_least_090_on_dev(fake_server_factory, tmp_path):
    server = fake_server_factory(responder=oracle_from_labels("dev"))
    # an evenly spaced sample of about 500 dev articles in label order, however dev grows: the ceiling is a rate, and
    # the whole of dev (2,877 articles at round 106, about 0.1 s each) had made this the suite's slowest test after the
    # real model's (every third article, 982 of 2946 at round 107, still took 107 s)
    dev = list(load_labels(LABELS, "dev"))
    sample = dev[::max(1, len(dev) // 500)]
    empty = ceiling_predictions(server, "dev", tmp_path, sample)
    # Articles none of whose clauses the rules propose are items stay rare: at most one in 200 (2 of 1137 of dev when the
    # bound was a count; 5 of 1257 once rounds 70-73 added thin pages: a lead that holds the only result, 1922; a task
    # inside a longer clause, 1955; an anniversary's successes, 1986).
    assert len(empty) <= len(sample) // 200, empty
    run = score_predictions(tmp_path, LABELS, ARTICLES, split="dev", stems=sample)
    assert run["headline"]["f1_macro"] >= 0.90, run["headline"]
    assert run["headline"]["number_fidelity"] == 1.0


def test_quotes_and_offsets_come_from_the_candidates(fake_server_factory):
    server = fake_server_factory(responder=oracle_from_labels("dev"))
    path = next(ARTICLES.glob("001_*.txt"))
    summary = summarize(path, _options(server))
    source = read_article(path).source
    for _, item in summary.items():
        assert source[item.start:item.end] == item.quote


def test_a_judge_that_says_none_to_everything_gives_nothing_and_says_why(fake_server_factory):
    def none(body):
        return json.dumps({"items": [{"n": n, "category": "none"} for n in sorted(_numbered(body))]})

    server = fake_server_factory(responder=none)
    with pytest.raises(ExtractionError, match=r"nothing to summarise.*judged all \d+ candidate clauses not to be items"):
        summarize(next(ARTICLES.glob("001_*.txt")), _options(server))


def test_garbage_answers_fall_back_to_the_rules_per_chunk(fake_server_factory):
    server = fake_server_factory(responder=lambda body: json.dumps({"items": [{"n": 999, "category": "tasks"}]}))
    path = next(ARTICLES.glob("002_*.txt"))
    summary = summarize(path, _options(server))
    rules = summarize(path, Options(strategy="rules"))
    n_requests = len(requests(read_article(path), make_chunks(read_article(path)))[1])
    assert len(summary.provenance.fallback_chunks) == n_requests
    assert all("the rules' categories were used" in f.error for f in summary.provenance.fallback_chunks)
    assert [(c, i.quote) for c, i in summary.items()] == [(c, i.quote) for c, i in rules.items()]
    # instructor re-asked with what was wrong before falling back
    asks = [r for r in server.requests if "[1]" in json.dumps(r.get("body", {}), ensure_ascii=False)]
    assert any("not in the text" in json.dumps(r.get("body", {}), ensure_ascii=False) for r in asks)


def test_batch_export_of_judge_equals_live_and_import_gives_live_summaries(fake_server_factory, tmp_path, monkeypatch):
    from test_batch_scaleout import batch, canon, openai_line, read_jsonl, summary_core, write_lines

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    server = fake_server_factory(responder=oracle_from_labels("dev"))
    src = tmp_path / "in"
    src.mkdir()
    for stem in ("001_797acb88c0c63cd6", "003_34f319a60f33d308"):
        (src / f"{stem}.txt").write_bytes((ARTICLES / f"{stem}.txt").read_bytes())
    live = tmp_path / "live.jsonl"
    r = batch(src, "-o", live, "--base-url", server.base_url, "--model", "test-model", "--strategy", "judge",
              "--mode", "json_schema")  # the form export writes
    assert r.exit_code == 0, r.output
    sent = [q["body"] for q in server.chat_requests()]

    req_file = tmp_path / "requests.jsonl"
    r = batch("export", src, "-o", req_file, "--model", "test-model", "--strategy", "judge")
    assert r.exit_code == 0, r.output
    reqs = read_jsonl(req_file)
    assert sorted(canon(x["body"]) for x in reqs) == sorted(map(canon, sent))
    assert all(x["body"]["response_format"]["json_schema"]["name"] == "JudgeAnswer" for x in reqs)

    write_lines(tmp_path / "responses.jsonl", [openai_line(x, oracle_from_labels("dev")(x["body"])) for x in reqs])
    imported = tmp_path / "imported.jsonl"
    r = batch("import", tmp_path / "responses.jsonl", "--input", src, "-o", imported, "--strategy", "judge",
              "--requests", req_file)
    assert r.exit_code == 0, r.output
    live_by_id = {x["article_id"]: summary_core(x) for x in read_jsonl(live)}
    imp_by_id = {x["article_id"]: summary_core(x) for x in read_jsonl(imported)}
    assert imp_by_id == live_by_id and all(v for v in imp_by_id.values())
    assert {x["provenance"]["strategy"] for x in read_jsonl(imported)} == {"judge"}

    # the briefing reads judge results like any others
    from typer.testing import CliRunner

    from summarizer.cli import app

    brief = CliRunner().invoke(app, ["brief", str(imported), "-o", str(tmp_path / "brief.md")])
    assert brief.exit_code == 0, brief.output
    text = (tmp_path / "brief.md").read_text(encoding="utf-8")
    first = read_jsonl(imported)[0]
    assert first["meta"]["organization"] in text and first["achievements"][0]["text"] in text


def test_a_deadline_the_clause_does_not_give_is_reasked_then_left_out(fake_server_factory):
    def invents_deadline(body):
        cands = _numbered(body)
        return json.dumps({"items": [{"n": n, "category": "tasks", "text": "", "owner": None,
                                      "deadline": "trước ngày 31/12/2099"} for n in sorted(cands)]})

    server = fake_server_factory(responder=invents_deadline)
    path = next(ARTICLES.glob("001_*.txt"))
    summary = summarize(path, _options(server))
    assert all("2099" not in (t.deadline or "") for t in summary.tasks)
    asks = [json.dumps(r.get("body", {}), ensure_ascii=False) for r in server.requests]
    assert any("owner/deadline has figures not in" in a for a in asks)  # instructor re-asked with it
