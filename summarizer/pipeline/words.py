"""Vietnamese word boundaries, for a name cut after a capitalised syllable ("Chi nhánh Ngân" + "hàng"), and
words' parts of speech, for a clause cut before a verb ("Duy trì thuần phong mỹ tục, giữ gìn bản sắc …").

underthesea's word segmenter and part-of-speech tagger are CRF models that ship inside its wheel; `import
underthesea` would load every pipeline it has (about 0.4 s, and the rules never load it). Each model's three files
are read here with the standard library's pickle and underthesea_core's tagger, the same files and classes
underthesea's own `word_tokenize` and `pos_tag(model="v2.0")` use, once per process and only when needed.

May import: nothing of the project.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
from functools import lru_cache
from pathlib import Path

_MODEL = Path("pipeline") / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"
_POS_MODEL = Path("pipeline") / "pos_tag" / "models" / "pos_crf_vlsp2013_20230303"
_TOKEN = re.compile(r"\w+(?:[.,/]\w+)*|[^\w\s]")  # a syllable, a figure ("7.396,54", "7/13") or a mark


@lru_cache(maxsize=2)
def _tagger(model: Path = _MODEL):
    from underthesea_core import CRFFeaturizer, CRFTagger

    spec = importlib.util.find_spec("underthesea")
    base = Path(next(iter(spec.submodule_search_locations))) / model  # type: ignore[union-attr]
    with open(base / "features.bin", "rb") as f, open(base / "dictionary.bin", "rb") as d:
        featurizer = CRFFeaturizer(pickle.load(f), pickle.load(d))  # the package's own trusted model files
    tagger = CRFTagger()
    tagger.load(str(base / "models.bin"))
    return featurizer, tagger


def _goes_on(pieces: list[str]) -> list[bool]:
    """Whether each syllable goes on the word before it, as the segmenter tags it ("I-W")."""
    if not pieces:
        return []
    featurizer, tagger = _tagger()
    return [tag == "I-W" for tag in tagger.tag(featurizer.process([[[p] for p in pieces]])[0])]


def words(text: str) -> list[str]:
    """The words of `text`, its syllables split at spaces and joined as the segmenter tags them ("Ngân hàng")."""
    syllables = text.split()
    out: list[str] = []
    for syllable, goes_on in zip(syllables, _goes_on(syllables), strict=True):
        if goes_on and out:
            out[-1] += " " + syllable
        else:
            out.append(syllable)
    return out


@lru_cache(maxsize=4096)  # a clause's joints are weighed more than once
def tagged(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of `text` with their parts of speech, as (start, end, tag) spans of `text` ("V" a verb, "N" a
    noun, "A" an adjective, "CH" a mark, …: the VLSP 2013 tag set the tagger was trained on)."""
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return ()
    spans: list[list[int]] = []
    for m, goes_on in zip(tokens, _goes_on([m.group() for m in tokens]), strict=True):
        if goes_on and spans and m.group()[0].isalpha() and text[spans[-1][0]].isalpha():
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    featurizer, tagger = _tagger(_POS_MODEL)
    found = tagger.tag(featurizer.process([[[" ".join(text[a:b].split())] for a, b in spans]])[0])  # "Ngoài  ra": one space
    return tuple((a, b, tag.removeprefix("B-").removeprefix("I-")) for (a, b), tag in zip(spans, found, strict=True))
