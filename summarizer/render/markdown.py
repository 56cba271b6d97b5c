"""Readable Vietnamese Markdown: one article's summary, or a briefing over many."""

from __future__ import annotations

from summarizer.models import CATEGORIES, Summary
from summarizer.render.briefing import HEADINGS, Briefing, entry_heading, intro_line, meta_rows, task_suffix


def category_block(summary: Summary, level: str, quotes: bool) -> list[str]:
    """The three category sections of one article, shared by the single and the multi-article view."""
    lines: list[str] = []
    for cat in CATEGORIES:
        items = getattr(summary, cat)
        lines += [f"{level} {HEADINGS[cat]} ({len(items)})", ""]
        if not items:
            lines.append("_Không có mục nào._")
        for it in items:
            lines.append(f"- {it.text}{task_suffix(it)}")
            if quotes:
                lines.append(f"  > {it.quote}")
        lines.append("")
    return lines


def _meta_lines(summary: Summary) -> list[str]:
    m = summary.meta
    rows = [("Tổ chức", m.organization), ("Ngày họp", m.meeting_date), ("Kỳ đánh giá", m.period),
            ("Chủ trì", ", ".join(m.chair) if m.chair else None)]
    return [f"- **{k}:** {v}" for k, v in rows if v]


def render_markdown(summary: Summary, quotes: bool = False) -> str:
    title = summary.meta.organization or summary.article
    lines = [f"# Tóm tắt: {title}", "", *_meta_lines(summary), f"- **Nguồn:** {summary.article}", ""]
    lines += category_block(summary, "##", quotes)
    if summary.failed_chunks:
        lines.append("## Phần chưa xử lý được")
        lines.append("")
        lines += [f"- Đoạn {f.chunk}: {f.error}" for f in summary.failed_chunks]
        lines.append("")
    p = summary.provenance
    dropped = sum(p.dropped.values())
    lines.append(f"_Mô hình: {p.model or 'không dùng'} · cách trích: {p.strategy} · prompt: {p.prompt_version or '-'}"
                 f" · bỏ {dropped} mục không khớp nguồn · summarizer {p.tool_version}_")
    return "\n".join(lines).rstrip() + "\n"


def render_brief_markdown(briefing: Briefing, quotes: bool = False) -> str:
    """Many articles in one Markdown file: `#` title, `##` group, `###` article, `####` category."""
    lines = [f"# {briefing.title}", "", intro_line(briefing), ""]
    art_level = "##" if briefing.group_by is None else "###"
    for group in briefing.groups:
        if group.label is not None:
            lines += [f"## {group.label}", ""]
        for e in group.entries:
            lines += [f"{art_level} {entry_heading(e, briefing.group_by)}", ""]
            lines += [f"- **{k}:** {v}" for k, v in meta_rows(e.summary)]
            lines += [f"- **Nguồn:** {e.source_label}", ""]
            lines += category_block(e.summary, art_level + "#", quotes)
            if e.summary.failed_chunks:
                lines += [f"_Lưu ý: {len(e.summary.failed_chunks)} đoạn của bài chưa xử lý được._", ""]
    return "\n".join(lines).rstrip() + "\n"
