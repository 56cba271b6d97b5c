"""Ingest: bytes → NFC text → kept content paragraphs, each a span of the NFC source.

Offsets everywhere in the tool refer to `Document.source`, the article file's own text after NFC,
so a quote can be checked against the file by anyone. Cleaning never rewrites text: it only
decides which paragraphs (lines) are content. What it drops (web boilerplate, photo captions,
bylines, a second pasted copy) is kept in `removed` with the reason, for audit and the HTML view.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from summarizer.errors import InputError
from summarizer.pipeline.lines import TERMINAL, heads_list, is_list_item, logical_lines
from summarizer.text import LIST_MARKER, nfc, normalize

MAX_BYTES = 20_000_000

# Web furniture that is never article content: ratings, comment forms, their character counters and
# prompts and rules ("Bạn còn 500/500 ký tự", "Tối thiểu 10 chữ Tiếng việt có dấu", "… Xin hãy đợi / 60 giây nữa."),
# a mobile site's "switch to desktop version" prompt, a "<Báo> trên Google News" follow link, "other news",
# posting stamps, a language menu ("Tiếng Việt | English"), a comment link (even glued to the credit line: "Trung tâm VHTT-TT huyện XXem phản hồi"), view counters, keyword lists, link boxes, a portal's footer (its name, licence,
# managing office, address, phone, e-mail, copyright), a government portal's page labels ("Xuất bản thông
# tin", "Chi tiết bài viết Tin tức" above the headline) and page tools ("Chế độ ban đêm In trang Xuất PDF", text-size buttons "-A A +A", "+ aa -"), a photo gallery's header ("Dưới đây là một số
# hình ảnh tại Hội nghị."). A rating is "Đánh giá" with a colon, a score or nothing after it: "Đánh giá chung, …" opens a content paragraph and must stay. A view counter is a
# short line: "Các trang mạng xã hội … thu hút hàng trăm triệu lượt xem" is a broadcaster's result. So is a visitor counter ("Truy cập hiện tại", "Đang có 151 khách và không
# thành viên đang online", "Đang truy cập: 6406", a portal's "Thống kê truy cập" box of "Online 7", "Hôm nay 3023", "Tổng 1.549.654": a label and a number, nothing else),
# and its calendar box ("Lịch làm việc", "›› Chọn ngày để xem lịch", "Tải lịch tuần").
_BOILERPLATE = re.compile(
    r"""^(?:[*•]\s*)?(?:  # a page may star its furniture ("* Mời quý độc giả theo dõi …")
        đánh\s+giá\s*(?::|(?=[\d★☆*(])|$)\s*(?:\S+\s+){0,5}\S*$ | .*lượt\s+đánh\s+giá.* | bình\s+luận\s*:?$ | .*mã\s+xác\s+thực.* |
        liên\s+kết\s+website.* | các\s+tin\s+(?:khác|đã\s+đưa|cùng\s+chuyên\s+mục).* | bài\s+viết\s+liên\s+quan.* |
        từ\s+khóa(?:\s+bài\s+viết)?\s*:.* | tags?\s*:.* | .*đăng\s+lúc\s*:?.* | ngày\s+đăng\b.* |
        (?=.{0,100}$).*\b(?:view\s+count|lượt\s+xem|số\s+lượt\s+xem)\b.* | chia\s+sẻ\s*:?$ | in\s+bài\s+viết$ |  # a view counter is short
        truy\s+cập\s+hiện\s+tại$ | đang\s+có\s+\d+\s+khách\b.{0,40}$ | (?:đang\s+truy\s+cập|(?:tổng\s+)?(?:số\s+)?lượt\s+truy\s+cập|đang\s+online)\s*:?\s*[\d.,]*$ | thống\s+kê\s+truy\s+cập$ | lịch\s+(?:làm\s+việc|công\s+tác)$ | .{0,4}chọn\s+ngày\s+để\s+xem\s+lịch$ | tải\s+lịch\s+tuần$ | (?:số\s+lượng\s+(?:và\s+)?)?lượt\s+người\s+truy\s+cập$ | (?:online|hôm\s+nay|hôm\s+qua|tuần\s+này|tuần\s+trước|tháng\s+này|tháng\s+trước|tổng)\s*:?\s*[\d.,]+$ |
        (?:gửi|in|chia\s+sẻ|quay\s+lại|về\s+đầu\s+trang)(?:\s*\|\s*\w+)*$ | [-–—•*|]+$ |
        cập\s+nhật\b.{0,40}\d{1,2}:\d{2}.* | \(?GMT\s*[+-]\s*\d+\)?$ | (?:site\s+)?banner$ | xem\s+với\s+cỡ\s+chữ.* |
        skip\s+to\s+(?:main\s+)?content$ | (?:tiếng\s+việt|english|vietnamese)(?:\s*\|\s*(?:tiếng\s+việt|english|vietnamese))+$ | responsive\s+image$ | (?:hình|ảnh)\s+\d{1,2}$ |
        (?:(?:chế\s+độ\s+ban\s+đêm|in\s+trang|xuất\s+pdf|đọc\s+nội\s+dung|nghe\s+đọc\s+bài)\s*)+$ | (?=.*[-+]|.*a\s+[-+]?a)[-+\s]*a{1,2}(?:[-+\s]+a{1,2}){0,3}[-+\s]*$ |
        xuất\s+bản\s+thông\s+tin$ | chi\s+tiết\s+bài\s+viết(?:\s+tin\s+tức)?$ |
        .*(?:ý\s+kiến\s+(?:của\s+)?bạn\s+đọc|gõ\s+tiếng\s+việt\s+có\s+dấu|file\s+đính\s+kèm|đính\s+kèm\s+file).* |
        (?:viết|gửi|xem\s+thêm)\s+bình\s+luận(?:\s+mới)?\s*$ | .*(?:xem|gửi|viết)\s+(?:phản\s+hồi|ý\s+kiến)\s*$ | bạn\s+không\s+thể\s+gửi\s+bình\s+luận.* | \d+\s+giây\s+nữa\.?$ |
        .*(?:email\s+của\s+bạn\s+sẽ\s+không\s+được\s+(?:hiển\s+thị|công\s+bố)|các\s+trường\s+bắt\s+buộc\s+được\s+đánh\s+dấu).* |
        bạn\s+(?:còn|vui\s+lòng\s+nhập|đã\s+nhập).{0,30}\bký\s+tự.* | tối\s+thiểu\s+\d+\s+(?:chữ|ký\s+tự)\b.* | (?:bạn\s+)?vui\s+lòng\s+(?:nhập|điền|chọn).{0,60}$ | .*\bswitch\s+to\s+(?:desktop|mobile)\s+version.* | .*\btrên\s+google\s+news$ |
        (?:trang\s+web|website|cổng\s+thông\s+tin\s+điện\s+tử)(?:\s+[^\s\d.]+){1,8}$ |
        (?:số\s+)?giấy\s+phép\s+(?:số|theo|xuất\s+bản|hoạt\s+động|thiết\s+lập).* |
        (?:đơn\s+vị\s+quản\s+lý|cơ\s+quan\s+chủ\s+quản|chịu\s+trách\s+nhiệm(?:\s+\w+){0,2}|điện\s+thoại(?:\s*-\s*fax)?|địa\s+chỉ|e-?mail)\s*:.* |
        (?:bản\s+quyền|copyright|©).* |
        mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|quý\s+vị)\s+(?:theo\s+dõi|xem|đón\s+xem).* | .{1,80}\b\d+\s+(?:phút|giờ)\s+trước$ |
        nguồn\s*:\s*\S+(?:\s+\S+){0,5}$ | .{1,60}[-–]\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật),?\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}.{0,30}$ |
        (?:dưới\s+đây\s+là\s+|sau\s+đây\s+là\s+)?(?:một\s+số\s+)?(?:hình\s+)?ảnh\s+(?:tại|của|về|trong)\s+(?:hội\s+nghị|kỳ\s+họp|buổi|lễ|chương\s+trình)[^.]{0,40}[.:]?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The header of a page's related-news box, comment form or poll (furniture itself): the article has ended,
