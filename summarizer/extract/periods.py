"""The reviewed period (its year, quarter, month) and the openers that name a later one: in a
report, a sentence opened by the next quarter, month or year starts that period's tasks
("Quý IV, …" in the review of quý III, "Trong tháng 5, …" after April, "Năm 2023, …" after 2022).

May import: `text`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.text import QUARTER, quarter_number

# "Trong tháng 5, …", "Nhiệm vụ tháng 8, toàn huyện tập trung …": the month's plan, named as the year's is below.
_MONTH_OPEN = re.compile(r"(?:trong\s+|sang\s+|(?:về\s+)?(?:nhiệm vụ|phương hướng|kế hoạch|mục tiêu)"
                         r"(?:\s+(?:công tác|trọng tâm|chủ yếu))?\s+(?:trong\s+|của\s+)?)?tháng\s+(\d{1,2})\b", re.IGNORECASE)
# "Năm 2017, …", "Sang năm 2017, …", "Chương trình phối hợp hoạt động năm 2017 tập trung …", "Về nhiệm vụ năm 2015, hội
# tiếp tục …": a plan or the tasks named with a later year are the next period's.
_LATER_YEAR = re.compile(r"(?:trong\s+|(?:bước\s+)?sang\s+|đến\s+(?:hết\s+|cuối\s+)?"
                         r"|(?:chương trình|kế hoạch)(?:\s+(?:công tác|hoạt động|phối hợp(?:\s+hoạt động)?))?\s+"
                         r"|(?:về\s+)?(?:nhiệm vụ|phương hướng|mục tiêu)(?:\s+(?:công tác|trọng tâm|chủ yếu))?\s+)?"
                         r"năm\s+(?:học\s+)?((?:19|20)\d\d)", re.IGNORECASE)


class Reviewed(NamedTuple):
    """The parts of the reviewed period that a later period is told apart by."""

    quarter: int | None
    year: int | None
    month: int | None

    @classmethod
    def of(cls, period: str | None) -> Reviewed:
        return cls(reviewed_quarter(period), reviewed_year(period), reviewed_month(period))

    def later(self, head: str) -> bool:
        """Whether `head` (a sentence's start) names a period after this one."""
        head = head.strip()
        if self.quarter and any(quarter_number(m) > self.quarter for m in QUARTER.finditer(head)):
            return True
        month = _MONTH_OPEN.match(head)  # the next month or the one after (December → January)
        if self.month and month and (int(month.group(1)) - self.month) % 12 in (1, 2):
            return True
        year = _LATER_YEAR.match(head)
        return bool(self.year and year and int(year.group(1)) > self.year)


def reviewed_year(period: str | None) -> int | None:
    """The (first) year of the reviewed period: "quý I/2024" → 2024, "năm học 2021-2022" → 2021."""
    m = re.search(r"\b((?:19|20)\d\d)\b", period or "")
    return int(m.group(1)) if m else None


def reviewed_quarter(period: str | None) -> int | None:
    """The reviewed quarter: "quý III/2023" → 3."""
    m = QUARTER.search(period or "")
    return quarter_number(m) if m else None


def reviewed_month(period: str | None) -> int | None:
    """A monthly meeting's month: "tháng 4/2023" → 4 ("6 tháng đầu năm" is no month)."""
    m = re.match(r"tháng\s+(\d{1,2})\b", (period or "").strip(), re.IGNORECASE)
    return int(m.group(1)) if m else None


# A time phrase's numbers ("Năm 2022", "6 tháng đầu năm", "quý III/2024", "năm học 2021-2022") date a sentence; they
# are no figure of a result.
_TIME_PHRASE = re.compile(r"(?:năm(?:\s+học)?|qu[ýí]|tháng)\s+(?:\d+|[IVX]+)(?:\s*[/.\-–]\s*\d+)*|\d+\s+tháng", re.IGNORECASE)


def figureless(text: str) -> bool:
    """Whether the text states no figure besides the numbers of its time phrases ("6 tháng đầu năm 2021, kinh tế
    - xã hội có chuyển biến tích cực")."""
    return not re.search(r"\d", _TIME_PHRASE.sub(" ", text))

