"""The names the bodies that hold these meetings go by (heads of party committees, people's
committees and councils, departments, armed forces, mass organisations; their standing boards and
their heads' titles), and the bodies an article reports acting, for the organisation's last resorts.

May import: `summarizer.text`, `pipeline.ingest`, `pipeline.places`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from summarizer.pipeline.ingest import Document
from summarizer.pipeline.places import (
    LEVEL_NAMES,
    LEVELS,
    SAYS,
    SCHOOL_GRADE,
    SHORT_LEVELS,
    SURNAMES,
    full_name,
    place_after,
    unmarked,
)
from summarizer.text import LEVEL_PAIR, LOWER, UPPER

# Heads of the bodies that hold these meetings, across the genre: party committees, people's
# committees and councils, departments and agencies, armed forces, mass organisations.
# The standard names of departments and offices ("Sở Thông tin và Truyền thông", a Party committee's "Ban Tổ chức Tỉnh ủy",
# "Ban Tuyên giáo Thành ủy": its board named with its committee, never "Ban Tuyên giáo Thành"; "Ban Chỉ đạo", "Ban
# Chấp hành", never "Ban Chỉ")
# and of schools by their grade ("Trường Mầm non"; a district's "Trung tâm Dân số - KHHGĐ"): lower-case words inside them would otherwise end the name ("Sở Thông",
# "Trường Mầm", "Ban Tổ", "Chi cục Thi", "Ngân hàng Chính").
COMMITTEE_LEVELS = ("Tỉnh", "Huyện", "Thành", "Thị", "Quận")  # "Tỉnh ủy", "Huyện ủy", …: a level's Party committee
PARTY_COMMITTEE = r"(?:(?:" + "|".join(COMMITTEE_LEVELS) + r") (?:ủy|uỷ)|Trung ương|Đảng (?:ủy|uỷ))"  # a Party committee, the boards' parent
_AND = r"\s*(?:và|&)\s*"  # "và" inside a department's name, also written "&" ("Sở Văn hóa, Thể thao & Du lịch")
DEPARTMENTS = (r"(?:Ban Tổ chức " + PARTY_COMMITTEE + r"\b|Ban (?:Tuyên giáo|Dân vận|Nội chính)(?: " + PARTY_COMMITTEE + r")?\b"
                r"|Ban (?:Chấp hành|[Cc]hỉ đạo|[Qq]uản lý)\b"
                r"|(?:Chi cục|Cục) (?i:Thi hành án dân sự)|(?:Chi cục|Cục|Đội) (?i:Quản lý thị trường)|Văn phòng (?i:đăng ký đất đai)"
                r"|(?:Tổng (?i:cục)|Cục|Ban (?i:chỉ huy|chỉ đạo))\s+(?i:phòng,?\s+chống thiên tai(?:\s+và\s+tìm kiếm cứu nạn)?)|(?:Phòng (?i:giao dịch) )?Ngân hàng (?i:Chính sách xã hội)|Trường\s+(?i:Mầm non|Mẫu giáo|Tiểu học|Trung học cơ sở|Trung học phổ thông|Phổ thông dân tộc nội trú|Trung cấp|Cao đẳng)"
                r"|(?:Sở|Phòng|Bộ|Ban|Trung tâm)\s+(?i:Thông tin" + _AND + r"Truyền thông|Kế hoạch" + _AND + r"Đầu tư|Nông nghiệp" + _AND + r"Phát triển nông thôn"
                r"|Nông nghiệp" + _AND + r"Môi trường|Giáo dục" + _AND + r"Đào tạo|Lao động\s*[-–,]?\s*Thương binh" + _AND + r"Xã hội|Lao động\s*[-–]\s*TB\s*(?:[-–&]|và)\s*XH|Tài nguyên" + _AND + r"Môi trường"
                r"|Văn h(?:óa|oá)(?:\s*[,–-]?\s*Thể thao" + _AND + r"Du lịch|" + _AND + r"Thông tin)"
                r"|Pháp chế|Thanh tra nhân dân|Kinh tế\s*[-–]\s*(?:Xã hội|Ngân sách)|Văn h(?:óa|oá)\s*[-–]\s*Xã hội|Khoa học" + _AND + r"Công nghệ|Giao thông vận tải|Tài chính\s*[-–]\s*Kế hoạch|Kinh tế" + _AND + r"Hạ tầng|Tư pháp|Nội vụ|Y tế|Trợ giúp pháp lý(?: Nhà nước)?"
                r"|Du lịch|Bảo vệ,? chăm sóc sức khỏe cán bộ|Dân số\s*[-–]?\s*(?:KHHGĐ|Kế hoạch hóa gia đình))"
                r"|Hội đồng (?i:phối hợp phổ biến,? giáo dục pháp luật|nghĩa vụ quân sự|giáo dục quốc phòng(?: và an ninh)?|thi đua(?:,|\s*[-–])? khen thưởng))")
# Mass organisations' standard names likewise ("Hội Nông dân tỉnh", not "Hội Nông").
_UNIONS = (r"(?:Hội (?i:Nông dân|Liên hiệp Phụ nữ|Phụ nữ|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Khuyến học|Nạn nhân chất độc da cam(?:\s*[-–/]\s*Dioxin)?|Luật gia|Doanh nhân trẻ"
           r"|Văn học(?:\s*[-–]\s*|\s+)Nghệ thuật(?: các dân tộc thiểu số)?|Bảo trợ (?:người tàn tật|người khuyết tật)(?: và trẻ (?:em )?mồ côi)?"
           r"|Sinh vật cảnh|Làm vườn|Đông y|Cựu giáo chức|Người mù)"
           r"|Đoàn (?i:Thanh niên)|Mặt trận (?i:Tổ quốc)|Liên đoàn (?i:Lao động)"
           r"|Liên (?i:hiệp các hội (?:Khoa học và Kỹ thuật|KHKT)|hiệp các tổ chức hữu nghị|minh (?:các\s+)?(?:hợp tác xã|HTX)))")
# (and the standing associations every province has: writers and artists, of the disabled and orphans, ornamental
# plants, gardening, traditional medicine, retired teachers, the blind); each province's unions of science societies,
# of friendship societies and of co-operatives
# A whole sector meets as "ngành …" ("ngành y tế tổ chức hội nghị sơ kết", "Năm 2007, ngành Tòa án Hà Nội đã
# thụ lý …"): the state's standing sectors, each led by its department, reported by the sector's name.
SECTOR = (r"[Nn]gành\s+(?i:y tế|giáo dục(?: và đào tạo|\s*[-–]\s*đào tạo)?|(?:tòa|toà) án|kiểm sát|tư pháp|thuế|hải quan|kho bạc"
          r"|ngân hàng|công thương|nông nghiệp(?: và (?:phát triển nông thôn|môi trường))?|NN\s*&\s*PTNT|công an|tài nguyên(?: và môi trường)?"
          r"|văn h(?:óa|oá)(?:,? thể thao và du lịch| và thông tin)?|VHTT\s*[-&]\s*DL|VHTTDL|kế hoạch\s*(?:[-–]|và)\s*đầu tư|xây dựng"
          r"|giao thông(?: vận tải)?|lao động(?:\s*[-–,]?\s*thương binh và xã hội)?|LĐ\s*-?\s*TB\s*&\s*XH|nội vụ|thống kê|quản lý thị trường"
          r"|bảo hiểm xã hội|BHXH|thanh tra|tuyên giáo|dân vận|kiểm tra|thông tin và truyền thông|khoa học(?: và |\s*[-–]\s*)công nghệ"
          r"|tài chính|dân tộc|thi hành án dân sự|THADS|ngoại giao|KSND)\b")
# A sector's own review is named for the sector ("Hội nghị tổng kết ngành Công thương TP Cần Thơ năm 2019", "dự tổng
# kết hoạt động ngành Y tế tỉnh …"): the genre's name for a department's year-end review of its whole line of work.
# A sector named without its place, the period after it, is its department's as the article names it: the ministry's,
# the whole country's review ("Bộ trưởng Bộ Xây dựng … tại Hội nghị tổng kết ngành xây dựng năm …"), else the
# province's ("Sở NN&PTNT thông tin tại hội nghị tổng kết ngành NN&PTNT năm …"): `org_reported.sector_department`.
SECTOR_MEETING = re.compile(
    r"\b(?i:hội nghị|sơ kết|tổng kết)\s+(?:(?i:sơ kết|tổng kết)\s+)?(?:(?i:công tác|hoạt động)\s+)?(?P<org>"
    + SECTOR + r"(?:\s+(?:" + LEVEL_NAMES + r"|TP\.?)(?:\s+" + UPPER + r"\w*){0,3}|(?:\s+" + UPPER + r"\w*){1,3}|(?=\s+(?:năm|quý|\d+ tháng)\b)))")
BOARDS = r"Ban Thường vụ|Ban Thường trực|Thường trực|Ban Chấp hành|Ban Giám hiệu(?= [Tt]rường)|BTV|BCH"  # a body's boards
# "Thường trực Huyện ủy" is the Huyện ủy; "BTV Huyện đoàn" the Huyện đoàn ("Thường trực HĐND" is a body of its own).
# Among the heads below, "BTS" before the Buddhist Sangha's initials is its executive board ("Ban Trị sự"), as its
# own reports write it ("BTS GHPGVN huyện …").
PARTY_PREFIX = re.compile(r"^(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành|BTV|BCH)\s+(?=\S*\s*(?:ủy|uỷ)\b)|Ban Thường trực\s+(?=\S+\s+(?:ủy|uỷ)\b)"
                          r"|(?:Ban Thường vụ|BTV|BCH)\s+(?=\S*\s*(?:đoàn|hội)\b)"
                          r"|Chỉ huy\s+(?=(?:Sư đoàn|Trung đoàn|Lữ đoàn|Quân đoàn|Tiểu đoàn|Hải đoàn|Binh đoàn)\b)"
                          r"|(?:Ban Thường trực|Thường trực)\s+(?=(?:Ủy|Uỷ) ban (?:MTTQ|Mặt trận)))", re.IGNORECASE)
BODY_HEAD = (r"(?:" + BOARDS + r"|Ban đại diện|(?:Trung ương|T\.Ư|TƯ)(?=\s+(?:Đoàn|Hội)\b))?\s*"
              r"(?:" + DEPARTMENTS + r"|" + _UNIONS + r"|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Quận ủy|Quận uỷ|Đảng (?i:ủy)|Đảng uỷ"
              r"|Đảng (?i:bộ)|Chi (?i:bộ)|Chi (?i:đoàn)|Chi (?i:hội)|Phân (?i:hội)|Nhà (?i:(?:văn hóa )?thiếu nhi)|UBND|UBKT|HĐND|TAND|VKSND|BHXH|NHCSXH|LĐLĐ|KBNN|Ủy (?i:ban)|Uỷ (?i:ban)|Hội (?i:đồng)|Sở|Phòng|Ban (?i:chỉ huy)|Ban CHQS|BCHQS|Bộ CHQS|BCH(?= (?i:quân sự))|BTS(?= (?:GHPGVN|GHPG|PG)\b)|Trại (?:tạm )?giam|Ban|Bộ (?i:chỉ huy)|Bộ đội|BĐBP|Bộ(?= " + UPPER + r")|Tổng (?i:cục)|Cục|Chi (?i:cục)|Công an"
              r"|Hội(?! nghị)|Hiệp (?i:hội)(?=\s+\w)|Đoàn(?!\s+(?i:công tác|kiểm tra|giám sát|khảo sát|đại biểu))|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Thị đoàn|Quận đoàn|Xã đoàn|Phường đoàn|Liên (?i:đoàn)|Liên (?i:hiệp)(?: các [Hh]ội\b|(?= (?:[Hh]ội [A-ZĐ]|[Hh]ợp tác xã\b|HTX\b)))|Công (?i:đoàn)(?: [Tt]rường(?= " + SCHOOL_GRADE + r" " + UPPER + r"))?|Mặt (?i:trận)|UBMTTQ(?:VN)?|UB\.?\s?MTTQ|MTTQ|HND|HLHPN|HCCB|Ngân (?i:hàng)|Quỹ (?i:tín dụng nhân dân)(?: liên xã)?|Bảo (?i:hiểm)|Kho (?i:bạc)|Bưu (?i:điện)"
              r"|Trung (?i:tâm)|Văn (?i:phòng)|Tổ đại biểu|CLB|Câu lạc bộ|Bệnh viện (?i:Đa khoa)|Vườn (?i:quốc gia)|Bảo (?i:tàng)|Thư (?i:viện)|Khu (?i:di tích)|Hạt (?i:kiểm lâm)|Nông trường|Lâm trường|(?<=Ban Giám hiệu )trường|(?<=, )trường(?= (?:THCS|THPT|TH|PTDTBT|PTDTNT|MN|Tiểu học|Trung học|Mầm non|Trung cấp|Cao đẳng|Đại học)\b)|Viện (?i:kiểm sát(?: nhân dân| quân sự)?)|Viện|Đài(?= (?:Phát thanh|Truyền thanh|Truyền hình|PT))|(?:Tòa|Toà) (?:án(?: (?i:nhân dân))?|(?i:phúc thẩm))|Trường|Chi nhánh|Bệnh viện|[Cc]ụm (?i:thi đua)|Cụm(?= " + UPPER + r")|[Kk]hối (?i:thi đua|dân vận)|(?<!ủy )(?<!uỷ )Khối(?= các\s)|(?<!ủy )(?<!uỷ )Khối(?= (?:An ninh|CSND|Cảnh sát|Xây dựng lực lượng|Hậu cần|Tham mưu)\b)|Công ty|Tổng (?i:công ty)|(?:Tổng )?Cty(?= " + UPPER + r")|Xí (?i:nghiệp)|Tập (?i:đoàn)(?= " + UPPER + r")|Liên (?i:minh (?:Hợp tác xã|HTX))|Hợp (?i:tác xã)|HTX(?= " + UPPER + r")|PC(?= " + UPPER + r")|Binh chủng|Quân chủng|Quân khu|Quân đoàn|Bộ Tư lệnh|Sư đoàn|Lữ đoàn|Trung đoàn|Hải đoàn|Đồn Biên phòng|Cảnh sát biển|Cảnh sát(?= (?:PCCC|PC&CC|[Pp]hòng cháy)\b)|Thanh tra(?= (?:tỉnh|huyện|thành phố|thị xã|quận|TP|Sở|Bộ|Chính phủ))"
              r"|(?i:huyện đoàn|tỉnh đoàn|thành đoàn|thị đoàn|quận đoàn|xã đoàn|phường đoàn|huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ)"
              r"|phòng(?= " + UPPER + r")|chi bộ(?= " + UPPER + r")|trường(?= " + SCHOOL_GRADE + r"\b)|(?-i:(?<!đại )(?<!Đại )(?<!xã )hội(?= " + UPPER + r")|sở(?= [A-ZĐ]{2,})|(?<!Trường )(?<!Cao đẳng )CĐ(?= " + UPPER + r")))\b(?!\s+trưởng\b)")
# ("Sáng 31-12, phòng Cảnh sát PCCC … tổ chức", "hội Khuyến học huyện …", "chi bộ Trường …", "sở KHCN", a trade union's "CĐ …": case-sensitive;
# a school by its grade: "trường THCS Nguyễn Trãi tổ chức lễ tổng kết năm học")
# A national mass organisation is named after its Central Committee ("Trung ương Đoàn TNCS Hồ Chí Minh vừa tổ chức …",
# "T.Ư Hội LHPN Việt Nam"): the genre's name for the whole organisation's leadership.
# Museums, libraries, relic sites, forest-ranger stations and state farms hold year-end reviews as any public body
# does ("Thư viện tỉnh đã cấp …", "Hạt Kiểm lâm huyện X tổ chức …"); so do business associations ("Hiệp hội Doanh
# nghiệp tỉnh …", a name that goes on: "Chủ tịch Hiệp hội, …" names none) and state enterprises, their heads written short
# as often as not ("Tổng Cty Điện lực …", "Xí nghiệp Thủy nông …").
# Every province has its union of associations ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các Hội Văn học
# Nghệ thuật tỉnh …") and of cooperatives ("Liên hiệp HTX Thoại Sơn"); "Liên hiệp hội" alone refers back to one named before.
# A school's trade union is named with its school ("Công đoàn trường THCS Gia Thụy"), and holds its own congress;
# with the school's name past a line break, "Công đoàn trường THCS" would name no school, and the union is read alone.
# A head before "trưởng" is its head's title ("Viện trưởng Viện Chăn nuôi", "Chi cục trưởng", "Sư đoàn trưởng"), not a body.
# An emulation cluster or bloc is named in lower case mid-sentence as often as not ("…, Trưởng cụm thi đua số 12
# chủ trì hội nghị", "khối thi đua các huyện … đã tổ chức hội nghị"): it is a body in either case. So is a commune's
# mass-mobilisation bloc ("khối Dân vận xã …"), the body every commune's dân vận work is organised in.
# The police's emulation blocs go by their line of work alone ("Khối An ninh", "Khối CSND II", "Khối Xây dựng lực
# lượng"); "Đảng ủy Khối …" is a party committee, not a bloc.

HEAD_TITLES = (r"(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Tổng Giám đốc|Giám đốc|Trưởng|Chỉ huy trưởng|Bộ trưởng"
                r"|Cục trưởng|Chi cục trưởng|Viện trưởng|Chánh án|Hiệu trưởng|Chủ nhiệm)")  # who heads a body

# Last of all, the body whose head the title or lead names ("Tại hội nghị, Trưởng ban Tuyên giáo Thành ủy Đào Khánh Hà đánh
# giá …", "… đồng chí …, Bí thư Tỉnh ủy chỉ đạo"): the genre's lead introduces the host's head first. A deputy heads nothing.
# Where nothing else names a body, the one whose deputy head reports its figures ("Ông …, Phó Ban quản lý khu kinh tế
# tỉnh Quảng Trị cho biết, …"): a deputy speaks for the body when its head does not.
DEPUTY_OF = re.compile(r"\bPhó\s+(?:" + HEAD_TITLES + r"\s+|(?=Ban\s))(?P<org>" + BODY_HEAD + r"[^,.;:()\n–-]{0,70}?)(?=\s*[,.;:()–-]|\s+cho biết)")
HEAD_OF = re.compile(
    r"(?<!Phó )" + HEAD_TITLES + r"\s+(?P<org>(?:" + BODY_HEAD + r"|(?<=Trưởng )ban(?= " + UPPER + r"))[^,.;:()\n–-]{0,70}?)(?=\s*[,.;:()–-]|\s+" + SAYS + ")")


def capitalised(org: str) -> str:
    """A body's name starts with a capital even where the sentence writes it in lower case."""
    return org[:1].upper() + org[1:]

