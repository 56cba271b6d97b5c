"""The learned cuts (extract/cuts.py, fitted by learn/cuts.py): which joints are candidates, how
the labels teach a cut, and that the weights add cuts to the rules' but never take one away.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from summarizer.api import summarize
from summarizer.config import Options
from summarizer.extract.cuts import candidates
from summarizer.extract.weights import Weights, using
from summarizer.learn.cuts import joint_labels


def _no_signals(left: str, right: str) -> list[str]:
    return []


def test_candidates_are_commas_and_va_between_parts_of_two_words_or_more():
    text = "Thu ngân sách đạt 58,3% dự toán, kết nạp 12 đảng viên mới và hoàn thành 3 công trình"
    cuts = candidates(text, {}, _no_signals)
    assert [text[c.at : c.end].strip() for c in cuts] == [",", "và"]
    assert [c.rules for c in cuts] == ["nosignal", "và"]
    assert {"j=comma", "r1=kết", "l1=toán", "rd=True"} <= set(cuts[0].feats)
    assert {"j=và", "r2=hoàn_thành", "lw=đạt"} - set(cuts[1].feats) == {"lw=đạt"}  # each side's own words only


def test_the_words_either_side_of_a_joint_are_told_by_their_part_of_speech():
    # a verb after the comma opens a new action; a noun after "và" goes on the list: words the fit never saw still
    # carry their part of speech (underthesea's tagger, read without its package: pipeline/words.py)
    text = "Duy trì những thuần phong mỹ tục, giữ gìn bản sắc văn hóa dân tộc và phát triển du lịch"
    cuts = candidates(text, {}, _no_signals)
    assert {"rpos=V", "rc=nosignal|rpos=V"} <= set(cuts[0].feats) and "rpos=V" in cuts[1].feats
    noun = candidates("Hội đã tổ chức các hoạt động văn hóa, thể thao cho hội viên", {}, _no_signals)
    assert "rpos=V" not in noun[0].feats and "rpos=N" in noun[0].feats


def test_the_part_of_speech_tagger_reads_any_spacing_and_keeps_figures_whole():
    from summarizer.pipeline.words import tagged

    text = "Ngoài  ra, xã   thu 7.396,54ha, đạt 94,7%"  # doubled spaces inside a word once stopped the tagger
    spans = [(text[a:b], tag) for a, b, tag in tagged(text)]
    assert [w for w, _ in spans] == ["Ngoài  ra", ",", "xã", "thu", "7.396,54ha", ",", "đạt", "94,7", "%"]
    assert ("thu", "V") in spans and ("đạt", "V") in spans and ("94,7", "M") in spans


def test_a_pair_of_facts_is_told_by_both_sides_at_once():
    # each side's own figure and predicate, read together: two facts, or a fact and its parts
    text = "Tỷ lệ hộ nghèo chiếm 6,3%, hộ cận nghèo chiếm 4,1% và dân số tăng 1,2%"
    cuts = candidates(text, {}, _no_signals)
    assert {"dd=True|True|comma", "pp=False|False|comma"} <= set(cuts[0].feats)
    assert "dd=True|True|và" in cuts[1].feats
    text = "Hội đã vận động xây dựng quỹ, tổ chức tập huấn cho hội viên"
    assert {"dd=False|False|comma", "pp=True|False|comma"} <= set(candidates(text, {}, _no_signals)[0].feats)


def test_a_series_and_parallel_parts_are_told_to_the_weights():
    text = "Xây nhà tình thương cho hội viên, trao học bổng cho học sinh, xây dựng quỹ và xây dựng mô hình"
    cuts = candidates(text, {}, _no_signals)
    assert [f for f in cuts[0].feats if f.startswith(("nj=", "same="))] == ["nj=3|comma", "same=False"]
    assert [f for f in cuts[2].feats if f.startswith(("nj=", "same="))] == ["nj=3|và", "same=True"]
    text = "Xây nhà tình thương cho hội viên và trao học bổng cho học sinh"
    assert "nj=1|và" in candidates(text, {}, _no_signals)[0].feats


def test_the_word_after_a_joint_is_read_with_the_rules_verdict_there():
    # "đạt" after a comma the rules see no signal at is a status of the same fact; the pair says so, each alone does not
    text = "Thu ngân sách nhà nước trên địa bàn, đạt 100% dự toán năm"
    feats = candidates(text, {}, _no_signals)[0].feats
    assert {"rc=nosignal|r1=đạt", "rc=nosignal|l1=bàn"} <= set(feats)


def test_no_candidate_inside_parentheses_a_level_pair_vu_viec_a_figure_series_or_one_word():
    for text in ("Tổ chức 12 lớp (thu hút 300 lượt, đạt 100% kế hoạch) cho hội viên",
                 "Khối thi đua 13 xã, thị trấn đã hoàn thành chỉ tiêu",
                 "Toàn huyện có 52 thôn, tổ dân phố đạt chuẩn văn hóa",
                 "Toàn tỉnh có 636 ấp, khóm đạt chuẩn văn hóa",
                 "Trao Huy hiệu 40, 30 năm tuổi Đảng cho đảng viên",
                 "Tòa án đã giải quyết 622 vụ, việc các loại án thụ lý",  # the courts' "vụ, việc": cases and matters
                 "Trồng lúa, ngô, khoai"):
        assert candidates(text, {}, _no_signals) == [], text


def test_a_rules_cut_is_always_a_candidate():
    text = "An ninh ổn định, x"  # a one-word part: no learned cut, but the rules' verdict stands
    cuts = candidates(text, {text.index(","): "cut"}, _no_signals)
    assert [c.rules for c in cuts] == ["cut"]


def test_labels_cut_between_two_gold_items_and_not_inside_one():
    source = "Công nghiệp đã phục hồi, nông nghiệp tăng trưởng khá và thương mại ổn định"
    a, b = source.index(","), source.index(" và ")
    parts = [(0, a), (a + 2, b), (b + 4, len(source))]
    items = ["Công nghiệp đã phục hồi", "Nông nghiệp tăng trưởng khá và thương mại ổn định"]
    assert joint_labels(source, parts, items) == {0: 1, 1: 0}
    # one gold item for the whole clause: no cut anywhere
    assert joint_labels(source, parts, [source]) == {0: 0, 1: 0}
    # a part no one listed teaches nothing about the joint beside it
    assert joint_labels(source, parts, ["Công nghiệp đã phục hồi"]) == {}


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "bai.txt"
    path.write_text("UBND xã An Phú sơ kết 6 tháng đầu năm 2024\n\n"
                    "Chiều 28/6, UBND xã An Phú tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n\n"
                    "Trong 6 tháng đầu năm, công nghiệp đã phục hồi và tăng mạnh so với cùng kỳ năm trước, "
                    "kết nạp 12 đảng viên mới.\n", encoding="utf-8")
    return path


def _items(path: Path) -> list[str]:
    return [i.text for i in summarize(path, Options(strategy="rules", use_cache=False)).achievements]


def test_the_cut_weights_add_a_cut_the_rules_do_not_make(tmp_path):
    path = _article(tmp_path)
    with using(None):
        alone = _items(path)
    assert "Công nghiệp đã phục hồi và tăng mạnh so với cùng kỳ năm trước" in alone
    with using(Weights({}, {"cut_threshold": 0.5}, {"j=và": 5.0})):  # cut at every "và"
        cut = _items(path)
    assert "Công nghiệp đã phục hồi" in cut and "Tăng mạnh so với cùng kỳ năm trước" in cut


def test_the_cut_weights_never_remove_a_rules_cut(tmp_path):
    path = _article(tmp_path)
    with using(None):
        alone = _items(path)
    assert "Kết nạp 12 đảng viên mới" in alone  # the rules cut before a new action
    with using(Weights({}, {"cut_threshold": 0.5}, {"bias": -50.0})):  # never cut
        assert _items(path) == alone


def test_the_version_covers_the_cut_weights():
    a = Weights({"bias": [0.0, 1.0, 0.0, 0.0]}, {})
    b = Weights({"bias": [0.0, 1.0, 0.0, 0.0]}, {}, {"j=và": 1.0})
    assert a.version != b.version
    assert Weights.read_text(b.to_json()).cuts == {"j=và": 1.0}


def test_a_field_named_by_its_verb_is_no_verb_series():
    from summarizer.extract.clauses import _signals, _verdicts
    # "công tác … tuyên truyền" names a field: the next action is a fact of its own
    text = "Cần đẩy mạnh công tác thông tin tuyên truyền, kết nối các hội để ứng dụng khoa học vào sản xuất"
    assert "vseries" not in _signals(text[: text.index(",")], text[text.index(",") + 2 :])
    # two verbs of one field ("công tác tuyên truyền, vận động") and a bare doublet stay one item
    for text in ("Đẩy mạnh công tác tuyên truyền, vận động nhân dân thực hiện tốt chính sách",
                 "Tập trung lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ"):
        assert "vseries" in _signals(text[: text.index(",")], text[text.index(",") + 2 :]), text
        assert _verdicts(text)[text.index(",")] != "cut", text


def test_the_length_bound_never_skips_a_pair_that_matches():
    """The labelling skips a span whose length alone keeps it from an item (`_may_match`); over pairs of real dev
    items cut after every other word, so that short and long texts meet, no pair it skips reaches the threshold, and
    it does skip some. A text's beginnings met with each other are where the bound is nearly reached."""
    import json

    from summarizer.evals.metrics import MATCH_THRESHOLD
    from summarizer.evals.text import bag_of, bag_similarity, tokens
    from summarizer.learn.cuts import _may_match

    evals = Path(__file__).resolve().parents[1] / "evals"
    dev = json.loads((evals / "split.json").read_text(encoding="utf-8"))["dev"][:15]
    texts = [it if isinstance(it, str) else it["text"] for stem in dev
             for c in ("achievements", "shortcomings", "tasks")
             for it in json.loads((evals / "labels" / f"{stem}.json").read_text(encoding="utf-8")).get(c) or []]
    cut = [[bag_of(" ".join(tokens(text)[:k])) for k in range(1, 40, 2)] for text in texts]
    flat = [b for bags in cut for b in bags]
    pairs = [(a, b) for a in flat[::40] for b in flat[::39]]  # other texts: the bound is loose
    pairs += [(a, b) for bags in cut[::4] for a in bags for b in bags]  # one text's beginnings: the bound is nearly tight
    skipped = [(a, b) for a, b in pairs if not _may_match(a, b)]
    assert len(pairs) > 10_000 and len(skipped) > len(pairs) // 10
    assert max(bag_similarity(a, b) for a, b in skipped) < MATCH_THRESHOLD
    assert sum(bag_similarity(a, b) >= MATCH_THRESHOLD for a, b in pairs) > 50  # matching pairs were there to skip
