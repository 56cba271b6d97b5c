"""How reports write the period they review, and the next one they announce: the quarter, months, school year, month
or year a review names ("quý I/2024", "9 tháng đầu năm 2020", "năm học 2023-2024"), a term's or programme's span
("nhiệm kỳ 2016 - 2021"), the months between two dates, the year so far; and the words before a period that make it
the next one ("triển khai nhiệm vụ …", "phương hướng …"); the meeting's date as leads write it, and whether a
quarter had ended by then. `pipeline.meta` chooses among them.

May import: `text`.
"""

from __future__ import annotations

import re

from summarizer.text import QUARTER, UPPER, quarter_number

# A review's assessment of a period: "đánh giá tình hình …", "sơ kết kết quả …", "báo cáo tình hình …".
ASSESSED = r"(?:đánh giá|sơ kết|báo cáo)\s+(?:tình hình|kết quả)[^.;\n]{0,80}?(?<![\d/])"
YEARS = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"  # a span of years: "2016 - 2021", "2023–2024"

# A reviewed period as reports write it: a quarter, "N tháng (đầu|cuối) năm", a school year, a month with its year ("tháng
# 7.2022", "tháng 12 năm 2018", "Tháng 8-2021"; never a date's "ngày 24 tháng 12", a start's "từ tháng 12-2015", the
# time something happened "vào tháng 2-1955" nor a part of a month "trung tuần tháng 6-2007"), a whole year after
# "tổng kết" ("… công tác năm 2024").
REVIEWED = re.compile(
    r"(?P<q>qu[ýí]\s*(?:IV|I{1,3}|[1-4])(?:\s*(?:/|,?\s*năm|\.|-)\s*(?:19|20)\d\d)?)"
    r"|(?P<n>(?:(?:\d{1,2}|sáu|chín)\s+tháng|(?:[23]|hai|ba)\s+quý)(?:\s+(?:đầu|cuối))?\s+(?:của\s+)?năm(?:\s+(?:19|20)\d\d)?)"  # "8 tháng của năm 2020", "3 quý đầu năm 2016"
    r"|(?P<s>(?:học\s+k[ỳì]\s+(?:I{1,2}|[12])(?!\w)\s*,?\s*(?:của\s+)?)?năm học\s+" + YEARS + ")"  # a term of a school year
    r"|(?<!ngày )(?<!\d )(?<!cuối )(?<!hết )(?<!đến )(?<!từ )(?<!vào )(?<!tuần )(?P<m>tháng\s+\d{1,2}\s*(?:/|\.|-|năm)\s*(?:19|20)\d\d)"  # not a cut-off date
    r"|(?<=tổng kết )(?P<y>[^;.\n]{0,60}?năm\s+(?:19|20)\d\d)"  # within its clause
    r"|(?<=trong )(?P<t>năm\s+(?:19|20)\d\d)"
    r"|(?m:^)(?P<p>năm\s+(?:19|20)\d\d)(?=\s*,|\s+(?-i:" + UPPER + r"))"  # a paragraph opening "Năm 2018, …" or "Năm 2018 TAND huyện …" reports that year
    r"|(?P<r>(?:\d{1,2}|sáu|chín)\s+tháng)(?=\s+qua\b|\s*,)"  # "6 tháng qua, …", "Trong 09 tháng, UBND thành phố đã …"
    r"|(?<=sơ kết )(?P<k>(?:\d{1,2}|sáu|chín)\s+tháng)(?!\s+(?:đầu|cuối|năm|\d))"  # "sơ kết 9 tháng và …"
    r"|" + ASSESSED + r"\s(?P<e>(?:\d{1,2}|sáu|chín)\s+tháng)(?!\s+(?:đầu|cuối|năm|\d|tới|còn))"  # "đánh giá tình hình hoạt động 10 tháng và …"
    r"|(?P<f>năm\s+(?:19|20)\d\d)(?![\d/])(?!\s*[-–]\s*(?:19|20)\d\d)",  # "… nhiệm vụ năm 2018": a last resort; never a plan's span ("5 năm 2016 - 2020")
    re.IGNORECASE)