# "Phó Chủ tịch UBND tỉnh <name>"; a board's head is titled with the board's name ("Trưởng ban Dân vận Thành ủy <name>")
_TITLED = re.compile(HEAD_TITLES + r"(?:\s+ban\s+[A-ZĐ]\w*(?:\s+\w+)?)?\s*$", re.IGNORECASE)


def titled_person(place: list[str], before: str) -> bool:
    """"Phó Chủ tịch UBND tỉnh Nguyễn Dung", "Phó Chủ tịch UBND TP Nguyễn Văn Sửu": the person who holds
    the title, not a place (an abbreviated level, "TP", may come first in the run)."""
    first = next((w for w in place if w.rstrip(".").lower() not in SHORT_LEVELS), "")
    return first in SURNAMES and bool(_TITLED.search(before))

# The very last resort: the body with a place name that the article reports as acting ("Công an huyện
# Hưng Nguyên đã phát hiện …", "Hội Nông dân xã X đã vận động …"), the one it names so most often.
_ACTS = r"\s+(?:đã|đạt|tiếp tục|xác định)\s"  # what it is reported doing ("Sau khi kiểm điểm …, Công ty X xác định nhiệm vụ …")
_NAMED = (r"(?<!\w)(?P<head>" + BODY_HEAD + r"|công an|hội (?:nông dân|phụ nữ|cựu chiến binh)|đoàn thanh niên)"
          r"(?P<level>\s+(?:xã|phường|thị trấn|thị xã|thành phố|TP\.?|huyện|tỉnh|quận))?")
