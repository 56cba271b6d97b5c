"""Meeting metadata from general Vietnamese news conventions, and checks on a model's guesses.
The organisation lives in `pipeline.organization`, the chair in `pipeline.chair`, how a period is written in
`pipeline.period_words` and which year a yearless one is in in `pipeline.period_years`; this module chooses the period,
finds the date and puts the four together.

Conventions used (none tied to one article): the lead says "<Sáng/Chiều> ngày D/M[/YYYY], <tổ
chức> tổ chức hội nghị …"; the chair is named in the sentence with "chủ trì" after an honorific
("đồng chí", "ông", "bà", a rank) or after a title ("Chủ tịch UBND tỉnh Lê Văn A chủ trì");
the reviewed period is written "quý I/2024", "quý 1/2022", "9 tháng đầu năm 2020", "6 tháng
đầu năm". A model's value is kept only when the source supports it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from summarizer.models import ExtractedMeta, Meta
from summarizer.pipeline.chair import find_chair
from summarizer.pipeline.ingest import Document
from summarizer.pipeline.lead import host_paragraphs, lead_text
from summarizer.pipeline.organization import find_organization
from summarizer.pipeline.period_words import (
    ASSESSED,
    COUNTED_YEARS,
    CUT_OFF,
    DATE,
    DONE_TERM,
    MID_TERM,
    NEXT,
    NOT_YEAR,
    PAST_TERM,
    RANGE,
    REVIEWED,
    SEASON,
    SO_FAR,
    SPAN,
    YEAR_OPENED,
    YEARS_PAST,
    dmy,
    held_month,
    not_ended,
    reviewed_periods,
    same_time_before,
)
from summarizer.pipeline.period_years import (
    past_year,
    period_year,
    posted_year_of,
    with_year,
    year_hint,
    year_reported,
)
from summarizer.text import PERIOD, normalize

_TITLES = re.compile(
    r"^(?:đồng chí|đ/c|ông|bà|các đồng chí)\s+", re.IGNORECASE)


# A monthly meeting names its month: "họp định kỳ tháng 9", "giao ban tháng 3/2022", "giao ban báo chí tháng 10"
# (a field of up to three words between; "kỳ" is also written "kì", as "quý" is "quí").
# So does the review it holds: "họp thường kỳ để đánh giá (nghe báo cáo) tình hình thực hiện nhiệm vụ … tháng 7 và
# triển khai … tháng 8" (the month assessed is the one reviewed; never the month of a date "ngày 24 tháng 12").
_MONTH_NAMED = r"\s+tháng\s+(?P<month>\d{1,2})\b(?!\s*(?:đầu|cuối|tới|còn))"
_WITH_YEAR = r"(?:\s*(?P<sep>/|năm)\s*(?P<year>(?:19|20)\d\d))?"
_MONTHLY = re.compile(r"(?:(?:định k[ỳì]|thường k[ỳì](?:\s+(?!tháng)[^\s\d,.;:]+){0,6}?|giao ban(?: công tác)?(?:,?\s+(?!tháng)[^\s\d,.;:]+){0,7}?|thường lệ|lệ k[ỳì]|sơ kết(?: công tác)?|" + ASSESSED + r")"
                      + _MONTH_NAMED + r"|(?:định k[ỳì]|thường k[ỳì]|giao ban|thường lệ)\s+(?P<number>1[0-2]|0?[1-9])(?=\s*/\s*(?:19|20)\d\d\b(?!/)))"  # "họp thường kỳ 10/2020"
                      + _WITH_YEAR, re.IGNORECASE)
_ASSESSED_MONTH = re.compile(ASSESSED + _MONTH_NAMED + _WITH_YEAR, re.IGNORECASE)
# A monthly report opens on the month it reviews: "Trong tháng 10, các cơ quan báo chí … đã tập trung thông tin …"
# (a paragraph's first words), unless what follows is the month's plan ("Trong tháng 9, Chi bộ tiếp tục chỉ đạo …").
_OPENING_MONTH = re.compile(r"(?:^|\n)(?:Trong|Qua)\s+tháng\s+(?P<month>\d{1,2})" + _WITH_YEAR + r"\s*,(?P<rest>[^.\n]*)", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:tiếp tục|sẽ|cần|phấn đấu|dự kiến|tập trung chỉ đạo)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"tháng\s+\d{1,2}\s*(?:/|năm|-|\.)\s*((?:19|20)\d\d)", re.IGNORECASE)  # "tháng 2-2021" too


# A congress opens a term ("Đại hội … lần thứ VII, nhiệm kỳ 2025-2030") and reviews the one that ends as it starts,
# which its report names ("Nhiệm kỳ 2020 - 2025, Đảng bộ …", "Trong nhiệm kỳ VI (2007 - 2012), …").
_CONGRESS_TERM = re.compile(r"(?i:đại hội)[^.\n]{0,120}?\bnhiệm kỳ\s+(?P<start>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")


def _ended_term(head: str, body: str) -> str | None:
    """The term a congress's report reviews: the one named in the body that ends the year the new one starts."""
    if not (new := _CONGRESS_TERM.search(head)):
        return None
    terms = re.finditer(r"(?i)\bnhiệm kỳ\s+(?:[IVXLC]+\s*)?\(?\s*(?:19|20)\d\d\s*[-–]\s*" + new.group("start") + r"\b\)?", body)
    term = next((t for t in terms if not re.search(r"(?i)nghị quyết[^.,;:\n]{0,60}$", body[max(0, t.start() - 80):t.start()])), None)
    return " ".join(term.group(0).split()) if term else None  # not the resolution's name: "Nghị quyết Đại hội … nhiệm kỳ 2015-2020"