# Words that announce the *next* period: a period right after them is not the one reviewed. Year-end and New Year meetings
# "xác định nhiệm vụ", "phát động thi đua", pass the "dự toán" of the year to come, "ra nghị quyết lãnh đạo thực hiện nhiệm
# vụ quý II", "ký kết giao ước thi đua", set its goals ("nhiệm vụ đề ra/đặt ra trong năm 2025"); a guest "đề nghị trong năm
# 2015, …"; what "sẽ" be done; a meeting "triển khai nhiệm vụ quốc phòng, quân sự địa phương năm 2022" deploys that year
# (a school's opening ceremony, "khai giảng năm học 2024-2025", opens the year to come and reports the one before)
# however long the tasks' name. A result measured against a budget ("so với dự toán năm 2019") is the reviewed year's.
NEXT = re.compile(r"(?:(?<!kết quả )(?<!tình hình )(?<!việc )(?<!quá trình )triển khai (?:thực hiện )?(?:các )?(?:nhiệm vụ|công tác)\W+(?:\w+\W+){0,8}|(?<!đã )sẽ\W+(?:\w+\W+){0,8}|(?:triển khai|phương hướng|định hướng|(?:đặt|đề) ra|(?<!nội dung )trọng tâm|kế hoạch|thời gian tới|còn lại|xác định|phát động|(?<!so với )(?<!so )(?<!% )(?<!%)dự toán|(?:chỉ đạo|giao|bàn|thống nhất) nhiệm vụ|(?:ra|ban hành) nghị quyết(?: lãnh đạo)?|khai giảng|đề nghị|yêu cầu|giao ước thi đua|(?<!nghị quyết )(?i:hội nghị) (?:đại biểu )?(?:(?:cán bộ|công chức|viên chức)\s*(?:[,–-]|và)?\s+)*(?:người lao động|công chức|viên chức))\W*(?:\w+\W+){0,4})$",
                   re.IGNORECASE)
# A comparison's baseline ("tăng 15 vụ so với quý I/2021", "So với 6 tháng đầu năm 2021, …") is never the period
# reviewed; a plan's or a budget's year ("so với kế hoạch năm 2021") is the reviewed year's, and is not one.
BASELINE = re.compile(r"\bso với(?:\s+(?:cùng kỳ|\d{1,2}|sáu|chín|tháng|qu[ýí]|[IV]{1,3}|đầu|cuối)){0,4}\s*$", re.IGNORECASE)
_MONTHS = re.compile(r"(\d{1,2}|sáu|chín)\s+tháng", re.IGNORECASE)


def _span_of(words: str) -> tuple[str, int] | None:
    """The months words name, as ("q", quarter) or ("m", count): "quý I" → ("q", 1), "sáu tháng" → ("m", 6)."""
    months, quarter = _MONTHS.search(words), QUARTER.search(words)
    if quarter:
        return "q", quarter_number(quarter)
    return ("m", {"sáu": 6, "chín": 9}.get(months.group(1).lower()) or int(months.group(1))) if months else None


def same_time_before(text: str, start: int, period: str) -> bool:
    """Whether what ends at `start` is a baseline naming the same months as `period` ("6 tháng" … "so với 6 tháng đầu
    năm 2021", "quý I" … "so với cùng kỳ năm 2021"): the same months of the year before, whose year is not the period's.
    A baseline naming other months ("6 tháng đầu năm" … "so với quý I.2022") is in the period's own year."""
    m = BASELINE.search(text, max(0, start - 40), start)
    if not m:
        return False
    words = text[m.start():start] + " " + text[start:start + 20]
    span = _span_of(words)
    return "cùng kỳ" in words.lower() or (span is not None and span == _span_of(period))


