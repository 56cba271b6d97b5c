"""The superiors a body answers to, as its lead names them: those credited with guiding it ("Dưới sự lãnh đạo của
Tỉnh ủy, …"), those it advises ("tham mưu cho Tỉnh ủy, UBND tỉnh") or that a guest praises for their care ("đánh giá
cao Tỉnh ủy, UBND tỉnh … quan tâm lãnh đạo"). They lead; they do not hold the body's meeting.

May import: nothing of the package.
"""

from __future__ import annotations

import re

# The superiors credited before the subject ("Dưới sự lãnh đạo, chỉ đạo của Bộ Tư lệnh Quân khu 1, Tỉnh ủy và
# UBND tỉnh Thái Nguyên, năm 2020, Bộ CHQS tỉnh đã …") lead, they do not hold the meeting.
CREDIT = re.compile(r"(?:[Dd]ưới|[Vv]ới|[Đđ]ược) sự (?:lãnh đạo|chỉ đạo|quan tâm)[^.;:\n]*?\bcủa\b[^.;:\n]*?,"
                    r"(?=\s*(?:năm|trong|qua|từ|sau|\d|[^,.;]{0,60}\s(?:đã|đạt|tiếp tục|luôn)\s))")

# Before a name: the one it advises, or that a guest praises for its care or guidance, or whose guidance it followed,
# or whose directive or decision it carries out (never a resolution or plan: a body reviews its own).
SUPERIOR = re.compile(r"(?:\btham mưu(?:\s+(?:cho|giúp|với))?|\bđánh giá cao|\b(?:sự|của)\s+(?:lãnh đạo|chỉ đạo|quan tâm)|\btheo chỉ đạo của)"
                      r"[^.;:!?\n]{0,120}$"
                      # a directive or decision is its issuer's ("thực hiện Chỉ thị số 23 của Thành ủy …"): a superior's
                      r"|\b(?:Chỉ thị|Kết luận|Công văn|Hướng dẫn|Quyết định)\b[^.;:!?\n]{0,60}?\bcủa\s+$")
