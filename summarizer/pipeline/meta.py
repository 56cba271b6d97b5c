"""Meeting metadata from general Vietnamese news conventions, and checks on a model's guesses.

Conventions used (none tied to one article): the lead says "<Sáng/Chiều> ngày D/M[/YYYY], <tổ
chức> tổ chức hội nghị …"; the chair is named in the sentence with "chủ trì" after "đồng chí";
the reviewed period is written "quý I/2024", "quý 1/2022", "9 tháng đầu năm 2020", "6 tháng
đầu năm". A model's value is kept only when the source supports it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from summarizer.models import ExtractedMeta, Meta
from summarizer.pipeline.ingest import Document
from summarizer.text import PERIOD, normalize

_ORG_HEAD = (r"(?:Ban Thường vụ |Thường trực |Ban Chấp hành )?(?:Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Huyện ủy|Huyện uỷ"
             r"|Tỉnh ủy|Tỉnh uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)"
             r"(?:\s+(?:xã|phường|thị trấn|thị xã|thành phố|huyện|tỉnh|quận))?")
_ORG = re.compile(_ORG_HEAD, re.IGNORECASE)
# Capitalised words that start a title, not a name: "Lương Thị Thanh Phó bí thư" → "Lương Thị Thanh".
_TITLE_WORDS = {"Phó", "Bí", "Chủ", "Ủy", "Uỷ", "UV", "Trưởng", "Giám", "Chánh", "Tổng", "Ban",
                "TUV", "UVBTV", "BTV"}


def _capitalised_run(text: str, limit: int) -> list[str]:
    """Leading words of `text` that start with a capital letter (a proper name), up to `limit`."""
    words = []
    for w in text.split():
        core = w.strip(",.;:()\"“”")
        if not core or not core[0].isupper() or core in _TITLE_WORDS or len(words) >= limit or w[0] == "(":
            break  # "Tân Mỹ (Trà Ôn)": the parenthesis is another place
        words.append(core)
        if core != w:  # punctuation ends the name
            break
    return words


# "ngày 8/10/2020", "Sáng 8/10", "Chiều ngày 14/4": a date needs one of these words before it,
# so a figure like "7/13" is never read as a date.
_DATE = re.compile(r"(?:\b(?:ngày|sáng|chiều|tối|trưa|hôm nay|hôm)\s*,?\s*\(?\s*(?:ngày\s*)?)(\d{1,2})\s*([/.-])\s*(\d{1,2})"
                   r"(?:\s*\2\s*(\d{4}))?(?!\d)", re.IGNORECASE)
_TITLES = re.compile(
    r"^(?:đồng chí|đ/c|ông|bà|các đồng chí)\s+", re.IGNORECASE)


def _lead_text(doc: Document, paragraphs: int = 3) -> str:
    parts = [doc.text_of(doc.title)] if doc.title else []
    parts += [doc.text_of(p) for p in doc.paragraphs[:paragraphs]]
    return "\n".join(parts)


# A monthly meeting names its month: "họp định kỳ tháng 9", "giao ban tháng 3/2022".
_MONTHLY = re.compile(r"(?:định kỳ|thường kỳ|giao ban|thường lệ|lệ kỳ|sơ kết(?: công tác)?)\s+tháng\s+(\d{1,2})(?:\s*(/|năm)\s*((?:19|20)\d\d))?",
                      re.IGNORECASE)
_MONTH_YEAR = re.compile(r"tháng\s+\d{1,2}\s*(?:/|năm)\s*((?:19|20)\d\d)", re.IGNORECASE)


def _monthly_period(doc: Document, lead: str) -> str | None:
    m = _MONTHLY.search(lead)
    if not m:
        return None
    month, sep, year = m.group(1), m.group(2), m.group(3)
    if year:
        return f"tháng {month}/{year}" if sep == "/" else f"tháng {month} năm {year}"
    written = re.search(rf"tháng\s+{month}\s*(?:/|năm)\s*(?:19|20)\d\d", lead, re.IGNORECASE)
    if written:  # "thường kỳ tháng 4" in the title, "Trong tháng 4/2021, …" in the lead: as written
        return " ".join(written.group(0).split())
    other = _MONTH_YEAR.search(lead)  # "… tháng 9 và triển khai … tháng 10/2016"
    year = other.group(1) if other else (str(doc.posted_date[0]) if doc.posted_date else None)
    return f"tháng {month} năm {year}" if year else f"tháng {month}"


# A reviewed period as reports write it: a quarter, "N tháng (đầu|cuối) năm", a school year, a month
# with its year ("tháng 7.2022", "tháng 12 năm 2018"; never the month of a date "ngày 24 tháng 12"),
# and a whole year after "tổng kết" ("tổng kết công tác năm 2024").
_REVIEWED = re.compile(
    r"(?P<q>qu[ýí]\s*(?:IV|I{1,3}|[1-4])(?:\s*(?:/|,?\s*năm|\.)\s*(?:19|20)\d\d)?)"
    r"|(?P<n>(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+(?:19|20)\d\d)?)"
    r"|(?P<s>năm học\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)"
    r"|(?<!ngày )(?<!\d )(?P<m>tháng\s+\d{1,2}\s*(?:/|\.|năm)\s*(?:19|20)\d\d)"
    r"|(?<=tổng kết )(?P<y>.{0,60}?năm\s+(?:19|20)\d\d)"
    r"|(?<=trong )(?P<t>năm\s+(?:19|20)\d\d)"
    r"|(?m:^)(?P<p>năm\s+(?:19|20)\d\d)(?=\s*,)"  # a paragraph opening "Năm 2018, …" reports that year
    r"|(?P<r>(?:\d{1,2}|sáu|chín)\s+tháng)(?=\s+qua\b)",  # "6 tháng qua, …"
    re.IGNORECASE)
# Words that announce the *next* period: a period right after them is not the one reviewed.
_NEXT = re.compile(r"(?:triển khai|phương hướng|định hướng|trọng tâm|kế hoạch|thời gian tới|còn lại)\W*(?:\w+\W+){0,4}$",
                   re.IGNORECASE)
_NOT_YEAR = re.compile(r"cùng kỳ(?: năm)?\s*$|so với(?: năm)?\s*$", re.IGNORECASE)


def _reviewed_periods(text: str) -> list[str]:
    out = []
    for m in _REVIEWED.finditer(text):
        if _NEXT.search(text[max(0, m.start() - 60): m.start()]):
            continue
        value = m.group(0)
        if m.group("y"):
            value = re.search(r"năm\s+\d{4}$", value, re.IGNORECASE).group(0)  # "tổng kết … Năm 2023"
        out.append(re.sub(r"(\d)\s*([-–])\s*(\d)", r"\1\2\3", " ".join(value.split())))
    return out


def find_period(doc: Document) -> str | None:
    """The reviewed period: the first one the title or lead names that is not announced as the next
    one ("triển khai nhiệm vụ 6 tháng cuối năm"), completed with its year where the article gives it."""
    lead = "\n".join(doc.text_of(p) for p in doc.paragraphs[:3])
    title = doc.text_of(doc.title) if doc.title else ""
    monthly = _monthly_period(doc, "\n".join([title, lead]))
    if monthly:
        return monthly
    found = _reviewed_periods(title + "\n" + lead)
    # "6 tháng (qua)" only when nothing better; "… tháng cuối năm" is the next period more often than the reviewed one
    found.sort(key=lambda v: 2 if "cuối năm" in v.casefold() else int(bool(re.fullmatch(r"\S+\s+tháng", v))))
    if not found:
        return None
    first = found[0]
    if not re.search(r"\d{4}", first):
        q = re.sub(r"(?i)qu[íy]", "quý", first)
        body = "\n".join(doc.text_of(p) for p in doc.paragraphs)
        for m in PERIOD.finditer(body):  # "quí I" in the lead, "quý I/2024" further on
            later = " ".join(m.group(1).split())
            if re.fullmatch(re.escape(q) + r"\s*(?:/|năm)?\s*\d{4}", re.sub(r"(?i)qu[íy]", "quý", later), re.I):
                return later
        year, joiner = _period_year(doc, "\n".join([title, body]), first)
        if year:  # "6 tháng đầu năm" + the year its companion period gives ("6 tháng cuối năm 2020")
            quarter = first.casefold().startswith(("quý", "quí"))
            return f"{first}{joiner}{year}" if quarter else f"{first} {year}"
    return first


# The next period named with a year is in the same year as a reviewed period written without one:
# "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020", "… quý II năm 2022".
_COMPANION_YEAR = re.compile(r"(?P<kind>tháng\s+(?:đầu|cuối)\s+năm|qu[ýí]\s*(?:IV|I{1,3}|[1-4]))"
                             r"(?P<sep>\s*(?:/|năm|\.|-)?\s*)((?:19|20)\d\d)\b", re.IGNORECASE)


def _period_year(doc: Document, text: str, period: str = "") -> tuple[int | None, str]:
    """The reviewed period's year and how a quarter joins it: its companion period's ("quí II năm
    2023" gives "quí I năm 2023"), else a year the lead names (never a comparison's "cùng kỳ năm
    2022"), else the posting date's."""
    m = _COMPANION_YEAR.search(text)
    if m:
        sep = m.group("sep").strip()
        joiner = " năm " if sep.casefold() == "năm" and m.group("kind").casefold().startswith(("quý", "quí")) \
            else (sep if sep in ("/", ".", "-") else "/")
        return int(m.group(3)), joiner
    lead = _lead_text(doc, 2)
    for m in re.finditer(r"\bnăm\s+(?:nay\s+)?\(?((?:19|20)\d\d)\b|\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b", lead):
        if not _NOT_YEAR.search(lead[max(0, m.start() - 20): m.start() + 4]):
            return int(m.group(1) or m.group(2)), "/"
    if doc.posted_date:
        return _posted_year(doc, period), "/"
    return None, "/"


def _posted_year(doc: Document, period: str) -> int:
    """The posting year, or the year before when the page was posted before the period ended
    ("quý IV" posted in January reports the previous year)."""
    year, month = doc.posted_date[0], doc.posted_date[1]
    q = re.search(r"(?i)qu[ýí]\s*(IV|I{1,3}|[1-4])", period)
    n = re.search(r"(\d{1,2})\s+tháng", period)
    quarters = {"I": 1, "II": 2, "III": 3, "IV": 4}
    end = 3 * (quarters.get(q.group(1).upper()) or int(q.group(1))) if q else (int(n.group(1)) if n else None)
    return year - 1 if end and month < end - 1 else year


def _year_hint(doc: Document, period: str | None) -> int | None:
    """A date without a year takes the reviewed period's year, else the posting date's, else the lead's."""
    m = re.search(r"\b((?:19|20)\d\d)\b", period or "")
    if m:
        return int(m.group(1))
    if doc.posted_date:
        return doc.posted_date[0]
    m = re.search(r"\b(20\d\d)\b", _lead_text(doc))
    return int(m.group(1)) if m else None


def find_meeting_date(doc: Document, period: str | None = None) -> str | None:
    """The lead's meeting date; `period` (the reviewed period, found once by the caller) gives a
    missing year."""
    if period is None:
        period = find_period(doc)
    for m in _DATE.finditer(_lead_text(doc, 2)):
        d, mo, y = int(m.group(1)), int(m.group(3)), m.group(4)
        year = int(y) if y else _year_hint(doc, period)
        if year is None:
            continue
        try:
            return date(year, mo, d).isoformat()
        except ValueError:
            continue
    return None


def find_chair(doc: Document) -> list[str]:
    names: list[str] = []
    for p in doc.paragraphs[:4]:
        for sentence in re.split(r"(?<=[.;])\s+", doc.text_of(p)):
            if "chủ trì" not in sentence.casefold():
                continue
            cut = re.split(r"(?i)\b(?:tham dự|dự hội nghị|cùng dự)\b", sentence)[0]
            for m in re.finditer(r"(?i:đồng chí)\s+", cut):
                keep = _capitalised_run(cut[m.end():], 5)
                name = " ".join(keep)
                if len(keep) >= 2 and name not in names:
                    names.append(name)
    return names


# Heads of the bodies that hold these meetings, across the genre: party committees, people's
# committees and councils, departments and agencies, armed forces, mass organisations.
_BODY_HEAD = (r"(?:Ban Thường vụ|Ban Thường trực|Thường trực|Ban Chấp hành|BTV|BCH|Ban đại diện)?\s*"
              r"(?:Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ"
              r"|Đảng bộ|Chi bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Sở|Phòng|Ban|Bộ Chỉ huy|Bộ đội|Cục|Chi cục|Công an"
              r"|Hội(?! nghị)|Đoàn|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Liên đoàn|Công đoàn|Mặt trận|MTTQ|Ngân hàng|Bảo hiểm|Kho bạc"
              r"|Trung tâm|Văn phòng|Viện|Tòa án|Trường|Chi nhánh|Bệnh viện"
              r"|(?i:huyện đoàn|tỉnh đoàn|thành đoàn|huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ))\b")
# The lead's subject: "<ngày …>, <cơ quan> (đã|vừa) tổ chức hội nghị / họp / sơ kết …".
_HOLDER = re.compile(r"(?:^|[,.:;)]\s*|[–-]\s+|\d{4}\s+|\d{1,2}/\d{1,2}\s+)(?P<org>" + _BODY_HEAD
                     + r"(?:(?!\s(?:đã|vừa|đang|sẽ|chuẩn bị)\s)(?:(?:TP|TX|Tp)\.\s?|[^,.;:()\n])){0,90}?)\s+(?:đã\s+|vừa\s+)?"
                     r"(?:tổ chức|tiến hành|họp|sơ kết|tổng kết|giao ban)\b")
_ORG_TAIL = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ|lần thứ|định kỳ|thường kỳ)\b.*$", re.IGNORECASE)
# "Thường trực Huyện ủy" is the Huyện ủy; "BTV Huyện đoàn" the Huyện đoàn ("Thường trực HĐND" is a body of its own).
_PARTY_PREFIX = re.compile(r"^(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành|BTV|BCH)\s+(?=\S*\s*(?:ủy|uỷ)\b)"
                           r"|(?:Ban Thường vụ|BTV|BCH)\s+(?=\S*\s*(?:đoàn|hội)\b))", re.IGNORECASE)


