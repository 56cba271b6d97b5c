"""Who holds a meeting, by the genre's conventions: a press or public-opinion briefing is its propaganda board's, the
Government's session the Government's, the lead names the body its headline shortens, and a name never holds the
verbs and words around it. Articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization

CASES = [
    pytest.param("Ban Pháp chế HĐND tỉnh giám sát công tác tuyên truyền pháp luật tại huyện Thuận Bắc\n\nNgày 12/5, Ban "
                 "Pháp chế HĐND tỉnh giám sát công tác tuyên truyền pháp luật và trợ giúp pháp lý tại huyện Thuận Bắc. "
                 "Năm 2026, huyện tổ chức 120 buổi tuyên truyền cho 8.000 lượt người.",
                 "Huyện Thuận Bắc", id="a_council_committees_supervision_of_a_field_in_a_district_names_the_district"),
    pytest.param("Hội Liên hiệp Phụ nữ tỉnh kiểm tra công tác Hội tại xã Vi Hương\n\nSáng 28/10, Đoàn công tác Hội Liên "
                 "hiệp Phụ nữ tỉnh đã tiến hành kiểm tra công tác Hội năm 2026 tại Hội Liên hiệp phụ nữ xã Vi Hương. "
                 "Trong 9 tháng, Hội đã vận động 50 hội viên mới.",
                 "Hội Liên hiệp phụ nữ xã Vi Hương", id="a_body_inspected_is_preferred_to_the_commune_a_headline_names"),
    pytest.param("(NTO) Ngày 25-5, Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT Lê Duẩn, THPT Bác "
                 "Ái, THPT Phan Bội Châu và THPT Tôn Đức Thắng tổ chức Hội nghị tổng kết công tác thi đua năm học "
                 "2025-2026. Trong năm học, các đơn vị trong cụm đã tổ chức 40 chuyên đề.",
                 "Cụm thi đua số 4", id="a_cluster_belonging_to_a_department_and_listing_its_members_holds_the_meeting"),
    pytest.param("Giao ban công tác phối hợp bảo vệ khu vực giáp ranh\n\nSáng 12-4, tại huyện Tân Phước, Bộ Chỉ huy Quân "
                 "sự 3 tỉnh Hậu Giang, Sóc Trăng, Bạc Liêu tổ chức hội nghị giao ban quý I năm 2026. Quý qua, lực "
                 "lượng vũ trang 3 tỉnh đã tuần tra 45 lượt.",
                 "Bộ Chỉ huy Quân sự 3 tỉnh Hậu Giang, Sóc Trăng, Bạc Liêu", id="the_forces_of_several_places_counted_in_one_name_hold_the_meeting"),
    pytest.param("Giao ban công tác phối hợp bảo vệ khu vực giáp ranh\n\nSáng 12-4, tại huyện Tân Phước, BĐBP hai tỉnh "
                 "Hậu Giang và Cà Mau tổ chức hội nghị giao ban quý I năm 2026. Quý qua, lực lượng vũ trang 3 tỉnh đã "
                 "tuần tra 45 lượt.",
                 "BĐBP hai tỉnh Hậu Giang và Cà Mau", id="the_forces_of_several_places_counted_in_one_name_hold_the_meeting_also"),
    pytest.param("Hội đồng nhân dân giám sát trước kỳ họp\n\nNgày 10/12, HĐND xã Tân Lập đã tổ chức giám sát hoạt động "
                 "của UBND về tình hình phát triển kinh tế - xã hội năm 2026. Năm qua, tổng thu ngân sách xã đạt 12,4 "
                 "tỷ đồng.",
                 "UBND xã Tân Lập", id="a_councils_supervision_of_its_own_peoples_committee_names_the_committee_with_the_councils_place"),
    pytest.param("Củng cố Ban Công tác Mặt trận ở khu dân cư\n\nTại hội nghị tổng kết 3 năm thực hiện kế hoạch của Ủy "
                 "ban MTTQ huyện Long Thành về củng cố, nâng cao chất lượng hoạt động của Ban Công tác Mặt trận, giai "
                 "đoạn 2023 - 2026, đại biểu đánh giá 95% khu dân cư đạt loại tốt.",
                 "Ủy ban MTTQ huyện Long Thành", id="a_named_meetings_body_ends_before_what_its_plan_is_about"),
    pytest.param("Đảng ủy quân sự huyện Tam Nông ra nghị quyết thực hiện nhiệm vụ quý IV/2026 (PS CTTS NGAY 26/9)\nToàn "
                 "cảnh hội nghị\n\nTrong quý III/2026, Đảng ủy quân sự huyện đã quán triệt các Chỉ thị, Nghị quyết của "
                 "cấp trên; Tổ chức thành công Đại hội đại biểu Đảng bộ Quân sự huyện lần thứ XX, nhiệm kỳ 2025 - "
                 "2030; hoàn thành 100% chỉ tiêu huấn luyện.",
                 "Đảng ủy quân sự huyện Tam Nông", id="a_party_committees_resolution_meeting_is_named_by_its_headline"),
    pytest.param("Tổng kết công tác thi đua năm 2026\n\nChiều ngày 21/01/2027, Khối thi đua Nội chính tỉnh Hà Tĩnh (gồm "
                 "06 đơn vị thành viên: Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, Bộ Chỉ huy Bộ đội biên phòng tỉnh, Cục "
                 "Thi hành án dân sự tỉnh, Tòa án nhân dân tỉnh và Viện kiểm sát nhân dân tỉnh Hà Tĩnh) tổ chức hội "
                 "nghị tổng kết công tác thi đua năm 2026. Năm qua, các đơn vị trong khối đã hoàn thành 100% chỉ tiêu.",
                 "Khối thi đua Nội chính tỉnh Hà Tĩnh", id="a_bloc_lists_its_members_in_brackets_or_after_gom_and_still_holds_the_meeting"),
    pytest.param("Triển khai hiệu quả các phong trào thi đua\n\nNgày 28-1, Khối các sở quản lý nhà nước 2 gồm các sở: Tư "
                 "pháp, Nội vụ, Y tế tổ chức hội nghị tổng kết phong trào thi đua năm 2026. Năm qua, các sở đã hoàn "
                 "thành 100% chỉ tiêu.",
                 "Khối các sở quản lý nhà nước 2", id="a_bloc_lists_its_members_in_brackets_or_after_gom_and_still_holds_the_meeting_also"),
    pytest.param("Hội nghị người lao động năm 2027\n\nNgày 03/01/2027, tại Văn phòng Công ty CP than Hà Lầm - Vinacomin  "
                 "đã tổ chức Hội nghị tổng kết hoạt động sản xuất, kinh doanh năm 2026. Năm qua, công ty khai thác 2,5 "
                 "triệu tấn than.",
                 "Công ty CP than Hà Lầm - Vinacomin", id="a_meeting_held_at_a_bodys_office_with_no_other_subject_is_that_bodys"),
    pytest.param("Vĩnh Long: Xem xét công tác thi hành án dân sự\n\n02/12/2027\n\nBan Pháp chế HĐND tỉnh vừa giám sát công "
                 "tác thi hành án dân sự. Qua giám sát cho thấy, từ đầu năm đến nay công tác thi hành án có chuyển biến "
                 "tích cực, thụ lý trên 4.100 việc. Tuy nhiên, biên chế còn thiếu nên số việc tồn đọng còn cao.",
                 "Ban Pháp chế HĐND tỉnh Vĩnh Long", id="a_body_given_its_level_from_the_text_takes_the_headlines_place"),
    pytest.param("Vừa qua, Chủ tịch HĐND huyện Lê Văn Hòa và Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Thị Mai chủ trì hội "
                 "nghị tổng kết thực hiện Quy chế phối hợp giữa HĐND, UBND và Ủy ban MTTQ Việt Nam huyện Long Thành năm "
                 "2026. Năm qua, các bên đã phối hợp giải quyết 95% kiến nghị của cử tri.",
                 "HĐND, UBND và Ủy ban MTTQ Việt Nam huyện Long Thành", id="a_coordination_rules_review_is_held_by_its_parties"),
    pytest.param("Ngày 10/1, UBND huyện Long Thành tổ chức hội nghị tổng kết thực hiện Quy chế phối hợp giữa UBND huyện và "
                 "Ủy ban MTTQ Việt Nam huyện năm 2026. Năm qua, các bên đã phối hợp giải quyết 95% kiến nghị của cử tri.",
                 "UBND huyện Long Thành", id="a_coordination_rules_review_with_a_subject_is_the_subjects"),
    pytest.param("Chiều 13/11, Thường trực HĐND huyện Gò Dầu tổ chức đoàn giám sát đối với UBND huyện về việc giải quyết "
                 "ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 7. Qua giám sát, UBND huyện đã giải quyết 45/48 "
                 "kiến nghị, đạt 93,7%.",
                 "UBND huyện Gò Dầu", id="a_supervision_teams_visit_is_named_by_the_body_under_review"),
    pytest.param("HĐND tỉnh Nam Định thực hiện giám sát tại Sở Y tế\n\nSáng ngày 26/6, Ban Văn hóa – Xã hội HĐND tỉnh giám "
                 "sát tại Sở Y tế về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2027. Sở đã tiêm chủng đầy đủ cho 98,5% "
                 "trẻ em dưới 1 tuổi.",
                 "Sở Y tế tỉnh Nam Định", id="a_supervised_body_named_without_a_place_is_at_the_councils_place"),
    pytest.param("Sáng 7/3, Hội nghị giao ban báo chí tháng 3 đã diễn ra tại trụ sở báo Lào Cai. Phó Trưởng ban Thường trực "
                 "Ban Tuyên giáo Tỉnh ủy Hoàng Văn Nam dự hội nghị.\n\nTheo Ban Tuyên giáo Tỉnh ủy, 2 tháng đầu năm, các cơ "
                 "quan báo chí đã đăng trên 1.200 tin bài.",
                 "Ban Tuyên giáo Tỉnh ủy", id="a_party_board_is_named_with_its_committee"),
    pytest.param("Chủ tịch UBND tỉnh Quảng Nam làm việc với lãnh đạo Huyện ủy Tiên Phước\n\nSáng ngày 5/2, Chủ tịch UBND tỉnh Quảng "
                 "Nam Lê Văn Dũng làm việc với lãnh đạo Huyện ủy Tiên Phước về tình hình phát triển kinh tế - xã hội năm "
                 "2026. Năm 2026, thu ngân sách trên địa bàn huyện đạt 112% dự toán.",
                 "Huyện ủy Tiên Phước", id="a_superiors_working_session_is_named_by_the_body_visited"),
    pytest.param("Theo báo cáo của Giám đốc Công an tỉnh Bạc Liêu, trong năm 2026, Công an tỉnh Bạc Liêu đã thực hiện tốt "
                 "công tác hậu cần, kỹ thuật.\n\nThứ trưởng phát biểu chỉ đạo tại buổi làm việc với Công an Bạc Liêu.\n\n"
                 "Tuy nhiên, cơ sở vật chất còn thiếu.",
                 "Công an tỉnh Bạc Liêu", id="a_working_session_named_only_further_on_yields_to_the_reported_body"),
    pytest.param("Sáng 19-3, phát biểu tại buổi làm việc với Đảng ủy Quân sự thành phố, Phó Bí thư Thường trực Thành ủy Trần "
                 "Văn Nam đề nghị Đảng ủy Quân sự thành phố tập trung huấn luyện.\n\nBáo cáo tại buổi làm việc, Phó Bí thư "
                 "Thường trực Đảng ủy Quân sự thành phố Đoàn Duy Tân cho biết, quý I/2027, đơn vị hoàn thành công tác "
                 "huấn luyện.",
                 "Đảng ủy Quân sự thành phố", id="a_title_holder_named_doan_is_no_place"),
    pytest.param("Ban Tuyên giáo Tỉnh ủy: Định hướng công tác tuyên truyền tháng 5\n\nSáng 25-4, Ban Tuyên giáo Tỉnh ủy tổ "
                 "chức họp báo định hướng công tác tuyên truyền tháng 5-2027.\n\nPhó Trưởng ban Thường trực Ban Tuyên giáo "
                 "Tỉnh ủy Tân Văn Ngữ đề nghị các cơ quan báo chí tuyên truyền đậm nét các ngày lễ lớn.",
                 "Ban Tuyên giáo Tỉnh ủy", id="a_name_with_the_middle_name_van_is_a_person_not_a_place"),
    pytest.param("Ban chỉ đạo Nông thôn mới xã tiến hành giao ban thường kỳ tháng 3\n\nSáng ngày 13/03/2027, Ban chỉ đạo xã  "
                 "Đ/c: Nguyễn Anh Hùng báo cáo công tác xây dựng nông thôn mới tháng 3. Xã đã hoàn thành 17/19 tiêu chí.",
                 "Ban chỉ đạo Nông thôn mới xã", id="the_honorific_dc_is_no_place"),
    pytest.param("Phiên họp giải trình của Thường trực HĐND xã Phước Hưng\n\nThường trực HĐND xã Phước Hưng đã tổ chức phiên "
                 "họp giải trình, yêu cầu UBND xã giải trình, làm rõ việc thực hiện tiêu chí giao thông nông thôn năm 2027. "
                 "Xã mới hoàn thành 12/19 tiêu chí.",
                 "UBND xã Phước Hưng", id="a_councils_hearing_is_named_by_the_body_called_to_account"),
    pytest.param("Chiều ngày 11/9/2027, Thường trực HĐND xã Tân Hòa tổ chức giám sát công tác quản lý đất công đối với "
                 "UBND xã Tân Hòa năm 2027. Theo báo cáo, xã đang quản lý 55,93 ha đất công.",
                 "UBND xã Tân Hòa", id="a_supervision_of_a_field_doi_voi_a_body_is_named_by_that_body"),
    pytest.param("Tân Lạc xây dựng 200 mô hình dân vận khéo\n\nNgày 15.10, huyện Tân Lạc tổ chức hội nghị tổng kết 10 năm "
                 "phong trào thi đua \u201cDân vận khéo\u201d.\n\nTừ năm 2017 đến nay, huyện đã xây dựng 200 mô hình.\n\nDịp này, UBND "
                 "huyện Tân Lạc đã khen thưởng 20 tập thể.",
                 "Huyện Tân Lạc", id="a_place_the_lead_says_held_the_meeting_comes_before_a_committee_named_further_on"),
    pytest.param("Cần trả lời rõ ràng ý kiến của cử tri\n\nTổ đại biểu HĐND tỉnh đơn vị huyện Long Thành vừa họp với các Tổ "
                 "trưởng đại biểu HĐND huyện cho ý kiến vào văn bản trả lời của UBND tỉnh. Năm 2026, có 45 kiến nghị đã "
                 "được trả lời.",
                 "Tổ đại biểu HĐND tỉnh đơn vị huyện Long Thành", id="a_councils_delegate_group_is_a_body_that_meets"),
    pytest.param("Sau đại hội, CLB Cựu giáo chức huyện Tân Biên đã tổ chức nhiều hoạt động bổ ích cho hội viên. Năm 2026, câu lạc "
                 "bộ kết nạp 25 hội viên.",
                 "CLB Cựu giáo chức huyện Tân Biên", id="a_club_is_a_body_that_meets"),
    pytest.param("Hội nghị giao ban báo chí tháng 5/2023\n\n"
                 "Trong tháng 5, các cơ quan báo chí đã phản ánh kết quả Kỳ họp chuyên đề HĐND tỉnh và công tác phòng, "
                 "chống thiên tai.\n\n"
                 "Phát biểu tại hội nghị, lãnh đạo Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo chí tiếp tục bám sát "
                 "định hướng tuyên truyền.",
                 "Ban Tuyên giáo Tỉnh ủy", id="a_press_briefing_is_held_by_the_propaganda_board_not_a_council_in_its_topics"),
    pytest.param("Hội nghị báo cáo viên tháng 9/2023\n\n"
                 "Tại hội nghị, các đại biểu được nghe thông tin về tình hình kinh tế - xã hội của tỉnh 9 tháng đầu năm.\n\n"
                 "Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy đề nghị các báo cáo viên nắm chắc tình hình tư tưởng.",
                 "Ban Tuyên giáo Tỉnh ủy", id="the_head_of_the_board_names_the_board_of_a_speakers_meeting"),
    pytest.param("Giao ban báo chí quý III\n\n"
                 "Ngày 5/10, Sở Thông tin và Truyền thông tổ chức hội nghị giao ban báo chí quý III năm 2023. "
                 "Dự hội nghị có đại diện Ban Tuyên giáo Tỉnh ủy.\n\n"
                 "Quý III, các cơ quan báo chí đăng tải 1.200 tin, bài.",
                 "Sở Thông tin và Truyền thông", id="a_lead_that_names_the_holder_of_a_briefing_keeps_it"),
    pytest.param("Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy Đại Từ\n\n"
                 "Năm 2023, Huyện ủy Đại Từ đã làm tốt công tác nắm bắt tình hình dư luận xã hội.",
                 "Huyện ủy Đại Từ", id="a_working_visit_on_public_opinion_is_the_visited_committees"),
    pytest.param("Bộ đội Biên phòng Quảng Trị tổng kết công tác năm 2023\n\n"
                 "Hôm nay 14/12, Bộ Chỉ huy Bộ đội Biên phòng Quảng Trị tổng kết công tác biên phòng năm 2023.\n\n"
                 "Năm 2023, đơn vị phát hiện, xử lý 120 vụ vi phạm.",
                 "Bộ Chỉ huy Bộ đội Biên phòng Quảng Trị", id="the_lead_names_the_body_its_headline_shortens"),
    pytest.param("Đoàn Thanh niên giao ban công tác Đoàn cụm phía Nam\n\n"
                 "Vừa qua, Tỉnh Đoàn Bình Định đã tổ chức hội nghị giao ban công tác Đoàn năm 2023.\n\n"
                 "Năm 2023, các huyện trong cụm kết nạp 1.500 đoàn viên mới.",
                 "Tỉnh Đoàn Bình Định", id="a_headline_body_without_its_place_takes_the_leads_name"),
    pytest.param("Khối thi đua số II tổng kết công tác năm 2023\n\n"
                 "Ngày 20/12, Khối thi đua số II gồm có: Vụ Pháp chế, Văn phòng, Vụ Tổ chức cán bộ tổ chức hội nghị tổng "
                 "kết công tác năm 2023.\n\nNăm 2023, các đơn vị trong Khối hoàn thành 100% kế hoạch.",
                 "Khối thi đua số II", id="a_numbered_bloc_in_the_headline_is_not_its_last_member"),
    pytest.param("Chiều 20/3, Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh tổ chức Hội nghị tổng kết năm 2023.\n\n"
                 "Năm 2023, các lực lượng phối hợp xây dựng 120 mô hình dân vận khéo.",
                 "Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh", id="coordination_in_a_bodys_name_is_no_co_organiser"),
    pytest.param("Huyện ủy Quế Sơn tổ chức hội nghị lần thứ 12\n\n"
                 "Huyện ủy Quế Sơn hôm nay đã tổ chức hội nghị lần thứ 12 đánh giá tình hình 9 tháng đầu năm 2023.",
                 "Huyện ủy Quế Sơn", id="today_is_no_part_of_a_committees_name"),
    pytest.param("Chính phủ họp phiên thường kỳ tháng 8\n\n"
                 "Ngày 6/9, dưới sự chủ trì của Thủ tướng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 8/2023. "
                 "Tháng 8, kinh tế vĩ mô ổn định, lạm phát được kiểm soát.",
                 "Chính phủ", id="the_governments_monthly_session_is_the_governments"),
    pytest.param("Nghị quyết phiên họp Chính phủ thường kỳ tháng 12/2014 cho biết Chính phủ quyết tâm thực hiện các mục "
                 "tiêu năm 2015, theo Văn phòng Chính phủ.\n\nNăm 2014, tăng trưởng kinh tế đạt 5,98%.",
                 "Chính phủ", id="a_session_chaired_by_the_prime_minister_is_the_governments_not_his_office"),
    pytest.param("HĐND huyện Tuy An khai mạc Kỳ họp thường lệ giữa năm\n\n"
                 "Sáng 13/7, HĐND huyện Tuy An khóa XVIII khai mạc Kỳ họp thường lệ giữa năm 2023.",
                 "HĐND huyện Tuy An", id="a_capitalised_session_is_no_verb_of_holding"),
    pytest.param("UBND huyện Đánh giá kết quả tháng 10\n\n"
                 "Chiều ngày 24/10, UBND huyện đã tổ chức hội nghị đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.",
                 "UBND huyện", id="a_headlines_capitalised_verb_is_no_place"),
    pytest.param("Chiều ngày 14/8/2018 tại hội trường UBND xã BCH Đảng bộ xã đã tổ chức họp đánh giá kết quả 7 tháng "
                 "đầu năm.\n\n7 tháng đầu năm, thu ngân sách đạt 65% dự toán.",
                 "BCH Đảng bộ xã", id="a_board_after_a_venue_is_no_place_of_the_venue"),
    pytest.param("Hội nghị sơ kết 6 tháng đầu năm 2010\n\n"
                 "6 tháng đầu năm, các cấp hội đã vận động 5.000 hội viên đăng ký sản xuất kinh doanh giỏi.\n\n"
                 "Đ/c Nguyễn Thị Lan – Chủ tịch Hội Nông dân tỉnh kết luận tại Hội nghị.",
                 "Hội Nông dân tỉnh", id="the_head_who_concludes_the_meeting_names_its_body_without_the_verb"),
    pytest.param("Ngân hàng Chính sách xã hội Vũ Thư tổng kết hoạt động năm 2021\n\n"
                 "Sáng ngày 12/1, Ngân hàng Chính sách xã hội huyện Vũ Thư tổ chức hội nghị tổng kết năm 2021.\n\n"
                 "Năm 2021, tổng dư nợ đạt 450 tỷ đồng.",
                 "Ngân hàng Chính sách xã hội huyện Vũ Thư", id="the_lead_writes_the_level_its_headline_leaves_out"),
    pytest.param("Ngày 26-12, Hội Văn học Nghệ thuật các dân tộc thiểu số (VHNT các DTTS) tỉnh đã tổ chức hội nghị tổng "
                 "kết năm 2023.\n\nNăm 2023, Hội xuất bản 4 số tạp chí. Dự hội nghị có Hội Văn học Nghệ thuật tỉnh.",
                 "Hội Văn học Nghệ thuật các dân tộc thiểu số tỉnh", id="an_abbreviation_in_brackets_with_a_small_word_is_no_end"),
    pytest.param("Ngày 5/1, Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n"
                 "Năm 2023, Hội vận động được 2,1 tỷ đồng.",
                 "Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh", id="an_association_of_the_disabled_is_named_whole"),
    pytest.param("Năm 2027, phấn đấu giảm nợ quá hạn\n\nNăm 2026, Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã triển khai "
                 "nhiều giải pháp nâng cao chất lượng tín dụng. Tổng dư nợ đạt 5.200 tỷ đồng.",
                 "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", id="a_name_cut_inside_a_word_goes_on_to_the_words_end_and_its_capitalised_words"),
    pytest.param("Năm 2026, hành khách đi tàu đạt 7 triệu lượt, tăng 14% so với cùng kỳ.\n\nĐể có kết quả này, Tổng "
                 "Công ty Đường sắt Việt Nam đã đưa vào khai thác nhiều sản phẩm mới.",
                 "Tổng Công ty Đường sắt Việt Nam", id="a_company_whose_name_has_a_lower_case_syllable_is_named_whole"),
    pytest.param("Hòa Bình khai mạc kỳ họp thứ 8 – HĐND phường khóa 5\n\nTại kỳ họp, các đại biểu đã nghe UBND phường báo "
                 "cáo tình hình kinh tế - xã hội năm 2026. Tổng giá trị sản xuất ước đạt 340 tỷ đồng. Kỳ họp thứ 8, HĐND "
                 "phường Hòa Bình cũng đã nghe và cho ý kiến đối với báo cáo dự toán ngân sách năm 2027.",
                 "HĐND phường Hòa Bình", id="a_named_sessions_body_ends_before_its_aspect_words"),
    pytest.param("Xã Vi Hương tổ chức kỳ họp thứ 11 HĐND khoá XVIII\n\nNgày 29/12/2026, Xã Vi Hương đã tổ chức kỳ họp thứ "
                 "11 HĐND khoá XVIII nhằm đánh giá kết quả năm 2026. Năm qua, thu ngân sách xã đạt 2,1 tỷ đồng.",
                 "HĐND xã Vi Hương", id="a_place_that_holds_its_councils_session_is_named_for_its_council"),
    pytest.param("Khối thi đua Văn xã: Sơ kết 6 tháng đầu năm\n\nNgày 18-6, Khối thi đua Văn xã gồm các cơ quan: Sở Y tế, Sở "
                 "Nội vụ, Ban Dân tộc và Sở Tư pháp tỉnh tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026. "
                 "Các đơn vị trong khối đã hoàn thành 100% chỉ tiêu.",
                 "Khối thi đua Văn xã", id="a_bloc_that_lists_its_members_after_a_colon_holds_its_review_not_they"),
    pytest.param("Toàn Đảng bộ Khối các cơ quan tỉnh kết nạp 150 đảng viên mới\n\nNgày 10-1, Đảng ủy Khối các cơ quan tỉnh "
                 "tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2026. Năm qua, Đảng bộ kết nạp 150 đảng viên.",
                 "Đảng ủy Khối các cơ quan tỉnh", id="a_headline_that_opens_with_the_whole_body_names_no_place"),
    pytest.param("Năm 2026, toàn tỉnh phát hiện 120 vụ phạm pháp hình sự, giảm 8% so với năm trước.\n\nÔng Trần Văn Minh, "
                 "Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo 138 tỉnh kết luận chỉ đạo tại hội nghị.",
                 "Ban chỉ đạo 138 tỉnh", id="the_head_who_concludes_with_directions_names_the_body_without_the_verbs"),
    pytest.param("Đảng ủy Khối Doanh nghiệp Quảng Ngãi: Phát triển thêm 120 đảng viên\n\nSáng 16.1, Đảng ủy Khối doanh nghiệp "
                 "tỉnh tổ chức hội nghị tổng kết công tác năm 2026. Năm qua, các doanh nghiệp nộp ngân sách 900 tỷ đồng.",
                 "Đảng ủy Khối Doanh nghiệp Quảng Ngãi", id="the_headline_names_the_place_where_the_lead_writes_only_the_level"),
    pytest.param("Huyện ủy sơ kết công tác quý I\n\nSáng 5/4, Huyện ủy tổ chức hội nghị sơ kết công tác quý I năm 2026. Trong "
                 "3 tháng qua, tình hình kinh tế - xã hội của huyện Đô Lương tiếp tục ổn định; thu ngân sách đạt 30% dự toán.",
                 "Huyện ủy Đô Lương", id="a_party_committee_at_a_level_takes_the_one_place_the_article_names_at_that_level"),
    pytest.param("Năm 2026, các hội viên đóng góp 2.000 ngày công.\n\nĐồng chí Lưu Văn Minh – Chủ tịch Hội CCB thành phố – Chủ "
                 "trì cuộc họp và thông qua báo cáo sơ kết 9 tháng đầu năm của thành phố Bắc Kạn.",
                 "Hội CCB thành phố Bắc Kạn", id="a_chairs_body_ends_at_the_dash_before_a_capitalised_chu_tri"),
    pytest.param("Cụm thi đua các quận sơ kết 6 tháng\n\nNgày 12/7, tại quận Kiến An, Cụm thi đua các quận tổ chức hội nghị sơ "
                 "kết công tác thi đua 6 tháng đầu năm 2026. Các quận đã hoàn thành 55% dự toán thu ngân sách.",
                 "Cụm thi đua các quận", id="a_bloc_of_several_places_takes_no_one_place"),
    pytest.param("Ngày 20/12, Ban Chỉ đạo Phòng, chống tội phạm và tệ nạn xã hội huyện Đất Đỏ (Ban Chỉ đạo 138) tổ chức hội "
                 "nghị tổng kết công tác năm 2026. Tội phạm về trật tự xã hội giảm 5 vụ so với năm 2025.",
                 "Ban Chỉ đạo Phòng, chống tội phạm và tệ nạn xã hội huyện Đất Đỏ",
                 id="a_steering_committees_short_name_in_brackets_is_read_past_however_capitalised"),
    pytest.param("Tuy An: Tổ chức kỳ họp HĐND huyện thường lệ giữa năm 2026\n\nNgày 4/7, HĐND huyện Tuy An khóa XI khai mạc kỳ "
                 "họp thứ 12 nhằm đánh giá kết quả 6 tháng đầu năm. Thu ngân sách đạt 61% dự toán.",
                 "HĐND huyện Tuy An", id="a_sessions_own_word_after_a_councils_level_is_not_its_name"),
    pytest.param("Đảng ủy xã Ea Tiêu tổng kết việc thực hiện nhiệm vụ năm 2025 và triển khai nhiệm vụ năm 2026\n\nĐảng ủy xã "
                 "Ea Tiêu vừa tổ chức hội nghị tổng kết việc thực hiện nhiệm vụ năm 2025 và triển khai nhiệm vụ năm 2026. Về dự "
                 "hội nghị có đ/c Y Săn – Phó Chủ tịch HĐND huyện. Toàn xã có 98% hộ gia đình văn hóa.",
                 "Đảng ủy xã Ea Tiêu", id="the_review_verb_after_a_body_and_its_place_ends_the_name"),
    pytest.param("HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2026\n\nNgày 21/01, tại Hải Dương Viện Cây lương thực và Cây thực phẩm tổ "
                 "chức Hội nghị tổng kết công tác năm 2026. Viện Cây lương thực và Cây thực phẩm đã chọn tạo 5 giống lúa mới.",
                 "Viện Cây lương thực và Cây thực phẩm", id="a_name_cut_inside_a_word_goes_on_over_va_and_its_capitalised_words"),
    pytest.param("Ngày 5-8, Thủ tướng Chính phủ đã làm việc tại Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam. Đánh giá cao "
                 "kết quả đạt được thời gian qua, Thủ tướng đề nghị tập đoàn tiếp tục tái cơ cấu.",
                 "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", id="a_state_group_visited_by_its_superior_is_the_body"),
    pytest.param("Liên minh Hợp tác xã tỉnh triển khai phương hướng, nhiệm vụ năm 2026\n\nNhờ đó, số lượng HTX tăng, đa dạng "
                 "về ngành nghề. Năm 2025, toàn tỉnh thành lập mới 35 HTX.",
                 "Liên minh Hợp tác xã tỉnh", id="a_headline_launching_the_years_direction_and_tasks_names_its_body"),
    pytest.param("Sáng 9/7, Vườn quốc gia Cúc Phương đã tiến hành hội nghị tổng kết công tác năm 2026. Vườn đã đón 80.000 "
                 "lượt khách tham quan.",
                 "Vườn quốc gia Cúc Phương", id="a_body_that_tien_hanh_its_meeting_holds_it"),
    pytest.param("Sáng ngày 25/7/2026, Chi bộ Trường TH&THCS Lê Khắc Cẩn đã tổ chức sinh hoạt định kỳ tháng 8. Chi bộ đã kết "
                 "nạp 2 đảng viên mới.", "Chi bộ Trường TH&THCS Lê Khắc Cẩn", id="a_school_named_after_a_person_keeps_the_name"),
    pytest.param("Ngày 20/7, Hội nghị Đảng ủy Khối doanh nghiệp T.Ư lần thứ 15 sơ kết công tác 6 tháng đầu năm 2026. Đảng bộ "
                 "khối đã kết nạp 320 đảng viên.", "Đảng ủy Khối doanh nghiệp T.Ư",
                 id="a_meeting_named_with_its_body_keeps_the_central_levels_abbreviation"),
    pytest.param("Năm 2026, lực lượng đã phát hiện 120 trường hợp xuất cảnh trái phép. Đó là kết quả được nêu tại Hội nghị tổng "
                 "kết công tác năm 2026 của Cục Quản lý XNC như trên.", "Cục Quản lý XNC",
                 id="a_name_ends_before_as_above"),
    pytest.param("Ngày 12/11/2026, Sở Văn hóa đã tổ chức Hội nghị tổng kết Cụm thi đua số 3 nhằm đánh giá kết quả công tác "
                 "và xếp loại thi đua năm 2026. Các đơn vị trong cụm đã tổ chức 30 chương trình.", "Cụm thi đua số 3",
                 id="a_clusters_name_ends_before_the_meetings_purpose"),
    pytest.param("Tại buổi họp báo, đồng chí Trần Văn Bình, người phát ngôn Cục Thi hành án dân sự tỉnh Hưng Yên đã thông tin "
                 "về kết quả quý II năm 2026.\n\nSau họp báo, Cục đã tiến hành tổ chức sơ kết công tác 6 tháng đầu năm 2026. "
                 "Toàn tỉnh đã thi hành xong 2.036 việc.", "Cục Thi hành án dân sự tỉnh Hưng Yên",
                 id="a_department_named_by_its_head_alone_is_the_one_named_in_full_with_its_lower_case_field"),
    pytest.param("Chi đoàn Văn phòng Sở Nội vụ tổ chức tổng kết công tác đoàn năm 2026\n\nNgày 28/11/2026, Chi đoàn Văn "
                 "phòng Sở Nội vụ đã tổ chức tổng kết công tác đoàn năm 2026. Chi đoàn đã kết nạp 5 đoàn viên mới.",
                 "Chi đoàn Văn phòng Sở Nội vụ", id="a_youth_union_cell_holds_its_own_review"),
    pytest.param("Ngày 15/7, Ủy ban Dân tộc tổ chức hội nghị trực tuyến sơ kết công tác dân tộc 6 tháng đầu năm 2026. Bộ "
                 "trưởng, Chủ nhiệm Ủy ban Dân tộc Giàng A Pao chủ trì hội nghị. Ủy ban đã hoàn thành 20 nhiệm vụ.",
                 "Ủy ban Dân tộc",
                 id="a_hmong_name_with_its_middle_name_a_is_a_person_not_part_of_the_body"),
    pytest.param("Sáng 30/12, Ban thường vụ huyện ủy huyện Vũ Thư tổ chức Hội nghị tổng kết công tác năm 2026. Năm 2026, "
                 "huyện kết nạp 300 đảng viên.", "Huyện ủy Vũ Thư", id="a_committee_is_named_with_its_level_once"),
    pytest.param("Sáng 12/12, Phó Chủ tịch HĐND tỉnh Quảng Nam Nguyễn Công Thanh đến dự kỳ họp cuối năm HĐND huyện Thăng "
                 "Bình. Kỳ họp đánh giá tình hình kinh tế - xã hội năm 2026. Năm 2026, huyện có 16 chỉ tiêu đạt kế hoạch.",
                 "HĐND huyện Thăng Bình", id="a_councils_year_end_session_is_the_councils_not_its_guests"),
    pytest.param("Trong 6 tháng đầu năm 2026, Ban An toàn giao thông tỉnh Sơn La đã chỉ đạo các cấp, ngành tăng cường tuần tra, "
                 "kiểm soát. Tai nạn giao thông giảm 12% so với cùng kỳ.", "Ban An toàn giao thông tỉnh Sơn La",
                 id="the_road_safety_committee_is_named_with_its_lower_case_field"),
    pytest.param("Chiều 14/1, sau 1 ngày làm việc, Kỳ họp thứ 12 HĐND TP.Bà Rịa khóa XII bế mạc. Năm 2026, thu ngân sách đạt 1.200 tỷ đồng.",
                 "HĐND TP.Bà Rịa", id="a_session_named_with_its_council_keeps_the_citys_abbreviated_level"),
    pytest.param("UB MTTQ huyện Sơn Động tổng kết công tác Mặt trận năm 2026\n\nNăm 2026, UB MTTQ huyện đã vận động 1.200 "
                 "hộ tham gia xây dựng nông thôn mới.", "UB MTTQ huyện Sơn Động",
                 id="the_fronts_committee_abbreviated_with_a_space_is_a_body"),
    pytest.param("Chiều 20/12, khối Dân vận xã Tân Phú tổ chức Hội nghị tổng kết công tác dân vận năm 2026. Năm 2026, khối "
                 "đã vận động nhân dân hiến 3.000 m2 đất làm đường.", "Khối Dân vận xã Tân Phú",
                 id="a_communes_mass_mobilisation_bloc_named_in_lower_case_is_a_body"),
    pytest.param("Sáng 20-6, tại Tam Đảo, UBND huyện Sóc Sơn - Cụm trưởng Cụm Thi đua số 4 (gồm các huyện: Sóc Sơn, Đông "
                 "Anh, Gia Lâm) đã chủ trì tổ chức sơ kết phong trào thi đua 6 tháng đầu năm 2026. Các huyện trong Cụm đã "
                 "khen thưởng 1.200 tập thể.", "Cụm Thi đua số 4",
                 id="a_cluster_hosted_by_its_leading_member_holds_its_review"),
    pytest.param("Tham dự hội nghị có đại diện các huyện trong cụm.\n\nBan Thường trực Ủy ban MTTQ Việt Nam huyện Định Quán - "
                 "Cụm trưởng cụm thi đua số III chủ trì hội nghị. Năm 2026, các huyện trong cụm vận động 2 tỷ đồng.",
                 "Cụm thi đua số III", id="a_cluster_whose_leader_chairs_holds_the_meeting"),
    pytest.param("Năm 2026, Cảnh sát Phòng cháy và chữa cháy tỉnh Yên Bái đã kiểm tra 900 cơ sở, phát hiện 120 thiếu sót.",
                 "Cảnh sát Phòng cháy và chữa cháy tỉnh Yên Bái", id="the_fire_police_are_a_body_named_with_their_lower_case_field"),
    pytest.param("Trong 6 tháng đầu năm 2026, lực lượng Cảnh sát PCCC đã tuyên truyền cho 5.000 hộ dân và kiểm tra 300 cơ sở.",
                 "Cảnh sát PCCC", id="the_fire_police_by_their_initials_report_their_own_half_year"),
    pytest.param("Năm 2026, Cảnh sát biển Việt Nam đã tuần tra 1.200 lượt trên các vùng biển, bắt giữ 40 tàu vi phạm.",
                 "Cảnh sát biển Việt Nam", id="the_coast_guard_is_a_body"),
    pytest.param("Xác định phát triển Đảng là nhiệm vụ trọng tâm, năm 2026, các tổ chức cơ sở đảng của huyện Lạc Dương đã "
                 "kết nạp 108 đảng viên. Bên cạnh đó, Huyện ủy Lạc Dương còn tổ chức 2 lớp bồi dưỡng lý luận chính trị.",
                 "Huyện ủy Lạc Dương", id="a_name_never_holds_the_adverb_before_its_verb"),
    pytest.param("Tham dự hội nghị có Bộ trưởng Bộ Công an; Chủ tịch UBND TP.HCM Nguyễn Văn An cùng lãnh đạo các quận, huyện."
                 "\n\nNăm 2026, Công an TP.HCM đã điều tra khám phá 3.405 vụ phạm pháp hình sự, đạt tỷ lệ 74,4%.",
                 "Công an TP.HCM", id="a_line_of_guests_names_no_holder_even_with_an_abbreviated_city"),
    pytest.param("Năm 2026, Quỹ tín dụng nhân dân liên xã Xuân Hải đã huy động 120 tỷ đồng tiền gửi, dư nợ cho vay đạt 98 tỷ đồng.",
                 "Quỹ tín dụng nhân dân liên xã Xuân Hải", id="a_peoples_credit_fund_is_a_body_named_with_its_communes"),
    pytest.param("Năm 2026, Trung tâm Trợ giúp pháp lý Nhà nước tỉnh đã trợ giúp pháp lý cho 210 lượt người, trong đó 80 người "
                 "nghèo.", "Trung tâm Trợ giúp pháp lý Nhà nước tỉnh",
                 id="the_legal_aid_centre_is_named_with_its_lower_case_field"),
    pytest.param("Trong 6 tháng đầu năm 2026, Thanh tra Sở Giao thông vận tải đã kiểm tra 1.200 phương tiện, xử phạt 395 trường "
                 "hợp với số tiền 1,7 tỷ đồng.", "Thanh tra Sở Giao thông vận tải",
                 id="a_departments_inspectorate_is_named_with_the_departments_standard_name"),
    pytest.param("Cung ứng điện ổn định trong 9 tháng\n\nTheo Sở Công Thương Hà Nội, 9 tháng qua, sản lượng điện thương phẩm đạt "
                 "11.972 triệu kWh, tăng 11% so với cùng kỳ. Sở Công Thương Hà Nội đã chỉ đạo các đơn vị bảo đảm cung ứng điện.",
                 "Sở Công Thương Hà Nội", id="the_trade_departments_two_capitalised_words_are_its_name_not_a_place"),
    pytest.param("Khám sức khỏe cho cán bộ\n\nNăm 2026, Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh khám chữa bệnh cho hơn 11.500 "
                 "lượt cán bộ, tăng 15% so với kế hoạch.", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh",
                 id="the_cadres_health_board_keeps_the_comma_of_its_standard_name"),
    pytest.param("Hòa giải thành công 1.232 vụ việc\n\nTheo Hội đồng Phối hợp Phổ biến giáo dục pháp luật tỉnh: 6 tháng đầu năm, "
                 "toàn tỉnh đã hòa giải 1.451 vụ việc. Hội đồng Phối hợp Phổ biến giáo dục pháp luật tỉnh đã tổ chức 30 hội nghị.",
                 "Hội đồng Phối hợp Phổ biến giáo dục pháp luật tỉnh", id="the_law_education_council_is_named_in_full"),
    pytest.param("Giảm tổn thất điện năng\n\nTheo Tổng công ty Điện lực miền Nam, lũy kế 6 tháng năm 2026, tỷ lệ tổn thất điện "
                 "năng là 3,4%, giảm 0,2% so với cùng kỳ.", "Tổng công ty Điện lực miền Nam",
                 id="a_regional_power_corporation_keeps_its_region"),
    pytest.param("Đón 120 đoàn khách quốc tế\n\nĐón 120 đoàn khách quốc tế là kết quả đạt được của Ban Chỉ đạo công tác Thông tin "
                 "đối ngoại tỉnh 6 tháng đầu năm 2026. Hội nghị được tổ chức chiều 11/7.", "Ban Chỉ đạo công tác Thông tin đối ngoại tỉnh",
                 id="a_steering_committee_is_named_by_its_remit_up_to_its_level"),
    pytest.param("Trao 40 xe lăn\n\nTrong 6 tháng đầu năm 2026, Hội người khuyết tật Bình Định đã trao 40 xe lăn. Hội đã tổ "
                 "chức 12 lớp dạy nghề.", "Hội người khuyết tật Bình Định", id="an_association_is_named_by_its_members_before_its_place"),
    pytest.param("Chi bộ xóm Sòng kết nạp 2 đảng viên\n\nNăm 2026, Chi bộ đã lãnh đạo nhân dân xóm làm 2 km đường. Chi bộ xóm "
                 "Sòng có 40 đảng viên.", "Chi bộ xóm Sòng", id="a_party_cell_is_named_with_its_hamlet"),
    pytest.param("Hội nghị giao chỉ tiêu công tác Hội nông dân năm 2026. Dự hội nghị có đồng chí Lê Thị Hoa, Chủ tịch Ủy ban MTTQ "
                 "Việt Nam xã Tân Phú; chi hội trưởng các chi hội. Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phú Lê Thị Hoa phát "
                 "biểu tại hội nghị. Tại hội nghị, Hội nông dân xã Tân Phú đã thông qua chương trình công tác năm 2026.",
                 "Hội nông dân xã Tân Phú", id="a_guest_who_speaks_at_the_meeting_heads_another_body"),
    pytest.param("Tân Kỳ: Phát động tết khuyến học\n\nSáng ngày 9/1/2026, hội Khuyến học huyện Tân Kỳ tổ chức hội nghị tổng kết công "
                 "tác hội năm 2025. Đ/c Lê Văn Nam, Phó Chủ tịch UBND huyện, dự hội nghị.", "Hội Khuyến học huyện Tân Kỳ",
                 id="an_association_written_with_a_lower_case_head_holds_the_meeting"),
    pytest.param("Năm 2026, các cấp Công đoàn tỉnh đã chăm lo cho 12.000 đoàn viên. Nhân dịp này, Liên đoàn Lao động tỉnh đã "
                 "tặng Bằng khen cho 20 tập thể.", "Liên đoàn Lao động tỉnh", id="a_provinces_trade_union_is_its_labour_federation"),
    pytest.param("Hội nghị tổng kết công tác khoa học công nghệ năm 2026.\n\nTheo đánh giá của sở KHCN, 10/10 lĩnh vực công tác đã được "
                 "sở KHCN triển khai hiệu quả trong năm 2026.", "Sở KHCN", id="a_department_written_in_lower_case_before_its_initials"),
    pytest.param("Năm 2026, CĐ Dệt May Việt Nam đã chăm lo Tết cho 20.000 đoàn viên, tăng 12% so với năm trước.",
                 "CĐ Dệt May Việt Nam", id="a_trade_union_written_by_its_initials_heads_a_body"),
    pytest.param("Trong năm qua, CĐ Tổng Công ty Điện lực TPHCM còn giúp 7 đoàn viên khó khăn sửa chữa nhà ở với kinh phí 10 "
                 "triệu đồng/người.", "CĐ Tổng Công ty Điện lực TPHCM", id="a_company_whose_period_is_reported_keeps_the_ty_of_cong_ty"),
    pytest.param("UBND huyện họp kiểm điểm tiến độ giải ngân vốn đầu tư công\n\nNgày 8/10, UBND huyện họp kiểm điểm tiến độ giải "
                 "ngân vốn đầu tư công năm 2026. Đồng chí Ma Phúc Thành, Phó Chủ tịch UBND huyện chủ trì cuộc họp.\n\nPhó Chủ tịch "
                 "UBND huyện Ma Phúc Thành phát biểu chỉ đạo tại cuộc họp.\n\nĐến 30/9/2026, huyện Chiêm Hóa đã giải ngân được 72,5% "
                 "kế hoạch vốn.", "UBND huyện Chiêm Hóa", id="a_tay_family_name_after_a_title_is_the_persons_not_the_place"),
    pytest.param("TỔNG CỤC TRƯỞNG TỔNG CỤC THỦY SẢN LÀM VIỆC VỚI CÁC ĐƠN VỊ\n\nNgày 13/3/2027, Tổng cục trưởng Tổng cục Thủy sản "
                 "Trần Đình Luân đã có buổi làm việc với các đơn vị trực thuộc. Năm 2026, sản lượng thủy sản đạt 9,1 triệu tấn.",
                 "Tổng cục Thủy sản", id="a_name_read_on_over_its_compound_word_ends_at_its_titled_heads_name"),
    pytest.param("Hội nghị tổng kết năm 2026\n\nNgày 6/1/2027, Viện trưởng Viện Chăn nuôi Dương Tất Thắng chủ trì hội nghị tổng kết "
                 "công tác năm 2026. Năm 2026, Viện đã chuyển giao 12 giống mới.", "Viện Chăn nuôi",
                 id="a_heads_title_before_truong_is_not_the_body"),
    pytest.param("Ngày 13/3/2027, Tổng cục trưởng Tổng cục Thủy sản Trần Đình Luân chủ trì hội nghị sơ kết quý I năm 2027. Quý I, "
                 "sản lượng thủy sản đạt 2,1 triệu tấn.", "Tổng cục Thủy sản", id="a_heads_title_before_truong_is_not_the_body_also"),
    pytest.param("Ngày 13/3/2027, Tổng cục trưởng Tổng cục Lâm nghiệp Trần Quang Bảo đã có buổi làm việc tại Vườn quốc gia Bạch "
                 "Mã. Năm 2026, Vườn đã tổ chức 240 lượt tuần tra.", "Vườn quốc gia Bạch Mã",
                 id="a_national_park_visited_is_the_body_reviewed"),
    pytest.param("Đại hội Hội Nạn nhân chất độc da cam tỉnh\n\nQNO.VN - Sáng 12/10, Hội Nạn nhân chất độc da cam tỉnh tổ chức Đại "
                 "hội đại biểu lần thứ IV. Nhiệm kỳ qua, Hội đã vận động 12 tỷ đồng.", "Hội Nạn nhân chất độc da cam tỉnh",
                 id="a_sites_dateline_after_the_level_is_no_place"),
    pytest.param("Trong 6 tháng đầu năm 2026, Đoàn Thanh niên (ĐTN) Công an tỉnh đã có nhiều đóng góp tích cực trong các phong trào "
                 "Đoàn. Cụ thể, ĐTN Công an tỉnh đã tổ chức 12 buổi tuyên truyền cho 1.200 người dân.",
                 "Đoàn Thanh niên Công an tỉnh", id="a_name_goes_on_after_the_initials_it_introduces"),
    pytest.param("Năm 2026, Ủy ban Kiểm tra (UBKT) Tỉnh ủy đã kiểm tra 45 tổ chức đảng, giám sát 30 đảng viên. UBKT Tỉnh ủy cũng đã "
                 "thi hành kỷ luật 3 đảng viên.", "Ủy ban Kiểm tra Tỉnh ủy", id="a_name_goes_on_after_its_initials_to_its_party_committee"),
    pytest.param("Chiều 30/8, tại Tỉnh đoàn Hậu Giang, Hội Sinh viên tỉnh tổ chức Hội nghị tổng kết năm học 2026 – 2027. Trong năm học, "
                 "Hội Sinh viên các trường đạt và vượt 8/10 chỉ tiêu.", "Hội Sinh viên tỉnh Hậu Giang",
                 id="a_provinces_youth_union_named_with_its_place_names_the_province"),
    pytest.param("Sáng 12/7, Ban chỉ đạo tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. Theo báo cáo của Ban chỉ đạo Chương trình mục "
                 "tiêu Quốc gia xây dựng nông thôn mới (NTM) huyện Ninh Sơn, 6 tháng qua huyện có thêm 2 xã đạt chuẩn NTM.",
                 "Ban chỉ đạo Chương trình mục tiêu Quốc gia xây dựng nông thôn mới huyện Ninh Sơn",
                 id="a_generic_head_is_read_on_over_initials_in_brackets_which_stay_out_of_its_name"),
    pytest.param("Chiều 12/4, Trưởng ban Tuyên giáo Huyện ủy Lê Hòa chủ trì hội nghị sơ kết công tác tuyên giáo quý I năm 2026. "
                 "Quý I, các cấp ủy đã tổ chức 15 buổi tuyên truyền.", "Ban Tuyên giáo Huyện ủy",
                 id="a_boards_head_titled_with_the_board_and_a_two_word_name_who_chairs_is_no_place"),
    pytest.param("Chiều 12/4, Bí thư Huyện ủy Hà Quảng chủ trì hội nghị sơ kết 6 tháng đầu năm 2026. Sáu tháng qua, huyện Hà Quảng "
                 "đạt 8/12 chỉ tiêu.", "Huyện ủy Hà Quảng", id="a_chair_read_from_a_place_the_article_writes_after_its_level_stays_a_place"),
    pytest.param("Ngày 25/7/2026, Sở Văn hóa, Thể thao & Du lịch tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. Sáu tháng qua, ngành "
                 "đạt 8/12 chỉ tiêu.", "Sở Văn hóa, Thể thao & Du lịch", id="a_departments_va_written_as_an_ampersand"),
    pytest.param("Chiều ngày 5/10, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tổ chức phiên họp quý III/2026. Đồng chí "
                 "Lê Văn Bình, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh chủ trì phiên họp.",
                 "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh", id="xa_hoi_in_a_name_is_no_level"),
    pytest.param("Ngày 10/7, Chi cục Quản lý thị trường tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. Sáu tháng qua, Chi cục Quản lý "
                 "thị trường tỉnh đã kiểm tra 412 vụ.", "Chi cục Quản lý thị trường tỉnh", id="thi_truong_in_a_name_is_no_level"),
    pytest.param("Ngày 28/12, tại Hội Nông dân tỉnh Vĩnh Long, 5 Hội Nông dân thuộc Cụm thi đua số 4, khu vực Tây Nam Bộ tổ chức hội "
                 "nghị tổng kết năm 2026. Trong năm, các hội đã vận động 3.200 hộ.", "Cụm thi đua số 4, khu vực Tây Nam Bộ",
                 id="members_that_report_as_a_cluster_hold_its_review"),
    pytest.param("Năm 2026, Ban Chấp hành Công đoàn Viên chức tỉnh đã hướng dẫn các công đoàn cơ sở tổ chức 45 hội nghị cán bộ, "
                 "công chức. Hoạt động công đoàn cơ sở đã có bước phát triển về chất lượng.", "Công đoàn Viên chức tỉnh",
                 id="a_unions_executive_board_reports_as_the_union"),
    pytest.param("Ngày 12/7, Ban chấp hành huyện Đoàn Tân Uyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. Sáu tháng qua, các cơ sở "
                 "Đoàn đã kết nạp 120 đoàn viên.", "Huyện Đoàn Tân Uyên", id="a_youth_unions_executive_board_meets_as_the_union"),
    pytest.param("Được biết, trong năm 2026, Sở Tài nguyên & Môi trường tỉnh Cà Mau đã cấp 19.320 giấy chứng nhận quyền sử dụng đất."
                 "\n\nNăm 2026, Sở TN&MT đã thẩm định 42 hồ sơ.", "Sở Tài nguyên & Môi trường tỉnh Cà Mau",
                 id="a_report_opened_by_duoc_biet_names_the_body_reported"),
    pytest.param("Báo cáo tại Hội nghị nêu rõ, năm 2026, Công đoàn Tổng cục Hậu cần đã hướng dẫn các công đoàn cơ sở thực hiện "
                 "tốt chương trình công tác. Tổng cục Hậu cần đã trao 20 suất quà.", "Công đoàn Tổng cục Hậu cần",
                 id="a_report_opened_by_neu_ro_names_the_body_reported"),
    pytest.param("Hoàn thành chỉ tiêu tạo việc làm\n\nTheo Sở Lao động - TB - XH, đến tháng 11/2026, đơn vị đã hoàn thành các chỉ "
                 "tiêu về tạo việc làm mới cho 38.500 người.", "Sở Lao động - TB - XH",
                 id="the_labour_department_named_with_its_initials_and_the_source_of_the_figures"),
    pytest.param("Ngày 23/12/2026, HĐND phường phường Đoàn Kết khóa IV tổ chức kỳ họp thứ 6. Năm 2026, kinh tế của phường tiếp tục "
                 "phát triển.", "HĐND phường Đoàn Kết", id="a_level_typed_twice_is_named_once"),
    pytest.param("Toàn cảnh Hội nghị.\n\nĐồng chí Trần Văn An – Phó Viện trưởng VKSND huyện Kỳ Sơn đã thông qua Báo cáo tổng kết "
                 "công tác Kiểm sát năm 2026. Năm 2026, đơn vị đã giải quyết 120 vụ án.", "VKSND huyện Kỳ Sơn",
                 id="a_report_presented_thong_qua_names_its_body_without_the_verb"),
    pytest.param("Sáu tháng cuối năm, Ban Dân tộc triển khai nhiệm vụ tích cực phối hợp với các sở, ngành tăng cường kiểm tra việc "
                 "tổ chức thực hiện chính sách. Ban Dân tộc tỉnh Lai Châu đã cấp 1.200 thẻ bảo hiểm y tế.",
                 "Ban Dân tộc tỉnh Lai Châu", id="a_name_holds_no_trien_khai_and_viec_to_chuc_is_the_noun"),
    pytest.param("Giảm hộ cựu chiến binh nghèo\n\nHội Cựu chiến binh (CCB) tỉnh cho biết, trong 6 tháng đầu năm, hội đã thành "
                 "lập 3 câu lạc bộ. Đến ngày 25.5, hội CCB các xã trong tỉnh hoàn thành tổng kết 5 năm thực hiện phong trào.",
                 "Hội Cựu chiến binh tỉnh", id="a_body_telling_its_own_period_and_a_name_that_holds_no_hoan_thanh"),
    pytest.param(" date 2026-06 Theo Cổng giao tiếp điện tử, tại kỳ họp, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng cho biết, "
                 "trong 5 tháng đầu năm, giá trị sản xuất của quận đạt 447,21 tỷ đồng.", "HĐND quận Tây Hồ",
                 id="a_place_ending_in_a_family_name_before_a_person_with_a_middle_name"),
    pytest.param("Từ đầu năm đến nay, trên địa bàn huyện có 950 trẻ mới sinh. Để hạn chế tình trạng sinh con thứ 3, Trung tâm "
                 "Dân số- KHHGĐ huyện đẩy mạnh tuyên truyền.", "Trung tâm Dân số- KHHGĐ huyện",
                 id="the_population_centre_by_its_standard_name"),
    pytest.param("Sáng ngày 25/5/2026, trường THCS Nguyễn Trãi tổ chức lễ tổng kết năm học 2025-2026. Năm học qua, trường "
                 "có 98% học sinh lên lớp.", "Trường THCS Nguyễn Trãi", id="a_school_named_in_lower_case_mid_sentence"),
    pytest.param("Sáng nay (11/1/2026), tại trường THPT Phan Bội Châu đã tổ chức buổi lễ sơ kết HKI năm học 2025-2026. Đến "
                 "tham dự buổi lễ này có Ông Phạm Phi Đăng – Trưởng Ban đại diện hội phụ huynh học sinh.",
                 "Trường THPT Phan Bội Châu", id="a_school_holds_the_ceremony_held_at_it_and_keeps_its_persons_name"),
    pytest.param("Sáng 10/01/2026, Ban Tuyên giáo Tỉnh ủy tổ chức tổng kết công tác tuyên giáo năm 2025. Năm 2025, ngành Tuyên "
                 "giáo đã chủ động tham mưu cấp ủy các cấp.\n\nBằng khen của Thủ tướng Chính phủ cho Ban Tuyên giáo Tỉnh ủy "
                 "\n\nPhát biểu tại hội nghị, đồng chí Trần Văn An ghi nhận những kết quả đã đạt được.",
                 "Ban Tuyên giáo Tỉnh ủy", id="a_captions_last_word_is_no_place_for_the_next_lines_first"),
    pytest.param("Sáng 7.7, Phó giám đốc Công an TP.Hà Nội dự hội nghị sơ kết công tác 6 tháng đầu năm. Theo báo cáo, thời gian "
                 "qua, dưới sự chỉ đạo của Ban giám đốc Công an TP.Hà Nội, các đơn vị đã bám sát tình hình. Công an TP.Hà Nội "
                 "đã bắt 300 đối tượng.", "Công an TP Hà Nội", id="a_city_written_short_with_its_dot_keeps_its_whole_name"),
    pytest.param("Chiều 13-5, tại hội nghị tổng kết công tác kiểm tra, giám sát nhiệm kỳ 2020-2025, triển khai nhiệm vụ nhiệm "
                 "kỳ 2025-2030, Đảng ủy khối Các cơ quan thành phố cho biết, nhiệm kỳ qua, đã lãnh đạo toàn diện công tác kiểm "
                 "tra. Theo đó, cấp ủy các cấp thuộc Đảng bộ Khối đã kiểm tra 305 tổ chức Đảng.",
                 "Đảng ủy khối Các cơ quan thành phố", id="a_body_telling_its_term_at_the_meeting_beats_a_bare_bloc"),
    pytest.param("TP.Thủ Dầu Một: Đạt và vượt hầu hết các chỉ tiêu năm 2026\n\nNăm 2026, TP.Thủ Dầu Một đã hoàn thành đạt và "
                 "vượt hầu hết chỉ tiêu, nhiệm vụ về kinh tế – xã hội.", "TP.Thủ Dầu Một",
                 id="a_headlines_city_written_short_is_the_holder"),
    pytest.param("Tập trung lãnh đạo ổn định sản xuất kinh doanh; tăng cường công tác xây dựng Đảng - là những nhiệm vụ trọng tâm "
                 "của công tác năm 2027, được Đảng bộ khối Doanh nghiệp tỉnh đề ra tại Hội nghị tổng kết công tác năm 2026.",
                 "Đảng bộ khối Doanh nghiệp tỉnh", id="the_body_that_set_the_tasks_at_the_meeting_in_the_passive_lead"),
    pytest.param("Các đại biểu tham dự buổi làm việc.\n\nBí thư Huyện ủy Đắk Mil Lữ Chí Cường báo cáo một số chỉ tiêu của Nghị "
                 "quyết. 5 năm qua, Đảng bộ huyện đã lãnh đạo thực hiện đạt các mục tiêu.", "Huyện ủy Đắk Mil",
                 id="a_head_with_the_family_name_lu_is_no_part_of_the_place"),
    pytest.param("(HTV) - Năm học 2025-2026, phòng Giáo dục - Đào tạo Quận 11 đã đề ra 14 nhiệm vụ trọng tâm cần thực hiện.\n"
                 "100% học sinh tiểu học được học Ngoại ngữ.", "Phòng Giáo dục - Đào tạo Quận 11",
                 id="an_office_begun_in_lower_case_keeps_its_words_its_dash_and_its_district_number"),
    pytest.param("Hội Nghị Sơ Kết Sản Xuất Vụ Hè Thu 2026 Và Phát Triển Sản Xuất Vụ Thu Đông Tại Đồng Bằng Sông Cửu Long Tại "
                 "Trung Tâm Hội Nghị Tiệc Cưới Đông Hà\n\nKhánh Linh 5/7/2026\n\nHội nghị tập trung báo cáo về tình hình sản xuất vụ "
                 "lúa hè thu năm 2026, kết quả cho thấy toàn vùng đã xuống giống hè thu sớm khoảng 300.000ha.", None,
                 id="a_headline_in_title_case_names_no_body"),
    pytest.param("Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026. Trong 6 tháng, các cấp Hội đã kết nạp 320 hội viên. "
                 "Phát biểu tại hội nghị, Chủ tịch Hội CCB tỉnh Nay Hứ đề nghị các đơn vị tiếp tục chỉ đạo Hội cơ sở.",
                 "Hội CCB tỉnh", id="a_jrai_head_of_two_words_after_the_level_is_no_place"),
    pytest.param("Trong 6 tháng đầu năm, thu ngân sách đạt 56% dự toán.\n\nThông tin trên được ông Trần Văn An, Tổng cục "
                 "trưởng Tổng cục Thuế, cho biết tại hội nghị tổng kết công tác thuế 6 tháng đầu năm diễn ra ngày 8-7.\n\n"
                 "Cục Thuế tỉnh Bình Dương kiến nghị bổ sung thêm cán bộ cho Cục tại hội nghị tổng kết công tác ngành 6 tháng "
                 "đầu năm\n\nSáu tháng qua, toàn ngành đã hoàn thành 12 cuộc thanh tra.", "Tổng cục Thuế",
                 id="a_body_that_speaks_at_a_review_meeting_did_not_hold_it"),
    pytest.param("Dự Hội nghị có đại diện Sở Nội vụ, 30/33 ủy viên Ban chấp hành Hội Chữ thập đỏ tỉnh tham dự\n\nNăm 2026, "
                 "Hội Chữ thập đỏ tỉnh đã vận động 12 tỷ đồng giúp người nghèo. Các cấp Hội đã tổ chức 40 đợt hiến máu.",
                 "Hội Chữ thập đỏ tỉnh", id="a_guests_line_as_the_headline_names_no_place"),
    pytest.param("Năm 2026, các đơn vị trong Cụm thi đua số 4 đã bám sát sự chỉ đạo của Đảng ủy Công an tỉnh, ký kết giao ước "
                 "thi đua.\n\nCác đơn vị đã hoàn thành 100% chỉ tiêu được giao.", "Cụm thi đua số 4",
                 id="a_numbered_clusters_members_report_the_clusters_year"),
    pytest.param("Trong 6 tháng đầu năm 2026, Hội Nông dân các huyện thuộc Cụm thi đua số V đã vận động 900 hộ đăng ký "
                 "danh hiệu sản xuất giỏi. Hội Nông dân tỉnh đánh giá cao kết quả này.", "Cụm thi đua số V",
                 id="members_of_a_cluster_numbered_in_roman_figures"),
    pytest.param("Chiều 28/6, Bí thư Đảng ủy Quân sự tỉnh đã chủ trì Hội nghị Đảng ủy Quân sự tỉnh 6 tháng đầu năm 2026.\n\n"
                 "Từ đầu năm đến nay, Đảng ủy đã lãnh đạo hoàn thành 100% chỉ tiêu huấn luyện.", "Đảng ủy Quân sự tỉnh",
                 id="the_months_after_a_named_meeting_are_no_part_of_its_body"),
    pytest.param("Nhiệm kỳ qua, Công đoàn Trường Tiểu học Hòa Bình đã hoàn thành vượt mức các chỉ tiêu Nghị quyết đề ra. "
                 "Trường Tiểu học Hòa Bình có 40 đoàn viên.", "Công đoàn Trường Tiểu học Hòa Bình",
                 id="a_congress_report_opens_with_the_past_term_and_its_body"),
    pytest.param("Sáng 27/6, đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu dự Hội nghị ra nghị quyết lãnh "
                 "đạo thực hiện nhiệm vụ 6 tháng cuối năm 2026 ở Bộ Chỉ huy Quân sự tỉnh.\n\nTheo đó, 6 tháng đầu năm 2026, Đảng ủy "
                 "Quân sự tỉnh Lai Châu đã lãnh đạo hoàn thành 100% chỉ tiêu huấn luyện.", "Đảng ủy Quân sự tỉnh Lai Châu",
                 id="a_committee_in_the_title_of_a_guest_who_attends_did_not_hold_it"),
    pytest.param("Sáng 20/12, Hội Sinh vật cảnh huyện tổ chức hội nghị tổng kết hoạt động năm 2026.\n\nNăm 2026, Hội đã tổ chức "
                 "3 cuộc triển lãm, kết nạp 45 hội viên mới.\n\nToàn cảnh hội nghị tổng kết Hội sinh vật cảnh huyện Lạng Giang "
                 "năm 2026", "Hội Sinh vật cảnh huyện Lạng Giang",
                 id="a_name_ending_in_its_level_takes_the_place_it_is_written_with_in_other_letter_case"),
    pytest.param("Sáng nay, Công an tỉnh tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2026.\n\nTrong 6 tháng, lực lượng "
                 "công an Hậu Giang đã triệt phá 12 băng nhóm tội phạm, xây dựng lực lượng trong sạch, vững mạnh.",
                 "Công an tỉnh Hậu Giang", id="a_force_named_in_small_letters_with_its_province_gives_the_province"),
    pytest.param("TÒA ÁN NHÂN DÂN HUYỆN THỰC HIỆN TỐT NHIỆM VỤ NĂM 2026\n\nNgày 5/1, Tòa án nhân dân huyện tổ chức hội nghị "
                 "tổng kết công tác năm 2026. Năm 2026, đơn vị đã giải quyết 412 vụ việc, đạt 95%.", "Tòa án nhân dân huyện",
                 id="an_all_capitals_banner_does_not_show_where_a_place_would_end"),
    pytest.param("Thư viện tỉnh triển khai nhiệm vụ năm 2027\n\nToàn cảnh Hội nghị.\n\nNăm 2026 thư viện tỉnh đã cấp trên 1 nghìn "
                 "thẻ bạn đọc, đạt 150% kế hoạch năm.", "Thư viện tỉnh", id="a_library_reports_its_year_as_any_public_body_does"),
    pytest.param("Lập biên bản 19 vụ vi phạm\n\nHạt Kiểm lâm huyện Nam Giang đã tổ chức 96 đợt tuần tra trong năm 2026, lập biên "
                 "bản 19 vụ vi phạm.", "Hạt Kiểm lâm huyện Nam Giang", id="a_forest_ranger_station_reports_its_year"),
    pytest.param("Tập huấn kỹ thuật cho nông dân\n\nHội Nông dân huyện Krông Pắc phối hợp tổ chức hơn 40 lớp tập huấn cho 2.000 "
                 "hội viên trong năm 2026, đạt 110% kế hoạch.", "Hội Nông dân huyện Krông Pắc",
                 id="a_body_that_co_organises_without_a_named_partner_and_the_verb_is_no_part_of_its_name"),
    pytest.param("Kỳ họp thứ 9 HĐND huyện Kbang khóa VIII\n\nTại kỳ họp, các đại biểu đánh giá kết quả năm 2026.\n\nTheo đó, "
                 "trong năm, Thường trực HĐND huyện đã phối hợp tổ chức các kỳ họp HĐND, hoạt động tiếp xúc cử tri.",
                 "HĐND huyện Kbang", id="a_standing_board_that_helped_organise_past_sessions_did_not_hold_this_one"),
    pytest.param("Sáng 8/1, Sở Tư pháp Hà Tinh tổ chức hội nghị tổng kết công tác tư pháp năm 2026.\n\nNăm 2026, ngành Tư pháp Hà "
                 "Tĩnh đã thẩm định 120 dự thảo văn bản. Sở Tư pháp Hà Tĩnh cũng đã rà soát 560 văn bản.", "Sở Tư pháp Hà Tĩnh",
                 id="a_place_missing_a_mark_is_spelt_as_the_article_spells_it_most"),
    pytest.param("Sáng 8/1, UBND thành phố Hạ Long tổ chức hội nghị tổng kết năm 2026.\n\nNăm 2026, thành phố đã thu hút 12 dự án "
                 "của các nhà đầu tư Hà Nội; doanh nghiệp Hà Nội chiếm 40% số vốn, Hà Nội dẫn đầu.", "UBND thành phố Hạ Long",
                 id="another_place_with_the_same_letters_but_other_marks_is_another_place_when_it_is_no_run_of_the_name"),
    pytest.param("HĐND XÃ SƠN VIÊN TỔNG KẾT NĂM 2026\n\nSáng 20/12, HĐND xã Sơn Viên tổ chức kỳ họp thứ 9 tổng kết năm 2026. "
                 "HĐND XÃ SƠN VIÊN đã thông qua 8 nghị quyết. SƠN VIÊN có 12 thôn.", "HĐND xã Sơn Viên",
                 id="a_banners_capitals_do_not_respell_a_name"),
    pytest.param("Hội Làm vườn tỉnh: 17 tập thể được khen thưởng\nNgày: 04/08/2026\nSáng ngày 21/1, Hội Làm vườn tỉnh tổ chức hội "
                 "nghị tổng kết công tác hội năm 2026.\n\nNăm 2026, các cấp hội đã tổ chức 199 lớp tập huấn.", "Hội Làm vườn tỉnh",
                 id="a_page_dates_label_is_no_place"),
    pytest.param("Hội Nông dân huyện hiện có 3.200 hội viên.\n\n6 tháng cuối năm, Hội đề ra 3 nhiệm vụ trọng tâm gồm: củng cố, phát "
                 "triển thêm tổ chức Hội cấp xã; đẩy mạnh dạy nghề.", "Hội Nông dân huyện",
                 id="what_a_body_sets_itself_is_no_part_of_its_name"),
    pytest.param("Giám đốc Sở Công thương làm việc với cán bộ chủ chốt của Trung tâm Khuyến công\n\nTại buổi làm việc, Giám đốc Sở Công thương đã được "
                 "nghe Trung tâm Khuyến công báo cáo tóm tắt kết quả hoạt động năm 2026.", "Trung tâm Khuyến công",
                 id="the_body_a_director_hears_report_is_the_body_reviewed"),
    pytest.param("Trợ giúp pháp lý cho hơn 2.400 lượt người\n\nNăm 2026, Trung tâm Trợ giúp pháp lý (TGPL) tỉnh đã thực hiện 937 vụ "
                 "việc về TGPL, tư vấn tại trụ sở 286 vụ việc.", "Trung tâm Trợ giúp pháp lý tỉnh",
                 id="the_lower_case_words_its_initials_spell_are_the_names_and_so_is_the_level_after_them"),
    pytest.param("Tính đến trung tuần tháng 11/2026, tổng diện tích gieo trồng vụ mùa 2026 toàn tỉnh Kon Tum đạt 163.240 ha, vượt "
                 "2% so với kế hoạch.\n\nTrong đó, diện tích lúa gieo sạ hơn 16.560 ha.", "Tỉnh Kon Tum",
                 id="where_no_body_is_named_the_place_whose_figures_the_lead_reports"),
    pytest.param("Sản xuất công nghiệp tăng 7,8%\n\n9 tháng năm 2026, công nghiệp - tiểu thủ công nghiệp trên địa bàn huyện Bố "
                 "Trạch tiếp tục duy trì sản xuất ổn định. Tổng giá trị sản xuất 449,7 tỷ đồng.", "Huyện Bố Trạch",
                 id="a_districts_figures_reported_with_no_body_are_the_districts"),
    pytest.param("Sáng 5/2, Sở Tài ChínhTPHCM tổ chức hội nghị tổng kết công tác tài chính năm 2026.\n\nNăm 2026, thu ngân sách "
                 "đạt 112% dự toán.", "Sở Tài Chính TPHCM", id="two_words_a_pages_markup_glued_are_two_words_in_the_name"),
    pytest.param("Khai thác gỗ rừng trồng ở xã Trần Phú (Na Rì).\n\n6 tháng đầu năm 2026, lực lượng chức năng đã lập biên bản 335 "
                 "vụ vi phạm.", None, id="a_place_where_something_happens_is_no_holder"),
    pytest.param("Đồng bào vùng sâu của huyện Tuy Đức, tỉnh Đắk Nông đã trồng 300 ha cao su trong năm 2026.", None,
                 id="an_owners_place_and_an_addresss_higher_level_are_no_holder"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_body_that_held_the_meeting(text, expected):
    assert find_organization(parse(text)) == expected


def test_word_boundaries_come_from_the_segmenters_model_without_its_package():
    import subprocess
    import sys

    code = ("import sys; from summarizer.pipeline.words import words; "
            "print(words('Ngân hàng Chính sách xã hội tỉnh đã triển khai')); print('underthesea' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["['Ngân hàng', 'Chính sách xã hội', 'tỉnh', 'đã', 'triển khai']", "False"]