YEAR_NAMED = re.compile(r"năm \d{4}", re.IGNORECASE)  # a period that is a year alone ("năm 2016", "Năm 2016" opening a title)
SAME_TIME = r"cùng kỳ(?:\s+(?:quý|quí)\s+\w+)?"  # the same months of the year before ("cùng kỳ quý II năm 2016")
# (nor a plan's horizon or deadline: "quy hoạch chung đô thị đến năm 2035", "tầm nhìn đến năm 2045", "trước năm 2030")
# (nor a law's: "lấy ý kiến … vào Dự thảo sửa đổi Hiến pháp năm 1992", "Luật Đất đai năm 2013" name the text, not the time)
NOT_YEAR = re.compile(SAME_TIME + r"(?: năm)?\s*$|\(\s*năm\s*$|so với(?: (?:cuối|đầu))?(?: năm)?\s*$|\b(?:đến|tới|trước)(?:\s+năm)?\s*$"
                      r"|\b(?:Hiến pháp|(?-i:Luật)\s[^,.;:]{0,25}?)(?:\s+năm)?\s*$", re.IGNORECASE)


# A year whose own sentence sets its goals ("Năm 2022, Liên minh HTX đặt mục tiêu phấn đấu thành lập mới 60 tổ hợp tác",
# "Năm học 2023-2024, phòng Giáo dục … đã đề ra 14 nhiệm vụ trọng tâm",
# "Năm 2024 là năm thứ tư thực hiện Nghị quyết …", "năm 2021 sẽ tập trung …") is the plan's year, not the one reviewed.
PLANNED = re.compile(r"[^.;:!?\n]{0,60}?\b(?:đặt (?:ra )?mục tiêu|đề ra \d+ (?:nhiệm vụ|chỉ tiêu|nhóm)|(?<!nỗ lực )(?<!nổ lực )(?<!sự )(?<!đã )phấn đấu|là năm (?:thứ|cuối|đầu|diễn ra|tổ chức)|(?<!đã )sẽ|dự kiến)\b",
                      re.IGNORECASE)


def reviewed_periods(text: str) -> tuple[list[str], list[str], list[str]]:
    """Periods the text names as reviewed, in order; those named without "năm" ("6 tháng qua"); and
    the years it names only in passing."""
    out, bare, last, nxt = [], [], [], set()
    for m in REVIEWED.finditer(text):
        before = re.split(r"[.;!?]\s|\n", text[max(0, m.start() - 60): m.start()])[-1]  # its own sentence only
        span = m.group("y") or ""  # "tổng kết … nắm 2017 và đề ra phương hướng, nhiệm vụ năm 2018": after "và", the next period
        within = re.sub(r"(?i)năm\s+\d{4}$", "", span.rpartition(" và ")[2]) if " và " in span else ""
        if NEXT.search(before) or NEXT.search(within) or (m.group("p") or m.group("t") or m.group("f") or m.group("s")) and PLANNED.match(text, m.end()):
            if year := re.search(r"\d{4}$", m.group(0)):  # "… nhiệm vụ năm 2016": that year comes next
                nxt.add(year.group())
            continue
        if m.group("f") and NOT_YEAR.search(before):  # never "cùng kỳ năm 2022"
            continue
        if BASELINE.search(before):  # "So với 6 tháng đầu năm 2021, …": what the period is compared with
            continue
        value = m.group("e") or m.group(0)
        if m.group("y"):
            value = re.search(r"năm\s+\d{4}$", value, re.IGNORECASE).group(0)  # "tổng kết … Năm 2023"
        (last if m.group("f") else bare if m.group("r") or m.group("k") or m.group("e") else out).append(
            re.sub(r"(\d)\s*([-–])\s*(\d)", r"\1\2\3", " ".join(value.split())))
    # a year the text announces as the next one ("triển khai công tác giảm nghèo năm 2016") is not the one a
    # sentence opened by it reviews ("Trong năm 2016, huyện phấn đấu …"), where another year is named
    if any(v[-4:] not in nxt for v in out + last if YEAR_NAMED.fullmatch(v)):
        out = [v for v in out if not (YEAR_NAMED.fullmatch(v) and v[-4:] in nxt)]
        last = [v for v in last if v[-4:] not in nxt]
    return out, bare, last