# "Hội nghị Ban Chấp hành Đảng bộ xã X", "kỳ họp thứ 6 HĐND phường Y", "phiên họp của UBND tỉnh Z":
# the meeting named with its body.
_NAMED_MEETING = re.compile(r"\b(?:hội nghị|phiên họp|kỳ họp(?: thứ \w+)?|cuộc họp|giao ban)\s+(?:của\s+)?(?P<org>"
                            + _BODY_HEAD + r"[^,.;:()\n]{0,60}?)(?=\s+(?:lần|khóa|khoá|nhiệm kỳ|định kỳ|thường kỳ|tháng"
                            r"|quý|quí|năm|sơ kết|tổng kết|mở rộng|để|nhằm|đánh giá|triển khai|thông qua|quán triệt|bàn)\b|[,.;:(]|$)",
                            re.IGNORECASE)
# "Chủ tịch UBND tỉnh X chủ trì": the body of whoever chaired, as a last resort.
_CHAIR_BODY = re.compile(r"(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Trưởng|Chỉ huy trưởng)\s+(?P<org>"
                         + _BODY_HEAD + r"[^,.;:()\n–-]{0,50}?)\s*(?:[,–-]\s*)?(?:đã\s+)?chủ trì")
_ABBR_PAREN = re.compile(r"\s*\((?:[A-ZĐ]{2,}[A-Za-zĐđ&-]*)\)")


