"""Briefings over many articles: load results, find each article's text, group and order them.

A briefing ("báo cáo tổng hợp") is what a person pastes into a weekly or quarterly report: one
document over many articles, grouped by organisation or by period. This module holds the model
shared by the three briefing renderers (Markdown here, DOCX in `docx_out`, HTML in `html_out`):

- `load_results(path)` reads a batch's JSONL (one Summary per line plus the batch's own keys
  `article_id`, `status`, `source`; lines whose status is not "done" are skipped and counted) or
  one plain Summary JSON file;
- `attach_documents(...)` re-reads each article (the HTML view needs its text: item offsets point
  into the article file's NFC text) from the batch's `source` path, an `--articles` folder or
  input JSONL, or next to the results file;
- `build_briefing(...)` groups and orders the entries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import InputError
from summarizer.models import Item, Summary, Task
from summarizer.pipeline.ingest import Document
from summarizer.text import QUARTER, normalize, quarter_number

HEADINGS = {
    "achievements": "Kết quả đạt được",
    "shortcomings": "Hạn chế, tồn tại",
    "tasks": "Nhiệm vụ trọng tâm",
}
GROUP_BY = ("organization", "period")
DEFAULT_TITLE = "Báo cáo tổng hợp"
UNKNOWN = {"organization": "Chưa rõ tổ chức", "period": "Chưa rõ kỳ đánh giá"}


@dataclass
class Entry:
    """One article's result, plus where it came from and (when found) its text."""

    summary: Summary
    article_id: str | None = None
    source: str | None = None  # the batch's "source": the input path, or "jsonl:<id>"
    document: Document | None = None
    source_note: str | None = None  # why the article text could not be shown

    @property
    def file_name(self) -> str:
        if self.source and not self.source.startswith("jsonl:"):
            return Path(self.source).name
        return self.summary.article

    @property
    def source_label(self) -> str:
        """Short provenance line: the article's file name, and the batch id when it says more."""
        name = self.file_name
        if self.article_id and self.article_id not in name:
            return f"{name} (mã {self.article_id})"
        return name

    def grounded(self, item: Item) -> bool:
        """True when the item's offsets point at its quote in the article's NFC text."""
        if self.document is None:
            return False
        src = self.document.source
        return 0 <= item.start < item.end <= len(src) and src[item.start : item.end] == item.quote


@dataclass
class Group:
    label: str | None  # None: a single article, no group heading
    entries: list[Entry]


@dataclass
class Briefing:
    title: str
    groups: list[Group]
    group_by: str | None = None
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def entries(self) -> list[Entry]:
        return [e for g in self.groups for e in g.entries]

    @property
    def single(self) -> bool:
        """One article, no grouping: the `summarize` command's layout (one heading level less)."""
        return self.group_by is None and len(self.entries) == 1


# ---------------------------------------------------------------------------------------------
# Grouping and ordering
# ---------------------------------------------------------------------------------------------

# Old-style tone placement ("uỷ", "hoà") → new style ("ủy", "hòa"), so spellings of one name group.

_TONE_FIX = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile(r"(?<!q)(" + "|".join(_TONE_FIX) + r")(?!\w)")  # "quý" is right in both styles


def group_key(value: str) -> str:
    """A name's grouping key: NFC, case and spacing folded, old/new tone placement unified."""
    s = normalize(value)
    return _TONE_RE.sub(lambda m: _TONE_FIX[m.group(1)], s)


_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve (ă), circumflex (â ê ô), horn (ơ ư)


def vi_sort_key(value: str) -> tuple[tuple[tuple[str, int], ...], str]:
    """Vietnamese alphabetical order: a < ă < â < b … d < đ … o < ô < ơ …; tones only break ties.

    (Plain code-point order puts every "Đ…" after "Z…".)
    """
    letters: list[tuple[str, int]] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", group_key(value)):
        if unicodedata.combining(ch):
            if ch in _LETTER_MARKS and letters:
                letters[-1] = (letters[-1][0], _LETTER_MARKS[ch])
            else:
                tones.append(ch)
        elif ch == "đ":
            letters.append(("d", 1))
        else:
            letters.append((ch, 0))
    return tuple(letters), "".join(tones)


def period_sort_key(period: str | None) -> tuple[int, float, str]:
    """Order periods in time: year, then the part of the year (quarter, months), then the text."""
    if not period:
        return (99999, 99.0, "")
    text = group_key(period)
    years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    year = int(years[-1]) if years else 99990
    part = 50.0
    if q := QUARTER.search(text):
        part = float(quarter_number(q)) * 3
    elif m := re.search(r"(\d{1,2})\s*tháng", text):
        part = float(m.group(1))
    elif m := re.search(r"tháng\s*(\d{1,2})\b", text):
        part = float(m.group(1))
    elif "năm" in text:
        part = 12.5
    return (year, part, text)