# what follows is other articles' headlines, readers' comments, a poll, a weather box.
_RELATED = re.compile(r"^(?:các\s+(?:bản\s+)?tin\s+(?:khác|đã\s+đưa|cùng\s+chuyên\s+mục)|tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|mới\s+nhất)"
                      r"|bài\s+viết\s+(?:liên\s+quan|khác)|xem\s+thêm(?:\s+tin\s+tức)?"
                      r"|(?:viết|gửi)\s+bình\s+luận(?:\s+mới)?|bình\s+luận\s+của\s+bạn|thăm\s+dò\s+ý\s+kiến"
                      r"|trả\s+lời|để\s+lại\s+(?:một\s+)?bình\s+luận)\s*:?$", re.IGNORECASE)
RELATED_MIN = 2  # headlines in a trailing link list
# A stored page's month stamp before its lead ("date 2020-06 Trong 6 tháng …"): the posting month
# (day 0: unknown). The line stays content; the stamp itself is dropped from item texts as filler.
_STORED_STAMP = re.compile(r"^date\s+((?:19|20)\d\d)-(\d\d)\b")
# A line that is only a (week)day and date/time stamp: the page's posting date.
_DATELINE = re.compile(
    r"^(?:(?:ngày\s+)?(?:cập nhật(?: lúc)?|đăng|đăng ngày|ngày đăng|post date)\s*:?\s*)?"  # a portal's "Cập nhật:24/07/2019 9:16:52 SA", "Cập nhật lúc 08:33, …"; "… | Lượt xem: 98" (its view count, print button)
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?\s*[,|-]?\s*)?"  # "08:37, Thứ Tư, 12/12/2018 (GMT+7)", "04:46 02/01/2024"
    r"(?:thứ\s+(?:\d|hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)?[\s,]*(?:ngày\s+)?"
    r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?(?:\s+\d{1,7})?)?(?:\s*[(\[]?GMT\s*[+-]\s*\d+[)\]]?)?(?:\s+A[-+]?){0,3}(?:\s*\|?\s*Lượt xem:?\s*\d*(?:\s*lượt)?\.?)?(?:\s*\|?\s*In bài viết)?\s*\|?\s*$",  # "…, 18:50 [GMT+7]", "… 03:41 GMT+7", "14/03/2023 08:57    113" (views), "… [GMT +7] A A" (text-size buttons)
    re.IGNORECASE,
)
_DATELINE_WORDS = re.compile(r"^(?:thứ\s+\S+,?\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$", re.IGNORECASE)  # in words
_INNER_SENTENCE = re.compile(r"\w[.!?]\s+[A-ZĐÀ-Ỹ]")
# A photo credit marks a caption even when the line ends in ")" or ".": "Quang cảnh hội nghị (Ảnh: T.N)",
# "Ảnh: Quang cảnh hội nghị", "Tin, ảnh: Minh Thư".
_PHOTO = re.compile(r"^(?:(?:tin|bài)\s*(?:,|và)?\s*)?ảnh\s*:|\(\s*(?:(?:tin|bài)\s*(?:,|và)?\s*)?ảnh\s*:[^()]*\)[\s.]*$"
                    r"|[.\s]ảnh\s*:\s*[^.\s][^:]{0,30}$|\s[-–]\s*(?:ảnh|anh)\s+\d{1,2}\.?$|\s[-–]\s*ảnh\s+\d{1,2}\s+(?=[A-ZĐÀ-Ỹ])",
                    re.IGNORECASE)  # "… xuất sắc. Ảnh: Q.H", "… đoàn viên - Ảnh 1.", a photo's alt text "… - Anh 1" or "… - ảnh 1 Các đại biểu …"