def _monthly_period(doc: Document, lead: str) -> str | None:
    """The month a monthly meeting reviews: the month its review assesses ("giao ban công tác tháng 8/2015" in the
    title, "đánh giá tình hình thực hiện nhiệm vụ tháng 7/2015 và triển khai nhiệm vụ … tháng 8/2015" in the lead:
    the meeting is held in August and reviews July), else the month it is named by."""
    m = _ASSESSED_MONTH.search(lead) or _MONTHLY.search(lead) or next(
        (o for o in _OPENING_MONTH.finditer(lead) if not _AHEAD.search(o.group("rest"))), None)
    if not m:
        return None
    month, sep, year = m.group("month") or m.groupdict().get("number"), m.group("sep"), m.group("year")
    if year:
        return f"tháng {month}/{year}" if sep == "/" else f"tháng {month} năm {year}"
    written = re.search(rf"tháng\s+{month}\s*(?:/|\.|năm)\s*(?:19|20)\d\d", lead, re.IGNORECASE)
    if written:  # "thường kỳ tháng 4" in the title, "Trong tháng 4/2021, …" in the lead: as written
        return " ".join(written.group(0).split())
    other = _MONTH_YEAR.search(lead)  # "… tháng 9 và triển khai … tháng 10/2016"
    year = other.group(1) if other else (str(doc.posted_date[0]) if doc.posted_date else _dated_year(lead, int(month)))
    return f"tháng {month} năm {year}" if year else f"tháng {month}"


def _dated_year(lead: str, month: int) -> str | None:
    """The year of the month reviewed from the meeting's full date ("Sáng ngày 01/10/2020, … giao ban … tháng
    9"): the same year, or the one before when the month is later than the meeting's (December met in January)."""
    dated = next((held for held in map(dmy, DATE.finditer(lead)) if held[2]), None)
    if not dated:
        return None
    return str(dated[2] - (1 if month > dated[1] else 0))


def find_period(doc: Document) -> str | None:
    """The reviewed period: the first one the title or lead names that is not announced as the next
    one ("triển khai nhiệm vụ 6 tháng cuối năm"), completed with its year where the article gives it.
    A word taken from a title set in capitals is written in lower case: the capitals are the
    title's typography, not the period's spelling ("9 THÁNG ĐẦU NĂM 2024" is "9 tháng đầu năm 2024",
    "QUÝ III" is "quý III")."""
    period = _first_half(doc, _reviewed_period(doc))
    return _WORD.sub(lambda m: m.group(0).lower() if _shouted(m.group(0)) else m.group(0), period) if period else None