def _date_key(date: str | None) -> str:
    return date or "9999-99-99"


def build_briefing(entries: list[Entry], group_by: str | None = "organization", title: str | None = None,
                   skipped: dict[str, int] | None = None) -> Briefing:
    """Group entries by organisation or period (in time order), articles by meeting date inside.

    `group_by=None` keeps the given order in one unlabelled group (one article from `summarize`).
    """
    if group_by is not None and group_by not in GROUP_BY:
        raise InputError(f"unknown --group-by {group_by!r}; choose one of {', '.join(GROUP_BY)}")
    title = title or DEFAULT_TITLE
    if group_by is None:
        return Briefing(title, [Group(None, list(entries))], None, dict(skipped or {}))
    buckets: dict[str, Group] = {}
    for e in entries:
        value = getattr(e.summary.meta, group_by)
        key = group_key(value) if value and value.strip() else ""
        if key not in buckets:
            buckets[key] = Group(" ".join(value.split()) if key else UNKNOWN[group_by], [])
        buckets[key].entries.append(e)

    def org_key(e: Entry) -> tuple[bool, tuple, str, str]:
        org = e.summary.meta.organization
        return (not org, vi_sort_key(org or ""), _date_key(e.summary.meta.meeting_date), e.file_name)

    def when_key(e: Entry) -> tuple[str, tuple[int, float, str], str]:
        return (_date_key(e.summary.meta.meeting_date), period_sort_key(e.summary.meta.period), e.file_name)

    if group_by == "organization":
        order = sorted(buckets, key=lambda k: (k == "", vi_sort_key(k)))
        for g in buckets.values():
            g.entries.sort(key=when_key)
    else:
        order = sorted(buckets, key=lambda k: (k == "", period_sort_key(buckets[k].label if k else None)))
        for g in buckets.values():
            g.entries.sort(key=org_key)
    return Briefing(title, [buckets[k] for k in order], group_by, dict(skipped or {}))


def single_briefing(summary: Summary, document: Document | None = None, source: str | None = None) -> Briefing:
    """The one-article briefing `summarize --format docx|html` renders."""
    entry = Entry(summary, source=source, document=document)
    if document is None:
        entry.source_note = "không có bài gốc; các mục được liệt kê nhưng không được tô sáng"
    title = summary.meta.organization or summary.article
    return Briefing(f"Tóm tắt: {title}", [Group(None, [entry])], None)


# ---------------------------------------------------------------------------------------------
# Shared wording (all three renderers)
# ---------------------------------------------------------------------------------------------


def display_date(date: str | None) -> str | None:
    """ISO YYYY-MM-DD → DD/MM/YYYY, as Vietnamese documents write it; anything else as given."""
    if date and (m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)):
        return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
    return date


def meta_rows(summary: Summary) -> list[tuple[str, str]]:
    m = summary.meta
    rows = [("Tổ chức", m.organization), ("Ngày họp", display_date(m.meeting_date)), ("Kỳ đánh giá", m.period),
            ("Chủ trì", ", ".join(m.chair) if m.chair else None)]
    return [(k, v) for k, v in rows if v]


def entry_heading(entry: Entry, group_by: str | None) -> str:
    """An article's heading: what the group heading does not already say."""
    m = entry.summary.meta
    date = display_date(m.meeting_date)
    if group_by == "organization":
        parts = [m.period, f"họp ngày {date}" if date else None]
        head = " — ".join(p for p in parts if p)
        return head or entry.file_name
    if group_by == "period":
        head = m.organization or entry.file_name
        return f"{head} — họp ngày {date}" if date else head
    return m.organization or entry.file_name


def task_details(item: Item) -> list[tuple[str, str]]:
    """A task's owner and deadline, when known and not already in its text."""
    if not isinstance(item, Task):
        return []
    text = item.text.casefold()
    rows = [("chủ trì", item.owner), ("thời hạn", item.deadline)]
    return [(k, v) for k, v in rows if v and v.casefold() not in text]


def task_suffix(item: Item) -> str:
    details = task_details(item)
    return f" ({'; '.join(f'{k}: {v}' for k, v in details)})" if details else ""


def intro_line(briefing: Briefing) -> str:
    n = len(briefing.entries)
    items = sum(len(e.summary.items()) for e in briefing.entries)
    by = {"organization": ", nhóm theo tổ chức", "period": ", nhóm theo kỳ đánh giá"}.get(briefing.group_by or "", "")
    line = f"Tổng hợp {n} bài, {items} mục{by}."
    skipped = sum(briefing.skipped.values())
    if skipped:
        line += f" Bỏ qua {skipped} bài chưa xử lý xong."
    return line
