"""DOCX briefing: real Word heading/list styles, every item and figure exactly, opens in LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

import docx
import pytest
from browser.samples import FILES, all_summaries, summary_a

from summarizer.pipeline.ground import figures
from summarizer.render import build_briefing, render_docx, single_briefing
from summarizer.render.briefing import Entry

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraphs(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """(raw document.xml, [(style id, text)] per paragraph) read straight from the DOCX zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in ET.fromstring(xml).iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        out.append((style.get(f"{W}val") if style is not None else "", text))
    return xml, out


@pytest.fixture(scope="module")
def briefing_docx() -> bytes:
    return render_docx(build_briefing([Entry(s) for s in all_summaries()], "organization", "Báo cáo quý I"))


def test_every_item_and_figure_is_in_the_xml_exactly(briefing_docx):
    xml, paras = _paragraphs(briefing_docx)
    bullets = [text for style, text in paras if style == "ListBullet"]
    for s in all_summaries():
        for _, it in s.items():
            # one run holds the whole item text: Word never splits a figure across runs
            assert f">{escape(it.text)}<" in xml, it.text
            assert any(b == it.text or b.startswith(it.text + " (") for b in bullets), it.text
            for fig in figures(it.text):
                assert fig in xml
    assert len(bullets) == sum(len(s.items()) for s in all_summaries())


def test_headings_and_lists_use_word_styles(briefing_docx):
    _, paras = _paragraphs(briefing_docx)
    styles = {style for style, _ in paras}
    assert {"Title", "Heading1", "Heading2", "Heading3", "ListBullet"} <= styles
    h1 = [t for s, t in paras if s == "Heading1"]
    assert h1 == ["Đảng ủy xã Phú Mỹ", "Huyện ủy Tân Phước", "UBND phường 3"]
    h3 = [t for s, t in paras if s == "Heading3"]
    assert h3[:3] == ["Kết quả đạt được (2)", "Hạn chế, tồn tại (1)", "Nhiệm vụ trọng tâm (1)"]


def test_article_metadata_tasks_and_source_line(briefing_docx):
    d = docx.Document(io.BytesIO(briefing_docx))  # python-docx reads it back
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Tổ chức: Huyện ủy Tân Phước · Ngày họp: 05/04/2024 · Kỳ đánh giá: Quý I/2024 · Chủ trì: Nguyễn Văn An" in text
    assert "Đẩy nhanh giải ngân vốn đầu tư công, đạt trên 60% (chủ trì: UBND huyện; thời hạn: 30/6/2024)" in text
    for name in FILES.values():
        assert f"Nguồn: {name}" in text
    assert d.core_properties.title == "Báo cáo quý I"
    assert "“" not in text  # quotes only on demand


def test_quotes_on_demand():
    data = render_docx(build_briefing([Entry(summary_a())], "period"), quotes=True)
    _, paras = _paragraphs(data)
    quoted = [t for s, t in paras if s == "ListContinue"]
    assert quoted == [f"“{it.quote}”" for _, it in summary_a().items()]


def test_single_article_layout():
    data = render_docx(single_briefing(summary_a()))
    _, paras = _paragraphs(data)
    assert [t for s, t in paras if s == "Heading1"] == ["Tóm tắt: Huyện ủy Tân Phước"]
    assert [t for s, t in paras if s == "Heading2"][0] == "Kết quả đạt được (2)"


def test_control_characters_do_not_break_the_file():
    s = summary_a()
    s.achievements[0].text = "Tổng thu \x0b152,7 tỷ đồng"
    data = render_docx(single_briefing(s))
    assert "Tổng thu 152,7 tỷ đồng" in _paragraphs(data)[0]


def test_libreoffice_converts_it_to_pdf(tmp_path, briefing_docx):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        pytest.skip("libreoffice not on PATH (optional: apt-get install -y --no-install-recommends "
                    "libreoffice-writer-nogui); the DOCX was checked by reading its XML back")
    src = tmp_path / "brief.docx"
    src.write_bytes(briefing_docx)
    profile = tmp_path / "lo-profile"
    r = subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(src)], capture_output=True, text=True, timeout=180)
    pdf = Path(tmp_path / "brief.pdf")
    assert r.returncode == 0 and pdf.exists(), r.stdout + r.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