def meeting_holder(doc: Document) -> str | None:
    """The body that held the meeting: the subject of the lead's "… tổ chức hội nghị / họp / sơ
    kết", else the body a named meeting belongs to, else the body of whoever chaired."""
    title = doc.text_of(doc.title) if doc.title else ""
    texts = [_ABBR_PAREN.sub("", t) for t in [title, *(doc.text_of(p) for p in doc.paragraphs[:3])]]
    for pattern in (_HOLDER, _NAMED_MEETING, _CHAIR_BODY):
        found = _first_holder(doc, pattern, texts)
        if found:
            return found
    return None


# The commonest Vietnamese family names: in "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì" the
# place ends where the chair's name begins.
_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Đào", "Mai", "Tạ", "Hà", "Lưu", "Cao", "Chu"}


def _drop_person(org: str) -> str:
    """Cut a trailing person's name (3-4 capitalised words from a family name) off a body's name; two
    such words are a place more often than a name ("Huyện đoàn Cao Phong")."""
    words = org.split()
    for i in range(2, len(words) - 1):
        tail = words[i:]
        if words[i] in _SURNAMES and 3 <= len(tail) <= 4 and all(w[0].isupper() for w in tail):
            return " ".join(words[:i])
    return org


def _first_holder(doc: Document, pattern: re.Pattern[str], texts: list[str]) -> str | None:
    for text in texts:
        for m in pattern.finditer(text):
            org = _PARTY_PREFIX.sub("", _ORG_TAIL.sub("", m.group("org").strip()))
            org = _drop_person(org)
            if not org.isupper():
                return _with_place(doc, org[:1].upper() + org[1:])  # "huyện đoàn Cao Phong tổ chức …"
    return None


