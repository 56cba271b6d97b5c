"""Ingest: decoding, NFC, web boilerplate, captions, the pasted-twice article, offsets."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.pipeline.ingest import parse, read_article
from summarizer.pipeline.meta import find_period

BOILERPLATE_LINES = [
    "Đánh giá: 4.5/5",
    "Đánh giá:",
    "12 lượt đánh giá",
    "Trung tâm VHTT-TT huyện Sông LôXem phản hồi",  # a comment link glued to the credit line
    "Gửi ý kiến",
    "Địa chỉ email của bạn sẽ không được công bố",
    "Bạn còn 500/500 ký tự",
    "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết",  # a comment form's rules
    "Bạn không thể gửi bình luận liên tục. Xin hãy đợi",
    "60 giây nữa.",
    "Viết bình luận mới",
    "Bạn vui lòng nhập từ 5 ký tự trở lên !!!",
    "Are you sure that you want to switch to desktop version?",
    "BAOTAYNINH.VN trên Google News",
    "lượt đánh giá: , trung bình: 4",
    "Các tin khác",
    "Các tin đã đưa",
    "Skip to main content",
    "Tiếng Việt | English",  # a portal's language menu
    "Chế độ ban đêm In trang Xuất PDF Đọc nội dung",  # a portal's page tools
    "-A A +A",
    "+ aa -",
    "Responsive image",
    "Hình 2",
    "Dưới đây là một số hình ảnh tại Hội nghị.",
    "Một số hình ảnh tại hội nghị:",
    "Đăng lúc: 04/01/2023 00:00:00 (GMT+7)",
    "Ngày đăng 04/04/2024 | 18:34 | View count: 331",
    "View count: 1234",
    "Mã xác thực",
    "Mã xác thực không đúng.",
    "Từ khóa bài viết: hội nghị, sơ kết, Huyện ủy",
    "Cập nhật, 07:25, Thứ Hai, 03/06/2024 (GMT+7)",
    "Cập nhật ngày: 12/03/2023 - 09:41",
    "Cập nhật: 05-05-2021 | 16:02:11",
    "(GMT+7)",
    "15/04/2024 - 08:30",
    "Thứ Hai, 01/04/2019, 18:50 [GMT+7]",
    "Thứ Tư, 18/12/2019 03:41 GMT+7",
    "Thứ 3, 02/01/2024 | 16:59:46 [GMT +7] A  A",
    "Xem với cỡ chữ",
    "Site banner",
    "Tòa soạn sẽ biên tập ý kiến của bạn đọc trước khi đăng",
    "Vui lòng gõ tiếng việt có dấu",
    "Gửi file đính kèm không quá 5MB",
    "Trang web Ủy ban nhân dân huyện An Phú",
    "Số giấy phép theo quyết định số 120/QĐ-UBND ngày 16/09/2010 của UBND tỉnh An Giang",
    "Đơn vị quản lý: Văn phòng HĐND và UBND huyện An Phú",
    "Điện thoại - Fax: 02963 123 456, Email: vanphong@example.vn",
]


def kept(doc) -> list[str]:
    return [doc.text_of(p) for p in doc.paragraphs]


def removed(doc, reason: str | None = None) -> list[str]:
    return [doc.text_of(r) for r in doc.removed if reason is None or r.reason == reason]


def test_sample_article_keeps_content_and_drops_web_furniture(vi_article):
    doc = read_article(vi_article)
    assert doc.text_of(doc.title) == "Huyện ủy Tân Phước sơ kết công tác quý III/2023"
    paragraphs = kept(doc)
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Sáng ngày 8/10/2023, Huyện ủy Tân Phước")
    # "Đánh giá chung, …" opens a content paragraph: only a rating line is boilerplate.
    assert paragraphs[1].startswith("Đánh giá chung, trong quý III")
    assert "Đánh giá: 4.5/5" in removed(doc, "boilerplate")
    assert removed(doc, "caption") == ["Quang cảnh hội nghị (Ảnh: Minh Thư)",
                                       "Đồng chí Nguyễn Văn Hùng phát biểu kết luận hội nghị", "Minh Thư"]
    assert removed(doc, "dateline") == ["Thứ hai, 09/10/2023 14:30"]
    assert doc.posted_date == (2023, 10, 9)
    for text in paragraphs:
        assert "Đăng lúc" not in text and "View count" not in text and "Mã xác thực" not in text


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_removed(line):
    body = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị quý I/2024 của toàn Đảng bộ xã."
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{body}\n{line}\n")
    assert kept(doc) == [body]
    assert line in removed(doc)


def test_a_language_menu_above_the_headline_is_not_the_title():
    body = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị quý I/2024 của toàn Đảng bộ xã."
    doc = parse(f"Tiếng Việt | English\nĐảng ủy xã An Bình họp giao ban\n{body}\n")
    assert doc.text_of(doc.title) == "Đảng ủy xã An Bình họp giao ban"
    assert "Tiếng Việt | English" in removed(doc, "boilerplate")


@pytest.mark.parametrize("line", [
    "Đánh giá chung, trong 6 tháng đầu năm kinh tế của xã tăng trưởng khá, thu ngân sách đạt 58% dự toán.",
    "Đánh giá kết quả thực hiện Nghị quyết, các đại biểu thống nhất cao với báo cáo của Ban Thường vụ.",
    "Hình ảnh tại hội nghị cho thấy 12/12 xã đã hoàn thành chỉ tiêu thu ngân sách năm 2025.",
])
def test_content_starting_like_a_rating_is_kept(line):
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{line}\n")
    assert kept(doc) == [line]


@pytest.mark.parametrize("caption", [
    "Quang cảnh hội nghị",
    "Quang cảnh hội nghị (Ảnh: Thanh Nga)",
    "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị. (Ảnh: T.N)",
    "Ảnh: Các đại biểu dự hội nghị",
    "Tin, ảnh: Thanh Nga",
    "Thanh Nga - Trung tâm Văn hóa huyện",
    "Tác giả: Nguyễn Văn Hoán – Bí thư Đảng ủy",
    "Minh Thư (Trung tâm Văn hóa - Thể thao huyện)",
    "CTV: Hoàng Lan – Đức Minh (An Bình)",
    "CTV Hoàng Lan (xã An Bình)",
    "Ban Biên tập Trang TTĐT phường.",
    "Các đại biểu được khen thưởng tại hội nghị. Ảnh: H.L",
    "Quang cảnh hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện An Phú.",
    "Đồng Nai: Chăm lo, bảo vệ quyền lợi đoàn viên - Ảnh 1.",
    "To cong tac cua Thu tuong lam viec voi Van phong Chinh phu - Anh 1",  # a photo's alt text, stored without marks
    "Phấn đấu đạt mục tiêu tăng trưởng 6,7% - ảnh 1 Bộ trưởng phát biểu tại buổi làm việc.",
])
def test_photo_captions_and_bylines_are_removed(caption):
    body = "Sáng 5/4, Đảng ủy xã An Bình tổ chức hội nghị giao ban quý I/2024 với 45 đại biểu tham dự."
    doc = parse(f"Đảng ủy xã An Bình họp giao ban\n{body}\n{caption}\nHội nghị thống nhất 5 nhiệm vụ trọng tâm.\n")
    assert caption in removed(doc, "caption")
    assert caption not in kept(doc)
    assert body in kept(doc)


def test_nfd_input_is_normalised_and_offsets_refer_to_nfc(tmp_path, vi_article_text):
    nfd = unicodedata.normalize("NFD", vi_article_text)
    assert nfd != vi_article_text  # the input really is decomposed
    path = tmp_path / "nfd.txt"
    path.write_bytes(nfd.encode("utf-8"))
    doc = read_article(path)
    assert doc.source == unicodedata.normalize("NFC", nfd) == vi_article_text
    quote = "Tổng diện tích gieo trồng đạt 7.396,54ha"
    at = doc.source.find(quote)
    assert at >= 0
    para = next(p for p in doc.paragraphs if p.start <= at < p.end)
    assert quote in doc.text_of(para)
    # a span's text is NFC, so an NFC quote matches it character for character
    assert all(unicodedata.is_normalized("NFC", doc.text_of(p)) for p in doc.paragraphs)


def test_offset_map_round_trips(vi_article_text):
    text = vi_article_text.replace("\n", "\r\n", 3)  # a few CRLF line ends, too
    doc = parse(text)
    clean = doc.clean_text
    checked = 0
    for cstart, sstart, length in doc.offset_map():
        for i in range(cstart, cstart + length):
            assert clean[i] == doc.source[doc.to_source(i)]
            checked += 1
        assert doc.source[sstart : sstart + length] == clean[cstart : cstart + length]
    assert checked == sum(p.end - p.start for p in doc.paragraphs) > 500
    for p in doc.paragraphs:  # spans never include the line end
        assert not doc.text_of(p)[-1].isspace() and not doc.text_of(p)[0].isspace()


def test_pasted_twice_article_keeps_each_paragraph_once(vi_article_text):
    doubled = vi_article_text + "\nBình luận\n" + vi_article_text + "Các tin khác\n"
    once = parse(vi_article_text)
    twice = parse(doubled)
    assert kept(twice) == kept(once)
    assert len(set(kept(twice))) == len(kept(twice))
    # the second copy is reported as a duplicate, after the first
    dups = [r for r in twice.removed if r.reason == "duplicate"]
    assert {twice.text_of(r) for r in dups} >= set(kept(once))
    assert min(r.start for r in dups) > max(p.end for p in twice.paragraphs)


def test_second_copy_with_different_spacing_is_still_a_duplicate(vi_article_text):
    respaced = "\n".join("  ".join(line.split(" ")) for line in vi_article_text.splitlines())
    doc = parse(vi_article_text + "\n" + respaced)
    assert kept(doc) == kept(parse(vi_article_text))


def test_seed_004_has_no_paragraph_twice(seeds_dir):
    path = next(iter(sorted(seeds_dir.glob("004_*.txt"))), None)
    if path is None:
        pytest.skip("seed 004 not present")
    doc = read_article(path)
    texts = [" ".join(t.split()).casefold() for t in kept(doc)]
    assert len(texts) == len(set(texts))
    for i, a in enumerate(texts):
        for j, b in enumerate(texts):
            if i != j and len(a) >= 40:
                assert a not in b, f"paragraph {i} is repeated inside paragraph {j}"
    assert any(r.reason == "duplicate" for r in doc.removed)


def test_all_seeds_ingest(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_article(path)
        assert doc.paragraphs, path.name
        assert unicodedata.is_normalized("NFC", doc.source)
        for p in doc.paragraphs:
            assert 0 <= p.start < p.end <= len(doc.source)


# --- errors: one line, an InputError, never a traceback of our own ---


def assert_one_line(err: InputError, *words: str) -> None:
    msg = str(err)
    assert "\n" not in msg and msg.strip() == msg and msg
    for w in words:
        assert w in msg


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as ei:
        read_article(tmp_path / "khong_co.txt")
    assert_one_line(ei.value, "khong_co.txt", "no such file")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n", "\ufeff".encode()])
def test_empty_file(tmp_path, content):
    path = tmp_path / "rong.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as ei:
        read_article(path)
    assert_one_line(ei.value, "rong.txt")
    assert "empty" in str(ei.value) or "no article text" in str(ei.value)


def test_binary_file(tmp_path):
    path = tmp_path / "anh.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as ei:
        read_article(path)
    assert_one_line(ei.value, "anh.png", "binary")


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes("Hội nghị sơ kết quý I\nThu ngân sách đạt 95% dự toán.\n".encode()
                     + "Thu ngân sách đạt 95%".encode("cp1258", errors="replace"))  # a legacy code page
    with pytest.raises(InputError) as ei:
        read_article(path)
    assert_one_line(ei.value, "cp1258.txt", "UTF-8", "offset")


def test_folder(tmp_path):
    with pytest.raises(InputError) as ei:
        read_article(tmp_path)
    assert_one_line(ei.value, "folder")


def test_only_boilerplate(tmp_path):
    path = tmp_path / "chi_co_rac.txt"
    path.write_text("Đánh giá:\n12 lượt đánh giá\nCác tin khác\nMã xác thực\n", encoding="utf-8")
    with pytest.raises(InputError) as ei:
        read_article(path)
    assert_one_line(ei.value, "chi_co_rac.txt")


def test_html_article(tmp_path):
    path = Path(tmp_path / "bai.html")
    path.write_text("<html><head><script>var x = 1;</script></head><body><h1>Huyện ủy An Phú họp</h1>"
                    "<p>Sáng 3/4, Huyện ủy An Phú tổ chức hội nghị sơ kết quý I/2024.</p>"
                    "<p>Thu ngân sách đạt 95,2% dự toán.</p><div>Các tin khác</div></body></html>",
                    encoding="utf-8")
    doc = read_article(path)
    assert doc.text_of(doc.title) == "Huyện ủy An Phú họp"
    assert kept(doc) == ["Sáng 3/4, Huyện ủy An Phú tổ chức hội nghị sơ kết quý I/2024.",
                         "Thu ngân sách đạt 95,2% dự toán."]


def test_headlines_after_a_related_news_header_are_not_content():
    doc = parse("Huyện ủy An Phú sơ kết quý I/2024\nThu ngân sách đạt 95,2% dự toán.\nTin liên quan\n"
                "Phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2024\n- Xã An Bình tổ chức đại hội chi bộ điểm\n")
    assert kept(doc) == ["Thu ngân sách đạt 95,2% dự toán."]
    assert {r.reason for r in doc.removed} == {"boilerplate", "related"}


@pytest.mark.parametrize("header", ["Viết bình luận mới", "Gửi bình luận", "Thăm dò ý kiến", "Trả lời"])
def test_a_comment_form_or_poll_ends_the_article(header):
    doc = parse("Sở Tài chính sơ kết 6 tháng\nThu ngân sách đạt 95,2% dự toán.\n" + header + "\n"
                "Theo bạn, điều gì giữ chân người tài ở khu vực công?\nTHÔNG TIN CẦN BIẾT\n"
                "Nhiều mây, có mưa rào. Gió tây nam cấp 3.\n")
    assert kept(doc) == ["Thu ngân sách đạt 95,2% dự toán."]


def test_a_caption_that_says_what_the_photo_shows_is_not_content():
    doc = parse("Sở Du lịch sơ kết quý I\nThu ngân sách đạt 95,2% dự toán.\nDoanh thu dịch vụ lưu trú, du lịch tháng 4 "
                "của huyện ven biển tăng 195,1% so với cùng kỳ năm trước. Trong ảnh, du khách vui chơi tại bãi tắm "
                "công cộng của thị trấn vào dịp nghỉ lễ.\n")
    assert kept(doc) == ["Thu ngân sách đạt 95,2% dự toán."]
    assert [r.reason for r in doc.removed] == ["caption"]


def test_a_comment_forms_notice_is_not_content():
    doc = parse("Sở Tài chính sơ kết 6 tháng\nThu ngân sách đạt 95,2% dự toán.\n"
                "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *\n")
    assert kept(doc) == ["Thu ngân sách đạt 95,2% dự toán."]


def test_an_unheaded_link_list_that_ends_the_page_is_not_content():
    doc = parse("Huyện ủy An Phú sơ kết quý I/2024\nThu ngân sách đạt 95,2% dự toán…\n"
                "- Trao 50 suất học bổng cho học sinh nghèo nhân dịp năm học mới\n"
                "- Bí thư Tỉnh ủy: Đưa bộ máy mới vận hành hiệu quả\n")
    assert kept(doc) == ["Thu ngân sách đạt 95,2% dự toán…"]


def test_a_list_after_its_lead_in_stays_content_at_the_end_of_the_page():
    doc = parse("Huyện ủy An Phú sơ kết quý I/2024\nThu ngân sách đạt 95,2% dự toán.\nNhiệm vụ quý II:\n"
                "- Tập trung thu ngân sách đạt 100% dự toán\n- Hoàn thành đại hội các chi bộ\n")
    assert kept(doc)[-2:] == ["- Tập trung thu ngân sách đạt 100% dự toán", "- Hoàn thành đại hội các chi bộ"]


def test_a_time_first_page_stamp_is_a_dateline_and_a_title_may_end_in_brackets():
    doc = parse("Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 21 (mở rộng)\n08:37, Thứ Tư, 12/12/2018 (GMT+7)\n"
                "Thu ngân sách đạt 95% dự toán.\n")
    assert doc.text_of(doc.title) == "Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 21 (mở rộng)"
    assert doc.posted_date == (2018, 12, 12)
    assert kept(doc) == ["Thu ngân sách đạt 95% dự toán."]


# A report copied from a document or an e-mail, wrapped at a fixed width mid-sentence (written for
# this test): each paragraph's first line is indented, so shorter; a caption sits between paragraphs.
WRAPPED = (
    "Sáng ngày 04/8, Ban Thường trực Ủy ban MTTQ\n"
    "huyện tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2016, triển khai nhiệm vụ\n"
    "6 tháng cuối năm. Trong 6 tháng, Mặt trận các cấp đã vận động được 1,2 tỷ đồng\n"
    "ủng hộ Quỹ Vì người nghèo, tặng 350 suất quà cho hộ nghèo, hộ cận nghèo trên địa\n"
    "bàn huyện.\n"
    "Đồng chí Chủ tịch Ủy ban MTTQ huyện\n"
    "phát biểu tại hội nghị\n"
    "Phát biểu kết luận, đồng chí Chủ tịch\n"
    "Ủy ban MTTQ huyện đề nghị, 6 tháng cuối năm, MTTQ các cấp phối hợp chặt chẽ với\n"
    "chính quyền bám sát chương trình công tác, vận động nhân dân thực hiện thắng lợi\n"
    "các phong trào thi đua yêu nước.\n"
)


def test_a_hard_wrapped_text_is_read_as_its_paragraphs_and_the_caption_still_goes():
    doc = parse(WRAPPED)
    paras = [doc.source[p.start:p.end] for p in doc.paragraphs]
    assert [p.split("\n")[0] for p in paras] == ["Sáng ngày 04/8, Ban Thường trực Ủy ban MTTQ",
                                                 "Phát biểu kết luận, đồng chí Chủ tịch"]
    assert paras[0].endswith("bàn huyện.") and paras[1].endswith("thi đua yêu nước.")
    captions = [doc.source[r.start:r.end] for r in doc.removed if r.reason == "caption"]
    assert captions == ["Đồng chí Chủ tịch Ủy ban MTTQ huyện", "phát biểu tại hội nghị"]


def test_lines_of_an_ordinary_page_are_not_joined():
    text = ("Huyện ủy An Phú sơ kết quý I năm 2024\n"
            "Ngày 5/4, Huyện ủy An Phú tổ chức hội nghị sơ kết công tác quý I năm 2024.\n"
            "Toàn cảnh hội nghị\n"
            "Trong quý I, toàn huyện kết nạp 25 đảng viên mới, thu ngân sách đạt 30% dự toán.\n")
    doc = parse(text)
    assert [doc.source[p.start:p.end] for p in doc.paragraphs] == text.split("\n")[1:2] + text.split("\n")[3:4]


def test_list_lines_of_one_width_are_not_taken_for_a_wrapped_text():
    lines = ["- Thu ngân sách đạt 62,4% dự toán năm, tăng 12% so với cùng kỳ năm trước",
             "- Kết nạp 45 đảng viên mới, đạt 90% chỉ tiêu Nghị quyết Đảng bộ xã đề ra",
             "- Giải quyết việc làm cho 320 lao động, trong đó xuất khẩu lao động 25 người",
             "- Tỷ lệ hộ nghèo giảm còn 2,1%, hộ cận nghèo giảm còn 3,4% so với đầu năm"]
    doc = parse("Xã An Phú sơ kết quý III năm 2025\nKết quả đạt được:\n" + "\n".join(lines) + "\n")
    assert [doc.source[p.start:p.end] for p in doc.paragraphs] == ["Kết quả đạt được:", *lines]


def test_a_portals_cap_nhat_stamp_with_a_12_hour_time_is_the_posted_date():
    doc = parse("UBND huyện họp thường kỳ tháng 7\nCập nhật:24/07/2019 9:16:52 SA\nThu ngân sách đạt 95% dự toán.\n")
    assert doc.posted_date == (2019, 7, 24)
    assert kept(doc) == ["Thu ngân sách đạt 95% dự toán."]


@pytest.mark.parametrize(("stamp", "posted"), [("14/03/2023 08:57    113", (2023, 3, 14)),
                                                ("5/31/2018 3:10:59 PM 491", (2018, 5, 31)),
                                                ("Cập nhật lúc 08:33, Thứ Sáu, 19/01/2018 (GMT+7)", (2018, 1, 19)),
                                                ("08:49 AM 25/07/2018 |   Lượt xem: 4363 |   In bài viết |", (2018, 7, 25)),
                                                ("Ngày đăng 29/03/2022 | 20:48  | Lượt xem: 98", (2022, 3, 29))])
def test_a_stamp_with_its_view_count_is_the_posted_date_and_a_month_past_12_is_the_day(stamp, posted):
    doc = parse(f"Giao ban báo chí tháng 2\n{stamp}\nChiều ngày 10/3, Sở tổ chức giao ban báo chí tháng 2.\n")
    assert doc.posted_date == posted
    assert kept(doc) == ["Chiều ngày 10/3, Sở tổ chức giao ban báo chí tháng 2."]


def test_a_line_without_letters_is_furniture_and_never_the_title():
    doc = parse("0351 3588 588\n\nThường trực HĐND tỉnh họp phiên thường kỳ tháng 9\n\nSáng 6/9, Thường trực HĐND tỉnh "
                "tổ chức phiên họp thường kỳ tháng 9.\n")
    assert doc.text_of(doc.title) == "Thường trực HĐND tỉnh họp phiên thường kỳ tháng 9"
    assert "0351 3588 588" in removed(doc, "boilerplate")


def test_a_portals_slogan_banner_is_furniture_and_never_the_title():
    doc = parse("NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX!\n\nHỘI NÔNG DÂN HUYỆN SƠ KẾT 6 THÁNG ĐẦU NĂM 2026\n\n"
                "Sáng 8/7, Hội Nông dân huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.\n\nCHÚC MỪNG NĂM MỚI!\n")
    assert doc.text_of(doc.title) == "HỘI NÔNG DÂN HUYỆN SƠ KẾT 6 THÁNG ĐẦU NĂM 2026"  # a headline in capitals stays
    assert "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX!" in removed(doc, "boilerplate")
    assert [doc.text_of(p) for p in doc.paragraphs] == [
        "Sáng 8/7, Hội Nông dân huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2026."]
    assert "CHÚC MỪNG NĂM MỚI!" in removed(doc, "boilerplate")


def test_a_tv_pages_desk_stamp_source_line_and_reader_prompts_are_furniture():
    doc = parse("Từ nay đến cuối năm, hoàn thành 59 công trình\n\nTrung tâm Tin tức VTV24-Thứ hai, ngày 06/07/2026 22:01 "
                "GMT+7\n\nNguồn: Bộ GTVT\n\nSáng 6/7, Bộ GTVT tổ chức hội nghị sơ kết 6 tháng đầu năm.\n\n"
                "Mời quý độc giả theo dõi Truyền hình trực tuyến các kênh của Đài\n\nBản tin thời tiết chào buổi sáng 3 phút trước\n")
    kept = [doc.text_of(p) for p in doc.paragraphs]
    assert kept == ["Sáng 6/7, Bộ GTVT tổ chức hội nghị sơ kết 6 tháng đầu năm."]


def test_a_government_portals_page_labels_are_furniture_and_never_the_title():
    doc = parse("Xuất bản thông tin\n\nChi tiết bài viết Tin tức\n\nUBND huyện họp thường kỳ tháng 8\n\n"
                "Ngày 09/9/2026, UBND huyện họp thường kỳ bàn giải pháp thực hiện nhiệm vụ tháng 9.\n")
    assert doc.text_of(doc.title) == "UBND huyện họp thường kỳ tháng 8"
    assert {"Xuất bản thông tin", "Chi tiết bài viết Tin tức"} <= set(removed(doc, "boilerplate"))


def test_a_stored_pages_date_stamp_gives_the_posted_month_but_is_no_part_of_the_lead():
    doc = parse("date 2024-12 Kỳ họp diễn ra trong 2 ngày (23 và 24-12). HĐND huyện thông qua 12 nghị quyết.\n")
    assert doc.posted_date[:2] == (2024, 12)
    assert doc.text_of(doc.paragraphs[0]).startswith("Kỳ họp diễn ra")


def test_starred_reader_prompt_is_furniture():
    doc = parse("Sáng 5/1, Bộ đội biên phòng tỉnh tổ chức hội nghị tổng kết năm 2026.\n\n"
                "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam tại TV Online!\n")
    assert [doc.text_of(p) for p in doc.paragraphs] == ["Sáng 5/1, Bộ đội biên phòng tỉnh tổ chức hội nghị tổng kết năm 2026."]


def test_a_link_box_inside_the_article_does_not_end_it():
    body = ("Theo bảng thống kê tại hội nghị tổng kết năm học 2025 – 2026 do Sở GD-ĐT tổ chức ngày 12/8, năm học vừa "
            "qua thành phố có 131.950 học sinh lớp 1, trong đó 95.764 em được xếp loại giỏi, chiếm 72,62%.",
            "Số học sinh lớp 1 xếp loại khá là 21.178 em, chiếm 16,06%; loại trung bình là 13.713 em, chiếm 10,40%; "
            "vẫn có 1.220 học sinh lớp 1 thuộc diện yếu, chiếm 0,93% tổng số học sinh toàn thành phố.")
    text = ("Gần 3/4 học sinh lớp 1 là học sinh giỏi\n\nGần 3/4 học sinh lớp 1 của thành phố là học sinh giỏi.\n\n"
            "Tin liên quan\n\nHà Nội công bố điểm chuẩn lớp 10\n\n" + "\n\n".join(body) + "\n\nTin liên quan\n\n"
            "Học sinh Hà Nội đi học trở lại\n\nTuyển sinh đầu cấp năm 2026\n")
    doc = parse(text)
    assert kept(doc)[-2:] == list(body)
    assert "Hà Nội công bố điểm chuẩn lớp 10" in removed(doc) and "Tuyển sinh đầu cấp năm 2026" in removed(doc)


def test_a_view_counter_is_furniture_but_a_broadcasters_views_are_a_result():
    doc = parse("Sáng 22/7, Đài Phát thanh và Truyền hình tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.\n\n"
                "Lượt xem: 416\n\n"
                "Trong 6 tháng đầu năm, Đài thực hiện hơn 3000 tin và gần 800 phóng sự thời sự. Các trang mạng xã hội "
                "như Youtube, Fanpage, Tiktok thu hút hàng trăm triệu lượt xem và tương tác.\n")
    kept = [doc.text_of(p) for p in doc.paragraphs]
    assert kept[-1].startswith("Trong 6 tháng đầu năm, Đài thực hiện hơn 3000 tin") and len(kept) == 2
    assert [doc.text_of(r) for r in doc.removed if r.reason == "boilerplate"] == ["Lượt xem: 416"]


def test_a_visitor_counter_is_furniture_and_never_the_title():
    doc = parse("Truy cập hiện tại\n\nĐang có 151 khách và không thành viên đang online\n\n"
                "Tân Phú triển khai nhiệm vụ năm 2027\n\nSáng 30/1/2027, UBND huyện Tân Phú tổ chức hội nghị triển khai "
                "nhiệm vụ năm 2027.\n\nĐang truy cập: 6406\n\nNăm 2026, thu ngân sách huyện đạt 107% dự toán.\n")
    assert doc.text_of(doc.title) == "Tân Phú triển khai nhiệm vụ năm 2027"
    assert {"Truy cập hiện tại", "Đang có 151 khách và không thành viên đang online", "Đang truy cập: 6406"} <= set(
        doc.text_of(r) for r in doc.removed if r.reason == "boilerplate")
    assert find_period(doc) == "Năm 2026"  # the year the deployment meeting reviews, not the one it deploys


def test_a_portals_visitor_statistics_and_calendar_boxes_are_furniture():
    doc = parse("Thống kê truy cập\n\nSố lượng và lượt người truy cập\n\n  • Online 12\n\n  • Hôm nay 2041\n\n  • Tổng 1.204.377\n\n"
                "Hôm qua: 845\n\nTuần trước: 7,491\n\nTháng trước: 33,708\n\n"
                "Lịch làm việc\n\n›› Chọn ngày để xem lịch\n\nTải lịch tuần\n\nThư viện tỉnh triển khai nhiệm vụ năm 2027\n\n"
                "Post date: 12/01/2027\n\nNgày 10/01/2027, Thư viện tỉnh đã triển khai nhiệm vụ năm 2027. Năm 2026, Thư viện "
                "đã phục vụ 120 nghìn lượt bạn đọc.\n")
    assert doc.text_of(doc.title) == "Thư viện tỉnh triển khai nhiệm vụ năm 2027"
    assert [doc.text_of(p)[:9] for p in doc.paragraphs] == ["Ngày 10/0"]  # the counter's figures are no results


def test_a_comment_forms_prompt_is_furniture():
    doc = parse("Sáng 5/1, HĐND thành phố tổ chức kỳ họp thứ 4. Kỳ họp thông qua 12 nghị quyết.\n\n"
                "Vui lòng nhập nội dung bình luận\n\nBạn vui lòng nhập họ tên\n")
    assert [doc.text_of(p) for p in doc.paragraphs] == ["Sáng 5/1, HĐND thành phố tổ chức kỳ họp thứ 4. Kỳ họp thông qua 12 nghị quyết."]
