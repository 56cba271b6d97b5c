"""The body whose period the article reports, the fallback when no sentence names the meeting's holder:
"Trong 6 tháng đầu năm, UBND huyện đã lãnh đạo …", "Báo cáo của Cục CSGT tại hội nghị cho biết …", and where no
body is named at all, the place whose figures the lead reports.

May import: `pipeline.bodies`, `pipeline.ingest`, `pipeline.lead`, `pipeline.org_places`, `pipeline.places`.
"""

from __future__ import annotations

import re

from summarizer.pipeline.bodies import (
    ABBR_COMMA,
    ABBR_PAREN,
    BODY_HEAD,
    DEPARTMENTS,
    PARTY_PREFIX,
    SECTOR,
    banner,
    capitalised,
)
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import PURPOSE, lead_text
from summarizer.pipeline.org_places import level_place
from summarizer.pipeline.places import LEVEL_NAMES, LEVELS, UNIT, drop_person, ends_at_level
from summarizer.text import LOWER, UPPER

# The body whose period the article reports: "Trong 6 tháng đầu năm, UBND huyện đã lãnh đạo …",
# "Theo báo cáo, thời gian qua Công an TP Cần Thơ đã thực hiện …", "Được biết, trong năm 2017, Sở … đã cấp …",
# "Báo cáo tại Hội nghị nêu rõ, năm 2015, Công đoàn … đã hướng dẫn …", "Trong tháng 4.2013, lực lượng Kiểm lâm đã …" (a
# month and year written with a dot, as the press often does), "Trong quý III, lực lượng Cảnh sát điều tra
# toàn tỉnh đã …", "Trong quý II, ngành Văn hóa và Thông tin huyện đã …" (a sector, where no department heading it is
# named: `headed`), "Báo cáo của Cục CSGT tại hội nghị cho biết …" (or "Báo cáo từ …"); a department inside the name goes by its standard
# name ("Thanh tra Sở Giao thông vận tải", never "Thanh tra Sở Giao"), "Công ty" is one word ("Tổng Công ty Điện lực …")
# and a military region or a division goes by its number ("Viện kiểm sát quân sự Quân khu 9"), a branch by its region
# ("Chi cục Hải quan … khu vực IV") and a province's courts or procuracies together by their two levels ("Viện Kiểm sát 2 cấp").
_FORCE = r"(?i:lực lượng)\s+(?:(?i:cảnh sát\s+(?:điều tra|giao thông|cơ động|kinh tế|hình sự|quản lý hành chính)|kiểm lâm|quản lý thị trường)|CSGT|CSĐT|CSCĐ|QLTT)"
_SUBJECT = (
    re.compile(r"^(?:\s*date \d{4}-\d{2}\s+)?(?:[^,.;:]{0,100}?(?:cho biết|nêu rõ|cho thấy),\s*|(?i:được biết),\s*|(?i:theo báo cáo)[^,.;:]{0,60},\s*)?(?:(?:[Tt]rong|[Qq]ua)\s+)?"
               r"(?:[^,.;:]{0,40}?\d(?:[^,.;:]|(?<=\d)\.(?=\d)){0,20},|(?i:thời gian qua|năm qua|nhiệm kỳ qua|\d+ tháng qua|từ đầu năm(?: đến nay)?),?)\s+(?P<org>"
               + r"(?:" + _FORCE + r"|" + SECTOR + r"|" + BODY_HEAD + r")"
               + r"(?:(?:\s+|" + ABBR_COMMA + r")(?:(?:Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn)\s+\d{1,3}\b|Thành phố|Thị xã|Thị trấn|" + DEPARTMENTS + r"|" + UNIT + r"|(?!" + PURPOSE + r")" + UPPER + r"[\w.&]*|(?<=Công )ty|(?:(?<=Tỉnh )|(?<=Huyện )|(?<=Thị )|(?<=Thành )|(?<=Quận )|(?<=Đảng ))(?:ủy|uỷ)|nhân dân|xã|phường|thị trấn|thị xã|thành phố|huyện|tỉnh|quận|số \d+|khu vực [IVXL\d]+\b|(?:2|hai) cấp(?:\s+(?:trong|trên địa bàn)\s+(?:tỉnh|thành phố))?\b))*)(?=\s+(?:" + LOWER + r"|" + PURPOSE + r"))"),
    re.compile(r"\b[Bb]áo cáo (?:của\s+|từ\s+)?(?P<org>" + BODY_HEAD + r"[^,.;:()\n]{0,60}?)(?=\s+(?:tại|cho biết|nêu|trong)\b|[,.;:])"),
    # a report that opens with the source of its period's figures: "(NTO) Theo Ban Tổ chức Tỉnh uỷ, trong 3 tháng đầu năm, …",
    # "(ĐN)- Theo thông tin từ Sở Kế hoạch - đầu tư, thu hút vốn … từ đầu năm …", "Theo tin từ …"
    re.compile(r"^(?:\(\w+\)\s*[-–]?\s*)?Theo\s+(?:(?:thông )?tin (?:từ|của)\s+)?(?P<org>" + BODY_HEAD + r"[^,.;:()\n]{0,60}?),(?=[^.;\n]{0,80}?\d)"),
    # or with the body that tells its own period: "Hội Cựu chiến binh (CCB) tỉnh cho biết, trong 6 tháng đầu năm, hội đã …",
    # "Ban Quản lý các KCN tỉnh cho biết, từ đầu năm đến nay, …" (the spans of time the first form reads),
    # also at the meeting: "Chiều 13-5, tại hội nghị tổng kết …, Đảng ủy khối … cho biết, nhiệm kỳ qua, đã …"
    re.compile(r"^(?:[^.;:\n]{0,40}?\b[Tt]ại (?:hội nghị|kỳ họp|phiên họp)\b[^.;:\n]{0,200}?,\s+)?(?P<org>" + BODY_HEAD
               + r"[^,.;:()\n]{0,60}?(?:\s*\(" + UPPER + r"{2,}\w*\)[^,.;:()\n]{0,30}?)?)\s+cho biết,?\s+(?=(?:trong\s+|qua\s+)?"
               r"(?:\d+|sáu|chín|ba)\s+tháng|(?:trong\s+)?(?:năm|nhiệm kỳ)\s+(?:qua|\d{4})|(?:trong\s+)?qu[ýí]\s|thời gian qua\b|từ đầu năm\b)"),
)


