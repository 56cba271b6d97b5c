"""The organisation that held the meeting, from general Vietnamese news conventions: the lead's
subject ("<ngày …>, <cơ quan> tổ chức hội nghị …"), the body a named meeting belongs to, the body
of whoever chaired, then fallbacks (the body whose period the lead reports, the headline's place).

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.lead`, `pipeline.name_ends`, `pipeline.org_kinds`, `pipeline.org_places`, `pipeline.org_reported`,
`pipeline.org_reviewed`, `pipeline.other_meetings`, `pipeline.places`, `pipeline.chair`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import (
    ABBR_PAREN,
    BOARDS,
    BODY_HEAD,
    DEPUTY_OF,
    HEAD_OF,
    HEAD_TITLES,
    NAME_CHAR,
    PARTY_PREFIX,
    SECTOR,
    SECTOR_MEETING,
    acting_body,
    banner,
    capitalised,
    named_most,
    named_sector,
    recased,
    titled_person,
)
from summarizer.pipeline.chair import without_chair
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import guest, host_paragraphs, lead_text
from summarizer.pipeline.name_ends import compound_end, supreme_end
from summarizer.pipeline.org_kinds import (
    ASSOCIATION_BOARD,
    CONGRESS,
    GOVERNMENT,
    HELD_HEADLINE,
    HOSTED_CLUSTER,
    MEMBERS_CLUSTER,
    OF_CLUSTER,
    REVIEWED_CLUSTER,
    all_levels,
    council_session,
    drop_members,
    federation,
    first_cluster,
    propaganda_board,
    standing_session,
)
from summarizer.pipeline.org_places import (
    ORG,
    committee_name,
    complete,
    first_level_place,
    headline_place,
    level_end,
    level_once,
    over_initials,
    place_on_line,
    placeless,
    remit_end,
    with_headline_place,
    with_level,
    with_place,
    without_address,
)
from summarizer.pipeline.org_reported import in_full, reported_body, reported_place, sector_department
from summarizer.pipeline.org_reviewed import (
    HEARD,
    INSPECTED,
    INSPECTED_PLACE,
    SUPERVISED,
    VISITED,
    WORKED_WITH,
    WORKED_WITH_BODY,
)
from summarizer.pipeline.other_meetings import another_meeting
from summarizer.pipeline.places import (
    LEVEL_WORD,
    LEVELS,
    drop_person,
    ends_at_level,
    mostly_spelt,
    names_more,
    place_after,
)
from summarizer.pipeline.superiors import CREDIT, SUPERIOR
from summarizer.text import LOWER, UPPER

# The lead's subject: "<ngày …>, <cơ quan> (đã|vừa) tổ chức hội nghị / họp / sơ kết …". Between the
# body and its verb the genre may put the term of a council ("HĐND xã X khóa 13, nhiệm kỳ 2021 – 2026
# tổ chức kỳ họp"), the members of a cluster ("Cụm thi đua số 5 … gồm 6 tỉnh: …, … tổ chức") or a
# co-organiser ("Ban Tuyên giáo Tỉnh ủy phối hợp với Huyện ủy X tổ chức", "UBND xã X phối hợp UBND các xã, phường …
# tổng kết": the first named holds it).
# "kỳ họp", "phiên họp", "cuộc họp" are nouns, not the verb; so is "tổ chức cơ sở đảng" ("Đảng bộ huyện có
# 50/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ" names no meeting), nor "tổ chức Đảng/Đoàn" in any case
# ("X tặng giấy khen cho 12 tổ chức Đảng" is an award, not the meeting).
# A long name may hold commas before its lower-case words ("Ngày 8/1, Công đoàn Khu Kinh tế, công nghiệp
# tỉnh tổ chức …", "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội … xã Vạn Thắng tổ chức …"): such a
# name runs on, without figures, to its level (and place) right before the holding verb. A comma before a
# level word or the time starts the parent's place or another clause ("UBND huyện X, tỉnh Y").
_PARENTS = r"tỉnh|huyện|thành phố|thị xã|quận|TP\.?"  # the levels that hold a commune's or a district's place
_PARENT_LEVEL = r"(?:" + _PARENTS + r")"
_NAME_COMMA = (r",\s(?!(?:" + LEVEL_WORD + r"|ngày|sáng|chiều|tối|hôm|vừa|đã|sau|trong|tại|trực thuộc)\b)"
               r"(?=" + LOWER + r"[^.;:()\n\d]{0,120}?\b" + LEVEL_WORD + r"(?:\s+" + UPPER + r"[\w-]*)*\s+(?:đã\s+|vừa\s+)?(?:tổ chức|họp)\b)")
_CLAUSE_COMMA = re.compile(r"\d[^,]*" + _NAME_COMMA)  # a figure before the comma: a clause ends there, no name runs on
_NO_ASPECT = r"(?!\s(?:đã|vừa|đang|sẽ|còn|chủ trì|thường xuyên(?=\s+tổ chức)|chuẩn bị|tiếp tục|tập trung|hội nghị|báo cáo|phát biểu|tham mưu cho|thông qua|triển khai|hoàn thành|hôm nay|sáng nay|chiều nay|khai mạc|bế mạc|đề ra|phối hợp(?=\s+tổ chức))\s)"  # a name holds no verb of time or aspect
# (nor what its people do: "Bí thư Huyện ủy X phát biểu tại hội nghị", "Ban kiểm tra các cấp tham mưu cho BCH Hội …")
_MET = r"tiến hành|sơ kết|tổng kết|giao ban|(?<=vừa )(?:hội nghị|Sơ kết|Tổng kết)|(?<!tại )(?<!dự )(?-i:hội nghị)(?= (?:sơ kết|tổng kết)\b)"  # the verbs of holding it, besides "tổ chức", "họp" ("X kiến nghị … tại hội nghị tổng kết …" says where X spoke, not that X held it)
# A unit's Party committee and its command lead it together and are named as one ("Đảng ủy, Bộ Tư lệnh Quân khu 4 đã tổ
# chức hội nghị …"): never the bare "Đảng ủy", nor the command read as a ministry after a comma.
_ATTENDS = re.compile(r"\s+(?:về |đến |tham )?dự\b")  # "Chủ tịch UBND tỉnh Lai Châu dự Hội nghị": a guest's body
_COMMAND_PAIR = r"Đảng (?i:ủy|uỷ)\s*[,–-]\s*(?:Bộ|Ban)\s+(?i:tư lệnh|chỉ huy|CHQS)\b"
# A name holds no verb of time or aspect ("Hội tiếp tục củng cố tổ chức Chi hội …": a clause, and "tổ chức" the noun).
_HOLDER = re.compile(r"(?:^|[,.:;)]\s*|\)\s*[–-]\s*|[–-]\s+|\d{4}\s+|\d{1,2}[./-]\d{1,2}\s+|\d{4}-\d{2}\s+"
                     r"|^(?:Vừa qua|Mới đây|Vừa rồi|Hôm qua)\s+)(?P<org>(?:" + _COMMAND_PAIR
                     + "|" + BODY_HEAD + r")(?:" + _NO_ASPECT + r"(?:" + NAME_CHAR + "|" + _NAME_COMMA + r")){0,150}?)"
                     r"(?:,\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4},?|,\s*kỳ họp (?:lần )?thứ\s+\w+,?|\s*\([^()\n]{1,250}\)|(?:,?\s+thuộc\s+[^,.;:()\n]{1,60}?)?,?\s+gồm\b[^.;\n]{1,300}?|(?<!Hội đồng)\s+(?:phối hợp|kết hợp)\s+(?:(?:với|cùng)\s+)?(?!công tác\b|hoạt động\b)(?:"
                     + NAME_CHAR + r"|,\s){1,100}?|,\s*(?:Bộ|Tổng cục)\s[^,.;:()\n]{1,40}?|,\s*trực thuộc\s[^,.;:()\n]{1,80}?(?:\s*\([^()\n]{1,40}\))?|,\s*" + _PARENT_LEVEL + r"\s+" + UPPER + r"[^,.;:()\n]{0,30}?)?\s+(?:cũng\s+|còn\s+|phối hợp\s+(?=tổ chức))?(?:đã\s+|vừa\s+)?(?:kết hợp\s+|long trọng\s+|trọng thể\s+)?(?:(?<![Bb]an )(?<!các )(?<!những )(?<!được )(?<!việc )[Tt]ổ chức(?!\s+(?i:cơ sở|đảng|đoàn|chính trị|đoàn thể|thành viên)\b)"
                     r"|(?<![Kk]ỳ )(?<![Pp]hiên )(?<![Cc]uộc )họp|" + _MET + r")\b")
# Bodies that hold one meeting together are the lead's subject as a list ("Ban Dân vận, Hội LHPN, Hội Nông dân,
# Đoàn TNCS Hồ Chí Minh huyện X tổ chức hội nghị", "Công an tỉnh, BCH quân sự tỉnh và Bộ đội Biên phòng tỉnh Y tổ
# chức …"): the list is the holder; a ministry after a comma is a department's parent ("Cục X, Bộ Công an"), no member.
_MEMBER = r"(?!Bộ\s(?!Chỉ huy|CHQS|đội|Tư lệnh))" + BODY_HEAD + r"(?:(?!\s(?:phối hợp|kết hợp)\s)" + _NO_ASPECT + r"[^,.;:()\n]){0,60}?"  # "X phối hợp với Y và Z": X holds it
_MEMBERS = _MEMBER + r"(?:(?:,\s+|\s+và\s+)" + _MEMBER + r")+"  # "X, Y và Z"
_JOINT = re.compile(r"(?:^|[,.:;)]\s*|\d{4}\s+|\d{1,2}[./-]\d{1,2}\s+)(?P<org>" + _MEMBERS + r")"
                    r"\s+(?:cũng\s+)?(?:đã\s+|vừa\s+)?(?:phối hợp\s+)?(?:(?<!các )tổ chức\s+(?i:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi|họp|giao ban|sơ kết|tổng kết)|(?:báo cáo\s+)?(?:" + _MET + r"))\b")
# A review of a coordination rule is held by its parties, named as the rule names them ("Hội nghị đánh giá kết
# quả thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ủy ban MTTQ Việt Nam tỉnh năm 2021"): the genre
# reports it under no one body, and whoever chairs speaks for one party only.
_COORDINATION = re.compile(r"(?i:hội nghị|sơ kết|tổng kết|đánh giá|giao ban)[^.;:\n]{0,150}?\b(?i:quy chế|chương trình) "
                           r"(?i:phối hợp)(?: công tác)?\s+giữa\s+(?P<org>" + _MEMBERS
                           + r")(?=\s+(?:năm|giai đoạn|nhiệm kỳ|về|trong)\b|\s*[\d,.;:(]|$)")
# The forces or bodies of several bordering places hold one meeting under a count ("Bộ Chỉ huy Quân sự 3 tỉnh Đồng Tháp,
# Long An, Tiền Giang tổ chức …", "BĐBP 3 tỉnh Bình Định, Phú Yên, Quảng Ngãi đã tổ chức …"): the list is part of the name.
_PLACE_NAME = UPPER + r"[\w-]*(?:\s+" + UPPER + r"[\w-]*){0,2}"
_COUNTED_PLACES = re.compile(r"(?:^|[,.:;)]\s*|\d{4}\s+|\d{1,2}[./-]\d{1,2}\s+)(?P<org>" + BODY_HEAD + r"[^,.;:()\n\d]{0,60}?\s(?:\d+|hai|ba|bốn|các)\s+"
                             + LEVEL_WORD + r"\s+" + _PLACE_NAME + r"(?:(?:,\s+|,?\s+và\s+)" + _PLACE_NAME + r")+)"
                             r"\s+(?:đã\s+|vừa\s+)?(?:tổ chức|" + _MET + r")\b")
# A sector that holds its own review ("Ngày 30-9, ngành y tế tổ chức hội nghị sơ kết …") is named as the sector.
_SECTOR_HELD = re.compile(r"(?:^|[,.:;]\s*|\d{4}\s+|\d{1,2}[./-]\d{1,2}\s+)(?P<org>" + SECTOR + r"(?:\s+(?:" + _PARENT_LEVEL
                          + r"|xã|phường))?(?:\s+" + UPPER + r"\w*){0,3})\s+(?:đã\s+|vừa\s+)?(?:tổ chức|" + _MET + r")\b")
# "X vừa hội nghị sơ kết" drops the verb but names the holder all the same; a lead opened by "Vừa qua" or
# "Mới đây" may go on to its subject without a comma ("Vừa qua Hội NCT xã X tổ chức tổng kết …").
# "khóa 13", "lần thứ 5" end the name; so does the parent after a dash ("Đảng ủy Hải đoàn 18 - Bộ Tư lệnh …")
# and the member that hosts for a bloc ("Khối thi đua Văn hóa- Xã hội do Ban Dân tộc tỉnh là trưởng khối chủ trì").
_ORG_TAIL = re.compile(r"\s+(?:trong\s+(?=khóa|khoá|nhiệm kỳ))?(?:khóa|khoá|nhiệm kỳ|lần thứ|định kỳ|thường kỳ|nhằm|để)\b.*$|(?<=\S)(?<!^Đảng ủy)(?<!^Đảng uỷ)\s*[-–]\s*(?=(?:Bộ|Tổng cục|Cục|Sở)\s).*$"
                       r"|\s+do\s+\S.{0,60}?\b(?:chủ trì|là trưởng khối|là cụm trưởng|làm trưởng khối|làm cụm trưởng)\b.*$"
                       r"|(?-i:\s+(?:năm|quý|\d+\s+tháng)\s.*$)"  # the period reviewed ("Cụm thi đua Tây Nam bộ năm 2013")
                       r"|(?-i:(?:(?<=tỉnh)|(?<=huyện)|(?<=xã)|(?<=phường)|(?<=quận)|(?<=thị trấn)|(?<=thành phố))\s+(?:đã\s+|vừa\s+)?"
                       r"(?:thẩm tra|xem xét|đánh giá|thảo luận|kiểm tra|giám sát|làm việc|tiến hành|cho ý kiến|nghe)\b.*$)",
                       re.IGNORECASE)  # and what the body does at its meeting ("… HĐND tỉnh thẩm tra các báo cáo" is "… HĐND tỉnh")


# "Hội nghị Ban Chấp hành Đảng bộ xã X", "kỳ họp thứ 6 HĐND phường Y", "Kỳ họp thứ 2, HĐND huyện …", "phiên họp của UBND tỉnh Z",
# "buổi họp trực tuyến Ban đại diện … tỉnh với các phòng giao dịch": the meeting named with its body.
# "Hội nghị giao ban lần thứ 8 giữa Thường trực HĐND tỉnh với các Ban HĐND …": the first named convenes the others.
_NAMED_MEETING = re.compile(r"\b(?:hội nghị|(?:phiên|kỳ) họp(?: thứ \w+,?| (?:cuối|giữa) năm)?|(?:cuộc|buổi) họp(?: trực tuyến)?|họp (?:thường kỳ|định kỳ)|giao ban)\s+"
                            r"(?:(?:sơ kết|tổng kết|triển khai)\b[^,.;:()\n]{0,100}?\s+của\s+|(?:giao ban\s+)?(?:lần thứ \w+\s+)?giữa\s+|(?:sơ kết|tổng kết)\s+|(?:lần thứ \w+,?\s+)?(?:của\s+)?)(?P<org>"
                            + BODY_HEAD + NAME_CHAR + r"{0,60}?)(?=\s+(?:lần|khóa|khoá|nhiệm kỳ|định kỳ|thường kỳ|(?:\d{1,2}\s+)?tháng"
                            r"|quý|quí|năm|sơ kết|tổng kết|mở rộng|để|nhằm|đánh giá|triển khai|thông qua|quán triệt|bàn|và|được|vào|tại|diễn ra"
                            r"|xác định|thống nhất|nhất trí|đề ra|kết luận|với|về|như|ngày|sáng|chiều|tối|hôm|cũng|đã|đang|sẽ|đồng chí)\b|[,.;:(]|$)",
                            re.IGNORECASE)
# "Tại phiên họp thường kỳ tháng 2 …, Thường trực HĐND tỉnh đã đánh giá …": the body that reviews at its meeting.
_AT_MEETING = re.compile(r"\b[Tt]ại (?:hội nghị|phiên họp|kỳ họp|cuộc họp|buổi giao ban)[^,.;:]{0,60},\s*(?P<org>" + BODY_HEAD
                         + r"(?:" + _NO_ASPECT + NAME_CHAR + r"){0,60}?)\s+(?:đã\s+|sẽ\s+)?(?:tập trung\s+)?"
                         r"(?:đánh giá|thảo luận|thống nhất|cho ý kiến|xem xét|rút kinh nghiệm)\b")
_REACH = {WORKED_WITH_BODY: 2, CONGRESS: 1, HELD_HEADLINE: 1}  # how far into the title and lead a pattern reads (texts), where not all of it
# "… hội nghị sơ kết công tác dân tộc 6 tháng đầu năm … do Ban Dân tộc tỉnh tổ chức": the meeting organised by a body;
# so in the passive lead ("… là những nhiệm vụ trọng tâm …, được Đảng bộ khối Doanh nghiệp tỉnh đề ra tại Hội nghị …").
_ORGANISED_BY = re.compile(r"\b(?i:hội nghị|kỳ họp|cuộc họp|phiên họp)\b[^.]{0,250}?\bdo\s+(?P<org>" + BODY_HEAD
                           + NAME_CHAR + r"{0,60}?)\s+(?:chủ trì,?\s+)?tổ chức\b")
_SET_BY = re.compile(r"\bđược\s+(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,60}?)\s+(?:đề ra|xác định|thông qua)\s+tại\s+(?i:hội nghị|kỳ họp)")
# "Chủ tịch UBND tỉnh X chủ trì": the body of whoever chaired, as a last resort.
_CHAIR_BODY = re.compile(r"(?:" + HEAD_TITLES + r"|(?<!Phó )(?<!phó )lãnh đạo)\s+(?P<org>"
                         + BODY_HEAD + r"[^,.;:()\n–-]{0,50}?)\s*(?:[,–-]\s*)?(?:đã\s+)?[Cc]hủ trì")
# "Chủ trì Hội nghị có các đồng chí: Cù Ngọc Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, …": the
# body the first chair heads (a deputy, "Phó Bí thư", is not its head).
_CHAIRED_BY = re.compile(r"\b[Cc]hủ trì\s+(?i:hội nghị|phiên họp|cuộc họp|kỳ họp)?\s*(?:có|là)?\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?"
                         r"[^.;:]{0,80}?(?<!Phó )" + HEAD_TITLES + r"\s+(?P<org>" + BODY_HEAD + r"[^,.;:()\n–-]{0,50}?)(?=[,.;]|\s+(?:và|chủ trì)\b)")
# "Ngày 3.11, tại hội trường Công an TP.HCM diễn ra Hội nghị giao ban …", "tại Hội trường Hội Người mù TP
# đã tổ chức hội nghị …": the body whose hall hosts it.
_VENUE = re.compile(r"\b[Tt]ại (?:(?i:hội trường|văn phòng)|trụ sở|(?=[Tt]rường\s))\s*(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,60}?)\s+"
                    r"(?:đã\s+)?(?:diễn ra|tổ chức)\s+(?i:hội nghị|cuộc họp|phiên họp|kỳ họp|buổi|lễ)")
# "ý kiến chỉ đạo của Đại tá X, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tại hội nghị giao ban …": the head
# of a body (not a deputy) speaking at the meeting, named with the meeting, heads the body that holds it.
_SPEAKER_BODY = re.compile(r"(?<!Phó )(?!Phó )" + HEAD_TITLES + r"\s+(?P<org>" + BODY_HEAD + r"(?:" + _NO_ASPECT + r"[^,.;:()\n–-]){0,50}?)\s+(?:(?:phát biểu\s+)?kết luận(?:\s+chỉ đạo)?\s+|phát biểu\s+)?tại\s+"
                           r"(?i:hội nghị|cuộc họp|phiên họp|kỳ họp|buổi giao ban|giao ban)\b")
# "… báo cáo sơ kết công tác 6 tháng đầu năm 2024, phương hướng … của Hội cựu TNXP phường Hòa Hiếu": the
# report the meeting heard is the holder's own.
_REPORT_OF = re.compile(r"\b(?i:báo cáo)\s+(?i:sơ kết|tổng kết)\b[^.;:()\n]{0,120}?\s+của\s+(?P<org>" + BODY_HEAD
                        + NAME_CHAR + r"{0,60}?)(?=\s*[,.;:(]|\s+(?:và|tại|do|được)\b|$)")
# "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh đã báo cáo kết quả …", "đại diện Sở Khoa học và Công nghệ đã trình
# bày Báo cáo tổng kết …", "nghe Ban Giám đốc Công an Trà Vinh báo cáo kết quả …": a review meeting hears
# its holder's own report, presented by its leaders (whom they speak for, "thay mặt Cụm trưởng", is no part of it).
_REPORTER = re.compile(r"(?:\b(?:[Đđ]ại diện|[Ll]ãnh đạo|Ban Giám đốc|Ban Chỉ huy|(?<=được )nghe)\s+|" + HEAD_TITLES + r"\s+)(?P<org>"
                       + BODY_HEAD + r"(?:(?!\s(?:với|thống nhất|nhất trí|đã|được|thay mặt)\s)" + NAME_CHAR + r"){0,60}?)\s*,?\s+(?:đã\s+)?(?i:báo cáo|thông báo|(?:trình bày|thông qua)\s+(?:dự thảo\s+)?báo cáo|điểm lại)\b")
# A headline "Cục Thi hành án dân sự tỉnh X triển khai nhiệm vụ năm 2021" reports the body's own
# meeting that launches the year; the lead's "… tổ chức hội nghị …" names it first when it has one.
_LAUNCH = re.compile(r"^(?P<org>" + BODY_HEAD + NAME_CHAR + r"{0,80}?)\s+(?:triển khai (?:phương hướng,?\s+)?(?:nhiệm vụ|kế hoạch|công tác)\s+|(?i:ra nghị quyết)"
                     r"(?: lãnh đạo)? thực hiện nhiệm vụ\s+(?:[^,.;:\n]{0,40}?\s)?)(?:năm|quý|\d+ tháng|sáu tháng)")
# (a Party committee's resolution meeting is headlined "Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV")
# Any capitalised subject of the lead's "… (đã|vừa) tổ chức hội nghị/kỳ họp …", when no known head names it
# ("Sáng 13/1, Cảnh sát Phòng cháy và chữa cháy tỉnh Vĩnh Phúc đã tổ chức hội nghị …", "Cụm VIII các Hội Đông y
# (gồm các tỉnh: …) tổ chức hội nghị giao ban"): who holds the meeting is the genre's lead, whatever the body.
_NOT_BODY = r"(?!(?:Tại|Tham|Dự|Đồng chí|Đ/[cC]|Ông|Bà|Hôm|Sáng|Chiều|Tối|Ngày|Trong|Theo|Hội nghị|Sau|Với|Để|Nhằm)\b)"
# A dateline's publisher mark ("ĐTO - Huyện Hồng Ngự vừa tổ chức …", "LSO-") opens the lead, not the name.
_BRAND = r"(?!TP)(?:[A-Z][A-Za-z0-9]{4,}|[A-Z]{2,}[A-Za-z0-9]*)"  # one word, no marks: "Vinacomin", "PTC1" (not a city's "TPHCM")
_ANY_HOLDER = re.compile(r"(?:^|,\s+|\d\s+)(?:[A-ZĐ]{2,6}\s*[–-]\s*)?" + _NOT_BODY + r"(?P<org>" + _BRAND + r"(?=\s)|" + UPPER + r"[^\s,.;:()]*(?:"
                         + _NO_ASPECT + r"(?!\schủ trì\s)\s+(?:[^\s,.;:()]|(?<=\w)\.(?=\w))+){1,10}?)"
                         r"(?:\s*\([^()\n]{1,160}\))?\s+(?:đã\s+|vừa\s+)?(?:tổ chức|tiến hành)\s+(?i:hội nghị|kỳ họp|phiên họp|cuộc họp|họp)\b")


def meeting_holder(doc: Document) -> str | None:
    """The body that held the meeting: the subject of the lead's "… tổ chức hội nghị / họp / sơ
    kết" (or "… do X tổ chức"), else the body a named meeting belongs to, else the body of whoever
    chaired, spoke as its head or whose report the meeting heard, else the body a headline says
    launched the year's tasks, else the body a photo caption names with the meeting. A board named
    alone ("Ban Chấp hành") is the headline body's, or is passed over for the committee named later."""
    title = doc.text_of(doc.title) if doc.title else ""
    texts = [drop_members(ABBR_PAREN.sub("", t)) for t in [title, *(doc.text_of(p) for p in doc.paragraphs[:3])]]
    headline = _first_holder(doc, _TITLE_HOLDER, texts[:1])
    launched = _first_holder(doc, _LAUNCH, texts[:1])  # "Hội Liên hiệp VHNT tỉnh triển khai nhiệm vụ …"
    if member := first_cluster(OF_CLUSTER, texts):  # "6 Đài … thuộc Cụm thi đua số 8 tổ chức"
        return capitalised(" ".join(member.group("org").split()))
    for pattern in (HELD_HEADLINE, SUPERVISED, HEARD, _COUNTED_PLACES, _JOINT, _HOLDER, _SECTOR_HELD, GOVERNMENT, _ORGANISED_BY, _SET_BY, _COORDINATION, VISITED, INSPECTED, WORKED_WITH_BODY, INSPECTED_PLACE, CONGRESS, _AT_MEETING, _NAMED_MEETING, SECTOR_MEETING, _CHAIR_BODY, _CHAIRED_BY, _VENUE, _SPEAKER_BODY, _REPORT_OF, _REPORTER, _LAUNCH,
                    _ANY_HOLDER):
        if pattern is _AT_MEETING and (board := propaganda_board(doc, texts[:2])):
            return board  # no lead names who held it: a press or public-opinion briefing is its propaganda board's
        found = _lead_subject(doc, texts) if pattern is _HOLDER else _first_holder(doc, pattern, texts[:_REACH.get(pattern)])
        found = sector_department(found, doc.source) if found and pattern is SECTOR_MEETING else found
        if found and _BOARD.fullmatch(found) and not headline:
            continue  # "hội nghị Ban Chấp hành lần thứ 2 …, Quận ủy Hải Châu xác định …": the committee named with its place
        if found and pattern is _HOLDER and (cluster := first_cluster(REVIEWED_CLUSTER, texts)):  # "Ủy ban TƯ MTTQ tổ chức
            return capitalised(_ORG_TAIL.sub("", cluster.group("org")).strip())  # … Cụm thi đua 5 thành phố …": its review
        if found:  # a board named alone ("hội nghị Ban Chấp hành lần thứ 8") is the headline body's board
            if headline and (headline.endswith(" " + found) or _BOARD.fullmatch(found)):
                return headline
            if headline and re.match(r"(?:Cụm|Khối)\b", headline) and found.endswith(" " + headline):
                return headline  # "Hội CCB huyện X - đơn vị Cụm trưởng Cụm thi đua phía Bắc": the cluster, hosted by its leader
            if (congress := _first_holder(doc, CONGRESS, texts[:1])) and congress.casefold().endswith(" " + found.casefold()):
                return congress  # "Đại hội Đoàn Thanh niên Bộ đội Biên phòng tỉnh": the union's, its parent in the lead hosts
            return next((h for h in (headline, launched) if h and names_more(h, found)), found)  # or as a headline names it more fully
    if cluster := first_cluster(HOSTED_CLUSTER, texts):  # the cluster its leader hosts for
        return capitalised(cluster.group("org"))
    # a photo caption may be all that names the meeting with its body ("Toàn cảnh Hội nghị tổng kết Cụm thi đua số 4")
    captions = [doc.text_of(r) for r in doc.removed if r.reason == "caption"]
    return headline or _first_holder(doc, _NAMED_MEETING, captions)


