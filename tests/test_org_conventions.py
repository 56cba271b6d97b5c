"""Who holds a meeting the lead does not name, by the genre's conventions for kinds of meeting: a press or
public-opinion briefing is its propaganda board's. Articles written for these tests."""

from __future__ import annotations

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


def test_a_press_briefing_is_held_by_the_propaganda_board_not_a_council_in_its_topics():
    text = ("Hội nghị giao ban báo chí tháng 5/2023\n\n"
            "Trong tháng 5, các cơ quan báo chí đã phản ánh kết quả Kỳ họp chuyên đề HĐND tỉnh và công tác phòng, "
            "chống thiên tai.\n\n"
            "Phát biểu tại hội nghị, lãnh đạo Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo chí tiếp tục bám sát "
            "định hướng tuyên truyền.")
    assert find_organization(parse(text)) == "Ban Tuyên giáo Tỉnh ủy"


def test_the_head_of_the_board_names_the_board_of_a_speakers_meeting():
    text = ("Hội nghị báo cáo viên tháng 9/2023\n\n"
            "Tại hội nghị, các đại biểu được nghe thông tin về tình hình kinh tế - xã hội của tỉnh 9 tháng đầu năm.\n\n"
            "Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy đề nghị các báo cáo viên nắm chắc tình hình tư tưởng.")
    assert find_organization(parse(text)) == "Ban Tuyên giáo Tỉnh ủy"


def test_a_lead_that_names_the_holder_of_a_briefing_keeps_it():
    text = ("Giao ban báo chí quý III\n\n"
            "Ngày 5/10, Sở Thông tin và Truyền thông tổ chức hội nghị giao ban báo chí quý III năm 2023. "
            "Dự hội nghị có đại diện Ban Tuyên giáo Tỉnh ủy.\n\n"
            "Quý III, các cơ quan báo chí đăng tải 1.200 tin, bài.")
    assert find_organization(parse(text)) == "Sở Thông tin và Truyền thông"


def test_a_working_visit_on_public_opinion_is_the_visited_committees():
    text = ("Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy Đại Từ\n\n"
            "Năm 2023, Huyện ủy Đại Từ đã làm tốt công tác nắm bắt tình hình dư luận xã hội.")
    assert find_organization(parse(text)) == "Huyện ủy Đại Từ"


def test_the_lead_names_the_body_its_headline_shortens():
    text = ("Bộ đội Biên phòng Quảng Trị tổng kết công tác năm 2023\n\n"
            "Hôm nay 14/12, Bộ Chỉ huy Bộ đội Biên phòng Quảng Trị tổng kết công tác biên phòng năm 2023.\n\n"
            "Năm 2023, đơn vị phát hiện, xử lý 120 vụ vi phạm.")
    assert find_organization(parse(text)) == "Bộ Chỉ huy Bộ đội Biên phòng Quảng Trị"


def test_a_headline_body_without_its_place_takes_the_leads_name():
    text = ("Đoàn Thanh niên giao ban công tác Đoàn cụm phía Nam\n\n"
            "Vừa qua, Tỉnh Đoàn Bình Định đã tổ chức hội nghị giao ban công tác Đoàn năm 2023.\n\n"
            "Năm 2023, các huyện trong cụm kết nạp 1.500 đoàn viên mới.")
    assert find_organization(parse(text)) == "Tỉnh Đoàn Bình Định"


def test_a_numbered_bloc_in_the_headline_is_not_its_last_member():
    text = ("Khối thi đua số II tổng kết công tác năm 2023\n\n"
            "Ngày 20/12, Khối thi đua số II gồm có: Vụ Pháp chế, Văn phòng, Vụ Tổ chức cán bộ tổ chức hội nghị tổng "
            "kết công tác năm 2023.\n\nNăm 2023, các đơn vị trong Khối hoàn thành 100% kế hoạch.")
    assert find_organization(parse(text)) == "Khối thi đua số II"


def test_coordination_in_a_bodys_name_is_no_co_organiser():
    text = ("Chiều 20/3, Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh tổ chức Hội nghị tổng kết năm 2023.\n\n"
            "Năm 2023, các lực lượng phối hợp xây dựng 120 mô hình dân vận khéo.")
    assert find_organization(parse(text)) == "Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh"


def test_today_is_no_part_of_a_committees_name():
    text = ("Huyện ủy Quế Sơn tổ chức hội nghị lần thứ 12\n\n"
            "Huyện ủy Quế Sơn hôm nay đã tổ chức hội nghị lần thứ 12 đánh giá tình hình 9 tháng đầu năm 2023.")
    assert find_organization(parse(text)) == "Huyện ủy Quế Sơn"


def test_the_governments_monthly_session_is_the_governments():
    text = ("Chính phủ họp phiên thường kỳ tháng 8\n\n"
            "Ngày 6/9, dưới sự chủ trì của Thủ tướng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 8/2023. "
            "Tháng 8, kinh tế vĩ mô ổn định, lạm phát được kiểm soát.")
    assert find_organization(parse(text)) == "Chính phủ"


def test_a_session_chaired_by_the_prime_minister_is_the_governments_not_his_office():
    text = ("Nghị quyết phiên họp Chính phủ thường kỳ tháng 12/2014 cho biết Chính phủ quyết tâm thực hiện các mục "
            "tiêu năm 2015, theo Văn phòng Chính phủ.\n\nNăm 2014, tăng trưởng kinh tế đạt 5,98%.")
    assert find_organization(parse(text)) == "Chính phủ"


def test_a_capitalised_session_is_no_verb_of_holding():
    text = ("HĐND huyện Tuy An khai mạc Kỳ họp thường lệ giữa năm\n\n"
            "Sáng 13/7, HĐND huyện Tuy An khóa XVIII khai mạc Kỳ họp thường lệ giữa năm 2023.")
    assert find_organization(parse(text)) == "HĐND huyện Tuy An"


def test_a_headlines_capitalised_verb_is_no_place():
    text = ("UBND huyện Đánh giá kết quả tháng 10\n\n"
            "Chiều ngày 24/10, UBND huyện đã tổ chức hội nghị đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.")
    assert find_organization(parse(text)) == "UBND huyện"


def test_a_board_after_a_venue_is_no_place_of_the_venue():
    text = ("Chiều ngày 14/8/2018 tại hội trường UBND xã BCH Đảng bộ xã đã tổ chức họp đánh giá kết quả 7 tháng "
            "đầu năm.\n\n7 tháng đầu năm, thu ngân sách đạt 65% dự toán.")
    assert find_organization(parse(text)) == "BCH Đảng bộ xã"


def test_the_head_who_concludes_the_meeting_names_its_body_without_the_verb():
    text = ("Hội nghị sơ kết 6 tháng đầu năm 2010\n\n"
            "6 tháng đầu năm, các cấp hội đã vận động 5.000 hội viên đăng ký sản xuất kinh doanh giỏi.\n\n"
            "Đ/c Nguyễn Thị Lan – Chủ tịch Hội Nông dân tỉnh kết luận tại Hội nghị.")
    assert find_organization(parse(text)) == "Hội Nông dân tỉnh"
