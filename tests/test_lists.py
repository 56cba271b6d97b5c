"""List-formatted reports: "- …", "+ …", "1. …", "a) …", "II. …" lines and HTML <li> are content.

The three articles under tests/data/ are SYNTHETIC (written for these tests, not part of evals/): a
plain-text report with "Kết quả đạt được:" / "Tồn tại, hạn chế:" / "Nhiệm vụ quý IV:" headings
over bullet lines without final full stops, an HTML page with <ul>/<ol> lists and a numbered
"1. … 2. …" block, and a report whose lists follow lead-ins without their colon ("Bên cạnh đó vẫn
còn một số hạn chế") and all-caps "I. KẾT QUẢ ĐẠT ĐƯỢC" headings, with a related-news box after it. Every item must come out, its marker left out of the text, its quote and
offsets indexing the source, in the category its heading gives it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.api import summarize
from summarizer.config import Options
from summarizer.pipeline.chunk import split_sentences
from summarizer.pipeline.ingest import html_to_text, parse, read_article
from summarizer.pipeline.lines import is_list_item
from summarizer.text import strip_list_marker

DATA = Path(__file__).parent / "data"
TXT = DATA / "synthetic_list_report.txt"
HTML = DATA / "synthetic_list_report.html"
LEADINS = DATA / "synthetic_list_leadins.txt"

EXPECTED = {
    TXT: {
        "achievements": [
            "Thu ngân sách trên địa bàn đạt 58,3% dự toán huyện giao",
            "Tổng giá trị sản xuất nông nghiệp ước đạt 1.250 triệu đồng, tăng 6,2% so với cùng kỳ",
            "Có 7/13 ấp được công nhận đạt chuẩn ấp văn hóa",
            "Giải quyết việc làm cho 215 lao động, trong đó 48 lao động đi làm việc ở nước ngoài",
            "Kết nạp 12 đảng viên mới, đạt 100% chỉ tiêu năm",
        ],
        "shortcomings": [
            "Tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 41,5% kế hoạch",
            "Công tác thu hồi nợ đọng thuế chưa đạt yêu cầu, còn 320 triệu đồng chưa thu được",
        ],
        "tasks": [
            "Tập trung thu ngân sách, phấn đấu đạt 100% dự toán năm 2024",
            "Hoàn thành đại hội 13 chi bộ trực thuộc nhiệm kỳ 2025-2027 trước ngày 31/12/2024",
        ],
    },
    HTML: {
        "achievements": [
            "Thu ngân sách đạt 62,4% dự toán năm",
            "Cấp 1.180 giấy chứng nhận quyền sử dụng đất, tăng 15% so với cùng kỳ",
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,2%",
        ],
        "shortcomings": [
            "Tình trạng lấn chiếm vỉa hè còn diễn ra ở 4/9 khu phố",
            "Việc thu phí vệ sinh môi trường chưa đạt kế hoạch, mới thu được 37,5%",
        ],
        "tasks": [
            "Đẩy mạnh thu ngân sách, phấn đấu hoàn thành 100% dự toán năm 2024",
            "Ra quân xử lý lấn chiếm vỉa hè trên 9 tuyến đường trước ngày 30/9/2024",
            "Rà soát, hoàn thiện hồ sơ 25 hộ cận nghèo trước ngày 15/7/2024",
            "Tổ chức tổng vệ sinh môi trường vào sáng thứ bảy hằng tuần tại 9 khu phố",
        ],
    },
    LEADINS: {
        "achievements": [
            "Kết nạp 215 hội viên mới, đạt 71,7% chỉ tiêu năm",
            "Giải ngân 4,5 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 90 hộ vay",
            "Tổ chức 12 lớp tập huấn kỹ thuật cho 600 hội viên",
            "Có 17/19 cơ sở Hội xếp loại vững mạnh",
        ],
        "shortcomings": ["Chất lượng sinh hoạt chi hội chưa cao", "Tỷ lệ nợ quá hạn còn 1,2%"],
        "tasks": [
            "Đẩy mạnh phát triển hội viên, phấn đấu đạt 100% chỉ tiêu năm 2026",
            "Thu hồi nợ quá hạn Quỹ hỗ trợ nông dân",
            "Tổ chức tổng kết năm 2026 trước ngày 20/12/2026",  # a meeting still to hold, by its deadline
        ],
    },
}
HEADINGS = {
    TXT: ["Kết quả đạt được:", "- Về văn hóa - xã hội:", "Tồn tại, hạn chế:", "Nhiệm vụ quý IV:"],
    HTML: ["Kết quả đạt được:", "Tồn tại, hạn chế:", "Nhiệm vụ 6 tháng cuối năm:"],
}
ARTICLES = [pytest.param(TXT, id="txt"), pytest.param(HTML, id="html")]
SUMMARISED = [*ARTICLES, pytest.param(LEADINS, id="leadins")]


def expected_bodies(path: Path) -> list[str]:
    return [b for bodies in EXPECTED[path].values() for b in bodies]


def kept(doc) -> list[str]:
    return [doc.text_of(p) for p in doc.paragraphs]


# --- the marker -------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "body", "n"), [
    ("- Thu ngân sách đạt 58,3% dự toán", "Thu ngân sách đạt 58,3% dự toán", 2),
    ("+ Có 7/13 xã đạt chuẩn", "Có 7/13 xã đạt chuẩn", 2),
    ("• Giải quyết việc làm cho 215 lao động", "Giải quyết việc làm cho 215 lao động", 2),
    ("* Kết nạp 12 đảng viên", "Kết nạp 12 đảng viên", 2),
    ("– Hoàn thành đại hội chi bộ", "Hoàn thành đại hội chi bộ", 2),
    ("-Thu ngân sách đạt 95%", "Thu ngân sách đạt 95%", 1),
    ("1. Rà soát hồ sơ cận nghèo", "Rà soát hồ sơ cận nghèo", 3),
    ("12) Tổng vệ sinh môi trường", "Tổng vệ sinh môi trường", 4),
    ("a) Về kinh tế", "Về kinh tế", 3),
    ("II. NHIỆM VỤ QUÝ IV", "NHIỆM VỤ QUÝ IV", 4),
    ("  - thụt đầu dòng", "thụt đầu dòng", 4),
    ("► Tăng cường tuần tra", "Tăng cường tuần tra", 2),  # a word processor's bullets, pasted
    ("❖ Kết nạp 12 đảng viên", "Kết nạp 12 đảng viên", 2),
    ("✓ Hoàn thành đại hội chi bộ", "Hoàn thành đại hội chi bộ", 2),
    ("1/ Thu ngân sách đạt 95%", "Thu ngân sách đạt 95%", 3),
    ("(2) Rà soát hồ sơ cận nghèo", "Rà soát hồ sơ cận nghèo", 4),
])
def test_strip_list_marker(line, body, n):
    assert strip_list_marker(line) == (body, n)
    assert line[n:] == body


@pytest.mark.parametrize("text", [
    "1.250 triệu đồng thu từ đấu giá đất",  # a figure, not "1."
    "7/13 xã đạt chuẩn",
    "(Ảnh: Minh Thư)",  # a parenthesis that numbers nothing
    "Thu ngân sách đạt 58,3%",
    "-",
    "Ảnh: Minh Thư",
    "Ia Grai tổ chức hội nghị",
])
def test_no_marker_no_change(text):
    assert strip_list_marker(text) == (text, 0)


def test_html_list_items_are_written_as_list_lines():
    text = html_to_text("<p>Kết quả đạt được:</p><ul><li>Thu ngân sách đạt <b>58,3%</b> dự toán</li>"
                        "<li><p>Có 7/13 xã</p></li></ul><ol><li>Một việc</li><li>- Hai việc</li></ol>"
                        "<ol start=\"3\"><li>Ba việc</li></ol>")
    assert text.splitlines() == ["Kết quả đạt được:", "- Thu ngân sách đạt 58,3% dự toán", "- Có 7/13 xã",
                                 "1. Một việc", "- Hai việc", "3. Ba việc"]


def test_html_table_cells_are_kept_apart():
    text = html_to_text("<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Thu ngân sách</td><td>95,2%</td></tr>"
                        "<tr><td>Kết nạp đảng viên</td><td>12</td></tr></table>")
    assert text.splitlines() == ["Chỉ tiêu | Kết quả", "Thu ngân sách | 95,2%", "Kết nạp đảng viên | 12"]  # never "sách95,2%"


# --- ingest and chunking ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ARTICLES)
def test_ingest_keeps_every_list_line_and_heading(path):
    doc = read_article(path)
    paragraphs = kept(doc)
    for body in expected_bodies(path):
        assert any(p.endswith(body) and strip_list_marker(p)[0] == body for p in paragraphs), body
    for heading in HEADINGS[path]:
        assert heading in paragraphs  # its own paragraph: the rules read it to set the section
    removed = [doc.text_of(r) for r in doc.removed if r.reason == "caption"]
    caption = "Quang cảnh hội nghị (Ảnh: Hồng Nhung)" if path == TXT else "Toàn cảnh phiên họp (Ảnh: Minh Khang)"
    byline = "Hồng Nhung" if path == TXT else "Minh Khang"
    assert caption in removed and byline in removed
    assert not any(caption in p or p == byline for p in paragraphs)


@pytest.mark.parametrize("path", ARTICLES)
def test_each_list_line_is_one_sentence(path):
    doc = read_article(path)
    sentences = [doc.source[s.start : s.end] for s in split_sentences(doc)]
    for p in kept(doc):
        if is_list_item(p) or p.endswith(":"):
            assert p in sentences, p


@pytest.mark.parametrize("line", [
    "- Thu ngân sách đạt 58,3% dự toán",
    "+ Hoàn thành đại hội chi bộ",  # short, no figure: still an item
    "• Giải quyết việc làm cho 215 lao động",
    "* Kết nạp đảng viên mới",
    "– Xây dựng nông thôn mới",
    "1. Rà soát hồ sơ hộ cận nghèo",
    "2) Tổng vệ sinh môi trường",
    "a) Về kinh tế",
    "II. NHIỆM VỤ QUÝ IV",
    "Tồn tại, hạn chế:",
    "Tổng diện tích gieo cấy lúa xuân là 246 ha, năng suất đạt 65 tạ/ha",  # a statement, no full stop
])
def test_list_lines_headings_and_unpunctuated_statements_are_content(line):
    body = "Sáng 5/4, Đảng ủy xã An Bình tổ chức hội nghị giao ban quý I/2024 với 45 đại biểu tham dự."
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{body}\n{line}\nHội nghị thống nhất 5 nhiệm vụ trọng tâm.\n")
    assert line in kept(doc)


@pytest.mark.parametrize("caption", [
    "Đồng chí Lê Văn Tâm phát biểu kết luận hội nghị",
    "Các đại biểu biểu quyết thông qua nghị quyết",
    "Lãnh đạo huyện trao giấy khen cho các tập thể tại hội nghị",
    "Hội nghị Ban Chấp hành Đảng bộ xã An Bình tháng 8/2024",
    "Tin bài Hà Huy Hiền",
    "Thực hiện: Hải Yến – Hoàng Long",
    "Ban Tuyên giáo Huyện ủy",
    "MAI VĂN HOA",
    "Nguyễn Hương",
    "hoạt động khối chính quyền",
    "Tin nổi bật",
])
def test_captions_bylines_and_tags_are_still_dropped(caption):
    body = "Sáng 5/4, Đảng ủy xã An Bình tổ chức hội nghị giao ban quý I/2024 với 45 đại biểu tham dự."
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{body}\n{caption}\nHội nghị thống nhất 5 nhiệm vụ trọng tâm.\n")
    assert caption not in kept(doc)
    assert caption in [doc.text_of(r) for r in doc.removed]


def test_lead_ins_and_headings_without_colons_keep_their_lists():
    doc = read_article(LEADINS)
    paragraphs = kept(doc)
    for body in expected_bodies(LEADINS):
        assert any(strip_list_marker(p)[0] == body for p in paragraphs), body  # no list line taken for links
    for lead_in in ("Trong quý III, các cấp Hội cũng đạt được những kết quả sau", "Bên cạnh đó vẫn còn một số hạn chế",
                    "III. NHIỆM VỤ 3 THÁNG CUỐI NĂM"):
        assert lead_in in paragraphs  # a line over a list is its lead-in or heading, not a caption
    related = [doc.text_of(r) for r in doc.removed if r.reason == "related"]
    assert related == ["- Nông dân Phú Lộc trúng mùa lúa hè thu", "- Hội Nông dân tỉnh tập huấn kỹ thuật nuôi tôm"]


def test_a_trailing_unheaded_link_list_after_prose_is_still_dropped():
    body = "Sáng 5/4, Đảng ủy xã An Bình tổ chức hội nghị giao ban quý I/2024 với 45 đại biểu tham dự."
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{body}\nHội nghị thống nhất 5 nhiệm vụ trọng tâm.\n"
                "- Nông dân An Bình trúng mùa lúa hè thu\n- Hội Nông dân tỉnh tập huấn kỹ thuật nuôi tôm\n")
    assert [doc.text_of(r) for r in doc.removed if r.reason == "related"] == [
        "- Nông dân An Bình trúng mùa lúa hè thu", "- Hội Nông dân tỉnh tập huấn kỹ thuật nuôi tôm"]


# --- the summary --------------------------------------------------------------------------------


def rules_summary(path: Path):
    return summarize(path, Options(strategy="rules"))


@pytest.mark.parametrize("path", SUMMARISED)
def test_every_item_comes_out_grounded_without_its_marker(path):
    summary = rules_summary(path)
    doc = read_article(path)
    items = [it for _, it in summary.items()]
    for body in expected_bodies(path):
        hits = [it for it in items if body in it.quote]
        assert len(hits) == 1, body
        it = hits[0]
        assert doc.source[it.start : it.end] == it.quote  # offsets index the source
        assert it.text.startswith(body)
        assert strip_list_marker(it.text) == (it.text, 0)  # no "- ", "+ ", "1. " in the text


@pytest.mark.parametrize("path", SUMMARISED)
def test_nothing_but_the_items(path):
    items = [it.quote for _, it in rules_summary(path).items()]
    assert len(items) == len(expected_bodies(path)), items


@pytest.mark.parametrize("path", SUMMARISED)
def test_item_text_is_the_line_without_its_marker(path):
    texts = sorted(it.text for _, it in rules_summary(path).items())
    assert texts == sorted(expected_bodies(path))


@pytest.mark.parametrize("path", SUMMARISED)
def test_items_in_the_category_of_their_heading(path):
    summary = rules_summary(path)
    for category, bodies in EXPECTED[path].items():
        got = [it.quote for it in getattr(summary, category)]
        for body in bodies:
            assert any(body in q for q in got), (category, body)


def test_an_election_list_of_names_gives_no_item(tmp_path):
    article = tmp_path / "dai_hoi_cong_doan.txt"
    article.write_text(
        "Đại hội Công đoàn trường THCS Hòa Bình nhiệm kỳ 2027-2032\n\n"
        "Ngày 12/10, Công đoàn trường THCS Hòa Bình tổ chức Đại hội nhiệm kỳ 2027-2032. Nhiệm kỳ qua, 100% đoàn viên "
        "hoàn thành nhiệm vụ; Công đoàn trường 5 năm liền đạt danh hiệu vững mạnh xuất sắc.\n\n"
        "Đại hội đã bầu Ban chấp hành gồm 03 đồng chí. Phiên họp thứ nhất của BCH đã bầu ra các chức danh sau:\n"
        "- Đồng chí Lê Thị Hoa\n- Đồng chí Trần Văn Nam\n- Đồng chí Phạm Thị Thu\n", encoding="utf-8")
    summary = rules_summary(article)
    items = [i.text for i in summary.achievements + summary.shortcomings + summary.tasks]
    assert items and not [i for i in items if "Đồng chí" in i]  # the results stay, the names give none


def test_the_letter_classes_hold_every_vietnamese_letter_in_its_case_only():
    """UPPER and LOWER, which the rules' patterns are built of, hold each of Vietnamese's letters (a base letter
    with any of the five tone marks, decomposed and composed again as a page writes it) in its own case only."""
    import re
    import unicodedata

    from summarizer.text import LOWER, UPPER

    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    bases = [*"abcdefghijklmnopqrstuvwxyz", "đ", "ă", "â", "ê", "ô", "ơ", "ư"]
    letters = {unicodedata.normalize("NFC", b + t) for b in bases for t in (tones if b in "aăâeêioôơuưy" else [""])}
    assert len(letters) == 12 * 6 + 21  # the twelve vowels with each tone, the consonants (đ among them) bare
    for c in letters:
        assert len(c) == 1, c
        assert re.fullmatch(LOWER, c) and not re.fullmatch(UPPER, c), c
        assert re.fullmatch(UPPER, c.upper()) and not re.fullmatch(LOWER, c.upper()), c.upper()
