"""`summarizer brief`: loading batch results, grouping and ordering, the Markdown briefing, the CLI."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from browser.samples import FILES, SCRIPT, all_summaries, summary_a, summary_b, write_articles, write_batch
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.pipeline.ground import figures
from summarizer.render import build_briefing, render_brief_markdown
from summarizer.render.briefing import Entry, group_key, period_sort_key, vi_sort_key
from summarizer.render.results import attach_documents, load_results

runner = CliRunner()


def _entries() -> list[Entry]:
    return [Entry(s) for s in all_summaries()]


# --- loading ------------------------------------------------------------------------------------


def test_load_batch_jsonl_skips_unfinished_lines_and_drops_batch_keys(tmp_path):
    batch = write_batch(tmp_path)
    loaded = load_results(batch.results)
    assert [e.summary for e in loaded.entries] == batch.summaries
    assert loaded.skipped == {"failed": 1}
    first = loaded.entries[0]
    assert first.article_id == Path(FILES["A"]).stem
    assert first.source == str(batch.articles / FILES["A"])
    assert first.file_name == FILES["A"]


def test_load_plain_summary_json(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(summary_a().model_dump_json(indent=2), encoding="utf-8")
    loaded = load_results(path)
    assert [e.summary for e in loaded.entries] == [summary_a()]
    assert loaded.skipped == {}
    assert loaded.entries[0].source is None


def test_load_one_line_batch_and_jsonl_source(tmp_path):
    rec = summary_b().model_dump(mode="json") | {"article_id": "b7", "status": "done", "source": "jsonl:b7"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [entry] = load_results(path).entries
    assert entry.summary == summary_b()
    assert entry.file_name == summary_b().article  # "jsonl:…" is not a file name
    assert entry.source_label == f"{summary_b().article} (mã b7)"


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "empty"),
        ('{"status": "failed", "article_id": "x"}\n', "no finished summaries"),
        ('{"article": "x"}\n', "not a summary"),
        ("not json at all\n", ":1: not JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_load_errors_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_results(path)


def test_load_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_results(tmp_path / "nope.jsonl")


def test_attach_documents_from_source_articles_dir_or_input_jsonl(tmp_path):
    batch = write_batch(tmp_path, with_source=False)
    entries = load_results(batch.results).entries
    attach_documents(entries, base=batch.results.parent)  # no source, not next to results: not found
    assert all(e.document is None and "không tìm thấy" in e.source_note for e in entries)

    entries = load_results(batch.results).entries
    attach_documents(entries, articles=batch.articles)
    found = {e.summary.article: e.document is not None for e in entries}
    assert found == {FILES["A"]: True, FILES["B"]: True, FILES["C"]: True, "khong_co_file.txt": False}
    a = next(e for e in entries if e.summary.article == FILES["A"])
    assert all(a.grounded(it) for _, it in a.summary.items())

    inputs = tmp_path / "input.jsonl"
    inputs.write_text(json.dumps({"id": Path(FILES["B"]).stem, "text": (batch.articles / FILES["B"]).read_text()},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    entries = load_results(batch.results).entries
    attach_documents(entries, articles=inputs)
    b = next(e for e in entries if e.summary.article == FILES["B"])
    assert b.document is not None and SCRIPT in b.document.source


# --- grouping and ordering ------------------------------------------------------------------------


def test_group_key_unifies_spelling_variants():
    assert group_key("Huyện uỷ  Tân Phước") == group_key("huyện ủy Tân Phước")
    assert group_key("Hoà Bình") == group_key("Hòa Bình")
    assert group_key("Quý I") == "quý i"  # "qu" is a consonant: nothing to move
    assert group_key("Hoàng Mai") == "hoàng mai"  # "oàng": the tone is already on the right letter


def test_vietnamese_alphabetical_order():
    names = ["UBND phường 3", "Đảng ủy xã Phú Mỹ", "Huyện ủy Tân Phước", "Ăn", "An", "Âm", "Dân", "Zeta"]
    assert sorted(names, key=vi_sort_key) == ["An", "Ăn", "Âm", "Dân", "Đảng ủy xã Phú Mỹ", "Huyện ủy Tân Phước",
                                              "UBND phường 3", "Zeta"]


def test_period_order_follows_time():
    periods = ["Quý III/2024", "năm 2023", "6 tháng đầu năm 2024", "Quý I/2024", "Tháng 3/2024", "9 tháng năm 2023",
               None]
    assert sorted(periods, key=period_sort_key) == [
        "9 tháng năm 2023", "năm 2023", "Quý I/2024", "Tháng 3/2024", "6 tháng đầu năm 2024", "Quý III/2024", None]


def test_group_by_organization_merges_spellings_orders_by_date():
    b = build_briefing(_entries(), "organization")
    # "Đ" sorts after "D", before "H" (not after "Z" as in code-point order)
    assert [g.label for g in b.groups] == ["Đảng ủy xã Phú Mỹ", "Huyện ủy Tân Phước", "UBND phường 3"]
    assert [e.summary.meta.meeting_date for e in b.groups[1].entries] == ["2023-07-12", "2024-04-05"]


def test_group_by_period_in_time_order():
    b = build_briefing(_entries(), "period")
    assert [g.label for g in b.groups] == ["6 tháng đầu năm 2023", "Quý I/2024", "Tháng 3/2024"]
    q1 = b.groups[1]
    assert [e.summary.meta.organization for e in q1.entries] == ["Đảng ủy xã Phú Mỹ", "Huyện ủy Tân Phước"]


def test_unknown_group_goes_last():
    entries = _entries()
    entries[0].summary.meta.organization = None
    b = build_briefing(entries, "organization")
    assert b.groups[-1].label == "Chưa rõ tổ chức"


def test_unknown_group_by_is_an_input_error():
    with pytest.raises(InputError, match="group-by"):
        build_briefing(_entries(), "chair")


# --- Markdown briefing ------------------------------------------------------------------------------


def _assert_every_item_and_figure(text: str, summaries) -> None:
    for s in summaries:
        for _, it in s.items():
            assert f"- {it.text}" in text, it.text
            for fig in figures(it.text):
                assert fig in text


def test_markdown_briefing_has_every_item_and_figure_exactly():
    b = build_briefing(_entries(), "organization", title="Báo cáo tuần 15")
    md = render_brief_markdown(b)
    assert md.startswith("# Báo cáo tuần 15\n")
    _assert_every_item_and_figure(md, all_summaries())
    for heading in ("Kết quả đạt được", "Hạn chế, tồn tại", "Nhiệm vụ trọng tâm"):
        assert f"#### {heading} (" in md
    assert "## Huyện ủy Tân Phước" in md
    assert "- **Ngày họp:** 05/04/2024" in md
    assert "- **Kỳ đánh giá:** Quý I/2024" in md
    assert "(chủ trì: UBND huyện; thời hạn: 30/6/2024)" in md
    assert f"- **Nguồn:** {FILES['A']}" in md
    assert "  > " not in md  # quotes only on demand


def test_markdown_briefing_quotes_on_demand():
    md = render_brief_markdown(build_briefing(_entries(), "period"), quotes=True)
    for s in all_summaries():
        for _, it in s.items():
            assert f"  > {it.quote}" in md


# --- CLI ------------------------------------------------------------------------------------------------


def test_cli_brief_three_formats_from_one_batch(tmp_path):
    batch = write_batch(tmp_path)
    outs = {}
    for fmt in ("md", "docx", "html"):
        out = tmp_path / f"brief.{fmt}"
        r = runner.invoke(app, ["brief", str(batch.results), "-o", str(out), "--format", fmt,
                                "--title", "Tổng hợp quý I"])
        assert r.exit_code == 0, r.output
        assert "skipped 1 unfinished" in r.output
        outs[fmt] = out
    md = outs["md"].read_text(encoding="utf-8")
    _assert_every_item_and_figure(md, batch.summaries)
    with zipfile.ZipFile(outs["docx"]) as z:
        assert "Tổng hợp quý I" in z.read("word/document.xml").decode("utf-8")
    html = outs["html"].read_text(encoding="utf-8")
    assert "<title>Tổng hợp quý I</title>" in html
    assert "khong_co_file.txt" in html


def test_cli_brief_infers_format_from_suffix_and_groups_by_period(tmp_path):
    batch = write_batch(tmp_path)
    out = tmp_path / "b.docx"
    r = runner.invoke(app, ["brief", str(batch.results), "-o", str(out), "--group-by", "period"])
    assert r.exit_code == 0, r.output
    assert zipfile.is_zipfile(out)


def test_cli_brief_markdown_to_stdout_from_one_summary_json(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(summary_a().model_dump_json(), encoding="utf-8")
    r = runner.invoke(app, ["brief", str(path), "--quotes"])
    assert r.exit_code == 0, r.output
    assert "# Báo cáo tổng hợp" in r.stdout
    assert f"  > {summary_a().achievements[0].quote}" in r.stdout


def test_cli_brief_html_finds_articles_with_articles_option(tmp_path):
    batch = write_batch(tmp_path, with_source=False)
    out = tmp_path / "b.html"
    r = runner.invoke(app, ["brief", str(batch.results), "-o", str(out), "--articles", str(batch.articles)])
    assert r.exit_code == 0, r.output
    assert "1 article(s) not found" in r.output  # only the one with no file anywhere
    assert out.read_text(encoding="utf-8").count("<mark ") > 5


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "docx"], "give -o FILE"),
        (["--format", "pdf"], "'pdf' is not one of 'md', 'docx', 'html'"),
        (["--group-by", "chair"], "'chair' is not one of 'organization', 'period'"),
        (["--articles", "/no/such/dir"], "no such folder"),
    ],
)
def test_cli_brief_errors_are_one_line(tmp_path, args, message):
    batch = write_batch(tmp_path)
    r = runner.invoke(app, ["brief", str(batch.results), *args])
    assert r.exit_code == 2
    assert message in " ".join(r.output.replace("│", " ").split())  # usage errors come boxed
    assert "Traceback" not in r.output


def test_cli_brief_missing_results_file(tmp_path):
    r = runner.invoke(app, ["brief", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 2
    assert "no such file" in r.output


# --- `summarize --format docx|html` goes through the same renderers ---------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_cli_summarize_docx_and_html(tmp_path, fmt):
    articles = write_articles(tmp_path / "a")
    out = tmp_path / f"s.{fmt}"
    r = runner.invoke(app, ["summarize", str(articles / FILES["A"]), "--strategy", "rules", "--format", fmt,
                            "-o", str(out)])
    assert r.exit_code == 0, r.output
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        assert "Kết quả đạt được" in xml and "152,7" in xml
    else:
        html = out.read_text(encoding="utf-8")
        assert "<mark " in html and "152,7" in html
        assert "không tìm thấy" not in html


def test_cli_summarize_docx_needs_out(tmp_path):
    articles = write_articles(tmp_path / "a")
    r = runner.invoke(app, ["summarize", str(articles / FILES["A"]), "--strategy", "rules", "--format", "docx"])
    assert r.exit_code == 2
    assert "give -o FILE" in r.output