# "… tăng 195,1% so cùng kỳ. Trong ảnh, du khách …": a caption that says so, even a long one.
_IN_PHOTO = re.compile(r"(?:^|\.\s+)trong\s+ảnh\s*[,:]", re.IGNORECASE)
# "Quang cảnh hội nghị lần thứ 6 …." describes the photo above it, with or without a final stop.
_VIEW = re.compile(r"^(?:toàn|quang)\s+cảnh\b", re.IGNORECASE)
# What a caption, byline or page tag *is* (an unpunctuated line is content unless it is one of these):
# a scene ("Quang cảnh hội nghị", "Các đại biểu dự kỳ họp", "Đồng chí X phát biểu tại hội nghị"),
# a byline ("Tin bài Hà Huy", "Thực hiện: Hải Yến", "Ban Biên tập Trang TTĐT phường", "Tác giả: Hải Yến –
# Văn phòng Đảng ủy", "Thanh Nga - Trung tâm Văn hóa huyện"), a label
# too short to state a result (a name, an office, "Tin nóng"), a lower-case section tag, a line in
# capitals (a headline or a name). A list item ("- …", "1. …") or a heading ("Kết quả đạt được:")
# is never one of them.
_SCENE = re.compile(
    r"^(?:toàn\s+cảnh|quang\s+cảnh|(?:các\s+)?đại\s+biểu|đồng\s+chí|lãnh\s+đạo)\b"
    r"|\b(?:phát\s+biểu|trao|tặng|chụp\s+ảnh|(?:tham\s+)?dự|thảo\s+luận|chủ\s+trì|biểu\s+quyết|khai\s+mạc|bế\s+mạc)\b"
    r".*\b(?:tại|hội\s+nghị|kỳ\s+họp|buổi)\b",
    re.IGNORECASE,
)
# A line that only names the event ("Hội nghị Ban Chấp hành Đảng bộ … tháng 8/2022"): a headline or
# a photo caption. A statement about the meeting has a verb: "Hội nghị đã thống nhất …".
_EVENT = re.compile(r"^(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|buổi\s+(?:làm\s+việc|lễ)|lễ)\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:đã|được|sẽ|thống\s+nhất|thông\s+qua|quyết\s+nghị|biểu\s+quyết|đề\s+ra|nghe|"
                         r"đánh\s+giá|kết\s+luận|yêu\s+cầu|giao|đạt)\b", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:(?:tin|bài)(?:\s*(?:,|và)?\s*(?:bài|ảnh))?\s*:?\s+\S|(?:thực\s+hiện|nguồn|theo|tác\s+giả|ctv|pv|btv)\s*:)"
    r"|^(?:ctv|pv)\s+[A-ZĐÀ-Ỹ]"
    r"|^(?:ban\s+biên\s+tập|bbt)\b[^.:;]{0,50}\.?$"  # the portal's editorial-board credit: "Ban Biên tập Trang TTĐT xã."
    r"|^(?:[A-ZĐÀ-Ỹ]\w*\s+){1,4}[A-ZĐÀ-Ỹ]\w*\s*[-–]\s+\S"
    r"|^(?:[A-ZĐÀ-Ỹ]\w*\s+){1,4}[A-ZĐÀ-Ỹ]\w*\s*\([^()]{2,60}\)$",  # "Thanh Nguyên (Trung tâm VH-TT-TT …)"
    re.IGNORECASE,
)
_BYLINE_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ]\w*\s+){1,4}[A-ZĐÀ-Ỹ]\w*$")  # case-sensitive: every word capitalised
LABEL_MAX_WORDS = 7
BYLINE_MAX_WORDS = 12  # a byline is a byline even when it ends in ")" ("CTV Phương Lộc (Huyện Ia Grai)")
CAPTION_MAX_WORDS = 30
DUP_MIN_CHARS = 40


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    reason: str = ""


