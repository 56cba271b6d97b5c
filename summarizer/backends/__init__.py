"""Backends: where the model lives. The pipeline sees only `Backend` (base.py)."""
