"""SQLite response cache: a finished model answer is never asked for twice.

Key = sha256 of (model, prompt version, schema version, request text, parameters). Writes are
committed one by one in WAL mode, so a process killed at any moment loses at most the answer
it was waiting for. Safe to share between threads (one connection per thread). A second table remembers which
structured-output form each (endpoint, model) accepts (`llm.negotiate`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

from summarizer.files import cache_dir


def default_cache_path() -> Path:
    return cache_dir() / "responses.sqlite"


def cache_key(**parts: object) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._conn() as c:
            c.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                      " created REAL DEFAULT (unixepoch('subsec')))")
            # the structured-output form each (endpoint, model) accepts (llm.negotiate); no keys
            c.execute("CREATE TABLE IF NOT EXISTS endpoint_forms (base_url TEXT NOT NULL, model TEXT NOT NULL,"
                      " form TEXT NOT NULL, created REAL DEFAULT (unixepoch('subsec')),"
                      " PRIMARY KEY (base_url, model))")

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def get(self, key: str) -> dict | None:
        row = self._conn().execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: dict) -> None:
        self._conn().execute("INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)",
                             (key, json.dumps(value, ensure_ascii=False)))

    def get_form(self, base_url: str, model: str) -> str | None:
        row = self._conn().execute("SELECT form FROM endpoint_forms WHERE base_url = ? AND model = ?",
                                   (base_url, model)).fetchone()
        return row[0] if row else None

    def put_form(self, base_url: str, model: str, form: str) -> None:
        self._conn().execute("INSERT OR REPLACE INTO endpoint_forms (base_url, model, form) VALUES (?, ?, ?)",
                             (base_url, model, form))

    def __len__(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM responses").fetchone()[0]