@dataclass
class Document:
    """An article: the NFC source plus which spans are its title and content paragraphs."""

    name: str
    source: str
    title: Span | None
    paragraphs: list[Span]
    removed: list[Span] = field(default_factory=list)
    posted_date: tuple[int, int, int] | None = None  # (year, month, day) of the page stamp; day 0: unknown

    def text_of(self, span: Span) -> str:
        return self.source[span.start : span.end]

    @property
    def heading(self) -> str:
        """Title, or the first content sentence-ish line: context for every chunk."""
        if self.title:
            return self.text_of(self.title)
        return self.text_of(self.paragraphs[0])[:300] if self.paragraphs else ""

    @property
    def clean_text(self) -> str:
        return "\n\n".join(self.text_of(p) for p in self.paragraphs)

    def offset_map(self) -> list[tuple[int, int, int]]:
        """(clean_start, source_start, length) per paragraph of `clean_text`."""
        out, pos = [], 0
        for p in self.paragraphs:
            out.append((pos, p.start, p.end - p.start))
            pos += p.end - p.start + 2
        return out

    def to_source(self, clean_offset: int) -> int:
        for cstart, sstart, length in self.offset_map():
            if cstart <= clean_offset <= cstart + length:
                return sstart + clean_offset - cstart
        raise ValueError(f"offset {clean_offset} falls between paragraphs")


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    _SKIP = {"script", "style", "noscript", "head", "nav", "footer", "form"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._lists: list[list] = []  # open <ul>/<ol>: [tag, items so far]
        self._marker = ""  # the list marker owed to the next text of an <li>
        self._cells = 0  # cells of the open table row so far

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
            return
        if tag in ("ul", "ol"):
            start = dict(attrs).get("start") if tag == "ol" else None
            self._lists.append([tag, int(start) - 1 if start and start.isdigit() else 0])
        elif tag == "li":  # an item is written as a text list would write it: "- …" or "1. …"
            kind = self._lists[-1] if self._lists else ["ul", 0]
            kind[1] += 1
            self._marker = f"{kind[1]}. " if kind[0] == "ol" else "- "
        elif tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):  # a row's cells are kept apart, never glued ("Thu ngân sách | 95%")
            self._cells += 1
            if self._cells > 1:
                self.parts.append(" | ")
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._marker and data.strip():
            if not LIST_MARKER.match(data.lstrip()):  # an item that writes its own marker keeps it
                self.parts.append(self._marker)
            self._marker = ""
            data = data.lstrip()
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n"))
    return html.unescape("\n".join(ln for ln in lines if ln))


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not an article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); save it as UTF-8"
        ) from None
    return text


