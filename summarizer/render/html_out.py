"""HTML view: one self-contained file showing every item on its source text.

For each article: the cleaned text (kept paragraphs; dropped lines greyed in collapsed blocks)
with every item's span highlighted in its category's colour, and a side list of the items.
Clicking an item scrolls its span into view and flashes it; clicking a highlight flashes its
items in the list. Fuzzy-aligned items are marked; items whose offsets do not point at their
quote in the article ("không khớp nguồn") are listed but not highlighted; an article whose file
cannot be found is listed without highlights, and the page says so.

Safety: every piece of article and item text goes through `html.escape`; the inline script is
allowed by a Content-Security-Policy hash, so no other script could run even if one slipped in.
No network: CSS and JS are inline, fonts are the system's.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from summarizer.models import CATEGORIES, Item
from summarizer.pipeline.ingest import Document, Span
from summarizer.render.briefing import (
    HEADINGS,
    Briefing,
    Entry,
    entry_heading,
    intro_line,
    meta_rows,
    task_details,
)

CATEGORY_CLASS = {"achievements": "c-ach", "shortcomings": "c-sho", "tasks": "c-tsk"}
REMOVED_REASONS = {"boilerplate": "phần khung trang", "caption": "chú thích/dòng ngắn", "duplicate": "trùng lặp",
                   "dateline": "dòng ngày đăng"}

CSS = """
:root{--ach:#c8ecc9;--ach-b:#2e7d32;--sho:#ffd9c2;--sho-b:#c4511b;--tsk:#cfe0ff;--tsk-b:#1f5fbf;
 --ink:#1d232a;--muted:#66707a;--line:#dde2e7;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,"Segoe UI","DejaVu Sans","Liberation Sans",Arial,sans-serif;
 color:var(--ink);background:var(--bg)}
