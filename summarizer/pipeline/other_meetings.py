"""Meetings an article names that are not the one it reports: one still to come, for which a report is being
prepared, and one where the article's body received an award. Their bodies never hold the reported meeting.

May import: nothing of the project.
"""

from __future__ import annotations

import re

# A meeting named as one still to come ("chuẩn bị báo cáo tại hội nghị Tỉnh ủy và Kỳ họp HĐND tỉnh sắp đến") is
# another body's, never the one the article reports.
_PREPARED = re.compile(r"\b(?:chuẩn bị|phục vụ|trình(?! bày))\b[^.;:]{0,60}$", re.IGNORECASE)  # "báo cáo trình kỳ họp thứ 8 HĐND tỉnh"


# So is a meeting where a body received an award ("tại Hội nghị Tổng kết Công an toàn quốc lần thứ 77, Công an thành phố
# Cần Thơ vinh dự được nhận Cờ thi đua"): the article reports the winner's year, not the awarding body's meeting.
_AWARDED = re.compile(r"[^.;\n]{0,160}?\b(?:vinh dự|được)\s+(?:[^.;\n]{0,40}?\s)?(?:nhận|trao tặng|tặng|trao)\s+(?:Cờ|Bằng|Huân chương|[Dd]anh hiệu|Giấy khen)")


def another_meeting(text: str, m: re.Match[str]) -> bool:
    """Whether the meeting `m` names in `text` (its body in group "org") is one the article does not report."""
    return bool(_PREPARED.search(text[max(0, m.start() - 80):m.start()]) or re.match(r"\s+sắp\b", text[m.end():])
                or " sắp " in m.group("org") or _AWARDED.match(text, m.end()))