def reported_body(doc: Document) -> str | None:
    """The body a sentence of the first paragraphs reports the period of (see _SUBJECT)."""
    for p in doc.paragraphs[:4]:
        texts = dict.fromkeys([doc.text_of(p), ABBR_PAREN.sub("", doc.text_of(p))])  # then over its initials: "Thư viện (TV) huyện …"
        for text, m in ((t, m) for t in texts for pattern in _SUBJECT for m in pattern.finditer(t)):
            org = drop_person(ABBR_PAREN.sub("", m.group("org")).strip())
            if len(org.split()) < 2 and re.search(r"(?<!\w)" + re.escape(org) + r"\s+" + UPPER, text[:m.start("org")]):
                continue  # "Theo báo cáo của Ban Tổ chức Huyện ủy, …, Ban mới tham mưu …": the head alone refers back
            if headed(org, doc.source):
                continue  # "ngành Kiểm sát Thái Nguyên" where the article names its "Viện Kiểm sát": the department's
            if not banner(org):
                return org
    return None


def headed(org: str, text: str) -> bool:
    """Whether `org` is a sector ("ngành VHTT&DL tỉnh") whose heading department `text` names ("Sở VHTT&DL", "Viện Kiểm
    sát", "Cục Thi hành án"): a sector's work is its department's, named so where the article names it. A province's
    sector ("ngành thi hành án dân sự tỉnh") is not headed by the national directorate ("Tổng cục …") that sets its targets."""
    local = ends_at_level(org)  # a province's sector: not the national directorate's
    return _heading(org, text, r"Sở|Viện|(?<!Tổng )Cục|Chi cục|Phòng" if local else r"Sở|Viện|Cục|Chi cục|Tổng cục|Phòng") is not None


