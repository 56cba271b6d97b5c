"""A readable Vietnamese Markdown summary of one article."""

from __future__ import annotations

from ..models import Item, Summary, Task

HEADINGS = {
    "achievements": "Kết quả đạt được",
    "shortcomings": "Hạn chế, tồn tại",
    "tasks": "Nhiệm vụ trọng tâm",
}


def _task_suffix(item: Item) -> str:
    if not isinstance(item, Task):
        return ""
    extra = []
    if item.owner and item.owner.casefold() not in item.text.casefold():
        extra.append(f"chủ trì: {item.owner}")
    if item.deadline and item.deadline.casefold() not in item.text.casefold():
        extra.append(f"thời hạn: {item.deadline}")
    return f" ({'; '.join(extra)})" if extra else ""


def _meta_lines(summary: Summary) -> list[str]:
    m = summary.meta
    rows = [("Tổ chức", m.organization), ("Ngày họp", m.meeting_date), ("Kỳ đánh giá", m.period),
            ("Chủ trì", ", ".join(m.chair) if m.chair else None)]
    return [f"- **{k}:** {v}" for k, v in rows if v]


def render_markdown(summary: Summary, quotes: bool = False) -> str:
    title = summary.meta.organization or summary.article
    lines = [f"# Tóm tắt: {title}", "", *_meta_lines(summary), f"- **Nguồn:** {summary.article}", ""]
    for cat, heading in HEADINGS.items():
        items = getattr(summary, cat)
        lines.append(f"## {heading} ({len(items)})")
        lines.append("")
        if not items:
            lines.append("_Không có mục nào._")
        for it in items:
            lines.append(f"- {it.text}{_task_suffix(it)}")
            if quotes:
                lines.append(f"  > {it.quote}")
        lines.append("")
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
