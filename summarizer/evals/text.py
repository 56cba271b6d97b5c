"""Vietnamese-safe text handling for evaluation: normalisation, tokens, figures, similarity.

NFC, casefold, diacritics kept ("đã" != "da"). Tokens are unicode word tokens, except that figures
stay whole: ``7/13``, ``94,7%``, ``7.396,54``, ``03``. A figure keeps a trailing ``%`` ("94,7%" and
"94,7" differ; "94,7 %" is read as "94,7%"), and ``,`` and ``.`` are never interchanged
("94,7%" != "94.7%"). Units glued to a number are split off ("7.396,54ha" -> "7.396,54", "ha"), and so is
a word glued before it ("đạt13,04%" -> "đạt", "13,04%": a page's missing space hides no figure).
No number is re-formatted ("03" stays "03"). rouge-score is deliberately not used (its tokenizer
drops non-ASCII letters).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from summarizer.text import normalize

# A figure: digits with inner . , / (ending on a digit) and an optional % ; otherwise a word of letters.
_TOKEN_RE = re.compile(r"\d(?:[\d.,/]*\d)?(?:[ \t]?%)?|[^\W\d_]+|_+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    """Unicode word tokens of the normalised text; figures stay one token (see module doc)."""
    return [t.replace(" ", "").replace("\t", "") if "%" in t else t  # only "94,7 %" holds a blank
            for t in _TOKEN_RE.findall(normalize(text))]


def extract_figures(text: str | None) -> list[str]:
    """Tokens containing a digit, in order, with repeats: "Đạt 94,7% (7/13 xã)" -> ["94,7%", "7/13"]."""
    return [t for t in tokens(text) if any(ch.isdigit() for ch in t)]


def similarity(a: str, b: str) -> float:
    """Mean of token-level F1 and character-level normalised Levenshtein similarity.

    Both are computed on the normalised token sequence (punctuation and case ignored, diacritics
    kept). Token F1 (bag of syllables) credits the same content in another order or with filler
    added, which is how short Vietnamese statements paraphrase a source. Character Levenshtein
    (the ANLS measure) credits near-verbatim wording and penalises length and order changes.
    Averaging (instead of taking the max) keeps Levenshtein's partial credit for look-alike
    strings from deciding a match alone: "đã hoàn thành" vs "da hoan thanh" shares no word
    (token F1 = 0) and scores ~0.35, below the default threshold.
    """
    return bag_similarity(bag_of(a), bag_of(b))


@dataclass(frozen=True)
class Bag:
    """A text as `similarity` reads it, prepared once for many comparisons: its tokens, how often each occurs,
    and the tokens joined by spaces (the Levenshtein half's string)."""

    size: int
    counts: dict[str, int]
    joined: str


@lru_cache(maxsize=4096)
def bag_of(text: str) -> Bag:
    """`text` prepared for `bag_similarity`; kept, since a caller compares each text with many (the matching every
    predicted item with every gold one, the cuts' labelling every span of a sentence with every gold item)."""
    toks = tokens(text)
    return Bag(len(toks), Counter(toks), " ".join(toks))


def bag_similarity(a: Bag, b: Bag) -> float:
    """`similarity` of two prepared texts: a caller that compares one text with many prepares each once (the
    learned cuts' labelling compares every span of a sentence with every gold item)."""
    if not a.size and not b.size:
        return 1.0
    if not a.size or not b.size:
        return 0.0
    ca, cb = a.counts, b.counts
    common = sum(min(ca[t], cb[t]) for t in ca.keys() & cb.keys())  # the multiset intersection's size
    tf1 = 2 * common / (a.size + b.size)
    lev = Levenshtein.normalized_similarity(a.joined, b.joined)
    return 0.5 * tf1 + 0.5 * lev