def read_article(path: str | Path) -> Document:
    """Read an article file. Text passed where a path belongs, and any error the file system
    raises, become one InputError line, never an OSError traceback."""
    if isinstance(path, str) and ("\n" in path or len(path) > 1024):
        raise InputError(f"{_shown(path)}: looks like article text, not a file name; "
                         "pass text to summarize_text() instead")
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size} bytes is too large for one article")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{_shown(str(p))}: cannot be read ({e.strerror or e})") from None
    text = decode(data, p.name)
    if p.suffix.lower() in {".html", ".htm"}:
        text = html_to_text(text)
    return parse(text, p.name)


def _shown(name: str) -> str:
    """A file name as one short line for an error message."""
    one = " ".join(name.split())
    return one if len(one) <= 80 else one[:77] + "…"


def _slogan(line: str) -> bool:
    """A portal's slogan banner: a line all in capitals that ends in "!" ("TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN RA
    SỨC THI ĐUA …!", "NHIỆT LIỆT CHÀO MỪNG …!"); a headline in capitals ends without one."""
    return line.endswith("!") and len(line.split()) >= 4 and line == line.upper()


def _unpunctuated(line: str) -> bool:
    """Short line with no sentence-final punctuation (a title, or a caption, byline or tag)."""
    if TERMINAL.search(line) or len(line.split()) > CAPTION_MAX_WORDS:
        return False
    return not _INNER_SENTENCE.search(line)  # "…quý 1. Triển khai…" is prose missing its final stop


def _looks_like_caption(line: str) -> bool:
    """An unpunctuated line that is a photo caption, byline or page tag by what it says."""
    if not _unpunctuated(line) or is_list_item(line):
        return False
    words = line.split()
    letters = [ch for ch in line if ch.isalpha()]
    if _SCENE.search(line) or _BYLINE.search(line) or _BYLINE_NAME.match(line):
        return True
    if _EVENT.match(line) and not _EVENT_VERB.search(line):
        return True
    if not line[0].isupper() or (letters and all(ch.isupper() for ch in letters)):
        return True  # a lower-case section tag ("đảng - đoàn thể"), a headline or name in capitals
    return len(words) <= LABEL_MAX_WORDS and not any(ch.isdigit() for ch in line)


def _trailing_links(source: str, kept: list[Span]) -> list[Span]:
    """A page's unheaded link list: a run of unpunctuated list lines that ends the page after prose
    that ends its sentence (a real list follows its lead-in or heading, with its colon or without:
    "Nhiệm vụ trọng tâm quý IV", "Bên cạnh đó vẫn còn một số hạn chế")."""
    lines = [source[span.start:span.end] for span in kept]
    n = 0
    while n < len(lines) and is_list_item(lines[-1 - n]) and not TERMINAL.search(lines[-1 - n]):
        n += 1
    if n < RELATED_MIN or n == len(lines):
        return []
    before = lines[-1 - n]
    return [] if before.rstrip().endswith(":") or not TERMINAL.search(before) or is_list_item(before) else kept[-n:]


def _kicker(source: str, first: Span, second: Span) -> bool:
    """A headline set on two lines, its subject first ("Cụm thi đua phía Bắc:" above "Huy động 17.500
    ngày công …"): the genre's "<cơ quan>: <việc>" headline broken at its colon."""
    head, rest = source[first.start:first.end], source[second.start:second.end]
    return (head.endswith(":") and _unpunctuated(head[:-1]) and head[:1].isupper() and not is_list_item(head)
            and _unpunctuated(rest) and rest[:1].isupper() and not is_list_item(rest))


_LINKS = re.compile(r"^(?:tin|bài\s+viết)\s+liên\s+quan|^xem\s+thêm", re.IGNORECASE)
RESUME_MIN_WORDS, RESUME_MIN_PARAGRAPHS = 20, 2


