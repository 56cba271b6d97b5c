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