header.top{padding:1.2rem 2rem .6rem;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0 0 .3rem;font-size:1.5rem}
.intro{margin:.2rem 0;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.5rem 0;font-size:.9rem;align-items:center}
.sw{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;vertical-align:-.2em;margin-right:.3em}
.sw.c-ach{background:var(--ach);border:1px solid var(--ach-b)}
.sw.c-sho{background:var(--sho);border:1px solid var(--sho-b)}
.sw.c-tsk{background:var(--tsk);border:1px solid var(--tsk-b)}
nav.toc{font-size:.92rem;margin:.4rem 0}
nav.toc ul{margin:.2rem 0;padding-left:1.2rem}
nav.toc a{color:var(--tsk-b)}
main{padding:0 2rem 3rem}
h2.group{margin:1.6rem 0 .4rem;font-size:1.3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
article.entry{background:#fff;border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:1rem 1.3rem}
article.entry>h3{margin:0 0 .2rem;font-size:1.15rem}
.meta,.src{margin:.15rem 0;font-size:.9rem;color:var(--muted)}
.meta b{color:var(--ink);font-weight:600}
.notice{margin:.5rem 0;padding:.45rem .7rem;border-left:4px solid #b58900;background:#fff8e1;font-size:.92rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(260px,400px);gap:1.4rem;margin-top:.6rem}
.cols.notext{grid-template-columns:minmax(0,1fr)}
.cols.notext aside.items{position:static;max-height:none;border-left:0;padding-left:0}
.text p{margin:0 0 .75rem}
.text .doc-title{font-weight:700;font-size:1.05rem}
details.removed{margin:0 0 .75rem;color:#8a939c;font-size:.85rem}
details.removed summary{cursor:pointer;user-select:none}
details.removed p{margin:.2rem 0 .2rem 1rem;font-style:italic}
details.removed .why{font-style:normal;font-size:.75rem;border:1px solid #c9ced3;border-radius:3px;padding:0 .25rem;
 margin-right:.35rem}
mark{color:inherit;border-radius:2px;padding:.05em 0;cursor:pointer;border-bottom:2px solid transparent}
mark.c-ach{background:var(--ach);border-bottom-color:var(--ach-b)}
mark.c-sho{background:var(--sho);border-bottom-color:var(--sho-b)}
mark.c-tsk{background:var(--tsk);border-bottom-color:var(--tsk-b)}
mark.deep{box-shadow:inset 0 -.55em 0 rgba(0,0,0,.09)}
mark.fz{border-bottom-style:dashed}
mark.flash,li.item.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,35%{outline:3px solid #ffb300;outline-offset:1px;background:#ffe082}100%{outline:3px solid transparent}}
aside.items{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:.2rem .2rem 1rem;
 border-left:1px solid var(--line);padding-left:1rem}
aside.items h4{margin:.6rem 0 .3rem;font-size:.95rem}
aside.items ol{margin:0;padding:0;list-style:none}
li.item{margin:0 0 .45rem;padding:.35rem .5rem;border-radius:5px;border-left:5px solid;background:#fafbfc;
 font-size:.92rem}
li.item.c-ach{border-left-color:var(--ach-b)}
li.item.c-sho{border-left-color:var(--sho-b)}
li.item.c-tsk{border-left-color:var(--tsk-b)}
li.item.active{background:#fff3cd}
li.item button{all:unset;cursor:pointer;display:block}
li.item button:focus-visible{outline:2px solid var(--tsk-b)}
li.item.nospan button{cursor:default}
.details{display:block;color:var(--muted);font-size:.85rem}
.quote{display:block;margin-top:.2rem;color:#4b545c;font-style:italic;font-size:.85rem}
.badge{display:inline-block;font-size:.72rem;font-weight:600;border-radius:3px;padding:0 .3rem;margin-left:.3rem;
 vertical-align:.1em}
.badge.fuzzy{background:#fff1c1;color:#7a5a00;border:1px dashed #b58900}
.badge.ungrounded{background:#fde2e2;color:#9b1c1c;border:1px solid #d64545}
.empty{color:var(--muted);font-style:italic;font-size:.9rem;margin:0 0 .4rem}
@media (max-width:860px){.cols{grid-template-columns:1fr}aside.items{position:static;max-height:none;border:0;
 padding-left:0}}
@media (prefers-reduced-motion:reduce){mark.flash,li.item.flash{animation-duration:.01s}}
"""

JS = """
(function () {
  "use strict";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function flash(els) {
    els.forEach(function (el) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); });
    window.setTimeout(function () { els.forEach(function (el) { el.classList.remove("flash"); }); }, 1700);
  }
  function showItem(id) {
    var marks = all('mark[data-items~="' + id + '"]');
    if (!marks.length) { return false; }
    var box = marks[0].closest("details");
    if (box) { box.open = true; }
    marks[0].scrollIntoView({behavior: reduce ? "auto" : "smooth", block: "center"});
    flash(marks);
    return true;
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button[data-target]");
    if (button) {
      all("li.item.active").forEach(function (el) { el.classList.remove("active"); });
      var li = button.closest("li.item");
      if (li) { li.classList.add("active"); }
      showItem(button.getAttribute("data-target"));
      return;
    }
    var mark = ev.target.closest("mark[data-items]");
    if (mark) {
      var items = mark.getAttribute("data-items").split(" ").map(function (id) {
        return document.querySelector('li.item[data-id="' + id + '"]');
      }).filter(Boolean);
      if (items.length) { items[0].scrollIntoView({block: "nearest"}); flash(items); }
    }
  });
  window.summarizerShowItem = showItem;
})();
"""


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _e(text: str) -> str:
    return escape(text, quote=True)


class _Placed:
    """An item to highlight: its id, category class, span and alignment status."""

    __slots__ = ("id", "cls", "start", "end", "fuzzy", "label")

    def __init__(self, id_: str, cls: str, item: Item, label: str):
        self.id, self.cls, self.start, self.end = id_, cls, item.start, item.end
        self.fuzzy = item.status == "fuzzy"
        self.label = label


def _segments(source: str, lo: int, hi: int, placed: list[_Placed]) -> str:
    """source[lo:hi] as HTML: split at every span boundary; each piece marked by the items covering it.

    The innermost (shortest) covering item gives the colour; pieces under two or more items are
    shaded deeper, and `data-items` lists them all, so overlapping spans stay readable.
    """
    here = [p for p in placed if p.start < hi and p.end > lo]
    if not here:
        return _e(source[lo:hi])
    cuts = sorted({lo, hi, *(max(lo, p.start) for p in here), *(min(hi, p.end) for p in here)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = _e(source[a:b])
        cover = [p for p in here if p.start <= a and p.end >= b]
        if not cover:
            out.append(piece)
            continue
        top = min(cover, key=lambda p: (p.end - p.start, p.start))
        cls = [top.cls] + (["deep"] if len(cover) > 1 else []) + (["fz"] if top.fuzzy else [])
        ids = " ".join(p.id for p in sorted(cover, key=lambda p: (p.start, -p.end)))
        tip = " | ".join(p.label for p in cover)
        out.append(f'<mark class="{" ".join(cls)}" data-items="{ids}" title="{_e(tip)}">{piece}</mark>')
    return "".join(out)


def _blocks(doc: Document) -> list[tuple[str, Span]]:
    blocks: list[tuple[str, Span]] = [("p", s) for s in doc.paragraphs]
    blocks += [("removed", s) for s in doc.removed]
    if doc.title:
        blocks.append(("title", doc.title))
    return sorted(blocks, key=lambda b: b[1].start)


def _text_html(doc: Document, placed: list[_Placed]) -> str:
    out: list[str] = []
    blocks = _blocks(doc)
    i = 0
    while i < len(blocks):
        kind, span = blocks[i]
        if kind == "removed":  # a run of dropped lines: one collapsed, greyed block
            run = []
            while i < len(blocks) and blocks[i][0] == "removed":
                run.append(blocks[i][1])
                i += 1
            reasons = sorted({REMOVED_REASONS.get(s.reason, s.reason or "khác") for s in run})
            lines = "".join(
                f'<p><span class="why">{_e(REMOVED_REASONS.get(s.reason, s.reason or "khác"))}</span>'
                f"{_segments(doc.source, s.start, s.end, placed)}</p>" for s in run)
            out.append(f'<details class="removed"><summary>Đã lược bỏ {len(run)} dòng '
                       f"({_e(', '.join(reasons))})</summary>{lines}</details>")
            continue
        css = ' class="doc-title"' if kind == "title" else ""
        out.append(f"<p{css}>{_segments(doc.source, span.start, span.end, placed)}</p>")
        i += 1
    return "".join(out)


def _item_li(entry: Entry, cat: str, item: Item, item_id: str, quotes: bool) -> tuple[str, bool]:
    grounded = entry.grounded(item)
    cls = ["item", CATEGORY_CLASS[cat]]
    badges = ""
    if entry.document is not None and not grounded:
        cls.append("ungrounded")
        badges += ('<span class="badge ungrounded" title="Vị trí của mục không khớp với trích dẫn trong bài">'
                   "⚠ không khớp nguồn</span>")
    if item.status == "fuzzy":
        cls.append("fuzzy")
        badges += ('<span class="badge fuzzy" title="Trích dẫn khớp gần đúng (không nguyên văn) với bài">'
                   "≈ gần đúng</span>")
    if not grounded:
        cls.append("nospan")
    details = task_details(item)
    extra = (f'<span class="details">{_e("; ".join(f"{k}: {v}" for k, v in details))}</span>' if details else "")
    quote = f'<span class="quote">“{_e(item.quote)}”</span>' if quotes else ""
    target = f' data-target="{item_id}"' if grounded else ""
    tip = f"Trích: {item.quote}"
    return (f'<li class="{" ".join(cls)}" data-id="{item_id}"><button type="button"{target} title="{_e(tip)}">'
            f"{_e(item.text)}{badges}{extra}{quote}</button></li>", grounded)


def _entry_html(entry: Entry, k: int, group_by: str | None, quotes: bool, heading: bool) -> str:
    parts = [f'<article class="entry" id="a{k}">']
    if heading:
        parts.append(f"<h3>{_e(entry_heading(entry, group_by))}</h3>")
    meta = " · ".join(f"<b>{_e(key)}:</b> {_e(v)}" for key, v in meta_rows(entry.summary))
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
    parts.append(f'<p class="src">Nguồn: {_e(entry.source_label)}</p>')
    if entry.document is None:
        parts.append(f'<p class="notice">{_e(entry.source_note or "không có bài gốc")}</p>')
    if entry.summary.failed_chunks:
        parts.append(f'<p class="notice">{len(entry.summary.failed_chunks)} đoạn của bài chưa xử lý được.</p>')

    placed: list[_Placed] = []
    lists: list[str] = []
    n = 0
    bad = 0
    for cat in CATEGORIES:
        items = getattr(entry.summary, cat)
        lis = []
        for it in items:
            item_id = f"a{k}-i{n}"
            n += 1
            li, grounded = _item_li(entry, cat, it, item_id, quotes)
            lis.append(li)
            if grounded:
                placed.append(_Placed(item_id, CATEGORY_CLASS[cat], it, f"{HEADINGS[cat]}: {it.text}"))
            elif entry.document is not None:
                bad += 1
        body = f"<ol>{''.join(lis)}</ol>" if lis else '<p class="empty">Không có mục nào.</p>'
        lists.append(f'<h4><span class="sw {CATEGORY_CLASS[cat]}"></span>{HEADINGS[cat]} ({len(items)})</h4>{body}')
    if bad:
        parts.append(f'<p class="notice">{bad} mục không khớp với bài gốc (bài đã sửa, hoặc không phải bài này):'
                     " được liệt kê nhưng không tô sáng.</p>")
    text = _text_html(entry.document, placed) if entry.document is not None else ""
    if entry.document is None:  # nothing to show on the left: the list takes the width
        parts.append(f'<div class="cols notext"><aside class="items">{"".join(lists)}</aside></div></article>')
    else:
        parts.append(f'<div class="cols"><div class="text">{text}</div>'
                     f'<aside class="items">{"".join(lists)}</aside></div></article>')
    return "".join(parts)


def render_html(briefing: Briefing, quotes: bool = False) -> str:
    """The briefing as one self-contained HTML page (articles need `document` set to be highlighted)."""
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_hash(JS)}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    legend = "".join(f'<span><span class="sw {CATEGORY_CLASS[c]}"></span>{HEADINGS[c]}</span>' for c in CATEGORIES)
    legend += ('<span><span class="badge fuzzy">≈ gần đúng</span> trích dẫn khớp gần đúng</span>'
               '<span><span class="badge ungrounded">⚠ không khớp nguồn</span> không định vị được trên bài</span>')
    head = [f'<header class="top"><h1>{_e(briefing.title)}</h1>']
    if not briefing.single:
        head.append(f'<p class="intro">{_e(intro_line(briefing))}</p>')
    head.append(f'<div class="legend">{legend}</div>')
    body: list[str] = []
    toc: list[str] = []
    k = 0
    for group in briefing.groups:
        if group.label is not None:
            body.append(f'<section class="group"><h2 class="group">{_e(group.label)}</h2>')
            toc.append(f"<li>{_e(group.label)}<ul>")
        for e in group.entries:
            body.append(_entry_html(e, k, briefing.group_by, quotes, heading=not briefing.single))
            toc.append(f'<li><a href="#a{k}">{_e(entry_heading(e, briefing.group_by))}</a>'
                       f" ({len(e.summary.items())} mục)</li>")
            k += 1
        if group.label is not None:
            body.append("</section>")
            toc.append("</ul></li>")
    if k > 1:
        head.append(f'<nav class="toc"><ul>{"".join(toc)}</ul></nav>')
    head.append("</header>")
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" href="data:,"><title>{_e(briefing.title)}</title><style>{CSS}</style></head>'
            f'<body>{"".join(head)}<main>{"".join(body)}</main><script>{JS}</script></body></html>\n')
