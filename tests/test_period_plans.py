"""A year whose own sentence sets goals is the plan's year, not the one reviewed; a year the body strove through
is reviewed, and so is the year a report's paragraph opens with where the lead names none. Articles written for
these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_period


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ngày 26-4, Hội Cựu chiến binh xã An Sơn tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2027-2032.\n\n"
                 "Trong nhiệm kỳ qua, Hội đã vận động hội viên giúp nhau 320 ngày công, kết nạp 45 hội viên mới.",
                 "nhiệm kỳ qua", id="a_congress_reviews_the_term_that_is_ending"),
    pytest.param("Ngày 26-4, Hội Đông y huyện tổ chức Đại hội lần thứ V, nhiệm kỳ 2027 - 2032.\n\n"
                 "Nhiệm kỳ IV (2022 - 2027), Hội Đông y huyện được Hội cấp trên khen 3 năm liền; kết nạp 45 hội viên mới.",
                 "nhiệm kỳ iv (2022 - 2027)", id="a_congress_reviews_the_term_that_ends_as_its_new_one_starts"),
    pytest.param("Ngày 26-4, Đảng bộ xã An Sơn tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2030 - 2035.\n\n"
                 "5 năm qua, Đảng bộ xã hoàn thành 18/20 chỉ tiêu Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 đề ra.",
                 "5 năm qua", id="the_past_terms_resolution_names_no_period"),
    pytest.param("Ngày 18/5, Huyện đoàn tổ chức Hội nghị sơ kết giữa nhiệm kỳ.\n\n"
                 "Trong nửa nhiệm kỳ vừa qua, Huyện đoàn đã tổ chức 12 đợt ra quân tình nguyện.",
                 "", id="half_a_term_is_not_the_term"),
    pytest.param("Hội Nông dân tỉnh tổng kết công tác\n\n"
                 "Năm 2024, Hội đặt mục tiêu phấn đấu thành lập mới 20 tổ hội nghề nghiệp.\n\n"
                 "Năm 2023, Hội đã vận động 1.200 hộ đăng ký thi đua sản xuất, kinh doanh giỏi.",
                 "năm 2023", id="a_year_that_sets_its_goals_is_not_the_reviewed_year"),
    pytest.param("Huyện ủy tổng kết công tác\n\n"
                 "Năm 2021, huyện sẽ tập trung phát triển kinh tế nông nghiệp.\n\n"
                 "Kinh tế năm 2020 tăng trưởng 7,2% so với năm 2019.",
                 "năm 2020", id="a_year_announced_as_the_plans_is_passed_over_for_the_one_reviewed"),
    pytest.param("Hội Người cao tuổi thị xã tổng kết công tác\n\n"
                 "Năm 2013, Hội người cao tuổi thị xã đã nỗ lực phấn đấu hoàn thành tốt các nhiệm vụ.\n\n"
                 "Năm 2014, Hội tiếp tục vận động hội viên tham gia các phong trào.",
                 "năm 2013", id="a_year_the_body_strove_through_is_reviewed"),
    pytest.param("Huyện An Thạnh: Tổng kết công tác Hội và phong trào nông dân năm 2027\n\n"
                 "Ngày 15/01/2027, Hội Nông dân huyện tổ chức Hội nghị tổng kết công tác hội năm 2026, triển khai phương "
                 "hướng, nhiệm vụ, ký kết giao ước thi đua năm 2027.",
                 "năm 2026", id="the_year_an_emulation_pledge_is_signed_for_comes_next"),
    pytest.param("Ngày 15/1, Công ty CP Cấp nước An Giang tổ chức hội nghị đại biểu người lao động năm 2027. Công ty phấn đấu "
                 "doanh thu 300 tỷ đồng. Năm 2026, doanh thu đạt 280 tỷ đồng, tăng 5% so với năm 2025.",
                 "năm 2026", id="a_staff_conference_is_named_for_the_year_whose_plan_it_adopts"),
    pytest.param("Chiều 29/1, Sở Tư pháp tổ chức hội nghị cán bộ, công chức, viên chức năm 2027. Năm 2026, Sở đã thẩm định "
                 "120 dự thảo văn bản.", "năm 2026", id="a_staff_conference_of_civil_servants_likewise"),
    pytest.param("Theo báo cáo đánh giá thực hiện nghị quyết Hội nghị người lao động năm 2026, sản lượng điện đạt 64 tỷ kWh, "
                 "tăng 13% so với năm 2025; phương hướng nhiệm vụ năm 2027 là bảo đảm vận hành an toàn.",
                 "năm 2026", id="the_resolution_of_a_years_staff_conference_is_carried_out_in_that_year"),
    pytest.param("Xã An Phú: Hội nghị triển khai nhiệm vụ quốc phòng, quân sự địa phương năm 2027\n\n"
                 "Sáng 20/12, UBND xã An Phú tổ chức hội nghị triển khai nhiệm vụ quốc phòng, quân sự địa phương năm 2027. "
                 "Theo báo cáo, năm 2026, xã đã giao đủ 12 thanh niên nhập ngũ, đạt 100% chỉ tiêu.",
                 "năm 2026", id="the_year_whose_tasks_a_meeting_deploys_is_not_reviewed_however_long_their_name"),
    pytest.param("Ngày 20/12, HĐND huyện An Phú khai mạc kỳ họp thứ 9, nghe báo cáo kinh tế - xã hội năm 2026 và phương hướng "
                 "năm 2027. Tổng thu ngân sách năm 2026 ước đạt 450 tỷ đồng, tăng 8% "
                 "so với dự toán năm 2026. Kỳ họp xác định nhiệm vụ thực hiện trong năm 2027 với 20 chỉ tiêu.",
                 "năm 2026", id="a_year_compared_with_its_budget_is_the_reviewed_year"),
    pytest.param("Sáng ngày 16/12/2026, HĐND huyện đã tổ chức kỳ họp thứ 17 (Kỳ họp thường lệ cuối năm 2026). Phát biểu khai mạc, "
                 "đồng chí Chủ tịch HĐND huyện nhấn mạnh, năm 2026 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 05 "
                 "năm 2021 - 2026.", "năm 2026", id="the_first_year_of_a_plans_span_is_not_the_reviewed_year"),
    pytest.param("Ngày 17/2, Hội Nông dân tỉnh tổ chức Hội nghị triển khai nhiệm vụ công tác Hội và phong trào nông dân "
                 "năm 2027.", "", id="a_meeting_that_only_deploys_a_years_tasks_reviews_no_named_period"),
    pytest.param("Kon Tum sẽ trồng mới 500 ha sâm Ngọc Linh trong năm 2027\n\nSáng 6/12, HĐND tỉnh khai mạc kỳ họp thứ 11. Năm "
                 "2026, tổng sản phẩm trên địa bàn ước tăng 9,39% so với năm trước.", "năm 2026",
                 id="a_year_something_will_be_done_in_comes_next"),
    pytest.param("Phát biểu chỉ đạo, Bí thư Thành ủy đánh giá, năm 2026, công tác kiểm tra được thực hiện toàn diện.\n\nBí thư Thành "
                 "ủy đề nghị thực hiện có hiệu quả các mục tiêu, nhiệm vụ đề ra trong năm 2027.", "năm 2026",
                 id="a_year_goals_are_set_for_comes_next"),
    pytest.param("Ngày 25/1/2027, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh tổng kết hoạt động nắm 2026 và đề ra "
                 "phương hướng, nhiệm vụ năm 2027.\n\nNăm 2026, tổng nguồn vốn đạt hơn 1.791 tỷ đồng.", "năm 2026",
                 id="what_a_review_names_after_va_de_ra_comes_next"),
    pytest.param("Bưu điện tỉnh triển khai kế hoạch năm 2027\n\nNgày 16/01, Bưu điện tỉnh tổ chức triển khai kế hoạch năm 2027.\n\n"
                 "Hội nghị có sự tham gia của các bưu điện huyện.\n\nGiám đốc Bưu điện tỉnh trình bày báo cáo.\n\nNăm 2026, "
                 "Bưu điện tỉnh hoàn thành 105% kế hoạch doanh thu.", "năm 2026",
                 id="a_launch_reviews_the_year_its_report_is_written_under"),
    pytest.param("Hội Luật gia tỉnh triển khai nhiệm vụ năm 2027\n\nHội Luật gia tỉnh được củng cố, kiện toàn.\n\nHội Luật gia "
                 "Việt Nam tặng cờ thi đua cho Hội.\n\nHội hiện có 950 hội viên.\n\nTrong năm 2026, mặc dù còn khó khăn, Hội "
                 "đã tư vấn pháp luật cho 1.200 lượt người.", "năm 2026",
                 id="a_paragraph_opened_by_in_the_year"),
])
def test_the_reviewed_year(text, expected):
    # "Năm 2023, …" opens a sentence: the case is the sentence's, not the period's
    assert (find_period(parse(text)) or "").casefold() == expected


def test_a_yearless_period_takes_the_year_the_article_writes_it_with_further_on():
    from summarizer.pipeline.meta import rules_meta

    text = ("HĐND huyện khai mạc kỳ họp giữa năm\n\n6 tháng đầu năm, kinh tế của huyện tiếp tục tăng trưởng khá.\n\n"
            "Trong 6 tháng 2026, toàn huyện trồng mới 1.200 ha rừng; thu ngân sách đạt 60% dự toán.")
    assert rules_meta(parse(text)).period == "6 tháng đầu năm 2026"
    # two years written with the months name no one year: the period stays as the lead writes it
    both = text + "\n\nTrong 6 tháng 2025, diện tích rừng trồng đạt 1.100 ha."
    assert rules_meta(parse(both)).period == "6 tháng đầu năm"
    # … but a comparison's baseline ("So với 6 tháng 2025") is the year before, not a second year of the period
    compared = text + "\n\nSo với 6 tháng 2025, diện tích rừng trồng tăng 10%."
    assert rules_meta(parse(compared)).period == "6 tháng đầu năm 2026"


def test_an_undated_years_meeting_is_in_the_year_after_the_one_its_figures_are_compared_with():
    from summarizer.pipeline.meta import rules_meta

    text = ("Ngày 16-7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát.\n\n"
            "Trong 6 tháng đầu năm, cấp ủy các cấp đã kiểm tra 450 tổ chức đảng (tăng 230 tổ chức so với cùng kỳ"
            " năm 2020); UBKT các cấp đã giám sát 126 tổ chức đảng (tăng 66 tổ chức so với cùng kỳ năm 2020).")
    meta = rules_meta(parse(text))
    assert (meta.meeting_date, meta.period) == ("2021-07-16", "6 tháng đầu năm 2021")
    # compared with two years, the report names no one year: the date is not guessed from the comparisons
    two = text.replace("tổ chức so với cùng kỳ năm 2020);", "tổ chức so với cùng kỳ năm 2019);", 1)
    assert rules_meta(parse(two)).meeting_date != "2021-07-16"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Giao ban công tác quân sự, quốc phòng địa phương tháng 8\n\nChiều ngày 20/8, Bộ Chỉ huy Quân sự tỉnh tổ "
                 "chức Hội nghị giao ban công tác quân sự, quốc phòng địa phương tháng 8, triển khai phương hướng, nhiệm vụ "
                 "tháng 9 năm 2026. Các đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu.",
                 "tháng 8 năm 2026", id="a_monthly_briefing_named_by_its_field_reviews_its_month"),
    pytest.param("Sáng\nngày 25/7/2026, Chi bộ Trường THCS Lê Lợi đã tổ chức sinh hoạt định\nkỳ tháng 8. Tại buổi\nsinh hoạt, "
                 "đồng chí Bí thư Chi bộ đã đánh giá kết quả lãnh đạo thực hiện nhiệm\nvụ chính trị trong tháng 7, đồng thời "
                 "triển khai các nhiệm vụ trọng tâm trong\ntháng 8.",
                 "tháng 7 năm 2026", id="a_hard_wrapped_lead_is_read_as_its_sentences"),
    pytest.param("Kỳ họp thứ 8, HĐND huyện khóa XIX: Thông qua nhiều nghị quyết quan trọng\n\n"
                 "Trong 2 ngày 23 và 24/7, HĐND huyện tổ chức kỳ họp thứ 8.\n\n"
                 "Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy dự kỳ họp.\n\n"
                 "Tới dự có đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh.\n\n"
                 "6 tháng đầu năm 2026, kinh tế của huyện tăng trưởng 12%.",
                 "6 tháng đầu năm 2026", id="the_guests_lines_are_passed_over_to_find_the_lead_that_names_the_period"),
    pytest.param("Công đoàn Giáo dục tỉnh sơ kết học kỳ I\n\nChiều 15/1, Công đoàn Giáo dục tỉnh tổ chức hội nghị sơ kết hoạt "
                 "động học kỳ I, năm học 2026 – 2027. Trong học kỳ I, các công đoàn cơ sở đã thăm hỏi 300 đoàn viên.",
                 "học kỳ I, năm học 2026–2027", id="a_first_terms_review_names_the_term_of_its_school_year"),
    pytest.param("BHXH tỉnh tổng kết công tác\n\nSố người tham gia BHXH bắt buộc là 93.868 người, tăng 1.148 người so với cuối năm "
                 "2025. Thu BHXH năm 2026 toàn tỉnh đạt 3.421 tỷ đồng.",
                 "năm 2026", id="the_year_a_figure_is_compared_with_is_not_the_reviewed_year"),
    pytest.param("Chiều 12/10, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Tân Lạc về tình hình kinh tế - xã hội 3 quý đầu "
                 "năm 2026, phương hướng nhiệm vụ quý IV. Thu ngân sách đạt 81% dự toán.",
                 "3 quý đầu năm 2026", id="three_quarters_are_counted_as_quarters"),
    pytest.param("Đại hội Đảng bộ Chi cục Thuế khu vực\n\nNhiệm kỳ 2025 - 2030, Đảng bộ Chi cục Thuế đã thu ngân sách đạt "
                 "119% chỉ tiêu nghị quyết; kết nạp 18 đảng viên mới.",
                 "Nhiệm kỳ 2025 - 2030", id="a_congress_opens_the_terms_results_with_its_span"),
    pytest.param("Đại hội Hội Cựu chiến binh xã\n\nNhiệm kỳ 2025 - 2030, Hội phấn đấu 100% chi hội trong sạch vững mạnh; "
                 "kết nạp 30 hội viên mới.",
                 None, id="the_next_terms_plan_opens_the_same_way_but_is_not_reviewed"),
    pytest.param("Sáng 19/5/2028, Đảng bộ xã An Hòa tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ "
                 "xã lần thứ XIV, nhiệm kỳ 2025 - 2030.Tới dự có đồng chí Trần Văn Bình. Sau 2,5 năm, thu nhập bình quân đạt "
                 "62 triệu đồng.",
                 "giữa nhiệm kỳ 2025 - 2030", id="a_mid_term_review_reviews_the_first_half_of_its_term"),
    pytest.param("Vừa qua, Đảng bộ xã Ea Tir đã tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2030 - 2035.\n\nĐảng bộ xã hiện có 246 "
                 "đảng viên. Trong nhiệm kỳ 2025 - 2030, Đảng bộ xã đã lãnh đạo thực hiện thắng lợi các chỉ tiêu nghị quyết.",
                 "nhiệm kỳ 2025 - 2030", id="a_sentence_of_the_terms_results_opened_by_its_span"),
    pytest.param("Chiều 11/11, Đoàn Thanh niên Công an tỉnh tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2030-2035.\n\nGiai đoạn "
                 "2027-2030, được sự quan tâm, chỉ đạo sát sao của Đảng ủy, Giám đốc Công an tỉnh, hoạt động của Đoàn Thanh niên "
                 "Công an tỉnh đã đạt được những kết quả quan trọng.",
                 "Giai đoạn 2027-2030", id="a_stage_written_as_giai_doan_opens_the_results_too"),
    pytest.param("Ngày 24-6, Bộ đội Biên phòng tỉnh tổ chức Đại hội đại biểu Đoàn Thanh niên lần thứ VIII.\n\nTrong nhiệm kỳ qua, "
                 "tuổi trẻ Biên phòng tỉnh đã xây dựng 12 mô hình. Từ năm 2027 đến nay, các cơ sở đoàn đã trao 300 suất quà.",
                 "nhiệm kỳ qua", id="a_congress_names_its_past_term_before_the_years_since"),
    pytest.param("Long Xuyên phấn đấu trở thành đô thị loại 5 trước năm 2035\n\nĐại hội đại biểu Đảng bộ xã Long Xuyên lần thứ "
                 "28, nhiệm kỳ 2030-2035 đã thành công.\n\nNhiệm kỳ 2025-2030, Đảng bộ, chính quyền và nhân dân xã đã đoàn kết "
                 "hoàn thành 18/20 chỉ tiêu nghị quyết.",
                 "Nhiệm kỳ 2025-2030", id="a_terms_results_sentence_after_a_deadline_year"),
    pytest.param("Xã An Lạc phấn đấu đạt chuẩn nông thôn mới kiểu mẫu trước năm 2035\n\nHĐND xã An Lạc khai mạc kỳ họp thứ 9. "
                 "Xã đã thu ngân sách đạt 58% dự toán.", None, id="a_deadline_year_is_no_reviewed_period"),
    pytest.param("Đại hội Đảng bộ xã An Lạc nhiệm kỳ 2030-2035 được tổ chức theo Chỉ thị số 35 năm 2029 của Bộ Chính trị.\n\n"
                 "Nhiệm kỳ 2025-2030, Đảng bộ xã đã lãnh đạo hoàn thành 18/20 chỉ tiêu nghị quyết.",
                 "Nhiệm kỳ 2025-2030", id="the_terms_results_sentence_beats_a_year_named_in_passing"),
    pytest.param("Tính đến trung tuần tháng 11/2026, tổng diện tích gieo trồng vụ mùa 2026 toàn tỉnh đạt 163.240 ha, vượt 2% kế "
                 "hoạch.", "vụ mùa 2026", id="a_farming_brief_reviews_its_crop_season"),
    pytest.param("Vụ lúa hè thu 2027:\nNơi đủ nước mới sản xuất\n\nĐó là chỉ đạo của Sở NN-PTNT tại hội nghị sơ kết sản xuất vụ "
                 "đông xuân 2026-2027 và triển khai sản xuất vụ hè thu năm 2027. Vụ đông xuân, toàn tỉnh gieo trồng 26.000 ha.",
                 "vụ đông xuân 2026-2027", id="the_season_summed_up_not_the_one_launched"),
    pytest.param("Đến nay, toàn tỉnh đã thu hoạch xong lúa hè thu năm 2026, năng suất ước đạt 65 tạ/ha.", "lúa hè thu năm 2026",
                 id="a_season_written_with_its_crop"),
    pytest.param("Năm 2026, huyện đã hoàn thành các chỉ tiêu; triển khai gieo cấy vụ đông xuân 2026-2027 đúng lịch.", "Năm 2026",
                 id="a_season_after_the_years_results_is_no_reviewed_period"),
    pytest.param("Đại hội Hội LHPN huyện Krông Năng lần thứ X\n\nQua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo, đạt 29%.", "5 năm",
                 id="a_congress_counting_its_years_reviews_them"),
    pytest.param("Báo cáo tại cuộc họp, bà Nguyễn Hồng Hạnh cho biết, tính đến ngày 31/12/2026, tổng số người tham gia BHXH là "
                 "206.810 người.", "tính đến ngày 31/12/2026", id="a_cut_off_date_is_the_span_reported_when_no_period_is_named"),
    pytest.param("Qua 5 năm, có 1.348 hội viên thoát nghèo. Trong 6 tháng đầu năm 2026, hội kết nạp 200 hội viên.",
                 "6 tháng đầu năm 2026", id="a_named_period_beats_a_count_of_years"),
])
def test_the_period_the_lead_names(text, expected):
    from summarizer.pipeline.meta import rules_meta

    assert rules_meta(parse(text)).period == expected


def test_a_plans_horizon_is_not_the_reviewed_periods_year():
    from summarizer.pipeline.meta import rules_meta

    text = ("HĐND thành phố khai mạc kỳ họp thứ 3\n\n6 tháng đầu năm, thành phố thu ngân sách đạt 58% dự toán; lập quy "
            "hoạch phân khu theo quy hoạch chung đô thị đến năm 2035; hoàn thành nâng cấp quảng trường.")
    assert rules_meta(parse(text)).period == "6 tháng đầu năm"
    dated = text.replace("đến năm 2035; ", "đến năm 2035; năm 2026 hoàn thành 12 công trình; ")
    assert rules_meta(parse(dated)).period == "6 tháng đầu năm 2026"


def test_the_agendas_main_content_is_the_review_not_the_next_periods_focus():
    text = ("Chiều 13-10, đồng chí Bí thư chủ trì Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 21, với nội dung trọng tâm là "
            "đánh giá kết quả công tác 9 tháng; thống nhất phương hướng, nhiệm vụ 3 tháng cuối năm 2026.\n\n"
            "Từ đầu năm tới nay, công tác lãnh đạo tiếp tục được đổi mới.")
    assert find_period(parse(text)) == "9 tháng năm 2026"


@pytest.mark.parametrize(("text", "expected"), [
    ("Đảng ủy Quân sự huyện ra nghị quyết lãnh đạo nhiệm vụ 6 tháng cuối năm 2026\n\nNgày 08/7, Đảng ủy Quân sự huyện "
     "tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự - quốc phòng địa phương 6 tháng cuối năm 2026.\n\n"
     "Các đại biểu dự hội nghị.\n\nTrong 6 tháng đầu năm 2026, Đảng ủy Quân sự huyện đã lãnh đạo hoàn thành các chỉ tiêu.",
     "6 tháng đầu năm 2026"),
    ("Công an huyện sơ kết 6 tháng cuối năm 2026\n\nNgày 28/12, Công an huyện tổ chức hội nghị. Trong 6 tháng cuối năm "
     "2026, đơn vị đã bắt 30 đối tượng.", "6 tháng cuối năm 2026"),  # the year's end: the first half is not named
    ("Trung tâm GDNN-GDTX huyện khai giảng năm học mới\nTrung tâm GDNN-GDTX huyện tổ chức lễ khai giảng năm học 2026-2027. "
     "Dự buổi lễ có đồng chí Bí thư Huyện ủy.\nNăm học 2025-2026, Trung tâm có 14 lớp với 482 học sinh.", "Năm học 2025-2026"),
    ("(HTV) - Năm học 2026-2027, phòng Giáo dục - Đào tạo Quận 11 đã đề ra 14 nhiệm vụ trọng tâm cần thực hiện.\n"
     "Năm học 2025-2026, 100% học sinh tiểu học được học Ngoại ngữ.", "Năm học 2025-2026"),
    ("Các đại biểu tham dự buổi làm việc\n\nTheo báo cáo, 5 năm qua, Đảng bộ huyện đã lãnh đạo thực hiện đạt các mục tiêu. "
     "Tăng trưởng kinh tế hàng năm đạt 8,79%.", "5 năm qua"),
    ("Ngày 25.5, Đảng bộ Công ty tổ chức đại hội.\n\nNhiệm kỳ 2020 - 2025, Đảng bộ Công ty đã lãnh đạo hoàn thành các chỉ "
     "tiêu. 5 năm qua, sản lượng điện tăng 10,8%/năm.", "Nhiệm kỳ 2020 - 2025"),
    ("Banner\n\n(TTV) Phiên họp thường kỳ UBND tỉnh tháng 6\n\n20:55, 22/06/2026\n6 tháng cuối năm, cần nỗ lực để hoàn thành "
     "các chỉ tiêu năm 2026. Đó là yêu cầu của Chủ tịch Ủy ban nhân dân tỉnh tại phiên họp thường kỳ Ủy ban nhân dân tỉnh "
     "tháng 6 diễn ra ngày 22/6.", "tháng 6 năm 2026"),
    ("Trong 09 tháng, UBND thành phố đã tập trung chỉ đạo các ngành thực hiện các nhiệm vụ năm 2026.\n\nTổng giá trị sản "
     "xuất ước thực hiện 27.415 tỷ đồng, tăng 12,47 % so với cùng kỳ năm 2025.", "09 tháng năm 2026"),
    ("Tại buổi họp báo, đại diện Sở Kế hoạch và Đầu tư đã thông báo tình hình kinh tế xã hội 6 tháng đầu năm. Các chỉ tiêu "
     "đều tăng so với cùng kỳ quý II năm 2025 như tổng vốn đầu tư ước đạt 8.538 tỷ đồng (năm 2025 đạt 8.167 tỷ đồng).",
     "6 tháng đầu năm 2026"),
    ("Hội nghị đánh giá kết quả 6 tháng đầu năm. Dư nợ cho vay đạt 4.183 tỷ đồng, tăng 98,7 tỷ đồng so với quý I.2026 và "
     "tăng 12% so với cùng kỳ năm trước.", "6 tháng đầu năm 2026"),
    pytest.param("Hội nghị lần thứ 7, Ủy ban MTTQ tỉnh. 6 tháng đầu năm, MTTQ các cấp tổ chức nhiều đợt lấy ý kiến nhân dân vào "
                 "Dự thảo sửa đổi Hiến pháp năm 1992. Tuy nhiên, công tác mặt trận 6 tháng đầu năm còn một số hạn chế.",
                 "6 tháng đầu năm", id="a_laws_year_is_not_the_periods"),
    pytest.param("Tại Đại hội, các đại biểu đã thông qua báo cáo tổng kết nhiệm kỳ cùng phương hướng hoạt động nhiệm kỳ 2026 – "
                 "2031. Trong những năm qua, Công đoàn trường đã chăm lo tốt đời sống đoàn viên.",
                 None, id="the_next_terms_plan_is_not_the_term_reviewed"),
    pytest.param("Ngày 16-10, Đảng ủy Sở Y tế đã tổ chức Hội nghị giao ban công tác Đảng quý IV năm 2026. Theo báo cáo, trong "
                 "quý III năm 2026, Đảng ủy đã kết nạp được 12 đảng viên mới.",
                 "quý III năm 2026", id="a_meeting_named_by_the_quarter_it_is_held_in_reviews_the_one_before"),
    pytest.param("Ngày 8/1/2027, Quận ủy tổ chức hội nghị giao ban đánh giá tình hình công tác quý IV năm 2026. Trong quý IV "
                 "năm 2026, các chi bộ đã kết nạp 20 đảng viên.",
                 "quý IV năm 2026", id="a_quarter_reviewed_after_it_ended_stays"),
    pytest.param("Theo Kế hoạch kiểm tra năm 2026 (Kế hoạch số 10-KH/ĐUK, ngày 15/01/2026), Ban Thường vụ tổ chức 03 cuộc kiểm "
                 "tra. Kết quả kiểm tra quý I/2026 cho thấy các chi bộ đều thực hiện tốt.",
                 "quý I/2026", id="a_documents_date_is_not_the_meetings"),
])
def test_the_period_reviewed(text, expected):
    # a mid-year meeting naming both halves reviews the first; a school year's opening and plan, a stage's years past;
    # a monthly meeting named with its body; figures compared with the year before; laws' years, the next term's
    # plan, a quarter not yet ended
    assert find_period(parse(text)) == expected


def test_the_tasks_a_meeting_agrees_on_are_the_next_quarters():
    text = ("Hội nghị Chủ tịch Ủy ban MTTQ cấp huyện thống nhất nhiệm vụ quý IV\n\nChiều ngày 8/10, Ban Thường trực Ủy ban MTTQ "
            "tỉnh tổ chức Hội nghị Chủ tịch Ủy ban MTTQ huyện, thị xã, thành phố quý III/2026.")
    assert find_period(parse(text)) == "quý III/2026"


