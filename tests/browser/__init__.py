"""Helpers for the render/brief tests: sample articles and summaries, and a headless Chromium driver."""