_NAME_ENDS = (r"(?:\s+(?=" + UPPER + r")|(?<=" + LOWER + r")(?=" + _ACTS + r")|(?:(?<=đoàn)|(?<=đua))(?=\s+(?:số\s+)?\d)"
              r"|(?<=khu)(?=\s+\d))")  # before its place, its number, or what it is reported doing
_ACTING = re.compile(_NAMED + _NAME_ENDS)
# Where no body is named so, one named with its level anywhere ("… được HĐND huyện (khóa X) đánh giá …").
# A deputy's body ("ý kiến của đồng chí Phó Chủ tịch UBND tỉnh") is where a guest comes from, not who met.
_LEVELLED = re.compile(r"(?<!Phó Chủ tịch )(?<!Phó Bí thư )(?<!Phó Giám đốc )(?<!Phó Chánh án )" + _NAMED
                       + r"(?(level)(?!\w)|" + _NAME_ENDS + ")")


# Units and clusters go by their number ("Sư đoàn 320", "Cụm thi đua số 5"): the number is their name.
_DEPARTMENT = re.compile(DEPARTMENTS)
BRACKETED = r"\([A-ZĐ][A-ZĐ&.-]{1,11}\)"  # a name's initials in brackets: "(CSXH)", "(ĐTN)", "(UBKT)", "(NTM)"

