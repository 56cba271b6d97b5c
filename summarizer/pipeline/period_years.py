"""The year a period is in, where the text names it without one: its companion period's ("sơ kết 6 tháng đầu năm,
triển khai 6 tháng cuối năm 2020"), a year the lead names, the posting date's, or the year after the one its figures are
compared with; the year a lead's "Năm qua, …" reviews; and the year a date without one is in.

May import: `pipeline.ingest`, `pipeline.lead`, `pipeline.period_words`, `text`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import lead_text
from summarizer.pipeline.period_words import NOT_YEAR, SAME_TIME, named_month, same_time_before
from summarizer.text import QUARTER, quarter_number


def with_year(period: str, year: int, joiner: str = "/") -> str:
    """A yearless period written with its year: "quý I" + `joiner` ("quý I/2024", "quý I năm 2024"), "9 tháng" →
    "9 tháng năm 2020", "6 tháng đầu năm" → "6 tháng đầu năm 2020", "tháng 8" → "tháng 8 năm 2018"."""
    if period.casefold().startswith(("quý", "quí")):
        return f"{period}{joiner}{year}"
    return f"{period} {year}" if period.casefold().endswith("năm") else f"{period} năm {year}"


# The next period named with a year is in the same year as a reviewed period written without one:
# "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020", "… quý II năm 2022".
_COMPANION_YEAR = re.compile(r"(?P<kind>tháng\s+(?:đầu|cuối)\s+năm|qu[ýí]\s*(?:IV|I{1,3}|[1-4]))"
                             r"(?P<sep>\s*(?:/|năm|\.|-)?\s*)((?:19|20)\d\d)\b", re.IGNORECASE)


def period_year(doc: Document, text: str, period: str = "") -> tuple[int | None, str]:
    """The reviewed period's year and how a quarter joins it: its companion period's ("quí II năm
    2023" gives "quí I năm 2023"), else a year the lead names (never a comparison's "cùng kỳ năm
    2022"), else the posting date's, else the year after the one its figures are compared with."""
    m = next((m for m in _COMPANION_YEAR.finditer(text) if not _AFTER_SAME_TIME.search(text, max(0, m.start() - 40), m.start())
              and not same_time_before(text, m.start(), period)), None)
    if m:  # (never the year before's "cùng kỳ quý II năm 2016", "so với 6 tháng đầu năm 2016")
        sep = m.group("sep").strip()
        joiner = " năm " if sep.casefold() == "năm" and m.group("kind").casefold().startswith(("quý", "quí")) \
            else (sep if sep in ("/", ".", "-") else "/")
        return int(m.group(3)), joiner
    lead = lead_text(doc, 2)
    # (not a term or a plan's span: "kế hoạch 5 năm 2015-2020")
    # (nor the first date of a span: an anniversary's "(06/6/1941- 06/6/2024)" names the founding day)
    for m in re.finditer(r"\bnăm\s+(?:nay\s+)?\(?((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)"
                         r"|\b\d{1,2}([/.])\d{1,2}\2((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", lead):
        if not NOT_YEAR.search(lead[max(0, m.start() - 20): m.start() + 4]) and not same_time_before(lead, m.start(), period):
            return int(m.group(1) or m.group(3)), "/"
    if doc.posted_date:
        return posted_year(doc, period), "/"
    compared = compared_year(text)  # the year after the one the figures are compared with
    return (compared + 1 if compared else None), "/"


def posted_year(doc: Document, period: str) -> int:
    """The posting year, or the year before when the page was posted before the period ended
    ("quý IV" posted in January reports the previous year)."""
    return year_reported(period, doc.posted_date[0], doc.posted_date[1])


def year_reported(period: str, year: int, month: int, months: bool = False) -> int:
    """The year of a period reported in `month` of `year`: the year before when that month comes before the period
    could have ended ("quý IV" in January; with `months`, "tháng 12" in January too)."""
    q, n = QUARTER.search(period), re.search(r"(\d{1,2})\s+tháng", period)
    named = named_month(period) if months else None
    end = 3 * quarter_number(q) if q else int(n.group(1)) if n else named
    return year - 1 if end and month < end - 1 else year


def posted_year_of(doc: Document, month: int, day: int) -> int | None:
    """The year of a day and month the page reports, from its posting date: a page is posted on or
    after the meeting, so the latest such day not after the posting ("Chiều 30/3" posted 30/3/2023)."""
    if not doc.posted_date:
        return None
    year, p_month, p_day = doc.posted_date
    return year if (month, day) <= (p_month, p_day or 31) else year - 1


def year_hint(doc: Document, period: str | None) -> int | None:
    """A date without a year takes the reviewed period's year, else the posting date's, else the year after the one
    the report compares with, else the lead's."""
    m = re.search(r"\b((?:19|20)\d\d)\b", period or "")
    if m:
        return int(m.group(1))
    if doc.posted_date:
        return doc.posted_date[0]
    if compared := compared_year(doc.source):
        return compared + 1
    m = re.search(r"\b(20\d\d)\b", lead_text(doc))
    return int(m.group(1)) if m else None


_SAME_TIME = re.compile(r"\b" + SAME_TIME + r"(?:\s+năm)?(?:\s+trước)?\s*\(?((?:19|20)\d\d)\b", re.IGNORECASE)
_AFTER_SAME_TIME = re.compile(r"\bcùng kỳ\s*$", re.IGNORECASE)  # a quarter after it is the year before's


def compared_year(text: str) -> int | None:
    """The one year a report compares its figures with ("tăng 12% so với cùng kỳ năm 2020"): reports compare a
    period with the same months of the year before, so the period is in the year after. None where it names
    none or several."""
    years = {int(m.group(1)) for m in _SAME_TIME.finditer(text)}
    return years.pop() if len(years) == 1 else None


# "Năm qua, …", "Trong năm qua, …" opening a sentence of the lead: the report reviews the year just past.
_PAST_YEAR = re.compile(r"(?:^|(?<=[.,:;\n]))\s*(?:[Tt]rong\s+|[Qq]ua\s+)?[Nn]ăm qua\s*,")


def past_year(doc: Document, lead: str) -> str | None:
    """The year a lead's "Năm qua, …" reviews: the year after the one its figures are compared with ("giảm 69 vụ so với
    cùng kỳ năm 2014"), else the posting year (the year before when posted in the first quarter, when year-end reviews
    are still reported). None where the lead opens no sentence so, or no year is told."""
    if not _PAST_YEAR.search(lead):
        return None
    if compared := compared_year(doc.source):
        return f"năm {compared + 1}"
    if doc.posted_date:
        year, month, _ = doc.posted_date
        return f"năm {year - 1 if month <= 3 else year}"
    return None