def _lead_subject(doc: Document, texts: list[str]) -> str | None:
    """The first subject of "… tổ chức/họp …"; a headline's shortened body ("Đoàn Thanh niên") is the one its lead names in
    full ("Tỉnh Đoàn Lâm Đồng"): where the lead's ends with the headline's, adds only its level, or the headline's has no place."""
    holders = [_first_holder(doc, _HOLDER, [t]) for t in texts]
    at = next((i for i, h in enumerate(holders) if h), None)
    if at is None:
        return None
    found = holders[at]
    lead = next((h for h in holders[at + 1:] if h), None) if _HEADLINE.fullmatch(texts[at]) else None
    if not lead or lead.casefold().startswith(found.casefold()):
        return found  # the headline's name and case, its place completed from the lead later ("Hội văn học Nghệ thuật tỉnh X")
    bare = placeless(found) and not re.search(r"\d|\b[IVX]+\b", found)  # "Khối thi đua số III" is named by its number
    levelled = _LEVEL_BEFORE_PLACE.sub("", lead) == found  # "… Đông Hưng": "… huyện Đông Hưng"
    if lead.endswith(" " + found) or levelled or bare and len(lead.split()) > len(found.split()):
        return lead
    return with_headline_place(lead, found) or found


_LEVEL_BEFORE_PLACE = re.compile(r"\s" + LEVEL_WORD + r"(?=\s" + UPPER + ")")
_HEADLINE = re.compile(r"(?:[^.!?\n]|\.(?=\w)){10,150}")  # a line with no full stop: a headline, not a lead