_LEVEL_AFTER = re.compile(r"(?:\s*" + BRACKETED + r")?\s+(" + LEVEL_NAMES + r")(?!\w)")  # "(CSXH) huyện"
_NUMBERED = re.compile(r"(?i:sư đoàn|lữ đoàn|trung đoàn|quân đoàn|quân khu|hải đoàn|cụm thi đua|khối thi đua)")
_NUMBER = re.compile(r"\s*((?:số\s+)?\d{1,3})(?![\d/.,-])")


def stands_for(words: list[str], initials: str) -> bool:
    """Whether bracketed initials are the first letters of the words before them ("Trợ giúp pháp lý (TGPL)")."""
    letters = [c for c in initials.upper() if c.isalpha()]
    return len(words) >= len(letters) > 1 and [w[:1].upper() for w in words[-len(letters):]] == letters


_VENUE_NAME = re.compile(r"Trung tâm\s+(?i:hội nghị)\b")


def _bodies(doc: Document, pattern: re.Pattern[str] = _ACTING) -> Iterator[tuple[str, bool, bool, bool, bool]]:
    """Each body the paragraphs name, as (name with its place, no person's name taken for one),
    whether it holds its level, its place or its number, whether a titled person follows, and whether it is reported acting."""
    for p in doc.paragraphs:
        text = doc.text_of(p)
        if title_cased(text):
            continue  # "Hội Nghị Sơ Kết Sản Xuất Vụ Hè Thu 2017 …": every word capitalised shows no name's end
        for m in pattern.finditer(text):
            if text[:m.start()].rstrip().endswith(("“", '"')) or _VENUE_NAME.match(text, m.start()):
                continue  # a name in quotes is a slogan or a title ("phát huy bản chất “Bộ đội Cụ Hồ”"), a conference centre
                # where it met ("tại Trung tâm Hội nghị quốc gia"), not who met
            rest = text[m.end():]
            number = _NUMBER.match(rest) if _NUMBERED.fullmatch(m.group("head")) else None
            if number:
                yield capitalised(f"{m.group(0).strip()} {number.group(1)}"), True, True, False, \
                    bool(re.match(_ACTS, rest[number.end():]))
                continue
            name, levelled = m.group(0).strip(), bool(m.group("level"))
            dept = _DEPARTMENT.match(text, m.start()) or _DEPARTMENT.match(text, len(text) - len(rest.lstrip()))
            whole = bool(dept and dept.end() > m.end())  # "Sở Giáo dục và Đào tạo (GD-ĐT) đề ra": the standard name, never "Sở Giáo"
            if whole:  # "Thanh tra Sở Giao thông vận tải": a body of a department, the department by its standard name
                level = _LEVEL_AFTER.match(text, dept.end())
                name, levelled, rest = " ".join([text[m.start():dept.end()].strip(), *([level.group(1)] if level else [])]), \
                    bool(level) or levelled, text[(level or dept).end():]
            place = place_after(rest)
            person = not whole and bool(place) and (full_name(place) or titled_person(place, text[:m.start()]))
            own = place if place and not person else []
            acts = bool(re.match(_ACTS, rest[len(" ".join(own)):] if own else rest))
            yield capitalised(" ".join([name, *own])), levelled, whole or bool(own), person, acts


