"""Shared pytest fixtures.

``tests/`` is put on ``sys.path`` so tests (and benchmarks, via ``sys.path.insert(0, "tests")``)
can ``from fakeserver import FakeServer, ok, status, ...``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fakeserver import FakeServer  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Fake OpenAI-compatible server
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    """A started FakeServer (model "test-model", no API key check); stopped after the test."""
    server = FakeServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_server_factory() -> Iterator[Callable[..., FakeServer]]:
    """``fake_server_factory(**FakeServer_kwargs)`` starts a server; all are stopped after the test."""
    servers: list[FakeServer] = []

    def make(**kwargs) -> FakeServer:
        server = FakeServer(**kwargs).start()
        servers.append(server)
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.stop()


# ---------------------------------------------------------------------------------------------
# Project fixtures (lead: add more below)
# ---------------------------------------------------------------------------------------------

_ENDPOINT_ENV = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODEL", "SUMMARIZER_STRATEGY", "SUMMARIZER_DEBUG")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch ~/.cache or reach an endpoint configured in the developer's shell."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for var in _ENDPOINT_ENV:
        monkeypatch.delenv(var, raising=False)


SEEDS_DIR = Path(__file__).resolve().parents[1] / "evals" / "articles"


@pytest.fixture
def seeds_dir() -> Path:
    """The real articles of the labelled corpus (the five seeds and the others), inside the repo."""
    assert any(SEEDS_DIR.glob("000_*.txt")), f"the labelled articles belong in {SEEDS_DIR}"
    return SEEDS_DIR


# A meeting report written for the tests (not from the seeds): web furniture, a photo caption with
# its credit, a byline, a dateline, and the figures and abbreviations that trip sentence splitters.
VI_ARTICLE = """\
Huyện ủy Tân Phước sơ kết công tác quý III/2023
Thứ hai, 09/10/2023 14:30
Đánh giá: 4.5/5
12 lượt đánh giá
Sáng ngày 8/10/2023, Huyện ủy Tân Phước tổ chức hội nghị sơ kết công tác quý III/2023, triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị. Tham dự có lãnh đạo UBND TP. Mỹ Tho và HĐND huyện.
Quang cảnh hội nghị (Ảnh: Minh Thư)
Đánh giá chung, trong quý III kinh tế của huyện phát triển ổn định. Tổng diện tích gieo trồng đạt 7.396,54ha, bằng 94,7% kế hoạch năm. Có 7/13 xã đạt chuẩn nông thôn mới nâng cao. Toàn huyện giải quyết việc làm cho 3.620 lao động.
UBND huyện phối hợp với HĐND huyện tổ chức 12 cuộc giám sát chuyên đề. Tỷ lệ hồ sơ hành chính giải quyết đúng hạn đạt 98,5%.
Đồng chí Nguyễn Văn Hùng phát biểu kết luận hội nghị
Bên cạnh đó, công tác thu ngân sách còn chậm, chỉ đạt 61% dự toán. Việc giải ngân vốn đầu tư công chưa đạt yêu cầu.
Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tập trung hoàn thành các chỉ tiêu năm 2023. UBND huyện chủ trì đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2023.
Minh Thư
Đăng lúc: 09:15 10/10/2023
View count: 1234
Mã xác thực
Từ khóa bài viết: hội nghị, sơ kết
Các tin khác
"""


@pytest.fixture
def vi_article_text() -> str:
    return VI_ARTICLE


@pytest.fixture
def vi_article(tmp_path: Path) -> Path:
    """VI_ARTICLE written to a UTF-8 file."""
    path = tmp_path / "hoi_nghi.txt"
    path.write_text(VI_ARTICLE, encoding="utf-8")
    return path