_WORD = re.compile(r"[^\W\d_]{2,}")
_SECOND_HALF = re.compile(r"(?:6|06|sáu) tháng cuối năm(?:\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_FIRST_HALF = re.compile(r"\b(?:6|06|sáu) tháng đầu năm(?:\s+(?:19|20)\d\d)?", re.IGNORECASE)


def _first_half(doc: Document, period: str | None) -> str | None:
    """A mid-year meeting reviews the first half and sets the second's tasks ("ra nghị quyết … 6 tháng cuối năm 2020 …
    Trong 6 tháng đầu năm 2020, …"); the second half is reviewed at the year's end, when the first is no longer named.
    So where the article names both halves, the first is the reviewed one, with the second's year where it has none."""
    second = _SECOND_HALF.fullmatch(period or "")
    first = second and _FIRST_HALF.search(doc.source)
    if not first:
        return period
    named = " ".join(first.group(0).split())
    return named if re.search(r"\d{4}$", named) or not second.group("y") else with_year(named, int(second.group("y")))


def _shouted(word: str) -> bool:
    """A word in capitals that is not a Roman numeral ("QUÝ", not "III")."""
    return word.isupper() and not re.fullmatch(r"[IVX]+", word)


def _reviewed_period(doc: Document) -> str | None:
    # a hard-wrapped paragraph is one line; a line naming the guests is passed over ("Tới dự có đồng chí …")
    lead = "\n".join(" ".join(t.split()) for t in host_paragraphs(doc)[:3])
    title = doc.text_of(doc.title) if doc.title else ""
    monthly = _monthly_period(doc, "\n".join([title, lead]))
    if monthly:
        return monthly
    text = title + "\n" + lead
    span, named, mid = SPAN.search(text) or RANGE.search(text), REVIEWED.search(text), MID_TERM.search(text)
    if season := _season(text, (span, named, mid)):
        return season
    if mid and (not named or mid.start() <= named.start()):  # what the meeting reviews first
        return "giữa nhiệm kỳ " + " ".join(mid.group("years").split())
    if span and (not named or span.start("span") <= named.start()):  # the span is what the meeting reviews first
        past = PAST_TERM.search(text, 0, span.start("span"))  # unless a congress named its past term before it
        return past.group(0) if past else " ".join(span.group("span").split())
    found, bare, passing = reviewed_periods(text)
    # "6 tháng (qua)" only when nothing better; "… tháng cuối năm" is the next period more often than the reviewed one
    found = [v for v in found if "cuối năm" not in v.casefold()] + bare + [v for v in found if "cuối năm" in v.casefold()]
    term = DONE_TERM.search(text)  # a congress's "Nhiệm kỳ 2015 - 2020, Đảng bộ … đã …" tells the term it reviews
    done = " ".join(term.group("span").split()) if term else None
    if not found and passing and done:  # … which a year named in passing does not
        return done
    found += passing  # "tình hình thực hiện nhiệm vụ năm 2018": a year named in passing is the last resort
    if not found:  # "Từ đầu năm đến nay, …": the months of the year so far are the period, when no other is named;
        # so is a congress's "Trong nhiệm kỳ qua, …", and a stage's "5 năm qua, …" where no term's span is told
        if ended := _ended_term(text, text):  # the lead's own words first ("5 năm qua"), then the body's term
            return ended
        so_far = SO_FAR.search(text) or (None if done else YEARS_PAST.search(text)) or PAST_TERM.search(text)
        if so_far or done or (ended := _ended_term(text, "\n".join(doc.text_of(p) for p in doc.paragraphs))):
            return so_far.group(0) if so_far else done or ended
        counted = COUNTED_YEARS.search(text) or CUT_OFF.search(text)
        if counted:
            return " ".join(counted.group("span").split())
        opened = next((m for p in doc.paragraphs if (m := YEAR_OPENED.match(doc.text_of(p).strip()))), None)
        return f"năm {opened.group(1)}" if opened else past_year(doc, text)  # the year its paragraphs are written under
    held = held_month(text)  # the meeting's month, read once for every candidate
    first = next((v for v in found if not not_ended(v, held)), found[0])  # "giao ban … quý IV" held 17-10: quý III's
    if not re.search(r"\d{4}", first):
        q = re.sub(r"(?i)qu[íy]", "quý", first)
        body = "\n".join(doc.text_of(p) for p in doc.paragraphs)
        for m in PERIOD.finditer(body):  # "quí I" in the lead, "quý I/2024" further on (never a baseline's "so với quý I/2023")
            later = " ".join(m.group(1).split())
            if same_time_before(body, m.start(), first):
                continue
            if re.fullmatch(re.escape(q) + r"\s*(?:/|năm)?\s*\d{4}", re.sub(r"(?i)qu[íy]", "quý", later), re.I):
                return later
        months = re.fullmatch(r"(\d{1,2}|sáu|chín)\s+tháng(?:(?:\s+đầu)?\s+năm)?", first, re.I)
        for m in re.finditer(rf"\b{months.group(1)}\s+tháng(?:\s+đầu)?\s+năm\s+((?:19|20)\d\d)\b", body, re.I) if months else ():
            if not NOT_YEAR.search(body[max(0, m.start() - 20): m.start()]):  # "9 tháng" in the lead, "9 tháng năm 2024" further on
                return with_year(first, m.group(1))
        year, joiner = period_year(doc, "\n".join([title, body]), first)
        if year:  # "6 tháng đầu năm" + the year its companion period gives ("6 tháng cuối năm 2020")
            return with_year(first, year, joiner)
    return first


def _season(text: str, others: tuple[re.Match[str] | None, ...]) -> str | None:
    """A farming review's crop season: the one a "sơ kết/tổng kết" names, else the first not announced as the next
    ("triển khai sản xuất vụ hè thu") where it comes before any other period."""
    seasons = [m for m in SEASON.finditer(text) if not NEXT.search(text[max(0, m.start() - 80):m.start()])]
    reviewed = next((m for m in seasons if _SUMMED_UP.search(text, max(0, m.start() - 80), m.start())), None)
    first = seasons[0] if seasons and not any(m and m.start() < seasons[0].start() and not _UNTIL.search(text, 0, m.start())
                                              for m in others) else None  # "Tính đến trung tuần tháng 11/2019" is a date
    return " ".join(season.group(0).split()) if (season := reviewed or first) else None


_UNTIL = re.compile(r"\b(?:đến|tới)(?:\s+(?:trung tuần|hết|cuối|đầu|ngày))?\s*$", re.IGNORECASE)
_SUMMED_UP = re.compile(r"\b(?:sơ kết|tổng kết)\b[^.;\n]{0,60}$", re.IGNORECASE)


# Periods whose review is held at the turn of the year: the whole year, its last quarter or months.
_YEAR_END = re.compile(r"^(?:năm\s+(?:19|20)\d\d|qu[ýí]\s*(?:IV|4)\b|\d+\s+tháng\s+cuối\s+năm|tháng\s+12\b)", re.IGNORECASE)


def find_meeting_date(doc: Document, period: str | None = None) -> str | None:
    """The lead's meeting date. A missing year comes from the posting date (the page is posted on
    or after the meeting) when that agrees with the reviewed period's year or the next, else from
    `period` (found once by the caller): a year-end review held by April is the next year's."""
    if period is None:
        period = find_period(doc)
    hint = year_hint(doc, period)
    for m in DATE.finditer(lead_text(doc, 2)):
        d, mo, y = dmy(m)
        posted = posted_year_of(doc, mo, d)
        # the posting date places the day in its year, unless it is far from the period's (a stamp of a later update)
        year = y or (posted if posted and (hint is None or posted in (hint, hint + 1)) else hint)
        if year is None:
            continue
        if not y and not doc.posted_date and mo <= 4 and _YEAR_END.search(period or "") and str(year) in (period or ""):
            year += 1  # "Chiều 12/1, … tổng kết công tác năm 2020": a year-end review held early the next year
        try:
            return date(year, mo, d).isoformat()
        except ValueError:
            continue
    return None


_LAST: tuple[Document, Meta] | None = None  # the last article read and its metadata


def rules_meta(doc: Document) -> Meta:
    """The metadata the rules read from the article. Kept for the last article (by identity: a Document is not changed
    after ingest), since both the rules' extraction and the reconciling of every strategy's guesses ask for it and
    reading the organisation is the costliest part of the rules (about a tenth of a summary's time)."""
    global _LAST
    last = _LAST  # one read: another thread may set it meanwhile, which is only a miss
    if last is not None and last[0] is doc:
        return last[1].model_copy(deep=True)  # each caller its own copy, free to change
    meta = _read_meta(doc)
    _LAST = (doc, meta.model_copy(deep=True))
    return meta


def _read_meta(doc: Document) -> Meta:
    period = find_period(doc)
    held = find_meeting_date(doc, period)
    return Meta(organization=find_organization(doc), meeting_date=held,
                period=with_written_year(doc, with_meeting_year(period, held)), chair=find_chair(doc))


_YEARLESS = re.compile(r"(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?|qu[ýí]\s+(?:[IV]+|\d)|tháng\s+\d{1,2}",
                       re.IGNORECASE)


def with_meeting_year(period: str | None, held: str | None) -> str | None:
    """A period written without its year ("6 tháng đầu năm", "quý I", "tháng 8") takes the meeting's: a review is
    held at its period's end or soon after, December's and a fourth quarter's in the January after."""
    if not (period and held and _YEARLESS.fullmatch(period.strip())):
        return period
    return with_year(period.strip(), year_reported(period, int(held[:4]), int(held[5:7]), months=True))


def with_written_year(doc: Document, period: str | None) -> str | None:
    """A period still without its year takes the one the article writes the same period with further on ("6 tháng
    đầu năm" in the lead, "Trong 6 tháng 2022, toàn huyện …" in the report): one period, written once in full."""
    months = re.fullmatch(r"(\d{1,2})\s+tháng(?:\s+đầu)?(?:\s+năm)?", period.strip(), re.IGNORECASE) if period else None
    if not months:
        return period
    written = {m.group(1) for m in re.finditer(rf"(?<![\d/]){months.group(1)}\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*(?:/\s*)?"
                                                r"((?:19|20)\d\d)\b", doc.source, re.IGNORECASE) if not same_time_before(doc.source, m.start(), period)}
    return with_year(period.strip(), int(written.pop()), " năm ") if len(written) == 1 else period


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