def _resumes(source: str, lines: list[tuple[int, int]], at: int) -> int:
    """Where the article goes on after a "Tin liên quan" box set inside it (-1 if it does not): the first of
    at least two full paragraphs after the box's short headline lines. A box of comments, a poll or "other
    news" at the page's foot is never followed by the article."""
    if not _LINKS.match(source[lines[at][0]:lines[at][1]].strip()):
        return -1
    full = [i for i, (a, b) in enumerate(lines[at + 1:], at + 1)
            if len(source[a:b].split()) >= RESUME_MIN_WORDS and source[a:b].rstrip()[-1:] in ".:;"]
    return full[0] if len(full) >= RESUME_MIN_PARAGRAPHS else -1


def parse(text: str, name: str = "article") -> Document:
    source = nfc(text)
    if "\x00" in source:
        raise InputError(f"{name}: looks like a binary file, not an article text")
    title: Span | None = None
    kept: list[Span] = []
    removed: list[Span] = []
    seen_norm: list[str] = []
    posted: tuple[int, int, int] | None = None
    related_box, resume_at = False, -1
    lines = logical_lines(source)
    for i, (start, end) in enumerate(lines):
        raw = source[start:end]
        lead = len(raw) - len(raw.lstrip())
        line = raw.strip()
        span = Span(start + lead, start + lead + len(line))
        d = _DATELINE.match(line) or _DATELINE_WORDS.match(line)
        if d:
            posted = posted or (int(d.group(3)), *sorted((int(d.group(2)), int(d.group(1))), key=lambda v: v > 12))  # "5/31/2018": month first
            removed.append(Span(span.start, span.end, "dateline"))
            continue
        norm = normalize(line)
        related_box = related_box and i != resume_at  # a link box set inside the article: the article goes on
        if related_box and norm not in seen_norm:  # a pasted second copy of the article is still a duplicate
            removed.append(Span(span.start, span.end, "related"))
            continue
        header = bool(_RELATED.match(line))
        if header and kept and not related_box:  # the article has ended and links follow, unless it goes on after them
            related_box, resume_at = True, _resumes(source, lines, i)
        if header or _BOILERPLATE.match(line) or not any(ch.isalpha() for ch in line) or _slogan(line):  # "0351 3588 588"
            removed.append(Span(span.start, span.end, "boilerplate"))
            continue
        if ((_PHOTO.search(line) or _VIEW.match(line)) and len(line.split()) <= CAPTION_MAX_WORDS
                or _IN_PHOTO.search(line) and len(line.split()) <= 2 * CAPTION_MAX_WORDS):
            removed.append(Span(span.start, span.end, "caption"))
            continue
        if title is None and not kept and _unpunctuated(re.sub(r"\s*\([^()]{1,30}\)$", "", line)) \
                and (line[0].isupper() or line[0].isdigit()) and not is_list_item(line):  # "(mở rộng)", "6 tháng …"
            title = span
            seen_norm.append(norm)
            continue
        if norm in seen_norm or (len(norm) >= DUP_MIN_CHARS and any(norm in s for s in seen_norm)):
            removed.append(Span(span.start, span.end, "duplicate"))
            continue
        # a short line right above a list (two list lines or more) is its heading, not a caption ("Nhiệm vụ trọng tâm quý IV")
        if (_looks_like_caption(line) and not heads_list(source, end, 2)) or (_BYLINE.search(line) and len(line.split()) <= BYLINE_MAX_WORDS):
            removed.append(Span(span.start, span.end, "caption"))
            continue
        stamp = _STORED_STAMP.match(line)
        if stamp and not kept:
            posted = posted or (int(stamp.group(1)), int(stamp.group(2)), 0)
            skip = stamp.end() + len(line[stamp.end():]) - len(line[stamp.end():].lstrip())
            if skip < len(line):  # the stamp is no part of the lead: "date 2024-12 Kỳ họp diễn ra …" opens with "Kỳ họp"
                span = Span(span.start + skip, span.end)
        kept.append(span)
        seen_norm.append(norm)
    if title is None and len(kept) >= 2 and _kicker(source, kept[0], kept[1]):
        title, kept = Span(kept[0].start, kept[1].end), kept[2:]  # "Cụm thi đua phía Bắc:" / "Huy động 17.500 …"
    related = _trailing_links(source, kept)
    if related:
        kept = kept[:-len(related)]
        removed += [Span(r.start, r.end, "related") for r in related]
    if not kept:
        raise InputError(f"{name}: no article text found after removing page boilerplate")
    return Document(name=name, source=source, title=title, paragraphs=kept, removed=removed,
                    posted_date=posted)
