"""Who holds the meeting and its full name, read from what the lead says. Bodies: a state enterprise written short
("Tổng Cty", "Xí nghiệp"), a business association ("Hiệp hội"), a bank's transaction office and a command in either
letter case are bodies. Holders: a sector's review named with its place is the sector's, without one its ministry's;
a placeless movement reported at every level ("các cấp", the courts "hai cấp") is named so; an association's executive
committee, standing board, secretariat or standing members meet as the association (a council's standing committee is
none of these); a head alone ("Ban mới tham mưu …") refers back to the body named in full; a headline naming a body's
congress names its holder; where nothing else names a body, the one whose deputy head reports its figures. Names:
"chủ trì" is no part of a name; a unit's kind is no place; a military procuracy goes by its region's number; the
supreme bodies keep "tối cao"; the lead's full name takes the place the headline's short one gives; a level written
with a capital ("Thành phố") is read on to its place; a term ("trong nhiệm kỳ III") and a stop typed before its space
end a name; a conference centre is where a meeting was held, not who held it; the superiors a body advises or a guest
praises ("tham mưu cho Tỉnh ủy, UBND tỉnh") or whose directive it carries out hold nothing; the district or town written after a commune's or ward's name
is its address; a one-word name of a corporation ("Vinacomin") holds what it holds, a city's initials never do; a
portal's all-caps banner gives its name in a sentence's case. Articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.pipeline.bodies import recased
from summarizer.pipeline.ingest import parse
from summarizer.pipeline.meta import find_organization


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Miền Nam đạt 30 tỷ kWh điện thương phẩm\n\nTổng giám đốc Tổng Cty Điện lực miền Nam ngày 10-1 cho biết, "
                 "năm 2026 tổng công ty đã hoàn thành kế hoạch, tỷ lệ tổn thất điện năng còn 3,9%.",
                 "Tổng Cty Điện lực miền Nam", id="a_corporation_written_short_is_a_body"),
    pytest.param("Xí nghiệp Thủy nông huyện Đông Sơn hoàn thành kế hoạch năm\n\nĐến hết ngày 15.12, Xí nghiệp Thủy nông "
                 "huyện Đông Sơn đã nạo vét 6,2 km kênh tưới, vượt 12% kế hoạch năm 2026.",
                 "Xí nghiệp Thủy nông huyện Đông Sơn", id="a_works_is_a_body"),
    pytest.param("Phát triển công nghiệp chế biến\n\n(CT)- Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh Nguyễn Văn Nam tại Hội nghị "
                 "tổng kết ngành Công thương tỉnh Hậu Giang năm 2026. Năm qua, giá trị sản xuất công nghiệp tăng 9,1%.",
                 "Ngành Công thương tỉnh Hậu Giang", id="a_sector_named_with_its_place_holds_its_review"),
    pytest.param("Phát triển nhà ở xã hội\n\nĐó là ý kiến của Bộ trưởng Bộ Xây dựng Nguyễn Văn Nam tại Hội nghị tổng kết ngành "
                 "xây dựng sáng qua. Năm 2026, cả nước hoàn thành 42.000 căn nhà ở xã hội.",
                 "Bộ Xây dựng", id="a_sector_without_a_place_is_its_ministrys"),
    pytest.param("Năm 2026, dù điều kiện kinh tế còn khó khăn, Mặt trận Tổ quốc các cấp đã huy động 12 tỷ đồng hỗ trợ hộ nghèo. "
                 "Hội nghị đánh giá cao kết quả của Mặt trận Tổ quốc các cấp.",
                 "Mặt trận Tổ quốc các cấp", id="a_movement_reviewed_at_every_level"),
    pytest.param("Năm học 2025 - 2026, phong trào tình nguyện được Đoàn Thanh niên các cấp trong tỉnh triển khai sâu rộng, thu hút "
                 "12.000 đoàn viên tham gia.",
                 "Đoàn Thanh niên các cấp trong tỉnh", id="every_level_within_the_province"),
    pytest.param("Sáng 12-1, Mặt trận Tổ quốc tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2026. Năm qua, Mặt trận Tổ quốc các cấp "
                 "đã huy động 12 tỷ đồng hỗ trợ hộ nghèo.",
                 "Mặt trận Tổ quốc tỉnh Hà Nam", id="a_body_named_with_its_place_is_not_every_level"),
    pytest.param("Yên Thế có dư nợ trên 500 tỷ đồng\n\nTrong năm 2026, Phòng giao dịch Ngân hàng chính sách xã hội huyện Yên Thế đạt "
                 "tổng dư nợ 510,1 tỷ đồng, tăng 14% so với năm 2025.",
                 "Phòng giao dịch Ngân hàng chính sách xã hội huyện Yên Thế", id="a_banks_transaction_office_is_named_with_its_bank"),
    pytest.param("Ngày 26-6, tại huyện Lộc Ninh, UBND huyện Lộc Ninh chủ trì tổ chức hội nghị giao ban quý 2/2026 giữa lực lượng "
                 "vũ trang các huyện biên giới. Quý 2, các đơn vị tuần tra 120 lượt.",
                 "UBND huyện Lộc Ninh", id="chu_tri_is_no_part_of_the_name"),
    pytest.param("Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Bắc Ninh vừa tổ chức hội nghị tổng kết hoạt động năm 2026. Năm qua, "
                 "hiệp hội kết nạp 120 hội viên mới.",
                 "Hiệp hội Doanh nghiệp tỉnh Bắc Ninh", id="a_business_associations_committee_meets_as_the_association"),
    pytest.param("Tòa án nhân dân hai cấp trong tỉnh giải quyết 1.094 vụ án\n\nTừ đầu năm đến nay, Tòa án nhân dân hai cấp trong "
                 "tỉnh thụ lý 1.754 vụ án, giải quyết 1.094 vụ, đạt 62,4%.",
                 "Tòa án nhân dân hai cấp trong tỉnh", id="the_courts_of_both_levels"),
    pytest.param("Kết quả kết nạp đảng viên năm 2026\n\nTheo báo cáo của Ban Tổ chức Huyện ủy, đến 10/7/2026, Ban mới tham mưu Ban "
                 "Thường vụ Huyện ủy kết nạp được 48/204 đảng viên, đạt 23,5%.",
                 "Ban Tổ chức Huyện ủy", id="a_head_alone_refers_back_to_the_full_name"),
    pytest.param("Bộ chỉ huy Bộ đội Biên phòng tỉnh đã triển khai kế hoạch cao điểm chống buôn lậu dịp Tết. Từ ngày 20/12/2026 đến "
                 "nay, các đơn vị bắt giữ 42 vụ.",
                 "Bộ chỉ huy Bộ đội Biên phòng tỉnh", id="a_command_written_in_lower_case"),
    pytest.param("Đại hội Hiệp hội Du lịch Ninh Bình lần thứ IV\n\nNgày 12-2, tại Sở Văn hóa, Thể thao và Du lịch Ninh Bình đã diễn "
                 "ra Đại hội Hiệp hội Du lịch Ninh Bình lần thứ IV, nhiệm kỳ 2027-2032. Nhiệm kỳ qua, hiệp hội kết nạp 120 hội viên.",
                 "Hiệp hội Du lịch Ninh Bình", id="a_headline_naming_a_bodys_congress"),
    # a parent in the lead hosts its youth union's congress, which the headline names whole
    pytest.param("Đại hội đại biểu Đoàn Thanh niên Công an tỉnh\n\nNgày 24-6-2027, Công an tỉnh tổ chức Đại hội đại biểu Đoàn Thanh "
                 "niên Cộng sản Hồ Chí Minh lần thứ VIII, nhiệm kỳ 2027-2032. Nhiệm kỳ qua, tuổi trẻ Công an tỉnh đã triển khai "
                 "120 công trình thanh niên.", "Đoàn Thanh niên Công an tỉnh", id="a_hosted_congress"),
    pytest.param("BCH Đảng bộ Quân sự huyện nhiệm kỳ 2025-2030 ra mắt đại hội.\n\nBáo cáo chính trị của Ban Chấp hành Đảng bộ Quân sự "
                 "huyện Mường Chà nhiệm kỳ 2020-2025 khẳng định: nhiệm kỳ qua, Đảng bộ hoàn thành 12/12 chỉ tiêu.",
                 "Đảng bộ Quân sự huyện Mường Chà", id="a_units_kind_is_no_place"),
    pytest.param("Chiều 4/7, Viện kiểm sát quân sự Quân khu 7 đã có buổi báo cáo công tác 6 tháng đầu năm 2026 với Viện trưởng "
                 "VKSNDTC. Theo đó, số vụ án giảm 20%.",
                 "Viện kiểm sát quân sự Quân khu 7", id="a_military_procuracy_by_its_regions_number"),
    pytest.param("Theo thống kê của Viện Kiểm sát nhân dân tối cao, trong 6 tháng đầu năm 2026, Viện kiểm sát các cấp đã khởi tố "
                 "mới 38.000 vụ án hình sự, tăng 0,2% so với cùng kỳ.",
                 "Viện Kiểm sát nhân dân tối cao", id="the_supreme_procuracy"),
    pytest.param("Chuyển biến mới tại các khu kinh tế cửa khẩu\n\nÔng Nguyễn Văn Nam, Phó Ban quản lý khu kinh tế tỉnh Quảng Trị cho "
                 "biết, trong tháng 7/2026 trị giá hàng hóa xuất nhập khẩu ước đạt 29 triệu USD, tăng 12%.",
                 "Ban quản lý khu kinh tế tỉnh Quảng Trị", id="a_deputy_speaks_for_the_body_when_nothing_else_names_one"),
    pytest.param("Các cấp Hội trong tỉnh đã giúp nông dân mua 6.500 tấn phân bón trả chậm.\nNăm 2026, Ban Thường vụ Hội Nông dân "
                 "(HND) tỉnh chọn là năm đẩy mạnh hỗ trợ nông dân. Các cấp Hội tập trung hỗ trợ nông dân về giống, vốn.",
                 "Hội Nông dân tỉnh", id="an_associations_standing_board"),
    pytest.param("Ngày 5-1, Thường trực T.Ư Hội CCB Việt Nam tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. 6 tháng qua, Hội kết "
                 "nạp 12.000 hội viên.",
                 "T.Ư Hội CCB Việt Nam", id="an_associations_standing_members"),
    pytest.param("Ngày 5-7, Thường trực Hội đồng nhân dân huyện Ba Tri tổ chức phiên họp thường kỳ tháng 7. Tháng qua, Thường "
                 "trực HĐND huyện giám sát 3 chuyên đề.",
                 "Thường trực Hội đồng nhân dân huyện Ba Tri", id="a_councils_standing_committee_is_no_association"),
    pytest.param("Mặt trận TP.Tam Kỳ sơ kết công tác 6 tháng đầu năm 2026\n\nChiều ngày 17/7, Ủy ban MTTQ Việt Nam thành phố tổ chức "
                 "Hội nghị lần thứ 10 sơ kết công tác Mặt trận 6 tháng đầu năm. 6 tháng qua, Mặt trận vận động 1,2 tỷ đồng.",
                 "Ủy ban MTTQ Việt Nam thành phố Tam Kỳ", id="the_leads_full_name_takes_the_headlines_place"),
    pytest.param("(BTNO) - Trong năm 2026, Hội Khuyến học Thành phố phát triển mới gần 2.000 hội viên, nâng tổng số hội viên toàn "
                 "Thành phố Bà Rịa lên gần 63.000 người.\n\nNguồn quỹ khuyến học vận động được trên 7,5 tỷ đồng.",
                 "Hội Khuyến học Thành phố Bà Rịa", id="a_capitalised_level_is_read_on_to_its_place"),
    pytest.param("Năm 2026, hội viên đã quyên góp 1 tỷ đồng xây nhà tình nghĩa cho gia đình chính sách.\n\nÔng Lê Văn Bình tiếp "
                 "tục được bầu làm Chủ tịch Hiệp hội doanh nghiệp CCB Hải Phòng trong nhiệm kỳ III (2026-2031).",
                 "Hiệp hội doanh nghiệp CCB Hải Phòng", id="a_term_is_no_part_of_the_name"),
    pytest.param("Đại hội Đảng khóa V\n\nĐại hội đại biểu Đảng bộ lần thứ V đã diễn ra trong 2 ngày 14 và 15-5-2026, có 120 đại "
                 "biểu đại diện cho hơn 300 đảng viên trong đảng bộ .Đại hội đã đánh giá kết quả thực hiện nhiệm vụ chính trị "
                 "của nhiệm kỳ IV.",
                 None, id="a_stop_typed_before_its_space_ends_the_name"),
    pytest.param("Chuẩn bị Đại hội đại biểu các dân tộc thiểu số\n\nToàn cảnh phiên họp\n\nCuộc họp thống nhất thời gian tổ chức "
                 "Đại hội từ ngày 7 đến 9/9/2026 tại Trung tâm Hội nghị quốc gia.\n\nTại cuộc họp, các đại biểu thống nhất số "
                 "lượng 1.600 đại biểu chính thức.",
                 None, id="a_conference_centre_is_where_it_met"),
    pytest.param("Phát biểu tại buổi làm việc, Trung tướng Nguyễn Văn Nam đánh giá cao Tỉnh ủy, UBND tỉnh Sóc Trăng quan tâm lãnh "
                 "đạo, chỉ đạo lực lượng vũ trang tỉnh thực hiện tốt nhiệm vụ quý I-2026; biểu dương Đảng ủy, Bộ Chỉ huy Quân sự "
                 "tỉnh Sóc Trăng làm tốt vai trò tham mưu.\n\nQuý I-2026, Bộ Chỉ huy Quân sự tỉnh Sóc Trăng đã hoàn thành 100% "
                 "chỉ tiêu tuyển quân.",
                 "Bộ Chỉ huy Quân sự tỉnh Sóc Trăng", id="the_superiors_a_guest_praises_hold_nothing"),
    pytest.param("Năm 2026, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã lãnh đạo triển khai nghiêm túc nhiệm vụ, kịp "
                 "thời tham mưu cho Tỉnh ủy, UBND tỉnh Lai Châu các chủ trương quản lý, bảo vệ biên giới.\n\nĐơn vị đã phát "
                 "hiện, bắt giữ 12 vụ vận chuyển hàng cấm.",
                 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu", id="the_superiors_it_advises_hold_nothing"),
    pytest.param("Vi phạm trật tự xây dựng giảm mạnh\n\nSở Xây dựng tỉnh Bình Dương cho biết, sau 3 tháng thực hiện Chỉ thị số 12 "
                 "của Tỉnh ủy Bình Dương về tăng cường quản lý trật tự xây dựng, số vụ xây dựng trái phép giảm 35%.",
                 "Sở Xây dựng tỉnh Bình Dương", id="the_superior_whose_directive_it_carries_out_holds_nothing"),
    pytest.param("Đại hội Đảng bộ phường An Bình – TX Tân Lập lần thứ VI, nhiệm kỳ 2025 – 2030\n\nNhiệm kỳ qua, Đảng bộ phường An "
                 "Bình đã kết nạp 45 đảng viên mới.",
                 "Đảng bộ phường An Bình", id="a_wards_town_after_a_dash_is_its_address"),
    pytest.param("Sáng 5/7, HĐND Thị trấn Mường Lát huyện Trà Sơn tổ chức kỳ họp thứ 8, khóa XXI. Năm 2026, thị trấn thu ngân "
                 "sách đạt 112% dự toán.",
                 "HĐND Thị trấn Mường Lát", id="a_townships_district_is_its_address"),
    pytest.param("Sáng 11-1, Petrovina đã tổ chức hội nghị tổng kết năm 2026 và triển khai nhiệm vụ năm 2027. Doanh thu "
                 "đạt 12.400 tỉ đồng.", "Petrovina", id="a_corporations_one_word_name_holds_it"),
    pytest.param("Trang chủ\n\nHUYỆN ỦY TUY AN\n\nSơ kết công tác 6 tháng đầu năm 2026\n\nSáng 5/7, Hội nghị sơ kết công tác 6 "
                 "tháng đầu năm 2026 đã diễn ra. Năm 2026, tổng thu ngân sách trên địa bàn huyện đạt 58% dự toán.",
                 "Huyện ủy Tuy An", id="a_portals_banner_names_the_holder_in_a_sentences_case"),
    pytest.param("Sáng 26-9, Đảng bộ phường An Lạc, TPHCM đã tổ chức Hội nghị Ban Chấp hành lần thứ 2. Năm 2026, "
                 "phường thu ngân sách đạt 104%.", "Đảng bộ phường An Lạc", id="a_citys_initials_after_a_comma_are_an_address"),
])
def test_the_holder_and_its_full_name(text: str, expected: str | None) -> None:
    assert find_organization(parse(text)) == expected


@pytest.mark.parametrize(("banner", "name"), [
    ("HUYỆN UỶ TUY PHONG", "Huyện uỷ Tuy Phong"), ("ỦY BAN NHÂN DÂN HUYỆN MINH LONG", "Ủy ban nhân dân huyện Minh Long"),
    ("TRƯỜNG THCS PHỔ CƯỜNG", "Trường THCS Phổ Cường"), ("HĐND THÀNH PHỐ HÀ NỘI", "HĐND thành phố Hà Nội"),
    ("UBND TP.HCM", "UBND TP.HCM"), ("Hội Nông dân tỉnh", "Hội Nông dân tỉnh"),  # initials and a cased name stay
])
def test_a_banners_name_in_a_sentences_case(banner: str, name: str) -> None:
    assert recased(banner) == name