def _place(text: str) -> list[str]:
    """The place name a body's keyword is followed by, never a person ("Bí thư Huyện ủy Nguyễn Trúc Sơn")."""
    place = _capitalised_run(text, 3)
    return [] if len(place) == 3 and place[0] in _SURNAMES else place


def _with_place(doc: Document, org: str) -> str | None:
    """"Thị ủy" alone → "Thị ủy Mỹ Hào" when the article names it so elsewhere (byline, captions)."""
    if any(w[0].isupper() for w in org.split()[1:] if w.lower() not in _LEVELS):
        return org  # already has a place name
    texts = [doc.text_of(doc.title) if doc.title else "", "\n".join(doc.text_of(p) for p in doc.paragraphs),
             "\n".join(doc.text_of(r) for r in doc.removed)]
    for text in texts:
        for m in re.finditer(re.escape(org) + r"\s+", text):
            place = _place(text[m.end():])
            if place:
                return " ".join([org, *place])
    return org if len(org.split()) >= 2 else None


_LEVELS = {"xã", "phường", "thị", "trấn", "huyện", "tỉnh", "quận", "thành", "phố"}


# Fallback conventions when no sentence names the meeting's holder:
# - the body whose period the article reports: "Trong 6 tháng đầu năm, UBND huyện đã lãnh đạo …",
#   "Báo cáo của Cục CSGT tại hội nghị cho biết …";
# - the place a headline opens with: "H. Đakrông, Quảng Trị: Giao ban …", "Nông Sơn: Số thu …".
_SUBJECT = (
    re.compile(r"^(?:(?:Trong|Qua)\s+)?[^,.;:]{0,40}?\d[^,.;:]{0,20},\s+(?P<org>" + _BODY_HEAD
               + r"(?:\s+(?:[A-ZĐ][\w.&]*|xã|phường|thị trấn|thị xã|thành phố|huyện|tỉnh|quận))*)(?=\s+[^\W\d_A-ZĐ])"),
    re.compile(r"\b[Bb]áo cáo (?:của\s+)?(?P<org>" + _BODY_HEAD + r"[^,.;:()\n]{0,60}?)(?=\s+(?:tại|cho biết|nêu)\b|[,.;:])"),
)
_HEADLINE_PLACE = re.compile(r"^(?:(?:H|TP|TX|Q|T)\.\s*|(?:Huyện|Thị xã|Thành phố|Quận|Tỉnh|Xã|Phường)\s+)?"
                             r"(?P<place>[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){0,3})\s*(?:,[^:,]{1,30})?:")