def title_cased(text: str) -> bool:
    """A headline set in title case: six words or more, nearly all capitalised (a sentence capitalises its names only)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 6 and sum(w[:1].isupper() for w in words) >= 0.9 * len(words)


def _most_named(counts: Counter[str]) -> str | None:
    """The name given most often, or its fuller form where the article names it in full once ("HND TP Hà Nội")."""
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return next((name for name in counts if name.startswith(best + " ")), best)


def acting_body(doc: Document) -> str | None:
    counts: Counter[str] = Counter()
    for name, level, placed, person, acts in _bodies(doc):
        if acts and not person and (placed or level):  # "Liên đoàn Lao động huyện đã hỗ trợ …": no place named
            counts[name] += 1
    return _most_named(counts)


def named_most(doc: Document) -> str | None:
    """When nothing says who met, the body at a level that the article names most often ("Chủ tịch
    UBND huyện … đề nghị", "UBND huyện giao …"): a report is written about its own body. Guessing
    beats saying nothing only where the name holds its level ("UBND huyện", not "Đoàn"); where no body
    is named before its place or acting, one named with its level or place anywhere ("HĐND huyện (khóa X)")."""
    return _most_named(Counter(name for name, level, *_ in _bodies(doc) if level)) \
        or _most_named(Counter(name for name, level, placed, *_ in _bodies(doc, _LEVELLED) if level or placed))


_SECTOR_NAMED = re.compile(r"(?<!\w)" + SECTOR + r"(?:\s+(tỉnh|huyện|thành phố|quận|thị xã)\b(?!\s+" + UPPER + r"))?")


def named_sector(doc: Document) -> str | None:
    """The very last resort, where no body is named at all: the sector the article names most often ("quyết tâm
    của ngành Kế hoạch - Đầu tư tại hội nghị giao ban trực tuyến ngành …"): a sector's review is reported under its name."""
    counts: Counter[str] = Counter()
    for p in doc.paragraphs:
        counts.update(capitalised(m.group(0)) for m in _SECTOR_NAMED.finditer(doc.text_of(p)))
    return max(counts, key=lambda name: (counts[name], len(name)), default=None)


# A bracket after a name that adds nothing to it: its initials ("Hội Cựu chiến binh (CCB) tỉnh"), its term or session,
# its place, a steering board's number; dropped before the name is read.
ABBR_PAREN = re.compile(r"\s*\((?:" + UPPER + r"{2,}[A-Za-zĐđ&-]*(?:\s+(?:các|và)\s+" + UPPER + r"{2,}[A-Za-zĐđ&-]*)*|(?i:khóa|khoá|nhiệm kỳ|mở rộng|lần thứ)[^()]{0,30}"
                         r"|(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+" + UPPER + r"[^()]{0,30}"
                         r"|\s*" + UPPER + r"\w*(?:\s+" + UPPER + r"\w*){1,3}\s*"
                         r"|(?i:Ban chỉ đạo|BCĐ)\s+\d+)\)")  # "(tỉnh Gia Lai)", "( Hà Nội)", "(Ban chỉ đạo 138)", "(Ban Chỉ đạo 138)"
ABBR_COMMA = r",\s(?=[A-ZĐ]{1,4}&[A-ZĐ])"  # "Trung tâm VH, TT&TT huyện …", "Sở VH, TT&DL": initials joined by a comma
# A character of a body's name inside a pattern: a comma only inside a level pair or initials.
NAME_CHAR = (r"(?:(?:TP|TX|Tp)\.\s?|T\.(?=Ư\b)|" + LEVEL_PAIR + r"|(?:[Bb]ộ|[Ss]ở|[Bb]an),\s(?=(?:ban,\s)?ngành\b)|" + ABBR_COMMA + r"|[^,.;:()\n])")
# "TP.HCM", "13 xã, thị trấn", "Khối thi đua các sở, ngành kinh tế", "các Bộ, ngành Nội chính Trung ương": no break


def banner(org: str) -> bool:
    """An all-caps banner's words, whose case says nothing of the name; not initials ("UBND", "VKSND TP.HCM"): a
    banner's syllables carry their tone and vowel marks ("HỘI NÔNG DÂN"), initials never do (Đ is a letter, no mark)."""
    return org.isupper() and " " in org and unmarked(org) != org.lower().replace("đ", "d")


_MARKERS = (*LEVELS, "ủy", "uỷ")  # the words a place's name follows: a level, a level's Party committee


def recased(org: str) -> str:
    """A banner's name as a sentence writes it ("HUYỆN UỶ TUY PHONG" → "Huyện uỷ Tuy Phong", "ỦY BAN NHÂN DÂN HUYỆN
    MINH LONG" → "Ủy ban nhân dân huyện Minh Long", "TRƯỜNG THCS PHỔ CƯỜNG" → "Trường THCS Phổ Cường"): initials (no
    vowel) as they are, the first word and the name after the last level, Party committee or initials capitalised, the
    rest in lower case. Other names are returned unchanged."""
    if not banner(org):
        return org
    words = org.split()
    initials = [not re.search("[aeiouy]", unmarked(w)) for w in words]
    marker = max((i for i, w in enumerate(words) if i and (initials[i] or w.lower() in _MARKERS)), default=len(words))
    return " ".join(w if initials[i] else w[:1] + w[1:].lower() if i == 0 or i > marker else w.lower()
                    for i, w in enumerate(words))
