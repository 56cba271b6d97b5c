"""The library API takes an article as a file path or as text; what is neither gives one InputError
line, never an OSError traceback (a briefing script passing text where a path belongs)."""

from pathlib import Path

import pytest

from summarizer import summarize, summarize_text
from summarizer.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "evals" / "articles" / "001_797acb88c0c63cd6.txt"


def _items(summary):
    return [(cat, i.text, i.quote, i.start, i.end)
            for cat in ("achievements", "shortcomings", "tasks") for i in getattr(summary, cat)]


def test_text_passed_as_a_path_is_one_clear_error():
    text = ARTICLE.read_text(encoding="utf-8")
    with pytest.raises(InputError) as e:
        summarize(text)
    msg = str(e.value)
    assert "\n" not in msg and "summarize_text" in msg and len(msg) < 200


def test_a_file_name_the_system_refuses_is_one_clear_error(tmp_path):
    too_long = tmp_path / ("bài viết " * 40 + ".txt")  # one path part over the 255-byte limit
    with pytest.raises(InputError) as e:
        summarize(too_long)
    assert "cannot be read" in str(e.value) and "\n" not in str(e.value)


def test_summarize_text_gives_what_the_file_gives():
    from_file = summarize(ARTICLE)
    from_text = summarize_text(ARTICLE.read_text(encoding="utf-8"), name=ARTICLE.name)
    assert _items(from_text) and _items(from_text) == _items(from_file)
    assert from_text.meta == from_file.meta


def test_summarize_text_refuses_empty_text():
    with pytest.raises(InputError):
        summarize_text("   \n")