_BOARD = re.compile(BOARDS, re.IGNORECASE)


# A headline "<cơ quan>: <việc>" names the body whose meeting it reports, sometimes more fully than
# the lead ("Cụm thi đua số 1, Ủy ban MTTQ Việt Nam tỉnh: Trực báo công tác Mặt trận năm 2018").
_TITLE_HOLDER = re.compile(r"^(?P<org>" + BODY_HEAD + r"[^:\n]{0,80}?)\s*:(?:\s|$)")  # "Cụm thi đua phía Bắc:" on a line of its own


# Clusters and blocs are numbered within a system (a ministry, a sector, a province's fronts), so a
# bracket right after the number that names the system is part of the name ("Cụm thi đua số 1 (Bộ Công an)",
# "Cụm Thi đua số 6 (Khối Văn hóa – Xã hội)"); a member list or an abbreviation in brackets is not.
_BY_NUMBER = re.compile(r"(?:Cụm|Khối) (?i:thi đua)(?: số)? \w{1,4}", re.IGNORECASE)
_SYSTEM = re.compile(r"\s*\((" + UPPER + r"\w*\s[^()\n]{2,40})\)")


def _first_holder(doc: Document, pattern: re.Pattern[str], texts: list[str]) -> str | None:
    for text in texts:
        for m in pattern.finditer(text):
            if pattern is _NAMED_MEETING and another_meeting(text, m):
                continue
            if _CLAUSE_COMMA.search(m.group("org") + " tổ chức"):
                continue  # a figure before a comma: a clause ("X cho biết quý I-2023, lực lượng …"), not a long name
            if re.search(r"(?<!các )(?<!những )\btổ chức\b", m.group("org")) and pattern is not _TITLE_HOLDER:  # a headline's name ends
                continue  # at its colon; "…, UBND và ban tổ chức diễn tập huyện tổ chức diễn tập": a name never holds the verb
            org = PARTY_PREFIX.sub("", _ORG_TAIL.sub("", m.group("org").strip())).rstrip(" –-")  # "… tỉnh – Tổ chức …": a headline's dash
            org = drop_person(org, titled=pattern in (_CHAIR_BODY, _CHAIRED_BY, _SPEAKER_BODY, _REPORTER, HEAD_OF, DEPUTY_OF))
            if pattern is _SPEAKER_BODY and guest(doc.source, m.group("org")[len(org):]):
                continue
            system = _SYSTEM.match(text, m.end("org")) if _BY_NUMBER.fullmatch(org) else None
            org = f"{org} ({system.group(1)})" if system else org  # "Cụm thi đua số 1 (Bộ Công an)": which system's cluster 1
            if pattern is SUPERVISED and not first_level_place(org) and not ends_at_level(org):
                # "HĐND xã X … giám sát hoạt động của UBND", "… tại Sở Y tế": the council's own body, at its place
                org = " ".join([org, *first_level_place(text[:m.start("org")])])
            if not banner(org):
                return with_place(doc, capitalised(org)) or (org if re.fullmatch(_BRAND, org) else None)  # "huyện đoàn Cao Phong tổ chức …"
    return None


