"""Helpers for the batch tests and benchmark: template articles, running the CLI, reading outputs.

The articles are invented here from templates (short Vietnamese meeting reports); every sentence
carries numbers unique to its article, so chunk texts never repeat across articles and a
request in the server log names its chunk unambiguously.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ORGS = ["Đảng ủy xã An Phú", "Huyện ủy Tân Hòa", "Hội Nông dân huyện Bình Minh", "Đoàn Thanh niên phường Hòa Lợi",
        "Ủy ban nhân dân xã Long Điền", "Hội Liên hiệp Phụ nữ huyện Cẩm Giang", "Đảng ủy phường Tân Định"]
PERIODS = ["quý I/2024", "6 tháng đầu năm 2024", "quý III/2024", "9 tháng năm 2024", "năm 2024"]
CHAIRS = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hà", "Võ Thanh Sơn"]
REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from summarizer.cli import main; main()"]


def article_text(i: int, sentences: int = 8) -> str:
    """A short meeting report; `sentences` (4–8) content sentences after the title."""
    n = i + 1
    org, period, chair = ORGS[i % len(ORGS)], PERIODS[i % len(PERIODS)], CHAIRS[i % len(CHAIRS)]
    body = [
        f"Ngày {1 + n % 28} tháng {1 + n % 12} năm 2024, {org} tổ chức hội nghị sơ kết công tác {period} "
        f"với sự tham dự của {50 + n} đại biểu.",
        f"Trong kỳ, toàn đơn vị đã kết nạp {10 + n} đảng viên mới, đạt {90 + n % 10},{n % 10}% kế hoạch năm.",
        f"Tổng thu ngân sách trên địa bàn đạt {120 + 3 * n} tỷ đồng, tăng {5 + n % 7}% so với cùng kỳ.",
        f"Địa phương đã xây dựng {3 + n % 5} tuyến đường giao thông nông thôn với tổng chiều dài {n + 2},5 km.",
        f"Tuy nhiên, công tác giải ngân vốn đầu tư công còn chậm, mới giải ngân {200 + n} tỷ đồng.",
        f"Trong tổng số {30 + n} chi bộ, vẫn còn {n % 4 + 1} chi bộ chưa duy trì sinh hoạt định kỳ.",
        f"Hội nghị đề nghị các chi bộ tiếp tục nâng cao chất lượng sinh hoạt, phấn đấu kết nạp thêm {20 + n} đảng viên.",
        f"Đồng chí {chair} yêu cầu các ngành tập trung hoàn thành {n + 5} công trình trước ngày 30/9/2024.",
    ]
    return f"{org} sơ kết công tác {period}\n\n" + "\n".join(body[: max(4, min(8, sentences))]) + "\n"


def write_articles(folder: Path, count: int, start: int = 0, sentences: int = 8) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(start, start + count):
        aid = f"bai{i:03d}"
        (folder / f"{aid}.txt").write_text(article_text(i, sentences=4 + i % 5 if sentences == 0 else sentences),
                                           encoding="utf-8")
        ids.append(aid)
    return ids


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def clean_env(cache_dir: Path) -> dict[str, str]:
    """The environment for a CLI run: no endpoint or key inherited, an isolated cache."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_STRATEGY",
                        "SUMMARIZER_GGUF")}
    env["SUMMARIZER_CACHE_DIR"] = str(cache_dir)
    return env


def start_server_process(tmp: Path, *args: str) -> tuple[subprocess.Popen, int, Path]:
    """tests/fakeserver.py as a subprocess answering with responders.extraction; (process, port, log)."""
    log = tmp / "server.log.jsonl"
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "fakeserver.py"), "--port", "0", "--log", str(log),
         "--responder", f"{REPO / 'tests' / 'responders.py'}:extraction", *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"fake server did not start: {line!r}")
    return proc, int(line.split()[1]), log


def stop_process(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summary_core(line: dict) -> dict:
    """What must be equal between two runs of the same article (not timings, dates, usage)."""
    keep = ("article_id", "status", "source", "article", "meta", "achievements", "shortcomings", "tasks",
            "failed_chunks")
    core = {k: line.get(k) for k in keep}
    prov = line.get("provenance") or {}
    core["provenance"] = {k: prov.get(k) for k in ("model", "strategy", "prompt_version", "schema_version", "chunks")}
    return core