# A review of a council's term, a programme's stage or a resolution's years names its span, not a year: "tổng kết hoạt
# động HĐND nhiệm kỳ 2016 - 2021", "sơ kết giai đoạn 2018 - 2020", "tổng kết 10 năm thực hiện Nghị quyết 26".
SPAN = re.compile(r"\b(?:sơ kết|tổng kết|đánh giá|nhìn lại)\s+(?:(?:(?!đại hội|phương hướng)[^.;:\n]){0,100}?\s)?"  # not a congress's term
                   # (nor the next term's plan: "tổng kết nhiệm kỳ cùng phương hướng hoạt động nhiệm kỳ 2025 – 2030")
                   r"(?P<span>(?:nhiệm kỳ|giai đoạn)\s+" + YEARS + r"|(?:\d{1,2}|hai|ba|năm|mười)\s+năm(?=\s+(?:thực hiện|triển khai|hoạt động|xây dựng)\b))",
                   re.IGNORECASE)

# A supervision or an inspection reviews the months between two dates: "từ tháng 1/2016 đến tháng 9/2018"; or the time
# since a date: "Từ năm 2021 đến nay", "từ tháng 9-2018 đến nay".
MONTH_OF_YEAR = r"tháng\s+\d{1,2}\s*[./-]\s*(?:19|20)\d\d"
RANGE = re.compile(r"\b(?P<span>từ\s+" + MONTH_OF_YEAR + r"\s+đến\s+(?:hết\s+)?" + MONTH_OF_YEAR
                    + r"|từ\s+(?:năm\s+(?:19|20)\d\d|" + MONTH_OF_YEAR + r")\s+(?:đến|tới)\s+nay)\b", re.IGNORECASE)
# A congress, or a board meeting late in its term, reviews the term that is ending, and reports name it so: "Trong
# nhiệm kỳ qua, Hội đã …", "Nhiệm kỳ vừa qua, …" (half a term, "nửa nhiệm kỳ vừa qua", is a mid-term review's).
PAST_TERM = re.compile(r"(?<!nửa )(?<!giữa )\bnhiệm kỳ (?:vừa )?qua\b", re.IGNORECASE)
# … or opens a sentence of the term's results with its span: "Nhiệm kỳ 2015 - 2020, Đảng bộ Cục Thuế tỉnh đã thực hiện …",
# "Giai đoạn 2022-2025, …, hoạt động của Đoàn Thanh niên Công an tỉnh đã đạt …" (the
# next term's plan opens the same way, with what it "tiếp tục" or "phấn đấu": never "đã")
DONE_TERM = re.compile(r"(?:(?m:^)|(?<=[.!?] ))(?:trong\s+)?(?P<span>(?:nhiệm kỳ|giai đoạn)\s+" + YEARS + r")\s*,(?=[^.;\n]{0,200}?\bđã\b)",
                       re.IGNORECASE)
# A mid-term review ("sơ kết giữa nhiệm kỳ …, nhiệm kỳ 2020 - 2025") reviews the first half of the term its sentence names.
MID_TERM = re.compile(r"\b(?:sơ kết|đánh giá)\s+giữa nhiệm kỳ\b[^.\n]{0,150}?(?P<years>" + YEARS + ")", re.IGNORECASE)
SO_FAR = re.compile(r"\btừ đầu năm (?:đến|tới) nay\b", re.IGNORECASE)  # the months of the year so far
# With no other period, a count of years opening a sentence ("Qua 5 năm, …", "Trong 10 năm, …") is the stage reviewed,
# and a cut-off date opening one ("Tính đến ngày 31/12/2021, …") the span reported, both as written.
COUNTED_YEARS = re.compile(r"(?:^|(?<=[.\n]))\s*(?:Qua|Trong|Sau)\s+(?P<span>(?:\d{1,2}|mười)\s+năm)\s*,", re.IGNORECASE | re.MULTILINE)
CUT_OFF = re.compile(r"(?:^|(?<=[.,\n]))\s*(?P<span>(?:[Tt]ính\s+)?đến\s+ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d\d)?)\s*,", re.MULTILINE)
YEARS_PAST = re.compile(r"(?<![\d,.])\b(?:5|05|năm|10|mười) năm qua\b", re.IGNORECASE)  # a stage's review counts back

