"""summarizer: grounded summaries of Vietnamese meeting-report articles.

    from summarizer import summarize
    summary = summarize("bai_viet.txt")            # rules, no model (the zero-config default)
    summary = summarize("bai_viet.txt", Options(base_url=..., model=...))
    summary = summarize_text(text)                  # the article as a string
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("summarizer")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"

from summarizer.api import summarize, summarize_document, summarize_text  # noqa: E402
from summarizer.config import Options  # noqa: E402
from summarizer.models import Summary  # noqa: E402

__all__ = ["summarize", "summarize_document", "summarize_text", "Options", "Summary", "__version__"]
