"""The HTML view in a real browser: headless Chromium (Debian's `chromium`) driven over CDP.

Checks: the page renders with no console errors, clicking an item scrolls its span into view and
flashes it, clicking a highlight flashes its item, and the `<script>` inside an article never
runs. Saves a screenshot to artifacts/html_view.png (look at it). Skipped, with the install
command, when Chromium is not installed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from browser.cdp import INSTALL_HINT, Chromium, find_chromium
from browser.samples import SCRIPT, write_batch
from typer.testing import CliRunner

from summarizer.cli import app

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
WIDTH, HEIGHT = 1280, 900


@pytest.fixture(scope="module")
def browser():
    binary = find_chromium()
    if binary is None:
        pytest.skip(f"headless Chromium not installed, HTML view not tested in a browser; install: {INSTALL_HINT}")
    b = Chromium.launch(binary)
    try:
        yield b
    finally:
        b.close()


@pytest.fixture(scope="module")
def html_file(tmp_path_factory) -> Path:
    batch = write_batch(tmp_path_factory.mktemp("browser"))
    out = batch.results.parent / "brief.html"
    r = CliRunner().invoke(app, ["brief", str(batch.results), "-o", str(out), "--title", "Báo cáo tổng hợp quý I"])
    assert r.exit_code == 0, r.output
    return out


def _rect(page, selector: str) -> dict:
    return page.evaluate(f"""(() => {{
        const el = document.querySelector({json.dumps(selector)});
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return {{top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                 inView: r.top >= 0 && r.bottom <= window.innerHeight && r.bottom > r.top,
                 flash: el.classList.contains("flash")}};
    }})()""")


def _settle(page, timeout: float = 3.0) -> None:
    """Wait until smooth scrolling has stopped."""
    last, deadline = None, time.monotonic() + timeout
    while time.monotonic() < deadline:
        y = page.evaluate("window.scrollY")
        if y == last:
            return
        last = y
        time.sleep(0.15)


def test_html_view_in_headless_chromium(browser, html_file):
    page = browser.new_page(WIDTH, HEIGHT)
    page.goto(html_file.as_uri())

    # renders: four articles, highlights, the side lists
    assert page.evaluate("document.querySelectorAll('article.entry').length") == 4
    assert page.evaluate("document.querySelectorAll('mark[data-items]').length") >= 10
    assert page.evaluate("document.querySelectorAll('li.item').length") == 13
    assert page.evaluate("getComputedStyle(document.querySelector('aside.items')).position") == "sticky"

    # the article's <script> is text on the page, and never ran
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.title") == "Báo cáo tổng hợp quý I"
    assert SCRIPT in page.evaluate("document.body.innerText")

    # fuzzy and ungrounded items are visibly marked
    assert page.evaluate("[...document.querySelectorAll('li.item.fuzzy .badge.fuzzy')]"
                         ".filter(b => b.offsetWidth > 0).length") == 1
    assert page.evaluate("[...document.querySelectorAll('li.item.ungrounded .badge.ungrounded')]"
                         ".filter(b => b.offsetWidth > 0).length") == 1

    # click the last task of the long article: its span starts below the fold
    button_sel = "li.item.c-tsk button[data-target]"
    target = page.evaluate(f"""(() => {{
        const b = [...document.querySelectorAll({json.dumps(button_sel)})]
            .find(x => x.textContent.includes("Đẩy nhanh giải ngân"));
        b.closest("article").scrollIntoView({{block: "start"}});
        return b.getAttribute("data-target");
    }})()""")
    _settle(page)
    mark_sel = f'mark[data-items~="{target}"]'
    before = _rect(page, mark_sel)
    assert before is not None and not before["inView"], "precondition: the span starts out of view"
    btn = _rect(page, f'button[data-target="{target}"]')
    assert btn["inView"]
    page.click((btn["left"] + btn["right"]) / 2, (btn["top"] + btn["bottom"]) / 2)
    assert page.wait_for(f"document.querySelector('{mark_sel}').classList.contains('flash')", timeout=3)
    _settle(page)
    after = _rect(page, mark_sel)
    assert after["inView"], f"span not scrolled into view: {after}"
    assert page.evaluate(f"document.querySelector('li.item[data-id=\"{target}\"]').classList.contains('active')")

    ARTIFACTS.mkdir(exist_ok=True)
    shot = page.screenshot(ARTIFACTS / "html_view.png")
    assert shot.read_bytes().startswith(b"\x89PNG")

    # clicking a highlight flashes its item in the side list
    line = page.evaluate(f"(() => {{ const r = document.querySelector('{mark_sel}').getClientRects()[0];"
                         " return {x: r.left + 4, y: (r.top + r.bottom) / 2}; })()")  # its first line box
    page.click(line["x"], line["y"])
    assert page.wait_for(f"document.querySelector('li.item[data-id=\"{target}\"]').classList.contains('flash')",
                         timeout=3)

    # an ungrounded item's button does nothing (and breaks nothing)
    page.evaluate("document.querySelector('li.item.ungrounded button').click()")

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors() == []


def test_single_article_page_in_chromium(browser, tmp_path):
    from browser.samples import ARTICLE_B, summary_b

    from summarizer.pipeline.ingest import parse
    from summarizer.render import render_html, single_briefing

    path = tmp_path / "one.html"
    path.write_text(render_html(single_briefing(summary_b(), parse(ARTICLE_B, "b.txt"))), encoding="utf-8")
    page = browser.new_page(800, 600)  # narrow: one column
    page.goto(path.as_uri())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    target = page.evaluate("document.querySelector('button[data-target]').getAttribute('data-target')")
    page.evaluate(f"document.querySelector('button[data-target=\"{target}\"]').click()")
    assert page.wait_for(f"document.querySelector('mark[data-items~=\"{target}\"]').classList.contains('flash')")
    _settle(page)
    assert _rect(page, f'mark[data-items~="{target}"]')["inView"]
    assert page.errors() == []