# Last resort: the place itself holds the meeting ("phường Cầu Kho tổ chức tổng kết năm 2008").
_PLACE_HOLDER = re.compile(r"(?P<org>(?i:phường|xã|thị trấn)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2})\s+(?:đã\s+|vừa\s+)?"
                           r"(?:tổ chức|tiến hành|họp|sơ kết|tổng kết|giao ban)\b")


def _reported_body(doc: Document) -> str | None:
    """The body a sentence of the first paragraphs reports the period of (see _SUBJECT)."""
    for p in doc.paragraphs[:4]:
        for m in (m for pattern in _SUBJECT for m in pattern.finditer(doc.text_of(p))):
            org = _drop_person(m.group("org").strip())
            if not org.isupper():
                return org
    return None


def _headline_place(doc: Document) -> str | None:
    """The place a headline opens with ("Đakrông" in "H. Đakrông, Quảng Trị: …"), if any."""
    lines = [doc.text_of(doc.title)] if doc.title else []
    lines += [line.strip() for line in doc.source.splitlines()[:3] if line.strip()]
    for line in lines:
        m = _HEADLINE_PLACE.match(line)
        if m and not _ORG.match(m.group("place")):
            return m.group("place")
    return None


def _complete(doc: Document, org: str) -> str:
    """A body named without its place ("Thường trực HĐND huyện") takes the headline's place."""
    words = org.split()
    if words[-1].lower() in _LEVELS or len(words) == 1:
        place = _headline_place(doc)
        if place:
            return f"{org} {place}"
    return org


