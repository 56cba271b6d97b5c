"""Vietnamese word boundaries, for a name cut after a capitalised syllable ("Chi nhánh Ngân" + "hàng").

underthesea's word segmenter is a CRF model that ships inside its wheel; `import underthesea` would load every
pipeline it has (about 0.4 s, and the rules never load it). The model's three files are read here with the
standard library's pickle and underthesea_core's tagger, the same files and classes underthesea's own
`word_tokenize` uses, once per process and only when a name looks cut.

May import: nothing of the project.
"""

from __future__ import annotations

import importlib.util
import pickle
from functools import lru_cache
from pathlib import Path

_MODEL = Path("pipeline") / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"


@lru_cache(maxsize=1)
def _tagger():
    from underthesea_core import CRFFeaturizer, CRFTagger

    spec = importlib.util.find_spec("underthesea")
    base = Path(next(iter(spec.submodule_search_locations))) / _MODEL  # type: ignore[union-attr]
    with open(base / "features.bin", "rb") as f, open(base / "dictionary.bin", "rb") as d:
        featurizer = CRFFeaturizer(pickle.load(f), pickle.load(d))  # the package's own trusted model files
    tagger = CRFTagger()
    tagger.load(str(base / "models.bin"))
    return featurizer, tagger


def words(text: str) -> list[str]:
    """The words of `text`, its syllables split at spaces and joined as the segmenter tags them ("Ngân hàng")."""
    syllables = text.split()
    if not syllables:
        return []
    featurizer, tagger = _tagger()
    out: list[str] = []
    for syllable, tag in zip(syllables, tagger.tag(featurizer.process([[[s] for s in syllables]])[0]), strict=True):
        if tag == "I-W" and out:
            out[-1] += " " + syllable
        else:
            out.append(syllable)
    return out
