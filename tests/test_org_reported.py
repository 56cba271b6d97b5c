"""The body whose period the lead reports, where no sentence names the meeting's holder: named in full ("Theo báo cáo
của Công an tỉnh X, trong 6 tháng …", "Năm 2026, Tổng Công ty Y đặt mục tiêu …") it is the body under review, before a
Party or people's committee the lead names as a guest or a superior; at a council's session the executive's report
is the council's business. Its name reads on over a Party committee's lower-case "ủy" ("Văn phòng Tỉnh ủy X") and
ends before the time it reports ("… trong 6 tháng đầu năm"). The forest rangers and market inspectors report as a force
("lực lượng Kiểm lâm …"), as the police's branches do. Articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization
from summarizer.pipeline.org_reported import reported_body


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kiềm chế tội phạm hình sự\n\nTheo báo cáo của Công an tỉnh Bình Phước, trong 6 tháng đầu năm 2026, tội "
                 "phạm về trật tự xã hội giảm 12% so với cùng kỳ. Chủ tịch UBND tỉnh Bình Phước Nguyễn Văn Nam đánh giá "
                 "cao kết quả này.",
                 "Công an tỉnh Bình Phước", id="the_body_a_report_is_of_before_the_committee_whose_head_praises_it"),
    pytest.param("Điện thương phẩm tăng 8%\n\nNăm 2026, Tổng Công ty Điện lực Hà Nội đặt mục tiêu tăng sản lượng điện "
                 "thương phẩm 8%. Phó Chủ tịch UBND TP Hà Nội Nguyễn Văn Nam yêu cầu bảo đảm điện cho sản xuất.",
                 "Tổng Công ty Điện lực Hà Nội", id="the_body_that_sets_its_years_targets_before_the_city_committee"),
    pytest.param("Công tác tổ chức xây dựng Đảng\n\nTrong 6 tháng đầu năm 2026, Ban Tổ chức Huyện ủy Phú Bình đã tham mưu "
                 "kiện toàn 12 chi bộ. Chủ tịch UBND huyện Phú Bình Nguyễn Văn Nam đánh giá cao.",
                 "Ban Tổ chức Huyện ủy Phú Bình", id="a_party_committees_department_is_not_the_committee"),
    pytest.param("Kỳ họp thứ 12 HĐND huyện Đạ Huoai\n\nTheo báo cáo của UBND huyện, trong năm 2026, tổng giá trị sản xuất "
                 "tăng 9,1%. Kỳ họp thứ 12 HĐND huyện Đạ Huoai đã thông qua 14 nghị quyết.",
                 "HĐND huyện Đạ Huoai", id="at_a_councils_session_the_executive_reports_to_the_council"),
])
def test_the_reported_body_named_in_full_is_under_review(text, expected):
    assert find_organization(parse(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kết quả 6 tháng\n\nTrong 6 tháng đầu năm 2026, Văn phòng Tỉnh ủy Bình Phước đã tham mưu 40 văn bản.",
                 "Văn phòng Tỉnh ủy Bình Phước", id="a_provincial_committees_office"),
    pytest.param("Kết quả 6 tháng\n\nTrong 6 tháng đầu năm 2026, Ủy ban Kiểm tra Huyện ủy Phú Bình đã kiểm tra 12 tổ "
                 "chức đảng.", "Ủy ban Kiểm tra Huyện ủy Phú Bình", id="a_district_committees_inspection_commission"),
    pytest.param("Kết quả 6 tháng\n\nBáo cáo của UBND tỉnh Bạc Liêu trong 6 tháng đầu năm 2026, thu ngân sách đạt 58,3% "
                 "dự toán.", "UBND tỉnh Bạc Liêu", id="a_reports_body_ends_before_its_time"),
    pytest.param("Kết quả tháng 4\n\nTrong tháng 4/2026, lực lượng Kiểm lâm tỉnh Lạng Sơn đã phát hiện 22 vụ vi phạm Luật "
                 "Lâm nghiệp.", "lực lượng Kiểm lâm tỉnh Lạng Sơn", id="the_forest_rangers_as_a_force"),
    pytest.param("Kết quả tháng 4\n\nTrong tháng 4.2026, lực lượng Kiểm lâm tỉnh Lạng Sơn đã phát hiện 22 vụ vi phạm.",
                 "lực lượng Kiểm lâm tỉnh Lạng Sơn", id="a_month_and_year_written_with_a_dot"),
    pytest.param("Kết quả 6 tháng\n\n6 tháng đầu năm 2026, lực lượng Quản lý thị trường tỉnh Gia Lai đã kiểm tra 412 vụ, "
                 "xử lý 230 vụ vi phạm.", "lực lượng Quản lý thị trường tỉnh Gia Lai", id="the_market_inspectors_as_a_force"),
    pytest.param("Kết quả 6 tháng\n\n6 tháng đầu năm 2026, Viện Kiểm sát 2 cấp đã giải quyết 430 tin báo về tội phạm.",
                 "Viện Kiểm sát 2 cấp", id="a_procuracy_without_nhan_dan_at_both_levels"),
    pytest.param("Kết quả năm\n\nNăm 2026, Tòa án nhân dân 2 cấp trên địa bàn tỉnh Tây Ninh đã giải quyết 1.094 vụ án.",
                 "Tòa án nhân dân 2 cấp trên địa bàn tỉnh Tây Ninh", id="the_courts_of_both_levels_in_a_province"),
    pytest.param("Kết quả năm\n\nNăm 2026, Chi cục Hải quan khu vực IV đã thu ngân sách 4.548 tỉ đồng.",
                 "Chi cục Hải quan khu vực IV", id="a_branch_by_its_region"),
    pytest.param("Thu hút đầu tư\n\n(ĐN)- Theo thông tin từ Sở Kế hoạch - đầu tư, thu hút vốn đầu tư trong nước trên địa bàn "
                 "tỉnh từ đầu năm đến ngày 16-4 đạt gần 1.100 tỷ đồng.", "Sở Kế hoạch - đầu tư", id="the_source_of_the_figures"),
    # the body that tells its own period, over the spans of time the genre writes ("từ đầu năm đến nay", "thời gian qua")
    pytest.param("Thu hút đầu tư\n\nBan Quản lý các khu công nghiệp tỉnh cho biết, từ đầu năm đến nay, các khu công nghiệp "
                 "đã thu hút thêm 12 dự án, đạt 65% kế hoạch năm.", "Ban Quản lý các khu công nghiệp tỉnh",
                 id="since_the_years_start"),
    pytest.param("Giảm nghèo\n\nHội Nông dân huyện Tam Nông cho biết, thời gian qua, hội đã giúp 300 hộ thoát nghèo.",
                 "Hội Nông dân huyện Tam Nông", id="lately"),
])
def test_a_reported_bodys_name(text, expected):
    assert reported_body(parse(text)) == expected


def test_a_sector_is_reported_where_no_department_heading_it_is_named():
    sector = "Kết quả quý II\n\nTrong quý II/2026, ngành Văn hóa và Thông tin huyện Gò Quao đã tổ chức 40 buổi tuyên truyền."
    assert find_organization(parse(sector)) == "Ngành Văn hóa và Thông tin huyện Gò Quao"
    force = "Kết quả năm\n\nTrong năm 2026, lực lượng quản lý thị trường tỉnh đã kiểm tra 1.770 vụ."
    assert reported_body(parse(force)) == "lực lượng quản lý thị trường tỉnh"  # a force written in lower case
    # the department that heads the sector, named in the article, is the body under review, not its sector
    headed = ("Kết quả năm\n\nNăm 2026, ngành Kiểm sát Thái Nguyên đã giải quyết 1.200 tin báo. "
              "Viện Kiểm sát nhân dân tỉnh Thái Nguyên đã chủ động phối hợp với cơ quan điều tra.")
    assert reported_body(parse(headed)) != "ngành Kiểm sát Thái Nguyên"
    department = ("Kết quả năm\n\nNăm 2026, ngành VHTT&DL tỉnh đã đón 2 triệu lượt khách. Sở VHTT&DL tiếp tục đẩy mạnh "
                  "cải cách hành chính.")
    assert reported_body(parse(department)) != "ngành VHTT&DL tỉnh"


@pytest.mark.parametrize(("text", "expected"), [
    # a school's board of principals meets as the school
    pytest.param("Kết quả năm học\n\nTừ đầu năm đến nay, Ban Giám hiệu trường Quân sự tỉnh đã mở 3 lớp bồi dưỡng cho 120 học "
                 "viên.", "Trường Quân sự tỉnh", id="a_schools_board_of_principals"),
    # a headline naming a body's meeting names its holder
    pytest.param("Họp Hội đồng nghĩa vụ quân sự thành phố Bắc Kạn\n\nTheo chỉ tiêu năm 2026, thành phố phải gọi 80 công dân "
                 "nhập ngũ. Theo đánh giá của Hội đồng NVQS các xã, phường, nguồn công dân còn ít.",
                 "Hội đồng nghĩa vụ quân sự thành phố Bắc Kạn", id="a_headline_naming_a_bodys_meeting"),
    # a Party committee's standing board in lower case meets as the committee; the Front's board is a body
    pytest.param("Giao ban quý I\n\nSáng 5/4, Ban thường trực huyện uỷ Đô Lương tổ chức hội nghị giao ban quý I năm 2026. "
                 "Quý I, toàn huyện thu ngân sách đạt 30% dự toán.", "Huyện uỷ Đô Lương", id="a_committees_standing_board"),
    pytest.param("Giao ban quý I\n\nSáng 5/4, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban quý I "
                 "năm 2026. Quý I, Mặt trận đã vận động 120 tỷ đồng.", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
                 id="the_fronts_standing_board"),
    # the Party's inspection commission by its initials, and its chair's title
    pytest.param("Sơ kết công tác kiểm tra\n\nĐồng chí Trần Văn An, Bí thư Trung ương Đảng, Chủ nhiệm UBKT Trung ương chủ trì "
                 "hội nghị. Báo cáo của UBKT Trung ương nêu rõ: Trong 6 tháng đầu năm 2026, công tác kiểm tra được đẩy mạnh.",
                 "UBKT Trung ương", id="an_inspection_commission"),
    # those a meeting was held with the consent of are read past
    pytest.param("Hội nghị viên chức năm 2026\n\nSáng 27/4/2026, được sự đồng ý của Đảng ủy, BGĐ, BCH Công đoàn cơ sở, Trung "
                 "tâm Y tế huyện Mộ Đức tổ chức hội nghị viên chức năm 2026.", "Trung tâm Y tế huyện Mộ Đức", id="consented"),
    pytest.param("Sơ kết quý I\n\nThực hiện chương trình công tác năm 2026, được sự thống nhất của TT. Đảng ủy xã, UBND xã Ia "
                 "Dơk tiến hành tổ chức hội nghị sơ kết quý I năm 2026.", "UBND xã Ia Dơk", id="agreed"),
    # a school named in lower case after the date
    pytest.param("Hội nghị công chức viên chức năm 2026\n\nĐể đánh giá hiệu quả hoạt động năm 2025, sáng ngày 29/12/2025, "
                 "trường Trung cấp nghề vùng U Minh Thượng tổ chức hội nghị công chức, viên chức năm 2026. Công đoàn Bộ phận "
                 "đã phối hợp.", "Trường Trung cấp nghề vùng U Minh Thượng", id="a_school_in_lower_case"),
    # a Buddhist Sangha's executive board by its initials ("BTS GHPGVN"), before a guest body named with its place
    pytest.param("Phật sự cuối năm\n\nChiều 27/10/2026, tại chùa Phước Bửu (P.14, Q.Bình Thạnh), BTS GHPGVN Q.Bình Thạnh đã "
                 "diễn ra phiên họp triển khai các công tác Phật sự cuối năm 2026.\n\nThượng tọa Thích Tâm Chơn, Trưởng ban BTS "
                 "chủ trì. Tham dự có đại diện UBMTTQVN quận Bình Thạnh.", "BTS GHPGVN Q.Bình Thạnh", id="a_sanghas_board"),
    # a report "from" a body, as a report "of" it, before the national directorate that sets the sector's targets
    pytest.param("Thu ngân sách giảm\n\nBáo cáo từ Cục Hải quan tỉnh cho biết, từ đầu năm đến nay, thu ngân sách đạt 1.250 tỷ "
                 "đồng.\n\nTổng cục Hải quan yêu cầu toàn ngành tiếp tục thực hiện nghiêm các chỉ thị. Tổng cục Hải quan cũng "
                 "đề nghị các doanh nghiệp phối hợp.", "Cục Hải quan tỉnh",
                 id="a_report_from_a_body"),
    # a province's sector, whose own department the article does not name: the national directorate heads no province's
    pytest.param("Thi hành án dân sự năm 2026\n\nTrong năm 2026, ngành thi hành án dân sự tỉnh đã thụ lý 7.259 việc, đạt tỷ lệ "
                 "90,7%, vượt 17,7% so với chỉ tiêu Tổng cục Thi hành án dân sự giao.", "Ngành thi hành án dân sự tỉnh",
                 id="a_provinces_sector"),
    # "Theo tin từ …" opens the report as "Theo thông tin từ …" does
    pytest.param("Dân số năm 2026\n\nTheo tin từ Chi cục Dân số/KHHGĐ tỉnh, năm 2026, tỷ lệ sinh con thứ 3 giảm 0,2%. Dự hội nghị "
                 "có đại diện Sở Y tế, UBND tỉnh và Sở Y tế.", "Chi cục Dân số/KHHGĐ tỉnh", id="news_from_a_body"),
    # a sector's review named without its place is its department's: the province's, chaired by the province's leader …
    pytest.param("GRDP ngành nông nghiệp tăng 2,75%\n\nCon số trên được Sở NN&PTNT thông tin tại hội nghị tổng kết ngành NN&PTNT "
                 "năm 2026 sáng 17/1 do Chủ tịch UBND tỉnh Nguyễn Văn Cao chủ trì. Năm 2026, giá trị sản xuất tăng 2,75%.",
                 "Sở NN&PTNT", id="a_provinces_sector_review"),
    # … or the ministry's, the whole country's
    pytest.param("Ngành xây dựng vượt khó\n\nPhát biểu tại Hội nghị tổng kết ngành xây dựng năm 2026, Bộ trưởng Bộ Xây dựng "
                 "Trần Văn An đánh giá cao kết quả. Năm 2026, toàn ngành đã hoàn thành 12 chỉ tiêu.", "Bộ Xây dựng",
                 id="the_countrys_sector_review"),
    # … or, where the article names no department of its work, the sector itself
    pytest.param("Nông nghiệp tăng trưởng khá\n\nTại hội nghị tổng kết ngành Nông nghiệp và Phát triển nông thôn năm 2026 "
                 "sáng 5/1, các đại biểu đánh giá giá trị sản xuất tăng 3,1%.", "Ngành Nông nghiệp và Phát triển nông thôn",
                 id="a_sector_review_without_its_department"),
    # a province's sector reviewed, its ministry named only as the giver of its awards
    pytest.param("Doanh thu du lịch đạt 2.200 tỷ đồng\n\nÔng Lê Văn Ba, Phó Chủ tịch HĐND tỉnh, trao cờ thi đua của Bộ Văn hóa, "
                 "Thể thao và Du lịch cho các đơn vị xuất sắc.\n\nHiện nay, toàn tỉnh có 636 ấp đạt chuẩn văn hóa. Ngành Văn hóa, "
                 "Thể thao và Du lịch tỉnh tiếp tục đề ra chương trình công tác năm 2027.",
                 "Ngành Văn hóa, Thể thao và Du lịch tỉnh", id="a_provinces_sector_under_its_ministrys_award"),
])
def test_whose_meeting_it_is(text, expected):
    assert find_organization(parse(text)) == expected