def _heading(org: str, text: str, heads: str) -> str | None:
    """The first of `heads` that `text` names with the work of the sector `org` ("Sở NN&PTNT" for "ngành NN&PTNT")."""
    sector = re.match(SECTOR, org)
    words = sector.group(0).split(None, 1)[1] if sector else ""
    work = r"\s*(?:&|và)\s*".join(re.escape(w) for w in re.split(r"\s*(?:&|\bvà\b)\s*", words)) if words else ""
    m = re.search(r"\b(?:" + heads + r")(?!\s+trưởng\b)\s+(?:\w+\s+){0,2}?" + work + r"\b", text, re.IGNORECASE) if work else None
    return m.group(0) if m else None


def sector_department(org: str, text: str) -> str:
    """A sector's review named without its place ("hội nghị tổng kết ngành NN&PTNT năm 2026") is its department's, as
    the article names it: the ministry's, the whole country's review ("Bộ trưởng Bộ Xây dựng … tại Hội nghị tổng kết ngành
    xây dựng"), else the province's ("Sở NN&PTNT thông tin tại hội nghị tổng kết ngành NN&PTNT … do Chủ tịch UBND tỉnh
    chủ trì"); else the sector itself."""
    if (sector := re.match(SECTOR, org)) and org[sector.end():].strip():
        return org  # named with its place or level: the sector's own
    return next((capitalised(h) for heads in ("Bộ", "Sở") if (h := _heading(org, text, heads))), org)


# Where no sentence names the holder, the body whose period the lead reports ("Theo báo cáo của Công an TP.HCM, trong
# sáu tháng đầu năm …", "Năm 2013, Tổng Công ty Điện lực Hà Nội đặt mục tiêu …") is the body under review, before a
# Party or people's committee the lead names as a guest or a superior. A body named by its head alone ("Đảng ủy đã …")
# refers back to one named before, and at a council's session ("kỳ họp") the executive reports to the council.
_SESSION = re.compile(r"\bkỳ họp\b", re.IGNORECASE)


def in_full(body: str | None, lead: str) -> str | None:
    """The reported body without its standing board, where it is named in full (a level, or more than a head) outside
    a council's session."""
    name = PARTY_PREFIX.sub("", body) if body else ""
    words = name.split()
    full = len(words) > 2 or any(w.lower() in LEVELS for w in words)
    return name if full and not _SESSION.search(lead) else None


def reported_place(doc: Document) -> str | None:
    """Where no body is named, the place whose figures the lead reports, as the subject of its sentence ("toàn tỉnh
    Kon Tum đạt …", "trên địa bàn huyện Bố Trạch …", "Tháng 5/2019, tỉnh Vĩnh Long thu …"): the genre's briefs on a
    place's period report it as the place's own. A place after "tại", "ở", "của" or a body's words is a venue, an
    owner or the body's seat, and one after another place and a comma an address, not the subject."""
    lead = lead_text(doc, 2)
    for m in re.finditer(r"(?:^|(?<=[\n,.:;])|(?<=\btoàn)|(?<=\btrên địa bàn))[ \t]*(?=(?:" + LEVEL_NAMES + r")\s)", lead, re.IGNORECASE):
        if re.search(UPPER + r"\w*,[ \t]*$", lead[:m.end()]):
            continue  # "huyện Tuy Đức, tỉnh Đắk Nông": an address's higher level
        if place := level_place(lead[m.end():]):
            return capitalised(" ".join(place))
    return None