# Last resort: the place itself holds the meeting ("phường Cầu Kho tổ chức tổng kết năm 2008", "Năm 2020, thành phố
# Thái Nguyên đã tổ chức …"), or the report reviewed is the place's ("Báo cáo … quý I … của huyện Mường Chà cho thấy").
_PLACE = r"(?P<org>(?i:phường|xã|thị trấn|huyện|thị xã|quận|thành phố)\s+" + UPPER + r"\w*(?:\s+" + UPPER + r"\w*){0,2})"
_PLACE_HOLDER = re.compile(_PLACE + r"\s+(?:đã\s+|vừa\s+)?(?:tổ chức|họp|" + _MET + r")\b")
_PLACE_REPORT = re.compile(r"(?i:báo cáo|đánh giá)\b[^.;:]{0,200}?\bcủa\s+" + _PLACE + r"\s+cho thấy")


# "Hội nghị Công an toàn tỉnh" gathers the whole province's force: the body is "Công an tỉnh".
_WHOLE = re.compile(r"\btoàn\s+(?=(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)\b)", re.IGNORECASE)


def find_organization(doc: Document) -> str | None:
    """The body that held the meeting, its name's spacing as a reader writes it ("Hội  Sinh vật cảnh" on a page with
    doubled spaces is "Hội Sinh vật cảnh", "Sở Tài ChínhTPHCM" where a page's markup glued two words is "Sở Tài Chính TPHCM"),
    and a banner's in a sentence's case (`recased`)."""
    if not (org := _organization(doc) or reported_place(doc)):
        return None
    org = re.sub(r"(?<=" + LOWER + r")(?=(?:" + UPPER + r"){2,}\b)", " ", org)
    org = remit_end(doc, over_initials(doc, supreme_end(doc, compound_end(doc, capitalised(ASSOCIATION_BOARD.sub("", " ".join(without_chair(doc, org).split())))))))
    levelled = with_level(doc, org)
    org = mostly_spelt(doc.source, federation(doc, level_once(complete(doc, levelled) if levelled != org else org, doc.source)))  # "Ban Pháp chế HĐND" + "tỉnh" + the headline's place
    return recased(all_levels(doc, org) if placeless(org) else without_address(org))  # "Mặt trận Tổ quốc" at every level


