"""A speaker's words quoted and attributed are an item without the quotation marks or who said them. An article
written for this test."""

from __future__ import annotations

from summarizer import summarize


def test_a_quoted_direction_is_the_words_without_their_attribution(tmp_path):
    article = tmp_path / "quoted.txt"
    article.write_text(
        "Công an tỉnh tổng kết công tác năm 2023\n\n"
        "Ngày 5/1, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Năm 2023, Công an tỉnh đã điều tra, "
        "làm rõ 320 vụ phạm pháp hình sự, đạt 92%.\n\n"
        "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy đề nghị: “Không bỏ lọt tội phạm nhưng cũng không để oan, sai” - "
        "Bí thư Tỉnh ủy nhấn mạnh.\n", encoding="utf-8")
    texts = [item.text for item in summarize(article).tasks]
    assert "Không bỏ lọt tội phạm nhưng cũng không để oan, sai" in texts
    assert not any("nhấn mạnh" in t or "“" in t or "”" in t for t in texts)