_BCH = re.compile(r"^(?:Ban Chấp hành|BCH)\s+Đảng bộ\s+(?P<level>huyện|tỉnh|thành phố|thị xã|quận)\s+(?P<name>.+)$", re.I)
_COMMITTEE = {"huyện": "Huyện ủy", "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "thị xã": "Thị ủy", "quận": "Quận ủy"}


def _committee_name(doc: Document, org: str) -> str:
    """"Ban Chấp hành Đảng bộ huyện X" is the Huyện ủy X: named so when the article names it so."""
    m = _BCH.match(org)
    if not m:
        return org
    head = _COMMITTEE[m.group("level").lower()]
    named = re.compile(rf"{head[:-3]}\s+(?:ủy|uỷ)\s+{re.escape(m.group('name'))}\b", re.IGNORECASE)
    return f"{head} {m.group('name')}" if named.search(doc.source) else org


def find_organization(doc: Document) -> str | None:
    """The body that held the meeting (lead's subject), else the first party/people's committee
    with a place name in the title/lead, else in the whole text, else the body whose period the
    lead reports; a body named without its place takes the headline's."""
    holder = meeting_holder(doc)
    if holder:
        return _committee_name(doc, _complete(doc, holder))
    title = doc.text_of(doc.title) if doc.title else ""
    texts = [title if not title.isupper() else "",  # an all-caps banner does not give the name's case
             "\n".join(doc.text_of(p) for p in doc.paragraphs[:2]),
             "\n".join(doc.text_of(p) for p in doc.paragraphs),
             "\n".join(doc.text_of(r) for r in doc.removed if r.reason == "caption")]
    for text in texts:
        for m in _ORG.finditer(text):
            place = _place(text[m.end():])
            if place:  # a keyword plus a place name
                org = re.sub(r"^(?i:ban thường vụ|thường trực|ban chấp hành)\s+", "", m.group(0).strip())
                return " ".join([org[0].upper() + org[1:], *place])
    body = _reported_body(doc)
    if body:
        return _complete(doc, _with_place(doc, body) or body)
    place = _PLACE_HOLDER.search(_lead_text(doc, 2))
    return place.group("org")[:1].upper() + place.group("org")[1:] if place else None


def rules_meta(doc: Document) -> Meta:
    period = find_period(doc)
    return Meta(organization=find_organization(doc), meeting_date=find_meeting_date(doc, period),
                period=period, chair=find_chair(doc))


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value) or None
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        m = re.fullmatch(r"\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*", value)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None
    return None


def _date_in_source(iso: str, doc: Document) -> bool:
    y, mo, d = (int(x) for x in iso.split("-"))
    return bool(re.search(rf"(?<!\d)0?{d}\s*/\s*0?{mo}(?!\d)", doc.source))


def reconcile(doc: Document, guesses: list[ExtractedMeta]) -> Meta:
    """Majority of the model's source-supported guesses; rule-based values fill the gaps."""
    src = normalize(doc.source)
    orgs = Counter(g.organization.strip() for g in guesses if g.organization and normalize(g.organization) in src)
    periods = Counter(" ".join(g.period.split()) for g in guesses if g.period and normalize(g.period) in src)
    dates = Counter(d for g in guesses if (d := _iso(g.meeting_date)) and _date_in_source(d, doc))
    chair: list[str] = []
    for g in guesses:
        for name in g.chair:
            name = _TITLES.sub("", " ".join(name.split()).split(",")[0]).strip(" ,.")  # "Tên, Bí thư…" → "Tên"
            if name and normalize(name) in src and name not in chair:
                chair.append(name)
    fallback = rules_meta(doc)
    return Meta(
        organization=orgs.most_common(1)[0][0] if orgs else fallback.organization,
        meeting_date=dates.most_common(1)[0][0] if dates else fallback.meeting_date,
        period=periods.most_common(1)[0][0] if periods else fallback.period,
        chair=chair or fallback.chair,
    )
