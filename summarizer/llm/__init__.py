"""The model side of extraction: `caller` (instructor over the openai client, validation
re-asks, usage), `retrying` (tenacity policy and the shared 429 throttle), `cache` (SQLite
response cache) and `prompts` (versioned TOML prompts from the shipped `prompts/` folder).

May import: openai, instructor, tenacity, and `summarizer.models`, `files`, `errors`. Imported
only on paths that call a model: the `rules` strategy never loads this package's heavy modules.
"""