def _short(name: str) -> str:
    """A people's council or committee by its usual initials, for comparing two names of one body."""
    return re.sub(r"(?i)ủy ban nhân dân", "ubnd", re.sub(r"(?i)hội đồng nhân dân", "hđnd", " ".join(name.split()))).lower()


def _organization(doc: Document) -> str | None:
    """The body that held the meeting (lead's subject), else the first party/people's committee
    with a place name in the title/lead, else in the whole text, else the body whose period the
    lead reports, else the body the article reports acting most often; a body named without its place
    takes the headline's."""
    holder = meeting_holder(doc)
    if holder:
        holder = council_session(doc, level_end(_WHOLE.sub("", holder)))
        # "Chủ tịch HĐND xã chủ trì …; Thường trực HĐND xã đã …": the standing committee's review of its own work
        body = reported_body(doc) if "hđnd" in _short(holder) else None
        if body and re.match(r"Thường trực (?:HĐND|Hội đồng nhân dân)\s", body) and _short(body).endswith(" " + _short(holder)):
            holder = body
        holder = standing_session(holder, lead_text(doc, 2), doc.source)
        org = complete(doc, holder)
        if org == holder and ends_at_level(holder):  # "HND TP" → "HND TP Hà Nội" named so later
            org = with_place(doc, holder) or holder
        elif org == holder and placeless(holder):  # the headline's "Hội Liên hiệp VHNT tổng kết …" is the lead's
            place = place_on_line("\n".join(doc.text_of(p) for p in doc.paragraphs), holder)
            org = " ".join([holder, *place]) if place else holder  # "Hội Liên hiệp VHNT Nghệ An tổ chức …"
        return committee_name(doc, org)
    if member := first_cluster(MEMBERS_CLUSTER, [lead_text(doc, 2)]):
        return capitalised(" ".join(member.group("org").split()))
    title = doc.text_of(doc.title) if doc.title else ""
    hosts = host_paragraphs(doc)  # a line of guests names no holder
    texts = [CREDIT.sub(" ", t) for t in (
        title if not title.isupper() else "",  # an all-caps banner does not give the name's case
        "\n".join(hosts[:2]), "\n".join(hosts),
        "\n".join(doc.text_of(r) for r in doc.removed if r.reason == "caption"))]
    body = reported_body(doc)
    lead = lead_text(doc, 2)
    lead_place = _PLACE_HOLDER.search(lead) or _PLACE_REPORT.search(lead)
    if reported := in_full(body, lead):  # the body under review, before the committees the lead names
        return capitalised(complete(doc, with_place(doc, reported) or reported))
    for i, text in enumerate(texts):
        if i == 2 and (body or lead_place):  # the body whose period the lead reports, or the place the lead says held
            break  # the meeting ("Ngày 15.10, huyện Văn Lâm tổ chức hội nghị …"), before a committee named further on
        for m in ORG.finditer(text):
            if SUPERIOR.search(text, max(0, m.start() - 160), m.start()):
                continue  # "tham mưu cho Tỉnh ủy, UBND tỉnh", "đánh giá cao Tỉnh ủy, UBND tỉnh … quan tâm": those it answers to
            place = place_after(text[m.end():])
            if place and (titled_person(place, text[:m.start()]) or (place == ["Khối"] and body)
                          or _ATTENDS.match(text, m.end() + text[m.end():].index(place[-1]) + len(place[-1]))):
                continue  # a person; a bare bloc ("Đảng bộ Khối"): the reported body wins; an attending guest's title
            if place:  # a keyword plus a place name
                org = " ".join([capitalised(PARTY_PREFIX.sub("", m.group(0).strip())), *place])  # "Thường trực Huyện ủy": the Huyện ủy
                return complete(doc, org) if place[-1].lower() in LEVELS else org  # "Đảng bộ Quân sự huyện" + its place
    if body:
        return capitalised(complete(doc, with_place(doc, body) or body))
    if lead_place:
        return capitalised(lead_place.group("org"))
    if acting := acting_body(doc):
        return complete(doc, with_place(doc, acting) or acting)
    if worked := _first_holder(doc, WORKED_WITH, [lead_text(doc, 3)]):
        return worked
    if (most := named_most(doc)) and most.startswith("Bộ ") and (sector := named_sector(doc)) and ends_at_level(sector):
        most = sector  # a province's sector reviewed ("ngành VHTT&DL tỉnh"), its ministry named only as it awards or directs
    return complete(doc, most) if most else named_sector(doc) or headline_place(doc) \
        or _first_holder(doc, HEAD_OF, [lead_text(doc, 2)]) or _first_holder(doc, DEPUTY_OF, [lead_text(doc, 2)])
