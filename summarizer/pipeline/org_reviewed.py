"""The body under review where a superior or a council meets another body about its work (the corpus's
working-visit rule): a council's supervision or hearing, a superior's inspection or working session, and
the commune or district visited when no body is named. The meeting reviews that body's work, and the
report it hears is that body's.

May import: `pipeline.bodies`, `pipeline.places`, `summarizer.text`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import BODY_HEAD, HEAD_TITLES, NAME_CHAR
from summarizer.pipeline.places import LOCAL_LEVELS
from summarizer.text import UPPER

# A council's supervision of a body ("HĐND tỉnh giám sát Sở Nông nghiệp …", "Thường trực HĐND huyện vừa tiến hành
# giám sát … tại xã Hòa Chính", "HĐND xã đã tổ chức giám sát hoạt động của UBND", "… giám sát công tác quản lý đất công
# đối với UBND xã"): the meeting reviews the work of the body under supervision, and the report is that body's. Only a
# council that supervises: "Dự giám sát UBND phường 3" in a list of the month's work, "Tại buổi giám sát, UBND xã kiến
# nghị" name no supervised body.
SUPERVISED = re.compile(r"(?:^(?i:đoàn giám sát\s+(?:của\s+)?)?" + BODY_HEAD + r"[^,.;:\n]{0,60}?\s|\b(?:tổ chức|tiến hành|thực hiện|đã|vừa|có buổi)\s)(?:đoàn\s+)?(?:giám sát|khảo sát)\s+(?:(?:tại|hoạt động của|đối với)\s+|"
                         r"(?:tình hình|việc|kết quả|hoạt động|công tác)[^.;:\n]{0,150}?\s+(?:tại|của|đối với)\s+)?(?P<org>(?:" + BODY_HEAD + r"|(?i:" + LOCAL_LEVELS + r")\s+(?="
                         + UPPER + r"))" + NAME_CHAR + r"{0,60}?)(?=\s*[,.;:(\n]|\s+(?:về|trong|việc|năm|giai đoạn|từ|đối với|thực hiện"
                         r"|trên|theo|kết quả|tình hình|công tác|các|nhằm|để)\b|$)")
# A council's hearing names the body it calls to account ("Thường trực HĐND huyện vừa tổ chức phiên họp giải trình, yêu
# cầu Chánh án Tòa án Nhân dân huyện giải trình …"): the body under review, as in a supervision.
HEARD = re.compile(r"\byêu cầu\s+(?:(?:Phó\s+)?" + HEAD_TITLES + r"\s+)?(?P<org>" + BODY_HEAD + NAME_CHAR
                    + r"{0,60}?)\s+(?:trả lời,?\s+)?giải trình\b")

# A superior's working or inspection visit: the body visited is the one whose work is reviewed
# ("Đoàn công tác … đến Ban chỉ huy Quân sự xã Mỹ Thạnh kiểm tra công tác quân sự …").
# "Đoàn công tác … đến kiểm tra công tác tại Công an TP Cần Thơ", "tiến hành kiểm tra toàn diện tại Bộ Chỉ huy Quân
# sự tỉnh Vĩnh Long", "Đoàn công tác HĐND tỉnh giám sát tại Sở …": likewise; so is a commune visited ("Lãnh đạo UBND
# huyện làm việc tại xã Mỹ Thanh").
# (A visiting "Đoàn công tác/kiểm tra/giám sát" never holds the meeting.)
VISITED = re.compile(r"\bđến\s+(?:làm việc với\s+)?(?P<org>" + BODY_HEAD + r"[^,.;:()\n]{0,60}?)\s+(?:để\s+)?(?:kiểm tra|làm việc)\b")
INSPECTED_AT = r"\b(?:(?:kiểm tra|làm việc|giám sát)(?:\s+(?:toàn diện|định kỳ|công tác(?:\s+[^\s,.;:]+){{0,4}}?|của\s+[^,.;:()\n]{{1,60}}?))?\s+(?:{at})|kiểm tra[^.;:\n]{{0,100}}?\s+đối với)\s+"
INSPECTED_END = r"(?=\s*[,.;:(]|\s+(?:về|trong|từ|vào|nhằm|để|ngày|sáng|chiều|tối|diễn ra)\b|$)"
INSPECTED = re.compile(INSPECTED_AT.format(at="tại") + r"(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,60}?)" + INSPECTED_END)
# A superior's working session with a body ("Chủ tịch UBND tỉnh … làm việc với lãnh đạo Huyện ủy Quế Sơn"), told in the
# headline or the first paragraph, is the body visited (the working-visit rule); further on, a caption's "buổi làm việc
# với …" yields to the body whose period the lead reports.
WORKED_WITH_BODY = re.compile(INSPECTED_AT.format(at=r"với(?:\s+(?:lãnh đạo|Ban Thường vụ|Thường trực))?") + r"(?P<org>"
                               + BODY_HEAD + NAME_CHAR + r"{0,60}?)" + INSPECTED_END)
# a commune or district visited, when no body visited is named ("… kiểm tra công tác GDQP-AN tại huyện Cao Lộc"); past
# the first paragraph only a place is worked "với" ("buổi làm việc với Công an X" is how a guest's visit is captioned)
INSPECTED_PLACE = re.compile(INSPECTED_AT.format(at="tại|với") + r"(?P<org>(?i:" + LOCAL_LEVELS + r")\s+(?=" + UPPER + r")"
                              + NAME_CHAR + r"{0,60}?)" + INSPECTED_END)

# "Tại buổi làm việc với Cục Cảnh sát PCCC …": a superior's working session with the body whose report it
# hears, when nothing names the body more plainly.
WORKED_WITH = re.compile(r"\b(?:buổi|cuộc) làm việc (?:với|tại)\s+(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,60}?)"
                          + INSPECTED_END)
