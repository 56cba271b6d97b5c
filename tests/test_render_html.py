"""HTML view, checked as text: escaping, self-containment, highlights, overlap, fuzzy/ungrounded marks.

The same page is driven in headless Chromium by tests/test_render_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from browser.samples import ARTICLE_A, ARTICLE_B, SCRIPT, all_summaries, summary_a, summary_b, write_batch

from summarizer.pipeline.ingest import parse
from summarizer.render import build_briefing, render_html, single_briefing
from summarizer.render.briefing import Entry
from summarizer.render.html_out import JS
from summarizer.render.results import attach_documents, load_results


class _Tags(HTMLParser):
    """Collects tags, attributes and the text inside each <p> of the article text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    batch = write_batch(tmp_path_factory.mktemp("batch"))
    loaded = load_results(batch.results)
    attach_documents(loaded.entries, base=batch.results.parent)
    return render_html(build_briefing(loaded.entries, "organization", skipped=loaded.skipped))


def _tags(html: str) -> _Tags:
    t = _Tags()
    t.feed(html)
    return t


def test_article_script_is_escaped_and_only_our_script_exists(page):
    assert SCRIPT not in page
    assert "&lt;script&gt;window.__pwned=1;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert '<img src=x onerror="window.__pwned=2">' not in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    t = _tags(page)
    assert [tag for tag, _ in t.tags if tag == "script"] == ["script"]
    assert t.scripts == [JS]
    assert not [tag for tag, _ in t.tags if tag in ("img", "iframe", "object", "embed")]
    assert not any(k.startswith("on") for _, attrs in t.tags for k in attrs)


def test_csp_allows_only_the_inline_script_by_hash(page):
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    assert f"script-src 'sha256-{digest}'" in csp


def test_self_contained_no_network(page):
    t = _tags(page)
    for tag, attrs in t.tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or value.startswith(("#", "data:")), (tag, key, value)
    assert "@import" not in page and "url(" not in page
    assert "http://" not in page and "https://" not in page


def test_every_item_is_listed_and_every_grounded_item_highlighted(page):
    t = _tags(page)
    items = [attrs for tag, attrs in t.tags if tag == "li" and "item" in attrs.get("class", "")]
    assert len(items) == sum(len(s.items()) for s in all_summaries())
    marked = {i for tag, attrs in t.tags if tag == "mark" for i in attrs["data-items"].split()}
    targets = [attrs["data-target"] for tag, attrs in t.tags if tag == "button" and "data-target" in attrs]
    assert set(targets) == marked
    # grounded: every item except the ungrounded one and the one whose article is missing
    assert len(targets) == len(items) - 2
    for s in all_summaries():
        for _, it in s.items():
            assert f">{_escape(it.text)}" in page


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def test_fuzzy_ungrounded_and_missing_source_are_marked(page):
    t = _tags(page)
    classes = [attrs.get("class", "") for tag, attrs in t.tags if tag == "li"]
    assert sum("fuzzy" in c.split() for c in classes) == 1
    assert sum("ungrounded" in c.split() for c in classes) == 1
    assert "≈ gần đúng" in page and "⚠ không khớp nguồn" in page
    assert "không tìm thấy bài gốc “khong_co_file.txt”" in page
    fuzzy_marks = [attrs for tag, attrs in t.tags if tag == "mark" and "fz" in attrs["class"].split()]
    assert fuzzy_marks


def test_removed_lines_are_shown_greyed_and_collapsed(page):
    assert '<details class="removed"><summary>Đã lược bỏ 1 dòng (trùng lặp)</summary>' in page
    assert "Đã lược bỏ 2 dòng" in page  # caption + boilerplate at the end of article A


def _text_of_paragraph(html: str, needle: str) -> str:
    """The plain text of the <p> whose text contains `needle` (tags stripped, entities decoded)."""
    from html import unescape

    for m in re.finditer(r"<p(?: class=\"[^\"]*\")?>(.*?)</p>", html):
        plain = unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        if needle in plain:
            return plain
    raise AssertionError(f"no paragraph with {needle!r}")


def test_overlapping_spans_render_as_segments_and_text_is_intact(page):
    para = next(ln for ln in ARTICLE_A.splitlines() if "152,7" in ln)
    assert _text_of_paragraph(page, "152,7 tỷ đồng") == para  # splitting never loses or repeats text
    # the overlap "bằng 31,5% dự toán năm" is one segment covered by both achievements
    m = re.search(r'<mark class="([^"]*)" data-items="(a\d+-i\d+) (a\d+-i\d+)"[^>]*>bằng 31,5% dự toán năm</mark>',
                  page)
    assert m, "overlap segment not found"
    assert "deep" in m.group(1).split()


def test_script_paragraph_text_round_trips(page):
    para = next(ln for ln in ARTICLE_B.splitlines() if "1.250" in ln)
    assert _text_of_paragraph(page, "1.250 lượt người") == para


def test_nested_and_identical_spans():
    src = "Huyện đạt 100% kế hoạch và vượt 20% chỉ tiêu.\n"
    doc = parse("Tiêu đề bài\n" + src, "x.txt")
    s = summary_a().model_copy(update={"article": "x.txt", "shortcomings": [], "tasks": []})
    outer_q, inner_q = "Huyện đạt 100% kế hoạch và vượt 20% chỉ tiêu", "100% kế hoạch"
    base = doc.source.index(outer_q)
    inner = doc.source.index(inner_q)
    s.achievements = [
        s.achievements[0].model_copy(update={"text": "A", "quote": outer_q, "start": base,
                                             "end": base + len(outer_q), "status": "exact"}),
        s.achievements[0].model_copy(update={"text": "B", "quote": inner_q, "start": inner,
                                             "end": inner + len(inner_q), "status": "exact"}),
        s.achievements[0].model_copy(update={"text": "C", "quote": inner_q, "start": inner,
                                             "end": inner + len(inner_q), "status": "exact"}),
    ]
    html = render_html(single_briefing(s, doc))
    assert _text_of_paragraph(html, "100% kế hoạch") == src.strip()
    assert re.search(r'data-items="a0-i0 a0-i1 a0-i2"[^>]*>100% kế hoạch</mark>', html)


def test_no_document_lists_items_without_highlights():
    html = render_html(single_briefing(summary_b()))
    assert "<mark" not in html
    assert "không có bài gốc" in html
    assert "data-target=" not in html
    assert html.count('class="item ') == len(summary_b().items())


def test_one_article_page_has_no_group_headings_or_toc():
    doc = parse(ARTICLE_A, "a.txt")
    html = render_html(single_briefing(summary_a(), doc))
    assert '<h2 class="group">' not in html and '<nav class="toc">' not in html
    assert "<title>Tóm tắt: Huyện ủy Tân Phước</title>" in html


def test_quotes_on_demand():
    doc = parse(ARTICLE_A, "a.txt")
    entry = Entry(summary_a(), document=doc)
    with_q = render_html(build_briefing([entry], "period"), quotes=True)
    assert with_q.count('<span class="quote">') == len(summary_a().items())
    assert '<span class="quote">' not in render_html(build_briefing([entry], "period"))
