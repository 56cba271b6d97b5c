"""Periods as the genre writes them in figures: a month with its year after a dash ("Tháng 8-2026", the northern
papers' spelling), and a comparison's baseline ("So với 6 tháng đầu năm 2025"), which is never the period reviewed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_period


@pytest.mark.parametrize("text, expected", [
    pytest.param("Giải quyết 25 đơn khiếu nại của công dân\n\nTháng 8-2026, ngành thanh tra tỉnh tiếp nhận 66 đơn của công "
                 "dân. Trong đó, đã chuyển 41 đơn đến cơ quan có thẩm quyền.\n\nThanh tra tỉnh đã giải quyết 5/13 đơn khiếu nại.",
                 "Tháng 8-2026", id="a_month_with_its_year_after_a_dash"),
    pytest.param("Trong tháng 2-2027, các cơ quan chức năng toàn tỉnh tiếp 57 lượt công dân; trong đó tiếp thường xuyên 50 lượt.",
                 "tháng 2-2027", id="a_dashed_month_after_trong"),
    pytest.param("Ngày 24 tháng 8-2026, Công an huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. 6 tháng đầu năm, lực lượng "
                 "Công an huyện đã điều tra làm rõ 40 vụ.",
                 "6 tháng đầu năm 2026", id="a_dashed_date_is_no_month_reviewed"),
    pytest.param("Ngay từ tháng 12-2025, Ban Kinh tế đã xây dựng kế hoạch công tác năm. Sáu tháng đầu năm, các nội dung công tác "
                 "của Ban được triển khai khẩn trương.",
                 "Sáu tháng đầu năm", id="the_month_work_started_from_is_no_month_reviewed"),
])
def test_a_month_written_with_a_dash(text, expected):
    assert find_period(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Hạt Kiểm lâm huyện tăng cường tuần tra bảo vệ rừng\n\nTrong 6 tháng qua, đơn vị đã thực hiện hơn 20 buổi "
                 "tuyên truyền, tổ chức gần 600 lượt tuần tra. So với 6 tháng đầu năm 2025, số vụ vi phạm giảm 7 vụ.",
                 "6 tháng", id="the_half_year_compared_with_is_not_the_one_reviewed"),  # its year is not the baseline's
    pytest.param("Trong quý I, Chi cục đã kiểm tra 120 vụ, tăng 15 vụ so với quý I/2025.",
                 "quý I", id="the_quarter_compared_with_is_not_the_one_reviewed"),
])
def test_a_comparisons_baseline_is_not_the_period(text, expected):
    assert find_period(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Công an huyện tổng kết công tác năm\n\nNăm qua, số vụ vi phạm pháp luật giảm 69 vụ so với cùng kỳ năm 2025; "
                 "không để xảy ra điểm nóng.", "năm 2026", id="the_year_after_the_one_compared_with"),
    pytest.param("Hội nghị tổng kết Hội Nạn nhân chất độc da cam huyện\n\nNgày 10/01/2027\n\nTrong năm qua, Hội đã làm tốt công "
                 "tác tuyên truyền, vận động được 120 triệu đồng.", "năm 2026", id="posted_in_january_the_year_before"),
    pytest.param("Hội nghị tổng kết Hội Nạn nhân chất độc da cam huyện\n\nTrong năm qua, Hội đã làm tốt công tác tuyên "
                 "truyền, vận động được 120 triệu đồng.", None, id="no_year_told_none_guessed"),
    pytest.param("Trong những năm qua, Hội đã vận động được 120 triệu đồng.", None, id="the_past_years_are_no_one_year"),
])
def test_a_lead_opening_nam_qua_reviews_the_year_just_past(text, expected):
    assert find_period(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tháng 6-2027, trao giải báo chí lần thứ hai\n\nSáng 7-4, Hội Nhà báo thành phố tổng kết công tác quý 1, triển "
                 "khai nhiệm vụ quý 2-2027.\n\nQuý 1-2027, Hội Nhà báo thành phố tiếp tục đổi mới các hình thức hoạt động.",
                 "quý 1-2027", id="a_quarter_with_its_year_after_a_dash"),
    pytest.param("Hội nghị tổng kết công tác hội năm 2026\n\nNăm 2026, Hội đã tổ chức 12 lớp tập huấn. Giải báo chí dự kiến trao "
                 "vào trung tuần tháng 6-2027.", "năm 2026", id="a_planned_part_of_a_month_is_no_period"),
    pytest.param("Tại buổi lễ, các đại biểu nghe lại thư của Bác Hồ gửi Hội nghị cán bộ ngành Y tế vào tháng 2-1955. Năm 2026, "
                 "Hội đã khám bệnh miễn phí cho 1.200 lượt người.", "Năm 2026", id="a_month_when_something_happened_is_no_period"),
    pytest.param("HỘI NGHỊ CÁN BỘ – VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG NĂM HỌC 2027-2028\n\nNgày 24/10/2027, Trung tâm tổ chức Hội nghị "
                 "cán bộ – viên chức và người lao động năm học 2027 – 2028. Hội nghị đánh giá kết quả năm học 2026 – 2027.",
                 "năm học 2026–2027", id="a_staff_conference_named_with_dashes_opens_the_year_to_come"),
])
def test_dates_plans_and_the_year_to_come_are_not_the_period(text, expected):
    assert find_period(parse(text)) == expected

