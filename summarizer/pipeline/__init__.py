"""The stages every run shares: ingest (clean text with offsets into the file; `lines` tells list
lines, the lines that head them and hard-wrapped paragraphs), chunk (underthesea sentences under a
token budget), ground (quotes and figures checked against the source), merge (near-duplicates,
source order), meta (organisation, date, period, chair; `chair` finds who chaired; `period_words`
how a period is written, `period_years` the year a yearless one is in; `name_ends` and `words`
tell where a cut name's word ends, and the parts of speech the learned cuts read) and assemble
(ground + merge + provenance, shared by live runs and batch import).

May import: `summarizer.text`, `files`, `errors`, `models`, and `extract.base` (the result type
that `assemble` receives). Never a model client, the CLI or a renderer.
"""