# A crop season with its year ("vụ mùa 2019", "vụ lúa hè thu 2006", "vụ Đông Xuân 2018 - 2019", "đông xuân 2018 - 2019"):
# farming reviews are held per season, and the season is the period they review. "mùa" alone is a season only after "vụ".
SEASON = re.compile(r"(?:\b(?:vụ\s+)?lúa\s+|\bvụ\s+)?(?<!\w)(?:đông[\s-]+xuân|hè[\s-]+thu|thu[\s-]+đông|(?<=vụ )(?:mùa|chiêm(?:\s+xuân)?)|(?<=lúa )mùa)"
                    r"\s+(?:năm\s+)?(?:" + YEARS + r"|(?:19|20)\d\d)\b", re.IGNORECASE)


# A date as leads write it: "Sáng 5/7", "Chiều nay 14.4", "Sáng qua (2-1)", "ngày 01/10/2020", "ngày 30 tháng 12
# năm 2021"; a two-day meeting by its first day ("Trong 2 ngày 3 và 4/11", "ngày 27, 28 tháng 12"). A date
# needs one of these words before it, so a figure like "7/13" is never read as a date.
DATE = re.compile(r"\b(?:ngày|(?:sáng|chiều|tối|trưa)(?:\s+(?:nay|qua))?|hôm nay|hôm qua|hôm)\s*[,:]?\s*\(?\s*(?:ngày\s*)?"
                  r"(?P<d>\d{1,2})(?:\s*(?:,|và)\s*\d{1,2}(?=\s*(?:[/.-]\s*\d|tháng)))?\s*"
                  r"(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?"
                  r"|tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|/)\s*(?P<y2>\d{4}))?)(?!\d)", re.IGNORECASE)


def dmy(m: re.Match[str]) -> tuple[int, int, int | None]:
    """Day, month and year (None when not written) of a `DATE` match."""
    y = m.group("y") or m.group("y2")
    return int(m.group("d")), int(m.group("m") or m.group("m2")), int(y) if y else None


def held_month(lead: str) -> int | None:
    """The month of the meeting the lead dates; a document's date ("Kế hoạch số 103-KH/ĐUK, ngày 15/01/2024") is no
    meeting's."""
    held = next((m for m in DATE.finditer(lead) if not _DOCUMENT.search(lead, max(0, m.start() - 50), m.start())), None)
    return dmy(held)[1] if held else None


_NAMED_MONTH = re.compile(r"tháng\s+(\d{1,2})\b", re.IGNORECASE)


def named_month(period: str) -> int | None:
    """The month a period that is one month names ("tháng 8-2021" → 8), else None."""
    m = _NAMED_MONTH.match(period.strip())
    return int(m.group(1)) if m else None


def not_ended(period: str, month: int | None) -> bool:
    """Whether a quarter had not yet ended in the meeting's `month` (its first month or the month before): a meeting
    named by the quarter it is held in ("Ngày 17-10, … giao ban công tác Đảng quý IV năm 2012") reports the one
    before ("trong quý III …"); nor had a month begun in the two months before it ("Sáng 7-4, …" under a headline's
    "Tháng 6-2007, trao giải …": what is planned for June)."""
    q, named = QUARTER.search(period), named_month(period)
    if q and month:
        return month % 12 in (3 * quarter_number(q) - 3, 3 * quarter_number(q) - 2)
    return bool(named and month) and month % 12 in ((named - 1) % 12, (named - 2) % 12)


_DOCUMENT = re.compile(r"(?:\bsố\s*\d|(?i:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|thông báo))[^.;\n]{0,40}$")


# A report's paragraph opened by its year ("Năm 2017, Bưu điện tỉnh hoàn thành …", "Trong năm 2019, mặc dù …") tells
# the year it reports: the genre writes each year's results under it. Never a span ("Năm 2019 - 2020").
YEAR_OPENED = re.compile(r"(?:Trong |Qua )?[Nn]ăm ((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")
