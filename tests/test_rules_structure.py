"""How the `rules` strategy reads a report's structure, on short articles written for these tests
(none taken from an evaluated article): comma cuts, verb series, purpose clauses, which opener
sets the section, and procedure that announces the directions."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.api import summarize
from summarizer.config import Options
from summarizer.errors import ExtractionError
from summarizer.extract.periods import figureless
from summarizer.extract.rules import RulesStrategy
from summarizer.extract.weights import Weights, using
from summarizer.models import Summary
from summarizer.pipeline.chunk import make_chunks
from summarizer.pipeline.ingest import read_article


def run(tmp_path: Path, body: str, title: str = "UBND xã Hòa Bình sơ kết công tác quý III năm 2025") -> Summary:
    path = tmp_path / "bai.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return summarize(path, Options(strategy="rules", use_cache=False))


def items(tmp_path: Path, body: str) -> dict[str, list[str]]:
    s = run(tmp_path, body)
    return {c: [i.text for i in getattr(s, c)] for c in ("achievements", "shortcomings", "tasks")}


def test_a_comma_before_a_new_action_opens_a_new_item(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động, tổ chức 6 buổi tập huấn "
                          "kỹ thuật cho 300 hội viên.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động",
                                   "Tổ chức 6 buổi tập huấn kỹ thuật cho 300 hội viên"]


def test_verbs_sharing_one_object_stay_one_item(tmp_path):
    got = items(tmp_path, "Trong quý III, Đảng ủy xã đã tập trung lãnh đạo, chỉ đạo triển khai các nhiệm vụ "
                          "chính trị của địa phương.")
    assert len(got["achievements"]) == 1


def test_what_follows_a_purpose_word_stays_with_its_action(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động, góp phần giải quyết "
                          "việc làm, tăng thu nhập cho người dân.")
    assert len(got["achievements"]) == 1


def test_ben_canh_do_adds_it_does_not_turn_to_shortcomings(tmp_path):
    got = items(tmp_path, "Trong quý IV, UBND xã tập trung hoàn thành thu ngân sách. Bên cạnh đó tiếp tục "
                          "chỉ đạo làm tốt công tác phòng chống dịch bệnh trên đàn gia súc.")
    assert got["shortcomings"] == []
    assert len(got["tasks"]) == 2


def test_the_opener_named_last_sets_what_follows(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\n"
                          "Hội nghị chỉ ra những hạn chế cần khắc phục và đề ra nhiệm vụ cho quý IV. "
                          "Trong đó tập trung rà soát hộ nghèo; xây dựng thêm 2 nhà văn hóa thôn.")
    assert got["tasks"] == ["Tập trung rà soát hộ nghèo", "Xây dựng thêm 2 nhà văn hóa thôn"]
    assert got["shortcomings"] == []  # "chỉ ra những hạn chế" names none: not an item


def test_procedure_that_names_the_directions_opens_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\n"
                          "Bên cạnh những kết quả đạt được, tiến độ giải ngân vốn đầu tư công còn chậm.\n\n"
                          "Hội nghị đã thảo luận, đề ra nhiệm vụ trọng tâm trong quý IV. Trong đó, tập trung "
                          "hoàn thành 3 công trình giao thông nông thôn.")
    assert len(got["shortcomings"]) == 1
    assert any("3 công trình" in t for t in got["tasks"])


def test_shortcomings_named_by_their_fields_give_one_item_per_field(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\n"
                          "Hội nghị chỉ ra những tồn tại, hạn chế trong công tác quản lý đất đai, thu phí chợ, "
                          "vệ sinh môi trường… và đề xuất giải pháp khắc phục.")
    assert got["shortcomings"] == ["Tồn tại, hạn chế trong công tác quản lý đất đai",
                                   "Tồn tại, hạn chế trong công tác thu phí chợ",
                                   "Tồn tại, hạn chế trong công tác vệ sinh môi trường"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Năm 2026, TAND huyện đã giải quyết 1.620 vụ, việc, đạt 95,8%.\n\nBên cạnh kết quả đạt được, công tác xét xử "
                 "còn một số hạn chế, khó khăn như còn án tồn đọng lâu năm, một số đương sự không hợp tác, chậm cung cấp "
                 "chứng cứ cho Tòa.",
                 ["Còn án tồn đọng lâu năm", "Một số đương sự không hợp tác", "Chậm cung cấp chứng cứ cho Tòa"],
                 id="after_con_mot_so_han_che_nhu"),
    pytest.param("Năm 2026, thu ngân sách của phường đạt 105% dự toán.\n\nTuy nhiên, trong năm vẫn còn tồn tại những bất "
                 "cập: công tác vệ sinh môi trường còn hạn chế, tình trạng lấn chiếm vỉa hè, tình trạng xây dựng trái "
                 "phép.\n\nHội cũng còn gặp nhiều khó khăn như: kinh phí hoạt động hạn hẹp, trụ sở làm việc xuống cấp.",
                 ["Công tác vệ sinh môi trường còn hạn chế", "Tình trạng lấn chiếm vỉa hè", "Tình trạng xây dựng trái phép",
                  "Kinh phí hoạt động hạn hẹp", "Trụ sở làm việc xuống cấp"],
                 id="after_a_colon_or_nhu_colon"),
])
def test_problems_a_report_names_in_a_list_are_one_shortcoming_each(tmp_path, text, expected):
    with using(None):  # the rules' own verdict
        assert items(tmp_path, text)["shortcomings"] == expected


def test_fields_named_before_a_purpose_give_one_item_each_and_a_cause_gives_none(tmp_path):
    got = items(tmp_path, "Tại hội nghị, liên ngành tố tụng huyện đã đưa ra các giải pháp khắc phục một số tồn tại, hạn chế, "
                          "thiếu sót trong công tác điều tra, truy tố, xét xử nhằm nâng cao hơn nữa hiệu quả phối hợp giữa "
                          "các ngành trong đấu tranh phòng, chống tội phạm thời gian tới.")
    assert got["shortcomings"] == ["Tồn tại, hạn chế, thiếu sót trong công tác điều tra",
                                   "Tồn tại, hạn chế, thiếu sót trong công tác truy tố",
                                   "Tồn tại, hạn chế, thiếu sót trong công tác xét xử"]
    cause = items(tmp_path, "Nguyên nhân của những hạn chế trong công tác xét xử là do trình độ, năng lực chuyên môn của "
                            "thẩm phán không đều, tinh thần trách nhiệm của một số cán bộ chưa cao.")
    assert not [s for s in cause["shortcomings"] if s.startswith("Hạn chế trong công tác")]
    # obstacles overcome ("tháo gỡ khó khăn trong công tác …", cues.toml hardship) name no fields' shortcomings
    overcome = items(tmp_path, "Sáu tháng đầu năm, Đảng bộ tập trung chỉ đạo rà soát, đẩy nhanh tiến độ các dự án, tháo gỡ "
                               "khó khăn trong công tác lãnh đạo, điều hành quản lý của các doanh nghiệp, tăng cường công "
                               "tác kiểm tra, đôn đốc, giám sát.")
    assert not [s for s in overcome["shortcomings"] if s.startswith("Khó khăn trong công tác")]


def test_prose_after_a_shortcoming_word_is_not_a_field_list(tmp_path):
    got = items(tmp_path, "Trong quý III, công tác thu ngân sách còn nhiều hạn chế trong công tác đôn đốc, "
                          "nhất là các khoản thu từ đất do thị trường bất động sản trầm lắng kéo dài.")
    assert len(got["shortcomings"]) == 1


def test_hardship_of_the_people_helped_is_not_a_shortcoming(tmp_path):
    got = items(tmp_path, "Trong quý III, Hội đã thăm hỏi, tặng 120 suất quà cho hội viên có hoàn cảnh khó khăn. "
                          "UBND xã đã tháo gỡ khó khăn cho 14 hộ kinh doanh.")
    assert got["shortcomings"] == []
    assert len(got["achievements"]) == 2


def test_a_later_year_opens_the_tasks_of_a_years_review(tmp_path):
    s = run(tmp_path, "Năm 2024, lực lượng vũ trang huyện hoàn thành 100% chỉ tiêu tuyển quân.\n\n"
                      "Năm 2025, lực lượng vũ trang huyện duy trì nghiêm chế độ trực sẵn sàng chiến đấu.",
            title="Ban CHQS huyện An Bình tổng kết công tác quân sự năm 2024")
    assert s.meta.period == "năm 2024"
    assert [i.quote for i in s.achievements] == ["Năm 2024, lực lượng vũ trang huyện hoàn thành 100% chỉ tiêu tuyển quân"]
    assert [i.quote for i in s.tasks] == ["Năm 2025, lực lượng vũ trang huyện duy trì nghiêm chế độ trực sẵn sàng chiến đấu"]


def test_a_series_of_figures_is_not_cut(tmp_path):
    got = items(tmp_path, "Trong quý III, Đảng ủy xã đã trao tặng Huy hiệu 40, 30 năm tuổi Đảng cho 6 đảng viên.")
    assert len(got["achievements"]) == 1


def test_a_request_dossier_does_not_open_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã hoàn thiện hồ sơ đề nghị huyện công nhận 2 thôn đạt chuẩn văn hóa. "
                          "Đảng ủy xã tập trung chỉ đạo thu ngân sách đạt 80% dự toán.")
    assert got["tasks"] == []
    assert len(got["achievements"]) == 2


def test_a_directions_lead_in_and_the_body_announcing_them_are_not_the_task(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\n"
                          "Trong 3 tháng còn lại của năm 2025, UBND xã Hòa Bình sẽ tập trung rà soát hộ nghèo.")
    assert got["tasks"] == ["Tập trung rà soát hộ nghèo"]


def test_an_adverbial_lead_in_is_not_cut_off_as_an_item(tmp_path):
    got = items(tmp_path, "Trong quý III, theo đánh giá của Công an xã Hòa Bình, 9 tháng qua tội phạm giảm 12%.")
    assert got["achievements"] == ["9 tháng qua tội phạm giảm 12%"]
    # a comparison that opens a sentence is no item of its own, whatever year it names
    got = items(tmp_path, "Sáng 2/10, UBND xã Hòa Bình tổ chức hội nghị sơ kết quý III năm 2026.\n\n"
                          "Trong quý III, xã đã trồng 2.000 cây xanh. So với cùng kỳ năm 2025, tai nạn giao thông giảm cả 3 tiêu chí.")
    assert got["achievements"] == ["Xã đã trồng 2.000 cây xanh", "So với cùng kỳ năm 2025, tai nạn giao thông giảm cả 3 tiêu chí"]


def test_a_speakers_directive_gives_the_task_after_its_addressee_who_owns_it(tmp_path):
    s = run(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\n"
                      "Kết luận hội nghị, đồng chí Chủ tịch UBND xã yêu cầu các ban ngành tập trung rà soát hộ nghèo.")
    assert [(t.text, t.owner) for t in s.tasks] == [("Tập trung rà soát hộ nghèo", "các ban ngành")]


def test_awards_handed_out_at_the_meeting_are_not_items_but_badges_of_the_period_are(tmp_path):
    got = items(tmp_path, "Trong quý III, Đảng ủy xã kết nạp 6 đảng viên mới; trao huy hiệu Đảng cho 12 đảng viên.\n\n"
                          "Dịp này, UBND xã trao giấy khen cho 3 tập thể và 9 cá nhân có thành tích xuất sắc.\n\n"
                          "Đợt này có 8 đảng viên được trao huy hiệu Đảng, trong đó 2 đảng viên 50 năm tuổi Đảng.")
    assert got["achievements"] == ["Đảng ủy xã kết nạp 6 đảng viên mới", "Trao huy hiệu Đảng cho 12 đảng viên"]


def test_effort_phan_dau_inside_a_result_does_not_open_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, các ngành đã nỗ lực phấn đấu đạt nhiều kết quả trong phát triển kinh tế. "
                          "Thu ngân sách đạt 75% dự toán.\n\nPhấn đấu thu ngân sách đạt 100% dự toán năm.")
    assert got["tasks"] == ["Phấn đấu thu ngân sách đạt 100% dự toán năm"]
    assert "Thu ngân sách đạt 75% dự toán" in got["achievements"]


def test_a_trong_do_breakdown_with_figures_gives_its_own_item(tmp_path):
    got = items(tmp_path, "Trong quý III, toàn xã gieo trồng 1.200ha lúa, trong đó hơn 640ha lúa chất lượng cao.")
    assert got["achievements"] == ["Toàn xã gieo trồng 1.200ha lúa", "Hơn 640ha lúa chất lượng cao"]


def test_a_new_subject_with_its_own_figure_after_a_figure_is_a_new_result(tmp_path):
    got = items(tmp_path, "Trong quý III, thu thuế công thương nghiệp đạt 102% dự toán, thuế nhà đất đạt 120% dự toán, "
                          "tổng giá trị sản xuất ước đạt 5.624 tỷ đồng, tăng 6,6% so với cùng kỳ.")
    assert got["achievements"] == ["Thu thuế công thương nghiệp đạt 102% dự toán", "Thuế nhà đất đạt 120% dự toán",
                                   "Tổng giá trị sản xuất ước đạt 5.624 tỷ đồng, tăng 6,6% so với cùng kỳ"]


def test_a_new_subject_with_its_own_passive_predicate_is_a_new_result(tmp_path):
    got = items(tmp_path, "Trong quý III, an ninh chính trị trên địa bàn ổn định, quốc phòng địa phương được giữ vững, "
                          "công tác giáo dục tư tưởng được quan tâm.")
    assert got["achievements"] == ["An ninh chính trị trên địa bàn ổn định", "Quốc phòng địa phương được giữ vững",
                                   "Công tác giáo dục tư tưởng được quan tâm"]


def test_a_task_opener_followed_by_the_periods_results_opens_results(tmp_path):
    got = items(tmp_path, "Năm 2025, Đảng ủy xã đã tập trung thực hiện các nhiệm vụ trọng tâm và đạt được nhiều "
                          "kết quả quan trọng. Cụ thể, 12/14 chỉ tiêu đạt và vượt kế hoạch; thu ngân sách đạt 105% dự toán.")
    assert got["tasks"] == []
    assert "12/14 chỉ tiêu đạt và vượt kế hoạch" in got["achievements"]


def test_a_list_of_targets_adopted_for_next_year_gives_tasks(tmp_path):
    got = items(tmp_path, "Kỳ họp đã biểu quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026 với "
                          "các chỉ tiêu chủ yếu như: thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ hộ nghèo "
                          "giảm còn 1,2%; tỷ lệ người dân tham gia BHYT đạt 95%.")
    assert got["achievements"] == []
    assert got["tasks"] == ["Thu nhập bình quân đầu người đạt 80 triệu đồng", "Tỷ lệ hộ nghèo giảm còn 1,2%",
                            "Tỷ lệ người dân tham gia BHYT đạt 95%"]


def test_a_list_of_targets_after_the_papers_adopted_before_it_gives_tasks(tmp_path):
    with using(None):  # the rules' own verdict
        got = items(tmp_path, "Kỳ họp đã thông qua Quy chế hoạt động của HĐND xã khóa XXI; Nghị quyết về nhiệm vụ phát "
                              "triển kinh tế - xã hội 6 tháng cuối năm 2026 với 18 chỉ tiêu chủ yếu là: thu nhập bình quân "
                              "đầu người đạt 75 triệu đồng; tỷ lệ trường chuẩn quốc gia đạt 100%; tỷ lệ lao động qua đào "
                              "tạo đạt 80%.")
    # the list's own lead-in, not the sentence's first part, says what it lists (the rules alone keep the adopted
    # paper before it, which the weights drop; it is no target)
    assert got["tasks"] == ["Thu nhập bình quân đầu người đạt 75 triệu đồng", "Tỷ lệ trường chuẩn quốc gia đạt 100%",
                            "Tỷ lệ lao động qua đào tạo đạt 80%"]
    assert not [a for a in got["achievements"] if "đạt" in a]


def test_a_direction_that_opens_with_bam_sat_is_a_task_for_its_addressee(tmp_path):
    with using(None):  # the rules' own verdict
        got = items(tmp_path, "Đồng chí Lê Văn Hùng – UV BTV, Phó chủ tịch phụ trách HĐND thành phố yêu cầu các tổ đại biểu "
                              "cần bám sát các văn bản hướng dẫn để đánh giá kết quả giám sát một cách chính xác nhất.")
    assert got["tasks"] == ["Bám sát các văn bản hướng dẫn để đánh giá kết quả giám sát một cách chính xác nhất"]


@pytest.mark.parametrize("sentence, task", [
    # "cần/phải" ends the addressee, whatever verb follows it
    ("Đồng chí Giám đốc đề nghị trong thời gian tới, Công an tỉnh cần phân tích rõ nguyên nhân của từng vụ việc.",
     "Phân tích rõ nguyên nhân của từng vụ việc"),
    # so does an adverb of manner that opens the task
    ("Đồng chí Chủ tịch đề nghị UBND huyện thường xuyên kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.",
     "Thường xuyên kiểm tra việc thực hiện quy chế dân chủ ở cơ sở"),
    # a chair assigning work to a named body: "giao <body> <action>"
    ("Kết luận phiên họp, Chủ tịch UBND huyện giao Phòng Tài chính – Kế hoạch rà soát các khoản thu chưa đạt dự toán.",
     "Rà soát các khoản thu chưa đạt dự toán"),
    # a capitalised word is the addressee's name, never the verb: "Cần Thơ" is no "cần"
    ("Đồng chí Bí thư yêu cầu HĐND thành phố Cần Thơ cần tích cực giám sát việc thực hiện các dự án đầu tư công.",
     "Tích cực giám sát việc thực hiện các dự án đầu tư công"),
    ("Đoàn kiểm tra đề nghị các thành viên Ban Chỉ đạo nâng cao tinh thần trách nhiệm trong kiểm tra, giám sát.",
     "Nâng cao tinh thần trách nhiệm trong kiểm tra, giám sát"),
])
def test_a_directive_ends_its_addressee_at_the_modal_or_the_manner_of_the_task(tmp_path, sentence, task):
    with using(None):  # the rules' own verdict
        got = items(tmp_path, sentence)
    assert [t.split(" (")[0] for t in got["tasks"]] == [task]


def test_the_credit_to_the_leadership_before_the_subject_is_not_the_result(tmp_path):
    got = items(tmp_path, "Trong quý III, dưới sự lãnh đạo của Đảng ủy, sự điều hành của UBND xã, cán bộ và nhân dân "
                          "xã đã hoàn thành 12/14 chỉ tiêu đề ra.")
    assert got["achievements"] == ["Cán bộ và nhân dân xã đã hoàn thành 12/14 chỉ tiêu đề ra"]


def test_the_hardship_conceded_before_the_subject_is_not_the_result(tmp_path):
    got = items(tmp_path, "Trong quý III, mặc dù chịu ảnh hưởng của mưa bão, nhưng cán bộ, nhân dân xã đã hoàn thành "
                          "12/14 chỉ tiêu đề ra. Tuy mới thành lập nhưng Hợp tác xã Tân Tiến đạt doanh thu 2 tỷ đồng.")
    assert got["achievements"] == ["Cán bộ, nhân dân xã đã hoàn thành 12/14 chỉ tiêu đề ra",
                                   "Hợp tác xã Tân Tiến đạt doanh thu 2 tỷ đồng"]


def test_a_cut_off_date_is_not_cut_off_as_an_item(tmp_path):
    got = items(tmp_path, "Dự ước đến ngày 30-9, tổng diện tích gieo trồng toàn xã là 871,5 ha, đạt 77,64% kế hoạch.")
    assert got["achievements"] == ["Tổng diện tích gieo trồng toàn xã là 871,5 ha, đạt 77,64% kế hoạch"]


def test_police_results_after_a_comma_are_separate_results(tmp_path):
    got = items(tmp_path, "Trong quý III, Công an xã đã phát hiện 36 vụ vi phạm pháp luật, điều tra làm rõ 29 vụ, "
                          "đạt tỷ lệ 80,5%.")
    assert got["achievements"] == ["Công an xã đã phát hiện 36 vụ vi phạm pháp luật", "Điều tra làm rõ 29 vụ, đạt tỷ lệ 80,5%"]


def test_a_task_word_just_after_da_reports_work_done(tmp_path):
    got = items(tmp_path, "Trong quý III, Sở đã thực hiện các nhiệm vụ trọng tâm của ngành theo đúng kế hoạch. "
                          "Hoạt động báo chí, xuất bản tiếp tục phát triển theo đúng định hướng.")
    assert got["tasks"] == []
    assert len(got["achievements"]) == 2


def test_a_speakers_directions_after_chi_dao_colon_are_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu hoạch 860 ha xoài.\n\nPhát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã "
                          "chỉ đạo: Các ngành chuyên môn thường xuyên hướng dẫn nông dân kỹ thuật canh tác. Phòng chống "
                          "dịch bệnh trên cây trồng, vật nuôi.")
    assert got["tasks"] == ["Các ngành chuyên môn thường xuyên hướng dẫn nông dân kỹ thuật canh tác",
                            "Phòng chống dịch bệnh trên cây trồng, vật nuôi"]


def test_targets_agreed_after_a_discussion_are_tasks(tmp_path):
    got = items(tmp_path, "Trên cơ sở thảo luận, HĐND xã đã thống nhất nhiệm vụ trọng tâm những tháng cuối năm với các "
                          "chỉ tiêu: tăng trưởng kinh tế đạt 17%; giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ.")
    assert got["tasks"] == ["Tăng trưởng kinh tế đạt 17%", "Giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ"]


def test_a_task_word_followed_by_dat_ket_qua_reviews_the_period(tmp_path):
    got = items(tmp_path, "Trong quý 1, Huyện ủy tăng cường lãnh đạo, chỉ đạo và thực hiện nhiệm vụ trọng tâm đạt kết quả "
                          "khá tốt. Tổng thu ngân sách nhà nước đạt 159,8 tỷ đồng, bằng 25,73% kế hoạch.")
    assert got["tasks"] == []
    assert "Tổng thu ngân sách nhà nước đạt 159,8 tỷ đồng, bằng 25,73% kế hoạch" in got["achievements"]


def test_difficulties_named_by_their_topics_give_one_shortcoming_per_topic(tmp_path):
    got = items(tmp_path, "Tại hội nghị, các đại biểu đã thảo luận các khó khăn, vướng mắc liên quan đến các nội dung như: "
                          "công tác phát triển nông nghiệp, công tác giải ngân các nguồn vốn, phòng chống thiên tai…")
    assert got["shortcomings"] == ["Khó khăn, vướng mắc trong công tác phát triển nông nghiệp",
                                   "Khó khăn, vướng mắc trong công tác giải ngân các nguồn vốn",
                                   "Khó khăn, vướng mắc trong phòng chống thiên tai"]


def test_a_new_subject_with_its_own_con_or_chua_after_a_shortcoming_is_a_new_shortcoming(tmp_path):
    got = items(tmp_path, "Bên cạnh đó, còn một số hạn chế: phong trào văn hóa ở khu dân cư chuyển biến chậm, "
                          "chất lượng sinh hoạt của một số chi bộ còn thấp, giải ngân vốn đầu tư công khi chưa có "
                          "mặt bằng còn lúng túng.")
    assert got["shortcomings"] == ["Phong trào văn hóa ở khu dân cư chuyển biến chậm",
                                   "Chất lượng sinh hoạt của một số chi bộ còn thấp",
                                   "Giải ngân vốn đầu tư công khi chưa có mặt bằng còn lúng túng"]


def test_what_remains_of_the_year_is_not_a_shortcoming_clause(tmp_path):
    body = "Tuy nhiên, tiến độ giải phóng mặt bằng còn chậm, giải pháp cho những tháng còn lại của năm được thống nhất."
    with using(None):  # the rules' own verdict: "còn lại" is no "còn" predicate, so the rules open no shortcoming there
        got = items(tmp_path, body)
    assert got["shortcomings"] == ["Tiến độ giải phóng mặt bằng còn chậm, giải pháp cho những tháng còn lại của "
                                   "năm được thống nhất"]
    # the learned cuts may part the two clauses (each has its own subject); the rest of the year is never a shortcoming
    got = items(tmp_path, body)
    assert got["shortcomings"][0].startswith("Tiến độ giải phóng mặt bằng còn chậm")
    assert not any(s.startswith("Giải pháp") for s in got["shortcomings"])


def test_directions_inside_the_closing_speech_sentence_are_tasks_not_procedure(tmp_path):
    got = items(tmp_path, "Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND xã ghi nhận những kết quả đạt được, "
                          "đồng thời yêu cầu các ngành cần tiếp tục rà soát hộ nghèo; chú trọng công tác cải cách "
                          "hành chính; đẩy mạnh thu ngân sách.")
    assert got["tasks"] == ["Tiếp tục rà soát hộ nghèo", "Chú trọng công tác cải cách hành chính",
                            "Đẩy mạnh thu ngân sách"]
    assert got["achievements"] == []


def test_a_directive_about_unmet_targets_is_a_task_and_de_nghi_va_is_no_directive(tmp_path):
    got = items(tmp_path, "Phát biểu tại hội nghị, đồng chí Bí thư yêu cầu các xã phải rà soát lại các chỉ tiêu "
                          "chưa đạt để có giải pháp cụ thể.\n\nTrong quý, Đảng ủy đã đề nghị và trao tặng Huy hiệu "
                          "Đảng cho 93 đảng viên.")
    assert got["tasks"] == ["Rà soát lại các chỉ tiêu chưa đạt để có giải pháp cụ thể"]
    assert got["shortcomings"] == []


def test_a_hard_wrapped_closing_speech_gives_its_tasks_in_one_line_each(tmp_path):
    from tests.test_ingest import WRAPPED
    s = run(tmp_path, WRAPPED.split("\n", 1)[1], title=WRAPPED.split("\n", 1)[0])
    tasks = [i.text for i in s.tasks]
    assert tasks[0].startswith("Phối hợp chặt chẽ với chính quyền bám sát chương trình công tác")
    assert s.tasks[0].owner == "MTTQ các cấp"  # the body that opens the task is its owner
    assert all("\n" not in t for t in tasks) and len(tasks) == 2
    assert [i.text for i in s.achievements] == [
        "Mặt trận các cấp đã vận động được 1,2 tỷ đồng ủng hộ Quỹ Vì người nghèo",
        "Tặng 350 suất quà cho hộ nghèo, hộ cận nghèo trên địa bàn huyện"]


def test_what_has_a_deadline_date_is_still_to_be_done(tmp_path):
    got = items(tmp_path, "Trong quý III, toàn xã kết nạp 12 đảng viên mới. Đại hội các chi bộ trực thuộc hoàn thành "
                          "trước ngày 30/6/2026.")
    assert got["achievements"] == ["Toàn xã kết nạp 12 đảng viên mới"]
    assert got["tasks"] == ["Đại hội các chi bộ trực thuộc hoàn thành trước ngày 30/6/2026"]


def test_targets_named_after_de_ra_trong_do_are_tasks_and_the_lead_in_is_not(tmp_path):
    got = items(tmp_path, "Tuy nhiên, công tác quảng bá du lịch còn hạn chế. Hội nghị đã thảo luận và đề ra các "
                          "chỉ tiêu cơ bản cho năm 2026, trong đó, tỷ lệ gia đình văn hóa đạt 84%; 100% trường học "
                          "thực hiện giảng dạy thể dục nội khóa.")
    assert got["shortcomings"] == ["Công tác quảng bá du lịch còn hạn chế"]
    assert got["tasks"] == ["Tỷ lệ gia đình văn hóa đạt 84%", "100% trường học thực hiện giảng dạy thể dục nội khóa"]
    assert got["achievements"] == []


def test_praise_after_directions_reopens_the_results(tmp_path):
    got = items(tmp_path, "Đồng thời, hội nghị triển khai phương hướng, nhiệm vụ trọng tâm tháng 1 năm 2026.\n\n"
                          "Phát biểu tại hội nghị, đồng chí Trưởng Công an xã ghi nhận, biểu dương sự nỗ lực của lực "
                          "lượng bảo vệ an ninh trật tự ở cơ sở. Lực lượng này đã phối hợp giải quyết 14 vụ mâu thuẫn "
                          "trong nội bộ Nhân dân.")
    assert got["achievements"] == ["Lực lượng này đã phối hợp giải quyết 14 vụ mâu thuẫn trong nội bộ Nhân dân"]


def test_a_conclusions_emphasis_that_names_who_must_act_gives_tasks(tmp_path):
    s = run(tmp_path, "Kết luận hội nghị, đồng chí Chủ tịch Hội Nông dân tỉnh ghi nhận những kết quả đạt được, đồng "
                      "thời nhấn mạnh trong năm 2026, Hội Nông dân các huyện cần làm tốt công tác nắm bắt dư luận xã "
                      "hội; tổ chức Hội thi Nhà nông đua tài.")
    assert [(i.text, i.owner) for i in s.tasks] == [
        ("Làm tốt công tác nắm bắt dư luận xã hội", "Hội Nông dân các huyện"),
        ("Tổ chức Hội thi Nhà nông đua tài", None)]


def test_a_plan_told_in_the_future_tense_is_a_task_even_among_results(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã kết nạp 12 đảng viên mới. Đại hội chi bộ điểm dự kiến tổ chức vào "
                          "tháng 10/2025. Đại hội các chi bộ còn lại sẽ hoàn thành trong quý IV/2025.")
    assert got["achievements"] == ["Xã đã kết nạp 12 đảng viên mới"]
    assert got["tasks"] == ["Đại hội chi bộ điểm dự kiến tổ chức vào tháng 10/2025",
                            "Đại hội các chi bộ còn lại sẽ hoàn thành trong quý IV/2025"]


def test_a_plan_with_its_time_stays_a_task_whatever_the_weights_say(tmp_path):
    # "dự kiến"/"sẽ" with the time it is planned for: still to do by the article's own words (every such gold item on
    # dev is a task), so weights that file every clause as a result do not move it; one with no time is theirs to weigh
    body = ("Trong quý III, xã đã kết nạp 12 đảng viên mới. Đại hội chi bộ điểm dự kiến tổ chức vào tháng 10/2025. "
            "Chi bộ thôn 2 sẽ kết nạp thêm đảng viên.")
    with using(Weights({"bias": [0.0, 9.0, 0.0, 0.0]}, {})):
        got = items(tmp_path, body)
    assert got["tasks"] == ["Đại hội chi bộ điểm dự kiến tổ chức vào tháng 10/2025"]
    assert "Chi bộ thôn 2 sẽ kết nạp thêm đảng viên" in got["achievements"]


def test_the_scene_set_before_the_results_is_neither_a_result_nor_a_shortcoming(tmp_path):
    got = items(tmp_path, "Trong quý III, trong điều kiện còn nhiều khó khăn, thách thức do mưa bão kéo dài; song "
                          "xã đã thu ngân sách được 170 triệu đồng, đạt 54% kế hoạch. Dự kỳ họp có đồng chí Lê Văn An, "
                          "Phó Chủ tịch UBND huyện.")
    assert got["shortcomings"] == []
    assert not any("điều kiện" in t or "Dự kỳ họp" in t for t in got["achievements"])
    assert any("170 triệu đồng" in t for t in got["achievements"])


def test_a_list_after_the_problems_it_names_lists_shortcomings(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã kết nạp 12 đảng viên mới. Hội nghị đề ra các giải pháp tháo gỡ những "
                          "khó khăn, vướng mắc: tỷ lệ giải ngân vốn đầu tư công thấp; tình trạng thiếu giáo viên mầm non.")
    assert got["shortcomings"] == ["Tỷ lệ giải ngân vốn đầu tư công thấp", "Tình trạng thiếu giáo viên mầm non"]
    assert got["tasks"] == []


def test_the_next_month_opens_a_monthly_meetings_tasks(tmp_path):
    s = run(tmp_path, "Trong tháng 4, doanh thu thương mại tăng 27,4% so cùng kỳ.\n\nTrong tháng 5, huyện tập trung "
                      "triển khai các nội dung: tăng cường kiểm soát thị trường; bố trí lực lượng cứu hộ tại các bãi tắm.",
            title="UBND huyện Long Hải họp thường kỳ tháng 4/2025")
    assert [i.text for i in s.tasks] == ["Tăng cường kiểm soát thị trường", "Bố trí lực lượng cứu hộ tại các bãi tắm"]
    assert [i.text for i in s.achievements] == ["Doanh thu thương mại tăng 27,4% so cùng kỳ"]


def test_the_problems_a_remedy_names_are_shortcomings(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã kết nạp 12 đảng viên mới. Đồng chí Bí thư lưu ý cần khắc phục những "
                          "tồn tại, hạn chế như họp chi bộ chưa đảm bảo thời gian quy định, nội dung sinh hoạt chưa "
                          "phong phú.")
    assert got["shortcomings"] == ["Họp chi bộ chưa đảm bảo thời gian quy định", "Nội dung sinh hoạt chưa phong phú"]
    assert got["tasks"] == []


def test_the_papers_a_meeting_adopts_are_not_items(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Tại kỳ họp, đại biểu đã "
                          "thông qua các nghị quyết gồm: phê chuẩn quyết toán ngân sách năm 2024; điều chỉnh dự toán "
                          "thu chi ngân sách năm 2025.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert not got["tasks"] and not got["shortcomings"]


def test_a_body_that_met_in_a_dated_lead_is_not_an_item(tmp_path):
    got = items(tmp_path, "Sáng ngày 28/9/2025, Đảng bộ xã Hòa Bình họp Ban Chấp hành đánh giá tình hình thực hiện "
                          "nhiệm vụ quý III. Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]


def test_a_sentence_opened_by_a_modal_directs_even_after_praise(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Đồng chí Chủ tịch UBND huyện "
                          "biểu dương kết quả đạt được của xã. Đồng thời, chỉ đạo cần khắc phục những khó khăn vướng "
                          "mắc trong giải ngân vốn, tuyên truyền sâu rộng về chính sách tín dụng cho hộ nghèo.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert not got["shortcomings"]
    assert len(got["tasks"]) == 2


def test_the_tasks_a_conclusion_names_after_trong_do_are_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Phát biểu kết luận, đồng chí Bí "
                          "thư nhấn mạnh một số nhiệm vụ trọng tâm quý IV, trong đó tập trung các nguồn lực để phát "
                          "triển hạ tầng, đẩy mạnh ứng dụng khoa học vào sản xuất.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert got["tasks"] == ["Tập trung các nguồn lực để phát triển hạ tầng", "Đẩy mạnh ứng dụng khoa học vào sản xuất"]


def test_police_verbs_sharing_one_count_stay_one_result(tmp_path):
    got = items(tmp_path, "Trong quý III, Công an huyện đã phát hiện, xử lý 25 vụ vi phạm về buôn lậu.")
    assert got["achievements"] == ["Công an huyện đã phát hiện, xử lý 25 vụ vi phạm về buôn lậu"]


def test_a_directive_to_a_long_addressee_after_yeu_cau_comma_is_a_task(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Phát biểu bế mạc hội nghị, ông "
                          "Lê Văn An, Chủ tịch UBND huyện yêu cầu, UBND các xã và các phòng, ban chuyên môn theo chức "
                          "năng, nhiệm vụ, có kế hoạch triển khai các nghị quyết thiết thực, hiệu quả.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert got["tasks"] == ["UBND các xã và các phòng, ban chuyên môn theo chức năng, nhiệm vụ, có kế hoạch triển khai "
                            "các nghị quyết thiết thực, hiệu quả"]


def test_a_sentence_opened_by_the_reviewed_period_reports_results_whatever_nouns_follow(tmp_path):
    got = items(tmp_path, "Trong quý III, Đảng ủy Quân sự huyện đã quán triệt, triển khai hiệu quả chỉ thị, hướng dẫn, "
                          "kết luận, nghị quyết chuyên đề của cấp trên; thực hiện tốt công tác tuyển chọn công dân nhập "
                          "ngũ, đạt 100% chỉ tiêu.")
    assert len(got["achievements"]) == 2 and not got["tasks"]


def test_a_directive_after_a_comma_is_its_own_task(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Quý IV, các tổ đội tập trung hoàn "
                          "thành các công trình còn dở dang, yêu cầu báo cáo khối lượng công việc hàng tháng.")
    assert got["tasks"] == ["Tập trung hoàn thành các công trình còn dở dang",  # owner: "các tổ đội"
                            "Yêu cầu báo cáo khối lượng công việc hàng tháng"]


def test_a_speech_that_praises_then_directs_opens_tasks_at_the_directive(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Phát biểu tại hội nghị, ông Lê "
                          "Văn An, Chủ tịch UBND huyện biểu dương kết quả xã đạt được trong quý III; đồng thời nhấn mạnh "
                          "quý IV, UBND xã tiếp tục rà soát, hỗ trợ các hộ cận nghèo. Chủ động phòng, chống bão lũ, "
                          "bảo đảm an toàn cho người dân.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert got["tasks"][0] == "Tiếp tục rà soát, hỗ trợ các hộ cận nghèo"
    assert any(t.startswith("Chủ động phòng, chống bão lũ") for t in got["tasks"])


def test_a_comma_then_dong_thoi_opens_a_new_action(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Quý IV, UBND xã phấn đấu hoàn thành "
                          "chỉ tiêu thu ngân sách, đồng thời tăng cường công tác quản lý đất đai trên địa bàn.")
    assert got["tasks"] == ["Phấn đấu hoàn thành chỉ tiêu thu ngân sách",
                            "Tăng cường công tác quản lý đất đai trên địa bàn"]


def test_a_comma_before_phat_huy_or_cung_co_opens_a_new_task(tmp_path):
    text = ("Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Quý IV, Đảng ủy xã tăng cường công tác xây dựng "
            "Đảng, phát huy sức mạnh khối đại đoàn kết toàn dân, củng cố vững chắc quốc phòng, an ninh.")
    split = ["Phát huy sức mạnh khối đại đoàn kết toàn dân", "Củng cố vững chắc quốc phòng, an ninh"]
    with using(None):  # the rules' own verdict: the split, and the first clause a task
        assert items(tmp_path, text)["tasks"] == ["Tăng cường công tác xây dựng Đảng", *split]
    # The shipped weights keep the split; the first clause is a borderline keep for them (fitted on 2192 dev articles:
    # P(none) × 0.5 = 0.32 against P(task) = 0.30), so only the split is asserted with them.
    assert items(tmp_path, text)["tasks"][-2:] == split


def test_after_a_figure_a_new_action_with_its_own_count_is_a_new_item_but_a_term_is_not(tmp_path):
    got = items(tmp_path, "Trong năm 2025, phường đã cấp 743 giấy chứng nhận quyền sử dụng đất, trồng mới 3.128 cây "
                          "xanh, bê tông hóa đường ngõ xóm với chiều dài 1.100m. Quý IV, Chi bộ nhiệm kỳ 2022 - 2025 "
                          "tổ chức đại hội, nhiệm kỳ 2025 - 2030 hoàn thành trong tháng 5/2025.")
    assert got["achievements"] == ["Phường đã cấp 743 giấy chứng nhận quyền sử dụng đất", "Trồng mới 3.128 cây xanh",
                                   "Bê tông hóa đường ngõ xóm với chiều dài 1.100m"]
    assert len(got["tasks"]) == 1


def test_so_voi_du_kien_compares_and_does_not_make_a_plan(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Tuy nhiên, giải ngân vốn đầu tư "
                          "công lại quá thấp so với dự kiến.")
    assert got["shortcomings"] == ["Giải ngân vốn đầu tư công lại quá thấp so với dự kiến"] and not got["tasks"]


def test_a_request_for_an_award_among_the_years_results_is_a_result_not_a_directive(tmp_path):
    got = items(tmp_path, "Năm 2025, công tác xây dựng Đảng đạt nhiều kết quả. Trong năm, toàn Đảng bộ kết nạp 49 đảng "
                          "viên, chuyển đảng viên chính thức 56 đồng chí, đề nghị trao tặng huy hiệu 30 năm tuổi đảng cho "
                          "65 đồng chí.")
    assert len(got["achievements"]) >= 3 and not got["tasks"]


def test_a_sentence_announcing_the_periods_results_reopens_results_after_directions(tmp_path):
    got = items(tmp_path, "Quý IV, UBND xã cần tập trung thu ngân sách. Ban Chỉ đạo xã thực hiện đạt nhiều kết quả nổi "
                          "bật, như: tuyển sinh dạy nghề đạt gần 50%; vận động Quỹ đền ơn đáp nghĩa hơn 46 triệu đồng.")
    assert got["tasks"] == ["Tập trung thu ngân sách"]
    assert got["achievements"] == ["Tuyển sinh dạy nghề đạt gần 50%", "Vận động Quỹ đền ơn đáp nghĩa hơn 46 triệu đồng"]


def test_a_sentence_defining_the_next_periods_work_gives_tasks(tmp_path):
    got = items(tmp_path, "Quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Nhiệm vụ trong giai đoạn này là tập trung "
                          "thu ngân sách, hoàn thành tuyển chọn và gọi công dân nhập ngũ năm 2026.")
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert len(got["tasks"]) == 2 and got["tasks"][1] == "Hoàn thành tuyển chọn và gọi công dân nhập ngũ năm 2026"


def test_a_comma_inside_a_parenthesis_does_not_cut_the_aside_off(tmp_path):
    got = items(tmp_path, "Quý III, tổng thu ngân sách tăng khá (thu nội địa đạt 65%, 10.420 tỷ đồng).")
    assert got["achievements"] == ["Tổng thu ngân sách tăng khá (thu nội địa đạt 65%, 10.420 tỷ đồng)"]


def test_a_verb_repeated_after_a_comma_opens_a_parallel_action_but_a_repeated_noun_does_not(tmp_path):
    got = items(tmp_path, "Quý III, Hội Cựu chiến binh xã đã làm được nhiều việc: thăm hỏi 12 gia đình chính sách, "
                          "thăm hỏi hội viên ốm đau. Hội tiếp tục làm tốt công tác tuyên truyền giáo dục, công tác vận "
                          "động quần chúng.")
    assert got["achievements"] == ["Thăm hỏi 12 gia đình chính sách", "Thăm hỏi hội viên ốm đau",
                                   "Hội tiếp tục làm tốt công tác tuyên truyền giáo dục, công tác vận động quần chúng"]


def test_the_fixed_pair_xa_thi_tran_inside_a_name_is_not_cut(tmp_path):
    got = items(tmp_path, "6 tháng đầu năm, Khối thi đua Mặt trận 13 xã, thị trấn đã vận động Quỹ Vì người nghèo "
                          "được hơn 1,2 tỷ đồng.")
    assert got["achievements"] == ["Khối thi đua Mặt trận 13 xã, thị trấn đã vận động Quỹ Vì người nghèo được hơn 1,2 tỷ đồng"]


def test_more_figures_of_one_result_stay_with_it_but_a_figure_with_its_own_predicate_is_new(tmp_path):
    got = items(tmp_path, "Quý III, thu ngân sách trên địa bàn xã đạt 18,5 tỷ đồng, đạt 35% dự toán huyện giao, 15% dự "
                          "toán HĐND xã giao. Công an xã điều tra làm rõ 17 vụ, 34 đối tượng, 100% thôn đạt chuẩn an toàn.")
    assert got["achievements"] == ["Thu ngân sách trên địa bàn xã đạt 18,5 tỷ đồng, đạt 35% dự toán huyện giao, 15% dự toán "
                                   "HĐND xã giao", "Công an xã điều tra làm rõ 17 vụ, 34 đối tượng",
                                   "100% thôn đạt chuẩn an toàn"]


def test_a_bare_list_of_names_is_never_an_item(tmp_path):
    got = items(tmp_path, "Ngày 15/11, Cụm thi đua số 4 gồm Công an các tỉnh: Ninh Bình, Bắc Ninh, Hà Nam, Hưng Yên, "
                          "tổ chức hội nghị tổng kết năm 2025. Trong năm, Công an các tỉnh đã bắt giữ 120 đối tượng "
                          "phạm tội về ma túy.")
    flat = [t for ts in got.values() for t in ts]
    assert not any(t.startswith("Ninh Bình") for t in flat)
    assert any("bắt giữ 120 đối tượng" in t for t in flat)


def test_an_incidents_toll_stays_with_its_count(tmp_path):
    body = ("Trong quý III, trên địa bàn xã xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 4 người, thiệt "
            "hại tài sản khoảng 50 triệu đồng.")
    toll = "Trên địa bàn xã xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 4 người, thiệt hại tài sản khoảng 50 triệu đồng"
    with using(None):  # the rules' own verdict: a bare incident count is a status figure (evals/README, round three)
        assert items(tmp_path, body)["achievements"] == [toll]
    # with the learned weights the toll is still one item; whether a bare toll is a result or a shortcoming is their
    # call (the labels file a toll with a rise beside it as a shortcoming), and on this sentence it is a close one
    got = items(tmp_path, body)
    assert got["achievements"] + got["shortcomings"] == [toll]


def test_time_phrases_before_a_directives_addressee_do_not_hide_it(tmp_path):
    s = run(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động.\n\nPhát biểu tại hội nghị, Phó Chủ "
                      "tịch UBND huyện Nguyễn Văn An lưu ý trong thời gian tới, nhất là quý IV, ngành văn hóa xã cần "
                      "chú trọng công tác tuyên truyền và nâng cao chất lượng các phong trào.")
    assert [(t.text, t.owner) for t in s.tasks] == [
        ("Chú trọng công tác tuyên truyền và nâng cao chất lượng các phong trào", "ngành văn hóa xã")]


def test_an_attributed_period_opener_still_opens_the_periods_results(tmp_path):
    got = items(tmp_path, "Theo đánh giá, quý III công tác hội tiếp tục phát triển, các cấp hội tập trung chỉ đạo thực "
                          "hiện nhiệm vụ trọng tâm đúng với kế hoạch đề ra. Các cấp hội vận động xây dựng 26 căn nhà "
                          "tình thương cho nông dân nghèo.")
    assert got["tasks"] == []
    assert any("26 căn nhà tình thương" in t for t in got["achievements"])


def test_problems_named_after_con_gap_kho_khan_nhu_are_one_shortcoming_each(tmp_path):
    got = items(tmp_path, "Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Tuy nhiên, xã còn gặp một số khó khăn "
                          "như thiếu cán bộ chuyên môn, cơ sở vật chất đã xuống cấp, công tác vệ sinh môi trường còn hạn chế.")
    assert got["shortcomings"] == ["Thiếu cán bộ chuyên môn", "Cơ sở vật chất đã xuống cấp",
                                   "Công tác vệ sinh môi trường còn hạn chế"]


def test_trong_do_after_the_announcement_details_what_it_named_last(tmp_path):
    body = ("Ngày 29/1/2026, Đảng ủy xã Hòa Bình tổ chức hội nghị đánh giá công tác tháng 01, triển khai nhiệm vụ "
            "tháng 02 năm 2026. Trong đó tập trung chỉ đạo công tác sản xuất vụ xuân năm 2026.\n\n"
            "Trong tháng 01, xã đã thu ngân sách đạt 12% dự toán.")
    got = items(tmp_path, body)
    assert got["tasks"] == ["Tập trung chỉ đạo công tác sản xuất vụ xuân năm 2026"]
    assert got["achievements"] == ["Xã đã thu ngân sách đạt 12% dự toán"]


def test_a_beneficiary_after_cho_is_not_a_new_result(tmp_path):
    got = items(tmp_path, "Trong quý III, Hội đã vận động được 1,5 tỷ đồng để tặng quà, cho 38 hội viên vay vốn.")
    assert got["achievements"] == ["Hội đã vận động được 1,5 tỷ đồng để tặng quà, cho 38 hội viên vay vốn"]
    got = items(tmp_path, "Trong quý III, Ngân hàng đã giải ngân 20 tỷ đồng, cho vay 120 hộ nghèo.")
    assert got["achievements"] == ["Ngân hàng đã giải ngân 20 tỷ đồng", "Cho vay 120 hộ nghèo"]


def test_day_nhanh_after_a_comma_opens_a_new_direction(tmp_path):
    text = "Trong quý IV, xã tiếp tục kêu gọi đầu tư vào cụm công nghiệp, đẩy nhanh tiến độ giải phóng mặt bằng các dự án."
    split = "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án"
    with using(None):  # the rules' own verdict: the split, and the first clause a task
        assert items(tmp_path, text)["tasks"] == ["Xã tiếp tục kêu gọi đầu tư vào cụm công nghiệp", split]
    # The shipped weights keep the split; the first clause, the article's only lead sentence here, is a borderline
    # keep for them (fitted on 2237 dev articles: P(none) × 0.5 = 0.33 against P(task) = 0.32), so only the split
    # is asserted with them.
    assert items(tmp_path, text)["tasks"][-1:] == [split]


def test_trong_do_after_targets_were_set_lists_the_targets(tmp_path):
    body = ("Trong quý III, xã đã thu ngân sách đạt 80% dự toán.\n\nKỳ họp đã thống nhất các chỉ tiêu chủ yếu năm "
            "2026. Trong đó, thu nhập bình quân đầu người đạt 31 triệu đồng/người/năm; có ít nhất 2 thôn đạt chuẩn "
            "nông thôn mới.")
    got = items(tmp_path, body)
    assert got["tasks"] == ["Thu nhập bình quân đầu người đạt 31 triệu đồng/người/năm",
                            "Có ít nhất 2 thôn đạt chuẩn nông thôn mới"]
    assert got["achievements"] == ["Xã đã thu ngân sách đạt 80% dự toán"]


def test_a_discussion_that_names_problems_is_read_by_its_lead_in(tmp_path):
    body = ("Trong quý III, xã đã thu ngân sách đạt 80% dự toán.\n\nKỳ họp đã dành nhiều thời gian để thảo luận; các ý "
            "kiến tập trung vào một số vấn đề, như: việc triển khai một số nhiệm vụ trọng tâm thiếu tính quyết liệt; "
            "sản xuất còn nhỏ lẻ, manh mún.")
    got = items(tmp_path, body)
    assert got["shortcomings"] == ["Việc triển khai một số nhiệm vụ trọng tâm thiếu tính quyết liệt",
                                   "Sản xuất còn nhỏ lẻ, manh mún"]
    assert got["tasks"] == []


def test_a_period_gone_by_opens_results_without_da(tmp_path):
    body = ("6 tháng qua, Ban Chỉ huy Quân sự xã tập trung chỉ đạo, tổ chức thực hiện 5 nhiệm vụ "
            "trọng tâm, hoàn thành 100% chỉ tiêu tuyển quân.")
    got = items(tmp_path, body)
    assert got["tasks"] == []
    assert "Hoàn thành 100% chỉ tiêu tuyển quân" in got["achievements"]
    # "tổ chức thực hiện 5 nhiệm vụ trọng tâm" counts the duties and names none: the rules drop it (cue
    # family 'framing'). The weights may overrule a cue (making the cue final scored lower on dev, 0.8023
    # against 0.8030 cross-validated), so the drop is asserted of the rules alone.
    with using(None):
        alone = items(tmp_path, body)
    assert alone == {"achievements": ["Hoàn thành 100% chỉ tiêu tuyển quân"], "shortcomings": [], "tasks": []}


def test_a_plans_next_step_after_huong_toi_or_tien_toi_is_its_own_task(tmp_path):
    got = items(tmp_path, "Năm 2026, Trung tâm sẽ củng cố đội ngũ y bác sĩ, tiến tới thành lập khoa Phục hồi "
                          "chức năng.")
    assert got["tasks"] == ["Trung tâm sẽ củng cố đội ngũ y bác sĩ", "Tiến tới thành lập khoa Phục hồi chức năng"]
    # "tiến tới" before a capitalised name is the event ahead, not a step of the plan
    got = items(tmp_path, "Năm 2026, Hội sẽ tổ chức tốt các phong trào thi đua, tiến tới Đại hội Hội lần thứ X.")
    assert len(got["tasks"]) == 1 and got["tasks"][0].endswith("thi đua, tiến tới Đại hội Hội lần thứ X")


def test_a_list_that_trails_off_into_its_predicate_is_one_item(tmp_path):
    # "A, B, C… chưa được …": the ellipsis ends the list, not the clause
    got = items(tmp_path, "Tại hội nghị, Thường trực HĐND các xã nêu những vấn đề: vấn đề đất công, điện chiếu "
                          "sáng… chưa được thực hiện quyết liệt; công tác thu gom rác thải còn chậm.")
    assert got["shortcomings"] == ["Vấn đề đất công, điện chiếu sáng… chưa được thực hiện quyết liệt",
                                   "Công tác thu gom rác thải còn chậm"]


def test_a_goal_before_the_subject_is_dropped_and_the_direction_kept(tmp_path):
    got = items(tmp_path, "Trong năm 2025, Hội đã kết nạp 50 hội viên mới. Để thực hiện thắng lợi nhiệm vụ năm 2026, "
                          "các cấp hội cần tập trung tuyên truyền, vận động hội viên tham gia bảo hiểm y tế.")
    assert got["tasks"] == ["Các cấp hội cần tập trung tuyên truyền, vận động hội viên tham gia bảo hiểm y tế"]
    # the goal with only "directions were set" after it is framing, no task
    got = items(tmp_path, "Trong năm 2025, Hội đã kết nạp 50 hội viên mới. Để thực hiện thắng lợi nhiệm vụ năm 2026, "
                          "Đảng ủy xã đề ra 5 nhiệm vụ trọng tâm.")
    assert got["tasks"] == []


def test_congresses_named_in_a_list_of_resolutions_are_one_object(tmp_path):
    body = ("Trong năm 2025, Công an tỉnh đã triệt phá 12 băng nhóm. Năm 2026, Công an tỉnh tổ chức triển khai thực "
            "hiện nghiêm túc Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Đại hội Đảng bộ tỉnh lần thứ 17.")
    task = "Tổ chức triển khai thực hiện nghiêm túc Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Đại hội Đảng bộ tỉnh lần thứ 17"
    with using(None):  # the rules' own verdict: "Năm 2026, …" opens the next year's tasks
        assert items(tmp_path, body)["tasks"] == [task]
    # with the learned weights it is still one object; on this sentence the weights' category is a close call
    # (evals/README, "The learned weights"), so the cut is what is asserted
    got = items(tmp_path, body)
    assert any(t.endswith("Đại hội Đảng bộ tỉnh lần thứ 17") and "lần thứ XIII, Đại hội" in t
               for t in got["tasks"] + got["achievements"])


def test_a_programme_named_with_the_next_year_opens_the_tasks(tmp_path):
    got = items(tmp_path, "Năm 2025, Mặt trận Tổ quốc các cấp đã vận động 3 tỷ đồng Quỹ Vì người nghèo.\n\nChương trình "
                          "phối hợp hoạt động năm 2026 tập trung các nội dung: Tuyên truyền, vận động các tầng lớp nhân "
                          "dân; Hoạt động đối ngoại nhân dân.")
    assert got["tasks"] == ["Tuyên truyền, vận động các tầng lớp nhân dân", "Hoạt động đối ngoại nhân dân"]


def test_a_visiting_delegation_and_who_received_it_are_not_items(tmp_path):
    body = ("Chiều 29/6, đoàn công tác của Bộ Công an đến kiểm tra công tác tại Công an tỉnh Hà Giang.\n\n"
            "Trong 2 ngày 3 và 4/11, Đoàn công tác Quân khu 2 đã tiến hành kiểm tra toàn diện tại Bộ CHQS tỉnh.\n\n"
            "Tiếp đoàn kiểm tra có Đại tá Trần Văn An, Chỉ huy trưởng Bộ CHQS tỉnh.\n\n"
            "6 tháng đầu năm 2025, Công an tỉnh đã triệt phá 12 băng nhóm tội phạm.")
    got = items(tmp_path, body)
    assert got == {"achievements": ["Công an tỉnh đã triệt phá 12 băng nhóm tội phạm"], "shortcomings": [], "tasks": []}


def test_a_sentence_detailing_the_report_is_not_the_meetings_announcement(tmp_path):
    got = items(tmp_path, "Sáng 5/10, HĐND xã tổ chức hội nghị sơ kết 9 tháng năm 2025. Tại hội nghị, Phó Chủ tịch HĐND "
                          "xã đã thông qua báo cáo hoạt động 9 tháng.\n\nTheo đó, HĐND xã đã tổ chức thành công kỳ họp "
                          "thứ 9, thứ 10 và tiến hành giám sát 5 cuộc.")
    # two results with their own verbs are two items (evals/README.md: "separate actions or results with their own verb")
    assert got["achievements"] == ["HĐND xã đã tổ chức thành công kỳ họp thứ 9, thứ 10", "Tiến hành giám sát 5 cuộc"]


def test_a_problem_stated_among_requests_is_a_shortcoming(tmp_path):
    body = ("Trong quý III, xã đã thu ngân sách đạt 80% dự toán.\n\nCác đại biểu đề nghị UBND xã có biện pháp xử lý rác "
            "thải; hiện nay ô nhiễm môi trường ở kênh Bà Bèo rất nặng; đề nghị UBND xã kiến nghị huyện nạo vét kênh.")
    got = items(tmp_path, body)
    assert got["shortcomings"] == ["Hiện nay ô nhiễm môi trường ở kênh Bà Bèo rất nặng"]
    # the request around it stays a request: the rules file it as a task (the weights refitted on 1889 dev articles
    # drop it, P(none) 0.67 against 0.32: the corpus's labels write a delegates' request without "Đề nghị <body>")
    with using(None):  # the rules' own verdict
        assert "Đề nghị UBND xã kiến nghị huyện nạo vét kênh" in items(tmp_path, body)["tasks"]


def test_a_purpose_or_a_bare_phrase_left_alone_by_a_cut_is_no_item(tmp_path):
    """"Để sớm hoàn thành …" only says what the tasks after it serve; "theo quy định của pháp luật" has no
    predicate: neither is a task of its own."""
    got = items(tmp_path, "Trong quý III, xã đã thu ngân sách đạt 80% dự toán.\n\nNhiệm vụ quý IV: Để sớm hoàn thành các "
                          "chỉ tiêu, kế hoạch đề ra; tập trung thu ngân sách; giải quyết dứt điểm đơn thư; theo quy định "
                          "của pháp luật.")
    assert got["tasks"] == ["Tập trung thu ngân sách", "Giải quyết dứt điểm đơn thư"]


def test_a_purpose_with_its_own_subject_and_predicate_stays(tmp_path):
    got = items(tmp_path, "Để thực hiện được kế hoạch đã đề ra, Hội đã tuyên truyền cho 1.200 hội viên.")
    assert got["achievements"] == ["Hội đã tuyên truyền cho 1.200 hội viên"]  # the lead-in dropped, the fact kept


def test_a_bound_to_reach_is_a_target_and_falling_output_a_shortcoming(tmp_path):
    # the rules' own verdict: the weights fitted on 1986 dev articles tie on the fall inside a paragraph of results
    # (P 0.49 achievements, 0.49 shortcomings), as the corpus labels such falls both ways (9 shortcomings, 6 achievements)
    with using(None):
        got = items(tmp_path, "Trong quý III, toàn xã kết nạp 12 đảng viên mới. Tổng đàn gia súc giảm 8% so với cùng kỳ. "
                              "Tỷ lệ hộ nghèo giảm xuống dưới 3% vào cuối năm.")
    assert got["achievements"] == ["Toàn xã kết nạp 12 đảng viên mới"]
    assert got["shortcomings"] == ["Tổng đàn gia súc giảm 8% so với cùng kỳ"]
    assert got["tasks"] == ["Tỷ lệ hộ nghèo giảm xuống dưới 3% vào cuối năm"]


def test_the_chairs_conclusion_listing_the_months_tasks_gives_tasks(tmp_path):
    got = items(tmp_path, "Sáng ngày 28/3/2026, UBND phường tổ chức họp thường kỳ tháng 3/2026. Sau khi nghe các ý kiến "
                          "tại hội nghị, đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm trong tháng 4/2026, bao gồm: "
                          "công tác quản lý trật tự đô thị tại các chợ; công tác phòng cháy chữa cháy trong mùa khô.")
    assert got["tasks"] == ["Công tác quản lý trật tự đô thị tại các chợ", "Công tác phòng cháy chữa cháy trong mùa khô"]


def test_what_is_needed_is_a_task_and_an_award_proposed_at_the_meeting_no_item(tmp_path):
    got = items(tmp_path, "Trong quý III, toàn xã kết nạp 12 đảng viên mới. Để các kỳ họp đạt hiệu quả hơn, cần phối hợp "
                          "chặt chẽ hơn nữa. Tại hội nghị, các đơn vị tiến hành bình xét thi đua, thống nhất đề nghị UBND "
                          "huyện tặng cờ thi đua cho xã Tân An; tặng giấy khen cho xã Tân Bình.")
    assert got["achievements"] == ["Toàn xã kết nạp 12 đảng viên mới"]
    assert got["tasks"] == ["Để các kỳ họp đạt hiệu quả hơn, cần phối hợp chặt chẽ hơn nữa"]


def test_the_plan_adopted_with_its_breakdown_and_a_chairs_emphasis_after_a_colon_give_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, toàn xã kết nạp 12 đảng viên mới. Hội nghị đã thông qua ba nhiệm vụ trọng tâm "
                          "trong năm 2026. Trong đó, tập trung làm tốt công tác kiểm tra; giải quyết kịp thời đơn thư "
                          "của công dân. Chủ trì hội nghị, đồng chí Bí thư nhấn mạnh: Thời gian tới, các chi bộ cần "
                          "chủ động hơn; nắm chắc tình hình thực tế tại địa phương; không để xảy ra sai phạm.")
    assert got["achievements"] == ["Toàn xã kết nạp 12 đảng viên mới"]
    assert got["tasks"][:2] == ["Tập trung làm tốt công tác kiểm tra", "Giải quyết kịp thời đơn thư của công dân"]
    assert "Nắm chắc tình hình thực tế tại địa phương" in got["tasks"]


def test_a_photo_caption_naming_the_meeting_is_no_item_whatever_the_weights_say(tmp_path):
    body = ("Ngày 5-7, Hội Nông dân xã Hòa Bình tổ chức hội nghị sơ kết công tác quý III.\n\n"
            "Trong quý III, Hội đã vận động hội viên hiến 1.200 m2 đất làm đường giao thông.\n\n"
            "Chi hội ấp 3 đã tổ chức 4 buổi họp chuyên đề về chăn nuôi an toàn sinh học.\n\n"
            "Hội Nông dân xã Hòa Bình tổ chức Hội nghị sơ kết công tác quý III năm 2025.\n\n"
            "Các chi hội đã giúp 12 hộ hội viên thoát nghèo.\n\n"
            "Hội Nông dân xã Hòa Bình tổ chức sơ kết công tác quý III năm 2025.")
    keep_all = Weights({"bias": [-50.0, 50.0, 0.0, 0.0]}, {"none_scale": 1.0})  # every clause an achievement
    with using(keep_all):
        got = items(tmp_path, body)
    assert not any("sơ kết" in t for c in got.values() for t in c)
    assert len(got["achievements"]) == 3, got


def test_what_was_said_at_the_meeting_is_read_for_itself_and_known_figures_are_results(tmp_path):
    body = ("Theo thông tin tại Hội nghị Quận ủy lần thứ 11 sơ kết thực hiện nhiệm vụ quý 3 và triển khai nhiệm vụ quý 4 "
            "năm 2026, quận trong quý 4 sẽ thực hiện quyết liệt các giải pháp thu ngân sách; kiểm soát việc chi ngân "
            "sách đúng quy định.\n\n"
            "Được biết, tổng thu ngân sách trên địa bàn quận trong 9 tháng đạt 352 tỷ đồng, bằng 89% kế hoạch.")
    got = items(tmp_path, body)
    assert len(got["tasks"]) == 2, got
    assert got["achievements"] == ["Tổng thu ngân sách trên địa bàn quận trong 9 tháng đạt 352 tỷ đồng, bằng 89% kế hoạch"]


def listed(tmp_path: Path, *lines: str) -> dict[str, list[str]]:
    """Items of a report whose body, after its lead, is "- …" lines."""
    lead = "Sáng 5/10/2025, UBND xã Hòa Bình tổ chức hội nghị sơ kết công tác quý III năm 2025."
    return items(tmp_path, "\n\n".join([lead, *(f"- {line}" for line in lines)]))


@pytest.mark.parametrize(("lines", "tasks", "achievements"), [
    # "- Cần …" opens the directions as "Cần …" does: the marker does not hide a cue read at the line's start
    (["Chất lượng đội ngũ cán bộ được nâng lên, 12 cán bộ hoàn thành lớp bồi dưỡng.",
      "Cần phát huy vai trò tiên phong của cán bộ, đảng viên trong thực hiện nhiệm vụ.",
      "Thực hiện tốt quy chế dân chủ ở cơ sở trong quý IV."],
     ["Cần phát huy vai trò tiên phong của cán bộ, đảng viên trong thực hiện nhiệm vụ",
      "Thực hiện tốt quy chế dân chủ ở cơ sở trong quý IV"],
     ["Chất lượng đội ngũ cán bộ được nâng lên, 12 cán bộ hoàn thành lớp bồi dưỡng"]),
    # a speaker's directive written as a list line opens the directions too
    (["Thu ngân sách đạt 2,4 tỷ đồng, bằng 80% dự toán.",
      "Đồng chí Chủ tịch UBND xã đề nghị các thôn tập trung hoàn thành việc thu quỹ phòng chống thiên tai.",
      "Rà soát, hoàn thiện hồ sơ hộ cận nghèo."],
     ["Tập trung hoàn thành việc thu quỹ phòng chống thiên tai", "Rà soát, hoàn thiện hồ sơ hộ cận nghèo"],
     ["Thu ngân sách đạt 2,4 tỷ đồng, bằng 80% dự toán"]),
])
def test_a_list_line_is_read_without_its_marker(tmp_path, lines, tasks, achievements):
    got = listed(tmp_path, *lines)
    assert got["tasks"] == tasks
    assert got["achievements"] == achievements


def test_what_a_report_at_the_meeting_gave_is_no_announcement(tmp_path):
    # "theo báo cáo tại kỳ họp …, <figures>": the report's results, not the meeting's announcement
    got = items(tmp_path, "Ngày 29-6, theo báo cáo tại kỳ họp thứ 9 HĐND xã Hòa Bình, 6 tháng đầu năm, tổng thu ngân sách "
                          "đạt 52% dự toán; giải quyết việc làm cho 120 lao động.")
    assert got["achievements"] == ["Tổng thu ngân sách đạt 52% dự toán", "Giải quyết việc làm cho 120 lao động"]


def test_results_listed_after_a_lead_in_that_names_them_are_results(tmp_path):
    got = items(tmp_path, "Sáng 13/1, Đảng bộ xã Hòa Bình tổ chức hội nghị tổng kết năm 2025 và triển khai nhiệm vụ năm "
                          "2026, báo cáo do đồng chí Phó Bí thư trình bày nêu lên một số kết quả đã đạt được trong năm như: "
                          "chất lượng đội ngũ cán bộ được nâng lên; kết nạp 17 đảng viên mới.")
    assert got["achievements"] == ["Chất lượng đội ngũ cán bộ được nâng lên", "Kết nạp 17 đảng viên mới"]
    assert got["tasks"] == []


def test_a_speech_that_turns_to_directions_goes_on_with_them(tmp_path):
    got = items(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\nKết luận hội nghị, đồng chí Bí thư Đảng ủy ghi "
                          "nhận những nỗ lực của các chi bộ; đồng thời chỉ đạo, các chi bộ cần rà soát hộ nghèo trong toàn xã; tiếp tục "
                          "nâng cao chất lượng sinh hoạt chi bộ.")
    assert got["tasks"] == ["Rà soát hộ nghèo trong toàn xã", "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ"]


def test_a_range_is_a_target_even_where_the_period_reads_as_reviewed(tmp_path):
    # The rules' verdict (the target_phrase cue), without the learned weights: they re-decide such a clause, and
    # dev shows realised ranges too ("đạt 60-80% kế hoạch"), so after a paragraph opened by the reviewed
    # quarter they may file it as a result. (The single figure's clause is long enough to stand as an item.)
    with using(None):
        got = items(tmp_path, "Trong quý III, kinh tế của huyện phát triển ổn định. Công nghiệp tăng 17,2 - 17,8%; nông "
                              "nghiệp tăng 3,5% so với cùng kỳ.")
    assert got["tasks"] == ["Công nghiệp tăng 17,2 - 17,8%"]
    assert "Nông nghiệp tăng 3,5% so với cùng kỳ" in got["achievements"]


def test_a_paragraph_opened_by_doi_voi_a_field_is_a_result_not_an_owner_heading(tmp_path):
    s = run(tmp_path, "Trong quý III, xã thu ngân sách đạt 75% dự toán.\n\nĐối với công tác tuyên truyền pháp luật, xã đã tổ "
                      "chức 12 buổi cho 900 lượt người.\n\nQuý IV, xã tiếp tục đẩy mạnh công tác tuyên truyền pháp luật.")
    assert any("12 buổi cho 900 lượt người" in i.text for i in s.achievements)  # kept, not taken for a heading
    assert [(t.text, t.owner) for t in s.tasks] == [("Xã tiếp tục đẩy mạnh công tác tuyên truyền pháp luật", None)]


def test_a_numbered_owner_heading_opens_the_tasks_of_its_owner(tmp_path):
    s = run(tmp_path, "Trong tháng 6, Mặt trận các xã đã vận động 120 triệu đồng cho Quỹ Vì người nghèo.\n\n1. Đối với Ban "
                      "Thường trực Ủy ban MTTQ huyện:\n\n- Tăng cường đi cơ sở, theo dõi nắm bắt dư luận xã hội để định hướng "
                      "tuyên truyền; theo dõi việc trả lời của các ngành chức năng qua kiến nghị cử tri.")
    assert [t.text for t in s.tasks] == ["Tăng cường đi cơ sở, theo dõi nắm bắt dư luận xã hội để định hướng tuyên truyền",
                                         "Theo dõi việc trả lời của các ngành chức năng qua kiến nghị cử tri"]
    assert {t.owner for t in s.tasks} == {"Ban Thường trực Ủy ban MTTQ huyện"}
    assert not s.achievements[1:]  # the tasks are none of the month's results


def test_the_facts_before_a_long_lead_in_to_a_list_are_kept(tmp_path):
    # a list colon drops the clause that leads into the list, not the facts the same sentence gave before it
    got = items(tmp_path, "Năm học qua, chất lượng công tác Đội và phong trào thiếu nhi của xã từng bước được nâng lên, "
                          "100% các liên đội triển khai có hiệu quả chương trình rèn đức luyện tài, các chương trình làm "
                          "nghìn việc tốt được các liên đội thực hiện nghiêm túc và đã xây dựng được các mô hình như: mô hình "
                          "giúp bạn; đôi bạn cùng tiến.")
    assert any("100% các liên đội triển khai có hiệu quả" in t for t in got["achievements"])
    assert not any("đã xây dựng được các mô hình như" in t for t in got["achievements"])


def test_a_subjects_next_shortcoming_after_a_comma_is_its_own_item_with_the_subject(tmp_path):
    got = items(tmp_path, "Tuy nhiên, công tác giám sát của Ban Pháp chế chưa bảo đảm quy trình, chưa sát với tình hình "
                          "thực tế, việc ghi chép sổ sách tại các thôn thiếu chặt chẽ. Năng lực lãnh đạo và sức chiến đấu "
                          "của một số chi bộ trực thuộc Đảng ủy cơ sở còn hạn chế.")
    assert got["shortcomings"] == ["Công tác giám sát của Ban Pháp chế chưa bảo đảm quy trình",
                                   "Công tác giám sát của Ban Pháp chế chưa sát với tình hình thực tế",
                                   "Việc ghi chép sổ sách tại các thôn thiếu chặt chẽ",
                                   "Năng lực lãnh đạo và sức chiến đấu của một số chi bộ trực thuộc Đảng ủy cơ sở còn hạn chế"]
    short = items(tmp_path, "Tuy nhiên, việc cung cấp thông tin cho báo chí của một số đơn vị còn chưa kịp thời, chưa nghiêm túc.")
    assert short["shortcomings"] == ["Việc cung cấp thông tin cho báo chí của một số đơn vị còn chưa kịp thời, chưa nghiêm túc"]
    named = items(tmp_path, "Các đại biểu cũng đã chỉ ra một số yếu kém trong công tác Hội như nhiều chi hội vẫn còn tình trạng "
                            "sinh hoạt hình thức, chưa quan tâm nhiều đến chất lượng hoạt động của hội viên.")
    assert named["shortcomings"] == ["Nhiều chi hội vẫn còn tình trạng sinh hoạt hình thức",
                                     "Nhiều chi hội chưa quan tâm nhiều đến chất lượng hoạt động của hội viên"]


def test_tasks_the_body_has_set_out_are_tasks_not_work_done(tmp_path):
    s = run(tmp_path, "Ngày 5/12/2025, Hội Nạn nhân chất độc da cam huyện Phước Hà tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
                      "Năm 2025, Hội đã vận động được 1,5 tỷ đồng để tặng 190 suất quà, cho 38 nạn nhân vay vốn.\n\n"
                      "Để công tác chăm sóc nạn nhân tiếp tục đạt hiệu quả, Hội đã đề ra một số nhiệm vụ trọng tâm: Tổ chức khảo sát "
                      "những nạn nhân không nơi nương tựa; tổ chức các hoạt động kỷ niệm ngày thành lập Hội.",
            title="Hội Nạn nhân chất độc da cam huyện Phước Hà tổng kết năm 2025")
    assert [i.text for i in s.tasks] == ["Tổ chức khảo sát những nạn nhân không nơi nương tựa",
                                         "Tổ chức các hoạt động kỷ niệm ngày thành lập Hội"]


def test_a_count_a_verb_achieved_after_a_comma_stays_with_its_fact(tmp_path):
    got = items(tmp_path, "Trong quý III, trên địa bàn xã xảy ra 6 vụ phạm pháp hình sự, giảm được 3 vụ so với cùng kỳ, "
                          "an ninh chính trị được giữ vững.")
    assert got["achievements"] == ["Trên địa bàn xã xảy ra 6 vụ phạm pháp hình sự, giảm được 3 vụ so với cùng kỳ",
                                   "An ninh chính trị được giữ vững"]


def test_a_paragraphs_closing_goal_does_not_turn_the_next_paragraph_to_tasks(tmp_path):
    got = items(tmp_path, "Trong quý III, xã tiếp tục giữ chuẩn nông thôn mới nâng cao, có 6/6 thôn giữ chuẩn khu dân cư kiểu mẫu. "
                          "Phấn đấu xây dựng xã nông thôn mới kiểu mẫu vào năm 2026.\n\n"
                          "Công tác xây dựng Đảng luôn được chú trọng, tiếp nhận sinh hoạt Đảng 4 đồng chí. Ủy ban kiểm tra Đảng ủy xã "
                          "đã kiểm tra 2 chi bộ.")
    assert got["tasks"] == ["Phấn đấu xây dựng xã nông thôn mới kiểu mẫu vào năm 2026"]
    assert "Tiếp nhận sinh hoạt Đảng 4 đồng chí" in got["achievements"]


@pytest.mark.parametrize("sentence, text, owner", [
    ("Hội Nông dân xã tiếp tục vận động hội viên tham gia sản xuất giỏi.", "Tiếp tục vận động hội viên tham gia sản xuất giỏi",
     "Hội Nông dân xã"),
    ("UBND xã cần tập trung chỉ đạo thu ngân sách đạt dự toán.", "Tập trung chỉ đạo thu ngân sách đạt dự toán", "UBND xã"),
    ("Sở Nông nghiệp cũng phấn đấu hoàn thành chỉ tiêu trồng rừng.", "Phấn đấu hoàn thành chỉ tiêu trồng rừng",
     "Sở Nông nghiệp"),
    ("Tổ chức tốt hoạt động giám sát việc thực hiện nghị quyết của HĐND xã.",  # a verb, not a "Tổ"
     "Tổ chức tốt hoạt động giám sát việc thực hiện nghị quyết của HĐND xã", None),
    ("Hội nghị thống nhất tăng cường phối hợp giữa các đơn vị trong cụm.",  # the meeting, not a "Hội"
     "Hội nghị thống nhất tăng cường phối hợp giữa các đơn vị trong cụm", None),
])
def test_a_task_opened_by_its_body_names_the_owner(tmp_path, sentence, text, owner):
    s = run(tmp_path, "Nhiệm vụ quý IV:\n\n- " + sentence)
    got = [(t.text, t.owner) for t in s.tasks]
    assert len(got) == 1 and got[0][1] == owner and (text is None or got[0][0] == text), got


def test_the_next_years_tasks_named_at_a_sentences_start_open_tasks(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text("Hội Cựu chiến binh xã tổng kết công tác hội năm 2025\n\nNăm 2025, Hội đã kết nạp 12 hội viên mới. "
                    "Về nhiệm vụ năm 2026, hội tiếp tục làm tốt công tác tuyên truyền, vận động hội viên.\n", encoding="utf-8")
    s = summarize(path, Options(strategy="rules", use_cache=False))
    assert [i.text for i in s.achievements] == ["Hội đã kết nạp 12 hội viên mới"]
    assert [i.text for i in s.tasks] and all("tuyên truyền" in i.text or "vận động" in i.text for i in s.tasks)


def test_a_body_striving_for_a_figure_sets_a_target_but_striving_reported_as_effort_is_a_result(tmp_path):
    with using(None):  # the rules' own verdict
        got = items(tmp_path, "Trong quý III, các chi hội đã nỗ lực phấn đấu hoàn thành nhiệm vụ được giao. Hội Nông "
                              "dân xã phấn đấu có 90% cơ sở hội đạt danh hiệu vững mạnh.")
    assert got["achievements"] == ["Các chi hội đã nỗ lực phấn đấu hoàn thành nhiệm vụ được giao"]
    assert got["tasks"] == ["Phấn đấu có 90% cơ sở hội đạt danh hiệu vững mạnh"]


def test_an_overview_before_its_specifics_is_context_unless_it_has_a_figure(tmp_path):
    with using(None):  # the rules' own verdict
        got = items(tmp_path, "Quý III/2025, tình hình kinh tế - xã hội của xã có nhiều chuyển biến tích cực. Cụ thể, "
                              "thu ngân sách đạt 95% dự toán. Xã kết nạp 12 đảng viên mới. Tiêu biểu là chi bộ thôn 3 "
                              "kết nạp 5 đảng viên.")
    assert got["achievements"][:2] == ["Thu ngân sách đạt 95% dự toán", "Xã kết nạp 12 đảng viên mới"]
    assert not any("chuyển biến tích cực" in t for t in got["achievements"])


@pytest.mark.parametrize(("text", "expected"), [
    ("6 tháng đầu năm 2021, kinh tế - xã hội của huyện có chuyển biến tích cực", True),
    ("Năm học 2021-2022, ngành giáo dục đã nỗ lực vượt qua khó khăn", True),
    ("Trong quý III/2024, xã đạt 95% kế hoạch thu ngân sách", False),
    ("Án hình sự trong 10 tỉnh, thành tăng", False),
])
def test_the_numbers_of_a_time_phrase_are_no_figure(text, expected):
    assert figureless(text) is expected


def test_the_verb_to_curb_in_a_list_of_results_opens_no_shortcomings(tmp_path):
    # "hạn chế tình trạng …" (curbing a problem) is one of the results listed, and the results after it stay results
    # (the rules' own verdict: the weights re-decide each clause)
    with using(None):
        got = items(tmp_path, "Trong quý III, ngành giáo dục xã đạt được những kết quả nhất định về: tổ chức tốt bữa ăn "
                              "bán trú cho 320 học sinh; hạn chế tình trạng học sinh bỏ học; công tác bồi dưỡng học sinh "
                              "giỏi có sự đổi mới nhiều mặt; các điều kiện phục vụ dạy và học được quan tâm đầu tư. Tuy "
                              "nhiên, vẫn còn những hạn chế trong công khai các khoản thu.")
    assert not [t for t in got["shortcomings"] if "bỏ học" in t or "bồi dưỡng" in t or "đầu tư" in t]
    assert any("bỏ học" in t for t in got["achievements"])


def test_a_sentence_opening_a_later_period_is_not_read_with_its_paragraphs_opener(tmp_path):
    # the weights read a later sentence with how its paragraph opens ("Trong năm 2025, …": results); a sentence
    # that opens the next period ("Năm 2026, …") starts afresh, and its clauses carry no opener
    path = tmp_path / "bai.txt"
    path.write_text("Công an tỉnh tổng kết năm 2025\n\nTrong năm 2025, Công an tỉnh đã triệt phá 12 băng nhóm. Tai nạn "
                    "giao thông giảm 8 vụ. Năm 2026, Công an tỉnh tập trung tấn công trấn áp tội phạm.\n", encoding="utf-8")
    doc = read_article(path)
    _, proposals = RulesStrategy().propose(doc, make_chunks(doc))
    openers = {p.candidate.text: p.opener for p in proposals}
    assert openers["Tai nạn giao thông giảm 8 vụ"].startswith("Trong năm 2025")
    assert openers["Công an tỉnh tập trung tấn công trấn áp tội phạm"] == ""


def test_short_parts_in_a_row_are_one_list_not_new_actions(tmp_path):
    # "tổ chức" reads as a verb, but between "tư tưởng" and "đạo đức" it is one element of the list
    got = items(tmp_path, "Trong quý III, Đảng ủy xã đã xây dựng Đảng bộ vững mạnh về chính trị, tư tưởng, tổ chức và "
                          "đạo đức. Hội đã tuyên truyền, vận động, tổ chức 12 lớp tập huấn cho 300 hội viên.")
    assert not [t for t in got["achievements"] if t.startswith("Tổ chức và đạo đức")]
    assert any(t.endswith("tổ chức và đạo đức") for t in got["achievements"])


def test_a_measure_named_in_a_plan_stays_a_target(tmp_path):
    # "kết quả kiểm tra …" names a measure; inside a plan's targets it does not turn them into results (the rules' verdict)
    with using(None):
        got = items(tmp_path, "Trong quý III, xã đã hoàn thành 5 công trình.\n\nQuý IV, Ban Chỉ huy Quân sự xã xác định "
                              "hoàn thành 100% nội dung huấn luyện, quân số tham gia đạt 98,5% trở lên, kết quả kiểm tra "
                              "100% đạt yêu cầu, có từ 75% khá giỏi.")
    assert "Kết quả kiểm tra 100% đạt yêu cầu" in got["tasks"]


def test_a_directive_to_a_long_addressee_with_a_level_pair_opens_tasks(tmp_path):
    body = ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh đề nghị khối thi đua khen thưởng các huyện, thành phố trong "
            "năm 2026, tiếp tục triển khai đồng bộ các giải pháp phát triển kinh tế - xã hội, tăng cường cải cách "
            "hành chính. Tiếp tục quán triệt sâu sắc chủ trương của Đảng, chính sách pháp luật của Nhà nước.")
    with using(None):  # the rules' own verdict: the addressee runs past its comma to the first action
        got = items(tmp_path, body)
    assert "Tiếp tục quán triệt sâu sắc chủ trương của Đảng, chính sách pháp luật của Nhà nước" in got["tasks"]
    assert not got["achievements"]


def test_a_one_paragraph_article_goes_on_to_its_directions_after_the_lead(tmp_path):
    # the lead is a few sentences, not the whole paragraph: a direction naming the next session ("cho Kỳ họp thứ 13")
    # at its end is no announcement of this meeting
    body = ("Thường trực HĐND tỉnh vừa tổ chức phiên họp thứ 45 đánh giá kết quả hoạt động tháng 5/2026. "
            "Theo đánh giá, các nhiệm vụ trọng tâm tháng 5 cơ bản hoàn thành kế hoạch. "
            "Các ban HĐND tỉnh đã giám sát 4 chuyên đề. Các tổ đại biểu đã tiếp xúc cử tri tại 12 xã. "
            "Về nhiệm vụ tháng 6, Thường trực HĐND tỉnh chỉ đạo tiếp tục chuẩn bị nội dung, chương trình, tài liệu "
            "cho Kỳ họp thứ 13; hoàn thiện báo cáo tổng hợp ý kiến, kiến nghị của cử tri.")
    with using(None):
        got = items(tmp_path, body)
    assert any("chuẩn bị nội dung, chương trình, tài liệu cho Kỳ họp thứ 13" in t for t in got["tasks"])
    assert any(t.startswith("Hoàn thiện báo cáo tổng hợp") for t in got["tasks"])


def test_a_figure_after_a_colon_is_its_labels_value_not_a_list(tmp_path):
    # statistics name each figure with a colon: the label stays with its value, and nothing is lost
    got = items(tmp_path, "Quý III, tổng thu ngân sách nhà nước trên địa bàn xã đạt: 187,5 tỷ đồng, bằng 83% so cùng kỳ. "
                          "Giá trị sản xuất tăng 3,1%, trong đó: nông nghiệp tăng: 2,76%, thủy sản tăng 7,42%.")
    assert any(t.startswith("Tổng thu ngân sách nhà nước trên địa bàn xã đạt: 187,5 tỷ đồng") for t in got["achievements"])
    assert any(t.startswith("Nông nghiệp tăng: 2,76%") for t in got["achievements"])


def test_a_sentence_opened_by_the_next_months_tasks_opens_the_tasks(tmp_path):
    # "Nhiệm vụ tháng 8, …" in the review of July names August's plan, like "Trong tháng 8, …" and "Nhiệm vụ năm 2027, …"
    s = run(tmp_path, "Sáng ngày 8/8, Phòng Giáo dục và Đào tạo huyện tổ chức hội nghị giao ban đánh giá tình hình "
                      "thực hiện nhiệm vụ tháng 7/2026. Trong tháng 7, các trường tổ chức 40 lớp bồi dưỡng chuyên môn.\n\n"
                      "Nhiệm vụ tháng 8, toàn huyện tập trung chuẩn bị các điều kiện phục vụ khai giảng năm học mới. "
                      "Triển khai Nghị định Số: 108/2014/NĐ-CP về chính sách tinh giản biên chế; rà soát thiết bị dạy học.",
            title="Giao ban công tác tháng 8/2026")
    tasks = [t.text for t in s.tasks]
    assert any(t.startswith("Toàn huyện tập trung chuẩn bị các điều kiện") for t in tasks), tasks
    assert any(t.startswith("Triển khai Nghị định Số: 108/2014/NĐ-CP") for t in tasks), tasks  # "Số:" is no list colon
    assert not any("tập trung chuẩn bị" in a.text for a in s.achievements)


def test_weights_keep_or_drop_a_directives_clause_but_never_refile_it(tmp_path):
    # a speaker's directive to an addressee is a task by the article's structure; weights that call
    # every clause a result still only decide whether it is kept
    body = ("Trong quý III, xã đã mở 4 lớp dạy nghề cho 120 lao động. Phát biểu bế mạc hội nghị, ông Lê Văn An, Chủ tịch "
            "UBND huyện yêu cầu, UBND các xã và các phòng, ban chuyên môn có kế hoạch triển khai các nghị quyết.")
    with using(Weights({"bias": [0.0, 5.0, 0.0, 0.0]}, {})):
        got = items(tmp_path, body)
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"]
    assert len(got["tasks"]) == 1 and got["tasks"][0].lower().endswith("triển khai các nghị quyết")
    drops_directives = {"bias": [0.0, 5.0, 0.0, 0.0], "how=directive": [20.0, 0.0, 0.0, 0.0]}
    with using(Weights(drops_directives, {})):  # weights that drop a directive's clause drop it
        got = items(tmp_path, body)
    assert got["achievements"] == ["Xã đã mở 4 lớp dạy nghề cho 120 lao động"] and got["tasks"] == []


def test_a_plans_next_step_is_kept_or_dropped_with_its_plan_whatever_the_weights_say_of_it(tmp_path):
    body = "Năm 2026, Trung tâm sẽ củng cố đội ngũ y bác sĩ, tiến tới thành lập khoa Phục hồi chức năng."
    keeps_plans = {"bias": [0.0, 0.0, 0.0, 5.0], "h0=tiến": [20.0, 0.0, 0.0, 0.0]}  # and would drop the step alone
    with using(Weights(keeps_plans, {})):
        got = items(tmp_path, body)
    assert got["tasks"] == ["Trung tâm sẽ củng cố đội ngũ y bác sĩ", "Tiến tới thành lập khoa Phục hồi chức năng"]
    drops_plans = {"bias": [0.0, 0.0, 0.0, 5.0], "h0=trung": [20.0, 0.0, 0.0, 0.0], "h0=tiến": [0.0, 0.0, 0.0, 20.0]}
    with using(Weights(drops_plans, {})), pytest.raises(ExtractionError, match="nothing to summarise"):
        items(tmp_path, body)


def test_the_duties_a_meeting_adopted_are_listed_after_trong_do_one_task_each(tmp_path):
    # "thông qua ba nhiệm vụ trọng tâm … Trong đó, A; B": cues.toml targets_set; weights that file every
    # clause a result leave the adopted duties tasks
    body = ("Trong quý III, toàn xã kết nạp 12 đảng viên mới. Hội nghị đã thông qua ba nhiệm vụ trọng tâm trong năm "
            "2026. Trong đó, tập trung làm tốt công tác kiểm tra; giải quyết kịp thời đơn thư của công dân.")
    with using(Weights({"bias": [0.0, 5.0, 0.0, 0.0]}, {})):
        got = items(tmp_path, body)
    assert got["tasks"] == ["Tập trung làm tốt công tác kiểm tra", "Giải quyết kịp thời đơn thư của công dân"]
